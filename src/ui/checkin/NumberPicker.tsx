import { Box, Text, useInput } from 'ink';
import { useState } from 'react';
import { CHECKIN_MAX, CHECKIN_MIN } from '../../notes/index.js';
import { theme } from '../theme.js';
import { words } from '../../words/index.js';

const NUMBERS = Array.from({ length: CHECKIN_MAX - CHECKIN_MIN + 1 }, (_, i) => CHECKIN_MIN + i);
/** The place after the numbers: "Rather not say". */
const RATHER_NOT = NUMBERS.length;
const NONE = -1;

interface NumberPickerProps {
  /** What was chosen before (when someone came back with Esc): shown highlighted. */
  initial: number | null | undefined;
  onChoose: (value: number | null) => void;
  /** Enter before anything is highlighted. */
  onNothingChosen: () => void;
}

function indexOf(value: number | null | undefined): number {
  if (value === undefined) return NONE;
  return value === null ? RATHER_NOT : NUMBERS.indexOf(value);
}

/**
 * 1 to 10 on one row and "Rather not say" below it. Nothing is highlighted at first, so no
 * number is suggested. A digit chooses at once, 0 meaning 10; N is "rather not say".
 */
export function NumberPicker({ initial, onChoose, onNothingChosen }: NumberPickerProps) {
  const [index, setIndex] = useState(() => indexOf(initial));
  useInput((input, key) => {
    if (key.ctrl || key.meta) return;
    if (key.rightArrow) setIndex(index === NONE ? 0 : Math.min(index + 1, RATHER_NOT));
    else if (key.leftArrow) setIndex(index === NONE ? NUMBERS.length - 1 : Math.max(index - 1, 0));
    else if (key.downArrow) setIndex(RATHER_NOT);
    else if (key.upArrow)
      setIndex(index === RATHER_NOT || index === NONE ? NUMBERS.length - 1 : index);
    else if (key.return) {
      if (index === NONE) onNothingChosen();
      else onChoose(index === RATHER_NOT ? null : (NUMBERS[index] ?? null));
    } else if (/^[0-9]$/.test(input)) onChoose(input === '0' ? CHECKIN_MAX : Number(input));
    else if (input === 'n' || input === 'N') onChoose(null);
  });
  return (
    <Box flexDirection="column">
      <Box flexWrap="wrap">
        {NUMBERS.map((n, i) => (
          <Text key={n} color={i === index ? theme.selected : undefined} bold={i === index}>
            {i === index ? `[${n}]` : ` ${n} `}
          </Text>
        ))}
      </Box>
      <Text color={index === RATHER_NOT ? theme.selected : undefined} bold={index === RATHER_NOT}>
        {index === RATHER_NOT
          ? `[${words().checkin.number.ratherNot}]`
          : ` ${words().checkin.number.ratherNot} `}
      </Text>
    </Box>
  );
}
