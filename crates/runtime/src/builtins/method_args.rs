//! Checks on the arguments of the built-in types' methods made before a method runs, with
//! CPython 3.12's errors: a method called unbound needs its receiver (`str.upper()`), and for
//! keyword arguments, most methods take none (`'a'.upper(x=1)` is "str.upper() takes no
//! keyword arguments"); the few that do (`split`, `sort`, `encode`...) refuse names they do not
//! have and names also given by position. Only calls with keywords reach these checks.
//!
//! CPython words the error of a few varargs methods (`find`, `count`, `set.union`...) without
//! the type's name when they are called through a bound method object kept in a variable
//! (`f = s.find; f(x=1)`); the message here is the one of the usual `s.find(x=1)`.

/// The keywords a method accepts.
enum KeywordParams {
    /// Any name at all (`str.format`, `dict.update`).
    Any,
    /// These names, each with its position among the arguments after the receiver (`None` for
    /// keyword-only parameters).
    Named(&'static [(&'static str, Option<usize>)]),
}

/// The built-in types whose methods are checked here (methods of other native types, such as
/// the event loop's, are Python functions in CPython and take keywords).
const CHECKED_OWNERS: &[&str] = &[
    "str",
    "bytes",
    "list",
    "tuple",
    "dict",
    "set",
    "frozenset",
    "int",
    "float",
    "range",
    "slice",
    "dict_keys",
    "dict_values",
    "dict_items",
];

/// True for the named methods of the checked types (their dunder methods, such as
/// `dict.__init__`, are slot wrappers with their own rules).
fn checked(owner: &str, name: &str) -> bool {
    CHECKED_OWNERS.contains(&owner) && !name.starts_with("__")
}

/// The keyword parameters of `owner.name`, `None` if it takes no keywords.
fn keyword_params(owner: &str, name: &str) -> Option<KeywordParams> {
    const SPLIT: &[(&str, Option<usize>)] = &[("sep", Some(1)), ("maxsplit", Some(2))];
    const CODEC: &[(&str, Option<usize>)] = &[("encoding", Some(1)), ("errors", Some(2))];
    Some(match (owner, name) {
        ("str" | "bytes", "split" | "rsplit") => KeywordParams::Named(SPLIT),
        ("str" | "bytes", "splitlines") => KeywordParams::Named(&[("keepends", Some(1))]),
        ("str" | "bytes", "expandtabs") => KeywordParams::Named(&[("tabsize", Some(1))]),
        ("str", "encode") | ("bytes", "decode") => KeywordParams::Named(CODEC),
        ("str", "format") | ("dict", "update") => KeywordParams::Any,
        ("bytes", "hex") => KeywordParams::Named(&[("sep", Some(1)), ("bytes_per_sep", Some(2))]),
        ("bytes", "translate") => KeywordParams::Named(&[("delete", Some(2))]),
        ("list", "sort") => KeywordParams::Named(&[("key", None), ("reverse", None)]),
        ("int", "to_bytes") => KeywordParams::Named(&[
            ("length", Some(1)),
            ("byteorder", Some(2)),
            ("signed", None),
        ]),
        ("int", "from_bytes") => {
            KeywordParams::Named(&[("bytes", Some(1)), ("byteorder", Some(2)), ("signed", None)])
        }
        _ => return None,
    })
}

/// CPython's TypeError message for calling `owner.name` unbound with no argument at all (no
/// receiver), if it is a method of a checked built-in type.
pub fn missing_receiver(owner: &str, name: &str) -> Option<String> {
    checked(owner, name).then(|| format!("unbound method {owner}.{name}() needs an argument"))
}

/// CPython's TypeError message for calling `owner.name` with these keyword names and
/// `positional` arguments after the receiver, if the call is refused before the method runs.
pub fn refusal<'a>(
    owner: &str,
    name: &str,
    positional: usize,
    keywords: impl Iterator<Item = &'a str>,
) -> Option<String> {
    if !checked(owner, name) {
        return None;
    }
    let params = match keyword_params(owner, name) {
        None => return Some(format!("{owner}.{name}() takes no keyword arguments")),
        Some(KeywordParams::Any) => return None,
        Some(KeywordParams::Named(params)) => params,
    };
    named_keyword_refusal(name, params, positional, keywords)
}

