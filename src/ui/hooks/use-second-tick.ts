import { useEffect, useState } from 'react';
import type { Clock } from '../../session/index.js';

/**
 * The clock's time, refreshed each time `remaining(now)` crosses a whole second. A timeout is aimed
 * at that boundary instead of a setInterval, which drifts by a few ms every tick.
 */
export function useSecondTick(
  clock: Clock,
  remaining: (now: number) => number,
  active: boolean,
): number {
  const [now, setNow] = useState(() => clock.now());
  useEffect(() => {
    if (!active) return;
    let timer: ReturnType<typeof setTimeout>;
    const tick = () => {
      const time = clock.now();
      setNow(time);
      const intoSecond = ((remaining(time) % 1000) + 1000) % 1000;
      timer = setTimeout(tick, (intoSecond || 1000) + 1);
    };
    tick();
    return () => clearTimeout(timer);
  }, [clock, remaining, active]);
  return now;
}
