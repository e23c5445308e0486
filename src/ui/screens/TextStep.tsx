import { Box } from 'ink';
import { Paragraph } from '../components/Paragraph.js';
import { useState, type ReactNode } from 'react';
import { useKeys } from '../hooks/use-keys.js';
import { bodyRowsFor, frameCommands, Screen } from '../components/Screen.js';
import { TextArea } from '../text-area/index.js';
import { useLayout } from '../layout.js';
import { useSessionUi } from '../session-context.js';
import { useInputOpen } from '../input-gate.js';
import { theme } from '../theme.js';
import { words } from '../../words/index.js';

interface TextStepProps {
  title: string;
  aside?: string;
  /** Who types, and what: kept to three rows on a small terminal. */
  intro: ReactNode;
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
  const commands = frameCommands(
    props.onBack
      ? ['submit', 'newline', 'back', 'pause', 'quit']
      : ['submit', 'newline', 'pause', 'quit'],
    props.paged === true,
  );
  // What is left once the title, the words around the text area and the footer are drawn (on a
  // small terminal: three rows of intro, the stem, a row for a hint).
  const areaRows = compact
    ? Math.max(1, bodyRowsFor(layout, commands) - INTRO_ROWS - 2 - (props.above ? 1 : 0))
    : Math.max(3, Math.min(10, rows - 14));
  // The text area reads this only when it mounts, once per field (it is keyed by the field).
  const initial = drafts.get(props.draftKey);
  const [hint, setHint] = useState<string | null>(null);
  const { onBack } = props;
  useKeys(
    (_input, key) => {
      if (!key.escape || !onBack) return;
      const said = onBack(drafts.get(props.draftKey)?.text ?? '');
      if (said) setHint(said);
    },
    { isActive: onBack !== undefined },
  );
  const submit = (text: string) => {
    if (props.emptyHint && text.trim() === '') {
      setHint(props.emptyHint);
      return;
    }
    props.onSubmit(text.trim());
  };
  return (
    <Screen title={props.title} aside={props.aside} commands={commands}>
      <Box flexDirection="column" height={compact ? INTRO_ROWS : undefined} overflow="hidden">
        {props.intro}
      </Box>
      {compact ? null : props.context}
      {props.above}
      <Box marginTop={compact ? 0 : 1} flexDirection="column">
        <Paragraph text={props.stem} color={theme.accent} />
        <TextArea
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
      {hint ? <Paragraph text={hint} color={theme.notice} /> : null}
      {props.note && !hint && !compact ? <Paragraph text={props.note} color={theme.muted} /> : null}
    </Screen>
  );
}
