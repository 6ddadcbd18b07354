/**
 * @module "X does A instead of B": a sentence that says what a thing does instead of what it
 * should describes the problem; "use A instead of B", "you can send A instead", "we switched to A
 * instead of B" suggest or report a way around it. Told apart by who acts in the clause before
 * "instead of": a thing with a finite verb ("the importer reads the first sheet instead of the
 * chosen one") describes behaviour; a person, a modal, a request or "use" makes it a way around.
 */
import type { Sentence, Token } from '../language/types.js';

const set = (words: string): ReadonlySet<string> => new Set(words.split(' '));
const PERSON = set('i we you they he she customer customers user users please');
const MODAL = set('can could should may might must would will shall');
const SUBJECT = set('NOUN PROPN NUM PRON');
const CLAUSE_END = /^[,;:()–—-]$/;

/** The tokens of the clause that ends just before token `at`. */
function clauseBefore(tokens: readonly Token[], at: number): Token[] {
  let start = at;
  while (start > 0 && !CLAUSE_END.test(tokens[start - 1]?.text ?? '')) start--;
  return tokens.slice(start, at);
}

// "renders", "reads", "switched": a finite verb form right after its subject (the tagger often
// calls such a verb a noun, so the form is read from the word and its lemma)
const finiteAfterSubject = (clause: readonly Token[]): boolean =>
  clause.some((k, i) => {
    const before = clause[i - 1];
    if (!before || !SUBJECT.has(before.pos) || PERSON.has(before.normal)) return false;
    return k.normal !== k.lemma && /^[a-z]+$/.test(k.lemma) && /(?:s|ed)$/.test(k.normal);
  });

/** True when the sentence's "instead of" says what a thing does, not what someone can do. */
export function describesBehaviour(s: Sentence): boolean {
  if (s.question || s.conditional) return false;
  const t = s.tokens;
  const at = t.findIndex((k, i) => k.normal === 'instead' && t[i + 1]?.normal === 'of');
  if (at < 0) return false;
  const before = t.slice(0, at);
  if (before.some((k) => PERSON.has(k.normal.split(/['’]/)[0] ?? '') || MODAL.has(k.normal))) return false;
  const clause = clauseBefore(t, at);
  if (clause.some((k) => k.lemma === 'use')) return false;
  return finiteAfterSubject(clause);
}
