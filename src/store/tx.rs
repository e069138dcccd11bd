//! Transactions: the one way koop changes records.
//!
//! A write command opens a `Tx` (which holds the repository's lock), stages every file it
//! changes in memory — records edited with toml_edit so the user's comments and formatting
//! stay, personal files decrypted — and hands the transaction to `Ctx::commit`, which loads
//! the repository as it would be after the change (`load::reload`), runs the rules of
//! `koop check` on both states, refuses a change that brings a new error, and otherwise
//! writes every file through the operation log (`oplog`), all or nothing.
//!
//! A transaction never touches a record that did not load: staging a change to a file that
//! has a syntax or schema error fails with that file's findings.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use toml_edit::DocumentMut;

use super::oplog::FileChange;
use super::{Lock, Store, crypt, edit::edit_bytes};
use crate::diag::Diagnostic;
use crate::error::{Error, Result};

/// What a transaction will do to one file.
#[derive(Debug, Clone)]
enum Staged {
    /// New text of a record (encrypted on commit when it is personal data).
    Text(String),
    /// New bytes, written as they are.
    Bytes(Vec<u8>),
    /// The file goes.
    Removed,
}

/// A change in preparation; dropped without `commit`, it changes nothing.
pub struct Tx {
    root: PathBuf,
    _lock: Lock,
    staged: BTreeMap<String, Staged>,
    /// Files that did not load, with their findings: never changed by a command.
    broken: BTreeMap<String, Vec<Diagnostic>>,
    /// Whether the rules run on the result (off for re-encryption, which changes no record).
    pub check: bool,
    /// Codes whose new errors the user accepted (`--force`: dangling references).
    pub allow: Vec<&'static str>,
    /// Set by the remove commands: refusals then explain the records that refer to what goes.
    pub removal: bool,
    /// Set by `koop edit`: the named file may be broken, since editing is how it is fixed.
    pub(crate) may_fix: Option<String>,
    /// Set by `koop migrate`: records of an earlier format do not load, and migrating is how
    /// they are fixed.
    pub(crate) fix_all: bool,
}

/// A prepared change: the files as they will be written, and as the rules will read them.
#[derive(Debug, Default)]
pub struct Prepared {
    /// Each file's bytes before and after, as on disk.
    pub files: Vec<FileChange>,
    /// Each file's text before and after, decrypted, with whether it is encrypted on disk.
    pub texts: Vec<(String, Option<String>, Option<String>, bool)>,
    /// On-disk path → what the loader should read (decrypted text), or `None` when removed.
    pub overlay: BTreeMap<String, Option<Vec<u8>>>,
    /// Encrypted files of the overlay given as they are (still encrypted): moved, not edited.
    pub sealed: std::collections::BTreeSet<String>,
}

impl Tx {
    /// Opens a transaction on a loaded repository whose lock is held.
    pub fn begin(lock: Lock, store: &Store) -> Tx {
        let mut broken: BTreeMap<String, Vec<Diagnostic>> = BTreeMap::new();
        for path in &store.skipped {
            broken.entry(path.clone()).or_default();
        }
        for d in &store.problems {
            if let Some(list) = broken.get_mut(&d.location.file) {
                list.push(d.clone());
            }
        }
        Tx {
            root: store.root.clone(),
            _lock: lock,
            staged: BTreeMap::new(),
            broken,
            check: true,
            allow: Vec::new(),
            removal: false,
            may_fix: None,
            fix_all: false,
        }
    }

    /// The repository root.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Whether the change removes something (a removal command, or a file removed).
    pub fn removes(&self) -> bool {
        self.removal || self.staged.values().any(|s| matches!(s, Staged::Removed))
    }

