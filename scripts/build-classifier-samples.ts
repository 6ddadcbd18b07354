/**
 * @module Writes the small validation samples the classifier tests score (test/fixtures/classifier/):
 * Apache Wicket reports labelled bug or feature by hand (issue kind; never trained on for kind), and
 * a balanced slice of the held-back FARSEC check (security; never trained on). FARSEC is EPL-1.0.
 *
 *   npx tsx scripts/build-classifier-samples.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { balancedSample } from './build-farsec-sample.js';
import { FARSEC_HELD_BACK, readFarsecCsv } from './classifier/read-datasets.js';
import { stableHash } from './classifier/stable-hash.js';
import { toCsv } from './classifier/to-csv.js';

const OUT = join(import.meta.dirname, '../test/fixtures/classifier');

// labelled by reading each report: a failure of existing behaviour is a bug, a request for new
// behaviour (often filed as a JIRA "bug" in FARSEC's export) is a feature
const WICKET_KIND: Record<string, 'bug' | 'feature'> = {
  '1960': 'bug',
  '2433': 'bug',
  '3101': 'bug',
  '3361': 'bug',
  '4168': 'bug',
  '4760': 'bug',
  '5141': 'bug',
  '4770': 'bug',
  '1040': 'bug',
  '2595': 'bug',
  '3253': 'bug',
  '4016': 'bug',
  '171': 'feature',
  '417': 'feature',
  '754': 'feature',
  '884': 'feature',
  '1709': 'feature',
  '2230': 'feature',
  '2653': 'feature',
  '3552': 'feature',
  '3658': 'feature',
  '4704': 'feature',
  '5352': 'feature',
  '5512': 'feature',
};

const wicket = readFarsecCsv('wicket').filter((e) => e.id.slice('wicket:'.length) in WICKET_KIND);
writeFileSync(
  join(OUT, 'wicket-kind-sample.csv'),
  toCsv(
    wicket.map((e) => ({
      id: e.id,
      summary: e.text,
      label: WICKET_KIND[e.id.slice('wicket:'.length)] ?? '',
    })),
    ['id', 'summary', 'label'],
  ),
);

// ten security reports and ten others per held-back project, lowest hash first
const security = FARSEC_HELD_BACK.flatMap((project) => {
  const sample = balancedSample(readFarsecCsv(project));
  const pick = (label: string) =>
    sample
      .filter((e) => e.label === label)
      .sort((a, b) => stableHash(a.id) - stableHash(b.id))
      .slice(0, 10);
  return [...pick('1'), ...pick('0')];
});
writeFileSync(
  join(OUT, 'farsec-security-sample.csv'),
  toCsv(
    security.map((e) => ({ id: e.id, summary: e.text, security: e.label })),
    ['id', 'summary', 'security'],
  ),
);
console.log(`wrote ${wicket.length} wicket kind rows and ${security.length} FARSEC security rows to ${OUT}`);
