import { describe, expect, it } from 'vitest';
import type { Evidence } from '../model/evidence.js';
import { explainedBefore } from './update-explained.js';
import type { Said, UpdateMaterial } from './update-material.js';

const item = (id: string, at: string, role: string): Evidence =>
  ({
    id,
    source: 'S1',
    at,
    text: '',
    author: { name: 'X', role },
    visibility: 'public',
  }) as unknown as Evidence;

const from = (it: Evidence, ...texts: string[]): Said[] => texts.map((text) => ({ text, item: it }));

const material = (ours: Said[], customer: Said[]): UpdateMaterial =>
  ({ ours, customer }) as unknown as UpdateMaterial;

const asked = from(item('c2', '2027-03-02T10:00:00Z', 'customer'), 'Will the old rows come back?');
const explanation = [
  'I looked at the sync history for your depot.',
  'The mapping for the freezer zone was removed on Monday.',
  'That is why the counts stopped arriving.',
];

describe('explainedBefore', () => {
  it('is true when one of our people explained it in statements and the customer wrote after', () => {
    const reply = from(item('o1', '2027-03-01T10:00:00Z', 'support'), ...explanation, 'Can you re-add it?');
    expect(explainedBefore(material(reply, asked))).toBe(true);
  });

  it('is false for a reply that mostly asks, or only promises to come back', () => {
    const asks = from(
      item('o1', '2027-03-01T10:00:00Z', 'support'),
      'Sorry for the trouble with the counts.',
      'Which depot is it?',
      'When did it start?',
    );
    const promise = from(
      item('o1', '2027-03-01T10:00:00Z', 'support'),
      'Thanks for the export.',
      "I'm looking at the sync history now.",
      'I will come back to you this afternoon.',
    );
    expect(explainedBefore(material(asks, asked))).toBe(false);
    expect(explainedBefore(material(promise, asked))).toBe(false);
  });

  it("is false for a bot's canned answer, and for an explanation the customer has not answered yet", () => {
    const bot = from(item('o1', '2027-03-01T10:00:00Z', 'bot'), ...explanation);
    const later = from(item('o3', '2027-03-03T10:00:00Z', 'support'), ...explanation);
    expect(explainedBefore(material(bot, asked))).toBe(false);
    expect(explainedBefore(material(later, asked))).toBe(false);
  });
});
