/**
 * @module The team's docs Spine searched for this handoff: which articles it considered, which it
 * chose and cited, and why. Shown only when the packet was prepared with knowledge.
 */
import type { Packet } from '../../../api/types.js';
import { CiteList } from '../../../ui/CiteLink.js';

const isWebLink = (url: string): boolean => /^https?:\/\//i.test(url);

export function TeamDocsPanel({ packet }: { packet: Packet }) {
  const docs = packet.knowledge;
  if (!docs) return null;
  const chosen = docs.considered.filter((a) => a.chosen).length;
  return (
    <details className="card team-docs">
      <summary>
        Team docs considered ({docs.considered.length} of {docs.searched}; {chosen} cited)
      </summary>
      {docs.considered.length === 0 ? (
        <p>No article in the team's docs matched this handoff.</p>
      ) : (
        <ul aria-label="Team docs considered, best match first">
          {docs.considered.map((article) => (
            <li key={article.id}>
              <strong>{article.chosen ? 'Cited' : 'Not cited'}:</strong>{' '}
              {article.url && isWebLink(article.url) ? (
                <a href={article.url} target="_blank" rel="noopener noreferrer">
                  {article.title}
                </a>
              ) : (
                article.title
              )}{' '}
              ({article.visibility === 'internal' ? 'internal runbook' : 'public article'})
              {article.cite ? <CiteList cites={[article.cite]} /> : null}
              <div className="muted">
                {article.why} Matched: {article.matchedTerms.join(', ') || 'nothing'}.
              </div>
            </li>
          ))}
        </ul>
      )}
      {docs.notListed > 0 ? <p className="muted">{docs.notListed} weaker matches are not listed.</p> : null}
    </details>
  );
}
