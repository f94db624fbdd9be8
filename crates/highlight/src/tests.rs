//! Unit tests of the highlighter: what each construct is coloured as.

use super::*;

/// The highlighted pieces of `source` as (text, class) pairs.
fn pieces(source: &str) -> Vec<(&str, TokenClass)> {
    highlight(source)
        .iter()
        .map(|s| (&source[s.start..s.end], s.class))
        .collect()
}

fn class_of(all: &[(&str, TokenClass)], text: &str) -> Vec<TokenClass> {
    all.iter()
        .filter(|(t, _)| *t == text)
        .map(|(_, c)| *c)
        .collect()
}

#[test]
fn classifies_an_async_program() {
    let src = "import asyncio\n\n@dataclass.wrap\nclass Ticker(Base):\n    async def __anext__(self):\n        # tick\n        await asyncio.sleep(0.5)\n        return None\n\nasync def main():\n    async for x in aiter(Ticker()):\n        print(f\"got {x!r:>4}\", 'done', 10, 1e3)\n";
    let all = pieces(src);
    assert_eq!(class_of(&all, "import"), [TokenClass::Keyword]);
    assert_eq!(class_of(&all, "async"), [TokenClass::AsyncKeyword; 3]);
    assert_eq!(class_of(&all, "await"), [TokenClass::AsyncKeyword]);
    assert_eq!(class_of(&all, "@dataclass.wrap"), [TokenClass::Decorator]);
    assert_eq!(class_of(&all, "Ticker"), [TokenClass::ClassName]);
    assert_eq!(class_of(&all, "__anext__"), [TokenClass::FunctionName]);
    assert_eq!(class_of(&all, "main"), [TokenClass::FunctionName]);
    assert_eq!(class_of(&all, "# tick"), [TokenClass::Comment]);
    assert_eq!(class_of(&all, "None"), [TokenClass::Constant]);
    assert_eq!(class_of(&all, "aiter"), [TokenClass::Builtin]);
    assert_eq!(class_of(&all, "print"), [TokenClass::Builtin]);
    assert_eq!(class_of(&all, "'done'"), [TokenClass::String]);
    assert_eq!(class_of(&all, "f\"got "), [TokenClass::String]);
    assert_eq!(class_of(&all, "10"), [TokenClass::Number]);
    assert_eq!(class_of(&all, "0.5"), [TokenClass::Number]);
    // `sleep` is an attribute, not the builtin-less name it could be; `x` is a plain name.
    assert!(class_of(&all, "sleep").is_empty());
    assert!(class_of(&all, "x").is_empty());
}

#[test]
fn soft_keywords_only_where_they_are_keywords() {
    let src = "match = 1\nmatch command:\n    case 1:\n        pass\n";
    let spans = highlight(src);
    let first_match = spans.iter().find(|s| s.start == 0);
    assert!(
        first_match.is_none(),
        "`match` used as a name is not a keyword: {spans:?}"
    );
    let second = src.find("match command").unwrap();
    assert!(spans
        .iter()
        .any(|s| s.start == second && s.class == TokenClass::Keyword));
    let case = src.find("case").unwrap();
    assert!(spans
        .iter()
        .any(|s| s.start == case && s.class == TokenClass::Keyword));
}

#[test]
fn operators_and_punctuation() {
    let all = pieces("x: int = (a + b) ** 2 -> y := z\n");
    assert_eq!(class_of(&all, "="), [TokenClass::Operator]);
    assert_eq!(class_of(&all, "**"), [TokenClass::Operator]);
    assert_eq!(class_of(&all, ":="), [TokenClass::Operator]);
    assert_eq!(class_of(&all, "("), [TokenClass::Punctuation]);
    assert_eq!(class_of(&all, ":"), [TokenClass::Punctuation]);
}

