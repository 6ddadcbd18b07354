/**
 * @module Whether a sentence says that something its owner kept private was shown to people who
 * should not see it — a privacy exposure, worded without "breach" or "leak of data": "anonymous
 * donors' names are shown on the public page", "hidden fields are visible to other users",
 * "private notes appear in the shared link", "internal comments show up for the customer". Read
 * from structure over the tokens, three parts near each other in one sentence:
 * - a privacy mark: private, hidden, internal, confidential, restricted, personal, secret,
 *   sensitive, unlisted, anonymous — before the thing ("private notes") or said of it ("marked
 *   private", "keep it anonymous", "given anonymously");
 * - a verb of showing that happened or happens: show, display, appear, visible, expose, list,
 *   publish, leak, reveal, disclose, render, index; or a verb of looking whose subject is the
 *   audience ("anyone with the link can read them");
 * - an audience other than the owner: the public ("the public page", "publicly", "in search
 *   results"), everyone/anyone, other users, customers, members or tenants, guests, visitors,
 *   people without an account, anyone with a shared link.
 * Anonymity needs no audience: it holds against every viewer, so an anonymous giver's or writer's
 * name, email or photo shown is already the exposure ("the anonymous gift shows her full name").
 * Never a question, a condition, a denial ("private notes are not visible to guests"), a norm or a
 * wish ("should never appear on the public page", "allow hidden fields to show to guests"), nor a
 * behaviour said to be by design or a visibility the owner chose ("we made the board public").
 * Words of code ("private methods are visible to other classes", "internal server error") mark
 * nothing private about people's data.
 */
import { isDenied } from './polarity.js';
import { holdsAny } from './sentence-words.js';
import type { Sentence, Token } from './types.js';

const set = (words: string): ReadonlySet<string> => new Set(words.split(' '));

// the words a privacy mark is read at (normal forms: "hidden" has the lemma "hide")
const MARKS = set(
  'private privately anonymous anonymously anonymised anonymized hidden internal confidential classified restricted personal secret sensitive unlisted',
);
const ANONYMOUS = set('anonymous anonymously anonymised anonymized');
// what a mark says of code or of a mode, not of people's data: "private method", "internal error",
// "hidden window", "personal computer"
const NOT_DATA = set(
  'method methods function functions class classes member members constructor variable variables api apis interface module package packages type types symbol symbols enum struct namespace property properties attribute attributes constant constants static void error errors exception exceptions server tool tools build builds beta browsing mode window windows network networks ip address computer laptop machine use test tests testing dependency dependencies registry repo repository element elements component components bar toolbar tab tabs button buttons div iframe frame layer process thread buffer storage memory cache state flag helper helpers implementation code',
);
// only these are content when marked "internal" (an internal tool or error is no data)
const INTERNAL_CONTENT = set(
  'note notes comment comments remark remarks message messages memo memos discussion discussions conversation conversations document documents doc docs file files field fields data info information detail details ticket tickets reply replies chat chats annotation annotations price prices pricing cost costs margin margins rating ratings review reviews feedback report reports attachment attachments',
);
// what an anonymous mark is said of: people who give, write or answer, and what they give or write
// ("anonymous users", "anonymous access" are an audience, read below)
const ANONYMOUS_OF = set(
  'donor donors donation donations gift gifts giver givers supporter supporters sponsor sponsors reviewer reviewers review reviews respondent respondents response responses survey surveys feedback post posts comment comments submission submissions author authors poster posters contributor contributors tip tips report reports reporter reporters vote votes voter voters participant participants applicant applicants candidate candidates caller callers whistleblower whistleblowers complainant complainants complaint complaints sender senders message messages answer answers entry entries bid bids bidder bidders rating ratings pledge pledges',
);
// what names a person: an anonymous one's shown is the exposure itself
const IDENTITY = set(
  'name names surname surnames identity identities email emails e-mail address addresses photo photos picture pictures avatar avatars face faces username usernames profile profiles information info details contact',
);
// saying a thing is or stays private: "marked private", "set to hidden", "keep it anonymous"
const KEEPING = set('keep kept stay remain mark set make made choose chose tick ticked flag select be');

