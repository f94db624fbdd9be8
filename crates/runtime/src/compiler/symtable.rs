//! The symbol-table pass: finds every scope (module, function, lambda, class, comprehension)
//! and decides for each name whether it is local, global, free (closure) or a cell.

use rustc_hash::FxHashMap as HashMap;

use aiterscope_syntax::ast::{self, Expr, Stmt};
use aiterscope_syntax::Ranged;

/// What kind of scope.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScopeKind {
    /// The module.
    Module,
    /// A `def` or `lambda`.
    Function,
    /// A class body.
    Class,
    /// A comprehension or generator expression.
    Comprehension,
}

/// Where a name lives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameScope {
    /// A fast local.
    Local,
    /// A local captured by an inner scope.
    Cell,
    /// A closure variable of an enclosing function.
    Free,
    /// Declared `global`.
    GlobalExplicit,
    /// Not bound anywhere visible: global, then builtins.
    GlobalImplicit,
}

const ASSIGNED: u8 = 1;
const PARAM: u8 = 2;
const GLOBAL: u8 = 4;
const NONLOCAL: u8 = 8;
const USED: u8 = 16;

/// One scope.
#[derive(Debug)]
pub struct Scope {
    /// Its kind.
    pub kind: ScopeKind,
    /// Its name.
    pub name: String,
    /// Names in first-seen order with their flags.
    order: Vec<String>,
    flags: HashMap<String, u8>,
    /// Parameter names in order.
    pub params: Vec<String>,
    /// Child scopes.
    pub children: Vec<usize>,
    /// Resolution of each name.
    pub resolved: HashMap<String, NameScope>,
    /// Cell variable names in order.
    pub cellvars: Vec<String>,
    /// Free variable names in order.
    pub freevars: Vec<String>,
    /// Contains `yield`.
    pub is_generator: bool,
    /// Is `async def` (or an async comprehension).
    pub is_async: bool,
    /// Class scopes: a method needs the implicit `__class__` cell.
    pub needs_class_cell: bool,
    /// First `nonlocal` error, reported as a SyntaxError.
    pub error: Option<(String, u32)>,
    /// Lines of `nonlocal` declarations (for error messages).
    pub decl_lines: HashMap<String, u32>,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str) -> Scope {
        Scope {
            kind,
            name: name.to_string(),
            order: Vec::new(),
            flags: HashMap::default(),
            params: Vec::new(),
            children: Vec::new(),
            resolved: HashMap::default(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            is_generator: false,
            is_async: false,
            needs_class_cell: false,
            error: None,
            decl_lines: HashMap::default(),
        }
    }
    fn add(&mut self, name: &str, flag: u8) {
        match self.flags.get_mut(name) {
            Some(f) => *f |= flag,
            None => {
                self.order.push(name.to_string());
                self.flags.insert(name.to_string(), flag);
            }
        }
    }
    fn bound(&self, name: &str) -> bool {
        self.flags
            .get(name)
            .is_some_and(|f| f & (ASSIGNED | PARAM) != 0 && f & (GLOBAL | NONLOCAL) == 0)
    }
    /// Local variable names in order (parameters first).
    pub fn locals(&self) -> Vec<String> {
        let mut out = self.params.clone();
        for n in &self.order {
            if matches!(
                self.resolved.get(n),
                Some(NameScope::Local) | Some(NameScope::Cell)
            ) && !out.contains(n)
            {
                out.push(n.clone());
            }
        }
        out
    }
    /// How a name resolves in this scope.
    pub fn lookup(&self, name: &str) -> NameScope {
        match self.resolved.get(name) {
            Some(s) => *s,
            None => match self.kind {
                ScopeKind::Module => NameScope::GlobalImplicit,
                _ => NameScope::GlobalImplicit,
            },
        }
    }
}

/// All scopes of a module; scope 0 is the module.
pub struct SymbolTable {
    /// The scopes.
    pub scopes: Vec<Scope>,
    /// AST node address -> scope index.
    pub by_node: HashMap<usize, usize>,
}

