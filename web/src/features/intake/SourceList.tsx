/** @module What intake read: each source with its status and its warnings. */
import type { Source } from '../../api/types.js';

export function SourceList({ sources }: { sources: readonly Source[] }) {
  return (
    <table className="sources">
      <caption>Files read</caption>
      <thead>
        <tr>
          <th scope="col">Source</th>
          <th scope="col">File</th>
          <th scope="col">Kind</th>
          <th scope="col">Items</th>
          <th scope="col">Status</th>
          <th scope="col">Warnings</th>
        </tr>
      </thead>
      <tbody>
        {sources.map((source) => (
          <tr key={source.id} className={`status-${source.status}`}>
            <td>{source.id}</td>
            <td>{source.name}</td>
            <td>{source.kind}</td>
            <td>{source.items}</td>
            <td>
              <span className={`badge status-${source.status}`}>{source.status}</span>
            </td>
            <td>
              {source.warnings.length === 0 ? (
                <span className="muted">none</span>
              ) : (
                <ul className="warnings">
                  {source.warnings.map((warning) => (
                    <li key={warning}>{warning}</li>
                  ))}
                </ul>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