#[test]
fn incomplete_code_is_highlighted_without_panicking() {
    for src in [
        "",
        "async def f(",
        "x = \"unterminated",
        "s = '''open\nstill open",
        "f\"{x",
        "f\"{x!",
        "print(1 $ 2 € 3",
        "\t\tif x:\n  else",
        "é = 1\nλ = é\n",
        "def",
        "@",
        "class",
        "\\",
        "0x",
        "1_",
        "\u{feff}print(1)",
        "\r\n\r\nx = 1\r",
    ] {
        let spans = highlight(src);
        let mut last_end = 0;
        for span in &spans {
            assert!(
                span.start >= last_end && span.start < span.end && span.end <= src.len(),
                "{src:?}: {spans:?}"
            );
            assert!(src.is_char_boundary(span.start) && src.is_char_boundary(span.end));
            last_end = span.end;
        }
    }
    assert!(highlight("x = $")
        .iter()
        .any(|s| s.class == TokenClass::Invalid));
    assert!(highlight("x = \"abc")
        .iter()
        .any(|s| s.class == TokenClass::String));
}

#[test]
fn random_text_never_panics() {
    // A deterministic pseudo-random generator over a Python-ish alphabet.
    let alphabet: Vec<char> = "abcdefxyz_019 \t\n()[]{}:;,.'\"\\#@=+-*/<>!&|^~%fbru{}λé€\r"
        .chars()
        .collect();
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    for _ in 0..400 {
        let mut text = String::new();
        for _ in 0..(state % 60) {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            text.push(alphabet[(state % alphabet.len() as u64) as usize]);
        }
        let spans = highlight(&text);
        assert!(spans.windows(2).all(|w| w[0].end <= w[1].start));
    }
}

/// The pieces of `source` of class `class`, in order.
fn texts_of(source: &str, class: TokenClass) -> Vec<&str> {
    pieces(source)
        .into_iter()
        .filter(|(_, c)| *c == class)
        .map(|(t, _)| t)
        .collect()
}

#[test]
fn string_prefixes_and_triple_quotes() {
    let src = "a = b'x' + rb\"y\" + Rb'z' + u'w' + r'\\'' + br'q'\nd = '''one\n'two'\nthree''' \"\"\"x\"\"\"\nur'no'\n";
    assert_eq!(
        texts_of(src, TokenClass::String),
        [
            "b'x'",
            "rb\"y\"",
            "Rb'z'",
            "u'w'",
            "r'\\''",
            "br'q'",
            "'''one\n'two'\nthree'''",
            "\"\"\"x\"\"\"",
            "'no'"
        ]
    );
    // `ur` is not a prefix: `ur` is a name, then a string.
    assert!(pieces(src).iter().all(|(t, _)| *t != "ur'no'"));
}

#[test]
fn f_strings_colour_literal_parts_and_spec_as_strings_and_fields_as_code() {
    let src = "f\"a{x + 1!r:>{width}.2f}b{{c}}\" rf'{y}\\d' t'{z}'\n";
    let all = pieces(src);
    assert_eq!(
        texts_of(src, TokenClass::String),
        ["f\"a", ">", ".2f", "b{{c}}\"", "rf'", "\\d'", "t'", "'"]
    );
    assert_eq!(class_of(&all, "1"), [TokenClass::Number]);
    assert_eq!(class_of(&all, "+"), [TokenClass::Operator]);
    // The `{` opening a field, the `:` before its spec and nested fields are punctuation.
    assert!(all.contains(&("{", TokenClass::Punctuation)));
    assert!(all.contains(&(":", TokenClass::Punctuation)));
    // Quotes of the same kind nest inside fields (3.12).
    let nested = "f\"{d[\"k\"]}\"\n";
    assert_eq!(texts_of(nested, TokenClass::String), ["f\"", "\"k\"", "\""]);
}

#[test]
fn numbers() {
    let src = "1_000 0x_ff 0o17 0b1_0 1.5e-3 .5 5. 1_0j 3J 1e10\n";
    assert_eq!(
        texts_of(src, TokenClass::Number),
        ["1_000", "0x_ff", "0o17", "0b1_0", "1.5e-3", ".5", "5.", "1_0j", "3J", "1e10"]
    );
    // Leading zeros, a radix without digits and `._` are invalid, as in CPython.
    assert_eq!(texts_of("x = 012\n", TokenClass::Invalid), ["012"]);
    assert_eq!(texts_of("x = 0x\n", TokenClass::Invalid), ["0x"]);
    assert_eq!(texts_of("x = 1._5\n", TokenClass::Invalid), ["_"]);
    // `1if` is a number then a keyword; `1_` is a number then a name.
    assert_eq!(
        texts_of("x = 1if y else 2\n", TokenClass::Number),
        ["1", "2"]
    );
    assert_eq!(texts_of("x = 1_\n", TokenClass::Number), ["1"]);
}

