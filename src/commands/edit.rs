//! `koop edit`: a record in the user's editor, saved through the same transaction as every
//! other write. Personal files are decrypted into a private temporary file outside the
//! repository (mode 0600, always removed) and encrypted again on save. A result that breaks a
//! rule is not saved: on a terminal the user may re-open it or abandon, as with `crontab -e`.

use std::io::{BufRead, IsTerminal, Write};
use std::path::Path;

use clap::Args;

use super::{Ctx, refusal, review};
use crate::error::{Error, Result};
use crate::store::{Store, crypt, registry};
use crate::text::decode;

/// Arguments of `koop edit`.
#[derive(Debug, Args)]
pub struct EditArgs {
    pub record: String,
    pub what: Option<String>,
}

/// Runs `koop edit`.
pub fn cmd_edit(ctx: &mut Ctx, args: EditArgs) -> Result<i32> {
    // The lock is held only to read the record and, later, to check and save the result:
    // others may work while the editor is open, and a change they make to this very record
    // meanwhile is noticed, not overwritten.
    // Editing is how a merge conflict is resolved: allowed during an unfinished merge.
    ctx.resolving = true;
    let (tx, store) = ctx.load_for_write()?;
    let rel = resolve(ctx, &store, &args)?;
    let Some(original) = tx.current(&rel)? else {
        return Err(Error::user(crate::tr!("edit-no-record", path = &rel))
            .hint(crate::tr!("edit-no-record-hint")));
    };
    drop(tx);
    let name = rel.rsplit('/').next().unwrap_or("record.toml").to_string();
    // tempfile makes the file readable by its owner only (0600), in the system's temporary
    // folder, never in the repository; it is removed when `temp` is dropped, on every path.
    let mut temp = tempfile::Builder::new()
        .prefix("koop-edit-")
        .suffix(&format!("-{name}"))
        .tempfile()
        .map_err(|e| Error::user(crate::tr!("edit-temp-file")).caused_by(e.to_string()))?;
    temp.write_all(&original)
        .and_then(|()| temp.flush())
        .map_err(|e| Error::io("write", temp.path(), &e))?;
    let interactive = std::io::stdin().is_terminal() && std::io::stderr().is_terminal();
    loop {
        run_editor(temp.path())?;
        let edited = std::fs::read(temp.path()).map_err(|e| Error::io("read", temp.path(), &e))?;
        if edited == original {
            ctx.ui.note(&crate::tr!("edit-no-changes", path = &rel));
            return Ok(0);
        }
        let (mut tx, store) = ctx.load_for_write()?;
        tx.may_fix = Some(rel.clone());
        if tx.current(&rel)?.as_deref() != Some(original.as_slice()) {
            return Err(
                Error::user(crate::tr!("edit-changed-meanwhile", path = &rel))
                    .hint(crate::tr!("edit-changed-meanwhile-hint")),
            );
        }
        let problem = match decode(edited) {
            Err(bad) => Some(Error::user(crate::tr!(
                "edit-not-utf8",
                path = &rel,
                line = bad.line,
                column = bad.column
            ))),
            Ok(decoded) => {
                let text = crate::text::encode(&decoded.text, decoded.bom, decoded.crlf);
                tx.replace(&rel, text);
                let r = review(&tx, &store)?;
                if r.errors.is_empty() {
                    None
                } else {
                    Some(refusal(r.errors, false))
                }
            }
        };
        let Some(err) = problem else {
            ctx.commit(tx, &store, &crate::tr!("edit-op", path = &rel))?;
            let written = super::case::written(&store, &rel);
            ctx.ui.line(&crate::tr!("edit-saved", path = &written));
            if crate::store::git::unfinished(&store.root)
                .is_some_and(|u| u.unmerged.contains(&written))
            {
                ctx.ui
                    .note(&crate::tr!("edit-still-unmerged", path = &written));
            }
            return Ok(0);
        };
        drop(tx);
        if !interactive || ctx.dry_run {
            return Err(err.hint(crate::tr!("edit-nothing-saved", path = &rel)));
        }
        ctx.ui.error(&err);
        if !ask_again()? {
            return Err(Error::user(crate::tr!("edit-abandoned", path = &rel)));
        }
    }
}

