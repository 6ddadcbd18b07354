/**
 * @module The customer's questions as the update names them: in our voice ("should you roll back?"),
 * not quoted back, without the reasons and asides around them; and which "questions" are not asked
 * for an answer at all (a status ping, a guess with a question mark, a plea to hurry).
 */
import { analyze } from '../language/analyze.js';
import type { Token } from '../language/types.js';
import { isIndignant } from './is-indignant.js';
import { topicOf, topicSpan } from './question-topic.js';
import { toSecondPerson } from './to-second-person.js';

// how a question that asks for an answer starts: a question word, an auxiliary, or an embedded "whether"
const ASKING =
  /^(?:what|which|who|whom|whose|when|where|why|how|is|are|was|were|am|do|does|did|can|could|will|would|shall|should|has|have|had|may|might|must|whether|if|isn'?t|aren'?t|doesn'?t|don'?t|didn'?t|can'?t|won'?t|wouldn'?t|shouldn'?t|please (?:\w+ )?(?:confirm|tell|let|advise|explain|check|clarify)|any (?:idea|ideas|reason|suggestions?|way|thoughts?|chance|risk|workaround|difference)|anything (?:i|we) can do|i (?:want|would like|'d like|need) to know|i (?:was )?wonder(?:ing)?|i'?m trying to understand)\b/i;
const LEADING_JOIN = /^(?:and|or|also|so|but|then|ok(?:ay)?|plus|hi|hello)\b[,\s]*/i;
// a guess offered with a question mark ("Maybe it is the proxy?", "That is not an option I guess?")
const GUESS =
  /\b(?:maybe|perhaps|probably|possibly|prob|i guess|i think|i suppose|i assume|i believe|seems?|apparently)\b/i;
