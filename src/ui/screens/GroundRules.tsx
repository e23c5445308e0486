import { Box, Text } from 'ink';
import type { Partner, SessionState } from '../../session/index.js';
import { ChoiceList } from '../components/choice-list/index.js';
import { Paragraph } from '../components/Paragraph.js';
import { Screen } from '../components/Screen.js';
import { useCommands } from '../commands/index.js';
import { useLayout } from '../layout.js';
import { useSessionUi } from '../session-context.js';
import { PARTNER_MARKS } from '../../text/colour.js';
import { words } from '../../words/index.js';

export function GroundRules({ state }: { state: SessionState }) {
  const { store } = useSessionUi();
  const { compact } = useLayout();
  const said = words().groundRules;
  const commands = useCommands([{ command: 'choose' }]);
  const names = state.config.partners;
  const solo = names.length === 1;
  const choices = names.map((name, i) => ({
    label: solo ? said.readySolo(name) : `${PARTNER_MARKS[i as Partner]} ${said.agrees(name)}`,
    value: i as Partner,
    checked: state.agreed[i] ?? false,
  }));
  return (
    <Screen title={said.title} commands={commands}>
      {compact ? (
        <Paragraph text={solo ? said.soloShort : said.short} />
      ) : (
        (solo ? said.soloRules : said.rules).map((rule) => (
          <Paragraph key={rule} text={`• ${rule}`} />
        ))
      )}
      <Box marginTop={compact ? 0 : 1} flexDirection="column">
        {compact ? null : <Text>{solo ? said.whenReadySolo : said.whenReady}</Text>}
        {/* Agreeing is something each partner says, so Enter alone agrees for nobody: the
            highlight starts on nothing, also after one of them has agreed. Alone, Enter is you. */}
        <ChoiceList
          key={state.agreed.map(String).join()}
          initialIndex={solo ? 0 : null}
          explainEnter={words().common.chooseOwnName}
          choices={choices}
          onSelect={(partner) => store.dispatch({ type: 'agree', partner })}
        />
      </Box>
    </Screen>
  );
}
