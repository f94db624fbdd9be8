//! Opening a playground from a link or an embed's options, and keeping the link in step with it.
//!
//! [`Launch::prepare`] runs inside the playground's `App` before it opens its start example
//! (which rewrites the hash), reads what the page asks for and provides the [`ShareState`]
//! context; [`Launch::apply`] then opens the program, moves to the step, starts playing if
//! asked, and from then on keeps [`ShareState::hash`] (and, on the full page, the address bar)
//! describing the program and the step on screen.

use std::time::Duration;

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::{compression, link_hash, parse_link, LinkProblem, LinkProgram, LinkTarget};
use crate::app::{Playground, PlaygroundConfig};
use crate::url;

/// How long the program and the step must stay still before the link is rewritten.
const LINK_DEBOUNCE: Duration = Duration::from_millis(250);

/// The program a playground should open instead of its start example.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LaunchProgram {
    /// Program text (an embed's inline code).
    Source(String),
    /// A link's compressed program (decompressed in the browser).
    Compressed(Vec<u8>),
}

/// What an embed asks for beyond `PlaygroundConfig::example` (the full page reads its own
/// hash instead).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LaunchRequest {
    /// A program that wins over the example.
    pub program: Option<LaunchProgram>,
    /// The step to show once the program is loaded.
    pub step: Option<usize>,
    /// Start playing once the program is loaded.
    pub autoplay: bool,
    /// The editor does not accept changes.
    pub readonly: bool,
    /// Set in embeds: where the playground's files are hosted (`…/` holding `index.html`,
    /// `embed.html`, `embed.js`). Share then links to the full page there.
    pub embedded_from: Option<String>,
    /// Messages about the embed's options or link to show above the playground.
    pub problems: Vec<String>,
}

/// Link state shared with the Share and Embed tools (context of one playground instance).
#[derive(Clone, Copy)]
pub struct ShareState {
    /// The hash describing what is on screen (`None` until first computed).
    pub hash: RwSignal<Option<String>>,
    /// Messages about the link or the embed's options (shown by [`LinkNotice`]).
    pub notices: RwSignal<Vec<String>>,
    /// The URL of the full playground page (without hash).
    pub playground_url: StoredValue<String>,
    /// The folder the playground's files are served from (ends with `/`).
    pub assets_base: StoredValue<String>,
    /// True in an embed (Share links to the full page instead of copying).
    pub embedded: bool,
    /// True when the editor does not accept changes.
    pub readonly: bool,
}

/// A playground's start, prepared before the `App` opens its example.
pub struct Launch {
    request: LaunchRequest,
    state: ShareState,
    use_url_hash: bool,
}

impl Launch {
    /// Reads what this playground should open (the page's hash on the full page, `config.launch`
    /// in embeds) and provides [`ShareState`] to the components. Call it before opening the
    /// start example.
    pub fn prepare(config: &PlaygroundConfig) -> Launch {
        let mut request = config.launch.clone();
        let mut notices = std::mem::take(&mut request.problems);
        if config.use_url_hash {
            let link = parse_link(&url::read_hash());
            notices.extend(link.problems.iter().map(LinkProblem::to_string));
            request.step = link.step;
            match link.program {
                Some(LinkProgram::Code(bytes)) => {
                    request.program = Some(LaunchProgram::Compressed(bytes))
                }
                Some(LinkProgram::Example(id)) => notices.extend(unknown_example(&id)),
                None => {}
            }
        } else if request.program.is_none() {
            notices.extend(config.example.as_deref().and_then(unknown_example));
        }
        let page = page_url();
        let assets_base = request
            .embedded_from
            .clone()
            .unwrap_or_else(|| folder_of(&page));
        // The runtime's worker is loaded from the same folder (first playground of the page).
        crate::playback::worker_link::use_base(&assets_base);
        let playground_url = match &request.embedded_from {
            Some(base) => format!("{base}index.html"),
            None => page,
        };
        let state = ShareState {
            hash: RwSignal::new(None),
            notices: RwSignal::new(notices),
            playground_url: StoredValue::new(playground_url),
            assets_base: StoredValue::new(assets_base),
            embedded: request.embedded_from.is_some(),
            readonly: request.readonly,
        };
        provide_context(state);
        Launch {
            request,
            state,
            use_url_hash: config.use_url_hash,
        }
    }

    /// Opens the requested program (after the start example the `App` opened), moves to the
    /// step and starts playing if asked; then keeps the link up to date.
    pub fn apply(self, playground: Playground) {
        let Launch {
            request,
            state,
            use_url_hash,
        } = self;
        let finish = move || {
            if let Some(step) = request.step {
                playground.jump(step);
            }
            if request.autoplay && !playground.playing.get_untracked() {
                playground.dispatch(crate::shortcuts::Command::TogglePlay);
            }
            track_link(playground, state, use_url_hash);
        };
        match request.program.clone() {
            Some(LaunchProgram::Source(source)) => {
                open_source(playground, source);
                finish();
            }
            Some(LaunchProgram::Compressed(bytes)) => spawn_local(async move {
                match compression::decompress(&bytes).await {
                    Ok(source) => open_source(playground, source),
                    Err(problem) => state.notices.update(|n| n.push(problem.to_string())),
                }
                finish();
            }),
            None => finish(),
        }
        if use_url_hash {
            listen_for_links(playground, state);
        }
    }
}

