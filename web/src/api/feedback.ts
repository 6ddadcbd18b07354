/** @module Feedback calls: rate a handoff, correct a fact, read a packet's feedback, the eval-case download. */
import type { FactValue, FeedbackView, HandoffRating } from '../../../src/core/review/feedback.js';
import { request } from './client.js';

export type { FactValue, FeedbackView, HandoffRating };

const base = (id: string) => `/api/packets/${encodeURIComponent(id)}`;
const withNote = (note: string) => (note.trim() ? { note } : {});

export const feedbackApi = {
  list: (id: string) => request<{ feedback: FeedbackView[] }>('GET', `${base(id)}/feedback`),
  rate: (id: string, rating: HandoffRating, note: string) =>
    request<FeedbackView>('POST', `${base(id)}/feedback`, { kind: 'handoff', rating, ...withNote(note) }),
  correct: (id: string, field: string, value: FactValue, note: string) =>
    request<FeedbackView>('POST', `${base(id)}/feedback`, { kind: 'fact', field, value, ...withNote(note) }),
  exportCaseUrl: (id: string) => `${base(id)}/export-case`,
};
