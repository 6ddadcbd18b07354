/**
 * @module An error's template: what varies between occurrences of one failure (ids, hex, numbers,
 * timestamps, addresses, long quoted ids) masked, so log lines that differ only there group as one.
 * Error codes and HTTP statuses are the failure itself and stay: `ERR_BRIDGE_413` and
 * `ERR_BRIDGE_500`, or `401 invalid signature` and `403 invalid signature`, never merge.
 */
import { errorSignature } from '../intake/text/log-signature.js';

// upper-case codes (E-4071, WGT-5137, ERR_BRIDGE_413, AADSTS50011); a run of five digits or more is
// a record's number after a separator (TS-5529183, SHP-8841230), which varies
const CODE = /(?<![\w.-])(?:[A-Z][A-Z0-9]*(?:[_-][A-Z0-9]+)+|[A-Z]{2,10}\d{3,8})(?![\w-])/g;
// a 4xx/5xx status standing alone (not a part of a number, a time, a port or a path)
const STATUS = /(?<![\w.:/,-])[45]\d\d(?![\w.:%/,-])/g;
const LONG_NUMBER = /\d{5,}/;
// a number that a code, reason or exit word names is the failure's own code ("reason 1003", "exit code 137")
const NAMED_NUMBER = /\b(?:code|reason|errno|exit|status)\s*[=:#]?\s*-?\d+\b/gi;
const OTHER_KEY = /(?<![\w.])(?!(?:error|err|code|reason|status)=)[\w.-]+=$/i;

/** The template of an error value, e.g. `deliver evt=<id> attempt=<n> status=401`. */
export function errorTemplate(value: string): string {
  const kept: string[] = [];
  // letters only, so no mask (all of which need a digit) touches the placeholder
  const hold = (token: string): string => {
    kept.push(token);
    return `⟦${toLetters(kept.length - 1)}⟧`;
  };
  const held = value
    .replace(CODE, (code, at: number) =>
      // a record's number, or a code-shaped name under a key that is no error's (`device=HSA-G01`)
      (LONG_NUMBER.test(code) && /[_-]/.test(code)) || OTHER_KEY.test(value.slice(Math.max(0, at - 30), at))
        ? code
        : hold(code),
    )
    .replace(STATUS, hold)
    .replace(NAMED_NUMBER, hold);
  return errorSignature(held).replace(/⟦([a-z]+)⟧/g, (_, k: string) => kept[fromLetters(k)] ?? '');
}

const toLetters = (n: number): string =>
  n.toString(26).replace(/./g, (d) => String.fromCharCode(97 + parseInt(d, 26)));
const fromLetters = (s: string): number =>
  parseInt(
    s.replace(/./g, (c) => (c.charCodeAt(0) - 97).toString(26)),
    26,
  );
