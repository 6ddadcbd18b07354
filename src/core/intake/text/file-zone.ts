/** @module The time zone of one file: named in its manifest note ("times Europe/London"), else the manifest's. */
import { isTimeZone } from '../../is-time-zone.js';
import type { Manifest } from '../../model/manifest.js';

const IANA = /\b([A-Z][A-Za-z]+(?:\/[A-Z][A-Za-z0-9_+-]+){1,2})\b/g;
// Names people write instead of IANA ids; abbreviations only in capitals.
const ZONE_WORDS: readonly (readonly [RegExp, string])[] = [
  [/\b(?:US[ -])?Eastern(?: Time)?\b/i, 'America/New_York'],
  [/\b(?:US[ -])?Central(?: Time)?\b/i, 'America/Chicago'],
  [/\b(?:US[ -])?Mountain(?: Time)?\b/i, 'America/Denver'],
  [/\b(?:US[ -])?Pacific(?: Time)?\b/i, 'America/Los_Angeles'],
  [/\bE[SD]?T\b/, 'America/New_York'],
  [/\bP[SD]?T\b/, 'America/Los_Angeles'],
  [/\b(?:UK time|BST)\b/, 'Europe/London'],
  [/\bCEST?\b/, 'Europe/Paris'],
  [/\b(?:UTC|GMT)\b/, 'UTC'],
];

/** An IANA zone named in free text, or null. */
export function zoneInText(text: string): string | null {
  for (const match of text.matchAll(IANA)) if (isTimeZone(match[1] ?? '')) return match[1] ?? null;
  for (const [pattern, zone] of ZONE_WORDS) if (pattern.test(text)) return zone;
  return null;
}

/**
 * The zone for zone-less times in file `name`: one its manifest note names, else
 * `manifest.timezone`, else undefined (times then stay unknown).
 */
export function zoneForFile(name: string, manifest: Manifest | undefined): string | undefined {
  if (!manifest) return undefined;
  const base = name.split('/').pop() ?? name;
  const note = manifest.files[name] ?? manifest.files[base];
  const named = note ? zoneInText(note) : null;
  return named ?? manifest.timezone ?? undefined;
}
