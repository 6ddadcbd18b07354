/** @module Rewording overlays: meaning-preserving text replacements applied to a case's files. */
import { z } from 'zod';

/** One overlay file, `eval/rewordings/<case-id>/<variant>.json`. */
export const OverlaySchema = z.object({
  style: z.string().min(1),
  replace: z
    .array(z.tuple([z.string().min(1), z.string()]))
    .min(1)
    .max(500),
});
export type Overlay = z.infer<typeof OverlaySchema>;

/** Parses an overlay text; returns the reasons when it is not JSON or not the shape above. */
export function parseOverlay(text: string): { ok: true; overlay: Overlay } | { ok: false; errors: string[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`not JSON: ${(error as Error).message}`] };
  }
  const parsed = OverlaySchema.safeParse(json);
  if (parsed.success) return { ok: true, overlay: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`),
  };
}

/**
 * Applies every replacement to one text, all occurrences, in order, and adds the number of
 * occurrences replaced to `hits` (same index as the replacement). A replacement written with `\n`
 * also matches the same text with `\r\n` line ends (mail files are CRLF), and keeps them.
 */
export function rewordText(text: string, replace: Overlay['replace'], hits: number[]): string {
  let out = text;
  replace.forEach(([from, to], i) => {
    const forms: Array<[string, string]> = [[from, to]];
    if (from.includes('\n') && !from.includes('\r\n'))
      forms.push([from.replace(/\n/g, '\r\n'), to.replace(/\n/g, '\r\n')]);
    for (const [f, t] of forms) {
      const parts = out.split(f);
      if (parts.length > 1) {
        hits[i] = (hits[i] ?? 0) + parts.length - 1;
        out = parts.join(t);
      }
    }
  });
  return out;
}

/**
 * Applies the replacements to every decoded string inside a parsed JSON value (keys stay as they
 * are), so escapes in the file (`\n`, `\"`, `\u00e9`) never get in the way of a match.
 */
export function rewordJson(value: unknown, replace: Overlay['replace'], hits: number[]): unknown {
  if (typeof value === 'string') return rewordText(value, replace, hits);
  if (Array.isArray(value)) return value.map((v) => rewordJson(v, replace, hits));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = rewordJson(v, replace, hits);
    return out;
  }
  return value;
}
