// The export arranged for a therapist (--for-therapy): what the document is, then what the
// couple chose to bring, their agreements and how they fared, their check-ins, and each
// conversation in order with its reflections (confirmed, or not quite) and its pauses.
// Every word the couple typed stays in its own quote; names and titles are escaped.
import type { Agreement, AgreementStatus } from '../notes/agreements.js';
import type { CheckinSeries } from '../notes/checkin-series.js';
import { broughtBody } from './solo-writing.js';
import { longDate, shortDate } from '../notes/dates.js';
import { escapeInline, quoteBlock } from '../notes/markdown-escape.js';
import { ANSWER_WORDS, PAUSE_DURING } from '../notes/markdown.js';
import { humanDuration } from '../session/duration.js';
import type { Note, SessionNote } from '../notes/read-notes.js';
import type { PauseNote, ReflectionNote } from '../notes/session-details.js';
import type { StepKind } from '../session/types.js';
import { therapyQuestionsSection } from '../questions/for-therapy.js';
import type { Question } from '../questions/types.js';
import { coupleNames, counted, spanOf, whenLine } from './document-parts.js';

export interface TherapyExportInput {
  /** The notes in the range, oldest first (writing done alone only when some was brought). */
  notes: readonly Note[];
  /**
   * Where "to bring to therapy" is read from, when wider than `notes`: what was typed as an
   * answer to that question was chosen to be brought, also at the end of writing done alone.
   */
  therapyFrom?: readonly Note[];
  /** Agreements made in the range, with their reviews applied, newest first. */
  agreements: readonly Agreement[];
  checkins: CheckinSeries;
  /** Questions from the ledger that the couple kept for the therapist. */
  questions?: readonly Question[];
}

const name = (text: string) => escapeInline(text) || 'One of us';

function header(input: TherapyExportInput): string[] {
  const names = coupleNames(input.notes);
  const blocks = [
    '# For our therapist: our notes from talkturn',
    `${names ? `${names}, ` : ''}${spanOf(input.notes)}.`,
    '## What this is',
    'We made these notes ourselves with talkturn, a program that holds a timed, turn-taking conversation between the two of us. It is not therapy, and nobody else wrote here: every quoted passage is in our own words.',
    'In each conversation one of us had the floor and spoke about a prompt while the other only listened. Then the listener said back what they had heard and typed its gist: that is a **reflection**. The speaker answered **“Did I get it?”** with yes, partly (there is more), or not quite; when it was not yes, the speaker said what was missing and the listener reflected again. So a confirmed reflection is an understanding we both agreed on, not a transcript of what was said.',
    'At the end of each conversation each of us named what we agree to try and what we want to bring to therapy. Either of us could pause at any moment, and the pauses are listed too. This document gathers the parts meant for therapy; our full notes hold more.',
  ];
  if (input.checkins.checkins.length > 0) {
    blocks.push(
      'On some days we also checked in: something we appreciated, anything that stirred up the hurt, one thing each of us needs, and each one’s own number for how safe and close we felt.',
    );
  }
  return blocks;
}

function sessions(notes: readonly Note[]): SessionNote[] {
  return notes.filter((note): note is SessionNote => note.kind === 'session');
}

function toBringToTherapy(notes: readonly Note[]): string[] {
  const blocks = ['## What we want to bring to therapy'];
  let any = false;
  for (const session of sessions(notes)) {
    const items = session.front.details?.therapy ?? [];
    if (items.length === 0) continue;
    any = true;
    blocks.push(`### ${longDate(session.when.wall)}`);
    for (const item of items) blocks.push(`**${name(item.by)}:**`, quoteBlock(item.text));
  }
  if (!any) blocks.push('*Nothing was marked to bring to therapy in these notes.*');
  return blocks;
}

const FARED: Record<AgreementStatus, string> = {
  open: 'not reviewed yet',
  helping: 'it is helping',
  'needs-change': 'it needs changing',
  retired: 'set aside',
};

function agreementsSection(agreements: readonly Agreement[]): string[] {
  const blocks = ['## Our agreements and how they fared'];
  if (agreements.length === 0) {
    blocks.push('*No agreements were made in these notes.*');
    return blocks;
  }
  // Oldest first, like the rest of the document; within a session, in partner order.
  const oldestFirst = [...agreements].sort(
    (a, b) => a.session.when.instant - b.session.when.instant,
  );
  for (const agreement of oldestFirst) {
    const review = agreement.review
      ? ` (as we said on ${longDate(agreement.review.when.wall)})`
      : '';
    blocks.push(
      `Proposed by **${name(agreement.by)}** on ${longDate(agreement.session.when.wall)}; ${FARED[agreement.status]}${review}:`,
      quoteBlock(agreement.text) || '*Nothing written.*',
    );
  }
  return blocks;
}

/**
 * The check-ins, without their numbers: each number is its writer's own, so they are never set
 * side by side for a comparison. The days are listed; each check-in's note holds the rest.
 */
