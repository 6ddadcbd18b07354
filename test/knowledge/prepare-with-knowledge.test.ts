/**
 * End to end on the bundled example: a handoff whose answer is in the team's docs
 * (examples/report-emails-blocked + examples/help-centre) is handled in support, cites the
 * article, carries its steps and link to the customer, and never the internal runbook.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveKnowledgePaths } from '../../src/app/load-knowledge.js';
import { loadPacketSchema } from '../../src/app/load-packet-schema.js';
import { loadPolicy } from '../../src/app/load-policy.js';
import { type PrepareFromPathsResult, prepareFromPaths } from '../../src/app/prepare-from-paths.js';
import { tempDirFactory } from '../helpers/temp-dir.js';

const ROOT = join(import.meta.dirname, '../..');
const HANDOFF = join(ROOT, 'examples/report-emails-blocked');
const HELP_CENTRE = join(ROOT, 'examples/help-centre');
const RUNBOOK_ONLY = ['mailer-2', 'msg-oncall', 'suppression', 'Runbook'];
const tempDir = tempDirFactory('spine-knowledge-e2e-');

let withDocs: PrepareFromPathsResult;
let withoutDocs: PrepareFromPathsResult;
beforeAll(async () => {
  withDocs = await prepareFromPaths([HANDOFF], { knowledgePaths: [HELP_CENTRE], ocrCache: false });
  withoutDocs = await prepareFromPaths([HANDOFF], { knowledge: null, ocrCache: false });
});

describe('prepare with the team docs', () => {
  it('escalates without the docs and keeps the case in support with them, citing the article', () => {
    expect(withoutDocs.packet.decision.escalate).toBe(true);
    expect(withoutDocs.packet.knowledge).toBeUndefined();
    const { decision, knowledge, evidence } = withDocs.packet;
    expect(decision.escalate).toBe(false);
    const rule = decision.criteria.find((c) => c.id === 'handle-team-docs');
    const article = knowledge?.considered.find((c) => c.id === 'kb-report-email-allowlist');
    expect(article?.chosen).toBe(true);
    expect(rule?.cites).toEqual([article?.cite]);
    const cited = evidence.find((e) => e.id === article?.cite);
    expect(cited?.visibility).toBe('public');
    expect(cited?.text.startsWith('Scheduled report emails are rejected by your mail server')).toBe(true);
  });

  it("puts the article's steps and link in the customer update, and nothing from the runbook", () => {
    const { drafts, knowledge, evidence } = withDocs.packet;
    const update = drafts.customerUpdate.text;
    expect(update).toContain(
      '1. Ask your email administrator to allow the sender reports@mail.ourapp.example',
    );
    expect(update).toContain('https://help.ourapp.example/articles/kb-report-email-allowlist');
    const runbook = knowledge?.considered.find((c) => c.id === 'rb-report-email-delivery');
    expect(runbook?.chosen).toBe(true);
    expect(evidence.find((e) => e.id === runbook?.cite)?.visibility).toBe('internal');
    for (const word of RUNBOOK_ONLY) expect(update).not.toContain(word);
  });

  it('names the article and the runbook in the handoff note and lists what was considered in packet.md', () => {
    expect(withDocs.packet.drafts.handoff).toContain('**Team docs:**');
    expect(withDocs.packet.drafts.handoff).toContain(
      'Runbook: scheduled report emails rejected or not delivered (runbook, internal)',
    );
    expect(withDocs.markdown).toContain('## Team docs considered');
    expect(withDocs.markdown).toMatch(
      /\| \[Two-way calendar sync[^|]*\|[^|]*\|[^|]*\|[^|]*\| no \| matched 1 word/,
    );
    expect(withDocs.warnings).toContain('knowledge guide-export.json: 1 draft article skipped');
  });

  it('still validates against the packet contract, and gives the same packet twice', async () => {
    const schema = loadPacketSchema();
    if ('missing' in schema) throw new Error(schema.missing);
    expect(schema.validate(withDocs.packet)).toEqual([]);
    const again = await prepareFromPaths([HANDOFF], { knowledgePaths: [HELP_CENTRE], ocrCache: false });
    expect(JSON.stringify(again.packet)).toBe(JSON.stringify(withDocs.packet));
  });
});

describe('where the knowledge comes from', () => {
  it('takes --knowledge first, then SPINE_KNOWLEDGE, then the policy key relative to the policy file', async () => {
    const dir = tempDir();
    const policyFile = join(dir, 'team.policy.yaml');
    const { policy } = await loadPolicy();
    const withKey = { ...policy, knowledge: ['../help', 'runbooks'] };
    expect(
      resolveKnowledgePaths({ flags: ['a'], env: 'b', policy: withKey, policyPath: policyFile }),
    ).toEqual(['a']);
    expect(
      resolveKnowledgePaths({
        env: 'b:c',
        policy: withKey,
        policyPath: policyFile,
      }),
    ).toEqual(['b', 'c']);
    expect(resolveKnowledgePaths({ policy: withKey, policyPath: policyFile })).toEqual([
      join(dir, '..', 'help'),
      join(dir, 'runbooks'),
    ]);
    expect(resolveKnowledgePaths({ policy })).toEqual([]);
  });
});
