import { sysCodeOf } from './errors.js';

/** True when a process with this id exists on this machine (EPERM: it exists, not ours). */
export function isProcessAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return sysCodeOf(error) === 'EPERM';
  }
}
