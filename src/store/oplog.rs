//! The operation log: every change koop makes is written here first, then applied, so that a
//! change of several files is all-or-nothing and can be undone.
//!
//! Layout, under `.koop/` at the repository root (ignored by git through `.koop/.gitignore`):
//! ```text
//! .koop/ops/000042.toml     the operation: number, time, command, what it did, and for each
//!                           file its bytes before and after (hex; absent when the file did
//!                           not exist), as on disk: encrypted files stay encrypted
//! .koop/ops/000042.applied  written once every file of the operation is in place
//! ```
//! An operation is prepared as `.koop/ops/.new-000042.toml` (written and synced once) and
//! renamed into place: that rename is the commit point. A koop killed before it leaves a
//! `.new-` file (removed by the next write, nothing changed); a koop killed after it leaves an
//! operation without `.applied`, which the next koop run finishes from the `after` copies
//! before it reads anything. Either the whole change is there or none of it.
//!
//! Only the newest [`KEEP`] operations are kept.

use std::fs;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::write;
use crate::error::{Error, Result};

/// The folder of koop's local state, at the repository root.
pub const STATE_DIR: &str = ".koop";
/// How many operations the log keeps.
pub const KEEP: usize = 200;
/// Fault injection for tests: abort the process after this many files of a change are in
/// place, or `before` the commit point (simulates a kill in the middle of a write).
pub const CRASH_ENV: &str = "KOOP_TEST_CRASH_AFTER";

/// One file of an operation: its bytes before and after (`None`: absent).
#[derive(Debug, Clone)]
pub struct FileChange {
    /// Path relative to the repository root, as on disk (with `.age` for encrypted files).
    pub path: String,
    /// The bytes before the change.
    pub before: Option<Vec<u8>>,
    /// The bytes after the change.
    pub after: Option<Vec<u8>>,
}

/// What the log says of one operation.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Op {
    /// Sequence number.
    pub id: u64,
    /// Local time it was made, `YYYY-MM-DD HH:MM:SS`.
    pub time: String,
    /// The command: its subcommand and the names of the options given.
    pub command: String,
    /// What it did, in a sentence.
    pub description: String,
    /// The operation this one undid.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub undoes: Option<u64>,
    /// The files it changed.
    #[serde(default)]
    pub files: Vec<OpFile>,
}

/// One file of an operation as the log keeps it.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OpFile {
    /// Path relative to the repository root.
    pub path: String,
    /// Its bytes before, in hex; absent when it did not exist.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub before: Option<String>,
    /// Its bytes after, in hex; absent when the operation removed it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
}

impl OpFile {
    fn bytes(side: &Option<String>) -> Result<Option<Vec<u8>>> {
        side.as_deref()
            .map(|h| {
                unhex(h).ok_or_else(|| {
                    Error::user(crate::tr!("oplog-damaged-bytes"))
                        .hint(crate::tr!("oplog-new-log-hint", path = ".koop/ops"))
                })
            })
            .transpose()
    }

    /// The file's bytes before the operation.
    pub fn before_bytes(&self) -> Result<Option<Vec<u8>>> {
        Self::bytes(&self.before)
    }

    /// The file's bytes after the operation.
    pub fn after_bytes(&self) -> Result<Option<Vec<u8>>> {
        Self::bytes(&self.after)
    }
}

fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        out.push(DIGITS[usize::from(b >> 4)] as char);
        out.push(DIGITS[usize::from(b & 15)] as char);
    }
    out
}

fn unhex(text: &str) -> Option<Vec<u8>> {
    let digit = |c: u8| (c as char).to_digit(16);
    text.as_bytes()
        .chunks(2)
        .map(|pair| match pair {
            [hi, lo] => Some((digit(*hi)? * 16 + digit(*lo)?) as u8),
            _ => None,
        })
        .collect()
}

fn ops_dir(root: &Path) -> PathBuf {
    root.join(STATE_DIR).join("ops")
}

fn op_file(root: &Path, id: u64) -> PathBuf {
    ops_dir(root).join(format!("{id:06}.toml"))
}

fn applied_marker(root: &Path, id: u64) -> PathBuf {
    ops_dir(root).join(format!("{id:06}.applied"))
}

