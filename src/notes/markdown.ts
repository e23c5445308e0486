// A session as the note the couple keeps (and may bring to a therapist): warm plain headings,
// every typed text in its own blockquote, readable as plain text and in any markdown viewer.
// The body is the record: a hidden marker (`body-markers.ts`) before each piece that talkturn
// reads back says what it is, in no language.
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
import { marker } from './body-markers.js';
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

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "4 min 10 s", "45 s", "1 h 5 min": durations as a person reads them. */
export function humanDuration(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h) return m ? `${h} h ${m} min` : `${h} h`;
  if (m) return s ? `${m} min ${s} s` : `${m} min`;
  return `${s} s`;
}

/** "Tuesday 24 November 2026 at 18:00", from the wall clock written in the ISO time. */
function dateLine(iso: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(iso);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const weekday = WEEKDAYS[new Date(Date.UTC(y, mo - 1, d)).getUTCDay()];
  const month = MONTHS[mo - 1];
  if (!weekday || !month) return null;
  return `${weekday} ${d} ${month} ${y} at ${String(h).padStart(2, '0')}:${String(mi).padStart(2, '0')}`;
}

function quoteOrNothing(text: string | undefined): string {
  return quoteBlock(text ?? '') || NOTHING;
}

/** A typed text with its marker on the line above, so it reads back in any language. */
function marked(mark: string, text: string | undefined): string {
  return `${mark}\n${quoteOrNothing(text)}`;
}

/** Where a turn sits, for the markers of what is typed in it. */
interface TurnPlace {
  prompt: number;
  turn: number;
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
  place: TurnPlace & { by: Partner },
): string[] {
  const blocks: string[] = [];
  if (i === 0) {
    blocks.push(`${listener} reflected back:`);
  } else {
    const added = exchange.spokeMs > 0 ? ` (${humanDuration(exchange.spokeMs)})` : '';
    blocks.push(`${speaker} added more${added}, and ${listener} reflected again:`);
  }
  const answer = exchange.answer ?? 'none';
  const mark = marker('reflection', { ...place, by: place.by + 1, answer });
  blocks.push(marked(mark, exchange.reflection));
  blocks.push(
    exchange.answer
      ? `“Did I get it?” ${speaker}: **${ANSWER[exchange.answer]}**`
      : '“Did I get it?” *Not answered yet.*',
  );
  const missing = quoteBlock(exchange.missing ?? '');
  if (missing) blocks.push('What was missing:', `${marker('missing')}\n${missing}`);
  return blocks;
}

function renderTurn(turn: TurnRecord, names: Names, place: TurnPlace, skipped = false): string[] {
  const speaker = names.of(turn.speaker);
  const time = turn.spokeMs > 0 ? ` (${humanDuration(turn.spokeMs)})` : '';
  const writing = () =>
    marked(marker('writing', { prompt: place.prompt, brought: turn.bring === true }), turn.writing);
  if (names.solo || (turn.writing !== undefined && turn.exchanges.length === 0)) {
    return [`### ${speaker} wrote${time}`, writing()];
  }
  const listener = names.listenerOf(turn.speaker);
  if (turn.offRecord) {
    return [`### ${speaker} had the floor`, '*This turn was held off the record.*'];
  }
  const blocks = [`### ${speaker} had the floor${time}`];
  turn.exchanges.forEach((exchange, i) => {
    blocks.push(...renderExchange(exchange, i, speaker, listener, { ...place, by: turn.speaker }));
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
    blocks.push(`What ${speaker} wrote:`, writing());
  }
  return blocks;
}

function renderPrompt(prompt: PromptRecord, names: Names): string[] {
  const title = escapeInline(prompt.title) || 'A prompt';
  const n = prompt.index + 1;
  const blocks = [`${marker('prompt', { n, skipped: prompt.skipped })}\n## ${n}. ${title}`];
  if (prompt.skipped && prompt.turns.length === 0) {
    blocks.push('*We chose to skip this one for now.*');
    return blocks;
  }
  prompt.turns.forEach((turn, i) => {
    // Only the last turn can have been cut short by the skip.
    const place = { prompt: n, turn: i + 1 };
    blocks.push(...renderTurn(turn, names, place, prompt.skipped && i === prompt.turns.length - 1));
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
  const mark = marker('pause', {
    by: pause.by === null ? 0 : pause.by + 1,
    at: Math.round(pause.atSessionMs / 1000),
    seconds: Math.round(pause.durationMs / 1000),
    during: pause.during,
  });
  return `- ${who} ${when}. It lasted ${humanDuration(pause.durationMs)}. ${mark}`;
}

function renderClosingField(state: SessionState, field: ClosingField, names: Names): string[] {
  const answers = state.record.closing;
  const mark = (i: number) => marker(field, { by: i + 1 });
  if (names.solo) return [marked(mark(0), answers[0]?.[field])];
  return answers.flatMap((answer, i) => [
    `**${names.of(i as Partner)}:**`,
    marked(mark(i), answer[field]),
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
      ...(review.status
        ? [marker('review', { id: review.agreementId, status: review.status })]
        : []),
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

  const pausedMs = record.pauses.reduce((sum, p) => sum + p.durationMs, 0);
  blocks.push(`${marker('pauses', { seconds: Math.round(pausedMs / 1000) })}\n## Pauses`);
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
