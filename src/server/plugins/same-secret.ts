/** @module Compares a presented secret (a CSRF token) with the expected one in constant time. */
import { createHash, timingSafeEqual } from 'node:crypto';

/** True when `presented` equals `expected`; the time taken does not depend on where they differ. */
export function isSameSecret(presented: unknown, expected: string): boolean {
  if (typeof presented !== 'string') return false;
  // hashing first gives equal lengths, which timingSafeEqual needs, without leaking the length
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(presented), digest(expected));
}
