// Commander's messages, reworded into one plain sentence that says what would be right.
import type { CommanderError } from 'commander';
import { talkturnCommand } from '../invocation.js';
import { words } from '../words/index.js';

const help = () => words().cli.errors.seeHelp(talkturnCommand('--help'));

export function explainCommanderError(error: CommanderError): string {
  const quoted = /'([^']+)'/.exec(error.message)?.[1] ?? '';
  const suggestion = /\(Did you mean ([^)]+)\?\)/.exec(error.message)?.[1];
  const said = words().cli.errors;
  const hint = suggestion ? said.didYouMean(suggestion) : help();
  switch (error.code) {
    case 'commander.unknownOption':
      return said.unknownOption(quoted, hint);
    case 'commander.unknownCommand':
      return said.unknownCommand(quoted, hint);
    case 'commander.optionMissingArgument':
      return said.missingValue(quoted.split(' ')[0] ?? quoted, example(quoted));
    case 'commander.excessArguments':
      return said.extraWords(
        talkturnCommand(withOptions(/for '([^']+)'/.exec(error.message)?.[1])),
      );
    case 'commander.missingArgument':
      return said.missingArgument(help());
    default: {
      const text = error.message.replace(/^error:\s*/i, '');
      return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
    }
  }
}

/** The command that was given extra words, with options as it takes them. */
function withOptions(command = 'start'): string {
  const takesNames = ['start', 'checkin', 'questions', 'moment'];
  return takesNames.includes(command) ? `${command} --names "Sam,Alex"` : `${command} --help`;
}

function example(option: string): string {
  const flag = option.split(' ')[0] ?? option;
  // Command lines to copy: the same in every language, but for the words standing for a value.
  const stand = words().cli.placeholders;
  const examples: Record<string, string> = {
    '--names': '--names "Sam,Alex"',
    '--deck': '--deck hard-questions',
    '--turn': '--turn 3m',
    '--rounds': '--rounds 2',
    '--max': '--max 45m',
    '--notes-dir': '--notes-dir ~/talk-notes',
    '--check': `--check ${stand.deckFile}`,
  };
  return examples[flag] ?? `${flag} ${stand.value}`;
}
