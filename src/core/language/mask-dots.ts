/**
 * @module Hide the punctuation inside tokens (versions, file and host names, URLs, `!=`) so the
 * sentence splitter keeps them whole.
 */

// a URL or an e-mail address
const ADDRESS = /\b[a-z][\w+.-]*:\/\/[^\s<>"'`)\]]+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi;
// dotted runs: "v4.8.1", "config.yaml", "api.example.com", "e.g", "10.0.0.1"; tried only where a
// run begins (the lookbehind), so a long word is not rescanned from each of its letters
const DOTTED = /(?<![\p{L}\p{N}_-])[\p{L}\p{N}_-]+(?:\.[\p{L}\p{N}_-]+)+/gu;
// a full stop, question or exclamation mark glued to what follows: ".h5", "?logs=ci", "!=", "![image]",
// "<!--", "try...catch". Every branch opens with the mark itself and looks back from behind it, so
// the engine scans for the three marks instead of trying a lookbehind at every character (7× faster)
const GLUED =
  /[!?](?<=\S[!?])(?=[\p{L}\p{N}/=#&%()<:-])|!(?=\[)|[!?](?==)|\.{2,}(?=[^\s.])|\.(?<=[^\p{L}\p{N}.]\.)(?=[\p{L}\p{N}/])/gu;

/**
 * The text with the dots of every dotted run that holds a letter, and every `.?!` glued inside a
 * token, replaced by `x`; runs of single letters ("e.g", "U.S") stay, they are abbreviations. Same
 * length, so offsets map back one to one; numbers ("2.5", "10.0.0.1") are left to the tokenizer.
 */
export function maskDots(text: string): string {
  // no "://" and no "@": no address (most messages; the address pattern is costly to run)
  if (!text.includes('://') && !text.includes('@')) return maskPlain(text);
  let out = '';
  let at = 0;
  // URLs and e-mail addresses stay as written: the tokenizer knows them
  for (const m of text.matchAll(ADDRESS)) {
    out += maskPlain(text.slice(at, m.index)) + m[0];
    at = m.index + m[0].length;
  }
  return out + maskPlain(text.slice(at));
}

// what every dotted run holds: a dot and a letter, digit, "_" or "-" after it
const DOT_BEFORE_WORD = /\.[\p{L}\p{N}_-]/u;

function maskPlain(text: string): string {
  // most sentences have no dotted run: one scan for a dot before a word instead of a run at every word
  const dotted = !DOT_BEFORE_WORD.test(text)
    ? text
    : text.replace(DOTTED, (run) => {
        if (!/\p{L}/u.test(run) || run.split('.').every((p) => /^\p{L}$/u.test(p))) return run;
        // a digit between digits keeps "v4.8.1" one number-like word; else a letter
        return run.replace(/\./g, (_, i: number) =>
          /\d/.test(run[i - 1] ?? '') && /\d/.test(run[i + 1] ?? '') ? '0' : 'x',
        );
      });
  return dotted.replace(GLUED, (m) => 'x'.repeat(m.length));
}
