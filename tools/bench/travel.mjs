// Time travel in the browser (issue 5): a 1,000,000-event trace recorded by the runtime's wasm
// module, sent as a batch into the wasm Trace the playground steps through, then `goto(N)` +
// `state()` timed at steps N spread over it, and the memory the tab holds with the trace loaded.
//
// Used by bench.mjs; runs on its own too (against dist/):
//   node tools/bench/travel.mjs [--quick]
//
// The hooks are the `AiterscopeBenchTrace` class and `aiterscopeWasmMemoryBytes()` exported by
// web/src/bench.rs (Trunk puts the UI module's exports on window.wasmBindings), and
// `aiterscopeRecordBatches` of the worker module (web/worker, loaded on the page's main thread by
// runtime_hooks.mjs; in the playground it runs in the worker and holds the recording there).

import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync, readFileSync } from 'node:fs';
import { loadRuntimeInPage } from './runtime_hooks.mjs';

/** The repository's root. */
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Events in each trace (the budget is stated for 1,000,000). */
export const TRAVEL_EVENTS = 1_000_000;
/** Steps timed per trace, spread evenly over it and visited in a scrambled order. */
const SAMPLES = 400;
/** Sweeps over the sampled steps (each step's figure is its fastest sweep). */
const SWEEPS = 3;
/** Budgets of issue 5: one frame per step, 200 MB for the page with the trace loaded. */
export const STEP_BUDGET_MS = 16;
export const MEMORY_BUDGET_MB = 200;

/**
 * The traced programs. Both are cut by the event budget at 1,000,000 events.
 * - countdown: the native `aiterscope bench-session` program, read from the file both use
 *   (bench/session/countdown.py: a class-based async iterator driven by hand, a call per
 *   value), so browser and native figures compare;
 * - ticker: an endless async generator printing a line per value (about 4 MB of output), the
 *   case where the console text of `state()` is largest.
 */
export const TRAVEL_PROGRAMS = {
  countdown: readFileSync(join(ROOT, 'bench', 'session', 'countdown.py'), 'utf8'),
  ticker: `import asyncio

async def ticks():
    i = 0
    while True:
        yield i
        i += 1

async def main():
    async for t in ticks():
        print("tick", t, "squared is", t * t)

asyncio.run(main())
`,
};

/**
 * Records each program in a fresh page and times goto+state; returns one result per program:
 * { program, events, recordMs, min, median, max, slowestCall, sessionMB, wasmMB, jsHeapMB,
 * totalMB }: min/median/max over the steps of each step's fastest sweep, slowestCall over all.
 */