// "is there any update?", "no news yet?", "any news please?", "what is happening?", "what now?": the update itself answers it
const STATUS_PING =
  /^(?:(?:is|are) there |do you have |have you got )?(?:any|no|an?|some)\s+(?:\w+\s+)?(?:update|news|progress|feedback|word)s?\b(?:\s+(?:yet|on (?:this|that|it)|since\b.*|at all))?(?:,?\s+please)?\W*$|^what(?: is|'s) (?:happening|going on)(?: (?:now|with (?:this|it)))?\W*$|^(?:so,? )?(?:what now|now what|what next|what happens now)\W*$/i;
// indignation, not a request for an explanation
const RHETORICAL = /^how (?:is|was|can|could) (?:this|that|it) (?:be |have )?(?:possible|happen(?:ed)?)\b/i;
// "can you please look at this urgently?", "can you make it stop?": a plea to act, which the update answers by acting
const PLEA =
  /^(?:can|could|would|will) (?:you|someone|somebody|anyone)(?: please)?(?: just)? (?:please )?(?:(?:take|have) a (?:quick )?look|look|fix|hurry|speed|sort|help|escalate|prioriti[sz]e|expedite|make (?:it|this|them|the \w+) (?:stop|work|go away)|make sure (?:this|it) (?:is|gets) (?:fixed|sorted|looked))\b/i;
// "could you tell us whether …", "can you let me know if …": the embedded question is the question
const EMBEDDING =
  /^(?:(?:can|could|would|will) you(?: please)?(?: at least)?(?: please)? (?:tell|let|confirm|check|say|explain|clarify|advise)(?: (?:me|us))?(?: \w+ly)?(?: know)?\s+|(?:please )?(?:tell|let) (?:me|us)(?: know)?\s+|(?:please )?(?:confirm|check|clarify|explain)(?: (?:to )?(?:me|us))?,?\s+|i (?:want|need|would like|'d like) (?:to )?know,?\s+|i (?:was )?wonder(?:ing)?,?\s+|i'?m trying to understand:?\s+|(?:she|he|they|my \w+|our \w+) (?:asks|asked|wants to know|needs to know)(?: me| us)?\s+)(?=(?:whether|if|what|which|who|how|why|where|when)\b)/i;
// the reason given after the question is context, not part of it ("…, because we must decide today")
const REASON_TAIL = /,?\s+(?:because|as|since|so that|otherwise)\s+(?:we|i|she|he|they|our|my)\b.*$/i;
// "…, our pharmacists are getting calls": a statement of its own after the question
const STATEMENT_TAIL =
  /,\s+(?:we|i|our|my|they|their)\b[^,]{0,60}?\b(?:are|is|was|were|have|has|need|must)\b.*$/i;
// "If it won't be before Friday, is there anything …?": the condition goes after the question
const LEADING_IF = /^(if [^,?]{3,80}),\s+(?=(?:is|are|can|could|will|would|should|do|does|what|how)\b)/i;
const LONG_ASIDE = /\s*\([^)]{40,}\)/g;
// "…by 31 January; or, if that cannot be done,": the alternative it introduces is a separate ask
const DANGLING_CONDITION = /\s*[;,]\s*(?:(?:or|and)\s*,?\s*)?if\b[^,;?]*[,;]?\s*$/i;
const MAX_CHARS = 220;
const HEDGE_AFTER_AUX =
  /^((?:is|are|was|were|do|does|did|can|could|will|would|has|have|had)\s+)(?:maybe|perhaps|possibly|really|actually)\s+/i;

/** The part of an ask that is the question: after a dash or a lead-in ("The replay - does it …?"). */
function core(ask: string): string {
  let q = ask.trim().replace(LEADING_JOIN, '');
  // "The replay - does it …?", "I still think it is too low, can you raise it?": the asking clause
  const lead = /\s[-–—]\s+(?=\S)|[,:]\s+(?=\S)/g;
  for (const m of ASKING.test(q) ? [] : q.matchAll(lead)) {
    const after = q.slice((m.index ?? 0) + m[0].length);
    if (ASKING.test(after) && after.length >= 12 && !continuesClause(after)) {
      q = withTopic(q.slice(0, m.index ?? 0), after);
      break;
    }
  }
  return q.replace(LEADING_JOIN, '').trim();
}

/**
 * "…sync, as written in the order form, will be live by …": an auxiliary right after a comma with
 * no subject after it goes on the clause before (an asking clause inverts: "will it be …"), and so
 * does a condition ("if that cannot be done,").
 */
function continuesClause(after: string): boolean {
  const tokens = analyze(after).sentences[0]?.tokens ?? [];
  const [first, second] = tokens;
  // "…; or, if that cannot be done,": a condition, not a question, when no question mark follows
  if (first?.text.toLowerCase() === 'if') return !after.includes('?');
  return (
    first !== undefined &&
    AUXES.has(first.text.toLowerCase()) &&
    !['PRON', 'DET', 'NOUN', 'PROPN', 'NUM', 'ADV'].includes(second?.pos ?? '')
  );
}

/**
 * "The old invoice is booked: will it be cancelled?" → "will the old invoice be cancelled?": the
 * pronoun right after the auxiliary takes the noun phrase the lead-in opened with.
 */
const EMPTY_IT =
  /^\w+\s+it\s+(?:\w+\s+)?(?:possible|safe|ok|okay|fine|necessary|normal|true|likely|worth|enough|better|easier|wise|allowed|planned|intended|expected)\b/i;
const FRAME = /^(?:the|my|our|one) (?:question|problem|issue|thing|point|concern)s? (?:is|was|are)$/i;

/** True when the lead-in has no verb of its own before a relative clause ("The scripts that were sent"). */
function verblessLead(leadIn: string): boolean {
  for (const t of analyze(leadIn).sentences[0]?.tokens ?? []) {
    if (['that', 'which', 'who', 'whom'].includes(t.normal)) return true;
    if (t.pos === 'VERB' || t.pos === 'AUX') return false;
  }
  return true;
}

/** True when the lead-in is a noun phrase of its own ("The six scripts that were emailed to us"). */
function startsWithPhrase(leadIn: string): boolean {
  return /^(?:the|this|that|these|those|our|my)\s/i.test(leadIn.replace(LEADING_JOIN, '').trim());
}

function withTopic(leadIn: string, question: string): string {
  // "our clients want the route history from Monday, where is it?": "it" is the last thing named
  const whIt =
    /^((?:where|what|when|why|how)\s+(?:is|was|are|were|does|did|do)\s+)(it|they|them)(?=\W*$)/i.exec(
      question,
    );
  const named = whIt ? topicSpan(leadIn.replace(LEADING_JOIN, ''), { last: true }) : null;
  if (whIt && named) return `${whIt[1]}${named}${question.slice(whIt[0].length)}`;
  // "The six scripts we emailed: do we need to do anything with them?": the object is the lead-in's phrase
  const objectPronoun = /\b(?:with|about|to|for|of)\s+(them|it)(?=\W*$)/i.exec(question);
  const lead = objectPronoun ? topicSpan(leadIn.replace(LEADING_JOIN, '')) : null;
  // "are they lost now or … to them?": the subject pronoun rule below names the lead-in's phrase once
  const subjectFirst = /^\w+\s+(?:it|they)\b/i.test(question);
  if (objectPronoun && lead && !subjectFirst && startsWithPhrase(leadIn) && verblessLead(leadIn))
    return `${question.slice(0, objectPronoun.index + objectPronoun[0].length - (objectPronoun[1]?.length ?? 0))}${lead}${question.slice(objectPronoun.index + objectPronoun[0].length)}`;
  const pronoun = /^(\w+)\s+(it|they)\b/i.exec(question);
  if (!pronoun || !AUXES.has(pronoun[1]?.toLowerCase() ?? '')) return question;
  // "is it possible to …" has no referent; "The question is - is it …" opens with a frame, not a topic
  if (EMPTY_IT.test(question) || FRAME.test(leadIn.trim())) return question;
  const tokens = analyze(leadIn.replace(LEADING_JOIN, '')).sentences[0]?.tokens ?? [];
  if (!['the', 'this', 'that', 'these', 'those', 'our', 'my'].includes(tokens[0]?.text.toLowerCase() ?? ''))
    return question;
  let end = 1;
  while (tokens[end] && ['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(tokens[end]?.pos ?? '')) end++;
  const last = tokens[end - 1];
  if (end < 2 || !last || !['NOUN', 'PROPN'].includes(last.pos)) return question;
  const topic = leadIn.replace(LEADING_JOIN, '').slice(tokens[0]?.start ?? 0, last.end);
  const np = topic.charAt(0).toLowerCase() + topic.slice(1);
  return `${pronoun[1]} ${np}${question.slice(pronoun[0].length)}`;
}

/** True when the ask wants an answer; false for a status ping, a guess with a "?", or a plea to act. */
export function asksForAnswer(ask: string): boolean {
  const q = core(ask);
  // "Today is the second day I miss. What is happening?": the ping after a statement of context
  const last = q.split(/(?<=[.!])\s+(?=\p{Lu})/u).at(-1) ?? q;
  if (STATUS_PING.test(q) || STATUS_PING.test(last) || RHETORICAL.test(q) || PLEA.test(q) || isIndignant(q))
    return false;
  // a statement with a question mark: a guess ("Maybe it is the IP?") or a bare word ("Thoughts?")
  if (q.endsWith('?') && !ASKING.test(q) && (GUESS.test(q) || q.split(/\s+/).length < 3)) return false;
  return true;
}

/**
 * The question in our voice, unquoted, with its lead-in, reason and long asides dropped:
 * "Could you tell us whether our key was used?" → "Whether your key was used".
 * Capitalised; a direct question keeps its question mark.
 */
export function phraseQuestion(ask: string): string {
  // "Are maybe other invoices lost too?": the hedge after the auxiliary is no part of the question
  let q = core(ask).replace(EMBEDDING, '').replace(HEDGE_AFTER_AUX, '$1');
  q = q.replace(/^confirmation (?:that|of whether|whether)\s+/i, 'whether ');
  // "can you not just put it back?", "can't you just …": a suggestion, asked as whether it can be done
  q = q
    .replace(
      /^(ca|can|could|would|wo)(?:n['’]t|not) (\w+) (?=(?:just|simply)\b)/i,
      (_m, modal: string, who: string) => `${FULL_MODAL[modal.toLowerCase()] ?? modal} ${who} `,
    )
    .replace(/^((?:can|could|would|will) \w+) not (?=(?:just|simply)\b)/i, '$1 ');
  q = q.replace(LONG_ASIDE, '').replace(REASON_TAIL, '').replace(DANGLING_CONDITION, '');
  const condition = LEADING_IF.exec(q);
  if (condition?.[1])
    q = `${q.slice(condition[0].length).replace(/[?\s]+$/, '')}, ${condition[1].charAt(0).toLowerCase()}${condition[1].slice(1)}?`;
  // an indirect question ends where its sentence ends; what follows is context
  if (/^(?:whether|which|what|who|how)\b/i.test(q) && !q.trim().endsWith('?'))
    q = q.split(/(?<=[a-z)])\.\s+(?=[A-Z])|\s[-–—]\s/)[0]?.replace(STATEMENT_TAIL, '') ?? q;
  const direct = /\?\s*$/.test(q) && !/^(?:whether|if)\b/i.test(q);
  q = q.replace(/[?.!;:,\s]+$/, '').replace(/^if\b/i, 'whether');
  if (q.length > MAX_CHARS) q = `${q.slice(0, q.lastIndexOf(' ', MAX_CHARS))} …`;
  const said = toSecondPerson(q, 'customer').replace(/\s+/g, ' ').trim();
  const capital = said.charAt(0).toUpperCase() + said.slice(1);
  return direct ? `${capital}?` : capital;
}

/** One question inside a sentence: first letter lowered unless it is "I" or a name the text keeps. */
export function inlineQuestion(phrased: string, names: ReadonlySet<string>): string {
  const first = /^[A-Z][\w'-]*/.exec(phrased)?.[0] ?? '';
  // "PR", "iOS", "McKinsey": a word with capitals inside keeps its case
  return first && /^[A-Z][a-z'-]*$/.test(first) && first !== 'I' && !names.has(first)
    ? phrased.charAt(0).toLowerCase() + phrased.slice(1)
    : phrased;
}

const WH = new Set(['what', 'which', 'who', 'whom', 'whose', 'where', 'why', 'how', 'when']);
const AUXES = new Set(
  'is are was were am can could will would shall should may might must has have had do does did'.split(' '),
);
const POSSESSIVE = new Set(['my', 'your', 'our', 'their', 'his', 'her', 'its']);
const RELATIVE = new Set(['that', 'which', 'who', 'whom', 'whose']);
const NP_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
// where one question of a pair ends and the next starts: "What is the plan, and is any data lost?"
export const NEXT_QUESTION =
  /(,?\s+(?:and|or)\s+|,\s+)(?=(?:is|are|am|was|were|can|could|will|would|should|must|may|might|do|does|has|have|what|which|who|how|where|why)\b)/i;

/** "send" → "sends" after "does it": the third person of a plain verb. */
function thirdPerson(verb: string): string {
  if (verb === 'have') return 'has';
  if (/(?:s|sh|ch|x|z|o)$/.test(verb)) return `${verb}es`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ies`;
  return `${verb}s`;
}

// the past of the verbs customers ask "did …" with most; the rest take -ed
const IRREGULAR_PAST: Readonly<Record<string, string>> = Object.fromEntries(
  'do:did go:went get:got send:sent see:saw make:made take:took say:said tell:told have:had find:found give:gave come:came know:knew pay:paid put:put lose:lost break:broke run:ran set:set let:let read:read write:wrote buy:bought bring:brought think:thought leave:left keep:kept hold:held mean:meant hear:heard begin:began'
    .split(' ')
    .map((p) => p.split(':') as [string, string]),
);

/** "receive" → "received" after "did it": the past of a plain verb. */
function pastTense(verb: string): string {
  const irregular = IRREGULAR_PAST[verb];
  if (irregular) return irregular;
  if (verb.endsWith('e')) return `${verb}d`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ied`;
  // "stop" → "stopped": one short vowel before a final consonant doubles it
  if (/^[^aeiou]*[aeiou][bdgmnprt]$/.test(verb)) return `${verb}${verb.at(-1)}ed`;
  return `${verb}ed`;
}

// auxiliaries whose main verb is in its plain form ("will … show", "does … keep")
const BASE_AFTER = new Set('can could will would shall should may might must do does did'.split(' '));
const SUBJECT_PRONOUN = new Set(['i', 'we', 'you', 'they', 'he', 'she']);

/**
 * After "the ones" + "we already keyed in manually", the index of the main verb: the first plain-form
 * verb after the relative clause's own verb (a past or -ing form); -1 when there is none.
 */
function mainVerbAfterRelative(tokens: readonly Token[], pronoun: number): number {
  // the tagger may read the relative clause's participle as an adjective ("keyed/ADJ")
  const own = tokens.findIndex(
    (t, k) =>
      k > pronoun && k <= pronoun + 3 && (t.pos === 'VERB' || (t.pos === 'ADJ' && /ed$/.test(t.normal))),
  );
  const ownVerb = tokens[own];
  // the lemmatiser keeps some participles whole ("relabelled"): an -ed ending still marks the past
  if (!ownVerb || (ownVerb.normal === ownVerb.lemma && !/ed$/.test(ownVerb.normal))) return -1;
  return tokens.findIndex((t, k) => k > own && (t.pos === 'VERB' || t.pos === 'AUX') && t.normal === t.lemma);
}

// "can't" is "ca" + "n't", "won't" is "wo" + "n't"
const FULL_MODAL: Readonly<Record<string, string>> = { ca: 'can', wo: 'will' };

/** One direct question as a reported one ("is any data lost" → "whether any data is lost"), or null. */
function reportOne(part: string): string | null {
  const sentences = analyze(part).sentences;
  if (sentences.length !== 1) return null;
  const tokens = (sentences[0]?.tokens ?? []).filter((t) => t.pos !== 'PUNCT' || t.text !== '?');
  const word = (i: number): string => tokens[i]?.text.toLowerCase() ?? '';
  const from = (i: number): string => (tokens[i] ? part.slice(tokens[i].start).trim() : '');
  let i = 0;
  let lead = 'whether';
  if (WH.has(word(0))) {
    i = 1;
    while (tokens[i] && ['NOUN', 'ADJ', 'ADV', 'NUM'].includes(tokens[i]?.pos ?? '') && !AUXES.has(word(i)))
      i++;
    lead = part
      .slice(0, tokens[i]?.start ?? part.length)
      .trim()
      .toLowerCase();
    if (!AUXES.has(word(i))) return null;
    // "which rows are missing": the question phrase is the subject, nothing to invert
    if (['VERB', 'ADJ', 'ADV', 'AUX'].includes(tokens[i + 1]?.pos ?? ''))
      return part.charAt(0).toLowerCase() + part.slice(1);
  }
  const aux = word(i);
  if (!AUXES.has(aux) || tokens[i]?.pos !== 'AUX' || word(i + 1) === 'not') return null;
  let j = i + 1;
  const first = tokens[j];
  if (!first) return null;
  // "this restriction" is a noun phrase; "this" alone is the subject
  const determiner = ['this', 'that', 'these', 'those'].includes(word(j)) && tokens[j + 1]?.pos === 'NOUN';
  if (first.pos === 'PRON' && !POSSESSIVE.has(word(j)) && !determiner) j++;
  else {
    let nouns = 0;
    // "the printed batches": a participle between the article and the noun describes it
    const participle = (k: number): boolean =>
      tokens[k]?.pos === 'VERB' &&
      (['DET', 'ADJ'].includes(tokens[k - 1]?.pos ?? '') || /^['\u2019]s?$/.test(word(k - 1))) &&
      ['NOUN', 'PROPN'].includes(tokens[k + 1]?.pos ?? '');
    // "the customer's export", "our employees' certificates": the possessive joins two nouns
    const genitive = (k: number): boolean =>
      /^['\u2019]s?$/.test(word(k)) &&
      ['NOUN', 'PROPN'].includes(tokens[k - 1]?.pos ?? '') &&
      (NP_POS.has(tokens[k + 1]?.pos ?? '') || tokens[k + 1]?.pos === 'VERB');
    const inPhrase = (k: number): boolean =>
      genitive(k) ||
      // an adjective after the noun is the predicate: "is the export complete"
      (!(nouns > 0 && ['ADJ', 'DET'].includes(tokens[k]?.pos ?? '')) &&
        (NP_POS.has(tokens[k]?.pos ?? '') || POSSESSIVE.has(word(k)) || participle(k)));
    while (tokens[j] && inPhrase(j)) {
      if (['NOUN', 'PROPN', 'NUM'].includes(tokens[j]?.pos ?? '')) nouns++;
      j++;
    }
    if (nouns === 0 || RELATIVE.has(word(j))) return null;
    // "will the ones we keyed in by hand show up twice": a relative clause without "that" runs on to
    // the main verb, which after a modal or "do" is the plain form
    const main = BASE_AFTER.has(aux) && SUBJECT_PRONOUN.has(word(j)) ? mainVerbAfterRelative(tokens, j) : -1;
    if (main > 0) j = main;
    // "is your data inside Quarry still complete": a place after the noun belongs to the subject
    let k = j + 1;
    while (tokens[k] && ['DET', 'PROPN', 'NOUN'].includes(tokens[k]?.pos ?? '')) k++;
    if (tokens[j]?.pos === 'ADP' && k > j + 1 && ['ADV', 'ADJ', 'AUX', 'VERB'].includes(tokens[k]?.pos ?? ''))
      j = k;
  }
  // "can SFTP work", "will the exports show up twice": the tagger read the verb as a noun of the
  // subject, and no verb follows it
  const verbless = !tokens.slice(j).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
  const noun = tokens[j - 1]?.pos === 'NOUN' && tokens[j - 2]?.pos === 'NOUN';
  if (
    j - 1 > i + 1 &&
    !['is', 'are', 'was', 'were', 'am'].includes(aux) &&
    (!tokens[j] || (BASE_AFTER.has(aux) && verbless && noun))
  )
    j--;
  const subject = part.slice(first.start, tokens[j - 1]?.end ?? first.end).trim();
  let rest = from(j);
  if (aux === 'do' || aux === 'does' || aux === 'did') {
    // "do you actually have to …": an adverb may stand between the subject and the verb
    let v = j;
    while (tokens[v]?.pos === 'ADV') v++;
    const verb = tokens[v];
    if (!verb || !['VERB', 'AUX'].includes(verb.pos)) return null;
    const adverb = v > j ? tokens[j] : undefined;
    const before = adverb ? part.slice(adverb.start, verb.start) : '';
    if (aux === 'does')
      rest = `${before}${thirdPerson(verb.text.toLowerCase())}${part.slice(verb.end)}`.trim();
    if (aux === 'did') rest = `${before}${pastTense(verb.text.toLowerCase())}${part.slice(verb.end)}`.trim();
    return `${lead} ${subject} ${rest}`.trim();
  }
  return `${lead} ${subject} ${aux} ${rest}`.replace(/\s+/g, ' ').trim();
}

/**
 * A direct question, already in our voice, as reported speech: "is there anything you can do?" →
 * "whether there is anything you can do". Null when its shape is not one this can turn safely
 * ("did …" questions, relative clauses, negated auxiliaries); the caller then names it as asked.
 */
export function reportedQuestion(question: string): string | null {
  const text = question
    .trim()
    .replace(/[?\s]+$/, '')
    .replace(/\bplease\b,?\s*/gi, '')
    .replace(/[,;\s]+$/, '');
  if (/^(?:whether|which|what|who|how|why|where|when)\b/i.test(text) && !question.trim().endsWith('?')) {
    // "whether it is safe, or is it a false alarm": a direct question joined to an indirect one
    const parts = text.split(NEXT_QUESTION);
    const turned = parts.map((p, k) =>
      k > 0 && k % 2 === 0 ? (reportOne(p.charAt(0).toUpperCase() + p.slice(1)) ?? p) : p,
    );
    const joined = turned.join('');
    return joined.charAt(0).toLowerCase() + joined.slice(1);
  }
  // "Should we turn it off? Is it safe to leave it on?": two questions, each reported
  const asked = text.split(/\?\s+(?=[A-Z])/);
  if (asked.length > 1) {
    const each = asked.map((q) => reportedQuestion(`${q}?`));
    return each.every((e) => e !== null) ? each.join(', and ') : null;
  }
  const pieces = text.split(NEXT_QUESTION);
  const out: string[] = [];
  for (let k = 0; k < pieces.length; k += 2) {
    const piece = pieces[k] ?? '';
    const said = reportOne(piece.charAt(0).toUpperCase() + piece.slice(1));
    if (said === null) return null;
    out.push(said, pieces[k + 1] ?? '');
  }
  return out.join('').trim();
}

/** A phrased question as one reported clause ("whether …") or, when it cannot be turned, null. */
function clause(phrased: string): string | null {
  return phrased.endsWith('?')
    ? reportedQuestion(phrased)
    : (reportedQuestion(phrased) ?? phrased.charAt(0).toLowerCase() + phrased.slice(1));
}

// pronouns said back: in a sentence that is not a well-formed question they may no longer agree
const TURNED = /\b(?:we|us|you|your|our)\b/i;

/**
 * True when a direct question reads as English once said back: a question word then an auxiliary
 * or a verb ("what happened", "why is it …"), an auxiliary first ("can we …"), or a fragment with no
 * pronoun to flip ("SSO and SCIM at once?"). "why we not tell you" is none of these.
 */
function wellFormed(direct: string): boolean {
  const tokens = (analyze(direct).sentences[0]?.tokens ?? []).filter((t) => t.pos !== 'PUNCT');
  const [first, second] = tokens;
  if (!first) return false;
  // "which of your exports …", "how many …": a question phrase may run on before the verb
  if (WH.has(first.normal))
    return ['AUX', 'VERB', 'NOUN', 'NUM', 'ADJ', 'ADV', 'ADP'].includes(second?.pos ?? '');
  return first.pos === 'AUX' || !TURNED.test(direct);
}

/**
 * The question as the update can name it: a reported clause ("whether …"), the direct question when
 * it reads well once said back ("are the orders that failed lost?"), else its topic ("about your
 * route history"), or null.
 */
export function namedClause(phrased: string): { clause: string } | { direct: string } | null {
  const c = clause(phrased);
  // "the format in which the audit trail will be delivered": a thing asked, named as what it is about
  if (c)
    return {
      clause: /^(?:whether|if|what|which|who|whom|whose|when|where|why|how)\b/i.test(c) ? c : `about ${c}`,
    };
  if (wellFormed(phrased)) return { direct: phrased };
  const topic = topicOf(phrased, { said: true });
  return topic ? { clause: `about ${topic}` } : null;
}

/**
 * "You asked whether the export is complete." — or, when the wording cannot be reported, as asked
 * when that reads well, else by its topic ("You asked about the new permission."); '' when none.
 */
export function youAsked(phrased: string, names: ReadonlySet<string>): string {
  const named = namedClause(phrased);
  if (!named) return '';
  return 'clause' in named
    ? `You asked ${named.clause}.`
    : `You asked: ${inlineQuestion(named.direct, names)}`;
}

/** Several questions as few sentences: the reported ones in one list, each other one on its own. */
export function youAskedAll(phrased: readonly string[], names: ReadonlySet<string>): string {
  const named = phrased.map(namedClause);
  const reported = named.flatMap((n) => (n && 'clause' in n ? [n.clause] : []));
  const direct = named.flatMap((n) => (n && 'direct' in n ? [n.direct] : []));
  const sep = reported.some((c) => c.includes(',')) ? '; ' : ', ';
  const list =
    reported.length <= 1
      ? (reported[0] ?? '')
      : `${reported.slice(0, -1).join(sep)}${sep === '; ' ? '; and ' : ' and '}${reported.at(-1)}`;
  const out = list ? [`You asked ${list}.`] : [];
  for (const q of direct)
    out.push(`${out.length > 0 ? 'You also asked' : 'You asked'}: ${inlineQuestion(q, names)}`);
  return out.join(' ');
}
