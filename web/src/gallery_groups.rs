//! The example picker's groups: every gallery example under one heading, in a learning order.

use aiterscope_gallery::{Example, EXAMPLES};

/// A heading of the example picker and the ids listed under it.
pub struct GalleryGroup {
    /// The heading.
    pub label: &'static str,
    /// Example ids, in the order shown.
    pub ids: &'static [&'static str],
}

/// The groups, in the order the picker shows them.
pub const GROUPS: &[GalleryGroup] = &[
    GalleryGroup {
        label: "Basics: aiter() and anext()",
        ids: &[
            "async-gen-basic",
            "async-range",
            "manual-anext",
            "anext-default",
            "aiter-on-list",
            "athrow-aclose",
        ],
    },
    GalleryGroup {
        label: "Class-based async iterators",
        ids: &[
            "countdown",
            "async-counter-pitfall",
            "async-counter",
            "db-cursor",
            "rate-limited",
        ],
    },
    GalleryGroup {
        label: "Simulated I/O",
        ids: &[
            "async-fetcher",
            "fetch-pages",
            "paginated-api",
            "file-reader",
            "file-chunks",
        ],
    },
    GalleryGroup {
        label: "Queues and concurrency",
        ids: &[
            "queue-consumer",
            "event-listener",
            "merge-streams",
            "merge-streams-fixed",
            "gather-ties",
        ],
    },
    GalleryGroup {
        label: "What tutorials leave out",
        ids: &["not-parallel", "cleanup-after-break", "timeout"],
    },
];

/// The heading for examples no group lists (new ones added to the gallery later).
pub const OTHER_LABEL: &str = "More examples";

/// The groups with their examples resolved, plus [`OTHER_LABEL`] for any example that no group
/// names. Ids a group names but the gallery lacks are skipped.
pub fn grouped_examples() -> Vec<(&'static str, Vec<&'static Example>)> {
    let mut groups: Vec<(&'static str, Vec<&'static Example>)> = GROUPS
        .iter()
        .map(|group| {
            let examples = group
                .ids
                .iter()
                .filter_map(|id| aiterscope_gallery::find(id))
                .collect();
            (group.label, examples)
        })
        .collect();
    let others: Vec<&'static Example> = EXAMPLES
        .iter()
        .filter(|example| !GROUPS.iter().any(|g| g.ids.contains(&example.id)))
        .collect();
    if !others.is_empty() {
        groups.push((OTHER_LABEL, others));
    }
    groups.retain(|(_, examples)| !examples.is_empty());
    groups
}

/// Replaces Markdown code spans (`` `x` ``) by their text: for places that show plain text.
pub fn plain_text(markdown: &str) -> String {
    markdown.replace('`', "")
}

/// Splits text with Markdown code spans into `(is_code, text)` pieces.
pub fn code_spans(markdown: &str) -> Vec<(bool, &str)> {
    markdown
        .split('`')
        .enumerate()
        .filter(|(_, piece)| !piece.is_empty())
        .map(|(i, piece)| (i % 2 == 1, piece))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_example_is_listed_exactly_once_and_every_listed_id_exists() {
        let listed: Vec<&str> = GROUPS.iter().flat_map(|g| g.ids.iter().copied()).collect();
        for example in EXAMPLES {
            let times = listed.iter().filter(|id| **id == example.id).count();
            assert_eq!(times, 1, "{} is listed {times} times", example.id);
        }
        for id in &listed {
            assert!(aiterscope_gallery::find(id).is_some(), "unknown id {id}");
        }
        let total: usize = grouped_examples().iter().map(|(_, e)| e.len()).sum();
        assert_eq!(total, EXAMPLES.len());
    }

    #[test]
    fn code_spans_alternate() {
        assert_eq!(
            code_spans("call `anext` twice"),
            vec![(false, "call "), (true, "anext"), (false, " twice")]
        );
        assert_eq!(plain_text("`aiter()` on a list"), "aiter() on a list");
    }
}
