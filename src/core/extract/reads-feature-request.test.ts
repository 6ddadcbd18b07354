import { describe, expect, it } from 'vitest';
import { analyze } from '../language/analyze.js';
import { readsFeatureRequest } from './reads-feature-request.js';

const reads = (text: string): boolean => analyze(text).sentences.some((s) => readsFeatureRequest(s));

describe('readsFeatureRequest: the product lacks a capability', () => {
  it.each([
    'The kiosk app does not currently support badge scanners.',
    'The tool does not have a way for managers to approve timesheets.',
    'There is no toggle to mute the weekly digest.',
    'Offline mode is not available for tablets.',
    'Audit exports are not available on the Team tier.',
    'Custom fields are on the roadmap for next year.',
    'Logged this as a feature request for the mobile team.',
    // the product, or "there", lacks the means
    'The scheduler has no way to skip public holidays.',
    "There's no way to pin a report to the home page.",
  ])('reads %j', (text) => expect(reads(text)).toBe(true));

  it.each([
    // something a person or a version lacks, not a capability
    'Release 5.2 does not have the rounding fix yet.',
    "I don't have a receipt for that payment.",
    // a person lacks the means, often for another party's process
    'We have no way to make the bank clear it faster, so hold off on promising a day.',
    "They don't have a way to check which courier picked it up.",
    // a resource or a person unavailable
    'The on-call engineer is not available until Monday.',
    'No database connection available after the failover.',
    // capability words that state no lack
    'The new setting to hide drafts works well.',
    'We support both SAML and OIDC.',
  ])('does not read %j', (text) => expect(reads(text)).toBe(false));
});
