//! The virtual file system of one run (docs/simulated-io.md, sections 1 and 2): a map from
//! path strings to byte strings, no directories, a 16 MiB cap, and one pre-loaded file.
//! `open()` (`open.rs`) is the only way in; file objects live in `file.rs` and their Python
//! methods in `methods.rs`.

pub mod file;
pub mod methods;
pub mod open;

use std::collections::BTreeMap;

use crate::object::exception::exc;
use crate::object::Value;
use crate::vm::{PyResult, Vm};

/// The most the file system holds: committed content plus pending writes.
pub const CAPACITY: usize = 16 * 1024 * 1024;

/// The pre-loaded file's path.
pub const PRELOADED_PATH: &str = "large_file.dat";

/// The content of `large_file.dat`: 100 lines of 25 ASCII bytes,
/// `f"record {k:03d} of 100: data.\n"` for k in 1..=100.
pub fn preloaded_content() -> Vec<u8> {
    (1..=100)
        .flat_map(|k| format!("record {k:03} of 100: data.\n").into_bytes())
        .collect()
}

/// The files of one run.
pub struct FileSystem {
    files: BTreeMap<String, Vec<u8>>,
    /// Bytes written by open handles and not committed yet (they count against the cap).
    pending: usize,
}

impl Default for FileSystem {
    fn default() -> Self {
        let mut files = BTreeMap::new();
        files.insert(PRELOADED_PATH.to_string(), preloaded_content());
        FileSystem { files, pending: 0 }
    }
}

impl FileSystem {
    /// The content of a file, if it exists.
    pub fn read(&self, path: &str) -> Option<&[u8]> {
        self.files.get(path).map(Vec::as_slice)
    }

    /// True if the file exists.
    pub fn exists(&self, path: &str) -> bool {
        self.files.contains_key(path)
    }

    /// Creates the file empty (or truncates it).
    pub fn truncate(&mut self, path: &str) {
        self.files.insert(path.to_string(), Vec::new());
    }

    /// Creates the file empty if it does not exist.
    pub fn touch(&mut self, path: &str) {
        self.files.entry(path.to_string()).or_default();
    }

    fn used(&self) -> usize {
        self.files.values().map(Vec::len).sum::<usize>() + self.pending
    }

    /// Reserves room for `n` more pending bytes, or raises
    /// `OSError: [Errno 28] No space left on device`.
    pub fn reserve(&mut self, n: usize) -> PyResult<()> {
        if self.used().saturating_add(n) > CAPACITY {
            return Err(exc("OSError", "[Errno 28] No space left on device"));
        }
        self.pending += n;
        Ok(())
    }

    /// Commits `data` (pending bytes reserved earlier) to `path`: at the end of the file when
    /// `append`, else at `offset` (overwriting what is there). Returns the offset after it.
    pub fn commit(&mut self, path: &str, offset: usize, data: &[u8], append: bool) -> usize {
        self.pending = self.pending.saturating_sub(data.len());
        let file = self.files.entry(path.to_string()).or_default();
        if append {
            file.extend_from_slice(data);
            return file.len();
        }
        if file.len() < offset {
            file.resize(offset, 0);
        }
        let end = offset + data.len();
        let overlap = end.min(file.len());
        file[offset..overlap].copy_from_slice(&data[..overlap - offset]);
        file.extend_from_slice(&data[overlap - offset..]);
        end
    }
}

/// The run's file system (created on first use, in the VM's extension slots).
pub fn fs(vm: &mut Vm) -> &mut FileSystem {
    let pos = vm.ext.iter().position(|e| e.is::<FileSystem>());
    let i = match pos {
        Some(i) => i,
        None => {
            vm.ext.push(Box::new(FileSystem::default()));
            vm.ext.len() - 1
        }
    };
    match vm.ext[i].downcast_mut::<FileSystem>() {
        Some(f) => f,
        None => unreachable!("the slot was checked to hold a FileSystem"),
    }
}

/// A path as the file system keys it: leading `./` removed (repeatedly). `None` when the
/// path still contains `/` (there are no directories, so it cannot exist).
pub fn normalize_path(path: &str) -> Option<&str> {
    let mut p = path;
    while let Some(rest) = p.strip_prefix("./") {
        p = rest;
    }
    if p.contains('/') {
        None
    } else {
        Some(p)
    }
}

/// CPython's `FileNotFoundError: [Errno 2] No such file or directory: 'x'` (with `errno`,
/// `strerror` and `filename` set).
pub fn not_found(path: &str) -> Value {
    let e = exc(
        "FileNotFoundError",
        format!(
            "[Errno 2] No such file or directory: {}",
            crate::vm::ops::repr_str(path)
        ),
    );
    if let Value::Instance(i) = &e {
        let d = &i.dict;
        d.insert("errno".into(), Value::Int(2));
        d.insert("strerror".into(), Value::str("No such file or directory"));
        d.insert("filename".into(), Value::str(path));
    }
    e
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn preloaded_file_is_100_lines_of_25_bytes() {
        let c = preloaded_content();
        assert_eq!(c.len(), 2500);
        assert!(c.starts_with(b"record 001 of 100: data.\nrecord 002 of 100: data.\n"));
        assert!(c.ends_with(b"record 100 of 100: data.\n"));
        let chunks: Vec<usize> = c.chunks(1024).map(<[u8]>::len).collect();
        assert_eq!(chunks, vec![1024, 1024, 452]);
    }

    #[test]
    fn paths_lose_leading_dot_slashes_and_directories_do_not_exist() {
        assert_eq!(normalize_path("././a.txt"), Some("a.txt"));
        assert_eq!(normalize_path("data/x.txt"), None);
        assert_eq!(normalize_path("/abs"), None);
        assert_eq!(normalize_path(".hidden"), Some(".hidden"));
    }

    #[test]
    fn commit_overwrites_at_offset_or_appends() {
        let mut fs = FileSystem::default();
        fs.truncate("f");
        assert_eq!(fs.commit("f", 0, b"hello", false), 5);
        assert_eq!(fs.commit("f", 1, b"EL", false), 3);
        assert_eq!(fs.read("f"), Some(&b"hELlo"[..]));
        fs.commit("f", 0, b"!", true);
        assert_eq!(fs.read("f"), Some(&b"hELlo!"[..]));
    }
}
