//! The editor's highlighter (`aiterscope-highlight`, its own tokenizer, so the UI's wasm
//! module links no parser) against the highlighter it replaced, which classified the tokens
//! ruff's parser leaves (kept here, verbatim in its logic, as the reference).
//!
//! Every corpus program (the seeds' copies included), every gallery example and every snippet
//! of `tests/syntax_errors.json` must get identical spans, as must a few thousand
//! pseudo-random Python-ish texts. Deliberate differences are listed in [`DELIBERATE`]:
//! each is a recovery that ruff's *parser* makes on broken code (not its lexer), which a
//! parser-free tokenizer does not reproduce.

use aiterscope_highlight::{highlight, HighlightSpan, TokenClass, BUILTINS};
use ruff_python_ast::token::{Token, TokenKind};
use ruff_python_parser::{Mode, ParseOptions};
use ruff_text_size::Ranged;
use std::path::{Path, PathBuf};

/// Highlights `source`: spans in source order, never overlapping, each on character
/// boundaries. Plain names and whitespace get no span. A source nested too deeply to parse
/// safely (which CPython refuses too) gets no spans.
fn ruff_highlight(source: &str) -> Vec<HighlightSpan> {
    if u32::try_from(source.len()).is_err() || too_deep(source) {
        return Vec::new();
    }
    let parsed = ruff_python_parser::parse_unchecked(source, ParseOptions::from(Mode::Module));
    let tokens: &[Token] = parsed.tokens();
    let mut spans: Vec<HighlightSpan> = Vec::with_capacity(tokens.len());
    let mut previous = TokenKind::Newline;
    let mut in_decorator = false;
    for token in tokens {
        let kind = token.kind();
        let (start, end) = (usize::from(token.start()), usize::from(token.end()));
        if kind == TokenKind::At
            && matches!(
                previous,
                TokenKind::Newline
                    | TokenKind::NonLogicalNewline
                    | TokenKind::Indent
                    | TokenKind::Dedent
            )
        {
            in_decorator = true;
        } else if in_decorator && !matches!(kind, TokenKind::Name | TokenKind::Dot) {
            in_decorator = false;
        }
        let class = if in_decorator {
            Some(TokenClass::Decorator)
        } else {
            classify(
                kind,
                previous,
                &source[start.min(source.len())..end.min(source.len())],
            )
        };
        if !matches!(kind, TokenKind::Comment | TokenKind::NonLogicalNewline) {
            previous = kind;
        }
        if let Some(class) = class {
            push(&mut spans, source, start, end, class);
        }
    }
    spans
}

/// The class of one token, given the significant token before it.
fn classify(kind: TokenKind, previous: TokenKind, text: &str) -> Option<TokenClass> {
    use TokenKind as K;
    let class = match kind {
        K::Async | K::Await => TokenClass::AsyncKeyword,
        K::True | K::False | K::None => TokenClass::Constant,
        _ if kind.is_keyword() => TokenClass::Keyword,
        K::Name => match previous {
            K::Def => TokenClass::FunctionName,
            K::Class => TokenClass::ClassName,
            K::Dot => return None,
            _ if BUILTINS.contains(&text) => TokenClass::Builtin,
            _ => return None,
        },
        K::Int | K::Float | K::Complex => TokenClass::Number,
        K::String
        | K::FStringStart
        | K::FStringMiddle
        | K::FStringEnd
        | K::TStringStart
        | K::TStringMiddle
        | K::TStringEnd => TokenClass::String,
        K::Comment => TokenClass::Comment,
        K::Lpar
        | K::Rpar
        | K::Lsqb
        | K::Rsqb
        | K::Lbrace
        | K::Rbrace
        | K::Comma
        | K::Colon
        | K::Semi
        | K::Dot => TokenClass::Punctuation,
        K::Unknown => TokenClass::Invalid,
        K::Newline
        | K::NonLogicalNewline
        | K::Indent
        | K::Dedent
        | K::EndOfFile
        | K::IpyEscapeCommand => return None,
        _ => TokenClass::Operator,
    };
    Some(class)
}

