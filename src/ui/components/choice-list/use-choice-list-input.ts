// Keys for a choice list: arrows move, Enter chooses, digits choose by number (two for 10 and up).
import type { Key } from 'ink';
import { usePartKeys } from '../../commands/index.js';
import type { ChoiceListAction } from './choice-list-model.js';

export function actionForKey(input: string, key: Key): ChoiceListAction | null {
  if (key.upArrow) return { type: 'up' };
  if (key.downArrow) return { type: 'down' };
  if (key.return) return { type: 'enter' };
  if (!key.ctrl && !key.meta && /^[0-9]$/.test(input)) return { type: 'digit', digit: input };
  return null;
}

export function useChoiceListInput(
  onAction: (action: ChoiceListAction) => void,
  isActive: boolean,
): void {
  usePartKeys(
    ['choose'],
    (_command, input, key) => {
      const action = actionForKey(input, key);
      if (action) onAction(action);
    },
    isActive,
  );
}