    /// Refuses to change a file that did not load, showing why it did not.
    pub fn refuse_broken(&self, rel: &str) -> Result<()> {
        if self.fix_all || self.may_fix.as_deref() == Some(rel) {
            return Ok(());
        }
        let sealed = format!("{rel}{}", crypt::SUFFIX);
        for path in [rel, sealed.as_str()] {
            if let Some(findings) = self.broken.get(path) {
                return Err(broken_error(path, findings.clone()));
            }
        }
        Ok(())
    }

    /// The current text of a record (staged, or from disk, decrypted), `None` when absent.
    pub fn current(&self, rel: &str) -> Result<Option<Vec<u8>>> {
        match self.staged.get(rel) {
            Some(Staged::Text(t)) => return Ok(Some(t.clone().into_bytes())),
            Some(Staged::Bytes(b)) => return Ok(Some(b.clone())),
            Some(Staged::Removed) => return Ok(None),
            None => {}
        }
        if is_personal(rel) {
            let sealed = format!("{rel}{}", crypt::SUFFIX);
            let (s, p) = (read(&self.root, &sealed)?, read(&self.root, rel)?);
            return match (s, p) {
                (Some(_), Some(_)) => Err(crypt::both(rel)),
                (Some(cipher), None) => crypt::decrypt(&cipher).map(Some).map_err(|why| {
                    Error::user(crate::tr!(
                        "tx-cannot-decrypt",
                        path = sealed.as_str(),
                        reason = why.reason()
                    ))
                    .hint(crate::tr!("tx-identity-hint"))
                }),
                (None, plain) => Ok(plain),
            };
        }
        read(&self.root, rel)
    }

    /// Whether a record exists (staged or on disk).
    pub fn exists(&self, rel: &str) -> Result<bool> {
        Ok(self.current(rel)?.is_some())
    }

    /// Stages a new record; refuses when one is already there.
    pub fn create(&mut self, rel: &str, text: &str) -> Result<()> {
        if self.exists(rel)? || self.broken.contains_key(rel) {
            return Err(Error::user(crate::tr!("write-exists", path = rel))
                .hint(crate::tr!("tx-exists-hint")));
        }
        self.staged
            .insert(rel.to_string(), Staged::Text(text.to_string()));
        Ok(())
    }

    /// Stages an edit of an existing record with toml_edit, keeping its comments and layout.
    pub fn edit<T>(
        &mut self,
        rel: &str,
        change: impl FnOnce(&mut DocumentMut) -> Result<T>,
    ) -> Result<T> {
        self.refuse_broken(rel)?;
        let Some(bytes) = self.current(rel)? else {
            return Err(Error::user(crate::tr!("tx-missing", path = rel)));
        };
        let (text, out) = edit_bytes(rel, bytes, change)?;
        self.staged.insert(rel.to_string(), Staged::Text(text));
        Ok(out)
    }

    /// Stages a change of a record stated in model terms: the record is read as its type,
    /// `change` changes the typed value, and the result is merged into the file so that only
    /// what differs changes (`merge`): comments, order and formatting stay.
    pub fn update<T: crate::model::Record, R>(
        &mut self,
        rel: &str,
        change: impl FnOnce(&mut T) -> Result<R>,
    ) -> Result<R> {
        self.edit(rel, |doc| typed(rel, doc, change))
    }

    /// Like `update`, starting from the empty record when the file does not exist yet.
    pub fn update_or_create<T: crate::model::Record, R>(
        &mut self,
        rel: &str,
        change: impl FnOnce(&mut T) -> Result<R>,
    ) -> Result<R> {
        self.edit_or_create(rel, |doc| typed(rel, doc, change))
    }

    /// Like `edit`, starting from an empty document when the record does not exist yet.
    pub fn edit_or_create<T>(
        &mut self,
        rel: &str,
        change: impl FnOnce(&mut DocumentMut) -> Result<T>,
    ) -> Result<T> {
        self.refuse_broken(rel)?;
        let bytes = self.current(rel)?.unwrap_or_default();
        let (text, out) = edit_bytes(rel, bytes, change)?;
        self.staged.insert(rel.to_string(), Staged::Text(text));
        Ok(out)
    }

