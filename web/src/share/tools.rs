//! The Share and Embed buttons, their dialogs, and the notice that reports a bad link.
//!
//! On the full page Share copies a link to the current program and step; in an embed it is a
//! link that opens them in the full playground. Embed shows the two snippets (iframe and script
//! tag) for the current program.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::prelude::*;

use super::launch::{current_hash, ShareState};
use super::snippets::{iframe_snippet, script_snippet, SnippetProgram};
use super::{link_hash, parse_link, LinkProgram, LinkTarget};
use crate::app::Playground;
use crate::components::handlers::{handler, on_click};

#[wasm_bindgen(inline_js = r#"
export async function copy_text(text) {
  await navigator.clipboard.writeText(text);
}
"#)]
extern "C" {
    #[wasm_bindgen(catch)]
    async fn copy_text(text: &str) -> Result<JsValue, JsValue>;
}

/// What the Share dialog shows.
#[derive(Debug, Clone, PartialEq)]
struct SharedLink {
    link: String,
    copied: bool,
}

/// The two snippets of the Embed dialog.
#[derive(Debug, Clone, PartialEq)]
struct Snippets {
    iframe: String,
    script: String,
}

/// Share and Embed, for the header (or the compact bar of an embed).
#[component]
pub fn ShareTools() -> impl IntoView {
    let playground = expect_context::<Playground>();
    let state = expect_context::<ShareState>();
    let shared = RwSignal::new(None::<SharedLink>);
    let snippets = RwSignal::new(None::<Snippets>);

    // Each click closes what is open and shows a fresh result once it is computed.
    let on_share = move |_| {
        shared.set(None);
        snippets.set(None);
        spawn_local(async move {
            let Some(hash) = current_hash(playground).await else {
                return;
            };
            let link = format!("{}{hash}", state.playground_url.get_value());
            let copied = copy_text(&link).await.is_ok();
            shared.set(Some(SharedLink { link, copied }));
        });
    };
    let on_embed = move |_| {
        shared.set(None);
        snippets.set(None);
        spawn_local(async move {
            let Some(hash) = current_hash(playground).await else {
                return;
            };
            snippets.set(Some(snippets_for(
                &state.assets_base.get_value(),
                &hash,
                playground,
            )));
        });
    };
    // Until the tracked hash is first computed (it is debounced), an unchanged example links
    // by its id.
    let full_page_link = move || {
        let hash = state.hash.get().or_else(|| {
            let example = playground.example.get()?;
            let unchanged = playground.source.with(|source| *source == example.source);
            unchanged.then(|| link_hash(LinkTarget::Example(example.id), 0, &[]))
        });
        format!(
            "{}{}",
            state.playground_url.get_value(),
            hash.unwrap_or_default()
        )
    };

    let share = if state.embedded {
        view! {
            <a
                class="share-button"
                data-testid="share"
                href=full_page_link
                target="_blank"
                rel="noopener"
                title="Open this program at this step in the full playground (new tab)"
            >
                "Open in full playground ↗"
            </a>
        }
        .into_any()
    } else {
        view! {
            <button
                class="share-button"
                data-testid="share"
                title="Copy a link to this program at this step"
                on:click=on_click(on_share)
            >
                "Share"
            </button>
        }
        .into_any()
    };

    view! {
        <div class="share-tools">
            {share}
            <button
                class="share-button"
                data-testid="embed-button"
                title="HTML to embed this program in a tutorial page"
                on:click=on_click(on_embed)
            >
                "Embed"
            </button>
            <Show when=move || shared.with(Option::is_some)>
                <ShareDialog shared=shared/>
            </Show>
            <Show when=move || snippets.with(Option::is_some)>
                <EmbedDialog snippets=snippets/>
            </Show>
        </div>
    }
}

/// The snippets for the program behind `hash`.
fn snippets_for(assets_base: &str, hash: &str, playground: Playground) -> Snippets {
    let link = parse_link(hash);
    let step = link.step.unwrap_or(0);
    let source = playground.source.get_untracked();
    let program = match &link.program {
        Some(LinkProgram::Example(id)) => SnippetProgram::Example(id),
        _ => SnippetProgram::Source(&source),
    };
    Snippets {
        iframe: iframe_snippet(assets_base, hash),
        script: script_snippet(assets_base, program, step),
    }
}

