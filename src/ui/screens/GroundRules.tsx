import { Box, Text } from 'ink';
import type { Partner, SessionState } from '../../session/index.js';
import { ChoiceList } from '../components/choice-list/index.js';
import { Paragraph } from '../components/Paragraph.js';
import { Screen } from '../components/Screen.js';
import { useLayout } from '../layout.js';
import { useSessionUi } from '../session-context.js';
import { PARTNER_MARKS } from '../../text/colour.js';
import { words } from '../../words/index.js';

export function GroundRules({ state }: { state: SessionState }) {
  const { store } = useSessionUi();
  const { compact } = useLayout();
  const said = words().groundRules;
  const names = state.config.partners;
  const solo = names.length === 1;
  const choices = names.map((name, i) => ({
    label: solo ? said.readySolo(name) : `${PARTNER_MARKS[i as Partner]} ${said.agrees(name)}`,
    value: i as Partner,
    checked: state.agreed[i] ?? false,
  }));
  return (
    <Screen title={said.title} commands={['choose', 'pauseLetter', 'hide', 'quit']}>
      {compact ? (
        <Paragraph text={solo ? said.soloShort : said.short} />
      ) : (
        (solo ? said.soloRules : said.rules).map((rule) => (
          <Paragraph key={rule} text={`• ${rule}`} />
        ))
      )}
      <Box marginTop={compact ? 0 : 1} flexDirection="column">
        {compact ? null : <Text>{solo ? said.whenReadySolo : said.whenReady}</Text>}
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