/// Appends a span, clamped to the source and its character boundaries, merged with the
/// previous span when they touch and share a class, and never overlapping it.
fn push(spans: &mut Vec<HighlightSpan>, source: &str, start: usize, end: usize, class: TokenClass) {
    let floor = |mut i: usize| {
        i = i.min(source.len());
        while !source.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let mut start = floor(start);
    let end = floor(end);
    if let Some(last) = spans.last_mut() {
        start = start.max(last.end);
        if last.class == class && last.end == start {
            last.end = end.max(last.end);
            return;
        }
    }
    if start < end {
        spans.push(HighlightSpan { start, end, class });
    }
}

/// The messages of the nesting pre-scan (`nesting.rs`): sources the reference refused to
/// highlight, so as not to recurse over them.
const TOO_DEEP: &[&str] = &[
    "too many nested parentheses",
    "too many nested f-strings",
    "too many levels of indentation",
    "Parser stack overflowed - Python source too complex to parse",
    "maximum recursion depth exceeded during compilation",
];

/// Deliberate differences, each with how the test recognises it.
///
/// 1. Sources nested too deeply for CPython (one of [`TOO_DEEP`]): the reference gave up on
///    them (no spans) because ruff's parser recurses per level; the tokenizer does not
///    recurse, so it colours them.
/// 2. Broken code where ruff's parser asks its lexer to re-lex (recognised by the parser's
///    token kinds differing from its lexer's beyond soft keywords): after an unclosed bracket
///    it restarts the next lines as new logical lines, and it re-reads a quote after `{` in a
///    broken f-string as the f-string's end. A tokenizer without a parser keeps the bracket
///    open (as CPython's tokenizer does) until the text is fixed, so decorators, soft keywords
///    and indentation errors on the lines after it can be coloured differently meanwhile.
/// 3. A soft keyword (`match`, `case`, `type`, `lazy`) after a syntax error (recognised by the
///    first differing span being one, on either side, with ruff reporting a parse error that
///    starts before it or at it): where the parser resumes after an error decides which tokens start
///    statements, and that depends on how far its expression parser got. The tokenizer
///    decides from the line alone (statements start at line starts, after `;` and after a
///    compound statement's `:`).
const DELIBERATE: &[&str] = &[
    "nested too deeply to parse (the reference showed no colours)",
    "ruff's parser re-lexed broken code",
    "a soft keyword after a syntax error",
];

/// Whether the first difference between `expected` and `actual` is a soft keyword after the
/// start of one of ruff's parse errors.
fn soft_keyword_after_error(
    source: &str,
    expected: &[HighlightSpan],
    actual: &[HighlightSpan],
) -> bool {
    let first = expected
        .iter()
        .zip(actual)
        .position(|(e, a)| e != a)
        .unwrap_or(expected.len().min(actual.len()));
    let differing: Vec<&HighlightSpan> = expected
        .get(first)
        .into_iter()
        .chain(actual.get(first))
        .collect();
    let Some(position) = differing.iter().map(|s| s.start).min() else {
        return false;
    };
    let soft = differing
        .iter()
        .any(|s| matches!(&source[s.start..s.end], "match" | "case" | "type" | "lazy"));
    let parsed = ruff_python_parser::parse_unchecked(source, ParseOptions::from(Mode::Module));
    soft && parsed
        .errors()
        .iter()
        .any(|e| usize::from(e.location.start()) <= position)
}

fn too_deep(source: &str) -> bool {
    matches!(aiterscope_syntax::parse_module(source), Err(e) if TOO_DEEP.contains(&e.msg.as_str()))
}

/// Whether ruff's parser changed its lexer's tokens other than by making soft keywords names.
fn parser_relexed(source: &str) -> bool {
    let parsed = ruff_python_parser::parse_unchecked(source, ParseOptions::from(Mode::Module));
    let parser_kinds: Vec<TokenKind> = parsed.tokens().iter().map(Token::kind).collect();
    let mut lexer = ruff_python_parser::lexer::lex(source, Mode::Module);
    let mut lexer_kinds = Vec::new();
    loop {
        let kind = lexer.next_token();
        if kind == TokenKind::EndOfFile {
            break;
        }
        lexer_kinds.push(kind);
    }
    parser_kinds.len() != lexer_kinds.len()
        || parser_kinds
            .iter()
            .zip(&lexer_kinds)
            .any(|(p, l)| p != l && !(l.is_soft_keyword() && *p == TokenKind::Name))
}

/// Compares the two highlighters on `source`: `Ok(None)` when they agree, `Ok(Some(reason))`
/// for a deliberate difference, `Err(report)` otherwise.
fn compare(source: &str) -> Result<Option<&'static str>, String> {
    let expected = ruff_highlight(source);
    let actual = highlight(source);
    if expected == actual {
        return Ok(None);
    }
    if too_deep(source) {
        return Ok(Some(DELIBERATE[0]));
    }
    if parser_relexed(source) {
        return Ok(Some(DELIBERATE[1]));
    }
    if soft_keyword_after_error(source, &expected, &actual) {
        return Ok(Some(DELIBERATE[2]));
    }
    let show = |spans: &[HighlightSpan]| {
        spans
            .iter()
            .map(|s| {
                format!(
                    "{}..{} {:?} {:?}",
                    s.start,
                    s.end,
                    s.class,
                    &source[s.start..s.end]
                )
            })
            .collect::<Vec<_>>()
    };
    let (e, a) = (show(&expected), show(&actual));
    let first = e
        .iter()
        .zip(&a)
        .position(|(x, y)| x != y)
        .unwrap_or(e.len().min(a.len()));
    Err(format!(
        "first difference at span {first}:\n  ruff tokens: {:?}\n  tokenizer:   {:?}",
        &e[first..(first + 3).min(e.len())],
        &a[first..(first + 3).min(a.len())]
    ))
}

