/** @module Which packet citation links point into, and what each cited item is (for its look). */
import { createContext, useContext } from 'react';
import type { Evidence } from '../api/types.js';

export interface CiteContextValue {
  readonly packetId: string;
  readonly evidence: ReadonlyMap<string, Evidence>;
}

export const CiteContext = createContext<CiteContextValue | null>(null);

export function useCites(): CiteContextValue | null {
  return useContext(CiteContext);
}
