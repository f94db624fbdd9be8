// Share links (issue 7): #code=v1.<base64url(raw deflate)>&step=N and #example=ID&step=N.
// A link round trip restores the code and the step; links made outside the browser (node's
// zlib) open too; the address bar follows the program and the step; and a malformed hash, a
// truncated #code=, an unknown example and code that fails to parse each give a clear message,
// on the full page and in embed.html, while the page keeps working.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { deflateRawSync } from 'node:zlib';
import { startStaticServer, launchBrowser, openPage, gotoPlayground } from './harness.mjs';

/** The first gallery example: what a page without a usable link shows. */
const DEFAULT_EXAMPLE = 'async-gen-basic';

const PROGRAM = `import asyncio

async def ticks(n):
    for i in range(n):
        await asyncio.sleep(0.25)
        yield i

async def main():
    async for t in ticks(4):
        print("tick", t, "→ ok")

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

/** A `#code=` hash made with node's zlib: the same format the browser writes. */
function codeHash(source, step = 0) {
  const payload = deflateRawSync(Buffer.from(source, 'utf8'), { level: 9 }).toString('base64url');
  return `#code=v1.${payload}${step ? `&step=${step}` : ''}`;
}

const editorText = (scope) => scope.getByTestId('editor').locator('textarea').inputValue();

async function waitForStep(scope, step) {
  await scope.getByTestId('step-counter').filter({ hasText: new RegExp(`^step ${step} /`) }).waitFor({ timeout: 30_000 });
}

test('Share copies a link that restores the code and the step', { timeout: 120_000 }, async () => {
  const { page, expectNoProblems, close } = await openPage(browser);
  try {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    await gotoPlayground(page, server.url);
    await page.getByTestId('editor').locator('textarea').fill(PROGRAM);
    await page.getByTestId('reset').click();
    for (let i = 0; i < 5; i += 1) await page.getByTestId('step-forward').click();
    await waitForStep(page, 5);

    await page.getByTestId('share').click();
    const field = page.getByTestId('share-link');
    await field.waitFor();
    const link = await field.inputValue();
    assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/#code=v1\.[A-Za-z0-9_-]+&step=5$/);
    assert.equal(await page.getByTestId('share-status').textContent(), 'Link copied to the clipboard.');
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);

    const other = await openPage(browser);
    try {
      await gotoPlayground(other.page, link);
      await waitForStep(other.page, 5);
      assert.equal(await editorText(other.page), PROGRAM);
      assert.equal(await other.page.getByTestId('link-notice').count(), 0);
      other.expectNoProblems();
    } finally {
      await other.close();
    }
    expectNoProblems();
  } finally {
    await close();
  }
});

