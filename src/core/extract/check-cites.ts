/** @module Checks that every claim's cites exist and contain the claim's substance. */
import type { Evidence } from '../model/evidence.js';
import type { Facts } from '../model/packet.js';
import { contentWords } from './text/content-words.js';

/** One claim whose cites do not back it. */
export interface CiteProblem {
  readonly path: string;
  readonly value: string;
  readonly reason: string;
}

const DATE = /^\d{4}-\d\d-\d\d/;

/** True when `text` holds the value's substance: a number, a date or one content word. */
export function containsSubstance(value: unknown, text: string): boolean {
  // digits as a whole number, thousands separators ignored: 3 is not backed by "30"
  if (typeof value === 'number')
    return new RegExp(`(?<!\\d)${Math.abs(value)}(?!\\d)`).test(text.replace(/(\d),(?=\d{3}\b)/g, '$1'));
  const v = String(value);
  // a resolved date is backed by any date phrase; the exact day is the resolver's job
  if (DATE.test(v))
    return /\d|\b(?:mon|tue|wed|thu|fri|sat|sun)\w*|\b(?:yesterday|today|tonight|morning|week|month)\b/i.test(
      text,
    );
  const textWords = new Set(contentWords(text));
  // whole words only: "2026.10.13" is not backed by "r2026.10.13-2"
  return contentWords(v).some((w) => textWords.has(w));
}

/** Every claim of `facts` whose cites are missing, draft items, or do not contain the substance. */
export function checkCites(
  facts: Facts,
  evidence: readonly Evidence[],
  draftIds: ReadonlySet<string>,
): CiteProblem[] {
  const byId = new Map(evidence.map((e) => [e.id, e] as const));
  const problems: CiteProblem[] = [];
  const check = (path: string, value: unknown, cites: readonly string[]): void => {
    if (cites.length === 0) problems.push({ path, value: String(value), reason: 'no cites' });
    const texts: string[] = [];
    for (const id of cites) {
      const ev = byId.get(id);
      if (!ev) problems.push({ path, value: String(value), reason: `unknown id ${id}` });
      else if (draftIds.has(id)) problems.push({ path, value: String(value), reason: `cites draft ${id}` });
      else texts.push(ev.text);
    }
    if (texts.length > 0 && !texts.some((t) => containsSubstance(value, t)))
      problems.push({ path, value: String(value), reason: 'substance not in cited text' });
  };
  const one = (path: string, c: { value: unknown; cites: string[] } | null): void => {
    if (c) check(path, c.value, c.cites);
  };
  const many = (path: string, cs: ReadonlyArray<{ value: unknown; cites: string[] }>): void => {
    cs.forEach((c, i) => {
      check(`${path}[${i}]`, c.value, c.cites);
    });
  };
  one('account', facts.account);
  one('tier', facts.tier);
  one('problem', facts.problem);
  many('symptoms', facts.symptoms);
  many('errors', facts.errors);
  one('affected.users', facts.affected.users);
  one('affected.accounts', facts.affected.accounts);
  one('affected.scope', facts.affected.scope);
  one('startedAt', facts.startedAt);
  many('environment', facts.environment);
  facts.tried.forEach((t, i) => {
    check(`tried[${i}]`, t.action, t.cites);
  });
  if (facts.workaround.text) check('workaround', facts.workaround.text, facts.workaround.cites);
  many('customerAsks', facts.customerAsks);
  facts.deadlines.forEach((d, i) => {
    check(`deadlines[${i}]`, d.text, d.cites);
  });
  many('commitments', facts.commitments);
  many('posture', facts.posture);
  many('hypotheses', facts.hypotheses);
  many('pattern', facts.pattern);
  return problems;
}
