// `make bench`: measures aiterscope against CPython 3.12 and against its budgets, in one run.
//
// Sections (each prints a table; every figure is a median of several runs, but program run
// times, which are the best of several: 5 interleaved rounds natively, 3 in wasm):
//   1. runtime speed: `aiterscope run` (native release, recording off and on) vs `python3.12`
//   2. the same programs in wasm in headless Chromium, as a ratio to native
//   3. the shipped bundle: wasm + JS + CSS in dist/, raw / gzip / brotli
//   4. time from navigation to an interactive playground
//   5. stepping: goto + state natively on 100,000 / 1,000,000-event traces, and the step
//      latency in Chromium on a 100,000-event trace (click to rendered frame)
//   6. time travel in the browser: goto+state and page memory on 1,000,000-event traces (travel.mjs)
//   7. the main thread while an endless program records to the event budget: tasks over
//      50 ms and the longest task's CPU time, at full speed and with the page's CPU slowed 2x
//
// Usage: node tools/bench/bench.mjs [--quick]   (the Makefile builds dist/ and the CLI first)

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, brotliCompressSync, constants as zlib } from 'node:zlib';
import { startStaticServer, launchBrowser } from '../../tests/e2e/harness.mjs';
import { loadRuntimeInPage } from './runtime_hooks.mjs';
import { FRAME_MS, STEP_CONTROLS, measureStepLatency } from '../../tests/e2e/step_latency.mjs';
import { MAIN_THREAD_TASK_BUDGET_MS, measureEndlessRun } from '../../tests/e2e/main_thread_tasks.mjs';
import { measureTravel, travelRows, TRAVEL_HEADER, TRAVEL_EVENTS } from './travel.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const QUICK = process.argv.includes('--quick');
const RUNS = QUICK ? 1 : 3;
const PROGRAMS = join(ROOT, 'bench', 'programs');
const CLI = join(process.env.CARGO_TARGET_DIR ?? join(ROOT, 'target'), 'release', 'aiterscope');
const DIST = join(ROOT, 'dist');

const results = [];

/** Finds CPython 3.12: pyenv's install, else `python3.12` on PATH. */
function python312() {
  const pyenv = join(homedir(), '.pyenv', 'versions', '3.12.1', 'bin', 'python3.12');
  if (existsSync(pyenv)) return pyenv;
  const which = spawnSync('sh', ['-c', 'command -v python3.12'], { encoding: 'utf8' });
  return which.status === 0 ? which.stdout.trim() : null;
}

/** Rounds of the native speed comparison: each round runs CPython, then aiterscope untraced,
 * then recording, so a burst of load on a shared host hits all three alike. */
const SPEED_ROUNDS = QUICK ? 1 : 5;

/**
 * Runs each command once per round, interleaved, for `SPEED_ROUNDS` rounds; returns for each
 * its best (minimum) wall time in ms, as `timeit` does: noise from other processes only ever
 * adds time, so the minimum is the steadiest estimate of the program's own cost. A null
 * command gives `{ error: 'python3.12 not found' }`.
 */
function timeInterleaved(commands) {
  const best = commands.map((c) => (c ? { ms: Infinity, out: null } : { error: 'python3.12 not found' }));
  for (let round = 0; round < SPEED_ROUNDS; round++) {
    commands.forEach((command, i) => {
      if (!command || best[i].error) return;
      const [cmd, args] = command;
      const start = process.hrtime.bigint();
      const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (r.status !== 0) {
        best[i] = { error: (r.stderr || '').trim().split('\n').pop() || `exit ${r.status}` };
        return;
      }
      best[i] = { ms: Math.min(best[i].ms, ms), out: r.stdout };
    });
  }
  return best;
}

const fmtMs = (ms) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1)) + ' ms';
const fmtKB = (b) => (b / 1024).toFixed(1) + ' KB';
const verdict = (ok) => (ok ? 'ok' : 'OVER BUDGET');

