// Words on screen that appear in more than one place now live in the catalogue
// (`src/words/en/common.ts`); these names remain for the screens not yet moved to `words()`.
import { words } from '../words/index.js';

export const PAUSE_REMINDER = words().common.pauseReminder;
export const LISTENER_ASK = words().common.listenerAsk;
export const TIME_UP = words().common.timeUp;
export const NEAR_END = words().common.nearEnd;
export const EMPTY_IS_FINE = words().common.emptyIsFine;
export const MANY_LOOPS = words().common.manyLoops;
export const MANY_LOOPS_SHORT = words().common.manyLoopsShort;
