/**
 * @module A classifier's weight table read in place: the features sorted, their weights in one flat
 * array, looked up by binary search. The built CLI loads the two large report models this way
 * (scripts/build-cli.mjs), because building a 40,000-key object at every start costs more than the
 * few hundred lookups one prepare makes. It reads like the plain object it replaces.
 */

/**
 * Sorted keys read by position: an array, or one text of them a line each (`keysOfLines`), which
 * the built CLI reads instead of JSON-parsing 40,000 strings at each start (~25 ms CPU for the two
 * report models) for the few hundred lookups one prepare makes.
 */
export interface SortedKeys {
  readonly length: number;
  at(row: number): string;
  all(): readonly string[];
}

/** Where each line of `text` starts (UTF-16 code units). */
export function lineStarts(text: string): number[] {
  const starts: number[] = [];
  if (text.length > 0) {
    starts.push(0);
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  }
  return starts;
}

/**
 * The keys of `text`, one a line (no key holds a line break), sorted by code unit; `starts` as
 * `lineStarts(text)` gives them (the built CLI reads them from a file rather than scan the text).
 */
export function keysOfLines(text: string, starts: ArrayLike<number> = lineStarts(text)): SortedKeys {
  const ends = (row: number): number =>
    row + 1 < starts.length ? (starts[row + 1] as number) - 1 : text.length;
  return {
    length: starts.length,
    at: (row) => text.slice(starts[row], ends(row)),
    all: () => (text.length > 0 ? text.split('\n') : []),
  };
}

const keysOfArray = (keys: readonly string[]): SortedKeys => ({
  length: keys.length,
  at: (row) => keys[row] as string,
  all: () => keys,
});

/** The row of `key` in `keys` (sorted by code unit, as Array#sort sorts strings), or -1. */
function rowOf(keys: SortedKeys, key: string): number {
  let lo = 0;
  let hi = keys.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const at = keys.at(mid);
    if (at === key) return mid;
    if (at < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * A read-only `Record<feature, weights>` over sorted `keys` and `flat` (`stride` weights per key,
 * in key order; an array or a Float64Array): own keys are exactly `keys`, anything else reads as on an empty object.
 */
export function sortedWeights(
  sorted: readonly string[] | SortedKeys,
  flat: ArrayLike<number>,
  stride: number,
): Readonly<Record<string, readonly number[]>> {
  const keys = Array.isArray(sorted) ? keysOfArray(sorted) : (sorted as SortedKeys);
  const row = (key: string | symbol): readonly number[] | undefined => {
    if (typeof key !== 'string') return undefined;
    const at = rowOf(keys, key);
    // a plain array whether the weights came as one (tests) or as a Float64Array (the built CLI)
    return at < 0 ? undefined : Array.prototype.slice.call(flat, at * stride, at * stride + stride);
  };
  return new Proxy({} as Record<string, readonly number[]>, {
    get: (target, key, receiver) => row(key) ?? Reflect.get(target, key, receiver),
    has: (target, key) => row(key) !== undefined || Reflect.has(target, key),
    getOwnPropertyDescriptor: (target, key) => {
      const value = row(key);
      return value === undefined
        ? Reflect.getOwnPropertyDescriptor(target, key)
        : { value, writable: false, enumerable: true, configurable: true };
    },
    ownKeys: () => [...keys.all()],
    set: () => false,
    defineProperty: () => false,
    deleteProperty: () => false,
  });
}
