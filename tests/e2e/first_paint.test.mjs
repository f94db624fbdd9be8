// The first paint (issue 8): index.html carries an inert copy of the playground
// (web/boot/first-paint.html, made by tools/first-paint/snapshot.mjs), so the page shows the
// program and the controls before the wasm arrives; the live app replaces it once mounted.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startStaticServer, launchBrowser, openPage, gotoPlayground } from './harness.mjs';

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

test('without the wasm, the page already shows the program and a disabled Run button', async () => {
  const { page, close } = await openPage(browser);
  try {
    // The wasm never arrives: whatever is on screen came from HTML and CSS alone.
    await page.route('**/*.wasm', () => {});
    await page.goto(server.url, { waitUntil: 'domcontentloaded' });
    const copy = page.locator('.first-paint');
    await copy.locator('.run-button').waitFor({ state: 'visible' });
    assert.equal(await copy.locator('.run-button').isDisabled(), true);
    assert.match(await copy.locator('.editor-highlight').innerText(), /async for/);
    assert.equal(await page.getByTestId('run').count(), 0, 'the copy must not look like the live app');
  } finally {
    await close();
  }
});

test('the copy matches the live app and is removed once the app mounts', async () => {
  const { page, expectNoProblems, close } = await openPage(browser);
  try {
    const html = await (await fetch(server.url)).text();
    const shipped = await page.evaluate((markup) => {
      const doc = new DOMParser().parseFromString(markup, 'text/html');
      const copy = doc.querySelector('.first-paint');
      return copy && {
        program: copy.querySelector('.editor-highlight')?.textContent,
        title: copy.querySelector('.example-title')?.textContent,
      };
    }, html);
    assert.ok(shipped, 'dist/index.html has no .first-paint copy');

    await gotoPlayground(page, server.url);
    assert.equal(await page.locator('.first-paint').count(), 0, 'the copy outlived the mount');
    const live = {
      program: await page.locator('main#app .editor-highlight').textContent(),
      title: await page.locator('main#app .example-title').textContent(),
    };
    assert.deepEqual(
      shipped,
      live,
      'web/boot/first-paint.html is stale: rebuild, then run node tools/first-paint/snapshot.mjs',
    );
    expectNoProblems();
  } finally {
    await close();
  }
});

test('the UI does not wait for the runtime: with the worker module blocked, the live Run button is there', async () => {
  const { page, close } = await openPage(browser);
  try {
    // The runtime's module never arrives; the UI module mounts the live app all the same.
    await page.route('**/aiterscope-web-worker_bg.wasm', () => {});
    await page.goto(server.url);
    const run = page.locator('main#app [data-testid="run"]');
    await run.waitFor({ timeout: 30_000 });
    assert.equal(await run.isDisabled(), false);
    assert.match(await page.locator('main#app .editor-highlight').innerText(), /async for/);
  } finally {
    await close();
  }
});
