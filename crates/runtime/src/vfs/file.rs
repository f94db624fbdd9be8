//! The state of one open file and its operations (read, readline, write, flush, close), with
//! CPython's errors. Reading handles see a snapshot taken at `open()`; writing handles collect
//! their writes and commit them on `flush()`/`close()`.

use std::rc::Rc;

use super::FileSystem;
use crate::object::bytes::{self, Codec, ErrorMode};
use crate::object::exception::{exc, new_exception};
use crate::object::Value;
use crate::vm::PyResult;

/// What a handle was opened for.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Access {
    /// `"r"`, `"rb"`.
    Read,
    /// `"w"`, `"wb"` (truncated at open).
    Write,
    /// `"a"`, `"ab"` (writes go to the end).
    Append,
}

/// A file's content being read: bytes (binary) or decoded text (universal newlines).
enum Content {
    Bytes(Rc<[u8]>),
    /// Not decoded yet (decoding errors surface at the first read, as in CPython).
    Undecoded(Rc<[u8]>),
    Text(String),
}

/// One open file.
pub struct FileHandle {
    /// The path as the file system keys it.
    pub key: String,
    /// The path as the program passed it (`name`).
    pub name: Rc<str>,
    /// The mode as passed (`mode`).
    pub mode: Rc<str>,
    /// Binary (`b`) or text.
    pub binary: bool,
    /// Read, write or append.
    pub access: Access,
    /// `close()` was called.
    pub closed: bool,
    content: Content,
    /// Read position: a byte offset into the bytes or the decoded text.
    pos: usize,
    /// Written and not committed yet.
    pending: Vec<u8>,
    /// Where this handle's next commit goes (write mode).
    offset: usize,
}

/// `io.UnsupportedOperation` with a message.
pub fn unsupported_operation(msg: &str) -> Value {
    new_exception(
        super::methods::io_types().unsupported_operation.clone(),
        vec![Value::str(msg)],
    )
}

fn closed_error() -> Value {
    exc("ValueError", "I/O operation on closed file.")
}

impl FileHandle {
    /// A handle on `key`; `snapshot` is the content for reading handles.
    pub fn new(
        key: &str,
        name: Rc<str>,
        mode: Rc<str>,
        binary: bool,
        access: Access,
        snapshot: &[u8],
    ) -> FileHandle {
        let data: Rc<[u8]> = Rc::from(snapshot);
        FileHandle {
            key: key.to_string(),
            name,
            mode,
            binary,
            access,
            closed: false,
            content: if binary {
                Content::Bytes(data)
            } else {
                Content::Undecoded(data)
            },
            pos: 0,
            pending: Vec::new(),
            offset: 0,
        }
    }

    /// Fails on a closed file.
    pub fn check_open(&self) -> PyResult<()> {
        if self.closed {
            Err(closed_error())
        } else {
            Ok(())
        }
    }

    fn check_readable(&self) -> PyResult<()> {
        self.check_open()?;
        if self.access != Access::Read {
            return Err(unsupported_operation(if self.binary {
                "read"
            } else {
                "not readable"
            }));
        }
        Ok(())
    }

    fn check_writable(&self) -> PyResult<()> {
        self.check_open()?;
        if self.access == Access::Read {
            return Err(unsupported_operation(if self.binary {
                "write"
            } else {
                "not writable"
            }));
        }
        Ok(())
    }

    /// The text being read (decoded on first use: UTF-8, universal newlines).
    fn text(&mut self) -> PyResult<&str> {
        if let Content::Undecoded(raw) = &self.content {
            let decoded = bytes::decode(raw, Codec::Utf8, ErrorMode::Strict)?;
            self.content = Content::Text(decoded.replace("\r\n", "\n").replace('\r', "\n"));
        }
        match &self.content {
            Content::Text(t) => Ok(t),
            _ => Ok(""),
        }
    }

