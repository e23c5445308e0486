// Who is writing: one of the two names, chosen by its number (nothing highlighted: Enter alone
// never says who asked), or a name typed when none is known yet.
import { Text } from 'ink';
import { ChoiceList } from '../components/choice-list/index.js';
import { Paragraph } from '../components/Paragraph.js';
import { Screen } from '../components/Screen.js';
import { useKeys } from '../hooks/use-keys.js';
import { useLayout } from '../layout.js';
import { NameStep } from '../setup/NameStep.js';
import { words } from '../../words/index.js';

interface WhoStepProps {
  title: string;
  ask: string;
  names: readonly string[];
  onChoose: (name: string) => void;
  onBack: () => void;
}

export function WhoStep({ title, ask, names, onChoose, onBack }: WhoStepProps) {
  const { width } = useLayout();
  useKeys((_input, key) => {
    if (key.escape) onBack();
  });
  if (names.length < 2) {
    return (
      <NameStep ask={ask} initial={names[0] ?? ''} canGoBack width={width} onDone={onChoose} />
    );
  }
  return (
    <Screen title={title} commands={['choose', 'back', 'quit']}>
      <Paragraph text={ask} />
      <Text> </Text>
      <ChoiceList<string>
        initialIndex={null}
        explainEnter={words().questions.typeYourNumber}
        choices={names.map((name) => ({ label: name, value: name }))}
        onSelect={onChoose}
      />
    </Screen>
  );
}
