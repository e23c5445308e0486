// Writing a question down when it comes: a few keystrokes, and the same gentle note every time.
import { Text } from 'ink';
import type { LedgerFile } from '../../questions/ledger-file.js';
import type { WallNow } from '../../questions/wall-clock.js';
import { Paragraph } from '../components/Paragraph.js';
import { Screen } from '../components/Screen.js';
import { useKeys } from '../hooks/use-keys.js';
import { useLayout } from '../layout.js';
import { theme } from '../theme.js';
import { LedgerText } from './LedgerText.js';
import { words } from '../../words/index.js';

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
  const said = words().questions;
  return (
    <Screen title={said.newQuestion} commands={['submit', 'newline', 'back', 'quit']}>
      <Paragraph text={said.write.ask} bold />
      <Paragraph text={said.writingNote} color={theme.muted} />
      {compact ? null : <Paragraph text={said.write.kept} color={theme.muted} />}
      <Text> </Text>
      <LedgerText
        file={file}
        now={now}
        field={QUESTION_FIELD}
        emptyHint={said.write.empty}
        onSubmit={onDone}
      />
    </Screen>
  );
}
