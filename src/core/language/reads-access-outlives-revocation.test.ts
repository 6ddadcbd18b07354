import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';
import { readsAccessOutlivesRevocation } from './reads-access-outlives-revocation.js';

const reads = (text: string) => analyze(text).sentences.some(readsAccessOutlivesRevocation);

describe('readsAccessOutlivesRevocation', () => {
  it.each([
    'We offboarded the contractor last week but his deploy key still works.',
    'Disabling the integration leaves its webhook session active for a day.',
    'After we revoked the grant, the partner app kept working against our ledger.',
    'Sessions of suspended members stay valid until they expire.',
    'Her API key survived the deprovisioning of the whole workspace.',
  ])('reads access kept after it was ended: %s', (text) => {
    expect(reads(text)).toBe(true);
  });

  it.each([
    'Deactivating a user revokes every token they hold.',
    'After the uninstall the app no longer works, as expected.',
    'The token still does not work after we re-enabled the account.',
    'Does the session still work after deactivation?',
    'If you revoke the key, the old link may still open.',
    'Please revoke the token when you deactivate the user.',
    'The report still shows the deactivated users in grey.',
  ])('does not read a revocation that held, a question, a condition or no means of access: %s', (text) => {
    expect(reads(text)).toBe(false);
  });
});
