/** @module Signals derived from the facts and the evidence, each true one with its cites. */

import { analyze } from '../language/analyze.js';
import { isInsideCondition } from '../language/clause.js';
import { readsAccessOutlivesRevocation } from '../language/reads-access-outlives-revocation.js';
import { everyoneFailsAt } from '../language/reads-everyone-fails.js';
import { readsOthersDataShown } from '../language/reads-others-data-shown.js';
import { readsPrivateDataShown } from '../language/reads-private-data-shown.js';
import { readsSeenWithoutRight } from '../language/reads-seen-without-right.js';
import { readsSomeoneElseUsed } from '../language/reads-someone-else-used.js';
import { onlyAThingSays } from '../language/reported-speech.js';
import type { Sentence } from '../language/types.js';
import type { Facts } from '../model/packet.js';
import type { SignalTrace } from '../model/signal-trace.js';
import type { SignalCites, Signals } from '../model/signals.js';
import type { Trace } from '../model/trace.js';
import { classifyReport } from './classify-report-text.js';
import type { ExtractContext, Item } from './context.js';
import { affirmedCites, deniesWord, isMatchDenied } from './denied-match.js';
import { deriveAssessment } from './derive-assessment.js';
import { askTraces, compensationAsks } from './derive-compensation-asked.js';
import { compensationAuthorityCites, docGrantCites } from './derive-compensation-authority.js';
import { deriveFixReleased } from './derive-fix-released.js';
import { deriveOurRouting } from './derive-our-routing.js';
import { missedCommitmentCites } from './derive-signals-missed-commitment.js';
import { type ExplainedClaims, withoutExplained } from './explained-by-us.js';
import { extractAccountNumbers } from './extract-account-numbers.js';
import { OTHERS } from './extract-pattern.js';
import { citesFor, citesWhere, isStatement, sentenceHits } from './find-sentences.js';
import { confirmedDefects } from './hypothesis-confirmed-defect.js';
import { docsPointers } from './points-to-docs.js';
import { deniesDefect, deniesWholeDefect, readsOurFault } from './read-assessment.js';
import { deriveStatedSeverity } from './read-stated-severity.js';
import { readsAsksOldWay } from './reads-asks-old-way.js';
import { readsBlocked } from './reads-blocked.js';
import { readsByDesign } from './reads-by-design.js';
import { readsCauseDoubt } from './reads-cause-doubt.js';
import { readsExecutiveAsk } from './reads-executive-ask.js';
import { readsFeatureRequest } from './reads-feature-request.js';
import { readsL2Step } from './reads-l2-step.js';
import { readsEndedOutage, readsNoOutage } from './reads-no-outage.js';
import { notSecurityCites } from './reads-not-security.js';
import { readsOthersReportSame } from './reads-others-report-same.js';
import { readsOurProposal } from './reads-our-proposal.js';
import { onlyOverdueBill } from './reads-overdue-bill.js';
import { readsPrecaution } from './reads-precaution.js';
import { readsReleaseOnset } from './reads-release-onset.js';
import { assertsSignal } from './reads-signal-sentence.js';
import { readsWrongShown } from './reads-wrong-shown.js';
import { withoutRefuted } from './refuted-by-us.js';
import { relayedClaims } from './relayed-claims.js';
import { recurrenceCites } from './repeat-contact.js';
import * as cue from './signal-cues.js';
import {
  isStatusPage,
  NOT_ESTABLISHED,
  othersAffected,
  statusOutageCites,
  statusPageCites,
} from './signal-scope.js';
import type { SignalTraces } from './trace-signals.js';

// what a regression is blamed on; our side denying one of them refutes it
const RELEASE_WORDS: ReadonlySet<string> = new Set(
  'release deploy deployment upgrade update rollout migration version change'.split(' '),
);

// what a loss is said with; our side saying no to one ("your records are not lost") refutes a loss
const LOSS_WORDS: ReadonlySet<string> = new Set('lose lost delete deleted gone wipe disappear'.split(' '));

