// The brief's approval: its lines together ("Your brief"), then, when there are check-in
// numbers, whether both agree to share them, then each partner approves by name. Enter never
// approves or shares for anyone: the sharing list starts on leaving the numbers out, and the
// approval list starts with nothing chosen, so each partner picks their own name (its number,
// or the arrows and Enter), as each agrees by name to the ground rules. Ctrl+C writes nothing.
import { useApp } from 'ink';
import { useReducer, useState } from 'react';
import {
  everyoneApproved,
  initialApproval,
  reduceApproval,
  type Approval,
} from '../../export/brief/approval.js';
import type { Brief } from '../../export/brief/model.js';
import { words } from '../../words/index.js';
import { ChoiceList } from '../components/choice-list/index.js';
import { Paragraph } from '../components/Paragraph.js';
import { Screen } from '../components/Screen.js';
import { useKeys } from '../hooks/use-keys.js';
import { isQuitKey, type Command } from '../keys.js';
import { useLayout } from '../layout.js';
import { markOf } from '../../text/colour.js';
import { BriefLines } from './BriefLines.js';

type Step = 'lines' | 'share' | 'approve';

const CHOICE_COMMANDS: Command[] = ['choose', 'back', 'hide', 'stop'];

export interface BriefApprovalProps {
  brief: Brief;
  /** The approval once everyone gave it, or null when they left without. */
  onDone: (approval: Approval | null) => void;
}

export function BriefApproval({ brief, onDone }: BriefApprovalProps) {
  const { exit } = useApp();
  const { compact } = useLayout();
  const w = words().brief;
  const [approval, dispatch] = useReducer(reduceApproval, brief, initialApproval);
  const [step, setStep] = useState<Step>('lines');
  const finish = (result: Approval | null) => {
    onDone(result);
    exit();
  };

  useKeys((input, key) => {
    if (isQuitKey(input, key)) finish(null);
    else if (key.escape && step !== 'lines') setStep('lines');
  });

  if (step === 'lines') {
    return (
      <BriefLines
        brief={brief}
        approval={approval}
        dispatch={dispatch}
        onContinue={() => setStep(brief.trends.length > 0 ? 'share' : 'approve')}
      />
    );
  }

  const solo = brief.partners.length === 1;
  if (step === 'share') {
    const choices = [
      ...brief.partners.map((name, i) => ({
        label: `${markOf(i)} ${w.shareAgree(name)}`,
        value: i,
        checked: approval.share[i] ?? false,
      })),
      { label: w.shareNo, value: -1 },
    ];
    return (
      <Screen title={w.shareTitle} commands={CHOICE_COMMANDS}>
        <Paragraph text={compact ? w.shareAskShort : w.shareAsk} />
        {/* Starts on leaving them out: Enter alone never shares anyone's numbers. */}
        <ChoiceList
          key={`share:${approval.share.map(String).join()}`}
          initialIndex={choices.length - 1}
          choices={choices}
          onSelect={(value) => {
            if (value < 0) {
              dispatch({ type: 'no-share' });
              setStep('approve');
              return;
            }
            dispatch({ type: 'share', partner: value });
            const after = approval.share.map((s, i) => s || i === value);
            if (after.every(Boolean)) setStep('approve');
          }}
        />
      </Screen>
    );
  }

  const choices = [
    ...brief.partners.map((name, i) => ({
      label: `${markOf(i)} ${w.approves(name)}`,
      value: i,
      checked: approval.approved[i] ?? false,
    })),
    { label: w.goBack, value: -1 },
  ];
  return (
    <Screen title={w.approveTitle} commands={CHOICE_COMMANDS}>
      <Paragraph text={solo ? w.approveOne : compact ? w.approveAskShort : w.approveAsk} />
      {/* Nothing chosen at first, nor after one approves: each picks their own name. */}
      <ChoiceList
        key={`approve:${approval.approved.map(String).join()}`}
        initialIndex={null}
        explainEnter={w.approveExplain}
        choices={choices}
        onSelect={(value) => {
          if (value < 0) {
            setStep('lines');
            return;
          }
          const next = reduceApproval(approval, { type: 'approve', partner: value });
          dispatch({ type: 'approve', partner: value });
          if (everyoneApproved(next)) finish(next);
        }}
      />
    </Screen>
  );
}
