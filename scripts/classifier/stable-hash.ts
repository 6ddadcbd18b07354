/**
 * @module A stable 32-bit hash (FNV-1a) for deterministic folds and samples, the checksum the corpora
 * keep of a sentence, and a seeded shuffle.
 */

/** FNV-1a of a string's UTF-16 code units: the same id always lands in the same fold. */
export function stableHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** The hash a corpus keeps of a sentence's text (whitespace runs as one space), as 8 hex digits. */
export const textHash = (text: string): string =>
  stableHash(text.replace(/\s+/g, ' ')).toString(16).padStart(8, '0');

/** mulberry32: a small seeded generator, so training order is the same on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A copy of `items` in a seeded Fisher–Yates order. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  const random = seededRandom(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
