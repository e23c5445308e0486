// Writing a question down when it comes: a few keystrokes, and the same gentle note every time.
import { Text } from 'ink';
import type { LedgerFile } from '../../questions/ledger-file.js';
import type { WallNow } from '../../questions/wall-clock.js';
import { WRITING_NOTE } from '../../questions/words.js';
import { Screen } from '../components/Screen.js';
import { useKeys } from '../hooks/use-keys.js';
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
  useKeys((_input, key) => {
    if (key.escape) onBack();
  });
  return (
    <Screen title="A new question" commands={['submit', 'newline', 'back', 'quit']}>
      <Text bold>What would you like to ask?</Text>
      <Text color={theme.muted}>{WRITING_NOTE}</Text>
      {compact ? null : (
        <Text color={theme.muted}>It is kept as you type, and waits for your next talk.</Text>
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
