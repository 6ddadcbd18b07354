/**
 * Retrieval on real help-centre text (GitHub Docs, CC BY 4.0, test/fixtures/knowledge/SOURCES.md)
 * with handoffs written for this test: the right article ranks first and is chosen, unrelated
 * ones are listed with the reason they were not, and the ranking does not depend on input order.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readKnowledge } from '../../src/adapters/knowledge/read-knowledge.js';
import type { KnowledgeArticle } from '../../src/core/knowledge/article.js';
import { buildQuery } from '../../src/core/knowledge/build-query.js';
import { consultKnowledge } from '../../src/core/knowledge/consult-knowledge.js';
import { findArticles } from '../../src/core/knowledge/find-articles.js';
import type { Evidence } from '../../src/core/model/evidence.js';
import type { Facts } from '../../src/core/model/packet.js';
import { makeFacts } from '../helpers/make-decide-input.js';
import { item, makeSource } from '../helpers/make-render-input.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/knowledge/github-docs');
let articles: KnowledgeArticle[] = [];
beforeAll(async () => {
  articles = (await readKnowledge([FIXTURES])).articles;
});

function claim(value: string, cite = 'S1:c1') {
  return { value, cites: [cite] };
}

// a build engineer's report, in words nobody took from the articles
const DEPLOY_PROBLEM = 'Deploys from our CI runner stopped: git push is refused';
const DEPLOY_REPORT = item(
  'S1:c1',
  'Since we moved the CI runner to a new VM, every git push from it fails with "Permission denied (publickey)". Pushing from a laptop with the same account still works. Do we need to re-add the SSH key somewhere?',
  'customer',
);
const deployFacts: Facts = makeFacts({
  problem: claim(DEPLOY_PROBLEM),
  errors: [claim('Permission denied (publickey)')],
  customerAsks: [claim('Do we need to re-add the SSH key somewhere?')],
});

const PAGES_REPORT = item(
  'S1:c1',
  "Our docs site on docs.northwind.example shows the plain username.github.io address again after last night's build. The CNAME file seems to be gone from the repo after the generator ran. How do we get the custom domain back?",
  'customer',
);
const pagesFacts: Facts = makeFacts({
  problem: claim('Custom domain for our Pages docs site lost after a build'),
  customerAsks: [claim('How do we get the custom domain back?')],
});

const ids = (xs: ReadonlyArray<{ id: string }>) => xs.map((x) => x.id);

describe('retrieval on real help-centre articles', () => {
  it('ranks the article that explains the error first, chooses it, and says which words matched', () => {
    const ranked = findArticles(articles, buildQuery(deployFacts, [DEPLOY_REPORT]));
    expect(ranked).toHaveLength(articles.length);
    expect(ranked[0]?.title).toBe('Error: Permission denied (publickey)');
    expect(ranked[0]?.chosen).toBe(true);
    expect(ranked[0]?.matchedTerms).toEqual(
      expect.arrayContaining(['permission', 'denied', 'publickey', 'push']),
    );
    const pages = ranked.find((r) => r.title.startsWith('Troubleshooting custom domains'));
    expect(pages?.chosen).toBe(false);
    expect(pages?.why).toMatch(/below|no query word|fewer than/);
  });

  it('finds the custom-domain troubleshooting page for a lost CNAME, not the SSH pages', () => {
    const ranked = findArticles(articles, buildQuery(pagesFacts, [PAGES_REPORT]));
    expect(ranked[0]?.title).toBe('Troubleshooting custom domains and GitHub Pages');
    expect(ranked.filter((r) => r.chosen).map((r) => r.title)).not.toContain('Error: Key already in use');
  });

  it('finds the size-limit page for a push refused over a large file', () => {
    const facts = makeFacts({
      problem: claim('Push rejected because one file is too big'),
      errors: [claim('this exceeds the file size limit')],
    });
    const report = item(
      'S1:c1',
      'remote: error: File exports/nightly.sql is 312.00 MB; this exceeds the file size limit. We need that dump in the repo, what can we do?',
      'customer',
    );
    const ranked = findArticles(articles, buildQuery(facts, [report]));
    expect(ranked[0]?.title).toBe('About large files on GitHub');
    expect(ranked.filter((r) => r.chosen)).toHaveLength(1);
  });

  it('is deterministic: the same articles in another order give the same ranking, byte for byte', () => {
    const query = buildQuery(deployFacts, [DEPLOY_REPORT]);
    const forward = JSON.stringify(findArticles(articles, query));
    const backward = JSON.stringify(findArticles([...articles].reverse(), query));
    expect(backward).toBe(forward);
  });

  it('breaks a tie on the article id', () => {
    const [first] = articles;
    if (!first) throw new Error('fixtures missing');
    const twins = [
      { ...first, id: 'b-copy' },
      { ...first, id: 'a-copy' },
    ];
    const ranked = findArticles(twins, buildQuery(deployFacts, [DEPLOY_REPORT]));
    expect(ranked[0]?.score).toBe(ranked[1]?.score);
    expect(ids(ranked)).toEqual(['a-copy', 'b-copy']);
  });

  it('chooses nothing and lists nothing when no word matches', () => {
    const facts = makeFacts({ problem: claim('Invoice total in euros rounds the VAT line wrongly') });
    const result = consultKnowledge(articles, facts, [], [makeSource('S1', 'ticket')]);
    expect(result.chosen).toEqual([]);
    expect(result.evidence).toEqual([]);
    expect(result.section.searched).toBe(articles.length);
    expect(result.section.considered.every((c) => !c.chosen)).toBe(true);
  });

  it('turns the chosen article into public evidence numbered after the handoff, quoting the error it explains', () => {
    const evidence: Evidence[] = [DEPLOY_REPORT];
    const result = consultKnowledge(articles, deployFacts, evidence, [
      makeSource('S1', 'ticket'),
      makeSource('S2', 'note'),
    ]);
    const top = result.chosen[0];
    expect(top?.cite).toBe('S3:kb');
    expect(result.sources[0]).toMatchObject({ id: 'S3', kind: 'other', format: 'knowledge-article' });
    expect(result.evidence[0]).toMatchObject({
      id: 'S3:kb',
      source: 'S3',
      visibility: 'public',
      author: null,
    });
    expect(result.evidence[0]?.text.startsWith('Error: Permission denied (publickey)')).toBe(true);
    expect(top?.considered.answers).toBe('quotes the error "Permission denied (publickey)"');
    expect(result.section.considered[0]).toMatchObject({ chosen: true, cite: 'S3:kb' });
  });
});