/// CPython's TypeError message for calling `name` (a method, or a built-in such as `str()`)
/// whose keyword parameters are `params` (each with its position among the arguments after
/// any receiver) with `positional` arguments and these keyword names, if the call is
/// refused: too many arguments in all, an unknown name, a name also given by position.
pub fn named_keyword_refusal<'a>(
    name: &str,
    params: &[(&str, Option<usize>)],
    positional: usize,
    keywords: impl Iterator<Item = &'a str>,
) -> Option<String> {
    // Too many positional arguments is the method's own error, which CPython reports first.
    let max_positional = params.iter().filter_map(|(_, at)| *at).max().unwrap_or(0);
    if positional > max_positional {
        return None;
    }
    let keywords: Vec<&str> = keywords.collect();
    // Positional-only parameters before the named ones count too (`translate(table, /,
    // delete=b'')` takes 2 arguments, one named).
    let n = params.len().max(max_positional);
    if positional + keywords.len() > n {
        let s = if n == 1 { "" } else { "s" };
        let given = positional + keywords.len();
        return Some(format!(
            "{name}() takes at most {n} argument{s} ({given} given)"
        ));
    }
    keywords
        .into_iter()
        .find_map(|key| match params.iter().find(|(p, _)| *p == key) {
            None => Some(format!(
                "'{key}' is an invalid keyword argument for {name}()"
            )),
            Some((_, Some(at))) if *at <= positional => Some(format!(
                "argument for {name}() given by name ('{key}') and position ({at})"
            )),
            Some(_) => None,
        })
}

#[cfg(test)]
mod tests {
    use super::refusal;

    #[test]
    fn most_methods_take_no_keywords() {
        assert_eq!(
            refusal("str", "upper", 0, ["x"].into_iter()).as_deref(),
            Some("str.upper() takes no keyword arguments")
        );
        assert_eq!(
            refusal("set", "union", 1, ["x"].into_iter()).as_deref(),
            Some("set.union() takes no keyword arguments")
        );
    }

    #[test]
    fn keyword_methods_check_names_and_positions() {
        assert_eq!(refusal("str", "split", 0, ["maxsplit"].into_iter()), None);
        assert_eq!(
            refusal("str", "split", 0, ["zz"].into_iter()).as_deref(),
            Some("'zz' is an invalid keyword argument for split()")
        );
        assert_eq!(
            refusal("str", "split", 1, ["sep"].into_iter()).as_deref(),
            Some("argument for split() given by name ('sep') and position (1)")
        );
        assert_eq!(refusal("dict", "update", 1, ["a"].into_iter()), None);
        // 3.12 (not 3.13) refuses `count=` for replace, and words unknown names this way.
        assert_eq!(
            refusal("str", "replace", 2, ["count"].into_iter()).as_deref(),
            Some("str.replace() takes no keyword arguments")
        );
        assert_eq!(
            refusal("list", "sort", 0, ["cmp"].into_iter()).as_deref(),
            Some("'cmp' is an invalid keyword argument for sort()")
        );
        assert_eq!(
            refusal("str", "split", 2, ["maxsplit"].into_iter()).as_deref(),
            Some("split() takes at most 2 arguments (3 given)")
        );
    }

    #[test]
    fn an_unbound_method_needs_its_receiver() {
        assert_eq!(
            super::missing_receiver("str", "find").as_deref(),
            Some("unbound method str.find() needs an argument")
        );
        assert_eq!(super::missing_receiver("BaseEventLoop", "time"), None);
    }

    #[test]
    fn other_native_types_are_not_checked() {
        assert_eq!(
            refusal("BaseEventLoop", "run_until_complete", 0, ["x"].into_iter()),
            None
        );
    }
}