// verbs of showing, by lemma or normal form ("show" is often tagged a noun: "comments show up")
const SHOWING = set(
  'show shown showing display displayed visible appear expose exposed publish published publicize publicized publicise publicised leak leaked reveal revealed disclose disclosed render rendered list listed index indexed available accessible surface share shared send sent emailed e-mails e-mailed mailed forwarded notified',
);
// verbs of looking: the audience is their subject ("everyone can see my private posts")
const LOOKING = set(
  'see seen saw view viewed read access accessed open opened download downloaded find found',
);
// what makes a verb of showing a norm, a possibility or a wish, not something that happens
const NOT_REAL = set('should must would could might may will shall ought need needs supposed meant to');
const WISH = set(
  'allow allows let lets enable enables want wants wish like option ability add support request',
);
const CAN = set('can');
const NAMING = set('DET ADJ ADP NUM PRON');

// the public and everyone at large
const PUBLIC = set(
  'public publicly everyone everybody anyone anybody world internet guest guests visitor visitors stranger strangers outsider outsiders non-member non-members',
);
// after "public": code again ("public API", "public method"), not an audience
const PUBLIC_NOT_AUDIENCE = set(
  'api apis method methods interface class classes function functions constructor member members static field fields key keys holiday holidays domain',
);
// people other than the owner: "other users", "another customer", "all members"
const PARTY = set(
  'user users customer customers client clients tenant tenants member members people person account accounts organisation organisations organization organizations company companies team teams employee employees staff student students parent parents patient patients colleague colleagues',
);
const OTHERS = set('other another different all every');
// people without an account or a right to see: "anonymous users", "logged-out visitors"
const UNSIGNED = set(
  'anonymous unauthenticated unauthorised unauthorized unprivileged non-admin logged-out unregistered external non-logged',
);
const UNSIGNED_WHO = set(
  'user users visitor visitors viewer viewers people access request requests reader readers',
);
// a place anyone with the link reaches: "the shared link", "a shared dashboard"
const SHARED_PLACE = set(
  'link links url urls page pages view views board boards folder folders document documents doc docs report reports dashboard dashboards calendar calendars',
);
// customers of the one who reports, for what is internal: "internal notes visible to the customer"
const OUTSIDE = set(
  'customer customers client clients contact contacts requester requesters end-user end-users',
);

// a behaviour said to be meant, or a visibility the owner chose
const BY_DESIGN =
  /\b(?:by design|as (?:designed|intended|expected)|intended|intentional(?:ly)?|on purpose|deliberate(?:ly)?|expected behaviou?r)\b/i;
const CHOOSER = set('i we you they he she admin admins administrator owner customer');
const CHOOSING = set(
  'set make made turn turned switch switched change changed mark marked choose chose enable enabled',
);
const OPENED = set('public visible everyone shared open');

// hard limits of the reach of a mark or an audience: another sentence part, a reason, a condition
const STOP = set('; . ! ? because if unless whether since whereas');
const REACH = 12;
const CONTRAST = set('but yet although though however despite');
const LIST_GLUE = set('PUNCT DET CCONJ NUM SYM');

const normal = (tokens: readonly Token[], i: number): string => tokens[i]?.normal ?? '';

/** The next word after token i that is no determiner, adjective or hyphen: the head the mark is said of. */
function headAfter(tokens: readonly Token[], i: number): string {
  for (let k = i + 1; k < tokens.length && k <= i + 3; k++) {
    const t = tokens[k] as Token;
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON') return t.normal;
    if (t.pos !== 'ADJ' && t.normal !== '-' && t.pos !== 'CCONJ') return '';
  }
  return '';
}

/** A mark said of the thing ("marked private", "keep it anonymous", "given anonymously"), not before a noun. */
const predicative = (tokens: readonly Token[], i: number): boolean => {
  if (normal(tokens, i).endsWith('ly')) return true;
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const t = tokens[k] as Token;
    if (KEEPING.has(t.lemma) || KEEPING.has(t.normal)) return true;
    if (t.pos === 'PUNCT') return false;
  }
  return false;
};

