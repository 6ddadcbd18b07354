/**
 * @module "Could we at least waive the fee?", "we should credit them a month", "let's refund it":
 * our side weighing a step of its own. Read from structure: a modal with "we" as its subject (in a
 * question or a statement), or "let's" opening the sentence; never a condition ("if we can run your
 * code") or a denied modal ("we could not use it"). Another's words relayed ("she asked if
 * we could refund it") are not our proposal.
 */
import { isDenied } from '../language/polarity.js';
import type { Sentence, Token } from '../language/types.js';

const MODALS = new Set(['could', 'can', 'should', 'shall', 'might', 'may']);
const REPORTING = new Set(['ask', 'say', 'want', 'request', 'demand', 'tell', 'wonder', 'expect']);

const PURPOSE = new Set(['so', 'because', 'that', 'sure']);
const NOT = new Set(['not', "n't", 'never', 'no']);

const words = (s: Sentence): Token[] => s.tokens.filter((t) => t.kind === 'word');

/** True when the sentence proposes a step our side might take ("could we …", "we should …", "let's …"). */
export function readsOurProposal(s: Sentence): boolean {
  if (s.conditional) return false;
  const ws = words(s);
  if (ws.some((t) => REPORTING.has(t.lemma) && t.pos === 'VERB')) return false;
  if (ws[0]?.normal === "let's" || (ws[0]?.normal === 'let' && ws[1]?.normal === 'us')) return true;
  if (ws[0]?.normal === 'let' && (ws[1]?.normal === "'s" || ws[1]?.normal === 's')) return true;
  return ws.some((t, i) => {
    if (!MODALS.has(t.normal) || isDenied(s, s.tokens.indexOf(t))) return false;
    const next = ws[i + 1]?.normal;
    if (NOT.has(next ?? '')) return false;
    const prev = ws[i - 1]?.normal;
    // "could we …?" asks; "we could …" / "we should …" proposes
    // "so we can save it", "because we can test it": a purpose or a reason, not a proposal
    if (prev === 'we' && PURPOSE.has(ws[i - 2]?.normal ?? '')) return false;
    return (s.question && next === 'we') || prev === 'we';
  });
}
