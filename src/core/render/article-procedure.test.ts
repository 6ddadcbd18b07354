import { describe, expect, it } from 'vitest';
import type { Evidence } from '../model/evidence.js';
import { articleProcedures } from './article-procedure.js';

const line = (id: string, text: string): Evidence => ({
  id: `S2:${id}`,
  source: 'S2',
  at: null,
  author: null,
  visibility: 'internal',
  text,
  meta: { unit: 'note' },
});
const VERBS = /^(?:go|open|click|choose|select)\b/i;
const topic = new Set(['badg', 'print', 'print']);

describe('articleProcedures', () => {
  it('reads a lead-in and the bullets on the lines after it as alternatives, in order', () => {
    const items = [
      line('L1', 'Printing visitor badges'),
      line('L3', 'Badges print again as soon as you:'),
      line('L5', 'reconnect the printer to the same network as the kiosk, or'),
      line('L6', 'pick another printer under **Kiosk > Devices**, or'),
      line('L7', 'restart the kiosk app.'),
    ];
    const [p] = articleProcedures(items, topic, VERBS);
    expect(p?.leadIn).toBe('Badges print again as soon as you:');
    expect(p?.alternatives).toBe(true);
    expect(p?.steps).toEqual([
      'reconnect the printer to the same network as the kiosk',
      'pick another printer under Kiosk > Devices',
      'restart the kiosk app',
    ]);
  });

  it('reads numbered steps under a heading as one procedure', () => {
    const items = [
      line('L1', 'Badge layout'),
      line('L3', 'Print a test badge'),
      line('L5', 'Open **Kiosk > Badges**.'),
      line('L6', 'Choose the layout you want.'),
      line('L7', 'Click **Print test**.'),
    ];
    const [p] = articleProcedures(items, topic, VERBS);
    expect(p?.alternatives).toBe(false);
    expect(p?.steps).toEqual(['Open Kiosk > Badges', 'Choose the layout you want', 'Click Print test']);
  });

  it('reads a step that opens with the place it happens in ("Under …, set …") as a step', () => {
    const items = [
      line('L1', 'Badge size'),
      line('L3', 'Open **Kiosk > Badges**.'),
      line('L4', 'Under **Layout**, set the size to *Large* or *Small*.'),
      line('L5', 'Click **Print test**.'),
    ];
    const [p] = articleProcedures(items, topic, VERBS);
    expect(p?.steps).toEqual([
      'Open Kiosk > Badges',
      'Under Layout, set the size to Large or Small',
      'Click Print test',
    ]);
  });

  it('does not read a list of named options or separate paragraphs as steps', () => {
    const items = [
      line('L1', 'Badge modes'),
      line('L3', 'Each kiosk has a badge mode:'),
      line('L5', '**Paper**: badges print on the label printer.'),
      line('L6', '**Digital**: badges go to the visitor by email.'),
      line('L8', 'Open the kiosk settings.'),
      line('L10', 'Choose a mode.'),
    ];
    expect(articleProcedures(items, topic, VERBS)).toEqual([]);
  });

  it('drops single emphasis around a label but keeps a literal asterisk', () => {
    const items = [
      line('L1', 'Print a test badge'),
      line('L3', 'Open **Kiosk > Badges**.'),
      line('L4', 'Choose a *Badge size* and click *Print*.'),
      line('L5', 'Select the rows marked * in the list.'),
    ];
    const [p] = articleProcedures(items, topic, VERBS);
    expect(p?.steps).toEqual([
      'Open Kiosk > Badges',
      'Choose a Badge size and click Print',
      'Select the rows marked * in the list',
    ]);
  });
});
