//! The SyntaxErrors CPython's code generator (`Python/compile.c`) raises, checked in the
//! order it compiles the tree: `await`, `yield` and `return` outside a (suitable) function,
//! `async for`/`async with`/asynchronous comprehensions outside `async def`, `break` and
//! `continue` outside a loop, assignments to `__debug__`, misplaced starred expressions and
//! repeated keyword arguments.

use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ast, Expr, ExprContext, ModModule, Stmt};
use ruff_text_size::{Ranged, TextSize};

use super::scope_info::{ScopeFlags, ScopeTable};
use super::CompileError;

/// The kind of code unit being compiled (CPython's `u_scope_type`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum UnitKind {
    Module,
    Class,
    Function,
    AsyncFunction,
    Lambda,
    Comprehension,
}

impl UnitKind {
    fn is_function_like(self) -> bool {
        !matches!(self, Self::Module | Self::Class)
    }
}

/// One code unit: its kind, its symbol-table flags, and how many loops enclose the code
/// being compiled (loop `else` clauses excluded).
struct Unit {
    kind: UnitKind,
    flags: ScopeFlags,
    loops: u32,
}

/// Checks a module whose symbol table has been built; returns the first error.
pub(crate) fn check(module: &ModModule, scopes: &ScopeTable) -> Result<(), CompileError> {
    let mut checker = Checker {
        scopes,
        units: vec![Unit {
            kind: UnitKind::Module,
            flags: ScopeFlags::default(),
            loops: 0,
        }],
        error: None,
    };
    checker.visit_body(&module.body);
    match checker.error {
        Some(error) => Err(error),
        None => Ok(()),
    }
}

struct Checker<'s> {
    scopes: &'s ScopeTable,
    units: Vec<Unit>,
    error: Option<CompileError>,
}

const DEBUG: &str = "__debug__";

