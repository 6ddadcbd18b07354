import { describe, expect, it } from 'vitest';
import { analyze } from '../language/analyze.js';
import { readAssessment } from './read-assessment.js';

const read = (text: string): string | null => {
  const [sentence] = analyze(text).sentences;
  if (!sentence) throw new Error(`no sentence in ${text}`);
  return readAssessment(sentence)?.value ?? null;
};

describe('readAssessment: a denial of escalation about one piece of work', () => {
  it.each([
    ["The refund is billing's job, not engineering.", null],
    ['The invoice correction is accounts, not eng.', null],
    ['The credit note is for finance, no need for dev here.', null],
    // the case itself, a pronoun or no subject: the whole case stays in support
    ['This is not an engineering matter.', 'handle_in_support'],
    ['The issue is not for eng, the admin can change it.', 'handle_in_support'],
    ["It's their config, no need to escalate.", 'handle_in_support'],
  ])('%s → %s', (text, want) => {
    expect(read(text)).toBe(want);
  });
});

describe('readAssessment: our own sentences', () => {
  it.each([
    ['No escalation needed, the admin can fix this from settings.', 'handle_in_support'],
    ["This doesn't need engineering.", 'handle_in_support'],
    ['Nothing to escalate here.', 'handle_in_support'],
    ['We can handle this one in support.', 'handle_in_support'],
    ["It isn't a bug: the export skips archived rows on purpose.", 'not_a_defect'],
    ['No bug here.', 'not_a_defect'],
    ['The sync works as designed.', 'not_a_defect'],
    ['The failing check is on their side: their proxy strips the header.', 'customer_side'],
    ['The certificate on their own server expired on Sunday.', 'customer_side'],
    ['This is a known limitation of the CSV importer.', 'documented'],
    ['The incident was resolved at 10:40 UTC.', 'resolved'],
    ['Error rates are back to normal.', 'resolved'],
    ['It is a bug in the parser, confirmed on staging.', 'defect'],
    // our side owning the cause
    ['We traced it: the cause is on our side, the nightly job reads the old rate.', 'defect'],
    ['My mistake in the mapping table, sorry.', 'defect'],
    ['Our patch on Monday cut the reminder e-mails for older accounts.', 'defect'],
    ['So: the sync recovered, the remaining fault is theirs.', 'customer_side'],
    // the customer's own thing did it
    ['Their own cron job wiped the cache at midnight.', 'customer_side'],
    ['Your own release script pushed the test token.', 'customer_side'],
    // an attribution that agrees ("…, their admin says so") leaves the statement ours
    ['Their firewall change blocked it, their admin says so too.', 'customer_side'],
    // the state was made by the customer's own hand: a passive with their person as the agent
    ['Retention was switched to 30 days by their office manager in May.', 'customer_side'],
    ['The webhook URL was changed by one of your developers on Friday.', 'customer_side'],
    // our side saying the fault is not ours
    ['Looked at it again, not ours.', 'not_a_defect'],
    ['Nothing broke on the platform overnight.', 'not_a_defect'],
    // a note that opens with what was done reports, it does not instruct
    ['Checked the access log: the requests stop at their proxy.', 'customer_side'],
    // their part found wanting stays theirs; found sound in one place, faulty in another
    ["Their DNS records aren't correct, the MX still points at the old host.", 'customer_side'],
    ['Their certificate is fine but their proxy strips the header.', 'customer_side'],
    ['As documented, imports stop at 50,000 rows.', 'documented'],
    // our decision before someone's words are reported in a later clause
    [
      'Nothing to escalate, so Priya sends the steps and tells them the export is capped.',
      'handle_in_support',
    ],
    ['No bug here; Sam walks them through the setting and says the totals match.', 'not_a_defect'],
    // the docs as they stand, referred to
    ['The export caps at 10,000 rows, as explained in the importer guide.', 'documented'],
    ['Sessions end after 12 hours as described in our security docs.', 'documented'],
  ])('%j → %s', (text, expected) => {
    expect(read(text)).toBe(expected);
  });

  it.each([
    // a question, a doubt, a condition or an instruction assesses nothing
    'Is this a bug?',
    'It might be their DNS.',
    'Probably not a bug.',
    'If it is a bug we will hear from engineering.',
    'Please check their DNS records.',
    // a promise is not a result
    'We will fix it in the next release.',
    'The fix will be resolved once 4.9 ships.',
    // who spoke or signed off is no cause
    'The outage was reported by their office manager at 07:10.',
    'The change was escalated by your account manager.',
    // whose call it is, or a fault that goes on
    "It's not ours to decide which plan they pick.",
    'Nothing broke in the import but the totals are still wrong.',
    // the customer's part checked and found sound rules their side out
    'We checked and your configuration is correct.',
    'Their DNS settings look fine to us.',
    'Your setup is configured properly.',
    // someone else's words
    'The customer says this is not a bug.',
    'This is not a bug, the customer says.',
    // what one of us told someone earlier is no fresh finding
    'I told them on the phone it was a bug.',
    // saying no to the assessment itself
    'Not a how-to.',
    'This is not expected behaviour.',
    'It is not on their side.',
    // the negation belongs to another clause
    "I'd rather we not promise a date until eng sizes it.",
    // resolved upstream but still failing
    'The status page was resolved but our customers are still delayed.',
    // another matter resolved, said to be unrelated
    'The billing outage on Monday was fixed by noon and is unrelated.',
    'That login incident was resolved at 08:15, not connected to this one.',
    'I documented the steps in the ticket.',
    // recording, a plan or a wish is not the docs
    'We have also documented your feedback for the team.',
    'Our QA team documented the scratches on arrival.',
    'This will be documented in your case notes.',
    'This should be documented.',
    // not what the docs say, or not the docs
    'The totals are not as described in the manual.',
    'The cutoff works as described in your email.',
    // the customer's own thing in a state, or a record telling something
    'Their own users are locked out.',
    'Their own logs show the same timeouts.',
    // someone else's words, reported
    'Their admin says it is on our side.',
    // an adjective, not a repair
    'Fixed-amount discounts are unaffected.',
  ])('%j assesses nothing', (text) => {
    expect(read(text)).toBeNull();
  });
});

