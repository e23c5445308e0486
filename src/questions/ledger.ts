// The ledger from its records: pure, so a file read back (or a test) gives the same questions.
// Records from a talk are idempotent: a talk replayed after a crash changes nothing twice.
import type { Ledger, LedgerRecord, Moment, Question } from './types.js';

export function emptyLedger(): Ledger {
  return { questions: [], moments: [], drafts: new Map() };
}

export function foldLedger(records: readonly LedgerRecord[]): Ledger {
  return records.reduce(applyRecord, emptyLedger());
}

export function applyRecord(ledger: Ledger, record: LedgerRecord): Ledger {
  switch (record.t) {
    case 'ask': {
      if (ledger.questions.some((q) => q.id === record.id)) return ledger;
      const question: Question = {
        id: record.id,
        text: record.text,
        by: record.by,
        askedAt: record.at,
        status: 'open',
        history: [{ status: 'open', at: record.at }],
        talks: [],
      };
      return { ...ledger, questions: [...ledger.questions, question] };
    }
    case 'status':
      return withQuestion(ledger, record.id, (q) => {
        if (record.talk && q.history.some((h) => h.talk === record.talk)) return q;
        const change = {
          status: record.status,
          at: record.at,
          ...(record.talk ? { talk: record.talk } : {}),
        };
        return { ...q, status: record.status, history: [...q.history, change] };
      });
    case 'brought':
      return withQuestion(ledger, record.id, (q) =>
        q.talks.includes(record.talk) ? q : { ...q, talks: [...q.talks, record.talk] },
      );
    case 'moment': {
      if (ledger.moments.some((m) => m.id === record.id)) return ledger;
      const { t: _t, at, ...rest } = record;
      return { ...ledger, moments: [...ledger.moments, { ...rest, writtenAt: at }] };
    }
    case 'owned':
      return withMoment(ledger, record.id, (m) =>
        m.owned
          ? m
          : {
              ...m,
              bring: false,
              owned: { talk: record.talk, at: record.at, helped: record.helped },
            },
      );
    case 'draft': {
      const drafts = new Map(ledger.drafts);
      if (record.text === '') drafts.delete(record.key);
      else drafts.set(record.key, record.text);
      return { ...ledger, drafts };
    }
  }
}

function withQuestion(ledger: Ledger, id: string, change: (q: Question) => Question): Ledger {
  return { ...ledger, questions: ledger.questions.map((q) => (q.id === id ? change(q) : q)) };
}

function withMoment(ledger: Ledger, id: string, change: (m: Moment) => Moment): Ledger {
  return { ...ledger, moments: ledger.moments.map((m) => (m.id === id ? change(m) : m)) };
}

/** A record read from a file, checked; null when it is not one of ours (a newer talkturn's). */
export function asLedgerRecord(value: unknown): LedgerRecord | null {
  if (typeof value !== 'object' || value === null) return null;
  const r = value as Record<string, unknown>;
  const str = (k: string) => typeof r[k] === 'string';
  switch (r.t) {
    case 'ask':
      return str('id') && str('text') && str('by') && str('at') ? (r as LedgerRecord) : null;
    case 'status':
      return str('id') && str('at') && STATUSES.has(r.status as string)
        ? (r as LedgerRecord)
        : null;
    case 'brought':
      return str('id') && str('talk') && str('at') ? (r as LedgerRecord) : null;
    case 'moment':
      return str('id') &&
        str('by') &&
        str('at') &&
        str('when') &&
        str('trigger') &&
        str('helped') &&
        typeof r.bring === 'boolean' &&
        (r.strength === null || typeof r.strength === 'number')
        ? (r as LedgerRecord)
        : null;
    case 'owned':
      return str('id') && str('talk') && str('at') && HELPED.has(r.helped as string)
        ? (r as LedgerRecord)
        : null;
    case 'draft':
      return str('key') && str('text') && str('at') ? (r as LedgerRecord) : null;
    default:
      return null;
  }
}

const STATUSES = new Set(['open', 'answered', 'asked-again', 'therapist']);
const HELPED = new Set(['yes', 'a-little', 'not-yet']);

/** Moments a writer wrote in the last `days` days before `now` (for their eyes only). */
export function momentsWithin(ledger: Ledger, by: string, now: Date, days: number): number {
  const since = now.getTime() - days * 86_400_000;
  return ledger.moments.filter((m) => m.by === by && Date.parse(m.writtenAt) >= since).length;
}
