/**
 * @module The named owner: the account's owner first, then the primary routing rule's owner,
 * then the owner of the product area; null when the policy names none.
 */
import type { Decision, Facts } from '../model/packet.js';
import type { Signals } from '../model/signals.js';
import type { Policy, RoutingRule } from '../policy/policy-schema.js';

function accountName(facts: Facts): string {
  const value = facts.account?.value;
  return typeof value === 'string' ? value.toLowerCase() : '';
}

/** Finds the owner for this case under `policy`. */
export function decideOwner(
  policy: Policy,
  facts: Facts,
  signals: Signals,
  primaryRule: RoutingRule | null,
): Decision['owner'] {
  const account = accountName(facts);
  if (account !== '') {
    for (const [name, owner] of Object.entries(policy.owners.byAccount)) {
      const key = name.toLowerCase();
      if (key !== '' && (account === key || account.includes(key))) {
        return { name: owner, reason: `Owner of the account ${name}.` };
      }
    }
  }
  if (primaryRule?.owner)
    return { name: primaryRule.owner, reason: `Named by routing rule ${primaryRule.id}.` };
  const area = signals.productArea.toLowerCase();
  const areaOwner = Object.entries(policy.owners.byProductArea).find(([key]) => key.toLowerCase() === area);
  if (area !== '' && areaOwner) return { name: areaOwner[1], reason: `Owner of the ${area} product area.` };
  return null;
}
