/**
 * @module Retrieval quality on an eval set: for each case, the team's-docs articles the packet
 * ranked and chose against the ids a person marked relevant (`relevance.json`): precision and
 * recall at 3 over the ranking, and precision and recall of the chosen articles.
 */
import { z } from 'zod';
import type { KnowledgeSection } from '../model/packet.js';

export const RelevanceSchema = z.object({
  about: z.string().optional(),
  /** case folder name → ids of the relevant articles */
  relevant: z.record(z.string(), z.array(z.string())),
});
export type Relevance = z.infer<typeof RelevanceSchema>;

export interface CaseRetrieval {
  readonly name: string;
  readonly relevant: readonly string[];
  /** the three best-ranked articles (chosen or not) */
  readonly top3: readonly string[];
  readonly chosen: readonly string[];
  readonly precisionAt3: number;
  readonly recallAt3: number;
}

export interface RetrievalSummary {
  readonly cases: readonly CaseRetrieval[];
  /** how many cases have relevance judgements (the means are over these) */
  readonly judged: number;
  /** means over the cases with at least one relevant article */
  readonly precisionAt3: number;
  readonly recallAt3: number;
  /** relevant chosen / chosen, pooled over all cases (null when nothing was chosen) */
  readonly chosenPrecision: number | null;
  /** relevant chosen / relevant, pooled */
  readonly chosenRecall: number;
}

const mean = (xs: readonly number[]): number =>
  xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length;

/** Scores one case's knowledge section (absent: nothing retrieved). */
export function scoreCaseRetrieval(
  name: string,
  section: KnowledgeSection | undefined,
  relevant: readonly string[],
): CaseRetrieval {
  const ranked = section?.considered ?? [];
  const top3 = ranked.slice(0, 3).map((c) => c.id);
  const chosen = ranked.filter((c) => c.chosen).map((c) => c.id);
  const rel = new Set(relevant);
  const hits = top3.filter((id) => rel.has(id)).length;
  return {
    name,
    relevant: [...relevant],
    top3,
    chosen,
    precisionAt3: hits / 3,
    recallAt3: rel.size === 0 ? 0 : hits / rel.size,
  };
}

/** Summarises the cases that have relevance judgements. */
export function summarizeRetrieval(cases: readonly CaseRetrieval[]): RetrievalSummary {
  const judged = cases.filter((c) => c.relevant.length > 0);
  const chosen = judged.flatMap((c) => c.chosen.map((id) => c.relevant.includes(id)));
  const relevantChosen = chosen.filter(Boolean).length;
  const relevantTotal = judged.reduce((n, c) => n + c.relevant.length, 0);
  return {
    cases,
    judged: judged.length,
    precisionAt3: mean(judged.map((c) => c.precisionAt3)),
    recallAt3: mean(judged.map((c) => c.recallAt3)),
    chosenPrecision: chosen.length === 0 ? null : relevantChosen / chosen.length,
    chosenRecall: relevantTotal === 0 ? 0 : relevantChosen / relevantTotal,
  };
}

const pct = (n: number | null): string => (n === null ? '—' : `${(n * 100).toFixed(1)}%`);

/** The retrieval report as text lines for `spine eval --knowledge`. */
export function formatRetrieval(summary: RetrievalSummary): string {
  const lines = ['', 'Knowledge retrieval (relevance.json):'];
  const unjudged = summary.cases.filter((c) => c.relevant.length === 0).length;
  for (const c of summary.cases) {
    if (c.relevant.length === 0) continue;
    lines.push(
      `  ${c.name.padEnd(36)} p@3 ${pct(c.precisionAt3).padStart(6)}  r@3 ${pct(c.recallAt3).padStart(6)}  top3 ${c.top3.join(', ') || '—'}  chosen ${c.chosen.join(', ') || '—'}`,
    );
  }
  if (unjudged === summary.cases.length)
    return [...lines, '  no case here has relevance judgements', ''].join('\n');
  if (unjudged > 0) lines.push(`  ${unjudged} case(s) without relevance judgements are not scored`);
  lines.push(
    `  precision@3 ${pct(summary.precisionAt3)}  recall@3 ${pct(summary.recallAt3)}  chosen precision ${pct(summary.chosenPrecision)}  chosen recall ${pct(summary.chosenRecall)}`,
    '',
  );
  return lines.join('\n');
}
