/**
 * @module The IANA zone of a person's profile or message, as a help desk or chat export writes it:
 * an IANA name ("Europe/Dublin", Slack's `tz`), a Rails zone name ("Berlin", "Eastern Time (US &
 * Canada)", Zendesk's `time_zone`), a location ("Split, 17, Croatia") or a message's own UTC offset
 * ("+0100" in a Date header). Intl is the source of truth for the names; nothing is guessed.
 */
import { isTimeZone } from './is-time-zone.js';
import { zoneOfPlace } from './zone-names.js';

// Rails' names for the US zones and a few others that are not a city
const RAILS_SUFFIX = /\s+Time\s*\((?:US\s*&\s*Canada)\)$/i;

/** The zone a profile's time-zone or location field names, or null (UTC names give 'UTC'). */
export function zoneOfProfile(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  const text = raw.trim();
  if (text === '' || text.length > 80) return null;
  if (/^(?:Etc\/)?(?:UTC|GMT|Zulu)$/i.test(text)) return 'UTC';
  if (text.includes('/') && isTimeZone(text)) return text;
  const rails = text.replace(RAILS_SUFFIX, '');
  if (rails !== text) return zoneOfPlace(rails);
  // "Dublin, Ireland", "London, ENG, United Kingdom": the city first, else the country last
  const parts = text.split(',').map((p) => p.trim());
  for (const part of [parts[0], parts[parts.length - 1]]) {
    const zone = part && /^[\p{L} .'-]+$/u.test(part) ? zoneOfPlace(part) : null;
    if (zone) return zone;
  }
  return null;
}

/**
 * The zone of a fixed UTC offset written in a message ("+0100", "-05:00", "Z"): an Etc zone for a
 * whole hour, null for anything else (a half-hour offset has no Etc name).
 */
export function zoneOfOffset(raw: string): string | null {
  if (/^(?:Z|[+-]00:?00)$/i.test(raw)) return 'UTC';
  const m = /^([+-])(\d\d):?(\d\d)$/.exec(raw);
  if (!m || m[3] !== '00') return null;
  const hours = Number(m[2]);
  if (hours > 14) return null;
  // Etc/GMT signs are the other way round: UTC+1 is Etc/GMT-1
  return `Etc/GMT${m[1] === '+' ? '-' : '+'}${hours}`;
}