// "not a bug", "works as designed": the behaviour the customer calls a defect is intended
const saysNotADefect = (item: Item, index: number): boolean => {
  const sentence = item.analyzed[index];
  return sentence !== undefined && deniesDefect(sentence);
};

type BoolKey = { [K in keyof Signals]: Signals[K] extends boolean ? K : never }[keyof Signals];

// a status page speaks of its own incidents, often unrelated to the case: it feeds only
// vendorIncident and, for an open major incident, outage
const notField = (i: Item): boolean => i.unit !== 'account' && !isStatusPage(i);
const byCustomer = (i: Item): boolean => i.isCustomer;
// our people, or an unnamed internal author (a pasted chat); never a ticket field or a bot
const byStaff = (i: Item): boolean =>
  i.unit !== 'field' && (i.isStaff || (i.role === 'unknown' && i.ev.author?.side === 'internal'));
const notBot = (i: Item): boolean => notField(i) && i.role !== 'bot';
const notMachine = (i: Item): boolean => i.unit !== 'log' && i.unit !== 'request' && i.unit !== 'field';
// the customer's or our staff's own sentences: the signal-sentence classifier learned prose, not
// ticket fields, log lines or unattributed pasted text
const byPerson = (i: Item): boolean => (i.isCustomer || byStaff(i)) && notBot(i) && notMachine(i);

function productArea(facts: Facts, ctx: ExtractContext): string {
  const text = [facts.problem?.value ?? '', ...facts.symptoms.map((s) => s.value)].join(' ');
  const score = (t: string): string => {
    let best = 'other';
    let bestCount = 0;
    for (const [area, re] of cue.AREAS) {
      const n = t.match(re)?.length ?? 0;
      if (n > bestCount) {
        best = area;
        bestCount = n;
      }
    }
    return best;
  };
  const fromProblem = score(text);
  if (fromProblem !== 'other') return fromProblem;
  return score(
    ctx.items
      .filter(byCustomer)
      .map((i) => i.ev.text.slice(0, 4000))
      .join(' '),
  );
}

function deadlineHours(facts: Facts, asOf: string): { hours: number; cites: string[] } {
  const now = Date.parse(asOf);
  let best: { hours: number; cites: string[] } = { hours: -1, cites: [] };
  for (const d of facts.deadlines) {
    if (!d.at || d.text.startsWith('Renewal ')) continue;
    const t = Date.parse(d.at);
    if (Number.isNaN(t) || t < now) continue;
    const hours = Math.ceil((t - now) / 3_600_000);
    if (best.hours < 0 || hours < best.hours) best = { hours, cites: [...d.cites] };
  }
  return best;
}

/**
 * Like citesFor, but a claim made before our side refuted it ("it's not the release", "not a bug")
 * no longer counts; a claim made after the last refutation still does.
 */
