//! The repository on disk: finding its root, the folder layout, loading every record with its
//! source text (so findings can point at a line), and writing records safely.
//!
//! Layout (docs/format.md):
//! ```text
//! koop.toml
//! institutions/<id>/institution.toml
//! institutions/<id>/people/<person-id>.toml
//! teams/<id>.toml
//! services/<id>.toml
//! meetings/<date>-<team>.toml
//! cases/<number>-<suffix>/…
//! templates/            (optional overrides of the document templates)
//! ```

pub mod cache;
pub mod crypt;
pub mod edit;
pub mod format;
pub mod git;
pub mod load;
pub mod merge;
pub mod merge3;
pub mod oplog;
pub mod registry;
pub mod renumber;
pub mod tx;
pub mod write;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::diag::{Diagnostic, Location};
use crate::error::{Error, Result};
use crate::model::uid;
use crate::model::{
    Case, Config, Diagnosis, Evaluation, FamilyMember, Goal, Institution, Meeting, Members,
    Monitoring, Month, Person, Plan, Service, Status, Task, Team,
};

pub use load::load;
pub use write::Lock;

/// The file that marks a repository's root.
pub const CONFIG_FILE: &str = "koop.toml";
/// The lock file two koop processes use to take turns writing (ignored by git).
pub const LOCK_FILE: &str = ".koop.lock";
/// Folders koop creates in a new repository: the registry's record folders (the disclosure
/// register's comes with its first entry).
pub fn record_dirs() -> Vec<&'static str> {
    registry::top_folders()
        .iter()
        .copied()
        .filter(|d| *d != crypt::KEYS_DIR && *d != "disclosures")
        .collect()
}

/// The path of a record of `kind` from its pattern's parts (`registry::KINDS`).
fn path(kind: &str, parts: &[&str]) -> String {
    registry::by_name(kind).map_or_else(String::new, |k| k.fill(parts))
}

/// Relative path of an institution's file.
pub fn institution_path(id: &str) -> String {
    path("institution", &[id])
}

/// Relative path of a person's file.
pub fn person_path(institution: &str, id: &str) -> String {
    path("person", &[institution, id])
}

/// Relative path of a team's file.
pub fn team_path(id: &str) -> String {
    path("team", &[id])
}

/// Relative path of a cycle of the model's course.
pub fn cycle_path(n: u32) -> String {
    path("cycle", &[&n.to_string()])
}

/// Relative path of a meeting's file.
pub fn meeting_path(id: &str) -> String {
    path("meeting", &[id])
}

/// Relative path of a service's file.
pub fn service_path(id: &str) -> String {
    path("service", &[id])
}

/// Relative path of a case's record of `kind` (case, members, diagnosis, plan) in `dir`.
pub fn case_path(kind: &str, dir: &str) -> String {
    path(kind, &[dir])
}

/// Relative path of a case's folder.
pub fn case_dir(dir: &str) -> String {
    case_path("case", dir)
        .rsplit_once('/')
        .map_or_else(String::new, |(folder, _)| folder.to_string())
}

/// The repository a path would be in, whether or not the path exists yet.
pub fn root_containing(path: &Path) -> Option<PathBuf> {
    let existing = path.ancestors().find(|a| a.exists()).unwrap_or(path);
    find_root(existing)
}

/// Finds the repository root: the nearest folder at or above `start` holding `koop.toml`.
pub fn find_root(start: &Path) -> Option<PathBuf> {
    let start = start.canonicalize().ok()?;
    start
        .ancestors()
        .find(|dir| dir.join(CONFIG_FILE).is_file())
        .map(Path::to_path_buf)
}

/// Like `find_root`, but an error that says what to do when there is no repository.
pub fn require_root(start: &Path) -> Result<PathBuf> {
    find_root(start).ok_or_else(|| {
        Error::repo(crate::tr!(
            "store-not-a-repository",
            file = CONFIG_FILE,
            path = start.display()
        ))
        .hint(crate::tr!("store-not-a-repository-hint"))
    })
}

/// The texts of record files that were read, where a finding needed one. A file's text is
/// not kept after parsing (a repository's text would double what loading it costs in
/// memory): a finding that quotes a line reads the file again (`Store::text_of`), once.
/// Text that is not on disk yet (a transaction's staged files, `load::reload`) is kept from
/// the start. Shared, so that a transaction's copy of the store costs no copy of the text.
#[derive(Default)]
pub struct Texts(std::sync::Mutex<BTreeMap<crate::model::Shared, std::sync::Arc<str>>>);

