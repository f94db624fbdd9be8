//! Formatting of the short values the log stores (numbers inline, other reprs interned).

use crate::event::ShortVal;
use crate::float_repr::float_repr;
use crate::intern::Interner;

/// Formats a stored short value.
pub fn format_short(v: ShortVal, strings: &Interner) -> String {
    match v {
        ShortVal::None => "None".into(),
        ShortVal::Bool(true) => "True".into(),
        ShortVal::Bool(false) => "False".into(),
        ShortVal::Int(i) => i.to_string(),
        ShortVal::Float(f) => float_repr(f),
        ShortVal::Text(s) => strings.get(s).to_string(),
    }
}
