/**
 * @module What the customer can do now, as steps: the workaround our side described (or already
 * gave in public), and the documented steps of a published help article that fit the problem.
 */

import { isReleaseNotesTitle } from '../evidence/visibility.js';
import { contentWords } from '../extract/text/content-words.js';
import { crudeStem } from '../extract/text/word-stems.js';
import { analyze } from '../language/analyze.js';
import type { Evidence } from '../model/evidence.js';
import type { Facts } from '../model/packet.js';
import { articleProcedures } from './article-procedure.js';
import type { RenderInput } from './render-input.js';
import { toSecondPerson } from './to-second-person.js';
import type { Said, UpdateMaterial } from './update-material.js';
import { advises } from './update-thread-state.js';

// an idea floated internally is not a workaround to hand to a customer yet
const HEDGED =
  /\b(?:might|maybe|perhaps|prob(?:ably)?|could|not sure|i think|in theory|\*could\*)\b|\?(?=\s|$)/i;
const LABEL =
  /^(?:(?:a |the |partial |possible )?work-?around|in the meantime|meanwhile|for now|interim)\s*[:,-]?\s*/i;
// "Workaround: …" offers one; "the workaround they found (…) loses …" reports on one
const LABELLED =
  /^(?:(?:a |the |partial |possible )?work-?around|in the meantime|meanwhile|for now|interim)\s*(?:[:,-]|is to\b)/i;
const STEP_SPLIT = /\s*(?:;|,? and then|,? then)\s+|\s+and (?=(?:re-?)?[a-z]+ (?:it|them|the|a|your)\b)/i;
const IMPERATIVE =
  /^(?:go|open|click|choose|select|pick|rename|set|use|create|split|save|re-?save|upload|enable|disable|add|remove|delete|check|run|re-?run|sign|log|clear|restart|export|download|poll|retry|update|turn|switch|contact|make|try|type|enter|copy|paste|send|resend)\b/i;
