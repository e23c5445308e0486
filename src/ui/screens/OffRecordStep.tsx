import { Text } from 'ink';
import { Paragraph } from '../components/Paragraph.js';
import type { Partner } from '../../session/index.js';
import { PartnerName } from '../components/PartnerName.js';
import { Screen } from '../components/Screen.js';
import { useCommands } from '../commands/index.js';
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
  // The listener may start typing out of habit: letters do nothing here (Ctrl+P pauses).
  const commands = useCommands(
    [
      { command: 'continue', run: onDone },
      { command: 'back', when: onBack !== undefined, run: () => onBack?.() },
    ],
    { typing: true },
  );
  return (
    <Screen title={title} aside={aside} commands={commands}>
      <Text>
        <PartnerName partner={listener} name={listenerName} />
        <Text>, {ask}</Text>
      </Text>
      <Paragraph text={words().listener.offRecord} color={theme.calm} />
      <Paragraph text={words().listener.saidIt} color={theme.muted} />
    </Screen>
  );
}
