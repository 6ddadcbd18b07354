/** @module Account and tier: account file, manifest, ticket organisation, e-mail signature. */
import { escapeRegExp, wholePhrase } from '../language/whole-phrase.js';
import { type Claim, claim } from './claim.js';
import type { ExtractContext, Item } from './context.js';

const ORG_FIELDS = new Set(['organization', 'organisation', 'org', 'company', 'account']);
const TIER_WORDS =
  /\b(enterprise|strategic|premium|business|professional|pro|growth|starter|self-hosted|on-prem(?:ise)?)\b/i;
const SIGNATURE_ORG = /^[A-Z][\w .'&/-]{1,60}(?:,|\s\||\s[@·–—-]|\sat)\s+([A-Z][\w.'& -]{1,60})$/u;

function fieldItem(ctx: ExtractContext, unit: string, names: ReadonlySet<string>): Item | undefined {
  // custom fields arrive as "custom.Company": the last segment names the field
  const name = (i: Item): string => (i.ev.meta?.field ?? '').toLowerCase().split('.').pop() ?? '';
  return ctx.items.find((i) => i.unit === unit && names.has(name(i)));
}

function itemMentioning(ctx: ExtractContext, value: string): Item | undefined {
  const needle = value.toLowerCase();
  return ctx.items.find((i) => i.ev.text.toLowerCase().includes(needle));
}

function itemNaming(ctx: ExtractContext, value: string): Item | undefined {
  const re = wholePhrase(value);
  return ctx.items.find((i) => re.test(i.ev.text));
}

// "Krone & Fjord Friluft AS" → "Krone & Fjord Friluft": legal forms say nothing about who it is
const LEGAL_SUFFIX =
  /(?:[\s,]+(?:as|asa|ab|oy|oyj|a\/s|aps|gmbh|ag|kg|se|ltd\.?|limited|plc|inc\.?|incorporated|llc|llp|lp|corp\.?|corporation|co\.?|company|s\.?a\.?|s\.?a\.?s\.?|s\.?l\.?|s\.?r\.?l\.?|s\.?p\.?a\.?|b\.?v\.?|n\.?v\.?|pty|sarl|kk|bhd|sdn))+\.?$/i;
const TOO_PLAIN =
  /^(?:the|group|global|international|holding|holdings|services|solutions|systems|software|technologies|tech|labs?|digital|partners|enterprise|business|team|support|customer|client|company)$/i;

/**
 * Where the evidence names the manifest's `named` value: the whole name, else the name without its
 * legal form, else its leading words (at least one distinctive word), cited to the item that says it.
 */
function namedInEvidence(ctx: ExtractContext, named: string, plain: RegExp | null): Claim<string> | null {
  const whole = itemMentioning(ctx, named);
  if (whole) return claim(named, [whole.id]);
  const words = named.replace(LEGAL_SUFFIX, '').trim().split(/\s+/).filter(Boolean);
  for (let n = words.length; n >= 1; n--) {
    const part = words.slice(0, n);
    const distinctive = part.filter((w) => /\p{L}{3,}/u.test(w) && !plain?.test(w));
    if (distinctive.length === 0) continue;
    // a lone leading word must be long enough not to be an ordinary word by chance
    if (distinctive.length === 1 && part.length === 1 && (part[0]?.length ?? 0) < 4) continue;
    const phrase = part.join(' ').replace(/[\s,&-]+$/, '');
    const item = itemNaming(ctx, phrase);
    if (item) return claim(phrase, [item.id]);
  }
  return null;
}

// Words a title or company name leaves lower-case: "Head of Sales", "Banco de la Plaza"
const NAME_JOINERS = new Set([
  'of',
  'and',
  'for',
  'the',
  'de',
  'del',
  'la',
  'y',
  'und',
  'van',
  'von',
  'da',
  'do',
  'du',
  'et',
  'at',
]);

/**
 * A signature line ("Operations Manager, Bluefin Labs") is a title and a name: every word
 * capitalised but the joiners, no sentence-final stop. "You can look in our account if you need,
 * I authorize it." has the same comma and is a sentence.
 */
function isTitleLine(line: string): boolean {
  if (/[.!?]$/u.test(line) && !/\b(?:inc|ltd|co|corp|llc|plc)\.$/iu.test(line)) return false;
  const words = line.split(/[\s,|@·–—/-]+/u).filter((w) => /\p{L}/u.test(w));
  return words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || NAME_JOINERS.has(w.toLowerCase()));
}

function signatureOrg(ctx: ExtractContext): Claim<string> | null {
  for (const item of ctx.items) {
    if (!item.isCustomer) continue;
    const lines = [...(item.ev.meta?.signature ?? '').split('\n'), ...item.ev.text.split('\n').slice(-6)];
    for (const line of lines) {
      const m = SIGNATURE_ORG.exec(line.trim());
      if (m && !isTitleLine(line.trim())) continue;
      // the organisation must also appear in the item's text so the cite backs it
      if (m?.[1] && item.ev.text.includes(m[1].trim())) return claim(m[1].trim(), [item.id]);
      if (m?.[1]) {
        const backing = ctx.items.find((i) => i.ev.text.includes(m[1]?.trim() ?? ''));
        if (backing) return claim(m[1].trim(), [backing.id]);
      }
    }
  }
  return null;
}

const PUBLIC_MAIL =
  /^(?:gmail|googlemail|outlook|hotmail|live|msn|yahoo|ymail|icloud|me|mac|aol|proton|protonmail|pm|gmx|web|mail|yandex|zoho|fastmail)$/;