/// Every `.py` file under `dir`, sorted.
fn python_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "py") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

/// The sources of the corpus (with the seeds' copies), the gallery and the syntax-error cases.
fn repository_sources() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut sources = Vec::new();
    for dir in ["tests/corpus", "crates/gallery/examples"] {
        for path in python_files(&root.join(dir)) {
            let text = std::fs::read_to_string(&path).unwrap();
            sources.push((
                path.strip_prefix(&root).unwrap().display().to_string(),
                text,
            ));
        }
    }
    let cases: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root.join("crates/syntax/tests/syntax_errors.json")).unwrap(),
    )
    .unwrap();
    collect_sources(&cases, "syntax_errors.json", &mut sources);
    sources
}

/// Every `"source"` string in the syntax-error cases.
fn collect_sources(value: &serde_json::Value, at: &str, out: &mut Vec<(String, String)>) {
    match value {
        serde_json::Value::Object(map) => {
            let name = map.get("name").and_then(|n| n.as_str()).unwrap_or("");
            for (key, value) in map {
                match (key.as_str(), value) {
                    ("source", serde_json::Value::String(text)) => {
                        out.push((format!("{at} {name}"), text.clone()))
                    }
                    _ => collect_sources(value, at, out),
                }
            }
        }
        serde_json::Value::Array(items) => {
            for item in items {
                collect_sources(item, at, out);
            }
        }
        _ => {}
    }
}

/// Runs `compare` over `sources`; fails listing every unexplained difference.
fn check_all(sources: &[(String, String)]) -> Vec<(&str, &'static str)> {
    let mut failures = Vec::new();
    let mut deliberate = Vec::new();
    for (name, source) in sources {
        match compare(source) {
            Ok(None) => {}
            Ok(Some(reason)) => deliberate.push((name.as_str(), reason)),
            Err(report) => failures.push(format!("{name} {source:?}\n{report}")),
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} sources highlighted differently:\n{}",
        failures.len(),
        sources.len(),
        failures.join("\n\n")
    );
    deliberate
}

#[test]
fn repository_programs_are_highlighted_as_with_ruffs_tokens() {
    let sources = repository_sources();
    assert!(sources.len() > 1000, "found only {} sources", sources.len());
    let deliberate = check_all(&sources);
    for (name, reason) in &deliberate {
        eprintln!("deliberate difference: {name}: {reason}");
    }
    // Valid programs (everything but the syntax-error cases) must agree exactly.
    let valid_differing: Vec<_> = deliberate
        .iter()
        .filter(|(name, _)| !name.contains("syntax_error"))
        .collect();
    assert!(valid_differing.is_empty(), "{valid_differing:?}");
}

#[test]
fn lines_and_prefixes_of_the_corpus_are_highlighted_as_with_ruffs_tokens() {
    // Half-typed code: every prefix of the gallery examples and corpus programs cut at each
    // line end and in the middle of each line.
    // (A third of the corpus, to keep the test's time reasonable.)
    let mut sources = Vec::new();
    for (index, (name, text)) in repository_sources().into_iter().enumerate() {
        let in_gallery = name.starts_with("crates/gallery");
        if name.starts_with("syntax_errors.json") || !(in_gallery || index % 3 == 0) {
            continue;
        }
        let mut cut = 0;
        for line in text.split_inclusive('\n') {
            let middle = cut + line.len() / 2;
            if text.is_char_boundary(middle) {
                sources.push((
                    format!("{name} cut at {middle}"),
                    text[..middle].to_string(),
                ));
            }
            cut += line.len();
            sources.push((format!("{name} cut at {cut}"), text[..cut].to_string()));
        }
    }
    let deliberate = check_all(&sources);
    eprintln!(
        "{} of {} prefixes differ deliberately",
        deliberate.len(),
        sources.len()
    );
    for reason in DELIBERATE {
        let count = deliberate.iter().filter(|(_, r)| r == reason).count();
        eprintln!("  {count}: {reason}");
    }
}

