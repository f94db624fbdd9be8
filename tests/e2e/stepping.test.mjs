// Stepping through a program: back and forth, the scrubber, clicking a timeline mark, the
// keyboard shortcuts, an edited program, a syntax error, a runtime error, and an endless
// program that keeps the page responsive and stops at the event budget.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startStaticServer, launchBrowser, openPage } from './harness.mjs';
import { ENDLESS_PROGRAM, MAIN_THREAD_TASK_BUDGET_MS, longTasks, observeLongTasks } from './main_thread_tasks.mjs';
import {
  openExample, settle, press, inactive, stepCounter, consoleStdout, consoleStderr, caption,
  typeProgram,
} from './playground_helpers.mjs';

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

async function withPage(run, options) {
  const { page, expectNoProblems, close } = await openPage(browser, options);
  try {
    await run(page);
    expectNoProblems();
  } finally {
    await close();
  }
}

/** Moves the scrubber to `step` the way a user's drag does (an input event). */
async function scrubTo(page, step) {
  await page.getByTestId('scrubber').evaluate((input, value) => {
    input.value = String(value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, step);
  await settle(page);
}

test('countdown: next-anext, step back, previous anext and the scrubber', { timeout: 120_000 }, async () => {
  await withPage(async (page) => {
    await openExample(page, server.url, 'countdown');
    assert.equal((await stepCounter(page)).step, 0);
    assert.equal(await inactive(page, 'step-back'), true);

    await press(page, 'next-anext');
    const first = await stepCounter(page);
    assert.match(await caption(page), /^anext on Countdown #\d+ returned 5 at t=1\.0$/);
    assert.equal(await page.getByTestId('clock').textContent(), 't = 1.0 s');
    await press(page, 'next-anext');
    assert.match(await caption(page), /returned 4 at t=2\.0$/);
    const second = await stepCounter(page);
    assert.equal(await consoleStdout(page), '5 at t = 1.0\n');

    await press(page, 'step-back');
    assert.equal((await stepCounter(page)).step, second.step - 1);
    await press(page, 'step-forward');
    assert.equal((await stepCounter(page)).step, second.step);
    await press(page, 'prev-anext');
    assert.equal((await stepCounter(page)).step, first.step);
    assert.match(await caption(page), /returned 5/);

    // The iterator panel follows: its status and the values delivered so far.
    const iterator = page.getByTestId('iterator-state');
    assert.match(await iterator.textContent(), /Countdown #\d+/);
    assert.deepEqual(await iterator.locator('.marble').allTextContents(), ['5']);
    assert.match(await page.getByTestId('event-loop').textContent(), /Task-1/);

    await press(page, 'run-to-end');
    const end = await stepCounter(page);
    assert.equal(end.step, end.last);
    assert.equal(await page.getByTestId('run-status').textContent(), 'finished');
    assert.equal(await consoleStdout(page), '5 at t = 1.0\n4 at t = 2.0\n3 at t = 3.0\n2 at t = 4.0\n1 at t = 5.0\n');
    assert.equal(await inactive(page, 'next-anext'), true);

    await scrubTo(page, second.step);
    assert.equal((await stepCounter(page)).step, second.step);
    assert.equal(await consoleStdout(page), '5 at t = 1.0\n');
    await scrubTo(page, 0);
    assert.equal(await consoleStdout(page), '');
    const times = await page.$$eval('[data-testid=console] .console-line', (lines) => lines.length);
    assert.equal(times, 0);

    await press(page, 'reset');
    assert.equal((await stepCounter(page)).step, 0);
  });
});

test('console lines carry their virtual time', { timeout: 60_000 }, async () => {
  await withPage(async (page) => {
    await openExample(page, server.url, 'countdown');
    await press(page, 'run-to-end');
    const times = await page.$$eval('[data-testid=console] .console-line', (lines) =>
      lines.map((line) => line.getAttribute('data-t')),
    );
    assert.deepEqual(times, ['1.0', '2.0', '3.0', '4.0', '5.0']);
  });
});

test('clicking a timeline mark jumps to its step', { timeout: 60_000 }, async () => {
  await withPage(async (page) => {
    await openExample(page, server.url, 'countdown');
    await press(page, 'run-to-end');
    const mark = page.locator('[data-testid=timeline] [data-kind=anext_value]').nth(1);
    const step = Number(await mark.getAttribute('data-step'));
    await mark.click();
    await settle(page);
    assert.equal((await stepCounter(page)).step, step);
    assert.match(await caption(page), /returned 4 at t=2\.0$/);
  });
});

test('keyboard shortcuts follow debugger conventions', { timeout: 90_000 }, async () => {
  await withPage(async (page) => {
    await openExample(page, server.url, 'countdown');
    await page.locator('h1').click();
    await page.keyboard.press('n');
    await settle(page);
    assert.match(await caption(page), /returned 5/);
    const first = (await stepCounter(page)).step;
    await page.keyboard.press('ArrowRight');
    await settle(page);
    assert.equal((await stepCounter(page)).step, first + 1);
    await page.keyboard.press('ArrowLeft');
    await settle(page);
    assert.equal((await stepCounter(page)).step, first);
    await page.keyboard.press('F10');
    await settle(page);
    assert.match(await caption(page), /returned 4/);
    await page.keyboard.press('Shift+F10');
    await settle(page);
    assert.equal((await stepCounter(page)).step, first);
    await page.keyboard.press('F11');
    await settle(page);
    assert.equal((await stepCounter(page)).step, first + 1);
    await page.keyboard.press('Shift+F11');
    await settle(page);
    assert.equal((await stepCounter(page)).step, first);
    await page.keyboard.press('End');
    await settle(page);
    const end = await stepCounter(page);
    assert.equal(end.step, end.last);
    await page.keyboard.press('Home');
    await settle(page);
    assert.equal((await stepCounter(page)).step, 0);

    // Function keys work in the editor too; letters there are typing.
    await page.getByTestId('editor').locator('textarea').focus();
    await page.keyboard.press('F10');
    await settle(page);
    assert.match(await caption(page), /returned 5/);

    // ? opens the help, Escape closes it; Tab reaches every control with a visible label.
    await page.locator('h1').click();
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await help.waitFor({ state: 'visible' });
    assert.match(await help.textContent(), /F10/);
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'hidden' });
    for (const id of ['run', 'reset', 'step-back', 'step-forward', 'prev-anext', 'next-anext', 'play', 'run-to-end', 'scrubber']) {
      const label = await page.getByTestId(id).evaluate((el) => el.getAttribute('aria-label') ?? el.textContent);
      assert.ok(label && label.trim().length > 0, `${id} has no label`);
    }
  });
});

test('play advances on its own and pauses', { timeout: 60_000 }, async () => {
  await withPage(async (page) => {
    await openExample(page, server.url, 'countdown');
    await page.getByTestId('play').click();
    await page.waitForFunction(() => /^step ([1-9]\d*)/.test(document.querySelector('[data-testid=step-counter]').textContent));
    await page.getByTestId('play').click();
    const paused = (await stepCounter(page)).step;
    await page.waitForTimeout(400);
    assert.equal((await stepCounter(page)).step, paused);
  });
});

test('an edited program is reloaded by the next step and runs', { timeout: 60_000 }, async () => {
  await withPage(async (page) => {
    await openExample(page, server.url, 'countdown');
    await typeProgram(page, [
      'import asyncio',
      '',
      'async def letters():',
      '    for c in "ab":',
      '        await asyncio.sleep(0.5)',
      '        yield c',
      '',
      'async def main():',
      '    async for c in letters():',
      '        print(c)',
      '',
      'asyncio.run(main())',
      '',
    ].join('\n'));
    assert.equal(await page.getByTestId('example-picker').inputValue(), '');
    await page.locator('.edited-note').waitFor();
    await press(page, 'next-anext');
    assert.equal(await caption(page), "anext on letters() #1 returned 'a' at t=0.5");
    await press(page, 'run');
    assert.equal(await consoleStdout(page), 'a\nb\n');
    assert.equal(await page.getByTestId('run-status').textContent(), 'finished');
  });
});

test('quick next-anext presses made while the worker records each go one outcome further', { timeout: 90_000 }, async () => {
  await withPage(async (page) => {
    await openExample(page, server.url, 'countdown');
    // Each anext runs a loop of many recorded lines, so that an outcome lies more than one
    // request of the worker ahead and a second press comes while the first still waits.
    await typeProgram(page, [
      'import asyncio',
      '',
      'class Slow:',
      '    def __init__(self):',
      '        self.n = 0',
      '    def __aiter__(self):',
      '        return self',
      '    async def __anext__(self):',
      '        total = 0',
      '        for i in range(12000):',
      '            total += i',
      '        self.n += 1',
      '        if self.n > 3:',
      '            raise StopAsyncIteration',
      '        return self.n',
      '',
      'async def main():',
      '    async for x in Slow():',
      '        print(x)',
      '',
      'asyncio.run(main())',
      '',
    ].join('\n'));
    await page.locator('.edited-note').waitFor();
    // Two presses in one task: no reply of the worker can land between them.
    await page.getByTestId('next-anext').evaluate((button) => { button.click(); button.click(); });
    await settle(page);
    assert.equal(await caption(page), 'anext on Slow #1 returned 2 at t=0.0');
    assert.equal(await consoleStdout(page), '1\n');
    await press(page, 'next-anext');
    assert.equal(await caption(page), 'anext on Slow #1 returned 3 at t=0.0');
    // Three more quick presses than outcomes left: the end of the run.
    await page.getByTestId('next-anext').evaluate((button) => { button.click(); button.click(); button.click(); });
    await settle(page);
    const end = await stepCounter(page);
    assert.equal(end.step, end.last);
    assert.equal(await consoleStdout(page), '1\n2\n3\n');
  });
});

test('a syntax error is reported as CPython does and marked in the editor', { timeout: 60_000 }, async () => {
  await withPage(async (page) => {
    await openExample(page, server.url, 'countdown');
    await typeProgram(page, 'async def main():\n    print("hi"\n');
    await press(page, 'run');
    const error = await page.getByTestId('error').textContent();
    assert.match(error, /File "main\.py", line 2/);
    assert.match(error, /SyntaxError: '\(' was never closed/);
    assert.equal(await page.getByTestId('run-status').textContent(), 'syntax error');
    assert.deepEqual(
      await page.locator('[data-testid=editor] .gutter-line.has-error').allTextContents(),
      ['2'],
    );
    assert.equal(await inactive(page, 'next-anext'), true);
  });
});

test('a runtime error shows its traceback at the end of the run', { timeout: 60_000 }, async () => {
  await withPage(async (page) => {
    await openExample(page, server.url, 'countdown');
    await typeProgram(page, [
      'import asyncio',
      '',
      'async def numbers():',
      '    yield 1',
      '    yield missing',
      '',
      'async def main():',
      '    async for n in numbers():',
      '        print(n)',
      '',
      'asyncio.run(main())',
      '',
    ].join('\n'));
    await press(page, 'next-anext');
    assert.equal(await page.getByTestId('error').count(), 0, 'the error shows before it happens');
    await press(page, 'run-to-end');
    const traceback = await page.getByTestId('error').locator('.error-text').textContent();
    assert.match(traceback, /^Traceback \(most recent call last\):/);
    assert.match(traceback, /File "main\.py", line 5, in numbers/);
    assert.ok(traceback.trimEnd().endsWith("NameError: name 'missing' is not defined"), traceback);
    assert.equal(await consoleStdout(page), '1\n');
    assert.ok((await consoleStderr(page)).includes('NameError'));
    assert.equal(await page.getByTestId('run-status').textContent(), 'exited with code 1');
    assert.deepEqual(
      await page.locator('[data-testid=editor] .gutter-line.has-error').allTextContents(),
      ['5'],
    );
  });
});

test('an endless program keeps the page responsive and stops at the budget', { timeout: 300_000 }, async () => {
  await withPage(async (page) => {
    await openExample(page, server.url, 'countdown');
    await typeProgram(page, ENDLESS_PROGRAM);
    await observeLongTasks(page);
    await page.getByTestId('run').click();
    await page.locator('.busy.visible').waitFor({ timeout: 10_000 });
    // While the VM runs, a click is handled within a bounded time (measured in the page:
    // from the click to the dialog it opens, while the "running…" state shows).
    const measured = await page.evaluate(async () => {
      const busy = () => Boolean(document.querySelector('.busy.visible'));
      const dialog = document.querySelector('[role=dialog]');
      const wasBusy = busy();
      const started = performance.now();
      document.querySelector('.help-button').click();
      while (dialog.hidden) await new Promise((resolve) => setTimeout(resolve, 1));
      return { wasBusy, latency: performance.now() - started, stillBusy: busy() };
    });
    assert.ok(measured.wasBusy && measured.stillBusy, `the run was not going on: ${JSON.stringify(measured)}`);
    assert.ok(measured.latency < 200, `the click took ${measured.latency.toFixed(0)} ms`);
    await page.keyboard.press('Escape');
    await settle(page, 280_000);
    const stopped = await page.getByTestId('error').textContent();
    assert.match(stopped, /stopped after [\d,]+ events/);
    // No main-thread task blocked the page for long during the run: the VM runs in the
    // worker and the batches it sends are bounded. Issue 8's figure (no task over 50 ms) is
    // measured by `make bench` on a quiet machine; on a loaded one the same tasks take 2-3x as
    // long (56-154 ms seen at load averages 8-9), so this test allows 4x the budget: a guard
    // against batches or page work growing without bound, not the figure itself.
    const tasks = await longTasks(page);
    const allowed = 4 * MAIN_THREAD_TASK_BUDGET_MS;
    assert.ok(
      tasks.every((ms) => ms <= allowed),
      `main-thread tasks over ${allowed} ms during the run: ${tasks.map((ms) => ms.toFixed(0)).join(', ')}`,
    );
    const end = await stepCounter(page);
    assert.equal(end.more, false);
    assert.ok(end.last > 100_000, `only ${end.last} steps kept`);
    // Everything recorded stays reachable.
    await press(page, 'prev-anext');
    assert.match(await caption(page), /^anext on forever\(\) #1 returned \d+/);
  });
});
