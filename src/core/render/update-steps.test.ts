import { describe, expect, it } from 'vitest';
import { makeFacts } from '../../../test/helpers/make-decide-input.js';
import { item, makeRenderInput } from '../../../test/helpers/make-render-input.js';
import { gatherMaterial } from './update-material.js';
import { doneByCustomer, formatSteps, workaroundSteps } from './update-steps.js';

const tried = (action: string, by: 'customer' | 'support' = 'customer') => ({
  action,
  result: null,
  by,
  cites: ['S1:c2'],
});
const claim = (value: string) => ({ value, cites: ['S1:c1'] });

describe('doneByCustomer', () => {
  const facts = makeFacts({
    problem: claim('Card payments fail at the tills'),
    symptoms: [claim('Every card payment fails at the tills.')],
    tried: [
      tried(
        'Customer: We switched the tills to the backup payment gateway in the till settings this morning.',
      ),
      tried('Support: suggested: switch to the backup payment gateway', 'support'),
    ],
  });

  it('reads a step the customer already took: the same compound thing and one more', () => {
    expect(
      doneByCustomer('Switch the till settings to the backup payment gateway until we fix this', facts),
    ).toBe(true);
  });

  it('does not read a step about other things, nor one that shares only the problem itself', () => {
    expect(doneByCustomer('Take card payments on the mobile reader in the meantime', facts)).toBe(false);
    // "card payments" and "tills" are what the problem is about, not a step anyone took
    expect(doneByCustomer('Restart the tills so card payments retry', facts)).toBe(false);
  });

  it("counts only the customer's own tries", () => {
    const ours = makeFacts({ tried: [tried('Support: checked the backup payment gateway logs', 'support')] });
    expect(doneByCustomer('Switch to the backup payment gateway in the till settings', ours)).toBe(false);
  });
});

describe('workaroundSteps', () => {
  it('leaves out what we will do ourselves: it is no step for the customer', () => {
    const text =
      "If you need it sooner, you can export the report by week; I'll send the full file tomorrow.";
    const reply = item('S1:c2', text, 'Sam', {
      visibility: 'public',
      author: { name: 'Sam', role: 'support', side: 'internal' },
    });
    const input = makeRenderInput(
      [item('S1:c1', 'Our monthly report export stops halfway.', 'customer'), reply],
      {
        facts: makeFacts({ workaround: { exists: true, partial: false, text, cites: ['S1:c2'] } }),
      },
    );
    const steps = workaroundSteps(input, gatherMaterial(input));
    expect(steps?.steps).toEqual(['If you need it sooner, you can export the report by week']);
    expect(steps?.steps.join(' | ')).not.toContain('send the full file');
  });
});

describe('workaroundSteps under a label', () => {
  const offered = (text: string) => {
    const reply = item('S1:c2', text, 'Sam', {
      visibility: 'public',
      author: { name: 'Sam', role: 'support', side: 'internal' },
    });
    const input = makeRenderInput(
      [item('S1:c1', 'Our shared mailbox stopped syncing this morning.', 'customer'), reply],
      { facts: makeFacts({ workaround: { exists: true, partial: true, text, cites: ['S1:c2'] } }) },
    );
    return workaroundSteps(input, gatherMaterial(input));
  };

  it('gives a labelled way round that tells them what to do', () => {
    expect(
      offered('In the meantime: open the mailbox in the web app and reply from there.')?.steps.length,
    ).toBeGreaterThan(0);
  });

  it('gives no steps for a label over a statement of how things stand', () => {
    expect(
      offered('In the meantime: none of your messages were lost and the calendar works as normal.'),
    ).toBeNull();
  });
});

describe('formatSteps for a partial way round', () => {
  const steps = {
    intro: 'In the meantime, you can work around it:',
    steps: ['Export the report as PDF'],
    partial: true,
  };

  it('promises the full fix only when one is expected', () => {
    expect(formatSteps(steps, true).at(-1)).toBe(
      'This does not cover every case yet; we will tell you when the full fix is in place.',
    );
    expect(formatSteps(steps, false).at(-1)).toBe('This does not cover every case yet.');
  });
});
