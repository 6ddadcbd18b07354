import { describe, expect, it } from 'vitest';
import { type ItemSpec, makeIntake } from '../../../test/helpers/make-evidence.js';
import { analyze } from '../language/analyze.js';
import { buildContext } from './context.js';
import {
  deriveOurRouting,
  routesToEngineering,
  routesToLeadership,
  routesToProduct,
  routesToSecurity,
} from './derive-our-routing.js';

const one = (text: string) => {
  const [sentence] = analyze(text).sentences;
  if (!sentence) throw new Error(`no sentence in ${text}`);
  return sentence;
};

describe('routesToSecurity', () => {
  it.each([
    'I looped in the security team.',
    'Escalating to our security on-call now.',
    'Handing this one to security.',
    'Security has been notified.',
  ])('our side takes it to security: %j', (text) => {
    expect(routesToSecurity(one(text))).toBe(true);
  });

  it.each([
    // denied, asked, doubted, conditional
    'No need to involve security here.',
    'Should we loop in security?',
    'We might have to bring security in.',
    'If the token leaked we will escalate to security.',
    // a setting or a topic, not the team
    'We checked the security settings with them.',
    'I flagged the security questionnaire as done.',
    // no routing at all
    'The security team reviewed the SSO setup last year.',
  ])('no routing to security: %j', (text) => {
    expect(routesToSecurity(one(text))).toBe(false);
  });
});

describe('routesToProduct', () => {
  it.each([
    'Any change to the rollout date needs product sign-off.',
    'That is for product to decide.',
    'Honestly this is a product decision, not ours.',
    'Our PM has to approve an exception.',
    'We need a decision from product on this.',
    'Sign-off by the PM is still pending.',
    'Waiting on sign off from product before we reply.',
  ])("our side says the call is product's: %j", (text) => {
    expect(routesToProduct(one(text))).toBe(true);
  });

  it.each([
    // what we sell, a screen or a queue, not a team deciding
    'The product approval queue is stuck.',
    'The product decides the order of fields automatically.',
    'The product sign-off page crashed.',
    // someone else's, asked, denied
    'Their PM decided to wait.',
    'Should product decide this?',
    'Product does not need to approve this.',
    'No product sign-off is needed here.',
  ])('no product decision: %j', (text) => {
    expect(routesToProduct(one(text))).toBe(false);
  });
});

describe('routesToEngineering', () => {
  it.each([
    "I've handed the crash reports to our engineering team.",
    'Escalating this to eng now.',
    'Passed both tickets to our mobile and engineering teams.',
  ])('our side takes it to engineering: %j', (text) => {
    expect(routesToEngineering(one(text))).toBe(true);
  });

  it.each([
    'Should I escalate this to eng?',
    'No need to involve engineering, it is a setting.',
    'Please ask your developers to check the webhook secret.',
    'Engineering reviewed the import code last month.',
    // what the engineers did or were told, not where the case went
    'Engineers were alerted at 09:50 and rolled the config back.',
    'The on-call engineers escalated it to the cloud vendor.',
  ])('no routing to engineering: %j', (text) => {
    expect(routesToEngineering(one(text))).toBe(false);
  });
});

describe('routesToLeadership', () => {
  it.each([
    "I've flagged the refund question to the VP Support.",
    'Passed their three asks to our management and will follow up.',
    'Waiving the fee is for the VP Finance to decide.',
    'Anything above the cap needs leadership approval.',
    // the same decision word the product reader reads, split by the tokenizer or not
    'A waiver this size needs VP sign-off first.',
    'Holding the credit until the CFO can sign off on it.',
  ])('our side takes a decision to leadership: %j', (text) => {
    expect(routesToLeadership(one(text))).toBe(true);
  });

  it.each([
    // the customer's people, a question, a denial
    'Their CFO is now involved in the dispute.',
    "Ortwell's CTO forwarded the mail to support.",
    'Should we loop in the VP?',
    'This does not need leadership approval, it is within my limit.',
    // no routing, no decision
    'The CTO signed the order form last spring.',
    'The CFO signed the renewal and we are done.',
    'No VP sign-off is needed under the cap.',
    // another function's team, not leadership
    'I am escalating this to our warehouse management team.',
  ])('no decision taken to leadership: %j', (text) => {
    expect(routesToLeadership(one(text))).toBe(false);
  });
});

const ASOF = '2030-05-01T12:00:00Z';
const at = (hour: number) => `2030-05-01T${String(hour).padStart(2, '0')}:00:00Z`;
const derive = (specs: ItemSpec[]) => deriveOurRouting(buildContext(makeIntake(specs), ASOF));

describe('deriveOurRouting', () => {
  it('cites our sentence with a structure trace', () => {
    const out = derive([
      { text: 'A parent got the wrong pupil’s report card in their inbox.', at: at(8) },
      {
        text: 'Confirmed from the logs. Looping in security now.',
        role: 'support',
        at: at(9),
        visibility: 'internal',
      },
    ]);
    expect(out.cites).toEqual(['S1:m2']);
    expect(out.traces[0]).toMatchObject({ mechanism: 'structure', rule: 'our-routing-security' });
  });

  it('the customer asking for security is not our decision', () => {
    expect(derive([{ text: 'Please escalate this to your security team.', at: at(8) }]).cites).toEqual([]);
  });
});

describe('routesToLeadership: a "Head of <function>" title', () => {
  it.each([
    'I am passing this to the Head of Customer Success for a call on the refund.',
    'Escalating to our Head of Finance to approve the exception.',
    'Needs the Head of Support to decide on the extension.',
  ])('reads %s as leadership', (text) => {
    expect(routesToLeadership(one(text))).toBe(true);
  });

  it.each([
    'I moved the ticket to the head of the queue.',
    'Head over to Settings and pass the token to the admin.',
    'Their Head of IT will approve the change.',
    'There is no need to escalate to the Head of Finance.',
  ])('does not read %s as leadership', (text) => {
    expect(routesToLeadership(one(text))).toBe(false);
  });
});

describe('deriveOurRouting: a rule with a money threshold', () => {
  const leadership = (specs: ItemSpec[]) =>
    deriveOurRouting(buildContext(makeIntake(specs), ASOF), 'leadership').cites;
  const RULE = {
    text: 'Anything over £60 is for the VP to decide.',
    role: 'support',
    at: at(10),
    visibility: 'internal',
  } as const;

  it('takes no case to leadership when the amends stay under the threshold', () => {
    expect(
      leadership([
        { text: 'Why was I charged a late fee?', at: at(8) },
        { text: 'Refunded the £12 late fee.', role: 'support', at: at(9), visibility: 'internal' },
        RULE,
      ]),
    ).toEqual([]);
  });

  it('takes it to leadership when an ask reaches past the threshold', () => {
    expect(leadership([{ text: 'I expect a £250 refund for the lost weekend.', at: at(8) }, RULE])).toEqual([
      'S1:m2',
    ]);
  });
});
