// The playground's Python runtime in a Web Worker (module worker). The UI module
// (web/src/playback/worker_link.rs) sends requests; each gets exactly one reply with the same
// `id`, in order:
//   {op: 'load', id, recording, source, filename, budget} -> {id, error?: [kind, msg, line, col]}
//   {op: 'record', id, recording, until, budgetMs}        -> {id, batch: Uint8Array (transferred)}
//   {op: 'forget', id, recording}                          -> {id}
// `batch` is aiterscope_trace::wire's encoding of what the recording gained since its last
// batch. The glue and the wasm are found next to this file (import.meta.url), so the worker
// works from any page that can load it.

import init, { WorkerRecordings } from './aiterscope-web-worker.js';

const ready = init({ module_or_path: new URL('aiterscope-web-worker_bg.wasm', import.meta.url) }).then(() => {
  const recordings = new WorkerRecordings();
  // The first Run should not pay for the engine's first compilation of the VM's hot paths.
  recordings.warm();
  return recordings;
});

self.onmessage = async (event) => {
  const message = event.data;
  const recordings = await ready;
  switch (message.op) {
    case 'load': {
      const error = recordings.load(message.recording, message.source, message.filename, message.budget);
      self.postMessage({ id: message.id, error });
      break;
    }
    case 'record': {
      const batch = recordings.record(message.recording, message.until, message.budgetMs);
      self.postMessage({ id: message.id, batch }, [batch.buffer]);
      break;
    }
    case 'forget':
      recordings.forget(message.recording);
      self.postMessage({ id: message.id });
      break;
    default:
      self.postMessage({ id: message.id, failure: `unknown request ${message.op}` });
  }
};
