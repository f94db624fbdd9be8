//! Type objects: built-in and user classes share one representation, so `type(x)`,
//! `isinstance`, `__name__` and subclassing built-in exceptions work uniformly.

use std::cell::{Cell, Ref, RefCell, RefMut};
use std::rc::Rc;

use super::type_cache;
use super::{new_attr_map, AttrMap, Value};

/// The built-in "solid base" a class's instances are laid out as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TypeKind {
    /// `object` and plain user classes.
    Object,
    /// Instances carry exception data.
    BaseException,
    /// Instances carry native library state (asyncio futures and friends).
    Native,
    /// A built-in type whose instances are not `Value::Instance` (int, str, list...).
    Builtin,
}

/// A class.
pub struct TypeObject {
    /// `__name__`.
    pub name: Rc<str>,
    /// `__qualname__`.
    pub qualname: Rc<str>,
    /// `__module__` (`builtins` for built-in types).
    pub module: Rc<str>,
    /// Direct bases.
    pub bases: Vec<Rc<TypeObject>>,
    /// The method resolution order, excluding the class itself.
    pub mro: Vec<Rc<TypeObject>>,
    /// The class namespace: read through [`TypeObject::dict`], changed only through
    /// [`TypeObject::dict_mut`] (which gives this class and its subclasses new versions).
    namespace: RefCell<AttrMap>,
    /// The instance layout.
    pub kind: TypeKind,
    /// True for built-in types (their attributes cannot be set).
    pub builtin: bool,
    /// True if Python code may subclass it.
    pub subclassable: bool,
    /// Its direct subclasses in creation order (weak: a subclass does not keep itself alive
    /// through its base), for `type.__subclasses__()`.
    pub subclasses: RefCell<Vec<std::rc::Weak<TypeObject>>>,
    /// The version tag keying [`type_cache`]: unique over the run, replaced whenever the
    /// namespace of this class or of a class in its MRO changes.
    version: Cell<u64>,
    /// `type(cls)` when it is a user metaclass (a subclass of `type`); `None` for `type`
    /// itself, so plain classes carry nothing and their paths check one field.
    pub metaclass: Option<Rc<TypeObject>>,
    /// True for `type` and its subclasses: calling one makes a class (vm/metaclass.rs).
    pub makes_classes: bool,
}

/// What a new class is made of (see [`TypeObject::from_parts`]).
pub struct ClassParts {
    /// `__name__`.
    pub name: Rc<str>,
    /// `__qualname__`.
    pub qualname: Rc<str>,
    /// `__module__`.
    pub module: Rc<str>,
    /// Direct bases.
    pub bases: Vec<Rc<TypeObject>>,
    /// The MRO excluding the class itself.
    pub mro: Vec<Rc<TypeObject>>,
    /// The initial namespace.
    pub dict: AttrMap,
    /// The instance layout.
    pub kind: TypeKind,
    /// True for built-in types.
    pub builtin: bool,
    /// True if Python code may subclass it.
    pub subclassable: bool,
    /// The user metaclass (`None` for `type`).
    pub metaclass: Option<Rc<TypeObject>>,
}

impl TypeObject {
    /// Creates a built-in type with the given bases.
    pub fn new_builtin(name: &str, bases: &[Rc<TypeObject>], kind: TypeKind) -> Rc<TypeObject> {
        TypeObject::from_parts(ClassParts {
            name: Rc::from(name),
            qualname: Rc::from(name),
            module: Rc::from("builtins"),
            bases: bases.to_vec(),
            mro: c3_mro(bases).unwrap_or_default(),
            dict: new_attr_map(),
            kind,
            builtin: true,
            subclassable: kind != TypeKind::Builtin
                || crate::builtins::subclass::SUBCLASSABLE.contains(&name),
            metaclass: None,
        })
    }

    /// Creates a class from its parts, registered as a subclass of each of its bases (so a
    /// change to a base's namespace reaches its cached lookups).
    pub fn from_parts(p: ClassParts) -> Rc<TypeObject> {
        let makes_classes =
            p.bases.iter().any(|b| b.makes_classes) || (p.builtin && &*p.name == "type");
        let t = Rc::new(TypeObject {
            name: p.name,
            qualname: p.qualname,
            module: p.module,
            bases: p.bases,
            mro: p.mro,
            namespace: RefCell::new(p.dict),
            kind: p.kind,
            builtin: p.builtin,
            subclassable: p.subclassable,
            subclasses: RefCell::new(Vec::new()),
            version: Cell::new(type_cache::fresh_version()),
            makes_classes,
            metaclass: p.metaclass,
        });
        for base in &t.bases {
            base.subclasses.borrow_mut().push(Rc::downgrade(&t));
        }
        t
    }

