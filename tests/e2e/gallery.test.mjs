// Every gallery example, walked with next-anext to the end: the console matches the output
// CPython 3.12 gives (crates/gallery/examples/<id>.stdout), an uncaught exception ends with
// the expected traceback line, and each stop is an anext outcome. Examples the runtime does
// not reproduce yet (crates/gallery/KNOWN_FAILURES) run as `todo`.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startStaticServer, launchBrowser, openPage } from './harness.mjs';
import {
  loadGallery, openExample, walkWithNextAnext, consoleStdout, consoleStderr, stepCounter,
  timelineKinds, typeProgram,
} from './playground_helpers.mjs';

const gallery = await loadGallery();
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

test('the gallery has every example the issue names', () => {
  const ids = gallery.map((example) => example.id);
  for (const id of [
    'async-gen-basic', 'async-range', 'manual-anext', 'anext-default', 'aiter-on-list',
    'queue-consumer', 'async-counter-pitfall', 'async-counter', 'async-fetcher', 'file-reader',
    'rate-limited', 'countdown', 'fetch-pages', 'event-listener', 'db-cursor', 'merge-streams',
    'merge-streams-fixed',
  ]) {
    assert.ok(ids.includes(id), `missing ${id}`);
  }
});

test('the example picker lists every example under a heading', { timeout: 60_000 }, async () => {
  const { page, expectNoProblems, close } = await openPage(browser);
  try {
    await openExample(page, server.url, 'countdown');
    const listed = await page.$$eval('[data-testid=example-picker] optgroup option', (options) =>
      options.map((option) => option.value),
    );
    assert.deepEqual([...listed].sort(), gallery.map((example) => example.id).sort());
    const headings = await page.$$eval('[data-testid=example-picker] optgroup', (groups) =>
      groups.map((group) => group.label),
    );
    assert.ok(headings.length >= 3, `headings: ${headings}`);
    // Choosing an entry loads it, shows what to watch and writes the URL.
    await page.getByTestId('example-picker').selectOption('db-cursor');
    await page.waitForFunction(() => location.hash === '#example=db-cursor');
    const db = gallery.find((example) => example.id === 'db-cursor');
    assert.equal(await page.getByTestId('editor').locator('textarea').inputValue(), db.source);
    assert.match(await page.locator('.example-info').textContent(), /What to watch/);
    expectNoProblems();
  } finally {
    await close();
  }
});

test('an edited example says its notes describe the original', { timeout: 60_000 }, async () => {
  const { page, expectNoProblems, close } = await openPage(browser);
  try {
    await openExample(page, server.url, 'countdown');
    assert.equal(await page.getByTestId('example-edited').count(), 0);
    await typeProgram(page, 'print("mine")\n');
    await page.getByTestId('example-edited').waitFor({ state: 'visible' });
    assert.equal(await page.getByTestId('example-picker').inputValue(), '');
    // Picking the example again restores its program, and the badge goes.
    await page.getByTestId('example-picker').selectOption('countdown');
    await page.getByTestId('example-edited').waitFor({ state: 'detached' });
    const countdown = gallery.find((example) => example.id === 'countdown');
    assert.equal(await page.getByTestId('editor').locator('textarea').inputValue(), countdown.source);
    expectNoProblems();
  } finally {
    await close();
  }
});

for (const example of gallery) {
  const options = { timeout: 180_000, todo: example.knownFailure ? 'in crates/gallery/KNOWN_FAILURES' : false };
  test(`${example.id}: next-anext walks to the end and prints what CPython prints`, options, async () => {
    const { page, expectNoProblems, close } = await openPage(browser);
    try {
      await openExample(page, server.url, example.id);
      const captions = await walkWithNextAnext(page);
      const counter = await stepCounter(page);
      assert.equal(counter.more, false, 'the run is not finished');
      assert.equal(counter.step, counter.last, 'next-anext stopped before the last step');
      assert.equal(await consoleStdout(page), example.stdout);
      const stderr = await consoleStderr(page);
      if (example.expectedError) {
        assert.equal(stderr.trimEnd().split('\n').at(-1), example.expectedError);
        const panel = await page.getByTestId('error').textContent();
        assert.ok(panel.includes(example.expectedError), panel);
      } else {
        assert.equal(await page.getByTestId('error').count(), 0, `unexpected error: ${stderr}`);
      }
      // Every stop but the last is an anext outcome, announced in words.
      const outcomes = captions.slice(0, -1);
      for (const text of outcomes) {
        assert.match(text, /^anext on .+ (returned .+|raised StopAsyncIteration) at t=\d/);
      }
      // The timeline shows one marble per value and one mark per StopAsyncIteration.
      assert.equal(await page.getByTestId('timeline').count(), 1, 'no timeline on the page');
      const kinds = await timelineKinds(page);
      const values = outcomes.filter((text) => text.includes(' returned ')).length;
      const stops = outcomes.length - values;
      assert.equal(kinds.filter((kind) => kind === 'anext_value').length, values);
      assert.equal(kinds.filter((kind) => kind === 'stop_async_iteration').length, stops);
      expectNoProblems();
    } finally {
      await close();
    }
  });
}
