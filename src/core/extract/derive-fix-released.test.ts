import { describe, expect, it } from 'vitest';
import { type ItemSpec, makeIntake } from '../../../test/helpers/make-evidence.js';
import { analyze } from '../language/analyze.js';
import { buildContext } from './context.js';
import { deriveFixReleased, saysFixReleased } from './derive-fix-released.js';

const one = (text: string) => {
  const [sentence] = analyze(text).sentences;
  if (!sentence) throw new Error(`no sentence in ${text}`);
  return sentence;
};

describe('saysFixReleased', () => {
  it.each([
    'Fixed in 7.0.2, shipped on Monday.',
    'That was fixed in the 5.2 release last month.',
    'This has been resolved in the latest update.',
    'We patched this in version 3.1; they need to upgrade.',
  ])('a fix already out: %j', (text) => {
    expect(saysFixReleased(one(text))).toBe(true);
  });

  it.each([
    // promised, not released
    'This is fixed in the next release.',
    'It will be fixed in 7.1.',
    'Once it is fixed in 7.1 we will tell them.',
    // denied, doubted, asked, or still going on
    'Not fixed in 3.0 yet.',
    'It might be fixed in 3.0.',
    'Was this fixed in 3.0?',
    'Fixed in 3.0 but the error still shows for some users.',
    // fixed, but nothing says it is in a release
    'I fixed the typo in the ticket title.',
  ])('no released fix: %j', (text) => {
    expect(saysFixReleased(one(text))).toBe(false);
  });
});

const ASOF = '2030-03-01T12:00:00Z';
const at = (hour: number) => `2030-02-28T${String(hour).padStart(2, '0')}:00:00Z`;
const derive = (specs: ItemSpec[]) => deriveFixReleased(buildContext(makeIntake(specs), ASOF));

describe('deriveFixReleased: the thread as it stands', () => {
  it('our side saying it is fixed in a release sets it, with a trace', () => {
    const out = derive([
      { text: 'Totals on the invoice page are wrong since last week.', at: at(9) },
      {
        text: 'Known bug, fixed in 4.6.1 which is out now.',
        role: 'support',
        at: at(10),
        visibility: 'internal',
      },
    ]);
    expect(out.value).toBe(true);
    expect(out.cites).toEqual(['S1:m2']);
    expect(out.traces[0]).toMatchObject({ mechanism: 'structure', rule: 'fix-released', evidence: 'S1:m2' });
  });

  it('the customer saying so is not our assessment', () => {
    expect(derive([{ text: 'Somebody on the forum says it was fixed in 4.6.1.', at: at(9) }]).value).toBe(
      false,
    );
  });

  it('a later report that it still happens on the new version undoes it', () => {
    const out = derive([
      { text: 'Fixed in 4.6.1, please update.', role: 'support', at: at(9) },
      { text: 'We are on 4.6.1 now and the totals are still wrong.', at: at(11) },
    ]);
    expect(out.value).toBe(false);
  });

  it('"still" about something else leaves it set', () => {
    const out = derive([
      { text: 'Fixed in 4.6.1, please update.', role: 'support', at: at(9) },
      { text: 'Thanks, we are still waiting for the maintenance window.', at: at(11) },
    ]);
    expect(out.value).toBe(true);
  });

  it('a later report that the update did not fix it undoes it', () => {
    const out = derive([
      { text: 'Fixed in 4.6.1, please update.', role: 'support', at: at(9) },
      { text: "I updated this morning and it didn't fix anything.", at: at(11) },
    ]);
    expect(out.value).toBe(false);
  });
});
