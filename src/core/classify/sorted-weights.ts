/**
 * @module A classifier's weight table read in place: the features sorted, their weights in one flat
 * array, looked up by binary search. The built CLI loads the two large report models this way
 * (scripts/build-cli.mjs), because building a 40,000-key object at every start costs more than the
 * few hundred lookups one prepare makes. It reads like the plain object it replaces.
 */

/** The row of `key` in `keys` (sorted by code unit, as Array#sort sorts strings), or -1. */
function rowOf(keys: readonly string[], key: string): number {
  let lo = 0;
  let hi = keys.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const at = keys[mid] as string;
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
  keys: readonly string[],
  flat: ArrayLike<number>,
  stride: number,
): Readonly<Record<string, readonly number[]>> {
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
    ownKeys: () => [...keys],
    set: () => false,
    defineProperty: () => false,
    deleteProperty: () => false,
  });
}
