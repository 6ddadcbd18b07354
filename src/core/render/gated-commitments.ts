/** @module Words that commit the company to something the policy gates: an ETA, compensation, a severity label, an action that waits on someone's approval. */

import { isRoleWord, readApproval } from '../extract/read-approval.js';
import { analyze } from '../language/analyze.js';
import { isConditional } from '../language/read-sentence.js';

export type CommitmentKind = 'eta' | 'compensation' | 'severity';

/** A quoted passage on one line ("…", “…”): the customer's own words, a label, a literal. */
export const QUOTED = /"[^"\n]*"|“[^”\n]*”/g;

/** The text with quoted passages blanked: the customer's own words said back to them commit us to nothing. */
export function withoutQuotes(text: string): string {
  return text.replace(QUOTED, ' ');
}

const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';

/** Patterns per gated kind; each is case-insensitive and matches the committing words. */
export const GATED_COMMITMENTS: ReadonlyArray<readonly [CommitmentKind, RegExp]> = [
  [
    'eta',
    new RegExp(
      `\\b(?:by|before|until|on|no later than) (?:the )?(?:end of (?:the )?(?:day|week|month)|eod|eow|tomorrow|tonight|noon|midnight|${WEEKDAY}|${MONTH}\\s+\\d{1,2}|\\d{1,2}(?::\\d{2})?\\s*(?:am|pm|utc)?)\\b`,
      'i',
    ),
  ],
  [
    'eta',
    /\b(?:within|in(?: about| the next)?) (?:\d+|one|two|three|a few|24|48)\s*(?:min(?:ute)?s?|hours?|hrs?|h|days?|business days?|weeks?)\b/i,
  ],
  ['eta', /\bETA\b/],
  ['eta', new RegExp(`\\b(?:this|next) (?:week|${WEEKDAY})\\b|\\b(?:today|tonight|tomorrow)\\b`, 'i')],
  ['eta', /\b\d{1,2}(?::\d{2})?\s*(?:am|pm)\b/i],
  [
    'compensation',
    /\b(?:service credits?|credit (?:you|your account)|credits?|refund\w*|months? free|free months?|\d+% discount|discount (?:on|off) your|reimburs\w*|compensat\w*)\b/i,
  ],
  ['severity', /\b(?:sev(?:erity)?[ -]?[0-4]|P[0-4])\b/i],
  ['severity', /\b(?:critical|high|medium|low|top|urgent)[- ](?:severity|priority|incident)\b/i],
  ['severity', /\bseverity\b/i],
];

/** The first gated commitment in a piece of text, or null. */
export function findGatedCommitment(text: string): { kind: CommitmentKind; words: string } | null {
  for (const [kind, pattern] of GATED_COMMITMENTS) {
    const match = pattern.exec(text);
    if (match) return { kind, words: match[0] };
  }
  return null;
}

// "You asked whether it is fixed before Friday": the customer's question reported back, not our promise
const REPORTED_QUESTION = /^\W*you (?:also )?asked\b/i;

/**
 * The first gated commitment our own words make in customer text, or null: quoted passages and the
 * customer's questions reported back ("You asked whether …") commit us to nothing.
 */
export function findOwnCommitment(text: string): { kind: CommitmentKind; words: string } | null {
  for (const line of text.split('\n')) {
    for (const sentence of line.split(/(?<=[.!?])\s+/)) {
      if (REPORTED_QUESTION.test(sentence)) continue;
      const found = findGatedCommitment(withoutQuotes(sentence));
      if (found) return found;
    }
  }
  return null;
}

