//! [`SessionHandle`]: the loaded program's trace in a local store, plus the signals components
//! track.

use aiterscope_trace::Trace;
use leptos::prelude::*;

use super::index::TraceIndex;

/// A loaded program: its recorded run, the index of its log, and the source it was loaded from.
pub struct Loaded {
    /// The id of its recording in the runtime's worker.
    pub recording: u32,
    /// What the worker recorded so far, with the cursor (see `aiterscope_trace::Trace`).
    pub trace: Trace,
    /// Lookups over the log, extended as the log grows.
    pub index: TraceIndex,
    /// The program text the worker runs.
    pub source: String,
    /// The most events the worker records for it (its run stops there).
    pub event_budget: usize,
}

/// The loaded program the page shows. Copy it freely: it is a handle to reactive storage.
///
/// The trace itself is not reactive (it is big and not `Send`); components read it with
/// [`SessionHandle::with_trace`] inside a memo that tracks [`SessionHandle::generation`]
/// (a new program was loaded), [`SessionHandle::len`] (more events were recorded) and/or
/// [`SessionHandle::cursor`] (the current step moved).
#[derive(Clone, Copy)]
pub struct SessionHandle {
    loaded: StoredValue<Option<Loaded>, LocalStorage>,
    generation: RwSignal<u64>,
    len: RwSignal<usize>,
    finished: RwSignal<bool>,
    cursor: RwSignal<usize>,
}

impl Default for SessionHandle {
    fn default() -> Self {
        SessionHandle {
            loaded: StoredValue::new_local(None),
            generation: RwSignal::new(0),
            len: RwSignal::new(0),
            finished: RwSignal::new(false),
            cursor: RwSignal::new(0),
        }
    }
}

impl SessionHandle {
    /// Reads the trace (untracked: track the signals below to re-run on changes).
    /// `None` while no program is loaded (before the first load, or after a syntax error).
    pub fn with_trace<R>(&self, read: impl FnOnce(&Trace) -> R) -> Option<R> {
        self.loaded
            .try_with_value(|loaded| loaded.as_ref().map(|l| read(&l.trace)))
            .flatten()
    }

    /// Reads the loaded program with its index (untracked).
    pub fn with_loaded<R>(&self, read: impl FnOnce(&Loaded) -> R) -> Option<R> {
        self.loaded
            .try_with_value(|loaded| loaded.as_ref().map(read))
            .flatten()
    }

    /// Bumped every time a program is loaded (or unloaded): everything derived from the old
    /// program is stale.
    pub fn generation(&self) -> Signal<u64> {
        self.generation.into()
    }

    /// The number of events received so far (grows while the worker records).
    pub fn len(&self) -> Signal<usize> {
        self.len.into()
    }

    /// True once the run ended and every step is recorded.
    pub fn is_finished(&self) -> Signal<bool> {
        self.finished.into()
    }

    /// The current step (the index of the current event).
    pub fn cursor(&self) -> Signal<usize> {
        self.cursor.into()
    }

    /// True while a program is loaded.
    pub fn is_loaded(&self) -> bool {
        self.with_loaded(|_| ()).is_some()
    }

    /// Replaces the loaded program (or unloads it with `None`); the worker forgets the old
    /// program's recording.
    pub fn replace(&self, loaded: Option<Loaded>) {
        let old = self
            .loaded
            .try_update_value(|current| std::mem::replace(current, loaded))
            .flatten();
        if let Some(old) = old {
            super::worker_link::forget(old.recording);
        }
        self.generation.update(|g| *g += 1);
        self.sync();
    }

    /// Changes the loaded program (moves the cursor, records more events...), then updates
    /// the signals that changed. `None` when nothing is loaded.
    pub fn update<R>(&self, change: impl FnOnce(&mut Loaded) -> R) -> Option<R> {
        let result = self
            .loaded
            .try_update_value(|loaded| loaded.as_mut().map(change))
            .flatten();
        self.sync();
        result
    }

    /// Brings `len`, `finished` and `cursor` in line with the trace, notifying only the
    /// signals whose value changed.
    fn sync(&self) {
        let (len, finished, cursor) = self
            .with_trace(|t| (t.len(), t.is_finished(), t.cursor()))
            .unwrap_or((0, false, 0));
        set_if_changed(self.len, len);
        set_if_changed(self.finished, finished);
        set_if_changed(self.cursor, cursor);
    }
}

fn set_if_changed<T: PartialEq + Send + Sync + 'static>(signal: RwSignal<T>, value: T) {
    if signal.with_untracked(|current| *current != value) {
        signal.set(value);
    }
}
