/** @module A severity level as a badge; known levels get their colour, others a neutral one. */
const KNOWN = new Set(['critical', 'high', 'medium', 'low']);

export function SeverityBadge({ level }: { level: string | null }) {
  if (!level) return <span className="badge sev-none">no severity</span>;
  const slug = level.toLowerCase();
  return <span className={`badge sev-${KNOWN.has(slug) ? slug : 'other'}`}>{level}</span>;
}