    /// The version tag: unique over the run, replaced whenever this class's namespace or
    /// that of a class in its MRO changes (the key of attribute caches).
    #[inline]
    pub fn version(&self) -> u64 {
        self.version.get()
    }

    /// The class namespace, for reading.
    pub fn dict(&self) -> Ref<'_, AttrMap> {
        self.namespace.borrow()
    }

    /// The class namespace, for changing: first gives this class and every subclass a new
    /// version, so no cached lookup made before the change is used again.
    pub fn dict_mut(&self) -> RefMut<'_, AttrMap> {
        self.invalidate_lookups();
        self.namespace.borrow_mut()
    }

    /// Replaces the version of this class and of its live subclasses (recursively).
    fn invalidate_lookups(&self) {
        self.version.set(type_cache::fresh_version());
        let subs: Vec<Rc<TypeObject>> = self
            .subclasses
            .borrow()
            .iter()
            .filter_map(|w| w.upgrade())
            .collect();
        for sub in subs {
            sub.invalidate_lookups();
        }
    }

    /// The class at position `pos` of the full MRO (0 is the class itself).
    fn mro_at(&self, pos: usize) -> &TypeObject {
        if pos == 0 {
            self
        } else {
            &self.mro[pos - 1]
        }
    }

    /// Where `name` is defined along the full MRO: (MRO position, entry index in that class's
    /// namespace), through the lookup cache. With `user_only`, built-in classes other than
    /// native library classes are skipped (see `vm::ops::user_method`).
    fn locate(&self, name: &str, user_only: bool) -> Option<(usize, usize)> {
        let version = self.version.get();
        if let Some(hit) = type_cache::get(version, name, user_only) {
            return hit;
        }
        let found = self.mro_iter().enumerate().find_map(|(pos, c)| {
            if user_only && c.builtin && c.kind != TypeKind::Native {
                return None;
            }
            c.namespace
                .borrow()
                .get_index_of(name)
                .map(|idx| (pos, idx))
        });
        type_cache::put(version, name, user_only, found);
        found
    }

    /// The value at a location returned by [`TypeObject::locate`].
    fn value_at(&self, (pos, idx): (usize, usize)) -> Option<Value> {
        self.mro_at(pos)
            .namespace
            .borrow()
            .get_index(idx)
            .map(|(_, v)| v.clone())
    }

    /// Looks `name` up along the MRO, skipping built-in classes other than native library
    /// classes (the lookup behind `vm::ops::user_method`).
    pub fn lookup_user(&self, name: &str) -> Option<Value> {
        self.locate(name, true).and_then(|at| self.value_at(at))
    }

    /// Looks `name` up along the MRO (class first).
    pub fn lookup(&self, name: &str) -> Option<Value> {
        self.locate(name, false).and_then(|at| self.value_at(at))
    }

    /// Like `lookup`, also telling which class in the MRO defined it.
    pub fn lookup_with_owner(self: &Rc<Self>, name: &str) -> Option<(Value, Rc<TypeObject>)> {
        let at = self.locate(name, false)?;
        let owner = if at.0 == 0 {
            self.clone()
        } else {
            self.mro[at.0 - 1].clone()
        };
        self.value_at(at).map(|v| (v, owner))
    }

    /// `issubclass(self, other)`.
    pub fn is_subclass(&self, other: &TypeObject) -> bool {
        std::ptr::eq(self, other) || self.mro.iter().any(|t| std::ptr::eq(&**t, other))
    }

    /// The full MRO including the class itself, without allocating.
    pub fn mro_iter(&self) -> impl Iterator<Item = &TypeObject> {
        std::iter::once(self).chain(self.mro.iter().map(|t| &**t))
    }

    /// The full MRO including the class itself.
    pub fn full_mro(self: &Rc<Self>) -> Vec<Rc<TypeObject>> {
        let mut v = vec![self.clone()];
        v.extend(self.mro.iter().cloned());
        v
    }

    /// The name shown in tracebacks: `module.qualname` unless builtins or `__main__`.
    pub fn display_name(&self) -> String {
        if &*self.module == "builtins" || &*self.module == "__main__" {
            self.qualname.to_string()
        } else {
            format!("{}.{}", self.module, self.qualname)
        }
    }

    /// `type(cls)`: the user metaclass, or `type`.
    pub fn metatype(&self) -> Rc<TypeObject> {
        match &self.metaclass {
            Some(m) => m.clone(),
            None => builtin_types().type_.clone(),
        }
    }

    /// True for `type` and its subclasses (metaclasses: their instances are classes).
    pub fn is_metaclass(&self) -> bool {
        self.makes_classes
    }

    /// The direct subclasses still alive, in creation order (`type.__subclasses__()`).
    pub fn live_subclasses(&self) -> Vec<Rc<TypeObject>> {
        let mut subs = self.subclasses.borrow_mut();
        subs.retain(|w| w.strong_count() > 0);
        subs.iter().filter_map(|w| w.upgrade()).collect()
    }

    /// Sets an attribute in the class namespace.
    pub fn set_attr(&self, name: &str, v: Value) {
        self.dict_mut().insert(Rc::from(name), v);
    }
}

