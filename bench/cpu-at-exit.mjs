// Loaded with `node --import` by bench/startup.bench.ts: at exit, writes this process's CPU seconds
// (user + system, every thread) and peak RSS to $SPINE_BENCH_CPU_OUT.
import { writeFileSync } from 'node:fs';

process.once('exit', () => {
  const { user, system } = process.cpuUsage();
  const cpu = (user + system) / 1e6;
  writeFileSync(
    process.env.SPINE_BENCH_CPU_OUT,
    JSON.stringify({ cpu, maxRssKb: process.resourceUsage().maxRSS }),
  );
});
