// "Your brief": every line of the brief together, each with who wrote it. Either partner takes
// out a line they wrote (X, then X again: it hides words), puts it back (X), and the couple puts
// the topics in their order (U and D). Every word the brief will hold can be read here: a line
// taller than the list shows a page at a time (M), its first row (who, and whether it is out)
// staying; a line cut at the list's edge ends in "…". Enter goes on to the approval; nothing is
// written yet.
import { Box, Text } from 'ink';
import { useState } from 'react';
import { orderedItems, type Approval, type ApprovalEvent } from '../../export/brief/approval.js';
import { briefText, type Brief, type BriefItem } from '../../export/brief/model.js';
import { words } from '../../words/index.js';
import { wrappedRows } from '../components/Clamped.js';
import { Paragraph } from '../components/Paragraph.js';
import { usePartKeys, useCommands, withMore, type Commands } from '../commands/index.js';
import { bodyRowsFor, Screen } from '../components/Screen.js';
import { useLayout } from '../layout.js';
import { theme } from '../theme.js';

export interface BriefLinesProps {
  brief: Brief;
  approval: Approval;
  dispatch: (event: ApprovalEvent) => void;
  onContinue: () => void;
}

/** "Topic 2 (taken out), Ben:": the tag first, so it is on the item's first row. */
function headOf(item: BriefItem, removed: boolean, topicNumber: number | null): string {
  const w = words().brief;
  const kind = topicNumber === null ? w.section[item.section] : `${w.section.topic} ${topicNumber}`;
  const who = item.by || w.unknownWriter;
  const out = item.section === 'reflection' ? w.leftOut : w.takenOut;
  const whose = item.of ? w.reflecting(who, item.of) : who;
  return `${kind}${removed ? ` (${out})` : ''}, ${whose}:`;
}

/** The first item shown: from the top, as few moved out of view as keep the highlighted one in. */
function windowTop(heights: number[], highlighted: number, budget: number): number {
  let start = 0;
  const fits = (from: number) =>
    heights.slice(from, highlighted + 1).reduce((sum, h) => sum + h, 0) <= budget;
  while (start < highlighted && !fits(start)) start++;
  return start;
}

/** Marks rows cut off: "…" before the first when there is more above, after the last when below. */
function marked(lines: string[], above: boolean, below: boolean): string[] {
  const out = [...lines];
  if (above && out.length > 0) out[0] = `…${out[0]}`;
  if (below && out.length > 0) out[out.length - 1] = `${out.at(-1)}…`;
  return out;
}

interface Shown {
  index: number;
  lines: string[];
}

/**
 * The highlighted item when it alone needs more rows than the list has: its first row (what it is,
 * whether it is out, who wrote it) stays, and the rest shows a page at a time from row `top`.
 */
function pageOf(rows: string[], top: number, budget: number): string[] {
  const [first = '', ...rest] = rows;
  const size = pageSize(budget);
  const start = Math.min(top, Math.max(0, rest.length - 1));
  const page = marked(rest.slice(start, start + size), start > 0, start + size < rest.length);
  return budget > 1 ? [first, ...page] : page;
}

/** The rows of a page of a paged item: all the list's but its first row's. */
const pageSize = (budget: number) => Math.max(1, budget - 1);