impl Texts {
    fn held(
        &self,
    ) -> std::sync::MutexGuard<'_, BTreeMap<crate::model::Shared, std::sync::Arc<str>>> {
        // A thread that panicked while holding it left whole entries (insert is one step).
        self.0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Keeps the text of a file (it is not on disk as read).
    pub fn keep(&self, path: crate::model::Shared, text: &str) {
        self.held().insert(path, text.into());
    }

    fn get(&self, path: &str) -> Option<std::sync::Arc<str>> {
        self.held().get(path).cloned()
    }

    /// Adds the texts of another store's files (a run of the load).
    fn append(&self, other: Texts) {
        let mut other = other
            .0
            .into_inner()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        self.held().append(&mut other);
    }

    fn retain(&self, keep: impl Fn(&str) -> bool) {
        self.held().retain(|path, _| keep(path));
    }
}

impl Clone for Texts {
    fn clone(&self) -> Texts {
        Texts(std::sync::Mutex::new(self.held().clone()))
    }
}

impl std::fmt::Debug for Texts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_set().entries(self.held().keys()).finish()
    }
}

/// A loaded record with its ID and where it came from.
#[derive(Debug, Clone)]
pub struct Rec<T> {
    /// The record's ID (its file or folder name).
    pub id: String,
    /// Path relative to the repository root (held once with `Store::sources`' name of it).
    pub path: crate::model::Shared,
    /// The owning record's ID, for records that live inside another (a person's institution).
    pub parent: Option<String>,
    /// The record itself.
    pub value: T,
}

/// A file of a case that belongs to a month (monitoring) or a day (evaluation).
#[derive(Debug, Clone)]
pub struct Dated<T> {
    /// The month it is about.
    pub month: Month,
    /// The reporter (monitoring) or the date (evaluation), from the file name: held once
    /// for the months it reports.
    pub key: crate::model::Shared,
    /// Path relative to the repository root (held once with `Store::sources`' name of it).
    pub path: crate::model::Shared,
    /// The record.
    pub value: T,
}

/// The fingerprints of the recipients in `keys/`, sorted, and each one's name.
pub type KeyPrints = (Vec<String>, BTreeMap<String, String>);

/// A case folder with all its files.
#[derive(Debug, Clone)]
pub struct CaseRec {
    /// The folder name under `cases/`.
    pub dir: String,
    /// `case.toml`.
    pub case: Rec<Case>,
    /// `members.toml`, the personal data.
    pub members: Option<Rec<Members>>,
    /// `diagnosis.toml`.
    pub diagnosis: Option<Rec<Diagnosis>>,
    /// `plan.toml`.
    pub plan: Option<Rec<Plan>>,
    /// Monitoring files, by month then reporter.
    pub monitoring: Vec<Dated<Monitoring>>,
    /// Evaluations, by date.
    pub evaluations: Vec<Dated<Evaluation>>,
    /// Files of the folder that exist but did not load ("members", "plan", …); rules that
    /// depend on them stay quiet rather than report follow-on errors.
    pub broken: std::collections::BTreeSet<&'static str>,
    /// Encrypted files of the folder ("members", "diagnosis") this user cannot decrypt
    /// (also in `broken`), with the reason.
    pub locked: BTreeMap<&'static str, String>,
    /// Encrypted files of the folder left encrypted by a write that does not touch the case
    /// (also in `broken`).
    pub deferred: std::collections::BTreeSet<&'static str>,
    /// Members' names found in the folder's files that are not encrypted (K033), looked for
    /// while loading, when the files' text was at hand.
    pub names: Vec<NameFound>,
}

/// A member's name (or a word of it) in a file of the case that is not encrypted.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct NameFound {
    /// The member's index in `members.toml`.
    pub member: usize,
    /// The file, relative to the root.
    pub file: String,
    /// Where the word is, in bytes.
    pub at: std::ops::Range<usize>,
}

impl CaseRec {
    /// The case number, `YYYY-NNN`.
    pub fn id(&self) -> &str {
        self.case.value.id.get_ref()
    }

    /// The case's status.
    pub fn status(&self) -> Status {
        *self.case.value.status.get_ref()
    }

    /// The day the plan was adopted (the case became active).
    pub fn adopted(&self) -> Option<&crate::model::Spanned<crate::model::Date>> {
        self.plan.as_ref().and_then(|p| p.value.adopted.as_ref())
    }

