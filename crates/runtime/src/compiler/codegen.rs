//! Code generation: ruff AST -> code objects.

use rustc_hash::FxHashMap as HashMap;
use std::rc::Rc;

use aiterscope_syntax::ast::{self, Expr, Stmt};
use aiterscope_syntax::Ranged;

mod patterns;

use super::code::{flags, BinOp, CmpOp, CodeObject, Instr, UnOp};
use super::symtable::{node_key, NameScope, ScopeKind, SymbolTable};
use crate::object::Value;

/// A compile-time error (SyntaxError, or an unsupported feature).
#[derive(Debug, Clone)]
pub struct CompileError {
    /// The exception type to report (`SyntaxError`, `NotImplementedError`, `OverflowError`).
    pub kind: &'static str,
    /// The message.
    pub msg: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based column.
    pub col: u32,
}

type CResult<T> = Result<T, CompileError>;

enum FBlock<'a> {
    ForLoop {
        start: u32,
        breaks: Vec<usize>,
    },
    WhileLoop {
        start: u32,
        breaks: Vec<usize>,
    },
    TryExcept,
    TryFinally {
        body: &'a [Stmt],
    },
    HandlerBody,
    With {
        is_async: bool,
    },
    /// The body of an `except*` clause: `break`, `continue` and `return` may not leave it.
    StarHandler,
}

struct Unit<'a> {
    code: CodeObject,
    scope: usize,
    const_keys: HashMap<String, u32>,
    name_map: HashMap<String, u32>,
    var_map: HashMap<String, u32>,
    cell_map: HashMap<String, u32>,
    fblocks: Vec<FBlock<'a>>,
    line: u32,
}

struct Compiler<'a> {
    source: &'a str,
    filename: Rc<str>,
    st: &'a SymbolTable,
    line_starts: Vec<usize>,
    units: Vec<Unit<'a>>,
    /// `from __future__ import annotations`: annotations are kept as their source text.
    postponed_annotations: bool,
    /// One shared string per distinct name in `names` of all code objects of the module, so
    /// attribute maps keyed by them compare names by identity first.
    interned_names: HashMap<String, Rc<str>>,
}

/// Compiles a parsed module into its code object.
pub fn compile_module(
    module: &ast::ModModule,
    source: &str,
    filename: &str,
) -> CResult<Rc<CodeObject>> {
    let st = super::symtable::build(module, source).map_err(|(msg, line)| CompileError {
        kind: "SyntaxError",
        msg,
        line,
        col: 1,
    })?;
    let mut line_starts = vec![0];
    for (i, b) in source.bytes().enumerate() {
        if b == b'\n' {
            line_starts.push(i + 1);
        }
    }
    let mut c = Compiler {
        source,
        filename: Rc::from(filename),
        st: &st,
        line_starts,
        units: Vec::new(),
        postponed_annotations: super::annotations::postponed(&module.body),
        interned_names: HashMap::default(),
    };
    c.push_unit(0, "<module>", "<module>", 1);
    c.unit().code.flags |= flags::MODULE;
    c.unit().code.doc = docstring(&module.body);
    c.setup_annotations(&module.body);
    c.stmts(&module.body)?;
    c.emit_const(Value::None);
    c.emit(Instr::ReturnValue);
    Ok(Rc::new(c.pop_unit()))
}

