/**
 * @module Review of the team's own draft reply: ETAs, over-promises, blame, temperament, internal
 * leaks, compensation and severity labels, each finding quoting the draft's exact words.
 */

import { draftEvidence, publishedArticleIds } from '../evidence/visibility.js';
import type { Evidence, Source } from '../model/evidence.js';
import type { Gate } from '../model/packet.js';
import type { Policy } from '../policy/policy-schema.js';
import { checkClaims, GATE_OF, REWRITES } from './draft-claims.js';
import { internalOnlyTokens } from './internal-tokens.js';
import { splitSentences } from './split-sentences.js';
import { tokenMatcher } from './token-matcher.js';

export const FINDING_KINDS = [
  'unsupported',
  'fault',
  'eta',
  'overpromise',
  'blame',
  'temperament',
  'internal',
  'compensation',
  'severity',
  'unapproved',
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export interface Finding {
  readonly kind: string;
  readonly quote: string;
  readonly why: string;
  /** the evidence that contradicts the sentence, or the gate that must approve it first */
  readonly cites?: readonly string[];
  /** a safer sentence to use instead */
  readonly rewrite?: string;
}

/** What the review reads besides the draft: the facts and gates (optional for older callers). */
export interface ReviewContext {
  readonly gates?: readonly Gate[];
  readonly hypotheses?: readonly { readonly value: unknown; readonly cites: readonly string[] }[];
}

const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
const MAX_FINDINGS = 40;

/** General detectors, applied whatever the policy says. */
const DETECTORS: ReadonlyArray<readonly [FindingKind, RegExp, string]> = [
  [
    'eta',
    new RegExp(
      `\\b(?:by|before|until|no later than) (?:the )?(?:end of (?:the )?(?:day|week)|eod|tomorrow|tonight|noon|${WEEKDAY}|\\d{1,2}(?::\\d{2})?\\s*(?:am|pm)?)\\b|\\bwithin (?:the next )?(?:\\d+|one|two|a few)\\s*(?:min(?:ute)?s?|hours?|days?|business days?)\\b|\\b(?:today|tonight|tomorrow|this week|next week)\\b|\\b\\d{1,2}(?::\\d{2})?\\s*(?:am|pm)\\b`,
      'i',
    ),
    'a time or date promised before the ETA gate is approved',
  ],
  [
    'overpromise',
    /\b(?:guarantee\w*|will be (?:fixed|resolved)|(?:has|have) been (?:fixed|resolved)|is (?:now )?(?:fixed|resolved)|permanently|never happen again|100%|fully resolved|definitely|rest assured|no other customers?(?:'s)? (?:data|accounts?) (?:was|were) (?:exposed|affected))\b/i,
    'promises an outcome nobody has confirmed yet',
  ],
  [
    'blame',
    /\b(?:your (?:admin\w*|it (?:team|department)|network|firewall|proxy|browser|configuration|setup|team)|browser extensions?|ad ?blockers?|user error|on (?:your|their|its) (?:side|end)|(?:our|a|the|their) (?:\w+ )?(?:vendor|provider|partner|third[- ]party)|you (?:should have|didn't|did not|failed to))\b/i,
    'puts the fault on the customer or a third party before the cause is known',
  ],
  [
    'temperament',
    /\b(?:calm down|as i (?:already|previously) (?:said|explained|mentioned)|as (?:previously|already) (?:stated|mentioned|explained)|obviously|clearly you|please read|we are doing our best|be patient)\b/i,
    'tone that reads as impatient or dismissive',
  ],
  [
    'compensation',
    /\b(?:service credits?|credit (?:you|your account)|credits?|refund\w*|free months?|months? free|\d+% discount|discount (?:on|off) your|reimburs\w*)\b/i,
    'compensation needs the compensation gate',
  ],
  [
    'severity',
    /\b(?:sev(?:erity)?[ -]?[0-4]|P[0-4]|(?:critical|high|medium|low|top|urgent)[- ](?:severity|priority|incident))\b/i,
    'a severity label needs the severity gate',
  ],
];

function policyRules(policy: Policy): Array<readonly [string, RegExp, string]> {
  const rules: Array<readonly [string, RegExp, string]> = [];
  for (const rule of policy.language.neverSay) {
    try {
      rules.push([rule.kind, new RegExp(rule.pattern, 'i'), rule.why]);
    } catch {
      // an invalid pattern is the policy check's concern; skip it here
    }
  }
  return rules;
}

/**
 * Findings on the draft reply, or null when the handoff has no draft. Policy never-say rules come
 * first; one finding per kind and sentence.
 */
export function reviewDraft(
  evidence: readonly Evidence[],
  sources: readonly Source[],
  policy: Policy,
  context: ReviewContext = {},
): Finding[] | null {
  const draft = draftEvidence(evidence, sources);
  if (draft.length === 0) return null;
  // a published help article is public: its URLs and names are not internal when the draft repeats them
  const published = publishedArticleIds(evidence, sources);
  const readable = evidence.map((e) => (published.has(e.id) ? { ...e, visibility: 'public' as const } : e));
  const matcher = tokenMatcher(internalOnlyTokens(readable, sources));
  const gates = context.gates ?? [];
  const gateCite = (kind: string): string[] => {
    const gateKind = GATE_OF[kind];
    const gate = gateKind ? gates.find((g) => g.kind === gateKind) : undefined;
    return gate ? [gate.id] : [];
  };
  const rules = [...policyRules(policy), ...DETECTORS];
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const add = (
    kind: string,
    quote: string,
    why: string,
    cites: readonly string[] = gateCite(kind),
    rewrite: string | undefined = REWRITES[kind],
  ) => {
    const key = `${kind}\u0000${quote}`;
    if (seen.has(key) || findings.length >= MAX_FINDINGS) return;
    seen.add(key);
    findings.push({
      kind,
      quote,
      why,
      ...(cites.length > 0 ? { cites } : {}),
      ...(rewrite ? { rewrite } : {}),
    });
  };
  const others = evidence.filter((e) => !draft.includes(e));
  for (const item of draft) {
    for (const sentence of splitSentences(item.text)) {
      for (const claim of checkClaims(sentence, others, gates, context.hypotheses ?? []))
        add(claim.kind, sentence, claim.why, claim.cites, claim.rewrite ?? REWRITES[claim.kind]);
      for (const [kind, pattern, why] of rules) {
        if (pattern.test(sentence)) add(kind, sentence, why);
      }
      const found = matcher.find(sentence);
      // a sign-off line ("Best, Priya") names the sender on purpose
      const signOff = sentence.split(/\s+/).length <= 3;
      if (found?.kind === 'token') {
        add('internal', sentence, `names "${found.value}", which appears only in internal evidence`);
      } else if (found && !signOff) {
        add('internal', sentence, `names ${found.value}, known only from internal evidence`);
      }
    }
  }
  return findings;
}
