// Commander's messages, reworded into one plain sentence that says what would be right.
import type { CommanderError } from 'commander';
import { talkturnCommand } from '../invocation.js';

const help = () => `run ${talkturnCommand('--help')} to see what it accepts`;

export function explainCommanderError(error: CommanderError): string {
  const quoted = /'([^']+)'/.exec(error.message)?.[1] ?? '';
  const suggestion = /\(Did you mean ([^)]+)\?\)/.exec(error.message)?.[1];
  const hint = suggestion ? `did you mean ${suggestion}?` : help();
  switch (error.code) {
    case 'commander.unknownOption':
      return `talkturn does not know the option ${quoted}: ${hint}`;
    case 'commander.unknownCommand':
      return `talkturn has no command called "${quoted}": ${hint}`;
    case 'commander.optionMissingArgument':
      return `${quoted.split(' ')[0]} needs a value after it, like ${example(quoted)}.`;
    case 'commander.excessArguments':
      return `That command takes no extra words: put options after it, like ${talkturnCommand('start --names "Sam,Alex"')}.`;
    case 'commander.missingArgument':
      return `Something is missing after the command: ${help()}.`;
    default: {
      const text = error.message.replace(/^error:\s*/i, '');
      return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
    }
  }
}

function example(option: string): string {
  const flag = option.split(' ')[0] ?? option;
  const examples: Record<string, string> = {
    '--names': '--names "Sam,Alex"',
    '--deck': '--deck hard-questions',
    '--turn': '--turn 3m',
    '--rounds': '--rounds 2',
    '--max': '--max 45m',
    '--notes-dir': '--notes-dir ~/talk-notes',
    '--check': '--check my-deck.md',
  };
  return examples[flag] ?? `${flag} VALUE`;
}
