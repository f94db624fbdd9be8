//! A model of CPython's symbol table (`Python/symtable.c`), reduced to what decides its
//! SyntaxErrors: which names each scope uses, binds, or declares `global`/`nonlocal`, in the
//! order the statements declare them, and which scopes are coroutines or generators.
//!
//! Like CPython it works in two phases: a visit of the tree, which fails on the first error
//! it meets (duplicate parameters, declarations after use, `yield` in a comprehension, bad
//! assignment expressions), then an analysis of the finished scopes, which resolves
//! `nonlocal` names against the enclosing functions.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ast, Expr, ExprContext, ModModule, Stmt};
use ruff_text_size::{TextRange, TextSize};

use super::scope_info::{ScopeFlags, ScopeTable};
use super::CompileError;

const DEF_GLOBAL: u32 = 1;
const DEF_LOCAL: u32 = 1 << 1;
const DEF_PARAM: u32 = 1 << 2;
const DEF_NONLOCAL: u32 = 1 << 3;
const USE: u32 = 1 << 4;
const DEF_ANNOT: u32 = 1 << 5;
const DEF_IMPORT: u32 = 1 << 6;
const DEF_COMP_ITER: u32 = 1 << 7;
/// Flags that make a name local to its scope.
const DEF_BOUND: u32 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

/// The kind of block a scope is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum BlockKind {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension(ComprehensionKind),
}

/// Which comprehension a comprehension scope belongs to (it names it in messages).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ComprehensionKind {
    List,
    Set,
    Dict,
    Generator,
}

impl ComprehensionKind {
    fn describe(self) -> &'static str {
        match self {
            Self::List => "list comprehension",
            Self::Set => "set comprehension",
            Self::Dict => "dict comprehension",
            Self::Generator => "generator expression",
        }
    }
}

/// One scope of the table.
#[derive(Debug)]
struct Scope {
    kind: BlockKind,
    /// The range of the node that created the scope.
    range: TextRange,
    /// Names in order of first appearance, with their flags.
    symbols: Vec<(String, u32)>,
    index: HashMap<String, usize>,
    /// Where each name was first declared `global`/`nonlocal` (or bound by `:=` from a comprehension).
    directives: HashMap<String, TextSize>,
    children: Vec<usize>,
    flags: ScopeFlags,
    /// Depth of comprehension iterables being visited (`ste_comp_iter_expr`).
    comp_iter_expr: u32,
    /// Whether comprehension iteration targets are being visited (`ste_comp_iter_target`).
    comp_iter_target: bool,
}

impl Scope {
    fn new(kind: BlockKind, range: TextRange) -> Self {
        Self {
            kind,
            range,
            symbols: Vec::new(),
            index: HashMap::default(),
            directives: HashMap::default(),
            children: Vec::new(),
            flags: ScopeFlags::default(),
            comp_iter_expr: 0,
            comp_iter_target: false,
        }
    }

    fn lookup(&self, name: &str) -> u32 {
        self.index.get(name).map_or(0, |&i| self.symbols[i].1)
    }

    fn is_function_like(&self) -> bool {
        matches!(
            self.kind,
            BlockKind::Function | BlockKind::Lambda | BlockKind::Comprehension(_)
        )
    }
}

/// Builds the symbol table of a module; returns the coroutine/generator flags of its scopes,
/// or the first error CPython's symbol table would raise.
pub(crate) fn build(module: &ModModule) -> Result<ScopeTable, CompileError> {
    let mut builder = Builder {
        scopes: vec![Scope::new(BlockKind::Module, module.range)],
        stack: vec![0],
        error: None,
    };
    for stmt in &module.body {
        builder.visit_stmt(stmt);
    }
    if let Some(error) = builder.error {
        return Err(error);
    }
    analyze(&builder.scopes, 0, None)?;
    let mut table = ScopeTable::default();
    for scope in &builder.scopes {
        table.insert(scope.range, scope.flags);
    }
    Ok(table)
}

struct Builder {
    scopes: Vec<Scope>,
    /// Scopes being visited, innermost last.
    stack: Vec<usize>,
    error: Option<CompileError>,
}

impl Builder {
    fn current(&mut self) -> &mut Scope {
        let id = *self.stack.last().expect("module scope is never popped");
        &mut self.scopes[id]
    }

