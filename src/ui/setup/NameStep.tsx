import { Box } from 'ink';
import { Paragraph } from '../components/Paragraph.js';
import { useState } from 'react';
import { Screen } from '../components/Screen.js';
import { TextArea } from '../text-area/index.js';
import { useInputOpen } from '../input-gate.js';
import { theme } from '../theme.js';
import { sameName } from '../../text/names.js';
import { MAX_NAME_CHARS } from '../../session/limits.js';
import { words } from '../../words/index.js';

interface NameStepProps {
  ask: string;
  initial: string;
  /** A name that may not be used again (the other partner's). */
  taken?: string;
  /** Esc goes back to the question before. */
  canGoBack: boolean;
  width: number;
  onDone: (name: string) => void;
}

export function NameStep({ ask, initial, taken, canGoBack, width, onDone }: NameStepProps) {
  const open = useInputOpen();
  const [hint, setHint] = useState<string | null>(null);
  const submit = (text: string) => {
    const said = words().setup.names;
    const name = text.replace(/\s+/g, ' ').trim();
    if (name === '') return setHint(said.empty);
    if ([...name].length > MAX_NAME_CHARS) return setHint(said.tooLong);
    if (taken && sameName(name, taken)) {
      return setHint(said.taken(taken, name));
    }
    onDone(name);
  };
  return (
    <Screen
      title={words().setup.names.title}
      commands={canGoBack ? ['submit', 'back', 'quit'] : ['submit', 'quit']}
      width={width}
    >
      <Paragraph text={ask} />
      <Box marginTop={1}>
        <TextArea
          isActive={open}
          defaultValue={initial}
          width={Math.min(width, 44)}
          height={1}
          onChange={() => setHint(null)}
          onSubmit={submit}
        />
      </Box>
      {hint ? <Paragraph text={hint} color={theme.notice} /> : null}
    </Screen>
  );
}
