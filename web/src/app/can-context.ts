/** @module The signed-in user's abilities for every component below the shell: `useCan()`. */
import { createContext, useContext } from 'react';
import type { Can } from './make-can.js';

export const CanContext = createContext<Can | null>(null);

export function useCan(): Can {
  const can = useContext(CanContext);
  if (!can) throw new Error('useCan() needs a signed-in session above it (CanContext.Provider)');
  return can;
}