    fn fail(&mut self, msg: String, at: TextSize) {
        if self.error.is_none() {
            self.error = Some(CompileError::new(msg, at));
        }
    }

    /// Adds `flag` to `name` in the current scope (`symtable_add_def`).
    fn add_def(&mut self, name: &str, flag: u32, at: TextSize) {
        let id = *self.stack.last().expect("module scope");
        self.add_def_in(id, name, flag, at);
    }

    fn add_def_in(&mut self, id: usize, name: &str, flag: u32, at: TextSize) {
        let scope = &mut self.scopes[id];
        let mut flag = flag;
        if flag & DEF_LOCAL != 0 && scope.comp_iter_target {
            flag |= DEF_COMP_ITER;
        }
        match scope.index.get(name) {
            Some(&i) => {
                let old = scope.symbols[i].1;
                if flag & DEF_PARAM != 0 && old & DEF_PARAM != 0 {
                    self.fail(
                        format!("duplicate argument '{name}' in function definition"),
                        at,
                    );
                    return;
                }
                scope.symbols[i].1 = old | flag;
            }
            None => {
                scope.index.insert(name.to_string(), scope.symbols.len());
                scope.symbols.push((name.to_string(), flag));
            }
        }
    }

    fn record_directive(&mut self, id: usize, name: &str, at: TextSize) {
        self.scopes[id]
            .directives
            .entry(name.to_string())
            .or_insert(at);
    }

    fn enter(&mut self, kind: BlockKind, range: TextRange) {
        let id = self.scopes.len();
        self.scopes.push(Scope::new(kind, range));
        self.current().children.push(id);
        self.stack.push(id);
    }

    fn exit(&mut self) {
        self.stack.pop();
    }

    fn visit_parameters(&mut self, parameters: &ast::Parameters) {
        // CPython: positional-only, positional, keyword-only, then *args and **kwargs.
        for p in parameters
            .posonlyargs
            .iter()
            .chain(&parameters.args)
            .chain(&parameters.kwonlyargs)
        {
            self.add_def(
                p.parameter.name.as_str(),
                DEF_PARAM,
                p.parameter.range.start(),
            );
        }
        for p in parameters.vararg.iter().chain(&parameters.kwarg) {
            self.add_def(p.name.as_str(), DEF_PARAM, p.range.start());
        }
    }

    /// Defaults are evaluated in the enclosing scope.
    fn visit_defaults(&mut self, parameters: &ast::Parameters) {
        for p in parameters.posonlyargs.iter().chain(&parameters.args) {
            if let Some(default) = &p.default {
                self.visit_expr(default);
            }
        }
        for p in &parameters.kwonlyargs {
            if let Some(default) = &p.default {
                self.visit_expr(default);
            }
        }
    }

    /// Annotations are evaluated in the enclosing scope (no `from __future__ import annotations`).
    fn visit_parameter_annotations(&mut self, parameters: &ast::Parameters) {
        for p in parameters.iter() {
            if let Some(annotation) = p.annotation() {
                self.visit_expr(annotation);
            }
        }
    }

    fn visit_function(&mut self, def: &ast::StmtFunctionDef, range: TextRange) {
        self.add_def(def.name.as_str(), DEF_LOCAL, range.start());
        self.visit_defaults(&def.parameters);
        for decorator in &def.decorator_list {
            self.visit_expr(&decorator.expression);
        }
        self.visit_parameter_annotations(&def.parameters);
        if let Some(returns) = &def.returns {
            self.visit_expr(returns);
        }
        self.enter(BlockKind::Function, range);
        if def.is_async {
            self.current().flags.coroutine = true;
        }
        self.visit_parameters(&def.parameters);
        for stmt in &def.body {
            self.visit_stmt(stmt);
        }
        self.exit();
    }

    fn visit_class(&mut self, class: &ast::StmtClassDef, range: TextRange) {
        self.add_def(class.name.as_str(), DEF_LOCAL, range.start());
        if let Some(arguments) = &class.arguments {
            for arg in arguments.args.iter() {
                self.visit_expr(arg);
            }
            for keyword in arguments.keywords.iter() {
                self.visit_expr(&keyword.value);
            }
        }
        for decorator in &class.decorator_list {
            self.visit_expr(&decorator.expression);
        }
        self.enter(BlockKind::Class, range);
        for stmt in &class.body {
            self.visit_stmt(stmt);
        }
        self.exit();
    }

