/** @module Extraction tests check facts with the eval's cite rule, so the two can never disagree. */
import { checkCites } from '../../src/core/eval/check-cites.js';
import type { Evidence } from '../../src/core/model/evidence.js';
import type { Facts } from '../../src/core/model/packet.js';

/** Every cite of `facts` that is unknown, names a draft item, or does not carry its claim's substance. */
export function factCiteProblems(
  facts: Facts,
  evidence: readonly Evidence[],
  draftIds: ReadonlySet<string>,
): string[] {
  const citable = evidence.filter((e) => !draftIds.has(e.id));
  const { unresolved, unsupported } = checkCites({ facts, evidence: citable });
  return [...unresolved, ...unsupported];
}
