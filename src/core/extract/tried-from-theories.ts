/** @module Theories the thread dropped, read as attempts: "ruled out the theory that …" with the sentence that dropped it. */
import { analyze } from '../language/analyze.js';
import type { Sentence } from '../language/types.js';
import type { Facts } from '../model/packet.js';
import type { ExtractContext } from './context.js';
import { type RuledOut, ruledOutTheories } from './extract-hypotheses.js';
import { readHypothesisAct } from './hypothesis-act.js';
import { readsRequest } from './reads-request.js';
import { contentWords } from './text/content-words.js';
import { triedBy, withActor } from './tried-by.js';
import { instructsAfter } from './tried-clause-reading.js';
import { readsNotDone } from './tried-not-done.js';

type Tried = Facts['tried'][number];

// "could one of your team try …?": a question put to the reader asks for something
const asksReader = (s: Sentence): boolean =>
  readsRequest(s) || (s.question && s.tokens.some((t) => t.normal === 'you' || t.normal === 'your'));

/**
 * A guess is put forward hedged ("probably the quota", "could be the edge") or reads as one to the
 * act-hypothesis classifier ("prob the gateway again"); a finding stated flat ("the script sends 40
 * requests a second") and a request to the reader were never a theory to rule out.
 */
export function readsAsTheory(text: string): boolean {
  const read = analyze(text).sentences;
  if (read.some(asksReader)) return false;
  return read.some((s) => s.hedged || readHypothesisAct(s.text).isHypothesis);
}

function toTried(r: RuledOut): Tried {
  const by = triedBy(r.sentence, r.by.role);
  // "WMS double submitting": an acronym keeps its capitals
  const [a = '', b = ''] = r.theory;
  const acronym = a !== a.toLowerCase() && b !== b.toLowerCase();
  const theory = acronym ? r.theory : `${a.toLowerCase()}${r.theory.slice(1)}`;
  return {
    action: withActor(by, `ruled out the theory that ${theory}`),
    result: r.sentence,
    by,
    cites: r.theoryId === r.by.id ? [r.by.id] : [r.by.id, r.theoryId],
  };
}

// "our lab terminal also throws E-4071": a flat statement in a staff member's internal note is what they found
function asFinding(ctx: ExtractContext, r: RuledOut): Tried[] {
  const item = ctx.items.find((i) => i.id === r.theoryId);
  const [first] = analyze(r.theory).sentences;
  if (!item?.isStaff || item.isPublic || !first || first.question || asksReader(first)) return [];
  // "Found it." names nothing found; a plan, an order or an order after the finding is no check
  if (contentWords(first.text).length < 3 || readsNotDone(first) || instructsAfter(first)) return [];
  const by = triedBy('', item.role);
  return [{ action: withActor(by, `checked: ${first.text}`), result: null, by, cites: [item.id] }];
}

/**
 * Each hedged theory someone dropped, as what they ruled out, citing the dropping and the theory;
 * a flat statement taken for a theory is listed as the staff's finding it is.
 */
export function triedFromTheories(ctx: ExtractContext): Tried[] {
  return ruledOutTheories(ctx).flatMap((r) =>
    r.asked || readsAsTheory(r.theory) ? [toTried(r)] : asFinding(ctx, r),
  );
}
