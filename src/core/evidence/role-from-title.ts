/** @module A person's role guessed from a job title (Slack profile, manifest, e-mail signature). */
import type { Role } from '../model/evidence.js';

// Checked in this order: "Head of Support" is leadership, "Support Engineer" is support,
// "Customer Success Engineer" is success, and only then does "engineer" mean engineering.
const RULES: readonly (readonly [Role, RegExp])[] = [
  [
    'leadership',
    /\b(vp|svp|evp|avp|vice[- ]president|head of|director|chief|ceo|cto|cio|coo|cfo|cro|ciso|president|founder|co-founder)\b/i,
  ],
  [
    'success',
    /\b(customer success|client success|csm|account manager|account executive|account director|relationship manager|technical account manager|tam)\b/i,
  ],
  [
    'support',
    /\b(support|cx|customer care|customer experience|customer service|help ?desk|service desk|escalations? (lead|manager|specialist))\b/i,
  ],
  [
    'engineering',
    /\b(engineer(ing)?|sre|site reliability|developer|dev ?ops|on-?call|platform|backend|back-end|frontend|front-end|full[- ]?stack|software|programmer|architect|infrastructure|security analyst|qa)\b/i,
  ],
];

/**
 * The role a job title implies, or null when the title says nothing usable.
 * @example roleFromTitle('Staff Engineer, Integrations') // 'engineering'
 */
export function roleFromTitle(title: string): Role | null {
  const trimmed = title.trim().slice(0, 200);
  if (trimmed === '') return null;
  for (const [role, pattern] of RULES) if (pattern.test(trimmed)) return role;
  return null;
}
