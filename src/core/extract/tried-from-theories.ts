/** @module Theories the thread dropped, read as attempts: "ruled out the theory that …" with the sentence that dropped it. */
import { analyze } from '../language/analyze.js';
import type { Sentence } from '../language/types.js';
import type { Facts } from '../model/packet.js';
import type { ExtractContext } from './context.js';
import { type RuledOut, ruledOutTheories } from './extract-hypotheses.js';
import { readHypothesisAct } from './hypothesis-act.js';
import { readsRequest } from './reads-request.js';
import { triedBy, withActor } from './tried-by.js';

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
  const theory = `${r.theory.charAt(0).toLowerCase()}${r.theory.slice(1)}`;
  return {
    action: withActor(by, `ruled out the theory that ${theory}`),
    result: r.sentence,
    by,
    cites: r.theoryId === r.by.id ? [r.by.id] : [r.by.id, r.theoryId],
  };
}

/** Each hedged theory someone dropped, as what they ruled out, citing the dropping and the theory. */
export function triedFromTheories(ctx: ExtractContext): Tried[] {
  return ruledOutTheories(ctx)
    .filter((r) => readsAsTheory(r.theory))
    .map(toTried);
}