#[test]
fn random_python_ish_text_is_highlighted_as_with_ruffs_tokens() {
    let alphabet: Vec<&str> = vec![
        "a",
        "x",
        "_",
        "0",
        "1",
        "9",
        " ",
        " ",
        "    ",
        "\t",
        "\n",
        "\n",
        "(",
        ")",
        "[",
        "]",
        "{",
        "}",
        ":",
        ";",
        ",",
        ".",
        "'",
        "\"",
        "'''",
        "\\",
        "#",
        "@",
        "=",
        "+",
        "-",
        "*",
        "/",
        "<",
        ">",
        "!",
        "%",
        "f'",
        "rb'",
        "f\"",
        "t'",
        "e",
        "j",
        "0x",
        "_1",
        "λ",
        "é",
        "€",
        "\r",
        "match ",
        "case ",
        "type ",
        "lazy ",
        "import ",
        "def ",
        "class ",
        "async ",
        "await ",
        "lambda ",
        "if ",
        "else ",
        "not ",
        "in ",
        "print",
        "None",
        "{x}",
        "{x!r:>4}",
        "\\N{DASH}",
        "\u{feff}",
        "$",
        "?",
        "\x0c",
        "\0",
    ];
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let mut sources = Vec::new();
    for i in 0..6000 {
        let mut text = String::new();
        for _ in 0..(next() % 40) {
            text.push_str(alphabet[(next() % alphabet.len() as u64) as usize]);
        }
        sources.push((format!("random text {i}"), text));
    }
    let deliberate = check_all(&sources);
    eprintln!(
        "{} of {} random texts differ deliberately",
        deliberate.len(),
        sources.len()
    );
}

#[test]
fn programs_with_an_unclosed_bracket_differ_only_deliberately() {
    // The commonest broken state while editing: one closing bracket missing, code after it.
    let mut sources = Vec::new();
    for (name, text) in repository_sources() {
        if !name.starts_with("crates/gallery") {
            continue;
        }
        for (at, _) in text.match_indices(')') {
            let broken = format!("{}{}", &text[..at], &text[at + 1..]);
            sources.push((format!("{name} without the ')' at {at}"), broken));
        }
    }
    let deliberate = check_all(&sources);
    eprintln!(
        "{} of {} programs differ deliberately",
        deliberate.len(),
        sources.len()
    );
    for reason in DELIBERATE {
        let count = deliberate.iter().filter(|(_, r)| r == reason).count();
        eprintln!("  {count}: {reason}");
    }
}

#[test]
fn tricky_snippets_are_highlighted_as_with_ruffs_tokens() {
    // The cases `aiterscope-highlight`'s unit tests pin down, checked against ruff too.
    let snippets = [
        "a = b'x' + rb\"y\" + Rb'z' + u'w' + r'\\'' + br'q'\nd = '''one\n'two'\nthree''' \"\"\"x\"\"\"\nur'no'\n",
        "f\"a{x + 1!r:>{width}.2f}b{{c}}\" rf'{y}\\d' t'{z}'\n",
        "f\"{d[\"k\"]}\"\n",
        "f'{x:{y}}' f'{x=}' f'''{\nx\n}''' f'\\N{DASH} {x}' rf'\\N{x}'\n",
        "1_000 0x_ff 0o17 0b1_0 1.5e-3 .5 5. 1_0j 3J 1e10\n",
        "x = 012\n",
        "x = 0x\n",
        "x = 1._5\n",
        "x = 1if y else 2\n",
        "x = 1_\n",
        "match (x, y):\n    case (1, 2) if x:\n        case = match\n    case _:\n        pass\nmatch(x)\nmatch [1]: int\ntype X = list[int]\ntype(x)\nlazy import os\nlazy = 1\nx.match\n",
        "match x",
        "match = 1\n",
        "match not in y\n",
        "match -x:\n    case -1: pass\nmatch *a, b:\n    case _: pass\nmatch [x]\n    case _: pass\n",
        "if x: type Y = int\na; match x:\n    case 1: pass\n",
        "@a.b.c(1)\n@ x\ndef f(): pass\nclass C: pass\ny = a @b\n",
        "x = 'open\ny = 2\nz = \"\"\"never\nclosed\n",
        "s = 'a\\\nb'\n",
        "f'{x} abc\ny = 1\n",
        "λ = 'é€' # ünïcode\nπ2 = λ + 1 € 2\nprint(é)\n",
        "if x:\n        a\n    b\n",
        "if x:\n\ta\n        b\n",
        "x = 1 \\ 2\n",
        "x = 1 + \\\n    2\n",
        "\u{feff}if x:\r\n    pass\r\n",
        "x = f'a}b'\n",
        "x = $ ? `\n",
        "def f(x) -> int: return x ** 2 // 3 @ 4 ... -= 1\n",
    ];
    let sources: Vec<(String, String)> = snippets
        .iter()
        .map(|s| (format!("snippet {s:?}"), s.to_string()))
        .collect();
    let deliberate = check_all(&sources);
    assert!(deliberate.is_empty(), "{deliberate:?}");
}
