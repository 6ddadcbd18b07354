/** @module A verb's past participle for "Has the customer <done> …?" questions. */

const IRREGULAR: Record<string, string> = {
  send: 'sent',
  resend: 'resent',
  tell: 'told',
  give: 'given',
  set: 'set',
  reset: 'reset',
  put: 'put',
  run: 'run',
  rerun: 'rerun',
  make: 'made',
  find: 'found',
  get: 'got',
  take: 'taken',
  do: 'done',
  redo: 'redone',
  go: 'gone',
  write: 'written',
  rewrite: 'rewritten',
  read: 'read',
  pay: 'paid',
  buy: 'bought',
  keep: 'kept',
  let: 'let',
  build: 'built',
  rebuild: 'rebuilt',
  choose: 'chosen',
  see: 'seen',
  show: 'shown',
  bring: 'brought',
  lay: 'laid',
};

/** "update" → "updated", "add" → "added", "send" → "sent", "re-enable" → "re-enabled". */
export function pastParticiple(verb: string): string {
  const lower = verb.toLowerCase();
  const dash = lower.lastIndexOf('-');
  const head = dash >= 0 ? lower.slice(0, dash + 1) : '';
  const base = dash >= 0 ? lower.slice(dash + 1) : lower;
  const irregular = IRREGULAR[base];
  if (irregular) return head + irregular;
  if (base.endsWith('e')) return `${head}${base}d`;
  if (/[^aeiou]y$/.test(base)) return `${head}${base.slice(0, -1)}ied`;
  // one short syllable ending consonant-vowel-consonant doubles: "log" → "logged", "add" stays
  if (/^[^aeiou]*[aeiou][bdglmnprt]$/.test(base)) return `${head}${base}${base.at(-1)}ed`;
  return `${head}${base}ed`;
}
