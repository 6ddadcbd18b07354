/**
 * @module A question that points back ("do we post a billing one?", "can finance approve a
 * switch?") gets the thing it points to: the nearest earlier noun phrase of
 * the conversation, with its modifiers, so the question stands alone in a list.
 */
import { analyze } from '../language/analyze.js';
import type { Sentence, Token } from '../language/types.js';
import { type NounPhrase, nounPhrases } from './noun-phrases.js';

// "this" and "that" point at the situation as often as at a thing: only "it" and "them"
const POINTERS = new Set(['it', 'them']);
const TIMED = new Set(['date', 'time', 'duration']);

// a phrase worth pointing back to: articled or modified, not a measure ("2 sprints") or a time
function candidates(earlier: readonly Sentence[]): NounPhrase[] {
  const out: NounPhrase[] = [];
  for (const s of [...earlier].reverse()) {
    const timed = s.entities.filter((e) => TIMED.has(e.type) || e.type === 'number');
    const phrases = nounPhrases(s).filter(
      (p) =>
        (p.det !== '' || p.modifiers > 0) &&
        !timed.some((e) => e.start < p.end && p.start < e.end) &&
        !p.counted,
    );
    out.push(...phrases.reverse());
  }
  return out;
}

const nounLike = (t: Token | undefined): boolean =>
  t !== undefined && (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ' || t.text === '-');

/**
 * `question` with what it points to spelled out from `earlier` (the conversation's sentences before
 * it, oldest first): "a <mod> one" takes the nearest phrase's head noun, a bare "a <noun>" the nearest
 * phrase with that head and its modifiers. An object "it/them" stays as written when the
 * conversation has a phrase of its number, and "do it" (an action) never resolves. The question
 * unchanged when it points at nothing; null when it points back and nothing resolves, so it does
 * not stand alone.
 */
export function resolveReference(question: string, earlier: readonly Sentence[]): string | null {
  const sentences = analyze(question).sentences;
  const tokens = sentences.flatMap((s) => s.tokens);
  const own = sentences.flatMap(nounPhrases);
  const found = candidates(earlier);
  const edits: { start: number; end: number; text: string }[] = [];
  for (const [i, t] of tokens.entries()) {
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    // "a billing one": the modifiers stay, "one" takes the nearest thing's noun
    if (
      t.normal === 'one' &&
      prev &&
      (prev.pos === 'DET' || nounLike(prev)) &&
      next?.normal !== 'of' &&
      !nounLike(next)
    ) {
      // "zlib's static build rather than the system one": the question's own phrase comes first
      const mine = own.filter((p) => p.end <= prev.start && p.modifiers + (p.det ? 1 : 0) > 0).reverse();
      const near = [...mine, ...found].find((p) => !p.plural && p.head !== 'one');
      if (!near) return null;
      edits.push({ start: t.start, end: t.end, text: near.head });
      continue;
    }
    // "a switch": the earlier "per-store discount switch" it was short for
    if ((t.normal === 'a' || t.normal === 'an') && next?.pos === 'NOUN' && !nounLike(tokens[i + 2])) {
      const near = found.find((p) => p.modifiers > 0 && p.head === next.normal);
      if (near)
        edits.push({
          start: t.start,
          end: next.end,
          text: `${'aeiou'.includes(near.body.charAt(0).toLowerCase()) ? 'an' : 'a'} ${near.body}`,
        });
      continue;
    }
    if (!POINTERS.has(t.normal) || i < 2 || nounLike(next) || next?.pos === 'NUM') continue;
    // "do it" stands for an action no noun phrase names ("does it work?" asks about a thing)
    if (prev?.lemma === 'do' && !tokens.slice(i + 1).some((x) => x.pos === 'VERB')) return null;
    // a thing done to it or about it: "roll it back", "decide on it" ("it seems", "could it be" point at nothing)
    if (!(prev?.pos === 'VERB' || (prev?.pos === 'ADP' && t.normal === 'it'))) continue;
    // "I believe it defers …": the subject of a clause of its own
    if (next?.pos === 'VERB' || next?.pos === 'AUX') continue;
    const plural = t.normal === 'them';
    // "did the export move the files into it": a thing named in the question itself, past its subject
    if (own.slice(1).some((p) => p.end <= t.start && p.plural === plural)) continue;
    // with nothing to point at the question does not stand alone; with something, it stays as written:
    // in real issue text "it" names the issue as often as the nearest phrase (NLBSE train: about one
    // in four resolved right)
    if (!found.some((p) => p.plural === plural)) return null;
  }
  let out = question;
  for (const e of edits.reverse()) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}
