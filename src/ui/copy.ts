// Words on screen that appear in more than one place. Plain, warm, short.

export const PAUSE_REMINDER =
  'Pausing is not failing. It is how you look after each other, and this talk.';

export const LISTENER_ASK = "listen. Don't interrupt or defend.";

export const TIME_UP = 'Time is up. Finish your thought, then press Enter.';

export const NEAR_END =
  'You are close to the time you set for today. When this turn ends, you might go to the closing (F).';

export const EMPTY_IS_FINE = 'Leaving it empty is fine: press Enter to go on.';

export const MANY_LOOPS =
  'You have gone round a few times, and that is all right. You could pause (P), or skip this prompt for now (S) and come back to it another day.';

export const MANY_LOOPS_SHORT = 'Round a few times, and that is all right: P pauses, S skips.';
