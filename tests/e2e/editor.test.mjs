// The editor component in a real browser: typing, Tab/Shift+Tab, auto-indent, native undo and
// redo, bracket matching, and the painted copy staying in step with the textarea.

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

/** Opens the playground with an empty, focused editor and runs `body(page, editor)`. */
async function withEmptyEditor(body) {
  const { page, expectNoProblems, close } = await openPage(browser);
  try {
    await gotoPlayground(page, server.url);
    const textarea = page.getByTestId('editor').locator('textarea');
    await textarea.fill('');
    await textarea.focus();
    await body(page, textarea);
    expectNoProblems();
  } finally {
    await close();
  }
}

/**
 * The text the overlay paints, without the placeholder space it adds after a final newline
 * (or in place of an empty text) to keep the last, empty line as tall as in the textarea.
 */
async function paintedText(page) {
  const text = await page.locator('[data-testid=editor] .editor-highlight').textContent();
  return text === ' ' ? '' : text.replace(/\n $/, '\n');
}

test('typed text shows in the painted layer and the gutter numbers every line', { timeout: 60_000 }, async () => {
  await withEmptyEditor(async (page, textarea) => {
    await page.keyboard.type('x = 1');
    await page.keyboard.press('Shift+Enter'); // a plain newline: Enter's auto-indent is tested below
    await page.keyboard.type('y = "<b>&"');
    assert.equal(await textarea.inputValue(), 'x = 1\ny = "<b>&"');
    assert.equal(await paintedText(page), 'x = 1\ny = "<b>&"');
    const numbers = await page.locator('[data-testid=editor] .gutter-line').allTextContents();
    assert.deepEqual(numbers, ['1', '2']);
  });
});

test('the painted text lines up with the textarea', { timeout: 60_000 }, async () => {
  await withEmptyEditor(async (page, textarea) => {
    await textarea.fill('a\nb\nc\nd');
    const heights = await page.evaluate(() => {
      const editor = document.querySelector('[data-testid=editor]');
      const box = (selector) => editor.querySelector(selector).getBoundingClientRect();
      return { area: box('textarea'), painted: box('.editor-highlight') };
    });
    assert.equal(heights.area.top, heights.painted.top);
    assert.equal(heights.area.left, heights.painted.left);
    assert.ok(heights.area.height >= heights.painted.height, JSON.stringify(heights));
  });
});

test('Tab indents, Shift+Tab dedents, and a selection indents line by line', { timeout: 60_000 }, async () => {
  await withEmptyEditor(async (page, textarea) => {
    await page.keyboard.press('Tab');
    await page.keyboard.type('a');
    assert.equal(await textarea.inputValue(), '    a');
    await page.keyboard.press('Shift+Tab');
    assert.equal(await textarea.inputValue(), 'a');

    await textarea.fill('one\ntwo\nthree');
    await textarea.evaluate((area) => area.setSelectionRange(1, 6)); // from "one" into "two"
    await page.keyboard.press('Tab');
    assert.equal(await textarea.inputValue(), '    one\n    two\nthree');
    const selected = await textarea.evaluate((area) => area.value.slice(area.selectionStart, area.selectionEnd));
    assert.equal(selected, 'ne\n    tw');
    await page.keyboard.press('Shift+Tab');
    assert.equal(await textarea.inputValue(), 'one\ntwo\nthree');
    assert.ok(await textarea.evaluate((area) => document.activeElement === area), 'Tab moved the focus');
  });
});

test('Escape then Tab leaves the editor', { timeout: 60_000 }, async () => {
  await withEmptyEditor(async (page, textarea) => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    assert.equal(await textarea.inputValue(), '');
    assert.ok(await textarea.evaluate((area) => document.activeElement !== area), 'the focus stayed');
  });
});

test('Enter keeps the indentation, adds a level after ":" and drops one after return', { timeout: 60_000 }, async () => {
  await withEmptyEditor(async (page, textarea) => {
    await page.keyboard.type('async def main():');
    await page.keyboard.press('Enter');
    await page.keyboard.type('async for x in xs:');
    await page.keyboard.press('Enter');
    await page.keyboard.type('print(x)');
    await page.keyboard.press('Enter');
    await page.keyboard.type('return x');
    await page.keyboard.press('Enter');
    await page.keyboard.type('done()');
    assert.equal(
      await textarea.inputValue(),
      'async def main():\n    async for x in xs:\n        print(x)\n        return x\n    done()',
    );
  });
});

test('undo and redo step through typing, Tab and Enter natively', { timeout: 60_000 }, async () => {
  await withEmptyEditor(async (page, textarea) => {
    await page.keyboard.type('if x:');
    await page.keyboard.press('Enter');
    assert.equal(await textarea.inputValue(), 'if x:\n    ');
    await page.keyboard.press('Tab');
    assert.equal(await textarea.inputValue(), 'if x:\n        ');
    await page.keyboard.press('Control+z');
    assert.equal(await textarea.inputValue(), 'if x:\n    ');
    await page.keyboard.press('Control+z');
    assert.equal(await textarea.inputValue(), 'if x:');
    await page.keyboard.press('Control+Shift+z');
    assert.equal(await textarea.inputValue(), 'if x:\n    ');
    assert.equal(await paintedText(page), 'if x:\n    ');
  });
});