    /// Every task of the plan with its goal.
    pub fn tasks(&self) -> impl Iterator<Item = (&Goal, &Task)> {
        self.plan
            .iter()
            .flat_map(|p| &p.value.goals)
            .flat_map(|g| g.tasks.iter().map(move |t| (g, t)))
    }

    /// Progress reported on a task for a month, with who reported it (monitoring file name).
    pub fn progress<'a>(
        &'a self,
        month: Month,
        task: &'a str,
    ) -> impl Iterator<Item = (&'a str, &'a crate::model::Progress)> {
        self.monitoring
            .iter()
            .filter(move |m| m.month == month)
            .flat_map(move |m| {
                let entries = m
                    .value
                    .entries
                    .iter()
                    .filter(move |e| *e.task().get_ref() == task);
                entries.map(move |e| (m.key.as_str(), e))
            })
    }

    /// Every task of the plan with its goal and display number (`1.2`).
    pub fn numbered_tasks(&self) -> impl Iterator<Item = (String, &Goal, &Task)> {
        self.plan
            .iter()
            .flat_map(|p| &p.value.goals)
            .enumerate()
            .flat_map(|(gi, g)| {
                g.tasks
                    .iter()
                    .enumerate()
                    .map(move |(ti, t)| (uid::task_number(gi, ti), g, t))
            })
    }

    /// The task with this identity.
    pub fn task(&self, id: &str) -> Option<&Task> {
        self.tasks().map(|(_, t)| t).find(|t| t.id.get_ref() == id)
    }

    /// The task a user named by its display number (`1.2`) or its identity.
    pub fn find_task(&self, given: &str) -> Option<&Task> {
        self.numbered_tasks()
            .find(|(n, _, t)| n == given || t.id.get_ref() == given)
            .map(|(_, _, t)| t)
    }

    /// The display number of the task with this identity, or the identity itself when the
    /// plan has no such task.
    pub fn task_label(&self, id: &str) -> String {
        self.numbered_tasks()
            .find(|(_, _, t)| t.id.get_ref() == id)
            .map_or_else(|| id.to_string(), |(n, _, _)| n)
    }

    /// The goals of the plan with their display numbers.
    pub fn numbered_goals(&self) -> impl Iterator<Item = (String, &Goal)> {
        self.plan
            .iter()
            .flat_map(|p| &p.value.goals)
            .enumerate()
            .map(|(i, g)| (uid::goal_number(i), g))
    }

    /// The goal a user named by its display number (`2`) or its identity.
    pub fn find_goal(&self, given: &str) -> Option<&Goal> {
        self.numbered_goals()
            .find(|(n, g)| n == given || g.id.get_ref() == given)
            .map(|(_, g)| g)
    }

    /// The display number of the goal with this identity, or the identity itself.
    pub fn goal_label(&self, id: &str) -> String {
        self.numbered_goals()
            .find(|(_, g)| g.id.get_ref() == id)
            .map_or_else(|| id.to_string(), |(n, _)| n)
    }

    /// The members with their display numbers (`m1`, …).
    pub fn numbered_members(&self) -> impl Iterator<Item = (String, &FamilyMember)> {
        self.members
            .iter()
            .flat_map(|m| &m.value.members)
            .enumerate()
            .map(|(i, m)| (uid::member_number(i), m))
    }

    /// The member with this identity.
    pub fn member(&self, id: &str) -> Option<&FamilyMember> {
        self.members
            .as_ref()?
            .value
            .members
            .iter()
            .find(|m| m.id.get_ref() == id)
    }

    /// The member a user named by display number (`m2`) or identity.
    pub fn find_member(&self, given: &str) -> Option<&FamilyMember> {
        self.numbered_members()
            .find(|(n, m)| n == given || m.id.get_ref() == given)
            .map(|(_, m)| m)
    }

    /// The display number of the member with this identity, or the identity itself (also
    /// when the members file is encrypted and not read).
    pub fn member_label(&self, id: &str) -> String {
        self.numbered_members()
            .find(|(_, m)| m.id.get_ref() == id)
            .map_or_else(|| id.to_string(), |(n, _)| n)
    }

    /// The label of a reporter (a monitoring file's name): a member's display number, or the
    /// institution ID as it is.
    pub fn reporter_label(&self, reporter: &str) -> String {
        self.member_label(reporter)
    }

    /// Who is responsible for a task, as people read it: the member's display number or the
    /// institution ID.
    pub fn responsible_label(&self, task: &Task) -> String {
        match (&task.member, &task.institution) {
            (Some(m), _) => self.member_label(m.get_ref()),
            (None, Some(i)) => i.get_ref().to_string(),
            (None, None) => String::new(),
        }
    }

    /// Every identity used in the case: members, goals, tasks, monitoring entries; a new one
    /// is drawn outside them.
    pub fn identities(&self) -> std::collections::BTreeSet<String> {
        let mut all = std::collections::BTreeSet::new();
        all.extend(self.numbered_members().map(|(_, m)| m.id.get_ref().clone()));
        for g in self.plan.iter().flat_map(|p| &p.value.goals) {
            all.insert(g.id.get_ref().clone());
            all.extend(g.tasks.iter().map(|t| t.id.get_ref().clone()));
        }
        for m in &self.monitoring {
            all.extend(m.value.entries.iter().map(|e| e.id().get_ref().to_string()));
        }
        all
    }

    /// A fresh identity for a new entry of this case.
    pub fn fresh_id(&self) -> String {
        let taken = self.identities();
        uid::fresh(uid::LEN, |s| taken.contains(s))
    }

    /// Relative path of a file in the case folder.
    pub fn file(&self, name: &str) -> String {
        format!("cases/{}/{name}", self.dir)
    }

    /// The path of this case's record of `kind` (registry::KINDS): `members`, `diagnosis`,
    /// `plan`, or `monitoring` with the month and reporter, `evaluation` with the date.
    pub fn path_of(&self, kind: &str, parts: &[&str]) -> String {
        let mut all = vec![self.dir.as_str()];
        all.extend_from_slice(parts);
        path(kind, &all)
    }
}

