import { describe, expect, it } from 'vitest';
import { makeExtractContext } from '../../../test/helpers/make-extract-context.js';
import { extractWorkaround } from './extract-workaround.js';

describe('extractWorkaround', () => {
  it.each([
    ["In the meantime we're hand-keying orders, which eats the whole day.", true, true],
    ['Re-saving the widget fixes line and bar charts, except combo charts.', true, true],
    ['Retrying the same request usually works.', true, true],
    ['As a workaround the scheduled SFTP export covers all rows, fully.', true, false],
    ['Orgs that enforce SSO have no workaround.', false, false],
  ])('%j → exists %s, partial %s', (text, exists, partial) => {
    expect(extractWorkaround(makeExtractContext([{ text, role: 'support' }]))).toMatchObject({
      exists,
      partial,
    });
  });

  it('says nothing when the evidence says nothing', () => {
    expect(extractWorkaround(makeExtractContext([{ text: 'Login fails for everyone.' }]))).toEqual({
      exists: null,
      partial: null,
      text: null,
      cites: [],
    });
  });
  it.each([
    [
      {
        text: 'Ask them to clear cookies and retry in a few minutes.',
        role: 'support',
        at: '2026-11-19T10:00:00Z',
      },
      {
        text: 'We cleared the cache and used another browser. Same thing everywhere.',
        at: '2026-11-19T11:00:00Z',
      },
    ],
    [
      {
        text: 'In the meantime you can restart the tablet and retry the upload.',
        role: 'support',
        at: '2026-11-19T10:00:00Z',
      },
      { text: 'We restarted all the tablets, still failing.', at: '2026-11-19T11:00:00Z' },
    ],
    [
      {
        text: 'As a workaround, switch the export format to XLSX.',
        role: 'support',
        at: '2026-11-19T10:00:00Z',
      },
      { text: 'They tried it, same error.', role: 'support', at: '2026-11-19T11:00:00Z' },
    ],
  ] as const)('a suggestion tried and failed is no workaround (%#)', (...specs) => {
    expect(extractWorkaround(makeExtractContext([...specs]))).toMatchObject({ exists: false });
  });

  it('keeps a later workaround after an earlier one failed', () => {
    const ctx = makeExtractContext([
      { text: 'Could they retry with a smaller file for now.', role: 'support', at: '2026-11-19T10:00:00Z' },
      { text: 'Did that, no change.', at: '2026-11-19T11:00:00Z' },
      {
        text: 'In the meantime they can export per location instead.',
        role: 'support',
        at: '2026-11-19T12:00:00Z',
      },
    ]);
    expect(extractWorkaround(ctx)).toMatchObject({
      exists: true,
      text: 'In the meantime they can export per location instead.',
    });
  });

  it.each(['We have no way in at all.', 'There is no other way to log in for our staff.'])(
    '%j → no workaround',
    (text) => {
      expect(extractWorkaround(makeExtractContext([{ text }]))).toMatchObject({ exists: false });
    },
  );

  it.each([
    'Their workaround (paper forms, then typing them in) loses the timestamps.',
    'For now they upload through the web page instead, but the insurer rejects those files.',
    'In the meantime we re-enter the orders by batch, which takes two people all day.',
  ])('%j → partial', (text) => {
    expect(extractWorkaround(makeExtractContext([{ text }]))).toMatchObject({ exists: true, partial: true });
  });
});

describe('a workaround is something the customer can do to keep working', () => {
  it.each([
    "No fallback I'm afraid, their keys are rejected in the other region.",
    'There is no alternative: nothing they can do on their side until the fix.',
    'Nothing the customer can do from their end, it is all server side.',
  ])('none: %j', (text) => {
    expect(extractWorkaround(makeExtractContext([{ text, role: 'engineering' }]))).toMatchObject({
      exists: false,
    });
  });

  it.each([
    'We were charged $4,100 instead of the $2,300 the screen showed.',
    'The invoice says 60 seats instead of 40.',
    'Changelog + diff: only the retry backoff changed in 4.2.',
    'All 300 failed calls are still in automatic retry (24 h).',
    'The retry policy is 5 attempts over 72 hours.',
  ])('no workaround: %j', (text) => {
    expect(extractWorkaround(makeExtractContext([{ text, role: 'support' }])).exists).toBeNull();
  });

  it.each([
    'They can use the CSV export instead until the fix ships.',
    'Retrying the upload after a minute usually works.',
  ])('still a workaround: %j', (text) => {
    expect(extractWorkaround(makeExtractContext([{ text, role: 'support' }])).exists).toBe(true);
  });
});

