//! The playground: the page layout and the state every component shares.
//!
//! The UI is a function of `(trace, cursor)`: components derive what they show with memos
//! over [`SessionHandle`]'s signals. Commands (buttons, shortcuts, the scrubber, timeline
//! clicks) go through [`Playground::dispatch`] / [`Playground::jump`].

use aiterscope_gallery::Example;
use aiterscope_trace::{StepState, Trace};
use leptos::prelude::*;

use crate::components::announcer::StepAnnouncer;
use crate::components::console::ConsolePanel;
use crate::components::controls::Controls;
use crate::components::editor::{Editor, ErrorMarker, TaskLineMarker};
use crate::components::error_panel::ErrorPanel;
use crate::components::event_loop_panel::EventLoopPanel;
use crate::components::example_info::ExampleInfo;
use crate::components::handlers::{handler, on_click};
use crate::components::header::SiteHeader;
use crate::components::help::HelpDialog;
use crate::components::iterator_panel::IteratorPanel;
use crate::components::timeline::{Timeline, TimelineSource};
use crate::format::syntax_error_report;
use crate::playback::{worker_link, Driver, Loaded, SessionHandle, Target, TraceIndex};
use crate::shortcuts::{command_for, Command, KeyPress};
use crate::traceback::error_marker;
use crate::url;

/// The file name tracebacks show for the program in the editor.
pub const PLAYGROUND_FILENAME: &str = "main.py";
/// Events a run may record before it is stopped (an endless program stops here).
pub const EVENT_BUDGET: usize = 1_000_000;

/// How a playground instance behaves on its page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PlaygroundConfig {
    /// The gallery example to open (the URL hash wins when `use_url_hash` is set); the first
    /// example when `None`.
    pub example: Option<String>,
    /// Read `#example=ID` on start and write it when an example is chosen (the full page;
    /// embeds leave the host page's URL alone).
    pub use_url_hash: bool,
    /// Listen for shortcuts on the whole window (the full page); otherwise only while the
    /// focus is inside the playground.
    pub window_shortcuts: bool,
    /// What an embed opens beyond `example` (program, step, autoplay, read-only; issue 7).
    pub launch: crate::share::launch::LaunchRequest,
}

/// A program that failed to compile: CPython's report and where to mark it.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadError {
    /// The program that failed to compile.
    pub source: String,
    /// The report as CPython prints it (location, line, caret, `Kind: message`).
    pub report: String,
    /// Where to mark the editor.
    pub marker: ErrorMarker,
}

/// Everything the playground's components share (a `Copy` handle, given by context).
#[derive(Clone, Copy)]
pub struct Playground {
    /// The editor's text.
    pub source: RwSignal<String>,
    /// The loaded program.
    pub session: SessionHandle,
    /// Moves the cursor, recording more of the run as needed.
    pub driver: Driver,
    /// The compile error of the last load, if it failed.
    pub load_error: RwSignal<Option<LoadError>>,
    /// The gallery example in the editor (`None` once the program was replaced).
    pub example: RwSignal<Option<&'static Example>>,
    /// True while playing.
    pub playing: RwSignal<bool>,
    /// Playing speed, in steps per second.
    pub speed: RwSignal<u32>,
    /// The shortcut help is open.
    pub help_open: RwSignal<bool>,
    /// The iterator the iterator panel shows (`None`: the most recently active one).
    pub selected_iterator: RwSignal<Option<u32>>,
    /// The state at the cursor (`None` while nothing is loaded).
    pub state: Memo<Option<StepState>>,
    /// Writes `#example=ID` to the URL.
    use_url_hash: bool,
}

impl Playground {
    fn new(config: &PlaygroundConfig) -> Self {
        let session = SessionHandle::default();
        let state = Memo::new(move |_| {
            session.generation().track();
            session.cursor().track();
            session.with_trace(Trace::state)
        });
        Playground {
            source: RwSignal::new(String::new()),
            session,
            driver: Driver::new(session),
            load_error: RwSignal::new(None),
            example: RwSignal::new(None),
            playing: RwSignal::new(false),
            speed: RwSignal::new(10),
            help_open: RwSignal::new(false),
            selected_iterator: RwSignal::new(None),
            state,
            use_url_hash: config.use_url_hash,
        }
    }

