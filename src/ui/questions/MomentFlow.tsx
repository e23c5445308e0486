// A moment that hurt: a short, private entry (when, how strong, what set it off, what helped),
// then whether to bring it to the next talk. Counts are shown to the one who wrote it alone.
import { Box, Text } from 'ink';
import { useState } from 'react';
import type { LedgerFile } from '../../questions/ledger-file.js';
import { momentsWithin } from '../../questions/ledger.js';
import { newLedgerId, nowIso, type WallNow } from '../../questions/wall-clock.js';
import { NumberPicker } from '../checkin/NumberPicker.js';
import { ChoiceList } from '../components/choice-list/index.js';
import { Paragraph } from '../components/Paragraph.js';
import { Screen } from '../components/Screen.js';
import { useCommands } from '../commands/index.js';
import { theme } from '../theme.js';
import { clearDraft, LedgerText } from './LedgerText.js';
import { WhoStep } from './WhoStep.js';
import { nameKey, sameName } from '../../text/names.js';
import { words } from '../../words/index.js';

/** The fields of a moment being written, as the ledger keeps their drafts. */
interface MomentFields {
  when: string;
  strength: string;
  trigger: string;
  helped: string;
}

/**
 * Each writer's unfinished moment under keys of their own, so the laptop's next user, asked who
 * is writing, never opens the other's. Drafts of earlier versions had one set of keys with the
 * writer in `moment:by`: they are that writer's.
 */
const LEGACY_BY = 'moment:by';
function fieldsOf(by: string, drafts: ReadonlyMap<string, string>): MomentFields {
  const legacy = drafts.get(LEGACY_BY);
  const prefix = legacy !== undefined && sameName(legacy, by) ? 'moment' : `moment:${nameKey(by)}`;
  return {
    when: `${prefix}:when`,
    strength: `${prefix}:strength`,
    trigger: `${prefix}:trigger`,
    helped: `${prefix}:helped`,
  };
}

type Step = 'who' | 'when' | 'strength' | 'trigger' | 'helped' | 'bring' | 'saved';

interface MomentFlowProps {
  file: LedgerFile;
  now: WallNow;
  names: readonly string[];
  onDone: () => void;
}

export function MomentFlow({ file, now, names, onDone }: MomentFlowProps) {
  const said = words().questions.moment;
  const TITLE = said.title;
  const drafts = file.ledger().drafts;
  // Always asked first, even with a moment left unfinished: it is only its writer's to see.
  const [by, setBy] = useState('');
  const [step, setStep] = useState<Step>('who');
  const FIELDS = fieldsOf(by, drafts);
  const keep = (field: string, text: string) =>
    file.append({ t: 'draft', key: field, text, at: nowIso(now) });
  const back: Partial<Record<Step, Step>> = {
    when: 'who',
    strength: 'when',
    trigger: 'strength',
    helped: 'trigger',
    bring: 'helped',
  };
  const before = back[step];
  const typed = step === 'when' || step === 'trigger' || step === 'helped';
  // Who is writing, and the last screen, have their own keys.
  const commands = useCommands(
    [
      { command: 'submit', when: typed },
      { command: 'newline', when: typed },
      { command: 'pickNumber', when: step === 'strength' },
      { command: 'ratherNot', when: step === 'strength' },
      { command: 'choose', when: step === 'bring' },
      { command: 'back', when: before !== undefined, run: () => before && setStep(before) },
    ],
    { isActive: step !== 'who' && step !== 'saved' },
  );

  if (step === 'who') {
    return (
      <WhoStep
        title={TITLE}
        ask={said.who}
        names={names}
        onBack={onDone}
        onChoose={(name) => {
          setBy(name);
          setStep('when');
        }}
      />
    );
  }
  const text = (field: string, ask: string, help: string, next: Step) => (
    <Screen title={TITLE} aside={by} commands={commands}>
      <Paragraph text={ask} bold />
      <Paragraph text={help} color={theme.muted} />
      <Text> </Text>
      <LedgerText file={file} now={now} field={field} rows={3} onSubmit={() => setStep(next)} />
    </Screen>
  );
  if (step === 'when') return text(FIELDS.when, said.when, said.whenHelp, 'strength');
  if (step === 'strength') {
    const saved = drafts.get(FIELDS.strength);
    return (
      <Screen title={TITLE} aside={by} commands={commands}>
        <Paragraph text={said.strength} bold />
        <Paragraph text={said.strengthHelp} color={theme.muted} />
        <Box marginTop={1}>
          <NumberPicker
            initial={saved === undefined ? undefined : saved === 'none' ? null : Number(saved)}
            onChoose={(value) => {
              keep(FIELDS.strength, value === null ? 'none' : String(value));
              setStep('trigger');
            }}
            onNothingChosen={() => undefined}
          />
        </Box>
      </Screen>
    );
  }
  if (step === 'trigger') return text(FIELDS.trigger, said.trigger, said.triggerHelp, 'helped');
  if (step === 'helped') return text(FIELDS.helped, said.helped, said.helpedHelp, 'bring');
  if (step === 'bring') {
    return (
      <Screen title={TITLE} aside={by} commands={commands}>
        <Paragraph text={said.bring} bold />
        <Paragraph text={said.bringHelp} color={theme.muted} />
        <Text> </Text>
        <ChoiceList<boolean>
          initialIndex={null}
          choices={[
            { label: said.bringYes, value: true },
            { label: said.bringNo, value: false },
          ]}
          onSelect={(bring) => {
            const strength = drafts.get(FIELDS.strength);
            const number = strength === undefined || strength === 'none' ? null : Number(strength);
            file.append({
              t: 'moment',
              id: newLedgerId('m'),
              by,
              at: nowIso(now),
              when: drafts.get(FIELDS.when) ?? '',
              strength: Number.isInteger(number) ? number : null,
              trigger: drafts.get(FIELDS.trigger) ?? '',
              helped: drafts.get(FIELDS.helped) ?? '',
              bring,
            });
            for (const field of Object.values(FIELDS)) clearDraft(file, now, field);
            if (drafts.has(LEGACY_BY) && sameName(drafts.get(LEGACY_BY) ?? '', by)) {
              clearDraft(file, now, LEGACY_BY);
            }
            setStep('saved');
          }}
        />
      </Screen>
    );
  }
  return <MomentSaved file={file} now={now} by={by} onDone={onDone} />;
}

/** For the writer's eyes: how many moments they wrote lately. Nothing compared, nobody else's. */
function MomentSaved({
  file,
  now,
  by,
  onDone,
}: {
  file: LedgerFile;
  now: WallNow;
  by: string;
  onDone: () => void;
}) {
  const commands = useCommands([{ command: 'continue', run: onDone }]);
  const ledger = file.ledger();
  const week = momentsWithin(ledger, by, now(), 7);
  const month = momentsWithin(ledger, by, now(), 28);
  const said = words().questions.moment;
  return (
    <Screen title={said.title} aside={by} commands={commands}>
      <Paragraph text={said.written(by)} />
      <Text> </Text>
      <Paragraph text={said.lately(week, month)} />
      <Paragraph text={said.alone} color={theme.muted} />
    </Screen>
  );
}
