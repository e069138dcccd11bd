//! Shell completion: `koop completions SHELL` prints the script a shell sources, and the
//! script asks koop itself (through `COMPLETE=<shell> koop …`, clap_complete's dynamic
//! completion) for subcommands, options, values and the repository's own IDs. The IDs come
//! from the names of the record files in the repository of the current folder, so completing
//! never decrypts anything, and an unreadable record does not stop it.

use std::path::{Path, PathBuf};

use clap_complete::CompletionCandidate;

/// The repository completion is about: the one `-C DIR` on the line being completed names,
/// else the current folder's. (The shell runs `koop -- koop <the words typed>`.)
fn root() -> Option<PathBuf> {
    let cwd = std::env::current_dir().ok()?;
    let words: Vec<String> = std::env::args().skip_while(|a| a != "--").collect();
    let dir = words
        .windows(2)
        .find(|w| w[0] == "-C")
        .map(|w| cwd.join(&w[1]))
        .or_else(|| {
            words
                .iter()
                .find_map(|w| w.strip_prefix("-C").filter(|d| !d.is_empty()))
                .map(|d| cwd.join(d))
        })
        .unwrap_or(cwd);
    crate::store::find_root(&dir)
}

/// Names in `dir` (file stems without `.toml`/`.toml.age`, or folder names), sorted.
fn names(dir: &Path, folders: bool) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut out: Vec<String> = entries
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir() == folders)
        .filter_map(|e| e.file_name().to_str().map(str::to_string))
        .filter(|n| !n.starts_with('.'))
        .filter_map(|n| {
            if folders {
                Some(n)
            } else {
                n.strip_suffix(".toml.age")
                    .or_else(|| n.strip_suffix(".toml"))
                    .map(str::to_string)
            }
        })
        .collect();
    out.sort();
    out.dedup();
    out
}

fn candidates(values: Vec<String>, help: &str) -> Vec<CompletionCandidate> {
    values
        .into_iter()
        .map(|v| CompletionCandidate::new(v).help(Some(help.to_string().into())))
        .collect()
}

/// Case numbers (`2026-001`), from the case folders (`2026-001-egtj`).
pub fn cases() -> Vec<CompletionCandidate> {
    let Some(root) = root() else {
        return Vec::new();
    };
    let mut numbers: Vec<String> = names(&root.join("cases"), true)
        .into_iter()
        .map(|folder| match folder.rsplit_once('-') {
            Some((number, _)) if number.contains('-') => number.to_string(),
            _ => folder,
        })
        .collect();
    numbers.dedup();
    candidates(numbers, "case")
}

/// Institution IDs.
pub fn institutions() -> Vec<CompletionCandidate> {
    let Some(root) = root() else {
        return Vec::new();
    };
    candidates(names(&root.join("institutions"), true), "institution")
}

/// Person IDs, from every institution's people.
pub fn people() -> Vec<CompletionCandidate> {
    let Some(root) = root() else {
        return Vec::new();
    };
    let mut all: Vec<String> = names(&root.join("institutions"), true)
        .into_iter()
        .flat_map(|i| names(&root.join("institutions").join(i).join("people"), false))
        .collect();
    all.sort();
    all.dedup();
    candidates(all, "person")
}

/// Institution and person IDs: who is responsible for a task, or reports on it.
pub fn responsible() -> Vec<CompletionCandidate> {
    let mut all = institutions();
    all.extend(people());
    all
}

/// Team IDs.
pub fn teams() -> Vec<CompletionCandidate> {
    let Some(root) = root() else {
        return Vec::new();
    };
    candidates(names(&root.join("teams"), false), "team")
}

/// Meeting IDs.
pub fn meetings() -> Vec<CompletionCandidate> {
    let Some(root) = root() else {
        return Vec::new();
    };
    candidates(names(&root.join("meetings"), false), "meeting")
}

/// The record IDs a document can be about: teams, cases and meetings.
pub fn records() -> Vec<CompletionCandidate> {
    let mut all = teams();
    all.extend(cases());
    all.extend(meetings());
    all
}
