// A list chosen with the arrow keys and Enter, or by the number beside each choice.
import { Box, Text } from 'ink';
import { useLayoutEffect, useRef, useState } from 'react';
import { theme } from '../../theme.js';
import {
  createChoiceListModel,
  reduceChoiceList,
  scrolled,
  type ChoiceListAction,
} from './choice-list-model.js';
import { useChoiceListInput } from './use-choice-list-input.js';

export interface Choice<T> {
  label: string;
  value: T;
  /** Shown ticked, e.g. a partner who has already agreed. */
  checked?: boolean;
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
  /** The most choices shown at once; a longer list scrolls and says how many are out of view. */
  visibleCount?: number;
}

const EXPLAIN = 'Choose with ↑↓, or type the number beside a choice.';

export function ChoiceList<T>({
  choices,
  onSelect,
  isActive = true,
  initialIndex = 0,
  explainEnter = EXPLAIN,
  visibleCount = Number.POSITIVE_INFINITY,
}: ChoiceListProps<T>) {
  const count = choices.length;
  // A scrolling list gives one of its rows to the line that says what is out of view.
  const visible = count > visibleCount ? Math.max(1, visibleCount - 1) : count;
  const [model, setModel] = useState(() => createChoiceListModel(count, initialIndex, visible));
  const [explaining, setExplaining] = useState(false);
  // A list that changes length (or window) keeps its highlight in range and in view.
  const shown = scrolled(
    {
      ...model,
      highlighted:
        model.highlighted === null || count === 0 ? null : Math.min(model.highlighted, count - 1),
    },
    count,
    visible,
  );
  // Keys can arrive faster than frames: each one starts from the model the last one left.
  const latest = useRef(shown);
  useLayoutEffect(() => {
    latest.current = shown;
  });

  useChoiceListInput((action: ChoiceListAction) => {
    const outcome = reduceChoiceList(latest.current, action, count, visible);
    latest.current = outcome.model;
    setModel(outcome.model);
    setExplaining(outcome.explain === true);
    if (outcome.chosen !== undefined) {
      const choice = choices[outcome.chosen];
      if (choice) onSelect(choice.value);
    }
  }, isActive);

  const above = shown.top;
  const below = Math.max(0, count - shown.top - visible);
  const digits = String(count).length;
  return (
    <Box flexDirection="column">
      {choices.slice(shown.top, shown.top + visible).map((choice, offset) => {
        const i = shown.top + offset;
        const on = i === shown.highlighted;
        return (
          <Text key={i} color={on ? theme.selected : undefined} bold={on}>
            {on ? '›' : ' '} {String(i + 1).padStart(digits)}. {choice.label}
            {choice.checked ? ' ✓' : ''}
          </Text>
        );
      })}
      {above + below > 0 ? (
        <Text color={theme.muted}>
          {'  '}
          {[above > 0 ? `↑ ${above} more` : '', below > 0 ? `↓ ${below} more` : '']
            .filter(Boolean)
            .join(' · ')}
        </Text>
      ) : null}
      {explaining ? <Text color={theme.notice}>{explainEnter}</Text> : null}
    </Box>
  );
}
