// Helpers for the playground's browser tests: the gallery as the tests read it from disk,
// and small page actions (open an example, press a control and wait until the step settled,
// read the console, the step counter and the timeline).

import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const GALLERY_DIR = resolve(HERE, '..', '..', 'crates', 'gallery');

/**
 * The gallery examples in picker order, read from crates/gallery: id, source, expected stdout,
 * the expected last traceback line (or null), and whether the runtime is known not to
 * reproduce it yet (crates/gallery/KNOWN_FAILURES).
 */
export async function loadGallery() {
  const table = await readFile(resolve(GALLERY_DIR, 'src', 'examples.rs'), 'utf8');
  const known = await readFile(resolve(GALLERY_DIR, 'KNOWN_FAILURES'), 'utf8');
  const knownFailures = new Set(
    known.split('\n').map((line) => line.replace(/#.*/, '').trim()).filter(Boolean),
  );
  const entries = [...table.matchAll(/example!\s*\{\s*id:\s*"([^"]+)"[\s\S]*?expected_error:\s*(None|Some\("((?:[^"\\]|\\.)*)"\))/g)];
  return Promise.all(
    entries.map(async ([, id, , error]) => ({
      id,
      source: await readFile(resolve(GALLERY_DIR, 'examples', `${id}.py`), 'utf8'),
      stdout: await readFile(resolve(GALLERY_DIR, 'examples', `${id}.stdout`), 'utf8'),
      expectedError: error === undefined ? null : JSON.parse(`"${error}"`),
      knownFailure: knownFailures.has(id),
    })),
  );
}

/** Opens the playground at `#example=ID` and waits until that program is loaded. */
export async function openExample(page, baseUrl, id) {
  await page.goto(`${baseUrl}#example=${id}`);
  await page.getByTestId('next-anext').waitFor({ state: 'visible', timeout: 30_000 });
  await page.waitForFunction(
    (wanted) => document.querySelector('[data-testid=example-picker]')?.value === wanted,
    id,
  );
  await settle(page);
}

/** Waits until the VM is no longer recording towards a target ("running…" gone). */
export async function settle(page, timeout = 60_000) {
  await page.waitForFunction(() => !document.querySelector('.busy.visible'), null, { timeout });
}

/** Clicks a control by test id and waits until the step settled. */
export async function press(page, testId) {
  await page.getByTestId(testId).click();
  await settle(page);
}

/** True while a control says it would do nothing (`aria-disabled`). */
export async function inactive(page, testId) {
  return (await page.getByTestId(testId).getAttribute('aria-disabled')) === 'true';
}

/** The step counter as numbers: { step, last, more }. */
export async function stepCounter(page) {
  const text = await page.getByTestId('step-counter').textContent();
  const match = /^step (\d+) \/ (\d+)(\+?)$/.exec(text);
  if (!match) throw new Error(`unexpected step counter: ${text}`);
  return { step: Number(match[1]), last: Number(match[2]), more: match[3] === '+' };
}

/** What the program printed up to the current step (without the traceback). */
export function consoleStdout(page) {
  return page.$$eval('[data-testid=console] .console-line', (lines) =>
    lines.map((line) => line.textContent).join(''),
  );
}

/** The traceback (or budget message) the console shows at the end, '' if none. */
export async function consoleStderr(page) {
  const stderr = page.locator('[data-testid=console] .console-stderr');
  return (await stderr.count()) ? stderr.textContent() : '';
}

/** The step caption (also the live region). */
export function caption(page) {
  return page.getByTestId('step-caption').textContent();
}

/** Presses next-anext until it is inactive; returns the caption of every stop. */
export async function walkWithNextAnext(page, maxClicks = 500) {
  const captions = [];
  for (let i = 0; i < maxClicks; i += 1) {
    if (await inactive(page, 'next-anext')) return captions;
    await press(page, 'next-anext');
    captions.push(await caption(page));
  }
  throw new Error(`next-anext still active after ${maxClicks} clicks`);
}

/**
 * The data-kind of every timeline mark up to the cursor. The timeline draws only the marks in
 * view (windowed rendering), so this scrolls its track from start to end and collects each
 * mark once (by kind, step, shape and lane).
 */
export async function timelineKinds(page) {
  const scroller = page.locator('[data-testid=timeline] .tl-scroller');
  const seen = new Map();
  const collect = async () => {
    const marks = await page.$$eval('[data-testid=timeline] [data-kind]', (elements) =>
      elements.map((mark) => [
        [mark.dataset.kind, mark.dataset.step, mark.classList[1], mark.style.transform.split(',')[1]].join('@'),
        mark.dataset.kind,
      ]),
    );
    for (const [key, kind] of marks) seen.set(key, kind);
  };
  const { width, visible } = await scroller.evaluate((el) => ({ width: el.scrollWidth, visible: el.clientWidth }));
  for (let left = 0; ; left += Math.max(visible / 2, 100)) {
    await scroller.evaluate((el, x) => { el.scrollLeft = x; }, left);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await collect();
    if (left >= width - visible) break;
  }
  return [...seen.values()];
}

/** Replaces the editor's program. */
export async function typeProgram(page, source) {
  await page.getByTestId('editor').locator('textarea').fill(source);
}
