/**
 * @module The customer-facing steps from the team's docs: the numbered or bulleted steps of the
 * best chosen *public* article that answers the handoff, with its link. Internal runbooks never
 * reach this function's output; each step must pass the leak guard on its own.
 */
import type { ChosenArticle } from '../knowledge/consult-knowledge.js';
import type { Policy } from '../policy/policy-schema.js';
import type { InternalTokens } from './internal-tokens.js';
import { leakReason } from './leak-guard.js';
import type { Steps } from './update-steps.js';

export interface KnowledgeSteps {
  readonly steps: Steps;
  /** the article's public link, when it has one that passes the guard */
  readonly link: string | null;
  readonly cite: string;
}

const SAFE_URL = /^https?:\/\/[^\s"'<>]{3,300}$/;

/** The best chosen public article's steps, or null when none answers the handoff with steps. */
export function knowledgeSteps(
  chosen: readonly ChosenArticle[] | undefined,
  internal: InternalTokens,
  policy: Policy,
): KnowledgeSteps | null {
  for (const c of chosen ?? []) {
    if (c.article.visibility !== 'public' || c.considered.answers === undefined) continue;
    const steps = c.steps.filter((s) => leakReason(s, internal, policy) === null);
    if (steps.length === 0) continue;
    const url = c.article.url;
    const link = url && SAFE_URL.test(url) && leakReason(url, internal, policy) === null ? url : null;
    const title = c.article.title.replace(/["“”]/g, "'").trim();
    return {
      steps: { intro: `Our help article "${title}" covers this:`, steps, partial: false },
      link,
      cite: c.cite,
    };
  }
  return null;
}

/** The line that points to the whole article. */
export function articleLinkLine(link: string): string {
  return `The full article is here: ${link}`;
}
