/**
 * @module Counts of people or customers a sentence states: a number the language layer read and
 * the noun it counts ("12 seller accounts", "80 of our users", "140 tenants"), its lemma mapped to
 * the kinds the packet has (users, accounts). Devices, orders and records have no kind: not counted.
 */
import type { Sentence, Token } from '../language/types.js';

export type CountKind = 'users' | 'accounts';

export interface Count {
  readonly value: number;
  readonly kind: CountKind;
  /** the words before the number and after the counted noun, as the sentence's tokens spell them */
  readonly before: string;
  readonly after: string;
  /** "2 other accounts", "3 more tenants": others besides the one speaking */
  readonly besides: boolean;
  /** the token index of the counted noun, where its predicate starts after */
  readonly noun: number;
}

// people, never seats or licences: a seat count is the size of a plan, not who is affected; nor
// workers, which in software are as often processes as people
const PEOPLE = new Set(
  (
    'user person people staff staffer employee member agent admin administrator operator ' +
    'colleague associate hire student learner pupil teacher instructor tutor coach trainer nurse ' +
    'clinician doctor physician practitioner therapist physio physiotherapist dentist hygienist ' +
    'pharmacist caregiver carer midwife paramedic surgeon driver courier technician mechanic ' +
    'electrician engineer developer designer manager supervisor lead approver reviewer specialist ' +
    'officer representative rep picker packer coordinator analyst accountant auditor inspector ' +
    'recruiter cashier clerk dispatcher planner editor buyer volunteer contractor freelancer ' +
    'consultant advisor adviser lawyer attorney paralegal guard cleaner stylist salesperson resident'
  ).split(' '),
);
// the customer's side counted as organisations or their places: each one an account here
const ORGS = new Set(
  (
    'account tenant customer client org organisation organization company merchant seller store ' +
    'shop site venue workspace instance location branch school clinic practice restaurant hotel ' +
    'property retailer business'
  ).split(' '),
);
// nouns that take no plural -s, counted as they are ("40 staff", "60 people")
const MASS = new Set(['staff', 'people']);
const DIGITS = /^(?:\d{1,3}(?:,\d{3})+|\d+)$/;
// a number inside these is a date, an amount, a share or a version, never a count
const NOT_COUNTS = new Set(['date', 'time', 'duration', 'money', 'percent', 'version', 'ordinal']);
// "$1,200", "#12", "v14", "ticket 12", "top 10": an amount, an id, a name or a rank
const NOT_BEFORE = new Set([
  '$',
  '€',
  '£',
  '#',
  'v',
  'no',
  'nr',
  'version',
  'ticket',
  'case',
  'order',
  'id',
  'top',
  'first',
  'last',
  'bottom',
]);
const BESIDES = new Set(['other', 'more', 'additional']);
const LOAD = new Set(['concurrent', 'simultaneous', 'parallel', 'active']);
const MODIFIERS = new Set(['ADJ', 'NOUN', 'PROPN', 'ADV']);
const MAX_MODIFIERS = 3;

/** The kind a noun counts, by its lemma ("tenants" → accounts, "nurses" → users), or null. */
export function kindOfWord(word: string): CountKind | null {
  const lower = word.toLowerCase();
  const forms = [lower, lower.slice(0, -1)];
  if (forms.some((form) => PEOPLE.has(form))) return 'users';
  if (forms.some((form) => ORGS.has(form))) return 'accounts';
  return null;
}

function kindOf(token: Token): CountKind | null {
  const forms = [token.lemma, token.normal, token.normal.slice(0, -1)];
  if (forms.some((form) => PEOPLE.has(form))) return 'users';
  if (forms.some((form) => ORGS.has(form))) return 'accounts';
  return null;
}

function plural(token: Token): boolean {
  return MASS.has(token.normal) || token.normal !== token.lemma || token.normal.endsWith('s');
}

/** The counted noun after the number at `i`: "of our/the" skipped, up to three modifiers. */
function countedNoun(tokens: readonly Token[], i: number): Token | null {
  let j = i + 1;
  const of = tokens[j];
  const owner = tokens[j + 1];
  if (of?.normal === 'of' && owner && (owner.pos === 'PRON' || owner.pos === 'DET')) j += 2;
  // "4 of the 14 hotels": the part is counted, the whole after it is not
  if (j > i + 1 && tokens[j]?.pos === 'NUM') j += 1;
  let head: Token | null = null;
  for (let k = 0; k <= MAX_MODIFIERS; k++) {
    const token = tokens[j + k];
    if (!token) break;
    // the tagger may read a plural noun as a verb ("14 new hires")
    if (kindOf(token) && (MODIFIERS.has(token.pos) || token.pos === 'VERB')) head = token;
    else if (head || !MODIFIERS.has(token.pos)) break;
  }
  return head;
}

// the whole in "4 of the 14 hotels"
function partOf(tokens: readonly Token[], i: number): boolean {
  const of = tokens[i - 2];
  return tokens[i - 3]?.pos === 'NUM' && of?.normal === 'of' && tokens[i - 1]?.pos === 'DET';
}

function words(tokens: readonly Token[]): string {
  return tokens.map((token) => token.text).join(' ');
}

/** The counts of people and of organisations in one sentence, in order. */
export function readCounts(sentence: Sentence): Count[] {
  const out: Count[] = [];
  const tokens = sentence.tokens;
  tokens.forEach((token, i) => {
    if (token.pos !== 'NUM' || !DIGITS.test(token.text)) return;
    const inside = sentence.entities.find((e) => e.start <= token.start && e.end >= token.end);
    if (inside && NOT_COUNTS.has(inside.type)) return;
    const before = tokens[i - 1];
    if (partOf(tokens, i)) return;
    // "top 10 orgs" ranks, "24x7" is a schedule: neither counts who is hit
    if (before && NOT_BEFORE.has(before.normal)) return;
    const glued = tokens[i + 1];
    if (glued && glued.start === token.end && glued.kind === 'word') return;
    const value = Number(token.text.replace(/,/g, ''));
    if (!Number.isInteger(value) || value <= 0 || value >= 10_000_000) return;
    const noun = countedNoun(tokens, i);
    if (!noun) return;
    // "2,000 concurrent users": a load figure, not people hit
    if (tokens.slice(i + 1, tokens.indexOf(noun)).some((t) => LOAD.has(t.normal))) return;
    const kind = kindOf(noun);
    // a singular noun after a number above one names a model or version ("Android 14 user")
    if (!kind || (value !== 1 && !plural(noun))) return;
    const last = tokens.indexOf(noun);
    const besides = BESIDES.has(tokens[i + 1]?.normal ?? '');
    out.push({
      value,
      kind,
      before: words(tokens.slice(0, i)),
      after: words(tokens.slice(last + 1)),
      besides,
      noun: last,
    });
  });
  return out;
}
