//! The commands: each group in its own module, each command one function taking the context
//! and its parsed arguments. Only this layer prints.

pub mod agenda;
pub mod case;
pub mod casefind;
pub mod caseutil;
pub mod check;
pub mod compact;
pub mod completions;
pub mod diff;
pub mod doc;
pub mod edit;
pub mod export;
pub mod git;
pub mod guided;
pub mod import;
pub mod init;
pub mod institution;
pub mod keys;
pub mod meeting;
pub mod migrate;
pub mod model;
pub mod monitor;
pub mod monthly;
pub mod output;
pub mod person;
pub mod plan;
pub mod region;
pub mod remove;
pub mod report;
pub mod retention;
pub mod service;
pub mod share;
pub mod sync;
pub mod team;
pub mod undo;

use std::path::PathBuf;

use crate::error::{Error, Result};
use crate::model::{Institution, Person, id};
use crate::rules;
use crate::store::{self, Lock, Store, tx::Tx};
use crate::text::closest;
use crate::ui::Ui;

/// What every command gets: where it runs and the terminal.
pub struct Ctx<'a> {
    /// The folder koop runs in (after `-C`).
    pub cwd: PathBuf,
    /// Output.
    pub ui: &'a mut Ui,
    /// `--strict`: a record that does not load is an error, not a warning.
    pub strict: bool,
    /// `--dry-run`: show the change as a diff and write nothing.
    pub dry_run: bool,
    /// `--reveal-diff`: a dry run's diff shows the decrypted text of personal files.
    pub reveal_diff: bool,
    /// Set by `koop edit`: writes go on during an unfinished merge and with conflicts left,
    /// since editing is how they are resolved.
    pub resolving: bool,
}

