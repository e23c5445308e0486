import { RuntimeError } from '../errors.js';
import { words } from '../words/index.js';

/**
 * Sessions need a real terminal for keys and screens. Checked before Ink starts: Ink 6 would
 * print its own raw-mode error and exit 0.
 */
export function requireTerminal(
  stdin: { isTTY?: boolean } = process.stdin,
  stdout: { isTTY?: boolean } = process.stdout,
): void {
  if (!stdin.isTTY || !stdout.isTTY) {
    throw new RuntimeError(words().cli.errors.needsTerminal);
  }
}