    /// `global` and `nonlocal` statements (`symtable_visit_stmt`, Global_kind / Nonlocal_kind).
    fn visit_declaration(&mut self, names: &[ast::Identifier], range: TextRange, is_global: bool) {
        let word = if is_global { "global" } else { "nonlocal" };
        for name in names {
            let name = name.as_str();
            let current = self.current().lookup(name);
            if current & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                let msg = if current & DEF_PARAM != 0 {
                    format!("name '{name}' is parameter and {word}")
                } else if current & USE != 0 {
                    format!("name '{name}' is used prior to {word} declaration")
                } else if current & DEF_ANNOT != 0 {
                    format!("annotated name '{name}' can't be {word}")
                } else {
                    format!("name '{name}' is assigned to before {word} declaration")
                };
                self.fail(msg, range.start());
                return;
            }
            let flag = if is_global { DEF_GLOBAL } else { DEF_NONLOCAL };
            self.add_def(name, flag, range.start());
            let id = *self.stack.last().expect("module scope");
            self.record_directive(id, name, range.start());
        }
    }

    fn visit_ann_assign(&mut self, assign: &ast::StmtAnnAssign, range: TextRange) {
        if let Expr::Name(target) = assign.target.as_ref() {
            let name = target.id.as_str();
            let current = self.current().lookup(name);
            let at_module = self.current().kind == BlockKind::Module;
            if current & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && !at_module && assign.simple {
                let word = if current & DEF_GLOBAL != 0 {
                    "global"
                } else {
                    "nonlocal"
                };
                self.fail(
                    format!("annotated name '{name}' can't be {word}"),
                    range.start(),
                );
                return;
            }
            if assign.simple {
                self.add_def(name, DEF_ANNOT | DEF_LOCAL, target.range.start());
            } else if assign.value.is_some() {
                self.add_def(name, DEF_LOCAL, target.range.start());
            }
        } else {
            self.visit_expr(&assign.target);
        }
        self.visit_expr(&assign.annotation);
        if let Some(value) = &assign.value {
            self.visit_expr(value);
        }
    }

    /// A comprehension: the first iterable belongs to the enclosing scope, everything else to
    /// a new one (`symtable_handle_comprehension`).
    fn visit_comprehension_scope(
        &mut self,
        range: TextRange,
        kind: ComprehensionKind,
        generators: &[ast::Comprehension],
        elements: &[&Expr],
    ) {
        let Some((outermost, rest)) = generators.split_first() else {
            return;
        };
        self.current().comp_iter_expr += 1;
        self.visit_expr(&outermost.iter);
        self.current().comp_iter_expr -= 1;
        self.enter(BlockKind::Comprehension(kind), range);
        if outermost.is_async {
            self.current().flags.coroutine = true;
        }
        self.visit_comprehension_target(&outermost.target);
        for condition in &outermost.ifs {
            self.visit_expr(condition);
        }
        for generator in rest {
            self.current().comp_iter_expr += 1;
            self.visit_expr(&generator.iter);
            self.current().comp_iter_expr -= 1;
            self.visit_comprehension_target(&generator.target);
            for condition in &generator.ifs {
                self.visit_expr(condition);
            }
            if generator.is_async {
                self.current().flags.coroutine = true;
            }
        }
        for element in elements {
            self.visit_expr(element);
        }
        let is_generator = kind == ComprehensionKind::Generator;
        self.current().flags.generator = is_generator;
        let is_async = self.current().flags.coroutine && !is_generator;
        self.exit();
        if is_async {
            self.current().flags.coroutine = true;
        }
    }

    fn visit_comprehension_target(&mut self, target: &Expr) {
        self.current().comp_iter_target = true;
        self.visit_expr(target);
        self.current().comp_iter_target = false;
    }

    /// `x := value` (`symtable_visit_expr`, NamedExpr_kind).
    fn visit_named(&mut self, named: &ast::ExprNamed) {
        if self.current().comp_iter_expr > 0 {
            self.fail(
                "assignment expression cannot be used in a comprehension iterable expression"
                    .to_string(),
                named.range.start(),
            );
            return;
        }
        if matches!(self.current().kind, BlockKind::Comprehension(_)) {
            if let Expr::Name(target) = named.target.as_ref() {
                self.extend_named_scope(target);
                if self.error.is_some() {
                    return;
                }
            }
        }
        self.visit_expr(&named.value);
        self.visit_expr(&named.target);
    }

    /// Binds a `:=` target inside a comprehension in the nearest enclosing non-comprehension
    /// scope (`symtable_extend_namedexpr_scope`).
    fn extend_named_scope(&mut self, target: &ast::ExprName) {
        let name = target.id.as_str();
        let at = target.range.start();
        for depth in (0..self.stack.len()).rev() {
            let id = self.stack[depth];
            let scope = &self.scopes[id];
            match scope.kind {
                BlockKind::Comprehension(_) => {
                    if scope.lookup(name) & DEF_COMP_ITER != 0 {
                        self.fail(
                            format!("assignment expression cannot rebind comprehension iteration variable '{name}'"),
                            at,
                        );
                        return;
                    }
                }
                BlockKind::Function | BlockKind::Lambda => {
                    let in_scope = scope.lookup(name);
                    let current = *self.stack.last().expect("scope");
                    let flag = if in_scope & DEF_GLOBAL != 0 {
                        DEF_GLOBAL
                    } else {
                        DEF_NONLOCAL
                    };
                    self.add_def_in(current, name, flag, at);
                    self.record_directive(current, name, at);
                    self.add_def_in(id, name, DEF_LOCAL, at);
                    return;
                }
                BlockKind::Module => {
                    let current = *self.stack.last().expect("scope");
                    self.add_def_in(current, name, DEF_GLOBAL, at);
                    self.record_directive(current, name, at);
                    self.add_def_in(id, name, DEF_GLOBAL, at);
                    return;
                }
                BlockKind::Class => {
                    self.fail(
                        "assignment expression within a comprehension cannot be used in a class body".to_string(),
                        at,
                    );
                    return;
                }
            }
        }
    }

    /// Raises CPython's error for `yield` inside a comprehension scope.
    fn check_yield_placement(&mut self, at: TextSize) {
        if let BlockKind::Comprehension(kind) = self.current().kind {
            self.fail(format!("'yield' inside {}", kind.describe()), at);
        } else {
            self.current().flags.generator = true;
        }
    }
}

