import { createContext, useContext } from 'react';

/** False while the screen is hidden: no key reaches the session until it is shown again. */
export const InputGateContext = createContext(true);

export function useInputOpen(): boolean {
  return useContext(InputGateContext);
}
