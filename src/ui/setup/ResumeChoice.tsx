import { Paragraph } from '../components/Paragraph.js';
import { useState } from 'react';
import type { InterruptedSession } from '../../notes/index.js';
import { ChoiceList } from '../components/choice-list/index.js';
import { Screen } from '../components/Screen.js';
import { useCommands } from '../commands/index.js';
import { theme } from '../theme.js';

interface ResumeChoiceProps {
  sessions: InterruptedSession[];
  width: number;
  /** What the last choice offers: a new session (plain talkturn) or leaving (talkturn resume). */
  other: 'new' | 'leave';
  /** Opens a session; returns a plain sentence when it cannot. */
  onResume: (session: InterruptedSession) => string | null;
  onOther: () => void;
}

export function describeSession(session: InterruptedSession): string {
  const who = session.partners.join(' & ');
  const when = session.startedAtIso ? formatWhen(session.startedAtIso) : 'an earlier time';
  const damaged = session.dropped > 0 ? ' (its last moment could not be read)' : '';
  const elsewhere = session.lockedBy !== null ? ' (open in another terminal)' : '';
  return `${who} · ${session.deck?.title ?? 'a session'} · started ${when}${damaged}${elsewhere}`;
}

function formatWhen(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(undefined, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });
}

/** An unfinished session is waiting: carry on with it, or not. */
export function ResumeChoice({ sessions, width, other, onResume, onOther }: ResumeChoiceProps) {
  const [problem, setProblem] = useState<string | null>(null);
  const commands = useCommands([{ command: 'choose' }]);
  const choices = [
    ...sessions.map((session) => ({
      label: `Carry on: ${describeSession(session)}`,
      value: session as InterruptedSession | null,
    })),
    { label: other === 'new' ? 'Start a new session' : 'Not now', value: null },
  ];
  return (
    <Screen
      title={sessions.length === 1 ? 'An unfinished session' : 'Unfinished sessions'}
      commands={commands}
      width={width}
    >
      <Paragraph text="Everything typed so far was kept. You can carry on where you left off." />
      <ChoiceList
        choices={choices}
        onSelect={(session) => {
          if (!session) return onOther();
          setProblem(onResume(session));
        }}
      />
      {problem ? <Paragraph text={problem} color={theme.notice} /> : null}
    </Screen>
  );
}