    /// Stages a record's whole new text (from an editor).
    pub fn replace(&mut self, rel: &str, text: String) {
        self.staged.insert(rel.to_string(), Staged::Text(text));
    }

    /// Stages bytes that are not a record's text (a key file, an encrypted file as it is).
    pub fn write_bytes(&mut self, rel: &str, bytes: Vec<u8>) {
        self.staged.insert(rel.to_string(), Staged::Bytes(bytes));
    }

    /// Stages the removal of a record (both forms of a personal file).
    pub fn remove(&mut self, rel: &str) -> Result<()> {
        if !self.exists(rel)? && !self.broken.contains_key(rel) {
            return Err(Error::user(crate::tr!("tx-missing", path = rel)));
        }
        self.staged.insert(rel.to_string(), Staged::Removed);
        Ok(())
    }

    /// Stages the removal of every file under a folder of the repository.
    pub fn remove_tree(&mut self, dir: &str) -> Result<()> {
        for rel in self.files_under(dir)? {
            self.staged.insert(rel, Staged::Removed);
        }
        Ok(())
    }

    /// Stages moving every file under folder `from` to folder `to` (a case renumbered).
    pub fn move_tree(&mut self, from: &str, to: &str) -> Result<()> {
        let mut files = self.files_under(from)?;
        let prefix = format!("{from}/");
        files.extend(
            self.staged
                .keys()
                .filter(|k| k.starts_with(&prefix))
                .cloned(),
        );
        files.sort();
        files.dedup();
        for rel in files {
            let new = format!("{to}/{}", &rel[prefix.len()..]);
            let content = match self.staged.remove(&rel) {
                Some(Staged::Removed) => continue,
                Some(staged) => staged,
                None => Staged::Bytes(read(&self.root, &rel)?.unwrap_or_default()),
            };
            self.staged.insert(new, content);
            self.staged.insert(rel, Staged::Removed);
        }
        Ok(())
    }

    /// Every file on disk under a folder of the repository (relative paths).
    fn files_under(&self, dir: &str) -> Result<Vec<String>> {
        let mut out = Vec::new();
        for entry in walkdir::WalkDir::new(self.root.join(dir)).follow_links(false) {
            let entry = entry.map_err(|e| {
                Error::user(crate::tr!("io-read", path = dir)).caused_by(e.to_string())
            })?;
            if !entry.file_type().is_dir() {
                out.push(super::load::relative(&self.root, entry.path()));
            }
        }
        Ok(out)
    }

