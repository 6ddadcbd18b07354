import { describe, expect, it } from 'vitest';
import { type AuditEntry, isVersionApproved } from './is-version-approved.js';

const moved = (after: string): AuditEntry => ({ name: 'packet.transitioned', properties: { after } });
const CREATED: AuditEntry = { name: 'packet.created', properties: { version: 1, inputs: [] } };
const REPREPARED: AuditEntry = { name: 'packet.reprepared', properties: { version: 2, inputs: [] } };
const SENT: AuditEntry = { name: 'packet.marked_sent', properties: { version: 1 } };

describe('isVersionApproved', () => {
  it.each([
    ['never reviewed', [CREATED], false],
    ['in review only', [CREATED, moved('in_review')], false],
    ['approved', [CREATED, moved('in_review'), moved('approved')], true],
    ['approved, sent, then resolved', [CREATED, moved('approved'), SENT, moved('resolved')], true],
    ['resolved without approval', [CREATED, moved('resolved')], false],
    ['approved then re-opened', [CREATED, moved('approved'), moved('in_review')], false],
    ['approved then changes requested', [CREATED, moved('approved'), moved('changes_requested')], false],
    ['approved, then a new version', [CREATED, moved('approved'), REPREPARED], false],
    ['a new version approved', [CREATED, moved('approved'), REPREPARED, moved('approved')], true],
  ] satisfies [string, AuditEntry[], boolean][])('%s → %s', (_name, events, approved) => {
    expect(isVersionApproved(events)).toBe(approved);
  });
});
