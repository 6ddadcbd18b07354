import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';
import { readsPrivateDataShown } from './reads-private-data-shown.js';

const reads = (text: string): boolean => analyze(text).sentences.some((s) => readsPrivateDataShown(s));

describe('readsPrivateDataShown: something kept private shown to people who should not see it', () => {
  it.each([
    'The names of anonymous donors are shown on the public page.',
    'Hidden fields are visible to other users since Monday.',
    'Our internal comments show up on the customer portal.',
    'Private notes appear in the shared link, so anyone with the link can read them.',
    'Everyone can see my private posts.',
    'Confidential documents were listed in the public search results.',
    'The export page exposes private events to anyone who is not logged in.',
    'Posts marked private can be read by everyone on the server.',
    'Personal journal entries are public after the update.',
    // anonymity holds against every viewer: the name shown is the exposure
    'I ticked the box to keep my review anonymous, but my full name and photo are showing under it.',
    'The survey results display the email of each anonymous respondent.',
  ])('reads %j', (text) => expect(reads(text)).toBe(true));

  it.each([
    // denied, asked, conditional
    'Private notes are not visible to guests.',
    'No internal comments were ever shown to customers.',
    'Is the private channel visible to other members?',
    'If private notes appear publicly, tell us.',
    // a norm, a wish, or a visibility by design or chosen by the owner
    'Anonymous reviews should never show the reviewer name.',
    'Please allow hidden fields to show to guests.',
    'This is by design: internal notes are visible to customers on the portal.',
    'We made the board public, so private cards are visible to everyone.',
    'Private posts are visible to members, public ones to everyone.',
    // code and modes, not people's data; an audience missing
    'Private methods are visible to other classes.',
    'The internal server error is shown to all users.',
    'Hidden bookmarks become visible after a restart.',
    'My page is public and contains only unlisted videos.',
    'Anonymous functions show their name in the stack trace.',
  ])('does not read %j', (text) => expect(reads(text)).toBe(false));
});
