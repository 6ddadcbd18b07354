import { describe, expect, it } from 'vitest';
import { makeFacts } from '../../../test/helpers/make-decide-input.js';
import { item, makeRenderInput, makeSource } from '../../../test/helpers/make-render-input.js';
import type { KnowledgeArticle } from '../knowledge/article.js';
import type { ChosenArticle } from '../knowledge/consult-knowledge.js';
import type { Decision } from '../model/packet.js';
import { buildCustomerUpdate } from './customer-update.js';

const HANDLED: Decision = {
  escalate: false,
  criteria: [{ id: 'handle-team-docs', label: 'docs cover it', cites: ['S2:kb'] }],
  severity: null,
  targets: [],
  owner: null,
  respondBy: null,
  cadence: null,
};

function article(overrides: Partial<KnowledgeArticle>): KnowledgeArticle {
  return {
    id: 'kb-1',
    title: 'Calendar invites land in spam',
    url: 'https://help.acme.example/articles/calendar-spam',
    visibility: 'public',
    kind: 'customer-side-setting',
    product: null,
    tags: [],
    text: '',
    origin: 'kb/calendar-spam.md',
    sha256: 'a'.repeat(64),
    ...overrides,
  };
}

function chosen(a: KnowledgeArticle, cite: string, steps: string[], answers?: string): ChosenArticle {
  return {
    article: a,
    cite,
    steps,
    strong: answers !== undefined,
    considered: {
      id: a.id,
      title: a.title,
      url: a.url,
      kind: a.kind,
      visibility: a.visibility,
      score: 500,
      matchedTerms: ['calendar', 'invite', 'spam'],
      chosen: true,
      why: 'best match',
      cite,
      ...(answers ? { answers } : {}),
    },
  };
}

const PUBLIC_STEPS = [
  'Add invites@acme.example to your allowed senders',
  'Open the quarantine view of your mail filter and release the held invites',
  'Ask us to clear the block on relay-9.internal',
];
const RUNBOOK_TEXT =
  'Runbook: invites bounced\n\nCheck the suppression table on relay-9.internal and page #mail-oncall if more than 20 tenants bounce.';

const CUSTOMER = item(
  'S1:c1',
  'Our team stopped getting calendar invites from your app; they end up in spam.',
  'customer',
);
const PUBLIC_ARTICLE = item(
  'S2:kb',
  'Calendar invites land in spam\n\n1. Add invites@acme.example …',
  'customer',
  {
    author: null,
  },
);
const RUNBOOK = item('S3:kb', RUNBOOK_TEXT, 'x', { author: null, visibility: 'internal' });

function input(knowledge: ChosenArticle[], decision: Decision = HANDLED) {
  return makeRenderInput([CUSTOMER, PUBLIC_ARTICLE, RUNBOOK], {
    sources: [makeSource('S1', 'ticket'), makeSource('S2', 'other'), makeSource('S3', 'other')],
    facts: makeFacts({ problem: { value: 'Calendar invites go to spam', cites: ['S1:c1'] } }),
    decision,
    knowledge,
  });
}

const publicArticle = chosen(article({}), 'S2:kb', PUBLIC_STEPS, 'covers 4 of 5 words of the problem');
const runbook = chosen(
  article({
    id: 'rb-1',
    title: 'Runbook: invites bounced',
    url: null,
    visibility: 'internal',
    kind: 'runbook',
  }),
  'S3:kb',
  ['Check the suppression table on relay-9.internal', 'Page #mail-oncall if more than 20 tenants bounce'],
  'covers 3 of 5 words of the problem',
);

describe('customer update with the team docs', () => {
  it("gives a public article's steps and link, and leaves out a step naming something internal", () => {
    const { text } = buildCustomerUpdate(input([runbook, publicArticle]));
    expect(text).toContain('Our help article "Calendar invites land in spam" covers this:');
    expect(text).toContain('1. Add invites@acme.example to your allowed senders.');
    expect(text).toContain('2. Open the quarantine view of your mail filter and release the held invites.');
    expect(text).toContain('The full article is here: https://help.acme.example/articles/calendar-spam');
    expect(text).not.toContain('relay-9');
  });

  it('never lets an internal runbook reach the customer, even when it is the only article chosen', () => {
    const { text } = buildCustomerUpdate(input([runbook]));
    for (const internal of ['relay-9', 'suppression', 'mail-oncall', 'Runbook'])
      expect(text).not.toContain(internal);
    expect(text).not.toContain('help article');
  });

  it('gives no article steps when the article does not answer the handoff, or when the case is escalated', () => {
    const related = chosen(article({}), 'S2:kb', PUBLIC_STEPS);
    expect(buildCustomerUpdate(input([related])).text).not.toContain('help article');
    const escalated: Decision = {
      ...HANDLED,
      escalate: true,
      criteria: [{ id: 'esc-defect', label: 'Product defect', cites: ['S1:c1'] }],
    };
    expect(buildCustomerUpdate(input([publicArticle], escalated)).text).not.toContain('help article');
  });
});