/// The address used to identify an AST node.
pub fn node_key<T>(node: &T) -> usize {
    node as *const T as usize
}

struct Builder<'a> {
    scopes: Vec<Scope>,
    by_node: HashMap<usize, usize>,
    stack: Vec<usize>,
    source: &'a str,
}

/// Builds the symbol table of a module.
pub fn build(module: &ast::ModModule, source: &str) -> Result<SymbolTable, (String, u32)> {
    let mut b = Builder {
        scopes: vec![Scope::new(ScopeKind::Module, "<module>")],
        by_node: HashMap::default(),
        stack: vec![0],
        source,
    };
    for s in &module.body {
        b.stmt(s);
    }
    let mut scopes = b.scopes;
    analyze(&mut scopes, 0, &[], false)?;
    for s in &scopes {
        if let Some(e) = &s.error {
            return Err(e.clone());
        }
    }
    Ok(SymbolTable {
        scopes,
        by_node: b.by_node,
    })
}

fn line_of(source: &str, node: &impl Ranged) -> u32 {
    aiterscope_syntax::line_col(source, node.range().start()).0 as u32
}

impl Builder<'_> {
    fn cur(&mut self) -> &mut Scope {
        let i = *self.stack.last().unwrap_or(&0);
        &mut self.scopes[i]
    }
    fn push_scope(&mut self, kind: ScopeKind, name: &str, key: usize) -> usize {
        let idx = self.scopes.len();
        self.scopes.push(Scope::new(kind, name));
        let parent = *self.stack.last().unwrap_or(&0);
        self.scopes[parent].children.push(idx);
        self.by_node.insert(key, idx);
        self.stack.push(idx);
        idx
    }
    fn pop_scope(&mut self) {
        self.stack.pop();
    }

    fn stmts(&mut self, body: &[Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn params_defaults(&mut self, p: &ast::Parameters) {
        for a in p
            .posonlyargs
            .iter()
            .chain(p.args.iter())
            .chain(p.kwonlyargs.iter())
        {
            if let Some(d) = &a.default {
                self.expr(d);
            }
        }
    }

    fn declare_params(&mut self, p: &ast::Parameters) {
        let mut names: Vec<String> = Vec::new();
        for a in p.posonlyargs.iter().chain(p.args.iter()) {
            names.push(a.parameter.name.to_string());
        }
        for a in p.kwonlyargs.iter() {
            names.push(a.parameter.name.to_string());
        }
        if let Some(v) = &p.vararg {
            names.push(v.name.to_string());
        }
        if let Some(k) = &p.kwarg {
            names.push(k.name.to_string());
        }
        for n in &names {
            self.cur().add(n, PARAM);
        }
        self.cur().params = names;
    }

    fn stmt(&mut self, s: &Stmt) {
        match s {
            Stmt::FunctionDef(f) => {
                for d in &f.decorator_list {
                    self.expr(&d.expression);
                }
                self.params_defaults(&f.parameters);
                // Parameter and return annotations are evaluated where the def runs.
                for a in
                    super::annotations::function_annotations(&f.parameters, f.returns.as_deref())
                {
                    self.expr(a.1);
                }
                self.cur().add(&f.name, ASSIGNED);
                self.push_scope(ScopeKind::Function, &f.name, node_key(f));
                self.cur().is_async = f.is_async;
                self.declare_params(&f.parameters);
                self.stmts(&f.body);
                self.pop_scope();
            }
            Stmt::ClassDef(c) => {
                for d in &c.decorator_list {
                    self.expr(&d.expression);
                }
                if let Some(args) = &c.arguments {
                    for a in args.args.iter() {
                        self.expr(a);
                    }
                    for k in args.keywords.iter() {
                        self.expr(&k.value);
                    }
                }
                self.cur().add(&c.name, ASSIGNED);
                self.push_scope(ScopeKind::Class, &c.name, node_key(c));
                self.stmts(&c.body);
                self.pop_scope();
            }
            Stmt::Return(r) => {
                if let Some(v) = &r.value {
                    self.expr(v);
                }
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.target(t);
                }
            }
            Stmt::Assign(a) => {
                self.expr(&a.value);
                for t in &a.targets {
                    self.target(t);
                }
            }
            Stmt::AugAssign(a) => {
                self.expr(&a.value);
                if let Expr::Name(n) = &*a.target {
                    self.cur().add(&n.id, USED);
                }
                self.target(&a.target);
            }
            Stmt::AnnAssign(a) => {
                // Module and class bodies evaluate annotations (see compiler/annotations.rs).
                if matches!(self.cur().kind, ScopeKind::Module | ScopeKind::Class) {
                    self.expr(&a.annotation);
                }
                if let Some(v) = &a.value {
                    self.expr(v);
                    self.target(&a.target);
                } else if let Expr::Name(n) = &*a.target {
                    if self.cur().kind != ScopeKind::Module && self.cur().kind != ScopeKind::Class {
                        self.cur().add(&n.id, ASSIGNED);
                    }
                } else {
                    self.target(&a.target);
                }
            }
            Stmt::TypeAlias(t) => {
                self.target(&t.name);
            }
            Stmt::For(f) => {
                self.expr(&f.iter);
                self.target(&f.target);
                self.stmts(&f.body);
                self.stmts(&f.orelse);
            }
            Stmt::While(w) => {
                self.expr(&w.test);
                self.stmts(&w.body);
                self.stmts(&w.orelse);
            }
            Stmt::If(i) => {
                self.expr(&i.test);
                self.stmts(&i.body);
                for c in &i.elif_else_clauses {
                    if let Some(t) = &c.test {
                        self.expr(t);
                    }
                    self.stmts(&c.body);
                }
            }
            Stmt::With(w) => {
                for it in &w.items {
                    self.expr(&it.context_expr);
                    if let Some(v) = &it.optional_vars {
                        self.target(v);
                    }
                }
                self.stmts(&w.body);
            }
            Stmt::Match(m) => {
                self.expr(&m.subject);
                for c in &m.cases {
                    self.pattern(&c.pattern);
                    if let Some(g) = &c.guard {
                        self.expr(g);
                    }
                    self.stmts(&c.body);
                }
            }
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.expr(e);
                }
                if let Some(c) = &r.cause {
                    self.expr(c);
                }
            }
            Stmt::Try(t) => {
                self.stmts(&t.body);
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.expr(ty);
                    }
                    if let Some(n) = &h.name {
                        self.cur().add(n, ASSIGNED);
                    }
                    self.stmts(&h.body);
                }
                self.stmts(&t.orelse);
                self.stmts(&t.finalbody);
            }
            Stmt::Assert(a) => {
                self.expr(&a.test);
                if let Some(m) = &a.msg {
                    self.expr(m);
                }
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    let bound = match &a.asname {
                        Some(n) => n.to_string(),
                        None => a.name.split('.').next().unwrap_or("").to_string(),
                    };
                    self.cur().add(&bound, ASSIGNED);
                }
            }
            Stmt::ImportFrom(i) => {
                for a in &i.names {
                    if &*a.name == "*" {
                        continue;
                    }
                    let bound = a
                        .asname
                        .as_ref()
                        .map(|n| n.to_string())
                        .unwrap_or_else(|| a.name.to_string());
                    self.cur().add(&bound, ASSIGNED);
                }
            }
            Stmt::Global(g) => {
                for n in &g.names {
                    self.cur().add(n, GLOBAL);
                }
            }
            Stmt::Nonlocal(g) => {
                let line = line_of(self.source, g);
                for n in &g.names {
                    if self.cur().kind == ScopeKind::Module {
                        self.cur().error = Some((
                            "nonlocal declaration not allowed at module level".into(),
                            line,
                        ));
                    }
                    self.cur().add(n, NONLOCAL);
                    self.cur().decl_lines.insert(n.to_string(), line);
                }
            }
            Stmt::Expr(e) => self.expr(&e.value),
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) | Stmt::IpyEscapeCommand(_) => {}
        }
    }

    /// A `case` pattern: capture names are assigned, value and class expressions are read.
    fn pattern(&mut self, p: &ast::Pattern) {
        use ast::Pattern as P;
        match p {
            P::MatchValue(v) => self.expr(&v.value),
            P::MatchSingleton(_) => {}
            P::MatchSequence(s) => {
                for x in &s.patterns {
                    self.pattern(x);
                }
            }
            P::MatchMapping(m) => {
                for k in &m.keys {
                    self.expr(k);
                }
                for x in &m.patterns {
                    self.pattern(x);
                }
                if let Some(r) = &m.rest {
                    self.cur().add(r.as_str(), ASSIGNED);
                }
            }
            P::MatchClass(c) => {
                self.expr(&c.cls);
                for x in &c.arguments.patterns {
                    self.pattern(x);
                }
                for k in &c.arguments.keywords {
                    self.pattern(&k.pattern);
                }
            }
            P::MatchStar(s) => {
                if let Some(n) = &s.name {
                    self.cur().add(n.as_str(), ASSIGNED);
                }
            }
            P::MatchAs(a) => {
                if let Some(x) = &a.pattern {
                    self.pattern(x);
                }
                if let Some(n) = &a.name {
                    self.cur().add(n.as_str(), ASSIGNED);
                }
            }
            P::MatchOr(o) => {
                for x in &o.patterns {
                    self.pattern(x);
                }
            }
        }
    }

    fn target(&mut self, t: &Expr) {
        match t {
            Expr::Name(n) => self.cur().add(&n.id, ASSIGNED),
            Expr::Tuple(t) => {
                for e in &t.elts {
                    self.target(e);
                }
            }
            Expr::List(t) => {
                for e in &t.elts {
                    self.target(e);
                }
            }
            Expr::Starred(s) => self.target(&s.value),
            Expr::Attribute(a) => self.expr(&a.value),
            Expr::Subscript(s) => {
                self.expr(&s.value);
                self.expr(&s.slice);
            }
            other => self.expr(other),
        }
    }

    fn comprehension(
        &mut self,
        key: usize,
        name: &str,
        gens: &[ast::Comprehension],
        elts: &[&Expr],
    ) {
        if let Some(first) = gens.first() {
            self.expr(&first.iter);
        }
        self.push_scope(ScopeKind::Comprehension, name, key);
        self.cur().add(".0", PARAM);
        self.cur().params = vec![".0".into()];
        for (i, g) in gens.iter().enumerate() {
            if i > 0 {
                self.expr(&g.iter);
            }
            if g.is_async {
                self.cur().is_async = true;
            }
            self.target(&g.target);
            for c in &g.ifs {
                self.expr(c);
            }
        }
        for e in elts {
            self.expr(e);
        }
        self.pop_scope();
    }

    fn expr(&mut self, e: &Expr) {
        match e {
            Expr::Name(n) => {
                if n.ctx == ast::ExprContext::Load {
                    self.cur().add(&n.id, USED);
                    if &*n.id == "super" {
                        self.cur().add("__class__", USED);
                    }
                } else {
                    self.cur().add(&n.id, ASSIGNED);
                }
            }
            Expr::BoolOp(b) => {
                for v in &b.values {
                    self.expr(v);
                }
            }
            Expr::Named(n) => {
                self.expr(&n.value);
                // The walrus binds in the nearest enclosing non-comprehension scope.
                if let Expr::Name(name) = &*n.target {
                    let mut i = self.stack.len() - 1;
                    while i > 0 && self.scopes[self.stack[i]].kind == ScopeKind::Comprehension {
                        i -= 1;
                    }
                    let target_scope = self.stack[i];
                    self.scopes[target_scope].add(&name.id, ASSIGNED);
                    if target_scope != *self.stack.last().unwrap_or(&0) {
                        let top = *self.stack.last().unwrap_or(&0);
                        if self.scopes[target_scope].kind == ScopeKind::Module {
                            self.scopes[top].add(&name.id, GLOBAL);
                        } else {
                            self.scopes[top].add(&name.id, NONLOCAL);
                        }
                    }
                }
            }
            Expr::BinOp(b) => {
                self.expr(&b.left);
                self.expr(&b.right);
            }
            Expr::UnaryOp(u) => self.expr(&u.operand),
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    self.params_defaults(p);
                }
                self.push_scope(ScopeKind::Function, "<lambda>", node_key(l));
                if let Some(p) = &l.parameters {
                    self.declare_params(p);
                }
                self.expr(&l.body);
                self.pop_scope();
            }
            Expr::If(i) => {
                self.expr(&i.test);
                self.expr(&i.body);
                self.expr(&i.orelse);
            }
            Expr::Dict(d) => {
                for it in &d.items {
                    if let Some(k) = &it.key {
                        self.expr(k);
                    }
                    self.expr(&it.value);
                }
            }
            Expr::Set(s) => {
                for v in &s.elts {
                    self.expr(v);
                }
            }
            Expr::ListComp(c) => {
                self.comprehension(node_key(c), "<listcomp>", &c.generators, &[&c.elt])
            }
            Expr::SetComp(c) => {
                self.comprehension(node_key(c), "<setcomp>", &c.generators, &[&c.elt])
            }
            Expr::DictComp(c) => {
                let mut elts: Vec<&Expr> = Vec::new();
                if let Some(k) = &c.key {
                    elts.push(k);
                }
                elts.push(&c.value);
                self.comprehension(node_key(c), "<dictcomp>", &c.generators, &elts)
            }
            Expr::Generator(g) => {
                self.comprehension(node_key(g), "<genexpr>", &g.generators, &[&g.elt]);
                if let Some(&idx) = self.by_node.get(&node_key(g)) {
                    self.scopes[idx].is_generator = true;
                }
            }
            Expr::Await(a) => {
                // A comprehension containing `await` is an asynchronous comprehension.
                if self.cur().kind == ScopeKind::Comprehension {
                    self.cur().is_async = true;
                }
                self.expr(&a.value)
            }
            Expr::Yield(y) => {
                self.cur().is_generator = true;
                if let Some(v) = &y.value {
                    self.expr(v);
                }
            }
            Expr::YieldFrom(y) => {
                self.cur().is_generator = true;
                self.expr(&y.value);
            }
            Expr::Compare(c) => {
                self.expr(&c.left);
                for v in c.comparators.iter() {
                    self.expr(v);
                }
            }
            Expr::Call(c) => {
                self.expr(&c.func);
                for a in c.arguments.args.iter() {
                    self.expr(a);
                }
                for k in c.arguments.keywords.iter() {
                    self.expr(&k.value);
                }
            }
            Expr::FString(f) => {
                for el in f.value.elements() {
                    self.fstring_element(el);
                }
            }
            Expr::Attribute(a) => self.expr(&a.value),
            Expr::Subscript(s) => {
                self.expr(&s.value);
                self.expr(&s.slice);
            }
            Expr::Starred(s) => {
                if s.ctx == ast::ExprContext::Load {
                    self.expr(&s.value)
                } else {
                    self.target(&s.value)
                }
            }
            Expr::List(l) => {
                for v in &l.elts {
                    if l.ctx == ast::ExprContext::Load {
                        self.expr(v)
                    } else {
                        self.target(v)
                    }
                }
            }
            Expr::Tuple(l) => {
                for v in &l.elts {
                    if l.ctx == ast::ExprContext::Load {
                        self.expr(v)
                    } else {
                        self.target(v)
                    }
                }
            }
            Expr::Slice(s) => {
                for v in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.expr(v);
                }
            }
            _ => {}
        }
    }

    fn fstring_element(&mut self, el: &ast::InterpolatedStringElement) {
        if let ast::InterpolatedStringElement::Interpolation(i) = el {
            self.expr(&i.expression);
            if let Some(spec) = &i.format_spec {
                for e in spec.elements.iter() {
                    self.fstring_element(e);
                }
            }
        }
    }
}

