// Before a check-in: each moment that hurt whose writer chose to bring it. The other partner owns
// it out loud, without defending; then the writer says whether it helped (by number: Enter alone
// says nothing for anyone), or leaves it for the next talk.
import { Box, Text } from 'ink';
import { useEffect, useState, type ReactNode } from 'react';
import type { PassphraseKeys } from '../../notes/passphrase-keys.js';
import type { LedgerFile } from '../../questions/ledger-file.js';
import type { Moment, MomentHelped } from '../../questions/types.js';
import { nowIso, type WallNow } from '../../questions/wall-clock.js';
import { dayOf, HELPED_CHOICES } from '../../questions/words.js';
import { ChoiceList } from '../components/choice-list/index.js';
import { Paragraph } from '../components/Paragraph.js';
import { Screen } from '../components/Screen.js';
import { useCommands } from '../commands/index.js';
import { theme } from '../theme.js';

interface OwnMomentsProps {
  file: LedgerFile;
  now: WallNow;
  /** Where they are owned: the check-in's start, as a talk's start is for a talk. */
  occasion: string;
  onDone: () => void;
}

export function broughtMoments(file: LedgerFile): Moment[] {
  return file.ledger().moments.filter((m) => m.bring && !m.owned);
}

export function OwnMoments({ file, now, occasion, onDone }: OwnMomentsProps) {
  const [moments] = useState(() => broughtMoments(file));
  const [index, setIndex] = useState(0);
  const commands = useCommands([{ command: 'choose' }]);
  const moment = moments[index];
  useEffect(() => {
    if (!moment) onDone();
  }, [moment, onDone]);
  if (!moment) return null;
  const next = () => (index + 1 < moments.length ? setIndex(index + 1) : onDone());
  const details = [
    moment.when && `When: ${moment.when}`,
    moment.strength !== null && `How strong: ${moment.strength} of 10`,
    moment.trigger && `What set it off: ${moment.trigger}`,
    moment.helped && `What helped: ${moment.helped}`,
  ].filter((line): line is string => Boolean(line));
  return (
    <Screen
      title="A moment that hurt"
      aside={`${index + 1} of ${moments.length}`}
      commands={commands}
    >
      <Paragraph
        text={`${moment.by} wrote down a moment that hurt, on ${dayOf(moment.writtenAt)}, and chose to bring it here.`}
      />
      <Box flexDirection="column" marginY={1}>
        {details.map((line) => (
          <Text key={line} color={theme.calm}>
            {'  '}
            {line}
          </Text>
        ))}
      </Box>
      <Paragraph
        text={`${moment.by}'s partner: own it, out loud, without defending or explaining: “That makes sense; I did that. I'm here.”`}
      />
      <Text> </Text>
      <Paragraph text={`${moment.by}, did it help?`} />
      <ChoiceList<MomentHelped | null>
        key={moment.id}
        initialIndex={null}
        explainEnter="Type the number of your answer."
        choices={[...HELPED_CHOICES, { label: 'Leave it for our next talk', value: null }]}
        onSelect={(helped) => {
          if (helped)
            file.append({ t: 'owned', id: moment.id, talk: occasion, at: nowIso(now), helped });
          next();
        }}
      />
    </Screen>
  );
}

/** The moments brought to a check-in first, then the check-in itself. */
export function MomentsFirst(props: {
  file: LedgerFile | null;
  now: WallNow;
  occasion: string;
  children: ReactNode;
}) {
  const [done, setDone] = useState(() => !props.file || broughtMoments(props.file).length === 0);
  if (done || !props.file) return <>{props.children}</>;
  return (
    <OwnMoments
      file={props.file}
      now={props.now}
      occasion={props.occasion}
      onDone={() => setDone(true)}
    />
  );
}

/** The ledger for a check-in, when it can be opened without asking anything more; else null. */
export async function ledgerForCheckin(
  notesDir: string,
  keys?: PassphraseKeys,
): Promise<LedgerFile | null> {
  const { ledgerKind } = await import('../../questions/ledger-format.js');
  const kind = ledgerKind(notesDir);
  if (kind === 'none' || (kind === 'locked' && !keys)) return null;
  try {
    const { openLedgerFile } = await import('../../questions/ledger-file.js');
    const file = await openLedgerFile(
      notesDir,
      kind === 'locked' && keys ? { encryption: keys } : {},
    );
    if (broughtMoments(file).length > 0) return file;
    file.close();
    return null;
  } catch {
    return null;
  }
}
