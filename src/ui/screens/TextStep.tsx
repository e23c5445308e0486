import { Box } from 'ink';
import { Paragraph } from '../components/Paragraph.js';
import { NamedParagraph } from '../components/NamedParagraph.js';
import { wrappedRows } from '../components/Clamped.js';
import { useState, type ReactNode } from 'react';
import type { Partner } from '../../session/index.js';
import { PARTNER_MARKS } from '../../text/colour.js';
import { useCommands, withMore } from '../commands/index.js';
import { bodyRowsFor, Screen } from '../components/Screen.js';
import { TextArea } from '../text-area/index.js';
import { useLayout } from '../layout.js';
import { useSessionUi } from '../session-context.js';
import { useInputOpen } from '../input-gate.js';
import { theme } from '../theme.js';
import { words } from '../../words/index.js';

interface TextStepProps {
  title: string;
  aside?: string;
  /**
   * Who types, and what: the partner's name and the words after it ("Alex" and ", say out
   * loud…"), wrapped at words; its rows are counted, and what is left goes to the text area.
   */
  ask?: { partner: Partner; name: string; text: string };
  /** Or an intro of its own (kept to three rows on a small terminal), when there is no ask. */
  intro?: ReactNode;
  /** Extras above the text area, such as the prompt: left out on a small terminal. */
  context?: ReactNode;
  /** One line kept even on a small terminal, such as a countdown. */
  above?: ReactNode;
  /** The words that open the answer, e.g. "What I heard is…". */
  stem: string;
  draftKey: string;
  onSubmit: (text: string) => void;
  /** When set, an empty answer is not taken and this gentle hint is shown instead. */
  emptyHint?: string;
  /** Shown under the text area, e.g. "Leaving it empty is fine". */
  note?: string;
  /** The intro is longer than its rows and pages with Page Down: the footer says so. */
  paged?: boolean;
  /**
   * Esc goes back one step; it is given what is typed so far (kept in the draft), and may
   * answer with a gentle line instead of going back.
   */
  onBack?: (text: string) => string | undefined;
}

/** Who types and what, on a small terminal: enough for the longest ask at 40 columns. */
export const INTRO_ROWS = 3;

/** A screen where someone types: the draft is kept safe on every change, and put back after a crash. */
export function TextStep(props: TextStepProps) {
  const open = useInputOpen();
  const { drafts } = useSessionUi();
  const layout = useLayout();
  const { width, rows, compact } = layout;
  const [hint, setHint] = useState<string | null>(null);
  const { onBack } = props;
  const declared = useCommands([
    { command: 'submit' },
    { command: 'newline' },
    {
      command: 'back',
      when: onBack !== undefined,
      run: () => {
        const said = onBack?.(drafts.get(props.draftKey)?.text ?? '');
        if (said) setHint(said);
      },
    },
  ]);
  const commands = withMore(declared, props.paged === true);
  const { ask } = props;
  const askRows = ask
    ? Math.min(
        INTRO_ROWS,
        wrappedRows(`${PARTNER_MARKS[ask.partner]} ${ask.name}${ask.text}`, width).length,
      )
    : INTRO_ROWS;
  // On a small terminal a gentle hint (Esc, or Enter with nothing typed) is said where the ask
  // was, until the next key: the text area keeps its rows, and nothing is pushed off the screen.
  const hintInstead = compact && hint !== null;
  const topRows = hintInstead ? wrappedRows(hint, width).length : askRows;
  // The text area takes every row the title, the ask, the stem and the footer leave over.
  const areaRows = compact
    ? Math.max(
        1,
        bodyRowsFor(layout, commands) -
          topRows -
          wrappedRows(props.stem, width).length -
          (props.above ? 1 : 0),
      )
    : Math.max(3, Math.min(10, rows - 14));
  // The text area reads this only when it mounts, once per field (it is keyed by the field).
  const initial = drafts.get(props.draftKey);
  const submit = (text: string) => {
    if (props.emptyHint && text.trim() === '') {
      setHint(props.emptyHint);
      return;
    }
    props.onSubmit(text.trim());
  };
  return (
    <Screen title={props.title} aside={props.aside} commands={commands}>
      {hintInstead ? (
        <Paragraph text={hint} color={theme.notice} />
      ) : (
        <Box flexDirection="column" height={compact ? topRows : undefined} overflow="hidden">
          {ask ? <NamedParagraph partner={ask.partner} name={ask.name} text={ask.text} /> : null}
          {props.intro}
        </Box>
      )}
      {compact ? null : props.context}
      {props.above}
      <Box marginTop={compact ? 0 : 1} flexDirection="column">
        <TextArea
          label={props.stem}
          labelColor={theme.accent}
          isActive={open}
          key={props.draftKey}
          defaultValue={initial?.text ?? ''}
          defaultCursor={initial?.cursor}
          width={width}
          height={areaRows}
          placeholder={words().common.typeHere}
          onChange={(text, cursor) => {
            if (hint) setHint(null);
            drafts.set(props.draftKey, { text, cursor });
          }}
          onSubmit={submit}
        />
      </Box>
      {hint && !compact ? <Paragraph text={hint} color={theme.notice} /> : null}
      {props.note && !hint && !compact ? <Paragraph text={props.note} color={theme.muted} /> : null}
    </Screen>
  );
}