test('the address bar follows the program and the step, and a reload restores them', { timeout: 120_000 }, async () => {
  const { page, expectNoProblems, close } = await openPage(browser);
  try {
    await gotoPlayground(page, `${server.url}#example=countdown`);
    for (let i = 0; i < 3; i += 1) await page.getByTestId('step-forward').click();
    await page.waitForFunction(() => location.hash === '#example=countdown&step=3');

    await page.getByTestId('editor').locator('textarea').fill(PROGRAM);
    await page.getByTestId('reset').click();
    await page.getByTestId('step-forward').click();
    await page.waitForFunction(() => /^#code=v1\.[\w-]+&step=1$/.test(location.hash));
    await page.reload();
    await page.getByTestId('run').waitFor();
    await waitForStep(page, 1);
    assert.equal(await editorText(page), PROGRAM);
    expectNoProblems();
  } finally {
    await close();
  }
});

test('links made outside the browser open, with the example picker and the step', { timeout: 120_000 }, async () => {
  const { page, expectNoProblems, close } = await openPage(browser);
  try {
    await gotoPlayground(page, `${server.url}${codeHash(PROGRAM, 7)}`);
    await waitForStep(page, 7);
    assert.equal(await editorText(page), PROGRAM);

    await gotoPlayground(page, `${server.url}#example=countdown&step=6`);
    await waitForStep(page, 6);
    assert.equal(await page.getByTestId('example-picker').inputValue(), 'countdown');

    // A link pasted into the address bar of an open page (hashchange).
    await page.evaluate((hash) => { location.hash = hash; }, codeHash('print("pasted")\n', 1));
    await page.waitForFunction(
      () => document.querySelector('[data-testid=editor] textarea').value === 'print("pasted")\n',
    );
    await waitForStep(page, 1);
    expectNoProblems();
  } finally {
    await close();
  }
});

/** Bad links and the message each must give. */
function badLinks() {
  const good = codeHash(PROGRAM);
  return [
    { name: 'a malformed hash', hash: '#code=v1.ab*cd', message: /This link is malformed: the program's code contains '\*' at position 2/ },
    { name: 'a code without its format', hash: '#code=hello', message: /malformed/ },
    { name: 'a truncated #code=', hash: good.slice(0, Math.floor(good.length / 2)), message: /incomplete: the link was probably cut off when it was copied/ },
    { name: 'an unknown example id', hash: '#example=no-such-example', message: /There is no example called "no-such-example" in the gallery\. Showing the default example\./ },
    { name: 'a bad step', hash: '#example=countdown&step=soon', message: /This link asks for step "soon", which is not a step number/ },
  ];
}

for (const { name, hash, message } of badLinks()) {
  test(`${name} gives a clear message on the full page and in embed.html`, { timeout: 120_000 }, async () => {
    const { page, expectNoProblems, close } = await openPage(browser);
    try {
      for (const url of [`${server.url}${hash}`, `${server.url}embed.html${hash}`]) {
        await page.goto(url);
        const notice = page.getByTestId('link-notice');
        await notice.waitFor({ timeout: 30_000 });
        assert.match(await notice.textContent(), message, url);
        // The page keeps working: a program is there and steps.
        assert.ok((await editorText(page)).length > 0, url);
        await page.getByTestId('step-forward').click();
        await waitForStep(page, 1);
        if (!hash.includes('step=')) {
          assert.equal(await editorText(page), await exampleSource(page, url), url);
        }
      }
      expectNoProblems();
    } finally {
      await close();
    }
  });
}

/** The default example's program, as the full page shows it. */
let defaultSource = null;
async function exampleSource(page, url) {
  if (defaultSource === null) {
    const other = await openPage(browser);
    await gotoPlayground(other.page, `${server.url}#example=${DEFAULT_EXAMPLE}`);
    defaultSource = await editorText(other.page);
    await other.close();
  }
  return defaultSource;
}

test('code that fails to parse shows the SyntaxError, on the full page and in embed.html', { timeout: 120_000 }, async () => {
  const { page, expectNoProblems, close } = await openPage(browser);
  const broken = 'import asyncio\n\nasync def main(:\n    pass\n';
  try {
    for (const url of [`${server.url}${codeHash(broken, 3)}`, `${server.url}embed.html${codeHash(broken)}`]) {
      await page.goto(url);
      const error = page.getByTestId('error');
      await error.filter({ hasText: 'SyntaxError' }).waitFor({ timeout: 30_000 });
      assert.match(await error.textContent(), /line 3/, url);
      assert.equal(await editorText(page), broken, url);
      // Fixing the program makes it run.
      await page.getByTestId('editor').locator('textarea').fill('print("fixed")\n');
      await page.getByTestId('run').click();
      await page.getByTestId('console').filter({ hasText: 'fixed' }).waitFor({ timeout: 30_000 });
    }
    expectNoProblems();
  } finally {
    await close();
  }
});

test('Embed shows both snippets for the current program, and the iframe one works', { timeout: 120_000 }, async () => {
  const { page, expectNoProblems, close } = await openPage(browser);
  try {
    await gotoPlayground(page, `${server.url}#example=countdown&step=2`);
    await waitForStep(page, 2);
    await page.getByTestId('embed-button').click();
    const iframe = await page.getByTestId('embed-iframe-snippet').inputValue();
    const script = await page.getByTestId('embed-script-snippet').inputValue();
    assert.equal(
      iframe,
      `<iframe src="${server.url}embed.html#example=countdown&amp;step=2" title="aiterscope playground" width="600" height="420" style="border: 0; max-width: 100%;" loading="lazy"></iframe>`,
    );
    assert.equal(
      script,
      `<script type="module" src="${server.url}embed.js"></script>\n<aiter-playground example="countdown" step="2"></aiter-playground>`,
    );

    await page.getByTestId('editor').locator('textarea').fill(PROGRAM);
    await page.getByTestId('embed-button').click();
    await page.waitForFunction(
      () => document.querySelector('[data-testid=embed-script-snippet]')?.value.includes('text/python'),
    );
    const ownScript = await page.getByTestId('embed-script-snippet').inputValue();
    assert.ok(ownScript.includes(`<aiter-playground>\n<script type="text/python">\n${PROGRAM.trimEnd()}\n</script>`), ownScript);
    const ownIframe = await page.getByTestId('embed-iframe-snippet').inputValue();
    const src = /src="([^"]+)"/.exec(ownIframe)[1].replaceAll('&amp;', '&');
    await page.goto(src);
    await page.getByTestId('step-counter').waitFor({ timeout: 30_000 });
    assert.equal(await editorText(page), PROGRAM);
    expectNoProblems();
  } finally {
    await close();
  }
});
