/**
 * @module A defect our side confirmed by confirming a guess: "smells like the serializer change" …
 * "yep. the v3 serializer …", "It's ours." beside our reading. When one of our people (not the
 * customer, not words passed on from them) confirms a guess whose cause lies on our side — a change
 * of ours, a fault we own — the defect is confirmed, cited to the guess and to the confirmation. A
 * confirmed cause on the customer's side confirms no defect of ours, and our later "not a bug" or
 * "works as designed" takes it back.
 */
import { analyze } from '../language/analyze.js';
import { clausesOf } from '../language/clause.js';
import { reportedBy } from '../language/reported-speech.js';
import type { Sentence } from '../language/types.js';
import type { Trace } from '../model/trace.js';
import type { ExtractContext, Item } from './context.js';
import { isOurs } from './derive-assessment.js';
import { confirmations } from './extract-hypotheses.js';
import { causeSideOf } from './hypothesis-confirmation.js';
import { deniesWholeDefect } from './read-assessment.js';

export interface ConfirmedDefect {
  readonly cites: readonly string[];
  readonly traces: readonly Trace[];
}

// who on the other side can confirm something we then only pass on
const THEIR_SIDE = new Set(['customer', 'client', 'they', 'she', 'he', 'user', 'merchant', 'admin']);
const MAX_SENTENCE = 400;

/**
 * "the customer confirmed it", "customer blames fw 4.2.1", "she says it's the import": the
 * confirming words are the other side's, passed on by us — a reported clause, or a sentence whose
 * first clause has the other side as its subject.
 */
function relayed(s: Sentence): boolean {
  if (reportedBy(s) !== null) return true;
  const subject = clausesOf(s)[0]?.subject;
  return subject !== null && subject !== undefined && THEIR_SIDE.has(subject.lemma);
}

/** Our side's "not a bug", "works as designed" after `from` (an item index): the confirmed defect taken back. */
function takenBack(items: readonly Item[], from: number): boolean {
  return items.slice(from + 1).some((item) => isOurs(item) && item.analyzed.some(deniesWholeDefect));
}

/** The confirmed guesses whose cause is on our side and which our people confirmed in their own words. */
export function confirmedDefects(ctx: ExtractContext): ConfirmedDefect {
  const at = new Map(ctx.items.map((item, n) => [item.id, n] as const));
  const cites: string[] = [];
  const traces: Trace[] = [];
  for (const c of confirmations(ctx)) {
    const by = ctx.items[at.get(c.byId) ?? -1];
    if (!by || !by.isStaff || by.isCustomer || !isOurs(by)) continue;
    // "yep." is read with what follows it: "yep. the customer confirmed …" passes their word on
    if ([...analyze(c.said).sentences, ...by.analyzed.slice(0, 2)].some(relayed)) continue;
    const guess = c.value.endsWith(c.said) ? c.value.slice(0, -c.said.length).trim() : c.value;
    if (takenBack(ctx.items, at.get(c.byId) ?? -1) || causeSideOf(guess, c.said) !== 'ours') continue;
    const rule = `confirmed-${c.kind}`;
    const pairs =
      c.guessId === c.byId
        ? [[c.byId, c.value]]
        : [
            [c.guessId, guess],
            [c.byId, c.said],
          ];
    for (const [evidence = '', sentence = ''] of pairs) {
      if (!cites.includes(evidence)) cites.push(evidence);
      traces.push({
        mechanism: 'confirmed-hypothesis',
        rule,
        evidence,
        sentence: sentence.slice(0, MAX_SENTENCE),
      });
    }
  }
  return { cites, traces };
}