export async function measureTravel(browser, indexUrl, { samples = SAMPLES, sweeps = SWEEPS } = {}) {
  const out = [];
  for (const [program, source] of Object.entries(TRAVEL_PROGRAMS)) {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(indexUrl);
      await page.waitForSelector('[data-testid="run"]:not([disabled])');
      const hook = await page.evaluate(() => typeof window.wasmBindings?.AiterscopeBenchTrace);
      if (hook !== 'function') return null;
      await loadRuntimeInPage(page);
      const r = await page.evaluate(
        ([src, events, n, sweeps]) => {
          const B = window.wasmBindings;
          const R = window.aiterscopeRuntime;
          const t0 = performance.now();
          // Recorded as the playground's worker records (dropping each batch once sent) and
          // appended batch by batch, as the playground's trace receives them.
          const batches = R.aiterscopeRecordBatches(src, events);
          const session = new B.AiterscopeBenchTrace(batches[0]);
          for (let i = 1; i < batches.length; i++) session.append(batches[i]);
          batches.length = 0;
          const recordMs = performance.now() - t0;
          const len = session.eventCount();
          const order = Array.from({ length: n }, (_, i) => Math.floor((i * (len - 1)) / (n - 1)));
          let x = 0x2545f491;
          for (let i = order.length - 1; i > 0; i--) {
            x ^= x << 13;
            x ^= x >>> 17;
            x ^= x << 5;
            const j = (x >>> 0) % (i + 1);
            [order[i], order[j]] = [order[j], order[i]];
          }
          // Several sweeps over the same steps; each step's figure is its fastest sweep, so a
          // step slowed by the machine (another process scheduled in) is not mistaken for a
          // slow step, while a step that is slow every time still shows. The slowest single
          // call of all sweeps is reported too.
          const best = new Array(order.length).fill(Infinity);
          let slowestCall = 0;
          for (let sweep = 0; sweep < sweeps; sweep++) {
            order.forEach((step, i) => {
              const t = performance.now();
              const [at] = session.gotoState(step);
              const ms = performance.now() - t;
              if (at !== step) throw new Error(`goto(${step}) landed on ${at}`);
              best[i] = Math.min(best[i], ms);
              slowestCall = Math.max(slowestCall, ms);
            });
          }
          // Kept alive while the page's memory is read.
          window.__aiterscopeTravelSession = session;
          const times = best.sort((a, b) => a - b);
          return {
            events: len,
            recordMs,
            min: times[0],
            median: times[Math.floor(times.length / 2)],
            max: times[times.length - 1],
            slowestCall,
            sessionBytes: session.memoryBytes(),
            wasmBytes: B.aiterscopeWasmMemoryBytes(),
            runtimeBytes: R.aiterscopeWasmMemoryBytes(),
          };
        },
        [source, TRAVEL_EVENTS, samples, sweeps],
      );
      // The JS heap, after a collection, through the DevTools protocol (precise, unlike
      // performance.memory without --enable-precise-memory-info).
      const cdp = await context.newCDPSession(page);
      await cdp.send('HeapProfiler.collectGarbage');
      const heap = await cdp.send('Runtime.getHeapUsage');
      const MB = 1024 * 1024;
      out.push({
        program,
        events: r.events,
        recordMs: r.recordMs,
        min: r.min,
        median: r.median,
        max: r.max,
        slowestCall: r.slowestCall,
        sessionMB: r.sessionBytes / MB,
        wasmMB: r.wasmBytes / MB,
        runtimeMB: r.runtimeBytes / MB,
        jsHeapMB: heap.usedSize / MB,
        totalMB: (r.wasmBytes + r.runtimeBytes + heap.usedSize) / MB,
      });
    } finally {
      await context.close();
    }
  }
  return out;
}

/** Table rows for bench.mjs's printTable (and the standalone run). */
export function travelRows(results, fmtMs) {
  const mb = (x) => x.toFixed(1) + ' MB';
  return results.map((r) => [
    r.program,
    r.events.toLocaleString('en-US'),
    fmtMs(r.recordMs),
    `${fmtMs(r.min)} / ${fmtMs(r.median)} / ${fmtMs(r.max)} (slowest call ${fmtMs(r.slowestCall)})`,
    r.max <= STEP_BUDGET_MS ? 'ok' : 'OVER BUDGET',
    `${mb(r.totalMB)} (UI wasm ${mb(r.wasmMB)}, runtime wasm ${mb(r.runtimeMB)}, JS ${mb(r.jsHeapMB)}; trace ${mb(r.sessionMB)})`,
    r.totalMB <= MEMORY_BUDGET_MB ? 'ok' : 'OVER BUDGET',
  ]);
}

/** The header matching travelRows. */
export const TRAVEL_HEADER = [
  'program',
  'events',
  'record + send',
  'goto+state min / median / max',
  `step <= ${STEP_BUDGET_MS} ms`,
  'tab memory with the trace (UI + runtime modules + JS)',
  `memory <= ${MEMORY_BUDGET_MB} MB`,
];

// Standalone: node tools/bench/travel.mjs
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { startStaticServer, launchBrowser } = await import('../../tests/e2e/harness.mjs');
  const DIST = join(ROOT, 'dist');
  if (!existsSync(join(DIST, 'index.html'))) {
    console.error('no dist/: run `make build-web` first');
    process.exit(1);
  }
  const server = await startStaticServer(DIST);
  const browser = await launchBrowser();
  try {
    const results = await measureTravel(browser, `${server.url}index.html`, {
      samples: process.argv.includes('--quick') ? 100 : SAMPLES,
    });
    const fmtMs = (ms) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(2)) + ' ms';
    if (!results) {
      console.log('not measured: the page exposes no AiterscopeBenchTrace (web/src/bench.rs)');
    } else {
      console.log(TRAVEL_HEADER.join(' | '));
      for (const row of travelRows(results, fmtMs)) console.log(row.join(' | '));
    }
  } finally {
    await browser.close();
    await server.close();
  }
}
