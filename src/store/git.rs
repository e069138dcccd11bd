//! What git is in the middle of, as far as koop needs to know: an unfinished merge, rebase,
//! cherry-pick or revert, and the files it left unmerged. Read from the git folder's marker
//! files (no git process) and, only during such an operation, `git ls-files -u`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use crate::error::{Error, Result};

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

/// Runs `git -C root ARGS`, its output captured; an error only when git cannot be run.
pub fn run(root: &Path, args: &[&str]) -> Result<Output> {
    Command::new("git")
        .arg("-C")
        .arg(root)
        .args(args)
        .output()
        .map_err(|e| {
            Error::user(crate::tr!("store-git-cannot-run"))
                .caused_by(e.to_string())
                .hint(crate::tr!("store-git-install-hint"))
        })
}

/// Runs `git -C root ARGS`; an error, with what git said, when it fails.
pub fn run_ok(root: &Path, args: &[&str]) -> Result<Output> {
    let out = run(root, args)?;
    if out.status.success() {
        return Ok(out);
    }
    Err(
        Error::user(crate::tr!("store-git-failed", args = args.join(" ")))
            .caused_by(String::from_utf8_lossy(&out.stderr).trim().to_string()),
    )
}

/// The entries of git's NUL-separated output (`-z`) that are UTF-8, empty ones left out.
pub fn nul_entries(stdout: &[u8]) -> impl Iterator<Item = &str> {
    stdout
        .split(|b| *b == 0)
        .filter_map(|entry| std::str::from_utf8(entry).ok())
        .filter(|entry| !entry.is_empty())
}

/// Files under `root` with unresolved conflicts in git's index.
pub fn unmerged(root: &Path) -> Vec<String> {
    let Ok(out) = run(root, &["ls-files", "-u", "-z", "--", "."]) else {
        return Vec::new();
    };
    let mut paths: Vec<String> = nul_entries(&out.stdout)
        // "<mode> <object> <stage>\t<path>"
        .filter_map(|entry| Some(entry.split_once('\t')?.1.to_string()))
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
    // Every record is read through here: the line scan only when a marker may be present.
    if !text.contains("=======") && !text.contains("<<<<<<<") && !text.contains(">>>>>>>") {
        return Vec::new();
    }
    text.lines()
        .enumerate()
        .filter(|(_, l)| is_marker(l))
        .map(|(i, _)| i + 1)
        .collect()
}

/// The sides of a text with git's conflict markers: (base, ours, theirs). The base is the
/// `|||||||` part where git wrote one (diff3), else the lines outside the conflicts; `None`
/// without markers or with markers out of order.
pub fn split_markers(text: &str) -> Option<(String, String, String)> {
    #[derive(PartialEq)]
    enum Part {
        Common,
        Ours,
        Base,
        Theirs,
    }
    let (mut base, mut ours, mut theirs) = (String::new(), String::new(), String::new());
    let mut part = Part::Common;
    let mut any = false;
    for line in text.split_inclusive('\n') {
        let bare = line.trim_end_matches(['\n', '\r']);
        match (&part, bare) {
            (Part::Common, l) if l.starts_with("<<<<<<<") => {
                part = Part::Ours;
                any = true;
            }
            (Part::Ours, l) if l.starts_with("|||||||") => part = Part::Base,
            (Part::Ours | Part::Base, "=======") => part = Part::Theirs,
            (Part::Theirs, l) if l.starts_with(">>>>>>>") => part = Part::Common,
            (_, l) if is_marker(l) => return None,
            (Part::Common, _) => {
                base.push_str(line);
                ours.push_str(line);
                theirs.push_str(line);
            }
            (Part::Ours, _) => ours.push_str(line),
            (Part::Base, _) => base.push_str(line),
            (Part::Theirs, _) => theirs.push_str(line),
        }
    }
    (any && part == Part::Common).then_some((base, ours, theirs))
}

#[cfg(test)]
mod tests {
    use super::split_markers;

    #[test]
    fn conflict_markers_split_into_the_sides() {
        let text = "a = 1\n<<<<<<< HEAD\nb = 2\n=======\nb = 3\n>>>>>>> theirs\nc = 4\n";
        let (base, ours, theirs) = split_markers(text).unwrap();
        assert_eq!(base, "a = 1\nc = 4\n");
        assert_eq!(ours, "a = 1\nb = 2\nc = 4\n");
        assert_eq!(theirs, "a = 1\nb = 3\nc = 4\n");
        let diff3 = "<<<<<<< ours\nb = 2\n||||||| base\nb = 1\n=======\nb = 3\n>>>>>>> theirs\n";
        assert_eq!(split_markers(diff3).unwrap().0, "b = 1\n");
        assert!(split_markers("a = 1\n").is_none());
        assert!(split_markers("<<<<<<< x\nb = 2\n").is_none());
    }
}
