import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EvidenceDraftSchema } from '../../model/evidence.js';
import type { FormatParser, ParseResult } from '../../model/intake.js';
import { freshdeskParsers } from '../freshdesk.js';
import { harParsers } from '../har.js';
import { helpscoutParsers } from '../helpscout.js';
import { intercomParsers } from '../intercom.js';
import { statuspageParsers } from '../statuspage.js';
import { teamsParsers } from '../teams.js';
import { zendeskParsers } from '../zendesk.js';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const SAMPLES = path.resolve(repoRoot, '../shared/formats/samples');

const PARSERS: readonly FormatParser[] = [
  ...zendeskParsers,
  ...freshdeskParsers,
  ...intercomParsers,
  ...helpscoutParsers,
  ...teamsParsers,
  ...statuspageParsers,
  ...harParsers,
];

const CASES: readonly [string, string][] = [
  ['acme-zendesk-comments-48219.json', 'zendesk-comments'],
  ['zendesk-ticket-sideload-go-zendesk.json', 'zendesk-ticket'],
  ['zendesk-ticket-audits-go-zendesk.json', 'zendesk-audits'],
  ['freshdesk-ticket.json', 'freshdesk-ticket'],
  ['freshdesk-conversations-python-freshdesk.json', 'freshdesk-conversations'],
  ['intercom-conversation.json', 'intercom-conversation'],
  ['helpscout-conversation-threads.json', 'helpscout-conversation'],
  ['teams-chat-messages-graph.json', 'teams-messages'],
  ['statuspage-incidents-page-local-time.json', 'statuspage'],
  ['login.har', 'har'],
];

/** Replaces the n-th node (depth-first, modulo the node count) of `value` with `replacement`. */
function mutate(value: unknown, n: number, replacement: unknown): unknown {
  const nodes: { parent: Record<string, unknown> | unknown[]; key: string | number }[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) {
      node.forEach((child, i) => {
        nodes.push({ parent: node, key: i });
        visit(child);
      });
    } else if (node !== null && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) {
        nodes.push({ parent: node as Record<string, unknown>, key });
        visit(child);
      }
    }
  };
  const copy = structuredClone(value);
  visit(copy);
  const target = nodes[n % Math.max(nodes.length, 1)];
  if (target) (target.parent as Record<string | number, unknown>)[target.key] = replacement;
  return copy;
}

function checkResult(result: ParseResult, name: string) {
  expect(['parsed', 'skipped', 'failed']).toContain(result.status);
  for (const warning of result.warnings) {
    expect(warning.startsWith(`${name}: `)).toBe(true);
    // guardParse's message: an exception nobody handled
    expect(warning).not.toContain('could not read');
  }
  const locators = new Set<string>();
  for (const item of result.items) {
    expect(EvidenceDraftSchema.safeParse(item).success).toBe(true);
    expect(locators.has(item.locator)).toBe(false);
    locators.add(item.locator);
    if (item.at !== null) expect(item.at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  }
}

describe('JSON intake parsers tolerate damaged exports', () => {
  it.each(CASES)(
    '%s: any one field replaced by any JSON value still parses cleanly',
    async (file, format) => {
      const parser = PARSERS.find((p) => p.format === format);
      if (!parser) throw new Error(`missing parser ${format}`);
      const sample: unknown = JSON.parse(
        readFileSync(path.join(SAMPLES, file), 'utf8').replace(/^\uFEFF/, ''),
      );
      await fc.assert(
        fc.asyncProperty(fc.nat(), fc.jsonValue({ maxDepth: 3 }), async (n, replacement) => {
          const bytes = new TextEncoder().encode(JSON.stringify(mutate(sample, n, replacement)));
          const unit = { name: 'damaged.json', files: [{ name: 'damaged.json', bytes }] };
          parser.detect(unit);
          checkResult(await parser.parse(unit, {}), 'damaged.json');
        }),
        { numRuns: 150, seed: 20261123 },
      );
    },
  );

  it('every parser returns a named failure for bytes that are not JSON', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 200 }), async (bytes) => {
        for (const parser of PARSERS) {
          const unit = { name: 'noise.bin', files: [{ name: 'noise.bin', bytes }] };
          expect(parser.detect(unit)).toBeGreaterThanOrEqual(0);
          checkResult(await parser.parse(unit, {}), 'noise.bin');
        }
      }),
      { numRuns: 100, seed: 7 },
    );
  });

  it('every parser fails, naming the file, on a unit with no files', async () => {
    for (const parser of PARSERS) {
      const result = await parser.parse({ name: 'empty', files: [] }, {});
      expect(result.status).toBe('failed');
      expect(result.warnings[0]).toMatch(/^empty: /);
    }
  });
});
