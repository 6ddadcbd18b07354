import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';
import { isOthersWords, onlyAThingSays, ownWords, reportedBy } from './reported-speech.js';

const first = (text: string) => {
  const s = analyze(text).sentences[0];
  if (!s) throw new Error(`no sentence in ${text}`);
  return s;
};

describe('reportedBy', () => {
  it.each([
    ['The practice manager says the booking page is down for everyone.', 'manager'],
    ['Their office manager calls it a total outage and wants a call.', 'manager'],
    ['Their CFO claims the invoices were deleted.', 'cfo'],
    ['He thinks the upgrade wiped his saved filters.', 'he'],
    ['The export is empty again, she says.', 'she'],
    ['The owner asked for a refund on the annual plan.', 'owner'],
    ['Their admin wants to know whether the export finished.', 'admin'],
    ['She is asking if the invoice went out twice.', 'she'],
  ] satisfies [string, string][])('someone else speaks: %s', (text, speaker) => {
    expect(reportedBy(first(text))?.by.normal).toBe(speaker);
  });

  it.each([
    'We told them the import finished without errors.',
    'I think the scheduler is down.',
    "Let's say the queue holds three jobs.",
    'Please tell them the outage is over.',
    'The worker calls the billing API twice per order.',
    'The method is called by the scheduler at midnight.',
    'If you report a crash, attach the log.',
    'The retry logic described in the runbook still applies.',
    'This is the bug reporting form.',
    'I am using this thread to ask about the export.',
    'We asked them for the worker logs.',
  ])('nobody else speaks: %s', (text) => {
    expect(reportedBy(first(text))).toBeNull();
  });

  it("keeps the writer's own clause apart from the reported words", () => {
    expect(ownWords(first('Looked at it twice, the customer says the portal is down.'))).not.toMatch(/down/);
    expect(ownWords(first('The portal is down, the customer says.'))).toBe('');
    expect(ownWords(first('The portal is down since noon.'))).toMatch(/down/);
  });

  it('tells a document speaking from a person speaking', () => {
    const refund = /\brefund\b/i;
    expect(onlyAThingSays(first('Scrap that reply, it says we refund the whole year.'), refund)).toBe(true);
    expect(onlyAThingSays(first('The owner says she wants a refund for March.'), refund)).toBe(false);
    expect(onlyAThingSays(first('We can refund March, the lead says.'), refund)).toBe(false);
    expect(onlyAThingSays(first('Bin the old macro, the draft says we refund everything.'), refund)).toBe(
      true,
    );
    expect(onlyAThingSays(first('The help article says a refund takes five days.'), refund)).toBe(true);
    expect(onlyAThingSays(first('The maintenance notices say refunds are paused.'), /\brefunds\b/i)).toBe(
      true,
    );
    // a person named by role is no document; our own refund before a notice's words stays ours
    expect(onlyAThingSays(first('The bookkeeper says the refund never arrived.'), refund)).toBe(false);
    expect(onlyAThingSays(first('We refund it today, and the email says so.'), refund)).toBe(false);
  });
});

describe('isOthersWords: reported or quoted words are not the writer’s', () => {
  it('reads words after a reporting verb and words in quotes as someone else’s', () => {
    const s = first('The buyer says refunds are "broken for everyone" today.');
    const broken = s.tokens.findIndex((t) => t.normal === 'broken');
    expect(isOthersWords(s, broken)).toBe(true);
    const quoted = first('Our logs show the "outage" was a paused queue.');
    expect(
      isOthersWords(
        quoted,
        quoted.tokens.findIndex((t) => t.normal === 'outage'),
      ),
    ).toBe(true);
    expect(ownWords(quoted)).not.toContain('outage');
  });

  it('keeps the writer’s own unquoted words as theirs', () => {
    const s = first('Refunds are failing for everyone since noon.');
    expect(
      isOthersWords(
        s,
        s.tokens.findIndex((t) => t.normal === 'failing'),
      ),
    ).toBe(false);
  });
});