impl Ctx<'_> {
    /// Loads the repository for reading, warning about records that did not load.
    pub fn load(&mut self) -> Result<Store> {
        let root = store::require_root(&self.cwd)?;
        self.load_at(&root)
    }

    /// Loads what a command about one case needs (`load::load_case`): the case's folder and
    /// the records it refers to, not the other cases — so showing or printing one case takes
    /// the same time in a gmina and in a region. When the case is not found so (a mistyped
    /// number, a case renumbered since its folder was made), everything is loaded, and the
    /// caller's search says what there is.
    pub fn load_case(&mut self, key: &str) -> Result<Store> {
        let root = store::require_root(&self.cwd)?;
        if store::oplog::pending(&root) {
            return self.load_at(&root);
        }
        match self.load_one_case(&root, key)? {
            Some(scoped) => {
                self.loaded(&scoped, false);
                Ok(scoped)
            }
            None => self.load_at(&root),
        }
    }

    /// Loads the records shared by all cases and the case folders given (`load::load_shared`),
    /// for a command that needs no other case: a meeting, a team, the address book, a document
    /// of those. With `--strict`, a file of those that did not load refuses.
    pub fn load_shared(&mut self, folders: &std::collections::BTreeSet<String>) -> Result<Store> {
        self.load_part(|root| store::load::load_shared(root, folders))
    }

    /// Loads every record but the monitoring of other months than `month`
    /// (`load::load_month`): what the coordinator's view of a month reads. With `--strict`,
    /// a file of those that did not load refuses (a broken file of another month does not).
    pub fn load_month(&mut self, month: crate::model::Month) -> Result<Store> {
        self.load_part(|root| store::load::load_month(root, month))
    }

    /// Loads every record but the monitoring (`load::load_for_figures`): what the figures of
    /// the repository read.
    pub fn load_for_figures(&mut self) -> Result<Store> {
        self.load_part(store::load::load_for_figures)
    }

    /// Loads part of the repository with `part`; everything instead where a koop was killed
    /// while writing (its change is finished first).
    fn load_part(&mut self, part: impl FnOnce(&std::path::Path) -> Result<Store>) -> Result<Store> {
        let root = store::require_root(&self.cwd)?;
        if store::oplog::pending(&root) {
            return self.load_at(&root);
        }
        let store = part(&root)?;
        Self::refuse_outdated(&store)?;
        self.refuse_incomplete(&store)?;
        self.loaded(&store, false);
        Ok(store)
    }

    /// The store of one case (`load::load_case`, its `scope` set), or `None` when the case is
    /// not found so, or when `--strict` would refuse: then the caller reads everything, and the
    /// full load words the error.
    fn load_one_case(&mut self, root: &std::path::Path, key: &str) -> Result<Option<Store>> {
        let key = key.trim_end_matches('/');
        let key = key.strip_prefix("cases/").unwrap_or(key);
        let mut scoped = store::load::load_case(root, key)?;
        let found: Vec<&str> = scoped
            .cases
            .iter()
            .filter(|c| c.dir == key || c.id() == key)
            .map(|c| c.dir.as_str())
            .collect();
        let elsewhere = scoped.cases.iter().any(|c| c.dir != key && c.id() != key);
        let [dir] = found.as_slice() else {
            return Ok(None);
        };
        if elsewhere || (scoped.incomplete() && self.strict) {
            return Ok(None);
        }
        scoped.scope = Some(dir.to_string());
        Self::refuse_outdated(&scoped)?;
        Ok(Some(scoped))
    }

    /// Loads the repository at `root`, skipping (or, with --strict, refusing) unreadable files.
    fn load_at(&mut self, root: &std::path::Path) -> Result<Store> {
        self.load_with(root, false, false)
    }

    /// Loads every record but leaves the cases' personal data encrypted, for a read that needs
    /// none of it (`koop retention`): nothing is decrypted, and no one is told that what they
    /// cannot decrypt was not read.
    pub fn load_without_personal(&mut self) -> Result<Store> {
        let root = store::require_root(&self.cwd)?;
        self.load_with(&root, true, false)
    }

    /// Like `load_at`; with `defer`, cases' personal data stays encrypted until a write says
    /// which cases it touches (`load::load_deferred`); `for_write` as in `loaded`.
    fn load_with(&mut self, root: &std::path::Path, defer: bool, for_write: bool) -> Result<Store> {
        if store::oplog::pending(root) {
            // A koop was killed while writing: finish its change before reading anything.
            drop(self.lock(root)?);
        }
        let store = if defer {
            store::load::load_deferred(root)?
        } else {
            store::load(root)?
        };
        Self::refuse_outdated(&store)?;
        self.refuse_incomplete(&store)?;
        self.loaded(&store, for_write);
        Ok(store)
    }

    /// With `--strict`, refuses a store some of whose records did not load: the files and
    /// folders it read but could not load (of the part it read).
    fn refuse_incomplete(&self, store: &Store) -> Result<()> {
        if !store.incomplete() || !self.strict {
            return Ok(());
        }
        let mut said = Vec::new();
        if !store.skipped.is_empty() {
            said.push(crate::tr!(
                "commands-strict-skipped",
                n = store.skipped.len(),
                files = store.skipped.join(", ")
            ));
        }
        if !store.unreadable.is_empty() {
            said.push(crate::tr!(
                "commands-strict-unreadable",
                n = store.unreadable.len(),
                folders = store.unreadable.join(", ")
            ));
        }
        Err(Error::user(said.join("; ")).hint(crate::tr!("commands-strict-skipped-hint")))
    }

    /// What a loaded store tells the user before the command's own output: files that did
    /// not decrypt or load, conflicts left, an unfinished merge. `for_write`: conflicts
    /// refuse the write instead (`refuse_conflicts`), so they are not announced.
    fn loaded(&mut self, store: &Store, for_write: bool) {
        locked_note(self.ui, store);
        let conflicts = store
            .problems
            .iter()
            .filter(|d| d.code == crate::rules::codes::MERGE_CONFLICT)
            .count();
        if conflicts > 0 && !for_write {
            self.ui
                .warn(&crate::tr!("commands-merge-conflicts-left", n = conflicts));
        } else if !for_write && let Some(state) = store::git::unfinished(&store.root) {
            self.ui.note(&if state.operation == "merge" {
                crate::tr!("commands-unfinished-merge-note")
            } else {
                crate::tr!("commands-unfinished-note", operation = state.operation)
            });
        }
        if !store.skipped.is_empty() {
            self.ui.warn(&crate::tr!(
                "commands-skipped",
                n = store.skipped.len(),
                files = store.skipped.join(", ")
            ));
        }
        if !store.unreadable.is_empty() {
            self.ui.warn(&crate::tr!(
                "commands-unreadable-folders",
                n = store.unreadable.len(),
                folders = store.unreadable.join(", ")
            ));
        }
    }

    /// Loads the repository to ask about a change before writing it (the guided start): the
    /// cases' personal data stays encrypted, and what would refuse the write (an unreadable or
    /// newer koop.toml, an unfinished merge, conflicts) refuses at once, before any question.
    pub fn load_to_ask(&mut self) -> Result<Store> {
        let root = store::require_root(&self.cwd)?;
        let store = self.load_with(&root, true, true)?;
        store.config()?;
        if !self.resolving {
            Self::refuse_conflicts(&store)?;
        }
        Ok(store)
    }

    /// Takes the repository's write lock, loads it, and opens a transaction on it.
    pub fn load_for_write(&mut self) -> Result<(Tx, Store)> {
        let root = store::require_root(&self.cwd)?;
        let lock = self.lock(&root)?;
        let store = self.load_with(&root, true, true)?;
        // Writing into a repository whose koop.toml is unreadable or newer could damage it.
        store.config()?;
        if !self.resolving {
            Self::refuse_conflicts(&store)?;
        }
        Ok((Tx::begin(lock, &store), store))
    }

    /// Like `load_for_write`, for `koop migrate`: records of an earlier format are what it
    /// fixes, so they are neither refused nor reported.
    pub fn load_for_migrate(&mut self) -> Result<(Tx, Store)> {
        let root = store::require_root(&self.cwd)?;
        let lock = self.lock(&root)?;
        let store = store::load::load_deferred(&root)?;
        store.config()?;
        Ok((Tx::begin(lock, &store), store))
    }

    /// Like `load_for_write`, for a write about one case (by number or folder): its personal
    /// data is decrypted, the other cases' stays encrypted.
    pub fn load_for_write_case(&mut self, key: &str) -> Result<(Tx, Store)> {
        let root = store::require_root(&self.cwd)?;
        // Only that case's folder and the shared records are read, its personal data
        // decrypted; the change is checked on them when it stays inside the case
        // (`load::confined`), on the whole repository otherwise (`findings_of`).
        let lock = self.lock(&root)?;
        if let Some(store) = self.load_one_case(&root, key)? {
            self.loaded(&store, true);
            store.config()?;
            if !self.resolving {
                Self::refuse_conflicts(&store)?;
            }
            return Ok((Tx::begin(lock, &store), store));
        }
        drop(lock);
        let (tx, store) = self.load_for_write()?;
        Ok((tx, self.undefer_case(store, key)))
    }

    /// A store loaded for a write (`load_for_write`) with the personal data of the case `key`
    /// names (number or folder) decrypted.
    pub fn undefer_case(&self, store: Store, key: &str) -> Store {
        let key = key.trim_end_matches('/');
        let key = key.strip_prefix("cases/").unwrap_or(key);
        let dirs: std::collections::BTreeSet<String> = store
            .cases
            .iter()
            .filter(|c| c.dir == key || c.id() == key)
            .map(|c| c.dir.clone())
            .collect();
        if dirs.is_empty() {
            return store;
        }
        store::load::undefer(&store, &dirs)
    }

    /// Refuses a repository in a record format before the one this koop reads: `koop migrate`
    /// brings it to this one.
    pub fn refuse_outdated(store: &Store) -> Result<()> {
        match store
            .config
            .as_ref()
            .map(|c| c.koop.format)
            .filter(|f| *f < crate::model::config::FORMAT)
        {
            Some(found) => Err(Error::user(crate::tr!(
                "commands-outdated",
                found = found,
                format = crate::model::config::FORMAT
            ))
            .hint(crate::tr!("commands-outdated-hint"))),
            None => Ok(()),
        }
    }

    /// Refuses a write while git has not finished a merge (or rebase) or a record still holds a
    /// merge conflict: a change then would build on records that are neither side's.
    pub fn refuse_conflicts(store: &Store) -> Result<()> {
        if let Some(state) = store::git::unfinished(&store.root) {
            let message = if state.unmerged.is_empty() {
                crate::tr!("commands-unfinished", operation = state.operation)
            } else {
                crate::tr!(
                    "commands-unfinished-files",
                    operation = state.operation,
                    n = state.unmerged.len(),
                    files = state.unmerged.join(", ")
                )
            };
            return Err(Error::user(message).hint(match state.operation {
                "rebase" => crate::tr!("commands-unfinished-rebase-hint"),
                _ => crate::tr!("commands-unfinished-merge-hint"),
            }));
        }
        let conflicted: std::collections::BTreeSet<&str> = store
            .problems
            .iter()
            .filter(|d| d.code == crate::rules::codes::MERGE_CONFLICT)
            .map(|d| d.location.file.as_str())
            .collect();
        if !conflicted.is_empty() {
            let list: Vec<&str> = conflicted.into_iter().collect();
            return Err(
                Error::user(crate::tr!("commands-conflicts", files = list.join(", ")))
                    .hint(crate::tr!("commands-conflicts-hint")),
            );
        }
        Ok(())
    }

    /// Takes the repository's write lock, saying so when another koop holds it, and finishes
    /// a change a killed koop left half done.
    pub fn lock(&mut self, root: &std::path::Path) -> Result<Lock> {
        let ui = &mut *self.ui;
        let lock = Lock::acquire_with(root, || {
            ui.note(&crate::tr!(
                "commands-lock-waiting",
                file = store::LOCK_FILE,
                seconds = store::write::lock_timeout().as_secs()
            ));
        })?;
        if let Some(op) = store::oplog::recover(root)? {
            self.ui
                .note(&crate::tr!("commands-lock-recovered", op = op));
        }
        Ok(lock)
    }

    /// Finishes a transaction: runs the rules on the repository before and after the change,
    /// refuses a change that brings a new error (printing the findings as `koop check` does),
    /// prints new warnings, and writes every file through the operation log. With `--dry-run`
    /// it prints the diff instead and stops the command there.
    pub fn commit(&mut self, tx: Tx, before: &Store, description: &str) -> Result<()> {
        let Review {
            prepared,
            errors,
            warnings,
        } = review(&tx, before)?;
        if prepared.files.is_empty() {
            if self.dry_run {
                self.ui.note(&crate::tr!("commands-nothing-would-change"));
                return Err(Error::done(0));
            }
            // The command's own "done" line would claim a change that did not happen.
            self.ui.note(&crate::tr!("commands-nothing-to-change"));
            return Err(Error::done(0));
        }
        if self.dry_run {
            self.ui.print(&diff::unified(&prepared, self.reveal_diff));
        }
        if !errors.is_empty() {
            return Err(refusal(errors, tx.removes()));
        }
        let color = self.ui.color_err();
        for d in &warnings {
            self.ui.note(&d.render(color));
        }
        if self.dry_run {
            return Err(Error::done(0));
        }
        let command = command_line();
        store::oplog::commit(tx.root(), &command, description, None, &prepared.files)?;
        Ok(())
    }
}

