//! Checks on the gallery: the id list, the files behind every example, that every source
//! parses, and (through the `KNOWN_FAILURES` ratchet) that the runtime reproduces the output
//! CPython 3.12 gives for each example.
//!
//! `crates/gallery/KNOWN_FAILURES` lists examples the runtime does not reproduce yet: a listed
//! example that fails is tolerated and reported, a listed example that passes fails the test
//! (remove it from the list). `AITERSCOPE_UPDATE_KNOWN_FAILURES=1` rewrites the list from the
//! current results.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};

use aiterscope_gallery::{find, Example, EXAMPLES};
use aiterscope_runtime::{run_program, RunConfig, RunResult};

/// The ids the playground's issues require (they appear in URLs as `#example=ID`).
const REQUIRED_IDS: &[&str] = &[
    "async-gen-basic",
    "async-range",
    "manual-anext",
    "anext-default",
    "aiter-on-list",
    "queue-consumer",
    "async-counter-pitfall",
    "async-counter",
    "async-fetcher",
    "file-reader",
    "rate-limited",
    "countdown",
    "fetch-pages",
    "event-listener",
    "db-cursor",
    "merge-streams",
    "merge-streams-fixed",
    "not-parallel",
    "cleanup-after-break",
    "timeout",
];

/// The gallery's further ids; removing or renaming one breaks links, so they are pinned too.
const EXTRA_IDS: &[&str] = &[
    "file-chunks",
    "gather-ties",
    "athrow-aclose",
    "paginated-api",
];

/// The file name the programs run under, as in the playground.
const PLAYGROUND_FILENAME: &str = "<playground>";
/// Step budget per example, so a runtime bug that loops forever fails instead of hanging.
const STEP_BUDGET: u64 = 50_000_000;
/// Stack size of the thread running an example (the parser is recursive descent).
const RUNNER_STACK_BYTES: usize = 64 * 1024 * 1024;

fn gallery_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn ids_are_unique_and_match_the_required_list() {
    let ids: Vec<&str> = EXAMPLES.iter().map(|e| e.id).collect();
    let unique: BTreeSet<&str> = ids.iter().copied().collect();
    assert_eq!(unique.len(), ids.len(), "duplicate ids in {ids:?}");
    let wanted: BTreeSet<&str> = REQUIRED_IDS.iter().chain(EXTRA_IDS).copied().collect();
    assert_eq!(
        unique, wanted,
        "the gallery's ids differ from the pinned list"
    );
    for id in &ids {
        assert!(
            !id.is_empty()
                && id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
            "id {id:?} is not URL-safe (lowercase letters, digits and '-')"
        );
        assert_eq!(find(id).map(|e| e.id), Some(*id));
    }
}

#[test]
fn every_example_file_exists_and_is_non_empty() {
    let dir = gallery_dir().join("examples");
    for example in EXAMPLES {
        for extension in ["py", "stdout"] {
            let path = dir.join(format!("{}.{extension}", example.id));
            let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
            assert!(!text.trim().is_empty(), "{path:?} is empty");
        }
        assert_eq!(
            example.source,
            fs::read_to_string(dir.join(format!("{}.py", example.id))).unwrap()
        );
        assert!(
            example.expected_stdout.ends_with('\n'),
            "{}: expected stdout should end with a newline",
            example.id
        );
    }
    let known: BTreeSet<String> = EXAMPLES.iter().map(|e| e.id.to_string()).collect();
    for entry in fs::read_dir(&dir).expect("examples directory") {
        let path = entry.expect("directory entry").path();
        let (Some(stem), Some(extension)) = (path.file_stem(), path.extension()) else {
            continue;
        };
        if extension == "py" || extension == "stdout" {
            let stem = stem.to_string_lossy().to_string();
            assert!(known.contains(&stem), "{path:?} belongs to no example");
        }
    }
}

/// Counts sentences: `.`, `!` or `?` followed by a space or the end of the text.
fn sentence_count(text: &str) -> usize {
    let chars: Vec<char> = text.chars().collect();
    (0..chars.len())
        .filter(|&i| {
            matches!(chars[i], '.' | '!' | '?') && chars.get(i + 1).is_none_or(|next| *next == ' ')
        })
        .count()
}

#[test]
fn descriptions_have_the_promised_shape() {
    for example in EXAMPLES {
        assert!(!example.title.is_empty(), "{}: no title", example.id);
        assert_eq!(
            sentence_count(example.summary),
            1,
            "{}: the summary should be one sentence",
            example.id
        );
        let watch = sentence_count(example.watch);
        assert!(
            (2..=4).contains(&watch),
            "{}: `watch` has {watch} sentences, want 2 to 4",
            example.id
        );
        if let Some(seed) = example.from_seed {
            let (number, rest) = seed.split_once('_').expect("seed name like 003_<hash>.txt");
            assert!(
                number.len() == 3
                    && number.chars().all(|c| c.is_ascii_digit())
                    && rest.ends_with(".txt"),
                "{}: from_seed {seed:?} is not a seed file name",
                example.id
            );
        }
        if let Some(error) = example.expected_error {
            assert!(
                !error.contains('\n') && error.split(':').next().is_some_and(|t| !t.is_empty()),
                "{}: expected_error should be one traceback line",
                example.id
            );
        }
    }
}

#[test]
fn sentence_counter_counts_sentences() {
    assert_eq!(sentence_count("One. Two t = 0.5 s! Three?"), 3);
    assert_eq!(sentence_count("Ends at t = 1.0 without a full stop"), 0);
    assert_eq!(sentence_count("Values 0.1 to 0.5."), 1);
}

