// Both partners approve the brief before anything is written: each can take out a line they
// wrote, the couple orders the topics, the check-in numbers go in only when both agree to share
// them, and each approves by name. Pure: the screens dispatch these events, and
// `--approved-by "A,B"` makes the same approval without a terminal.
import { words } from '../../words/index.js';
import type { WallClock } from '../../notes/dates.js';
import { samePerson, type Brief, type BriefItem } from './model.js';

export interface Approval {
  /** Ids of the items their writers took out. */
  removed: string[];
  /** Ids of the topics, in the couple's order. */
  topicOrder: string[];
  /** Per partner (the order of `Brief.partners`): agrees to share their check-in numbers. */
  share: boolean[];
  /** Per partner: approved the brief, by name. */
  approved: boolean[];
}

export type ApprovalEvent =
  | { type: 'take-out'; id: string }
  | { type: 'put-back'; id: string }
  | { type: 'move-topic'; id: string; by: -1 | 1 }
  | { type: 'share'; partner: number }
  | { type: 'no-share' }
  | { type: 'approve'; partner: number };

/** The brief as approved: what is written to the file. */
export interface ApprovedBrief extends Brief {
  approvedBy: string[];
  approvedOn: WallClock;
  /** Both agreed to share their numbers: the trends are shown. */
  shared: boolean;
}

export function initialApproval(brief: Brief): Approval {
  return {
    // Reflections are offered, not included: they come in only when the couple brings one.
    removed: brief.items.filter((i) => i.section === 'reflection').map((i) => i.id),
    topicOrder: brief.items.filter((i) => i.section === 'topic').map((i) => i.id),
    share: brief.partners.map(() => false),
    approved: brief.partners.map(() => false),
  };
}

/** Any change to what the brief holds undoes the approvals given to it before. */
const unapproved = (a: Approval): Approval => ({ ...a, approved: a.approved.map(() => false) });

export function reduceApproval(approval: Approval, event: ApprovalEvent): Approval {
  switch (event.type) {
    case 'take-out':
      if (approval.removed.includes(event.id)) return approval;
      return unapproved({ ...approval, removed: [...approval.removed, event.id] });
    case 'put-back':
      return unapproved({ ...approval, removed: approval.removed.filter((id) => id !== event.id) });
    case 'move-topic': {
      const order = [...approval.topicOrder];
      const from = order.indexOf(event.id);
      const to = from + event.by;
      if (from < 0 || to < 0 || to >= order.length) return approval;
      [order[from], order[to]] = [order[to]!, order[from]!];
      return unapproved({ ...approval, topicOrder: order });
    }
    case 'share':
      return unapproved({
        ...approval,
        share: approval.share.map((s, i) => s || i === event.partner),
      });
    case 'no-share':
      return unapproved({ ...approval, share: approval.share.map(() => false) });
    case 'approve':
      return {
        ...approval,
        approved: approval.approved.map((a, i) => a || i === event.partner),
      };
  }
}

export function everyoneApproved(approval: Approval): boolean {
  return approval.approved.length > 0 && approval.approved.every(Boolean);
}

export function bothShare(approval: Approval): boolean {
  return approval.share.length > 0 && approval.share.every(Boolean);
}

/** The items in the order the sheet shows them: topics in the couple's order. */
export function orderedItems(brief: Brief, approval: Approval): BriefItem[] {
  const byId = new Map(brief.items.map((i) => [i.id, i]));
  const topics = approval.topicOrder.flatMap((id) => byId.get(id) ?? []);
  const others = brief.items.filter((i) => i.section !== 'topic');
  return [...topics, ...others];
}

export function approvedBrief(brief: Brief, approval: Approval, today: WallClock): ApprovedBrief {
  const shared = bothShare(approval);
  const removed = new Set(approval.removed);
  return {
    ...brief,
    items: orderedItems(brief, approval).filter((i) => !removed.has(i.id)),
    trends: shared ? brief.trends : [],
    checkinDays: brief.checkinDays,
    approvedBy: brief.partners,
    approvedOn: today,
    shared,
  };
}

/**
 * `--approved-by "A,B"`: every partner of the notes, each once, and nobody else. Returns the
 * approval, or the one sentence that says why the names do not match.
 */
export function approvalByNames(
  brief: Brief,
  given: string,
  shareNumbers: boolean,
): Approval | { error: string } {
  const names = given
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean);
  const matched = brief.partners.map((p) => names.filter((n) => samePerson(n, p)).length);
  const strangers = names.filter((n) => !brief.partners.some((p) => samePerson(n, p)));
  if (matched.some((m) => m !== 1) || strangers.length > 0) {
    return { error: words().brief.namesDoNotMatch(given, brief.partners.join(', ')) };
  }
  const all = brief.partners.map(() => true);
  return {
    ...initialApproval(brief),
    share: shareNumbers ? all : all.map(() => false),
    approved: all,
  };
}
