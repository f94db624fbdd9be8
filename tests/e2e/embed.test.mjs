// Embedding (issue 7): the demo tutorial page with its <aiter-playground> elements (independent
// instances, one wasm download, lazy mounting, unmounting), the iframe page embed.html, both
// forms from a page on another origin, embed options and their errors, and screenshots.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import {
  startStaticServer, launchBrowser, openPage, saveScreenshot, VIEWPORTS, SCREENSHOT_DIR,
} from './harness.mjs';

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

/** Collects the requests for wasm modules made by `page` (and its worker). */
function countWasmRequests(page) {
  const seen = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.endsWith('.wasm')) seen.push(request.url());
  });
  return seen;
}

/** Scrolls playground `n` into view and waits until it has mounted. */
async function mounted(page, n) {
  const playground = page.locator('aiter-playground').nth(n);
  await playground.scrollIntoViewIfNeeded();
  await playground.getByTestId('step-counter').waitFor({ timeout: 30_000 });
  return playground;
}

/** The step number a playground's counter shows ("step 3 / 40" -> 3). */
async function stepOf(playground) {
  const text = await playground.getByTestId('step-counter').textContent();
  const match = /^step (\d+) \//.exec(text);
  assert.ok(match, `step counter reads ${JSON.stringify(text)}`);
  return Number(match[1]);
}

test('the tutorial has at least five playgrounds, the pitfalls among them, and one download of each wasm module', { timeout: 240_000 }, async () => {
  const { page, expectNoProblems, close } = await openPage(browser);
  const wasm = countWasmRequests(page);
  try {
    await page.goto(`${server.url}tutorial.html`);
    const playgrounds = page.locator('aiter-playground');
    const count = await playgrounds.count();
    assert.ok(count >= 5, `${count} playgrounds`);
    const examples = await playgrounds.evaluateAll((elements) => elements.map((e) => e.getAttribute('example')));
    for (const pitfall of ['async-counter-pitfall', 'queue-consumer', 'merge-streams', 'cleanup-after-break']) {
      assert.ok(examples.includes(pitfall), `the tutorial embeds ${pitfall}: ${examples}`);
    }
    for (let n = 0; n < count; n += 1) {
      const playground = await mounted(page, n);
      assert.equal(await stepOf(playground), 0, `playground ${n} starts at step 0`);
    }
    // The UI module once for every playground, the runtime's module once for the page's one worker.
    const modules = wasm.map((url) => new URL(url).pathname.split('/').pop()).sort();
    assert.deepEqual(modules, ['aiterscope-web-worker_bg.wasm', 'aiterscope-web_bg.wasm'], `wasm requests: ${wasm.join(', ')}`);
    expectNoProblems();
  } finally {
    await close();
  }
});

