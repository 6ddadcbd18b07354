import { describe, expect, it } from 'vitest';
import { analyze } from '../language/analyze.js';
import { readsLimited } from './reads-limited.js';

const reads = (text: string): boolean => analyze(text).sentences.some((s) => readsLimited(s));

describe('readsLimited: a way round that covers only some cases or costs', () => {
  it.each([
    'Printing from the desktop app works, but only for single labels.',
    'The CSV route covers most of the stores.',
    'It helps for the web shop, not the kiosk.',
    'Re-running the sync does not work for archived projects.',
    'Not all locations can use the fallback printer.',
    'Restarting the reader usually clears it.',
    'Until then the team enters the refunds manually.',
    'Copying the rows takes three people the whole afternoon.',
    'That is about twenty minutes per invoice.',
    'The paper route loses the signatures.',
    'Their bank rejects the re-exported files.',
    'If they cannot wait, they can upload through the portal.',
    // what it restores, then a reservation
    'Sorting by hand gets the route back to one loop, but the scanners stop confirming.',
    'Re-saving the file fixes it, but only until the next import.',
    'The phone line works, but the queue is an hour long.',
    // real tracker sentences (NLBSE issue bodies)
    "For web there is a workaround to findDOMNode and compareDocumentPosition(), but that doesn't work with React Native.",
    'You can kind of work around the second issue by writing your own string cast at the log callsite, but you lose the DX of introspection, which is pretty nice.',
  ])('reads %j', (text) => expect(reads(text)).toBe(true));

  it.each([
    'Switching to the new template fixes it for every store.',
    'They can export the report from the admin page instead.',
    'The fallback printer was not rejected.',
    'If the upload fails, retry it after a minute.',
    'We never lose data with the CSV route.',
    "It doesn't work, but thanks for trying.",
    'This worked with the old driver, but the new one breaks it.',
    'I tried to fix it by clearing the cache, but no luck.',
    'The works council met, but nothing was decided.',
    // real tracker sentences (NLBSE issue bodies)
    'It can temporarily show inconsistent data.',
    'A workaround I thought of:',
  ])('does not read %j', (text) => expect(reads(text)).toBe(false));
});
