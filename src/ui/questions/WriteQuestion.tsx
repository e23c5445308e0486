// Writing a question down when it comes: a few keystrokes, and the same gentle note every time.
import { Text } from 'ink';
import type { LedgerFile } from '../../questions/ledger-file.js';
import type { WallNow } from '../../questions/wall-clock.js';
import { WRITING_NOTE } from '../../questions/words.js';
import { Paragraph } from '../components/Paragraph.js';
import { Screen } from '../components/Screen.js';
import { useCommands } from '../commands/index.js';
import { useLayout } from '../layout.js';
import { theme } from '../theme.js';
import { LedgerText } from './LedgerText.js';

export const QUESTION_FIELD = 'question';

interface WriteQuestionProps {
  file: LedgerFile;
  now: WallNow;
  onDone: (text: string) => void;
  onBack: () => void;
}

export function WriteQuestion({ file, now, onDone, onBack }: WriteQuestionProps) {
  const { compact } = useLayout();
  const commands = useCommands([
    { command: 'submit' },
    { command: 'newline' },
    { command: 'back', run: onBack },
  ]);
  return (
    <Screen title="A new question" commands={commands}>
      <Paragraph text="What would you like to ask?" bold />
      <Paragraph text={WRITING_NOTE} color={theme.muted} />
      {compact ? null : (
        <Paragraph
          text="It is kept as you type, and waits for your next talk."
          color={theme.muted}
        />
      )}
      <Text> </Text>
      <LedgerText
        file={file}
        now={now}
        field={QUESTION_FIELD}
        emptyHint="Type the question first, or press Esc to go back."
        onSubmit={onDone}
      />
    </Screen>
  );
}