/// One command's change staged in a transaction: how the operation log describes it, and what
/// the command prints once it is written. A command stages its step and commits it; the guided
/// start stages several commands' steps in one transaction and commits them together.
pub struct Step {
    /// The operation's description (`koop log`).
    pub description: String,
    out: Vec<Printed>,
}

/// What a step prints after its change is written.
enum Printed {
    /// A line on standard output (the command's result).
    Line(String),
    /// A line on standard output known once the files are written.
    Later(Box<dyn FnOnce() -> String>),
    /// A note on standard error.
    Note(String),
}

impl Step {
    /// A step described as `description`, printing nothing yet.
    pub fn new(description: String) -> Step {
        Step {
            description,
            out: Vec::new(),
        }
    }

    /// Prints `text` on standard output once written.
    pub fn line(mut self, text: impl Into<String>) -> Step {
        self.out.push(Printed::Line(text.into()));
        self
    }

    /// Prints the line `text` makes, once written.
    pub fn line_later(mut self, text: impl FnOnce() -> String + 'static) -> Step {
        self.out.push(Printed::Later(Box::new(text)));
        self
    }

    /// Prints `text` as a note on standard error once written.
    pub fn note(mut self, text: impl Into<String>) -> Step {
        self.out.push(Printed::Note(text.into()));
        self
    }