/// Everything in a repository that loaded, plus what did not.
#[derive(Debug, Default, Clone)]
pub struct Store {
    /// Absolute path of the repository root.
    pub root: PathBuf,
    /// `koop.toml`, when it loaded.
    pub config: Option<Config>,
    /// Every record file read, by relative path. A set of one pointer each (a region reads
    /// a hundred thousand files); their texts are apart (`texts`).
    pub sources: std::collections::BTreeSet<crate::model::Shared>,
    /// The texts of the files read that are kept: not on disk as read, or read again for a
    /// finding (`text_of`).
    pub texts: Texts,
    /// Institutions, sorted by ID.
    pub institutions: Vec<Rec<Institution>>,
    /// People, sorted by ID.
    pub people: Vec<Rec<Person>>,
    /// Teams, sorted by ID.
    pub teams: Vec<Rec<Team>>,
    /// Services, sorted by ID.
    pub services: Vec<Rec<Service>>,
    /// Cycles of the model's course, sorted by number.
    pub cycles: Vec<Rec<crate::model::course::Cycle>>,
    /// The disclosure register, sorted by ID (date first).
    pub disclosures: Vec<Rec<crate::model::disclosure::Disclosure>>,
    /// Meetings, sorted by ID (date first).
    pub meetings: Vec<Rec<Meeting>>,
    /// Cases, sorted by number then folder.
    pub cases: Vec<CaseRec>,
    /// Problems found while loading: files that could not be read or parsed.
    pub problems: Vec<Diagnostic>,
    /// Relative paths of record files that did not load.
    pub skipped: Vec<String>,
    /// Folders that could not be read (relative paths): the records in them are not in the
    /// store, and no file of theirs is in `skipped`.
    pub unreadable: Vec<String>,
    /// (kind, ID) of records whose file exists but did not load.
    pub broken: std::collections::BTreeSet<(&'static str, String)>,
    /// Encrypted files that could not be decrypted for want of a matching identity, with the
    /// reason; what depends on them was not verified.
    pub locked: Vec<(String, String)>,
    /// How many recipients `keys/` lists: with any, personal data is kept encrypted.
    pub recipients: usize,
    /// File contents that stand in for the disk while a transaction's result is loaded
    /// (`load::reload`): on-disk relative path → bytes, the decrypted text for `.age` files.
    pub(crate) overlay: BTreeMap<String, Vec<u8>>,
    /// `.age` files of the overlay that are still encrypted.
    pub(crate) overlay_sealed: std::collections::BTreeSet<String>,
    /// Whether encrypted files are left encrypted while loading (`load::load_deferred`).
    pub(crate) defer_personal: bool,
    /// The fingerprints of the recipients in `keys/` (sorted) with their names: what every
    /// encrypted file's header should list (K037).
    pub(crate) keys: Option<std::sync::Arc<KeyPrints>>,
    /// Encrypted files a write left encrypted because it does not touch their case; the
    /// rules skip what depends on them alike before and after the change.
    pub deferred: std::collections::BTreeSet<String>,
    /// The one case folder this store was loaded for (`Ctx::load_case`,
    /// `Ctx::load_for_write_case`): the other cases' folders were not read. A write on such a
    /// store is checked on it only while the change stays inside that folder and leaves the
    /// case's number and referral date alone (`commands::findings_of`); otherwise the whole
    /// repository is read to check it.
    pub scope: Option<String>,
    /// The parse cache, while a load reads it (`cache`; taken when the load ends).
    pub(crate) cache: Option<std::sync::Arc<cache::Cache>>,
    /// What this run of the load last read of an open cache file (`cache::Cache::get`).
    pub(crate) window: Option<cache::Window>,
    /// The cache key of the file being parsed (`load::parse`).
    pub(crate) pending: Option<cache::Key>,
    /// How many records this load took from the cache.
    pub(crate) from_cache: usize,
    /// Records this load parsed that the cache did not hold, encoded for it.
    pub(crate) fresh: Vec<(cache::Key, cache::Entry)>,
    /// The key of the stat of the file being parsed, when it is to be recorded
    /// (`cache::Cache::stat_key`).
    pub(crate) pending_stat: Option<cache::StatKey>,
    /// Whether the file being parsed was not read, its stat being the one recorded: its
    /// record is the cache's (or, when that does not read back, the file is read then).
    pub(crate) unread: bool,
    /// The files whose record the cache holds, with their stat (`cache::Cache::save`).
    pub(crate) seen: Vec<cache::Seen>,
    /// How many files this load took from the cache without reading them.
    pub(crate) not_read: usize,
    /// Whether this load reads one month's monitoring or none (`load::load_month`,
    /// `load::load_for_figures`): the members' names are not looked for (`CaseRec::names` is
    /// empty).
    pub(crate) part_of_monitoring: bool,
}

/// Finds a record by ID in a list sorted by ID.
pub fn find<'a, T>(records: &'a [Rec<T>], id: &str) -> Option<&'a Rec<T>> {
    records
        .binary_search_by(|r| r.id.as_str().cmp(id))
        .ok()
        .map(|i| &records[i])
}

