/** @module One policy error: where it is (path and line) and what is wrong. */

export interface PolicyError {
  /** dotted path with indexes, e.g. `severities[1].conditions[0].when` ('' for the whole file) */
  readonly path: string;
  /** what is wrong, ending with `(line N)` when the line is known */
  readonly message: string;
  readonly line?: number;
}

/** Formats a zod/YAML path the way people read it: `a.b[2].c`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? String(segment) : `.${String(segment)}`;
  }
  return out;
}

/** Builds an error, appending the line to the message when known. */
export function policyError(
  path: ReadonlyArray<PropertyKey>,
  message: string,
  line: number | null,
): PolicyError {
  const text = line === null ? message : `${message} (line ${line})`;
  return line === null
    ? { path: formatPath(path), message: text }
    : { path: formatPath(path), message: text, line };
}

/** `path: message`, the form printed by `spine policy check`. */
export function describePolicyError(error: PolicyError): string {
  return error.path === '' ? error.message : `${error.path}: ${error.message}`;
}
