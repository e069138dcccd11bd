//! The commands: each group in its own module, each command one function taking the context
//! and its parsed arguments. Only this layer prints.

pub mod agenda;
pub mod case;
pub mod caseutil;
pub mod check;
pub mod doc;
pub mod export;
pub mod init;
pub mod institution;
pub mod keys;
pub mod meeting;
pub mod model;
pub mod monitor;
pub mod output;
pub mod person;
pub mod plan;
pub mod report;
pub mod service;
pub mod team;

use std::path::PathBuf;

use crate::error::{Error, Result};
use crate::model::{Institution, Person, id};
use crate::store::{self, Lock, Store};
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
}

impl Ctx<'_> {
    /// Loads the repository for reading, warning about records that did not load.
    pub fn load(&mut self) -> Result<Store> {
        let root = store::require_root(&self.cwd)?;
        self.load_at(&root)
    }

    /// Loads the repository at `root`, skipping (or, with --strict, refusing) unreadable files.
    fn load_at(&mut self, root: &std::path::Path) -> Result<Store> {
        let store = store::load(root)?;
        if !store.skipped.is_empty() && self.strict {
            return Err(Error::user(format!(
                "{} record file(s) could not be read: {}",
                store.skipped.len(),
                store.skipped.join(", ")
            ))
            .hint("run `koop check` to see what is wrong, or drop --strict to skip them"));
        }
        locked_note(self.ui, &store);
        if !store.skipped.is_empty() {
            let n = store.skipped.len();
            self.ui.warn(&format!(
                "{n} record file{} could not be read and {} skipped: {}; run `koop check` for details",
                if n == 1 { "" } else { "s" },
                if n == 1 { "is" } else { "are" },
                store.skipped.join(", ")
            ));
        }
        Ok(store)
    }

    /// Takes the repository's write lock, then loads it.
    pub fn load_for_write(&mut self) -> Result<(Lock, Store)> {
        let root = store::require_root(&self.cwd)?;
        let lock = Lock::acquire(&root)?;
        let store = self.load_at(&root)?;
        // Writing into a repository whose koop.toml is unreadable or newer could damage it.
        store.config()?;
        Ok((lock, store))
    }
}

/// Says which encrypted files this user could not decrypt, and so what was left out.
pub fn locked_note(ui: &mut Ui, store: &Store) {
    let Some((_, reason)) = store.locked.first() else {
        return;
    };
    let n = store.locked.len();
    ui.note(&format!(
        "note: {n} encrypted file{} of personal data could not be decrypted ({reason}); what depends on {} was not verified or shown",
        if n == 1 { "" } else { "s" },
        if n == 1 { "it" } else { "them" }
    ));
}

/// Checks an ID given on the command line (`--id`, or a positional ID).
pub fn user_id(what: &str, value: &str) -> Result<String> {
    id::validate(value).map_err(|err| {
        let suggestion = id::slugify(value);
        let mut e = Error::user(format!("`{value}` is not a valid {what} ID: {err}"));
        if !suggestion.is_empty() && suggestion != value {
            e = e.hint(format!("try `{suggestion}`"));
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
                    Error::user(format!("cannot make an ID from the name `{name}`"))
                        .hint("give one with --id"),
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
    let err = Error::user(format!("no {kind} with ID `{id}`"));
    match closest(id, known) {
        Some(best) => err.hint(format!("did you mean `{best}`?")),
        None => err.hint(format!("`{list_cmd}` lists them")),
    }
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
        return Err(Error::user(format!("{flag} cannot be empty")));
    }
    if trimmed.chars().any(|c| c.is_control() && c != '\t') {
        return Err(Error::user(format!(
            "{flag} cannot contain control characters or line breaks"
        )));
    }
    Ok(trimmed.to_string())
}

/// Like `required_text` for an optional field.
pub fn optional_text(flag: &str, value: Option<String>) -> Result<Option<String>> {
    value.map(|v| required_text(flag, &v)).transpose()
}

/// Serialises a new record to TOML.
pub fn to_toml<T: serde::Serialize>(record: &T) -> Result<String> {
    toml::to_string(record)
        .map_err(|e| Error::user("cannot write the record as TOML").caused_by(e.to_string()))
}
