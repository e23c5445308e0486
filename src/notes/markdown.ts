// A session as the note the couple keeps (and may bring to a therapist): warm plain headings,
// every typed text in its own blockquote, readable as plain text and in any markdown viewer.
// The body is the record: a hidden marker (`body-markers.ts`) before each piece that talkturn
// reads back says what it is, in no language.
import type {
  AgreementReviewRecord,
  ClosingField,
  Exchange,
  Partner,
  PauseRecord,
  PromptRecord,
  SessionState,
  TurnRecord,
  UnsentText,
} from '../session/types.js';
import { humanDuration } from '../session/duration.js';
import { longDate, timeOfDay } from '../words/format.js';
import { words } from '../words/index.js';
import { marker } from './body-markers.js';
import { wallClock } from './dates.js';
import { renderFrontMatter, talkingMs } from './front-matter.js';
import { escapeInline, quoteBlock } from './markdown-escape.js';

export { parseSessionFrontMatter, type SessionFrontMatter } from './front-matter.js';

/** The catalogue's words for notes, read when a note is rendered. */
const w = () => words().notes;

/** "Tuesday 24 November 2026 at 18:00", from the wall clock written in the ISO time. */
function dateLine(iso: string): string | null {
  const clock = wallClock(iso);
  return clock ? w().dateAt(longDate(clock), timeOfDay(clock)) : null;
}

function quoteOrNothing(text: string | undefined): string {
  return quoteBlock(text ?? '') || w().nothingWritten;
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
    this.names = partners.map((name, i) => escapeInline(name) || w().partner(i + 1));
  }
  get solo(): boolean {
    return this.names.length < 2;
  }
  of(partner: Partner): string {
    return this.names[partner] ?? w().partner(partner + 1);
  }
  listenerOf(speaker: Partner): string {
    return this.of(speaker === 0 ? 1 : 0);
  }
  both(): string {
    return w().both(this.names);
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
    blocks.push(w().reflectedBack(listener));
  } else {
    const added = exchange.spokeMs > 0 ? ` (${humanDuration(exchange.spokeMs)})` : '';
    blocks.push(w().addedMore(speaker, added, listener));
  }
  const answer = exchange.answer ?? 'none';
  const mark = marker('reflection', { ...place, by: place.by + 1, answer });
  blocks.push(marked(mark, exchange.reflection));
  blocks.push(
    exchange.answer ? w().didIGetIt(speaker, w().answer[exchange.answer]) : w().notAnswered,
  );
  const missing = quoteBlock(exchange.missing ?? '');
  if (missing) blocks.push(w().whatWasMissing, `${marker('missing')}\n${missing}`);
  return blocks;
}

/**
 * Text still being typed when the session stopped: its writer's, plainly not sent, under a marker
 * of its own, so history and the exports never take it for a reflection or an agreement.
 */
function renderUnsent(unsent: UnsentText, names: Names): string[] {
  const mark = marker('unsent', {
    field: unsent.field,
    by: unsent.by + 1,
    ...(unsent.prompt === undefined ? {} : { prompt: unsent.prompt + 1 }),
  });
  return [
    w().stillWriting(names.of(unsent.by), w().unsentWhat[unsent.field]),
    `${mark}\n${quoteBlock(unsent.text)}`,
  ];
}

function renderTurn(
  turn: TurnRecord,
  names: Names,
  place: TurnPlace,
  skipped = false,
  unsent: readonly UnsentText[] = [],
): string[] {
  const stillWriting = unsent.flatMap((text) => renderUnsent(text, names));
  const speaker = names.of(turn.speaker);
  const time = turn.spokeMs > 0 ? ` (${humanDuration(turn.spokeMs)})` : '';
  const writing = () =>
    marked(marker('writing', { prompt: place.prompt, brought: turn.bring === true }), turn.writing);
  if (names.solo || (turn.writing !== undefined && turn.exchanges.length === 0)) {
    if (turn.writing === undefined && stillWriting.length) {
      return [`### ${w().wrote(speaker, time)}`, ...stillWriting];
    }
    return [`### ${w().wrote(speaker, time)}`, writing(), ...stillWriting];
  }
  const listener = names.listenerOf(turn.speaker);
  if (turn.offRecord) {
    return [`### ${w().hadTheFloor(speaker, '')}`, w().offRecord];
  }
  const blocks = [`### ${w().hadTheFloor(speaker, time)}`];
  turn.exchanges.forEach((exchange, i) => {
    blocks.push(...renderExchange(exchange, i, speaker, listener, { ...place, by: turn.speaker }));
  });
  if (turn.backToFloor) {
    blocks.push(w().backToFloor(speaker, turn.backToFloor, listener));
  }
  if (turn.rewritten) {
    blocks.push(w().rewritten(listener, turn.rewritten, speaker));
  }
  const reflecting = unsent.some((text) => text.field === 'reflection');
  if (turn.exchanges.length === 0 && !(reflecting && !skipped)) {
    blocks.push(skipped ? w().skippedBefore(listener) : w().movedOnBefore(listener));
  }
  if (turn.validation !== undefined) {
    blocks.push(w().validating(listener), quoteOrNothing(turn.validation));
  }
  if (turn.empathy !== undefined) {
    blocks.push(w().withEmpathy(listener), quoteOrNothing(turn.empathy));
  }
  if (turn.writing !== undefined) {
    blocks.push(w().whatWrote(speaker), writing());
  }
  blocks.push(...stillWriting);
  return blocks;
}