/// Makes `.koop/` with a `.gitignore` that keeps all of it out of git.
pub fn ensure_state_dir(root: &Path) -> Result<()> {
    let dir = root.join(STATE_DIR);
    let ignore = dir.join(".gitignore");
    if !ignore.exists() {
        fs::create_dir_all(&dir).map_err(|e| Error::io("create-folder", &dir, &e))?;
        let text = format!("# {}\n*\n", crate::tr!("oplog-gitignore"));
        write::write_file(&ignore, text.as_bytes())?;
    }
    let ops = ops_dir(root);
    fs::create_dir_all(&ops).map_err(|e| Error::io("create-folder", &ops, &e))
}

/// Numbers of the operations in the log, ascending.
fn op_ids(root: &Path) -> Result<Vec<u64>> {
    let dir = ops_dir(root);
    let entries = match fs::read_dir(&dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(Error::io("read", &dir, &e)),
    };
    let mut ids: Vec<u64> = entries
        .flatten()
        .filter_map(|e| e.file_name().to_str()?.strip_suffix(".toml")?.parse().ok())
        .collect();
    ids.sort_unstable();
    Ok(ids)
}

/// Reads one operation.
pub fn read_op(root: &Path, id: u64) -> Result<Op> {
    let path = op_file(root, id);
    let text = fs::read_to_string(&path).map_err(|e| Error::io("read", &path, &e))?;
    toml::from_str(&text).map_err(|e| {
        Error::user(crate::tr!("oplog-damaged", path = path.display()))
            .caused_by(e.message().to_string())
            .hint(crate::tr!(
                "oplog-new-log-hint",
                path = ops_dir(root).display()
            ))
    })
}

/// Every operation in the log, oldest first.
pub fn list(root: &Path) -> Result<Vec<Op>> {
    op_ids(root)?
        .into_iter()
        .map(|id| read_op(root, id))
        .collect()
}

/// Whether a change is waiting to be finished (a koop was killed while applying it).
pub fn pending(root: &Path) -> bool {
    let Ok(ids) = op_ids(root) else { return false };
    ids.last()
        .is_some_and(|id| !applied_marker(root, *id).exists())
}

/// Finishes an operation a killed koop left half applied, and removes what a koop killed
/// before its commit point left behind. Call with the repository's lock held.
pub fn recover(root: &Path) -> Result<Option<u64>> {
    if let Ok(entries) = fs::read_dir(ops_dir(root)) {
        for entry in entries.flatten() {
            if entry.file_name().to_string_lossy().starts_with(".new-") {
                if let Ok(text) = fs::read_to_string(entry.path())
                    && let Ok(op) = toml::from_str::<Op>(&text)
                {
                    remove_temporaries(root, &op);
                }
                let _ = fs::remove_file(entry.path());
            }
        }
    }
    let Some(&last) = op_ids(root)?.last() else {
        return Ok(None);
    };
    if applied_marker(root, last).exists() {
        return Ok(None);
    }
    let op = read_op(root, last)?;
    remove_temporaries(root, &op);
    apply_files(root, &op, false)?;
    Ok(Some(last))
}

/// Removes temporary files (`.koop-*.tmp`) a killed write left beside the files of an
/// operation.
fn remove_temporaries(root: &Path, op: &Op) {
    let mut dirs: Vec<PathBuf> = op
        .files
        .iter()
        .filter_map(|f| root.join(&f.path).parent().map(Path::to_path_buf))
        .collect();
    dirs.sort();
    dirs.dedup();
    for dir in dirs {
        let Ok(entries) = fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let name = entry.file_name();
            let name = name.to_string_lossy();
            if name.starts_with(".koop-") && name.ends_with(".tmp") {
                let _ = fs::remove_file(entry.path());
            }
        }
    }
}