const NAVIGATION = /›|»|\bsettings\b/i;
const MAX_STEPS = 4;
const IDENTIFIER = /[A-Za-z][A-Za-z0-9]*(?:[-_.][A-Za-z0-9]+)+|[A-Za-z]+\d[A-Za-z0-9]*/g;
const MAX_DOCUMENTED = 3;
const ERROR_LINE =
  /\b(?:fail\w*|errors?|missing|invalid|denied|required|not|no|can'?t|cannot|limit\w*|reached|exceed\w*)\b/i;
const MAX_STEP_CHARS = 240;
// a part whose subject is us: "I'll send …", "we will re-run …"
const OUR_ACT = /^(?:i|we)(?:'ll|'d| will| would| can| shall)?\s+(?!you\b)/i;

export interface Steps {
  /** what the error the customer saw means, from the article ("your header row has no column …") */
  readonly explanation?: string;
  readonly intro: string;
  /** the article's own words that lead into its list ("Texts start again when you:") */
  readonly leadIn?: string;
  readonly steps: readonly string[];
  /** the steps are alternatives, any one of which works, not a sequence */
  readonly alternatives?: boolean;
  readonly partial: boolean;
}

function cleanStep(text: string): string {
  return text
    .replace(/\*\*/g, '')
    .replace(/`([^`]+)`/g, '"$1"')
    .replace(/\s+/g, ' ')
    .replace(/[.;,\s]+$/, '')
    .trim();
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The workaround as steps, when our side described one firmly (or the customer is doing one). */
export function workaroundSteps(input: RenderInput, material: UpdateMaterial): Steps | null {
  const w = input.facts.workaround;
  if (!w.exists || !w.text) return null;
  const source = input.evidence.find((e) => w.cites.includes(e.id) && e.text.includes(w.text ?? '\u0000'));
  const role = source?.author?.role;
  // the customer's own stopgap ("we are keying orders by hand") is theirs, not advice from us
  if (!source || role === 'customer' || role === 'bot' || source.author?.side === 'external') return null;
  if (!material.publicIds.has(source.id) && HEDGED.test(w.text)) return null;
  // "re-save" is spelled "resave" in plain text, so it does not read as an identifier
  const text = w.text.replace(/\b([Rr]e)-(?=[a-z]{3,}\b)/g, '$1');
  // words shaped like identifiers (v1, p7, sync_token) that only our side has used stay inside
  if (!material.publicIds.has(source.id)) {
    for (const m of text.matchAll(IDENTIFIER))
      if (!material.publicText.includes(m[0].toLowerCase())) return null;
  }
  const body = toSecondPerson(text.replace(LABEL, ''), 'staff').replace(/^if you can'?t wait,?\s*/i, '');
  const parts = body
    .split(STEP_SPLIT)
    .map(cleanStep)
    .filter((p) => p.length > 2);
  const unbalanced = (p: string): boolean => (p.match(/\(/g)?.length ?? 0) !== (p.match(/\)/g)?.length ?? 0);
  if (
    parts.length === 0 ||
    parts.length > MAX_STEPS ||
    parts.some((p) => p.length > MAX_STEP_CHARS || unbalanced(p))
  )
    return null;
  // "I'll send the details in my next message": what we will do is no step for the customer
  const steps = parts.filter((p) => !OUR_ACT.test(p)).map((p) => capital(p.replace(/^you can\s+/i, '')));
  if (steps.length === 0) return null;
  // a finding about the cause is not something the customer can do
  // a label ("Workaround:") over a statement ("nothing in your account has been deleted") gives
  // nothing to do: at least one part must instruct, advise or say what they can do
  const advice =
    (LABELLED.test(w.text) && parts.some((p) => advises(p) || IMPERATIVE.test(capital(p)))) ||
    /\b(?:you|they|customers?) (?:can|could|should)\b/i.test(w.text) ||
    IMPERATIVE.test(steps[0] ?? '');
  if (!advice) return null;
  return { intro: 'In the meantime, you can work around it:', steps, partial: w.partial === true };
}

/** Documented steps from a published article that fit the problem, the error shown and the asks. */
export function documentedSteps(facts: Facts, material: UpdateMaterial): Steps | null {
  if (material.articles.length === 0) return null;
  // what the customer saw on screen: the error lines of a screenshot that shows an error count double
  const shownOn = new Set(
    facts.errors.flatMap((e) => e.cites.filter((c) => material.publicIds.has(c)).map((c) => c.split(':')[0])),
  );
  const errorLines = material.screens
    .filter((s) => shownOn.has(s.item.source) && ERROR_LINE.test(s.text))
    .map((s) => s.text);
  const topic = [
    String(facts.problem?.value ?? ''),
    ...facts.customerAsks.map((a) => String(a.value)),
    facts.workaround.text ?? '',
  ].join(' ');
  const want = new Set(contentWords(topic).map(crudeStem));
  const shown = new Set(contentWords(errorLines.join(' ')).map(crudeStem));
  // a list the article lays out as a procedure (numbered steps, or a lead-in and its bullets) is
  // given whole and in order, never as the best-scoring sentences of it
  const procedure = bestProcedure(material, new Set([...want, ...shown]));
  if (procedure) return procedure;
  const scored = material.articles
    .map((s: Said, index) => {
      const words = new Set(contentWords(s.text).map(crudeStem));
      const shared = [...words].filter((w) => want.has(w) || shown.has(w)).length;
      const weight = shared + [...words].filter((w) => shown.has(w)).length;
      const text = cleanStep(s.text);
      const actionable =
        IMPERATIVE.test(text) ||
        NAVIGATION.test(text) ||
        /(?:^|[:,]\s+|\bto \w+ (?:one|it),\s+)(?:go|open|click|choose|rename|use|create|split|select)\b/i.test(
          text,
        );
      return { s, index, score: weight + (actionable ? 1 : 0), shared, actionable };
    })
    // a table row ("Export type: …; Limit: …") describes, it does not instruct
    .filter((x) => !/^[^:;]{2,40}:[^;]*;\s*[^:;]{2,40}:/.test(x.s.text))
    // the article's own place in the help centre is not a step
    .filter((x) => !/·|\bupdated \d/i.test(x.s.text))
    .filter((x) => x.shared >= 2 && x.actionable && x.s.text.length <= MAX_STEP_CHARS * 2);
  const top = [...scored].sort((a, b) => b.score - a.score || a.index - b.index).slice(0, MAX_DOCUMENTED);
  if (top.length === 0) return null;
  const steps = top.sort((a, b) => a.index - b.index).map((x) => capital(cleanStep(x.s.text)));
  // a troubleshooting entry ("**"missing required column"**: your header row has no …") explains the error shown
  const error = errorLines.find(
    (l) => /\b(?:missing|invalid|required|limit|not|no)\b/i.test(l) && l.length <= 120,
  );
  let explanation: string | undefined;
  if (error) {
    const errWords = new Set(contentWords(error).map(crudeStem));
    const entry = material.articles.find((a) => {
      // a troubleshooting entry quotes the message it explains: **"missing required column"**: …
      const m = /^\W*["“]([^"”:]{3,80})["”]\W*:\s+(.{10,200})$/.exec(a.text.replace(/\*\*/g, ''));
      if (!m?.[1] || !m[2]) return false;
      const label = contentWords(m[1]).map(crudeStem);
      return label.length >= 2 && label.every((w) => errWords.has(w));
    });
    const body = entry ? /:\s+(.{10,200})$/.exec(entry.text.replace(/\*\*/g, ''))?.[1] : undefined;
    if (body)
      explanation = `The message you saw ("${error.replace(/["“”]/g, "'")}") means that ${cleanStep(body)}.`;
  }
  return {
    ...(explanation ? { explanation } : {}),
    intro: introFor(material, top[0]?.s.item.source ?? ''),
    steps,
    partial: false,
  };
}

const MIN_PROCEDURE_SCORE = 2;
// "Stackyard 26.12 release notes": the version they describe, read from the title
const VERSION_IN_TITLE = /\b(?:v?\d+(?:\.\d+)+)\b/i;