    /// Loads the editor's program: the runtime's worker compiles it and the cursor goes to
    /// step 0 once its first events arrive. A compile error, when the worker reports it,
    /// unloads the program and is shown in the error panel and marked in the editor; until
    /// then the program counts as loaded (commands given meanwhile wait for the worker and
    /// end with the error).
    pub fn load(&self) {
        self.driver.cancel();
        let source = self.source.get_untracked();
        let recording = worker_link::new_recording_id();
        self.session.replace(Some(Loaded {
            recording,
            trace: Trace::default(),
            index: TraceIndex::default(),
            source: source.clone(),
            event_budget: EVENT_BUDGET,
        }));
        self.load_error.set(None);
        let (session, load_error) = (self.session, self.load_error);
        let program = source.clone();
        worker_link::load(
            recording,
            &program,
            PLAYGROUND_FILENAME,
            EVENT_BUDGET,
            move |result| {
                let current = session.with_loaded(|l| l.recording) == Some(recording);
                if let (Err(error), true) = (result, current) {
                    session.replace(None);
                    load_error.set(Some(LoadError {
                        source: source.clone(),
                        report: syntax_error_report(&error, &source, PLAYGROUND_FILENAME),
                        marker: ErrorMarker {
                            line: error.line as usize,
                            message: format!("{}: {}", error.kind, error.msg),
                        },
                    }));
                }
            },
        );
        self.driver.go(Target::Step(0));
    }

    /// Loads the editor's text unless it is loaded already. False when that text failed to
    /// compile (its error is shown; loading it again would only report it again).
    fn ensure_loaded(&self) -> bool {
        let source = self.source.get_untracked();
        if self.session.with_loaded(|l| l.source == source) == Some(true) {
            return true;
        }
        let failed = self
            .load_error
            .with_untracked(|e| e.as_ref().is_some_and(|e| e.source == source));
        if !failed {
            self.load();
        }
        !failed
    }

    /// True when the editor's text differs from the loaded program.
    pub fn is_edited(&self) -> bool {
        let edited = self.source.with(|source| {
            self.session.generation().track();
            self.session.with_loaded(|l| l.source != *source)
        });
        edited.unwrap_or(self.load_error.with(Option::is_none))
    }

    /// True while the editor holds `example`'s own program, unedited (tracks the editor).
    pub fn holds_program_of(&self, example: &Example) -> bool {
        self.source.with(|source| source == example.source)
    }

    /// Opens a gallery example: its program goes into the editor and is loaded at step 0.
    pub fn open_example(&self, example: &'static Example) {
        self.playing.set(false);
        self.example.set(Some(example));
        self.selected_iterator.set(None);
        self.source.set(example.source.to_string());
        if self.use_url_hash {
            url::replace_hash(&url::example_hash(example.id));
        }
        self.load();
    }

    /// Moves the cursor to `step` (a scrubber move or a timeline click).
    pub fn jump(&self, step: usize) {
        self.playing.set(false);
        if self.ensure_loaded() {
            self.driver.go(Target::Step(step));
        }
    }

    /// Carries out a command.
    pub fn dispatch(&self, command: Command) {
        // Steps count from where a command still waiting for the worker is going.
        let cursor = self
            .driver
            .pending_step()
            .unwrap_or_else(|| self.session.cursor().get_untracked());
        if !matches!(command, Command::TogglePlay | Command::ToggleHelp) {
            self.playing.set(false);
        }
        match command {
            Command::Run => {
                self.load();
                self.driver.go(Target::End);
            }
            Command::Reset => {
                self.load();
            }
            Command::ToggleHelp => self.help_open.update(|open| *open = !*open),
            Command::TogglePlay => {
                if self.playing.get_untracked() {
                    self.playing.set(false);
                } else if self.ensure_loaded() {
                    if self.at_last_step() {
                        self.driver.go(Target::Step(0));
                    }
                    self.playing.set(true);
                }
            }
            _ if !self.ensure_loaded() => {}
            Command::StepForward => self.driver.go(Target::Step(cursor + 1)),
            Command::StepBack => self.driver.go(Target::Step(cursor.saturating_sub(1))),
            Command::NextAnext => self.driver.go(Target::NextAnext { skip: 0 }),
            Command::PrevAnext => {
                let step = self
                    .session
                    .with_loaded(|l| l.index.last_outcome_before(cursor).map(|o| o.step))
                    .flatten()
                    .unwrap_or(0);
                self.driver.go(Target::Step(step));
            }
            Command::RunToEnd => self.driver.go(Target::End),
        }
    }