impl Store {
    /// Whether some records did not load: a file that did not read or parse (`skipped`), or
    /// a folder that could not be read (`unreadable`).
    pub fn incomplete(&self) -> bool {
        !self.skipped.is_empty() || !self.unreadable.is_empty()
    }

    /// The folders that could not be read and may hold whole cases: `cases/` itself, or a
    /// case's folder (`cases/<dir>`).
    pub fn unreadable_cases(&self) -> impl Iterator<Item = &str> {
        self.unreadable.iter().map(String::as_str).filter(|p| {
            *p == "cases"
                || p.strip_prefix("cases/")
                    .is_some_and(|dir| !dir.contains('/'))
        })
    }

    /// Whether a record of `kind` and `id` may exist but did not load: its file is broken
    /// (`broken`), or it may be in a folder that could not be read (`broken` holds the kind
    /// with `*` then). A reference to it is then not "unknown".
    pub fn is_broken(&self, kind: &str, id: &str) -> bool {
        // (Few: the files that did not load and the folders that could not be read.)
        self.broken
            .iter()
            .any(|(k, i)| *k == kind && (i == id || i == "*"))
    }

    /// The institution with this ID.
    pub fn institution(&self, id: &str) -> Option<&Rec<Institution>> {
        find(&self.institutions, id)
    }

    /// The person with this ID.
    pub fn person(&self, id: &str) -> Option<&Rec<Person>> {
        find(&self.people, id)
    }

    /// The team with this ID.
    pub fn team(&self, id: &str) -> Option<&Rec<Team>> {
        find(&self.teams, id)
    }

    /// The meeting with this ID.
    ///
    /// A meeting's ID ends in a random suffix (`2026-03-12-pzk-k7qm`); without it, the
    /// date and team name the meeting when only one of that team is on that day.
    pub fn meeting(&self, id: &str) -> Option<&Rec<Meeting>> {
        find(&self.meetings, id).or_else(|| {
            let prefix = format!("{id}-");
            let mut found = self.meetings.iter().filter(|m| {
                m.id.strip_prefix(&prefix)
                    .is_some_and(|rest| rest.len() == uid::SUFFIX_LEN && uid::is_identity(rest))
            });
            match (found.next(), found.next()) {
                (Some(one), None) => Some(one),
                _ => None,
            }
        })
    }

