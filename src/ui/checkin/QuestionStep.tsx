import { Box } from 'ink';
import { Paragraph } from '../components/Paragraph.js';
import type { Partner } from '../../session/index.js';
import { Screen } from '../components/Screen.js';
import { useCommands } from '../commands/index.js';
import { words } from '../../words/index.js';
import { useLayout } from '../layout.js';
import { TextArea } from '../text-area/index.js';
import { theme } from '../theme.js';
import type { Question } from './checkin-flow.js';
import { introFit } from './intro-fit.js';
import { QuestionIntro } from './QuestionIntro.js';
import { stepOfFour } from './questions.js';
import { StepTitle } from './StepTitle.js';

interface QuestionStepProps {
  partner: Partner;
  name: string;
  question: Question;
  /** What was typed before, when someone came back with Esc. */
  initial: string;
  /** Esc goes back one question, where there is one before. */
  onBack?: () => void;
  onChange: (text: string) => void;
  onSubmit: (text: string) => void;
}

/** Rows kept for typing on a small terminal, however long the question's guidance is. */
const TYPING_ROWS = 3;

/**
 * One of the three questions, for one partner. An empty answer is fine. On a small terminal the
 * question and its guidance share the rows above the text area, and what does not fit is a page
 * away (Page Down, named in the footer).
 */
export function QuestionStep(props: QuestionStepProps) {
  const layout = useLayout();
  const { width, rows, compact } = layout;
  const asked = words().checkin.questions[props.question];
  const { onBack } = props;
  const declared = useCommands([
    { command: 'submit' },
    { command: 'newline' },
    { command: 'back', when: onBack !== undefined, run: () => onBack?.() },
  ]);
  const ask = asked.ask(props.name);
  const fit = introFit(layout, declared, ask, asked.help, TYPING_ROWS);
  const commands = compact ? fit.commands : declared;
  const areaRows = compact ? fit.spare : Math.max(3, Math.min(8, rows - 13));
  return (
    <Screen
      title={<StepTitle partner={props.partner} name={props.name} />}
      aside={stepOfFour(props.question)}
      commands={commands}
    >
      <QuestionIntro ask={ask} help={asked.help} rows={fit.rows} />
      <Box marginTop={compact ? 0 : 1}>
        <TextArea
          key={`${props.partner}-${props.question}`}
          defaultValue={props.initial}
          width={width}
          height={areaRows}
          placeholder={words().common.typeHere}
          onChange={(text) => props.onChange(text)}
          onSubmit={props.onSubmit}
        />
      </Box>
      {compact ? null : <Paragraph text={words().common.emptyIsFine} color={theme.muted} />}
    </Screen>
  );
}