// a promise of contact or effort, not an action taken on the customer's behalf ("we will keep you posted")
const PROCESS_VERBS = new Set([
  'be',
  'have',
  'do',
  'get',
  'let',
  'keep',
  'update',
  'confirm',
  'share',
  'follow',
  'reach',
  'look',
  'investigate',
  'check',
  'continue',
  'work',
  'send',
  'contact',
  'review',
  'try',
  'help',
  'need',
  'provide',
  'escalate',
  'ask',
  'tell',
  'notify',
  'reply',
  'respond',
  'monitor',
  'see',
  'know',
  'say',
  'call',
  'email',
  'write',
  'dig',
  'find',
  'investigate',
  'loop',
  'post',
  'explain',
  'walk',
  'schedule',
  'talk',
  'discuss',
  'pass',
  'raise',
  'understand',
]);
const PROMISING_MODALS = new Set(['can', 'will', 'shall', "'ll"]);
const FIRST_PERSON = new Set(['we', 'i']);
const SECOND_PERSON = new Set(['you', 'your', 'yours']);
const NONE = { pos: '', normal: '', lemma: '', negated: false };

/**
 * The words of an action we commit to in one sentence ("we can switch the setting off", "I'll extend
 * the trial"), read by grammar: a first-person subject, then "can"/"will", then an action verb that is
 * no promise of contact or effort, in a clause that names the reader (you, your). Null for a question, a condition, a negation or a hedge.
 */
export function findActionCommitment(sentence: string): string | null {
  // quotes blanked to the same length, so token offsets still point into the sentence
  const clean = sentence.replace(QUOTED, (quoted) => ' '.repeat(quoted.length));
  for (const s of analyze(clean).sentences) {
    if (s.question || s.hedged || isConditional(s.tokens)) continue;
    const t = s.tokens;
    for (let i = 0; i + 2 < t.length; i++) {
      if (t[i]?.pos !== 'PRON' || !FIRST_PERSON.has(t[i]?.normal ?? '')) continue;
      let j = i + 1;
      while (t[j]?.pos === 'ADV') j++;
      const modal = t[j] ?? NONE;
      if (modal.pos !== 'AUX' || !(PROMISING_MODALS.has(modal.normal) || PROMISING_MODALS.has(modal.lemma)))
        continue;
      j++;
      while (t[j]?.pos === 'ADV') j++;
      const verb = t[j] ?? NONE;
      // "will exempt" is tagged ADJ: nothing but a verb follows a modal here
      if (!(verb.pos === 'VERB' || verb.pos === 'ADJ') || verb.negated || PROCESS_VERBS.has(verb.lemma))
        continue;
      // the action up to the end of its clause
      let end = j + 1;
      while (end < t.length && !/^(?:PUNCT|CCONJ|SCONJ)$/.test(t[end]?.pos ?? '')) end++;
      // done for the reader: the clause names them ("for your students", "extend your trial")
      if (!t.slice(j + 1, end).some((w) => SECOND_PERSON.has(w.normal))) continue;
      return clean.slice(t[i]?.start ?? 0, t[end - 1]?.end ?? 0);
    }
  }
  return null;
}

/**
 * Our side saying an action waits on approval ("needs product sign-off", "not his to approve"), and
 * who approves: the first one named, when any, without its article. `about`: only sentences on the
 * matter in hand count ("the release needs sign-off" says nothing about a credit).
 */
export function findPendingApproval(
  text: string,
  about: (sentence: string) => boolean = () => true,
): { team: string | null } | null {
  let found: { team: string | null } | null = null;
  for (const s of analyze(text).sentences) {
    const read = readApproval(s);
    // "a Risk decision", "after approval": whose it is, or a process, is no wait on our action
    if (read?.state !== 'pending' || !read.awaited || !about(s.text)) continue;
    const [from, to] = read.approverAt;
    // a team is named by its role or function ("finance", "the VP Sales"); a person or a company
    // named alone ("Ben", "Brightwell") is no team of ours
    const named = s.tokens.slice(from, to);
    const role = named.findIndex(isRoleWord);
    if (role >= 0)
      return {
        team: named
          .slice(role)
          .map((t) => t.text)
          .join(' '),
      };
    found ??= { team: null };
  }
  return found;
}
