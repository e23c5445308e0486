import { Text, useIsScreenReaderEnabled } from 'ink';
import { useCallback } from 'react';
import type { Clock } from '../../session/index.js';
import { useSecondTick } from '../hooks/use-second-tick.js';
import { theme } from '../theme.js';
import { words } from '../../words/index.js';

// A slow breath: four seconds in, two held, six out.
const PHASES = [
  { word: 'breatheIn', seconds: 4, grow: true },
  { word: 'hold', seconds: 2, grow: null },
  { word: 'breatheOut', seconds: 6, grow: false },
] as const;
const CYCLE = PHASES.reduce((sum, p) => sum + p.seconds, 0);
const WIDTH = 12;

/** Where in the breath we are, for a given number of whole seconds into the pause. */
export function breathAt(second: number): { word: string; fill: number } {
  let into = ((second % CYCLE) + CYCLE) % CYCLE;
  for (const phase of PHASES) {
    if (into < phase.seconds) {
      const progress = (into + 1) / phase.seconds;
      const fill =
        phase.grow === null ? 1 : phase.grow ? progress : 1 - progress + 1 / phase.seconds;
      return { word: words().countdown[phase.word], fill: Math.max(1 / WIDTH, Math.min(1, fill)) };
    }
    into -= phase.seconds;
  }
  return { word: words().countdown.breatheIn, fill: 0 };
}

export function BreathingGuide({ clock, since }: { clock: Clock; since: number }) {
  const remaining = useCallback((now: number) => -(now - since), [since]);
  const now = useSecondTick(clock, remaining, true);
  const screenReader = useIsScreenReaderEnabled();
  const breath = breathAt(Math.floor((now - since) / 1000));
  if (screenReader) return <Text>{words().countdown.breatheSpoken}</Text>;
  const filled = Math.round(breath.fill * WIDTH);
  return (
    <Text color={theme.calm}>
      {'●'.repeat(filled).padEnd(WIDTH, '·')} {breath.word}
    </Text>
  );
}
