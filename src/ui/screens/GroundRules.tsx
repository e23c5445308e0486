import { Box, Text } from 'ink';
import type { Partner, SessionState } from '../../session/index.js';
import { ChoiceList } from '../components/choice-list/index.js';
import { Paragraph } from '../components/Paragraph.js';
import { Screen } from '../components/Screen.js';
import { useLayout } from '../layout.js';
import { useSessionUi } from '../session-context.js';
import { PARTNER_MARKS } from '../../text/colour.js';

const RULES = [
  'One of you speaks. The other only listens.',
  'Listen to understand. Say back what you heard before you respond.',
  'No fixing yet, and no defending. There will be time for that.',
  'Either of you can pause at any moment with Ctrl+P (or P when nobody is typing). A pause is care, not failure.',
  'Any prompt can be skipped.',
  'If someone walks in, Ctrl+L blanks the screen at once; press it again to come back.',
];

const SOLO_RULES = [
  'This time is for you. Write what is true for you, not what sounds right.',
  'There is no wrong answer, and any prompt can be skipped.',
  'You can pause at any moment with Ctrl+P (or P when you are not typing).',
];

// The same agreements, for a small terminal.
const SHORT = 'One speaks, one listens. Reflect first; no fixing, no defending. P pauses.';
const SOLO_SHORT = 'Write what is true for you. Skip anything. P pauses.';

export function GroundRules({ state }: { state: SessionState }) {
  const { store } = useSessionUi();
  const { compact } = useLayout();
  const names = state.config.partners;
  const solo = names.length === 1;
  const choices = names.map((name, i) => ({
    label: solo ? `I'm ready, ${name}` : `${PARTNER_MARKS[i as Partner]} ${name} agrees`,
    value: i as Partner,
    checked: state.agreed[i] ?? false,
  }));
  return (
    <Screen title="Ground rules" commands={['choose', 'pauseLetter', 'hide', 'quit']}>
      {compact ? (
        <Paragraph text={solo ? SOLO_SHORT : SHORT} />
      ) : (
        (solo ? SOLO_RULES : RULES).map((rule) => <Paragraph key={rule} text={`• ${rule}`} />)
      )}
      <Box marginTop={compact ? 0 : 1} flexDirection="column">
        {compact ? null : (
          <Text>
            {solo ? 'When you are ready:' : 'Each of you, agree by name when you are ready:'}
          </Text>
        )}
        {/* After one agrees, the highlight moves to the one who has not: Enter, Enter goes on. */}
        <ChoiceList
          key={state.agreed.map(String).join()}
          initialIndex={Math.max(0, state.agreed.indexOf(false))}
          choices={choices}
          onSelect={(partner) => store.dispatch({ type: 'agree', partner })}
        />
      </Box>
    </Screen>
  );
}
