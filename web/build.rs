//! Lists the playground's style sheets for embeds: the file names of every
//! `<link data-trunk rel="css">` of index.html, in its order, as `$OUT_DIR/sheets.rs`. Embeds
//! live in shadow roots that see none of the page's styles, so they fetch these files from the
//! playground's folder and put their text inside each embed (see src/embed/style.rs); reading
//! the list from index.html keeps the two in step. The sheets are not compiled into the wasm
//! (issue 8, bundle size).

use std::env;
use std::fs;
use std::path::{Path, PathBuf};

fn main() {
    let manifest_dir = PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let root = manifest_dir.parent().expect("web/ sits in the workspace");
    let index = root.join("index.html");
    println!("cargo:rerun-if-changed={}", index.display());
    let html = fs::read_to_string(&index).unwrap_or_default();
    let mut names = Vec::new();
    for href in css_links(&html) {
        let path = root.join(&href);
        if !path.is_file() {
            panic!("index.html links {href}, which is not a file");
        }
        // Trunk writes each sheet to dist/ under its own file name (Trunk.toml: no hashes).
        let name = Path::new(&href)
            .file_name()
            .expect("a file")
            .to_string_lossy();
        names.push(format!("{name:?}"));
    }
    let out = Path::new(&env::var("OUT_DIR").expect("set by cargo")).join("sheets.rs");
    let list = format!(
        "/// The playground's style sheets, in the order index.html links them.\n\
         pub const PLAYGROUND_SHEETS: &[&str] = &[{}];\n",
        names.join(", ")
    );
    fs::write(out, list).expect("OUT_DIR is writable");
}

/// The `href`s of the `<link … rel="css" …>` tags that Trunk processes, in document order.
fn css_links(html: &str) -> Vec<String> {
    html.split("<link")
        .skip(1)
        .filter_map(|tag| {
            let tag = &tag[..tag.find('>')?];
            let is_trunk_css = tag.contains("data-trunk") && attribute(tag, "rel")? == "css";
            is_trunk_css.then(|| attribute(tag, "href")).flatten()
        })
        .collect()
}

/// The value of `name="…"` in a tag's text.
fn attribute(tag: &str, name: &str) -> Option<String> {
    let mut rest = tag;
    while let Some(at) = rest.find(name) {
        let before_ok = at == 0 || rest.as_bytes()[at - 1].is_ascii_whitespace();
        let after = rest[at + name.len()..].trim_start();
        if before_ok {
            if let Some(value) = after.strip_prefix('=') {
                let value = value.trim_start().strip_prefix('"')?;
                return Some(value[..value.find('"')?].to_string());
            }
        }
        rest = &rest[at + name.len()..];
    }
    None
}
