/** @module A citation as a link to the cited item, coloured by its visibility. */
import { href } from '../app/parse-route.js';
import { useCites } from './cite-context.js';

export function CiteLink({ cite }: { cite: string }) {
  const context = useCites();
  if (!context) return <span className="cite">{cite}</span>;
  const item = context.evidence.get(cite);
  const visibility = item ? item.visibility : 'missing';
  const label = item
    ? `Evidence ${cite} (${visibility}): ${item.text.slice(0, 80)}`
    : `Evidence ${cite} (not in this packet)`;
  return (
    <a className={`cite cite-${visibility}`} href={href.cite(context.packetId, cite)} aria-label={label}>
      {cite}
    </a>
  );
}

export function CiteList({ cites }: { cites: readonly string[] }) {
  if (cites.length === 0) return null;
  return (
    <span className="cite-list">
      {[...new Set(cites)].map((cite) => (
        <CiteLink key={cite} cite={cite} />
      ))}
    </span>
  );
}
