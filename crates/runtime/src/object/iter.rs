//! Built-in iterators (list_iterator, range_iterator, enumerate, zip, map, ...) and dict views.

use std::cell::RefCell;
use std::rc::Rc;

use super::{builtin_types, Dict, SetObj, TypeObject, Value};

/// A built-in iterator or view.
pub struct IterObj {
    /// Its state.
    pub state: RefCell<IterState>,
}

/// Which dict view.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum DictPart {
    /// Keys.
    Keys,
    /// Values.
    Values,
    /// (key, value) tuples.
    Items,
}

/// The state of a built-in iterator.
pub enum IterState {
    /// Over a list (sees appends).
    List {
        list: Rc<RefCell<super::Items>>,
        idx: usize,
    },
    /// Over a list, backwards.
    ListRev {
        list: Rc<RefCell<super::Items>>,
        idx: usize,
    },
    /// Over a tuple (or any snapshot of values).
    Seq {
        items: Rc<super::Items>,
        idx: usize,
        type_name: &'static str,
    },
    /// Over a range.
    Range { cur: i64, step: i64, remaining: i64 },
    /// Over the characters of a str.
    Str { s: Rc<str>, pos: usize },
    /// Over a dict (raises if its size changes).
    Dict {
        dict: Rc<Dict>,
        pos: usize,
        part: DictPart,
        len: usize,
    },
    /// Over a set's table (raises if its size changes; `len` is `usize::MAX` once it did).
    Set {
        set: Rc<SetObj>,
        pos: usize,
        len: usize,
    },
    /// A dict view object (iterable, not an iterator).
    DictView { dict: Rc<Dict>, part: DictPart },
    /// `enumerate(it, start)`.
    Enumerate { inner: Value, count: i64 },
    /// `zip(*its)`.
    Zip { inners: Vec<Value>, strict: bool },
    /// `map(f, *its)`.
    Map { func: Value, inners: Vec<Value> },
    /// `filter(f, it)`.
    Filter { func: Value, inner: Value },
    /// `iter(callable, sentinel)`.
    Callable { func: Value, sentinel: Value },
    /// Exhausted.
    Done,
}

/// The next item of a range iterator's state (`cur`, `step`, `remaining`), advancing it; `None`
/// once it is exhausted. Both `for` loops' fast path and the general `next` step through it.
#[inline]
pub fn range_next(cur: &mut i64, step: i64, remaining: &mut i64) -> Option<Value> {
    if *remaining > 0 {
        let v = *cur;
        *cur = cur.wrapping_add(step);
        *remaining -= 1;
        Some(Value::Int(v))
    } else {
        None
    }
}

impl IterObj {
    /// Wraps a state into an iterator value.
    pub fn value(state: IterState) -> Value {
        Value::Iter(Rc::new(IterObj {
            state: RefCell::new(state),
        }))
    }

    /// The iterator's class.
    pub fn class(&self) -> Rc<TypeObject> {
        let t = builtin_types();
        let name = match &*self.state.borrow() {
            IterState::List { .. } => "list_iterator",
            IterState::ListRev { .. } => "list_reverseiterator",
            IterState::Seq { type_name, .. } => type_name,
            IterState::Range { .. } => "range_iterator",
            IterState::Str { .. } => "str_ascii_iterator",
            IterState::Dict { part, .. } => match part {
                DictPart::Keys => "dict_keyiterator",
                DictPart::Values => "dict_valueiterator",
                DictPart::Items => "dict_itemiterator",
            },
            IterState::DictView { part, .. } => match part {
                DictPart::Keys => "dict_keys",
                DictPart::Values => "dict_values",
                DictPart::Items => "dict_items",
            },
            IterState::Set { .. } => "set_iterator",
            IterState::Enumerate { .. } => "enumerate",
            IterState::Zip { .. } => "zip",
            IterState::Map { .. } => "map",
            IterState::Filter { .. } => "filter",
            IterState::Callable { .. } => "callable_iterator",
            IterState::Done => "list_iterator",
        };
        t.iter_type(name)
    }

    /// True for views (iterable but not iterators).
    pub fn is_view(&self) -> bool {
        matches!(&*self.state.borrow(), IterState::DictView { .. })
    }
}
