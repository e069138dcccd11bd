//! Shell completion: `koop completions SHELL` prints the script a shell sources, and the
//! script asks koop itself (through `COMPLETE=<shell> koop …`, clap_complete's dynamic
//! completion) for subcommands, options, values and the repository's own IDs. The IDs come
//! from the names of the record files in the repository of the current folder, so completing
//! never decrypts anything, and an unreadable record does not stop it.

use std::path::PathBuf;

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

/// The IDs of one kind of record, from the paths the records live at (the registry of
/// record kinds says which part of a path is the ID), sorted. Case folders give their
/// number (`2026-001-egtj` → `2026-001`).
fn ids(kind: &str) -> Vec<String> {
    let Some(root) = root() else {
        return Vec::new();
    };
    // People are the deepest records completed: institutions/<i>/people/<id>.toml.
    let walker = walkdir::WalkDir::new(&root)
        .max_depth(4)
        .follow_links(false)
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
    let mut out: Vec<String> = walker
        .filter_map(|e| e.ok())
        .filter(|e| e.file_type().is_file())
        .filter_map(|e| {
            let rel = crate::store::load::relative(&root, e.path());
            let plain = rel.strip_suffix(".age").unwrap_or(&rel).to_string();
            let (k, caps) = crate::store::registry::classify(&plain)?;
            let id = caps.last()?.to_string();
            (k.name == kind).then(|| match (kind, id.rsplit_once('-')) {
                ("case", Some((number, _))) if number.contains('-') => number.to_string(),
                _ => id,
            })
        })
        .collect();
    out.sort_by(|a, b| crate::model::case::cmp_numbers(a, b).then_with(|| a.cmp(b)));
    out.dedup();
    out
}

fn candidates(values: Vec<String>, help: &str) -> Vec<CompletionCandidate> {
    values
        .into_iter()
        .map(|v| CompletionCandidate::new(v).help(Some(help.to_string().into())))
        .collect()
}

/// Case numbers (`2026-001`).
pub fn cases() -> Vec<CompletionCandidate> {
    candidates(ids("case"), &crate::tr!("complete-case"))
}

/// Institution IDs.
pub fn institutions() -> Vec<CompletionCandidate> {
    candidates(ids("institution"), &crate::tr!("complete-institution"))
}

/// Person IDs.
pub fn people() -> Vec<CompletionCandidate> {
    candidates(ids("person"), &crate::tr!("complete-person"))
}

/// Institution and person IDs: who is responsible for a task, or reports on it.
pub fn responsible() -> Vec<CompletionCandidate> {
    let mut all = institutions();
    all.extend(people());
    all
}

/// Team IDs.
pub fn teams() -> Vec<CompletionCandidate> {
    candidates(ids("team"), &crate::tr!("complete-team"))
}

/// Meeting IDs.
pub fn meetings() -> Vec<CompletionCandidate> {
    candidates(ids("meeting"), &crate::tr!("complete-meeting"))
}

/// The record IDs a document can be about: teams, cases and meetings.
pub fn records() -> Vec<CompletionCandidate> {
    let mut all = teams();
    all.extend(cases());
    all.extend(meetings());
    all
}