impl<'a> Compiler<'a> {
    fn unit(&mut self) -> &mut Unit<'a> {
        let n = self.units.len() - 1;
        &mut self.units[n]
    }
    fn unit_ref(&self) -> &Unit<'a> {
        &self.units[self.units.len() - 1]
    }
    fn scope_kind(&self) -> ScopeKind {
        self.st.scopes[self.unit_ref().scope].kind
    }

    fn line_of_offset(&self, off: usize) -> u32 {
        match self.line_starts.binary_search(&off) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }
    fn line_of(&self, node: &impl Ranged) -> u32 {
        self.line_of_offset(usize::from(node.range().start()))
    }
    fn col_of(&self, node: &impl Ranged) -> u32 {
        let off = usize::from(node.range().start()).min(self.source.len());
        let line = self.line_of_offset(off) as usize;
        let start = self
            .line_starts
            .get(line.saturating_sub(1))
            .copied()
            .unwrap_or(0);
        self.source.get(start..off).map_or(0, |s| s.chars().count()) as u32 + 1
    }
    fn err(&self, kind: &'static str, msg: impl Into<String>, node: &impl Ranged) -> CompileError {
        CompileError {
            kind,
            msg: msg.into(),
            line: self.line_of(node),
            col: self.col_of(node),
        }
    }

    fn push_unit(&mut self, scope: usize, name: &str, qualname: &str, first_line: u32) {
        let sc = &self.st.scopes[scope];
        let mut code = CodeObject {
            name: Rc::from(name),
            qualname: Rc::from(qualname),
            filename: self.filename.clone(),
            first_line,
            ..Default::default()
        };
        let mut var_map = HashMap::default();
        let mut cell_map = HashMap::default();
        if sc.kind != ScopeKind::Module && sc.kind != ScopeKind::Class {
            for (i, v) in sc.locals().iter().enumerate() {
                var_map.insert(v.clone(), i as u32);
                code.varnames.push(Rc::from(v.as_str()));
            }
        }
        for (i, c) in sc.cellvars.iter().enumerate() {
            cell_map.insert(c.clone(), i as u32);
            code.cellvars.push(Rc::from(c.as_str()));
            if let Some(&vi) = var_map.get(c) {
                if (vi as usize) < sc.params.len() {
                    code.cell_params.push((i as u32, vi));
                }
            }
        }
        let nc = sc.cellvars.len();
        for (i, f) in sc.freevars.iter().enumerate() {
            cell_map.insert(f.clone(), (nc + i) as u32);
            code.freevars.push(Rc::from(f.as_str()));
        }
        self.units.push(Unit {
            code,
            scope,
            const_keys: HashMap::default(),
            name_map: HashMap::default(),
            var_map,
            cell_map,
            fblocks: Vec::new(),
            line: first_line,
        });
    }

    fn pop_unit(&mut self) -> CodeObject {
        match self.units.pop() {
            Some(mut u) => {
                u.code.attr_sites = crate::vm::attr_sites::AttrSites::new(u.code.names.len());
                u.code.global_sites = crate::vm::GlobalSites::new(u.code.names.len());
                u.code
            }
            None => CodeObject::default(),
        }
    }

    fn emit(&mut self, i: Instr) -> usize {
        let u = self.unit();
        let line = u.line;
        u.code.instructions.push(i);
        u.code.lines.push(line);
        u.code.instructions.len() - 1
    }
    fn here(&mut self) -> u32 {
        self.unit().code.instructions.len() as u32
    }
    fn patch(&mut self, at: usize, target: u32) {
        let ins = &mut self.unit().code.instructions[at];
        *ins = match *ins {
            Instr::Jump(_) => Instr::Jump(target),
            Instr::PopJumpIfFalse(_) => Instr::PopJumpIfFalse(target),
            Instr::PopJumpIfTrue(_) => Instr::PopJumpIfTrue(target),
            Instr::JumpIfFalseOrPop(_) => Instr::JumpIfFalseOrPop(target),
            Instr::JumpIfTrueOrPop(_) => Instr::JumpIfTrueOrPop(target),
            Instr::ForIter(_) => Instr::ForIter(target),
            Instr::Send(_) => Instr::Send(target),
            Instr::SetupExcept(_) => Instr::SetupExcept(target),
            Instr::CheckEgMatch(_) => Instr::CheckEgMatch(target),
            other => other,
        };
    }
    fn patch_here(&mut self, at: usize) {
        let h = self.here();
        self.patch(at, h);
    }

    fn add_const(&mut self, v: Value) -> u32 {
        let key = match &v {
            Value::None => Some("N".to_string()),
            Value::Bool(b) => Some(format!("B{b}")),
            Value::Int(i) => Some(format!("I{i}")),
            Value::Float(f) => Some(format!("F{}", f.to_bits())),
            Value::Str(s) => Some(format!("S{s}")),
            _ => None,
        };
        let u = self.unit();
        if let Some(k) = &key {
            if let Some(&i) = u.const_keys.get(k) {
                return i;
            }
        }
        u.code.consts.push(v);
        let i = (u.code.consts.len() - 1) as u32;
        if let Some(k) = key {
            u.const_keys.insert(k, i);
        }
        i
    }
    fn emit_const(&mut self, v: Value) {
        let i = self.add_const(v);
        self.emit(Instr::LoadConst(i));
    }
    fn name_idx(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.unit().name_map.get(name) {
            return i;
        }
        let shared = self
            .interned_names
            .entry(name.to_string())
            .or_insert_with(|| Rc::from(name))
            .clone();
        let u = self.unit();
        u.code.names.push(shared);
        let i = (u.code.names.len() - 1) as u32;
        u.name_map.insert(name.to_string(), i);
        i
    }

    // ----- names -----

    fn load_name(&mut self, name: &str) {
        let kind = self.scope_kind();
        let scope = self.st.scopes[self.unit_ref().scope].lookup(name);
        match (kind, scope) {
            (ScopeKind::Module, _) | (_, NameScope::GlobalExplicit) => {
                let i = self.name_idx(name);
                self.emit(Instr::LoadGlobal(i));
            }
            (ScopeKind::Class, NameScope::Free) => {
                let c = self.unit_ref().cell_map.get(name).copied().unwrap_or(0);
                let n = self.name_idx(name);
                self.emit(Instr::LoadClassDeref(n, c));
            }
            (ScopeKind::Class, _) => {
                let i = self.name_idx(name);
                self.emit(Instr::LoadName(i));
            }
            (_, NameScope::Local) => {
                let i = self.unit_ref().var_map.get(name).copied().unwrap_or(0);
                self.emit(Instr::LoadFast(i));
            }
            (_, NameScope::Cell) | (_, NameScope::Free) => {
                let i = self.unit_ref().cell_map.get(name).copied().unwrap_or(0);
                self.emit(Instr::LoadDeref(i));
            }
            (_, NameScope::GlobalImplicit) => {
                let i = self.name_idx(name);
                self.emit(Instr::LoadGlobal(i));
            }
        }
    }

    fn store_name(&mut self, name: &str) {
        let kind = self.scope_kind();
        let scope = self.st.scopes[self.unit_ref().scope].lookup(name);
        match (kind, scope) {
            (_, NameScope::Free) | (_, NameScope::Cell) if kind != ScopeKind::Module => {
                let i = self.unit_ref().cell_map.get(name).copied().unwrap_or(0);
                self.emit(Instr::StoreDeref(i));
            }
            (ScopeKind::Module, _) | (_, NameScope::GlobalExplicit) => {
                let i = self.name_idx(name);
                self.emit(Instr::StoreGlobal(i));
            }
            (ScopeKind::Class, _) => {
                let i = self.name_idx(name);
                self.emit(Instr::StoreName(i));
            }
            _ => {
                let i = self.unit_ref().var_map.get(name).copied().unwrap_or(0);
                self.emit(Instr::StoreFast(i));
            }
        }
    }

    fn delete_name(&mut self, name: &str) {
        let kind = self.scope_kind();
        let scope = self.st.scopes[self.unit_ref().scope].lookup(name);
        match (kind, scope) {
            (_, NameScope::Free) | (_, NameScope::Cell) if kind != ScopeKind::Module => {
                let i = self.unit_ref().cell_map.get(name).copied().unwrap_or(0);
                self.emit(Instr::DeleteDeref(i));
            }
            (ScopeKind::Module, _) | (_, NameScope::GlobalExplicit) => {
                let i = self.name_idx(name);
                self.emit(Instr::DeleteGlobal(i));
            }
            (ScopeKind::Class, _) => {
                let i = self.name_idx(name);
                self.emit(Instr::DeleteName(i));
            }
            _ => {
                let i = self.unit_ref().var_map.get(name).copied().unwrap_or(0);
                self.emit(Instr::DeleteFast(i));
            }
        }
    }

    // ----- statements -----

    fn stmts(&mut self, body: &'a [Stmt]) -> CResult<()> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn set_line(&mut self, node: &impl Ranged) -> u32 {
        let l = self.line_of(node);
        let u = self.unit();
        let old = u.line;
        u.line = l;
        old
    }

    fn stmt(&mut self, s: &'a Stmt) -> CResult<()> {
        self.set_line(s);
        match s {
            Stmt::Expr(e) => {
                self.expr(&e.value)?;
                self.emit(Instr::PopTop);
            }
            Stmt::Assign(a) => {
                self.expr(&a.value)?;
                let n = a.targets.len();
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < n {
                        self.emit(Instr::Copy(1));
                    }
                    self.store_target(t)?;
                }
            }
            Stmt::AugAssign(a) => self.aug_assign(a)?,
            Stmt::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.expr(v)?;
                    self.store_target(&a.target)?;
                }
                self.annotation(a)?;
            }
            Stmt::Pass(_) => {}
            Stmt::If(i) => self.if_stmt(i)?,
            Stmt::While(w) => self.while_stmt(w)?,
            Stmt::For(f) => {
                if f.is_async {
                    self.async_for_stmt(f)?
                } else {
                    self.for_stmt(f)?
                }
            }
            Stmt::Break(b) => self.break_continue(true, b)?,
            Stmt::Continue(b) => self.break_continue(false, b)?,
            Stmt::Return(r) => {
                self.check_star_exit(0, r)?;
                match &r.value {
                    Some(v) => self.expr(v)?,
                    None => self.emit_const(Value::None),
                }
                self.unwind_all(true)?;
                self.set_line(s);
                self.emit(Instr::ReturnValue);
            }
            Stmt::FunctionDef(f) => self.function_def(f)?,
            Stmt::ClassDef(c) => self.class_def(c)?,
            Stmt::Raise(r) => {
                let mut n = 0;
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = &r.cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.set_line(s);
                self.emit(Instr::Raise(n));
            }
            Stmt::Try(t) => {
                if t.is_star && t.finalbody.is_empty() {
                    self.try_star(&t.body, &t.handlers, &t.orelse)?;
                } else if t.finalbody.is_empty() {
                    self.try_except(&t.body, &t.handlers, &t.orelse)?;
                } else {
                    self.try_finally(t)?;
                }
            }
            Stmt::Assert(a) => {
                self.expr(&a.test)?;
                let j = self.emit(Instr::PopJumpIfTrue(0));
                self.emit(Instr::LoadAssertionError);
                if let Some(m) = &a.msg {
                    self.expr(m)?;
                    self.emit(Instr::Call(1));
                }
                self.emit(Instr::Raise(1));
                self.patch_here(j);
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    let idx = self.name_idx(&a.name);
                    self.emit(Instr::ImportName(idx));
                    match &a.asname {
                        // ImportName pushes the named (sub)module itself.
                        Some(n) => self.store_name(n),
                        None => {
                            let first = a.name.split('.').next().unwrap_or("").to_string();
                            if a.name.contains('.') {
                                self.emit(Instr::PopTop);
                                let fi = self.name_idx(&first);
                                self.emit(Instr::ImportName(fi));
                            }
                            self.store_name(&first)
                        }
                    }
                }
            }
            Stmt::ImportFrom(i) => {
                if i.level > 0 {
                    return Err(self.err(
                        "ImportError",
                        "attempted relative import with no known parent package",
                        s,
                    ));
                }
                let module = i.module.as_ref().map(|m| m.to_string()).unwrap_or_default();
                let idx = self.name_idx(&module);
                self.emit(Instr::ImportName(idx));
                for a in &i.names {
                    if &*a.name == "*" {
                        self.emit(Instr::ImportStar);
                        return Ok(());
                    }
                    let n = self.name_idx(&a.name);
                    self.emit(Instr::ImportFrom(n));
                    let bound = a
                        .asname
                        .as_ref()
                        .map(|x| x.to_string())
                        .unwrap_or_else(|| a.name.to_string());
                    self.store_name(&bound);
                }
                self.emit(Instr::PopTop);
            }
            Stmt::Global(_) | Stmt::Nonlocal(_) => {}
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.delete_target(t)?;
                }
            }
            Stmt::With(w) => self.with_stmt(w, 0)?,
            Stmt::Match(m) => self.match_stmt(m)?,
            Stmt::TypeAlias(_) => {
                return Err(self.err(
                    "NotImplementedError",
                    "aiterscope does not support 'type' statements",
                    s,
                ))
            }
            Stmt::IpyEscapeCommand(_) => return Err(self.err("SyntaxError", "invalid syntax", s)),
        }
        Ok(())
    }

    fn aug_assign(&mut self, a: &'a ast::StmtAugAssign) -> CResult<()> {
        let op = binop(a.op);
        match &*a.target {
            Expr::Name(n) => {
                self.load_name(&n.id);
                self.expr(&a.value)?;
                self.set_line(a);
                self.emit(Instr::Inplace(op));
                self.store_name(&n.id);
            }
            Expr::Attribute(at) => {
                self.expr(&at.value)?;
                self.emit(Instr::Copy(1));
                let i = self.name_idx(&at.attr);
                self.emit(Instr::LoadAttr(i));
                self.expr(&a.value)?;
                self.set_line(a);
                self.emit(Instr::Inplace(op));
                self.emit(Instr::Swap(2));
                self.emit(Instr::StoreAttr(i));
            }
            Expr::Subscript(sub) => {
                self.expr(&sub.value)?;
                self.expr(&sub.slice)?;
                self.emit(Instr::Copy(2));
                self.emit(Instr::Copy(2));
                self.emit(Instr::Subscr);
                self.expr(&a.value)?;
                self.set_line(a);
                self.emit(Instr::Inplace(op));
                self.emit(Instr::Swap(3));
                self.emit(Instr::Swap(2));
                self.emit(Instr::StoreSubscr);
            }
            other => {
                return Err(self.err(
                    "SyntaxError",
                    "'expression' is an illegal expression for augmented assignment",
                    other,
                ))
            }
        }
        Ok(())
    }

    fn if_stmt(&mut self, i: &'a ast::StmtIf) -> CResult<()> {
        self.expr(&i.test)?;
        let mut jf = self.emit(Instr::PopJumpIfFalse(0));
        self.stmts(&i.body)?;
        let mut ends = Vec::new();
        for clause in &i.elif_else_clauses {
            ends.push(self.emit(Instr::Jump(0)));
            self.patch_here(jf);
            match &clause.test {
                Some(t) => {
                    self.set_line(t);
                    self.expr(t)?;
                    jf = self.emit(Instr::PopJumpIfFalse(0));
                    self.stmts(&clause.body)?;
                }
                None => {
                    self.stmts(&clause.body)?;
                    jf = usize::MAX;
                }
            }
        }
        if jf != usize::MAX {
            self.patch_here(jf);
        }
        for e in ends {
            self.patch_here(e);
        }
        Ok(())
    }

    fn while_stmt(&mut self, w: &'a ast::StmtWhile) -> CResult<()> {
        let start = self.here();
        let always = matches!(&*w.test, Expr::BooleanLiteral(b) if b.value);
        let jf = if always {
            None
        } else {
            self.expr(&w.test)?;
            Some(self.emit(Instr::PopJumpIfFalse(0)))
        };
        self.unit().fblocks.push(FBlock::WhileLoop {
            start,
            breaks: Vec::new(),
        });
        self.stmts(&w.body)?;
        self.set_line(w);
        self.emit(Instr::Jump(start));
        let breaks = match self.unit().fblocks.pop() {
            Some(FBlock::WhileLoop { breaks, .. }) => breaks,
            _ => Vec::new(),
        };
        if let Some(j) = jf {
            self.patch_here(j);
        }
        self.stmts(&w.orelse)?;
        for b in breaks {
            self.patch_here(b);
        }
        Ok(())
    }

    /// A `for` (or comprehension) iterable: a set display of constants is CPython's folded
    /// frozenset constant, iterated in that frozenset's order.
    fn iterable_expr(&mut self, e: &'a Expr) -> CResult<()> {
        match e {
            Expr::Set(s) if !s.elts.is_empty() && s.elts.iter().all(is_folded_constant) => {
                for v in &s.elts {
                    self.expr(v)?;
                }
                self.emit(Instr::BuildConstFrozenSet(s.elts.len() as u32));
                Ok(())
            }
            other => self.expr(other),
        }
    }

    fn for_stmt(&mut self, f: &'a ast::StmtFor) -> CResult<()> {
        self.iterable_expr(&f.iter)?;
        self.set_line(f);
        self.emit(Instr::GetIter);
        let start = self.here();
        let fi = self.emit(Instr::ForIter(0));
        self.store_target(&f.target)?;
        self.unit().fblocks.push(FBlock::ForLoop {
            start,
            breaks: Vec::new(),
        });
        self.stmts(&f.body)?;
        self.set_line(f);
        self.emit(Instr::Jump(start));
        let breaks = match self.unit().fblocks.pop() {
            Some(FBlock::ForLoop { breaks, .. }) => breaks,
            _ => Vec::new(),
        };
        self.patch_here(fi);
        self.stmts(&f.orelse)?;
        for b in breaks {
            self.patch_here(b);
        }
        Ok(())
    }

    fn yield_from_loop(&mut self) {
        let start = self.here();
        let send = self.emit(Instr::Send(0));
        self.emit(Instr::YieldValue(false));
        self.emit(Instr::Jump(start));
        self.patch_here(send);
    }

    fn async_for_stmt(&mut self, f: &'a ast::StmtFor) -> CResult<()> {
        self.expr(&f.iter)?;
        self.set_line(f);
        self.emit(Instr::GetAIter);
        let start = self.here();
        let setup = self.emit(Instr::SetupExcept(0));
        self.emit(Instr::GetANext);
        self.emit_const(Value::None);
        self.yield_from_loop();
        self.emit(Instr::AnextDelivered);
        self.emit(Instr::PopBlock);
        self.store_target(&f.target)?;
        self.unit().fblocks.push(FBlock::ForLoop {
            start,
            breaks: Vec::new(),
        });
        self.stmts(&f.body)?;
        self.set_line(f);
        self.emit(Instr::Jump(start));
        let breaks = match self.unit().fblocks.pop() {
            Some(FBlock::ForLoop { breaks, .. }) => breaks,
            _ => Vec::new(),
        };
        self.patch_here(setup);
        self.emit(Instr::EndAsyncFor);
        self.stmts(&f.orelse)?;
        for b in breaks {
            self.patch_here(b);
        }
        Ok(())
    }

    fn break_continue(&mut self, is_break: bool, node: &impl Ranged) -> CResult<()> {
        let n = self.unit_ref().fblocks.len();
        let mut loop_idx = None;
        for i in (0..n).rev() {
            if matches!(
                self.unit_ref().fblocks[i],
                FBlock::ForLoop { .. } | FBlock::WhileLoop { .. }
            ) {
                loop_idx = Some(i);
                break;
            }
        }
        self.check_star_exit(loop_idx.map_or(0, |i| i + 1), node)?;
        let Some(li) = loop_idx else {
            let msg = if is_break {
                "'break' outside loop"
            } else {
                "'continue' not properly in loop"
            };
            return Err(self.err("SyntaxError", msg, node));
        };
        for i in (li + 1..n).rev() {
            self.unwind_one(i, false)?;
        }
        if is_break {
            if matches!(self.unit_ref().fblocks[li], FBlock::ForLoop { .. }) {
                self.emit(Instr::PopTop);
            }
            let j = self.emit(Instr::Jump(0));
            match &mut self.unit().fblocks[li] {
                FBlock::ForLoop { breaks, .. } | FBlock::WhileLoop { breaks, .. } => breaks.push(j),
                _ => {}
            }
        } else {
            let start = match &self.unit_ref().fblocks[li] {
                FBlock::ForLoop { start, .. } | FBlock::WhileLoop { start, .. } => *start,
                _ => 0,
            };
            self.emit(Instr::Jump(start));
        }
        Ok(())
    }

    fn unwind_all(&mut self, preserve: bool) -> CResult<()> {
        let n = self.unit_ref().fblocks.len();
        for i in (0..n).rev() {
            self.unwind_one(i, preserve)?;
        }
        Ok(())
    }

    /// Emits the clean-up code of fblock `i` (with the blocks above it temporarily removed).
    fn unwind_one(&mut self, i: usize, preserve: bool) -> CResult<()> {
        let saved = self.unit().fblocks.split_off(i);
        let res = (|| -> CResult<()> {
            match &saved[0] {
                FBlock::ForLoop { .. } => {
                    if preserve {
                        self.emit(Instr::Swap(2));
                    }
                    self.emit(Instr::PopTop);
                }
                FBlock::WhileLoop { .. } => {}
                FBlock::TryExcept => {
                    self.emit(Instr::PopBlock);
                }
                FBlock::TryFinally { body } => {
                    self.emit(Instr::PopBlock);
                    let body: &'a [Stmt] = body;
                    self.stmts(body)?;
                }
                FBlock::HandlerBody => {
                    self.emit(Instr::PopExcept);
                }
                FBlock::StarHandler => {}
                FBlock::With { is_async } => {
                    let is_async = *is_async;
                    self.emit(Instr::PopBlock);
                    if preserve {
                        self.emit(Instr::Swap(2));
                    }
                    self.emit_const(Value::None);
                    self.emit_const(Value::None);
                    self.emit_const(Value::None);
                    self.emit(Instr::Call(3));
                    if is_async {
                        self.emit(Instr::GetAwaitable(2));
                        self.emit_const(Value::None);
                        self.yield_from_loop();
                    }
                    self.emit(Instr::PopTop);
                }
            }
            Ok(())
        })();
        self.unit().fblocks.extend(saved);
        res
    }

    fn try_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ast::ExceptHandler],
        orelse: &'a [Stmt],
    ) -> CResult<()> {
        let setup = self.emit(Instr::SetupExcept(0));
        self.unit().fblocks.push(FBlock::TryExcept);
        self.stmts(body)?;
        self.unit().fblocks.pop();
        self.emit(Instr::PopBlock);
        self.stmts(orelse)?;
        let mut ends = vec![self.emit(Instr::Jump(0))];
        self.patch_here(setup);
        self.emit(Instr::PushExcInfo);
        for h in handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_line(h);
            let next = match &h.type_ {
                Some(ty) => {
                    self.expr(ty)?;
                    self.emit(Instr::CheckExcMatch);
                    Some(self.emit(Instr::PopJumpIfFalse(0)))
                }
                None => None,
            };
            if let Some(n) = &h.name {
                self.emit(Instr::LoadCurrentExc);
                self.store_name(n);
            }
            self.unit().fblocks.push(FBlock::HandlerBody);
            self.stmts(&h.body)?;
            self.unit().fblocks.pop();
            self.emit(Instr::PopExcept);
            if let Some(n) = &h.name {
                self.emit_const(Value::None);
                self.store_name(n);
                self.delete_name(n);
            }
            ends.push(self.emit(Instr::Jump(0)));
            if let Some(j) = next {
                self.patch_here(j);
            }
        }
        self.emit(Instr::Reraise);
        for e in ends {
            self.patch_here(e);
        }
        Ok(())
    }

    fn try_finally(&mut self, t: &'a ast::StmtTry) -> CResult<()> {
        let setup = self.emit(Instr::SetupExcept(0));
        self.unit()
            .fblocks
            .push(FBlock::TryFinally { body: &t.finalbody });
        if t.handlers.is_empty() {
            self.stmts(&t.body)?;
            self.stmts(&t.orelse)?;
        } else if t.is_star {
            self.try_star(&t.body, &t.handlers, &t.orelse)?;
        } else {
            self.try_except(&t.body, &t.handlers, &t.orelse)?;
        }
        self.unit().fblocks.pop();
        self.emit(Instr::PopBlock);
        self.stmts(&t.finalbody)?;
        let end = self.emit(Instr::Jump(0));
        self.patch_here(setup);
        self.emit(Instr::PushExcInfo);
        self.unit().fblocks.push(FBlock::HandlerBody);
        self.stmts(&t.finalbody)?;
        self.unit().fblocks.pop();
        self.emit(Instr::Reraise);
        self.patch_here(end);
        Ok(())
    }

    /// `try: ... except* T as e: ...` (CPython 3.12's scheme): the handler keeps
    /// `[orig, raised, rest]` on the stack; each clause splits `rest`, runs its body with the
    /// match as the handled exception and collects what the body raises; `PrepReraiseStar`
    /// raises the combination at the end.
    fn try_star(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ast::ExceptHandler],
        orelse: &'a [Stmt],
    ) -> CResult<()> {
        let setup = self.emit(Instr::SetupExcept(0));
        self.unit().fblocks.push(FBlock::TryExcept);
        self.stmts(body)?;
        self.unit().fblocks.pop();
        self.emit(Instr::PopBlock);
        self.stmts(orelse)?;
        let end = self.emit(Instr::Jump(0));
        self.patch_here(setup);
        self.emit(Instr::PushExcInfo);
        self.emit(Instr::LoadCurrentExc);
        self.emit(Instr::BuildList(0));
        self.emit(Instr::LoadCurrentExc);
        for h in handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_line(h);
            match &h.type_ {
                Some(ty) => self.expr(ty)?,
                None => {
                    return Err(self.err("SyntaxError", "expected one or more exception types", h))
                }
            }
            let no_match = self.emit(Instr::CheckEgMatch(0));
            match &h.name {
                Some(n) => self.store_name(n),
                None => {
                    self.emit(Instr::PopTop);
                }
            }
            let cleanup = self.emit(Instr::SetupExcept(0));
            self.unit().fblocks.push(FBlock::StarHandler);
            self.stmts(&h.body)?;
            self.unit().fblocks.pop();
            self.emit(Instr::PopBlock);
            if let Some(n) = &h.name {
                self.emit_const(Value::None);
                self.store_name(n);
                self.delete_name(n);
            }
            let next = self.emit(Instr::Jump(0));
            self.patch_here(cleanup);
            if let Some(n) = &h.name {
                self.emit_const(Value::None);
                self.store_name(n);
                self.delete_name(n);
            }
            self.emit(Instr::ListAppend(2));
            self.patch_here(no_match);
            self.patch_here(next);
        }
        self.emit(Instr::PrepReraiseStar);
        self.patch_here(end);
        Ok(())
    }

    /// SyntaxError if a `break`/`continue`/`return` would leave an `except*` clause body
    /// (fblocks above index `floor`).
    fn check_star_exit(&self, floor: usize, node: &impl Ranged) -> CResult<()> {
        let blocks = &self.unit_ref().fblocks;
        if blocks[floor.min(blocks.len())..]
            .iter()
            .any(|b| matches!(b, FBlock::StarHandler))
        {
            return Err(self.err(
                "SyntaxError",
                "'break', 'continue' and 'return' cannot appear in an except* block",
                node,
            ));
        }
        Ok(())
    }

    fn with_stmt(&mut self, w: &'a ast::StmtWith, item: usize) -> CResult<()> {
        let it = &w.items[item];
        self.expr(&it.context_expr)?;
        self.set_line(w);
        if w.is_async {
            self.emit(Instr::BeforeAsyncWith);
            self.emit(Instr::GetAwaitable(1));
            self.emit_const(Value::None);
            self.yield_from_loop();
        } else {
            self.emit(Instr::BeforeWith);
        }
        match &it.optional_vars {
            Some(v) => self.store_target(v)?,
            None => {
                self.emit(Instr::PopTop);
            }
        }
        let setup = self.emit(Instr::SetupExcept(0));
        self.unit().fblocks.push(FBlock::With {
            is_async: w.is_async,
        });
        if item + 1 < w.items.len() {
            self.with_stmt(w, item + 1)?;
        } else {
            self.stmts(&w.body)?;
        }
        self.unit().fblocks.pop();
        self.set_line(w);
        self.emit(Instr::PopBlock);
        self.emit_const(Value::None);
        self.emit_const(Value::None);
        self.emit_const(Value::None);
        self.emit(Instr::Call(3));
        if w.is_async {
            self.emit(Instr::GetAwaitable(2));
            self.emit_const(Value::None);
            self.yield_from_loop();
        }
        self.emit(Instr::PopTop);
        let end = self.emit(Instr::Jump(0));
        self.patch_here(setup);
        self.emit(Instr::PushExcInfo);
        self.emit(Instr::WithExceptStart);
        if w.is_async {
            self.emit(Instr::GetAwaitable(2));
            self.emit_const(Value::None);
            self.yield_from_loop();
        }
        let sup = self.emit(Instr::PopJumpIfTrue(0));
        self.emit(Instr::Reraise);
        self.patch_here(sup);
        self.emit(Instr::PopExcept);
        self.emit(Instr::PopTop);
        self.patch_here(end);
        Ok(())
    }

    fn child_qualname(&self, name: &str) -> String {
        let u = self.unit_ref();
        match self.st.scopes[u.scope].kind {
            ScopeKind::Module => name.to_string(),
            ScopeKind::Class => format!("{}.{}", u.code.qualname, name),
            _ => format!("{}.<locals>.{}", u.code.qualname, name),
        }
    }

    /// Emits MakeFunction for a finished child code object (defaults already pushed).
    fn make_function(&mut self, code: CodeObject, mut fl: u8) {
        if !code.freevars.is_empty() {
            for f in code.freevars.clone().iter() {
                let idx = self.unit_ref().cell_map.get(&**f).copied().unwrap_or(0);
                self.emit(Instr::LoadClosure(idx));
            }
            self.emit(Instr::BuildTuple(code.freevars.len() as u32));
            fl |= 4;
        }
        let u = self.unit();
        u.code.functions.push(Rc::new(code));
        let idx = (u.code.functions.len() - 1) as u32;
        self.emit(Instr::MakeFunction(idx, fl));
    }

    fn push_defaults(&mut self, p: &'a ast::Parameters) -> CResult<u8> {
        let mut fl = 0;
        let defaults: Vec<&Expr> = p
            .posonlyargs
            .iter()
            .chain(p.args.iter())
            .filter_map(|a| a.default.as_deref())
            .collect();
        if !defaults.is_empty() {
            for d in &defaults {
                self.expr(d)?;
            }
            self.emit(Instr::BuildTuple(defaults.len() as u32));
            fl |= 1;
        }
        let kw: Vec<(&str, &Expr)> = p
            .kwonlyargs
            .iter()
            .filter_map(|a| a.default.as_deref().map(|d| (a.parameter.name.as_str(), d)))
            .collect();
        if !kw.is_empty() {
            for (n, d) in &kw {
                self.emit_const(Value::str(n));
                self.expr(d)?;
            }
            self.emit(Instr::BuildMap(kw.len() as u32));
            fl |= 2;
        }
        Ok(fl)
    }

    /// Pushes a `def`'s annotations as a dict (values, or source text under `from __future__
    /// import annotations`); false (nothing pushed) when it has none.
    fn push_function_annotations(
        &mut self,
        p: &'a ast::Parameters,
        returns: Option<&'a Expr>,
    ) -> CResult<bool> {
        let annotations = super::annotations::function_annotations(p, returns);
        if annotations.is_empty() {
            return Ok(false);
        }
        for (name, ann) in &annotations {
            self.emit_const(Value::str(name));
            if self.postponed_annotations {
                let text = self.postponed_text(ann);
                self.emit_const(Value::string(text));
            } else {
                self.expr(ann)?;
            }
        }
        self.emit(Instr::BuildMap(annotations.len() as u32));
        Ok(true)
    }

    /// What `from __future__ import annotations` stores for an annotation: CPython's unparse
    /// of it (the collapsed source text for expressions the unparser does not cover).
    fn postponed_text(&self, e: &Expr) -> String {
        let source = self.source;
        super::unparse::unparse(e, &|sub: &Expr| {
            let range = sub.range();
            super::annotations::source_text(
                source,
                usize::from(range.start()),
                usize::from(range.end()),
            )
        })
    }

    fn set_params(&mut self, p: Option<&ast::Parameters>) {
        let Some(p) = p else { return };
        let u = self.unit();
        u.code.argcount = (p.posonlyargs.len() + p.args.len()) as u32;
        u.code.posonlyargcount = p.posonlyargs.len() as u32;
        u.code.kwonlyargcount = p.kwonlyargs.len() as u32;
        if p.vararg.is_some() {
            u.code.flags |= flags::VARARGS;
        }
        if p.kwarg.is_some() {
            u.code.flags |= flags::VARKEYWORDS;
        }
    }

    fn function_def(&mut self, f: &'a ast::StmtFunctionDef) -> CResult<()> {
        for d in &f.decorator_list {
            self.expr(&d.expression)?;
        }
        let mut fl = self.push_defaults(&f.parameters)?;
        if self.push_function_annotations(&f.parameters, f.returns.as_deref())? {
            fl |= 8;
        }
        let scope = self.st.by_node.get(&node_key(f)).copied().unwrap_or(0);
        let qual = self.child_qualname(&f.name);
        let line = self.line_of(f);
        self.push_unit(scope, &f.name, &qual, line);
        self.set_params(Some(&f.parameters));
        let sc = &self.st.scopes[scope];
        let mut cf = 0;
        if sc.is_generator && f.is_async {
            cf |= flags::ASYNC_GENERATOR;
        } else if sc.is_generator {
            cf |= flags::GENERATOR;
        } else if f.is_async {
            cf |= flags::COROUTINE;
        }
        self.unit().code.flags |= cf;
        self.unit().code.doc = docstring(&f.body);
        self.stmts(&f.body)?;
        self.emit_const(Value::None);
        self.emit(Instr::ReturnValue);
        let code = self.pop_unit();
        self.set_line(f);
        self.make_function(code, fl);
        for _ in &f.decorator_list {
            self.emit(Instr::Call(1));
        }
        self.store_name(&f.name);
        Ok(())
    }

    fn class_def(&mut self, c: &'a ast::StmtClassDef) -> CResult<()> {
        for d in &c.decorator_list {
            self.expr(&d.expression)?;
        }
        let scope = self.st.by_node.get(&node_key(c)).copied().unwrap_or(0);
        let qual = self.child_qualname(&c.name);
        let line = self.line_of(c);
        self.push_unit(scope, &c.name, &qual, line);
        self.unit().code.flags |= flags::CLASS_BODY;
        let mi = self.name_idx("__name__");
        self.emit(Instr::LoadGlobal(mi));
        let mm = self.name_idx("__module__");
        self.emit(Instr::StoreName(mm));
        self.emit_const(Value::str(&qual));
        let qn = self.name_idx("__qualname__");
        self.emit(Instr::StoreName(qn));
        self.setup_annotations(&c.body);
        if let Some(doc) = docstring(&c.body) {
            self.emit_const(Value::Str(doc));
            let dn = self.name_idx("__doc__");
            self.emit(Instr::StoreName(dn));
        }
        self.stmts(&c.body)?;
        if self.st.scopes[scope].needs_class_cell {
            let idx = self
                .unit_ref()
                .cell_map
                .get("__class__")
                .copied()
                .unwrap_or(0);
            self.emit(Instr::LoadClosure(idx));
        } else {
            self.emit_const(Value::None);
        }
        self.emit(Instr::ReturnValue);
        let code = self.pop_unit();
        self.set_line(c);
        self.make_function(code, 0);
        self.emit_const(Value::str(&c.name));
        let mut nbases = 0;
        let mut kw_names = Vec::new();
        if let Some(args) = &c.arguments {
            for a in args.args.iter() {
                if matches!(a, Expr::Starred(_)) {
                    return Err(self.err(
                        "NotImplementedError",
                        "aiterscope does not support starred base classes",
                        a,
                    ));
                }
                self.expr(a)?;
                nbases += 1;
            }
            for k in args.keywords.iter() {
                let Some(name) = k.arg.as_ref().map(|a| a.to_string()) else {
                    return Err(self.err(
                        "NotImplementedError",
                        "aiterscope does not support ** in a class's keywords",
                        k,
                    ));
                };
                self.expr(&k.value)?;
                kw_names.push(Value::str(&name));
            }
        }
        if kw_names.is_empty() {
            self.emit(Instr::BuildClass(nbases));
        } else {
            let ci = self.add_const(Value::tuple(kw_names));
            self.emit(Instr::BuildClassKw(nbases, ci));
        }
        for _ in &c.decorator_list {
            self.emit(Instr::Call(1));
        }
        self.store_name(&c.name);
        Ok(())
    }

    // ----- targets -----

    /// `__annotations__ = {}` at the start of a module or class body that has annotations.
    fn setup_annotations(&mut self, body: &[Stmt]) {
        if super::annotations::has_annotations(body) {
            self.emit(Instr::BuildMap(0));
            self.store_name("__annotations__");
        }
    }

    /// The annotation of `target: T [= value]` (the value is already stored): in a module or
    /// class body, `__annotations__['name'] = T` for a simple name; other targets evaluate the
    /// annotation (and an attribute's object or a subscript's operands when there is no value)
    /// without storing it. Function bodies never evaluate annotations.
    fn annotation(&mut self, a: &'a ast::StmtAnnAssign) -> CResult<()> {
        if !matches!(self.scope_kind(), ScopeKind::Module | ScopeKind::Class) {
            return Ok(());
        }
        match (&*a.target, a.simple) {
            (Expr::Name(n), true) => {
                if self.postponed_annotations {
                    let text = self.postponed_text(&a.annotation);
                    self.emit_const(Value::string(text));
                } else {
                    self.expr(&a.annotation)?;
                }
                self.load_name("__annotations__");
                self.emit_const(Value::str(&n.id));
                self.emit(Instr::StoreSubscr);
            }
            (target, _) => {
                if a.value.is_none() {
                    match target {
                        Expr::Attribute(t) => {
                            self.expr(&t.value)?;
                            self.emit(Instr::PopTop);
                        }
                        Expr::Subscript(t) => {
                            self.expr(&t.value)?;
                            self.emit(Instr::PopTop);
                            self.expr(&t.slice)?;
                            self.emit(Instr::PopTop);
                        }
                        _ => {}
                    }
                }
                if !self.postponed_annotations {
                    self.expr(&a.annotation)?;
                    self.emit(Instr::PopTop);
                }
            }
        }
        Ok(())
    }

    fn store_target(&mut self, t: &'a Expr) -> CResult<()> {
        match t {
            Expr::Name(n) => self.store_name(&n.id),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let i = self.name_idx(&a.attr);
                self.emit(Instr::StoreAttr(i));
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Instr::StoreSubscr);
            }
            Expr::Tuple(tu) => self.unpack(&tu.elts, t)?,
            Expr::List(l) => self.unpack(&l.elts, t)?,
            Expr::Starred(s) => {
                return Err(self.err(
                    "SyntaxError",
                    "starred assignment target must be in a list or tuple",
                    s,
                ))
            }
            other => return Err(self.err("SyntaxError", "cannot assign to expression", other)),
        }
        Ok(())
    }

    fn unpack(&mut self, elts: &'a [Expr], node: &'a Expr) -> CResult<()> {
        let star = elts.iter().position(|e| matches!(e, Expr::Starred(_)));
        match star {
            Some(i) => {
                if elts
                    .iter()
                    .filter(|e| matches!(e, Expr::Starred(_)))
                    .count()
                    > 1
                {
                    return Err(self.err(
                        "SyntaxError",
                        "multiple starred expressions in assignment",
                        node,
                    ));
                }
                self.emit(Instr::UnpackEx(i as u32, (elts.len() - i - 1) as u32));
            }
            None => {
                self.emit(Instr::UnpackSequence(elts.len() as u32));
            }
        }
        for e in elts {
            match e {
                Expr::Starred(s) => self.store_target(&s.value)?,
                other => self.store_target(other)?,
            }
        }
        Ok(())
    }

    fn delete_target(&mut self, t: &'a Expr) -> CResult<()> {
        match t {
            Expr::Name(n) => self.delete_name(&n.id),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let i = self.name_idx(&a.attr);
                self.emit(Instr::DeleteAttr(i));
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Instr::DeleteSubscr);
            }
            Expr::Tuple(tu) => {
                for e in &tu.elts {
                    self.delete_target(e)?;
                }
            }
            Expr::List(tu) => {
                for e in &tu.elts {
                    self.delete_target(e)?;
                }
            }
            other => return Err(self.err("SyntaxError", "cannot delete expression", other)),
        }
        Ok(())
    }

    // ----- expressions -----

    fn expr(&mut self, e: &'a Expr) -> CResult<()> {
        let old = self.set_line(e);
        let r = self.expr_inner(e);
        self.unit().line = old;
        r
    }

    fn expr_inner(&mut self, e: &'a Expr) -> CResult<()> {
        match e {
            Expr::Name(n) => self.load_name(&n.id),
            Expr::NumberLiteral(n) => match &n.value {
                ast::Number::Int(i) => match i.as_i64() {
                    Some(v) => self.emit_const(Value::Int(v)),
                    None => match crate::object::bigint::parse_literal(&i.to_string()) {
                        Some(b) => self.emit_const(crate::object::bigint::normalize(b)),
                        None => return Err(self.err("SyntaxError", "invalid integer literal", e)),
                    },
                },
                ast::Number::Float(f) => self.emit_const(Value::Float(*f)),
                ast::Number::Complex { .. } => {
                    return Err(self.err(
                        "NotImplementedError",
                        "aiterscope does not support complex numbers",
                        e,
                    ))
                }
            },
            Expr::StringLiteral(s) => self.emit_const(Value::str(s.value.to_str())),
            Expr::BytesLiteral(b) => {
                let data: Vec<u8> = b.value.bytes().collect();
                self.emit_const(crate::object::bytes::bytes_from_vec(data))
            }
            Expr::BooleanLiteral(b) => self.emit_const(Value::Bool(b.value)),
            Expr::NoneLiteral(_) => self.emit_const(Value::None),
            Expr::EllipsisLiteral(_) => self.emit_const(Value::Ellipsis),
            Expr::FString(f) => self.fstring(f)?,
            Expr::TString(_) => {
                return Err(self.err(
                    "NotImplementedError",
                    "aiterscope does not support t-strings",
                    e,
                ))
            }
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
                self.emit(Instr::Binary(binop(b.op)));
            }
            Expr::UnaryOp(u) => {
                self.expr(&u.operand)?;
                let op = match u.op {
                    ast::UnaryOp::Invert => UnOp::Invert,
                    ast::UnaryOp::Not => UnOp::Not,
                    ast::UnaryOp::UAdd => UnOp::Pos,
                    ast::UnaryOp::USub => UnOp::Neg,
                };
                self.emit(Instr::Unary(op));
            }
            Expr::BoolOp(b) => {
                let mut jumps = Vec::new();
                let n = b.values.len();
                for (i, v) in b.values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < n {
                        let j = match b.op {
                            ast::BoolOp::And => self.emit(Instr::JumpIfFalseOrPop(0)),
                            ast::BoolOp::Or => self.emit(Instr::JumpIfTrueOrPop(0)),
                        };
                        jumps.push(j);
                    }
                }
                for j in jumps {
                    self.patch_here(j);
                }
            }
            Expr::Compare(c) => self.compare(c)?,
            Expr::If(i) => {
                self.expr(&i.test)?;
                let jf = self.emit(Instr::PopJumpIfFalse(0));
                self.expr(&i.body)?;
                let end = self.emit(Instr::Jump(0));
                self.patch_here(jf);
                self.expr(&i.orelse)?;
                self.patch_here(end);
            }
            Expr::Named(n) => {
                self.expr(&n.value)?;
                self.emit(Instr::Copy(1));
                self.store_target(&n.target)?;
            }
            Expr::Call(c) => self.call(c)?,
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let i = self.name_idx(&a.attr);
                self.emit(Instr::LoadAttr(i));
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Instr::Subscr);
            }
            Expr::Slice(s) => {
                let mut n = 2;
                match &s.lower {
                    Some(v) => self.expr(v)?,
                    None => self.emit_const(Value::None),
                }
                match &s.upper {
                    Some(v) => self.expr(v)?,
                    None => self.emit_const(Value::None),
                }
                if let Some(st) = &s.step {
                    self.expr(st)?;
                    n = 3;
                }
                self.emit(Instr::BuildSlice(n));
            }
            Expr::Tuple(t) => {
                if t.elts.iter().any(|e| matches!(e, Expr::Starred(_))) {
                    self.starred_list(&t.elts)?;
                    self.emit(Instr::ListToTuple);
                } else {
                    for v in &t.elts {
                        self.expr(v)?;
                    }
                    self.emit(Instr::BuildTuple(t.elts.len() as u32));
                }
            }
            Expr::List(l) => {
                if l.elts.iter().any(|e| matches!(e, Expr::Starred(_))) {
                    self.starred_list(&l.elts)?;
                } else {
                    for v in &l.elts {
                        self.expr(v)?;
                    }
                    self.emit(Instr::BuildList(l.elts.len() as u32));
                }
            }
            Expr::Set(s) => {
                if s.elts.iter().any(|e| matches!(e, Expr::Starred(_))) {
                    self.emit(Instr::BuildSet(0));
                    for v in &s.elts {
                        match v {
                            Expr::Starred(st) => {
                                self.expr(&st.value)?;
                                self.emit(Instr::SetUpdate(1));
                            }
                            other => {
                                self.expr(other)?;
                                self.emit(Instr::SetAdd(1));
                            }
                        }
                    }
                } else {
                    for v in &s.elts {
                        self.expr(v)?;
                    }
                    let n = s.elts.len() as u32;
                    if n > 2 && s.elts.iter().all(is_folded_constant) {
                        self.emit(Instr::BuildConstSet(n));
                    } else {
                        self.emit(Instr::BuildSet(n));
                    }
                }
            }
            Expr::Dict(d) => {
                if d.items.iter().any(|it| it.key.is_none()) {
                    self.emit(Instr::BuildMap(0));
                    for it in &d.items {
                        match &it.key {
                            Some(k) => {
                                self.expr(k)?;
                                self.expr(&it.value)?;
                                self.emit(Instr::MapAdd(1));
                            }
                            None => {
                                self.expr(&it.value)?;
                                self.emit(Instr::DictUpdate(1));
                            }
                        }
                    }
                } else {
                    for it in &d.items {
                        if let Some(k) = &it.key {
                            self.expr(k)?;
                        }
                        self.expr(&it.value)?;
                    }
                    self.emit(Instr::BuildMap(d.items.len() as u32));
                }
            }
            Expr::Starred(s) => {
                return Err(self.err("SyntaxError", "can't use starred expression here", s))
            }
            Expr::Lambda(l) => {
                let fl = match &l.parameters {
                    Some(p) => self.push_defaults(p)?,
                    None => 0,
                };
                let scope = self.st.by_node.get(&node_key(l)).copied().unwrap_or(0);
                let qual = self.child_qualname("<lambda>");
                let line = self.line_of(l);
                self.push_unit(scope, "<lambda>", &qual, line);
                self.set_params(l.parameters.as_deref());
                if self.st.scopes[scope].is_generator {
                    self.unit().code.flags |= flags::GENERATOR;
                }
                self.expr(&l.body)?;
                self.emit(Instr::ReturnValue);
                let code = self.pop_unit();
                self.make_function(code, fl);
            }
            Expr::Await(a) => {
                self.expr(&a.value)?;
                self.emit(Instr::GetAwaitable(0));
                self.emit_const(Value::None);
                self.yield_from_loop();
            }
            Expr::Yield(y) => {
                match &y.value {
                    Some(v) => self.expr(v)?,
                    None => self.emit_const(Value::None),
                }
                let is_agen = self.unit_ref().code.has(flags::ASYNC_GENERATOR);
                self.emit(Instr::YieldValue(is_agen));
            }
            Expr::YieldFrom(y) => {
                self.expr(&y.value)?;
                self.emit(Instr::GetYieldFromIter);
                self.emit_const(Value::None);
                self.yield_from_loop();
            }
            Expr::ListComp(c) => self.comprehension(
                node_key(c),
                "<listcomp>",
                &c.generators,
                CompKind::List(&c.elt),
            )?,
            Expr::SetComp(c) => self.comprehension(
                node_key(c),
                "<setcomp>",
                &c.generators,
                CompKind::Set(&c.elt),
            )?,
            Expr::DictComp(c) => match &c.key {
                Some(k) => self.comprehension(
                    node_key(c),
                    "<dictcomp>",
                    &c.generators,
                    CompKind::Dict(k, &c.value),
                )?,
                None => {
                    return Err(self.err(
                        "NotImplementedError",
                        "aiterscope does not support dict unpacking in comprehensions",
                        e,
                    ))
                }
            },
            Expr::Generator(g) => self.comprehension(
                node_key(g),
                "<genexpr>",
                &g.generators,
                CompKind::Gen(&g.elt),
            )?,
            Expr::IpyEscapeCommand(_) => return Err(self.err("SyntaxError", "invalid syntax", e)),
        }
        Ok(())
    }

    fn starred_list(&mut self, elts: &'a [Expr]) -> CResult<()> {
        self.emit(Instr::BuildList(0));
        for v in elts {
            match v {
                Expr::Starred(s) => {
                    self.expr(&s.value)?;
                    self.emit(Instr::ListExtend(1));
                }
                other => {
                    self.expr(other)?;
                    self.emit(Instr::ListAppend(1));
                }
            }
        }
        Ok(())
    }

    fn compare(&mut self, c: &'a ast::ExprCompare) -> CResult<()> {
        self.expr(&c.left)?;
        let n = c.ops.len();
        let mut cleanups = Vec::new();
        for (i, (op, right)) in c.ops.iter().zip(c.comparators.iter()).enumerate() {
            self.expr(right)?;
            let last = i + 1 == n;
            if !last {
                self.emit(Instr::Swap(2));
                self.emit(Instr::Copy(2));
            }
            self.set_line(c);
            self.emit(cmp_instr(*op));
            if !last {
                cleanups.push(self.emit(Instr::JumpIfFalseOrPop(0)));
            }
        }
        if !cleanups.is_empty() {
            let end = self.emit(Instr::Jump(0));
            for j in cleanups {
                self.patch_here(j);
            }
            self.emit(Instr::Swap(2));
            self.emit(Instr::PopTop);
            self.patch_here(end);
        }
        Ok(())
    }

    fn call(&mut self, c: &'a ast::ExprCall) -> CResult<()> {
        let args = &c.arguments;
        let has_star = args.args.iter().any(|a| matches!(a, Expr::Starred(_)));
        let has_dstar = args.keywords.iter().any(|k| k.arg.is_none());
        if let (Expr::Attribute(a), false, false, true) =
            (&*c.func, has_star, has_dstar, args.keywords.is_empty())
        {
            // `obj.name(args)`: the same steps as `LoadAttr` + `Call`, as a method call.
            let old = self.set_line(&*c.func);
            self.expr(&a.value)?;
            let i = self.name_idx(&a.attr);
            self.emit(Instr::LoadMethod(i));
            self.unit().line = old;
            for a in args.args.iter() {
                self.expr(a)?;
            }
            self.set_line(c);
            self.emit(Instr::CallMethod(args.args.len() as u32));
            return Ok(());
        }
        self.expr(&c.func)?;
        if !has_star && !has_dstar {
            for a in args.args.iter() {
                self.expr(a)?;
            }
            if args.keywords.is_empty() {
                self.set_line(c);
                self.emit(Instr::Call(args.args.len() as u32));
            } else {
                let mut names = Vec::new();
                for k in args.keywords.iter() {
                    self.expr(&k.value)?;
                    names.push(Value::str(k.arg.as_ref().map(|a| a.as_str()).unwrap_or("")));
                }
                let ci = self.add_const(Value::tuple(names));
                self.set_line(c);
                self.emit(Instr::CallKw(
                    (args.args.len() + args.keywords.len()) as u32,
                    ci,
                ));
            }
            return Ok(());
        }
        match &args.args[..] {
            // `f(*x)` passes `x` itself, as CPython does: CallEx names the function when `x`
            // is not iterable.
            [Expr::Starred(only)] => self.expr(&only.value)?,
            all => self.starred_list(all)?,
        }
        self.emit(Instr::ListToTuple);
        let has_kw = !args.keywords.is_empty();
        if has_kw {
            self.emit(Instr::BuildMap(0));
            let mut after_double_star = false;
            for k in args.keywords.iter() {
                match &k.arg {
                    // After a `**`, a named keyword is merged (as CPython's BUILD_MAP +
                    // DICT_MERGE), so a name given twice is an error, not an overwrite.
                    Some(name) if after_double_star => {
                        self.emit(Instr::BuildMap(0));
                        self.emit_const(Value::str(name));
                        self.expr(&k.value)?;
                        self.emit(Instr::MapAdd(1));
                        self.emit(Instr::DictMerge(1));
                    }
                    Some(name) => {
                        self.emit_const(Value::str(name));
                        self.expr(&k.value)?;
                        self.emit(Instr::MapAdd(1));
                    }
                    None => {
                        self.expr(&k.value)?;
                        self.emit(Instr::DictMerge(1));
                        after_double_star = true;
                    }
                }
            }
        }
        self.set_line(c);
        self.emit(Instr::CallEx(has_kw));
        Ok(())
    }

    fn fstring(&mut self, f: &'a ast::ExprFString) -> CResult<()> {
        let mut n = 0;
        for part in f.value.iter() {
            match part {
                ast::FStringPart::Literal(l) => {
                    self.emit_const(Value::str(&l.value));
                    n += 1;
                }
                ast::FStringPart::FString(fs) => {
                    for el in fs.elements.iter() {
                        n += self.fstring_element(el)?;
                    }
                }
            }
        }
        if n == 0 {
            self.emit_const(Value::str(""));
        } else if n > 1 {
            self.emit(Instr::BuildString(n));
        }
        Ok(())
    }

    fn fstring_element(&mut self, el: &'a ast::InterpolatedStringElement) -> CResult<u32> {
        match el {
            ast::InterpolatedStringElement::Literal(l) => {
                self.emit_const(Value::str(&l.value));
                Ok(1)
            }
            ast::InterpolatedStringElement::Interpolation(i) => {
                let mut count = 0;
                if let Some(dbg) = &i.debug_text {
                    let text = format!("{}{}{}", dbg.leading(), dbg.expression(), dbg.trailing());
                    self.emit_const(Value::str(&text));
                    count += 1;
                }
                self.expr(&i.expression)?;
                let mut conv = match i.conversion {
                    ast::ConversionFlag::None => 0u8,
                    ast::ConversionFlag::Str => b's',
                    ast::ConversionFlag::Repr => b'r',
                    ast::ConversionFlag::Ascii => b'a',
                };
                if i.debug_text.is_some() && conv == 0 && i.format_spec.is_none() {
                    conv = b'r';
                }
                let has_spec = match &i.format_spec {
                    Some(spec) => {
                        let mut m = 0;
                        for e in spec.elements.iter() {
                            m += self.fstring_element(e)?;
                        }
                        if m != 1 {
                            self.emit(Instr::BuildString(m));
                        }
                        true
                    }
                    None => false,
                };
                self.emit(Instr::FormatValue(conv, has_spec));
                Ok(count + 1)
            }
        }
    }

    fn comprehension(
        &mut self,
        key: usize,
        name: &str,
        gens: &'a [ast::Comprehension],
        kind: CompKind<'a>,
    ) -> CResult<()> {
        let scope = self.st.by_node.get(&key).copied().unwrap_or(0);
        let qual = self.child_qualname(name);
        let line = self.unit_ref().line;
        let is_async = self.st.scopes[scope].is_async;
        self.push_unit(scope, name, &qual, line);
        self.unit().code.argcount = 1;
        let mut fl = 0;
        if matches!(kind, CompKind::Gen(_)) {
            fl |= if is_async {
                flags::ASYNC_GENERATOR
            } else {
                flags::GENERATOR
            };
        } else {
            fl |= flags::INLINED_COMPREHENSION;
            if is_async {
                fl |= flags::COROUTINE;
            }
        }
        self.unit().code.flags |= fl;
        match kind {
            CompKind::List(_) => {
                self.emit(Instr::BuildList(0));
            }
            CompKind::Set(_) => {
                self.emit(Instr::BuildSet(0));
            }
            CompKind::Dict(..) => {
                self.emit(Instr::BuildMap(0));
            }
            CompKind::Gen(_) => {}
        }
        self.comp_loop(gens, 0, &kind)?;
        if matches!(kind, CompKind::Gen(_)) {
            self.emit_const(Value::None);
        }
        self.emit(Instr::ReturnValue);
        let code = self.pop_unit();
        self.make_function(code, 0);
        let first = &gens[0];
        self.iterable_expr(&first.iter)?;
        if first.is_async {
            self.emit(Instr::GetAIter);
        } else {
            self.emit(Instr::GetIter);
        }
        self.emit(Instr::Call(1));
        if is_async && !matches!(kind, CompKind::Gen(_)) {
            self.emit(Instr::GetAwaitable(0));
            self.emit_const(Value::None);
            self.yield_from_loop();
        }
        Ok(())
    }

    fn comp_loop(
        &mut self,
        gens: &'a [ast::Comprehension],
        idx: usize,
        kind: &CompKind<'a>,
    ) -> CResult<()> {
        let g = &gens[idx];
        if idx == 0 {
            self.emit(Instr::LoadFast(0));
        } else {
            self.expr(&g.iter)?;
            if g.is_async {
                self.emit(Instr::GetAIter);
            } else {
                self.emit(Instr::GetIter);
            }
        }
        let start = self.here();
        let exit = if g.is_async {
            let setup = self.emit(Instr::SetupExcept(0));
            self.emit(Instr::GetANext);
            self.emit_const(Value::None);
            self.yield_from_loop();
            self.emit(Instr::AnextDelivered);
            self.emit(Instr::PopBlock);
            setup
        } else {
            self.emit(Instr::ForIter(0))
        };
        self.store_target(&g.target)?;
        for cond in &g.ifs {
            self.expr(cond)?;
            self.emit(Instr::PopJumpIfFalse(start));
        }
        if idx + 1 < gens.len() {
            self.comp_loop(gens, idx + 1, kind)?;
        } else {
            let depth = gens.len() as u32 + 1;
            match kind {
                CompKind::List(e) => {
                    self.expr(e)?;
                    self.emit(Instr::ListAppend(depth));
                }
                CompKind::Set(e) => {
                    self.expr(e)?;
                    self.emit(Instr::SetAdd(depth));
                }
                CompKind::Dict(k, v) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    self.emit(Instr::MapAdd(depth));
                }
                CompKind::Gen(e) => {
                    self.expr(e)?;
                    let is_agen = self.unit_ref().code.has(flags::ASYNC_GENERATOR);
                    self.emit(Instr::YieldValue(is_agen));
                    self.emit(Instr::PopTop);
                }
            }
        }
        self.emit(Instr::Jump(start));
        self.patch_here(exit);
        if g.is_async {
            self.emit(Instr::EndAsyncFor);
        }
        Ok(())
    }
}