    /// The unread rest (bytes or text) as a value, up to `limit` units.
    fn take(&mut self, limit: Option<usize>, until_newline: bool) -> PyResult<Value> {
        let start = self.pos;
        if let Content::Bytes(d) = &self.content {
            let d = d.clone();
            let rest = &d[start.min(d.len())..];
            let mut n = limit.unwrap_or(rest.len()).min(rest.len());
            if until_newline {
                if let Some(p) = rest[..n].iter().position(|&c| c == b'\n') {
                    n = p + 1;
                }
            }
            self.pos = start + n;
            return Ok(bytes::bytes_value(&rest[..n]));
        }
        let text = self.text()?;
        let rest = &text[start.min(text.len())..];
        let mut end = rest.len();
        for (count, (i, c)) in rest.char_indices().enumerate() {
            if limit.is_some_and(|l| count >= l) {
                end = i;
                break;
            }
            if until_newline && c == '\n' {
                end = i + 1;
                break;
            }
        }
        let out = Value::str(&rest[..end]);
        self.pos = start + end;
        Ok(out)
    }

    /// `read(size)`: `None` or negative reads everything left.
    pub fn read(&mut self, size: Option<i64>) -> PyResult<Value> {
        self.check_readable()?;
        self.take(size.filter(|&n| n >= 0).map(|n| n as usize), false)
    }

    /// `readline(size)`.
    pub fn readline(&mut self, size: Option<i64>) -> PyResult<Value> {
        self.check_readable()?;
        self.take(size.filter(|&n| n >= 0).map(|n| n as usize), true)
    }

    /// `readlines(hint)`: the remaining lines (stopping once `hint` units were read, if > 0).
    pub fn readlines(&mut self, hint: Option<i64>) -> PyResult<Vec<Value>> {
        self.check_readable()?;
        let mut out = Vec::new();
        let mut total = 0usize;
        loop {
            let line = self.take(None, true)?;
            let n = match &line {
                Value::Str(s) => s.chars().count(),
                Value::Bytes(d) => d.len(),
                _ => 0,
            };
            if n == 0 {
                break;
            }
            out.push(line);
            total += n;
            if hint.is_some_and(|h| h > 0 && total >= h as usize) {
                break;
            }
        }
        Ok(out)
    }

    /// `write(data)`: returns the number of characters (text) or bytes written.
    pub fn write(&mut self, fs: &mut FileSystem, data: &Value) -> PyResult<usize> {
        self.check_writable()?;
        let (raw, count) = match (self.binary, data) {
            (false, Value::Str(s)) => (s.as_bytes().to_vec(), s.chars().count()),
            (false, other) => {
                return Err(exc(
                    "TypeError",
                    format!("write() argument must be str, not {}", other.type_name()),
                ))
            }
            (true, Value::Bytes(d)) => (d.to_vec(), d.len()),
            (true, other) => {
                return Err(exc(
                    "TypeError",
                    format!(
                        "a bytes-like object is required, not '{}'",
                        other.type_name()
                    ),
                ))
            }
        };
        fs.reserve(raw.len())?;
        self.pending.extend_from_slice(&raw);
        Ok(count)
    }

    /// `flush()`: commits pending writes.
    pub fn flush(&mut self, fs: &mut FileSystem) -> PyResult<()> {
        self.check_open()?;
        self.commit(fs);
        Ok(())
    }

    fn commit(&mut self, fs: &mut FileSystem) {
        if self.access == Access::Read || self.pending.is_empty() {
            return;
        }
        let data = std::mem::take(&mut self.pending);
        self.offset = fs.commit(&self.key, self.offset, &data, self.access == Access::Append);
    }

    /// `close()`: commits and closes (a second call does nothing).
    pub fn close(&mut self, fs: &mut FileSystem) {
        if self.closed {
            return;
        }
        self.commit(fs);
        self.closed = true;
    }

    /// `readable()`.
    pub fn readable(&self) -> PyResult<bool> {
        if self.closed {
            return Err(exc("ValueError", "I/O operation on closed file"));
        }
        Ok(self.access == Access::Read)
    }

    /// `writable()`.
    pub fn writable(&self) -> PyResult<bool> {
        if self.closed {
            return Err(exc("ValueError", "I/O operation on closed file"));
        }
        Ok(self.access != Access::Read)
    }
}
