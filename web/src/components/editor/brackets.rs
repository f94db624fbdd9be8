//! Bracket matching: which bracket pairs with the one next to the caret.

use super::python_scan::code_chars;

/// Whether `c` opens a bracket, and the closing bracket it expects.
fn closing_for(c: char) -> Option<char> {
    match c {
        '(' => Some(')'),
        '[' => Some(']'),
        '{' => Some('}'),
        _ => None,
    }
}

/// Every matched bracket pair of the code (strings and comments excluded), as byte offsets
/// (open, close). Unbalanced brackets are left out.
pub fn bracket_pairs(text: &str) -> Vec<(usize, usize)> {
    let mut open: Vec<(usize, char)> = Vec::new();
    let mut pairs = Vec::new();
    for (i, c) in code_chars(text) {
        if let Some(close) = closing_for(c) {
            open.push((i, close));
        } else if matches!(c, ')' | ']' | '}') {
            match open.last() {
                Some(&(start, expected)) if expected == c => {
                    open.pop();
                    pairs.push((start, i));
                }
                // A mismatched closer: the brackets around it cannot be paired reliably.
                Some(_) => open.clear(),
                None => {}
            }
        }
    }
    pairs
}

/// The bracket pair to highlight for a caret at byte offset `caret`: the pair of the bracket
/// just before the caret, else of the bracket just after it.
pub fn matching_bracket(text: &str, caret: usize) -> Option<(usize, usize)> {
    let pairs = bracket_pairs(text);
    let touches = |pos: usize| {
        pairs
            .iter()
            .copied()
            .find(|&(open, close)| open == pos || close == pos)
    };
    let before = text[..caret].char_indices().next_back().map(|(i, _)| i);
    before.and_then(touches).or_else(|| touches(caret))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_nest_and_ignore_strings() {
        assert_eq!(bracket_pairs("f(a[1], ')')"), vec![(3, 5), (1, 11)]);
    }

    #[test]
    fn caret_after_or_before_a_bracket_selects_its_pair() {
        let text = "print((1, 2))";
        assert_eq!(matching_bracket(text, 6), Some((5, 12)));
        assert_eq!(matching_bracket(text, 7), Some((6, 11)));
        assert_eq!(matching_bracket(text, 5), Some((5, 12)));
        assert_eq!(matching_bracket(text, 13), Some((5, 12)));
        assert_eq!(matching_bracket(text, 2), None);
    }

    #[test]
    fn unbalanced_brackets_match_nothing() {
        assert_eq!(matching_bracket("f(]", 3), None);
        assert_eq!(matching_bracket("(", 1), None);
    }
}