export function BriefLines({ brief, approval, dispatch, onContinue }: BriefLinesProps) {
  const layout = useLayout();
  const { width, compact } = layout;
  const w = words().brief;
  const items = orderedItems(brief, approval);
  const [highlighted, setHighlighted] = useState(0);
  const [pending, setPending] = useState<string | null>(null);
  // The page of the highlighted item's words (M): another item, or the same one taken out or
  // brought in (its rows wrap anew), starts at its first page.
  const [page, setPage] = useState<{ id: string; out: boolean; top: number } | null>(null);
  const at = Math.min(highlighted, Math.max(0, items.length - 1));
  const current = items[at];

  // Taking out asks for a second X; any other key lets the question go.
  const moveTopic = (by: -1 | 1) => {
    if (current?.section !== 'topic') return;
    const index = approval.topicOrder.indexOf(current.id);
    if (index + by >= 0 && index + by < approval.topicOrder.length) {
      dispatch({ type: 'move-topic', id: current.id, by });
      setHighlighted((h) => h + by);
    }
  };
  const takeOut = () => {
    if (!current) return;
    if (approval.removed.includes(current.id)) {
      dispatch({ type: 'put-back', id: current.id });
    } else if (pending === current.id) {
      dispatch({ type: 'take-out', id: current.id });
      setPending(null);
    } else {
      setPending(current.id);
    }
  };
  const base = useCommands(
    [
      {
        command: 'browse',
        run: (_input, key) => {
          setPending(null);
          if (key.upArrow) setHighlighted((h) => Math.max(0, h - 1));
          else setHighlighted((h) => Math.min(items.length - 1, h + 1));
        },
      },
      { command: 'takeOut', run: takeOut },
      {
        command: 'reorder',
        run: (input) => {
          setPending(null);
          moveTopic(input.toLowerCase() === 'u' ? -1 : 1);
        },
      },
      {
        command: 'continue',
        run: () => {
          setPending(null);
          onContinue();
        },
      },
    ],
    { otherwise: () => setPending(null) },
  );

  const intro = compact ? w.screenIntroShort : w.screenIntro;
  const status =
    pending && current
      ? w.confirmTakeOut(current.by || w.unknownWriter)
      : current && approval.removed.includes(current.id)
        ? current.section === 'reflection'
          ? w.bringIt
          : w.putBack
        : items.length === 0
          ? w.noLines
          : items.every((i) => approval.removed.includes(i.id))
            ? w.nothingLeft
            : '';
  const introRows = wrappedRows(intro, width).length;
  const statusRows = status ? wrappedRows(status, width).length : 0;
  const gap = compact ? 0 : 1;
  const budgetFor = (commands: Commands) =>
    Math.max(1, bodyRowsFor(layout, commands) - introRows - statusRows - (status ? gap : 0) - gap);
  const topicNumber = new Map(approval.topicOrder.map((id, i) => [id, i]));
  const itemWidth = width - 2;
  const heads = items.map((item) => {
    const n = topicNumber.get(item.id) ?? -1;
    return headOf(item, approval.removed.includes(item.id), n < 0 ? null : n + 1);
  });
  const rows = items.map((item, i) => wrappedRows(`${heads[i]} ${briefText(item)}`, itemWidth));
  // The highlighted item alone taller than the list: its words are paged, and M turns the page.
  const paged = current !== undefined && (rows[at]?.length ?? 0) > budgetFor(base);
  const commands = withMore(base, paged);
  const budget = budgetFor(commands);
  const pagedRows = (rows[at] ?? []).length - 1;
  const textSize = pageSize(budget);
  const currentOut = current !== undefined && approval.removed.includes(current.id);
  const samePage = page !== null && page.id === current?.id && page.out === currentOut;
  const top = samePage ? Math.min(page.top, pagedRows - 1) : 0;
  usePartKeys(
    ['more'],
    (_command, _input, key) => {
      if (!current) return;
      const next = key.pageUp
        ? Math.max(0, top - textSize)
        : top + textSize >= pagedRows
          ? 0
          : top + textSize;
      setPage({ id: current.id, out: currentOut, top: next });
    },
    paged,
    commands,
  );

  const shown: Shown[] = [];
  if (paged) {
    shown.push({ index: at, lines: pageOf(rows[at] ?? [], top, budget) });
  } else {
    const first = windowTop(
      rows.map((r) => r.length),
      at,
      budget,
    );
    let used = 0;
    for (let i = first; i < items.length; i++) {
      const lines = rows[i] ?? [];
      if (used + lines.length > budget) {
        // The highlighted line is always whole; a line below it may be cut at the bottom.
        if (used < budget) shown.push({ index: i, lines: lines.slice(0, budget - used) });
        break;
      }
      shown.push({ index: i, lines });
      used += lines.length;
    }
    // What is out of view above or below is marked with "…" on the rows beside it.
    const last = shown.at(-1);
    const cutBelow =
      last !== undefined &&
      (last.index < items.length - 1 || last.lines.length < (rows[last.index]?.length ?? 0));
    if (last) last.lines = marked(last.lines, false, cutBelow);
    if (shown[0]) shown[0].lines = marked(shown[0].lines, first > 0, false);
  }

  return (
    <Screen title={w.screenTitle} commands={commands}>
      <Paragraph text={intro} />
      <Box marginTop={gap} flexDirection="column">
        {shown.map(({ index, lines }) => {
          const item = items[index]!;
          const on = index === at;
          const out = approval.removed.includes(item.id);
          return (
            <Box key={item.id} flexDirection="column">
              {lines.map((line, r) => (
                <Text
                  key={r}
                  color={on ? theme.selected : out ? theme.muted : undefined}
                  strikethrough={out}
                  wrap="truncate-end"
                >
                  {r === 0 ? (on ? '› ' : '  ') : '  '}
                  {line}
                </Text>
              ))}
            </Box>
          );
        })}
      </Box>
      {status ? (
        <Box marginTop={gap}>
          <Paragraph text={status} color={theme.notice} />
        </Box>
      ) : null}
    </Screen>
  );
}
