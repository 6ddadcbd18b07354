import { describe, expect, it } from 'vitest';
import { item, makeRenderInput } from '../../../test/helpers/make-render-input.js';
import { gatherMaterial } from './update-material.js';

describe('gatherMaterial', () => {
  it('keeps a sentence a mail wrapped onto the next line whole, and a line that starts anew apart', () => {
    const text = 'The dock printer stopped on Monday. We\ndid not change any setting on it.\nBest regards';
    const material = gatherMaterial(makeRenderInput([item('S1:c1', text, 'customer')]));
    expect(material.customer.map((s) => s.text)).toEqual([
      'The dock printer stopped on Monday.',
      'We did not change any setting on it.',
    ]);
  });

  it('keeps what follows a bare thanks, but still drops a thanks alone', () => {
    const text = 'Thanks, the spare scanner works and we use it for now.\nThanks!';
    const material = gatherMaterial(makeRenderInput([item('S1:c1', text, 'customer')]));
    expect(material.customer.map((s) => s.text)).toEqual(['the spare scanner works and we use it for now.']);
  });
});
