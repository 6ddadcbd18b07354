import { describe, expect, it } from 'vitest';
import { analyze } from '../language/analyze.js';
import { readsRequest } from './reads-request.js';

const reads = (text: string): boolean => analyze(text).sentences.some((s) => readsRequest(s));

describe('readsRequest: the reader is asked for something', () => {
  it.each([
    // please, a modal put to the reader
    'Please double-check the totals on the March statement.',
    'Could you resend the activation email to our new hire.',
    'Can you look at the sync logs for store 12 today.',
    // a person wants or needs something
    'We need a corrected invoice before the board meeting.',
    "I'd like a copy of the audit trail for the deleted users.",
    'We would appreciate an answer in writing.',
    'Our controller wants an explanation for the extra seats.',
    'I need to know when the rates will be right again.',
    'If nobody answers by noon I want to talk to your team lead.',
    // the matter under an obligation
    'Our audit starts Thursday, so the export has to be right and this has to work by then.',
    'It needs to be sorted before payroll closes.',
    // an imperative addressed to us
    'Send us the list of affected shipments.',
    'Just reactivate the two suspended seats.',
    'Call me back on the office number.',
    'Let us know when the patch is live.',
    // real tracker sentences (NLBSE issue bodies)
    'Could you please repair it?',
    'Please give me any advice.',
    'We need this feature for 3D inference.',
  ])('reads %j', (text) => expect(reads(text)).toBe(true));

  it.each([
    // a want denied, past, hypothetical, or of one's own action
    "We don't need a call about this.",
    'We needed to restart the tills twice.',
    'We will need more seats next year.',
    'If we want to print labels we use the old PC.',
    "I'd like to report an odd login from last night.",
    'We want to move the import to the night.',
    // someone else's want about how to handle the case
    'Our finance director wants this escalated.',
    // steps, pointers, labels and names that open like a verb
    'Open the settings page and click Export.',
    'See attached for the full log.',
    'Address line 2: the flat number.',
    'Lead Support Engineer, Northwind Freight.',
    'File attached so you can compare.',
    'Thank you for the quick reply.',
    // statements
    'The report runs every night at two.',
    // real tracker sentences (NLBSE issue bodies)
    'React version: 16.12',
    'Take this example:',
    'Let us assume a tensor like this:',
    'I did this because I need to upload the TF Lite model only to a Cisco camera.',
    'Because classes are provided via hook and no longer via props, we would need custom logic to override classes via props with the new hook-based approach:',
  ])('does not read %j', (text) => expect(reads(text)).toBe(false));
});
