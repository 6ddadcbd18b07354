import { describe, expect, it } from 'vitest';
import { makeFacts } from '../../../test/helpers/make-decide-input.js';
import { item, makeRenderInput } from '../../../test/helpers/make-render-input.js';
import { buildHandoffNote } from './handoff-note.js';

const EVIDENCE = [item('S1:c1', 'Label printing fails for every order since the morning.', 'customer')];

function note(facts: Parameters<typeof makeFacts>[0]): string {
  return buildHandoffNote(makeRenderInput(EVIDENCE, { facts: makeFacts(facts) }));
}

describe('buildHandoffNote', () => {
  it('leads with the hypothesis the thread confirms, not the newest guess', () => {
    const text = note({
      hypotheses: [
        { value: 'maybe the printer driver on their side?', cites: ['S2:m9'] },
        {
          value: "repro'd in staging: the label template lost its barcode field in the last release",
          cites: ['S2:m7'],
        },
      ],
    });
    expect(text).toMatch(/- Leading \(confirmed in the thread\): repro'd in staging/);
    expect(text).toMatch(/- Also open \(a guess, not yet verified\): maybe the printer driver/);
    expect(text).toContain('**First move:** fix the confirmed cause below');
  });

  it('lists refuted theories as ruled out, never the cause the thread now confirms', () => {
    const text = note({
      hypotheses: [
        { value: 'confirmed: the barcode field was dropped from the label template', cites: ['S2:m7'] },
      ],
      tried: [
        {
          action: 'Engineering: ruled out the theory that the printer driver is outdated',
          result: 'not the driver, a fresh laptop fails the same way',
          by: 'engineering',
          cites: ['S2:m8', 'S2:m3'],
        },
        {
          action:
            'Engineering: ruled out the theory that the barcode field was dropped from the label template',
          result: 'scratch that',
          by: 'engineering',
          cites: ['S2:m6', 'S2:m5'],
        },
      ],
    });
    const ruled = text.slice(text.indexOf('**Ruled out:**'), text.indexOf('**Reproduction:**'));
    expect(ruled).toContain('the printer driver is outdated — ruled out: not the driver');
    expect(ruled).not.toContain('barcode field');
    expect(text.slice(text.indexOf('**Attempted:**'))).not.toContain('ruled out the theory');
  });

  it('makes a fix already under way the first move, and keeps request ids apart from errors', () => {
    const text = note({
      hypotheses: [{ value: 'the template migration dropped the barcode field', cites: ['S2:m7'] }],
      tried: [
        {
          action: 'Engineering: revert of the template migration is queued',
          result: null,
          by: 'engineering',
          cites: ['S2:m9'],
        },
      ],
      errors: [
        { value: 'LBL-2204', cites: ['S3:L4'] },
        { value: 'req_8Hx2KqP0', cites: ['S3:L4'] },
      ],
    });
    expect(text).toContain('**First move:** follow the fix already under way through review and deploy');
    expect(text).toContain('revert of the template migration is queued');
    expect(text).toContain('**Errors:**\n- `LBL-2204`');
    expect(text).toContain('**Failing requests:** `req_8Hx2KqP0`');
  });

  it('checks what engineering already did about the cause instead of asking for the fix again', () => {
    const input = makeRenderInput(
      [
        ...EVIDENCE,
        item('S2:m7', 'the label cache was never flushed after the template change', 'Ines'),
        item('S2:m9', 'flushed the label cache on all print nodes', 'Ines', {
          at: '2026-03-10T10:00:00.000Z',
        }),
      ],
      {
        facts: makeFacts({
          hypotheses: [
            {
              value: 'Found it: the label cache was never flushed after the template change',
              cites: ['S2:m7'],
            },
          ],
          tried: [
            {
              action: 'Engineering: flushed the label cache on all print nodes',
              result: null,
              by: 'engineering',
              cites: ['S2:m9'],
            },
          ],
        }),
      },
    );
    const text = buildHandoffNote(input);
    expect(text).toContain('**First move:** check that what our side already did about the cause below');
    expect(text).toContain('flushed the label cache on all print nodes');
  });

  it('says "against the errors" only when there are errors', () => {
    const text = note({
      hypotheses: [{ value: 'the template migration dropped the barcode field', cites: ['S2:m7'] }],
    });
    expect(text).toContain(
      '**First move:** verify the leading hypothesis below before anyone builds on it: the template migration dropped the barcode field [S2:m7].',
    );
    expect(text).not.toContain('against the errors');
  });

  it('asks only the open questions it is given', () => {
    const input = makeRenderInput(EVIDENCE, {
      unknowns: [{ question: 'Does the revert restore barcodes on labels already queued?', why: 'x' }],
    });
    expect(buildHandoffNote(input)).toContain('**Open questions:**\n- Does the revert restore barcodes');
  });

  it('does not send anyone to errors the packet does not list', () => {
    const text = note({
      hypotheses: [{ value: 'maybe the nightly job archives them early', cites: ['S2:m9'] }],
    });
    expect(text).toContain(
      '**First move:** verify the leading hypothesis below before anyone builds on it: maybe the nightly job archives them early [S2:m9].',
    );
    expect(text).not.toContain('errors listed');
  });

  it("makes the decision on the customer's ask the first move when Leadership or Product owns it", () => {
    const input = makeRenderInput(EVIDENCE, {
      facts: makeFacts({
        hypotheses: [{ value: 'clause 9 of the contract probably covers the export', cites: ['S2:m9'] }],
        customerAsks: [
          { value: 'Will you release us from the contract and refund the setup fee?', cites: ['S1:c1'] },
        ],
      }),
    });
    const leadership = {
      ...input,
      decision: {
        ...input.decision,
        targets: [{ team: 'Leadership', reason: 'contract', cites: ['S1:c1'] }],
      },
    };
    expect(buildHandoffNote(leadership)).toContain(
      "**First move:** decide what can be committed on the customer's ask: Will you release us from the contract",
    );
  });

  it('shows an error seen on many log lines once, with how many times and its first and last time', () => {
    const input = makeRenderInput(
      [
        ...EVIDENCE,
        item('S3:L2', 'WARN print job=1 status=503 error="spooler busy"', 'log', {
          at: '2026-03-10T08:01:30.000Z',
        }),
        item('S3:L9', 'WARN print job=8 status=503 error="spooler busy"', 'log', {
          at: '2026-03-11T17:45:00.000Z',
        }),
      ],
      {
        facts: makeFacts({
          errors: [
            { value: '503 spooler busy', cites: ['S3:L2', 'S3:L9'], count: 12 },
            { value: 'PRN-118', cites: ['S3:L2'] },
          ],
        }),
      },
    );
    const text = buildHandoffNote(input);
    expect(text).toContain(
      '- `503 spooler busy` ×12, first 2026-03-10 08:01Z, last 2026-03-11 17:45Z [S3:L2][S3:L9]',
    );
    expect(text).toContain('- `PRN-118` [S3:L2]');
  });

  it('sets aside a guess made before the cause was confirmed, unless the confirmation bears it out', () => {
    const input = makeRenderInput(
      [
        ...EVIDENCE,
        item('S2:m1', 'maybe the printer driver on their side?', 'engineering', {
          at: '2026-11-18T09:00:00Z',
        }),
        item('S2:m2', 'could be the barcode font missing from the template?', 'engineering', {
          at: '2026-11-18T09:10:00Z',
        }),
        item('S2:m3', 'confirmed: the template lost its barcode font in the release', 'engineering', {
          at: '2026-11-18T10:00:00Z',
        }),
      ],
      {
        facts: makeFacts({
          hypotheses: [
            { value: 'confirmed: the template lost its barcode font in the release', cites: ['S2:m3'] },
            { value: 'maybe the printer driver on their side?', cites: ['S2:m1'] },
            { value: 'could be the barcode font missing from the template?', cites: ['S2:m2'] },
          ],
        }),
      },
    );
    const text = buildHandoffNote(input);
    expect(text).toContain(
      '- Set aside (a guess made before the cause above was confirmed): maybe the printer driver',
    );
    expect(text).toContain('- Also open (a guess, not yet verified): could be the barcode font missing');
  });
});
