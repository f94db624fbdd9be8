//! String interning: each distinct string of the log is stored once and named by a [`Sym`].

use std::rc::Rc;

use rustc_hash::FxHashMap;

/// An interned string's id. `Sym::EMPTY` is the empty string.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Sym(pub u32);

impl Sym {
    /// The empty string (always interned first).
    pub const EMPTY: Sym = Sym(0);
}

/// The table of interned strings.
pub struct Interner {
    strings: Vec<Rc<str>>,
    index: FxHashMap<Rc<str>, Sym>,
    bytes: usize,
    /// Names (variable, function and attribute names held by code objects) by the address of
    /// their allocation, so a name bound a million times is hashed once. Each entry keeps its
    /// `Rc` alive, so an address is never reused for another text while it is cached.
    by_address: FxHashMap<usize, (Rc<str>, Sym)>,
}

/// Names cached by address before the cache is emptied (bounds what it keeps alive).
const MAX_CACHED_NAMES: usize = 1 << 16;

impl Default for Interner {
    fn default() -> Self {
        Interner::new()
    }
}

impl Interner {
    /// A table holding only the empty string.
    pub fn new() -> Interner {
        let mut t = Interner {
            strings: Vec::new(),
            index: FxHashMap::default(),
            bytes: 0,
            by_address: FxHashMap::default(),
        };
        t.intern("");
        t
    }

    /// The id of `s`, adding it if new.
    pub fn intern(&mut self, s: &str) -> Sym {
        if let Some(&sym) = self.index.get(s) {
            return sym;
        }
        self.insert(Rc::from(s))
    }

    /// The id of `s`, reusing its allocation if new.
    pub fn intern_rc(&mut self, s: &Rc<str>) -> Sym {
        if let Some(&sym) = self.index.get(&**s) {
            return sym;
        }
        self.insert(s.clone())
    }

    /// The id of the name `s`: like [`Interner::intern_rc`], but remembered by the address
    /// of `s`, for the long-lived names of code objects (looked up without hashing the text).
    #[inline]
    pub fn intern_name(&mut self, s: &Rc<str>) -> Sym {
        let address = Rc::as_ptr(s) as *const u8 as usize;
        if let Some((_, sym)) = self.by_address.get(&address) {
            return *sym;
        }
        let sym = self.intern_rc(s);
        if self.by_address.len() >= MAX_CACHED_NAMES {
            self.by_address.clear();
        }
        self.by_address.insert(address, (s.clone(), sym));
        sym
    }

    fn insert(&mut self, s: Rc<str>) -> Sym {
        let sym = Sym(self.strings.len() as u32);
        self.bytes += s.len();
        self.strings.push(s.clone());
        self.index.insert(s, sym);
        sym
    }

    /// The string behind `sym` (empty for an unknown id).
    pub fn get(&self, sym: Sym) -> &str {
        self.strings.get(sym.0 as usize).map_or("", |s| s)
    }

    /// The shared string behind `sym`.
    pub fn get_rc(&self, sym: Sym) -> Rc<str> {
        self.strings
            .get(sym.0 as usize)
            .cloned()
            .unwrap_or_else(|| Rc::from(""))
    }

    /// How many strings are interned.
    pub fn len(&self) -> usize {
        self.strings.len()
    }

    /// True if only the empty string is interned.
    pub fn is_empty(&self) -> bool {
        self.strings.len() <= 1
    }

    /// An estimate of the heap bytes used: the text, one `Rc` header and pointer per
    /// string, and the hash index.
    pub fn heap_bytes(&self) -> usize {
        let per_string = 16 + 16 + 24; // Rc header, the Vec slot, the map entry (key + value + control)
        self.bytes + self.strings.capacity() * 16 + self.strings.len() * (per_string - 16)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_strings_share_one_id() {
        let mut t = Interner::new();
        let a = t.intern("sleep(1)");
        let b = t.intern_rc(&Rc::from("sleep(1)"));
        let c = t.intern("sleep(2)");
        assert_eq!(a, b);
        assert_ne!(a, c);
        assert_eq!(t.get(c), "sleep(2)");
        assert_eq!(t.intern(""), Sym::EMPTY);
        assert_eq!(t.len(), 3);
    }

    #[test]
    fn names_cached_by_address_keep_their_text() {
        let mut t = Interner::new();
        let a: Rc<str> = Rc::from("items");
        let first = t.intern_name(&a);
        assert_eq!(t.intern_name(&a), first);
        assert_eq!(t.intern("items"), first);
        // Another allocation with other text never shares the cached id.
        let b: Rc<str> = Rc::from("total");
        let second = t.intern_name(&b);
        assert_ne!(second, first);
        assert_eq!(t.get(second), "total");
    }
}
