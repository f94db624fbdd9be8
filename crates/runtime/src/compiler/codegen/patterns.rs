//! `match` statements: each pattern compiles to code that consumes the value on top of the
//! stack and leaves a truth value, binding its capture names as it goes (as in CPython, a
//! failed case may leave some names bound). Structural checks (is it a sequence of the right
//! length, a mapping with these keys, an instance with these attributes) are native helpers
//! (`vm/patterns.rs`) loaded as constants; they return the sub-values to match, or None.

use aiterscope_syntax::ast::{self, Pattern};

use super::{CResult, Compiler};
use crate::compiler::code::{CmpOp, Instr};
use crate::object::Value;
use crate::vm::patterns::{helper, Helper};

impl<'a> Compiler<'a> {
    /// `match subject: case ...` (the subject stays on the stack until a case matches).
    pub(super) fn match_stmt(&mut self, m: &'a ast::StmtMatch) -> CResult<()> {
        // An irrefutable case before the last one is CPython's compile-time SyntaxError.
        for case in m.cases.iter().take(m.cases.len().saturating_sub(1)) {
            if case.guard.is_none() {
                if let Pattern::MatchAs(a) = &case.pattern {
                    if a.pattern.is_none() {
                        let msg = match &a.name {
                            Some(n) => format!(
                                "name capture '{}' makes remaining patterns unreachable",
                                n.as_str()
                            ),
                            None => "wildcard makes remaining patterns unreachable".to_string(),
                        };
                        return Err(self.err("SyntaxError", msg, &case.pattern));
                    }
                }
            }
        }
        self.expr(&m.subject)?;
        let mut ends = Vec::new();
        for case in &m.cases {
            self.set_line(&case.pattern);
            self.emit(Instr::Copy(1));
            self.pattern(&case.pattern)?;
            let no_match = self.emit(Instr::PopJumpIfFalse(0));
            let mut guard_fail = None;
            if let Some(g) = &case.guard {
                self.set_line(&**g);
                self.expr(g)?;
                guard_fail = Some(self.emit(Instr::PopJumpIfFalse(0)));
            }
            self.emit(Instr::PopTop);
            self.stmts(&case.body)?;
            ends.push(self.emit(Instr::Jump(0)));
            self.patch_here(no_match);
            if let Some(g) = guard_fail {
                self.patch_here(g);
            }
        }
        self.emit(Instr::PopTop);
        for e in ends {
            self.patch_here(e);
        }
        Ok(())
    }

