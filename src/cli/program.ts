// The command line's commands, flags and errors (commander). Loads no Ink or React: the
// interface is imported only when a session really starts.
import { Command, CommanderError } from 'commander';
import { EXIT, RuntimeError, UsageError } from '../errors.js';
import { explainCommanderError } from './commander-errors.js';
import { parseNames, parseStartFlags, type RawStartFlags } from './start-options.js';
import { requireTerminal } from '../start/terminal.js';
import { configDir, makeNotesDirPrivate, notesDir } from '../config/paths.js';

import { VERSION } from './version.js';
import { talkturnCommand } from '../invocation.js';
import { inertLine, inertText } from '../text/inert.js';
import { wrap } from '../text/wrap.js';
import { helpSafetyNote } from '../words/crisis-lines.js';
import { words } from '../words/index.js';
import { startLanguage } from './language-option.js';

/**
 * The safety note wrapped at words to the help's width (commander wraps only its own columns):
 * a crisis line must never break mid-word. A bulleted line goes on under its first word.
 */
function helpNoteRows(note: string): string {
  // Commander's own width: 80, or a narrower terminal's (the prebuilt help files are for 80).
  const width = Math.min(80, process.stdout.isTTY ? process.stdout.columns || 80 : 80);
  return note
    .split('\n')
    .flatMap((line) => {
      const hang = /^(\S+ )/.exec(line)?.[1] ?? '';
      const bullet = hang.length <= 2 && /^[•*-] $/.test(hang) ? hang : '';
      const pad = ' '.repeat(bullet.length);
      return wrap(line.slice(bullet.length), width - bullet.length).map(
        (row, i) => `${i === 0 ? bullet : pad}${row}`,
      );
    })
    .join('\n');
}

