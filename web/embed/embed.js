// aiterscope embeds: <aiter-playground> for tutorial pages, and mountPlayground() for the iframe
// page (embed.html).
//
//   <script type="module" src="https://…/embed.js"></script>
//   <aiter-playground example="countdown" step="3"></aiter-playground>
//   <aiter-playground readonly controls="step-back step-forward next-anext">
//     <script type="text/python">
//       print("inline code")
//     </script>
//   </aiter-playground>
//
// Attributes: example, step, height, autoplay, readonly, theme (auto|light|dark), controls
// (which buttons to show: run reset step-back prev-anext next-anext step-forward play run-to-end
// scrubber share embed, or none). The program comes from `example` or from a child
// <script type="text/python"> (or <pre>); without JavaScript the page shows that child (style
// `aiter-playground:not(:defined) script[type="text/python"] { display: block; white-space: pre }`).
//
// Every file is found next to this script (import.meta.url), so the folder can be copied to any
// static host and used from pages on other origins (the host must send
// Access-Control-Allow-Origin, as static hosts and CDNs do). The UI's wasm is downloaded and
// instantiated once, when the first playground scrolls into view; every playground is an
// independent instance over that one module, mounted in its own shadow root. The Python runtime
// (aiterscope-worker.js and its wasm, from the same folder) starts in one Web Worker for the
// page when the first playground loads its program; every playground records in it.

const ASSETS = new URL('./', import.meta.url);
const GLUE_URL = new URL('aiterscope-web.js', ASSETS);
const WASM_URL = new URL('aiterscope-web_bg.wasm', ASSETS);

/** Attributes passed to the wasm `mount` as options (a change re-mounts the playground). */
const OPTION_ATTRIBUTES = ['example', 'step', 'height', 'autoplay', 'readonly', 'theme', 'controls'];
const FLAG_ATTRIBUTES = new Set(['autoplay', 'readonly']);
/** How far below the viewport a playground starts loading. */
const LAZY_MARGIN = '300px 0px';

let runtime = null;

/** The wasm-bindgen glue, initialised once for the whole page (later calls share it). */
export function loadRuntime() {
  runtime ??= import(GLUE_URL.href).then(async (glue) => {
    await glue.default({ module_or_path: WASM_URL });
    return glue;
  });
  return runtime;
}

/**
 * Mounts a playground into `element` with wasm `mount` options (hash, example, code, step,
 * height, autoplay, readonly, theme, controls). Resolves to a handle: `handle.free()` unmounts.
 */
export async function mountPlayground(element, options = {}) {
  const glue = await loadRuntime();
  return glue.mount(element, { assets: ASSETS.href, ...options });
}

/** The inline program of an <aiter-playground>: its <script type="text/python"> or <pre>. */
function inlineCode(host) {
  const child =
    host.querySelector(':scope > script[type="text/python"]') ?? host.querySelector(':scope > pre');
  return child?.textContent ?? null;
}

const PLACEHOLDER_CSS = `
  :host { display: block; }
  .placeholder {
    box-sizing: border-box; overflow: hidden; padding: 12px 14px; border: 1px solid #dde1ea;
    border-radius: 12px; background: #f5f6fa; color: #5c6275;
    font: 14px/1.45 ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace;
  }
  .placeholder pre { margin: 8px 0 0; color: #1d2030; white-space: pre; }
  @media (prefers-color-scheme: dark) {
    .placeholder { background: #0e1016; border-color: #2a2f3d; color: #9ba1b5; }
    .placeholder pre { color: #e4e6ef; }
  }`;

class AiterPlayground extends HTMLElement {
  static observedAttributes = OPTION_ATTRIBUTES;

  #container = null;
  #handle = null;
  #observer = null;
  #mounting = null;

  connectedCallback() {
    if (!this.#container) {
      const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
      const style = document.createElement('style');
      style.textContent = PLACEHOLDER_CSS;
      this.#container = document.createElement('div');
      this.#container.className = 'mount';
      root.replaceChildren(style, this.#container);
    }
    this.#showPlaceholder();
    this.#observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          this.#observer?.disconnect();
          this.#observer = null;
          this.#mount();
        }
      },
      { rootMargin: LAZY_MARGIN },
    );
    this.#observer.observe(this);
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
    this.#observer = null;
    this.#unmount();
  }

  attributeChangedCallback(name, before, after) {
    if (before !== after && this.#handle) {
      this.#unmount();
      this.#mount();
    }
  }

  /** The options for wasm `mount`, from the attributes and the inline code. */
  options() {
    const options = {};
    for (const name of OPTION_ATTRIBUTES) {
      if (!this.hasAttribute(name)) continue;
      const value = this.getAttribute(name);
      options[name] = FLAG_ATTRIBUTES.has(name) ? value !== 'false' : value;
    }
    const code = inlineCode(this);
    if (code !== null && !this.hasAttribute('example')) options.code = code;
    return options;
  }

  #showPlaceholder() {
    const box = document.createElement('div');
    box.className = 'placeholder';
    const height = this.getAttribute('height');
    box.style.height = height && /^\d+(\.\d+)?$/.test(height) ? `${height}px` : height || '420px';
    box.textContent = 'aiterscope playground: loading…';
    const code = inlineCode(this);
    if (code) {
      const pre = document.createElement('pre');
      pre.textContent = code.replace(/^\s*\n/, '');
      box.append(pre);
    }
    this.#container.replaceChildren(box);
  }

  async #mount() {
    const attempt = {};
    this.#mounting = attempt;
    try {
      const glue = await loadRuntime();
      if (this.#mounting !== attempt || !this.isConnected || this.#handle) return;
      this.#container.replaceChildren();
      this.#handle = glue.mount(this.#container, { assets: ASSETS.href, ...this.options() });
    } catch (error) {
      this.#container.textContent = `aiterscope could not start: ${error}`;
      throw error;
    }
  }

  #unmount() {
    this.#mounting = null;
    if (this.#handle) {
      this.#handle.free();
      this.#handle = null;
    }
    this.#container?.replaceChildren();
  }
}

if (!customElements.get('aiter-playground')) {
  customElements.define('aiter-playground', AiterPlayground);
}
