/**
 * @module The customer-safe update: built only from public evidence and public facts, gated
 * commitments as placeholders tied to pending gates, then passed through the leak guard.
 */
import { askWords } from '../extract/extract-asks.js';
import type { Gate } from '../model/packet.js';
import { claimText, oneLine } from './claim-text.js';
import { internalOnlyTokens } from './internal-tokens.js';
import { guardCustomerText, leakReason } from './leak-guard.js';
import type { RenderInput } from './render-input.js';
import { isPublicClaim, publicEvidenceIds } from './visibility.js';

export interface Placeholder {
  readonly token: string;
  readonly gate: string;
}

export interface CustomerUpdate {
  readonly text: string;
  readonly placeholders: readonly Placeholder[];
  /** sentences the leak guard removed (reported as packet warnings) */
  readonly removed: readonly string[];
}

const MAX_ASKS = 3;
const MAX_SYMPTOMS = 2;
const ETA_ASK = /\b(when|how long|eta|timeline|time ?frame|by when|fixed by|expect)\b/i;
// a credit card or a discount code is not a request for compensation
const COMPENSATION_ASK =
  /\b(?:credit(?!\s*cards?\b)s?|refund\w*|compensat\w*|reimburs\w*|money back|free months?|months? free|discount(?!\s*codes?\b)s?)\b/i;
const GATED_TOKENS: ReadonlyArray<readonly [Gate['kind'], string, string]> = [
  ['severity', '{{SEVERITY}}', 'Priority we have assigned'],
  ['eta', '{{ETA}}', 'Expected timing'],
  ['compensation', '{{COMPENSATION}}', 'Regarding your request about the account'],
];

function pendingGate(gates: readonly Gate[], kind: Gate['kind']): Gate | undefined {
  return gates.find((g) => g.kind === kind && g.state === 'pending');
}

function customerFirstName(input: RenderInput, publicIds: ReadonlySet<string>): string | null {
  const first = input.evidence.find(
    (e) => publicIds.has(e.id) && e.author?.role === 'customer' && e.author.side === 'external',
  );
  const name = first?.author?.name.trim().split(/\s+/)[0] ?? '';
  return /^[A-Z][a-z'-]{1,30}$/.test(name) ? name : null;
}

function approved(input: RenderInput, key: string, fallback: string): string {
  const text = input.policy.language.approved[key];
  return text && !/\{\{|\[/.test(text) ? text : fallback;
}

/** The customer's own words, quoted (so they read as theirs, not as our statement). */
function quoted(text: string): string {
  const line = oneLine(text, 220)
    .replace(/["“”]/g, "'")
    .replace(/[;:,\s]+$/, '');
  return line.length === 0 ? '' : `"${line}"`;
}

/** Builds the customer update from public material only and guards it before returning. */
export function buildCustomerUpdate(input: RenderInput): CustomerUpdate {
  const { facts, decision, gates } = input;
  const publicIds = publicEvidenceIds(input.evidence, input.sources);
  const isPublic = (cites: readonly string[]) => isPublicClaim(cites, publicIds);
  const placeholders: Placeholder[] = [];
  const use = (kind: Gate['kind'], token: string): string | null => {
    const gate = pendingGate(gates, kind);
    if (!gate) return null;
    if (!placeholders.some((p) => p.token === token)) placeholders.push({ token, gate: gate.id });
    return token;
  };

  const name = customerFirstName(input, publicIds);
  const out: string[] = [name ? `Hi ${name},` : 'Hello,', ''];
  out.push(
    approved(input, 'acknowledge', 'Thank you for reporting this and for the detail you have shared.'),
  );

  // "you told us" only for what the customer said, not what our agents wrote in public replies
  const customerSaid = new Set(
    input.evidence
      .filter((e) => publicIds.has(e.id) && e.author?.role !== 'support' && e.author?.side !== 'internal')
      .map((e) => e.id),
  );
  const fromCustomer = (cites: readonly string[]) =>
    isPublic(cites) && cites.some((id) => customerSaid.has(id));
  const problem = facts.problem && fromCustomer(facts.problem.cites) ? claimText(facts.problem.value) : '';
  const symptoms = facts.symptoms.filter((s) => fromCustomer(s.cites)).slice(0, MAX_SYMPTOMS);
  if (problem) out.push(`You told us: ${quoted(problem)}`);
  for (const symptom of symptoms) out.push(`You also reported: ${quoted(claimText(symptom.value))}`);
  const users = facts.affected.users;
  if (users && isPublic(users.cites) && typeof users.value === 'number') {
    out.push(`We understand this affects ${users.value} of your users.`);
  }
  out.push('');

  const team = decision.escalate ? decision.targets[0]?.team : undefined;
  out.push(
    team
      ? approved(
          input,
          'investigating',
          `We have passed this to our ${team.toLowerCase()} team, who are investigating it with us now.`,
        )
      : approved(input, 'investigating', 'Our support team is investigating this now.'),
  );
  if (facts.workaround.exists && facts.workaround.text && isPublic(facts.workaround.cites)) {
    out.push(`We have noted the workaround in place for now: ${quoted(facts.workaround.text)}`);
  }

  const internal = internalOnlyTokens(input.evidence, input.sources);
  // an ask the guard would drop (it names an internal host, say) leaves the question list early, not as a hole
  const asks = facts.customerAsks
    .filter(
      // the customer's own message is what we quote back; a problem context beside it is for us
      (a) =>
        isPublic(a.cites.slice(0, 1)) &&
        leakReason(quoted(askWords(claimText(a.value))), internal, input.policy) === null,
    )
    .slice(0, MAX_ASKS);
  if (asks.length > 0) {
    out.push('', 'On your questions:');
    for (const ask of asks) {
      const text = askWords(claimText(ask.value));
      let answer = approved(input, 'followUp', 'We will answer this in our next update.');
      if (ETA_ASK.test(text)) {
        const token = use('eta', '{{ETA}}');
        answer = token ? `Timing: ${token}` : 'We will share timing as soon as we can confirm it.';
      } else if (COMPENSATION_ASK.test(text)) {
        const token = use('compensation', '{{COMPENSATION}}');
        answer = token ?? 'We are reviewing this request with the account team.';
      }
      out.push(`- ${quoted(text)}: ${answer}`);
    }
  }

  // a credit only our draft offered is for the approver to weigh, not news for the customer
  const customerAskedCompensation = input.evidence.some(
    (e) => customerSaid.has(e.id) && COMPENSATION_ASK.test(e.text),
  );
  const gated: string[] = [];
  for (const [kind, token, label] of GATED_TOKENS) {
    if (placeholders.some((p) => p.token === token)) continue;
    if (kind === 'compensation' && !customerAskedCompensation) continue;
    const used = use(kind, token);
    if (used) gated.push(`${label}: ${used}`);
  }
  if (gated.length > 0) out.push('', ...gated);

  const cadence = decision.severity ? input.policy.cadence[decision.severity.level] : undefined;
  out.push(
    '',
    cadence
      ? `We will keep you updated ${cadence.customerLabel} until this is resolved.`
      : 'We will keep you updated as we learn more.',
    '',
    'Best regards,',
    'The support team',
  );

  const guard = guardCustomerText(out.join('\n'), internal, input.policy);
  const kept = placeholders.filter((p) => guard.text.includes(p.token));
  return { text: `${guard.text.trim()}\n`, placeholders: kept, removed: guard.removed };
}