#[test]
fn match_case_type_and_lazy_are_keywords_only_where_they_start_statements() {
    let src = "match (x, y):\n    case (1, 2) if x:\n        case = match\n    case _:\n        pass\nmatch(x)\nmatch [1]: int\ntype X = list[int]\ntype(x)\nlazy import os\nlazy = 1\nx.match\n";
    let keywords = texts_of(src, TokenClass::Keyword);
    assert_eq!(
        keywords,
        ["match", "case", "if", "case", "pass", "type", "lazy", "import"]
    );
    // `type(x)` calls the builtin.
    assert_eq!(
        texts_of(src, TokenClass::Builtin),
        ["int", "list", "int", "type"]
    );
    // `match` before anything that starts a subject is a keyword even without the colon yet.
    assert_eq!(texts_of("match x", TokenClass::Keyword), ["match"]);
    assert!(texts_of("match = 1\n", TokenClass::Keyword).is_empty());
    assert!(texts_of("match not in y\n", TokenClass::Keyword)
        .iter()
        .all(|k| *k != "match"));
}

#[test]
fn decorators_def_and_class_names() {
    let src = "@a.b.c(1)\n@ x\ndef f(): pass\nclass C: pass\ny = a @b\n";
    let all = pieces(src);
    assert_eq!(texts_of(src, TokenClass::Decorator), ["@a.b.c", "@", "x"]);
    assert_eq!(class_of(&all, "f"), [TokenClass::FunctionName]);
    assert_eq!(class_of(&all, "C"), [TokenClass::ClassName]);
    // `@` between operands is matrix multiplication.
    assert_eq!(
        class_of(&all, "@"),
        [TokenClass::Decorator, TokenClass::Operator]
    );
}

#[test]
fn unterminated_strings_run_to_the_end_of_their_line() {
    let src = "x = 'open\ny = 2\nz = \"\"\"never\nclosed\n";
    assert_eq!(
        texts_of(src, TokenClass::String),
        ["'open", "\"\"\"never\nclosed\n"]
    );
    assert_eq!(texts_of(src, TokenClass::Number), ["2"]);
    // A backslash continues a string over the line break.
    assert_eq!(texts_of("s = 'a\\\nb'\n", TokenClass::String), ["'a\\\nb'"]);
    // An f-string that its line ends inside gives its text as string, then code resumes.
    assert_eq!(
        texts_of("f'{x} abc\ny = 1\n", TokenClass::String),
        ["f'", " abc"]
    );
}

#[test]
fn non_ascii_text_gets_spans_on_character_boundaries() {
    let src = "λ = 'é€' # ünïcode\nπ2 = λ + 1 € 2\nprint(é)\n";
    for span in highlight(src) {
        assert!(src.is_char_boundary(span.start) && src.is_char_boundary(span.end));
    }
    let all = pieces(src);
    assert!(class_of(&all, "λ").is_empty(), "identifiers are names");
    assert!(class_of(&all, "π2").is_empty());
    assert_eq!(class_of(&all, "'é€'"), [TokenClass::String]);
    assert_eq!(class_of(&all, "# ünïcode"), [TokenClass::Comment]);
    assert_eq!(class_of(&all, "€"), [TokenClass::Invalid]);
}

#[test]
fn indentation_line_continuations_and_line_endings() {
    // An inconsistent dedent makes its indentation invalid.
    let src = "if x:\n        a\n    b\n";
    assert_eq!(texts_of(src, TokenClass::Invalid), ["    "]);
    // A backslash not followed by a line break is invalid; a continuation is not.
    assert_eq!(texts_of("x = 1 \\ 2\n", TokenClass::Invalid), ["\\"]);
    assert!(texts_of("x = 1 + \\\n    2\n", TokenClass::Invalid).is_empty());
    // CRLF and a byte-order mark are whitespace.
    let crlf = "\u{feff}if x:\r\n    pass\r\n";
    assert_eq!(texts_of(crlf, TokenClass::Keyword), ["if", "pass"]);
}