enum CompKind<'a> {
    List(&'a Expr),
    Set(&'a Expr),
    Dict(&'a Expr, &'a Expr),
    Gen(&'a Expr),
}

fn binop(op: ast::Operator) -> BinOp {
    match op {
        ast::Operator::Add => BinOp::Add,
        ast::Operator::Sub => BinOp::Sub,
        ast::Operator::Mult => BinOp::Mul,
        ast::Operator::MatMult => BinOp::MatMul,
        ast::Operator::Div => BinOp::TrueDiv,
        ast::Operator::Mod => BinOp::Mod,
        ast::Operator::Pow => BinOp::Pow,
        ast::Operator::LShift => BinOp::LShift,
        ast::Operator::RShift => BinOp::RShift,
        ast::Operator::BitOr => BinOp::Or,
        ast::Operator::BitXor => BinOp::Xor,
        ast::Operator::BitAnd => BinOp::And,
        ast::Operator::FloorDiv => BinOp::FloorDiv,
    }
}

fn cmp_instr(op: ast::CmpOp) -> Instr {
    match op {
        ast::CmpOp::Eq => Instr::Compare(CmpOp::Eq),
        ast::CmpOp::NotEq => Instr::Compare(CmpOp::Ne),
        ast::CmpOp::Lt => Instr::Compare(CmpOp::Lt),
        ast::CmpOp::LtE => Instr::Compare(CmpOp::Le),
        ast::CmpOp::Gt => Instr::Compare(CmpOp::Gt),
        ast::CmpOp::GtE => Instr::Compare(CmpOp::Ge),
        ast::CmpOp::Is => Instr::Is(false),
        ast::CmpOp::IsNot => Instr::Is(true),
        ast::CmpOp::In => Instr::Contains(false),
        ast::CmpOp::NotIn => Instr::Contains(true),
    }
}

/// True for the expressions CPython's AST optimizer turns into constants before a set display
/// is folded: literals, signed numbers and tuples of those.
fn is_folded_constant(e: &Expr) -> bool {
    match e {
        Expr::NumberLiteral(_)
        | Expr::StringLiteral(_)
        | Expr::BytesLiteral(_)
        | Expr::BooleanLiteral(_)
        | Expr::NoneLiteral(_)
        | Expr::EllipsisLiteral(_) => true,
        Expr::UnaryOp(u) => {
            matches!(u.op, ast::UnaryOp::USub | ast::UnaryOp::UAdd)
                && matches!(&*u.operand, Expr::NumberLiteral(_))
        }
        Expr::Tuple(t) => t.elts.iter().all(is_folded_constant),
        _ => false,
    }
}

/// The docstring of a module, class or function body: its first statement when that is a
/// plain string literal (3.12 keeps the text as written, indentation included).
fn docstring(body: &[Stmt]) -> Option<Rc<str>> {
    match body.first()? {
        Stmt::Expr(e) => match &*e.value {
            Expr::StringLiteral(s) => Some(Rc::from(s.value.to_str())),
            _ => None,
        },
        _ => None,
    }
}
