// The ledger's wall clock and ids. `TALKTURN_NOW` (an ISO date) fixes "now" for tests and
// demonstrations, so a question can be written on a Monday and brought back on a Thursday.
import { randomBytes } from 'node:crypto';
import { isoWithOffset } from '../session/wall-time.js';

export type WallNow = () => Date;

export function wallNowFrom(env: NodeJS.ProcessEnv = process.env): WallNow {
  const fixed = env.TALKTURN_NOW ? Date.parse(env.TALKTURN_NOW) : Number.NaN;
  return Number.isNaN(fixed) ? () => new Date() : () => new Date(fixed);
}

export function nowIso(now: WallNow): string {
  return isoWithOffset(now());
}

export function newLedgerId(prefix: 'q' | 'm'): string {
  return `${prefix}-${randomBytes(5).toString('hex')}`;
}
