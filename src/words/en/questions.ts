// The question ledger's words (`talkturn questions`, the `your-questions` talk, the therapy
// export's part): plain and warm, the same every time (nothing guessed from words).
import { forms } from '../plural-forms.js';

export const questions = {
  title: 'Your questions',
  deckSummary: 'the questions you kept between talks, answered one at a time',
  askingAgain: 'Asking again is part of healing.',
  /** Always shown while a question is written. From the hard-questions deck. */
  writingNote:
    'Questions about what something meant tend to help more than questions about details. ' +
    'Graphic sexual detail is best left out: those pictures tend to keep hurting.',
  status: {
    open: 'still open',
    answered: 'answered for now',
    'asked-again': 'asked again',
    therapist: 'kept for the therapist',
  },
  marks: {
    answered: 'Answered for now',
    open: 'Still open',
    therapist: 'For the therapist',
  },
  helpedChoices: {
    yes: 'Yes, it helped',
    'a-little': 'A little',
    'not-yet': 'Not yet',
  },
  helped: {
    yes: 'it helped',
    'a-little': 'it helped a little',
    'not-yet': 'not yet',
  },
  notBrought: 'not brought to a talk yet',
  broughtTo: forms({ one: 'brought to # talk', other: 'brought to # talks' }),
  /** "Sam asked on 23 Nov · brought to 1 talk". */
  about: (by: string, day: string, talks: string) => `${by} asked on ${day} · ${talks}`,
  // The talk's prompts, made from the questions and moments chosen.
  questionGuidance: (asker: string, day: string, answerer: string) =>
    `${asker} asked this on ${day}. ${asker}, read it aloud; ` +
    `then ${answerer} answers, honestly and without defending. Asking again is part of healing.`,
  momentWhen: (when: string) => `when: ${when}`,
  momentStrength: (strength: number) => `how strong: ${strength} of 10`,
  momentTrigger: (trigger: string) => `what set it off: ${trigger}`,
  momentHelped: (helped: string) => `what helped: ${helped}`,
  momentTitle: (writer: string, day: string) => `A moment that hurt ${writer}, on ${day}`,
  momentGuidance: (writer: string, about: string, owner: string) =>
    `${writer}, say what happened, if you like${about ? ` (${about})` : ''}. ` +
    `${owner}, own it: acknowledge it, without defending or explaining. ` +
    `"That makes sense; I did that. I'm here."`,
  // In the export for a therapist.
  therapyLocked: 'Your questions are locked with a passphrase, so they were left out.',
  therapyLeftOut: (why: string) => `Your questions were left out: ${why}`,
  // A starting list (`questions --import`).
  importNoQuestion: 'this heading has no question',
  importTooLong: (max: number) => `this question is longer than ${max} characters`,
  importNone: 'no questions found: write each one as a "## " heading',

  // On screen (`talkturn questions`, `talkturn moment`).
  newQuestion: 'A new question',
  whoIsAsking: 'Who is asking?',
  keptAll: 'Your questions are kept. Everything typed is saved.',
  keptForTalk: 'Your questions are kept for your next talk.',
  keptForYou: 'It is kept, just for you.',
  typeYourNumber: 'Type the number beside your name.',
  write: {
    ask: 'What would you like to ask?',
    kept: 'It is kept as you type, and waits for your next talk.',
    empty: 'Type the question first, or press Esc to go back.',
  },
  list: {
    open: (count: number) => `${count} open`,
    noneOpen:
      'No questions are open. When one comes, write it down here; it waits for your next talk.',
    waiting: forms({
      one: 'One question is waiting for a talk.',
      other: '# questions are waiting for a talk.',
    }),
    privacy: 'Only this laptop keeps them. Choose one to mark it, or to ask it again.',
    talks: forms({ one: '# talk', other: '# talks' }),
    /** "“Why then?” — Sam, 23 Nov · 1 talk · answered for now". */
    line: (text: string, by: string, day: string, more: string) =>
      `“${text}” — ${by}, ${day}${more}`,
    writeNew: 'Write a new question',
    moment: 'A moment that hurt (private, just for you)',
  },
  detail: {
    inATalk: ' (in a talk)',
    askedAgain: 'Asked again — asking again is part of healing.',
    therapist: 'Keep it for the therapist',
  },
  choose: {
    tickOne: 'Tick at least one with its number first.',
    upTo: (limit: number) => `Up to ${limit} for this talk; untick one first.`,
    moment: (by: string, day: string) => `A moment that hurt ${by}, on ${day} (brought by ${by})`,
    question: (text: string, about: string) => `“${text}” — ${about}`,
    ticked: (ticked: number, limit: number) => `${ticked} of up to ${limit}`,
    ask: 'Which would you like to bring up today? The one who asked a question chooses.',
    howTo: 'Type a number to tick or untick it. Those not chosen wait for another talk.',
    howToShort: 'Type the number beside a question to tick it, or choose Start.',
    startWith: forms({ one: 'Start with this one', other: 'Start with these #' }),
    start: 'Start',
  },
  mark: {
    helpTitle: 'Did it help?',
    standTitle: 'Where does this question stand?',
    theMoment: 'The moment',
    quoted: (text: string) => `“${text}”`,
    ownedWithYou: (speaker: string) => `, ${speaker} owned this moment with you. Did it help?`,
    youAsked: ', you asked this. Where does it stand for you now?',
    typeNumber: 'Type the number of your answer.',
    stillOpenFine:
      'Still open is fine: it comes back to a later talk. Asking again is part of healing.',
  },
  own: {
    when: (when: string) => `When: ${when}`,
    strength: (strength: number) => `How strong: ${strength} of 10`,
    trigger: (trigger: string) => `What set it off: ${trigger}`,
    helped: (helped: string) => `What helped: ${helped}`,
    count: (at: number, of: number) => `${at} of ${of}`,
    wroteDown: (by: string, day: string) =>
      `${by} wrote down a moment that hurt, on ${day}, and chose to bring it here.`,
    ownIt: (by: string) =>
      `${by}'s partner: own it, out loud, without defending or explaining: “That makes sense; I did that. I'm here.”`,
    didItHelp: (by: string) => `${by}, did it help?`,
    leaveIt: 'Leave it for our next talk',
  },
  moment: {
    title: 'A moment that hurt',
    who: 'Who is writing? What you write here is yours: it stays private unless you choose to bring it.',
    when: 'When was it?',
    whenHelp: 'A few words are enough: "this morning, in the car". Leaving it empty is fine.',
    strength: 'How strong was it, from 1 (a little) to 10 (as strong as it gets)?',
    strengthHelp: 'Or rather not say (N). There is no right number.',
    trigger: 'What set it off?',
    triggerHelp: 'A song, a place, a name, a message: whatever it was. Leaving it empty is fine.',
    helped: 'What helped, if anything?',
    helpedHelp: 'Even a little. Leaving it empty is fine.',
    bring: 'Would you like to bring this moment to your next talk or check-in?',
    bringHelp:
      'There, your partner can own it: say it makes sense, without defending. Or keep it just for you.',
    bringYes: 'Bring it to our next talk or check-in',
    bringNo: 'Keep it just for me',
    written: (by: string) => `It is written down, ${by}. Thank you for taking care of it.`,
    lately: (week: number, month: number) =>
      `Moments you have written: ${week} in the last week, ${month} in the last four weeks.`,
    alone: 'This is for you alone. Hurt comes in waves, and that is normal.',
  },
  launch: {
    locked: 'Your questions are locked with a passphrase. Type it to open them: ',
    nothingOpened: 'Nothing was opened. Your questions are kept, safe.\n',
    keptTyped: 'Everything typed in your questions is kept.',
    cannotRead: (file: string) =>
      `talkturn could not read ${file}: check the name and try again.\n`,
    added: forms({ one: '# question', other: '# questions' }),
    /** "Added 3 questions for Sam to ask (1 already there). They wait for your next talk: …" */
    imported: (added: string, by: string, skipped: number, command: string) =>
      `Added ${added} for ${by} to ask${skipped ? ` (${skipped} already there)` : ''}. ` +
      `They wait for your next talk: ${command}\n`,
  },
};
