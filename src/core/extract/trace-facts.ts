/**
 * @module Every fact explains itself: the extractor that produced it, the evidence it came from
 * and the sentence there that carries it. Added here, once, for every kind of fact.
 */
import type { Facts } from '../model/packet.js';
import type { Trace } from '../model/trace.js';
import type { ExtractContext, Item } from './context.js';
import { contentWords } from './text/content-words.js';

/** The sentence of `item` sharing most content words with `text` (the first on a tie). */
export function bestSentence(item: Item, text: string): string {
  const wanted = new Set(contentWords(text));
  let best = item.sentences[0] ?? item.ev.text.slice(0, 400);
  let bestScore = -1;
  for (const sentence of item.sentences) {
    const score = contentWords(sentence).filter((w) => wanted.has(w)).length;
    if (score > bestScore) {
      best = sentence;
      bestScore = score;
    }
  }
  // a date or a count shares no word with its sentence: take the first sentence naming a time
  if (bestScore <= 0) {
    const dated = item.analyzed.find((s) => s.entities.some((e) => TIMELY.has(e.type)));
    if (dated) return dated.text;
  }
  return best;
}

const TIMELY = new Set(['date', 'time', 'duration']);

type Traced = { readonly cites: readonly string[]; readonly trace?: Trace };

/** Traces every fact of `facts` (a copy; facts that already carry a trace keep it). */
export function traceFacts(facts: Facts, ctx: ExtractContext): Facts {
  const byId = new Map(ctx.items.map((i) => [i.id, i] as const));
  const trace = <T extends Traced>(fact: T, rule: string, text: string): T => {
    if (fact.trace) return fact;
    const evidence = fact.cites[0];
    const item = evidence === undefined ? undefined : byId.get(evidence);
    if (evidence === undefined || !item) return fact;
    const field = item.unit === 'field' || item.unit === 'account';
    const t: Trace = {
      mechanism: field ? 'field' : 'pattern',
      rule,
      evidence,
      sentence: bestSentence(item, text),
    };
    return { ...fact, trace: t };
  };
  const one = <T extends Traced & { value: unknown }>(fact: T | null, rule: string): T | null =>
    fact && trace(fact, rule, String(fact.value));
  const all = <T extends Traced & { value: unknown }>(list: readonly T[], rule: string): T[] =>
    list.map((f) => trace(f, rule, String(f.value)));
  return {
    ...facts,
    account: one(facts.account, 'extract-account'),
    tier: one(facts.tier, 'extract-tier'),
    problem: one(facts.problem, 'extract-problem'),
    symptoms: all(facts.symptoms, 'extract-symptoms'),
    errors: all(facts.errors, 'extract-errors'),
    affected: {
      ...facts.affected,
      users: one(facts.affected.users, 'extract-affected'),
      accounts: one(facts.affected.accounts, 'extract-affected'),
      scope: one(facts.affected.scope, 'extract-affected'),
    },
    startedAt: one(facts.startedAt, 'extract-started-at'),
    environment: all(facts.environment, 'extract-environment'),
    tried: facts.tried.map((t) => trace(t, 'extract-tried', `${t.action} ${t.result ?? ''}`)),
    workaround:
      facts.workaround.cites.length > 0
        ? trace(facts.workaround, 'extract-workaround', facts.workaround.text ?? '')
        : facts.workaround,
    customerAsks: all(facts.customerAsks, 'extract-asks'),
    deadlines: facts.deadlines.map((d) => trace(d, 'extract-deadlines', d.text)),
    commitments: all(facts.commitments, 'extract-commitments'),
    posture: all(facts.posture, 'extract-posture'),
    hypotheses: all(facts.hypotheses, 'extract-hypotheses'),
    reproduction:
      facts.reproduction &&
      trace(facts.reproduction, 'extract-reproduction', facts.reproduction.steps.join(' ')),
    pattern: all(facts.pattern, 'extract-pattern'),
  };
}