/// Asks whether to re-open the editor.
pub(crate) fn ask_again() -> Result<bool> {
    let _ = write!(std::io::stderr(), "{} ", crate::tr!("edit-ask-again"));
    let _ = std::io::stderr().flush();
    let mut answer = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut answer)
        .map_err(|e| Error::user(crate::tr!("edit-no-answer")).caused_by(e.to_string()))?;
    let a = answer.trim().to_lowercase();
    Ok(a.is_empty() || a.starts_with('y') || a.starts_with('t'))
}

/// Runs the user's editor on `path` and waits for it.
pub(crate) fn run_editor(path: &Path) -> Result<()> {
    let editor = ["VISUAL", "EDITOR"]
        .iter()
        .filter_map(|v| std::env::var(v).ok())
        .find(|v| !v.trim().is_empty())
        .unwrap_or_else(|| "vi".to_string());
    // Through the shell, like git: EDITOR may carry arguments ("code --wait").
    let status = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!("{editor} \"$@\""))
        .arg(&editor)
        .arg(path)
        .status()
        .map_err(|e| {
            Error::user(crate::tr!("edit-cannot-start", editor = &editor)).caused_by(e.to_string())
        })?;
    if !status.success() {
        return Err(Error::user(crate::tr!(
            "edit-editor-failed",
            editor = &editor,
            status = status.to_string()
        ))
        .hint(crate::tr!("edit-editor-failed-hint")));
    }
    Ok(())
}

/// The record's path relative to the root: a path (from the root or the current folder,
/// `.age` or not), a case number with a file, or a kind with an ID.
fn resolve(ctx: &Ctx, store: &Store, args: &EditArgs) -> Result<String> {
    let record = args.record.as_str();
    if let Some(what) = &args.what {
        if let Some(kind) = registry::by_name(record) {
            let path = kind.path_of(store, what)?;
            return Ok(path);
        }
        // A case number or folder, and one of its files.
        let dir = case_dir(store, record)?;
        let kind = match what.as_str() {
            "case" | "members" | "diagnosis" | "plan" => what.as_str(),
            other => {
                return Err(Error::user(crate::tr!("edit-no-case-file", name = other))
                    .hint(crate::tr!("edit-no-case-file-hint")));
            }
        };
        return Ok(crate::store::case_path(kind, &dir));
    }
    if !record.contains('/') && !record.ends_with(".toml") && !record.ends_with(".age") {
        let dir = case_dir(store, record)?;
        return Ok(crate::store::case_path("case", &dir));
    }
    let path = Path::new(record);
    let absolute = if path.is_absolute() {
        path.to_path_buf()
    } else {
        ctx.cwd.join(path)
    };
    // Relative to the current folder when that is inside the repository, else to the root.
    let rel = absolute
        .canonicalize()
        .ok()
        .or_else(|| {
            let parent = absolute.parent()?.canonicalize().ok()?;
            Some(parent.join(absolute.file_name()?))
        })
        .and_then(|p| p.strip_prefix(&store.root).ok().map(Path::to_path_buf))
        .map(|p| {
            p.components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join("/")
        })
        .unwrap_or_else(|| record.trim_start_matches("./").to_string());
    if rel.split('/').any(|part| part == ".." || part.is_empty()) || rel.starts_with('.') {
        return Err(Error::user(crate::tr!("edit-outside", path = record))
            .hint(crate::tr!("edit-outside-hint")));
    }
    let rel = rel
        .strip_suffix(crypt::SUFFIX)
        .map(str::to_string)
        .unwrap_or(rel);
    if !registry::is_record_path(&rel) {
        return Err(Error::user(crate::tr!("edit-not-a-record", path = &rel))
            .hint(crate::tr!("edit-not-a-record-hint")));
    }
    Ok(rel)
}

/// The folder of a case, by number or folder name; also finds cases whose case.toml is broken.
fn case_dir(store: &Store, key: &str) -> Result<String> {
    if let Ok(c) = super::caseutil::find_case(store, key) {
        return Ok(c.dir.clone());
    }
    let mut found: Vec<String> = std::fs::read_dir(store.root.join("cases"))
        .map(|entries| {
            entries
                .flatten()
                .filter_map(|e| e.file_name().to_str().map(str::to_string))
                .filter(|n| n == key || n.starts_with(&format!("{key}-")))
                .collect()
        })
        .unwrap_or_default();
    found.sort();
    match found.as_slice() {
        [one] => Ok(one.clone()),
        _ => super::caseutil::find_case(store, key).map(|c| c.dir.clone()),
    }
}
