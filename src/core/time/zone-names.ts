/** @module The one table of zone names people write — abbreviations ("AEST", "PT") and places ("Melbourne", "US Eastern") — for intake and extraction. */
import { isTimeZone } from './is-time-zone.js';

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
  'united kingdom': 'Europe/London',
  // Rails (Zendesk) zone names that are no IANA city
  osaka: 'Asia/Tokyo',
  sapporo: 'Asia/Tokyo',
  bern: 'Europe/Zurich',
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

/** The zone an abbreviation written in capitals stands for ("CEST" → a fixed UTC+2), or null. */
export function zoneOfAbbreviation(abbreviation: string): string | null {
  return ABBREVIATIONS[abbreviation] ?? null;
}
