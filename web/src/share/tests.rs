//! The codec against miniz_oxide's raw deflate (the same bytes `CompressionStream('deflate-raw')`
//! reads and writes), so links made by tools and tests open in the browser and back.

use super::*;
use miniz_oxide::deflate::compress_to_vec;
use miniz_oxide::inflate::decompress_to_vec_with_limit;

fn code_link(source: &str, step: usize) -> String {
    link_hash(
        LinkTarget::Code(&compress_to_vec(source.as_bytes(), 9)),
        step,
        &[],
    )
}

fn open(hash: &str) -> (Option<String>, LinkRequest) {
    let request = parse_link(hash);
    let source = match &request.program {
        Some(LinkProgram::Code(bytes)) => {
            let inflated = decompress_to_vec_with_limit(bytes, MAX_SOURCE_BYTES).ok();
            inflated.map(|bytes| source_from_bytes(bytes).expect("utf-8"))
        }
        _ => None,
    };
    (source, request)
}

const PROGRAM: &str = "import asyncio\n\nasync def ticks(n):\n    for i in range(n):\n        await asyncio.sleep(0.5)\n        yield i\n\nasync def main():\n    async for t in ticks(3):\n        print('tick', t, '→ é')\n\nasyncio.run(main())\n";

#[test]
fn a_code_link_round_trips_the_program_and_the_step() {
    let hash = code_link(PROGRAM, 7);
    assert!(hash.starts_with("#code=v1."), "{hash}");
    assert!(hash.ends_with("&step=7"), "{hash}");
    let (source, request) = open(&hash);
    assert_eq!(source.as_deref(), Some(PROGRAM));
    assert_eq!(request.step, Some(7));
    assert!(request.problems.is_empty());
    // Only URL-safe characters: nothing the address bar would escape.
    assert!(hash[1..]
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "-_.=&".contains(c)));
}

#[test]
fn step_zero_is_left_out() {
    assert_eq!(
        link_hash(LinkTarget::Example("countdown"), 0, &[]),
        "#example=countdown"
    );
    assert_eq!(
        link_hash(LinkTarget::Example("countdown"), 3, &[("theme", "dark")]),
        "#example=countdown&step=3&theme=dark"
    );
}

#[test]
fn an_example_link_and_the_embed_options_are_read() {
    let request = parse_link("#example=merge-streams&step=12&readonly=1&controls=step-back%20play");
    assert_eq!(
        request.program,
        Some(LinkProgram::Example("merge-streams".into()))
    );
    assert_eq!(request.step, Some(12));
    assert_eq!(
        request.params,
        vec![
            ("readonly".to_string(), "1".to_string()),
            ("controls".to_string(), "step-back play".to_string())
        ]
    );
}

#[test]
fn the_payload_is_shorter_than_the_program() {
    let payload = encode_code_payload(&compress_to_vec(PROGRAM.as_bytes(), 9));
    assert!(
        payload.len() < PROGRAM.len(),
        "{} vs {}",
        payload.len(),
        PROGRAM.len()
    );
}

#[test]
fn a_truncated_link_says_so() {
    let hash = code_link(PROGRAM, 0);
    // Cut anywhere: base64 that cannot end there, or deflate data that stops early.
    for cut in [
        hash.len() - 1,
        hash.len() - 2,
        hash.len() - 5,
        hash.len() / 2,
    ] {
        let (source, request) = open(&hash[..cut]);
        let truncated_base64 = request.problems == vec![LinkProblem::Truncated];
        let truncated_deflate =
            matches!(request.program, Some(LinkProgram::Code(_))) && source.is_none();
        assert!(
            truncated_base64 || truncated_deflate,
            "cut at {cut}: {request:?}"
        );
    }
    assert_eq!(
        parse_link("#code=v1.A").problems,
        vec![LinkProblem::Truncated],
        "one base64 character cannot end a payload"
    );
}

#[test]
fn malformed_links_name_what_is_wrong() {
    assert_eq!(
        parse_link("#code=hello").problems,
        vec![LinkProblem::MissingFormat]
    );
    assert_eq!(
        parse_link("#code=v7.abcd").problems,
        vec![LinkProblem::UnknownFormat("v7".into())]
    );
    assert_eq!(
        parse_link("#code=v1.").problems,
        vec![LinkProblem::EmptyCode]
    );
    assert_eq!(
        parse_link("#code=v1.ab*cd").problems,
        vec![LinkProblem::BadCharacter {
            found: '*',
            position: 2
        }]
    );
    assert_eq!(
        parse_link("#code=v1.ab%2Bcd").problems,
        vec![LinkProblem::BadCharacter {
            found: '+',
            position: 2
        }],
        "standard base64's + is not base64url"
    );
    assert_eq!(
        parse_link("#example=countdown&step=-2").problems,
        vec![LinkProblem::BadStep("-2".into())]
    );
    let long = format!("#code=v1.{}", "A".repeat(MAX_PAYLOAD_CHARS + 1));
    assert_eq!(
        parse_link(&long).problems,
        vec![LinkProblem::PayloadTooLong(MAX_PAYLOAD_CHARS + 1)]
    );
}

#[test]
fn problem_messages_are_sentences_for_people() {
    let messages = [
        LinkProblem::MissingFormat,
        LinkProblem::Truncated,
        LinkProblem::UnknownExample("nope".into()),
        LinkProblem::BadCharacter {
            found: '*',
            position: 2,
        },
    ]
    .map(|problem| problem.to_string());
    assert!(messages[0].contains("malformed"), "{}", messages[0]);
    assert!(messages[1].contains("cut off"), "{}", messages[1]);
    assert_eq!(
        messages[2],
        "There is no example called \"nope\" in the gallery."
    );
    assert!(messages[3].contains("'*' at position 2"), "{}", messages[3]);
}

#[test]
fn decompressed_programs_are_capped_and_must_be_text() {
    assert_eq!(
        source_from_bytes(vec![b'a'; MAX_SOURCE_BYTES + 1]),
        Err(LinkProblem::SourceTooLarge)
    );
    assert_eq!(
        source_from_bytes(vec![0xff, 0xfe]),
        Err(LinkProblem::NotText)
    );
    // A highly compressible bomb stays small in the link but is refused once inflated.
    let bomb = compress_to_vec(&vec![b'x'; 10 * MAX_SOURCE_BYTES], 9);
    let (source, request) = open(&link_hash(LinkTarget::Code(&bomb), 0, &[]));
    assert!(request.problems.is_empty());
    assert_eq!(source, None, "inflating stops at the limit");
}

#[test]
fn percent_coding_round_trips() {
    for text in ["countdown", "a b&c=d", "é", "100%", "%zz"] {
        assert_eq!(percent_decode(&percent_encode(text)), text);
    }
    assert_eq!(percent_decode("%zz%4"), "%zz%4");
}
