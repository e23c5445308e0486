import { Box } from 'ink';
import { Paragraph } from '../components/Paragraph.js';
import { useState } from 'react';
import type { Partner } from '../../session/index.js';
import { wrappedRows } from '../components/Clamped.js';
import { Screen } from '../components/Screen.js';
import { useCommands } from '../commands/index.js';
import { useLayout } from '../layout.js';
import { theme } from '../theme.js';
import { introFit } from './intro-fit.js';
import { QuestionIntro } from './QuestionIntro.js';
import { NumberPicker } from './NumberPicker.js';
import { stepOfFour } from './questions.js';
import { StepTitle } from './StepTitle.js';
import { words } from '../../words/index.js';

interface NumberStepProps {
  partner: Partner;
  name: string;
  initial: number | null | undefined;
  /** Esc: back to the question before. */
  onBack?: () => void;
  onChoose: (value: number | null) => void;
}

/** The picker's rows: 1 to 10, and "Rather not say". */
const PICKER_ROWS = 2;

/**
 * One partner's own number, on their turn only: the other's is never on screen beside it. On a
 * small terminal what the number is and where it is kept (not a score, never beside the other's)
 * is paged with M above the picker, never dropped.
 */
export function NumberStep({ partner, name, initial, onBack, onChoose }: NumberStepProps) {
  const layout = useLayout();
  const { compact, width } = layout;
  const [hint, setHint] = useState(false);
  const declared = useCommands([
    { command: 'pickNumber' },
    { command: 'ratherNot' },
    { command: 'back', when: onBack !== undefined, run: () => onBack?.() },
  ]);
  const said = words().checkin.number;
  const ask = said.ask(name);
  const hintText = hint ? said.notChosen : said.keys;
  // A small terminal pages how to choose with the guidance (the footer has the keys too), and
  // keeps the rows below the picker for the hint that nothing is chosen yet.
  const guidance = compact && !hint ? `${said.help} ${said.keys}` : said.help;
  const hintRows = compact && !hint ? 0 : wrappedRows(hintText, width).length;
  const fit = introFit(layout, declared, ask, guidance, PICKER_ROWS + hintRows);
  return (
    <Screen
      title={<StepTitle partner={partner} name={name} />}
      aside={stepOfFour('number')}
      commands={compact ? fit.commands : declared}
    >
      <QuestionIntro ask={ask} help={guidance} rows={fit.rows} />
      <Box marginTop={compact ? 0 : 1}>
        <NumberPicker
          key={partner}
          initial={initial}
          onChoose={onChoose}
          onNothingChosen={() => setHint(true)}
        />
      </Box>
      {hintRows > 0 || !compact ? (
        <Box marginTop={compact ? 0 : 1}>
          <Paragraph text={hintText} color={hint ? theme.notice : theme.muted} />
        </Box>
      ) : null}
    </Screen>
  );
}
