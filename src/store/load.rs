//! Loading a repository: walk the tree once, decode and parse every record file, and turn
//! every problem (encoding, TOML syntax, schema, misplaced files, bad IDs) into a located
//! finding instead of stopping at the first.

use std::path::Path;

use walkdir::WalkDir;

use std::collections::{BTreeMap, BTreeSet};

use super::{CONFIG_FILE, CaseRec, Dated, NameFound, Rec, Store, crypt, registry};
use crate::diag::{Diagnostic, Location};
use crate::error::{Error, Result};
use crate::model::{
    Case, Date, Diagnosis, Evaluation, Members, Monitoring, Month, Plan, Record, id,
};
use crate::rules::codes;
use crate::text::{closest, decode, one_of};

/// Where a record file sits in the layout, and so what it holds.
enum Slot {
    Config,
    Institution(String),
    Person { institution: String, id: String },
    Team(String),
    Service(String),
    Meeting(String),
    Cycle(String),
    Disclosure(String),
    Case { dir: String, file: CaseFile },
}

/// Which file of a case folder.
enum CaseFile {
    Case,
    Members,
    Diagnosis,
    Plan,
    Monitoring { month: Month, reporter: String },
    Evaluation(Date),
}

/// Loads every record under `root`. Fails only when the root itself cannot be read.
pub fn load(root: &Path) -> Result<Store> {
    load_with(root, false, Cases::All, Months::All)
}

/// Loads every record but the cases' monitoring of other months than `month`: what the
/// coordinator's view of one month (`koop report monitoring`) reads. Monitoring is most of a
/// repository's files, one month of it a small part; a store loaded so must not be used for
/// anything that reads another month's monitoring.
pub fn load_month(root: &Path, month: Month) -> Result<Store> {
    load_with(root, false, Cases::All, Months::Only(month))
}

/// Loads what figures across cases need (`koop region stats` and `status`): every record but
/// the cases' monthly monitoring, with personal data left encrypted. Monitoring is most of a
/// repository's files and none of those figures counts it; a store loaded so has every case's
/// `monitoring` empty and must not be used for anything that reads it.
pub fn load_without_monitoring(root: &Path) -> Result<Store> {
    load_with(root, true, Cases::All, Months::None)
}

/// Loads what the figures of one repository need (`koop export stats`, `doc efekty`): every
/// record but the cases' monthly monitoring, personal data decrypted (the people reached are
/// the members counted). A store loaded so has every case's `monitoring` empty.
pub fn load_for_figures(root: &Path) -> Result<Store> {
    load_with(root, false, Cases::All, Months::None)
}

/// Which months of the cases' monitoring a load reads.
#[derive(Clone, Copy, PartialEq)]
enum Months {
    All,
    None,
    Only(Month),
}

