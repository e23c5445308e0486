import { saveSession } from '../notes/index.js';
import { createSessionStore, type SessionConfig } from '../session/index.js';
import { systemClock } from '../session/clock.js';
import type { SessionKeeper } from './keeper.js';
import { memoryDrafts } from './session-context.js';

export function openSessionKeeper(
  config: SessionConfig,
  options: { notesDir: string; quiet: boolean },
): SessionKeeper {
  const store = createSessionStore(config, systemClock);
  return {
    store,
    drafts: memoryDrafts(),
    quiet: options.quiet,
    async save(state, folder) {
      const { path } = await saveSession({ state, notesDir: folder ?? options.notesDir });
      return path;
    },
    close() {},
  };
}