    /// Several steps as one: their descriptions joined, their output one after the other.
    pub fn join(steps: Vec<Step>) -> Step {
        let description = steps
            .iter()
            .map(|s| s.description.as_str())
            .collect::<Vec<_>>()
            .join("; ");
        Step {
            description,
            out: steps.into_iter().flat_map(|s| s.out).collect(),
        }
    }

    /// Commits `tx` (see `Ctx::commit`) as this step, then prints what it says.
    pub fn commit(self, ctx: &mut Ctx, tx: Tx, before: &Store) -> Result<i32> {
        ctx.commit(tx, before, &self.description)?;
        for printed in self.out {
            match printed {
                Printed::Line(text) => ctx.ui.line(&text),
                Printed::Later(text) => ctx.ui.line(&text()),
                Printed::Note(text) => ctx.ui.note(&text),
            }
        }
        Ok(0)
    }
}

/// A transaction's prepared files and the findings they bring.
pub struct Review {
    /// The files as they would be written.
    pub prepared: store::tx::Prepared,
    /// New errors (the change is refused).
    pub errors: Vec<crate::diag::Diagnostic>,
    /// New warnings (printed; the change goes through).
    pub warnings: Vec<crate::diag::Diagnostic>,
}

/// Prepares a transaction and runs the rules on the repository before and after it.
pub fn review(tx: &Tx, before: &Store) -> Result<Review> {
    let prepared = tx.prepare()?;
    if !tx.check || prepared.files.is_empty() {
        return Ok(Review {
            prepared,
            errors: Vec::new(),
            warnings: Vec::new(),
        });
    }
    let (errors, warnings) = findings_of(before, &prepared.overlay, &prepared.sealed, &tx.allow)?;
    Ok(Review {
        prepared,
        errors,
        warnings,
    })
}

