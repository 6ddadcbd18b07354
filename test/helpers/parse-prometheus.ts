/**
 * @module A strict reader of the Prometheus text exposition format (version 0.0.4) for tests: every
 * sample must belong to a family announced by `# HELP` and `# TYPE`, and every line must parse.
 */

export interface Family {
  readonly help: string;
  readonly type: 'counter' | 'gauge' | 'histogram' | 'summary' | 'untyped';
}

export interface Scrape {
  readonly families: ReadonlyMap<string, Family>;
  /** one sample's value; labels must match exactly (order does not matter), NaN when absent */
  value(name: string, labels?: Record<string, string>): number;
  /** every sample, as `name{a="1",b="2"}` → value, labels sorted */
  readonly samples: ReadonlyMap<string, number>;
}

const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/;
const LABEL = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"(?:,|$)/y;

const key = (name: string, labels: Record<string, string>) => {
  const parts = Object.keys(labels)
    .sort()
    .map((label) => `${label}="${labels[label]}"`);
  return parts.length > 0 ? `${name}{${parts.join(',')}}` : name;
};

function parseLabels(text: string, line: string): Record<string, string> {
  const labels: Record<string, string> = {};
  LABEL.lastIndex = 0;
  while (LABEL.lastIndex < text.length) {
    const start = LABEL.lastIndex;
    const match = LABEL.exec(text);
    if (!match || match.index !== start) throw new Error(`bad labels in: ${line}`);
    labels[match[1] as string] = (match[2] as string).replace(/\\(.)/g, (_, c: string) =>
      c === 'n' ? '\n' : c,
    );
  }
  return labels;
}

function familyOf(name: string, families: Map<string, Family>): string | undefined {
  if (families.has(name)) return name;
  const base = name.replace(/_(bucket|sum|count)$/, '');
  const family = families.get(base);
  return family && (family.type === 'histogram' || family.type === 'summary') ? base : undefined;
}

export function parsePrometheus(text: string): Scrape {
  const families = new Map<string, Family>();
  const helps = new Map<string, string>();
  const samples = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    const help = /^# HELP (\S+) (.*)$/.exec(line);
    if (help) {
      helps.set(help[1] as string, help[2] as string);
      continue;
    }
    const type = /^# TYPE (\S+) (counter|gauge|histogram|summary|untyped)$/.exec(line);
    if (type) {
      const name = type[1] as string;
      const announced = helps.get(name);
      if (announced === undefined) throw new Error(`TYPE without HELP for ${name}`);
      families.set(name, { help: announced, type: type[2] as Family['type'] });
      continue;
    }
    if (line.startsWith('#')) throw new Error(`unexpected comment: ${line}`);
    const sample = SAMPLE.exec(line);
    if (!sample) throw new Error(`not a sample line: ${line}`);
    const name = sample[1] as string;
    if (!familyOf(name, families)) throw new Error(`sample ${name} has no HELP/TYPE before it`);
    const raw = sample[3] as string;
    const value =
      raw === '+Inf' ? Number.POSITIVE_INFINITY : raw === '-Inf' ? Number.NEGATIVE_INFINITY : Number(raw);
    if (Number.isNaN(value) && raw !== 'NaN') throw new Error(`bad value in: ${line}`);
    samples.set(key(name, sample[2] ? parseLabels(sample[2], line) : {}), value);
  }
  return {
    families,
    samples,
    value: (name, labels = {}) => samples.get(key(name, labels)) ?? Number.NaN,
  };
}
