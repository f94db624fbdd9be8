// The shipped UI module's sizes, as `make bench` computes them (raw / gzip -9 / brotli 11), for
// measuring one size lever at a time without the whole bench: the UI wasm, its JS glue, and the
// interactive UI (index.html + its stylesheets + glue + wasm; issue 8's 400 KB gzip budget).
//
// Usage: node tools/size/ui_bundle.mjs [DIST]   (default: dist/ of the current directory)

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants as zlib } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';

/** Raw, gzip -9 and brotli 11 sizes of one file of `dist`. */
function sizes(name) {
  const bytes = readFileSync(join(dist, name));
  return {
    raw: bytes.length,
    gz: gzipSync(bytes, { level: 9 }).length,
    br: brotliCompressSync(bytes, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** The stylesheets index.html links (what its first paint waits for, besides itself). */
function stylesheetsOfIndex() {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  return [...html.matchAll(/<link rel="stylesheet" href="\.\/([^"]+)"/g)].map((m) => m[1]);
}

const add = (a, b) => ({ raw: a.raw + b.raw, gz: a.gz + b.gz, br: a.br + b.br });
const row = (what, s) =>
  console.log(`${what.padEnd(24)} ${String(s.raw).padStart(9)} ${String(s.gz).padStart(9)} ${String(s.br).padStart(9)}`);

console.log(`${'bytes'.padEnd(24)} ${'raw'.padStart(9)} ${'gzip'.padStart(9)} ${'brotli'.padStart(9)}`);
const wasm = sizes('aiterscope-web_bg.wasm');
const glue = sizes('aiterscope-web.js');
row('aiterscope-web_bg.wasm', wasm);
row('aiterscope-web.js', glue);
const interactive = ['index.html', ...stylesheetsOfIndex()].map(sizes).reduce(add, add(wasm, glue));
row('interactive UI', interactive);
console.log(`interactive UI: ${(interactive.gz / 1024).toFixed(1)} KB gzip (budget 400 KB)`);