/// Computes the C3 linearization of a class with these bases (the result excludes the class).
pub fn c3_mro(bases: &[Rc<TypeObject>]) -> Result<Vec<Rc<TypeObject>>, String> {
    let mut seqs: Vec<Vec<Rc<TypeObject>>> = bases.iter().map(|b| b.full_mro()).collect();
    seqs.push(bases.to_vec());
    let mut out: Vec<Rc<TypeObject>> = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut found = None;
        for s in &seqs {
            let cand = &s[0];
            let in_tail = seqs
                .iter()
                .any(|t| t[1..].iter().any(|x| Rc::ptr_eq(x, cand)));
            if !in_tail {
                found = Some(cand.clone());
                break;
            }
        }
        let Some(c) = found else {
            let names: Vec<String> = bases.iter().map(|b| b.name.to_string()).collect();
            return Err(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            ));
        };
        for s in seqs.iter_mut() {
            if Rc::ptr_eq(&s[0], &c) {
                s.remove(0);
            }
        }
        out.push(c);
    }
}

/// The built-in types of one thread (immutable after creation; shared by all VMs on the thread).
pub struct BuiltinTypes {
    /// `object`.
    pub object: Rc<TypeObject>,
    /// `type`.
    pub type_: Rc<TypeObject>,
    /// `NoneType`.
    pub none_type: Rc<TypeObject>,
    /// `NotImplementedType`.
    pub not_implemented_type: Rc<TypeObject>,
    /// `ellipsis`.
    pub ellipsis_type: Rc<TypeObject>,
    /// `int`.
    pub int: Rc<TypeObject>,
    /// `bool`.
    pub bool: Rc<TypeObject>,
    /// `float`.
    pub float: Rc<TypeObject>,
    /// `str`.
    pub str: Rc<TypeObject>,
    /// `bytes`.
    pub bytes: Rc<TypeObject>,
    /// `list`.
    pub list: Rc<TypeObject>,
    /// `tuple`.
    pub tuple: Rc<TypeObject>,
    /// `dict`.
    pub dict: Rc<TypeObject>,
    /// `set`.
    pub set: Rc<TypeObject>,
    /// `frozenset`.
    pub frozenset: Rc<TypeObject>,
    /// `range`.
    pub range: Rc<TypeObject>,
    /// `slice`.
    pub slice: Rc<TypeObject>,
    /// Built-in types the playground does not implement (`complex`, `bytearray`,
    /// `memoryview`): there for `isinstance` and reprs; calling one is refused by name.
    pub unsupported: Vec<Rc<TypeObject>>,
    /// `function`.
    pub function: Rc<TypeObject>,
    /// `method`.
    pub method: Rc<TypeObject>,
    /// `builtin_function_or_method`.
    pub builtin_function: Rc<TypeObject>,
    /// `generator`.
    pub generator: Rc<TypeObject>,
    /// `coroutine`.
    pub coroutine: Rc<TypeObject>,
    /// `async_generator`.
    pub async_generator: Rc<TypeObject>,
    /// `module`.
    pub module: Rc<TypeObject>,
    /// `cell`.
    pub cell: Rc<TypeObject>,
    /// `property`.
    pub property: Rc<TypeObject>,
    /// `staticmethod`.
    pub staticmethod: Rc<TypeObject>,
    /// `classmethod`.
    pub classmethod: Rc<TypeObject>,
    /// `super`.
    pub super_: Rc<TypeObject>,
    /// Built-in iterator types by name (`list_iterator`, `enumerate`, `zip`, ...).
    pub iter_types: Vec<(&'static str, Rc<TypeObject>)>,
    /// Built-in exception types by name.
    pub exceptions: Vec<(&'static str, Rc<TypeObject>)>,
}

impl BuiltinTypes {
    /// A built-in exception type by name (panics only on a misspelt name in our own code).
    pub fn exc(&self, name: &str) -> Rc<TypeObject> {
        for (n, t) in &self.exceptions {
            if *n == name {
                return t.clone();
            }
        }
        self.exceptions[0].1.clone()
    }
    /// A built-in iterator type by name.
    pub fn iter_type(&self, name: &str) -> Rc<TypeObject> {
        for (n, t) in &self.iter_types {
            if *n == name {
                return t.clone();
            }
        }
        self.object.clone()
    }
}

/// CPython's built-in types that the playground does not implement (see
/// [`BuiltinTypes::unsupported`]).
pub const UNSUPPORTED_TYPES: &[&str] = &["complex", "bytearray", "memoryview"];

/// The exception hierarchy: (name, base name).
const EXCEPTION_TREE: &[(&str, &str)] = &[
    ("BaseException", ""),
    ("SystemExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("Exception", "BaseException"),
    ("BaseExceptionGroup", "BaseException"),
    ("StopIteration", "Exception"),
    ("StopAsyncIteration", "Exception"),
    ("ArithmeticError", "Exception"),
    ("FloatingPointError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("BufferError", "Exception"),
    ("EOFError", "Exception"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("MemoryError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("OSError", "Exception"),
    ("FileNotFoundError", "OSError"),
    ("FileExistsError", "OSError"),
    ("PermissionError", "OSError"),
    ("TimeoutError", "OSError"),
    ("BlockingIOError", "OSError"),
    ("ChildProcessError", "OSError"),
    ("InterruptedError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("ProcessLookupError", "OSError"),
    ("ConnectionError", "OSError"),
    ("BrokenPipeError", "ConnectionError"),
    ("ConnectionAbortedError", "ConnectionError"),
    ("ConnectionRefusedError", "ConnectionError"),
    ("ConnectionResetError", "ConnectionError"),
    ("ReferenceError", "Exception"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("TabError", "IndentationError"),
    ("SystemError", "Exception"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("UnicodeTranslateError", "UnicodeError"),
    ("Warning", "Exception"),
    ("UserWarning", "Warning"),
    ("DeprecationWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"),
    ("SyntaxWarning", "Warning"),
    ("FutureWarning", "Warning"),
    ("ImportWarning", "Warning"),
    ("UnicodeWarning", "Warning"),
    ("BytesWarning", "Warning"),
    ("ResourceWarning", "Warning"),
    ("EncodingWarning", "Warning"),
    ("ExceptionGroup", "BaseExceptionGroup"),
];

fn build() -> BuiltinTypes {
    use TypeKind::*;
    let object = TypeObject::new_builtin("object", &[], Object);
    let o = std::slice::from_ref(&object);
    let b = |name: &str| TypeObject::new_builtin(name, o, Builtin);
    let int = b("int");
    let bool_ = TypeObject::new_builtin("bool", std::slice::from_ref(&int), Builtin);
    let mut exceptions: Vec<(&'static str, Rc<TypeObject>)> = Vec::new();
    for (name, base) in EXCEPTION_TREE {
        let mut bases: Vec<Rc<TypeObject>> = Vec::new();
        if base.is_empty() {
            bases.push(object.clone());
        } else if let Some((_, t)) = exceptions.iter().find(|(n, _)| n == base) {
            bases.push(t.clone());
        }
        if *name == "ExceptionGroup" {
            if let Some((_, t)) = exceptions.iter().find(|(n, _)| *n == "Exception") {
                bases.push(t.clone());
            }
        }
        exceptions.push((name, TypeObject::new_builtin(name, &bases, BaseException)));
    }
    let iter_names = [
        "list_iterator",
        "tuple_iterator",
        "range_iterator",
        "str_ascii_iterator",
        "bytes_iterator",
        "dict_keyiterator",
        "dict_valueiterator",
        "dict_itemiterator",
        "set_iterator",
        "list_reverseiterator",
        "enumerate",
        "zip",
        "map",
        "filter",
        "reversed",
        "dict_keys",
        "dict_values",
        "dict_items",
        "callable_iterator",
    ];
    let iter_types = iter_names.iter().map(|n| (*n, b(n))).collect();
    BuiltinTypes {
        type_: b("type"),
        none_type: b("NoneType"),
        not_implemented_type: b("NotImplementedType"),
        ellipsis_type: b("ellipsis"),
        int,
        bool: bool_,
        float: b("float"),
        str: b("str"),
        bytes: b("bytes"),
        list: b("list"),
        tuple: b("tuple"),
        dict: b("dict"),
        set: b("set"),
        frozenset: b("frozenset"),
        range: b("range"),
        slice: b("slice"),
        unsupported: UNSUPPORTED_TYPES.iter().map(|name| b(name)).collect(),
        function: b("function"),
        method: b("method"),
        builtin_function: b("builtin_function_or_method"),
        generator: b("generator"),
        coroutine: b("coroutine"),
        async_generator: b("async_generator"),
        module: b("module"),
        cell: b("cell"),
        property: b("property"),
        staticmethod: b("staticmethod"),
        classmethod: b("classmethod"),
        super_: b("super"),
        iter_types,
        exceptions,
        object,
    }
}

thread_local! {
    static TYPES: Rc<BuiltinTypes> = {
        let t = Rc::new(build());
        crate::builtins::install_type_methods(&t);
        t
    };
}

/// The built-in types of this thread.
pub fn builtin_types() -> Rc<BuiltinTypes> {
    TYPES.with(|t| t.clone())
}