/// The findings a change brings: the rules run on the repository before and after it (the
/// changed files given as `overlay`, see `load::reload`). Returns the new errors (which
/// refuse it) and the new warnings; duplicates count as errors, work still to do and codes
/// in `allow` as warnings.
pub fn findings_of(
    before: &Store,
    overlay: &std::collections::BTreeMap<String, Option<Vec<u8>>>,
    sealed: &std::collections::BTreeSet<String>,
    allow: &[&str],
) -> Result<(Vec<crate::diag::Diagnostic>, Vec<crate::diag::Diagnostic>)> {
    // The cases the change touches are read whole on both sides, so that what depends on
    // their personal data is compared like with like.
    let dirs: std::collections::BTreeSet<String> = overlay
        .keys()
        .filter_map(|k| k.strip_prefix("cases/")?.split('/').next())
        .map(str::to_string)
        .collect();
    let whole;
    // The store after the change, when the one-case check already made it.
    let mut made = None;
    let before = match &before.scope {
        Some(_) => {
            let after = store::load::reload(before, overlay, sealed);
            let changed = overlay.keys().map(String::as_str).collect();
            if store::load::confined(before, &after, &changed) {
                made = Some(after);
                before
            } else {
                // A store of one case cannot tell what this change does to the rest: read
                // it all.
                whole = store::load::load_deferred(&before.root)?;
                &whole
            }
        }
        None => before,
    };
    let undeferred;
    let before = if before
        .deferred
        .iter()
        .any(|rel| rel.split('/').nth(1).is_some_and(|d| dirs.contains(d)))
    {
        undeferred = store::load::undefer(before, &dirs);
        // Read again with the personal data: what was made before does not hold it.
        made = None;
        &undeferred
    } else {
        before
    };
    let after = match made {
        Some(after) => after,
        None => store::load::reload(before, overlay, sealed),
    };
    let allowed = allowed_codes(before);
    let keep = |d: &crate::diag::Diagnostic| !allowed.contains(&d.code);
    // The two passes are independent: one on each core.
    let (old, new) = rayon::join(|| rules::check(before), || rules::check(&after));
    let old: Vec<_> = old.into_iter().filter(keep).collect();
    let new: Vec<_> = new.into_iter().filter(keep).collect();
    let (mut errors, mut warnings) = store::tx::new_findings(&old, &new);
    // A new duplicate is refused like an error, unless the user insists.
    let (refused, kept): (Vec<_>, Vec<_>) = warnings
        .into_iter()
        .partition(|d| rules::REFUSED_WARNINGS.contains(&d.code));
    warnings = kept;
    errors.extend(refused);
    let (accepted, errors): (Vec<_>, Vec<_>) = errors
        .into_iter()
        .partition(|d| allow.contains(&d.code) || d.to_do);
    // A to-do finding or an accepted one does not stop the change; it is shown as a warning.
    warnings.extend(accepted.into_iter().map(|mut d| {
        d.severity = crate::diag::Severity::Warning;
        d
    }));
    Ok((errors, warnings))
}