    /// Turns the staged records into the files to write: personal files encrypted to the
    /// recipients in `keys/` (and a plain copy they replace removed), unchanged files dropped.
    pub fn prepare(&self) -> Result<Prepared> {
        let mut out = Prepared::default();
        let recipients = if self
            .staged
            .iter()
            .any(|(k, v)| is_personal(k) && matches!(v, Staged::Text(_)))
        {
            crypt::recipients(&self.root)?
        } else {
            Vec::new()
        };
        for (rel, staged) in &self.staged {
            if is_personal(rel) {
                let sealed = format!("{rel}{}", crypt::SUFFIX);
                let sealed_now = read(&self.root, &sealed)?;
                let plain_now = read(&self.root, rel)?;
                let before_text = self.current_on_disk_text(rel)?;
                match staged {
                    Staged::Text(text) => {
                        if before_text.as_deref() == Some(text.as_str())
                            && (recipients.is_empty() || plain_now.is_none())
                        {
                            continue;
                        }
                        if recipients.is_empty() {
                            if sealed_now.is_some() {
                                return Err(Error::user(crate::tr!(
                                    "tx-no-recipients",
                                    path = sealed.as_str(),
                                    dir = crypt::KEYS_DIR
                                ))
                                .hint(crate::tr!("tx-no-recipients-hint")));
                            }
                            out.push(rel, plain_now, Some(text.clone().into_bytes()), text, false);
                        } else {
                            let cipher = crypt::encrypt(text.as_bytes(), &recipients)?;
                            out.push(&sealed, sealed_now, Some(cipher), text, true);
                            if let Some(last) = out.texts.last_mut() {
                                last.1.clone_from(&before_text);
                            }
                            if let Some(plain) = plain_now {
                                out.push_removed(rel, plain, false);
                            }
                        }
                    }
                    Staged::Removed => {
                        // A re-encryption stages the `.age` file itself and removes the plain one.
                        if let Some(cipher) =
                            sealed_now.filter(|_| !self.staged.contains_key(&sealed))
                        {
                            out.push_removed(&sealed, cipher, true);
                        }
                        if let Some(plain) = plain_now {
                            out.push_removed(rel, plain, false);
                        }
                    }
                    Staged::Bytes(bytes) => {
                        out.push_raw(rel, plain_now, bytes.clone());
                    }
                }
                continue;
            }
            let now = read(&self.root, rel)?;
            match staged {
                Staged::Text(text) => {
                    if now.as_deref() == Some(text.as_bytes()) {
                        continue;
                    }
                    let encrypted = rel.ends_with(crypt::SUFFIX);
                    out.push(rel, now, Some(text.clone().into_bytes()), text, encrypted);
                }
                Staged::Bytes(bytes) => {
                    if now.as_deref() == Some(bytes.as_slice()) {
                        continue;
                    }
                    out.push_raw(rel, now, bytes.clone());
                }
                Staged::Removed => {
                    if let Some(bytes) = now {
                        out.push_removed(rel, bytes, rel.ends_with(crypt::SUFFIX));
                    }
                }
            }
        }
        Ok(out)
    }

    /// The decrypted text of a personal file as it is on disk, for diffs and comparisons.
    fn current_on_disk_text(&self, rel: &str) -> Result<Option<String>> {
        let sealed = format!("{rel}{}", crypt::SUFFIX);
        if let Some(cipher) = read(&self.root, &sealed)? {
            return Ok(crypt::decrypt(&cipher)
                .ok()
                .map(|b| String::from_utf8_lossy(&b).into_owned()));
        }
        Ok(read(&self.root, rel)?.map(|b| String::from_utf8_lossy(&b).into_owned()))
    }
}

impl Prepared {
    fn push(
        &mut self,
        path: &str,
        before: Option<Vec<u8>>,
        after: Option<Vec<u8>>,
        text: &str,
        encrypted: bool,
    ) {
        let before_text = if encrypted {
            None
        } else {
            before
                .as_ref()
                .map(|b| String::from_utf8_lossy(b).into_owned())
        };
        self.overlay
            .insert(path.to_string(), Some(text.as_bytes().to_vec()));
        self.texts.push((
            path.to_string(),
            before_text,
            Some(text.to_string()),
            encrypted,
        ));
        self.files.push(FileChange {
            path: path.to_string(),
            before,
            after,
        });
    }

    fn push_raw(&mut self, path: &str, before: Option<Vec<u8>>, after: Vec<u8>) {
        let sealed = path.ends_with(crypt::SUFFIX);
        // Encrypted bytes are shown (with --reveal-diff) as the text they decrypt to.
        let lossy = |b: &[u8]| {
            let plain = if sealed { crypt::decrypt(b).ok() } else { None };
            String::from_utf8_lossy(plain.as_deref().unwrap_or(b)).into_owned()
        };
        self.texts.push((
            path.to_string(),
            before.as_deref().map(lossy),
            Some(lossy(&after)),
            path.ends_with(crypt::SUFFIX),
        ));
        if path.ends_with(crypt::SUFFIX) {
            self.sealed.insert(path.to_string());
        }
        self.overlay.insert(path.to_string(), Some(after.clone()));
        self.files.push(FileChange {
            path: path.to_string(),
            before,
            after: Some(after),
        });
    }

