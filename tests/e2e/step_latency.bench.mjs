// The step-latency benchmark of issue 6: on a 100,000-event trace, a step (a click on
// step-back / step-forward / prev-anext) must be rendered within one frame. Measured in the
// page: from the click to the end of the work it causes (Leptos updates run in microtasks,
// then a forced style and layout), without the wait for the next vsync.
//
// Run it on a quiet machine: `make build-web && node --test tests/e2e/step_latency.bench.mjs`.
// It is not one of the *.test.mjs files `make test` runs, because timings on a shared,
// loaded CI machine say more about the machine than about the page.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startStaticServer, launchBrowser, openPage } from './harness.mjs';
import { openExample, press, settle, stepCounter, typeProgram } from './playground_helpers.mjs';

const FRAME_MS = 16;

// About 100,000 events: an async generator delivering 5,000 values, a sleep before each.
const LONG_TRACE = `import asyncio

async def ticks(n):
    for i in range(n):
        await asyncio.sleep(0.01)
        yield i

async def main():
    total = 0
    async for i in ticks(5000):
        total += i
        print(i)
    print(total)

asyncio.run(main())
`;

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

/** Clicks `testId` `count` times in the page; returns each click's milliseconds of work. */
function timeClicks(page, testId, count) {
  return page.evaluate(async ({ testId, count }) => {
    const button = document.querySelector(`[data-testid=${testId}]`);
    const channel = new MessageChannel();
    const afterMicrotasks = () => new Promise((resolve) => {
      channel.port1.onmessage = resolve;
      channel.port2.postMessage(null);
    });
    const samples = [];
    for (let i = 0; i < count; i += 1) {
      const started = performance.now();
      button.click();
      await afterMicrotasks();
      void document.body.offsetHeight; // style and layout of what changed
      samples.push(performance.now() - started);
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    return samples;
  }, { testId, count });
}

function percentile(samples, p) {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))];
}

test('a step renders within one frame on a 100,000-event trace', { timeout: 300_000 }, async (t) => {
  const { page, expectNoProblems, close } = await openPage(browser);
  try {
    await openExample(page, server.url, 'countdown');
    await typeProgram(page, LONG_TRACE);
    await page.getByTestId('run').click();
    await settle(page, 240_000);
    const { last } = await stepCounter(page);
    assert.ok(last >= 100_000, `the trace has only ${last + 1} events`);
    await press(page, 'prev-anext');
    const report = {};
    for (const control of ['step-back', 'step-forward', 'prev-anext']) {
      const samples = await timeClicks(page, control, 40);
      report[control] = { median: percentile(samples, 50), p90: percentile(samples, 90), max: Math.max(...samples) };
    }
    t.diagnostic(`events: ${last + 1}; ms per step: ${JSON.stringify(report)}`);
    for (const [control, figures] of Object.entries(report)) {
      assert.ok(figures.p90 <= FRAME_MS, `${control}: p90 ${figures.p90.toFixed(1)} ms > ${FRAME_MS} ms`);
    }
    expectNoProblems();
  } finally {
    await close();
  }
});
