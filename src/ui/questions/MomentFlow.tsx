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

const TITLE = 'A moment that hurt';
const FIELDS = {
  by: 'moment:by',
  when: 'moment:when',
  strength: 'moment:strength',
  trigger: 'moment:trigger',
  helped: 'moment:helped',
} as const;

type Step = 'who' | 'when' | 'strength' | 'trigger' | 'helped' | 'bring' | 'saved';

interface MomentFlowProps {
  file: LedgerFile;
  now: WallNow;
  names: readonly string[];
  onDone: () => void;
}

export function MomentFlow({ file, now, names, onDone }: MomentFlowProps) {
  const drafts = file.ledger().drafts;
  const [by, setBy] = useState(drafts.get(FIELDS.by) ?? '');
  const [step, setStep] = useState<Step>(by ? 'when' : 'who');
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
        ask="Who is writing? What you write here is yours: it stays private unless you choose to bring it."
        names={names}
        onBack={onDone}
        onChoose={(name) => {
          keep(FIELDS.by, name);
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
  if (step === 'when')
    return text(
      FIELDS.when,
      'When was it?',
      'A few words are enough: "this morning, in the car". Leaving it empty is fine.',
      'strength',
    );
  if (step === 'strength') {
    const saved = drafts.get(FIELDS.strength);
    return (
      <Screen title={TITLE} aside={by} commands={commands}>
        <Paragraph text="How strong was it, from 1 (a little) to 10 (as strong as it gets)?" bold />
        <Paragraph text="Or rather not say (N). There is no right number." color={theme.muted} />
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
  if (step === 'trigger')
    return text(
      FIELDS.trigger,
      'What set it off?',
      'A song, a place, a name, a message: whatever it was. Leaving it empty is fine.',
      'helped',
    );
  if (step === 'helped')
    return text(
      FIELDS.helped,
      'What helped, if anything?',
      'Even a little. Leaving it empty is fine.',
      'bring',
    );
  if (step === 'bring') {
    return (
      <Screen title={TITLE} aside={by} commands={commands}>
        <Paragraph text="Would you like to bring this moment to your next talk or check-in?" bold />
        <Paragraph
          text={`There, your partner can own it: say it makes sense, without defending. Or keep it just for you.`}
          color={theme.muted}
        />
        <Text> </Text>
        <ChoiceList<boolean>
          initialIndex={null}
          choices={[
            { label: 'Bring it to our next talk or check-in', value: true },
            { label: 'Keep it just for me', value: false },
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
  return (
    <Screen title={TITLE} aside={by} commands={commands}>
      <Paragraph text={`It is written down, ${by}. Thank you for taking care of it.`} />
      <Text> </Text>
      <Paragraph
        text={`Moments you have written: ${week} in the last week, ${month} in the last four weeks.`}
      />
      <Paragraph
        text={`This is for you alone. Hurt comes in waves, and that is normal.`}
        color={theme.muted}
      />
    </Screen>
  );
}
