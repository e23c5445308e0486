// The entry point of the bundle (bin/talkturn.cjs answers --version and --help before this loads).
// The commands (commander) load next, and the interface only when a session really starts.

// Files we write are for their owner only, whatever the shell's umask says.
process.umask(0o077);

// `talkturn decks | head` closes the pipe early: that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') {
    process.stderr.write(
      `talkturn could not write to the terminal (${error.code ?? error.message}).\n`,
    );
  }
  process.exit(error.code === 'EPIPE' ? (process.exitCode ?? 0) : 1);
});

const { main } = await import('./cli/program.js');
await main(process.argv);
