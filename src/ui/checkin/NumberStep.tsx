import { Box, Text } from 'ink';
import { Paragraph } from '../components/Paragraph.js';
import { useState } from 'react';
import type { Partner } from '../../session/index.js';
import { Screen } from '../components/Screen.js';
import { useLayout } from '../layout.js';
import { theme } from '../theme.js';
import { NumberPicker } from './NumberPicker.js';
import { stepOfFour } from './questions.js';
import { StepTitle } from './StepTitle.js';
import { words } from '../../words/index.js';

interface NumberStepProps {
  partner: Partner;
  name: string;
  initial: number | null | undefined;
  onChoose: (value: number | null) => void;
}

/**
 * One partner's own number, on their turn only: the other's is never on screen beside it.
 */
export function NumberStep({ partner, name, initial, onChoose }: NumberStepProps) {
  const { compact } = useLayout();
  const [hint, setHint] = useState(false);
  return (
    <Screen
      title={<StepTitle partner={partner} name={name} />}
      aside={stepOfFour('number')}
      commands={['pickNumber', 'ratherNot', 'back', 'quit']}
    >
      <Paragraph text={words().checkin.number.ask(name)} bold />
      {compact ? null : <Paragraph text={words().checkin.number.help} color={theme.muted} />}
      <Box marginTop={compact ? 0 : 1}>
        <NumberPicker
          key={partner}
          initial={initial}
          onChoose={onChoose}
          onNothingChosen={() => setHint(true)}
        />
      </Box>
      <Box marginTop={compact ? 0 : 1}>
        <Text color={hint ? theme.notice : theme.muted}>
          {hint ? words().checkin.number.notChosen : words().checkin.number.keys}
        </Text>
      </Box>
    </Screen>
  );
}