/// Logs and applies a change: all its files or, after a kill, all of them at the next run.
/// Returns the operation's number.
pub fn commit(
    root: &Path,
    command: &str,
    description: &str,
    undoes: Option<u64>,
    changes: &[FileChange],
) -> Result<u64> {
    ensure_state_dir(root)?;
    let ids = op_ids(root)?;
    let id = ids.last().map_or(1, |last| last + 1);
    let op = Op {
        id,
        time: chrono::Local::now().format("%Y-%m-%d %H:%M:%S").to_string(),
        command: command.to_string(),
        description: description.to_string(),
        undoes,
        files: changes
            .iter()
            .map(|c| OpFile {
                path: c.path.clone(),
                before: c.before.as_deref().map(hex),
                after: c.after.as_deref().map(hex),
            })
            .collect(),
    };
    let text = toml::to_string(&op)
        .map_err(|e| Error::user(crate::tr!("oplog-cannot-write")).caused_by(e.to_string()))?;
    // One file, synced once: the whole change, durable before anything is touched.
    let staging = ops_dir(root).join(format!(".new-{id:06}.toml"));
    write::write_file(&staging, text.as_bytes())?;
    if std::env::var(CRASH_ENV).is_ok_and(|v| v == "before") {
        std::process::abort();
    }
    // The commit point.
    let target = op_file(root, id);
    fs::rename(&staging, &target).map_err(|e| Error::io("commit", &target, &e))?;
    sync_dir(&ops_dir(root));
    apply_files(root, &op, true)?;
    prune(root, &ids);
    Ok(id)
}

/// Puts every file of an operation in place (idempotent), then marks it applied.
fn apply_files(root: &Path, op: &Op, may_crash: bool) -> Result<()> {
    let crash_after: Option<usize> = if may_crash {
        std::env::var(CRASH_ENV).ok().and_then(|v| v.parse().ok())
    } else {
        None
    };
    for (n, file) in op.files.iter().enumerate() {
        if crash_after == Some(n) {
            std::process::abort();
        }
        let path = root.join(&file.path);
        match file.after_bytes()? {
            Some(bytes) => {
                // A record keeps its permissions across an edit.
                let mode = fs::metadata(&path).ok().map(|m| m.permissions());
                write::write_file(&path, &bytes)?;
                if let Some(mode) = mode {
                    let _ = fs::set_permissions(&path, mode);
                }
            }
            None => match fs::remove_file(&path) {
                Ok(()) => remove_empty_parents(root, &path),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(Error::io("remove", &path, &e)),
            },
        }
    }
    // Not synced: lost in a crash, the operation is applied again (the same bytes).
    let marker = applied_marker(root, op.id);
    fs::write(&marker, b"").map_err(|e| Error::io("write", &marker, &e))?;
    Ok(())
}

/// Removes folders a removal left empty, up to (not including) the top-level record folder.
fn remove_empty_parents(root: &Path, path: &Path) {
    let mut dir = path.parent();
    while let Some(d) = dir {
        let depth = d.strip_prefix(root).map_or(0, |r| r.components().count());
        if depth < 2 || fs::remove_dir(d).is_err() {
            break;
        }
        dir = d.parent();
    }
}

/// Keeps the newest [`KEEP`] operations.
fn prune(root: &Path, before: &[u64]) {
    if before.len() + 1 > KEEP {
        for id in &before[..before.len() + 1 - KEEP] {
            let _ = fs::remove_file(op_file(root, *id));
            let _ = fs::remove_file(applied_marker(root, *id));
        }
    }
}

#[cfg(unix)]
fn sync_dir(dir: &Path) {
    if let Ok(f) = fs::File::open(dir) {
        let _ = f.sync_all();
    }
}

#[cfg(not(unix))]
fn sync_dir(_dir: &Path) {}

/// Forgets every logged operation that holds a plain-text file of personal data (a
/// `members.toml` or `diagnosis.toml` written before encryption was turned on). Called once
/// such files are encrypted, so that the log does not keep what the repository no longer
/// shows; those operations can then no longer be undone. Returns how many were forgotten.
pub fn forget_plain_personal(root: &Path) -> Result<usize> {
    // The parse cache may hold those records too.
    super::cache::forget(root);
    let plain = |path: &str| {
        path.rsplit('/')
            .next()
            .is_some_and(super::crypt::is_personal)
    };
    let mut n = 0;
    for id in op_ids(root)? {
        let op = read_op(root, id)?;
        if op.files.iter().any(|f| plain(&f.path)) {
            let _ = fs::remove_file(op_file(root, id));
            let _ = fs::remove_file(applied_marker(root, id));
            n += 1;
        }
    }
    Ok(n)
}

/// Forgets every logged operation that changed a file under `prefix` (a case folder whose
/// personal data was anonymised): the log must not keep what the repository no longer holds.
/// Those operations can then no longer be undone. Returns how many were forgotten.
pub fn forget_under(root: &Path, prefix: &str) -> Result<usize> {
    // The parse cache may hold the records as they were.
    super::cache::forget(root);
    let mut n = 0;
    for id in op_ids(root)? {
        let op = read_op(root, id)?;
        if op.files.iter().any(|f| f.path.starts_with(prefix)) {
            let _ = fs::remove_file(op_file(root, id));
            let _ = fs::remove_file(applied_marker(root, id));
            n += 1;
        }
    }
    Ok(n)
}