const CAPITALISED_RUN = /\p{Lu}[\p{L}&'-]*(?:\s+\p{Lu}[\p{L}&'-]*){0,3}/gu;
const lettersOf = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** `ops@mail.acme-corp.co.uk` → `acme-corp`: the label left of the public suffix. */
function domainLabel(email: string): string | null {
  const parts = (email.split('@')[1] ?? '').toLowerCase().split('.').filter(Boolean);
  if (parts.length < 2) return null;
  parts.pop();
  if (parts.length > 1 && /^(?:co|com|org|net|ac|gov|edu)$/.test(parts[parts.length - 1] ?? '')) parts.pop();
  return parts[parts.length - 1] ?? null;
}

/** The company named in the text whose letters spell the customer's mail domain (kestrelfitness.ie → Kestrel Fitness). */
function domainOrg(ctx: ExtractContext): Claim<string> | null {
  const labels = new Set<string>();
  for (const item of ctx.items) {
    const label = item.isCustomer ? domainLabel(item.ev.author?.email ?? '') : null;
    if (label && label.length >= 4 && !PUBLIC_MAIL.test(label)) labels.add(lettersOf(label));
  }
  if (labels.size === 0) return null;
  for (const item of ctx.items) {
    for (const run of item.ev.text.slice(0, 20_000).matchAll(CAPITALISED_RUN)) {
      const words = run[0].split(/\s+/);
      // the shortest leading words that spell the label: "Kestrel Fitness Clubs" → "Kestrel Fitness"
      for (let n = 1; n <= words.length; n++) {
        const phrase = words.slice(0, n).join(' ');
        if (labels.has(lettersOf(phrase))) return claim(phrase, [item.id]);
      }
    }
  }
  return null;
}

// "Transportes Almendral: account notes", "# Acme Corp — account plan"
const NOTES_HEADING =
  /^\s*(?:#+\s*)?(\p{Lu}[\p{L}\p{N}&.' -]{1,60}?)\s*(?::|—|–|-)\s*account (?:notes|overview|summary|plan|brief)\b/imu;

function notesHeadingOrg(ctx: ExtractContext): Claim<string> | null {
  for (const item of ctx.items) {
    if (item.isCustomer) continue;
    const m = NOTES_HEADING.exec(item.ev.text.slice(0, 2_000));
    if (m?.[1]) return claim(m[1].trim(), [item.id]);
  }
  return null;
}

/**
 * The customer account: account file, then manifest, then ticket organisation, then the customer's
 * signature, mail domain, or a notes heading naming the account.
 */
export function extractAccount(ctx: ExtractContext): Claim<string> | null {
  const field = fieldItem(ctx, 'account', new Set(['account']));
  if (field?.ev.text.trim()) return claim(stripLabel(field.ev.text), [field.id]);
  const manifestName = ctx.manifest?.account;
  const named = manifestName ? namedInEvidence(ctx, manifestName, TOO_PLAIN) : null;
  // the team wrote the account's name in the manifest; the evidence that says part of it backs it
  if (named && manifestName) return claim(manifestName, named.cites);
  const org = fieldItem(ctx, 'field', ORG_FIELDS);
  if (org?.ev.text.trim()) return claim(stripLabel(org.ev.text), [org.id]);
  const signed = signatureOrg(ctx);
  if (signed) return signed;
  const domain = domainOrg(ctx);
  const heading = notesHeadingOrg(ctx);
  // the mail domain spells a short form ("almendral.es" → "Almendral"): a fuller name ending in it wins
  if (domain) return fullerName(ctx, domain, heading) ?? domain;
  return heading;
}

const LEGAL_FORM =
  /^\s*,?\s*(?:S\.?A\.?(?:S\.?)?|S\.?L\.?|S\.?R\.?L\.?|S\.?p\.?A\.?|GmbH|AG|AS|ASA|AB|Oy|Ltd\.?|Limited|LLC|LLP|Inc\.?|Corp\.?|B\.?V\.?|N\.?V\.?|plc|Pty)(?![\p{L}])/u;

/** A name in the evidence that ends in the short form: a notes heading, or capitalised words before it and a legal form after. */
function fullerName(
  ctx: ExtractContext,
  short: Claim<string>,
  heading: Claim<string> | null,
): Claim<string> | null {
  const ends = (name: string): boolean => name !== short.value && name.endsWith(` ${short.value}`);
  if (heading && ends(heading.value)) return heading;
  const re = new RegExp(`((?:\\p{Lu}[\\p{L}'-]+ ){1,2})${escapeRegExp(short.value)}(?=[^\\p{L}])`, 'gu');
  for (const item of ctx.items) {
    for (const m of item.ev.text.slice(0, 20_000).matchAll(re)) {
      const after = item.ev.text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 12);
      if (m[1] && LEGAL_FORM.test(after)) return claim(`${m[1]}${short.value}`, [item.id]);
    }
  }
  return null;
}

/** The account tier: account file tier/plan, manifest, then tier words in ticket fields. */
export function extractTier(ctx: ExtractContext): Claim<string> | null {
  const field = fieldItem(ctx, 'account', new Set(['tier'])) ?? fieldItem(ctx, 'account', new Set(['plan']));
  if (field?.ev.text.trim()) return claim(stripLabel(field.ev.text), [field.id]);
  const named = ctx.manifest?.tier ? namedInEvidence(ctx, ctx.manifest.tier, null) : null;
  if (named) return named;
  for (const item of ctx.items) {
    if (item.unit !== 'field') continue;
    const m = TIER_WORDS.exec(item.ev.text);
    if (m?.[1]) return claim(m[1].toLowerCase(), [item.id]);
  }
  return null;
}

/** Drops a leading `label:` that some exports keep in a field item's text. */
export function stripLabel(text: string): string {
  return text.replace(/^\s*[A-Za-z _-]{1,20}:\s+/, '').trim();
}
