import { Box, Text } from 'ink';
import { useKeys } from '../hooks/use-keys.js';
import { useState } from 'react';
import { theme } from '../theme.js';

export interface Choice<T> {
  label: string;
  value: T;
  /** Shown ticked, e.g. a partner who has already agreed. */
  checked?: boolean;
}

interface ChoiceListProps<T> {
  choices: Choice<T>[];
  onSelect: (value: T) => void;
  isActive?: boolean;
  initialIndex?: number;
}

/** A list chosen with the arrow keys and Enter, or by the number beside each choice. */
export function ChoiceList<T>({
  choices,
  onSelect,
  isActive = true,
  initialIndex = 0,
}: ChoiceListProps<T>) {
  const [index, setIndex] = useState(initialIndex);
  const current = Math.min(index, choices.length - 1);
  useKeys(
    (input, key) => {
      if (key.upArrow) setIndex((current - 1 + choices.length) % choices.length);
      else if (key.downArrow) setIndex((current + 1) % choices.length);
      else if (key.return) {
        const choice = choices[current];
        if (choice) onSelect(choice.value);
      } else if (/^[1-9]$/.test(input)) {
        const choice = choices[Number(input) - 1];
        if (choice) {
          setIndex(Number(input) - 1);
          onSelect(choice.value);
        }
      }
    },
    { isActive },
  );
  return (
    <Box flexDirection="column">
      {choices.map((choice, i) => (
        <Text key={i} color={i === current ? theme.selected : undefined} bold={i === current}>
          {i === current ? '›' : ' '} {i + 1}. {choice.label}
          {choice.checked ? ' ✓' : ''}
        </Text>
      ))}
    </Box>
  );
}
