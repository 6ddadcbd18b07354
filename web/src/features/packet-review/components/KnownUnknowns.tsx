/** @module What nobody knows yet: shown first, because every decision below rests on it. */
import type { Packet } from '../../../api/types.js';

export function KnownUnknowns({ unknowns }: { unknowns: Packet['unknowns'] }) {
  return (
    <section className="card unknowns" aria-labelledby="unknowns-title">
      <h2 id="unknowns-title">Known unknowns ({unknowns.length})</h2>
      {unknowns.length === 0 ? (
        <p className="muted">Nothing flagged as missing.</p>
      ) : (
        <ul>
          {unknowns.map((unknown) => (
            <li key={unknown.question}>
              <strong>{unknown.question}</strong> <span className="why">{unknown.why}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
