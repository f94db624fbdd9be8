// Issue 8's responsiveness rule, measured: while an endless program records up to the event
// budget, no task on the page's main thread may block it for more than 50 ms. Shared by
// tests/e2e/stepping.test.mjs and `make bench` (tools/bench/bench.mjs).
//
// Chromium reports every main-thread task over 50 ms as a `longtask` performance entry; the
// observer is installed right before Run is clicked and read once the run stopped. A traced
// run (Chromium's tracing) also gives each task's CPU time on the main thread, which a loaded
// machine does not inflate (a task's wall time includes the time other processes had the
// CPU), and what ran inside the long ones.

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

/** Trace categories that name what a main-thread task did (and give its CPU time). */
export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'blink.user_timing',
  'toplevel',
];

/**
 * The page's main-thread tasks in `events` (a Chromium trace): `{ long, busiest, longestCpuMs }`
 * where `long` are the tasks over the budget and `busiest` the three others with the most CPU
 * time, each as `{ ms, cpuMs, parts }` (`parts`: the time its children took by name, longest
 * first; an event nested in an earlier one of the same name is not counted twice), and
 * `longestCpuMs` the five longest CPU times of any task.
 */
export function mainThreadTasks(events) {
  const mains = new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const onMain = events.filter((e) => mains.has(`${e.pid}:${e.tid}`) && e.ph === 'X');
  const runTasks = onMain.filter((e) => e.name === 'RunTask');
  const long = runTasks.filter((e) => e.dur / 1000 > MAIN_THREAD_TASK_BUDGET_MS);
  const busiest = runTasks
    .filter((e) => e.tdur !== undefined && !long.includes(e))
    .sort((a, b) => b.tdur - a.tdur)
    .slice(0, 3);
  const describe = (task) => {
    const end = task.ts + task.dur;
    const inside = onMain
      .filter((e) => e !== task && e.pid === task.pid && e.tid === task.tid && e.ts >= task.ts && e.ts + e.dur <= end)
      .sort((a, b) => a.ts - b.ts);
    const byName = new Map();
    const openUntil = new Map();
    for (const e of inside) {
      if ((openUntil.get(e.name) ?? -1) > e.ts) continue;
      openUntil.set(e.name, e.ts + e.dur);
      byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur / 1000);
    }
    const parts = [...byName.entries()]
      .filter(([name, ms]) => ms >= 1 && !name.startsWith('ThreadControllerImpl'))
      .sort((a, b) => b[1] - a[1])
      .map(([name, ms]) => `${name} ${ms.toFixed(1)}`);
    return { ms: task.dur / 1000, cpuMs: (task.tdur ?? 0) / 1000, parts };
  };
  const longestCpuMs = runTasks
    .filter((e) => e.tdur !== undefined)
    .map((e) => e.tdur / 1000)
    .sort((a, b) => b - a)
    .slice(0, 5);
  return { long: long.map(describe), busiest: busiest.map(describe), longestCpuMs };
}

/**
 * Opens the playground in a new page of `browser`, runs ENDLESS_PROGRAM to the event budget
 * and returns the long tasks seen meanwhile: `{ tasks, longestMs, runMs, stopped }` (`stopped`
 * is the error panel's text; `longestMs` is 0 when no task went over 50 ms).
 *
 * `options.cpuThrottlingRate` (default 1) slows the page's main thread that many times
 * (CDP `Emulation.setCPUThrottlingRate`); with `options.traced` the run is traced and the
 * result has `traced`, what `mainThreadTasks` found.
 */
export async function measureEndlessRun(browser, baseUrl, options = {}) {
  const { cpuThrottlingRate = 1, traced = false } = options;
  const page = await browser.newPage();
  try {
    await openExample(page, baseUrl, 'countdown');
    await typeProgram(page, ENDLESS_PROGRAM);
    if (cpuThrottlingRate !== 1) {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottlingRate });
    }
    await observeLongTasks(page);
    if (traced) await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    const started = Date.now();
    await page.getByTestId('run').click();
    await page.waitForFunction(
      () => /stopped after/.test(document.querySelector('[data-testid=error]')?.textContent ?? ''),
      null,
      { timeout: 280_000 },
    );
    await settle(page, 280_000);
    const runMs = Date.now() - started;
    const trace = traced ? JSON.parse((await browser.stopTracing()).toString('utf8')) : null;
    const tasks = await longTasks(page);
    const stopped = await page.getByTestId('error').textContent();
    const result = { tasks, longestMs: Math.max(0, ...tasks), runMs, stopped };
    if (trace) result.traced = mainThreadTasks(trace.traceEvents ?? trace);
    return result;
  } finally {
    await page.close();
  }
}
