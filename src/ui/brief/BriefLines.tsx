// "Your brief": every line of the brief together, each with who wrote it. Either partner takes
// out a line they wrote (X, then X again: it hides words), puts it back (X), and the couple puts
// the topics in their order (U and D). Enter goes on to the approval; nothing is written yet.
import { Box, Text } from 'ink';
import { useState } from 'react';
import { orderedItems, type Approval, type ApprovalEvent } from '../../export/brief/approval.js';
import type { Brief, BriefItem } from '../../export/brief/model.js';
import { words } from '../../words/index.js';
import { wrappedRows } from '../components/Clamped.js';
import { Paragraph } from '../components/Paragraph.js';
import { bodyRowsFor, Screen } from '../components/Screen.js';
import { useKeys } from '../hooks/use-keys.js';
import type { Command } from '../keys.js';
import { useLayout } from '../layout.js';
import { theme } from '../theme.js';

const COMMANDS: Command[] = ['browse', 'takeOut', 'reorder', 'continue', 'hide', 'stop'];

export interface BriefLinesProps {
  brief: Brief;
  approval: Approval;
  dispatch: (event: ApprovalEvent) => void;
  onContinue: () => void;
}

function labelOf(item: BriefItem, removed: boolean, topicNumber: number | null): string {
  const w = words().brief;
  const kind = topicNumber === null ? w.section[item.section] : `${w.section.topic} ${topicNumber}`;
  const who = item.by || w.unknownWriter;
  const out = item.section === 'reflection' ? w.leftOut : w.takenOut;
  const whose = item.of ? w.reflecting(who, item.of) : who;
  return `${kind}, ${whose}: ${item.text}${removed ? ` (${out})` : ''}`;
}

/** The first item shown: from the top, as few moved out of view as keep the highlighted one in. */
function windowTop(heights: number[], highlighted: number, budget: number): number {
  let start = 0;
  const fits = (from: number) =>
    heights.slice(from, highlighted + 1).reduce((sum, h) => sum + h, 0) <= budget;
  while (start < highlighted && !fits(start)) start++;
  return start;
}

export function BriefLines({ brief, approval, dispatch, onContinue }: BriefLinesProps) {
  const layout = useLayout();
  const { width, compact } = layout;
  const w = words().brief;
  const items = orderedItems(brief, approval);
  const [highlighted, setHighlighted] = useState(0);
  const [pending, setPending] = useState<string | null>(null);
  const current = items[Math.min(highlighted, Math.max(0, items.length - 1))];

  useKeys((input, key) => {
    const letter = key.ctrl || key.meta ? '' : input.toLowerCase();
    if (letter !== 'x') setPending(null);
    if (key.upArrow) setHighlighted((h) => Math.max(0, h - 1));
    else if (key.downArrow) setHighlighted((h) => Math.min(items.length - 1, h + 1));
    else if (key.return) onContinue();
    else if (letter === 'x' && current) {
      if (approval.removed.includes(current.id)) {
        dispatch({ type: 'put-back', id: current.id });
      } else if (pending === current.id) {
        dispatch({ type: 'take-out', id: current.id });
        setPending(null);
      } else {
        setPending(current.id);
      }
    } else if ((letter === 'u' || letter === 'd') && current?.section === 'topic') {
      const by = letter === 'u' ? -1 : 1;
      const index = approval.topicOrder.indexOf(current.id);
      if (index + by >= 0 && index + by < approval.topicOrder.length) {
        dispatch({ type: 'move-topic', id: current.id, by });
        setHighlighted((h) => h + by);
      }
    }
  });

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
  const budget = Math.max(
    1,
    bodyRowsFor(layout, COMMANDS) - introRows - statusRows - (status ? gap : 0) - gap,
  );
  const topicNumber = new Map(approval.topicOrder.map((id, i) => [id, i]));
  const rows = items.map((item) => {
    const n = topicNumber.get(item.id) ?? -1;
    return wrappedRows(
      labelOf(item, approval.removed.includes(item.id), n < 0 ? null : n + 1),
      width - 2,
    );
  });
  const first = windowTop(
    rows.map((r) => r.length),
    highlighted,
    budget,
  );
  const shown: { index: number; lines: string[] }[] = [];
  let used = 0;
  for (let i = first; i < items.length; i++) {
    const lines = rows[i] ?? [];
    if (used + lines.length > budget) {
      // The highlighted line is always whole; a line below it may be cut at the bottom.
      if (used < budget && i > highlighted)
        shown.push({ index: i, lines: lines.slice(0, budget - used) });
      break;
    }
    shown.push({ index: i, lines });
    used += lines.length;
  }

  return (
    <Screen title={w.screenTitle} commands={COMMANDS}>
      <Paragraph text={intro} />
      <Box marginTop={gap} flexDirection="column">
        {shown.map(({ index, lines }) => {
          const item = items[index]!;
          const on = index === highlighted;
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
