import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parsePolicy } from './parse-policy.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const parsed = parsePolicy(readFileSync(path.join(repoRoot, 'policies/default.policy.yaml'), 'utf8'));
if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
const rules = parsed.policy.language.neverSay.map((rule) => ({ ...rule, re: new RegExp(rule.pattern, 'i') }));

function kindsIn(sentence: string): string[] {
  return rules.filter((rule) => rule.re.test(sentence)).map((rule) => rule.kind);
}

describe('the default policy language rules', () => {
  it.each([
    ['We will have the sync fixed by Friday.', 'eta'],
    ['The fix should be deployed within 24 hours.', 'eta'],
    ['Version 5.2.1 is out this Friday.', 'eta'],
    ['The SAML group mapping is scheduled to ship in Q2.', 'overpromise'],
    ["We'll definitely fix this today and it will never happen again.", 'overpromise'],
    ['Your admin renamed the ship methods, which broke the mapping.', 'blame'],
    ['Okta is down, so this is not on our side.', 'blame'],
    ['As I already explained, the limit cannot be changed.', 'temperament'],
    ['Engineering is tracking it in JIRA-4411 on sync-worker-03.internal.', 'internal'],
    ["We'd like to give you 2 months free when you renew.", 'compensation'],
    ['We will credit your account $500.', 'compensation'],
    ['This is a P1 priority incident.', 'severity'],
    ['Severity: Critical.', 'severity'],
  ])('flags %s as %s', (sentence, kind) => {
    expect(kindsIn(sentence)).toContain(kind);
  });

  it.each([
    'Thank you and your team for the detail you sent.',
    'You asked: will this be fixed before the promo on Friday?',
    'You asked us to refund the duplicate charge.',
    'We will send you our next update within 4 hours.',
    'Our engineering team is investigating the failed orders now.',
    'We cannot promise a date yet: [ETA — pending approval].',
    'The 100,000-row limit is documented, and the SFTP scheduled export has no limit.',
  ])('lets a careful sentence through: %s', (sentence) => {
    expect(kindsIn(sentence)).toEqual([]);
  });
});
