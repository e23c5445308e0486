// A list chosen with the arrow keys and Enter, or by the number beside each choice.
import { Box, Text } from 'ink';
import { useLayoutEffect, useRef, useState } from 'react';
import { useLayout } from '../../layout.js';
import { theme } from '../../theme.js';
import { wrappedRows } from '../Clamped.js';
import { Paragraph } from '../Paragraph.js';
import { useReportChoices } from '../Screen.js';
import {
  createChoiceListModel,
  reduceChoiceList,
  rowWindow,
  type ChoiceListAction,
  type ChoiceListModel,
} from './choice-list-model.js';
import { useChoiceListInput } from './use-choice-list-input.js';
import { words } from '../../../words/index.js';

export interface Choice<T> {
  label: string;
  value: T;
  /** Shown ticked, e.g. a partner who has already agreed. */
  checked?: boolean;
  /** More words, shown under the choice while it is highlighted (e.g. what a deck is about). */
  detail?: string;
  /**
   * The choice cannot be taken now, and this says why. It stays in the list, dimmed, with its
   * number, so the numbers after it never move: its number (or Enter on it) takes nothing and
   * says this instead.
   */
  unavailable?: string;
}

export interface ChoiceListProps<T> {
  choices: Choice<T>[];
  onSelect: (value: T) => void;
  isActive?: boolean;
  /**
   * The choice highlighted at first. null highlights nothing, for choices that say something
   * about a person: Enter alone must never pick one of those.
   */
  initialIndex?: number | null;
  /** Said when Enter is pressed with nothing highlighted. */
  explainEnter?: string;
  /**
   * The number of a choice that cannot be taken now was pressed (the list says why, under it),
   * or another key was, and that is no longer said: for screens that count their rows.
   */
  onUnavailable?: (saying: boolean) => void;
  /**
   * The most rows the list may take (a long label wraps onto more than one); a longer list
   * scrolls with its highlight and says how many choices are out of view.
   */
  rows?: number;
}

export function ChoiceList<T>({
  choices,
  onSelect,
  isActive = true,
  initialIndex = 0,
  explainEnter = words().common.chooseHow,
  rows = Number.POSITIVE_INFINITY,
  onUnavailable,
}: ChoiceListProps<T>) {
  const { width } = useLayout();
  const count = choices.length;
  useReportChoices(count);
  const digits = String(count).length;
  // "› 12. ": the label wraps beside the number, each row starting at a word.
  const labelWidth = Math.max(4, width - (digits + 4));
  const labels = choices.map((choice) =>
    wrappedRows(`${choice.label}${choice.checked ? ' ✓' : ''}`, labelWidth),
  );
  const details = choices.map((choice) =>
    choice.detail ? wrappedRows(choice.detail, labelWidth) : [],
  );
  const heightsWith = (on: number | null) =>
    labels.map((lines, i) => lines.length + (i === on ? (details[i]?.length ?? 0) : 0));
  // The window follows rows, not choices (a long label takes more than one): the model's own
  // window holds every choice, and `top` is the first choice in the rows shown.
  const inView = (next: ChoiceListModel, from: number): ChoiceListModel => ({
    ...next,
    top: rowWindow(heightsWith(next.highlighted), from, next.highlighted, rows).top,
  });
  const [model, setModel] = useState(() =>
    inView(createChoiceListModel(count, initialIndex, count), 0),
  );
  const [explaining, setExplaining] = useState(false);
  // The choice whose number was pressed while it cannot be taken: why, said under the list.
  const [refused, setRefused] = useState<number | null>(null);
  const unavailable = new Set(
    choices.flatMap((choice, i) => (choice.unavailable === undefined ? [] : [i])),
  );
  // A list that changes length (or window) keeps its highlight in range and in view.
  const highlighted =
    model.highlighted === null || count === 0 ? null : Math.min(model.highlighted, count - 1);
  const shown = inView({ ...model, highlighted }, model.top);
  // Keys can arrive faster than frames: each one starts from the model the last one left.
  const latest = useRef(shown);
  useLayoutEffect(() => {
    latest.current = shown;
  });

  useChoiceListInput((action: ChoiceListAction) => {
    const outcome = reduceChoiceList(latest.current, action, count, count, unavailable);
    const next = inView(outcome.model, latest.current.top);
    latest.current = next;
    setModel(next);
    setExplaining(outcome.explain === true);
    setRefused(outcome.unavailable ?? null);
    onUnavailable?.(outcome.unavailable !== undefined);
    if (outcome.chosen !== undefined) {
      const choice = choices[outcome.chosen];
      if (choice) onSelect(choice.value);
    }
  }, isActive);

  const why = refused === null ? undefined : choices[refused]?.unavailable;
  const window = rowWindow(heightsWith(shown.highlighted), shown.top, shown.highlighted, rows);
  const above = window.top;
  const below = count - window.end;
  return (
    <Box flexDirection="column">
      {labels.slice(window.top, window.end).map((lines, offset) => {
        const i = window.top + offset;
        const on = i === shown.highlighted;
        const off = choices[i]?.unavailable !== undefined;
        const colour = on ? theme.selected : off ? theme.muted : undefined;
        return (
          <Box key={i}>
            <Text color={on ? theme.selected : undefined} bold={on}>
              {on ? '›' : ' '} {String(i + 1).padStart(digits)}.{' '}
            </Text>
            <Box flexDirection="column" width={labelWidth}>
              {lines.map((line, row) => (
                <Text key={row} color={colour} bold={on} dimColor={off} wrap="truncate-end">
                  {line || ' '}
                </Text>
              ))}
              {on
                ? details[i]?.map((line, row) => (
                    <Text key={`detail${row}`} color={theme.muted} wrap="truncate-end">
                      {line || ' '}
                    </Text>
                  ))
                : null}
            </Box>
          </Box>
        );
      })}
      {shown.typed ? (
        // A first digit that could start 10 to 19 waits: say so, so the key does not seem lost.
        <Paragraph
          text={words().common.waitingDigit(shown.typed)}
          color={theme.notice}
          indent={2}
        />
      ) : above + below > 0 ? (
        <Text color={theme.muted}>
          {'  '}
          {[
            above > 0 ? words().common.moreChoices('↑', above) : '',
            below > 0 ? words().common.moreChoices('↓', below) : '',
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
      ) : null}
      {/* Wrapped at words: Ink's own wrap would start a row with the space it broke at. */}
      {explaining ? <Paragraph text={explainEnter} color={theme.notice} /> : null}
      {why ? <Paragraph text={why} color={theme.notice} /> : null}
    </Box>
  );
}