/** What kind of mark token i is, or null: 'anonymous' or 'private' (every other kind). */
function markAt(s: Sentence, i: number): 'anonymous' | 'private' | null {
  const tokens = s.tokens;
  const word = normal(tokens, i);
  if (!MARKS.has(word) || isDenied(s, i)) return null;
  const head = headAfter(tokens, i);
  if (ANONYMOUS.has(word)) {
    if (UNSIGNED_WHO.has(head) || head === 'guest' || head === 'login') return null;
    return ANONYMOUS_OF.has(head) || predicative(tokens, i) ? 'anonymous' : null;
  }
  if (head !== '' && NOT_DATA.has(head)) return null;
  if (word === 'internal') return INTERNAL_CONTENT.has(head) ? 'private' : null;
  // "classified as spam" sorts; only "classified documents" are kept secret
  if ((word === 'personal' || word === 'classified') && head === '') return null;
  return head !== '' || predicative(tokens, i) ? 'private' : null;
}

// how a token shows: a verb of showing (an audience needed), of looking (its subject the audience),
// or one that names the public itself ("is public", "published", "publicly available")
type Showing = 'show' | 'look' | 'public';
// verbs whose object goes to the public: no audience named is needed
const PUBLISHING = set('publish published publishes publicize publicized publicise publicised');
const BECOMING = set(
  'be is are was were been become became becomes go went gone make made remain remains still now',
);

/** "is public", "were made public", "publicly available", "linked publicly": the public is the audience. */
function publicAt(tokens: readonly Token[], i: number): boolean {
  const word = normal(tokens, i);
  if (word === 'publicly') {
    const near = [tokens[i - 1], tokens[i + 1], tokens[i + 2]];
    return near.some((t) => t !== undefined && (t.pos === 'VERB' || t.pos === 'ADJ'));
  }
  if (word !== 'public' || headAfter(tokens, i) !== '') return false;
  const before = tokens[i - 1];
  return before !== undefined && (BECOMING.has(before.normal) || BECOMING.has(before.lemma));
}

/** Token i shows: a verb of showing that happens, neither denied, wished, nor only possible. */
function showsAt(s: Sentence, i: number): Showing | null {
  const t = s.tokens[i] as Token;
  const kind = publicAt(s.tokens, i)
    ? 'public'
    : PUBLISHING.has(t.normal)
      ? 'public'
      : SHOWING.has(t.normal) || SHOWING.has(t.lemma)
        ? 'show'
        : LOOKING.has(t.normal)
          ? 'look'
          : null;
  // the negator's own clause, not wink's scope, which runs on past a dash ("'Don't show my message'
  // ticked - the wall shows my name")
  if (kind === null || isDenied(s, i)) return null;
  // the tagger often reads "exposes", "shows", "show up" as nouns; a noun after a determiner, an
  // adjective, a possessive or a preposition only names the thing: "the list", "my view", "on display"
  if (t.pos === 'NOUN' && NAMING.has(s.tokens[i - 1]?.pos ?? '') && normal(s.tokens, i + 1) !== 'up')
    return null;
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const w = s.tokens[k] as Token;
    if (w.pos === 'PUNCT') break;
    if (NOT_REAL.has(w.normal) || WISH.has(w.normal) || WISH.has(w.lemma)) return null;
    // "anyone can see them", "can be seen by anyone": what the audience is able to do is the exposure;
    // "we can show it to guests" offers
    if (CAN.has(w.normal) && kind === 'show' && normal(s.tokens, k + 1) !== 'be') return null;
  }
  return kind;
}

/** Token i starts an audience other than the owner (a party who is not its owner: no "'s" after it). */
function audienceAt(s: Sentence, i: number, mark: 'anonymous' | 'private', internal: boolean): boolean {
  const tokens = s.tokens;
  const word = normal(tokens, i);
  if (isDenied(s, i)) return false;
  const next = normal(tokens, i + 1);
  if (PUBLIC.has(word)) {
    if (word === 'public' && PUBLIC_NOT_AUDIENCE.has(next)) return false;
    // "anyone know why…", "is anyone else seeing": the reader asks; "a guest network" is no audience
    return !(word === 'anyone' && next === 'else') && !(word.startsWith('guest') && NOT_DATA.has(next));
  }
  if (OTHERS.has(word) && PARTY.has(next))
    return normal(tokens, i + 2) !== "'s" && normal(tokens, i + 2) !== "'";
  if ((word === 'someone' || word === 'somebody') && next === 'else') return true;
  if (UNSIGNED.has(word) && UNSIGNED_WHO.has(next)) return mark === 'private' || word !== 'anonymous';
  if (word === 'shared' && SHARED_PLACE.has(next)) return true;
  if (word === 'search' && /^(?:engines?|results?)$/.test(next)) return true;
  // what is internal shown to the reporter's own customers: "visible to customers", "the customer portal"
  if (internal && OUTSIDE.has(word)) return next !== "'s" && next !== "'";
  return false;
}

