/** @module The optional handoff.yaml manifest: validated, unknown keys warned about, never evidence. */
import { ROLES, type Role } from '../model/evidence.js';
import type { FormatParser, IntakeUnit, ParseResult } from '../model/intake.js';
import { type Manifest, ManifestPersonSchema, ManifestSchema } from '../model/manifest.js';
import { decodeText, isRecord, looksBinary } from './util/decode.js';
import { readYaml } from './util/read-yaml.js';

const MAX_BYTES = 256 * 1024;
const KNOWN_KEYS = ['asOf', 'account', 'tier', 'timezone', 'draft', 'people', 'files'] as const;
const SPECIFIC_KEYS = new Set(['asOf', 'timezone', 'draft', 'people', 'files']);
const ROLE_ALIASES: Readonly<Record<string, Role>> = {
  agent: 'support',
  'support agent': 'support',
  l2: 'support',
  csm: 'success',
  'customer success': 'success',
  'account manager': 'success',
  am: 'success',
  engineer: 'engineering',
  eng: 'engineering',
  dev: 'engineering',
  developer: 'engineering',
  product: 'engineering',
  exec: 'leadership',
  executive: 'leadership',
  manager: 'leadership',
  client: 'customer',
  'end-user': 'customer',
};

function mapOf(unit: IntakeUnit): Record<string, unknown> | null {
  const file = unit.files[0];
  if (!file || unit.files.length !== 1 || file.bytes.length === 0 || file.bytes.length > MAX_BYTES)
    return null;
  if (looksBinary(file.bytes)) return null;
  const text = decodeText(file.bytes).text;
  if (text.trimStart().startsWith('{') || text.trimStart().startsWith('[')) return null;
  const read = readYaml(text);
  return read.ok && isRecord(read.value) ? read.value : null;
}

function isManifestName(name: string): boolean {
  return /^handoff\.ya?ml$/i.test(name.split('/').pop() ?? name);
}

function roleOf(raw: unknown): Role | null {
  if (typeof raw !== 'string') return null;
  const key = raw.trim().toLowerCase();
  if ((ROLES as readonly string[]).includes(key)) return key as Role;
  return ROLE_ALIASES[key] ?? null;
}

/** Validates key by key so one bad entry costs only that entry, with a warning naming it. */
function readManifest(map: Record<string, unknown>, name: string, warnings: string[]): Manifest {
  const input: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(map)) {
    if (!(KNOWN_KEYS as readonly string[]).includes(key)) {
      warnings.push(`${name}: unknown key "${key}" ignored`);
      continue;
    }
    if (key === 'people') {
      if (!Array.isArray(value)) {
        warnings.push(`${name}: people must be a list of {name, role}; ignored`);
        continue;
      }
      input.people = value.flatMap((person, index) => {
        const role = isRecord(person) ? roleOf(person.role) : null;
        const parsed = ManifestPersonSchema.safeParse(
          isRecord(person) && role ? { ...person, role } : person,
        );
        if (parsed.success) return [parsed.data];
        warnings.push(
          `${name}: people[${index}] needs a name and a role (one of ${ROLES.join(', ')}); ignored`,
        );
        return [];
      });
      continue;
    }
    // YAML reads an unquoted date-time as a string already; a number or a date object is normalised.
    const normalised =
      value instanceof Date
        ? value.toISOString()
        : typeof value === 'number' && key !== 'files'
          ? String(value)
          : value;
    const single =
      ManifestSchema.shape[key as Exclude<(typeof KNOWN_KEYS)[number], 'people'>].safeParse(normalised);
    if (single.success) input[key] = single.data;
    else warnings.push(`${name}: ${key} has the wrong type; ignored`);
  }
  if (typeof input.asOf === 'string' && Number.isNaN(Date.parse(input.asOf))) {
    warnings.push(`${name}: asOf "${input.asOf}" is not a date-time; ignored`);
    delete input.asOf;
  }
  if (typeof input.timezone === 'string' && !isZone(input.timezone)) {
    warnings.push(`${name}: timezone "${input.timezone}" is not an IANA zone; ignored`);
    delete input.timezone;
  }
  return ManifestSchema.parse(input);
}

function isZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** `handoff.yaml`: roles of people, the account, the draft's file, asOf and the timezone of zone-less sources. */
export const manifestParser: FormatParser = {
  format: 'manifest',
  detect(unit) {
    const map = mapOf(unit);
    if (!map) return 0;
    const keys = Object.keys(map);
    const known = keys.filter((key) => (KNOWN_KEYS as readonly string[]).includes(key));
    if (known.length === 0) return 0;
    if (isManifestName(unit.name)) return 0.95;
    return known.some((key) => SPECIFIC_KEYS.has(key)) && known.length * 2 >= keys.length ? 0.6 : 0;
  },
  parse(unit) {
    const base = { kind: 'manifest', format: 'manifest', items: [] } as const;
    const map = mapOf(unit);
    if (!map)
      return {
        ...base,
        warnings: [`${unit.name}: not a YAML map; the manifest is ignored`],
        status: 'failed',
      };
    const warnings: string[] = [];
    try {
      const manifest = readManifest(map, unit.name, warnings);
      return { ...base, warnings, status: 'parsed', data: { manifest } } satisfies ParseResult;
    } catch (error) {
      return {
        ...base,
        warnings: [
          `${unit.name}: cannot be read as a manifest (${error instanceof Error ? error.message : String(error)})`,
        ],
        status: 'failed',
      };
    }
  },
};

export const manifestParsers: FormatParser[] = [manifestParser];
