// Issue 8's responsiveness rule, many rounds at a time, with attribution: runs the endless
// program of tests/e2e/main_thread_tasks.mjs to the event budget ROUNDS times and prints, per
// round, every main-thread task over 50 ms. With --throttle=N Chromium slows the page's CPU
// N times (CDP `Emulation.setCPUThrottlingRate`; the worker is not slowed). With --trace each
// round is traced, and every long task and the three busiest others are broken down into
// what ran inside them (script, wasm, style, layout, paint, GC), with their CPU time on the
// main thread (on a loaded machine a task's wall time includes the time other processes had
// the CPU; its CPU time does not).
//
// Usage: node tools/bench/main_thread_rounds.mjs [--rounds=15] [--throttle=1] [--trace] [--dist=DIR]
// (serves dist/ unless --dist names another build: build it first with
// `trunk build --release --offline`)

import { startStaticServer, launchBrowser } from '../../tests/e2e/harness.mjs';
import { MAIN_THREAD_TASK_BUDGET_MS, measureEndlessRun } from '../../tests/e2e/main_thread_tasks.mjs';

/** The value of `--name=value` on the command line, or `fallback`. */
function option(name, fallback) {
  const found = process.argv.find((arg) => arg.startsWith(`--${name}=`));
  return found ? found.slice(name.length + 3) : fallback;
}

const ROUNDS = Number(option('rounds', '15'));
const THROTTLE = Number(option('throttle', '1'));
const TRACE = process.argv.includes('--trace');
const DIST = option('dist', undefined);

/** One line describing a traced task. */
function taskLine(task) {
  return `  task ${task.ms.toFixed(1)} ms (CPU ${task.cpuMs.toFixed(1)} ms): ${task.parts.join(', ')}`;
}

const server = await startStaticServer(DIST);
const browser = await launchBrowser();
console.log(`${ROUNDS} rounds, CPU throttling ${THROTTLE}x${TRACE ? ', traced' : ''}`);
let over = 0;
try {
  for (let round = 1; round <= ROUNDS; round++) {
    const result = await measureEndlessRun(browser, server.url, {
      cpuThrottlingRate: THROTTLE,
      traced: TRACE,
    });
    if (result.tasks.length) over++;
    const tasks = result.tasks.map((ms) => ms.toFixed(1)).join(', ') || 'none over 50 ms';
    console.log(`round ${round}: run ${result.runMs} ms, long tasks: ${tasks}`);
    if (result.traced) {
      const { long, busiest, longestCpuMs } = result.traced;
      for (const task of long) console.log(taskLine(task));
      console.log('  busiest others:');
      for (const task of busiest) console.log(taskLine(task));
      console.log(`  longest CPU times of a task: ${longestCpuMs.map((ms) => ms.toFixed(1)).join(', ')} ms`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`rounds with a task over ${MAIN_THREAD_TASK_BUDGET_MS} ms: ${over} of ${ROUNDS}`);
