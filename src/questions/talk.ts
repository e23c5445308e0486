// A talk from the questions: the `your-questions` deck, its prompts from the questions and
// moments chosen, and what the talk writes back to the ledger (brought, marked, owned).
import type { Deck } from '../decks/types.js';
import type { Partner, PromptSpec, SessionState } from '../session/types.js';
import type { Ledger, LedgerRecord, Moment, Question } from './types.js';
import { isOpen } from './types.js';
import { dayOf } from './words.js';
import { sameName } from '../text/names.js';
import { words } from '../words/index.js';

export const YOUR_QUESTIONS_ID = 'your-questions';

/** The deck as listed; its prompts are the questions chosen before the talk. */
export function questionsDeck(): Deck {
  return {
    id: YOUR_QUESTIONS_ID,
    title: words().questions.title,
    summary: words().questions.deckSummary,
    practice: 'hard-questions',
    solo: false,
    options: { validate: false, empathize: false },
    prompts: [],
    source: 'built-in',
    path: '',
  };
}

export type TalkItem =
  { kind: 'question'; question: Question } | { kind: 'moment'; moment: Moment };

/** What may be brought: the open questions, oldest first, and the moments their writers chose to bring. */
export function itemsToBring(ledger: Ledger): TalkItem[] {
  return [
    ...ledger.moments
      .filter((m) => m.bring && !m.owned)
      .map((moment) => ({ kind: 'moment' as const, moment })),
    ...ledger.questions.filter(isOpen).map((question) => ({ kind: 'question' as const, question })),
  ];
}

function askerOf(name: string, names: readonly string[], repairing?: Partner): Partner {
  const index = names.findIndex((n) => sameName(n, name));
  if (index === 0 || index === 1) return index;
  // Someone else's name: the partner who was hurt asks, when the couple said who that is.
  return repairing === 0 ? 1 : 0;
}

/** One prompt per item: the question as the prompt, or the moment to own. */
export function promptsFor(
  items: readonly TalkItem[],
  names: readonly string[],
  repairing?: Partner,
): PromptSpec[] {
  const said = words().questions;
  return items.map((item) => {
    if (item.kind === 'question') {
      const { question } = item;
      const asker = askerOf(question.by, names, repairing);
      const answerer = names[asker === 0 ? 1 : 0] ?? '';
      return {
        title: question.text,
        guidance: said.questionGuidance(names[asker] ?? '', dayOf(question.askedAt), answerer),
        question: { id: question.id, asker, kind: 'question' },
      };
    }
    const { moment } = item;
    const writer = askerOf(moment.by, names, repairing);
    const owner = names[writer === 0 ? 1 : 0] ?? '';
    const about = [
      moment.when && said.momentWhen(moment.when),
      moment.strength !== null && said.momentStrength(moment.strength),
      moment.trigger && said.momentTrigger(moment.trigger),
      moment.helped && said.momentHelped(moment.helped),
    ].filter(Boolean);
    return {
      title: said.momentTitle(names[writer] ?? '', dayOf(moment.writtenAt)),
      guidance: said.momentGuidance(names[writer] ?? '', about.join('; '), owner),
      question: { id: moment.id, asker: writer, kind: 'moment' },
    };
  });
}

/**
 * What a talk says to the ledger so far: each item reached was brought to this talk, each mark
 * is a status change (or how owning a moment went). Idempotent in the ledger: a talk rebuilt
 * from its journal after a crash writes nothing twice.
 */
export function talkRecords(state: SessionState, ledger: Ledger, at: string): LedgerRecord[] {
  const talk = state.config.startedAtIso;
  const records: LedgerRecord[] = [];
  for (const prompt of state.record.prompts) {
    const spec = state.config.prompts[prompt.index]?.question;
    if (!spec) continue;
    if (spec.kind === 'question') {
      const question = ledger.questions.find((q) => q.id === spec.id);
      if (!question) continue;
      if (prompt.turns.length > 0 && !question.talks.includes(talk)) {
        records.push({ t: 'brought', id: spec.id, talk, at });
      }
      const mark = prompt.mark;
      if (
        (mark === 'answered' || mark === 'open' || mark === 'therapist') &&
        !question.history.some((h) => h.talk === talk)
      ) {
        records.push({ t: 'status', id: spec.id, status: mark, at, talk });
      }
    } else {
      const moment = ledger.moments.find((m) => m.id === spec.id);
      const mark = prompt.mark;
      if (
        moment &&
        !moment.owned &&
        (mark === 'yes' || mark === 'a-little' || mark === 'not-yet')
      ) {
        records.push({ t: 'owned', id: spec.id, talk, at, helped: mark });
      }
    }
  }
  return records;
}
