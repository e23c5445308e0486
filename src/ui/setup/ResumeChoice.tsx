import { Paragraph } from '../components/Paragraph.js';
import { useState } from 'react';
import type { InterruptedSession } from '../../notes/index.js';
import { ChoiceList } from '../components/choice-list/index.js';
import { Screen } from '../components/Screen.js';
import { theme } from '../theme.js';
import { words } from '../../words/index.js';
import { shortDayMonth, timeOfDay } from '../../words/format.js';
import { wallClock } from '../../notes/dates.js';

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
  const said = words().setup.resume;
  const who = said.partners(session.partners);
  const when = session.startedAtIso ? formatWhen(session.startedAtIso) : said.earlier;
  const damaged = session.dropped > 0 ? said.damaged : '';
  const elsewhere = session.lockedBy !== null ? said.elsewhere : '';
  return said.line(who, session.deck?.title ?? said.aSession, when, damaged + elsewhere);
}

/** "Tue 24 Nov, 18:05", as the clock read where the session was started. */
function formatWhen(iso: string): string {
  const clock = wallClock(iso);
  return clock ? words().dates.dayAndTime(shortDayMonth(clock), timeOfDay(clock)) : iso;
}

/** An unfinished session is waiting: carry on with it, or not. */
export function ResumeChoice({ sessions, width, other, onResume, onOther }: ResumeChoiceProps) {
  const [problem, setProblem] = useState<string | null>(null);
  const said = words().setup.resume;
  const choices = [
    ...sessions.map((session) => ({
      label: said.carryOn(describeSession(session)),
      value: session as InterruptedSession | null,
    })),
    { label: other === 'new' ? said.startNew : said.notNow, value: null },
  ];
  return (
    <Screen
      title={sessions.length === 1 ? said.titleOne : said.titleMany}
      commands={['choose', 'quit']}
      width={width}
    >
      <Paragraph text={said.kept} />
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