    /// The service with this ID.
    pub fn service(&self, id: &str) -> Option<&Rec<Service>> {
        find(&self.services, id)
    }

    /// The decoded text of a record file this store read: kept, or read (and decrypted)
    /// again from disk and then kept. `None` for a file not read, or no longer readable.
    pub fn text_of(&self, path: &str) -> Option<std::sync::Arc<str>> {
        let name = self.sources.get(path)?;
        if let Some(text) = self.texts.get(path) {
            return Some(text);
        }
        let bytes = std::fs::read(self.root.join(path)).ok()?;
        let plain = if path.ends_with(crypt::SUFFIX) {
            crypt::decrypt(&bytes).ok()?
        } else {
            bytes
        };
        let text: std::sync::Arc<str> = crate::text::decode(plain).ok()?.text.into();
        // Two threads reading it at once keep one of their equal texts.
        let mut texts = self.texts.held();
        Some(texts.entry(name.clone()).or_insert(text).clone())
    }

    /// The location of a byte span in a loaded file.
    pub fn locate(&self, path: &str, span: std::ops::Range<usize>) -> Location {
        if span.end == 0 && span.start == 0 {
            return Location::file(path);
        }
        match self.text_of(path) {
            // (A file changed on disk since it was read may no longer hold the span.) A span
            // may end inside a letter (a name's stem before "ą"): it ends before it.
            Some(text) if text.is_char_boundary(span.start) => {
                let mut end = span.end.min(text.len());
                while !text.is_char_boundary(end) {
                    end -= 1;
                }
                Location::span(path, &text, span.start..end.max(span.start))
            }
            _ => Location::file(path),
        }
    }

    /// The location of the first line where `key` is assigned (`key = …`), or the file.
    pub fn locate_key(&self, path: &str, key: &str) -> Location {
        self.locate_line(path, key, |rest| rest.trim_start().starts_with('='))
    }

    /// The location of a table header line such as `[agreement]`, or the file.
    pub fn locate_header(&self, path: &str, header: &str) -> Location {
        self.locate_line(path, header, |_| true)
    }

    /// The first line starting (after indentation) with `start`, where `rest` accepts what
    /// follows; the span covers `start`.
    fn locate_line(&self, path: &str, start: &str, rest: impl Fn(&str) -> bool) -> Location {
        let Some(text) = self.text_of(path) else {
            return Location::file(path);
        };
        let mut offset = 0;
        for line in text.split_inclusive('\n') {
            let trimmed = line.trim_start();
            if trimmed.strip_prefix(start).is_some_and(&rest) {
                let at = offset + (line.len() - trimmed.len());
                return Location::span(path, &text, at..at + start.len());
            }
            offset += line.len();
        }
        Location::file(path)
    }

    /// The configuration, or an error when `koop.toml` did not load.
    pub fn config(&self) -> Result<&Config> {
        self.config.as_ref().ok_or_else(|| {
            Error::repo(crate::tr!("store-config-unreadable", file = CONFIG_FILE))
                .hint(crate::tr!("store-config-unreadable-hint"))
        })
    }

    /// Cases with this number (more than one after a clash in a merge).
    pub fn cases_numbered(&self, id: &str) -> Vec<&CaseRec> {
        self.cases.iter().filter(|c| c.id() == id).collect()
    }

    /// IDs of all institutions, for suggestions.
    pub fn institution_ids(&self) -> impl Iterator<Item = &str> {
        self.institutions.iter().map(|r| r.id.as_str())
    }

    /// IDs of all people, for suggestions.
    pub fn person_ids(&self) -> impl Iterator<Item = &str> {
        self.people.iter().map(|r| r.id.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn find_root_walks_up_to_koop_toml() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("repo");
        let deep = root.join("institutions/gops/people");
        std::fs::create_dir_all(&deep).unwrap();
        assert_eq!(find_root(&deep), None);
        std::fs::write(root.join(CONFIG_FILE), "").unwrap();
        let found = find_root(&deep).unwrap();
        assert_eq!(found, root.canonicalize().unwrap());
        assert_eq!(find_root(&root).unwrap(), found);
        assert!(require_root(dir.path()).is_err());
    }

    #[test]
    fn a_folder_named_koop_toml_is_not_a_root() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join(CONFIG_FILE)).unwrap();
        assert_eq!(find_root(dir.path()), None);
    }
}
