// The playground's Python runtime in a Web Worker (module worker). The UI module
// (web/src/playback/worker_link.rs) sends requests; each is answered with the same `id`, in
// order (one reply, or for 'record' one or more parts):
//   {op: 'load', id, recording, source, filename, budget} -> {id, error?: [kind, msg, line, col]}
//   {op: 'record', id, recording, until, budgetMs, eventsPerBatch}
//                                                          -> {id, batch: Uint8Array (transferred), last}
//                                                             one or more, the final one with last: true
//   {op: 'forget', id, recording}                          -> {id}
// `batch` is aiterscope_trace::wire's encoding of what the recording gained since its last
// batch. A 'record' reply comes in parts of at most `eventsPerBatch` events, each posted as its
// own message, so the page appends each in a task of its own (issue 8: the page's tasks stay
// short however much one request recorded). The glue and the wasm are found next to this
// file (import.meta.url), so the worker works from any page that can load it.

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
      const batches = recordings.record(message.recording, message.until, message.budgetMs, message.eventsPerBatch);
      batches.forEach((batch, i) => {
        self.postMessage({ id: message.id, batch, last: i === batches.length - 1 }, [batch.buffer]);
      });
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