/// The error that refuses a change, with the findings that explain it.
pub fn refusal(errors: Vec<crate::diag::Diagnostic>, removing: bool) -> Error {
    let duplicate = errors
        .iter()
        .any(|d| d.code == rules::codes::EXACT_DUPLICATE);
    let dangling = removing && errors.iter().any(|d| d.code == rules::codes::UNKNOWN_REF);
    let hint = if duplicate {
        crate::tr!("commands-refusal-duplicate-hint")
    } else if dangling {
        crate::tr!("commands-refusal-dangling-hint")
    } else {
        crate::tr!("commands-refusal-hint")
    };
    // What `koop check` would advise about a record already written does not fit a change
    // that was not made: a duplicate is refused (not there to remove), and a reference to
    // what a removal takes away is no typo.
    let errors: Vec<_> = errors
        .into_iter()
        .map(|mut d| {
            if d.code == rules::codes::EXACT_DUPLICATE {
                d.severity = crate::diag::Severity::Error;
                d.help = None;
            }
            if dangling && d.code == rules::codes::UNKNOWN_REF {
                d.help = None;
            }
            d
        })
        .collect();
    let n = errors.len();
    Error::user(crate::tr!("commands-refusal", n = n))
        .with_findings(errors)
        .hint(hint)
}

/// Codes silenced in koop.toml (`[check] allow`), which a write does not hold against a change.
fn allowed_codes(store: &Store) -> Vec<&'static str> {
    store
        .config
        .iter()
        .flat_map(|c| &c.check.allow)
        .filter_map(|code| rules::rule(code).map(|r| r.code))
        .collect()
}

