/**
 * @module What stands between the customer update and "mark as sent": the send gate, every gate
 * whose placeholder (`{{ETA}}`) is still in the text, and then the placeholders themselves — an
 * approved gate approves a value that a person still writes in. The service enforces these rules and
 * the page shows them before anyone clicks.
 */
import type { GateView } from './views.js';

const PLACEHOLDER = /\{\{[A-Z][A-Z0-9_]*\}\}/g;

/** Gates not yet approved that this text needs: the send gate and those behind its placeholders. */
export function blockingGates(
  gates: readonly GateView[],
  placeholders: ReadonlyArray<{ token: string; gate: string }>,
  text: string,
): GateView[] {
  const needed = new Set([
    ...gates.filter((g) => g.kind === 'customer_send').map((g) => g.id),
    ...placeholders.filter((p) => text.includes(p.token)).map((p) => p.gate),
  ]);
  return gates.filter((g) => needed.has(g.id) && g.state !== 'approved');
}

/** Placeholder tokens still in the text, each once, in order. */
export function unfilledPlaceholders(text: string): string[] {
  return [...new Set(text.match(PLACEHOLDER) ?? [])];
}
