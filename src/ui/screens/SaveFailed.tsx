import os from 'node:os';
import { Box } from 'ink';
import { useState } from 'react';
import { ChoiceList } from '../components/choice-list/index.js';
import { Paragraph } from '../components/Paragraph.js';
import { Screen } from '../components/Screen.js';
import { TextArea } from '../text-area/index.js';
import { useInputOpen } from '../input-gate.js';
import { useLayout } from '../layout.js';
import { theme } from '../theme.js';
import { talkturnCommand } from '../../invocation.js';
import { words } from '../../words/index.js';

interface SaveFailedProps {
  message: string;
  onRetry: (folder?: string) => void;
  onQuit: () => void;
  /** What is not saved yet: the notes, or a check-in. */
  title?: string;
  /** The last choice's words: what leaving means here. */
  quitLabel?: string;
}

/** Saving failed: say why in plain words, keep the text, and offer another way. */
export function SaveFailed({
  message,
  onRetry,
  onQuit,
  title = words().saved.failed.title,
  quitLabel = words().saved.failed.quit(talkturnCommand('resume')),
}: SaveFailedProps) {
  const { width } = useLayout();
  const open = useInputOpen();
  const [askFolder, setAskFolder] = useState(false);
  const said = words().saved.failed;
  return (
    <Screen title={title} commands={askFolder ? ['submit', 'quit'] : ['choose', 'quit']}>
      <Paragraph text={message} color={theme.problem} />
      <Paragraph text={said.nothingLost} />
      <Box marginTop={1} flexDirection="column">
        {askFolder ? (
          <>
            <Paragraph text={said.typeFolder} />
            <TextArea
              isActive={open}
              defaultValue=""
              width={width}
              height={1}
              onSubmit={(text) => {
                const folder = expandHome(text.trim());
                if (folder) onRetry(folder);
              }}
            />
          </>
        ) : (
          <ChoiceList
            choices={[
              { label: said.retry, value: 'retry' as const },
              { label: said.otherFolder, value: 'folder' as const },
              { label: quitLabel, value: 'quit' as const },
            ]}
            onSelect={(choice) => {
              if (choice === 'retry') onRetry();
              if (choice === 'folder') setAskFolder(true);
              if (choice === 'quit') onQuit();
            }}
          />
        )}
      </Box>
    </Screen>
  );
}

/** "~/notes" as people type it, the home folder spelled out. */
function expandHome(folder: string): string {
  return folder === '~' || folder.startsWith('~/') ? os.homedir() + folder.slice(1) : folder;
}
