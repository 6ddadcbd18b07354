/**
 * @module packet.md: the whole packet for a person, from the header (decision, severity and its
 * rules, targets, respond-by, cadence) down to the sources and their warnings.
 */
import type { Packet } from '../model/packet.js';
import { describeDuration } from '../policy/duration.js';
import { citeMarks } from './cite-marks.js';
import { claimText, oneLine } from './claim-text.js';
import { knowledgeLines } from './knowledge-markdown.js';

function cell(text: string): string {
  return oneLine(text, 200).replace(/\|/g, '\\|');
}

function claimLines(
  label: string,
  claims: ReadonlyArray<{ value: unknown; cites: readonly string[] }>,
): string[] {
  return claims.map((c) => `- ${label}: ${claimText(c.value)}${citeMarks(c.cites)}`);
}

/** Renders the packet as Markdown; the same packet always gives the same text. */
export function renderPacketMarkdown(packet: Packet): string {
  const { facts, decision, drafts } = packet;
  const account = facts.account ? claimText(facts.account.value) : 'unknown account';
  const out: string[] = [`# Triage packet: ${account}`, ''];
  out.push(
    `- **As of:** ${packet.asOf}`,
    `- **Policy:** ${packet.policy.name} ${packet.policy.version} (sha256 ${packet.policy.sha256.slice(0, 12)})`,
    `- **Decision:** ${decision.escalate ? 'escalate' : 'handle in support'}${decision.criteria.length > 0 ? `, because: ${decision.criteria.map((c) => `${c.label} (${c.id})${citeMarks(c.cites, 2)}`).join('; ')}` : ''}`,
  );
  if (decision.severity) {
    const rules = decision.severity.rules.map((r) => `${r.id}${citeMarks(r.cites, 2)}`).join(', ');
    const { level, rationale } = decision.severity;
    // decide's rationale often starts with the level already
    const why = rationale.startsWith(`${level}:`) ? rationale.slice(level.length + 1).trim() : rationale;
    out.push(`- **Severity:** ${level}: ${why}${rules ? ` (rules: ${rules})` : ''}`);
  } else {
    out.push('- **Severity:** none');
  }
  out.push(
    `- **Targets:** ${decision.targets.map((t) => `${t.team} (${t.reason})`).join('; ') || 'none'}`,
    `- **Owner:** ${decision.owner ? `${decision.owner.name} (${decision.owner.reason})` : 'unassigned'}`,
    `- **Respond by:** ${decision.respondBy ?? 'n/a'}`,
    `- **Cadence:** ${decision.cadence ? `internal every ${describeDuration(decision.cadence.internal)}, customer every ${describeDuration(decision.cadence.customer)}` : 'n/a'}`,
    '',
  );
  out.push('## Known unknowns', '');
  out.push(
    ...(packet.unknowns.length > 0
      ? packet.unknowns.map((u) => `- **${u.question}** (${u.why})`)
      : ['- none flagged']),
    '',
  );
  out.push(drafts.brief.trim(), '', drafts.handoff.trim(), '');
  out.push(
    '## Customer update (draft, not sent)',
    '',
    ...drafts.customerUpdate.text
      .trim()
      .split('\n')
      .map((l) => `> ${l}`),
  );
  out.push('');
  const language = drafts.customerUpdate.language;
  if (language) out.push(`- **Language:** ${language.note}`);
  for (const p of drafts.customerUpdate.placeholders) {
    const by = p.suggested ? ` (no later than ${p.suggested})` : '';
    out.push(`- \`${p.token}\` waits for gate ${p.gate}${by}`);
  }
  out.push('', '## Internal post', '', drafts.internalPost.trim(), '');
  out.push('## Review of the team draft', '');
  if (drafts.draftReview === null) out.push('No draft reply in the handoff.');
  else if (drafts.draftReview.length === 0) out.push('No findings.');
  else
    out.push(
      ...drafts.draftReview.flatMap((f) => [
        `- **${f.kind}**: "${oneLine(f.quote, 200)}" (${f.why})${f.cites && f.cites.length > 0 ? citeMarks(f.cites) : ''}`,
        ...(f.rewrite ? [`  - instead: ${f.rewrite}`] : []),
      ]),
    );
  out.push('', '## Actions', '', '| id | what | owner | due | gate |', '| --- | --- | --- | --- | --- |');
  for (const a of packet.actions) {
    out.push(`| ${a.id} | ${cell(a.what)} | ${cell(a.owner ?? '-')} | ${a.due ?? '-'} | ${a.gate ?? '-'} |`);
  }
  out.push('', '## Gates', '');
  out.push(...packet.gates.map((g) => `- ${g.id} (${g.kind}, ${g.state}): ${g.subject}`), '');
  out.push('## Facts', '');
  const facts_: string[] = [];
  if (facts.account) facts_.push(...claimLines('account', [facts.account]));
  if (facts.tier) facts_.push(...claimLines('tier', [facts.tier]));
  if (facts.problem) facts_.push(...claimLines('problem', [facts.problem]));
  facts_.push(...claimLines('symptom', facts.symptoms), ...claimLines('error', facts.errors));
  for (const key of ['users', 'accounts', 'scope'] as const) {
    const c = facts.affected[key];
    if (c) facts_.push(...claimLines(`affected ${key}`, [c]));
  }
  if (facts.startedAt) facts_.push(...claimLines('started', [facts.startedAt]));
  facts_.push(...claimLines('environment', facts.environment));
  facts_.push(
    ...facts.tried.map(
      (t) => `- tried (${t.by}): ${t.action}${t.result ? ` → ${t.result}` : ''}${citeMarks(t.cites)}`,
    ),
  );
  if (facts.workaround.exists !== null) {
    facts_.push(
      `- workaround: ${facts.workaround.exists ? (facts.workaround.partial ? 'partial' : 'yes') : 'none'}${facts.workaround.text ? `: ${facts.workaround.text}` : ''}${citeMarks(facts.workaround.cites)}`,
    );
  }
  facts_.push(...claimLines('customer ask', facts.customerAsks));
  facts_.push(
    ...facts.deadlines.map((d) => {
      // said once, here: a deadline already behind asOf has passed (respond-by is now)
      const passed = d.at !== null && Date.parse(d.at) <= Date.parse(packet.asOf) ? ', passed' : '';
      const zone = d.zoneAssumed ? ", read as UTC: the speaker's zone is not stated" : '';
      return `- deadline: ${d.text}${d.at ? ` (${d.at}${zone}${passed})` : ''}${citeMarks(d.cites)}`;
    }),
  );
  facts_.push(...claimLines('commitment', facts.commitments), ...claimLines('posture', facts.posture));
  facts_.push(...claimLines('hypothesis', facts.hypotheses), ...claimLines('pattern', facts.pattern));
  if (facts.reproduction) {
    facts_.push(
      `- reproduction: ${facts.reproduction.steps.join(' → ')}${citeMarks(facts.reproduction.cites)}`,
    );
  }
  out.push(...(facts_.length > 0 ? facts_ : ['- none extracted']), '');
  if (packet.knowledge) out.push(...knowledgeLines(packet.knowledge));
  out.push('## Timeline', '');
  out.push(...packet.timeline.map((t) => `- ${t.at}: ${t.summary}${citeMarks(t.cites)}`), '');
  out.push('## Sources', '');
  for (const s of packet.sources) {
    const status = (s as { status?: string }).status;
    out.push(`- ${s.id} ${s.name} (${s.kind}/${s.format}, ${s.items} items${status ? `, ${status}` : ''})`);
    for (const w of s.warnings) out.push(`  - warning: ${w}`);
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n')}\n`;
}
