/** @module The time zone of one file: named in its manifest note ("times Europe/London"), else the manifest's. */

import type { Manifest } from '../../model/manifest.js';
import { isTimeZone } from '../../time/is-time-zone.js';
import { zoneOfAbbreviation, zoneOfPlace } from '../../time/zone-names.js';

const IANA = /\b([A-Z][A-Za-z]+(?:\/[A-Z][A-Za-z0-9_+-]+){1,2})\b/g;
// "times US Eastern", "UK time": a place the shared zone table knows, next to the word time
const PLACE = /\btimes?\s+(?:in\s+)?(?:US[ -])?([A-Z][\p{L}]+)|\b(?:US[ -])?([A-Z][\p{L}]+)\s+time\b/gu;
const CAPITALS = /\b[A-Z]{1,4}\b/g;

/** An IANA zone named in free text (an id, a place next to "time", or an abbreviation in capitals), or null. */
export function zoneInText(text: string): string | null {
  for (const match of text.matchAll(IANA)) if (isTimeZone(match[1] ?? '')) return match[1] ?? null;
  for (const match of text.matchAll(PLACE)) {
    const zone = zoneOfPlace(match[1] ?? match[2] ?? '');
    if (zone) return zone;
  }
  for (const match of text.matchAll(CAPITALS)) {
    const zone = zoneOfAbbreviation(match[0]);
    if (zone) return zone;
  }
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