describe('readAssessment: maintainers on public issue trackers', () => {
  it.each([
    // glpi-project/glpi#17118, a maintainer's reply
    ['It seems to be a configuration issue, not a bug.', 'not_a_defect'],
    // elastic/security-docs#167, the pull request's description
    ['The issue is expected behavior and does not fit the requirements for a known issue.', 'not_a_defect'],
  ])('%j → %s', (text, expected) => {
    expect(read(text)).toBe(expected);
  });

  it.each([
    // szhu/3030#20: an invitation, not an assessment
    "Feel free to re-open this when you've found an actual bug.",
    // sile-typesetter/sile#1235: documents behaviour, says nothing of the case
    'This does not correct the problem, only documents the actual behavior.',
  ])('%j assesses nothing', (text) => {
    expect(read(text)).toBeNull();
  });
});

describe('readAssessment: a way round the customer takes is no cause on their side', () => {
  it.each([
    'They can re-run the export manually for now.',
    'The clinic switched to paper sign-in sheets in the meantime.',
    'Nightly billing paused on their side, invoicing by hand until the fix.',
    'There is one setting to change on your side first.',
  ])('%j assesses nothing', (text) => {
    expect(read(text)).toBeNull();
  });

  it.each(['The secret was rotated on their side.', 'It is a config issue on their side.'])(
    '%j still places the cause with the customer',
    (text) => {
      expect(read(text)).toBe('customer_side');
    },
  );
});

describe('customer side: where a thing goes is no place of the fault', () => {
  const side = (text: string) => read(text);
  it('reads a fault placed in their part', () => {
    expect(side('The rejections come from a rule in your firewall.')).toBe('customer_side');
    expect(side('We traced the timeouts to your proxy.')).toBe('customer_side');
    expect(side('The problem is with your firewall settings.')).toBe('customer_side');
  });
  it('does not read their part as the place of the fault when it is only where something goes', () => {
    expect(side('A bug in our 3.2 agent stops the events reaching your server.')).not.toBe('customer_side');
    expect(side('We found a problem in the 2.4 build that keeps the frames from your receiver.')).not.toBe(
      'customer_side',
    );
  });
});
