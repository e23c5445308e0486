// A session as the note the couple keeps (and may bring to a therapist): warm plain headings,
// every typed text in its own blockquote, readable as plain text and in any markdown viewer.
import type {
  AgreementReviewRecord,
  AgreementStatus,
  CheckAnswer,
  ClosingField,
  Exchange,
  Partner,
  PauseRecord,
  PromptRecord,
  QuestionMark,
  SessionState,
  StepKind,
  TurnRecord,
} from '../session/types.js';
import { humanDuration } from '../session/duration.js';
import { longDate, timeOfDay } from '../words/format.js';
import { renderFrontMatter, talkingMs } from './front-matter.js';
import { escapeInline, quoteBlock } from './markdown-escape.js';

export { parseSessionFrontMatter, type SessionFrontMatter } from './front-matter.js';

const NOTHING = '*Nothing written.*';

const ANSWER: Record<CheckAnswer, string> = {
  yes: 'Yes.',
  partly: 'Partly, there is more.',
  'not-quite': 'Not quite.',
};

const DURING: Record<StepKind, string> = {
  'ground-rules': 'during the ground rules',
  review: 'while looking back at agreements',
  speak: 'while speaking',
  reflect: 'during a reflection',
  check: 'while checking “Did I get it?”',
  validate: 'while validating',
  empathize: 'during the empathy step',
  write: 'while writing',
  mark: 'while marking a question',
  closing: 'during the closing',
  done: 'at the end',
};

const MARK_WORDS: Record<QuestionMark, string> = {
  answered: 'answered for now.',
  open: 'still open.',
  therapist: 'for the therapist.',
  yes: 'owning it helped.',
  'a-little': 'owning it helped a little.',
  'not-yet': 'not yet.',
};

/** The speaker's answers and the pause steps in the notes' own words, for the export. */
export { ANSWER as ANSWER_WORDS, DURING as PAUSE_DURING };

/** "Tuesday 24 November 2026 at 18:00", from the wall clock written in the ISO time. */
function dateLine(iso: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(iso);
  if (!match) return null;
  const [, year, month, day, hour, minute] = match.map(Number) as number[] as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12) return null;
  const clock = { year, month, day, hour, minute };
  return `${longDate(clock)} at ${timeOfDay(clock)}`;
}

function quoteOrNothing(text: string | undefined): string {
  return quoteBlock(text ?? '') || NOTHING;
}

class Names {
  private readonly names: string[];
  constructor(partners: readonly string[]) {
    this.names = partners.map((name, i) => escapeInline(name) || `Partner ${i + 1}`);
  }
  get solo(): boolean {
    return this.names.length < 2;
  }
  of(partner: Partner): string {
    return this.names[partner] ?? `Partner ${partner + 1}`;
  }
  listenerOf(speaker: Partner): string {
    return this.of(speaker === 0 ? 1 : 0);
  }
  both(): string {
    return this.names.join(' and ');
  }
}

function renderExchange(
  exchange: Exchange,
  i: number,
  speaker: string,
  listener: string,
): string[] {
  const blocks: string[] = [];
  if (i === 0) {
    blocks.push(`${listener} reflected back:`);
  } else {
    const added = exchange.spokeMs > 0 ? ` (${humanDuration(exchange.spokeMs)})` : '';
    blocks.push(`${speaker} added more${added}, and ${listener} reflected again:`);
  }
  blocks.push(quoteOrNothing(exchange.reflection));
  blocks.push(
    exchange.answer
      ? `“Did I get it?” ${speaker}: **${ANSWER[exchange.answer]}**`
      : '“Did I get it?” *Not answered yet.*',
  );
  const missing = quoteBlock(exchange.missing ?? '');
  if (missing) blocks.push('What was missing:', missing);
  return blocks;
}

function renderTurn(turn: TurnRecord, names: Names, skipped = false): string[] {
  const speaker = names.of(turn.speaker);
  const time = turn.spokeMs > 0 ? ` (${humanDuration(turn.spokeMs)})` : '';
  if (names.solo || (turn.writing !== undefined && turn.exchanges.length === 0)) {
    return [`### ${speaker} wrote${time}`, quoteOrNothing(turn.writing)];
  }
  const listener = names.listenerOf(turn.speaker);
  if (turn.offRecord) {
    return [`### ${speaker} had the floor`, '*This turn was held off the record.*'];
  }
  const blocks = [`### ${speaker} had the floor${time}`];
  turn.exchanges.forEach((exchange, i) => {
    blocks.push(...renderExchange(exchange, i, speaker, listener));
  });
  if (turn.backToFloor) {
    const times = turn.backToFloor === 1 ? 'once' : `${turn.backToFloor} times`;
    blocks.push(`*${speaker} went back to the floor ${times} before ${listener} reflected back.*`);
  }
  if (turn.rewritten) {
    const times = turn.rewritten === 1 ? 'a reflection' : `reflections ${turn.rewritten} times`;
    blocks.push(`*${listener} took back ${times} to rewrite before ${speaker} answered.*`);
  }
  if (turn.exchanges.length === 0) {
    blocks.push(
      skipped
        ? `*We skipped this prompt before ${listener} reflected back.*`
        : `*The session moved on before ${listener} reflected back.*`,
    );
  }
  if (turn.validation !== undefined) {
    blocks.push(`${listener}, validating:`, quoteOrNothing(turn.validation));
  }
  if (turn.empathy !== undefined) {
    blocks.push(`${listener}, with empathy:`, quoteOrNothing(turn.empathy));
  }
  if (turn.writing !== undefined) {
    blocks.push(`What ${speaker} wrote:`, quoteOrNothing(turn.writing));
  }
  return blocks;
}

