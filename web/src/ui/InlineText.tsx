/**
 * @module One line of draft text as React nodes: citation markers become links, `**bold**` and
 * `code` are styled, `{{ETA}}` placeholders stand out. Everything else stays plain text — ticket
 * content is never parsed as HTML.
 */
import type { ReactNode } from 'react';
import { CiteLink } from './CiteLink.js';

const TOKEN = /(\[S\d+:[A-Za-z0-9._:-]+\]|\*\*[^*]+\*\*|`[^`]+`|\{\{[A-Z_]+\}\})/g;

export function InlineText({ text }: { text: string }) {
  const nodes: ReactNode[] = [];
  let last = 0;
  let key = 0;
  for (const match of text.matchAll(TOKEN)) {
    const token = match[0];
    const at = match.index ?? 0;
    if (at > last) nodes.push(text.slice(last, at));
    if (token.startsWith('[')) nodes.push(<CiteLink key={key++} cite={token.slice(1, -1)} />);
    else if (token.startsWith('**')) nodes.push(<strong key={key++}>{token.slice(2, -2)}</strong>);
    else if (token.startsWith('`')) nodes.push(<code key={key++}>{token.slice(1, -1)}</code>);
    else
      nodes.push(
        <mark key={key++} className="placeholder">
          {token}
        </mark>,
      );
    last = at + token.length;
  }
  if (last < text.length) nodes.push(text.slice(last));
  return <>{nodes}</>;
}