export function buildProgram(): Command {
  const help = words().cli.help;
  // What each flag takes, as the help names it: `--names <names>`.
  const value = help.values;
  const said = words().cli.errors;
  const program = new Command(talkturnCommand())
    .description(help.program)
    .version(VERSION, '-v, --version', help.version)
    .helpOption('-h, --help', help.help)
    .option('--debug', help.debug)
    .option(`--lang <${value.code}>`, words().languages.langOption)
    // The crisis lines of the couple's country (src/words/crisis-lines.ts).
    .addHelpText('after', () => helpNoteRows(helpSafetyNote()))
    .exitOverride()
    .configureOutput({ outputError: () => {} })
    // Commander's headings and "[options]" in the couple's language; every command made below
    // inherits this.
    .configureHelp({
      styleTitle: (title) => help.titles[title] ?? title,
      subcommandTerm: (command) => `${command.name()} ${command.usage()}`.trim(),
    })
    .usage(help.usage)
    // Every command that reads or writes notes first makes an existing notes folder private.
    .hook('preAction', (_program, action) => {
      if (action.name() === 'decks') return;
      const flag = (action.opts() as { notesDir?: string }).notesDir;
      const said = makeNotesDirPrivate(notesDir(flag));
      if (said) process.stderr.write(`${said}\n`);
    })
    .argument('[command]')
    .action((command?: string) => {
      if (command !== undefined) {
        throw new UsageError(said.unknownCommand(command, said.seeHelp(talkturnCommand('--help'))));
      }
      return startSession('guided');
    });

  program
    .command('start')
    .description(help.start)
    .option(`--names <${value.names}>`, help.names)
    .option(`--deck <${value.deck}>`, help.deck(talkturnCommand('decks')))
    .option(`--turn <${value.length}>`, help.turn)
    .option(`--rounds <${value.n}>`, help.rounds)
    .option(`--max <${value.length}>`, help.max)
    .option('--quiet', help.quiet)
    .option(`--notes-dir <${value.dir}>`, help.notesDir)
    .option('--encrypt', help.encrypt)
    .action((flags: RawStartFlags) => startSession('start', flags));

  program
    .command('resume')
    .description(help.resume)
    .option(`--notes-dir <${value.dir}>`, help.notesDir)
    .option('--quiet', help.quiet)
    .action((flags: RawStartFlags) => startSession('resume', flags));

  program
    .command('decks')
    .description(help.decks)
    .option(`--check <${value.file}>`, help.check)
    .action(async (flags: { check?: string }) => {
      const { runDecksCommand } = await import('../decks/index.js');
      process.exitCode = await runDecksCommand({
        check: flags.check,
        configDir: configDir(),
        out: writeLine(process.stdout),
        err: writeLine(process.stderr),
      });
    });

  program
    .command('checkin')
    .description(help.checkin)
    .option(`--names <${value.names}>`, help.names)
    .option(`--notes-dir <${value.dir}>`, help.notesDir)
    .option('--encrypt', help.encryptCheckin)
    .action(async (flags: { names?: string; notesDir?: string; encrypt?: boolean }) => {
      const names = flags.names === undefined ? undefined : parseNames(flags.names);
      if (names && names.length !== 2) {
        throw new UsageError(said.checkinNames);
      }
      requireTerminal();
      const { launchCheckin } = await import('../start/launch-checkin.js');
      process.exitCode = await launchCheckin({
        names,
        notesDir: notesDir(flags.notesDir),
        configDir: configDir(),
        encrypt: flags.encrypt === true,
      });
    });

  for (const [name, description, startWith] of [
    ['questions', help.questions, undefined],
    ['moment', help.moment, 'moment'],
  ] as const) {
    const command = program
      .command(name)
      .description(description)
      .option(`--names <${value.names}>`, help.names)
      .option(`--notes-dir <${value.dir}>`, help.notesDir)
      .option('--encrypt', help.encryptQuestions);
    if (!startWith) {
      command
        .option(`--import <${value.file}>`, help.import)
        .option(`--by <${value.name}>`, help.by);
    }
    command.action(async (flags: QuestionsFlags) => {
      if (flags.import !== undefined) {
        if (!flags.by?.trim()) {
          throw new UsageError(said.importBy);
        }
        const { importQuestions } = await import('../start/launch-questions.js');
        process.exitCode = await importQuestions({
          file: flags.import,
          by: flags.by.trim(),
          notesDir: notesDir(flags.notesDir),
          encrypt: flags.encrypt === true,
        });
        return;
      }
      requireTerminal();
      const { launchQuestions } = await import('../start/launch-questions.js');
      process.exitCode = await launchQuestions({
        ...(flags.names === undefined ? {} : { names: parseNames(flags.names) }),
        notesDir: notesDir(flags.notesDir),
        configDir: configDir(),
        encrypt: flags.encrypt === true,
        ...(startWith ? { startWith } : {}),
      });
    });
  }

  program
    .command('history')
    .description(help.history)
    .option(`--numbers <${value.name}>`, help.numbers)
    .option(`--notes-dir <${value.dir}>`, help.notesDir)
    .action(async (flags: { notesDir?: string; numbers?: string }) => {
      const { runHistoryCommand } = await import('../history/index.js');
      const folder = notesDir(flags.notesDir);
      process.exitCode = await runHistoryCommand({
        notesDir: folder,
        passphrase: await passphraseForLockedNotes(folder),
        // History paints in colour; every note text in it is made inert where it is drawn.
        out: (line) => process.stdout.write(`${line}\n`),
        err: writeLine(process.stderr),
        columns: process.stdout.columns,
        color: process.stdout.isTTY === true,
        ...(flags.numbers === undefined ? {} : { numbersOf: flags.numbers }),
      });
    });

  program
    .command('export')
    .description(help.export)
    .option(`--since <${value.date}>`, help.since)
    .option(`--until <${value.date}>`, help.until)
    .option(`--out <${value.file}>`, help.out)
    .option('--force', help.force)
    .option('--for-therapy', help.forTherapy)
    .option(`--format <${value.format}>`, help.format)
    .option(`--approved-by <${value.names}>`, help.approvedBy)
    .option('--share-numbers', help.shareNumbers)
    .option(`--notes-dir <${value.dir}>`, help.notesDir)
    .action(async (flags: ExportFlags) => {
      const { runExportCommand } = await import('../export/index.js');
      const folder = notesDir(flags.notesDir);
      // The brief is approved on screen when there is a terminal to show it on.
      const onScreen = process.stdin.isTTY === true && process.stdout.isTTY === true;
      const approve = onScreen
        ? async (brief: import('../export/index.js').Brief) =>
            (await import('../start/launch-brief.js')).approveOnScreen(brief)
        : undefined;
      process.exitCode = await runExportCommand({
        notesDir: folder,
        passphrase: await passphraseForLockedNotes(folder),
        since: flags.since,
        until: flags.until,
        out: flags.out,
        force: flags.force,
        forTherapy: flags.forTherapy,
        format: flags.format,
        approvedBy: flags.approvedBy,
        shareNumbers: flags.shareNumbers,
        ...(approve ? { approve } : {}),
        // To the screen, a hand-edited note's escape codes are made inert; --out keeps the file's text.
        stdout: (text) => process.stdout.write(inertText(text)),
        err: writeLine(process.stderr),
      });
    });

  program
    .command('forget')
    .description(help.forget)
    .argument(help.notes, help.forgetNotes)
    .option('--all', help.all)
    .option('--yes', help.yes)
    .option(`--notes-dir <${value.dir}>`, help.notesDir)
    .action(async (notes: string[], flags: { all?: boolean; yes?: boolean; notesDir?: string }) => {
      const { askYes, runForgetCommand } = await import('../forget/index.js');
      process.exitCode = await runForgetCommand({
        notesDir: notesDir(flags.notesDir),
        sessions: notes,
        all: flags.all ?? false,
        yes: flags.yes ?? false,
        out: writeLine(process.stdout),
        err: writeLine(process.stderr),
        confirm: askYes,
      });
    });

  for (const command of [program, ...program.commands]) {
    command.exitOverride().configureOutput({ outputError: () => {} });
  }
  // Each command's usage ("start [options]") in the couple's language: commander would write
  // its own English "[options]".
  for (const command of program.commands) command.usage(usageOf(command, help.options));
  return program;
}

