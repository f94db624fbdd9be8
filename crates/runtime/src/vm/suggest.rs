//! "Did you mean" suggestions for NameError and AttributeError, as CPython 3.12 appends them
//! to the last line of a printed traceback.
//!
//! CPython's rule: among the candidate names (for a NameError: the raising frame's local
//! variable names, then its globals, then the builtins; for an AttributeError: `dir(obj)`),
//! pick the one with the smallest Levenshtein distance to the missing name, where a move
//! (insertion, deletion, substitution) costs 2 and a case flip costs 1, and a candidate is
//! only taken if at most about a third of the characters need changing. Earlier candidates win
//! ties. No suggestion is made when there are 750 candidates or more, or for names longer
//! than 40 bytes (after trimming common affixes).

use std::rc::Rc;

use super::suggest_data::{
    BUILTIN_NAMES, BUILTIN_TYPE_DIRS, STDLIB_MODULE_NAMES, USER_CLASS_DICT_NAMES,
};
use super::Vm;
use crate::object::exception::NameScope;
use crate::object::{TypeObject, Value};

/// Cost of inserting, deleting or substituting a byte.
const MOVE_COST: usize = 2;
/// Cost of substituting a byte by the same ASCII letter in the other case.
const CASE_COST: usize = 1;
/// Candidate lists this long are not searched.
const MAX_CANDIDATE_ITEMS: usize = 750;
/// Strings longer than this (after trimming common affixes) never match.
const MAX_STRING_SIZE: usize = 40;

