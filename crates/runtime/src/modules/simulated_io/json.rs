//! A JSON parser for `aiohttp`'s `response.json()`: objects become dicts (insertion order),
//! arrays lists, `null` None, `true`/`false` bools, numbers int or float, as `json.loads`.

use std::rc::Rc;

use crate::object::exception::exc;
use crate::object::{Dict, Value};
use crate::vm::{PyResult, Vm};

struct Parser<'a> {
    text: &'a [u8],
    pos: usize,
}

/// Parses `text` as one JSON document.
pub fn parse(vm: &mut Vm, text: &str) -> PyResult<Value> {
    let mut p = Parser {
        text: text.as_bytes(),
        pos: 0,
    };
    p.skip_ws();
    let v = p.value(vm, 0)?;
    p.skip_ws();
    if p.pos < p.text.len() {
        return Err(p.error("Extra data"));
    }
    Ok(v)
}

impl Parser<'_> {
    fn error(&self, what: &str) -> Value {
        let before = &self.text[..self.pos.min(self.text.len())];
        let line = before.iter().filter(|&&c| c == b'\n').count() + 1;
        let col = self.pos
            - before
                .iter()
                .rposition(|&c| c == b'\n')
                .map_or(0, |p| p + 1)
            + 1;
        exc(
            "ValueError",
            format!(
                "{what}: line {line} column {col} (char {})",
                String::from_utf8_lossy(before).chars().count()
            ),
        )
    }

    fn skip_ws(&mut self) {
        while self
            .text
            .get(self.pos)
            .is_some_and(|c| b" \t\n\r".contains(c))
        {
            self.pos += 1;
        }
    }

    fn eat(&mut self, word: &str) -> bool {
        if self.text[self.pos..].starts_with(word.as_bytes()) {
            self.pos += word.len();
            true
        } else {
            false
        }
    }

    fn value(&mut self, vm: &mut Vm, depth: usize) -> PyResult<Value> {
        if depth > 200 {
            return Err(exc(
                "RecursionError",
                "maximum recursion depth exceeded while decoding a JSON document",
            ));
        }
        match self.text.get(self.pos) {
            Some(b'{') => self.object(vm, depth),
            Some(b'[') => self.array(vm, depth),
            Some(b'"') => self.string().map(Value::string),
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ if self.eat("null") => Ok(Value::None),
            _ if self.eat("true") => Ok(Value::Bool(true)),
            _ if self.eat("false") => Ok(Value::Bool(false)),
            _ => Err(self.error("Expecting value")),
        }
    }

    fn object(&mut self, vm: &mut Vm, depth: usize) -> PyResult<Value> {
        self.pos += 1;
        let d = Rc::new(Dict::new());
        self.skip_ws();
        if self.eat("}") {
            return Ok(Value::Dict(d));
        }
        loop {
            self.skip_ws();
            if self.text.get(self.pos) != Some(&b'"') {
                return Err(self.error("Expecting property name enclosed in double quotes"));
            }
            let key = self.string()?;
            self.skip_ws();
            if !self.eat(":") {
                return Err(self.error("Expecting ':' delimiter"));
            }
            self.skip_ws();
            let v = self.value(vm, depth + 1)?;
            vm.dict_set(&d, Value::string(key), v)?;
            self.skip_ws();
            if self.eat("}") {
                return Ok(Value::Dict(d));
            }
            if !self.eat(",") {
                return Err(self.error("Expecting ',' delimiter"));
            }
        }
    }

    fn array(&mut self, vm: &mut Vm, depth: usize) -> PyResult<Value> {
        self.pos += 1;
        let mut items = Vec::new();
        self.skip_ws();
        if self.eat("]") {
            return Ok(Value::list(items));
        }
        loop {
            self.skip_ws();
            items.push(self.value(vm, depth + 1)?);
            self.skip_ws();
            if self.eat("]") {
                return Ok(Value::list(items));
            }
            if !self.eat(",") {
                return Err(self.error("Expecting ',' delimiter"));
            }
        }
    }

    fn string(&mut self) -> PyResult<String> {
        self.pos += 1;
        let mut out: Vec<u8> = Vec::new();
        loop {
            let Some(&c) = self.text.get(self.pos) else {
                return Err(self.error("Unterminated string starting at"));
            };
            self.pos += 1;
            match c {
                b'"' => break,
                b'\\' => {
                    let Some(&e) = self.text.get(self.pos) else {
                        return Err(self.error("Unterminated string starting at"));
                    };
                    self.pos += 1;
                    let ch = match e {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => self.unicode_escape()?,
                        _ => return Err(self.error("Invalid \\escape")),
                    };
                    let mut buf = [0u8; 4];
                    out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
                }
                c => out.push(c),
            }
        }
        Ok(String::from_utf8_lossy(&out).into_owned())
    }

    fn hex4(&mut self) -> PyResult<u32> {
        let digits = self.text.get(self.pos..self.pos + 4);
        let parsed = digits
            .and_then(|d| std::str::from_utf8(d).ok())
            .and_then(|d| u32::from_str_radix(d, 16).ok());
        match parsed {
            Some(n) => {
                self.pos += 4;
                Ok(n)
            }
            None => Err(self.error("Invalid \\uXXXX escape")),
        }
    }

    fn unicode_escape(&mut self) -> PyResult<char> {
        let hi = self.hex4()?;
        if (0xd800..0xdc00).contains(&hi) && self.text[self.pos..].starts_with(b"\\u") {
            let save = self.pos;
            self.pos += 2;
            let lo = self.hex4()?;
            if (0xdc00..0xe000).contains(&lo) {
                let c = 0x10000 + ((hi - 0xd800) << 10) + (lo - 0xdc00);
                return Ok(char::from_u32(c).unwrap_or('\u{fffd}'));
            }
            self.pos = save;
        }
        Ok(char::from_u32(hi).unwrap_or('\u{fffd}'))
    }

    fn number(&mut self) -> PyResult<Value> {
        let start = self.pos;
        let mut float = false;
        while let Some(&c) = self.text.get(self.pos) {
            match c {
                b'0'..=b'9' | b'-' | b'+' => {}
                b'.' | b'e' | b'E' => float = true,
                _ => break,
            }
            self.pos += 1;
        }
        let s = std::str::from_utf8(&self.text[start..self.pos]).unwrap_or("");
        if float {
            return s
                .parse::<f64>()
                .map(Value::Float)
                .map_err(|_| self.error("Expecting value"));
        }
        match s.parse::<i64>() {
            Ok(n) => Ok(Value::Int(n)),
            Err(_) => crate::builtins::parse_int(s, 10),
        }
    }
}
