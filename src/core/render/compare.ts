/** @module Locale-independent string ordering, so sorted output is the same on every machine. */

/** Orders by UTF-16 code units (never by the machine's locale). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