/// The command as the operation log keeps it: the subcommand and the names of the options
/// given, never their values or other arguments (they may be a family member's name).
pub fn command_line() -> String {
    use clap::CommandFactory;
    let mut cmd = crate::cli::Cli::command();
    let mut words = vec!["koop".to_string()];
    let mut path_done = false;
    // The value of an option such as `-C DIR` or `--color always` is not a subcommand.
    let mut value_next = false;
    for arg in std::env::args_os().skip(1) {
        let arg = arg.to_string_lossy().into_owned();
        if std::mem::take(&mut value_next) {
            continue;
        }
        let takes_value = |cmd: &clap::Command, long: Option<&str>, short: Option<char>| {
            cmd.get_arguments().any(|a| {
                (long.is_some() && a.get_long() == long
                    || short.is_some() && a.get_short() == short)
                    && a.get_action().takes_values()
            })
        };
        if let Some(flag) = arg.strip_prefix("--") {
            let name = flag.split('=').next().unwrap_or(flag);
            if !name.is_empty() {
                words.push(format!("--{name}"));
                value_next = !flag.contains('=') && takes_value(&cmd, Some(name), None);
            }
            continue;
        }
        if let Some(short) = arg.strip_prefix('-') {
            let mut chars = short.chars();
            if let (Some(c), None) = (chars.next(), chars.next()) {
                value_next = takes_value(&cmd, None, Some(c));
            }
            continue;
        }
        if path_done {
            continue;
        }
        match cmd.find_subcommand(&arg).cloned() {
            Some(sub) => {
                words.push(arg);
                cmd = sub;
            }
            None => path_done = true,
        }
    }
    words.join(" ")
}

/// The refusal to use a record whose file does not load, with that file's findings.
pub fn broken(store: &Store, rel: &str) -> Error {
    let findings = store
        .problems
        .iter()
        .filter(|d| d.location.file == rel)
        .cloned()
        .collect();
    store::tx::broken_error(rel, findings)
}

/// Says which encrypted files this user could not decrypt, and so what was left out.
pub fn locked_note(ui: &mut Ui, store: &Store) {
    let Some((_, reason)) = store.locked.first() else {
        return;
    };
    let n = store.locked.len();
    ui.note(&crate::tr!("commands-locked", n = n, reason = reason));
}

/// Checks an ID given on the command line (`--id`, or a positional ID).
pub fn user_id(what: &str, value: &str) -> Result<String> {
    id::validate(value).map_err(|err| {
        let suggestion = id::slugify(value);
        let mut e = Error::user(crate::tr!(
            "commands-bad-id",
            kind = token(what),
            what = what,
            value = value,
            reason = err.to_string()
        ));
        if !suggestion.is_empty() && suggestion != value {
            e = e.hint(crate::tr!("commands-try", suggestion = suggestion));
        }
        e
    })?;
    Ok(value.to_string())
}

/// The ID for a new record: `--id` when given, else the slug of its name.
pub fn new_id(what: &str, given: Option<&str>, name: &str) -> Result<String> {
    match given {
        Some(id) => user_id(what, id),
        None => {
            let slug = id::slugify(name);
            if slug.is_empty() {
                return Err(
                    Error::user(crate::tr!("commands-no-id-from-name", name = name))
                        .hint(crate::tr!("commands-no-id-from-name-hint")),
                );
            }
            Ok(slug)
        }
    }
}

/// An error for a reference to a record that does not exist, with the closest match.
pub fn unknown<'a>(
    kind: &str,
    id: &str,
    known: impl IntoIterator<Item = &'a str>,
    list_cmd: &str,
) -> Error {
    let err = Error::user(crate::tr!(
        "commands-unknown",
        kind = token(kind),
        what = kind,
        id = id
    ));
    match closest(id, known) {
        Some(best) => err.hint(crate::tr!("commands-did-you-mean", best = best)),
        None => err.hint(crate::tr!("commands-lists-them", command = list_cmd)),
    }
}

