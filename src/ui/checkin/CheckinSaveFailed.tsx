import { Box, Text } from 'ink';
import { useState } from 'react';
import { ChoiceList } from '../components/ChoiceList.js';
import { Screen } from '../components/Screen.js';
import { useLayout } from '../layout.js';
import { TextArea } from '../text-area/index.js';
import { theme } from '../theme.js';

interface CheckinSaveFailedProps {
  message: string;
  onRetry: (folder?: string) => void;
  onLeave: () => void;
}

/** Saving failed: say why, keep the words, and offer another folder. */
export function CheckinSaveFailed({ message, onRetry, onLeave }: CheckinSaveFailedProps) {
  const { width } = useLayout();
  const [askFolder, setAskFolder] = useState(false);
  return (
    <Screen
      title="The check-in is not saved yet"
      commands={askFolder ? ['submit', 'quit'] : ['choose', 'quit']}
    >
      <Text color={theme.problem}>{message}</Text>
      <Text>Nothing you typed is lost: it is all still here.</Text>
      <Box marginTop={1} flexDirection="column">
        {askFolder ? (
          <>
            <Text>Type a folder to save in, then press Enter:</Text>
            <TextArea
              defaultValue=""
              width={width}
              height={1}
              onSubmit={(text) => text.trim() && onRetry(text.trim())}
            />
          </>
        ) : (
          <ChoiceList
            choices={[
              { label: 'Try again', value: 'retry' as const },
              { label: 'Save in another folder', value: 'folder' as const },
              { label: 'Leave without saving', value: 'leave' as const },
            ]}
            onSelect={(choice) => {
              if (choice === 'retry') onRetry();
              if (choice === 'folder') setAskFolder(true);
              if (choice === 'leave') onLeave();
            }}
          />
        )}
      </Box>
    </Screen>
  );
}