    /// True at the last step of a finished run.
    pub fn at_last_step(&self) -> bool {
        self.session.is_finished().get_untracked()
            && self.session.cursor().get_untracked() + 1 >= self.session.len().get_untracked()
    }

    /// One tick of playing: a step forward, or stop at the end.
    fn play_tick(&self) {
        if self.driver.busy().get_untracked() {
            return;
        }
        if self.at_last_step() || !self.session.is_loaded() {
            self.playing.set(false);
            return;
        }
        let cursor = self.session.cursor().get_untracked();
        self.driver.go(Target::Step(cursor + 1));
    }
}

impl TimelineSource for SessionHandle {
    fn with_trace<R>(&self, read: impl FnOnce(&Trace) -> R) -> Option<R> {
        SessionHandle::with_trace(self, read)
    }
    fn generation(&self) -> Signal<u64> {
        SessionHandle::generation(self)
    }
    fn log_len(&self) -> Signal<usize> {
        SessionHandle::len(self)
    }
    fn cursor(&self) -> Signal<usize> {
        SessionHandle::cursor(self)
    }
}

/// The lines where tasks are at the cursor: the running task's line strongest.
fn task_line_markers(state: &StepState) -> Vec<TaskLineMarker> {
    state
        .tasks
        .iter()
        .filter(|task| task.result.is_none())
        .filter_map(|task| {
            let frame = task.frames.last()?;
            let strength = if task.name == state.task { 1.0 } else { 0.4 };
            (frame.line > 0).then_some(TaskLineMarker {
                line: frame.line as usize,
                strength,
            })
        })
        .collect()
}