impl Checker<'_> {
    fn unit(&mut self) -> &mut Unit {
        self.units.last_mut().expect("module unit is never popped")
    }

    fn kind(&self) -> UnitKind {
        self.units.last().expect("module unit").kind
    }

    fn fail(&mut self, msg: impl Into<String>, at: TextSize) {
        if self.error.is_none() {
            self.error = Some(CompileError::new(msg, at));
        }
    }

    fn failed(&self) -> bool {
        self.error.is_some()
    }

    fn with_unit(&mut self, kind: UnitKind, flags: ScopeFlags, body: impl FnOnce(&mut Self)) {
        self.units.push(Unit {
            kind,
            flags,
            loops: 0,
        });
        body(self);
        self.units.pop();
    }

    fn in_loop(&mut self, body: impl FnOnce(&mut Self)) {
        self.unit().loops += 1;
        body(self);
        self.unit().loops -= 1;
    }

    /// CPython's `forbidden_name`: binding or deleting `__debug__`.
    fn check_name_binding(&mut self, name: &str, ctx: ExprContext, at: TextSize) {
        if name != DEBUG {
            return;
        }
        match ctx {
            ExprContext::Store => self.fail("cannot assign to __debug__", at),
            ExprContext::Del => self.fail("cannot delete __debug__", at),
            ExprContext::Load | ExprContext::Invalid => {}
        }
    }

    /// `compiler_check_debug_args`: no parameter may be called `__debug__`.
    fn check_parameters(&mut self, parameters: &ast::Parameters) {
        let named = parameters
            .posonlyargs
            .iter()
            .chain(&parameters.args)
            .map(|p| &p.parameter)
            .chain(parameters.vararg.as_deref())
            .chain(parameters.kwonlyargs.iter().map(|p| &p.parameter))
            .chain(parameters.kwarg.as_deref());
        for parameter in named {
            self.check_name_binding(
                parameter.name.as_str(),
                ExprContext::Store,
                parameter.range.start(),
            );
        }
    }

    fn visit_defaults(&mut self, parameters: &ast::Parameters) {
        for p in parameters
            .posonlyargs
            .iter()
            .chain(&parameters.args)
            .chain(&parameters.kwonlyargs)
        {
            if let Some(default) = &p.default {
                self.visit_expr(default);
            }
        }
    }

    fn visit_function(&mut self, def: &ast::StmtFunctionDef) {
        self.check_parameters(&def.parameters);
        for decorator in &def.decorator_list {
            self.visit_expr(&decorator.expression);
        }
        self.visit_defaults(&def.parameters);
        for parameter in def.parameters.iter() {
            if let Some(annotation) = parameter.annotation() {
                self.visit_expr(annotation);
            }
        }
        if let Some(returns) = &def.returns {
            self.visit_expr(returns);
        }
        let kind = if def.is_async {
            UnitKind::AsyncFunction
        } else {
            UnitKind::Function
        };
        let flags = self.scopes.get(def.range);
        self.with_unit(kind, flags, |this| this.visit_body(&def.body));
        self.check_name_binding(
            def.name.as_str(),
            ExprContext::Store,
            def.name.range.start(),
        );
    }

    fn visit_class(&mut self, class: &ast::StmtClassDef) {
        for decorator in &class.decorator_list {
            self.visit_expr(&decorator.expression);
        }
        self.with_unit(UnitKind::Class, ScopeFlags::default(), |this| {
            this.visit_body(&class.body)
        });
        if let Some(arguments) = &class.arguments {
            self.validate_keywords(&arguments.keywords);
            self.visit_arguments(arguments);
        }
        self.check_name_binding(
            class.name.as_str(),
            ExprContext::Store,
            class.name.range.start(),
        );
    }

    /// CPython's `validate_keywords`: no keyword may be `__debug__` or appear twice.
    fn validate_keywords(&mut self, keywords: &[ast::Keyword]) {
        for (i, keyword) in keywords.iter().enumerate() {
            let Some(name) = &keyword.arg else { continue };
            self.check_name_binding(name.as_str(), ExprContext::Store, keyword.range.start());
            if let Some(repeated) = keywords[i + 1..].iter().find(|other| {
                other
                    .arg
                    .as_ref()
                    .is_some_and(|a| a.as_str() == name.as_str())
            }) {
                self.fail(
                    format!("keyword argument repeated: {}", name.as_str()),
                    repeated.range.start(),
                );
            }
            if self.failed() {
                return;
            }
        }
    }

    /// Call arguments, where `*iterable` is allowed.
    fn visit_arguments(&mut self, arguments: &ast::Arguments) {
        for arg in arguments.args.iter() {
            self.visit_element(arg);
        }
        for keyword in arguments.keywords.iter() {
            self.visit_expr(&keyword.value);
        }
    }

    /// An element of a display, a target list or call arguments: a `*starred` is allowed here.
    fn visit_element(&mut self, expr: &Expr) {
        match expr {
            Expr::Starred(starred) => self.visit_expr(&starred.value),
            _ => self.visit_expr(expr),
        }
    }

    /// A list or tuple: as a target at most one element may be starred.
    fn visit_sequence(&mut self, elements: &[Expr], ctx: ExprContext, at: TextSize) {
        if ctx == ExprContext::Store && elements.iter().filter(|e| e.is_starred_expr()).count() > 1
        {
            self.fail("multiple starred expressions in assignment", at);
            return;
        }
        for element in elements {
            self.visit_element(element);
        }
    }

    /// A list, set or dict comprehension: compiled inline, its first iterable first.
    fn visit_inlined_comprehension(
        &mut self,
        comp: &Expr,
        generators: &[ast::Comprehension],
        elements: &[&Expr],
    ) {
        let Some((outermost, rest)) = generators.split_first() else {
            return;
        };
        self.visit_expr(&outermost.iter);
        let flags = self.scopes.get(comp.range());
        let outer = self.kind();
        if flags.coroutine && !matches!(outer, UnitKind::AsyncFunction | UnitKind::Comprehension) {
            self.fail(
                "asynchronous comprehension outside of an asynchronous function",
                comp.start(),
            );
            return;
        }
        self.with_unit(UnitKind::Comprehension, flags, |this| {
            this.visit_comprehension_body(outermost, rest, elements);
        });
    }

    /// A generator expression: its own code object, then its first iterable outside it.
    fn visit_generator(&mut self, comp: &ast::ExprGenerator) {
        let Some((outermost, rest)) = comp.generators.split_first() else {
            return;
        };
        let flags = self.scopes.get(comp.range);
        self.with_unit(UnitKind::Comprehension, flags, |this| {
            this.visit_comprehension_body(outermost, rest, &[&comp.elt]);
        });
        self.visit_expr(&outermost.iter);
    }

    fn visit_comprehension_body(
        &mut self,
        outermost: &ast::Comprehension,
        rest: &[ast::Comprehension],
        elements: &[&Expr],
    ) {
        self.visit_expr(&outermost.target);
        for condition in &outermost.ifs {
            self.visit_expr(condition);
        }
        for generator in rest {
            self.visit_expr(&generator.iter);
            self.visit_expr(&generator.target);
            for condition in &generator.ifs {
                self.visit_expr(condition);
            }
        }
        for element in elements {
            self.visit_expr(element);
        }
    }

    fn check_await(&mut self, at: TextSize) {
        match self.kind() {
            UnitKind::Module | UnitKind::Class => self.fail("'await' outside function", at),
            UnitKind::Function | UnitKind::Lambda => {
                self.fail("'await' outside async function", at)
            }
            UnitKind::AsyncFunction | UnitKind::Comprehension => {}
        }
    }
}

