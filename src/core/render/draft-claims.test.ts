import { describe, expect, it } from 'vitest';
import { item } from '../../../test/helpers/make-render-input.js';
import type { Gate } from '../model/packet.js';
import { approverPhrase, checkClaims, checkUnapproved } from './draft-claims.js';

const GATES: Gate[] = [
  { id: 'G-routing', kind: 'routing', subject: 'route', state: 'pending' },
  { id: 'G-send', kind: 'customer_send', subject: 'send', state: 'pending' },
];
const STILL_OPEN = item(
  'S2:m4',
  'the key was used from an unknown IP overnight, still checking the access logs',
  'Lena Park',
);
const QUEUED = item('S2:m5', 'hotfix PR is up, not deployed yet, release train tomorrow', 'Lena Park');
const CAUSE = [{ value: 'the cron retried without the idempotency key', cites: ['S2:m6'] }];

describe('checkClaims', () => {
  it('flags "no suspicious activity" with the evidence that has not settled it', () => {
    const found = checkClaims(
      'We checked and there was no suspicious activity on your key.',
      [STILL_OPEN],
      GATES,
      [],
    );
    expect(found).toEqual([expect.objectContaining({ kind: 'unsupported', cites: ['S2:m4'] })]);
  });

  it('flags "already fixed" against a fix that is only queued', () => {
    const found = checkClaims('Good news: this has been fixed.', [QUEUED], GATES, []);
    expect(found).toEqual([expect.objectContaining({ kind: 'unsupported', cites: ['S2:m5'] })]);
  });

  it('flags "already being worked on" as gated by routing when nothing shows anyone on it', () => {
    const found = checkClaims('Our engineers are already working on a fix.', [], GATES, []);
    expect(found).toEqual([expect.objectContaining({ kind: 'unsupported', cites: ['G-routing'] })]);
  });

  it('flags an admission of fault with the evidence of the cause and the send gate', () => {
    const found = checkClaims('This was caused by a bug in our billing job.', [], GATES, CAUSE);
    expect(found).toEqual([{ kind: 'fault', why: expect.any(String), cites: ['S2:m6', 'G-send'] }]);
  });

  it('leaves a careful sentence alone', () => {
    expect(
      checkClaims(
        'We are checking the access records and will confirm what we find.',
        [STILL_OPEN],
        GATES,
        CAUSE,
      ),
    ).toEqual([]);
  });
});

describe('checkUnapproved', () => {
  const WAITS = item(
    'S2:m7',
    'Raising the seat cap for a school needs billing sign-off, asked them today.',
    'Lena Park',
  );
  const EXCEPTION: Gate = {
    id: 'G-exception',
    kind: 'policy_exception',
    subject: 'seat cap',
    state: 'pending',
  };

  it('flags an action we commit to that our side says waits on sign-off, with the cite and a rewrite', () => {
    const found = checkUnapproved(
      'We can lift the seat cap for your school this week.',
      [WAITS],
      [...GATES, EXCEPTION],
    );
    expect(found).toMatchObject({ kind: 'unapproved', cites: ['S2:m7', 'G-exception'] });
    expect(found?.rewrite).toBe(
      'We have asked our billing team whether we can lift the seat cap for your school this week; we will confirm by {{NEXT_UPDATE}}.',
    );
  });

  it('does not flag the same promise when nothing on our side waits on approval', () => {
    const done = item('S2:m8', 'Seat cap raised for them, billing was fine with it.', 'Lena Park');
    expect(checkUnapproved('We can lift the seat cap for your school this week.', [done], GATES)).toBeNull();
  });

  it('does not read the customer asking for sign-off as our side', () => {
    const asked = item('S1:c2', 'This needs board approval on our end.', 'customer');
    expect(checkUnapproved('We can lift the seat cap for your school.', [asked], GATES)).toBeNull();
  });

  it('does not tie a promise to an approval about another matter', () => {
    const release = item('S2:m9', 'Shipping the fix tomorrow needs release management sign-off.', 'Ana');
    expect(checkUnapproved('We will credit you a month of service.', [release], GATES)).toBeNull();
    expect(checkUnapproved('We will ship the fix for your team tomorrow.', [release], GATES)?.kind).toBe(
      'unapproved',
    );
  });

  it('does not flag a promise to keep in touch', () => {
    expect(checkUnapproved('We will keep you posted on the seat cap.', [WAITS], GATES)).toBeNull();
  });
});

describe('approverPhrase', () => {
  it('names a person by their role and a function as its team, never "team team"', () => {
    expect(approverPhrase('Head of Finance')).toBe('our Head of Finance');
    expect(approverPhrase('CFO')).toBe('our CFO');
    expect(approverPhrase('legal')).toBe('our legal team');
    expect(approverPhrase('pricing committee')).toBe('our pricing committee');
    expect(approverPhrase('platform team')).toBe('our platform team');
  });
});