/// Replaces the editor's program by `source` and loads it at step 0.
pub fn open_source(playground: Playground, source: String) {
    playground.playing.set(false);
    playground.selected_iterator.set(None);
    playground.example.set(None);
    playground.source.set(source);
    playground.load();
}

/// The message for an example id the gallery does not have.
fn unknown_example(id: &str) -> Option<String> {
    aiterscope_gallery::find(id).is_none().then(|| {
        format!(
            "{} Showing the default example.",
            LinkProblem::UnknownExample(id.into())
        )
    })
}

/// Opens links pasted into the address bar of the full page (`hashchange`).
fn listen_for_links(playground: Playground, state: ShareState) {
    let listener = window_event_listener(leptos::ev::hashchange, move |_| {
        let hash = url::read_hash();
        if state.hash.get_untracked().as_deref() == Some(hash.as_str()) {
            return;
        }
        let link = parse_link(&hash);
        state
            .notices
            .set(link.problems.iter().map(LinkProblem::to_string).collect());
        let step = link.step;
        match link.program {
            Some(LinkProgram::Example(id)) => match aiterscope_gallery::find(&id) {
                Some(example) => {
                    if playground.example.get_untracked().map(|e| e.id) != Some(example.id) {
                        playground.open_example(example);
                    }
                    playground.jump(step.unwrap_or(0));
                }
                None => state.notices.update(|n| n.extend(unknown_example(&id))),
            },
            Some(LinkProgram::Code(bytes)) => spawn_local(async move {
                match compression::decompress(&bytes).await {
                    Ok(source) => {
                        open_source(playground, source);
                        playground.jump(step.unwrap_or(0));
                    }
                    Err(problem) => state.notices.update(|n| n.push(problem.to_string())),
                }
            }),
            None => {
                if let Some(step) = step {
                    playground.jump(step);
                }
            }
        }
    });
    on_cleanup(move || listener.remove());
}

/// What the link should describe now: the program (an unchanged example by id) and the step
/// (0 while the editor holds changes not loaded yet).
fn current_program(playground: Playground) -> (Option<&'static str>, String, usize) {
    let source = playground.source.get();
    let example = playground.example.get();
    let cursor = playground.session.cursor().get();
    let edited = playground.is_edited();
    let id = example.filter(|e| e.source == source).map(|e| e.id);
    (id, source, if edited { 0 } else { cursor })
}

/// The hash for a program and step (compressing the program unless it is an example).
pub async fn hash_for(id: Option<&'static str>, source: &str, step: usize) -> Option<String> {
    match id {
        Some(id) => Some(link_hash(LinkTarget::Example(id), step, &[])),
        None => {
            let compressed = compression::compress(source).await.ok()?;
            Some(link_hash(LinkTarget::Code(&compressed), step, &[]))
        }
    }
}

/// The hash for what is on screen right now (for the Share button: no debounce).
pub async fn current_hash(playground: Playground) -> Option<String> {
    let (id, source, step) = untrack(|| current_program(playground));
    hash_for(id, &source, step).await
}

/// Keeps `state.hash` (and on the full page the address bar) describing the program and the
/// step, rewritten once they have been still for [`LINK_DEBOUNCE`].
fn track_link(playground: Playground, state: ShareState, write_url: bool) {
    let generation = StoredValue::new(0_u64);
    Effect::new(move |_| {
        let (id, source, step) = current_program(playground);
        generation.update_value(|g| *g += 1);
        let mine = generation.get_value();
        set_timeout(
            move || {
                if generation.try_get_value() != Some(mine) {
                    return;
                }
                spawn_local(async move {
                    let Some(hash) = hash_for(id, &source, step).await else {
                        return;
                    };
                    if generation.try_get_value() != Some(mine) {
                        return;
                    }
                    if write_url {
                        url::replace_hash(&hash);
                    }
                    state.hash.set(Some(hash));
                });
            },
            LINK_DEBOUNCE,
        );
    });
}

/// The page's URL without its hash.
fn page_url() -> String {
    let href = web_sys::window()
        .and_then(|window| window.location().href().ok())
        .unwrap_or_default();
    match href.split_once('#') {
        Some((page, _)) => page.to_string(),
        None => href,
    }
}

/// The folder part of a URL (up to and including the last `/` before any query).
pub fn folder_of(url: &str) -> String {
    let without_query = url.split(['?', '#']).next().unwrap_or(url);
    match without_query.rfind('/') {
        Some(at) => without_query[..=at].to_string(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::folder_of;

    #[test]
    fn the_folder_of_a_page() {
        assert_eq!(
            folder_of("http://h:1/a/b/index.html?x=1#y"),
            "http://h:1/a/b/"
        );
        assert_eq!(folder_of("http://h:1/"), "http://h:1/");
        assert_eq!(
            folder_of("http://h:1/docs/tutorial.html"),
            "http://h:1/docs/"
        );
    }
}
