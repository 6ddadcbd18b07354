import { describe, expect, it } from 'vitest';
import { item, makeRenderInput, makeRenderPolicy } from '../../../test/helpers/make-render-input.js';
import { reviewDraft } from './draft-review.js';

const TICKET = item('S1:c1', 'Discounted orders are missing from our ERP.', 'customer');
const CHAT = item('S2:m1', 'relay-worker-4 rejects the batch, Aiko is on it.', 'Tomasz Wojcik');

function review(draftText: string) {
  const draft = item('S9:d1', draftText, 'Tomasz Wojcik');
  const input = makeRenderInput([TICKET, CHAT, draft]);
  return reviewDraft(input.evidence, input.sources, makeRenderPolicy()) ?? [];
}

describe('reviewDraft', () => {
  it('is null when the handoff has no draft reply', () => {
    const input = makeRenderInput([TICKET, CHAT]);
    expect(reviewDraft(input.evidence, input.sources, makeRenderPolicy())).toBeNull();
  });

  it.each([
    ['eta', 'You will hear from us within 24 hours.'],
    ['overpromise', 'We guarantee this will never happen again.'],
    ['blame', 'This happened because your admin changed the settings.'],
    ['blame', 'A browser extension is probably blocking the page.'],
    ['blame', 'This was only a hiccup at our DNS provider.'],
    ['blame', 'Microsoft changed how groups are sent, so this is really on their side.'],
    ['overpromise', 'It has been fixed and no other customer data was exposed.'],
    ['temperament', 'As I already said, reconnecting will not help.'],
    ['internal', 'The batch fails on relay-worker-4.'],
    ['internal', 'Our engineer Aiko found the problem.'],
    ['compensation', 'We will credit you a month of service.'],
    ['severity', 'We are treating this as a Sev 1.'],
    ['internal', 'The root cause is a rounding change.'],
  ])('finds %s in "%s" and quotes the draft exactly', (kind, sentence) => {
    const findings = review(`Hi Rosa,\n\n${sentence}\n\nBest,\nTomasz`);
    expect(findings).toContainEqual(expect.objectContaining({ kind, quote: sentence }));
  });

  // reworded from an eval case's sentence; the extractor does not read this wording yet (issue 10):
  // when it does, this fails and the row moves back up into the list above
  it.fails.each([['eta', 'The patch goes live on Tuesday at 10:00.']])(
    'finds %s in "%s" and quotes the draft exactly',
    (kind, sentence) => {
      const findings = review(`Hi Rosa,\n\n${sentence}\n\nBest,\nTomasz`);
      expect(findings).toContainEqual(expect.objectContaining({ kind, quote: sentence }));
    },
  );

  it('has no findings for a careful draft signed by its author', () => {
    const careful =
      'Hi Rosa,\n\nThank you for the details. Our engineering team is investigating the missing orders and we will update you with what we find.\n\nBest,\nTomasz';
    expect(review(careful)).toEqual([]);
  });
});

describe('reviewDraft: cites and rewrites', () => {
  it('gives each gated finding its gate and a rewrite with the placeholder', () => {
    const draft = item(
      'S9:d1',
      'Hi Rosa,\n\nThe fix will be live by Thursday noon.\n\nBest,\nTomasz',
      'Tomasz Wojcik',
    );
    const input = makeRenderInput([TICKET, CHAT, draft]);
    const findings =
      reviewDraft(input.evidence, input.sources, makeRenderPolicy(), { gates: input.gates }) ?? [];
    expect(findings).toContainEqual(
      expect.objectContaining({ kind: 'eta', cites: ['G-eta'], rewrite: expect.stringContaining('{{ETA}}') }),
    );
  });

  it('flags an action our side says waits on sign-off, with its own rewrite rather than the general one', () => {
    const note = item(
      'S2:m9',
      'Turning off the export limit needs finance sign-off; asked them.',
      'Tomasz Wojcik',
    );
    const draft = item(
      'S9:d1',
      'Hi Rosa,\n\nWe can turn off the export limit for your team.\n\nBest,\nTomasz',
      'Tomasz Wojcik',
    );
    const input = makeRenderInput([TICKET, CHAT, note, draft]);
    const findings =
      reviewDraft(input.evidence, input.sources, makeRenderPolicy(), { gates: input.gates }) ?? [];
    expect(findings).toContainEqual({
      kind: 'unapproved',
      quote: 'We can turn off the export limit for your team.',
      why: expect.stringContaining('finance sign-off'),
      cites: ['S2:m9'],
      rewrite:
        'We have asked our finance team whether we can turn off the export limit for your team; we will confirm by {{NEXT_UPDATE}}.',
    });
  });

  it('does not flag a URL from a published help article as internal', () => {
    const article = item('S3:L1', 'Help Center › Account › Recovery · Updated 2 Feb 2026', 'x', {
      author: null,
    });
    const url = item('S3:L4', 'Reset it at https://help.example.com/hc/recover-account.', 'x', {
      author: null,
    });
    const draft = item(
      'S9:d1',
      'You can reset it at https://help.example.com/hc/recover-account today.',
      'Tomasz Wojcik',
    );
    const input = makeRenderInput([TICKET, CHAT, article, url, draft]);
    const sources = input.sources.map((s) => (s.id === 'S3' ? { ...s, kind: 'note' as const } : s));
    const findings = reviewDraft(input.evidence, sources, makeRenderPolicy()) ?? [];
    expect(findings.filter((f) => f.kind === 'internal')).toEqual([]);
  });
});
