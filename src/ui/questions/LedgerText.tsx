// A text field of the ledger's screens: every change is journaled as it is typed, and put back
// after a crash (the latest draft per field, from the ledger file).
import { Box } from 'ink';
import { useState } from 'react';
import type { LedgerFile } from '../../questions/ledger-file.js';
import { nowIso, type WallNow } from '../../questions/wall-clock.js';
import { useInputOpen } from '../input-gate.js';
import { useLayout } from '../layout.js';
import { TextArea } from '../text-area/index.js';
import { Paragraph } from '../components/Paragraph.js';
import { wrappedRows } from '../components/Clamped.js';
import { theme } from '../theme.js';
import { words } from '../../words/index.js';

interface LedgerTextProps {
  file: LedgerFile;
  now: WallNow;
  /** The field's draft key in the ledger. */
  field: string;
  rows?: number;
  /**
   * Words right above the field (the ask): where they are given, a hint is said in their place
   * until the next key, and the field gives up only the rows the hint needs beyond them.
   */
  label?: string;
  /** When set, an empty answer is not taken and this is said instead. */
  emptyHint?: string;
  onSubmit: (text: string) => void;
}

export function LedgerText({
  file,
  now,
  field,
  rows,
  label,
  emptyHint,
  onSubmit,
}: LedgerTextProps) {
  const open = useInputOpen();
  const { width, rows: screenRows, compact } = useLayout();
  const [hint, setHint] = useState<string | null>(null);
  const fits =
    rows ?? (compact ? Math.max(1, screenRows - 9) : Math.max(2, Math.min(6, screenRows - 14)));
  const hintAsLabel = label !== undefined && hint !== null;
  const extra = hintAsLabel
    ? Math.max(0, wrappedRows(hint, width).length - wrappedRows(label, width).length)
    : 0;
  const height = Math.max(1, fits - extra);
  return (
    <Box flexDirection="column">
      <TextArea
        label={hintAsLabel ? hint : label}
        labelColor={hintAsLabel ? theme.notice : undefined}
        key={field}
        isActive={open}
        defaultValue={file.ledger().drafts.get(field) ?? ''}
        width={width}
        height={height}
        placeholder={words().common.typeHere}
        onChange={(text) => {
          if (hint) setHint(null);
          file.append({ t: 'draft', key: field, text, at: nowIso(now) });
        }}
        onSubmit={(text) => {
          if (emptyHint && text.trim() === '') return setHint(emptyHint);
          onSubmit(text.trim());
        }}
      />
      {hint && !hintAsLabel ? <Paragraph text={hint} color={theme.notice} /> : null}
    </Box>
  );
}

/** Clears a field's draft once what it held is saved as a question or a moment. */
export function clearDraft(file: LedgerFile, now: WallNow, field: string): void {
  if (file.ledger().drafts.has(field))
    file.append({ t: 'draft', key: field, text: '', at: nowIso(now) });
}
