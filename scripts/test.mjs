// npm test: every stage in turn, with the time each took, stopping at the first that fails.
import { spawnSync } from 'node:child_process';
import { LOCAL_ORIGIN } from './local-site.mjs';

const STAGES = [
  ['system packages (Chromium, nginx and its brotli modules)', 'node', ['scripts/ensure-system-packages.mjs']],
  ['type check (astro check)', 'node_modules/.bin/astro', ['check']],
  ['lint (ESLint, no warnings)', 'node_modules/.bin/eslint', ['.', '--max-warnings', '0']],
  ['format check (Prettier)', 'node_modules/.bin/prettier', ['--check', '--log-level', 'warn', '.']],
  ['build (astro build, with Pagefind and nginx rules)', 'node_modules/.bin/astro', ['build']],
  ['tests (Vitest: unit, content, browser)', 'node_modules/.bin/vitest', ['run']],
  ['bench (bytes, requests, Lighthouse)', 'node', ['scripts/bench.mjs']],
];

const times = [];
const started = Date.now();
for (const [name, command, args] of STAGES) {
  const t0 = Date.now();
  console.log(`\n=== ${name}`);
  // One build for the browser tests and the bench, made for the address the bench serves it at.
  const run = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, SITE_URL: process.env.SITE_URL ?? LOCAL_ORIGIN } });
  times.push([name, (Date.now() - t0) / 1000]);
  if (run.status !== 0) {
    console.error(`\nnpm test stopped: "${name}" failed (exit ${run.status ?? run.signal}).`);
    process.exit(run.status || 1);
  }
}
console.log('\nTime per stage:');
for (const [name, s] of times) console.log(`  ${s.toFixed(1).padStart(6)} s  ${name}`);
console.log(`  ${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s  in all`);
