// The entry point. It stays tiny so --version and --help answer about as fast as Node starts:
// the commands (commander) load only for everything else, and the interface only for a session.
import { readFileSync } from 'node:fs';
import { VERSION } from './cli/version.js';

// Files we write are for their owner only, whatever the shell's umask says.
process.umask(0o077);

// `talkturn decks | head` closes the pipe early: that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

/** The help text, written by the build from the commands themselves (see scripts/build.mjs). */
function builtHelp(): string | null {
  if (process.env.TALKTURN_BUILDING_HELP) return null;
  try {
    return readFileSync(new URL('./help.txt', import.meta.url), 'utf8');
  } catch {
    return null;
  }
}

const args = process.argv.slice(2);
const only = args.length === 1 ? args[0] : undefined;
const help = only === '--help' || only === '-h' ? builtHelp() : null;
if (only === '--version' || only === '-v') {
  process.stdout.write(`${VERSION}\n`);
} else if (help !== null) {
  process.stdout.write(help);
} else {
  const { main } = await import('./cli/program.js');
  await main(process.argv);
}
