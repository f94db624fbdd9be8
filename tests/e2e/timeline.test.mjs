// The Timeline component in the browser: marks appear as the cursor reaches them, carry
// data-kind/data-step, show their details on hover and focus, jump on click and Enter, switch
// between the time and step axes, stay within a frame per step on a 100,000-event trace, and
// look right at desktop and phone widths in light and dark mode.
//
// The timeline is mounted on its own with the wasm export `mount_timeline_demo` (a few step
// buttons around it), so these tests do not depend on the rest of the page.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startStaticServer, launchBrowser, openPage, saveScreenshot, VIEWPORTS } from './harness.mjs';

const COUNTDOWN = `import asyncio

class Countdown:
    def __init__(self, start):
        self.current = start

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.current <= 0:
            raise StopAsyncIteration
        self.current -= 1
        await asyncio.sleep(1)
        return self.current + 1

async def main():
    async for number in Countdown(3):
        print(number)

asyncio.run(main())
`;

// At least 100,000 events (about 20 per value today): an async generator delivering 6,000 values, a sleep before each.
const LONG_TRACE = `import asyncio

async def ticks(n):
    for i in range(n):
        await asyncio.sleep(0.01)
        yield i

async def main():
    total = 0
    async for i in ticks(6000):
        total += i
    print(total)

asyncio.run(main())
`;

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

/** Opens the page and mounts the timeline demo for `source`; returns its root locator. */
async function mountDemo(page, source) {
  await page.goto(server.url);
  await page.waitForFunction(() => window.wasmBindings?.mount_timeline_demo, null, { timeout: 30_000 });
  await page.evaluate((program) => {
    for (const child of document.body.children) child.style.display = 'none';
    const host = document.createElement('div');
    host.id = 'timeline-demo';
    document.body.append(host);
    window.wasmBindings.mount_timeline_demo(host, program);
  }, source);
  const root = page.locator('#timeline-demo');
  await root.getByTestId('timeline').waitFor();
  return root;
}

/** The step the demo's counter shows. */
async function currentStep(root) {
  const text = await root.getByTestId('demo-step-counter').textContent();
  const match = /^step (\d+) \/ (\d+)$/.exec(text);
  assert.ok(match, `step counter: ${text}`);
  return Number(match[1]);
}

/** Presses next-anext until the step stops moving. */
async function nextAnextToEnd(root) {
  for (let guard = 0; guard < 50; guard += 1) {
    const before = await currentStep(root);
    await root.getByTestId('demo-next-anext').click();
    if ((await currentStep(root)) === before) return;
  }
  assert.fail('next-anext never reached the end');
}

const marks = (root, kind) => root.getByTestId('timeline').locator(`[data-kind="${kind}"]`);

test('countdown: three values and one StopAsyncIteration, each appearing as the cursor reaches it', { timeout: 90_000 }, async () => {
  const { page, expectNoProblems, close } = await openPage(browser);
  try {
    const root = await mountDemo(page, COUNTDOWN);
    assert.equal(await marks(root, 'anext_value').count(), 0, 'nothing delivered before stepping');
    await root.getByTestId('demo-next-anext').click();
    assert.deepEqual(await marks(root, 'anext_value').allTextContents(), ['3']);
    assert.equal(await marks(root, 'stop_async_iteration').count(), 0);
    await nextAnextToEnd(root);
    assert.deepEqual(await marks(root, 'anext_value').allTextContents(), ['3', '2', '1']);
    assert.equal(await marks(root, 'stop_async_iteration').count(), 1);
    assert.equal(await marks(root, 'anext_call').count(), 4, 'an anext bar per call');
    const awaits = await marks(root, 'await_suspend').allTextContents();
    assert.deepEqual(awaits, ['sleep(1)', 'sleep(1)', 'sleep(1)']);
    const lanes = await root.locator('.tl-lane-label').evaluateAll((els) => els.map((el) => el.dataset.lane));
    assert.ok(lanes.includes('Countdown #1') && lanes.includes('Task-1 · main'), lanes.join(', '));
    for (const mark of await root.locator('.tl-mark').all()) {
      assert.match(await mark.getAttribute('data-step'), /^\d+$/);
      assert.ok((await mark.getAttribute('data-kind')).length > 0);
    }
    expectNoProblems();
  } finally {
    await close();
  }
});

