import { Box } from 'ink';
import { Paragraph } from '../components/Paragraph.js';
import type { Partner } from '../../session/index.js';
import { Screen } from '../components/Screen.js';
import { words } from '../../words/index.js';
import { useLayout } from '../layout.js';
import { TextArea } from '../text-area/index.js';
import { theme } from '../theme.js';
import type { Question } from './checkin-flow.js';
import { stepOfFour } from './questions.js';
import { StepTitle } from './StepTitle.js';

interface QuestionStepProps {
  partner: Partner;
  name: string;
  question: Question;
  /** What was typed before, when someone came back with Esc. */
  initial: string;
  canGoBack: boolean;
  onChange: (text: string) => void;
  onSubmit: (text: string) => void;
}

/** One of the three questions, for one partner. An empty answer is fine. */
export function QuestionStep(props: QuestionStepProps) {
  const { width, rows, compact } = useLayout();
  const asked = words().checkin.questions[props.question];
  const areaRows = compact ? Math.max(1, rows - 7) : Math.max(3, Math.min(8, rows - 13));
  return (
    <Screen
      title={<StepTitle partner={props.partner} name={props.name} />}
      aside={stepOfFour(props.question)}
      commands={
        props.canGoBack ? ['submit', 'newline', 'back', 'quit'] : ['submit', 'newline', 'quit']
      }
    >
      <Paragraph text={asked.ask(props.name)} bold />
      {compact ? null : <Paragraph text={asked.help} color={theme.muted} />}
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
