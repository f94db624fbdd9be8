// How much linear memory a wasm32 module can hold in headless Chromium before growing fails
// (the ceiling behind RunConfig.max_memory, crates/runtime/src/memory.rs). Grows one
// WebAssembly.Memory by 64 MiB at a time, touching each new page, until grow() throws or the
// 4 GiB wasm32 limit is reached, then checks the page still answers.
//
//   node tools/limits/wasm_memory_ceiling.mjs
import { launchBrowser } from '../../tests/e2e/harness.mjs';

const browser = await launchBrowser();
try {
  const page = await browser.newPage();
  await page.goto('about:blank');
  const result = await page.evaluate(() => {
    const STEP_PAGES = 1024; // 64 KiB pages: 64 MiB per step
    const memory = new WebAssembly.Memory({ initial: 1, maximum: 65536 });
    let pages = 1;
    let error = null;
    while (pages + STEP_PAGES <= 65536) {
      try {
        memory.grow(STEP_PAGES);
      } catch (e) {
        error = String(e);
        break;
      }
      const bytes = new Uint8Array(memory.buffer);
      for (let i = pages * 65536; i < (pages + STEP_PAGES) * 65536; i += 4096) bytes[i] = 1;
      pages += STEP_PAGES;
    }
    return { mib: (pages * 65536) / (1 << 20), error };
  });
  const alive = await page.evaluate(() => 1 + 1);
  console.log(
    `wasm memory grew to ${result.mib} MiB (${result.error ?? 'reached the wasm32 maximum'}); page alive: ${alive === 2}`,
  );
} finally {
  await browser.close();
}