/// The kind of record a message is about as a word the catalogues select on (`person`,
/// `member-institution`): the Polish messages inflect each kind they know.
fn token(kind: &str) -> String {
    kind.trim_start_matches('-')
        .replace(", ", "-")
        .replace(' ', "-")
}

/// The person with this ID, or an error suggesting the closest one.
pub fn require_person<'a>(store: &'a Store, id: &str) -> Result<&'a store::Rec<Person>> {
    store
        .person(id)
        .ok_or_else(|| unknown("person", id, store.person_ids(), "koop person list"))
}

/// The institution with this ID, or an error suggesting the closest one.
pub fn require_institution<'a>(store: &'a Store, id: &str) -> Result<&'a store::Rec<Institution>> {
    store.institution(id).ok_or_else(|| {
        unknown(
            "institution",
            id,
            store.institution_ids(),
            "koop institution list",
        )
    })
}

/// Refuses empty or whitespace-only text for a required field.
pub fn required_text(flag: &str, value: &str) -> Result<String> {
    let trimmed = value.trim();
    if trimmed.is_empty() {
        return Err(Error::user(crate::tr!("commands-empty", flag = flag)));
    }
    if trimmed.chars().any(|c| c.is_control() && c != '\t') {
        return Err(Error::user(crate::tr!(
            "commands-control-characters",
            flag = flag
        )));
    }
    // One spelling of "ń" however it was typed (n + combining accent or one character).
    Ok(crate::text::nfc(trimmed))
}

/// Like `required_text` for an optional field.
pub fn optional_text(flag: &str, value: Option<String>) -> Result<Option<String>> {
    value.map(|v| required_text(flag, &v)).transpose()
}

/// Prose given inline or, with `--…-file PATH`, read from a file (`-`: standard input).
/// Text from a file may span lines (UTF-8; a BOM and CRLF line ends are dropped); either way
/// it is trimmed and stored in Unicode NFC.
pub fn prose(
    flag: &str,
    inline: Option<String>,
    file: Option<std::path::PathBuf>,
) -> Result<Option<String>> {
    let Some(path) = file else {
        return optional_text(flag, inline);
    };
    let bytes = if path.as_os_str() == "-" {
        let mut buf = Vec::new();
        std::io::Read::read_to_end(&mut std::io::stdin(), &mut buf).map_err(|e| {
            Error::user(crate::tr!("commands-prose-stdin", flag = flag)).caused_by(e.to_string())
        })?;
        buf
    } else {
        std::fs::read(&path).map_err(|e| Error::io("read", &path, &e))?
    };
    let decoded = crate::text::decode(bytes).map_err(|bad| {
        Error::user(crate::tr!(
            "commands-prose-not-utf8",
            flag = flag,
            path = path.display(),
            line = bad.line,
            column = bad.column
        ))
        .hint(crate::tr!("commands-prose-not-utf8-hint"))
    })?;
    let text = decoded.text.replace("\r\n", "\n");
    let text = text.trim();
    if text.is_empty() {
        return Err(Error::user(crate::tr!(
            "commands-prose-empty",
            flag = flag,
            path = path.display()
        )));
    }
    if text
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t')
    {
        return Err(Error::user(crate::tr!(
            "commands-prose-control",
            flag = flag,
            path = path.display()
        )));
    }
    Ok(Some(crate::text::nfc(text)))
}

/// Like `prose` for a text that must be given.
pub fn required_prose(
    flag: &str,
    inline: Option<String>,
    file: Option<std::path::PathBuf>,
) -> Result<String> {
    prose(flag, inline, file)?.ok_or_else(|| Error::user(crate::tr!("commands-empty", flag = flag)))
}

/// Serialises a new record to TOML.
pub fn to_toml<T: serde::Serialize>(record: &T) -> Result<String> {
    toml::to_string(record)
        .map_err(|e| Error::user(crate::tr!("commands-toml")).caused_by(e.to_string()))
}
