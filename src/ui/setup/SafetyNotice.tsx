import { Box, Text } from 'ink';
import { useKeys } from '../hooks/use-keys.js';
import { Screen } from '../components/Screen.js';
import { theme } from '../theme.js';

/** The first run says plainly what talkturn is not, and where to turn instead. */
export function SafetyNotice({
  width,
  helpLine,
  onContinue,
}: {
  width: number;
  helpLine?: string;
  onContinue: () => void;
}) {
  useKeys((_input, key) => {
    if (key.return) onContinue();
  });
  return (
    <Screen title="Before you start" commands={['continue', 'quit']} width={width}>
      <Text>
        talkturn holds the time and the turns while you two talk, and keeps notes of what you
        understood. It is not therapy, and it does not replace a counsellor.
      </Text>
      <Box marginTop={1} flexDirection="column">
        <Text bold>
          It is not for a relationship where anyone is afraid, threatened, controlled or hurt.
        </Text>
        <Text>If that is you, please reach out instead:</Text>
        <Text>• in danger now: your local emergency number</Text>
        <Text>
          • in the US: National Domestic Violence Hotline, 1-800-799-7233; crisis line 988
        </Text>
        {helpLine ? <Text>• {helpLine}</Text> : null}
      </Box>
      <Box marginTop={1}>
        <Text color={theme.muted}>
          Everything stays on this computer. Nothing is sent anywhere.
        </Text>
      </Box>
    </Screen>
  );
}
