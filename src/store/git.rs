//! What git is in the middle of, as far as koop needs to know: an unfinished merge, rebase,
//! cherry-pick or revert, and the files it left unmerged. Read from the git folder's marker
//! files (no git process) and, only during such an operation, `git ls-files -u`.

use std::path::{Path, PathBuf};
use std::process::Command;

/// An operation git has not finished.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unfinished {
    /// "merge", "rebase", "cherry-pick" or "revert".
    pub operation: &'static str,
    /// Files (relative to the koop repository's root) with unresolved conflicts.
    pub unmerged: Vec<String>,
}

/// The git folder of the work tree `root` is in, if any.
pub fn git_dir(root: &Path) -> Option<PathBuf> {
    let mut dir = Some(root);
    while let Some(d) = dir {
        let dot = d.join(".git");
        if dot.is_dir() {
            return Some(dot);
        }
        if dot.is_file() {
            // A worktree or submodule: "gitdir: <path>".
            let text = std::fs::read_to_string(&dot).ok()?;
            let target = text.trim().strip_prefix("gitdir:")?.trim();
            let target = Path::new(target);
            return Some(if target.is_absolute() {
                target.to_path_buf()
            } else {
                d.join(target)
            });
        }
        dir = d.parent();
    }
    None
}

/// The operation git has not finished in the work tree of `root`, if any.
pub fn unfinished(root: &Path) -> Option<Unfinished> {
    let git = git_dir(root)?;
    let operation = if git.join("rebase-merge").is_dir() || git.join("rebase-apply").is_dir() {
        "rebase"
    } else if git.join("MERGE_HEAD").is_file() {
        "merge"
    } else if git.join("CHERRY_PICK_HEAD").is_file() {
        "cherry-pick"
    } else if git.join("REVERT_HEAD").is_file() {
        "revert"
    } else {
        return None;
    };
    Some(Unfinished {
        operation,
        unmerged: unmerged(root),
    })
}

/// Files under `root` with unresolved conflicts in git's index.
pub fn unmerged(root: &Path) -> Vec<String> {
    let Ok(out) = Command::new("git")
        .arg("-C")
        .arg(root)
        .args(["ls-files", "-u", "-z", "--", "."])
        .output()
    else {
        return Vec::new();
    };
    let mut paths: Vec<String> = out
        .stdout
        .split(|b| *b == 0)
        .filter_map(|entry| {
            let entry = std::str::from_utf8(entry).ok()?;
            // "<mode> <object> <stage>\t<path>"
            Some(entry.split_once('\t')?.1.to_string())
        })
        .collect();
    paths.sort();
    paths.dedup();
    paths
}

/// Whether `line` is one of git's conflict markers.
pub fn is_marker(line: &str) -> bool {
    let line = line.trim_end_matches('\r');
    line.starts_with("<<<<<<< ")
        || line.starts_with(">>>>>>> ")
        || line.starts_with("||||||| ")
        || line == "<<<<<<<"
        || line == ">>>>>>>"
        || line == "======="
}

/// The 1-based line numbers of conflict markers in a text.
pub fn markers(text: &str) -> Vec<usize> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| is_marker(l))
        .map(|(i, _)| i + 1)
        .collect()
}
