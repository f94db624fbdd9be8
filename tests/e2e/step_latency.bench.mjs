// The step-latency benchmark of issue 6: on a 100,000-event trace, a step (a click on
// step-back / step-forward / prev-anext) must be rendered within one frame. What a sample
// covers is described in step_latency.mjs (shared with `make bench`).
//
// Run it on a quiet machine: `make build-web && node --test tests/e2e/step_latency.bench.mjs`.
// It is not one of the *.test.mjs files `make test` runs, because timings on a shared,
// loaded CI machine say more about the machine than about the page.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startStaticServer, launchBrowser } from './harness.mjs';
import { FRAME_MS, measureStepLatency } from './step_latency.mjs';

let server;
let browser;

before(async () => {
  server = await startStaticServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('a step renders within one frame on a 100,000-event trace', { timeout: 300_000 }, async (t) => {
  const { events, report, problems } = await measureStepLatency(browser, server.url);
  assert.ok(events >= 100_000, `the trace has only ${events} events`);
  const shown = Object.fromEntries(Object.entries(report).map(([control, figures]) => [
    control,
    Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, Number(v.toFixed(1))])),
  ]));
  t.diagnostic(`events: ${events}; ms per step: ${JSON.stringify(shown)}`);
  for (const [control, figures] of Object.entries(report)) {
    assert.ok(figures.median <= FRAME_MS, `${control}: median ${figures.median.toFixed(1)} ms > ${FRAME_MS} ms`);
    assert.ok(figures.p90 <= FRAME_MS, `${control}: p90 ${figures.p90.toFixed(1)} ms > ${FRAME_MS} ms`);
  }
  assert.deepEqual(problems, [], 'the page reported errors');
});
