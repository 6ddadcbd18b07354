/** @module Time zones a sentence states ("6:40am Melbourne time", "03:20 (Oslo time)", "5pm AEST"). */
import { isTimeZone } from '../is-time-zone.js';

// abbreviations people write; a fixed offset unless the abbreviation names a DST-following zone
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  UTC: 'UTC',
  GMT: 'UTC',
  Z: 'UTC',
  AEST: 'Australia/Brisbane',
  AEDT: 'Etc/GMT-11',
  ACST: 'Australia/Darwin',
  ACDT: 'Australia/Adelaide',
  AWST: 'Australia/Perth',
  NZST: 'Etc/GMT-12',
  NZDT: 'Etc/GMT-13',
  JST: 'Asia/Tokyo',
  KST: 'Asia/Seoul',
  SGT: 'Asia/Singapore',
  HKT: 'Asia/Hong_Kong',
  IST: 'Asia/Kolkata',
  WET: 'Etc/GMT',
  WEST: 'Etc/GMT-1',
  BST: 'Etc/GMT-1',
  CET: 'Etc/GMT-1',
  CEST: 'Etc/GMT-2',
  EET: 'Etc/GMT-2',
  EEST: 'Etc/GMT-3',
  MSK: 'Europe/Moscow',
  EST: 'Etc/GMT+5',
  EDT: 'Etc/GMT+4',
  CST: 'Etc/GMT+6',
  CDT: 'Etc/GMT+5',
  MST: 'Etc/GMT+7',
  MDT: 'Etc/GMT+6',
  PST: 'Etc/GMT+8',
  PDT: 'Etc/GMT+7',
  ET: 'America/New_York',
  CT: 'America/Chicago',
  MT: 'America/Denver',
  PT: 'America/Los_Angeles',
};

// place names whose zone is not simply Region/Name
const PLACES: Readonly<Record<string, string>> = {
  'new york': 'America/New_York',
  'los angeles': 'America/Los_Angeles',
  'san francisco': 'America/Los_Angeles',
  seattle: 'America/Los_Angeles',
  boston: 'America/New_York',
  washington: 'America/New_York',
  austin: 'America/Chicago',
  dallas: 'America/Chicago',
  houston: 'America/Chicago',
  'são paulo': 'America/Sao_Paulo',
  'sao paulo': 'America/Sao_Paulo',
  'hong kong': 'Asia/Hong_Kong',
  'mexico city': 'America/Mexico_City',
  'cape town': 'Africa/Johannesburg',
  mumbai: 'Asia/Kolkata',
  delhi: 'Asia/Kolkata',
  'new delhi': 'Asia/Kolkata',
  bangalore: 'Asia/Kolkata',
  beijing: 'Asia/Shanghai',
  canberra: 'Australia/Sydney',
  wellington: 'Pacific/Auckland',
  munich: 'Europe/Berlin',
  frankfurt: 'Europe/Berlin',
  hamburg: 'Europe/Berlin',
  barcelona: 'Europe/Madrid',
  zaragoza: 'Europe/Madrid',
  valencia: 'Europe/Madrid',
  milan: 'Europe/Rome',
  manchester: 'Europe/London',
  edinburgh: 'Europe/London',
  galway: 'Europe/Dublin',
  cork: 'Europe/Dublin',
  bergen: 'Europe/Oslo',
  gothenburg: 'Europe/Stockholm',
  rotterdam: 'Europe/Amsterdam',
  geneva: 'Europe/Zurich',
  montreal: 'America/Toronto',
  uk: 'Europe/London',
  ireland: 'Europe/Dublin',
  norway: 'Europe/Oslo',
  sweden: 'Europe/Stockholm',
  germany: 'Europe/Berlin',
  france: 'Europe/Paris',
  spain: 'Europe/Madrid',
  japan: 'Asia/Tokyo',
  singapore: 'Asia/Singapore',
  'new zealand': 'Pacific/Auckland',
  nz: 'Pacific/Auckland',
  pacific: 'America/Los_Angeles',
  eastern: 'America/New_York',
  central: 'America/Chicago',
  mountain: 'America/Denver',
};
const REGIONS = ['Europe', 'America', 'Australia', 'Asia', 'Africa', 'Pacific', 'Atlantic'];

/** The IANA zone of a place name ("Melbourne", "Oslo", "New York"), or null. */
export function zoneOfPlace(place: string): string | null {
  const key = place.trim().toLowerCase();
  const known = PLACES[key];
  if (known) return known;
  const city = key
    .split(/\s+/)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('_');
  for (const region of REGIONS) if (isTimeZone(`${region}/${city}`)) return `${region}/${city}`;
  return null;
}

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
    const zone = m[1] ? ABBREVIATIONS[m[1]] : undefined;
    if (zone) return zone;
  }
  return LOCAL_TIME.test(text) ? hint : null;
}

/** True when `text` reads its times in someone's local time ("their time") without naming the zone. */
export function mentionsLocalTime(text: string): boolean {
  return LOCAL_TIME.test(text);
}

/** Minutes east of UTC that `zone` is at `instant`. */
export function zoneOffset(zone: string, instant: Date): number {
  const name =
    new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
      .formatToParts(instant)
      .find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-])(\d\d):?(\d\d)?/.exec(name);
  if (!m) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
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
