//! The HTML a tutorial author pastes to embed the current program: an `<iframe>` of
//! `embed.html`, or the `embed.js` script tag with an `<aiter-playground>` element.

/// The program an embed snippet shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SnippetProgram<'a> {
    /// A gallery example, by id.
    Example(&'a str),
    /// Program text, written inline.
    Source(&'a str),
}

/// The iframe form: `embed.html` with the link's hash, 600 × 420 px.
pub fn iframe_snippet(assets_base: &str, hash: &str) -> String {
    format!(
        "<iframe src=\"{}\" title=\"aiterscope playground\" width=\"600\" height=\"420\" \
         style=\"border: 0; max-width: 100%;\" loading=\"lazy\"></iframe>",
        escape_html(&format!("{assets_base}embed.html{hash}"))
    )
}

/// The script-tag form: load `embed.js` once per page, then one element per playground. Inline
/// code goes into a `<script type="text/python">` child (a `<pre>` if the code itself contains
/// `</script`), which pages can show without JavaScript.
pub fn script_snippet(assets_base: &str, program: SnippetProgram<'_>, step: usize) -> String {
    let loader = format!(
        "<script type=\"module\" src=\"{}\"></script>\n",
        escape_html(&format!("{assets_base}embed.js"))
    );
    let step_attribute = if step > 0 {
        format!(" step=\"{step}\"")
    } else {
        String::new()
    };
    let element = match program {
        SnippetProgram::Example(id) => format!(
            "<aiter-playground example=\"{}\"{step_attribute}></aiter-playground>",
            escape_html(id)
        ),
        SnippetProgram::Source(source) => {
            let source = source.trim_end_matches('\n');
            if source.to_ascii_lowercase().contains("</script") {
                format!(
                    "<aiter-playground{step_attribute}>\n<pre>\n{}\n</pre>\n</aiter-playground>",
                    escape_html(source)
                )
            } else {
                format!(
                    "<aiter-playground{step_attribute}>\n<script type=\"text/python\">\n{source}\n\
                     </script>\n</aiter-playground>"
                )
            }
        }
    };
    loader + &element
}

/// Escapes text for an HTML attribute value or element content.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_iframe_points_at_embed_html_with_the_hash() {
        assert_eq!(
            iframe_snippet("https://x.org/p/", "#example=countdown&step=3"),
            "<iframe src=\"https://x.org/p/embed.html#example=countdown&amp;step=3\" \
             title=\"aiterscope playground\" width=\"600\" height=\"420\" \
             style=\"border: 0; max-width: 100%;\" loading=\"lazy\"></iframe>"
        );
    }

    #[test]
    fn an_example_becomes_an_attribute() {
        assert_eq!(
            script_snippet("/p/", SnippetProgram::Example("countdown"), 4),
            "<script type=\"module\" src=\"/p/embed.js\"></script>\n\
             <aiter-playground example=\"countdown\" step=\"4\"></aiter-playground>"
        );
    }

    #[test]
    fn code_goes_into_a_python_script_child_or_an_escaped_pre() {
        let snippet = script_snippet("/p/", SnippetProgram::Source("print('<b>')\n"), 0);
        assert!(snippet.ends_with(
            "<aiter-playground>\n<script type=\"text/python\">\nprint('<b>')\n</script>\n\
             </aiter-playground>"
        ));
        let tricky = script_snippet("/p/", SnippetProgram::Source("s = '</script>'"), 2);
        assert!(
            tricky.contains("<aiter-playground step=\"2\">\n<pre>\ns = '&lt;/script&gt;'\n</pre>")
        );
    }
}
