/**
 * @module The `root.member` paths a CEL expression reads (`signals.security`, `facts.errors`),
 * found outside string literals; variables bound by macros (`exists(e, …)`) are left out.
 */

export interface ReferencedPath {
  readonly root: string;
  readonly member: string;
}

const STRING_LITERAL = /[rR]?("""[\s\S]*?"""|'''[\s\S]*?'''|"(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*')/g;
const MACRO_BINDING = /\.\s*(?:all|exists|exists_one|map|filter)\s*\(\s*([A-Za-z_]\w*)\s*,/g;
const PATH = /(^|[^\w.])([A-Za-z_]\w*)\s*\.\s*([A-Za-z_]\w*)/g;

/** Lists the distinct `root.member` references in `expression`, in order of appearance. */
export function referencedPaths(expression: string): ReferencedPath[] {
  const code = expression.replace(STRING_LITERAL, '""');
  const bound = new Set<string>();
  for (const match of code.matchAll(MACRO_BINDING)) bound.add(match[1] ?? '');
  const seen = new Set<string>();
  const paths: ReferencedPath[] = [];
  for (const match of code.matchAll(PATH)) {
    const root = match[2] ?? '';
    const member = match[3] ?? '';
    if (bound.has(root)) continue;
    const key = `${root}.${member}`;
    if (seen.has(key)) continue;
    seen.add(key);
    paths.push({ root, member });
  }
  return paths;
}
