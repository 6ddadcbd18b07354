/**
 * @module Our side's own routing decision, as a cited signal: when our staff say they are taking
 * the case to the security team ("looped in security", "escalating to our security on-call"),
 * the thread itself says it is a suspected security or privacy matter. A denied, asked, doubted or
 * conditional routing ("no need to involve security") decides nothing, and "the security
 * settings" names a setting, not a team.
 */
import { isDenied } from '../language/polarity.js';
import type { Sentence, Token } from '../language/types.js';
import type { Trace } from '../model/trace.js';
import type { ExtractContext } from './context.js';
import { isOurs } from './derive-assessment.js';

const set = (words: string): ReadonlySet<string> => new Set(words.split(' '));
const SECURITY_TEAM = set('security infosec secops');
// handing a case over or pulling a team in
const ROUTE = set('take escalate loop ping page hand pass raise involve bring flag notify forward alert');
// what may follow the team's name and still name the team
const TEAM_HEAD = set('team on oncall on-call folks people triage channel lead');

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

// the tagger reads a sentence-initial "Looping in …" as a name: read the verb from its form too
function isRouteVerb(k: Token): boolean {
  if (ROUTE.has(k.lemma) && (k.pos === 'VERB' || /(?:ing|ed)$/.test(k.normal))) return true;
  const stem = k.normal.replace(/(?:ing|ed)$/, '');
  return stem !== k.normal && (ROUTE.has(stem) || ROUTE.has(`${stem}e`) || ROUTE.has(stem.slice(0, -1)));
}

/** "Taking it to security", "Security pinged", "I looped in the security team". */
export function routesToSecurity(s: Sentence): boolean {
  if (s.question || s.conditional || s.hedged) return false;
  const t = s.tokens;
  const team = t.findIndex((k, i) => SECURITY_TEAM.has(k.normal) && isTeam(t, i));
  if (team < 0 || isDenied(s, team) || t[team]?.negated) return false;
  return t.some((k, i) => isRouteVerb(k) && !k.negated && !isDenied(s, i));
}

/** Our staff's sentences that take the case to the security team, with traces. */
export function deriveOurRouting(ctx: ExtractContext): OurRoutingSignal {
  const traces: Trace[] = [];
  for (const item of ctx.items) {
    if (!isOurs(item)) continue;
    for (const sentence of item.analyzed)
      if (routesToSecurity(sentence))
        traces.push({
          mechanism: 'structure',
          rule: 'our-routing-security',
          evidence: item.id,
          sentence: sentence.text,
        });
  }
  const kept = traces.slice(0, 5);
  return { cites: [...new Set(kept.map((t) => t.evidence))], traces: kept };
}
