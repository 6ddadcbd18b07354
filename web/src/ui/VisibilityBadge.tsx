/** @module Public (the customer saw or sent it) vs internal evidence, in words as well as colour. */
export function VisibilityBadge({ visibility }: { visibility: 'public' | 'internal' }) {
  return visibility === 'public' ? (
    <span className="badge vis-public">Public</span>
  ) : (
    <span className="badge vis-internal">Internal only</span>
  );
}
