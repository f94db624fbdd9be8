//! The decimal digits of an int's magnitude written on the stack, without the formatter's
//! machinery: reprs, `str(int)` and int format specs write many small ints.

/// Room for the digits of any `u64` (20 of them at most).
pub type DigitBuf = [u8; 20];

/// Writes the decimal digits of `n` at the end of `buf` and returns them (ASCII, no sign).
#[inline]
pub fn decimal_digits(mut n: u64, buf: &mut DigitBuf) -> &[u8] {
    let mut at = buf.len();
    loop {
        at -= 1;
        buf[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    &buf[at..]
}

#[cfg(test)]
mod tests {
    use super::{decimal_digits, DigitBuf};

    #[test]
    fn digits_match_to_string() {
        for n in [0, 7, 10, 999, 1_000_000, i64::MAX as u64 + 1, u64::MAX] {
            let mut buf: DigitBuf = [0; 20];
            assert_eq!(decimal_digits(n, &mut buf), n.to_string().as_bytes());
        }
    }
}
