// Before a check-in: each moment that hurt whose writer chose to bring it. The other partner owns
// it out loud, without defending; then the writer says whether it helped (by number: Enter alone
// says nothing for anyone), or leaves it for the next talk.
import { Box, Text } from 'ink';
import { useEffect, useState, type ReactNode } from 'react';
import type { PassphraseKeys } from '../../notes/passphrase-keys.js';
import type { LedgerFile } from '../../questions/ledger-file.js';
import type { Moment, MomentHelped } from '../../questions/types.js';
import { nowIso, type WallNow } from '../../questions/wall-clock.js';
import { dayOf, helpedChoices } from '../../questions/words.js';
import { ChoiceList } from '../components/choice-list/index.js';
import { Paragraph } from '../components/Paragraph.js';
import { Screen } from '../components/Screen.js';
import { theme } from '../theme.js';
import { words } from '../../words/index.js';

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
  const moment = moments[index];
  useEffect(() => {
    if (!moment) onDone();
  }, [moment, onDone]);
  if (!moment) return null;
  const next = () => (index + 1 < moments.length ? setIndex(index + 1) : onDone());
  const said = words().questions.own;
  const details = [
    moment.when && said.when(moment.when),
    moment.strength !== null && said.strength(moment.strength),
    moment.trigger && said.trigger(moment.trigger),
    moment.helped && said.helped(moment.helped),
  ].filter((line): line is string => Boolean(line));
  return (
    <Screen
      title={words().questions.moment.title}
      aside={said.count(index + 1, moments.length)}
      commands={['choose', 'quit']}
    >
      <Paragraph text={said.wroteDown(moment.by, dayOf(moment.writtenAt))} />
      <Box flexDirection="column" marginY={1}>
        {details.map((line) => (
          <Text key={line} color={theme.calm}>
            {'  '}
            {line}
          </Text>
        ))}
      </Box>
      <Paragraph text={said.ownIt(moment.by)} />
      <Text> </Text>
      <Paragraph text={said.didItHelp(moment.by)} />
      <ChoiceList<MomentHelped | null>
        key={moment.id}
        initialIndex={null}
        explainEnter={words().questions.mark.typeNumber}
        choices={[...helpedChoices(), { label: said.leaveIt, value: null }]}
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
