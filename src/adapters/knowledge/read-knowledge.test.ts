import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hostileZip } from '../../../test/helpers/hostile-zip.js';
import { tempDirFactory } from '../../../test/helpers/temp-dir.js';
import { articleSteps } from '../../core/knowledge/article-steps.js';
import { readKnowledge } from './read-knowledge.js';

const tempDir = tempDirFactory('spine-knowledge-');
const GITHUB_DOCS = join(import.meta.dirname, '../../../test/fixtures/knowledge/github-docs');

const PASSWORD_ARTICLE = `---
id: kb-pw-reset
title: Resetting a forgotten password
url: https://help.acme.example/articles/pw-reset
visibility: public
kind: how-to
product: accounts
tags: [password, sign-in]
---
# Resetting a forgotten password

1. Click **Forgot password** on the sign-in page.
2. Enter the address you sign in with.
3. Follow the link in the mail within 30 minutes.
`;

function folder(files: Record<string, string | Uint8Array>): string {
  const dir = tempDir();
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

describe('readKnowledge', () => {
  it('reads Markdown front matter: id, title, url, visibility, kind, product and tags', async () => {
    const { articles, warnings } = await readKnowledge([folder({ 'pw.md': PASSWORD_ARTICLE })]);
    expect(warnings).toEqual([]);
    expect(articles).toHaveLength(1);
    const [a] = articles;
    expect(a).toMatchObject({
      id: 'kb-pw-reset',
      title: 'Resetting a forgotten password',
      url: 'https://help.acme.example/articles/pw-reset',
      visibility: 'public',
      kind: 'how-to',
      product: 'accounts',
      tags: ['password', 'sign-in'],
      origin: 'pw.md',
    });
    expect(a?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(a?.text.startsWith('# Resetting')).toBe(true);
    expect(articleSteps(a?.text ?? '')).toEqual([
      'Click Forgot password on the sign-in page',
      'Enter the address you sign in with',
      'Follow the link in the mail within 30 minutes',
    ]);
  });

  it('takes the title from the first heading without front matter, and makes a runbook internal', async () => {
    const dir = folder({
      'guides/no-front-matter.md': '# Rotating the signing key\n\nRotate it every year.\n',
      'runbook.md': '---\nkind: runbook\n---\nPage the on-call when the queue passes 10k.\n',
    });
    const { articles } = await readKnowledge([dir]);
    const byOrigin = new Map(articles.map((a) => [a.origin, a]));
    expect(byOrigin.get('guides/no-front-matter.md')).toMatchObject({
      id: 'guides/no-front-matter.md',
      title: 'Rotating the signing key',
      visibility: 'public',
      kind: null,
    });
    expect(byOrigin.get('runbook.md')).toMatchObject({
      kind: 'runbook',
      visibility: 'internal',
      title: 'runbook',
    });
  });

  it('reads an HTML article: title, canonical link, kind and visibility from meta, lists as steps', async () => {
    const html = `<!doctype html><html><head><title>Connecting a printer</title>
<link rel="canonical" href="https://help.acme.example/printers">
<meta name="kind" content="customer-side setting"><script>alert(1)</script></head>
<body><h1>Connecting a printer</h1><p>Printers join over the local network.</p>
<ol><li>Open <b>Devices</b>.</li><li>Choose Add printer.</li><li>Print a test page.</li></ol></body></html>`;
    const { articles, warnings } = await readKnowledge([folder({ 'printer.html': html })]);
    expect(warnings).toEqual([]);
    expect(articles[0]).toMatchObject({
      title: 'Connecting a printer',
      url: 'https://help.acme.example/printers',
      kind: 'customer-side-setting',
      visibility: 'public',
    });
    expect(articles[0]?.text).not.toContain('alert(1)');
    expect(articleSteps(articles[0]?.text ?? '')).toEqual([
      'Open Devices',
      'Choose Add printer',
      'Print a test page',
    ]);
  });

  it('reads a Zendesk Guide export: skips drafts (saying so), makes segment-limited articles internal, reads the kind from labels', async () => {
    const exportJson = {
      articles: [
        {
          id: 9001,
          title: 'Changing your plan',
          body: '<p>Plans change at the next invoice.</p><ul><li>Open Billing.</li><li>Pick a plan.</li></ul>',
          html_url: 'https://acme.zendesk.example/hc/en-us/articles/9001',
          locale: 'en-us',
          label_names: ['billing', 'documented-behaviour'],
          section_id: 77,
          draft: false,
          user_segment_id: null,
        },
        { id: 9002, title: 'Unpublished', body: '<p>wip</p>', draft: true, label_names: [] },
        {
          id: 9003,
          title: 'Agent-only macro guide',
          body: '<p>Use macro 12.</p>',
          draft: false,
          user_segment_id: 55,
        },
      ],
      next_page: null,
      count: 3,
    };
    const { articles, warnings } = await readKnowledge([
      folder({
        'guide.json': JSON.stringify(exportJson),
        'one.json': JSON.stringify({ article: { ...exportJson.articles[0], id: 9004 } }),
      }),
    ]);
    expect(articles.map((a) => a.id)).toEqual(['zendesk-9001', 'zendesk-9003', 'zendesk-9004']);
    expect(articles[0]).toMatchObject({
      title: 'Changing your plan',
      url: 'https://acme.zendesk.example/hc/en-us/articles/9001',
      kind: 'documented-behaviour',
      visibility: 'public',
      tags: ['billing', 'documented-behaviour'],
      origin: 'guide.json#9001',
    });
    expect(articles[1]?.visibility).toBe('internal');
    expect(warnings).toEqual(['knowledge guide.json: 1 draft article skipped']);
  });

  it('names each bad file and its reason, and still reads the good ones', async () => {
    const dir = folder({
      'good.md': PASSWORD_ARTICLE,
      'broken-yaml.md': '---\ntitle: [unclosed\n---\nbody\n',
      'bad-kind.md': '---\nkind: rumour\n---\nbody\n',
      'not-json.json': '{"articles": [',
      'other.json': '{"tickets": []}',
      'image.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47]),
    });
    const { articles, warnings } = await readKnowledge([dir]);
    expect(articles.map((a) => a.id)).toEqual(['kb-pw-reset']);
    const byFile = (name: string) => warnings.find((w) => w.startsWith(`knowledge ${name}:`)) ?? '';
    expect(byFile('broken-yaml.md')).toMatch(/front matter is not valid YAML/);
    expect(byFile('bad-kind.md')).toMatch(/kind "rumour" is not one of/);
    expect(byFile('not-json.json')).toMatch(/not valid JSON/);
    expect(byFile('other.json')).toMatch(/not a Zendesk Guide articles export \(found tickets/);
    expect(byFile('image.png')).toMatch(/not an article/);
  });

  it('bounds sizes: an article file over the limit and articles over the count are warnings', async () => {
    const big = `# Big\n\n${'word '.repeat(400)}`;
    const dir = folder({
      'a.md': PASSWORD_ARTICLE,
      'big.md': big,
      'c.md': '# C\n\ntext\n',
      'd.md': '# D\n\ntext\n',
    });
    const { articles, warnings } = await readKnowledge([dir], { maxArticleBytes: 1000, maxArticles: 2 });
    expect(articles.map((a) => a.origin)).toEqual(['a.md', 'c.md']);
    expect(warnings).toContain('knowledge big.md: larger than the 1000 bytes article limit (2 KB); not read');
    expect(warnings).toContain('knowledge d.md: more than 2 articles; not read');
  });

  it('reads a zip of articles, and refuses an entry that climbs out of it', async () => {
    const zip = hostileZip([
      { name: 'help/pw.md', data: PASSWORD_ARTICLE, method: 'deflate' },
      { name: '../escape.md', data: '# Escape\n\ntext\n' },
    ]);
    const dir = tempDir();
    writeFileSync(join(dir, 'help-centre.zip'), zip);
    const { articles, warnings } = await readKnowledge([join(dir, 'help-centre.zip')]);
    expect(articles.map((a) => a.id)).toEqual(['kb-pw-reset']);
    expect(warnings.some((w) => w.includes('escape.md'))).toBe(true);
  });

  it('refuses a path that does not exist, naming it', async () => {
    await expect(readKnowledge(['/no/such/help-centre'])).rejects.toMatchObject({
      code: 'SPINE_ERR_INTAKE_NOT_FOUND',
      message: expect.stringContaining('knowledge /no/such/help-centre'),
    });
  });

  it('reads real GitHub Docs articles (Liquid tags, nested lists) with their titles', async () => {
    const { articles, warnings } = await readKnowledge([GITHUB_DOCS]);
    expect(warnings).toEqual([]);
    expect(articles.map((a) => a.title).sort()).toEqual([
      'About large files on GitHub',
      'Error: Key already in use',
      'Error: Permission denied (publickey)',
      'Troubleshooting custom domains and GitHub Pages',
      'Using SSH over the HTTPS port',
    ]);
    const denied = articles.find((a) => a.title.startsWith('Error: Permission'));
    expect(articleSteps(denied?.text ?? '')[0]).toBe('Open Terminal');
  });
});