/// The cost of replacing byte `a` by byte `b`.
fn substitution_cost(a: u8, b: u8) -> usize {
    if a == b {
        0
    } else if a.eq_ignore_ascii_case(&b) && a.is_ascii_alphabetic() {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// The weighted edit distance between `a` and `b`, or something above `max_cost` as soon as
/// the distance is known to exceed it.
pub fn levenshtein_distance(a: &[u8], b: &[u8], max_cost: usize) -> usize {
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (mut a, mut b) = (&a[prefix..], &b[prefix..]);
    let suffix = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    a = &a[..a.len() - suffix];
    b = &b[..b.len() - suffix];
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    // One row of the distance matrix: row[i] = cost(b[..j], a[..i + 1]).
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (j, &code) in b.iter().enumerate() {
        let mut diagonal = j * MOVE_COST;
        result = diagonal;
        let mut minimum = usize::MAX;
        for (i, &ai) in a.iter().enumerate() {
            let substitute = diagonal + substitution_cost(code, ai);
            diagonal = row[i];
            result = (result.min(diagonal) + MOVE_COST).min(substitute);
            row[i] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// The candidate closest to `name` by CPython's rule, if any is close enough.
pub fn best_suggestion<'a>(candidates: &[&'a str], name: &str) -> Option<&'a str> {
    if candidates.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<(&str, usize)> = None;
    for &item in candidates {
        if item == name {
            continue;
        }
        // No more than a third of the involved characters may need changing, and a
        // candidate must beat the best one so far.
        let mut max_distance = (name.len() + item.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = best {
            max_distance = max_distance.min(d.saturating_sub(1));
        }
        let distance = levenshtein_distance(name.as_bytes(), item.as_bytes(), max_distance);
        if distance > max_distance {
            continue;
        }
        if best.is_none_or(|(_, d)| distance < d) {
            best = Some((item, distance));
        }
    }
    best.map(|(s, _)| s)
}

/// `dir()` of a built-in type, by name (`object`'s for unknown ones).
fn builtin_dir(type_name: &str) -> &'static [&'static str] {
    BUILTIN_TYPE_DIRS
        .iter()
        .find(|(n, _)| *n == type_name)
        .or_else(|| BUILTIN_TYPE_DIRS.iter().find(|(n, _)| *n == "object"))
        .map(|(_, d)| *d)
        .unwrap_or(&[])
}

/// The names `dir()` lists for instances of `t` (class attributes along the MRO).
fn class_dir(t: &Rc<TypeObject>, out: &mut Vec<String>) {
    let mut builtin_base_done = false;
    for c in t.full_mro() {
        if c.builtin {
            if !builtin_base_done {
                // The first built-in class of the MRO stands for all the built-in ones (their
                // `dir` includes their bases' names).
                let name = if c.kind == crate::object::TypeKind::BaseException {
                    "BaseException"
                } else {
                    &c.name
                };
                out.extend(builtin_dir(name).iter().map(|s| s.to_string()));
                builtin_base_done = true;
            }
        } else {
            out.extend(
                c.dict()
                    .keys()
                    .filter(|k| &***k != "__qualname__")
                    .map(|k| k.to_string()),
            );
            out.extend(USER_CLASS_DICT_NAMES.iter().map(|s| s.to_string()));
        }
    }
}

/// `dir(obj)`, sorted and without duplicates, as far as suggestions need it.
fn dir_of(obj: &Value) -> Vec<String> {
    let mut names = Vec::new();
    match obj {
        Value::Module(m) => names.extend(m.dict.borrow().keys().map(|k| k.to_string())),
        Value::Type(t) => class_dir(t, &mut names),
        Value::Instance(i) => {
            names.extend(i.dict.names().iter().map(|k| k.to_string()));
            class_dir(&i.class.borrow(), &mut names);
        }
        other => {
            let t = other.class();
            if t.builtin {
                names.extend(builtin_dir(&t.name).iter().map(|s| s.to_string()));
            } else {
                class_dir(&t, &mut names);
            }
        }
    }
    names.sort();
    names.dedup();
    names
}

/// True if `obj` has attribute `name` without running Python code.
fn has_plain_attr(obj: &Value, name: &str) -> bool {
    match obj {
        Value::Instance(i) => i.dict.contains(name) || i.class.borrow().lookup(name).is_some(),
        other => other.class().lookup(name).is_some(),
    }
}

/// The suggestion for a missing name looked up in `scope`.
fn name_suggestion(scope: &NameScope, name: &str) -> Option<String> {
    if scope.varnames.iter().any(|v| &**v == "self") {
        if let Some(s) = &scope.self_value {
            if has_plain_attr(s, name) {
                return Some(format!("self.{name}"));
            }
        }
    }
    let locals: Vec<&str> = scope.varnames.iter().map(|s| &**s).collect();
    if let Some(s) = best_suggestion(&locals, name) {
        return Some(s.to_string());
    }
    let globals: Vec<Rc<str>> = scope.globals.dict.borrow().keys().cloned().collect();
    let globals: Vec<&str> = globals.iter().map(|s| &**s).collect();
    if let Some(s) = best_suggestion(&globals, name) {
        return Some(s.to_string());
    }
    best_suggestion(BUILTIN_NAMES, name).map(str::to_string)
}

impl Vm {
    /// A NameError for `name`, remembering the current frame's scope for suggestions.
    pub(crate) fn name_error_here(&mut self, name: &str) -> Value {
        let e = crate::object::exception::name_error(name);
        let f = self.frame();
        let varnames = f.code.varnames.clone();
        let self_value = varnames
            .iter()
            .position(|v| &**v == "self")
            .and_then(|i| f.fast.get(i).cloned().flatten());
        let scope = NameScope {
            varnames,
            self_value,
            globals: f.globals.clone(),
        };
        if let Some(d) = e.exc_data() {
            d.borrow_mut().name_scope = Some(Box::new(scope));
        }
        e
    }

    /// What CPython 3.12 appends to the message of `e` when printing its traceback:
    /// `. Did you mean: 'x'?` and, for a NameError naming a standard module,
    /// `. Did you forget to import 'x'?` (empty if nothing applies).
    pub fn suggestion_suffix(&mut self, e: &Value) -> String {
        let Some(d) = e.exc_data() else {
            return String::new();
        };
        let (name, obj, scope) = {
            let d = d.borrow();
            (d.name.clone(), d.obj.clone(), d.name_scope.clone())
        };
        let Some(name) = name else {
            return String::new();
        };
        let is_name_error = crate::object::exception::is_exc_instance(e, "NameError");
        let is_attribute_error = crate::object::exception::is_exc_instance(e, "AttributeError");
        let suggestion = if is_name_error {
            scope.and_then(|s| name_suggestion(&s, &name))
        } else if is_attribute_error {
            obj.and_then(|o| {
                let names = dir_of(&o);
                let names: Vec<&str> = names.iter().map(String::as_str).collect();
                best_suggestion(&names, &name).map(str::to_string)
            })
        } else {
            None
        };
        let mut out = String::new();
        if let Some(s) = &suggestion {
            out.push_str(&format!(". Did you mean: '{s}'?"));
        }
        if is_name_error && STDLIB_MODULE_NAMES.binary_search(&&*name).is_ok() {
            if suggestion.is_some() {
                out.push_str(&format!(" Or did you forget to import '{name}'"));
            } else {
                out.push_str(&format!(". Did you forget to import '{name}'"));
            }
            out.push('?');
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances_follow_cpythons_weights() {
        assert_eq!(levenshtein_distance(b"pritn", b"print", 100), 4);
        assert_eq!(levenshtein_distance(b"Print", b"print", 100), 1);
        assert_eq!(levenshtein_distance(b"nme", b"name", 100), 2);
        assert_eq!(levenshtein_distance(b"abc", b"abc", 100), 0);
        assert!(levenshtein_distance(b"abcdef", b"uvwxyz", 3) > 3);
    }

    #[test]
    fn best_suggestion_applies_the_third_rule_and_ties() {
        assert_eq!(best_suggestion(&["print", "pow"], "pritn"), Some("print"));
        assert_eq!(best_suggestion(&["name", "other"], "nme"), Some("name"));
        assert_eq!(best_suggestion(&["zzzz"], "a"), None);
        assert_eq!(best_suggestion(&["ab", "ac"], "aa"), Some("ab"));
    }
}
