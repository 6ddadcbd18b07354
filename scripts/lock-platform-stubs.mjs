// The registry this project installs from serves only the linux-x64/arm64 glibc builds of packages
// with per-platform binaries (Biome, @napi-rs/canvas), so `npm install` drops the other platforms'
// optional entries from package-lock.json and `npm ci` then refuses the lock as out of sync.
// Run `node scripts/lock-platform-stubs.mjs` after changing dependencies: it adds those entries back
// with their os/cpu/libc, so npm skips them on this machine without fetching anything.
import fs from 'node:fs';

const lock = JSON.parse(fs.readFileSync('package-lock.json', 'utf8'));
const pk = lock.packages;
const infer = (name) => {
  const s = name.split('/').pop();
  const os = ['android', 'darwin', 'win32', 'linux', 'freebsd'].find((o) => s.includes(o));
  const cpu = ['arm64', 'x64', 'riscv64', 'ia32', 'arm'].find((c) => new RegExp(`-${c}(-|$)`).test(s));
  const e = { os: [os], cpu: [cpu] };
  if (os === 'linux') e.libc = [s.includes('musl') ? 'musl' : 'glibc'];
  return e;
};
let added = 0;
for (const entry of Object.values(pk)) {
  for (const [dep, ver] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${dep}`;
    if (pk[key]) continue;
    const { os, cpu, libc } = infer(dep);
    if (!os[0] || !cpu[0]) throw new Error(`cannot infer ${dep}`);
    pk[key] = {
      version: ver,
      cpu,
      ...(entry.dev ? { dev: true } : {}),
      ...(libc ? { libc } : {}),
      optional: true,
      os,
    };
    added++;
  }
}
lock.packages = Object.fromEntries(
  Object.entries(pk).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0)),
);
fs.writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
console.log('added', added);
