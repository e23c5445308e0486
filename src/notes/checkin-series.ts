// Each partner's check-in numbers over time, for the history's chart of one partner (and the
// export's list of check-in days).
// Partners are matched by name across check-ins (ignoring case), so a check-in one of them did
// alone, or with the names in the other order, still lines up.
import { nameKey } from '../text/names.js';
import type { CheckinNote, Note } from './read-notes.js';

export interface PartnerSeries {
  name: string;
  /** One per check-in, oldest first; null where this partner gave no number. */
  values: (number | null)[];
}

export interface CheckinSeries {
  /** Oldest first. */
  checkins: CheckinNote[];
  /** In the order of the newest check-in's names. */
  partners: PartnerSeries[];
}

export function checkinSeries(notes: readonly Note[]): CheckinSeries {
  const checkins = notes
    .filter((note): note is CheckinNote => note.kind === 'checkin')
    .sort((a, b) => a.when.instant - b.when.instant);
  const names = new Map<string, string>();
  for (const checkin of [...checkins].reverse()) {
    for (const name of checkin.front.partners) {
      if (!names.has(nameKey(name))) names.set(nameKey(name), name);
    }
  }
  const partners = [...names].map(([key, name]) => ({
    name,
    values: checkins.map((checkin) => {
      const i = checkin.front.partners.findIndex((p) => nameKey(p) === key);
      return i < 0 ? null : (checkin.front.safeAndClose[i] ?? null);
    }),
  }));
  return { checkins, partners };
}