/// Resolves names of scope `idx`. `visible` are names bound by enclosing function scopes.
/// Returns the names this scope needs from its enclosing scopes (its free variables).
fn analyze(
    scopes: &mut Vec<Scope>,
    idx: usize,
    visible: &[String],
    in_class_parent: bool,
) -> Result<Vec<String>, (String, u32)> {
    let _ = in_class_parent;
    let kind = scopes[idx].kind;
    let names: Vec<String> = scopes[idx].order.clone();
    for n in &names {
        let f = scopes[idx].flags[n];
        let r = if f & GLOBAL != 0 {
            NameScope::GlobalExplicit
        } else if f & NONLOCAL != 0 {
            if !visible.contains(n) {
                let line = scopes[idx].decl_lines.get(n).copied().unwrap_or(0);
                scopes[idx].error = Some((format!("no binding for nonlocal '{n}' found"), line));
            }
            NameScope::Free
        } else if f & (ASSIGNED | PARAM) != 0 {
            if kind == ScopeKind::Module {
                NameScope::GlobalImplicit
            } else {
                NameScope::Local
            }
        } else if kind != ScopeKind::Module && visible.contains(n) {
            NameScope::Free
        } else {
            NameScope::GlobalImplicit
        };
        scopes[idx].resolved.insert(n.clone(), r);
    }
    // Names visible to children.
    let mut child_visible: Vec<String> = visible.to_vec();
    match kind {
        ScopeKind::Function | ScopeKind::Comprehension => {
            for n in &names {
                if scopes[idx].bound(n) && !child_visible.contains(n) {
                    child_visible.push(n.clone());
                }
            }
        }
        ScopeKind::Class => {
            if !child_visible.contains(&"__class__".to_string()) {
                child_visible.push("__class__".into());
            }
        }
        ScopeKind::Module => {}
    }
    let children = scopes[idx].children.clone();
    for c in children {
        let needed = analyze(scopes, c, &child_visible, kind == ScopeKind::Class)?;
        for n in needed {
            let cur = scopes[idx].resolved.get(&n).copied();
            if kind == ScopeKind::Class && n == "__class__" {
                scopes[idx].needs_class_cell = true;
                if !scopes[idx].cellvars.contains(&n) {
                    scopes[idx].cellvars.push(n.clone());
                }
                continue;
            }
            match cur {
                Some(NameScope::Local) if kind != ScopeKind::Class => {
                    scopes[idx].resolved.insert(n.clone(), NameScope::Cell);
                    if !scopes[idx].cellvars.contains(&n) {
                        scopes[idx].cellvars.push(n.clone());
                    }
                }
                Some(NameScope::Cell) | Some(NameScope::Free) => {}
                _ => {
                    if kind != ScopeKind::Module
                        && visible.contains(&n)
                        && (cur.is_none() || kind == ScopeKind::Class)
                    {
                        {
                            if kind != ScopeKind::Class || cur.is_none() {
                                scopes[idx].resolved.insert(n.clone(), NameScope::Free);
                            }
                            if !scopes[idx].freevars.contains(&n) {
                                scopes[idx].freevars.push(n.clone());
                            }
                        }
                    }
                }
            }
        }
    }
    // Own free variables.
    let mut free: Vec<String> = scopes[idx].freevars.clone();
    for n in &names {
        if scopes[idx].resolved.get(n) == Some(&NameScope::Free) && !free.contains(n) {
            free.push(n.clone());
        }
    }
    scopes[idx].freevars = free.clone();
    // Cells must be listed for locals captured by children (done above); make sure order is stable.
    Ok(free)
}