impl<'a> Visitor<'a> for Builder {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        if self.error.is_some() {
            return;
        }
        match stmt {
            Stmt::FunctionDef(def) => self.visit_function(def, def.range),
            Stmt::ClassDef(class) => self.visit_class(class, class.range),
            Stmt::Global(global) => self.visit_declaration(&global.names, global.range, true),
            Stmt::Nonlocal(nonlocal) => {
                self.visit_declaration(&nonlocal.names, nonlocal.range, false)
            }
            Stmt::AnnAssign(assign) => self.visit_ann_assign(assign, assign.range),
            Stmt::Assign(assign) => {
                for target in &assign.targets {
                    self.visit_expr(target);
                }
                self.visit_expr(&assign.value);
            }
            Stmt::For(for_stmt) => {
                self.visit_expr(&for_stmt.target);
                self.visit_expr(&for_stmt.iter);
                self.visit_body(&for_stmt.body);
                self.visit_body(&for_stmt.orelse);
            }
            _ => visitor::walk_stmt(self, stmt),
        }
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        if self.error.is_some() {
            return;
        }
        match expr {
            Expr::Name(name) => {
                let flag = match name.ctx {
                    ExprContext::Load => USE,
                    _ => DEF_LOCAL,
                };
                self.add_def(name.id.as_str(), flag, name.range.start());
            }
            Expr::Named(named) => self.visit_named(named),
            Expr::Lambda(lambda) => {
                if let Some(parameters) = &lambda.parameters {
                    self.visit_defaults(parameters);
                }
                self.enter(BlockKind::Lambda, lambda.range);
                if let Some(parameters) = &lambda.parameters {
                    self.visit_parameters(parameters);
                }
                self.visit_expr(&lambda.body);
                self.exit();
            }
            Expr::ListComp(comp) => {
                self.visit_comprehension_scope(
                    comp.range,
                    ComprehensionKind::List,
                    &comp.generators,
                    &[&comp.elt],
                );
            }
            Expr::SetComp(comp) => {
                self.visit_comprehension_scope(
                    comp.range,
                    ComprehensionKind::Set,
                    &comp.generators,
                    &[&comp.elt],
                );
            }
            Expr::DictComp(comp) => {
                let mut elements: Vec<&Expr> = Vec::with_capacity(2);
                if let Some(key) = &comp.key {
                    elements.push(key);
                }
                elements.push(&comp.value);
                self.visit_comprehension_scope(
                    comp.range,
                    ComprehensionKind::Dict,
                    &comp.generators,
                    &elements,
                );
            }
            Expr::Generator(comp) => {
                self.visit_comprehension_scope(
                    comp.range,
                    ComprehensionKind::Generator,
                    &comp.generators,
                    &[&comp.elt],
                );
            }
            Expr::Yield(yield_expr) => {
                self.check_yield_placement(yield_expr.range.start());
                visitor::walk_expr(self, expr);
            }
            Expr::YieldFrom(yield_from) => {
                self.check_yield_placement(yield_from.range.start());
                visitor::walk_expr(self, expr);
            }
            Expr::Await(_) => {
                visitor::walk_expr(self, expr);
                self.current().flags.coroutine = true;
            }
            _ => visitor::walk_expr(self, expr),
        }
    }

    fn visit_except_handler(&mut self, handler: &'a ast::ExceptHandler) {
        let ast::ExceptHandler::ExceptHandler(handler) = handler;
        if let Some(type_) = &handler.type_ {
            self.visit_expr(type_);
        }
        if let Some(name) = &handler.name {
            self.add_def(name.as_str(), DEF_LOCAL, handler.range.start());
        }
        self.visit_body(&handler.body);
    }

    fn visit_alias(&mut self, alias: &'a ast::Alias) {
        if alias.name.as_str() == "*" {
            if self.current().kind != BlockKind::Module {
                self.fail(
                    "import * only allowed at module level".to_string(),
                    alias.range.start(),
                );
            }
            return;
        }
        let bound = match &alias.asname {
            Some(asname) => asname.as_str(),
            None => alias.name.as_str().split('.').next().unwrap_or_default(),
        };
        self.add_def(bound, DEF_IMPORT, alias.range.start());
    }
}