function usageOf(command: Command, options: string): string {
  const args = command.registeredArguments.map((arg) => {
    const name = `${arg.name()}${arg.variadic ? '...' : ''}`;
    return arg.required ? `<${name}>` : `[${name}]`;
  });
  return [command.options.length > 0 ? options : '', ...args].filter(Boolean).join(' ');
}

/**
 * Notes locked with a passphrase are opened only with it: from TALKTURN_PASSPHRASE, or asked on
 * the terminal (Enter leaves them out). Without a terminal they are left out and counted.
 */
async function passphraseForLockedNotes(folder: string): Promise<string | undefined> {
  const { readdirSync } = await import('node:fs');
  let locked = false;
  try {
    locked = readdirSync(folder).some((name) => name.endsWith('.md.age'));
  } catch {
    return undefined;
  }
  if (!locked) return undefined;
  const { passphraseFromEnv } = await import('../notes/passphrase-keys.js');
  const fromEnv = passphraseFromEnv();
  if (fromEnv) return fromEnv;
  if (!process.stdin.isTTY) return undefined;
  const { readHidden } = await import('../start/passphrase-prompt.js');
  const typed = await readHidden(words().cli.passphrase.lockedNotes);
  return typed ? typed : undefined;
}

interface QuestionsFlags {
  names?: string;
  notesDir?: string;
  encrypt?: boolean;
  import?: string;
  by?: string;
}

interface ExportFlags {
  since?: string;
  until?: string;
  out?: string;
  force?: boolean;
  forTherapy?: boolean;
  format?: string;
  approvedBy?: string;
  shareNumbers?: boolean;
  notesDir?: string;
}

async function startSession(
  mode: 'guided' | 'start' | 'resume',
  flags: RawStartFlags = {},
): Promise<void> {
  const options = parseStartFlags(flags);
  const { prepareStart } = await import('../start/prepare-start.js');
  const prepared = await prepareStart(options, mode);
  requireTerminal();
  const { launchSession } = await import('../start/launch-session.js');
  process.exitCode = await launchSession(prepared, mode);
}

/**
 * A line to a terminal, made inert: deck titles, file names and note text can hold escape codes.
 * History paints its own colours and makes the note text inert itself, so it keeps its own.
 */
function writeLine(stream: NodeJS.WriteStream): (line: string) => void {
  return (line) => stream.write(`${inertText(line)}\n`);
}

export async function main(argv: string[]): Promise<void> {
  const debug = argv.includes('--debug');
  try {
    // Before any word is made: the help, the errors and every screen are in this language.
    startLanguage(argv);
    await buildProgram().parseAsync(argv);
  } catch (error) {
    process.exitCode = report(error, debug);
  }
}

function report(error: unknown, debug: boolean): number {
  if (error instanceof CommanderError) {
    if (error.exitCode === 0) return EXIT.ok;
    process.stderr.write(`${explainCommanderError(error)}\n`);
    return EXIT.usage;
  }
  if (error instanceof UsageError || error instanceof RuntimeError) {
    process.stderr.write(`${inertText(error.message)}\n`);
    if (debug && error.stack) process.stderr.write(`${error.stack}\n`);
    return error.exitCode;
  }
  const message = inertLine(error instanceof Error ? error.message : String(error));
  process.stderr.write(`${words().cli.errors.unexpected(message)}\n`);
  if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  return EXIT.runtime;
}
