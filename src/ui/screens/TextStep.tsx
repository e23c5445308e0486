import { Box, Text } from 'ink';
import { useState, type ReactNode } from 'react';
import { Screen } from '../components/Screen.js';
import { TextArea } from '../text-area/index.js';
import { useSessionUi } from '../session-context.js';
import { theme } from '../theme.js';

interface TextStepProps {
  title: string;
  aside?: string;
  /** Lines above the text area: who types, and what. */
  intro: ReactNode;
  /** The words that open the answer, e.g. "What I heard is…". */
  stem: string;
  draftKey: string;
  onSubmit: (text: string) => void;
  /** When set, an empty answer is not taken and this gentle hint is shown instead. */
  emptyHint?: string;
  /** Shown under the text area, e.g. "Leaving it empty is fine". */
  note?: string;
  width: number;
  /** Rows the text area may use. */
  areaRows: number;
}

/** A screen where someone types: the draft is kept safe on every change, and put back after a crash. */
export function TextStep(props: TextStepProps) {
  const { drafts } = useSessionUi();
  const [initial] = useState(() => drafts.get(props.draftKey));
  const [hint, setHint] = useState<string | null>(null);
  const submit = (text: string) => {
    if (props.emptyHint && text.trim() === '') {
      setHint(props.emptyHint);
      return;
    }
    props.onSubmit(text.trim());
  };
  return (
    <Screen
      title={props.title}
      aside={props.aside}
      commands={['submit', 'newline', 'pause', 'quit']}
      width={props.width}
    >
      {props.intro}
      <Box marginTop={1} flexDirection="column">
        <Text color={theme.accent}>{props.stem}</Text>
        <TextArea
          key={props.draftKey}
          defaultValue={initial?.text ?? ''}
          defaultCursor={initial?.cursor}
          width={props.width}
          height={props.areaRows}
          onChange={(text, cursor) => {
            if (hint) setHint(null);
            drafts.set(props.draftKey, { text, cursor });
          }}
          onSubmit={submit}
        />
      </Box>
      {hint ? <Text color={theme.notice}>{hint}</Text> : null}
      {props.note && !hint ? <Text color={theme.muted}>{props.note}</Text> : null}
    </Screen>
  );
}