test('clicking a mark, or Enter on it, moves the cursor to its step', { timeout: 90_000 }, async () => {
  const { page, expectNoProblems, close } = await openPage(browser);
  try {
    const root = await mountDemo(page, COUNTDOWN);
    await nextAnextToEnd(root);
    const first = marks(root, 'anext_value').first();
    const step = Number(await first.getAttribute('data-step'));
    await first.click();
    assert.equal(await currentStep(root), step);
    assert.deepEqual(await marks(root, 'anext_value').allTextContents(), ['3'], 'later marks are hidden again');
    const stepLabel = await root.getByTestId('timeline-cursor-head').textContent();
    assert.equal(stepLabel, `step ${step}`);

    const awaitMark = marks(root, 'await_suspend').first();
    const awaitStep = Number(await awaitMark.getAttribute('data-step'));
    await awaitMark.focus();
    await page.keyboard.press('Enter');
    assert.equal(await currentStep(root), awaitStep);
    expectNoProblems();
  } finally {
    await close();
  }
});

test('hovering or focusing a mark shows its details', { timeout: 90_000 }, async () => {
  const { page, expectNoProblems, close } = await openPage(browser);
  try {
    const root = await mountDemo(page, COUNTDOWN);
    await nextAnextToEnd(root);
    const tooltip = root.getByTestId('timeline-tooltip');
    assert.equal(await tooltip.count(), 0);
    const second = marks(root, 'anext_value').nth(1);
    await second.hover();
    const text = await tooltip.textContent();
    for (const part of ['anext delivered a value', 'anext_value', 'Countdown #1', 'value 2', 't=2.0', `step ${await second.getAttribute('data-step')}`, 'line 18']) {
      assert.ok(text.includes(part), `tooltip lacks "${part}": ${text}`);
    }
    assert.match(await second.getAttribute('aria-label'), /value 2, t=2\.0, step \d+/);
    await page.mouse.move(0, 0);
    assert.equal(await tooltip.count(), 0, 'the tooltip hides when the pointer leaves');
    await marks(root, 'stop_async_iteration').focus();
    assert.ok((await tooltip.textContent()).includes('StopAsyncIteration'));
    expectNoProblems();
  } finally {
    await close();
  }
});

test('the axis toggles between virtual time and steps', { timeout: 90_000 }, async () => {
  const { page, expectNoProblems, close } = await openPage(browser);
  try {
    const root = await mountDemo(page, COUNTDOWN);
    await nextAnextToEnd(root);
    const timeline = root.getByTestId('timeline');
    const ticks = () => timeline.locator('.tl-tick').allTextContents();
    const gap = async () => {
      const [a, b] = await marks(root, 'anext_value').evaluateAll((els) => els.slice(0, 2).map((el) => el.getBoundingClientRect().x));
      return b - a;
    };
    assert.equal(await timeline.getAttribute('data-axis'), 'time');
    assert.deepEqual(await ticks(), ['t=0.0', 't=1.0', 't=2.0', 't=3.0']);
    const timeGap = await gap();
    await root.getByTestId('timeline-axis-steps').click();
    assert.equal(await timeline.getAttribute('data-axis'), 'steps');
    assert.equal(await root.getByTestId('timeline-axis-steps').getAttribute('aria-pressed'), 'true');
    const stepTicks = await ticks();
    assert.ok(stepTicks.length > 0 && stepTicks.every((t) => /^\d+$/.test(t)), stepTicks.join(','));
    const stepGap = await gap();
    assert.ok(stepGap < timeGap, `a second of sleeping no longer takes room: ${timeGap} -> ${stepGap}`);
    await root.getByTestId('timeline-axis-time').click();
    assert.deepEqual(await ticks(), ['t=0.0', 't=1.0', 't=2.0', 't=3.0']);
    expectNoProblems();
  } finally {
    await close();
  }
});

