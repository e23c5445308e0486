// Writing a question down when it comes: a few keystrokes, and the same gentle note every time.
import { Text } from 'ink';
import type { LedgerFile } from '../../questions/ledger-file.js';
import type { WallNow } from '../../questions/wall-clock.js';
import { wrappedRows } from '../components/Clamped.js';
import { PagedText } from '../components/PagedText.js';
import { Paragraph } from '../components/Paragraph.js';
import { bodyRowsFor, Screen } from '../components/Screen.js';
import { useCommands, withMore } from '../commands/index.js';
import { useLayout } from '../layout.js';
import { theme } from '../theme.js';
import { LedgerText } from './LedgerText.js';
import { words } from '../../words/index.js';

export const QUESTION_FIELD = 'question';

/** Rows of the question itself on a small terminal, at the least: the note pages before these go. */
const FIELD_ROWS = 2;

interface WriteQuestionProps {
  file: LedgerFile;
  now: WallNow;
  onDone: (text: string) => void;
  onBack: () => void;
}

export function WriteQuestion({ file, now, onDone, onBack }: WriteQuestionProps) {
  const layout = useLayout();
  const { compact, width } = layout;
  const declared = useCommands([
    { command: 'submit' },
    { command: 'newline' },
    { command: 'back', run: onBack },
  ]);
  const said = words().questions;
  if (!compact) {
    return (
      <Screen title={said.newQuestion} commands={declared}>
        <Paragraph text={said.write.ask} bold />
        <Paragraph text={said.writingNote} color={theme.muted} />
        <Paragraph text={said.write.kept} color={theme.muted} />
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
  // A small terminal: the note, then the ask right above the field. The field keeps its rows;
  // a note too long for the rest is a page at a time (Page Down), named in the footer.
  const askRows = wrappedRows(said.write.ask, width).length;
  const noteRows = wrappedRows(said.writingNote, width).length;
  const paged = noteRows + askRows + FIELD_ROWS > bodyRowsFor(layout, declared);
  const commands = withMore(declared, paged);
  const body = bodyRowsFor(layout, commands);
  const shownNote = paged ? Math.max(1, body - askRows - FIELD_ROWS) : noteRows;
  return (
    <Screen title={said.newQuestion} commands={commands}>
      <PagedText text={said.writingNote} width={width} rows={shownNote} color={theme.muted} />
      <LedgerText
        file={file}
        now={now}
        field={QUESTION_FIELD}
        label={said.write.ask}
        rows={Math.max(1, body - shownNote - askRows)}
        emptyHint={said.write.empty}
        onSubmit={onDone}
      />
    </Screen>
  );
}
