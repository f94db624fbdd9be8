//! Collects the playground's style sheets for embeds: every `<link data-trunk rel="css">` of
//! index.html, in its order, concatenated into `$OUT_DIR/playground.css`. Embeds live in
//! shadow roots that see none of the page's styles, so they carry this text (see
//! src/embed/style.rs); reading the list from index.html keeps the two in step.

use std::env;
use std::fs;
use std::path::{Path, PathBuf};

fn main() {
    let manifest_dir = PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let root = manifest_dir.parent().expect("web/ sits in the workspace");
    let index = root.join("index.html");
    println!("cargo:rerun-if-changed={}", index.display());
    let html = fs::read_to_string(&index).unwrap_or_default();
    let mut css = String::new();
    for href in css_links(&html) {
        let path = root.join(&href);
        println!("cargo:rerun-if-changed={}", path.display());
        match fs::read_to_string(&path) {
            Ok(sheet) => {
                css.push_str(&format!("/* {href} */\n{sheet}\n"));
            }
            Err(error) => panic!("index.html links {href}, which cannot be read: {error}"),
        }
    }
    let out = Path::new(&env::var("OUT_DIR").expect("set by cargo")).join("playground.css");
    fs::write(out, css).expect("OUT_DIR is writable");
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