/// The playground page.
#[component]
pub fn App(
    /// How this instance behaves on its page.
    #[prop(optional)]
    config: PlaygroundConfig,
) -> impl IntoView {
    let playground = Playground::new(&config);
    provide_context(playground);

    let start_id = if config.use_url_hash {
        url::parse_hash(&url::read_hash()).example
    } else {
        None
    }
    .or(config.example.clone());
    let start = start_id
        .as_deref()
        .and_then(aiterscope_gallery::find)
        .unwrap_or(&aiterscope_gallery::EXAMPLES[0]);
    // Issue 7: read a share link / the embed's options before the start example rewrites the hash.
    let launch = crate::share::launch::Launch::prepare(&config);
    playground.open_example(start);
    launch.apply(playground);

    if config.use_url_hash {
        let listener = window_event_listener(leptos::ev::hashchange, move |_| {
            let wanted = url::parse_hash(&url::read_hash()).example;
            let current = playground.example.get_untracked().map(|e| e.id);
            if let Some(example) = wanted.as_deref().and_then(aiterscope_gallery::find) {
                if current != Some(example.id) {
                    playground.open_example(example);
                }
            }
        });
        on_cleanup(move || listener.remove());
    }

    // Playing: one step per tick at the chosen speed.
    let ticker = StoredValue::new_local(None::<IntervalHandle>);
    Effect::new(move |_| {
        let playing = playground.playing.get();
        let speed = playground.speed.get().max(1);
        if let Some(handle) = ticker.get_value() {
            handle.clear();
        }
        ticker.set_value(None);
        if playing {
            let period = std::time::Duration::from_millis(1000 / u64::from(speed));
            if let Ok(handle) = set_interval_with_handle(move || playground.play_tick(), period) {
                ticker.set_value(Some(handle));
            }
        }
    });
    on_cleanup(move || {
        if let Some(handle) = ticker.try_get_value().flatten() {
            handle.clear();
        }
    });

    let on_key = move |event: web_sys::KeyboardEvent| {
        let key = event.key();
        if let Some(command) = command_for(key_press(&event, &key)) {
            event.prevent_default();
            playground.dispatch(command);
        }
    };
    if config.window_shortcuts {
        let listener = window_event_listener(leptos::ev::keydown, on_key);
        on_cleanup(move || listener.remove());
    }
    let window_shortcuts = config.window_shortcuts;

    // Memos, so the editor redraws its markers only when a marked line changes.
    let task_lines = Memo::new(move |_| {
        playground
            .state
            .with(|state| state.as_ref().map(task_line_markers).unwrap_or_default())
    });
    let error = Memo::new(move |_| {
        if let Some(error) = playground.load_error.get() {
            return Some(error.marker);
        }
        playground.state.with(|state| {
            let end = state.as_ref()?.end.as_ref()?;
            error_marker(&end.message, PLAYGROUND_FILENAME)
        })
    });

    view! {
        <div
            class="playground"
            on:keydown=handler(move |event| {
                if !window_shortcuts {
                    on_key(event)
                }
            })
        >
            <SiteHeader/>
            <crate::share::tools::LinkNotice/>
            <ExampleInfo/>
            <div class="workspace">
                <section class="pane editor-pane" aria-label="Program">
                    <div class="pane-toolbar">
                        <h2 class="pane-title">{PLAYGROUND_FILENAME}</h2>
                        <Show when=move || playground.is_edited()>
                            <span class="edited-note">"edited: the next step reloads it"</span>
                        </Show>
                        <button
                            class="run-button"
                            data-testid="run"
                            title="Load the program and run it to the end (Ctrl+Enter)"
                            on:click=on_click(move |_| playground.dispatch(Command::Run))
                        >
                            <span aria-hidden="true">"▶"</span>
                            " Run"
                        </button>
                    </div>
                    <Editor value=playground.source task_lines=task_lines error=error
                        readonly=config.launch.readonly/>
                </section>
                <div class="side-panels">
                    <ErrorPanel/>
                    <ConsolePanel/>
                </div>
            </div>
            <Controls/>
            <StepAnnouncer/>
            <section class="pane timeline-pane" aria-label="Timeline">
                // A fresh timeline for every loaded program (nothing of the old run's marks
                // survives into the new one).
                {move || {
                    playground.session.generation().track();
                    view! {
                        <Timeline
                            source=playground.session
                            on_jump=Callback::new(move |step| playground.jump(step))
                            on_select_iterator=Callback::new(move |id| {
                                playground.selected_iterator.set(Some(id))
                            })
                        />
                    }
                }}
            </section>
            <div class="state-panels">
                <IteratorPanel/>
                <EventLoopPanel/>
            </div>
            <HelpDialog/>
        </div>
    }
}

/// Reads a key event (whose `key()` is `key`) for [`command_for`].
fn key_press<'a>(event: &web_sys::KeyboardEvent, key: &'a str) -> KeyPress<'a> {
    use wasm_bindgen::JsCast;
    let target = event
        .composed_path()
        .get(0)
        .dyn_into::<web_sys::Element>()
        .ok();
    let tag = target
        .as_ref()
        .map(|element| element.tag_name().to_ascii_lowercase())
        .unwrap_or_default();
    let input_type = target
        .as_ref()
        .and_then(|element| element.get_attribute("type"))
        .unwrap_or_default();
    // Fields that use letters or arrow keys themselves (the scrubber's arrows move it).
    let in_text_field = matches!(tag.as_str(), "textarea" | "select")
        || (tag == "input" && !matches!(input_type.as_str(), "checkbox" | "button"));
    let on_control = matches!(tag.as_str(), "button" | "summary" | "a");
    KeyPress {
        key,
        shift: event.shift_key(),
        ctrl: event.ctrl_key() || event.meta_key(),
        alt: event.alt_key(),
        in_text_field,
        on_control,
    }
}