/// Which case folders a load reads.
#[derive(Clone, Copy)]
enum Cases<'a> {
    /// Every one.
    All,
    /// Those a case number or folder names (`case_folder_of`).
    Named(&'a str),
    /// These folders only (none when empty).
    Folders(&'a BTreeSet<String>),
}

/// Loads the records shared by all cases (koop.toml, institutions, people, teams, services,
/// meetings, the course) and of the cases only the given folders: what a command about a
/// meeting, a team or the address book needs, in a time that does not grow with the number
/// of cases.
pub fn load_shared(root: &Path, folders: &BTreeSet<String>) -> Result<Store> {
    load_with(root, false, Cases::Folders(folders), Months::All)
}

/// Loads what a command about one case needs: every record but the other cases' folders
/// (institutions, people, teams, services, meetings and the course stay, as the case refers to
/// them). `key` is a case number (`2026-002`) or folder (`2026-002-p5nv`); the folders kept are
/// those named by it, so a case renumbered since its folder was made is not found here: the
/// caller loads everything when the case is not in the result (`Ctx::load_case`).
pub fn load_case(root: &Path, key: &str) -> Result<Store> {
    load_with(root, false, Cases::Named(key), Months::All)
}

/// Whether the rules, run on a store of one case (`Store::scope`) before and after a change,
/// find what they would find on the whole repository. Every rule reads either records shared
/// by all cases or one case with the shared records it refers to, except two that compare
/// cases with each other: K004 (two cases with one number; which keeps it goes by referral
/// date) and K005 for references to a case (from meetings). A change that stays inside the one
/// case's folder (and the disclosure register's entries about it), keeps the case's number and
/// referral date and does not remove it, cannot change what those two find; anything else must
/// be checked on the whole tree.
pub fn confined(before: &Store, after: &Store, changed: &BTreeSet<&str>) -> bool {
    let Some(dir) = before.scope.as_deref() else {
        return false;
    };
    let inside = |rel: &str| {
        rel.strip_prefix("cases/")
            .and_then(|r| r.strip_prefix(dir))
            .is_some_and(|r| r.starts_with('/'))
    };
    // An entry of the disclosure register about this case (`koop share`, a revealed document,
    // an anonymisation) is checked with the case it names, as K048 reads it.
    let about_case = |rel: &str| {
        [before, after].iter().any(|s| {
            s.disclosures
                .iter()
                .any(|d| d.path == rel && d.value.case.get_ref() == dir)
        })
    };
    if !changed.iter().all(|rel| inside(rel) || about_case(rel)) {
        return false;
    }
    let key = |s: &Store| {
        s.cases
            .iter()
            .find(|c| c.dir == dir)
            .map(|c| (c.id().to_string(), *c.case.value.referral.date.get_ref()))
    };
    match (key(before), key(after)) {
        (Some(old), Some(new)) => old == new && after.cases.len() == before.cases.len(),
        _ => false,
    }
}

/// Loads for a write: like `load`, but the personal data of cases stays encrypted until the
/// write says which cases it touches (`undefer`); decrypting every case's files would cost
/// a write most of its time.
pub fn load_deferred(root: &Path) -> Result<Store> {
    load_with(root, true, Cases::All, Months::All)
}

/// Decrypts the personal data of the given case folders in a store loaded with
/// `load_deferred`.
pub fn undefer(store: &Store, dirs: &BTreeSet<String>) -> Store {
    let mut changes = BTreeMap::new();
    let mut sealed = BTreeSet::new();
    for rel in &store.deferred {
        let dir = case_folder(rel).unwrap_or("");
        if dirs.contains(dir)
            && let Ok(bytes) = std::fs::read(store.root.join(rel))
        {
            // The same bytes, read again with decryption (a file this user cannot decrypt
            // is then locked, as in a full load).
            changes.insert(rel.clone(), Some(bytes));
            sealed.insert(rel.clone());
        }
    }
    if changes.is_empty() {
        return store.clone();
    }
    let mut out = reload(store, &changes, &sealed);
    out.deferred
        .retain(|rel| !dirs.contains(case_folder(rel).unwrap_or("")));
    out
}

/// Whether a case folder (`cases/<dir>`) is one `key` names: the folder itself, or a folder of
/// that number (`<number>-<suffix>`).
fn case_folder_of(dir: &str, key: &str) -> bool {
    dir == key
        || dir
            .strip_prefix(key)
            .and_then(|rest| rest.strip_prefix('-'))
            .is_some_and(|suffix| !suffix.is_empty() && !suffix.contains('-'))
}

fn load_with(root: &Path, defer_personal: bool, cases: Cases, monitoring: Months) -> Result<Store> {
    let keys = crypt::recipients(root)
        .ok()
        .filter(|r| !r.is_empty())
        .map(|r| {
            let names: BTreeMap<String, String> = r
                .iter()
                .map(|k| (crypt::fingerprint(&k.text), k.name.clone()))
                .collect();
            let prints: Vec<String> = names.keys().cloned().collect();
            std::sync::Arc::new((prints, names))
        });
    let mut store = Store {
        root: root.to_path_buf(),
        defer_personal,
        keys,
        part_of_monitoring: monitoring != Months::All,
        ..Store::default()
    };
    // Every load reads the cache's shared records; only a load of every case its cases'
    // part (and writes it again only when it reads every file), and its encrypted part only
    // where personal data is encrypted (`keys/` lists recipients) and this load decrypts it.
    if super::cache::enabled() {
        let reading = match (cases, monitoring) {
            (Cases::All, Months::All) => super::cache::Reading::All,
            (Cases::All, Months::Only(_) | Months::None) => super::cache::Reading::Most,
            _ => super::cache::Reading::Few,
        };
        let personal = !defer_personal && store.keys.is_some();
        store.cache = Some(std::sync::Arc::new(super::cache::Cache::open(
            root, reading, personal,
        )));
    }
    // The top two levels one after another, then each folder below them on its own core;
    // the file list is sorted as a walk by file name would give it.
    let top = walk_top(root)?;
    let mut files = top.files;
    store.problems.extend(top.problems);
    store.unreadable.extend(top.unreadable);
    let dirs: Vec<&String> = top
        .dirs
        .iter()
        .filter(|d| match (cases, d.strip_prefix("cases/")) {
            (Cases::Named(key), Some(dir)) => case_folder_of(dir, key),
            (Cases::Folders(folders), Some(dir)) => folders.contains(dir),
            _ => true,
        })
        .collect();
    let below: Vec<Walked> = {
        use rayon::prelude::*;
        dirs.par_iter()
            .map(|dir| walk(root, &root.join(dir.as_str()), 2, None, monitoring))
            .collect::<Result<_>>()?
    };
    files.reserve_exact(below.iter().map(|w| w.files.len()).sum());
    for w in below {
        files.extend(w.files);
        store.problems.extend(w.problems);
        store.unreadable.extend(w.unreadable);
    }
    files.sort_by(|a, b| a.split('/').cmp(b.split('/')));
    load_files(&mut store, files);
    match crypt::recipients(root) {
        Ok(recipients) => store.recipients = recipients.len(),
        Err(e) => store.problems.push(
            Diagnostic::error(codes::SYNTAX, e.message, Location::file(crypt::KEYS_DIR))
                .with_help(crate::tr!("load-keys-fix-hint")),
        ),
    }
    unmerged(&mut store);
    unreadable_records(&mut store);
    sort(&mut store);
    Ok(store)
}

/// Writes what the load added to the cache, and lets go of it (its index and tables).
fn save_cache(store: &mut Store) {
    if let Some(cache) = store.cache.take() {
        store.from_cache = cache.taken();
        let fresh = std::mem::take(&mut store.fresh);
        let seen = std::mem::take(&mut store.seen);
        if let Ok(cache) = std::sync::Arc::try_unwrap(cache) {
            cache.save(&store.root, fresh, seen);
        }
    }
}

/// What the folders that could not be read may hold, noted as records that did not load
/// (`Store::broken`, with `*` for an ID the folder's path does not tell; a case's own set
/// for the files of a case folder), so that the rules do not call references to them
/// unknown, nor monitoring missing: K001 says the folder could not be read.
fn unreadable_records(store: &mut Store) {
    let folders = std::mem::take(&mut store.unreadable);
    for folder in &folders {
        for kind in registry::KINDS {
            let Some(given) = kind.under(folder) else {
                continue;
            };
            let value = |part: &str| given.iter().find(|(at, _)| *at == part).map(|(_, v)| *v);
            let case =
                value("<case>").and_then(|dir| store.cases.iter_mut().find(|c| c.dir == dir));
            match case {
                Some(c) => {
                    c.broken.insert(kind.name);
                }
                None => {
                    let id = value("<id>").unwrap_or("*");
                    store.broken.insert((kind.name, id.to_string()));
                }
            }
        }
    }
    store.unreadable = folders;
}

/// K036 for each record file git lists as unmerged (an unfinished merge or rebase), unless
/// its conflict is reported already (markers or `[[conflicts]]`): encrypted files, which git
/// cannot merge line by line, have no markers.
fn unmerged(store: &mut Store) {
    let Some(state) = super::git::unfinished(&store.root) else {
        return;
    };
    for rel in state.unmerged {
        let plain = rel.strip_suffix(crypt::SUFFIX).unwrap_or(&rel);
        if !registry::is_record_path(plain)
            || store
                .problems
                .iter()
                .any(|d| d.code == codes::MERGE_CONFLICT && d.location.file == rel)
        {
            continue;
        }
        store.problems.push(
            Diagnostic::error(
                codes::MERGE_CONFLICT,
                crate::tr!(
                    "load-unmerged",
                    operation = state.operation,
                    path = rel.as_str()
                ),
                Location::file(&rel),
            )
            .with_help(crate::tr!("load-unmerged-hint", path = rel.as_str())),
        );
    }
}

/// Loads the given files (relative paths) into the store, case folders put together.
///
/// Files are read, decrypted and parsed on every core: each thread loads a run of files into
/// a store of its own, and the runs are merged in file order, so the result (and every
/// finding's order) is the same whatever the number of threads. A run never splits a case
/// folder, so each run puts its cases together itself, and looks in a folder's text for its
/// members' names once the folder's files are loaded (`names`), then lets go of it.
fn load_files(store: &mut Store, files: impl IntoIterator<Item = String>) {
    use rayon::prelude::*;
    let files: Vec<String> = files.into_iter().collect();
    let large = files.len() >= GIVE_BACK_FROM;
    // Runs small enough to balance the cores, large enough that merging stays cheap. Each
    // run owns its paths, let go of as it loads them.
    let run = (files.len() / (rayon::current_num_threads() * 8)).clamp(16, 512);
    let sizes: Vec<usize> = runs(&files, run).iter().map(|r| r.len()).collect();
    let mut rest = files.into_iter();
    let chunks: Vec<Vec<String>> = sizes
        .iter()
        .map(|&n| rest.by_ref().take(n).collect())
        .collect();
    drop(rest);
    let mut loaded: Vec<(Store, Vec<Diagnostic>)> = chunks
        .into_par_iter()
        .map(|chunk| {
            // Records of one run hold one copy of each text they repeat.
            let _sharing = crate::model::shared::sharing();
            let mut part = Store {
                root: store.root.clone(),
                overlay: store.overlay.clone(),
                overlay_sealed: store.overlay_sealed.clone(),
                defer_personal: store.defer_personal,
                part_of_monitoring: store.part_of_monitoring,
                keys: store.keys.clone(),
                cache: store.cache.clone(),
                ..Store::default()
            };
            let parts = load_sequential(&mut part, chunk.into_iter());
            part.window = None;
            part.cache = None;
            let orphans = assemble_cases(&mut part, parts);
            (part, orphans)
        })
        .collect();
    // The cache is written and let go of before the runs are put together, which holds
    // their lists twice for a moment.
    if store.cache.is_some() {
        for (part, _) in &mut loaded {
            store.fresh.append(&mut part.fresh);
            store.seen.append(&mut part.seen);
        }
        save_cache(store);
    }
    // Each list grown once to its size, not doubled on the way (a region's cases are
    // thousands of large records).
    store
        .cases
        .reserve(loaded.iter().map(|(part, _)| part.cases.len()).sum());
    // The names of the files read are put together once, in order: a set built from a sorted
    // list fills its nodes, where one grown a name at a time leaves them about half empty.
    let mut names: Vec<crate::model::Shared> =
        std::mem::take(&mut store.sources).into_iter().collect();
    names.reserve_exact(loaded.iter().map(|(part, _)| part.sources.len()).sum());
    let mut orphans = Vec::new();
    for (mut part, found) in loaded {
        names.extend(std::mem::take(&mut part.sources));
        merge(store, part);
        orphans.extend(found);
    }
    store.sources = names.into_iter().collect();
    // As one run would have found them: after every file's findings.
    store.problems.extend(orphans);
    if large {
        crate::memory::give_back();
    }
}

/// A load of this many files or more gives the allocator's free pages back when it is done
/// (`memory::give_back`): on a region that lowers the peak of `koop check` by 2 MB, while
/// on small loads (`koop region check` makes hundreds at once) it would only cost time.
const GIVE_BACK_FROM: usize = 20_000;

/// The case folder a relative path is in (`cases/<dir>/…`).
fn case_folder(rel: &str) -> Option<&str> {
    let mut parts = rel.split('/');
    (parts.next() == Some("cases"))
        .then(|| parts.next())
        .flatten()
}

/// `files` cut into runs of about `size`, each case folder's files within one run.
fn runs(files: &[String], size: usize) -> Vec<&[String]> {
    let folder = case_folder;
    let mut out = Vec::new();
    let mut start = 0;
    for i in 1..files.len() {
        if i - start >= size
            && (folder(&files[i]).is_none() || folder(&files[i]) != folder(&files[i - 1]))
        {
            out.push(&files[start..i]);
            start = i;
        }
    }
    if start < files.len() {
        out.push(&files[start..]);
    }
    out
}

/// Adds what a run of files loaded into `store`.
fn merge(store: &mut Store, part: Store) {
    if part.config.is_some() {
        store.config = part.config;
    }
    // (The names of the files read are put together by `load_files`, all at once.)
    store.texts.append(part.texts);
    store.institutions.extend(part.institutions);
    store.people.extend(part.people);
    store.teams.extend(part.teams);
    store.services.extend(part.services);
    store.cycles.extend(part.cycles);
    store.disclosures.extend(part.disclosures);
    store.meetings.extend(part.meetings);
    store.cases.extend(part.cases);
    store.problems.extend(part.problems);
    store.skipped.extend(part.skipped);
    store.broken.extend(part.broken);
    store.deferred.extend(part.deferred);
    store.locked.extend(part.locked);
    store.fresh.extend(part.fresh);
    store.seen.extend(part.seen);
    store.not_read += part.not_read;
}

/// Loads files one after another into `store`.
fn load_sequential(store: &mut Store, files: impl Iterator<Item = String>) -> CaseParts {
    let mut parts = CaseParts::default();
    // The case folder whose files are being loaded: its members' names are looked for once
    // they all are (a folder's files are next to each other).
    let mut folder: Option<String> = None;
    for rel in files {
        if folder.as_deref() != case_folder(&rel) {
            if let Some(done) = folder.take() {
                names(store, &mut parts, &done);
            }
            folder = case_folder(&rel).map(str::to_string);
        }
        // `members.toml.age` is `members.toml`, encrypted; other `.age` files are not records.
        let (logical, encrypted) = match rel.strip_suffix(crypt::SUFFIX) {
            Some(plain) => (plain, true),
            None => (rel.as_str(), false),
        };
        if encrypted && !logical.rsplit('/').next().is_some_and(crypt::is_personal) {
            continue;
        }
        if let Some(slot) = classify(logical, &mut store.problems) {
            load_file(store, &mut parts, &rel, slot, encrypted);
        }
    }
    if let Some(done) = folder {
        names(store, &mut parts, &done);
    }
    parts
}

fn sort(store: &mut Store) {
    by_id(&mut store.institutions);
    by_id(&mut store.people);
    by_id(&mut store.teams);
    by_id(&mut store.services);
    by_id(&mut store.meetings);
    by_id(&mut store.disclosures);
    store.cases.sort_by(|a, b| {
        crate::model::case::cmp_numbers(a.id(), b.id()).then_with(|| a.dir.cmp(&b.dir))
    });
    // Cycles are numbered: 10 comes after 9.
    store
        .cycles
        .sort_by_key(|c| c.id.parse::<u32>().unwrap_or(u32::MAX));
}

/// The store as it would be after a change: `before` with the changed files read again.
///
/// `changes` maps on-disk relative paths to their new bytes (the decrypted text for `.age`
/// files), or `None` for files the change removes. Only the changed records are parsed
/// again; a changed file of a case folder reloads the whole folder, since its files are
/// put together into one case.
pub fn reload(
    before: &Store,
    changes: &BTreeMap<String, Option<Vec<u8>>>,
    sealed: &BTreeSet<String>,
) -> Store {
    let mut store = before.clone();
    let case_dir = case_folder;
    let dirs: BTreeSet<String> = changes
        .keys()
        .filter_map(|k| case_dir(k).map(str::to_string))
        .collect();
    let gone = |rel: &str| {
        changes.contains_key(rel)
            || case_dir(rel).is_some_and(|d| dirs.contains(d))
            || rel.strip_prefix("cases/").is_some_and(|d| dirs.contains(d))
    };
    // What the changed files held before goes.
    store.institutions.retain(|r| !gone(&r.path));
    store.people.retain(|r| !gone(&r.path));
    store.teams.retain(|r| !gone(&r.path));
    store.services.retain(|r| !gone(&r.path));
    store.meetings.retain(|r| !gone(&r.path));
    store.cycles.retain(|r| !gone(&r.path));
    store.disclosures.retain(|r| !gone(&r.path));
    store.cases.retain(|c| !dirs.contains(&c.dir));
    store.sources.retain(|k| !gone(k));
    store.texts.retain(|k| !gone(k));
    store.problems.retain(|d| !gone(&d.location.file));
    store.skipped.retain(|k| !gone(k));
    store.locked.retain(|(k, _)| !gone(k));
    store.deferred.retain(|k| !gone(k));
    for rel in changes.keys() {
        let logical = rel.strip_suffix(crypt::SUFFIX).unwrap_or(rel);
        if let Some(key) = classify(logical, &mut Vec::new()).and_then(broken_key) {
            store.broken.remove(&key);
        }
    }
    // The files to read again: the changed ones that remain, and every file of a changed
    // case folder.
    let mut files: BTreeSet<String> = changes
        .iter()
        .filter(|(k, v)| v.is_some() && case_dir(k).is_none())
        .map(|(k, _)| k.clone())
        .collect();
    for dir in &dirs {
        let folder = store.root.join("cases").join(dir);
        for entry in WalkDir::new(&folder)
            .follow_links(false)
            .into_iter()
            .filter_entry(|e| {
                e.depth() == 0
                    || (!is_ignored(e.file_name(), 99) && e.file_name().to_str().is_some())
            })
            .flatten()
        {
            if entry.file_type().is_file() {
                files.insert(relative(&store.root, entry.path()));
            }
        }
        for (k, v) in changes {
            if case_dir(k) == Some(dir.as_str()) {
                if v.is_some() {
                    files.insert(k.clone());
                } else {
                    files.remove(k);
                }
            }
        }
    }
    store.overlay = changes
        .iter()
        .filter_map(|(k, v)| Some((k.clone(), v.clone()?)))
        .collect();
    store.overlay_sealed = sealed.clone();
    // What a change touches is read whole: its cases' personal data too.
    let defer = std::mem::replace(&mut store.defer_personal, false);
    load_files(&mut store, files);
    store.defer_personal = defer;
    store.overlay.clear();
    store.overlay_sealed.clear();
    sort(&mut store);
    store
}

/// The (kind, ID) a slot's record is known by when its file is broken.
fn broken_key(slot: Slot) -> Option<(&'static str, String)> {
    match slot {
        Slot::Institution(id) => Some(("institution", id)),
        Slot::Person { id, .. } => Some(("person", id)),
        Slot::Team(id) => Some(("team", id)),
        Slot::Service(id) => Some(("service", id)),
        _ => None,
    }
}

/// Whether a path is inside one of the folders that hold records.
fn in_record_folder(rel: &str) -> bool {
    let top = rel.split('/').next().unwrap_or("");
    top != crypt::KEYS_DIR && registry::top_folders().contains(&top)
}

/// A file where the layout has a record's folder (`institutions/gops` as a file).
fn file_for_folder(rel: &str, depth: usize) -> Option<Diagnostic> {
    let top = rel.split('/').next().unwrap_or("");
    let name = rel.rsplit('/').next().unwrap_or("");
    let folders = matches!(top, "institutions" | "cases");
    (depth == 2 && folders && !name.contains('.')).then(|| {
        Diagnostic::warning(
            codes::MISPLACED,
            crate::tr!("load-file-for-folder", path = rel),
            Location::file(rel),
        )
        .with_help(crate::tr!(
            "load-records-live-at",
            top = top,
            patterns = crate::text::alternatives(&registry::patterns_under(top))
        ))
    })
}

/// What a walk of part of the tree found.
struct Walked {
    /// Record files (relative paths).
    files: Vec<String>,
    /// Folders at the walk's depth limit, to be walked on their own.
    dirs: Vec<String>,
    /// Unreadable entries, folders and links where files belong.
    problems: Vec<Diagnostic>,
    /// Folders that could not be read (relative paths): the records in them are skipped.
    unreadable: Vec<String>,
}

/// Walks `start` (at depth `offset` below `root`), down to depth `max`; without `monitoring`,
/// the cases' `monitoring/` folders are left out.
fn walk(
    root: &Path,
    start: &Path,
    offset: usize,
    max: Option<usize>,
    monitoring: Months,
) -> Result<Walked> {
    let mut out = Walked {
        files: Vec::new(),
        dirs: Vec::new(),
        problems: Vec::new(),
        unreadable: Vec::new(),
    };
    let mut walker = WalkDir::new(start).follow_links(false).sort_by_file_name();
    if let Some(max) = max {
        walker = walker.max_depth(max);
    }
    if offset > 0 {
        walker = walker.min_depth(1);
    }
    // Names that are not UTF-8 cannot be named in records or paths: reported, not walked.
    let mut unnamed = Vec::new();
    let walker = walker.into_iter().filter_entry(|e| {
        let depth = e.depth() + offset;
        if depth > 0 && e.file_name().to_str().is_none() {
            if in_record_folder(&relative(root, e.path())) {
                unnamed.push(name_not_utf8(root, e.path()));
            }
            return false;
        }
        let skipped = match monitoring {
            Months::All => false,
            Months::None => depth == 3 && e.file_name() == "monitoring",
            Months::Only(month) => {
                depth == 4
                    && e.file_name().to_str() != Some(month.to_string().as_str())
                    && e.path()
                        .parent()
                        .and_then(Path::file_name)
                        .is_some_and(|p| p == "monitoring")
            }
        };
        if skipped && e.file_type().is_dir() && relative(root, e.path()).starts_with("cases/") {
            return false;
        }
        depth == 0 || !is_ignored(e.file_name(), depth)
    });
    for entry in walker {
        let entry = match entry {
            Ok(entry) => entry,
            Err(err) => {
                let path = err.path().map(|p| relative(root, p)).unwrap_or_default();
                if path.is_empty() {
                    return Err(Error::repo(crate::tr!("io-read", path = root.display()))
                        .caused_by(err.to_string()));
                }
                out.unreadable.push(path.clone());
                // The system's words (walkdir's own repeat the absolute path).
                let error = err
                    .io_error()
                    .map_or_else(|| err.to_string(), ToString::to_string);
                out.problems.push(
                    Diagnostic::error(
                        codes::SYNTAX,
                        crate::tr!("load-cannot-read", path = path.as_str(), error = error),
                        Location::file(&path),
                    )
                    .with_help(crate::tr!(
                        "load-folder-unreadable-hint",
                        path = path.as_str()
                    )),
                );
                continue;
            }
        };
        let depth = entry.depth() + offset;
        visit(&mut out, root, entry.path(), depth, entry.file_type(), max);
    }
    out.problems.extend(unnamed);
    Ok(out)
}

/// K001 for a file or folder of a record folder whose name is not UTF-8 (it is left out of
/// the walk).
fn name_not_utf8(root: &Path, path: &Path) -> Diagnostic {
    let rel = relative(root, path);
    Diagnostic::error(
        codes::SYNTAX,
        crate::tr!("load-name-not-utf8", path = rel.as_str()),
        Location::file(rel),
    )
    .with_help(crate::tr!("load-name-not-utf8-hint"))
}

/// Notes one entry of a walk at `depth`: a file to load, a folder at the depth limit `max` to
/// walk on its own, or a link or folder where a record file belongs.
fn visit(
    out: &mut Walked,
    root: &Path,
    path: &Path,
    depth: usize,
    kind: std::fs::FileType,
    max: Option<usize>,
) {
    let rel = relative(root, path);
    if kind.is_dir() && max == Some(depth) {
        out.dirs.push(rel.clone());
    }
    if kind.is_file() {
        if let Some(d) = file_for_folder(&rel, depth) {
            out.problems.push(d);
        }
        out.files.push(rel);
    } else if kind.is_symlink() && in_record_folder(&rel) {
        out.problems.push(
            Diagnostic::warning(
                codes::MISPLACED,
                crate::tr!("load-symlink", path = rel.as_str()),
                Location::file(&rel),
            )
            .with_help(crate::tr!("load-symlink-hint")),
        );
    } else if kind.is_dir() && rel.ends_with(".toml") && in_record_folder(&rel) {
        out.problems.push(
            Diagnostic::error(
                codes::SYNTAX,
                crate::tr!("load-folder-for-file", path = rel.as_str()),
                Location::file(&rel),
            )
            .with_help(crate::tr!("load-folder-for-file-hint")),
        );
    }
}

/// The top two levels of the tree, as `walk(root, root, 0, Some(2), …)` would give them, but
/// without opening the folders at the second level: walkdir reads every folder it yields,
/// even at its depth limit, and a region's `cases/` holds thousands, each walked again on its
/// own (or not at all, for a command about one case).
fn walk_top(root: &Path) -> Result<Walked> {
    let mut out = Walked {
        files: Vec::new(),
        dirs: Vec::new(),
        problems: Vec::new(),
        unreadable: Vec::new(),
    };
    let cannot_read = |path: &Path, err: &std::io::Error| {
        let rel = relative(root, path);
        Diagnostic::error(
            codes::SYNTAX,
            crate::tr!(
                "load-cannot-read",
                path = rel.as_str(),
                error = err.to_string()
            ),
            Location::file(rel),
        )
    };
    // A folder's entries sorted by name, as a walk by file name gives them.
    let list = |dir: &Path, problems: &mut Vec<Diagnostic>| -> std::io::Result<Vec<_>> {
        let mut entries = Vec::new();
        for entry in std::fs::read_dir(dir)? {
            match entry.and_then(|e| Ok((e.file_name(), e.path(), e.file_type()?))) {
                Ok(found) => entries.push(found),
                Err(err) => problems.push(cannot_read(dir, &err)),
            }
        }
        entries.sort_by(|a, b| a.0.cmp(&b.0));
        Ok(entries)
    };
    let top = list(root, &mut out.problems).map_err(|err| {
        Error::repo(crate::tr!("io-read", path = root.display())).caused_by(err.to_string())
    })?;
    for (name, path, kind) in top {
        if is_ignored(&name, 1) {
            continue;
        }
        // Not a record folder's name (those are ASCII), and the root may hold anything.
        if name.to_str().is_none() {
            continue;
        }
        visit(&mut out, root, &path, 1, kind, Some(2));
        if !kind.is_dir() {
            continue;
        }
        match list(&path, &mut out.problems) {
            Ok(entries) => {
                for (name, path, kind) in entries {
                    if name.to_str().is_none() {
                        if in_record_folder(&relative(root, &path)) {
                            out.problems.push(name_not_utf8(root, &path));
                        }
                    } else if !is_ignored(&name, 2) {
                        visit(&mut out, root, &path, 2, kind, Some(2));
                    }
                }
            }
            Err(err) => {
                let rel = relative(root, &path);
                out.problems
                    .push(cannot_read(&path, &err).with_help(crate::tr!(
                        "load-folder-unreadable-hint",
                        path = rel.as_str()
                    )));
                out.unreadable.push(rel);
            }
        }
    }
    Ok(out)
}

/// Sorts records by ID (then path, so duplicates come out in a stable order).
fn by_id<T>(records: &mut [Rec<T>]) {
    records.sort_by(|a, b| (&a.id, &a.path).cmp(&(&b.id, &b.path)));
}

/// Hidden entries (.git, .koop.lock) are not records, nor are build output and the template
/// overrides at the top of the repository (an institution may well be called `target`).
fn is_ignored(name: &std::ffi::OsStr, depth: usize) -> bool {
    let name = name.to_string_lossy();
    name.starts_with('.') || (depth == 1 && (name == "target" || name == "templates"))
}

/// A path relative to the repository root, with `/` separators.
pub(crate) fn relative(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    // Every file a load reads passes here: a UTF-8 path already joined by `/` is taken as
    // it is (on Windows the separator is `\\`, so the parts are joined below).
    if let Some(text) = rel.to_str()
        && std::path::MAIN_SEPARATOR == '/'
        && !text.starts_with('/')
        && !text.contains("//")
        && !text.starts_with("./")
        && !text.contains("/./")
        && !text.ends_with('/')
        && !text.ends_with("/.")
        && text != "."
    {
        return text.to_string();
    }
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

/// Decides what a file is from its place in the layout (the registry's patterns); reports
/// misplaced TOML files.
fn classify(rel: &str, problems: &mut Vec<Diagnostic>) -> Option<Slot> {
    let top = rel.split('/').next().unwrap_or("");
    let record_folder = registry::top_folders().contains(&top) && top != crypt::KEYS_DIR;
    if rel != CONFIG_FILE && !record_folder {
        return None;
    }
    if !rel.ends_with(".toml") {
        // READMEs and notes may live beside records — but not beside a family's: there they
        // would be shared unencrypted.
        if top == "cases" {
            problems.push(
                Diagnostic::warning(
                    codes::MISPLACED,
                    crate::tr!("load-not-a-record-in-case", path = rel),
                    Location::file(rel),
                )
                .with_help(crate::tr!("load-not-a-record-in-case-hint")),
            );
        }
        return None;
    }
    let slot = registry::classify(rel).and_then(|(kind, caps)| slot(kind.name, &caps));
    if slot.is_none() {
        let expected = crate::text::alternatives(&registry::patterns_under(top));
        problems.push(
            Diagnostic::warning(
                codes::MISPLACED,
                crate::tr!("load-not-a-record", path = rel),
                Location::file(rel),
            )
            .with_help(crate::tr!(
                "load-not-a-record-hint",
                top = top,
                patterns = expected
            )),
        );
    }
    slot
}

/// The slot of a record of `kind` whose path gave `caps`; `None` when a part does not parse
/// (a month or date that does not exist, a cycle number written `01`).
fn slot(kind: &str, caps: &[&str]) -> Option<Slot> {
    let own = |i: usize| caps.get(i).map(|s| s.to_string());
    let case = |file| Some(Slot::Case { dir: own(0)?, file });
    match kind {
        "config" => Some(Slot::Config),
        "institution" => Some(Slot::Institution(own(0)?)),
        "person" => Some(Slot::Person {
            institution: own(0)?,
            id: own(1)?,
        }),
        "team" => Some(Slot::Team(own(0)?)),
        "service" => Some(Slot::Service(own(0)?)),
        "meeting" => Some(Slot::Meeting(own(0)?)),
        // Cycles are numbered 1, 2, …; `01` or `0` would be a second name for a number.
        "cycle" => {
            let n = caps.first()?;
            n.parse::<u32>()
                .is_ok_and(|v| v >= 1 && v.to_string() == *n)
                .then(|| Slot::Cycle(n.to_string()))
        }
        "disclosure" => Some(Slot::Disclosure(own(0)?)),
        "case" => case(CaseFile::Case),
        "members" => case(CaseFile::Members),
        "diagnosis" => case(CaseFile::Diagnosis),
        "plan" => case(CaseFile::Plan),
        "monitoring" => case(CaseFile::Monitoring {
            month: caps.get(1)?.parse().ok()?,
            reporter: own(2)?,
        }),
        "evaluation" => case(CaseFile::Evaluation(caps.get(1)?.parse().ok()?)),
        _ => None,
    }
}

fn load_file(store: &mut Store, parts: &mut CaseParts, rel: &str, slot: Slot, encrypted: bool) {
    if encrypted
        && store.defer_personal
        && !store.overlay.contains_key(rel)
        && let Slot::Case { dir, file } = &slot
    {
        let kind = match file {
            CaseFile::Diagnosis => "diagnosis",
            _ => "members",
        };
        parts.broken.entry(dir.clone()).or_default().insert(kind);
        parts.deferred.entry(dir.clone()).or_default().insert(kind);
        store.deferred.insert(rel.to_string());
        return;
    }
    // Files of a part of the cache this load does not read are neither hashed nor kept.
    let cache = store
        .cache
        .clone()
        .filter(|c| c.keeps(rel) && !store.overlay.contains_key(rel));
    let mut cipher = None;
    // The cache key of the file, when the cache is read: that of a case's file is kept, for
    // what its members' names were looked for in (`names`).
    let mut file_key = None;
    store.pending = None;
    store.pending_stat = None;
    if encrypted && let Some(cache) = &cache {
        // An encrypted file the cache holds is not decrypted (read errors are the usual
        // path's to tell).
        if let Ok(bytes) = std::fs::read(store.root.join(rel)) {
            let key = super::cache::key(rel, &bytes);
            if cached_personal(store, parts, rel, &slot, cache, &key, &bytes) {
                // The key of the file the case's record came from (`names`).
                parts.keys.insert(rel.to_string(), key);
                return;
            }
            store.pending = Some(key);
            file_key = Some(key);
            cipher = Some(bytes);
        }
    }
    // The key of the record cached for a plain file whose stat is the one recorded.
    let mut trusted = None;
    if !encrypted
        && let Some(cache) = &cache
        && let Ok(meta) = std::fs::metadata(store.root.join(rel))
        && let Some(stat) = cache.stat_key(rel, &meta)
    {
        trusted = cache.trusted(rel, &stat, &mut store.window);
        store.pending_stat = Some(stat);
    }
    let text = if let Some(key) = trusted {
        // As it was when its record was cached: taken from there (`parse`), the file not
        // read, its text not at hand.
        store.sources.insert(crate::model::Shared::own(rel));
        store.pending = Some(key);
        store.unread = true;
        file_key = Some(key);
        Ok(String::new())
    } else if encrypted {
        read_encrypted(store, rel, cipher)
    } else {
        let text = read_text(store, rel).ok_or(None);
        if cache.is_some()
            && let Ok(text) = &text
        {
            let key = super::cache::key(rel, text.as_bytes());
            store.pending = Some(key);
            file_key = Some(key);
        }
        text
    };
    let text = match text {
        Ok(text) => text,
        Err(Some(reason)) => {
            // Not this user's to read: what depends on it is not verified, and says so.
            if let Slot::Case { dir, file } = slot {
                let kind = match file {
                    CaseFile::Diagnosis => "diagnosis",
                    _ => "members",
                };
                parts.broken.entry(dir.clone()).or_default().insert(kind);
                parts
                    .locked
                    .entry(dir)
                    .or_default()
                    .insert(kind, reason.clone());
            }
            store.locked.push((rel.to_string(), reason));
            return;
        }
        Err(None) => {
            store.skipped.push(rel.to_string());
            store.broken.extend(broken_key(slot));
            return;
        }
    };
    let case_file = matches!(slot, Slot::Case { .. });
    let ok = load_record(store, parts, rel, &text, slot);
    // (`parse` takes it, unless the record was refused before.)
    store.unread = false;
    if !ok {
        store.skipped.push(rel.to_string());
    } else if case_file {
        if let Some(key) = file_key {
            parts.keys.insert(rel.to_string(), key);
        }
        if !encrypted && trusted.is_none() {
            // Until the case folder is loaded, to look for its members' names (K033).
            parts.texts.insert(rel.to_string(), text);
        }
    }
}

/// Parses a file's text into its slot; `false` when it does not load.
fn load_record(
    store: &mut Store,
    parts: &mut CaseParts,
    rel: &str,
    text: &str,
    slot: Slot,
) -> bool {
    match slot {
        Slot::Config => {
            store.config = parse(store, rel, text);
            check_format(store, rel);
            store.config.is_some()
        }
        Slot::Institution(id) => push(store, rel, text, id, None, "institution", |s| {
            &mut s.institutions
        }),
        Slot::Person { institution, id } => {
            if check_id(store, rel, &institution) {
                push(store, rel, text, id, Some(institution), "person", |s| {
                    &mut s.people
                })
            } else {
                false
            }
        }
        Slot::Team(id) => push(store, rel, text, id, None, "team", |s| &mut s.teams),
        Slot::Service(id) => push(store, rel, text, id, None, "service", |s| &mut s.services),
        Slot::Meeting(id) => push(store, rel, text, id, None, "meeting", |s| &mut s.meetings),
        Slot::Cycle(id) => push(store, rel, text, id, None, "cycle", |s| &mut s.cycles),
        Slot::Disclosure(id) => push(store, rel, text, id, None, "disclosure", |s| {
            &mut s.disclosures
        }),
        Slot::Case { dir, file } => load_case_file(store, parts, rel, text, dir, file),
    }
}

/// Takes an encrypted case file's record from the cache: what it holds was parsed from
/// these very bytes. `false` when it is not a kind kept encrypted or does not read back.
fn cached_personal(
    store: &mut Store,
    parts: &mut CaseParts,
    rel: &str,
    slot: &Slot,
    cache: &super::cache::Cache,
    key: &super::cache::Key,
    cipher: &[u8],
) -> bool {
    let Slot::Case { dir, file } = slot else {
        return false;
    };
    if id::validate(dir).is_err() {
        return false;
    }
    // One copy of the path, for the record and the files read.
    let path = crate::model::Shared::own(rel);
    fn rec<T>(dir: &str, path: &crate::model::Shared, value: T) -> Rec<T> {
        Rec {
            id: dir.to_string(),
            path: path.clone(),
            parent: None,
            value,
        }
    }
    match file {
        CaseFile::Members => match cache.get::<Members>(key, &mut store.window) {
            Some(value) => {
                parts.members.insert(dir.clone(), rec(dir, &path, value));
            }
            None => return false,
        },
        CaseFile::Diagnosis => match cache.get::<Diagnosis>(key, &mut store.window) {
            Some(value) => {
                parts.diagnoses.insert(dir.clone(), rec(dir, &path, value));
            }
            None => return false,
        },
        _ => return false,
    }
    recipients_match(store, rel, cipher);
    store.sources.insert(path);
    true
}

fn push<T: Record>(
    store: &mut Store,
    rel: &str,
    text: &str,
    id: String,
    parent: Option<String>,
    kind: &'static str,
    list: impl FnOnce(&mut Store) -> &mut Vec<Rec<T>>,
) -> bool {
    if !check_id(store, rel, &id) {
        return false;
    }
    match parse::<T>(store, rel, text) {
        Some(value) => {
            let path = source_name(store, rel);
            list(store).push(Rec {
                id,
                path,
                parent,
                value,
            });
            true
        }
        None => {
            // It exists but is broken: references to it are not "unknown".
            store.broken.insert((kind, id));
            false
        }
    }
}

/// Refuses a format newer than this koop reads, rather than misreading it.
fn check_format(store: &mut Store, rel: &str) {
    let Some(config) = &store.config else { return };
    if config.koop.format < crate::model::config::FORMAT {
        let found = config.koop.format;
        let d = Diagnostic::error(
            codes::OUTDATED,
            crate::tr!(
                "load-format-outdated",
                found = found,
                current = crate::model::config::FORMAT
            ),
            store.locate_key(rel, "format"),
        )
        .with_help(crate::tr!("load-format-outdated-hint"));
        store.problems.push(d);
        return;
    }
    if config.koop.format > crate::model::config::FORMAT {
        let found = config.koop.format;
        let d = Diagnostic::error(
            codes::SCHEMA,
            crate::tr!(
                "load-format-newer",
                found = found,
                current = crate::model::config::FORMAT
            ),
            store.locate_key(rel, "format"),
        )
        .with_help(crate::tr!("load-format-newer-hint"));
        store.problems.push(d);
        store.config = None;
    }
}

/// A record's ID is its file or folder name, so it must be a valid ID.
fn check_id(store: &mut Store, rel: &str, id: &str) -> bool {
    match id::validate(id) {
        Ok(()) => true,
        Err(err) => {
            let suggestion = id::slugify(id);
            let mut d = Diagnostic::error(
                codes::BAD_ID,
                crate::tr!("load-bad-id", id = id, path = rel, reason = err.to_string()),
                Location::file(rel),
            );
            if !suggestion.is_empty() {
                d = d.with_help(crate::tr!("load-bad-id-hint", suggestion = suggestion));
            }
            store.problems.push(d);
            false
        }
    }
}

/// Reads and decodes a file, reporting I/O and encoding problems.
/// A file's bytes; a file that cannot be read is reported.
fn read_bytes(store: &mut Store, rel: &str) -> Option<Vec<u8>> {
    if let Some(bytes) = store.overlay.get(rel) {
        return Some(bytes.clone());
    }
    match std::fs::read(store.root.join(rel)) {
        Ok(bytes) => Some(bytes),
        Err(err) => {
            store.problems.push(Diagnostic::error(
                codes::SYNTAX,
                crate::tr!("load-cannot-read", path = rel, error = err.to_string()),
                Location::file(rel),
            ));
            None
        }
    }
}

/// Reads and decrypts an encrypted file in memory. `Err(Some(reason))`: the user cannot
/// decrypt it (no identity, not a recipient); `Err(None)`: it is damaged, reported.
fn read_encrypted(
    store: &mut Store,
    rel: &str,
    cipher: Option<Vec<u8>>,
) -> std::result::Result<String, Option<String>> {
    // A transaction's staged text is already decrypted.
    let staged = store
        .overlay
        .get(rel)
        .filter(|_| !store.overlay_sealed.contains(rel))
        .cloned();
    let Some(bytes) = staged.clone().or(cipher).or_else(|| read_bytes(store, rel)) else {
        return Err(None);
    };
    if staged.is_none() {
        recipients_match(store, rel, &bytes);
    }
    let decrypted = match staged {
        Some(plain) => Ok(plain),
        None => crypt::decrypt(&bytes),
    };
    let plain = match decrypted {
        Ok(plain) => plain,
        Err(crypt::Unreadable::Corrupt(_))
            if !super::git::markers(&String::from_utf8_lossy(&bytes)).is_empty() =>
        {
            // git merged the encrypted text line by line (no koop driver in this clone).
            let lines = super::git::markers(&String::from_utf8_lossy(&bytes));
            store.problems.push(conflict_markers(
                rel,
                &String::from_utf8_lossy(&bytes),
                lines[0],
                lines.len(),
            ));
            return Err(Some(crate::tr!("load-markers-reason")));
        }
        Err(crypt::Unreadable::Corrupt(e)) => {
            store.problems.push(
                Diagnostic::error(
                    codes::SYNTAX,
                    crate::tr!("load-damaged", path = rel, error = e.as_str()),
                    Location::file(rel),
                )
                .with_help(crate::tr!("load-restore-hint", path = rel)),
            );
            // Not skipped as if absent: what needs it must refuse, not see an empty case.
            return Err(Some(crypt::Unreadable::Corrupt(e).reason()));
        }
        Err(other) => return Err(Some(other.reason())),
    };
    match decode(plain) {
        Ok(decoded) => Ok(remember(store, rel, decoded.text)),
        Err(bad) => {
            store.problems.push(Diagnostic::error(
                codes::SYNTAX,
                crate::tr!(
                    "load-decrypted-not-utf8",
                    path = rel,
                    line = bad.line,
                    column = bad.column
                ),
                Location::file(rel),
            ));
            Err(None)
        }
    }
}

/// Notes that a file was read, and returns its text. The text is kept only when it is not
/// what the disk holds (a transaction's staged file): otherwise a finding that quotes a line
/// reads it again (`Store::text_of`).
fn remember(store: &mut Store, rel: &str, text: String) -> String {
    let name = crate::model::Shared::own(rel);
    if store.overlay.contains_key(rel) {
        store.texts.keep(name.clone(), &text);
    }
    store.sources.insert(name);
    text
}

fn read_text(store: &mut Store, rel: &str) -> Option<String> {
    let bytes = read_bytes(store, rel)?;
    match decode(bytes) {
        Ok(decoded) => Some(remember(store, rel, decoded.text)),
        Err(bad) => {
            store.problems.push(
                Diagnostic::error(
                    codes::SYNTAX,
                    crate::tr!("load-not-utf8"),
                    Location::at(rel, bad.line, bad.column, bad.line_text),
                )
                .with_help(crate::tr!("load-not-utf8-hint")),
            );
            None
        }
    }
}

/// K037: the recipients an encrypted file's header names are those of `keys/`.
fn recipients_match(store: &mut Store, rel: &str, cipher: &[u8]) {
    let (Some(keys), Some(stamped)) = (store.keys.clone(), crypt::stamped(cipher)) else {
        return;
    };
    let (prints, names) = &*keys;
    if &stamped == prints {
        return;
    }
    let extra = stamped.iter().filter(|p| !prints.contains(p)).count();
    let missing: Vec<&str> = prints
        .iter()
        .filter(|p| !stamped.contains(p))
        .filter_map(|p| names.get(p).map(String::as_str))
        .collect();
    let mut why = Vec::new();
    if extra > 0 {
        why.push(crate::tr!(
            "load-recipients-extra",
            n = extra,
            dir = crypt::KEYS_DIR
        ));
    }
    if !missing.is_empty() {
        why.push(crate::tr!(
            "load-recipients-missing",
            n = missing.len(),
            names = missing.join(", ")
        ));
    }
    store.problems.push(
        Diagnostic::warning(
            codes::RECIPIENTS,
            crate::tr!(
                "load-recipients-differ",
                path = rel,
                dir = crypt::KEYS_DIR,
                why = why.join("; ")
            ),
            Location::file(rel),
        )
        .with_help(crate::tr!("load-recipients-differ-hint")),
    );
}

/// Parses a record, turning a TOML or schema error into a located finding.
///
/// A record with git's conflict markers does not load (K036 at the first marker); one with
/// the merge driver's `[[conflicts]]` entries loads as the rest of it says (our side of each
/// conflict), with K036 at each entry.
fn parse<T: Record>(store: &mut Store, rel: &str, text: &str) -> Option<T> {
    // The file's cache key, when the cache is read: a record parsed before from the same
    // bytes is taken as it was (it had no finding, or it would not be there).
    let mut key = store.pending.take();
    let mut stat = store.pending_stat.take();
    let unread = std::mem::take(&mut store.unread);
    if let (Some(key), Some(cache)) = (key, &store.cache)
        && let Some(value) = cache.get::<T>(&key, &mut store.window)
    {
        if let Some(stat) = stat {
            if unread {
                cache.confirm(rel, &stat);
                store.not_read += 1;
            } else if cache.writes(rel) {
                store.seen.push((super::cache::Part::of(rel), stat, key));
            }
        }
        return Some(value);
    }
    let owned;
    let text = if unread {
        // The cache did not give the record its stat named: the file is read after all
        // (its stat is not recorded: it may not be of these bytes).
        owned = read_text(store, rel)?;
        key = Some(super::cache::key(rel, owned.as_bytes()));
        stat = None;
        owned.as_str()
    } else {
        text
    };
    let markers = super::git::markers(text);
    if let Some(&first) = markers.first() {
        store
            .problems
            .push(conflict_markers(rel, text, first, markers.len()));
        return None;
    }
    let masked;
    // Only a record with no `[[conflicts]]` entry is cached: those are told every time.
    let mut clean = true;
    let text = match conflict_entries(rel, text) {
        Some((rest, found)) => {
            store.problems.extend(found);
            masked = rest;
            clean = false;
            masked.as_str()
        }
        None => text,
    };
    match toml::from_str::<T>(text) {
        Ok(value) => match shape_problem(store, rel, text, &value) {
            None => {
                if clean
                    && let Some(key) = key
                    && store.cache.as_ref().is_some_and(|c| c.writes(rel))
                    && let Some(encoded) = super::cache::encode(&value)
                {
                    let entry = super::cache::Entry {
                        rel: rel.to_string(),
                        value: encoded,
                    };
                    store.fresh.push((key, entry));
                    if let Some(stat) = stat {
                        store.seen.push((super::cache::Part::of(rel), stat, key));
                    }
                }
                Some(value)
            }
            Some(d) => {
                store.problems.push(d);
                None
            }
        },
        Err(err) => {
            let plain = rel.strip_suffix(crypt::SUFFIX).unwrap_or(rel);
            let old = super::registry::classify(plain)
                .and_then(|(kind, _)| super::format::outdated(kind.name, text));
            store.problems.push(match old {
                Some(why) => outdated(rel, &why),
                None => toml_error(rel, text, &err, T::values_of),
            });
            None
        }
    }
}

/// K036 for git's conflict markers, at the first one.
fn conflict_markers(rel: &str, text: &str, line: usize, count: usize) -> Diagnostic {
    let start: usize = text
        .split_inclusive('\n')
        .take(line - 1)
        .map(str::len)
        .sum();
    let len = text[start..].find('\n').unwrap_or(text.len() - start);
    Diagnostic::error(
        codes::MERGE_CONFLICT,
        crate::tr!("load-markers", n = count),
        Location::span(rel, text, start..start + len),
    )
    .with_help(if rel.ends_with(crypt::SUFFIX) {
        crate::tr!("load-markers-encrypted-hint", path = rel)
    } else {
        crate::tr!("load-markers-hint", path = rel)
    })
}

/// The merge driver's `[[conflicts]]` entries: the text with them blanked out (offsets and
/// lines kept, so other findings point where they did) and a K036 for each.
fn conflict_entries(rel: &str, text: &str) -> Option<(String, Vec<Diagnostic>)> {
    let header = format!("[[{}]]", super::merge3::CONFLICTS);
    if !text.contains(&header) {
        return None;
    }
    let plain = rel.strip_suffix(crypt::SUFFIX).unwrap_or(rel);
    let personal = crypt::is_personal(plain.rsplit('/').next().unwrap_or(plain));
    let mut masked = String::with_capacity(text.len());
    let mut section = String::new();
    let mut starts = Vec::new();
    let mut inside = false;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        if trimmed == header {
            inside = true;
            starts.push(offset..offset + line.trim_end().len());
        } else if trimmed.starts_with('[') {
            inside = false;
        }
        if inside {
            section.push_str(line);
            masked.extend(line.chars().map(|c| match c {
                '\n' | '\r' => c,
                _ => ' ',
            }));
            // A multi-byte character blanks to one space: pad to keep byte offsets.
            let pad = line.len() - line.chars().count();
            masked.extend(std::iter::repeat_n(' ', pad));
        } else {
            masked.push_str(line);
        }
        offset += line.len();
    }
    let entries: Vec<toml::Table> = toml::from_str::<toml::Table>(&section)
        .ok()
        .and_then(|t| t.get(super::merge3::CONFLICTS)?.as_array().cloned())
        .map(|a| {
            a.into_iter()
                .filter_map(|v| v.as_table().cloned())
                .collect()
        })
        .unwrap_or_default();
    let found = starts
        .into_iter()
        .enumerate()
        .map(|(i, span)| {
            let entry = entries.get(i);
            let field = |k: &str| {
                entry
                    .and_then(|e| e.get(k))
                    .map_or_else(|| crate::tr!("load-conflict-none"), |v| v.to_string())
            };
            let key = entry
                .and_then(|e| e.get("key")?.as_str().map(str::to_string))
                .unwrap_or_else(|| "?".to_string());
            // Values of personal data stay out of the output (it is pasted into e-mails).
            let message = if personal {
                crate::tr!("load-conflict-personal", key = key.as_str(), path = rel)
            } else {
                crate::tr!(
                    "load-conflict",
                    key = key.as_str(),
                    ours = field("ours"),
                    theirs = field("theirs")
                )
            };
            Diagnostic::error(
                codes::MERGE_CONFLICT,
                message,
                Location::span(rel, text, span),
            )
            .with_help(crate::tr!("load-conflict-hint", path = rel))
        })
        .collect();
    Some((masked, found))
}

/// K035: a record in format 1.
fn outdated(rel: &str, why: &str) -> Diagnostic {
    Diagnostic::error(
        codes::OUTDATED,
        crate::tr!("load-outdated", path = rel, why = why),
        Location::file(rel),
    )
    .with_help(crate::tr!("load-outdated-hint"))
}

/// serde fills a table from a list by position (`referral = ["2026-11-16", "gops"]`), which
/// would silently give meaning to whatever order the list has. Only the documented shapes
/// load: a list where the record has a table is K002 at its key. Checked by writing the
/// record back and comparing shapes, only for files that assign a list at all.
fn shape_problem<T: Record>(store: &Store, rel: &str, text: &str, value: &T) -> Option<Diagnostic> {
    if !text.contains('[')
        || !text.lines().any(|l| {
            l.split_once('=')
                .is_some_and(|(_, v)| v.trim_start().starts_with('['))
        })
    {
        return None;
    }
    let original: toml::Value = toml::from_str::<toml::Table>(text).ok()?.into();
    let back = toml::Value::try_from(value).ok()?;
    let key = list_for_table(&original, &back)?;
    let name = key.rsplit('.').next().unwrap_or(&key).to_string();
    Some(
        Diagnostic::error(
            codes::SCHEMA,
            crate::tr!("load-list-for-table", key = key.as_str()),
            store.locate_key(rel, &name),
        )
        .with_help(crate::tr!("load-list-for-table-hint", key = key.as_str())),
    )
}

/// The first key (dotted) where `original` has a list and `back` a table.
fn list_for_table(original: &toml::Value, back: &toml::Value) -> Option<String> {
    use toml::Value::{Array, Table};
    match (original, back) {
        (Array(_), Table(_)) => Some(String::new()),
        (Table(a), Table(b)) => a.iter().find_map(|(k, v)| {
            let inner = list_for_table(v, b.get(k)?)?;
            Some(if inner.is_empty() {
                k.clone()
            } else {
                format!("{k}.{inner}")
            })
        }),
        (Array(a), Array(b)) => a.iter().zip(b).find_map(|(x, y)| list_for_table(x, y)),
        _ => None,
    }
}

/// Turns a `toml` error into a finding: syntax (K001) or schema (K002), with a hint.
///
/// `values_of` names the words a key accepts, for keys that take one of a fixed set.
pub fn toml_error(
    rel: &str,
    text: &str,
    err: &toml::de::Error,
    values_of: fn(&str) -> Option<Vec<&'static str>>,
) -> Diagnostic {
    let raw = err.message().trim();
    let raw = without_type_names(raw.lines().next().unwrap_or(""));
    let raw = raw.as_str();
    let location = match err.span() {
        Some(span) => Location::span(rel, text, span),
        None => Location::file(rel),
    };
    // The key on the offending line, for keys whose allowed words we know.
    let key = location
        .line_text
        .split('=')
        .next()
        .unwrap_or("")
        .trim()
        .trim_matches('"');
    let words = if location.line_text.contains('=') {
        values_of(key)
    } else {
        None
    };
    let (code, message, mut help) = explain(raw, words);
    // Entries of lists (`[[goals]]`) take a drawn identity; a record's own `id` does not.
    if message == crate::tr!("load-missing-key", key = "id")
        && !location.line_text.trim_start().starts_with("[[")
    {
        help = Some(crate::tr!("load-add-key-hint", key = "id"));
    }
    let mut d = Diagnostic::error(code, message, location);
    if let Some(help) = help {
        d = d.with_help(help);
    }
    d
}

/// serde names the Rust type a number did not fit ("expected u16"); users read the range.
fn without_type_names(message: &str) -> String {
    let mut out = message.to_string();
    for (ty, words) in [
        ("u8", crate::tr!("load-number-u8")),
        ("u16", crate::tr!("load-number-u16")),
        ("u32", crate::tr!("load-number-u32")),
        ("u64", crate::tr!("load-number-unsigned")),
        ("i64", crate::tr!("load-number-whole")),
        ("i32", crate::tr!("load-number-whole")),
        ("f64", crate::tr!("load-number")),
        ("usize", crate::tr!("load-number-unsigned")),
    ] {
        for lead in ["expected ", "an "] {
            out = out.replace(&format!("{lead}{ty}"), &format!("{lead}{words}"));
        }
    }
    out
}

/// Whether a message of serde or the `toml` crate (which are in English) starts with these
/// words.
fn begins(message: &str, words: &[&str]) -> bool {
    message.starts_with(&words.join(" "))
}

/// A mark standing for an argument of a message of the catalogues, to tell our own messages
/// (a date's, a time's) in what serde passes on, in either language.
const HOLE: &str = "\u{1}";

/// Whether `message` is `template` (a message rendered with `HOLE` for its arguments) with
/// some arguments.
fn fits(message: &str, template: &str) -> bool {
    let mut pieces = template.split(HOLE);
    let Some(mut rest) = message.strip_prefix(pieces.next().unwrap_or("")) else {
        return false;
    };
    let pieces: Vec<&str> = pieces.collect();
    match pieces.split_last() {
        None => rest.is_empty(),
        Some((last, middle)) => {
            for piece in middle {
                match rest.find(piece) {
                    Some(at) => rest = &rest[at + piece.len()..],
                    None => return false,
                }
            }
            rest.ends_with(last)
        }
    }
}

/// Classifies a serde/toml message; returns the code, a clearer message and a hint.
fn explain(
    message: &str,
    words: Option<Vec<&'static str>>,
) -> (&'static str, String, Option<String>) {
    let backticked: Vec<&str> = message.split('`').skip(1).step_by(2).collect();
    let given = backticked.first().copied().unwrap_or("");
    let suggest = |known: &[&str], remove: String| match closest(given, known.iter().copied()) {
        Some(best) => crate::tr!("load-did-you-mean", suggestion = best),
        None if known.is_empty() => remove,
        None => crate::tr!("load-expected-one-of", list = one_of(known)),
    };
    if begins(message, &["unknown", "field"]) {
        let known: Vec<&str> = backticked.iter().skip(1).copied().collect();
        let help = suggest(&known, crate::tr!("load-remove-key"));
        return (
            codes::SCHEMA,
            crate::tr!("load-unknown-key", key = given),
            Some(help),
        );
    }
    if begins(message, &["unknown", "variant"]) {
        let known: Vec<&str> = backticked.iter().skip(1).copied().collect();
        let help = suggest(&known, crate::tr!("load-remove-value"));
        return (
            codes::SCHEMA,
            crate::tr!("load-not-allowed", value = given),
            Some(help),
        );
    }
    if begins(message, &["missing", "field"]) {
        let field = message
            .splitn(3, ' ')
            .nth(2)
            .unwrap_or("")
            .trim_matches('`');
        if field == "id" {
            let help = crate::tr!(
                "load-add-id-hint",
                id = crate::model::uid::fresh(crate::model::uid::LEN, |_| false)
            );
            return (
                codes::SCHEMA,
                crate::tr!("load-missing-key", key = "id"),
                Some(help),
            );
        }
        let help = crate::tr!("load-add-key-hint", key = field);
        return (
            codes::SCHEMA,
            crate::tr!("load-missing-key", key = field),
            Some(help),
        );
    }
    if begins(message, &["invalid", "type"]) || begins(message, &["wanted "]) {
        let help = match words {
            Some(words) => crate::tr!("load-expected-quoted", list = one_of(&words)),
            None => match message.split(", expected ").nth(1) {
                Some(expected) => crate::tr!("load-key-takes", expected = expected),
                None => crate::tr!("load-key-takes-other"),
            },
        };
        return (
            codes::SCHEMA,
            crate::tr!("load-wrong-type", detail = message),
            Some(help),
        );
    }
    // Our own messages (`model::date`, `model::calendar`) come through serde as they are.
    let ours = |templates: &[String]| templates.iter().any(|t| fits(message, t));
    if begins(message, &["invalid", "date"]) {
        return (
            codes::SCHEMA,
            crate::tr!("load-invalid-date", detail = message),
            Some(crate::tr!("load-date-hint")),
        );
    }
    if ours(&[
        crate::tr!("date-not-a-date", value = HOLE),
        crate::tr!("date-expected"),
        crate::tr!("date-with-time", value = HOLE),
    ]) {
        return (
            codes::SCHEMA,
            message.to_string(),
            Some(crate::tr!("load-date-hint")),
        );
    }
    if ours(&[
        crate::tr!("model-time-bad", value = HOLE),
        crate::tr!("model-time-out-of-range", value = HOLE),
    ]) {
        return (
            codes::SCHEMA,
            message.to_string(),
            Some(crate::tr!("load-time-hint")),
        );
    }
    if ours(&[
        crate::tr!("date-no-day", value = HOLE, day = HOLE),
        crate::tr!("date-no-such-day", value = HOLE, day = HOLE),
    ]) {
        return (codes::SCHEMA, message.to_string(), None);
    }
    if begins(message, &["invalid", "value"]) {
        return (
            codes::SCHEMA,
            crate::tr!("load-invalid-value", detail = message),
            None,
        );
    }
    (
        codes::SYNTAX,
        crate::tr!("load-invalid-toml", detail = message),
        Some(crate::tr!("load-syntax-hint")),
    )
}

/// The files of case folders as they load, before they are put together.
#[derive(Default)]
struct CaseParts {
    cases: BTreeMap<String, Rec<Case>>,
    members: BTreeMap<String, Rec<Members>>,
    diagnoses: BTreeMap<String, Rec<Diagnosis>>,
    plans: BTreeMap<String, Rec<Plan>>,
    monitoring: BTreeMap<String, Vec<Dated<Monitoring>>>,
    evaluations: BTreeMap<String, Vec<Dated<Evaluation>>>,
    /// Files of a case folder that exist but did not load, by folder.
    broken: BTreeMap<String, std::collections::BTreeSet<&'static str>>,
    /// Encrypted files of a case folder this user cannot decrypt, by folder.
    locked: BTreeMap<String, BTreeMap<&'static str, String>>,
    /// Encrypted files of a case folder left encrypted (`Store::defer_personal`), by folder.
    deferred: BTreeMap<String, BTreeSet<&'static str>>,
    /// The text of the case folder's files that are not encrypted and were read, by path,
    /// until the folder's files are all loaded (`names`).
    texts: BTreeMap<String, String>,
    /// The cache keys of the case folder's files that loaded, by path (those not read among
    /// them have no text), while the cache is read, until the folder's files are all loaded.
    keys: BTreeMap<String, super::cache::Key>,
    /// The members' names found in each case folder's files (`names`), by folder.
    names: BTreeMap<String, Vec<NameFound>>,
}

/// A file's path as `Store::sources` holds it (one copy for both).
fn source_name(store: &Store, rel: &str) -> crate::model::Shared {
    store
        .sources
        .get(rel)
        .map_or_else(|| crate::model::Shared::own(rel), Clone::clone)
}

fn load_case_file(
    store: &mut Store,
    parts: &mut CaseParts,
    rel: &str,
    text: &str,
    dir: String,
    file: CaseFile,
) -> bool {
    if !check_id(store, rel, &dir) {
        return false;
    }
    let (kind, ok) = match file {
        CaseFile::Case => ("case", keep(store, rel, text, &dir, &mut parts.cases)),
        CaseFile::Members => ("members", keep(store, rel, text, &dir, &mut parts.members)),
        CaseFile::Diagnosis => (
            "diagnosis",
            keep(store, rel, text, &dir, &mut parts.diagnoses),
        ),
        CaseFile::Plan => ("plan", keep(store, rel, text, &dir, &mut parts.plans)),
        CaseFile::Monitoring { month, reporter } => (
            "monitoring",
            match parse::<Monitoring>(store, rel, text) {
                Some(value) => {
                    let entry = Dated {
                        month,
                        key: reporter.as_str().into(),
                        path: source_name(store, rel),
                        value,
                    };
                    parts.monitoring.entry(dir.clone()).or_default().push(entry);
                    true
                }
                None => false,
            },
        ),
        CaseFile::Evaluation(date) => (
            "evaluation",
            match parse::<Evaluation>(store, rel, text) {
                Some(value) => {
                    let entry = Dated {
                        month: Month::of(date),
                        key: date.to_string().into(),
                        path: source_name(store, rel),
                        value,
                    };
                    parts
                        .evaluations
                        .entry(dir.clone())
                        .or_default()
                        .push(entry);
                    true
                }
                None => false,
            },
        ),
    };
    if !ok {
        parts.broken.entry(dir).or_default().insert(kind);
    }
    ok
}

/// Parses one file of a case folder into its slot.
fn keep<T: Record>(
    store: &mut Store,
    rel: &str,
    text: &str,
    dir: &str,
    slot: &mut BTreeMap<String, Rec<T>>,
) -> bool {
    let Some(value) = parse::<T>(store, rel, text) else {
        return false;
    };
    let rec = Rec {
        id: dir.to_string(),
        path: source_name(store, rel),
        parent: None,
        value,
    };
    slot.insert(dir.to_string(), rec);
    true
}

/// A list without the room it grew into: kept for the whole command.
fn exact<T>(mut list: Vec<T>) -> Vec<T> {
    list.shrink_to_fit();
    list
}

/// Looks for the members' names in the files of a case folder that are not encrypted
/// (K033), once the folder's files are loaded, and lets go of their text.
///
/// Where some of them were not read (their stat is the one recorded), what was found in the
/// same files with the same members before is taken from the cache; else those files are
/// read now. What is found is kept in the cache, beside the folder's files (in the personal
/// part when the members' file is encrypted), under the key of the members' file and of each
/// file looked in.
fn names(store: &mut Store, parts: &mut CaseParts, dir: &str) {
    use sha2::{Digest, Sha256};
    // Only this folder's are held (the loads before let go of theirs).
    let texts = std::mem::take(&mut parts.texts);
    let keys = std::mem::take(&mut parts.keys);
    // A view of one month, or of figures, reads no rule's findings, and not every file the
    // names are looked for in.
    if store.part_of_monitoring {
        return;
    }
    let (Some(case), Some(members)) = (parts.cases.get(dir), parts.members.get(dir)) else {
        return;
    };
    // As `rules::cases::names_in_plain_text` tells them: case.toml, the plan, monitoring,
    // evaluations.
    let mut files = vec![case.path.as_str()];
    files.extend(parts.plans.get(dir).map(|p| p.path.as_str()));
    files.extend(
        parts
            .monitoring
            .get(dir)
            .into_iter()
            .flatten()
            .map(|m| m.path.as_str()),
    );
    files.extend(
        parts
            .evaluations
            .get(dir)
            .into_iter()
            .flatten()
            .map(|e| e.path.as_str()),
    );
    let rel = match members.path.ends_with(crypt::SUFFIX) {
        true => format!("cases/{dir}/~names{}", crypt::SUFFIX),
        false => format!("cases/{dir}/~names"),
    };
    let cache = store.cache.clone().filter(|c| c.keeps(&rel));
    let key: Option<super::cache::Key> = cache.as_ref().and_then(|_| {
        let mut hash = Sha256::new();
        hash.update(b"names\0");
        // The key of the file the members were read from.
        hash.update(keys.get(members.path.as_str())?);
        for file in &files {
            hash.update(file.as_bytes());
            hash.update([0]);
            hash.update(keys.get(*file)?);
        }
        Some(hash.finalize().into())
    });
    let held = match (&key, &cache) {
        (Some(key), Some(cache)) => cache.get::<Vec<NameFound>>(key, &mut store.window),
        _ => None,
    };
    // The same members and files as when it was kept: the same names.
    let found = match held {
        Some(held) => held,
        None => {
            // The files not read, read now; what is found is kept only when they are as
            // cached.
            let mut read = BTreeMap::new();
            let mut sure = key.is_some();
            for &file in files.iter().filter(|rel| !texts.contains_key(**rel)) {
                let text = std::fs::read(store.root.join(file))
                    .ok()
                    .and_then(|bytes| decode(bytes).ok());
                match text {
                    Some(decoded) => {
                        sure &= keys.get(file)
                            == Some(&super::cache::key(file, decoded.text.as_bytes()));
                        read.insert(file, decoded.text);
                    }
                    None => sure = false,
                }
            }
            let found = crate::rules::cases::names_found(&members.value, &files, |rel| {
                texts.get(rel).or_else(|| read.get(rel)).map(String::as_str)
            });
            if sure
                && let (Some(key), Some(cache)) = (key, &cache)
                && cache.writes(&rel)
                && let Some(value) = super::cache::encode(&found)
            {
                store.fresh.push((key, super::cache::Entry { rel, value }));
            }
            found
        }
    };
    parts.names.insert(dir.to_string(), found);
}

/// Puts each case folder's files together, with the members' names found in them (`names`).
/// Returns the warnings about files of folders without a readable case.toml (they are
/// skipped with it).
fn assemble_cases(store: &mut Store, mut parts: CaseParts) -> Vec<Diagnostic> {
    store.cases.reserve_exact(parts.cases.len());
    for (dir, case) in std::mem::take(&mut parts.cases) {
        let rec = CaseRec {
            broken: parts.broken.remove(&dir).unwrap_or_default(),
            locked: parts.locked.remove(&dir).unwrap_or_default(),
            deferred: parts.deferred.remove(&dir).unwrap_or_default(),
            dir: dir.clone(),
            case,
            members: parts.members.remove(&dir),
            diagnosis: parts.diagnoses.remove(&dir),
            plan: parts.plans.remove(&dir),
            monitoring: exact(parts.monitoring.remove(&dir).unwrap_or_default()),
            evaluations: exact(parts.evaluations.remove(&dir).unwrap_or_default()),
            names: parts.names.remove(&dir).unwrap_or_default(),
        };
        store.cases.push(rec);
    }
    // What is left belongs to folders without a readable case.toml.
    let mut orphans: std::collections::BTreeSet<String> = std::collections::BTreeSet::new();
    orphans.extend(parts.members.into_keys());
    orphans.extend(parts.diagnoses.into_keys());
    orphans.extend(parts.plans.into_keys());
    orphans.extend(parts.monitoring.into_keys());
    orphans.extend(parts.evaluations.into_keys());
    let mut found = Vec::new();
    for dir in orphans {
        if parts.broken.get(&dir).is_some_and(|b| b.contains("case")) {
            continue; // case.toml exists but is broken: that is reported already
        }
        found.push(
            Diagnostic::warning(
                codes::MISPLACED,
                crate::tr!("load-orphans", dir = dir.as_str()),
                Location::file(format!("cases/{dir}")),
            )
            .with_help(crate::tr!("load-orphans-hint")),
        );
    }
    found
}

#[cfg(test)]
mod tests {
    /// A file's text is not kept after loading: a finding's location reads it again from
    /// disk, while a transaction's staged text (not on disk yet) is kept.
    #[test]
    fn findings_quote_the_text_as_read_or_as_staged() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let root = dir.path();
        let rel = "institutions/gops/institution.toml";
        std::fs::create_dir_all(root.join("institutions/gops")).expect("folder");
        std::fs::write(
            root.join("koop.toml"),
            "[koop]\nformat = 3\n\n[unit]\nkind = \"gmina\"\nname = \"X\"\n",
        )
        .expect("write");
        std::fs::write(root.join(rel), "name = \"GOPS\"\nkind = \"ops\"\n").expect("write");
        let before = super::load(root).expect("load");
        assert!(before.sources.contains(rel), "read");
        assert!(
            !format!("{:?}", before.texts).contains(rel),
            "text not kept: {:?}",
            before.texts
        );
        let at = before.locate_key(rel, "kind");
        assert_eq!((at.line, at.column), (2, 1));
        assert_eq!(at.line_text, "kind = \"ops\"");

        let staged = b"# a comment\n\nname = \"GOPS\"\nkind = \"ops\"\n".to_vec();
        let changes = [(rel.to_string(), Some(staged))].into_iter().collect();
        let after = super::reload(&before, &changes, &Default::default());
        let at = after.locate_key(rel, "kind");
        assert_eq!(at.line, 4, "the staged text, not the disk's");
        // The store before the change still reads the disk.
        assert_eq!(before.locate_key(rel, "kind").line, 2);
        // A span that ends inside a letter (a name's stem before "ą") ends before it.
        let text = "name = \"GOPS\"\nkind = \"ops\"\ndirector = \"Anna Nowosielską\"\n";
        std::fs::write(root.join(rel), text).expect("write");
        let store = super::load(root).expect("load");
        let at = text.find("Nowosielsk").expect("the name");
        let found = store.locate(rel, at..at + "Nowosielska".len());
        assert_eq!((found.line, found.column), (3, 18), "{found:?}");
    }

    /// `walk_top` gives what walkdir to depth 2 gives, without opening the second level's
    /// folders: files, folders to walk on their own, and the problems, in the same order.
    #[test]
    fn the_top_two_levels_are_walked_as_walkdir_would() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let root = dir.path();
        for d in [
            "institutions/gops/people",
            "teams/pzk.toml",
            "cases/2026-001-abcd/monitoring",
            ".git/objects",
            "target/debug",
            "meetings/.hidden",
        ] {
            std::fs::create_dir_all(root.join(d)).expect("folder");
        }
        for f in [
            "koop.toml",
            "notes.txt",
            "teams/ggk.toml",
            "teams/README.md",
            "cases/stray.toml",
            "institutions/gops/institution.toml",
            "meetings/2026-01-10-pzk-abcd.toml",
        ] {
            std::fs::write(root.join(f), "").expect("file");
        }
        #[cfg(unix)]
        {
            use std::os::unix::ffi::OsStrExt;
            std::os::unix::fs::symlink(root.join("teams/ggk.toml"), root.join("teams/link.toml"))
                .expect("a link");
            // Names that are not UTF-8: at the root, left alone; in a record folder, an error.
            let odd = |name: &[u8]| std::ffi::OsStr::from_bytes(name).to_owned();
            std::fs::write(root.join(odd(b"q\xfe.toml")), "").expect("file");
            std::fs::create_dir_all(root.join("teams").join(odd(b"z\xffa"))).expect("folder");
        }
        let ours = super::walk_top(root).expect("walk");
        let theirs = super::walk(root, root, 0, Some(2), super::Months::All).expect("walk");
        assert_eq!(ours.files, theirs.files);
        assert_eq!(ours.dirs, theirs.dirs);
        let said = |w: &super::Walked| -> Vec<String> {
            w.problems
                .iter()
                .map(|d| format!("{} {} {}", d.code, d.location.file, d.message))
                .collect()
        };
        assert_eq!(said(&ours), said(&theirs));
        assert!(
            !ours.problems.is_empty() && ours.dirs.len() >= 3,
            "{:?}",
            said(&ours)
        );
        #[cfg(unix)]
        {
            let odd: Vec<String> = said(&ours)
                .into_iter()
                .filter(|d| d.contains("UTF-8"))
                .collect();
            assert_eq!(odd.len(), 1, "{odd:?}");
            assert!(odd[0].starts_with("K001 teams/z"), "{odd:?}");
        }
    }

    #[test]
    fn runs_never_split_a_case_folder() {
        let mut files: Vec<String> = vec!["institutions/a/institution.toml".into()];
        for dir in ["2026-001-aaaa", "2026-002-bbbb", "2026-003-cccc"] {
            for f in [
                "case.toml",
                "members.toml.age",
                "monitoring/2026-03/ops.toml",
                "plan.toml",
            ] {
                files.push(format!("cases/{dir}/{f}"));
            }
        }
        files.push("teams/pzk.toml".into());
        for size in 1..=files.len() {
            let runs = super::runs(&files, size);
            assert_eq!(runs.concat(), files, "every file once, in order");
            let folders = |run: &[String]| -> Vec<String> {
                run.iter()
                    .filter_map(|f| f.strip_prefix("cases/"))
                    .map(|f| f.split('/').next().unwrap_or("").to_string())
                    .collect()
            };
            for pair in runs.windows(2) {
                let (a, b) = (folders(pair[0]), folders(pair[1]));
                assert!(
                    a.last().is_none() || a.last() != b.first(),
                    "size {size}: a folder split between runs"
                );
            }
        }
        assert!(super::runs(&[], 4).is_empty());
    }

    #[test]
    fn a_case_is_named_by_its_folder_or_number() {
        assert!(super::case_folder_of("2026-002-p5nv", "2026-002"));
        assert!(super::case_folder_of("2026-002-p5nv", "2026-002-p5nv"));
        assert!(!super::case_folder_of("2026-0021-p5nv", "2026-002"));
        assert!(!super::case_folder_of("2026-002-p5nv", "2026-00"));
        assert!(!super::case_folder_of("2026-002-p5nv-x", "2026-002"));
        assert!(!super::case_folder_of("2026-002-", "2026-002"));
    }

    /// The quick path of `relative` gives what joining the path's parts gives.
    #[test]
    fn relative_paths_are_the_parts_joined() {
        let root = std::path::Path::new("/repo");
        for rel in [
            "",
            "koop.toml",
            "cases/2026-001-egtj/plan.toml",
            "cases//2026-001/./plan.toml",
            "./a/b",
            "a/b/",
            "a/.",
            ".",
        ] {
            let path = root.join(rel);
            let joined = path
                .strip_prefix(root)
                .unwrap_or(&path)
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join("/");
            assert_eq!(super::relative(root, &path), joined, "{rel:?}");
        }
        let outside = std::path::Path::new("/elsewhere/x.toml");
        assert_eq!(super::relative(root, outside), "//elsewhere/x.toml");
    }

    /// A copy of the bundled example in a temporary folder, without the `.koop/` (operation
    /// log, parse cache) a run in the checkout may have left.
    fn example_copy() -> tempfile::TempDir {
        let example =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/gmina-przykladowo");
        let dir = tempfile::tempdir().expect("a temporary folder");
        let walk = walkdir::WalkDir::new(&example)
            .into_iter()
            .filter_entry(|e| e.file_name() != ".koop");
        for entry in walk.flatten() {
            let to = dir
                .path()
                .join(entry.path().strip_prefix(&example).expect("inside"));
            if entry.file_type().is_dir() {
                std::fs::create_dir_all(&to).expect("a folder");
            } else {
                std::fs::copy(entry.path(), &to).expect("a copy");
            }
        }
        dir
    }

    /// A load from the parse cache gives the same records, spans and findings as parsing
    /// the files, and a file that changed is parsed again.
    #[test]
    fn the_cache_gives_what_parsing_gives() {
        let dir = example_copy();
        let root = dir.path();
        // Findings at load too: a record that does not parse and one with a wrong value.
        std::fs::write(root.join("teams/zepsuty.toml"), "name = [\n").expect("written");
        // A value the cache's JSON cannot hold (it would come back as no value, and K002 be
        // lost): such a record is not cached.
        let person = root.join("institutions/gops-przykladowo/people/ewa-lewandowska.toml");
        let text = std::fs::read_to_string(&person).expect("a person");
        std::fs::write(&person, format!("{text}post = nan\n")).expect("written");
        let plan = root.join("cases/2026-002-p5nv/plan.toml");
        let text = std::fs::read_to_string(&plan).expect("the plan");
        std::fs::write(
            &plan,
            text.replacen("due = 2026-12-18", "due = 2026-02-31", 1),
        )
        .expect("written");
        let seen = |store: &super::Store| {
            let findings = crate::rules::check(store);
            format!(
                "{:?}",
                (
                    &store.config,
                    &store.institutions,
                    &store.people,
                    &store.teams,
                    &store.services,
                    &store.cycles,
                    &store.disclosures,
                    &store.meetings,
                    (&store.cases, &store.problems),
                    &store.skipped,
                    &store.broken,
                    findings,
                )
            )
        };
        let parsed = super::load(root).expect("loads");
        assert!(parsed.from_cache == 0 && parsed.cache.is_none());
        assert!(
            root.join(".koop/cache/cases").exists() && root.join(".koop/cache/shared").exists(),
            "the cache is written"
        );
        assert!(
            std::fs::read_to_string(root.join(".koop/.gitignore"))
                .expect("the cache is ignored by git")
                .contains('*')
        );
        let cached = super::load(root).expect("loads");
        assert!(cached.from_cache > 100, "{}", cached.from_cache);
        assert_eq!(seen(&parsed), seen(&cached));
        // Every record came from the cache: nothing was parsed again, so nothing is written.
        let written = std::fs::metadata(root.join(".koop/cache/cases"))
            .and_then(|m| m.modified())
            .expect("the cache");
        let again = super::load(root).expect("loads");
        assert_eq!(
            std::fs::metadata(root.join(".koop/cache/cases"))
                .and_then(|m| m.modified())
                .expect("the cache"),
            written
        );
        assert_eq!(seen(&again), seen(&parsed));
        // A load of one case takes the shared records from the cache and parses the case.
        let one = |root: &std::path::Path| {
            let store = super::load_case(root, "2026-002").expect("loads");
            (store.from_cache, seen(&store))
        };
        let (hits, cached_one) = one(root);
        assert!(hits > 0, "the shared records come from the cache");
        std::fs::remove_dir_all(root.join(".koop/cache")).expect("removed");
        let (none, parsed_one) = one(root);
        assert_eq!(none, 0);
        assert_eq!(cached_one, parsed_one);
        assert!(
            !root.join(".koop/cache/cases").exists(),
            "a load of one case does not write the cases' part"
        );
        super::load(root).expect("loads");
        // A change of the same length (and any times) is seen: the key is the content.
        let text = std::fs::read_to_string(&plan).expect("the plan");
        std::fs::write(
            &plan,
            text.replacen("due = 2026-02-31", "due = 2026-01-02", 1),
        )
        .expect("written");
        let changed = super::load(root).expect("loads");
        assert_ne!(seen(&changed), seen(&parsed));
        std::fs::remove_dir_all(root.join(".koop/cache")).expect("removed");
        assert_eq!(seen(&super::load(root).expect("loads")), seen(&changed));
        // A damaged cache (cut short, its head intact) is not read.
        let cases = root.join(".koop/cache/cases");
        let bytes = std::fs::read(&cases).expect("the cache");
        std::fs::write(&cases, &bytes[..bytes.len() - 20]).expect("written");
        assert_eq!(seen(&super::load(root).expect("loads")), seen(&changed));
    }

    /// A folder the walk cannot read (no permission, or gone while koop walks: removed by a
    /// pull) is named, for commands to warn that its records are skipped, besides K001.
    #[test]
    fn a_folder_that_cannot_be_read_is_named() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let root = dir.path();
        std::fs::create_dir_all(root.join("cases")).expect("a folder");
        let gone = root.join("cases/2026-001-abcd");
        let walked =
            super::walk(root, &gone, 2, None, super::Months::All).expect("the walk goes on");
        assert_eq!(walked.unreadable, ["cases/2026-001-abcd"]);
        assert!(
            walked
                .problems
                .iter()
                .any(|d| d.code == "K001" && d.location.file == "cases/2026-001-abcd")
        );
        std::fs::create_dir_all(&gone).expect("a folder");
        let walked =
            super::walk(root, &gone, 2, None, super::Months::All).expect("the walk goes on");
        assert!(walked.unreadable.is_empty() && walked.problems.is_empty());
    }

    /// What a folder that could not be read may hold is not called unknown or missing by the
    /// rules (K001 says the folder could not be read): its people, its month's monitoring,
    /// its meetings.
    #[test]
    fn the_records_an_unreadable_folder_may_hold_are_not_unknown() {
        let dir = example_copy();
        let root = dir.path();
        // What the rules find, beyond what they find on the whole example.
        let full = super::load(root).expect("loads");
        let said = |store: &super::Store| -> Vec<(&'static str, String)> {
            crate::rules::check(store)
                .into_iter()
                .map(|d| (d.code, d.message))
                .collect()
        };
        let baseline = said(&full);
        let beyond = |store: &super::Store| -> Vec<(&'static str, String)> {
            said(store)
                .into_iter()
                .filter(|d| !baseline.contains(d))
                .collect()
        };
        // As a load that could not read these folders gives it.
        let mut store = full.clone();
        store
            .people
            .retain(|p| p.parent.as_deref() != Some("spzoz-przykladowo"));
        store.meetings.clear();
        for c in &mut store.cases {
            c.monitoring.retain(|m| m.month.to_string() != "2026-10");
        }
        store.unreadable = vec![
            "institutions/spzoz-przykladowo/people".to_string(),
            "meetings".to_string(),
            "cases/2026-001-egtj/monitoring/2026-10".to_string(),
            "cases/2026-002-p5nv/monitoring/2026-10".to_string(),
        ];
        let unknown: Vec<&str> = beyond(&store).iter().map(|d| d.0).collect();
        assert!(
            unknown.contains(&"K005") && unknown.contains(&"K020"),
            "{unknown:?}"
        );
        super::unreadable_records(&mut store);
        assert!(beyond(&store).is_empty(), "{:?}", beyond(&store));
        assert_eq!(store.unreadable.len(), 4);
    }

    /// A file whose stat is the one recorded when its record was cached is not read: its
    /// record, and the members' names found in it, are the cache's. A file changed in any
    /// way a stat tells (its bytes, its times set back, replaced, moved) is read again.
    #[test]
    fn a_file_as_it_was_cached_is_not_read_again() {
        use std::time::{Duration, SystemTime};
        let dir = example_copy();
        let root = dir.path();
        // Files count as settled from the moment they are written (else two seconds).
        let future = SystemTime::now() + Duration::from_secs(3600);
        let secs = future
            .duration_since(SystemTime::UNIX_EPOCH)
            .expect("after 1970")
            .as_secs();
        super::super::cache::SETTLED.with(|s| s.set(Some((secs as i64, 0))));
        // A member's name in a plan: K033.
        let plan = root.join("cases/2026-002-p5nv/plan.toml");
        let text = std::fs::read_to_string(&plan).expect("the plan");
        let members = std::fs::read_to_string(root.join("cases/2026-002-p5nv/members.toml"))
            .expect("the members");
        assert!(
            members.contains("Oliwia") && members.contains("Robert"),
            "{members}"
        );
        std::fs::write(&plan, format!("{text}# rozmowa z Robertem i Bonifacym\n"))
            .expect("written");
        let seen = |store: &super::Store| {
            let findings = crate::rules::check(store);
            format!(
                "{:?}",
                (&store.cases, &store.problems, &store.people, findings)
            )
        };
        let parsed = super::load(root).expect("loads");
        assert_eq!(parsed.not_read, 0);
        let k033 = |store: &super::Store| {
            crate::rules::check(store)
                .iter()
                .filter(|d| d.code == "K033")
                .map(|d| d.location.file.clone())
                .collect::<Vec<_>>()
        };
        assert!(
            k033(&parsed)
                .iter()
                .any(|f| f.ends_with("2026-002-p5nv/plan.toml"))
        );
        let files = walkdir::WalkDir::new(root)
            .into_iter()
            .filter_entry(|e| e.file_name() != ".koop")
            .flatten()
            .filter(|e| e.file_type().is_file() && e.path().extension() == Some("toml".as_ref()))
            .count();
        let trusted = super::load(root).expect("loads");
        assert_eq!(trusted.not_read, files, "every record file is taken unread");
        assert_eq!(seen(&trusted), seen(&parsed));
        // The tables are not written again when nothing changed.
        let table = root.join(".koop/cache/cases.stat");
        let written = std::fs::read(&table).expect("the table");
        std::fs::write(&table, &written).expect("written back");
        let modified = std::fs::metadata(&table)
            .and_then(|m| m.modified())
            .expect("a time");
        super::load(root).expect("loads");
        assert_eq!(
            std::fs::metadata(&table)
                .and_then(|m| m.modified())
                .expect("a time"),
            modified
        );
        // Changed to bytes of the same length, its time of change set back: read again (the
        // time the inode changed cannot be set back).
        let old = std::fs::metadata(&plan)
            .and_then(|m| m.modified())
            .expect("a time");
        let text = std::fs::read_to_string(&plan).expect("the plan");
        let changed = text.replacen("due = 2026-12-18", "due = 2026-12-19", 1);
        assert_ne!(changed, text);
        std::fs::write(&plan, &changed).expect("written");
        std::fs::File::options()
            .write(true)
            .open(&plan)
            .and_then(|f| f.set_modified(old))
            .expect("the time set back");
        let after = super::load(root).expect("loads");
        assert_eq!(after.not_read, files - 1);
        std::fs::remove_dir_all(root.join(".koop/cache")).expect("removed");
        let fresh = super::load(root).expect("loads");
        assert_eq!(seen(&after), seen(&fresh));
        assert_ne!(seen(&after), seen(&parsed));
        // New members whose names the plan holds (the plan itself not read): found.
        super::load(root).expect("loads");
        let members_file = root.join("cases/2026-002-p5nv/members.toml");
        std::fs::write(&members_file, members.replace("Oliwia", "Bonifacy")).expect("written");
        let renamed = super::load(root).expect("loads");
        assert_eq!(renamed.not_read, files - 1);
        assert_eq!(k033(&renamed).len(), k033(&after).len() + 1);
        std::fs::remove_dir_all(root.join(".koop/cache")).expect("removed");
        assert_eq!(seen(&renamed), seen(&super::load(root).expect("loads")));
        // A damaged stat table is not read: every file is read.
        let bytes = std::fs::read(&table).expect("the table");
        let mut damaged = bytes.clone();
        let middle = damaged.len() / 2;
        damaged[middle] ^= 1;
        std::fs::write(&table, &damaged).expect("written");
        let read = super::load(root).expect("loads");
        let of_cases = walkdir::WalkDir::new(root.join("cases"))
            .into_iter()
            .flatten()
            .filter(|e| e.file_type().is_file() && e.path().extension() == Some("toml".as_ref()))
            .count();
        assert_eq!(
            read.not_read,
            files - of_cases,
            "the shared records' table is whole"
        );
        assert_eq!(seen(&read), seen(&renamed));
        // Without the test's clock: files written a moment ago are read.
        super::super::cache::SETTLED.with(|s| s.set(None));
        std::fs::remove_dir_all(root.join(".koop/cache")).expect("removed");
        super::load(root).expect("loads");
        let soon = super::load(root).expect("loads");
        assert_eq!(soon.not_read, 0);
        assert_eq!(seen(&soon), seen(&renamed));
    }

    /// What `load::confined` relies on: every rule but K004 finds about a case, on a store of
    /// that case alone, what it finds on the whole repository. Run on a copy of the bundled
    /// example (cases at every stage) with mistakes put into three cases; a new rule that
    /// compares cases with each other fails here until `confined` knows of it.
    #[test]
    fn the_rules_find_the_same_about_a_case_read_alone() {
        let dir = example_copy();
        let root = dir.path();
        let edit = |rel: &str, from: &str, to: &str| {
            let path = root.join(rel);
            let text = std::fs::read_to_string(&path).expect("the example's file");
            assert!(text.contains(from), "{rel}");
            std::fs::write(&path, text.replacen(from, to, 1)).expect("written");
        };
        // A deadline before the plan (K009), an unknown institution (K005), and a number
        // another case has (K004: compares cases).
        edit(
            "cases/2026-002-p5nv/plan.toml",
            "due = 2026-12-18",
            "due = 2026-01-02",
        );
        edit(
            "cases/2026-001-egtj/plan.toml",
            "institution = \"sp1-przykladowo\"",
            "institution = \"nieznana\"",
        );
        edit(
            "cases/2026-005-pmks/case.toml",
            "id = \"2026-005\"",
            "id = \"2026-004\"",
        );
        // A package outside the consent (K048), in the register, not in the case's folder.
        std::fs::create_dir_all(root.join("disclosures")).expect("disclosures/");
        std::fs::write(
            root.join("disclosures/2026-11-23-2026-002-abcd.toml"),
            "date = 2026-11-23\nact = \"share\"\ncase = \"2026-002-p5nv\"\nnumber = \"2026-002\"\nto = \"kpp-przykladowo\"\ncategories = [\"diagnosis\"]\npurpose = \"test\"\n",
        )
        .expect("an entry");
        let whole = super::load(root).expect("the copy loads");
        let all = crate::rules::check(&whole);
        let mut compared = 0;
        for c in &whole.cases {
            let prefix = format!("cases/{}/", c.dir);
            // Findings in the case's folder, and in the register's entries about it.
            let about: Vec<&str> = whole
                .disclosures
                .iter()
                .filter(|d| d.value.case.get_ref() == &c.dir)
                .map(|d| d.path.as_str())
                .collect();
            let of_case = |found: &[crate::diag::Diagnostic]| -> Vec<String> {
                found
                    .iter()
                    .filter(|d| {
                        d.location.file.starts_with(&prefix)
                            || about.contains(&d.location.file.as_str())
                    })
                    .filter(|d| d.code != crate::rules::codes::DUPLICATE)
                    .map(|d| format!("{d:?}"))
                    .collect()
            };
            let alone = super::load_case(root, &c.dir).expect("the case loads");
            assert_eq!(alone.cases.len(), 1);
            let expected = of_case(&all);
            compared += expected.len();
            assert_eq!(of_case(&crate::rules::check(&alone)), expected, "{}", c.dir);
        }
        let codes: Vec<&str> = all.iter().map(|d| d.code).collect();
        for code in ["K009", "K005", "K004", "K048"] {
            assert!(codes.contains(&code), "{code} in {codes:?}");
        }
        assert!(compared >= 2, "{compared}");
        // K004 is seen only with both cases read: why a change of number is not confined.
        let alone = super::load_case(root, "2026-005-pmks").expect("the case loads");
        assert!(crate::rules::check(&alone).iter().all(|d| d.code != "K004"));
    }

    use super::{HOLE, explain, fits};
    use crate::i18n::{FluentArgs, Lang, arg, lookup_in};

    /// A message of the catalogue of `lang` with these arguments.
    fn say(lang: Lang, key: &str, args: &[(&str, &str)]) -> String {
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            fluent.set(*name, arg(*value));
        }
        lookup_in(lang, key, Some(&fluent)).expect(key)
    }

    /// Our own messages about dates and times are told in what serde passes on, in both
    /// languages, by the catalogue's wording with holes for the arguments.
    #[test]
    fn our_date_and_time_messages_are_told_in_both_languages() {
        for lang in [Lang::En, Lang::Pl] {
            let cases = [
                ("date-with-time", vec![("value", "2026-03-12T10:00:00")]),
                ("date-no-day", vec![("value", "2026-02-30"), ("day", "30")]),
                ("model-time-out-of-range", vec![("value", "25:00")]),
            ];
            for (key, args) in cases {
                let message = say(lang, key, &args);
                let holes: Vec<(&str, &str)> = args.iter().map(|(n, _)| (*n, HOLE)).collect();
                assert!(fits(&message, &say(lang, key, &holes)), "{lang:?} {key}");
                assert!(!fits("something else", &say(lang, key, &holes)), "{key}");
            }
        }
        // In English (the language of the tests): a date's message keeps its words and gets
        // the date hint; serde's own words are classified as before.
        let (_, message, help) = explain(
            "expected a date without a time, e.g. 2026-03-12, found 2026-03-12T10:00:00",
            None,
        );
        assert!(message.ends_with("found 2026-03-12T10:00:00"));
        assert_eq!(
            help.as_deref(),
            Some("write a date that exists, as YYYY-MM-DD")
        );
        let (code, message, _) = explain("unknown field `nmae`, expected `name`", None);
        assert_eq!((code, message.as_str()), ("K002", "unknown key `nmae`"));
        let (code, _, help) = explain("invalid value: integer `70000`, expected u16", None);
        assert_eq!((code, help), ("K002", None));
    }
}