test('zoom spreads the marks, and at 360 px the lanes scroll sideways under sticky labels', { timeout: 90_000 }, async () => {
  const { page, expectNoProblems, close } = await openPage(browser, { viewport: { width: 360, height: 740 } });
  try {
    const root = await mountDemo(page, COUNTDOWN);
    await root.getByTestId('demo-next-anext').click();
    await root.getByTestId('demo-next-anext').click();
    // The last two values: near the cursor, so inside the drawn window whatever the zoom.
    const gap = async () => {
      const xs = await marks(root, 'anext_value').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().x));
      assert.ok(xs.length >= 2, `values drawn: ${xs.length}`);
      return xs[xs.length - 1] - xs[xs.length - 2];
    };
    const before = await gap();
    await root.getByTestId('timeline-zoom-in').click();
    const after = await gap();
    assert.ok(Math.abs(after / before - 1.5) < 0.05, `zoom 150% spreads marks 1.5x: ${before} -> ${after}`);
    await root.getByTestId('timeline-zoom-out').click();
    await root.getByTestId('timeline-zoom-out').click();
    assert.ok(Math.abs((await gap()) / before - 0.75) < 0.05);

    const timeline = root.getByTestId('timeline');
    const box = await timeline.boundingBox();
    assert.ok(box.x >= 0 && box.x + box.width <= 360, `the timeline fits 360 px: ${JSON.stringify(box)}`);
    const scroller = timeline.locator('.tl-scroller');
    const { scrollWidth, clientWidth } = await scroller.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
    assert.ok(scrollWidth > clientWidth, 'the track is wider than the phone and scrolls');
    await scroller.evaluate((el) => { el.scrollLeft = el.scrollWidth; });
    const label = timeline.locator('.tl-lane-label').first();
    const labelBox = await label.boundingBox();
    assert.ok(labelBox.x >= box.x && labelBox.x < box.x + 20, 'lane labels stay on screen while scrolled');
    expectNoProblems();
  } finally {
    await close();
  }
});

// Forty values 0.01 s apart with 8-character labels: at 25% zoom they are closer than their
// labels are wide.
const CLOSE_VALUES = `import asyncio

async def ticks():
    for i in range(40):
        await asyncio.sleep(0.01 if i % 5 else 1)
        yield f"value{i}"

async def main():
    async for v in ticks():
        print(v)

asyncio.run(main())
`;

const frame = (page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

test('marbles too close for their labels draw as dots, the hovered one shows its label', { timeout: 90_000 }, async () => {
  const { page, expectNoProblems, close } = await openPage(browser);
  try {
    const root = await mountDemo(page, CLOSE_VALUES);
    await nextAnextToEnd(root);
    for (let i = 0; i < 3; i += 1) await root.getByTestId('timeline-zoom-out').click();
    await frame(page);
    const values = marks(root, 'anext_value');
    const boxes = await values.evaluateAll((els) => els.map((el) => {
      const box = el.getBoundingClientRect();
      return { left: box.left, right: box.right, crowded: el.classList.contains('tl-crowded') };
    }));
    assert.ok(boxes.filter((b) => b.crowded).length > 0, 'no marble was crowded at 25%');
    const labelled = boxes.filter((b) => !b.crowded).sort((a, b) => a.left - b.left);
    for (let i = 1; i < labelled.length; i += 1) {
      assert.ok(labelled[i].left >= labelled[i - 1].right - 1, `labelled marbles overlap: ${JSON.stringify(labelled.slice(i - 1, i + 1))}`);
    }
    const crowded = root.locator('[data-kind="anext_value"].tl-crowded').last();
    const dot = await crowded.boundingBox();
    await crowded.hover();
    await frame(page);
    const hovered = await crowded.boundingBox();
    assert.ok(hovered.width > dot.width + 20, `the hovered marble shows its label: ${dot.width} -> ${hovered.width}`);
    assert.match(await crowded.textContent(), /'value\d+'/);
    await root.getByTestId('timeline-zoom-in').click();
    await root.getByTestId('timeline-zoom-in').click();
    await root.getByTestId('timeline-zoom-in').click();
    await frame(page);
    const atFull = await root.locator('[data-kind="anext_value"].tl-crowded').count();
    assert.ok(atFull < boxes.filter((b) => b.crowded).length, 'zooming in gives labels room again');
    expectNoProblems();
  } finally {
    await close();
  }
});

test('the cursor\'s step label stays inside the visible track', { timeout: 90_000 }, async () => {
  const { page, expectNoProblems, close } = await openPage(browser, { viewport: VIEWPORTS.phone });
  try {
    const root = await mountDemo(page, CLOSE_VALUES);
    await nextAnextToEnd(root);
    const scroller = root.locator('.tl-scroller');
    // Scroll so that the cursor sits 4 px inside the right edge of the view.
    await scroller.evaluate((el) => {
      const cursor = el.querySelector('.tl-cursor').getBoundingClientRect();
      el.scrollLeft += cursor.left - (el.getBoundingClientRect().right - 4);
    });
    await frame(page);
    await page.waitForTimeout(300);
    const view = await scroller.boundingBox();
    const cursor = await root.locator('.tl-cursor').boundingBox();
    const head = await root.getByTestId('timeline-cursor-head').boundingBox();
    assert.ok(cursor.x > view.x + view.width - 12, `the cursor is at the right edge: ${JSON.stringify({ cursor, view })}`);
    assert.ok(head.x + head.width <= view.x + view.width + 1, `the label is cut: ${JSON.stringify({ head, view })}`);
    expectNoProblems();
  } finally {
    await close();
  }
});

test('marks and the cursor animate, except under prefers-reduced-motion', { timeout: 90_000 }, async () => {
  const durations = {};
  for (const reducedMotion of ['no-preference', 'reduce']) {
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop, reducedMotion });
    try {
      const page = await context.newPage();
      const root = await mountDemo(page, COUNTDOWN);
      await root.getByTestId('demo-next-anext').click();
      durations[reducedMotion] = await root.evaluate((el) => {
        const style = (selector) => getComputedStyle(el.querySelector(selector));
        return {
          cursor: style('.tl-cursor').transitionDuration,
          mark: style('.tl-mark').transitionDuration,
          fresh: style('.tl-fresh').animationName,
        };
      });
    } finally {
      await context.close();
    }
  }
  assert.notEqual(durations['no-preference'].cursor, '0s');
  assert.notEqual(durations['no-preference'].mark.split(',')[0].trim(), '0s');
  assert.equal(durations['no-preference'].fresh, 'tl-enter');
  assert.equal(durations.reduce.cursor, '0s');
  assert.ok(durations.reduce.mark.split(',').every((d) => d.trim() === '0s'), durations.reduce.mark);
  assert.equal(durations.reduce.fresh, 'none');
});

