//! Building new str values in one allocation: the pieces are assembled in a stack buffer
//! when the result is short (the commonest case: f-strings, concatenations, repetitions of a
//! few characters), then copied once into the str's `Rc`; longer results go through one
//! `String` of the exact size.

use std::rc::Rc;

/// Results up to this many bytes are assembled on the stack.
const STACK_BYTES: usize = 256;

/// The concatenation of `parts`, whose lengths add up to `total` bytes.
pub fn concat<'a>(parts: impl Iterator<Item = &'a str> + Clone, total: usize) -> Rc<str> {
    if total <= STACK_BYTES {
        let mut buf = [0u8; STACK_BYTES];
        let mut at = 0;
        for p in parts {
            buf[at..at + p.len()].copy_from_slice(p.as_bytes());
            at += p.len();
        }
        return Rc::from(std::str::from_utf8(&buf[..at]).expect("strs joined make a str"));
    }
    let mut s = String::with_capacity(total);
    for p in parts {
        s.push_str(p);
    }
    Rc::from(s)
}

/// `s` repeated `n` times (`n >= 2`; the caller handles the shorter cases, which CPython
/// answers with the empty str or `s` itself).
pub fn repeat(s: &str, n: usize) -> Rc<str> {
    let total = s.len().saturating_mul(n);
    if total <= STACK_BYTES {
        return concat(std::iter::repeat_n(s, n), total);
    }
    Rc::from(s.repeat(n))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn concat_and_repeat_give_the_joined_text_short_and_long() {
        for parts in [vec![], vec!["a"], vec!["ab", "", "h\u{e9}"], vec!["x"; 300]] {
            let total = parts.iter().map(|p| p.len()).sum();
            assert_eq!(&*concat(parts.iter().copied(), total), parts.concat());
        }
        for (s, n) in [("ab", 2), ("\u{2603}", 5), ("xyz", 200)] {
            assert_eq!(&*repeat(s, n), s.repeat(n));
        }
    }
}