    /// Consumes the value on top of the stack; pushes whether `p` matches it.
    fn pattern(&mut self, p: &'a Pattern) -> CResult<()> {
        match p {
            Pattern::MatchValue(v) => {
                self.expr(&v.value)?;
                self.emit(Instr::Compare(CmpOp::Eq));
            }
            Pattern::MatchSingleton(s) => {
                let v = match s.value {
                    ast::Singleton::None => Value::None,
                    ast::Singleton::True => Value::Bool(true),
                    ast::Singleton::False => Value::Bool(false),
                };
                let c = self.add_const(v);
                self.emit(Instr::LoadConst(c));
                self.emit(Instr::Is(false));
            }
            Pattern::MatchAs(a) => match (&a.pattern, &a.name) {
                (None, None) => {
                    self.emit(Instr::PopTop);
                    self.push_bool(true);
                }
                (None, Some(name)) => {
                    self.store_name(name.as_str());
                    self.push_bool(true);
                }
                (Some(inner), name) => {
                    self.emit(Instr::Copy(1));
                    self.pattern(inner)?;
                    let fail = self.emit(Instr::PopJumpIfFalse(0));
                    match name {
                        Some(n) => self.store_name(n.as_str()),
                        None => {
                            self.emit(Instr::PopTop);
                        }
                    }
                    self.push_bool(true);
                    let done = self.emit(Instr::Jump(0));
                    self.patch_here(fail);
                    self.emit(Instr::PopTop);
                    self.push_bool(false);
                    self.patch_here(done);
                }
            },
            Pattern::MatchOr(o) => {
                let mut hits = Vec::new();
                for alt in &o.patterns {
                    self.emit(Instr::Copy(1));
                    self.pattern(alt)?;
                    hits.push(self.emit(Instr::PopJumpIfTrue(0)));
                }
                self.emit(Instr::PopTop);
                self.push_bool(false);
                let done = self.emit(Instr::Jump(0));
                for h in hits {
                    self.patch_here(h);
                }
                self.emit(Instr::PopTop);
                self.push_bool(true);
                self.patch_here(done);
            }
            Pattern::MatchStar(s) => {
                // Only reached through a sequence pattern, which hands it the starred list.
                match &s.name {
                    Some(n) => self.store_name(n.as_str()),
                    None => {
                        self.emit(Instr::PopTop);
                    }
                }
                self.push_bool(true);
            }
            Pattern::MatchSequence(s) => {
                let star = s
                    .patterns
                    .iter()
                    .position(|p| matches!(p, Pattern::MatchStar(_)));
                let n = s.patterns.len() as i64;
                let (before, after) = match star {
                    Some(i) => (i as i64, n - i as i64 - 1),
                    None => (n, -1),
                };
                let f = self.add_const(helper(Helper::Sequence));
                let b = self.add_const(Value::Int(before));
                let a = self.add_const(Value::Int(after));
                // [v] -> [f, v, before, after] -> call
                self.emit(Instr::LoadConst(f));
                self.emit(Instr::Swap(2));
                self.emit(Instr::LoadConst(b));
                self.emit(Instr::LoadConst(a));
                self.emit(Instr::Call(3));
                self.sub_patterns(s.patterns.iter().collect())?;
            }
            Pattern::MatchMapping(m) => {
                let f = self.add_const(helper(Helper::Mapping));
                self.emit(Instr::LoadConst(f));
                self.emit(Instr::Swap(2));
                for k in &m.keys {
                    self.expr(k)?;
                }
                self.emit(Instr::BuildTuple(m.keys.len() as u32));
                let rest = self.add_const(Value::Bool(m.rest.is_some()));
                self.emit(Instr::LoadConst(rest));
                self.emit(Instr::Call(3));
                let subs: Vec<&'a Pattern> = m.patterns.iter().collect();
                let n = subs.len();
                // The rest dict (if any) comes last: bound after the value patterns matched.
                self.sub_patterns_then(subs, m.rest.as_ref().map(|r| r.as_str()), n)?;
            }
            Pattern::MatchClass(c) => {
                let f = self.add_const(helper(Helper::Class));
                self.emit(Instr::LoadConst(f));
                self.emit(Instr::Swap(2));
                self.expr(&c.cls)?;
                let npos = self.add_const(Value::Int(c.arguments.patterns.len() as i64));
                self.emit(Instr::LoadConst(npos));
                for k in &c.arguments.keywords {
                    let name = self.add_const(Value::str(k.attr.as_str()));
                    self.emit(Instr::LoadConst(name));
                }
                self.emit(Instr::BuildTuple(c.arguments.keywords.len() as u32));
                self.emit(Instr::Call(4));
                let mut subs: Vec<&'a Pattern> = c.arguments.patterns.iter().collect();
                subs.extend(c.arguments.keywords.iter().map(|k| &k.pattern));
                self.sub_patterns(subs)?;
            }
        }
        Ok(())
    }

    fn push_bool(&mut self, b: bool) {
        let c = self.add_const(Value::Bool(b));
        self.emit(Instr::LoadConst(c));
    }

    /// The top of the stack is a helper's result: None (no match) or a list of sub-values
    /// matched in order against `subs`. Leaves the overall truth value.
    fn sub_patterns(&mut self, subs: Vec<&'a Pattern>) -> CResult<()> {
        let n = subs.len();
        self.sub_patterns_then(subs, None, n)
    }

    /// Like [`Compiler::sub_patterns`]; with `rest`, the result holds one more value (a
    /// mapping pattern's `**rest` dict) bound to that name after the others matched.
    fn sub_patterns_then(
        &mut self,
        subs: Vec<&'a Pattern>,
        rest: Option<&'a str>,
        n: usize,
    ) -> CResult<()> {
        let total = n + rest.is_some() as usize;
        // [r] -> is r None?
        self.emit(Instr::Copy(1));
        let none = self.add_const(Value::None);
        self.emit(Instr::LoadConst(none));
        self.emit(Instr::Is(false));
        let is_none = self.emit(Instr::PopJumpIfTrue(0));
        self.emit(Instr::UnpackSequence(total as u32));
        // The first value is now on top, followed by the others.
        let mut fails: Vec<(usize, usize)> = Vec::new();
        for (i, p) in subs.into_iter().enumerate() {
            self.pattern(p)?;
            let at = self.emit(Instr::PopJumpIfFalse(0));
            fails.push((at, total - i - 1));
        }
        if let Some(r) = rest {
            self.store_name(r);
        }
        self.push_bool(true);
        let mut dones = vec![self.emit(Instr::Jump(0))];
        for (at, left) in fails {
            self.patch_here(at);
            for _ in 0..left {
                self.emit(Instr::PopTop);
            }
            self.push_bool(false);
            dones.push(self.emit(Instr::Jump(0)));
        }
        self.patch_here(is_none);
        self.emit(Instr::PopTop);
        self.push_bool(false);
        for d in dones {
            self.patch_here(d);
        }
        Ok(())
    }
}