function checkinSection(series: CheckinSeries): string[] {
  if (series.checkins.length === 0) return [];
  const withYear = new Set(series.checkins.map((c) => c.when.wall.year)).size > 1;
  const days = series.checkins.map((checkin) =>
    withYear ? shortDate(checkin.when.wall) : shortDate(checkin.when.wall).replace(/ \d{4}$/, ''),
  );
  const times = series.checkins.length === 1 ? 'once' : `${series.checkins.length} times`;
  return [
    '## Our check-ins',
    `We checked in ${times}: ${days.join(', ')}.`,
    "Each of us gave our own number for how safe and close we felt. Those numbers are each one's own, so they are not set side by side here; we can bring our check-in notes if we choose.",
  ];
}

function reflectionBlocks(r: ReflectionNote): string[] {
  const speaker = name(r.speaker);
  const text = quoteBlock(r.text) || '*Nothing written.*';
  if (r.answer === null) return ['Not answered yet (we stopped here):', text];
  const said = `${speaker}: “${ANSWER_WORDS[r.answer]}”`;
  if (r.answer === 'yes') return [`Confirmed (${said}):`, text];
  const label = r.answer === 'partly' ? 'Understood in part' : 'Not quite understood';
  const blocks = [`${label} (${said}):`, text];
  const missing = quoteBlock(r.missing);
  if (missing) blocks.push('What was missing:', missing);
  return blocks;
}

function promptBlocks(
  session: SessionNote,
  number: number,
  reflections: ReflectionNote[],
): string[] {
  const title = escapeInline(session.front.details?.promptTitles[number - 1] ?? '') || 'A prompt';
  const blocks = [`#### ${number}. ${title}`];
  let turn: number | null = null;
  for (const r of reflections) {
    if (r.turn !== turn) {
      turn = r.turn;
      blocks.push(
        `**${name(r.speaker)}** had the floor, and **${name(r.listener)}** reflected back.`,
      );
    }
    blocks.push(...reflectionBlocks(r));
  }
  return blocks;
}

function pauseLine(pause: PauseNote): string {
  const who = pause.by === null ? 'We paused' : `${name(pause.by)} asked for a pause`;
  const during = PAUSE_DURING[pause.during as StepKind] ?? '';
  return `- ${who} ${humanDuration(pause.atSeconds * 1000)} into the session${during ? `, ${during}` : ''}. It lasted ${humanDuration(pause.seconds * 1000)}.`;
}

function sessionBlocks(session: SessionNote): string[] {
  const { front } = session;
  const deck = escapeInline(front.deckTitle) || escapeInline(front.deck) || 'A conversation';
  const blocks = [`### ${whenLine(session)} — ${deck}`];
  const solo = front.partners.length === 1;
  const length = humanDuration(front.durationSeconds * 1000);
  const details = front.details;
  if (solo) {
    // Only writing its writer chose to bring reaches an export at all.
    const brought = broughtBody(session)
      .split('\n')
      .filter((line) => !/^# /.test(line))
      .map((line) => (/^#{2,5} /.test(line) ? `##${line}` : line))
      .join('\n')
      .trim();
    blocks.push(`${name(front.partners[0] ?? '')} wrote alone, and chose to bring this:`, brought);
    return blocks;
  }
  const ended = front.completed ? 'to the end' : 'and stopped before the end';
  const paused = details
    ? details.pauseLog.length === 0
      ? ' No pauses.'
      : ` ${counted(details.pauseLog.length, 'pause', 'pauses')}, ${humanDuration(details.pausedSeconds * 1000)} in all.`
    : '';
  blocks.push(`We talked for ${length}, ${ended}.${paused}`);
  if (!details) {
    blocks.push(
      `*The details of this conversation were saved by an earlier version of talkturn; they are in its notes (${escapeInline(session.name)}).*`,
    );
    return blocks;
  }
  const byPrompt = new Map<number, ReflectionNote[]>();
  for (const r of details.reflections) {
    byPrompt.set(r.prompt, [...(byPrompt.get(r.prompt) ?? []), r]);
  }
  const skipped = new Set(details.skippedPrompts);
  // Every prompt reached gets its number, so a gap always says why.
  const numbers = [
    ...new Set([...details.promptTitles.map((_, i) => i + 1), ...byPrompt.keys()]),
  ].sort((a, b) => a - b);
  for (const number of numbers) {
    const reflections = byPrompt.get(number) ?? [];
    const blocks_ = promptBlocks(session, number, reflections);
    if (skipped.has(number)) {
      blocks_.push(
        reflections.length ? '*We skipped the rest of this one.*' : '*We skipped this one.*',
      );
    } else if (reflections.length === 0) {
      blocks_.push('*No reflection was written down for this one.*');
    }
    blocks.push(...blocks_);
  }
  if (numbers.length === 0) blocks.push('*No reflections were written in this conversation.*');
  if (details.pauseLog.length > 0) {
    blocks.push('#### Pauses', details.pauseLog.map(pauseLine).join('\n'));
  }
  return blocks;
}

export function therapyExport(input: TherapyExportInput): string {
  const blocks = [
    ...header(input),
    ...toBringToTherapy(input.therapyFrom ?? input.notes),
    ...therapyQuestionsSection(input.questions ?? []),
    ...agreementsSection(input.agreements),
    ...checkinSection(input.checkins),
  ];
  const all = sessions(input.notes);
  if (all.length > 0) {
    blocks.push('## Our conversations', ...all.flatMap(sessionBlocks));
  }
  return `${blocks.join('\n\n')}\n`;
}