function renderPrompt(prompt: PromptRecord, names: Names): string[] {
  const title = escapeInline(prompt.title) || 'A prompt';
  const blocks = [`## ${prompt.index + 1}. ${title}`];
  if (prompt.skipped && prompt.turns.length === 0) {
    blocks.push('*We chose to skip this one for now.*');
    return blocks;
  }
  prompt.turns.forEach((turn, i) => {
    // Only the last turn can have been cut short by the skip.
    blocks.push(...renderTurn(turn, names, prompt.skipped && i === prompt.turns.length - 1));
  });
  if (prompt.skipped && (prompt.turns.at(-1)?.exchanges.length ?? 0) > 0) {
    blocks.push('*We skipped the rest of this prompt.*');
  }
  if (prompt.mark) blocks.push(`**Marked:** ${MARK_WORDS[prompt.mark]}`);
  return blocks;
}

function renderPause(pause: PauseRecord, names: Names): string {
  const who = pause.by === null ? 'We paused' : `${names.of(pause.by)} asked for a pause`;
  const when = `${humanDuration(pause.atSessionMs)} into the session, ${DURING[pause.during]}`;
  return `- ${who} ${when}. It lasted ${humanDuration(pause.durationMs)}.`;
}

function renderClosingField(state: SessionState, field: ClosingField, names: Names): string[] {
  const answers = state.record.closing;
  if (names.solo) return [quoteOrNothing(answers[0]?.[field])];
  return answers.flatMap((answer, i) => [
    `**${names.of(i as Partner)}:**`,
    quoteOrNothing(answer[field]),
  ]);
}

const REVIEW_WORDS: Record<AgreementStatus, string> = {
  helping: 'It is helping.',
  'needs-change': 'It needs changing.',
  retired: 'We let it go.',
};

/** How the agreements from earlier sessions are going, as the couple said at the start. */
function renderReviews(reviews: readonly AgreementReviewRecord[]): string[] {
  return [
    '## Agreements from before',
    ...reviews.flatMap((review) => [
      `**${escapeInline(review.by)}** agreed to try:`,
      quoteBlock(review.text),
      `How it is going: ${review.status ? REVIEW_WORDS[review.status] : 'Left for another time.'}`,
    ]),
  ];
}

export function renderSessionMarkdown(state: SessionState): string {
  const { config, record } = state;
  const names = new Names(config.partners);
  const solo = names.solo;
  const blocks: string[] = [renderFrontMatter(state)];

  const date = dateLine(config.startedAtIso);
  const heading = solo ? 'My notes' : 'Our conversation';
  blocks.push(`# ${heading}${date ? `, ${date}` : ''}`);

  const deck = escapeInline(config.deck.title) || escapeInline(config.deck.id);
  const talked = humanDuration(talkingMs(state));
  blocks.push(
    `${names.both()}, with the deck “${deck}”: ${talked} ${solo ? 'of writing' : 'of talking'}.`,
  );
  if (!state.completed) {
    blocks.push('We stopped before the end. Everything written until then is here.');
  }

  if (record.reviews.length) blocks.push(...renderReviews(record.reviews));

  for (const prompt of record.prompts) blocks.push(...renderPrompt(prompt, names));

  const reachedClosing =
    state.completed || record.closing.some((c) => c.appreciation || c.agreement || c.therapy);
  if (reachedClosing) {
    blocks.push(solo ? '## What I appreciated' : '## What we appreciated');
    blocks.push(...renderClosingField(state, 'appreciation', names));
    blocks.push(solo ? '## What I want to try' : '## What we agree to try');
    blocks.push(...renderClosingField(state, 'agreement', names));
  } else {
    blocks.push('## Closing', 'We did not reach the closing this time.');
  }

  blocks.push('## Pauses');
  blocks.push(
    record.pauses.length
      ? record.pauses.map((pause) => renderPause(pause, names)).join('\n')
      : 'No pauses this time.',
  );

  if (reachedClosing) {
    blocks.push('## To bring to therapy');
    blocks.push(...renderClosingField(state, 'therapy', names));
  }
  return `${blocks.join('\n\n')}\n`;
}
