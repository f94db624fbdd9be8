// The runtime's benchmark hooks live in the worker module (web/worker: `aiterscopeBench`,
// `aiterscopeRecordBatches`), which the playground runs in a Web Worker. For timing, the same
// module (the same dist/ files) is loaded on the page's main thread, so a call can be timed
// with performance.now() around it, as before the split.

/** Loads the worker module into `page` (already at dist/index.html) as `window.aiterscopeRuntime`. */
export async function loadRuntimeInPage(page) {
  return page.evaluate(async () => {
    if (!window.aiterscopeRuntime) {
      const glue = await import(new URL('aiterscope-web-worker.js', document.baseURI).href);
      await glue.default({ module_or_path: new URL('aiterscope-web-worker_bg.wasm', document.baseURI) });
      window.aiterscopeRuntime = glue;
    }
    return typeof window.aiterscopeRuntime.aiterscopeBench;
  });
}
