// The entry point of the bundle (bin/talkturn.cjs answers --version and --help before this loads).
// The commands (commander) load next, and the interface only when a session really starts.

// Files we write are for their owner only, whatever the shell's umask says.
process.umask(0o077);

const { main } = await import('./cli/program.js');
const { words } = await import('./words/index.js');

// `talkturn decks | head` closes the pipe early: that is not an error worth a stack trace.
// (Nothing is written before the commands load, so the handler is in place in time.)
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') {
    process.stderr.write(
      `${words().cli.errors.cannotWriteTerminal(error.code ?? error.message)}\n`,
    );
  }
  process.exit(error.code === 'EPIPE' ? (process.exitCode ?? 0) : 1);
});

await main(process.argv);