test('a step renders within a frame on a 100,000-event trace, drawing only what is visible', { timeout: 240_000 }, async () => {
  const { page, expectNoProblems, close } = await openPage(browser);
  try {
    const root = await mountDemo(page, LONG_TRACE);
    await root.getByTestId('demo-end').click();
    await root.getByTestId('demo-step-counter').filter({ hasNotText: /^step 0 / }).waitFor({ timeout: 120_000 });
    const [, last] = /step (\d+) \/ (\d+)/.exec(await root.getByTestId('demo-step-counter').textContent()).slice(1).map(Number);
    assert.ok(last >= 100_000, `the trace has ${last + 1} events`);
    // From the middle of the run: jump there, then time single steps and next-anext presses.
    const middle = await marks(root, 'anext_value').first().getAttribute('data-step');
    await marks(root, 'anext_value').first().click();
    assert.equal(await currentStep(root), Number(middle));
    const timings = await page.evaluate(async () => {
      const host = document.getElementById('timeline-demo');
      const button = (id) => host.querySelector(`[data-testid="${id}"]`);
      // A message-channel task runs after every microtask, so after Leptos's effects.
      const channel = new MessageChannel();
      const settle = () => new Promise((done) => {
        channel.port1.onmessage = () => done();
        channel.port2.postMessage(null);
      });
      const out = [];
      for (let i = 0; i < 40; i += 1) {
        const target = button(i % 4 === 3 ? 'demo-next-anext' : 'demo-step');
        await settle();
        const start = performance.now();
        target.click();
        await settle();
        void host.getBoundingClientRect().width; // style and layout included
        out.push(performance.now() - start);
      }
      return out;
    });
    const sorted = [...timings].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)];
    const p90 = sorted[Math.floor(sorted.length * 0.9)];
    console.log(`timeline step on a ${last + 1}-event trace: median ${median.toFixed(2)} ms, p90 ${p90.toFixed(2)} ms`);
    assert.ok(median < 16, `median step ${median.toFixed(2)} ms`);
    const drawn = await root.locator('.tl-mark').count();
    assert.ok(drawn < 400, `${drawn} marks in the DOM: only the visible window is drawn`);
    expectNoProblems();
  } finally {
    await close();
  }
});

for (const [name, viewport] of Object.entries(VIEWPORTS)) {
  for (const colorScheme of ['light', 'dark']) {
    test(`screenshot: countdown mid-run, ${name}, ${colorScheme}`, { timeout: 90_000 }, async () => {
      const { page, expectNoProblems, close } = await openPage(browser, { viewport, colorScheme });
      try {
        const root = await mountDemo(page, COUNTDOWN);
        await root.getByTestId('demo-next-anext').click();
        await root.getByTestId('demo-next-anext').click();
        for (let i = 0; i < 12; i += 1) await root.getByTestId('demo-step').click();
        await marks(root, 'anext_value').nth(1).hover();
        await saveScreenshot(page, `timeline-countdown-${name}-${colorScheme}`);
        const box = await root.getByTestId('timeline').boundingBox();
        assert.ok(box.width <= viewport.width, `the timeline fits the ${viewport.width}px viewport (${box.width}px)`);
        expectNoProblems();
      } finally {
        await close();
      }
    });
  }
}
