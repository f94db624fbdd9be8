// Screenshots of examples mid-run at desktop and phone widths, light and dark
// (tests/e2e/screenshots/playground-<example>-<width>-<scheme>.png), and no sideways
// scrolling from 360 px phones to wide desktops.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startStaticServer, launchBrowser, openPage, saveScreenshot, VIEWPORTS } from './harness.mjs';
import { openExample, press } from './playground_helpers.mjs';

const SHOTS = [
  { id: 'countdown', anexts: 3, widths: ['desktop', 'phone'], schemes: ['light', 'dark'] },
  { id: 'merge-streams-fixed', anexts: 4, widths: ['desktop', 'phone'], schemes: ['dark'] },
  { id: 'async-counter-pitfall', anexts: 20, widths: ['desktop'], schemes: ['light'] },
];
const WIDTHS = { ...VIEWPORTS, small: { width: 360, height: 740 }, wide: { width: 1680, height: 1000 } };

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

async function sidewaysOverflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

for (const shot of SHOTS) {
  for (const width of shot.widths) {
    for (const colorScheme of shot.schemes) {
      test(`screenshot: ${shot.id}, ${width}, ${colorScheme}`, { timeout: 120_000 }, async () => {
        const { page, expectNoProblems, close } = await openPage(browser, { viewport: WIDTHS[width], colorScheme });
        try {
          await openExample(page, server.url, shot.id);
          for (let i = 0; i < shot.anexts; i += 1) {
            if ((await page.getByTestId('next-anext').getAttribute('aria-disabled')) === 'true') break;
            await press(page, 'next-anext');
          }
          await saveScreenshot(page, `playground-${shot.id}-${width}-${colorScheme}`);
          assert.equal(await sidewaysOverflow(page), 0, 'the page scrolls sideways');
          expectNoProblems();
        } finally {
          await close();
        }
      });
    }
  }
}

for (const width of ['small', 'wide']) {
  test(`no sideways scrolling at ${WIDTHS[width].width} px`, { timeout: 60_000 }, async () => {
    const { page, expectNoProblems, close } = await openPage(browser, { viewport: WIDTHS[width] });
    try {
      await openExample(page, server.url, 'db-cursor');
      await press(page, 'run-to-end');
      assert.equal(await sidewaysOverflow(page), 0, 'the page scrolls sideways');
      for (const id of ['editor', 'next-anext', 'scrubber', 'step-counter', 'clock', 'console', 'iterator-state', 'event-loop', 'example-picker']) {
        assert.ok(await page.getByTestId(id).isVisible(), `${id} is not visible`);
      }
      expectNoProblems();
    } finally {
      await close();
    }
  });
}