/// The link Share made, and whether it reached the clipboard.
#[component]
fn ShareDialog(shared: RwSignal<Option<SharedLink>>) -> impl IntoView {
    let link = move || shared.with(|s| s.as_ref().map(|s| s.link.clone()).unwrap_or_default());
    let status = move || {
        if shared.with(|s| s.as_ref().is_some_and(|s| s.copied)) {
            "Link copied to the clipboard."
        } else {
            "Copy this link (the clipboard was not available):"
        }
    };
    view! {
        <div class="share-dialog" role="dialog" aria-label="Share link" data-testid="share-dialog"
            on:keydown=handler(move |event: leptos::ev::KeyboardEvent| if event.key() == "Escape" { shared.set(None) })>
            <p class="share-status" data-testid="share-status" role="status">{status}</p>
            <input class="share-link" data-testid="share-link" readonly=true prop:value=link
                aria-label="Link to this program"
                on:focus=handler(move |event| select_field(&event))/>
            <button class="share-close" on:click=on_click(move |_| shared.set(None))>"Close"</button>
        </div>
    }
}

/// Both embed snippets, each with a Copy button.
#[component]
fn EmbedDialog(snippets: RwSignal<Option<Snippets>>) -> impl IntoView {
    let iframe =
        move || snippets.with(|s| s.as_ref().map(|s| s.iframe.clone()).unwrap_or_default());
    let script =
        move || snippets.with(|s| s.as_ref().map(|s| s.script.clone()).unwrap_or_default());
    view! {
        <div class="share-dialog embed-dialog" role="dialog" aria-label="Embed this program"
            data-testid="embed-dialog"
            on:keydown=handler(move |event: leptos::ev::KeyboardEvent| if event.key() == "Escape" { snippets.set(None) })>
            <SnippetField label="As an iframe (any page, any host)" test_id="embed-iframe-snippet"
                text=Signal::derive(iframe) rows=3/>
            <SnippetField label="As a script tag (several playgrounds share one download)"
                test_id="embed-script-snippet" text=Signal::derive(script) rows=6/>
            <button class="share-close" on:click=on_click(move |_| snippets.set(None))>"Close"</button>
        </div>
    }
}

/// A labelled read-only snippet with a Copy button.
#[component]
fn SnippetField(
    label: &'static str,
    test_id: &'static str,
    text: Signal<String>,
    rows: u32,
) -> impl IntoView {
    let copied = RwSignal::new(false);
    let on_copy = move |_| {
        spawn_local(async move {
            let ok = copy_text(&text.get_untracked()).await.is_ok();
            copied.set(ok);
        });
    };
    view! {
        <label class="snippet">
            <span class="snippet-label">{label}</span>
            <textarea class="snippet-text" data-testid=test_id readonly=true rows=rows
                spellcheck="false" prop:value=move || text.get()
                on:focus=handler(move |event| select_field(&event))></textarea>
        </label>
        <button class="snippet-copy" on:click=on_click(on_copy)>
            {move || if copied.get() { "Copied" } else { "Copy" }}
        </button>
    }
}

/// Selects the whole text of the focused field (so Ctrl+C copies it).
fn select_field(event: &web_sys::FocusEvent) {
    let target = event.target();
    if let Some(input) = target
        .as_ref()
        .and_then(|t| t.dyn_ref::<web_sys::HtmlInputElement>())
    {
        input.select();
    } else if let Some(area) = target
        .as_ref()
        .and_then(|t| t.dyn_ref::<web_sys::HtmlTextAreaElement>())
    {
        area.select();
    }
}

/// The messages about a bad link or bad embed options, each dismissible; the playground below
/// keeps working.
#[component]
pub fn LinkNotice() -> impl IntoView {
    let state = expect_context::<ShareState>();
    view! {
        <Show when=move || state.notices.with(|n| !n.is_empty())>
            <div class="link-notice" role="alert" data-testid="link-notice">
                <ul>
                    {move || {
                        state
                            .notices
                            .get()
                            .into_iter()
                            .map(|message| view! { <li>{message}</li> })
                            .collect_view()
                    }}
                </ul>
                <button class="link-notice-close" aria-label="Dismiss"
                    on:click=on_click(move |_| state.notices.set(Vec::new()))>"×"</button>
            </div>
        </Show>
    }
}
