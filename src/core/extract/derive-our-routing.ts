/**
 * @module Our side's own routing decision, as cited signals: when our staff say they are taking
 * the case to a team ("looped in security", "escalating to our security on-call", "I've passed it
 * to our engineering team", "flagged it to the VP CS"), the thread itself says which team has the
 * next move. Engineering named as doing work still to do ("our engineers are working on it",
 * "eng will add the setting") and leadership named as the one to decide ("for the VP CS to
 * decide", "needs leadership approval") say the same, and so does product named as the one to decide
 * ("needs product sign-off", "for product to decide", "a product decision"). A denied, asked, doubted or conditional
 * routing ("no need to involve security", "should I page eng?") decides nothing, "the security
 * settings" names a setting, not a team, and "their CFO is involved" is the customer's person.
 */
import { isDenied } from '../language/polarity.js';
import { holdsAny } from '../language/sentence-words.js';
import type { Sentence, Token } from '../language/types.js';
import type { Trace } from '../model/trace.js';
import type { ExtractContext } from './context.js';
import { isOurs } from './derive-assessment.js';
import { readApproval } from './read-approval.js';
import { readsEngineeringAtWork } from './reads-engineering-work.js';
import { sumsIn, thresholdRule } from './reads-threshold-rule.js';
import { COMPENSATION } from './signal-cues.js';

const set = (words: string): ReadonlySet<string> => new Set(words.split(' '));
const SECURITY_TEAM = set('security infosec secops');
/** what names our engineering team; "dev" alone is too often a person's name */
export const ENGINEERING_TEAM = set('engineering eng engineers developers');
const LEADERSHIP_TEAM = set('leadership management vp vps exec execs executive executives cto ceo coo cfo');
// handing a case over or pulling a team in
const ROUTE = set('take escalate loop ping page hand pass raise involve bring flag notify forward alert');
// what may follow the team's name and still name the team
const TEAM_HEAD = set('team teams on oncall on-call folks people triage channel lead');
// someone else's people: "their CFO", "your developers"
const NOT_OURS = set('their your his her customer customers client');
// product named as the one to decide; "the product" is what we sell, so only a decision makes it a team
const PRODUCT_TEAM = set('product pm pms');

export type RoutedTeam = 'security' | 'engineering' | 'leadership' | 'product';

export interface OurRoutingSignal {
  readonly cites: readonly string[];
  readonly traces: readonly Trace[];
}

const isTeam = (t: readonly Token[], i: number): boolean => {
  const next = t[i + 1];
  return (
    !next ||
    next.pos === 'PUNCT' ||
    next.pos === 'VERB' ||
    next.pos === 'AUX' ||
    TEAM_HEAD.has(next.normal) ||
    next.pos === 'ADP' ||
    next.pos === 'ADV'
  );
};

// a title's qualifier: "VP CS", "VP Finance"
const isQualifier = (k: Token | undefined): boolean =>
  k !== undefined &&
  k.kind === 'word' &&
  k.text[0] !== k.text[0]?.toLowerCase() &&
  (k.pos === 'PROPN' || k.pos === 'NOUN');

// the team's last token: past a title's qualifiers for leadership
function teamEnd(t: readonly Token[], i: number, words: ReadonlySet<string>): number {
  let end = i;
  if (words === LEADERSHIP_TEAM) while (end < i + 2 && isQualifier(t[end + 1])) end++;
  return end;
}

// "their CFO", "Nordhafen's CTO", and a title as a modifier's head: "delivery management", "the
// delivery executive" name another function, not our leadership or engineering
const someoneElses = (t: readonly Token[], i: number): boolean => {
  const before = t[i - 1];
  const normal = before?.normal ?? '';
  if (NOT_OURS.has(normal) || normal === "'s" || normal === '’s') return true;
  return before !== undefined && (before.pos === 'NOUN' || before.pos === 'PROPN');
};

// a title that heads a named function: "the Head of Risk Ops", "Head of Finance"; "head of the
// queue" and "head over to …" name no one (the function must be written as a name)
const HEAD = set('head');
const isTitleHead = (t: readonly Token[], i: number): boolean => {
  const k = t[i];
  const fn = t[i + 2];
  return k?.text === 'Head' && t[i + 1]?.normal === 'of' && fn !== undefined && isQualifier(fn);
};

function ourTeamAt(s: Sentence, words: ReadonlySet<string>, named = true): number {
  const titled = words === LEADERSHIP_TEAM && holdsAny(s, HEAD);
  if (!titled && !holdsAny(s, words)) return -1;
  const t = s.tokens;
  return t.findIndex((k, i) => {
    if (titled && isTitleHead(t, i)) return !k.negated && !isDenied(s, i) && !someoneElses(t, i);
    if (!words.has(k.normal) || k.negated || isDenied(s, i)) return false;
    if (words !== SECURITY_TEAM && someoneElses(t, i)) return false;
    if (!named) return true;
    const end = teamEnd(t, i, words);
    // "our product and engineering teams", "our management and …"; security reads as before
    return isTeam(t, end) || (words !== SECURITY_TEAM && t[end + 1]?.pos === 'CCONJ');
  });
}

/**
 * A verb of `words` by its lemma or, as the tagger reads a sentence-initial "Looping in …" or
 * "Downgrading it …" as a name, by its -ing/-ed form.
 */
export function isVerbIn(k: Token, words: ReadonlySet<string>): boolean {
  const stem = k.normal.replace(/(?:ing|ed)$/, '');
  if (words.has(k.lemma) && (k.pos === 'VERB' || stem !== k.normal)) return true;
  return stem !== k.normal && (words.has(stem) || words.has(`${stem}e`) || words.has(stem.slice(0, -1)));
}

const isRouteVerb = (k: Token): boolean => isVerbIn(k, ROUTE);

