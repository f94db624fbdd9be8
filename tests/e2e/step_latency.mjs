// The step-latency measurement of issue 6, shared by tests/e2e/step_latency.bench.mjs and
// `make bench` (tools/bench/bench.mjs): on a 100,000-event trace, how long a step takes to
// render, from the click on a control to the end of the frame that shows it.
//
// Each click happens inside an animation frame callback (as input handled right before a frame
// would be), so a sample covers the click's work (Leptos updates run in microtasks) plus the
// style, layout and paint of that frame: the sample ends in the first task after the frame, or
// at a forced layout if the frame has not come yet.

import { openPage } from './harness.mjs';
import { openExample, press, settle, stepCounter, typeProgram } from './playground_helpers.mjs';

/** One frame at 60 Hz, the budget of a step. */
export const FRAME_MS = 16;

/** The controls measured, in order. */
export const STEP_CONTROLS = ['step-back', 'step-forward', 'prev-anext'];

/** About 100,000 events: an async generator delivering 5,000 values, a sleep before each. */
export const LONG_TRACE = `import asyncio

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

/** Clicks `testId` `count` times in the page; returns each click's milliseconds. */
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
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const started = performance.now();
      button.click();
      await afterMicrotasks();
      void document.body.offsetHeight; // style and layout, if the frame has not run them
      samples.push(performance.now() - started);
    }
    return samples;
  }, { testId, count });
}

/** The `p`th percentile of `samples` (nearest rank). */
export function percentile(samples, p) {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))];
}

/**
 * Loads LONG_TRACE in the playground at `baseUrl`, runs it to the end, then clicks each of
 * STEP_CONTROLS `clicks` times (from the last anext outcome). Resolves to
 * `{ events, report: { control: { median, p90, max } }, problems }`.
 */
export async function measureStepLatency(browser, baseUrl, { clicks = 40 } = {}) {
  const { page, problems, close } = await openPage(browser);
  try {
    await openExample(page, baseUrl, 'countdown');
    await typeProgram(page, LONG_TRACE);
    await page.getByTestId('run').click();
    await settle(page, 240_000);
    const { last } = await stepCounter(page);
    await press(page, 'prev-anext');
    const report = {};
    for (const control of STEP_CONTROLS) {
      const samples = await timeClicks(page, control, clicks);
      report[control] = {
        median: percentile(samples, 50),
        p90: percentile(samples, 90),
        max: Math.max(...samples),
      };
    }
    return { events: last + 1, report, problems };
  } finally {
    await close();
  }
}