function unrefuted(
  items: readonly Item[],
  cue: RegExp,
  // a refuting sentence: a pattern, or a reading of the sentence (item, index)
  refute: RegExp | ((item: Item, index: number) => boolean),
  keep: (item: Item) => boolean,
  limit = 5,
  // a hit to pass by: a pattern over the sentence, or a reading of it (item, index)
  veto?: RegExp | ((item: Item, index: number) => boolean),
  // for cues that assert a cause ("since the deploy"): our side denying the cue, or one of these
  // words ("we ruled out the upgrade", "nothing changed"), refutes it too
  denied?: ReadonlySet<string>,
  // a structural reading that asserts the same thing as the cue; refuted the same way
  reads?: (item: Item, index: number) => boolean,
): string[] {
  let last = -1;
  // each item's position, looked up once per call instead of scanned for at every sentence
  const position = new Map<Item, number>();
  items.forEach((item, n) => {
    if (!position.has(item)) position.set(item, n);
  });
  const order = (item: Item, index: number): number => (position.get(item) ?? -1) * 10_000 + index;
  const ours = (i: Item): boolean => !i.isCustomer && notBot(i) && notMachine(i);
  const refutes = (item: Item, index: number): boolean =>
    typeof refute === 'function' ? refute(item, index) : refute.test(item.sentences[index] ?? '');
  for (const item of items.filter(ours))
    item.sentences.forEach((_, index) => {
      if (refutes(item, index)) last = Math.max(last, order(item, index));
    });
  // "we ruled out the deploy", "it's not the upgrade": our side saying no to the cue itself
  if (denied)
    for (const item of items.filter(ours))
      item.sentences.forEach((_, index) => {
        if (deniesWord(item, index, denied)) last = Math.max(last, order(item, index));
      });
  const ids: string[] = [];
  for (const hit of sentenceHits(items, cue, keep)) {
    const vetoed = typeof veto === 'function' ? veto(hit.item, hit.index) : veto?.test(hit.sentence);
    if (order(hit.item, hit.index) <= last || refutes(hit.item, hit.index) || vetoed) continue;
    if (denied && isMatchDenied(hit.item, hit.index, hit.match)) continue;
    if (!ids.includes(hit.item.id)) ids.push(hit.item.id);
    if (ids.length >= limit) break;
  }
  if (reads)
    for (const item of items.filter(keep))
      item.analyzed.forEach((_, index) => {
        if (ids.length >= limit || ids.includes(item.id) || order(item, index) <= last) return;
        if (!refutes(item, index) && reads(item, index)) ids.push(item.id);
      });
  return ids;
}

/**
 * Statements matching an outage cue, except sentences that name an outage they deny, date or
 * count ("not an outage", "the 12 November outage", "three outages this quarter"), and an outage
 * past that only sets the time of something else ("14 orders while the images were down").
 */
function outageCites(
  items: readonly Item[],
  outage: RegExp,
  keep: (item: Item) => boolean = () => true,
  limit = 5,
): string[] {
  const ids: string[] = [];
  for (const hit of sentenceHits(items, outage, (i) => notField(i) && keep(i))) {
    const s = hit.item.analyzed[hit.index];
    if (
      !isStatement(hit) ||
      (s && isInsideCondition(s, hit.match.index, hit.sentence)) ||
      (s && readsEndedOutage(s, hit.match[0])) ||
      (s && readsNoOutage(s))
    )
      continue;
    if (!ids.includes(hit.item.id)) ids.push(hit.item.id);
    if (ids.length >= limit) break;
  }
  return ids;
}

/** Statements that other customers are affected; never a question, an open check nor "they look fine". */
function otherCustomerCites(items: readonly Item[], keep: (item: Item) => boolean, limit = 5): string[] {
  const ids: string[] = [];
  for (const hit of sentenceHits(items, OTHERS, keep)) {
    const s = hit.sentence;
    // "I want to know if it touched other tenants" asks, put indirectly
    if (!isStatement(hit) || NOT_ESTABLISHED.test(s) || !othersAffected(hit.item, hit.index)) continue;
    if (!ids.includes(hit.item.id)) ids.push(hit.item.id);
    if (ids.length >= limit) break;
  }
  return ids;
}

/** Where a sentence says something fails for everyone, unless it names an outage it denies; else -1. */
const everyoneFails = (s: Sentence): number => (readsNoOutage(s) ? -1 : everyoneFailsAt(s));

/** True when every sentence of a workaround only asks someone to refrain from something. */
function readsOnlyPrecaution(text: string): boolean {
  const sentences = analyze(text).sentences;
  return sentences.length > 0 && sentences.every(readsPrecaution);
}

/** Evidence ids of the draft reply's sentences that offer compensation (for the gate, not the decision). */
export function draftCompensationCites(ctx: ExtractContext): string[] {
  return affirmedCites(ctx.draftItems, cue.COMPENSATION, () => true);
}