impl<'a> Visitor<'a> for Checker<'_> {
    fn visit_body(&mut self, body: &'a [Stmt]) {
        for stmt in body {
            if self.failed() {
                return;
            }
            self.visit_stmt(stmt);
        }
    }

    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        if self.failed() {
            return;
        }
        match stmt {
            Stmt::FunctionDef(def) => self.visit_function(def),
            Stmt::ClassDef(class) => self.visit_class(class),
            Stmt::Return(ret) => {
                let unit = self.units.last().expect("module unit");
                if !unit.kind.is_function_like() {
                    self.fail("'return' outside function", ret.range.start());
                } else if ret.value.is_some() && unit.flags.coroutine && unit.flags.generator {
                    self.fail("'return' with value in async generator", ret.range.start());
                } else if let Some(value) = &ret.value {
                    self.visit_expr(value);
                }
            }
            Stmt::Assign(assign) => {
                self.visit_expr(&assign.value);
                for target in &assign.targets {
                    self.visit_expr(target);
                }
            }
            Stmt::AugAssign(assign) => {
                self.visit_expr(&assign.value);
                self.visit_expr(&assign.target);
            }
            Stmt::AnnAssign(assign) => {
                if let Some(value) = &assign.value {
                    self.visit_expr(value);
                }
                self.visit_expr(&assign.target);
                if matches!(self.kind(), UnitKind::Module | UnitKind::Class) {
                    self.visit_expr(&assign.annotation);
                }
            }
            Stmt::For(for_stmt) => {
                if for_stmt.is_async && self.kind() != UnitKind::AsyncFunction {
                    self.fail("'async for' outside async function", for_stmt.range.start());
                    return;
                }
                self.visit_expr(&for_stmt.iter);
                self.in_loop(|this| {
                    this.visit_expr(&for_stmt.target);
                    this.visit_body(&for_stmt.body);
                });
                self.visit_body(&for_stmt.orelse);
            }
            Stmt::While(while_stmt) => {
                self.visit_expr(&while_stmt.test);
                self.in_loop(|this| this.visit_body(&while_stmt.body));
                self.visit_body(&while_stmt.orelse);
            }
            Stmt::With(with) => {
                if with.is_async && self.kind() != UnitKind::AsyncFunction {
                    self.fail("'async with' outside async function", with.range.start());
                    return;
                }
                for item in &with.items {
                    self.visit_expr(&item.context_expr);
                    if let Some(vars) = &item.optional_vars {
                        self.visit_expr(vars);
                    }
                }
                self.visit_body(&with.body);
            }
            Stmt::Break(brk) => {
                if self.units.last().expect("unit").loops == 0 {
                    self.fail("'break' outside loop", brk.range.start());
                }
            }
            Stmt::Continue(cont) => {
                if self.units.last().expect("unit").loops == 0 {
                    self.fail("'continue' not properly in loop", cont.range.start());
                }
            }
            Stmt::Import(import) => {
                for alias in &import.names {
                    let bound = match &alias.asname {
                        Some(asname) => asname.as_str(),
                        None => alias.name.as_str().split('.').next().unwrap_or_default(),
                    };
                    self.check_name_binding(bound, ExprContext::Store, import.range.start());
                }
            }
            Stmt::ImportFrom(import) => {
                for alias in &import.names {
                    let bound = alias.asname.as_ref().unwrap_or(&alias.name);
                    self.check_name_binding(
                        bound.as_str(),
                        ExprContext::Store,
                        import.range.start(),
                    );
                }
            }
            Stmt::Expr(expr_stmt) => self.visit_expr(&expr_stmt.value),
            _ => visitor::walk_stmt(self, stmt),
        }
    }

    fn visit_except_handler(&mut self, handler: &'a ast::ExceptHandler) {
        let ast::ExceptHandler::ExceptHandler(handler) = handler;
        if let Some(type_) = &handler.type_ {
            self.visit_expr(type_);
        }
        if let Some(name) = &handler.name {
            self.check_name_binding(name.as_str(), ExprContext::Store, handler.range.start());
        }
        self.visit_body(&handler.body);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        if self.failed() {
            return;
        }
        match expr {
            Expr::Name(name) => {
                self.check_name_binding(name.id.as_str(), name.ctx, name.range.start())
            }
            Expr::Attribute(attribute) => {
                self.visit_expr(&attribute.value);
                self.check_name_binding(
                    attribute.attr.as_str(),
                    attribute.ctx,
                    attribute.range.start(),
                );
            }
            Expr::Starred(starred) => {
                let msg = match starred.ctx {
                    ExprContext::Store => "starred assignment target must be in a list or tuple",
                    _ => "can't use starred expression here",
                };
                self.fail(msg, starred.range.start());
            }
            Expr::List(list) => self.visit_sequence(&list.elts, list.ctx, list.range.start()),
            Expr::Tuple(tuple) => self.visit_sequence(&tuple.elts, tuple.ctx, tuple.range.start()),
            Expr::Set(set) => {
                for element in &set.elts {
                    self.visit_element(element);
                }
            }
            Expr::Call(call) => {
                // CPython validates the keywords before compiling the callee.
                self.validate_keywords(&call.arguments.keywords);
                self.visit_expr(&call.func);
                self.visit_arguments(&call.arguments);
            }
            Expr::Subscript(subscript) => {
                self.visit_expr(&subscript.value);
                self.visit_element(&subscript.slice);
            }
            Expr::Await(await_expr) => {
                self.check_await(await_expr.range.start());
                self.visit_expr(&await_expr.value);
            }
            Expr::Yield(yield_expr) => {
                if !self.kind().is_function_like() {
                    self.fail("'yield' outside function", yield_expr.range.start());
                    return;
                }
                if let Some(value) = &yield_expr.value {
                    self.visit_expr(value);
                }
            }
            Expr::YieldFrom(yield_from) => {
                if !self.kind().is_function_like() {
                    self.fail("'yield' outside function", yield_from.range.start());
                } else if self.kind() == UnitKind::AsyncFunction {
                    self.fail(
                        "'yield from' inside async function",
                        yield_from.range.start(),
                    );
                } else {
                    self.visit_expr(&yield_from.value);
                }
            }
            Expr::Lambda(lambda) => {
                if let Some(parameters) = &lambda.parameters {
                    self.check_parameters(parameters);
                    self.visit_defaults(parameters);
                }
                let flags = self.scopes.get(lambda.range);
                self.with_unit(UnitKind::Lambda, flags, |this| {
                    this.visit_expr(&lambda.body)
                });
            }
            Expr::ListComp(comp) => {
                self.visit_inlined_comprehension(expr, &comp.generators, &[&comp.elt])
            }
            Expr::SetComp(comp) => {
                self.visit_inlined_comprehension(expr, &comp.generators, &[&comp.elt])
            }
            Expr::DictComp(comp) => {
                let mut elements: Vec<&Expr> = Vec::with_capacity(2);
                if let Some(key) = &comp.key {
                    elements.push(key);
                }
                elements.push(&comp.value);
                self.visit_inlined_comprehension(expr, &comp.generators, &elements);
            }
            Expr::Generator(comp) => self.visit_generator(comp),
            Expr::Named(named) => {
                self.visit_expr(&named.value);
                self.visit_expr(&named.target);
            }
            _ => visitor::walk_expr(self, expr),
        }
    }
}