/**
 * The range of tokens around token i a mark or an audience may stand in; a contrast on the way back
 * opens the clause before it ("ticked the box to keep it anonymous, but her full name and her
 * message are showing"): what was kept private is set against what shows.
 */
function reach(tokens: readonly Token[], i: number): [number, number] {
  let from = i;
  let budget = REACH;
  while (from > 0 && budget > 0 && !STOP.has(normal(tokens, from - 1))) {
    from--;
    // a long list of what shows ("her full name, the amount (£500) and her message") counts its words
    if (CONTRAST.has(normal(tokens, from))) budget = REACH;
    else if (!LIST_GLUE.has((tokens[from] as Token).pos)) budget--;
  }
  let to = i;
  while (to < tokens.length - 1 && to - i < REACH && !STOP.has(normal(tokens, to + 1))) to++;
  return [from, to];
}

/** "we made the board public", "you set it to visible": a visibility its owner chose. */
function ownerChose(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => {
    if (!CHOOSER.has(t.normal)) return false;
    const verb = tokens.slice(i + 1, i + 4).findIndex((w) => CHOOSING.has(w.normal) || CHOOSING.has(w.lemma));
    if (verb < 0) return false;
    return tokens.slice(i + 2 + verb, i + 9 + verb).some((w) => OPENED.has(w.normal) && !w.negated);
  });
}

const SCAN = new Set([...MARKS]);
const BEING = set('be is are was were been being');
// what a sentence sets against a private thing when it only tells which is which: "public ones",
// "public notes" ("private posts are visible to members, public ones to everyone")
const PUBLIC_THING = set(
  'one ones post posts note notes comment comments field fields photo photos file files',
);

/** The sentence names a public thing beside the private one: it tells how visibility is laid out. */
const layout = (tokens: readonly Token[]): boolean =>
  tokens.some((t, i) => t.normal === 'public' && PUBLIC_THING.has(normal(tokens, i + 1)));

/** True when the sentence says something kept private was shown to people who should not see it. */
export function readsPrivateDataShown(s: Sentence): boolean {
  if (s.question || s.conditional || !holdsAny(s, SCAN)) return false;
  if (BY_DESIGN.test(s.text)) return false;
  const tokens = s.tokens;
  if (layout(tokens)) return false;
  let chose: boolean | null = null;
  for (let v = 0; v < tokens.length; v++) {
    const shows = showsAt(s, v);
    if (shows === null) continue;
    const [from, to] = reach(tokens, v);
    for (let m = from; m <= to; m++) {
      const mark = markAt(s, m);
      if (mark === null || m === v) continue;
      // "the notes are public": what is public is its subject, before it ("my page is public and
      // holds unlisted videos" says nothing of the videos)
      if (m > v && publicAt(tokens, v) && normal(tokens, v) === 'public') continue;
      const internal = normal(tokens, m) === 'internal';
      // an anonymous one's name, email or photo shown: no audience needed
      if (mark === 'anonymous' && shows === 'show') {
        const named = tokens.slice(from, to + 1).some((t, k) => IDENTITY.has(t.normal) && from + k !== m);
        if (named) return true;
      }
      const passive = shows === 'look' && BEING.has(normal(tokens, v - 1));
      const audience =
        shows === 'public' ||
        tokens.slice(from, to + 1).some((_, k) => {
          const a = from + k;
          if (a === m) return false;
          // a looking verb's audience is its subject ("everyone can see"), or its agent ("read by anyone")
          if (shows === 'look' && a > v && !(passive && normal(tokens, a - 1) === 'by')) return false;
          return audienceAt(s, a, mark, internal);
        });
      if (!audience) continue;
      chose ??= ownerChose(tokens);
      if (!chose) return true;
    }
  }
  return false;
}
