import { Text } from 'ink';
import { Paragraph } from '../components/Paragraph.js';
import type { Partner } from '../../session/index.js';
import { PartnerName } from '../components/PartnerName.js';
import { Screen } from '../components/Screen.js';
import { useKeys } from '../hooks/use-keys.js';
import { theme } from '../theme.js';
import { words } from '../../words/index.js';

interface OffRecordStepProps {
  title: string;
  aside: string;
  listener: Partner;
  listenerName: string;
  ask: string;
  onDone: () => void;
  /** Esc: back to the floor, when the speaker is not finished after all. */
  onBack?: () => void;
}

/** Off the record, the listener still says it back, out loud; nothing is typed or kept. */
export function OffRecordStep({
  title,
  aside,
  listener,
  listenerName,
  ask,
  onDone,
  onBack,
}: OffRecordStepProps) {
  useKeys((_input, key) => {
    if (key.return) onDone();
    else if (key.escape) onBack?.();
  });
  return (
    <Screen
      title={title}
      aside={aside}
      commands={
        onBack ? ['continue', 'back', 'pauseLetter', 'quit'] : ['continue', 'pauseLetter', 'quit']
      }
    >
      <Text>
        <PartnerName partner={listener} name={listenerName} />
        <Text>, {ask}</Text>
      </Text>
      <Paragraph text={words().listener.offRecord} color={theme.calm} />
      <Paragraph text={words().listener.saidIt} color={theme.muted} />
    </Screen>
  );
}