function renderPrompt(
  prompt: PromptRecord,
  names: Names,
  unsent: readonly UnsentText[] = [],
): string[] {
  const title = escapeInline(prompt.title) || w().aPrompt;
  const n = prompt.index + 1;
  const blocks = [`${marker('prompt', { n, skipped: prompt.skipped })}\n## ${n}. ${title}`];
  if (prompt.skipped && prompt.turns.length === 0) {
    blocks.push(w().skippedPrompt);
    return blocks;
  }
  prompt.turns.forEach((turn, i) => {
    // Only the last turn can have been cut short by the skip.
    const place = { prompt: n, turn: i + 1 };
    // What was still being typed belongs to the speaker's latest turn: the one going on.
    const latest = prompt.turns.findLastIndex((t) => t.speaker === turn.speaker) === i;
    const stillTyping = latest
      ? unsent.filter((text) => text.prompt === prompt.index && text.speaker === turn.speaker)
      : [];
    const cut = prompt.skipped && i === prompt.turns.length - 1;
    blocks.push(...renderTurn(turn, names, place, cut, stillTyping));
  });
  if (prompt.skipped && (prompt.turns.at(-1)?.exchanges.length ?? 0) > 0) {
    blocks.push(w().skippedRest);
  }
  if (prompt.mark) blocks.push(w().markedAs(w().marked[prompt.mark]));
  return blocks;
}

function renderPause(pause: PauseRecord, names: Names): string {
  const who = pause.by === null ? w().wePaused : w().askedForPause(names.of(pause.by));
  const at = humanDuration(pause.atSessionMs);
  const mark = marker('pause', {
    by: pause.by === null ? 0 : pause.by + 1,
    at: Math.round(pause.atSessionMs / 1000),
    seconds: Math.round(pause.durationMs / 1000),
    during: pause.during,
  });
  const line = w().pauseLine(who, at, w().during[pause.during], humanDuration(pause.durationMs));
  return `- ${line} ${mark}`;
}

function renderClosingField(state: SessionState, field: ClosingField, names: Names): string[] {
  const answers = state.record.closing;
  const mark = (i: number) => marker(field, { by: i + 1 });
  const answer = (i: number) => {
    const given = answers[i]?.[field];
    const typing = state.record.unsent?.find((u) => u.field === field && u.by === i);
    // Still being typed when the session stopped: shown as such, never as the answer.
    if (!given && typing) return renderUnsent(typing, names);
    return [marked(mark(i), given)];
  };
  if (names.solo) return answer(0);
  return answers.flatMap((_answer, i) => [`**${names.of(i as Partner)}:**`, ...answer(i)]);
}

/** How the agreements from earlier sessions are going, as the couple said at the start. */
function renderReviews(reviews: readonly AgreementReviewRecord[]): string[] {
  return [
    `## ${w().agreementsFromBefore}`,
    ...reviews.flatMap((review) => [
      w().agreedToTry(escapeInline(review.by)),
      quoteBlock(review.text),
      // Left for another time is a look at it too: marked, so the brief does not say "not looked
      // at again yet".
      marker('review', { id: review.agreementId, status: review.status ?? 'later' }),
      w().howItIsGoing(review.status ? w().review[review.status] : w().leftForLater),
    ]),
  ];
}

export function renderSessionMarkdown(state: SessionState): string {
  const { config, record } = state;
  const names = new Names(config.partners);
  const solo = names.solo;
  const blocks: string[] = [renderFrontMatter(state)];

  const date = dateLine(config.startedAtIso);
  const heading = solo ? w().titleSolo : w().titleTwo;
  blocks.push(`# ${heading}${date ? `, ${date}` : ''}`);

  const deck = escapeInline(config.deck.title) || escapeInline(config.deck.id);
  const talked = humanDuration(talkingMs(state));
  blocks.push(w().withDeck(names.both(), deck, talked, solo));
  if (!state.completed) blocks.push(w().stoppedEarly);

  if (record.reviews.length) blocks.push(...renderReviews(record.reviews));

  for (const prompt of record.prompts) blocks.push(...renderPrompt(prompt, names, record.unsent));

  const reachedClosing =
    state.completed ||
    record.closing.some((c) => c.appreciation || c.agreement || c.therapy) ||
    (record.unsent ?? []).some((u) => u.prompt === undefined);
  if (reachedClosing) {
    blocks.push(`## ${solo ? w().appreciatedSolo : w().appreciatedTwo}`);
    blocks.push(...renderClosingField(state, 'appreciation', names));
    blocks.push(`## ${solo ? w().tryingSolo : w().tryingTwo}`);
    blocks.push(...renderClosingField(state, 'agreement', names));
  } else {
    blocks.push(`## ${w().closing}`, w().noClosing);
  }

  const pausedMs = record.pauses.reduce((sum, p) => sum + p.durationMs, 0);
  blocks.push(`${marker('pauses', { seconds: Math.round(pausedMs / 1000) })}\n## ${w().pauses}`);
  blocks.push(
    record.pauses.length
      ? record.pauses.map((pause) => renderPause(pause, names)).join('\n')
      : w().noPauses,
  );

  if (reachedClosing) {
    blocks.push(`## ${w().toTherapy}`);
    blocks.push(...renderClosingField(state, 'therapy', names));
  }
  return `${blocks.join('\n\n')}\n`;
}