/** How the steps are introduced: release notes are named as such, with their version; anything else is a help article. */
function introFor(material: UpdateMaterial, source: string): string {
  const title = material.articles.find((a) => a.item.source === source)?.item.text ?? '';
  if (!isReleaseNotesTitle(title)) return 'Our help article covers this:';
  const version = VERSION_IN_TITLE.exec(title)?.[0];
  return version
    ? `Our release notes for ${version} describe this change:`
    : 'Our release notes describe this change:';
}

function bestProcedure(material: UpdateMaterial, topic: ReadonlySet<string>): Steps | null {
  const bySource = new Map<string, Evidence[]>();
  for (const s of material.articles) {
    const items = bySource.get(s.item.source) ?? [];
    if (!items.includes(s.item)) items.push(s.item);
    bySource.set(s.item.source, items);
  }
  const found = [...bySource.entries()]
    .flatMap(([source, items]) => articleProcedures(items, topic, IMPERATIVE).map((p) => ({ ...p, source })))
    .filter((p) => p.score >= MIN_PROCEDURE_SCORE);
  // the first of the best: an article puts its main procedure first
  const best = found.reduce<(typeof found)[number] | null>((a, p) => (!a || p.score > a.score ? p : a), null);
  if (!best) return null;
  return {
    intro: introFor(material, best.source),
    ...(best.leadIn ? { leadIn: best.leadIn } : {}),
    steps: best.steps.map(capital),
    ...(best.alternatives ? { alternatives: true } : {}),
    partial: false,
  };
}

// a step's things (nouns, names): "preview tenant", "enforcement"; the verbs differ ("try" / "tested")
const THING = new Set(['NOUN', 'PROPN']);
const MIN_SHARED_THINGS = 2;

/** The stems of a text's nouns, and its compounds: two nouns in a row ("preview tenant"). */
function thingsOf(text: string): { things: Set<string>; compounds: Set<string> } {
  const things = new Set<string>();
  const compounds = new Set<string>();
  for (const s of analyze(text).sentences) {
    let previous: string | null = null;
    for (const t of s.tokens) {
      const thing = THING.has(t.pos) && t.normal.length > 2 ? crudeStem(t.normal) : null;
      if (thing) things.add(thing);
      if (thing && previous) compounds.add(`${previous} ${thing}`);
      previous = thing;
    }
  }
  return { things, compounds };
}

/**
 * True when the customer already did this step: one of their tries (the tried facts, by the
 * customer) names the same compound thing as the step and one more of its things ("We tested the
 * QR badge login on the preview tenant with enforcement turned on" against "switch enforcement on
 * in your preview tenant"), leaving out the things the problem itself is about. Whether it helped
 * or not, offering it again reads as unread.
 */
export function doneByCustomer(step: string, facts: Facts): boolean {
  // the things the problem is about (the export, its rows) say nothing of which step was taken
  const topic = thingsOf(
    [String(facts.problem?.value ?? ''), ...facts.symptoms.map((s) => String(s.value))].join('. '),
  ).things;
  const ours = thingsOf(step);
  const things = [...ours.things].filter((w) => !topic.has(w));
  if (things.length < MIN_SHARED_THINGS) return false;
  return facts.tried.some((t) => {
    if (t.by !== 'customer') return false;
    const theirs = thingsOf(t.action.replace(/^Customer:\s*/, ''));
    const shared = things.filter((w) => theirs.things.has(w)).length;
    const compound = [...ours.compounds].some(
      (c) => theirs.compounds.has(c) && !c.split(' ').every((w) => topic.has(w)),
    );
    return shared >= MIN_SHARED_THINGS && compound;
  });
}

/**
 * Steps as text lines: one sentence for one step, a numbered list for more. A partial way round
 * promises the full fix only when one is expected (engineering is on the case); with no defect in
 * play, "the full fix" would tell the customer there is a fault.
 */
export function formatSteps(steps: Steps, fixExpected = true): string[] {
  const lines: string[] = steps.explanation ? [steps.explanation] : [];
  if (steps.leadIn && steps.steps.length > 1)
    lines.push(
      steps.intro.replace(/:$/, '.'),
      steps.leadIn,
      ...steps.steps.map((s, i) =>
        steps.alternatives
          ? `- ${s.charAt(0).toLowerCase()}${s.slice(1)}${i < steps.steps.length - 1 ? ', or' : '.'}`
          : `${i + 1}. ${s}.`,
      ),
    );
  else
    lines.push(
      ...(steps.steps.length === 1
        ? [`${steps.intro.replace(/:$/, '')}: ${steps.steps[0]}.`]
        : [steps.intro, ...steps.steps.map((s, i) => `${i + 1}. ${s}.`)]),
    );
  if (steps.partial)
    lines.push(
      fixExpected
        ? 'This does not cover every case yet; we will tell you when the full fix is in place.'
        : 'This does not cover every case yet.',
    );
  return lines;
}