describe('containment is no full workaround', () => {
  it.each([
    'In the meantime we disabled the nightly sync to stop more duplicates.',
    'For now we switched the webhook off so no further emails are sent.',
    // reworded from an eval case's sentence; read since the containment reader (issue 10)
    "I've put the weekly export on hold for now so nothing more is sent.",
  ])('%j → partial', (text) => {
    expect(extractWorkaround(makeExtractContext([{ text }]))).toMatchObject({ exists: true, partial: true });
  });

  it('keeps a switch that lets them work as a full workaround', () => {
    expect(
      extractWorkaround(
        makeExtractContext([
          { text: 'As a workaround, turning off the overlay fixes it for all users, fully.' },
        ]),
      ),
    ).toMatchObject({ exists: true, partial: false });
  });

  it('a later report back that limits the way round makes it partial', () => {
    const offer = {
      text: 'Until it is fixed, the reception desk can check members in by surname.',
      role: 'support' as const,
      at: '2026-11-19T10:00:00Z',
    };
    expect(extractWorkaround(makeExtractContext([offer]))).toMatchObject({ exists: true, partial: false });
    const back = {
      text: 'Checking in by surname at reception works, but only forty members got through in an hour.',
      at: '2026-11-19T11:00:00Z',
    };
    expect(extractWorkaround(makeExtractContext([offer, back]))).toMatchObject({
      exists: true,
      partial: true,
    });
  });

  it('a limit on something else does not touch the way round', () => {
    const offer = {
      text: 'Until it is fixed, the reception desk can check members in by surname.',
      role: 'support' as const,
      at: '2026-11-19T10:00:00Z',
    };
    const other = { text: 'Only the gym app is affected.', at: '2026-11-19T11:00:00Z' };
    expect(extractWorkaround(makeExtractContext([offer, other]))).toMatchObject({ partial: false });
  });

  it('our later finding that nothing can be switched off settles an earlier offer', () => {
    const offer = {
      text: 'In the meantime admins can turn off public sharing under Settings.',
      role: 'support' as const,
      at: '2026-11-19T10:00:00Z',
    };
    const finding = {
      text: 'Checked: that setting only hides the button, there is nothing an admin can switch off to stop it.',
      role: 'engineering' as const,
      at: '2026-11-19T12:00:00Z',
    };
    expect(extractWorkaround(makeExtractContext([offer, finding]))).toMatchObject({ exists: false });
    // an offer made after the finding still stands
    expect(
      extractWorkaround(makeExtractContext([finding, { ...offer, at: '2026-11-19T13:00:00Z' }])),
    ).toMatchObject({
      exists: true,
    });
  });
});

describe('extractWorkaround: an announced way round', () => {
  it('takes the sentence a "What you can do now:" label announces', () => {
    const ctx = makeExtractContext([
      { text: 'What you can do now:\n- Export the report per region and merge the files.', role: 'support' },
    ]);
    expect(extractWorkaround(ctx).text).toContain('Export the report per region');
  });
});

describe('extractWorkaround: containment', () => {
  it('reads stopping something so the harm stops growing as a partial way round', () => {
    const ctx = makeExtractContext([
      {
        text: 'We switched the nightly sync off to stop more duplicate invoices going out.',
        role: 'customer',
      },
    ]);
    expect(extractWorkaround(ctx)).toMatchObject({ exists: true, partial: true });
  });
});

describe('extractWorkaround: a limit after a contrast', () => {
  it.each([
    ['They can upload the file through the portal meanwhile, but the portal drops the comments.', true],
    ['It is not ideal, but they can upload the file through the portal meanwhile.', false],
  ])('reads %j as partial: %s', (text, partial) => {
    const ctx = makeExtractContext([{ text, role: 'support' }]);
    expect(extractWorkaround(ctx)).toMatchObject({ exists: true, partial });
  });
});
