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
        return Err(Error::user(format!("{rel} does not exist"))
            .hint("koop edit changes existing records; the `add`/`new` commands create them"));
    };
    drop(tx);
    let name = rel.rsplit('/').next().unwrap_or("record.toml").to_string();
    // tempfile makes the file readable by its owner only (0600), in the system's temporary
    // folder, never in the repository; it is removed when `temp` is dropped, on every path.
    let mut temp = tempfile::Builder::new()
        .prefix("koop-edit-")
        .suffix(&format!("-{name}"))
        .tempfile()
        .map_err(|e| Error::user("cannot create a temporary file").caused_by(e.to_string()))?;
    temp.write_all(&original)
        .and_then(|()| temp.flush())
        .map_err(|e| Error::io("write", temp.path(), &e))?;
    let interactive = std::io::stdin().is_terminal() && std::io::stderr().is_terminal();
    loop {
        run_editor(temp.path())?;
        let edited = std::fs::read(temp.path()).map_err(|e| Error::io("read", temp.path(), &e))?;
        if edited == original {
            ctx.ui.note(&format!("{rel}: no changes"));
            return Ok(0);
        }
        let (mut tx, store) = ctx.load_for_write()?;
        tx.may_fix = Some(rel.clone());
        if tx.current(&rel)?.as_deref() != Some(original.as_slice()) {
            return Err(Error::user(format!(
                "{rel} was changed by someone else while you were editing it; nothing was saved"
            ))
            .hint("run `koop edit` again to edit the new version (your text is lost with the temporary file; copy it from your editor first)"));
        }
        let problem = match decode(edited) {
            Err(bad) => Some(Error::user(format!(
                "{rel}:{}:{}: the edited file is not valid UTF-8",
                bad.line, bad.column
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
            ctx.commit(tx, &store, &format!("edit {rel}"))?;
            let written = super::case::written(&store, &rel);
            ctx.ui.line(&format!("Saved {written}"));
            if crate::store::git::unfinished(&store.root)
                .is_some_and(|u| u.unmerged.contains(&written))
            {
                ctx.ui.note(&format!(
                    "git still lists {written} as unmerged: `git add {written}` once it is right"
                ));
            }
            return Ok(0);
        };
        drop(tx);
        if !interactive || ctx.dry_run {
            return Err(err.hint(format!("nothing was saved; {rel} is as it was")));
        }
        ctx.ui.error(&err);
        if !ask_again()? {
            return Err(Error::user(format!("abandoned: {rel} is as it was")));
        }
    }
}

/// Asks whether to re-open the editor.
fn ask_again() -> Result<bool> {
    let _ = write!(std::io::stderr(), "Re-open the editor to fix it? [Y/n] ");
    let _ = std::io::stderr().flush();
    let mut answer = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut answer)
        .map_err(|e| Error::user("cannot read the answer").caused_by(e.to_string()))?;
    let a = answer.trim().to_lowercase();
    Ok(a.is_empty() || a.starts_with('y') || a.starts_with('t'))
}

/// Runs the user's editor on `path` and waits for it.
fn run_editor(path: &Path) -> Result<()> {
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
            Error::user(format!("cannot start the editor `{editor}`")).caused_by(e.to_string())
        })?;
    if !status.success() {
        return Err(Error::user(format!(
            "the editor `{editor}` failed ({status}); nothing was saved"
        ))
        .hint("check that VISUAL or EDITOR names an editor that runs here, e.g. EDITOR=nano"));
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
                return Err(Error::user(format!("a case has no file `{other}`"))
                    .hint("give one of case, members, diagnosis, plan, or the file's path"));
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
        return Err(
            Error::user(format!("{record} is not a record of this repository"))
                .hint("give the path of a record inside the repository, e.g. teams/pzk.toml"),
        );
    }
    let rel = rel
        .strip_suffix(crypt::SUFFIX)
        .map(str::to_string)
        .unwrap_or(rel);
    if !registry::is_record_path(&rel) {
        return Err(Error::user(format!("{rel} is not a record koop reads"))
            .hint("docs/format.md lists where records live; koop edit opens records only"));
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
