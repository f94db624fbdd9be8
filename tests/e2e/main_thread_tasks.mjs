// Issue 8's responsiveness rule, measured: while an endless program records up to the event
// budget, no task on the page's main thread may block it for more than 50 ms. Shared by
// tests/e2e/stepping.test.mjs and `make bench` (tools/bench/bench.mjs).
//
// Chromium reports every main-thread task over 50 ms as a `longtask` performance entry; the
// observer is installed right before Run is clicked and read once the run stopped.

import { openExample, settle, typeProgram } from './playground_helpers.mjs';

/** The longest a main-thread task may take (issue 8). */
export const MAIN_THREAD_TASK_BUDGET_MS = 50;

/** An async generator that never ends: the run stops at the event budget. */
export const ENDLESS_PROGRAM = [
  'import asyncio',
  '',
  'async def forever():',
  '    n = 0',
  '    while True:',
  '        n += 1',
  '        yield n',
  '',
  'async def main():',
  '    async for n in forever():',
  '        pass',
  '',
  'asyncio.run(main())',
  '',
].join('\n');

/** Starts observing long tasks in `page` (entries collected in `window.__longTasks`). */
export async function observeLongTasks(page) {
  await page.evaluate(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
    }).observe({ type: 'longtask' });
  });
}

/** The durations (ms) of the long tasks observed so far in `page`. */
export function longTasks(page) {
  return page.evaluate(() => window.__longTasks.slice());
}

/**
 * Opens the playground in a new page of `browser`, runs ENDLESS_PROGRAM to the event budget
 * and returns the long tasks seen meanwhile: `{ tasks, longestMs, runMs, stopped }` (`stopped`
 * is the error panel's text; `longestMs` is 0 when no task went over 50 ms).
 */
export async function measureEndlessRun(browser, baseUrl) {
  const page = await browser.newPage();
  try {
    await openExample(page, baseUrl, 'countdown');
    await typeProgram(page, ENDLESS_PROGRAM);
    await observeLongTasks(page);
    const started = Date.now();
    await page.getByTestId('run').click();
    await page.waitForFunction(
      () => /stopped after/.test(document.querySelector('[data-testid=error]')?.textContent ?? ''),
      null,
      { timeout: 280_000 },
    );
    await settle(page, 280_000);
    const runMs = Date.now() - started;
    const tasks = await longTasks(page);
    const stopped = await page.getByTestId('error').textContent();
    return { tasks, longestMs: Math.max(0, ...tasks), runMs, stopped };
  } finally {
    await page.close();
  }
}
