/**
 * @module Every fact read from the thread and every signal the policy read, each with a "why"
 * disclosure (mechanism, sentence, cite). Collapsed by default: the decision comes first.
 */
import type { Explanation } from '../../../../../src/core/explain/format-explain.js';
import type { Packet } from '../../../api/types.js';
import { CiteList } from '../../../ui/CiteLink.js';
import { FactTrace } from '../FactTrace.js';
import { factRows, signalRows } from '../utils/describe-trace.js';

export function FactsAndSignals({
  packet,
  explanation,
}: {
  packet: Packet;
  explanation: Explanation | null;
}) {
  const facts = factRows(packet);
  const signals = explanation ? signalRows(explanation) : null;
  return (
    <>
      <details className="card facts-traced">
        <summary>Facts and why ({facts.length})</summary>
        <ul className="trace-list" aria-label="Facts, each with why it was found">
          {facts.map((row) => (
            <li key={row.key}>
              <span className="fact-group">{row.group}:</span> {row.text} <CiteList cites={row.cites} />
              <FactTrace traces={row.trace ? [row.trace] : []} subject={`${row.group}: ${row.text}`} />
            </li>
          ))}
        </ul>
      </details>
      <details className="card signals-traced">
        <summary>Signals the policy read ({signals ? signals.length : 'not recorded'})</summary>
        {signals ? (
          <ul className="trace-list" aria-label="Signals, each with why it was set">
            {signals.map((row) => (
              <li key={row.key}>
                <span className="fact-group">{row.name}:</span> {row.value}
                <FactTrace traces={row.traces} subject={`${row.name}: ${row.value}`} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">
            This version was prepared before Spine kept its signals. Prepare it again to see why each was set.
          </p>
        )}
      </details>
    </>
  );
}