function printTable(title, header, rows) {
  console.log(`\n## ${title}\n`);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => '| ' + cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ') + ' |';
  console.log(line(header));
  console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
  for (const r of rows) console.log(line(r));
}

/** `1.42x ok` or `2.10x OVER BUDGET`: recording time over untraced time, against 2.0x. */
const overhead = (r) => `${r.toFixed(2)}x ${verdict(r <= 2.0)}`;

function benchNative() {
  const py = python312();
  const rows = [];
  const programs = readdirSync(PROGRAMS).filter((f) => f.endsWith('.py')).sort();
  for (const file of programs) {
    const path = join(PROGRAMS, file);
    const [cpy, plain, traced] = timeInterleaved([
      py ? [py, [path]] : null,
      [CLI, ['run', path]],
      [CLI, ['run', path, '--record']],
    ]);
    const same = !cpy.error && !plain.error && cpy.out === plain.out;
    const ratio = (x) => (x.error || cpy.error ? 'n/a' : (x.ms / cpy.ms).toFixed(2) + 'x');
    rows.push([
      file,
      cpy.error ? cpy.error : fmtMs(cpy.ms),
      plain.error ? `error: ${plain.error}` : fmtMs(plain.ms),
      ratio(plain),
      traced.error ? `error: ${traced.error}` : fmtMs(traced.ms),
      ratio(traced),
      plain.error || traced.error ? 'n/a' : overhead(traced.ms / plain.ms),
      same ? 'same' : 'DIFFERS',
    ]);
    results.push({ section: 'native', file, cpython: cpy.ms, plain: plain.ms, traced: traced.ms, same, out: plain.out });
  }
  printTable(
    `Runtime speed vs CPython 3.12, best of ${SPEED_ROUNDS} interleaved rounds (goal: <= 1.0x untraced, <= 2.0x traced); recording overhead vs untraced (issue 5: <= 2.0x)`,
    ['program', 'CPython', 'aiterscope', 'ratio', 'recording', 'ratio', 'recording / untraced', 'output'],
    rows,
  );
}

