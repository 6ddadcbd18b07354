/** @module Slack mrkdwn in `text` to plain readable text: mentions, channels, links, escapes. */
import { stripQuery } from './strip-url-secrets.js';

/** Name lookups the decoder needs; both return undefined for an unknown id. */
export interface MrkdwnNames {
  user(id: string): string | undefined;
  channel(id: string): string | undefined;
}

export interface DecodedMrkdwn {
  readonly text: string;
  /** user ids mentioned that neither the directory nor the token's own label could name */
  readonly unknownUsers: readonly string[];
}

const MAX_TEXT = 200_000;

/**
 * Decodes Slack's `<…>` tokens, then unescapes `&amp;`, `&lt;`, `&gt;` (in that order of work,
 * so an escaped `&lt;` in the text never becomes a token).
 * @example decodeMrkdwn('<@U1> see <https://x.example/a?t=1|docs>', names) // '@Kenji see docs (https://x.example/a)'
 */
export function decodeMrkdwn(raw: string, names: MrkdwnNames): DecodedMrkdwn {
  const unknownUsers: string[] = [];
  const source = raw.length > MAX_TEXT ? raw.slice(0, MAX_TEXT) : raw;
  const replaced = source.replace(/<([^<>\n]{1,2000})>/g, (_whole, inner: string) =>
    decodeToken(inner, names, unknownUsers),
  );
  const text = replaced.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  return { text, unknownUsers: [...new Set(unknownUsers)] };
}

function decodeToken(inner: string, names: MrkdwnNames, unknownUsers: string[]): string {
  const bar = inner.indexOf('|');
  const target = bar === -1 ? inner : inner.slice(0, bar);
  const label = bar === -1 ? '' : inner.slice(bar + 1).trim();
  if (target.startsWith('@')) {
    const id = target.slice(1);
    const name = names.user(id) ?? (label !== '' ? label : undefined);
    if (name === undefined) unknownUsers.push(id);
    return `@${name ?? id}`;
  }
  if (target.startsWith('#')) {
    const id = target.slice(1);
    return `#${label !== '' ? label : (names.channel(id) ?? id)}`;
  }
  if (target.startsWith('!')) return decodeSpecial(target.slice(1), label);
  return decodeLink(target, label);
}

function decodeSpecial(command: string, label: string): string {
  const [kind = ''] = command.split('^');
  if (kind === 'date') return label;
  if (label !== '') return label.startsWith('@') || kind !== 'subteam' ? label : `@${label}`;
  if (kind === 'subteam') return `@${command.split('^')[1] ?? 'group'}`;
  return `@${kind}`;
}

function decodeLink(url: string, label: string): string {
  if (url.startsWith('mailto:')) return label !== '' ? label : url.slice('mailto:'.length);
  const bare = stripQuery(url);
  if (
    label === '' ||
    label === url ||
    label === bare ||
    `http://${label}` === bare ||
    `https://${label}` === bare
  )
    return bare;
  return `${label} (${bare})`;
}