test('stepping one playground does not move another', { timeout: 120_000 }, async () => {
  const { page, expectNoProblems, close } = await openPage(browser);
  try {
    await page.goto(`${server.url}tutorial.html`);
    const first = await mounted(page, 0);
    const second = await mounted(page, 1);
    await first.scrollIntoViewIfNeeded();
    for (let i = 0; i < 3; i += 1) await first.getByTestId('step-forward').click();
    await first.getByTestId('step-counter').filter({ hasText: /^step 3 \// }).waitFor();
    assert.equal(await stepOf(second), 0, 'the second playground moved');

    await second.scrollIntoViewIfNeeded();
    await second.getByTestId('next-anext').click();
    await page.waitForFunction(
      (el) => !/^step 0 \//.test(el.shadowRoot.querySelector('[data-testid=step-counter]').textContent),
      await second.elementHandle(),
    );
    assert.equal(await stepOf(first), 3, 'the first playground moved with the second');
    // The editors are independent too.
    const firstCode = await first.getByTestId('editor').locator('textarea').inputValue();
    const secondCode = await second.getByTestId('editor').locator('textarea').inputValue();
    assert.notEqual(firstCode, secondCode);
    expectNoProblems();
  } finally {
    await close();
  }
});

test('playgrounds mount when scrolled into view, unmount when removed, and show the code before', { timeout: 120_000 }, async () => {
  const { page, expectNoProblems, close } = await openPage(browser);
  try {
    await page.goto(`${server.url}tutorial.html`);
    await mounted(page, 0);
    const last = page.locator('aiter-playground').last();
    assert.equal(await last.locator('[data-testid=step-counter]').count(), 0, 'mounted before it was visible');
    const placeholder = await last.evaluate((el) => el.shadowRoot.querySelector('.placeholder')?.textContent ?? '');
    assert.match(placeholder, /loading/);

    await mounted(page, (await page.locator('aiter-playground').count()) - 1);
    const state = await last.evaluate((el) => {
      const parent = el.parentNode;
      const next = el.nextSibling;
      el.remove();
      const afterRemoval = el.shadowRoot.querySelectorAll('.aiter-embed').length;
      parent.insertBefore(el, next);
      return afterRemoval;
    });
    assert.equal(state, 0, 'the playground stayed mounted after its element was removed');
    await last.getByTestId('step-counter').waitFor({ timeout: 30_000 });
    expectNoProblems();
  } finally {
    await close();
  }
});

test('the pitfalls show CPython\'s errors inside the tutorial', { timeout: 120_000 }, async () => {
  const { page, expectNoProblems, close } = await openPage(browser);
  try {
    await page.goto(`${server.url}tutorial.html`);
    const pitfall = page.locator('aiter-playground[example="async-counter-pitfall"]');
    await pitfall.scrollIntoViewIfNeeded();
    await pitfall.getByTestId('run-to-end').click();
    await pitfall.getByTestId('error').filter({
      hasText: "TypeError: 'async for' received an object from __aiter__ that does not implement __anext__: coroutine",
    }).waitFor({ timeout: 30_000 });

    const queue = page.locator('aiter-playground[example="queue-consumer"]');
    await queue.scrollIntoViewIfNeeded();
    await queue.getByTestId('run-to-end').click();
    await queue.getByTestId('error').filter({
      hasText: "TypeError: 'async for' requires an object with __aiter__ method, got Queue",
    }).waitFor({ timeout: 30_000 });
    expectNoProblems();
  } finally {
    await close();
  }
});

test('options: inline code, read-only, a subset of controls, a fixed theme and height', { timeout: 120_000 }, async () => {
  const { page, expectNoProblems, close } = await openPage(browser);
  try {
    await page.goto(`${server.url}tutorial.html`);
    const handBuilt = page.locator('aiter-playground[readonly]');
    await handBuilt.scrollIntoViewIfNeeded();
    await handBuilt.getByTestId('step-counter').waitFor({ timeout: 30_000 });
    const code = await handBuilt.getByTestId('editor').locator('textarea').inputValue();
    assert.ok(code.startsWith('import asyncio\n\nasync def letters():\n    yield "a"'), code);
    assert.equal(await handBuilt.getByTestId('editor').locator('textarea').getAttribute('readonly'), '');
    assert.ok(await handBuilt.getByTestId('next-anext').isVisible());
    assert.ok(!(await handBuilt.getByTestId('run').isVisible()), 'run is not in controls=');
    assert.ok(!(await handBuilt.getByTestId('play').isVisible()), 'play is not in controls=');

    // A playground added by script, with a theme and a height.
    await page.evaluate(() => {
      const el = document.createElement('aiter-playground');
      el.setAttribute('example', 'countdown');
      el.setAttribute('theme', 'dark');
      el.setAttribute('height', '380');
      el.id = 'added';
      document.querySelector('article').prepend(el);
      el.scrollIntoView();
    });
    const added = page.locator('#added');
    await added.getByTestId('step-counter').waitFor({ timeout: 30_000 });
    const look = await added.evaluate((el) => {
      const root = el.shadowRoot.querySelector('.aiter-embed');
      return { height: root.getBoundingClientRect().height, bg: getComputedStyle(root).backgroundColor };
    });
    assert.equal(Math.round(look.height), 380);
    assert.equal(look.bg, 'rgb(14, 16, 22)', 'theme=dark in a light page');

    // autoplay: the playground steps on its own.
    await page.evaluate(() => {
      const el = document.createElement('aiter-playground');
      el.setAttribute('example', 'async-range');
      el.setAttribute('autoplay', '');
      el.id = 'playing';
      document.querySelector('article').prepend(el);
      el.scrollIntoView();
    });
    const playing = page.locator('#playing');
    await playing.getByTestId('step-counter').waitFor({ timeout: 30_000 });
    await playing.getByTestId('step-counter').filter({ hasNotText: /^step [0-4] \// }).waitFor({ timeout: 30_000 });
    expectNoProblems();
  } finally {
    await close();
  }
});

test('bad options are reported in the embed, which keeps working', { timeout: 120_000 }, async () => {
  const { page, expectNoProblems, close } = await openPage(browser);
  try {
    await page.goto(`${server.url}tutorial.html`);
    await page.evaluate(() => {
      const el = document.createElement('aiter-playground');
      el.id = 'bad';
      el.setAttribute('example', 'no-such-example');
      el.setAttribute('controls', 'step-forward warp');
      el.setAttribute('theme', 'neon');
      document.querySelector('article').prepend(el);
      el.scrollIntoView();
    });
    const bad = page.locator('#bad');
    const notice = bad.getByTestId('link-notice');
    await notice.waitFor({ timeout: 30_000 });
    const text = await notice.textContent();
    assert.match(text, /There is no example called "no-such-example" in the gallery\. Showing the default example\./);
    assert.match(text, /no control "warp"/);
    assert.match(text, /theme="neon"/);
    await bad.getByTestId('step-forward').click();
    await bad.getByTestId('step-counter').filter({ hasText: /^step 1 \// }).waitFor();

    await page.evaluate(() => {
      const el = document.createElement('aiter-playground');
      el.id = 'broken';
      const script = document.createElement('script');
      script.type = 'text/python';
      script.textContent = '\n  async def main(:\n      pass\n';
      el.append(script);
      document.querySelector('article').prepend(el);
      el.scrollIntoView();
    });
    const broken = page.locator('#broken');
    await broken.getByTestId('error').filter({ hasText: 'SyntaxError' }).waitFor({ timeout: 30_000 });
    expectNoProblems();
  } finally {
    await close();
  }
});

/** Serves one HTML page at "/" on another port (another origin). */
async function startHostPage(html) {
  const host = createServer((request, response) => {
    if (request.url === '/' || request.url.startsWith('/?')) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise((done) => host.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${host.address().port}/`,
    close: () => new Promise((done) => host.close(done)),
  };
}

test('a failed style sheet download is reported, and the next embed on the page downloads again', { timeout: 120_000 }, async () => {
  const { page, close } = await openPage(browser);
  try {
    let refused = 0;
    await page.route('**/embed.css', async (route) => {
      if (refused === 0) {
        refused += 1;
        await route.fulfill({ status: 503, body: 'unavailable' });
      } else {
        await route.continue();
      }
    });
    await page.goto(`${server.url}tutorial.html`);
    const first = page.locator('aiter-playground').first();
    await first.getByRole('alert').filter({ hasText: /style sheet .*embed\.css could not be loaded/ }).waitFor({ timeout: 30_000 });
    await first.getByTestId('step-counter').waitFor({ timeout: 30_000 });

    await page.evaluate(() => {
      const el = document.createElement('aiter-playground');
      el.id = 'later';
      document.querySelector('article').prepend(el);
      el.scrollIntoView();
    });
    const later = page.locator('#later');
    await later.getByTestId('step-counter').waitFor({ timeout: 30_000 });
    assert.equal(await later.getByRole('alert').count(), 0, 'the later embed still reports the failed download');
    const cssLength = await later.evaluate((el) => Math.max(...[...el.shadowRoot.querySelectorAll('style')].map((s) => s.textContent.length)));
    assert.ok(cssLength > 10_000, `the later embed has ${cssLength} characters of CSS`);
    assert.equal(refused, 1);
  } finally {
    await close();
  }
});

test('both forms work from a page on another origin', { timeout: 180_000 }, async () => {
  const assets = server.url;
  const host = await startHostPage(`<!doctype html>
<html><head><meta charset="utf-8"><title>Someone else's tutorial</title>
<link rel="icon" href="data:,">
<script type="module" src="${assets}embed.js"></script></head>
<body>
<h1>A tutorial on another site</h1>
<aiter-playground example="countdown" step="2"></aiter-playground>
<iframe id="frame" src="${assets}embed.html#example=merge-streams&step=4" width="600" height="420"
  title="aiterscope" style="border:0"></iframe>
</body></html>`);
  const { page, expectNoProblems, close } = await openPage(browser);
  const wasm = countWasmRequests(page);
  try {
    assert.notEqual(new URL(host.url).origin, new URL(assets).origin);
    await page.goto(host.url);
    const element = page.locator('aiter-playground');
    await element.getByTestId('step-counter').filter({ hasText: /^step 2 \// }).waitFor({ timeout: 30_000 });
    await element.getByTestId('step-forward').click();
    await element.getByTestId('step-counter').filter({ hasText: /^step 3 \// }).waitFor();
    // The link to the full page follows the step (it is rewritten once stepping pauses).
    const share = element.getByTestId('share');
    await page.waitForFunction(
      ([el, want]) => el.shadowRoot.querySelector('[data-testid=share]').href === want,
      [await element.elementHandle(), `${assets}index.html#example=countdown&step=3`],
    );
    assert.equal(await share.getAttribute('target'), '_blank');

    const frame = page.frameLocator('#frame');
    await frame.getByTestId('step-counter').filter({ hasText: /^step 4 \// }).waitFor({ timeout: 30_000 });
    await frame.getByTestId('step-forward').click();
    await frame.getByTestId('step-counter').filter({ hasText: /^step 5 \// }).waitFor();
    const picked = await frame.getByTestId('editor').locator('textarea').inputValue();
    assert.ok(picked.includes('async def merge_streams(*streams):'), picked);
    assert.ok(wasm.every((url) => url.startsWith(assets)), wasm.join(', '));
    expectNoProblems();
  } finally {
    await close();
    await host.close();
  }
});

test('embed.html fits 600 × 420 with editor, controls, timeline and console', { timeout: 120_000 }, async () => {
  const { page, expectNoProblems, close } = await openPage(browser, { viewport: { width: 600, height: 420 } });
  try {
    await page.goto(`${server.url}embed.html#example=countdown&step=12`);
    await page.getByTestId('step-counter').filter({ hasText: /^step 12 \// }).waitFor({ timeout: 30_000 });
    for (const id of ['editor', 'step-forward', 'next-anext', 'timeline', 'console', 'share']) {
      const box = await page.getByTestId(id).first().boundingBox();
      assert.ok(box && box.width > 0 && box.height > 0, `${id} is not shown`);
      assert.ok(box.x >= 0 && box.x + box.width <= 601, `${id} overflows horizontally: ${JSON.stringify(box)}`);
      assert.ok(box.y < 420, `${id} starts below the frame: ${JSON.stringify(box)}`);
    }
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(scrollWidth <= 600, `the page scrolls sideways (${scrollWidth} px)`);
    const want = `${server.url}index.html#example=countdown&step=12`;
    await page.waitForFunction((href) => document.querySelector('[data-testid=share]').href === href, want);
    assert.equal(await page.locator('h1').first().textContent(), 'aiterscope');
    await saveScreenshot(page, 'embed-iframe-600x420');
    expectNoProblems();
  } finally {
    await close();
  }
});

for (const [name, viewport] of Object.entries(VIEWPORTS)) {
  test(`screenshots of the tutorial and an embed at ${name} width`, { timeout: 180_000 }, async () => {
    const { page, expectNoProblems, close } = await openPage(browser, { viewport });
    try {
      await page.goto(`${server.url}tutorial.html`);
      const first = await mounted(page, 0);
      await first.getByTestId('next-anext').click();
      await first.getByTestId('next-anext').click();
      await first.getByTestId('step-counter').filter({ hasNotText: /^step 0 \// }).waitFor();
      await mkdir(SCREENSHOT_DIR, { recursive: true });
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: join(SCREENSHOT_DIR, `tutorial-top-${name}.png`) });
      await first.scrollIntoViewIfNeeded();
      await first.screenshot({ path: join(SCREENSHOT_DIR, `tutorial-embed-${name}.png`) });
      await saveScreenshot(page, `tutorial-${name}`);

      await page.goto(`${server.url}embed.html#example=merge-streams&step=30`);
      await page.getByTestId('step-counter').filter({ hasText: /^step 30 \// }).waitFor({ timeout: 30_000 });
      await saveScreenshot(page, `embed-${name}`);
      expectNoProblems();
    } finally {
      await close();
    }
  });
}
