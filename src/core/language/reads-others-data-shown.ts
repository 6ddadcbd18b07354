/**
 * @module Whether a sentence says that data belonging to one party was shown to another — a
 * cross-tenant or cross-user exposure, worded without "tenant" or "breach": "saw another
 * household's rent balance", "the portal showed me someone else's details", "the export contained
 * a different customer's orders", "our invoices were visible to other clients". Read from
 * structure over the tokens: a party marked as someone other than the viewer ("another", "a
 * different", "the wrong", "someone else") owning a thing ("'s") or receiving it ("visible to"),
 * and a verb of seeing, showing or receiving in the same clause; or a thing handed to "the wrong"
 * party ("the export was emailed to the wrong client"): a misdirected message is as much an exposure
 * as a page showing it, whoever sent it. Never denied ("nobody saw another user's data"), asked,
 * conditional, nor a mere ability ("admins can see other users' names").
 */
import { isDenied } from './polarity.js';
import { holdsAny } from './sentence-words.js';
import type { Sentence, Token } from './types.js';

// those whose data it is: a person or an organisation, never a thing ("another day's figures")
const PARTY = new Set(
  (
    'person people user customer client tenant household family resident patient pupil student ' +
    'member employee account company organisation organization org business donor guest parent ' +
    'child learner candidate applicant subscriber owner occupant contact individual recipient agency ' +
    'clinic practice school firm merchant'
  ).split(' '),
);
// what happens to the data: someone sees or receives it, or the product shows or hands it out
const EXPOSING = new Set(
  (
    'see view show display serve return receive get appear visible expose leak load open access ' +
    'download contain include'
  ).split(' '),
);
// verbs whose subject is the one who looks: a plural "other users'" needs one of these ("I saw
// other users' invoices"); "other users' comments appear in the feed" is how shared things look
const LOOKING = new Set('see view access download open receive get'.split(' '));
// handing a thing over: only to "the wrong" party an exposure ("sent the fix to another customer" is not)
const HANDING = new Set('send email mail forward attach share deliver'.split(' '));
const ABILITY = new Set(['can', 'could', 'should', 'will', 'would', 'shall', 'must', 'to']);
const CLAUSE_END = new Set([';', '.', '!', '?', 'but', 'because', 'although', 'while', 'if', 'unless']);
const WINDOW = 10;

const normal = (tokens: readonly Token[], i: number): string => tokens[i]?.normal ?? '';
// the normal forms otherParty opens at
const OTHER_PARTY = new Set(['someone', 'somebody', 'another', 'different', 'wrong', 'other']);

/**
 * Where a party other than the viewer starts at token i: its last token's index and whether it is
 * one singled-out party ("another", "a different", "the wrong", "someone else") or "other"s.
 */
function otherParty(tokens: readonly Token[], i: number): { end: number; single: boolean } | null {
  const t = normal(tokens, i);
  if ((t === 'someone' || t === 'somebody') && normal(tokens, i + 1) === 'else')
    return { end: i + 1, single: true };
  const single =
    t === 'another' || ((t === 'different' || t === 'wrong') && ['a', 'the'].includes(normal(tokens, i - 1)));
  if (!single && t !== 'other' && t !== 'different') return null;
  const party = tokens[i + 1];
  if (!party || !PARTY.has(party.lemma)) return null;
  return { end: i + 1, single: single || party.lemma === party.normal };
}

// "another household's", "other tenants'", "someone else's": the party owns what follows
const owns = (tokens: readonly Token[], end: number): boolean => {
  const next = normal(tokens, end + 1);
  return next === "'s" || next === "'" || next === '’s' || next === '’';
};

// "visible to other tenants", "shown to a different user"; "sent to the wrong customer" is `handedWrong`
const receives = (tokens: readonly Token[], start: number): boolean => {
  let i = start - 1;
  if (['a', 'an', 'the'].includes(normal(tokens, i))) i--;
  if (normal(tokens, i) !== 'to') return false;
  const verb = tokens[i - 1];
  return verb !== undefined && EXPOSING.has(verb.lemma) && !LOOKING.has(verb.lemma);
};

// "emailed to the wrong client", "sent it to the wrong recipient": handed over, by whoever, to a party
// that should never have had it
const handedWrong = (s: Sentence, start: number): boolean => {
  const tokens = s.tokens;
  if (normal(tokens, start) !== 'the' || normal(tokens, start + 1) !== 'wrong') return false;
  if (normal(tokens, start - 1) !== 'to') return false;
  for (let k = start - 2; k >= 0 && k >= start - 5; k--) {
    const t = tokens[k] as Token;
    if (t.pos === 'PUNCT') return false;
    if (HANDING.has(t.lemma)) return !t.negated && !isDenied(s, k) && !ABILITY.has(normal(tokens, k - 1));
  }
  return false;
};

/** True when the sentence says one party's data was shown, served or visible to another. */
export function readsOthersDataShown(s: Sentence): boolean {
  if (s.question || s.conditional || !holdsAny(s, OTHER_PARTY)) return false;
  const tokens = s.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const party = otherParty(tokens, i);
    if (!party || isDenied(s, i)) continue;
    const start = ['a', 'the'].includes(normal(tokens, i - 1)) && normal(tokens, i) !== 'another' ? i - 1 : i;
    if (handedWrong(s, start)) return true;
    const owned = owns(tokens, party.end);
    if (!owned && !receives(tokens, start)) continue;
    // the clause around the party: a verb that exposes, which happened or is suspected
    let from = i;
    while (from > 0 && i - from < WINDOW && !CLAUSE_END.has(normal(tokens, from - 1))) from--;
    let to = party.end;
    while (to < tokens.length - 1 && to - i < WINDOW && !CLAUSE_END.has(normal(tokens, to + 1))) to++;
    const exposing = tokens.slice(from, to + 1).some((t, k) => {
      const at = from + k;
      if (!EXPOSING.has(t.lemma) || t.negated || isDenied(s, at)) return false;
      if (owned && !party.single && !LOOKING.has(t.lemma)) return false;
      // "can see", "will show": what may happen; "may have seen" is a suspected exposure
      return !ABILITY.has(normal(tokens, at - 1));
    });
    if (exposing) return true;
  }
  return false;
}