/// The analysis phase (`analyze_block`): resolves `nonlocal` declarations against the names
/// bound in enclosing functions. `bound` is `None` for the module.
fn analyze(
    scopes: &[Scope],
    id: usize,
    bound: Option<&HashSet<String>>,
) -> Result<(), CompileError> {
    let scope = &scopes[id];
    let mut visible: Option<HashSet<String>> = bound.cloned();
    let class_bound = bound.cloned();
    let mut locals = HashSet::default();
    for (name, flags) in &scope.symbols {
        let directive = || {
            scope
                .directives
                .get(name)
                .copied()
                .unwrap_or(scope.range.start())
        };
        if flags & DEF_GLOBAL != 0 {
            if flags & DEF_NONLOCAL != 0 {
                return Err(CompileError::new(
                    format!("name '{name}' is nonlocal and global"),
                    directive(),
                ));
            }
            if let Some(visible) = visible.as_mut() {
                visible.remove(name);
            }
            continue;
        }
        if flags & DEF_NONLOCAL != 0 {
            match &visible {
                None => {
                    return Err(CompileError::new(
                        "nonlocal declaration not allowed at module level",
                        directive(),
                    ));
                }
                Some(set) if !set.contains(name) => {
                    return Err(CompileError::new(
                        format!("no binding for nonlocal '{name}' found"),
                        directive(),
                    ));
                }
                Some(_) => continue,
            }
        }
        if flags & DEF_BOUND != 0 {
            locals.insert(name.clone());
        }
    }
    let child_bound = if scope.kind == BlockKind::Class {
        let mut set = class_bound.unwrap_or_default();
        set.insert("__class__".to_string());
        set
    } else {
        let mut set = if scope.is_function_like() {
            locals
        } else {
            HashSet::default()
        };
        if let Some(visible) = visible {
            set.extend(visible);
        }
        set
    };
    for &child in &scope.children {
        analyze(scopes, child, Some(&child_bound))?;
    }
    Ok(())
}
