// Compares the wasm VM's speed in two or more builds of dist/ (for example before and after a
// profile change): the same `aiterscopeBench(source, record)` hook of the worker module that
// `make bench` times (loaded on the page's main thread: tools/bench/runtime_hooks.mjs), untraced,
// on every program in bench/programs, in headless Chromium. The builds take turns (round-robin,
// `rounds` rounds of one run each) so a change in machine load hits them alike; prints each
// program's median per build and the ratio of every build to the first.
//
// Usage: node tools/size/vm_speed.mjs <dist-a> <dist-b> [...] [--rounds N]   (default 3 rounds)

import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStaticServer, launchBrowser } from '../../tests/e2e/harness.mjs';
import { loadRuntimeInPage } from '../bench/runtime_hooks.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const PROGRAMS = join(ROOT, 'bench', 'programs');
const args = process.argv.slice(2);
const roundsAt = args.indexOf('--rounds');
const rounds = roundsAt >= 0 ? Number(args.splice(roundsAt, 2)[1]) : 3;
const dists = args.map((d) => resolve(d));
if (dists.length < 2) {
  console.error('usage: node tools/size/vm_speed.mjs <dist-a> <dist-b> [...] [--rounds N]');
  process.exit(2);
}

const programs = readdirSync(PROGRAMS).filter((f) => f.endsWith('.py')).sort();
const browser = await launchBrowser();
const builds = [];
try {
  for (const dist of dists) {
    const server = await startStaticServer(dist);
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${server.url}index.html`);
    await page.waitForSelector('main#app [data-testid="run"]');
    await loadRuntimeInPage(page);
    builds.push({ dist, server, page, times: Object.fromEntries(programs.map((p) => [p, []])) });
  }
  for (let round = 0; round < rounds; round++) {
    for (const program of programs) {
      const source = readFileSync(join(PROGRAMS, program), 'utf8');
      for (const build of builds) {
        const ms = await build.page.evaluate((src) => {
          const bench = window.aiterscopeRuntime.aiterscopeBench;
          const t0 = performance.now();
          bench(src, false);
          return performance.now() - t0;
        }, source);
        build.times[program].push(ms);
      }
    }
  }
} finally {
  await browser.close();
  for (const build of builds) await build.server.close();
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`median of ${rounds} untraced runs (ms); ratio to ${dists[0]}`);
for (const [i, build] of builds.entries()) console.log(`  build ${i}: ${build.dist}`);
for (const program of programs) {
  const base = median(builds[0].times[program]);
  const cells = builds.map((b) => {
    const m = median(b.times[program]);
    return `${m.toFixed(0).padStart(6)} (${(m / base).toFixed(2)}x)`;
  });
  console.log(`${program.padEnd(24)} ${cells.join('  ')}`);
}