test('the bracket next to the caret and its partner are highlighted', { timeout: 60_000 }, async () => {
  await withEmptyEditor(async (page, textarea) => {
    await page.keyboard.type('print((1, ")"))');
    await textarea.evaluate((area) => area.setSelectionRange(7, 7)); // just after the second "("
    await page.keyboard.press('ArrowRight'); // caret moves are what the editor listens to
    await page.keyboard.press('ArrowLeft');
    const matched = page.locator('[data-testid=editor] .bracket-match');
    assert.deepEqual(await matched.allTextContents(), ['(', ')']);
    const offsets = await page.locator('[data-testid=editor] .editor-highlight').evaluate((pre) =>
      [...pre.querySelectorAll('.bracket-match')].map((span) => {
        let offset = 0;
        for (const node of pre.childNodes) {
          if (node === span) break;
          offset += node.textContent.length;
        }
        return offset;
      }),
    );
    assert.deepEqual(offsets, [6, 13]);
  });
});

test('Python is coloured: async keywords, strings and comments get their classes', { timeout: 60_000 }, async () => {
  await withEmptyEditor(async (page, textarea) => {
    await textarea.fill('async def main():  # go\n    await f("x")\n');
    const painted = page.locator('[data-testid=editor] .editor-highlight');
    assert.deepEqual(await painted.locator('.tok-async').allTextContents(), ['async', 'await']);
    assert.deepEqual(await painted.locator('.tok-string').allTextContents(), ['"x"']);
    assert.deepEqual(await painted.locator('.tok-comment').allTextContents(), ['# go']);
    const colours = await painted.evaluate((pre) => {
      const colour = (selector) => getComputedStyle(pre.querySelector(selector)).color;
      return [colour('.tok-async'), colour('.tok-string'), getComputedStyle(pre).color];
    });
    assert.equal(new Set(colours).size, 3, `async, strings and plain text share colours: ${colours}`);
  });
});

test('Backspace in leading spaces goes back one indentation stop', { timeout: 60_000 }, async () => {
  await withEmptyEditor(async (page, textarea) => {
    await page.keyboard.type('if x:');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    assert.equal(await textarea.inputValue(), 'if x:\n        ');
    await page.keyboard.press('Backspace');
    assert.equal(await textarea.inputValue(), 'if x:\n    ');
    await page.keyboard.type('ab');
    await page.keyboard.press('Backspace');
    assert.equal(await textarea.inputValue(), 'if x:\n    a', 'after text, Backspace deletes one character');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    assert.equal(await textarea.inputValue(), 'if x:\n');
  });
});

test('Enter inside an open bracket indents the continuation line', { timeout: 60_000 }, async () => {
  await withEmptyEditor(async (page, textarea) => {
    await page.keyboard.type('print(1,');
    await page.keyboard.press('Enter');
    await page.keyboard.type('2)');
    assert.equal(await textarea.inputValue(), 'print(1,\n    2)');
  });
});

/** Whether the gutter number of 1-based `line` is fully inside the editor's visible area. */
function lineIsVisible(page, line) {
  return page.getByTestId('editor').evaluate((editor, line) => {
    const view = editor.getBoundingClientRect();
    const number = editor.querySelectorAll('.gutter-line')[line - 1].getBoundingClientRect();
    return number.top >= view.top && number.bottom <= view.bottom;
  }, line);
}

test('the editor scrolls to keep the caret in view while typing', { timeout: 60_000 }, async () => {
  await withEmptyEditor(async (page) => {
    for (let line = 1; line <= 45; line += 1) {
      await page.keyboard.type(`x${line} = ${line}`);
      await page.keyboard.press('Enter');
    }
    assert.ok(await lineIsVisible(page, 46), 'the caret line scrolled out of view');
    assert.ok(!(await lineIsVisible(page, 1)), 'the program is too short to test scrolling');
  });
});

test('a marked line further down is scrolled into view', { timeout: 60_000 }, async () => {
  await withEmptyEditor(async (page, textarea) => {
    const lines = Array.from({ length: 60 }, (_, index) => `x${index + 1} = ${index + 1}`);
    lines[54] = 'print(missing)';
    await textarea.fill(lines.join('\n'));
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByTestId('editor').evaluate((editor) => { editor.scrollTop = 0; });
    await page.getByTestId('run').click();
    await page.locator('[data-testid=editor] .gutter-line.has-error').waitFor();
    assert.ok(await lineIsVisible(page, 55), 'the error line was not scrolled into view');
  });
});

test('the editor scrolls sideways to follow the caret on a long line', { timeout: 60_000 }, async () => {
  await withEmptyEditor(async (page) => {
    await page.keyboard.type(`x = "${'a'.repeat(160)}"`);
    const scrolled = () => page.getByTestId('editor').evaluate((editor) => editor.scrollLeft);
    assert.ok((await scrolled()) > 0, 'the editor did not follow the caret to the right');
    await page.keyboard.press('Home');
    assert.equal(await scrolled(), 0);
  });
});
