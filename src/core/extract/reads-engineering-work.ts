/**
 * @module Engineering named as the one doing work still to do: an engineering subject ("our
 * engineers", "eng", "the engineering team") with a verb that is ongoing or ahead ("is building", "are working on it", "will add", "is going to write"). What is
 * done ("have confirmed"), denied ("eng isn't working on it"), asked, conditional or hedged is no
 * work ahead, nor someone else's engineers ("ask your engineers to …") or a quoted line
 * ("hold comms to 'engineering is working on it'").
 */
import { isDenied } from '../language/polarity.js';
import type { Sentence, Token } from '../language/types.js';

const set = (words: string): ReadonlySet<string> => new Set(words.split(' '));
const ENGINEERING = set('engineering eng engineers developers');
const NOT_OURS = set('their your his her customer customers client');
const QUOTE = set(`" “ ” ' ‘ ’`);
// the verb group that puts the work now or ahead
const ONGOING = set('be is are am');
const AHEAD = set('will shall');
// between the subject and its verb group: "(Tomasz)", "team", "now", "already"
const REACH = 6;
const TEAM_HEAD = set('team teams on-call oncall folks people');
const between = (k: Token): boolean =>
  k.pos === 'ADV' || k.pos === 'PROPN' || TEAM_HEAD.has(k.normal) || k.normal === '(' || k.normal === ')';

const isQuote = (k: Token): boolean => QUOTE.has(k.text) && k.pos === 'PUNCT';
const quoted = (t: readonly Token[], i: number): boolean => t.slice(0, i).filter(isQuote).length % 2 === 1;
const ends = (k: Token): boolean =>
  k.pos === 'PUNCT' && (k.normal === ',' || k.normal === ';' || k.normal === ':');

function subjectAt(s: Sentence): number[] {
  const t = s.tokens;
  return t.flatMap((k, i) =>
    ENGINEERING.has(k.normal) && !NOT_OURS.has(t[i - 1]?.normal ?? '') && !quoted(t, i) ? [i] : [],
  );
}

// "is building", "are now working", "will add", "'ll write", "is going to add"
function workAhead(s: Sentence, from: number): boolean {
  const t = s.tokens;
  for (let i = from + 1; i < t.length && i <= from + REACH; i++) {
    const k = t[i];
    if (!k || ends(k) || k.negated || isDenied(s, i)) return false;
    if (!AHEAD.has(k.normal) && !ONGOING.has(k.normal)) {
      if (between(k)) continue;
      return false;
    }
    let j = i + 1;
    while (t[j]?.pos === 'ADV' && !t[j]?.negated) j++;
    const verb = t[j];
    if (!verb || verb.negated || isDenied(s, j)) return false;
    if (ONGOING.has(k.normal) && verb.pos === 'VERB' && verb.normal.endsWith('ing')) return true;
    if (AHEAD.has(k.normal) && verb.pos === 'VERB' && verb.normal === verb.lemma) return true;
    return false;
  }
  return false;
}

/** Our engineering named as the one doing work that is ongoing or still ahead. */
export function readsEngineeringAtWork(s: Sentence): boolean {
  if (s.question || s.conditional || s.hedged) return false;
  return subjectAt(s).some((i) => workAhead(s, i));
}
