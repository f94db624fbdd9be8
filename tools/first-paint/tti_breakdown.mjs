// Where the time to interactive goes: loads dist/index.html in headless Chromium (cold cache,
// the same static server as the browser tests) and prints, per run, the milestones from
// navigation start: first contentful paint, the wasm response, WebAssembly.instantiateStreaming
// resolving (compiled and instantiated, before the start function), the live Run button appearing in
// <main id="app"> (a MutationObserver), the glue's init() resolving (Trunk's
// `TrunkApplicationStarted` event) and the moment the bench's `waitForSelector` saw the button,
// plus how many times a wasm was requested (the UI module and, from the worker, the runtime module),
// and Run ready: the runtime's worker answered with the default example's first events.
// `make bench` reports the live Run button and Run ready; this splits the way there up.
//
// Usage: node tools/first-paint/tti_breakdown.mjs [dist-dir] [runs]   (default: dist, 5)

import { resolve } from 'node:path';
import { startStaticServer, launchBrowser } from '../../tests/e2e/harness.mjs';

const dist = resolve(process.argv[2] ?? 'dist');
const runs = Number(process.argv[3] ?? 5);

/** Runs in the page before any of its scripts: records when init() resolved and when the live
 * Run button first existed (seen by a MutationObserver, no polling). */
function recordStart() {
  const instantiate = WebAssembly.instantiateStreaming;
  WebAssembly.instantiateStreaming = async (...args) => {
    const result = await instantiate.apply(WebAssembly, args);
    window.__instantiated = performance.now();
    return result;
  };
  addEventListener('TrunkApplicationStarted', () => {
    window.__started = performance.now();
  });
  new MutationObserver((_, observer) => {
    if (document.querySelector('main#app [data-testid="run"]:not([disabled])')) {
      window.__mounted = performance.now();
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => (window.__frame = performance.now())));
    }
  }).observe(document, { childList: true, subtree: true });
  // Run ready: the runtime's worker answered the first request for events.
  const onmessage = Object.getOwnPropertyDescriptor(Worker.prototype, 'onmessage');
  Object.defineProperty(Worker.prototype, 'onmessage', {
    set(handler) {
      onmessage.set.call(this, (event) => {
        if (event.data?.batch && !window.__runReady) window.__runReady = performance.now();
        handler(event);
      });
    },
    get() {
      return onmessage.get.call(this);
    },
  });
  window.__long = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__long.push([Math.round(e.startTime), Math.round(e.duration)]);
  }).observe({ type: 'longtask', buffered: true });
}

const server = await startStaticServer(dist);
const browser = await launchBrowser();
const rows = [];
try {
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    let wasmRequests = 0;
    page.on('request', (r) => {
      if (r.url().endsWith('.wasm')) wasmRequests += 1;
    });
    await page.addInitScript(recordStart);
    await page.goto(`${server.url}index.html`);
    await page.waitForSelector('[data-testid="run"]:not([disabled])');
    const seen = await page.evaluate(() => performance.now());
    await page.waitForFunction(() => window.__runReady);
    const m = await page.evaluate((seenAt) => {
      const wasm = performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.wasm'));
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      return {
        now: seenAt,
        runReady: window.__runReady,
        fcp: fcp ? fcp.startTime : NaN,
        wasmEnd: wasm.length ? Math.max(...wasm.map((e) => e.responseEnd)) : NaN,
        started: window.__started ?? NaN,
        instantiated: window.__instantiated ?? NaN,
        mounted: window.__mounted ?? NaN,
        frame: window.__frame ?? NaN,
        long: window.__long,
      };
    }, seen);
    rows.push({ ...m, wasmRequests });
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}

const f = (x) => (Number.isFinite(x) ? x.toFixed(0).padStart(6) : '   n/a');
console.log('   fcp  wasm-end  instantiated  mounted  init-done  next-frame  seen-by-test  run-ready  wasm-requests  long tasks [start, ms]');
for (const r of rows) {
  const long = r.long.map(([s, d]) => `[${s}, ${d}]`).join(' ');
  console.log(
    `${f(r.fcp)}  ${f(r.wasmEnd)}   ${f(r.instantiated)}       ${f(r.mounted)}    ${f(r.started)}      ${f(r.frame)}        ${f(r.now)}     ${f(r.runReady)}` +
      `   ${r.wasmRequests}  ${long}`,
  );
}
const median = (k) => rows.map((r) => r[k]).sort((a, b) => a - b)[Math.floor(rows.length / 2)];
console.log(
  `median: fcp ${f(median('fcp'))}, wasm ${f(median('wasmEnd'))}, instantiated ${f(median('instantiated'))}, mounted ${f(median('mounted'))}, ` +
    `init ${f(median('started'))}, next frame ${f(median('frame'))}, seen by the test ${f(median('now'))}, ` +
    `run ready ${f(median('runReady'))}`,
);
