/**
 * @module YAML as the intake reads it, parsed once per text. Detection asks every parser about every
 * file, and two of them (account, manifest) read each file as YAML, then again to parse the one
 * they claim; the last few texts' results are kept, so one intake parses a file's YAML once.
 */
import { parse as parseYaml } from 'yaml';

export type YamlResult = { readonly ok: true; readonly value: unknown } | { readonly ok: false };

// the texts one intake run asks about in turn; a bound, so a long-running service keeps no more
const KEEP = 16;
const recent = new Map<string, YamlResult>();

/**
 * The value of `text` read as YAML (aliases bounded, errors not printed), or `{ ok: false }` when it
 * is not YAML. Callers only read the value: it may be handed to the next caller of the same text.
 *
 * @example readYaml('tier: Gold') // { ok: true, value: { tier: 'Gold' } }
 */
export function readYaml(text: string): YamlResult {
  const known = recent.get(text);
  if (known) return known;
  let result: YamlResult;
  try {
    result = {
      ok: true,
      value: parseYaml(text, { maxAliasCount: 50, prettyErrors: false, logLevel: 'error' }),
    };
  } catch {
    result = { ok: false };
  }
  if (recent.size >= KEEP) recent.delete(recent.keys().next().value as string);
  recent.set(text, result);
  return result;
}
