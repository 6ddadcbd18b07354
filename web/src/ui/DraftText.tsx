/**
 * @module A Markdown draft (brief, handoff, post, update) shown as headings, lists and paragraphs,
 * built from React elements line by line; the small subset the renderers write is all it reads.
 */
import type { ReactNode } from 'react';
import { InlineText } from './InlineText.js';

export function DraftText({ text }: { text: string }) {
  const blocks: ReactNode[] = [];
  let list: string[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (list.length > 0) {
      const items = list;
      blocks.push(
        <ul key={blocks.length}>
          {items.map((item, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: lines have no identity beyond their place
            <li key={i}>
              <InlineText text={item} />
            </li>
          ))}
        </ul>,
      );
      list = [];
    }
    if (paragraph.length > 0) {
      const lines = paragraph;
      blocks.push(
        <p key={blocks.length}>
          {lines.map((line, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: lines have no identity beyond their place
            <span key={i} className="line">
              <InlineText text={line} />
            </span>
          ))}
        </p>,
      );
      paragraph = [];
    }
  };
  for (const raw of text.split('\n')) {
    const line = raw.trimEnd();
    const heading = /^(#{1,4})\s+(.*)$/.exec(line);
    const bullet = /^\s*[-*]\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      blocks.push(
        <h4 key={blocks.length} className="draft-heading">
          <InlineText text={heading[2] ?? ''} />
        </h4>,
      );
    } else if (bullet) {
      if (paragraph.length > 0) flush();
      list.push(bullet[1] ?? '');
    } else if (line.trim() === '') {
      flush();
    } else {
      if (list.length > 0) flush();
      paragraph.push(line);
    }
  }
  flush();
  return <div className="draft-text">{blocks}</div>;
}
