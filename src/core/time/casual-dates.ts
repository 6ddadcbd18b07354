/**
 * @module chrono-node's casual English parser (the one `chrono.parse` uses), with its duration
 * parsers ("3 days ago", "two hours later") asked to match only text that can hold such a phrase.
 *
 * Why: V8 compiles a regular expression to machine code on its second use, and those two
 * patterns — a number-and-unit phrase repeated up to eleven times, searched from every position —
 * take ~150 ms of CPU to compile, more than the rest of chrono together; a one-shot `spine prepare`
 * paid that for a handful of sentences. A pattern that ends in "<number> <unit> <keyword>" can only
 * match a text in which its last unit and that keyword match, so a small test of that keeps the
 * large pattern unused when it cannot match. Same parsers, same order, same refiners: the results
 * are chrono's own for every text.
 */
import { Chrono, configuration, type ParsedResult, type Parser, type ParsingOption } from 'chrono-node/en';

// chrono-node 2.x builds "<units> ago" and "<units> later" as
// `(\W|^)(` + optional "about" + UNIT + `(?:` + CONNECTOR + UNIT + `){0,10})` + KEYWORD
const HEAD = String.raw`(\W|^)((?:(?:about|around)\s{0,3})?`;
const REPEAT = String.raw`(?:\s{0,5},?(?:\s*and)?\s{0,5}`;
const LOOP_END = '){0,10})';
const KEYWORDS = [
  String.raw`\s{0,5}(?:ago|before|earlier)(?=\W|$)`,
  String.raw`\s{0,5}(?:later|after|from now|henceforth|forward|out)(?=(?:\W|$))`,
];

/**
 * For a pattern of that shape, the last unit with its keyword: every match of the pattern ends with
 * a match of it. Null for any other pattern (which then always runs).
 */
export function lastUnitGate(pattern: RegExp): RegExp | null {
  const { source } = pattern;
  const keyword = KEYWORDS.find((k) => source.endsWith(LOOP_END + k));
  if (!keyword || !source.startsWith(HEAD)) return null;
  // between HEAD and the loop's end: UNIT + REPEAT + UNIT, the same UNIT twice
  const units = source.slice(HEAD.length, source.length - LOOP_END.length - keyword.length);
  const unitLength = (units.length - REPEAT.length) / 2;
  const unit = units.slice(0, unitLength);
  if (!Number.isInteger(unitLength) || units !== unit + REPEAT + unit || !isPattern(unit)) return null;
  return new RegExp(`(?:${unit})${keyword}`, pattern.flags.replace(/[gy]/g, ''));
}

/** A whole pattern on its own (balanced groups), so it means the same inside the gate. */
function isPattern(source: string): boolean {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
}

const NEVER = /(?!)/;

function gated(parser: Parser): Parser {
  const gates = new Map<string, RegExp | null>();
  return {
    pattern(context) {
      const pattern = parser.pattern(context);
      let gate = gates.get(pattern.source);
      if (gate === undefined) {
        gate = lastUnitGate(pattern);
        gates.set(pattern.source, gate);
      }
      return gate === null || gate.test(context.text) ? pattern : NEVER;
    },
    extract: (context, match) => parser.extract(context, match),
  };
}

function casualChrono(): Chrono {
  const casual = configuration.createCasualConfiguration(false);
  return new Chrono({ parsers: casual.parsers.map(gated), refiners: casual.refiners });
}

let chrono: Chrono | null = null;

/** `chrono.parse(text, reference, option)` of chrono-node, English, casual. */
export function parseCasualDates(
  text: string,
  reference: Parameters<Chrono['parse']>[1],
  option?: ParsingOption,
): ParsedResult[] {
  chrono ??= casualChrono();
  return chrono.parse(text, reference, option);
}