/** Raw, gzip -9 and brotli 11 sizes of one file of dist/. */
function sizes(path) {
  const bytes = readFileSync(path);
  return {
    raw: bytes.length,
    gz: gzipSync(bytes, { level: 9 }).length,
    br: brotliCompressSync(bytes, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** The stylesheets index.html links (what its first paint waits for, besides itself). */
function stylesheetsOfIndex() {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  return [...html.matchAll(/<link rel="stylesheet" href="\.\/([^"]+)"/g)].map((m) => m[1]);
}

function benchBundle() {
  if (!existsSync(DIST)) {
    console.log('\n## Bundle\n\nno dist/: run `make build-web` first');
    return;
  }
  const files = readdirSync(DIST).filter((f) => /\.(wasm|js|css)$/.test(f) && statSync(join(DIST, f)).isFile());
  const rows = [];
  let total = { raw: 0, gz: 0, br: 0 };
  for (const f of files.sort()) {
    const size = sizes(join(DIST, f));
    total = { raw: total.raw + size.raw, gz: total.gz + size.gz, br: total.br + size.br };
    rows.push([f, fmtKB(size.raw), fmtKB(size.gz), fmtKB(size.br)]);
  }
  rows.push(['total', fmtKB(total.raw), fmtKB(total.gz), fmtKB(total.br)]);
  printTable(`Shipped bundle, all of it (vs 400 KB gzip) -> ${verdict(total.gz <= 400 * 1024)}`, ['file', 'raw', 'gzip', 'brotli'], rows);
  results.push({ section: 'bundle', ...total });

  // The first paint is index.html (which inlines a static copy of the playground) and its
  // stylesheets. The live, interactive UI adds the UI module (its JS glue and wasm); the Python
  // runtime (the worker script, its glue and wasm) loads after the UI mounts, in a Web Worker,
  // and is needed only to run a program (see tools/size/README.md).
  const firstPaint = ['index.html', ...stylesheetsOfIndex()];
  const ui = [...firstPaint, 'aiterscope-web.js', 'aiterscope-web_bg.wasm'];
  const runtime = ['aiterscope-worker.js', 'aiterscope-web-worker.js', 'aiterscope-web-worker_bg.wasm'];
  const sum = (names) =>
    names.reduce(
      (acc, f) => {
        const size = sizes(join(DIST, f));
        return { raw: acc.raw + size.raw, gz: acc.gz + size.gz, br: acc.br + size.br };
      },
      { raw: 0, gz: 0, br: 0 },
    );
  const paint = sum(firstPaint);
  const interactive = sum(ui);
  const runReady = sum([...ui, ...runtime]);
  const row = (what, x) => [what, fmtKB(x.raw), fmtKB(x.gz), fmtKB(x.br)];
  printTable(
    `What the first paint and the interactive UI need (budget: 400 KB gzip) -> ${verdict(interactive.gz <= 400 * 1024)}`,
    ['files', 'raw', 'gzip', 'brotli'],
    [
      row(`first paint: ${firstPaint.join(' ')}`, paint),
      row('interactive UI: + aiterscope-web.js aiterscope-web_bg.wasm', interactive),
      row(`Run ready: + ${runtime.join(' ')}`, runReady),
    ],
  );
  results.push({ section: 'interactive-ui-bundle', ...interactive });
  results.push({ section: 'run-ready-bundle', ...runReady });
  results.push({ section: 'first-paint-bundle', ...paint });
}

async function benchBrowser() {
  if (!existsSync(join(DIST, 'index.html'))) return;
  const server = await startStaticServer(DIST);
  const browser = await launchBrowser();
  /** Runs `body(page)` in a fresh context (cold cache) and closes it. */
  const withPage = async (body) => {
    const context = await browser.newContext();
    try {
      return await body(await context.newPage());
    } finally {
      await context.close();
    }
  };
  try {
    // Time to interactive: navigation start until the live Run button is in the page, enabled
    // and wired, as the page itself saw it (a MutationObserver, so the figure does not include
    // the test driver's polling); the first contentful paint (the static copy) alongside.
    const samples = [];
    for (let i = 0; i < (QUICK ? 2 : 5); i++) {
      const sample = await withPage(async (page) => {
        await page.addInitScript(() => {
          new MutationObserver((_, observer) => {
            if (document.querySelector('main#app [data-testid="run"]:not([disabled])')) {
              window.__aiterscopeInteractive = performance.now();
              observer.disconnect();
            }
          }).observe(document, { childList: true, subtree: true });
          // Run ready: the runtime's worker answered the first request for events (it started,
          // compiled its module and the default example, and recorded its first events).
          const onmessage = Object.getOwnPropertyDescriptor(Worker.prototype, 'onmessage');
          Object.defineProperty(Worker.prototype, 'onmessage', {
            set(handler) {
              onmessage.set.call(this, (event) => {
                if (event.data?.batch && !window.__aiterscopeRunReady) window.__aiterscopeRunReady = performance.now();
                handler(event);
              });
            },
            get() {
              return onmessage.get.call(this);
            },
          });
        });
        await page.goto(`${server.url}index.html`);
        await page.waitForSelector('[data-testid="run"]:not([disabled])');
        const seen = await page.evaluate(() => performance.now());
        await page.waitForFunction(() => window.__aiterscopeRunReady);
        return page.evaluate((seenAt) => ({
          interactive: window.__aiterscopeInteractive,
          runReady: window.__aiterscopeRunReady,
          seen: seenAt,
          fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
        }), seen);
      });
      samples.push(sample);
    }
    const medianOf = (key) => samples.map((x) => x[key]).sort((a, b) => a - b)[Math.floor(samples.length / 2)];
    const tti = medianOf('interactive');
    printTable(`Time to interactive (budget: 300 ms) -> ${verdict(tti <= 300)}`, ['measure', 'median'], [
      ['navigation -> first contentful paint (static copy)', fmtMs(medianOf('fcp'))],
      ['navigation -> live Run button in the page (the interactive UI)', fmtMs(tti)],
      ['navigation -> Run ready (the worker answered with the default example\'s first events)', fmtMs(medianOf('runReady'))],
      ['navigation -> Run button seen by playwright', fmtMs(medianOf('seen'))],
    ]);
    results.push({ section: 'tti', ms: tti, runReady: medianOf('runReady') });

    // The wasm runtime: the `aiterscopeBench(source, record)` export of the worker module
    // (web/worker), loaded on the page's main thread and timed there (runtime_hooks.mjs).
    const wasmRows = await withPage(async (page) => {
      await page.goto(`${server.url}index.html`);
      await page.waitForSelector('[data-testid="run"]:not([disabled])');
      const hook = await loadRuntimeInPage(page);
      if (hook !== 'function') return null;
      const rows = [];
      for (const r of results.filter((x) => x.section === 'native')) {
        const src = readFileSync(join(PROGRAMS, r.file), 'utf8');
        const timed = async (record) => {
          const times = [];
          let out = null;
          for (let i = 0; i < RUNS; i++) {
            const res = await page.evaluate(
              ([s, rec]) => {
                const bench = window.aiterscopeRuntime.aiterscopeBench;
                const t0 = performance.now();
                const out = bench(s, rec);
                return { ms: performance.now() - t0, out };
              },
              [src, record],
            );
            times.push(res.ms);
            out = res.out;
          }
          // The best run, as the native figures it is divided by.
          return { ms: Math.min(...times), out };
        };
        const plain = await timed(false);
        const traced = await timed(true);
        const ratio = (w, n) => (n ? (w / n).toFixed(2) + 'x' : 'n/a');
        rows.push([
          r.file,
          fmtMs(plain.ms),
          ratio(plain.ms, r.plain),
          fmtMs(traced.ms),
          ratio(traced.ms, r.traced),
          plain.out === r.out ? 'same' : 'DIFFERS',
        ]);
        results.push({ section: 'wasm', file: r.file, plain: plain.ms, traced: traced.ms });
      }
      return rows;
    });
    if (wasmRows) {
      printTable(
        `The same programs in wasm (Chromium, best of ${RUNS}) vs native`,
        ['program', 'wasm', 'wasm / native', 'wasm recording', 'wasm / native', 'output'],
        wasmRows,
      );
    } else {
      console.log('\n## wasm\n\nnot measured: the worker module has no aiterscopeBench export (web/worker/src/lib.rs)');
    }

    // Time travel in the browser: goto+state on a 1,000,000-event trace in the UI's wasm Trace,
    // and the page's memory with that trace loaded (tools/bench/travel.mjs).
    const travel = await measureTravel(browser, `${server.url}index.html`, { samples: QUICK ? 100 : 400 });
    if (travel) {
      printTable(
        `Time travel in the browser: goto(N) + state() at ${QUICK ? 100 : 400} steps N spread over a ` +
          `${TRAVEL_EVENTS.toLocaleString('en-US')}-event trace in the UI's wasm Trace; memory = both modules' linear memory + JS heap`,
        TRAVEL_HEADER,
        travelRows(travel, fmtMs),
      );
      for (const t of travel) results.push({ section: 'travel-browser', ...t });
    } else {
      console.log('\n## Time travel in the browser\n\nnot measured: the page exposes no AiterscopeBenchTrace (web/src/bench.rs)');
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * Stepping, natively through the Session API (`aiterscope bench-session`): a step is
 * `goto(n)` + `state()`, the work the UI does per key press before it renders.
 */
function benchStepping() {
  const rows = [];
  for (const [events, label, budget] of [
    [100_000, 'step (goto + state) on a 100,000-event trace (budget 16 ms)', 16],
    [1_000_000, 'goto + state on a 1,000,000-event trace (budget 5 ms natively)', 5],
  ]) {
    const r = spawnSync(CLI, ['bench-session', '--events', String(events), '--json'], { encoding: 'utf8', maxBuffer: 1 << 24 });
    let travel = null;
    try {
      travel = JSON.parse(r.stdout).travel[0];
    } catch {
      rows.push([label, 'not measured: `aiterscope bench-session` failed', '', '']);
      continue;
    }
    rows.push([label, fmtMs(travel.goto_state_median_ms), fmtMs(travel.goto_state_max_ms), verdict(travel.goto_state_max_ms <= budget)]);
    results.push({ section: 'stepping', events, ...travel });
  }
  printTable('Stepping, native Session API', ['measure', 'median', 'max', 'verdict'], rows);
}

/**
 * Step latency in the browser (issue 6): click to rendered frame on a 100,000-event trace,
 * measured as tests/e2e/step_latency.mjs does, in RUNS rounds of 40 clicks per control; the
 * table shows the median of the rounds' medians and p90s, and their spread.
 */
async function benchStepLatencyInBrowser() {
  if (!existsSync(join(DIST, 'index.html'))) return;
  const server = await startStaticServer(DIST);
  const browser = await launchBrowser();
  try {
    const rounds = [];
    for (let i = 0; i < RUNS; i++) rounds.push(await measureStepLatency(browser, server.url));
    const mid = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
    const spread = (values) => `${fmtMs(Math.min(...values))}-${fmtMs(Math.max(...values))}`;
    const rows = STEP_CONTROLS.map((control) => {
      const medians = rounds.map((r) => r.report[control].median);
      const p90s = rounds.map((r) => r.report[control].p90);
      results.push({ section: 'step-latency', control, medians, p90s });
      return [control, fmtMs(mid(medians)), spread(medians), fmtMs(mid(p90s)), spread(p90s), verdict(mid(medians) <= FRAME_MS && mid(p90s) <= FRAME_MS)];
    });
    printTable(
      `Step latency in Chromium, click to rendered frame, ${rounds[0].events.toLocaleString('en-US')} events (budget: ${FRAME_MS} ms at median and p90)`,
      ['control', 'median', 'median spread', 'p90', 'p90 spread', 'verdict'],
      rows,
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * Issue 8's responsiveness rule: the longest main-thread task while an endless async generator
 * records to the event budget (tests/e2e/main_thread_tasks.mjs), in RUNS rounds, then RUNS
 * more with the page's CPU slowed 2x (Chromium's CPU throttling; the worker runs at full
 * speed). Each round is traced, for the longest task's CPU time on the main thread: unlike its
 * wall time, a busy machine does not inflate it (`tools/bench/main_thread_rounds.mjs` runs
 * more rounds and says what the long tasks did).
 */
async function benchResponsiveness() {
  if (!existsSync(join(DIST, 'index.html'))) return;
  const server = await startStaticServer(DIST);
  const browser = await launchBrowser();
  try {
    for (const cpuThrottlingRate of [1, 2]) {
      const rounds = [];
      for (let i = 0; i < RUNS; i++) {
        rounds.push(await measureEndlessRun(browser, server.url, { cpuThrottlingRate, traced: true }));
      }
      results.push({ section: 'main-thread-tasks', cpuThrottlingRate, rounds });
      const rows = rounds.map((r, i) => [
        `round ${i + 1}`,
        fmtMs(r.runMs),
        String(r.tasks.length),
        r.tasks.length ? fmtMs(r.longestMs) : 'none over 50 ms',
        fmtMs(r.traced.longestCpuMs[0] ?? 0),
        verdict(r.longestMs <= MAIN_THREAD_TASK_BUDGET_MS),
      ]);
      const slowed = cpuThrottlingRate === 1 ? '' : `, page CPU slowed ${cpuThrottlingRate}x`;
      printTable(
        `Main thread during an endless program recorded to the event budget${slowed} (budget: no task over ${MAIN_THREAD_TASK_BUDGET_MS} ms)`,
        ['round', 'run to the budget', 'tasks over 50 ms', 'longest', 'longest CPU time', 'verdict'],
        rows,
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

benchNative();
benchStepping();
benchBundle();
await benchBrowser();
await benchStepLatencyInBrowser();
await benchResponsiveness();