    fn push_removed(&mut self, path: &str, before: Vec<u8>, encrypted: bool) {
        // An encrypted file's text is shown only with --reveal-diff; decrypt it for that.
        let text = if encrypted {
            crypt::decrypt(&before)
                .ok()
                .map(|b| String::from_utf8_lossy(&b).into_owned())
        } else {
            Some(String::from_utf8_lossy(&before).into_owned())
        };
        self.texts.push((path.to_string(), text, None, encrypted));
        self.overlay.insert(path.to_string(), None);
        self.files.push(FileChange {
            path: path.to_string(),
            before: Some(before),
            after: None,
        });
    }
}

/// Reads `doc` as a `T`, lets `change` change it, and merges the result back into `doc`.
fn typed<T: crate::model::Record, R>(
    rel: &str,
    doc: &mut DocumentMut,
    change: impl FnOnce(&mut T) -> Result<R>,
) -> Result<R> {
    let mut record: T = toml::from_str(&doc.to_string()).map_err(|e| {
        Error::user(crate::tr!("tx-does-not-load", path = rel)).caused_by(e.message().to_string())
    })?;
    let serialise = |record: &T| -> Result<DocumentMut> {
        let text = toml::to_string(record).map_err(|e| {
            Error::user(crate::tr!("io-write", path = rel)).caused_by(e.to_string())
        })?;
        text.parse().map_err(|e: toml_edit::TomlError| {
            Error::user(crate::tr!("io-write", path = rel)).caused_by(e.to_string())
        })
    };
    let base = serialise(&record)?;
    let out = change(&mut record)?;
    let new = serialise(&record)?;
    // Only what the change changed reaches the file.
    super::merge::into(doc.as_table_mut(), base.as_table(), new.as_table());
    Ok(out)
}

/// Whether a path names a file of personal data (kept encrypted), in its plain-text form.
fn is_personal(rel: &str) -> bool {
    rel.starts_with("cases/") && rel.rsplit('/').next().is_some_and(crypt::is_personal)
}

/// A file's bytes, `None` when it does not exist.
fn read(root: &Path, rel: &str) -> Result<Option<Vec<u8>>> {
    let path = root.join(rel);
    match std::fs::read(&path) {
        Ok(bytes) => Ok(Some(bytes)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) if path.is_dir() => {
            Err(Error::user(crate::tr!("tx-folder-for-file", path = rel)).caused_by(e.to_string()))
        }
        Err(e) => Err(Error::io("read", &path, &e)),
    }
}

/// The refusal to change a file that does not load.
pub fn broken_error(path: &str, findings: Vec<Diagnostic>) -> Error {
    Error::user(crate::tr!("tx-broken", path = path))
        .with_findings(findings)
        .hint(crate::tr!("tx-broken-hint", path = path))
}

/// Findings of `after` that `before` does not have, errors and warnings apart. Findings are
/// compared by code, file and message, so a finding that only moved lines is not new.
pub fn new_findings(
    before: &[Diagnostic],
    after: &[Diagnostic],
) -> (Vec<Diagnostic>, Vec<Diagnostic>) {
    let mut seen: BTreeMap<(&str, &str, &str), usize> = BTreeMap::new();
    for d in before {
        *seen
            .entry((d.code, d.location.file.as_str(), d.message.as_str()))
            .or_default() += 1;
    }
    let (mut errors, mut warnings) = (Vec::new(), Vec::new());
    for d in after {
        let key = (d.code, d.location.file.as_str(), d.message.as_str());
        match seen.get_mut(&key) {
            Some(n) if *n > 0 => *n -= 1,
            _ => {
                if d.severity == crate::diag::Severity::Error {
                    errors.push(d.clone());
                } else {
                    warnings.push(d.clone());
                }
            }
        }
    }
    (errors, warnings)
}
