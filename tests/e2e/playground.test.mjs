// The playground page: it loads cleanly, Run reaches the runtime through wasm, and it looks
// right at desktop and phone widths in light and dark mode.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startStaticServer, launchBrowser, openPage, gotoPlayground, saveScreenshot, VIEWPORTS,
} from './harness.mjs';

import { loadGallery } from './playground_helpers.mjs';

// The page opens the first gallery example; this is its program and what CPython 3.12 prints.
const [FIRST_EXAMPLE] = await loadGallery();
const DEFAULT_PROGRAM_LINE = FIRST_EXAMPLE.source.trim().split('\n').at(-1);
const DEFAULT_PROGRAM_STDOUT = FIRST_EXAMPLE.stdout;

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

test('the page mounts with the editor, the Run button and an empty console', { timeout: 60_000 }, async () => {
  const { page, expectNoProblems, close } = await openPage(browser);
  try {
    await gotoPlayground(page, server.url);
    assert.equal(await page.locator('h1').textContent(), 'aiterscope');
    const program = await page.getByTestId('editor').locator('textarea').inputValue();
    assert.ok(program.includes(DEFAULT_PROGRAM_LINE), `default program: ${program}`);
    assert.equal(await page.getByTestId('console').textContent(), '');
    assert.equal(await page.getByTestId('run-status').textContent(), 'stepping');
    expectNoProblems();
  } finally {
    await close();
  }
});

test('Run hands the program to the runtime and shows what it returned', { timeout: 60_000 }, async () => {
  const { page, expectNoProblems, close } = await openPage(browser);
  try {
    await gotoPlayground(page, server.url);
    await page.getByTestId('run').click();
    await page.getByTestId('run-status').filter({ hasText: 'finished' }).waitFor();
    const output = await page.getByTestId('console').textContent();
    assert.notEqual(output, '', 'the console stayed empty after Run');
    expectNoProblems();
  } finally {
    await close();
  }
});

test('Run shows the output of the default program', { timeout: 60_000 }, async () => {
  const { page, expectNoProblems, close } = await openPage(browser);
  try {
    await gotoPlayground(page, server.url);
    await page.getByTestId('run').click();
    await page.getByTestId('run-status').filter({ hasText: 'finished' }).waitFor();
    assert.equal(await page.getByTestId('console').textContent(), DEFAULT_PROGRAM_STDOUT);
    assert.equal(await page.getByTestId('run-status').textContent(), 'finished');
    expectNoProblems();
  } finally {
    await close();
  }
});

test('a runtime error shows its traceback and marks its line in the editor', { timeout: 60_000 }, async () => {
  const { page, expectNoProblems, close } = await openPage(browser);
  try {
    await gotoPlayground(page, server.url);
    await page.getByTestId('editor').locator('textarea').fill('print("before")\nprint(missing)\n');
    await page.getByTestId('run').click();
    await page.getByTestId('run-status').filter({ hasText: 'exited with code 1' }).waitFor();
    const output = await page.getByTestId('console').textContent();
    assert.ok(output.startsWith('before\n'), output);
    assert.ok(output.endsWith("NameError: name 'missing' is not defined\n"), output);
    const marked = page.locator('[data-testid=editor] .gutter-line.has-error');
    assert.deepEqual(await marked.allTextContents(), ['2']);
    assert.equal(
      await page.locator('[data-testid=editor] .deco-error-message').textContent(),
      "NameError: name 'missing' is not defined",
    );
    await saveScreenshot(page, 'playground-desktop-light-error');
    expectNoProblems();
  } finally {
    await close();
  }
});

test('Ctrl+Enter in the editor runs the program', { timeout: 60_000 }, async () => {
  const { page, expectNoProblems, close } = await openPage(browser);
  try {
    await gotoPlayground(page, server.url);
    await page.getByTestId('editor').locator('textarea').focus();
    await page.keyboard.press('Control+Enter');
    await page.getByTestId('run-status').filter({ hasText: 'finished' }).waitFor();
    const program = await page.getByTestId('editor').locator('textarea').inputValue();
    assert.ok(!program.endsWith('\n\n'), 'Ctrl+Enter must not insert a newline');
    expectNoProblems();
  } finally {
    await close();
  }
});

for (const [width, viewport] of Object.entries(VIEWPORTS)) {
  for (const colorScheme of ['light', 'dark']) {
    test(`screenshot: ${width}, ${colorScheme}`, { timeout: 60_000 }, async () => {
      const { page, expectNoProblems, close } = await openPage(browser, { viewport, colorScheme });
      try {
        await gotoPlayground(page, server.url);
        await page.getByTestId('run').click();
        await page.getByTestId('run-status').filter({ hasText: 'finished' }).waitFor();
        await saveScreenshot(page, `playground-${width}-${colorScheme}`);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        assert.equal(overflow, 0, 'the page scrolls sideways');
        expectNoProblems();
      } finally {
        await close();
      }
    });
  }
}
