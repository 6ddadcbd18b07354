/**
 * @module The 1-based line of a path inside a parsed YAML document (the deepest node that
 * exists along the path), so policy errors can say where to look.
 */
import { type Document, isMap, isScalar, isSeq, type LineCounter, type Node } from 'yaml';

function keyOf(node: unknown): unknown {
  return isScalar(node) ? node.value : node;
}

/** Returns the line of `path` in `doc`, or of its nearest existing ancestor; null if none. */
export function yamlLine(doc: Document, lines: LineCounter, path: ReadonlyArray<PropertyKey>): number | null {
  let node: unknown = doc.contents;
  let offset: number | null = (node as Node | null)?.range?.[0] ?? null;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => String(keyOf(item.key)) === String(segment));
      if (!pair) break;
      const keyNode = pair.key as Node | null;
      offset = keyNode?.range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as Node | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else {
      break;
    }
  }
  return offset === null ? null : lines.linePos(offset).line;
}
