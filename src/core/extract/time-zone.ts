/** @module Time zones a sentence states ("6:40am Melbourne time", "03:20 (Oslo time)", "5pm AEST"). */
import { zoneOfAbbreviation, zoneOfPlace } from '../time/zone-names.js';

const PLACE_TIME = /\b((?:[A-ZÀ-Ý][\p{L}]+|UK|NZ)(?:\s[A-ZÀ-Ý][\p{L}]+)?)(?:'s)?\s+(?:local\s+)?time\b/gu;
const ABBREVIATION = /(?<=\d(?:\s?[ap]\.?m\.?)?\)?\s?\(?|\btime\s)\b([A-Z]{1,4})\b/g;
const LOCAL_TIME = /\b(?:their|our|his|her|local|the customer's|customer) (?:local )?time\b/i;

/** The zone `text` states for its times, or null; "their time" takes `hint` (a zone named nearby). */
export function statedZone(text: string, hint: string | null = null): string | null {
  PLACE_TIME.lastIndex = 0;
  for (let m = PLACE_TIME.exec(text); m; m = PLACE_TIME.exec(text)) {
    const zone = m[1] ? zoneOfPlace(m[1]) : null;
    if (zone) return zone;
  }
  ABBREVIATION.lastIndex = 0;
  for (let m = ABBREVIATION.exec(text); m; m = ABBREVIATION.exec(text)) {
    const zone = m[1] ? zoneOfAbbreviation(m[1]) : null;
    if (zone) return zone;
  }
  return LOCAL_TIME.test(text) ? hint : null;
}

/** True when `text` reads its times in someone's local time ("their time") without naming the zone. */
export function mentionsLocalTime(text: string): boolean {
  return LOCAL_TIME.test(text);
}

/**
 * The first local zone any of `texts` names ("Melbourne time", "AEST"): what "their time" means
 * in a case. UTC is the team's clock, not someone's local time.
 */
export function caseZone(texts: readonly string[]): string | null {
  for (const text of texts) {
    const zone = statedZone(text.slice(0, 20_000).replace(/\b(?:UTC|GMT|Z)\b/g, ''));
    if (zone) return zone;
  }
  return null;
}
