//! Set behaviour of dict views (`d.keys()`, `d.items()`), as CPython 3.12's `dictobject.c`:
//! `-`, `|`, `^` copy the left operand into a new set and update it with the right one; `&`
//! iterates the smaller operand; comparisons with sets and other views; `isdisjoint`.

use std::rc::Rc;

use super::{PyResult, Vm};
use crate::compiler::{BinOp, CmpOp};
use crate::object::iter::{DictPart, IterState};
use crate::object::{Dict, SetObj, Value};

/// The dict and part of a keys or items view (values views are not set-like).
pub fn set_like_view(v: &Value) -> Option<(Rc<Dict>, DictPart)> {
    let Value::Iter(it) = v else { return None };
    match &*it.state.borrow() {
        IterState::DictView { dict, part } if *part != DictPart::Values => {
            Some((dict.clone(), *part))
        }
        _ => None,
    }
}

impl Vm {
    /// `view_or_other <op> other` for `-`, `|`, `&`, `^` when either operand is a set-like
    /// view (None otherwise).
    pub fn dictview_binop(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        if !matches!(op, BinOp::Sub | BinOp::Or | BinOp::And | BinOp::Xor)
            || (set_like_view(a).is_none() && set_like_view(b).is_none())
        {
            return Ok(None);
        }
        if op == BinOp::And {
            return self.dictview_intersect(a, b).map(Some);
        }
        let left = self.view_to_set(a)?;
        match op {
            BinOp::Sub => self.set_difference_update(&left, b)?,
            BinOp::Or => self.set_update_from(&left.items, b)?,
            _ => self.set_symmetric_difference_update(&left, b)?,
        }
        Ok(Some(Value::Set(left)))
    }

    /// A new set of the elements of `v` (a keys view copies its dict's keys with their hashes).
    fn view_to_set(&mut self, v: &Value) -> PyResult<Rc<SetObj>> {
        match set_like_view(v) {
            Some((d, DictPart::Keys)) => self.new_set_from(Some(&Value::Dict(d)), false),
            _ => self.new_set_from(Some(v), false),
        }
    }

    /// CPython's `_PyDictView_Intersect`.
    fn dictview_intersect(&mut self, a: &Value, b: &Value) -> PyResult<Value> {
        let (mut view, mut other) = if set_like_view(a).is_some() {
            (a.clone(), b.clone())
        } else {
            (b.clone(), a.clone())
        };
        let view_len = set_like_view(&view).map_or(0, |(d, _)| d.len());
        if let Value::Set(s) = &other {
            if !s.frozen && view_len <= s.items.len() {
                let s = s.clone();
                return Ok(Value::Set(self.set_intersection(&s, &view, false)?));
            }
        }
        if let Some((d, _)) = set_like_view(&other) {
            if d.len() > view_len {
                std::mem::swap(&mut view, &mut other);
            }
        }
        let out = Rc::new(SetObj::new(false));
        for k in self.iterate_nested(&other)? {
            if self.view_contains(&view, &k)? {
                self.set_add(&out.items, k)?;
            }
        }
        Ok(Value::Set(out))
    }

    /// `key in view` for a keys or items view.
    pub fn view_contains(&mut self, view: &Value, key: &Value) -> PyResult<bool> {
        match set_like_view(view) {
            Some((d, DictPart::Keys)) => Ok(self.dict_get(&d, key)?.is_some()),
            Some((d, _)) => {
                let Value::Tuple(pair) = key else {
                    return Ok(false);
                };
                if pair.len() != 2 {
                    return Ok(false);
                }
                match self.dict_get(&d, &pair[0])? {
                    Some(v) => self.eq_nested(&v, &pair[1]),
                    None => Ok(false),
                }
            }
            None => Ok(false),
        }
    }

    /// Comparisons between a set-like view and a set or another view (None otherwise, so
    /// `==` falls back to identity as CPython's NotImplemented does).
    pub fn dictview_compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Option<bool>> {
        let set_like = |v: &Value| set_like_view(v).is_some() || matches!(v, Value::Set(_));
        if (set_like_view(a).is_none() && set_like_view(b).is_none())
            || !set_like(a)
            || !set_like(b)
        {
            return Ok(None);
        }
        let x = self.view_to_set(a)?;
        let y = self.view_to_set(b)?;
        let (xl, yl) = (x.items.len(), y.items.len());
        Ok(Some(match op {
            CmpOp::Eq => xl == yl && self.set_is_subset(&x.items, &y.items)?,
            CmpOp::Ne => !(xl == yl && self.set_is_subset(&x.items, &y.items)?),
            CmpOp::Le => self.set_is_subset(&x.items, &y.items)?,
            CmpOp::Lt => xl < yl && self.set_is_subset(&x.items, &y.items)?,
            CmpOp::Ge => self.set_is_subset(&y.items, &x.items)?,
            CmpOp::Gt => xl > yl && self.set_is_subset(&y.items, &x.items)?,
        }))
    }

    /// `view.isdisjoint(other)`.
    pub fn dictview_isdisjoint(&mut self, view: &Value, other: &Value) -> PyResult<bool> {
        for k in self.iterate_nested(other)? {
            if self.view_contains(view, &k)? {
                return Ok(false);
            }
        }
        Ok(true)
    }
}