/** Computes every signal; a boolean is true only when cited evidence (never the draft) says so. */
export function deriveSignals(
  facts: Facts,
  ctx: ExtractContext,
): {
  signals: Signals;
  signalCites: SignalCites;
  signalTraces: SignalTraces;
  classifierTraces: readonly SignalTrace[];
  /** claims the customer alone made that our side later explained: set no signal, traced apart */
  explained: ReadonlyArray<readonly [keyof Signals, ExplainedClaims]>;
} {
  const items = ctx.items;
  const cites: SignalCites = {};
  const flags: Partial<Record<BoolKey, boolean>> = {};
  const explained: Array<readonly [BoolKey, ExplainedClaims]> = [];
  const set = (key: BoolKey, ids: readonly string[]): void => {
    flags[key] = ids.length > 0;
    if (ids.length > 0) cites[key] = ids;
  };
  const crossTenant = [
    ...new Set([
      ...citesFor(items, cue.CROSS_TENANT, notField),
      // "saw another household's rent balance": one party's data shown to another, read from structure
      ...citesWhere(items, readsOthersDataShown, notField),
    ]),
  ];
  set('crossTenantData', crossTenant);
  const security = [
    ...citesFor(items, cue.SECURITY, notField),
    ...citesFor(items, cue.PRIVACY, notField, 5, true),
    // "her login was used by someone else": unauthorised access without the word, read from structure
    ...citesWhere(items, readsSomeoneElseUsed, notField),
    // "the token still works after she was deactivated": access that outlived its revocation
    ...citesWhere(items, readsAccessOutlivesRevocation, notField),
    // "anonymous donors' names are shown on the public page": something kept private shown to
    // people who should not see it, a privacy exposure without the word "breach"
    ...citesWhere(items, readsPrivateDataShown, notField),
    // "she opened notes on a claim that isn't hers": someone saw what is not theirs to see
    ...citesWhere(items, readsSeenWithoutRight, notField),
  ];
  const report = classifyReport(ctx);
  const assessment = deriveAssessment(ctx);
  // our side's own severity call ("treat as P1", "Declaring SEV1"), the latest one
  const ourSeverity = deriveStatedSeverity(ctx);
  // our staff taking the case to the security team say it is a suspected security matter
  const ourRouting = deriveOurRouting(ctx);
  const bySecurityCues = [...crossTenant, ...security, ...report.securityCites];
  set('security', [...new Set([...bySecurityCues, ...ourRouting.cites])]);
  // the report reads as the security area; our side saying "not a security issue" answers it
  const concernAnswered = report.concernCites.length > 0 && notSecurityCites(ctx).length > 0;
  set('securityConcern', concernAnswered ? [] : report.concernCites);
  // "is any order data lost?" asks; only a statement establishes a loss
  // "no data lost", "nothing was dropped": a denied loss is the opposite of one
  // … and a loss our side later said no to ("no duplicate charge") is no loss
  // … and "everything is gone" from the customer alone, which our side explained, is no loss of ours
  const lossIds = withoutRefuted(
    items,
    cue.DATA_LOSS,
    affirmedCites(items, cue.DATA_LOSS, notField, 5, cue.NOT_DATA_LOSS, true),
    LOSS_WORDS,
  );
  const dataLoss = withoutExplained(items, lossIds, false, relayedClaims(items, lossIds, [cue.DATA_LOSS]));
  set('dataLoss', dataLoss.kept);
  explained.push(['dataLoss', dataLoss]);
  // "your API is down" from the customer alone, which our side later put down to their side, to
  // documented behaviour or showed working for everyone else, is explained, not an outage
  const outageIds = [
    ...new Set([
      ...outageCites(items, cue.OUTAGE),
      ...outageCites(items, cue.OUTAGE_CHANNEL),
      // "no orders since Thursday" is the customer's business at a halt; our side saying it is more
      ...outageCites(items, cue.BUSINESS_HALT, (i) => !i.isCustomer),
      // the signal-sentence classifier, over what the customer or our staff wrote
      ...citesWhere(items, (s) => assertsSignal(s, 'outage'), byPerson),
      // "nobody can log in", "all our users are locked out", "down for everyone": read from structure
      // … never a published article: "applies on every plan" states a rule, nobody failing
      ...citesWhere(
        items,
        (s) => everyoneFails(s) >= 0,
        (i) => notField(i) && !ctx.articleIds.has(i.id),
      ),
      ...statusOutageCites(items),
    ]),
  ];
  // "the customer calls it an outage", "the seller says it is "down for everyone"": our staff passing
  // on their claim
  const relayedOutage = relayedClaims(
    items,
    outageIds,
    [cue.OUTAGE, cue.OUTAGE_CHANNEL, cue.BUSINESS_HALT],
    [everyoneFails],
  );
  const outage = withoutExplained(items, outageIds, true, relayedOutage);
  set('outage', outage.kept);
  explained.push(['outage', outage]);
  // "we can't create a single label", explained by a cause on their side: blocked by their own hand
  const blocked = withoutExplained(items, citesWhere(items, readsBlocked, byCustomer), false);
  set('blocked', blocked.kept);
  explained.push(['blocked', blocked]);
  // "asked whether anything changed", "if your release broke this": only statements count
  // … and "it says our release caused it" (a draft, a notice, a message on screen): words only a thing
  // is reported to say are nobody's statement in the thread
  const thingSaysRelease = (item: Item, index: number): boolean => {
    const sentence = item.analyzed[index];
    return sentence !== undefined && onlyAThingSays(sentence, cue.RELEASE);
  };
  set(
    'regression',
    unrefuted(
      items,
      cue.RELEASE,
      // our side leaving open whether a release caused it: a deploy close in time is then no confirmed
      // regression; our side saying the changed behaviour is intended ("works as designed") makes it a
      // change the release meant, not a regression
      (item, index) => readsCauseDoubt(item.analyzed[index], RELEASE_WORDS) || saysNotADefect(item, index),
      notField,
      5,
      (item, index) => cue.NOT_A_STATEMENT.test(item.sentences[index] ?? '') || thingSaysRelease(item, index),
      RELEASE_WORDS,
      // "it started the day 5.2 went out": the onset tied to a release, read from structure
      (item, index) => {
        const sentence = item.analyzed[index];
        return (
          sentence !== undefined &&
          readsReleaseOnset(sentence, item.isCustomer) &&
          !thingSaysRelease(item, index)
        );
      },
    ),
  );
  // … and our side owning the cause ("the cause is on our side", "my mistake in the build"), read by
  // the assessment reader; only our "not a bug" or "it works as designed" refutes it, not a later
  // remark that one part of it is intended
  set(
    'bugConfirmed',
    unrefuted(
      items,
      cue.BUG_CONFIRMED,
      (item, index) => {
        const sentence = item.analyzed[index];
        return sentence !== undefined && deniesWholeDefect(sentence);
      },
      byStaff,
      5,
      undefined,
      undefined,
      (item, index) => {
        const sentence = item.analyzed[index];
        return sentence !== undefined && readsOurFault(sentence) !== null;
      },
    ),
  );
  // … and a guess of ours that our people then confirmed, its cause on our side ("smells like the
  // serializer change" … "yep. …"): cited to the guess and the confirmation
  const confirmedDefect = flags.bugConfirmed ? null : confirmedDefects(ctx);
  if (confirmedDefect) set('bugConfirmed', confirmedDefect.cites);
  const machineDefect = [
    ...items
      .filter(
        (i) =>
          (i.ev.meta?.status ?? 0) >= 500 ||
          (i.unit === 'log' && /error|fatal/i.test(i.ev.meta?.level ?? '')),
      )
      .map((i) => i.id)
      .slice(0, 3),
    ...citesFor(items, cue.DEFECT, (i) => notField(i) && !notMachine(i), 3),
  ];
  // people's words ("it crashes") yield to our later "works as designed"
  // … and "the receipt says £90 although £45 was charged": what is shown is wrong, read from structure
  const personDefect = unrefuted(
    items,
    cue.DEFECT,
    saysNotADefect,
    (i) => notField(i) && notMachine(i),
    3,
    undefined,
    undefined,
    (item, index) => {
      const sentence = item.analyzed[index];
      return sentence !== undefined && readsWrongShown(sentence);
    },
  );
  // a logged error or a 5xx shows that something failed, not that the fault is ours (a provider
  // refusing the customer's account logs an error too): once our side has put the case down as
  // customer-side, not a defect, documented or a support matter, it counts only beside something
  // else that points at our code
  const notOurs = ['customer_side', 'not_a_defect', 'documented', 'handle_in_support'].includes(
    assessment.value,
  );
  const machineStands = !notOurs || personDefect.length > 0 || flags.bugConfirmed || flags.regression;
  set('productDefect', [...new Set([...(machineStands ? machineDefect : []), ...personDefect])]);
  // "Not a how-to", "not documented anywhere" say no
  // … and our side pointing the customer to a menu path or a help article: a documented how-to
  // a setting that only partly gets round a fault ("one-way sync while they fix it") is a
  // workaround, not the docs answering the ask; with no fault, a setting is the answer
  const faulty =
    flags.productDefect || flags.bugConfirmed || flags.regression || flags.outage || flags.dataLoss;
  const wayRound = faulty && facts.workaround.partial ? facts.workaround.cites : [];
  const docs = docsPointers(items, new Set(wayRound));
  set('documentedBehavior', [
    ...new Set([
      ...affirmedCites(items, cue.DOCUMENTED, (i) => !i.isCustomer && notField(i)),
      ...docs.cites,
      // our people saying the behaviour is meant ("the limit was a deliberate choice", "we did it on purpose")
      ...citesWhere(items, readsByDesign, (i) => byStaff(i) && notBot(i) && notMachine(i)),
    ]),
  ]);
  // a feature ask raised before our side showed where the product already does it is answered;
  // the customer asking for the old behaviour back, once our side says the change is intended, asks one
  const intended = assessment.value === 'not_a_defect' || assessment.value === 'documented';
  const afterDocs = (id: string): boolean => items.findIndex((i) => i.id === id) > docs.last;
  set('featureRequest', [
    ...new Set([
      ...citesWhere(items, readsFeatureRequest, notField).filter(afterDocs),
      ...(intended ? citesWhere(items, readsAsksOldWay, byCustomer).filter(afterDocs) : []),
    ]),
  ]);
  set('billing', citesFor(items, cue.BILLING, notBot));
  // our side saying support may give it itself (a playbook limit, "within our limit")
  const withinAuthority = compensationAuthorityCites(ctx);
  const asks = compensationAsks(ctx, withinAuthority.length > 0);
  // … or our own documents grant by rule what is asked ("the label cost is refunded if …"): process
  set('compensationWithinAuthority', [...new Set([...withinAuthority, ...docGrantCites(ctx, asks)])]);
  set('compensationRequested', [...new Set(asks.map((a) => a.item.id))]);
  set('churnRisk', citesFor(items, cue.CHURN, notField));
  set('executiveAsk', citesWhere(items, readsExecutiveAsk, notField));
  // a target missed: an SLA breach named, or our side saying we are past a commitment of ours
  // … never an overdue invoice, which is money owed to someone, not a target of ours missed
  const slaCites = [
    ...new Set(
      [...sentenceHits(items, cue.SLA, notField)]
        .filter((hit) => {
          const sentence = hit.item.analyzed[hit.index];
          return sentence === undefined || !onlyOverdueBill(sentence, cue.SLA);
        })
        .map((hit) => hit.item.id),
    ),
  ].slice(0, 5);
  const missedCommitment = missedCommitmentCites(items, byStaff);
  set('slaBreached', [...new Set([...slaCites, ...missedCommitment.cites])]);
  set('ownershipDispute', citesFor(items, cue.OWNERSHIP, byStaff));
  // our side taking the case to engineering or to leadership: where routing adds a second target
  const toEngineering = deriveOurRouting(ctx, 'engineering');
  const toLeadership = deriveOurRouting(ctx, 'leadership');
  const toProduct = deriveOurRouting(ctx, 'product');
  set('engineeringWork', toEngineering.cites);
  set('leadershipDecides', toLeadership.cites);
  set('productDecides', toProduct.cites);
  // "only L2 can reset the key", "that's L2's runbook": a step tier 1 may not take, in our staff's
  // words or in our own internal documents (an author-less runbook, never a published article)
  const ourDocument = (i: Item): boolean => i.kind === 'note' && i.ev.author === null && !i.isPublic;
  set(
    'l2Step',
    citesWhere(items, readsL2Step, (i) => (byStaff(i) || ourDocument(i)) && notBot(i) && notMachine(i)),
  );
  // "we will not take legal action" invokes nothing; asking about a clause is no claim either
  set('contractClaim', affirmedCites(items, cue.CONTRACT_CLAIM, notField, 5, undefined, true));
  // "any other customers hit?" asks; only a statement establishes these; "the third time I write" is
  // a repeated contact, not the problem coming back
  set('recurrence', recurrenceCites(items, notField));
  const ourWords = (i: Item): boolean => !i.isCustomer && notField(i);
  set('otherCustomersAffected', [
    ...new Set([
      ...otherCustomerCites(items, ourWords),
      ...citesWhere(items, readsOthersReportSame, ourWords),
    ]),
  ]);
  const status = statusPageCites(items);
  set('vendorIncident', status.length > 0 ? status : citesFor(items, cue.VENDOR_INCIDENT, notField));

  // "please don't restart the terminals for now" guards against worse, it is no way around: unknown
  const precaution = facts.workaround.exists === true && readsOnlyPrecaution(facts.workaround.text ?? '');
  const workaround: Signals['workaround'] =
    facts.workaround.exists === null || precaution
      ? 'unknown'
      : facts.workaround.exists === false
        ? 'none'
        : facts.workaround.partial
          ? 'partial'
          : 'full';
  if (facts.workaround.cites.length > 0 && !precaution) cites.workaround = facts.workaround.cites;
  const money = extractAccountNumbers(ctx);
  if (money.arrCite) cites.arr = [money.arrCite];
  if (money.renewalCite) cites.renewalDays = [money.renewalCite];
  if (facts.tier) cites.tier = facts.tier.cites;
  if (facts.affected.users) cites.affectedUsers = facts.affected.users.cites;
  if (facts.affected.accounts) cites.affectedAccounts = facts.affected.accounts.cites;
  const deadline = deadlineHours(facts, ctx.asOf);
  if (deadline.hours >= 0) cites.deadlineHours = deadline.cites;
  const fixReleased = deriveFixReleased(ctx);
  if (fixReleased.value) cites.fixReleased = fixReleased.cites;
  if (assessment.value !== 'none') cites.assessment = assessment.cites;
  if (ourSeverity.value !== 'none') cites.ourSeverity = ourSeverity.cites;
  const area = productArea(facts, ctx);
  if (area !== 'other' && facts.problem) cites.productArea = facts.problem.cites;

  const signals: Signals = {
    tier: facts.tier ? String(facts.tier.value).toLowerCase() : '',
    arr: money.arr,
    renewalDays: money.renewalDays,
    affectedUsers: typeof facts.affected.users?.value === 'number' ? facts.affected.users.value : 0,
    affectedAccounts: typeof facts.affected.accounts?.value === 'number' ? facts.affected.accounts.value : 0,
    otherCustomersAffected: flags.otherCustomersAffected ?? false,
    security: flags.security ?? false,
    crossTenantData: flags.crossTenantData ?? false,
    securityConcern: flags.securityConcern ?? false,
    dataLoss: flags.dataLoss ?? false,
    outage: flags.outage ?? false,
    blocked: flags.blocked ?? false,
    workaround,
    regression: flags.regression ?? false,
    bugConfirmed: flags.bugConfirmed ?? false,
    productDefect: flags.productDefect ?? false,
    documentedBehavior: flags.documentedBehavior ?? false,
    // set only from the team's docs (core/knowledge), never from the handoff's wording
    knownLimitation: false,
    customerSideSetting: false,
    featureRequest: flags.featureRequest ?? false,
    billing: flags.billing ?? false,
    compensationRequested: flags.compensationRequested ?? false,
    compensationWithinAuthority: flags.compensationWithinAuthority ?? false,
    churnRisk: flags.churnRisk ?? false,
    executiveAsk: flags.executiveAsk ?? false,
    slaBreached: flags.slaBreached ?? false,
    ownershipDispute: flags.ownershipDispute ?? false,
    engineeringWork: flags.engineeringWork ?? false,
    leadershipDecides: flags.leadershipDecides ?? false,
    productDecides: flags.productDecides ?? false,
    l2Step: flags.l2Step ?? false,
    contractClaim: flags.contractClaim ?? false,
    recurrence: flags.recurrence ?? false,
    fixReleased: fixReleased.value,
    deadlineHours: deadline.hours,
    vendorIncident: flags.vendorIncident ?? false,
    assessment: assessment.value,
    ourSeverity: ourSeverity.value,
    reportKind: report.reportKind,
    reportKindScore: report.reportKindScore,
    productArea: area,
  };
  if (report.reportKind !== 'unknown') cites.reportKind = report.traces[0]?.evidence ?? [];
  // a classifier trace says what set a signal: the security models' only when they did
  const classifierTraces = report.traces.filter(
    (t) =>
      (t.signal !== 'security' || report.securityCites.length > 0) &&
      (t.signal !== 'securityConcern' || flags.securityConcern === true),
  );
  // traces the mechanisms recorded themselves; trace-signals.ts adds the cue traces
  const signalTraces: SignalTraces = {
    ...(assessment.value === 'none' ? {} : { assessment: assessment.traces }),
    // the sentence that asks, not the first compensation word of its item
    ...(asks.length > 0 ? { compensationRequested: askTraces(asks) } : {}),
    ...(ourSeverity.value === 'none' ? {} : { ourSeverity: ourSeverity.traces }),
    ...(fixReleased.value ? { fixReleased: fixReleased.traces } : {}),
    ...(bySecurityCues.length === 0 && ourRouting.cites.length > 0 ? { security: ourRouting.traces } : {}),
    ...(toEngineering.cites.length > 0 ? { engineeringWork: toEngineering.traces } : {}),
    ...(toLeadership.cites.length > 0 ? { leadershipDecides: toLeadership.traces } : {}),
    // the cue's traces stand when a cue fired; else the missed commitment's own
    ...(slaCites.length === 0 && missedCommitment.cites.length > 0
      ? { slaBreached: missedCommitment.traces }
      : {}),
    ...(toProduct.cites.length > 0 ? { productDecides: toProduct.traces } : {}),
    ...(confirmedDefect && confirmedDefect.cites.length > 0 ? { bugConfirmed: confirmedDefect.traces } : {}),
    ...classifierSignalTraces(classifierTraces, ctx),
  };
  return {
    signals,
    signalCites: cites,
    signalTraces,
    classifierTraces,
    explained: explained.filter(([, e]) => e.explained.length > 0),
  };
}

/** The classifier's provenance in the common trace shape, one per classified evidence item. */
function classifierSignalTraces(traces: readonly SignalTrace[], ctx: ExtractContext): SignalTraces {
  const out: Record<string, Trace[]> = {};
  for (const t of traces) {
    if (t.signal === 'reportKind' && t.score < t.threshold) continue;
    out[t.signal] = t.evidence.map((id) => ({
      mechanism: 'classifier',
      rule: t.model,
      label: t.label,
      score: t.score,
      threshold: t.threshold,
      ...(t.features ? { features: [...t.features] } : {}),
      evidence: id,
      sentence: (ctx.items.find((i) => i.id === id)?.ev.text ?? '').slice(0, 400),
    }));
  }
  return out as SignalTraces;
}
