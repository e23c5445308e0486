// Keys declared once: a screen's commands answer its keys and draw its footer (see README.md).
export { has, withMore, type Commands } from './commands.js';
export { GlobalCommands } from './GlobalCommands.js';
export { createKeyAudit, KeyAuditContext, type Handled, type KeyAudit } from './key-audit.js';
export {
  FrameCommandsContext,
  useAfterAnyKey,
  useCommands,
  usePartKeys,
  type Declaration,
} from './use-commands.js';
