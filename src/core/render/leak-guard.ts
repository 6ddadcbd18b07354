/**
 * @module The last line of defence for customer text: any sentence that carries an internal-only
 * token, a staff name, a never-say phrase or a gated commitment outside a placeholder is removed.
 */
import type { Policy } from '../policy/policy-schema.js';
import { findOwnCommitment } from './gated-commitments.js';
import type { InternalTokens } from './internal-tokens.js';
import { tokenMatcher } from './token-matcher.js';

export interface GuardResult {
  readonly text: string;
  /** the removed sentences with the reason, for the packet's warnings */
  readonly removed: readonly string[];
}

const PLACEHOLDER = /\{\{[A-Z_]+\}\}/g;

function safeRegExp(pattern: string): RegExp | null {
  try {
    return new RegExp(pattern, 'i');
  } catch {
    return null;
  }
}

/** Why a sentence may not go to the customer, or null when it may. */
export function leakReason(sentence: string, internal: InternalTokens, policy: Policy): string | null {
  const bare = sentence.replace(PLACEHOLDER, ' ');
  const found = tokenMatcher(internal).find(bare);
  if (found) return found.kind === 'token' ? `internal-only term "${found.value}"` : 'internal name';
  for (const rule of policy.language.neverSay) {
    const pattern = safeRegExp(rule.pattern);
    if (pattern?.test(bare)) return `never-say (${rule.kind}): ${rule.why}`;
  }
  const commitment = findOwnCommitment(bare);
  if (commitment) return `${commitment.kind} commitment "${commitment.words}" outside a placeholder`;
  return null;
}

/** Removes every line or sentence that leaks; keeps the rest of the text and its layout. */
export function guardCustomerText(text: string, internal: InternalTokens, policy: Policy): GuardResult {
  const removed: string[] = [];
  const lines: string[] = [];
  for (const line of text.split('\n')) {
    const pieces = line.split(/(?<=[.!?])\s+/);
    const kept = pieces.filter((piece) => {
      const reason = leakReason(piece, internal, policy);
      if (reason) removed.push(`customer update: removed a sentence (${reason})`);
      return reason === null;
    });
    if (kept.length === pieces.length) lines.push(line);
    else if (kept.length > 0) lines.push(kept.join(' '));
  }
  const cleaned = lines.join('\n').replace(/\n{3,}/g, '\n\n');
  return { text: cleaned, removed };
}