const settled = (s: Sentence): boolean => !(s.question || s.conditional || s.hedged);

/**
 * Our side handing the case to a team named by `words`: "Taking it to security", "Escalating to
 * eng". Beyond security the team must follow the verb, as where the case goes: "engineers were
 * alerted", "engineers escalated it to the vendor" tell what the team did or was told.
 */
function routesTo(s: Sentence, words: ReadonlySet<string>): boolean {
  if (!settled(s)) return false;
  const team = ourTeamAt(s, words);
  if (team < 0) return false;
  const before = words === SECURITY_TEAM ? s.tokens.length : team;
  return s.tokens.some((k, i) => i < before && isRouteVerb(k) && !k.negated && !isDenied(s, i));
}

/** "Taking it to security", "Security pinged", "I looped in the security team". */
export function routesToSecurity(s: Sentence): boolean {
  return routesTo(s, SECURITY_TEAM);
}

/** "I've passed your request to our engineering team", "Escalating to eng", "Raising with eng on-call". */
export function routesToEngineering(s: Sentence): boolean {
  return routesTo(s, ENGINEERING_TEAM);
}

/**
 * A decision our side leaves pending with a team of `words` (readApproval's reading): the approver
 * names the team (or, for leadership, a "Head of <function>" title), no one else's, and the
 * decision word is not denied.
 */
function pendingWith(s: Sentence, words: ReadonlySet<string>): boolean {
  if (!settled(s)) return false;
  const read = readApproval(s);
  if (read?.state !== 'pending' || isDenied(s, read.at)) return false;
  const t = s.tokens;
  // the approver, or whom the approver stands for ("Anand can decide for Product")
  return [read.approverAt, read.behalf].some(([from, to]) => namesTeam(t, from, to, words));
}

function namesTeam(t: readonly Token[], from: number, to: number, words: ReadonlySet<string>): boolean {
  for (let k = from; k < to; k++) {
    const titled = words === LEADERSHIP_TEAM && isTitleHead(t, k);
    if (!(titled || words.has(t[k]?.normal ?? '')) || t[k]?.negated) continue;
    // "their PM", "Nordhafen's CTO", "delivery management": someone else's, or another function's
    const own = k === from ? !someoneElses(t, k) : t[k - 1]?.pos === 'DET';
    if (own) return true;
  }
  return false;
}

/** "I've flagged it to the VP CS", "passed your questions to our management", "for the VP to decide". */
export function routesToLeadership(s: Sentence): boolean {
  return routesTo(s, LEADERSHIP_TEAM) || pendingWith(s, LEADERSHIP_TEAM);
}

/**
 * "Needs product sign-off", "for product to decide", "that's a product decision", "PM has to
 * approve": our side says the call is product's. A decision word that heads a noun names a thing
 * ("the product approval queue"), and "the product" or "their PM" is no team of ours.
 */
export function routesToProduct(s: Sentence): boolean {
  return holdsAny(s, PRODUCT_TEAM) && pendingWith(s, PRODUCT_TEAM);
}

/**
 * The largest sum the case's amends name: a credit, refund or waiver asked, offered or given, in a
 * statement that is no rule ("Refunded the €15 fee", "we want a €300 credit"), leaving out a
 * limit someone holds ("inside my €50"). -1 when no amends name a sum.
 */
function largestAmends(ctx: ExtractContext): number {
  let largest = -1;
  for (const item of ctx.items) {
    if (item.unit === 'field') continue;
    item.analyzed.forEach((s, index) => {
      if (s.question || thresholdRule(s) !== null || !COMPENSATION.test(item.sentences[index] ?? s.text))
        return;
      for (const sum of sumsIn(s))
        if (!LIMIT_OWNERS.has(s.tokens[sum.at - 1]?.normal ?? '')) largest = Math.max(largest, sum.value);
    });
  }
  return largest;
}
const LIMIT_OWNERS = set('my your our');

/**
 * "Anything over €50 is a leadership call" states when leadership decides; it takes this case to
 * leadership only when the case's amends reach past the threshold.
 */
function ruleMet(s: Sentence, largest: () => number): boolean {
  const threshold = thresholdRule(s);
  return threshold === null || largest() > threshold;
}

/** Each team's reading of one sentence of ours: the rule that read it, or null. */
const READERS: Record<RoutedTeam, (s: Sentence, largest: () => number) => string | null> = {
  security: (s) => (routesToSecurity(s) ? 'our-routing-security' : null),
  engineering: (s) =>
    routesToEngineering(s)
      ? 'our-routing-engineering'
      : readsEngineeringAtWork(s)
        ? 'engineering-at-work'
        : null,
  leadership: (s, largest) =>
    routesToLeadership(s) && ruleMet(s, largest) ? 'our-routing-leadership' : null,
  product: (s) => (routesToProduct(s) ? 'our-routing-product' : null),
};

/** Our staff's sentences that take the case to `team` (the security team by default), with traces. */
export function deriveOurRouting(ctx: ExtractContext, team: RoutedTeam = 'security'): OurRoutingSignal {
  const reads = READERS[team];
  const traces: Trace[] = [];
  // the case's largest amends, read once and only when a rule with a threshold asks for it
  let largest: number | undefined;
  const amends = (): number => {
    largest ??= largestAmends(ctx);
    return largest;
  };
  for (const item of ctx.items) {
    if (!isOurs(item)) continue;
    for (const sentence of item.analyzed) {
      const rule = reads(sentence, amends);
      if (rule) traces.push({ mechanism: 'structure', rule, evidence: item.id, sentence: sentence.text });
    }
  }
  const kept = traces.slice(0, 5);
  return { cites: [...new Set(kept.map((t) => t.evidence))], traces: kept };
}