/// The operation `koop undo` would revert: the newest one that is not an undo and was not
/// undone already.
pub fn undoable(ops: &[Op]) -> Option<&Op> {
    let undone: std::collections::BTreeSet<u64> = ops.iter().filter_map(|o| o.undoes).collect();
    ops.iter()
        .rev()
        .find(|o| o.undoes.is_none() && !undone.contains(&o.id))
}

/// The change that reverts operation `op`, checking that its files are as it left them.
/// Fails naming the files that changed since.
pub fn reverse(root: &Path, op: &Op) -> Result<Vec<FileChange>> {
    let mut changes = Vec::new();
    let mut changed = Vec::new();
    for file in &op.files {
        let now = match fs::read(root.join(&file.path)) {
            Ok(bytes) => Some(bytes),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => return Err(Error::io("read", &root.join(&file.path), &e)),
        };
        if now != file.after_bytes()? {
            changed.push(file.path.clone());
        }
        changes.push(FileChange {
            path: file.path.clone(),
            before: now,
            after: file.before_bytes()?,
        });
    }
    if !changed.is_empty() {
        return Err(Error::user(crate::tr!(
            "oplog-cannot-undo",
            id = op.id,
            description = op.description.as_str(),
            files = changed.join(", ")
        ))
        .hint(crate::tr!("oplog-cannot-undo-hint")));
    }
    Ok(changes)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn change(path: &str, before: Option<&str>, after: Option<&str>) -> FileChange {
        FileChange {
            path: path.into(),
            before: before.map(|b| b.as_bytes().to_vec()),
            after: after.map(|a| a.as_bytes().to_vec()),
        }
    }

    #[test]
    fn commit_applies_and_reverse_restores() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        fs::create_dir_all(root.join("teams")).unwrap();
        fs::write(root.join("teams/a.toml"), "old").unwrap();
        let id = commit(
            root,
            "koop x",
            "did x",
            None,
            &[
                change("teams/a.toml", Some("old"), Some("new")),
                change("teams/b.toml", None, Some("b")),
            ],
        )
        .unwrap();
        assert_eq!(id, 1);
        assert_eq!(
            fs::read_to_string(root.join("teams/a.toml")).unwrap(),
            "new"
        );
        assert!(!pending(root));
        let ops = list(root).unwrap();
        let op = undoable(&ops).unwrap();
        let back = reverse(root, op).unwrap();
        commit(root, "koop undo", "undo", Some(1), &back).unwrap();
        assert_eq!(
            fs::read_to_string(root.join("teams/a.toml")).unwrap(),
            "old"
        );
        assert!(!root.join("teams/b.toml").exists());
        assert!(undoable(&list(root).unwrap()).is_none());
    }

    #[test]
    fn a_half_applied_operation_is_finished_by_recover() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        commit(
            root,
            "k",
            "one",
            None,
            &[change("teams/a.toml", None, Some("a"))],
        )
        .unwrap();
        // Simulate a kill after the commit point: remove the marker and one file.
        fs::remove_file(applied_marker(root, 1)).unwrap();
        fs::remove_file(root.join("teams/a.toml")).unwrap();
        assert!(pending(root));
        assert_eq!(recover(root).unwrap(), Some(1));
        assert_eq!(fs::read_to_string(root.join("teams/a.toml")).unwrap(), "a");
        assert!(!pending(root));
    }

    #[test]
    fn hex_round_trips() {
        let bytes: Vec<u8> = (0..=255).collect();
        assert_eq!(unhex(&hex(&bytes)).unwrap(), bytes);
        assert!(unhex("abc").is_none());
        assert!(unhex("zz").is_none());
    }

    #[test]
    fn reverse_refuses_after_a_later_change() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        commit(
            root,
            "k",
            "one",
            None,
            &[change("teams/a.toml", None, Some("a"))],
        )
        .unwrap();
        fs::write(root.join("teams/a.toml"), "by hand").unwrap();
        let ops = list(root).unwrap();
        let err = reverse(root, &ops[0]).unwrap_err();
        assert!(err.message.contains("teams/a.toml changed since"), "{err}");
    }
}
