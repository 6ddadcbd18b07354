/** @module Words that commit the company to something the policy gates: an ETA, compensation, a severity label. */

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