#[test]
fn every_source_parses() {
    for example in EXAMPLES {
        if let Err(error) = aiterscope_syntax::parse_module(example.source) {
            panic!(
                "{}.py line {} col {}: {}: {}",
                example.id, error.line, error.col, error.kind, error.msg
            );
        }
    }
}

/// What a run is compared on: stdout, and the last stderr line ("" when the run succeeds).
#[derive(Debug, PartialEq, Eq)]
struct Observed {
    stdout: String,
    last_error_line: String,
    exit_code: i32,
}

impl Observed {
    fn expected(example: &Example) -> Observed {
        Observed {
            stdout: example.expected_stdout.to_string(),
            last_error_line: example.expected_error.unwrap_or("").to_string(),
            exit_code: i32::from(example.expected_error.is_some()),
        }
    }

    fn from_run(result: &RunResult) -> Observed {
        let stderr = result.stderr.trim_end_matches('\n');
        Observed {
            stdout: result.stdout.clone(),
            last_error_line: stderr.rsplit('\n').next().unwrap_or("").to_string(),
            exit_code: result.exit_code,
        }
    }
}

/// Runs one example on its own big-stack thread; a panic is reported as a failure.
fn run_example(example: &'static Example) -> Result<Observed, String> {
    let handle = std::thread::Builder::new()
        .stack_size(RUNNER_STACK_BYTES)
        .spawn(move || {
            #[allow(clippy::field_reassign_with_default)]
            let config = {
                let mut config = RunConfig::default();
                config.max_steps = Some(STEP_BUDGET);
                config
            };
            run_program(example.source, PLAYGROUND_FILENAME, &config)
        })
        .expect("spawn the example runner");
    handle
        .join()
        .map(|result| Observed::from_run(&result))
        .map_err(|payload| {
            let message = payload
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            format!("runtime panicked: {message}")
        })
}

/// A short description of a mismatch, used as the reason in KNOWN_FAILURES.
fn describe_mismatch(expected: &Observed, actual: &Observed) -> String {
    let mut parts = Vec::new();
    if expected.stdout != actual.stdout {
        parts.push("stdout differs".to_string());
    }
    if expected.last_error_line != actual.last_error_line {
        let got: String = actual.last_error_line.chars().take(70).collect();
        parts.push(format!("stderr ends {got:?}"));
    }
    if expected.exit_code != actual.exit_code {
        parts.push(format!("exit {}", actual.exit_code));
    }
    parts.join(", ")
}

/// The ids listed in KNOWN_FAILURES (one per line, `# comments` allowed).
fn read_known_failures(path: &Path) -> BTreeSet<String> {
    fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .map(|line| line.split('#').next().unwrap_or("").trim().to_string())
        .filter(|id| !id.is_empty())
        .collect()
}

fn write_known_failures(path: &Path, failures: &BTreeMap<&str, String>) {
    let mut text = String::from(
        "# Gallery examples the runtime does not reproduce yet (a ratchet, see tests/gallery.rs).\n\
         # One id per line with the reason; AITERSCOPE_UPDATE_KNOWN_FAILURES=1 rewrites this file.\n",
    );
    for (id, reason) in failures {
        text.push_str(&format!("{id}  # {reason}\n"));
    }
    fs::write(path, text).expect("write KNOWN_FAILURES");
}

#[test]
fn examples_match_expected_output() {
    let known_path = gallery_dir().join("KNOWN_FAILURES");
    let known = read_known_failures(&known_path);
    let update = std::env::var("AITERSCOPE_UPDATE_KNOWN_FAILURES").is_ok_and(|v| v == "1");

    let outcomes: Vec<(&Example, Result<(), String>)> = EXAMPLES
        .iter()
        .map(|example| {
            let outcome = panic::catch_unwind(AssertUnwindSafe(|| run_example(example)))
                .unwrap_or_else(|_| Err("the runner thread could not be joined".into()))
                .and_then(|actual| {
                    let expected = Observed::expected(example);
                    if actual == expected {
                        Ok(())
                    } else {
                        Err(describe_mismatch(&expected, &actual))
                    }
                });
            (example, outcome)
        })
        .collect();

    let mut failures = BTreeMap::new();
    let mut unexpected = Vec::new();
    let mut stale = Vec::new();
    for (example, outcome) in &outcomes {
        match outcome {
            Ok(()) if known.contains(example.id) => stale.push(example.id),
            Ok(()) => {}
            Err(reason) => {
                failures.insert(example.id, reason.clone());
                if known.contains(example.id) {
                    println!("known failure {}: {reason}", example.id);
                } else {
                    println!("FAIL {}: {reason}", example.id);
                    unexpected.push(example.id);
                }
            }
        }
    }
    println!(
        "gallery: {} of {} examples match CPython, {} known failures",
        EXAMPLES.len() - failures.len(),
        EXAMPLES.len(),
        failures.len() - unexpected.len()
    );
    if update {
        write_known_failures(&known_path, &failures);
        println!(
            "KNOWN_FAILURES rewritten: {} examples listed",
            failures.len()
        );
        return;
    }
    let ids: BTreeSet<&str> = EXAMPLES.iter().map(|e| e.id).collect();
    let unknown: Vec<&String> = known
        .iter()
        .filter(|id| !ids.contains(id.as_str()))
        .collect();
    let mut problems = Vec::new();
    if !unexpected.is_empty() {
        problems.push(format!(
            "examples failed that are not in KNOWN_FAILURES: {}",
            unexpected.join(", ")
        ));
    }
    if !stale.is_empty() {
        problems.push(format!(
            "examples in KNOWN_FAILURES now pass; remove it from KNOWN_FAILURES: {}",
            stale.join(", ")
        ));
    }
    if !unknown.is_empty() {
        problems.push(format!("KNOWN_FAILURES lists unknown ids: {unknown:?}"));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
