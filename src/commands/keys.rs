//! `koop keys`: the user's identity and the repository's recipients, and re-encrypting the
//! personal data when the recipients change (docs/privacy.md).

use std::path::{Path, PathBuf};

use clap::{Args, Subcommand};
use serde_json::json;

use super::output::{ListFormat, print_csv_json, print_json, print_table};
use super::{Ctx, user_id};
use crate::error::{Error, Result};
use crate::store::crypt::{self, KEYS_DIR, Recipient};
use crate::store::{self, tx::Tx};

/// `koop keys …`
#[derive(Debug, Subcommand)]
pub enum KeysCommand {
    Generate(GenerateArgs),
    Add(AddArgs),
    List(ListArgs),
    Remove(RemoveArgs),
    Rotate,
}

/// Arguments of `koop keys generate`.
#[derive(Debug, Args)]
pub struct GenerateArgs {
    #[arg(long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// Arguments of `koop keys add`.
#[derive(Debug, Args)]
pub struct AddArgs {
    pub name: String,
    pub key: Option<String>,
}

/// Arguments of `koop keys list`.
#[derive(Debug, Args)]
pub struct ListArgs {
    #[arg(long, value_enum, default_value_t)]
    pub format: ListFormat,
}

/// Arguments of `koop keys remove`.
#[derive(Debug, Args)]
pub struct RemoveArgs {
    pub name: String,
}

/// Dispatches `koop keys …`.
pub fn run(ctx: &mut Ctx, cmd: KeysCommand) -> Result<i32> {
    match cmd {
        KeysCommand::Generate(args) => generate(ctx, args),
        KeysCommand::Add(args) => add(ctx, args),
        KeysCommand::List(args) => list(ctx, args),
        KeysCommand::Remove(args) => remove(ctx, args),
        KeysCommand::Rotate => {
            let (mut tx, store) = ctx.load_for_write()?;
            let recipients = crypt::recipients(&store.root)?;
            if recipients.is_empty() {
                return Err(
                    Error::user(crate::tr!("keys-no-recipients", dir = KEYS_DIR))
                        .hint(crate::tr!("keys-no-recipients-hint")),
                );
            }
            tx.check = false;
            let n = reencrypt(&mut tx, &recipients)?;
            ctx.commit(tx, &store, &crate::tr!("keys-op-rotate"))?;
            forget_plain(ctx, &store.root)?;
            report(ctx, n, &recipients);
            Ok(0)
        }
    }
}

/// Writes a new identity file readable by its owner only.
pub fn write_identity(path: &Path) -> Result<String> {
    if path.exists() {
        return Err(
            Error::user(crate::tr!("keys-identity-exists", path = path.display()))
                .hint(crate::tr!("keys-identity-exists-hint")),
        );
    }
    let (text, public) = crypt::generate();
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| {
            Error::user(crate::tr!(
                "keys-cannot-create-folder",
                path = dir.display()
            ))
            .caused_by(e.to_string())
        })?;
    }
    #[cfg(unix)]
    {
        use std::io::Write;
        use std::os::unix::fs::OpenOptionsExt;
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(path)
            .map_err(|e| Error::io("create", path, &e))?;
        file.write_all(text.as_bytes())
            .and_then(|()| file.sync_all())
            .map_err(|e| Error::io("write", path, &e))?;
    }
    #[cfg(not(unix))]
    std::fs::write(path, &text).map_err(|e| Error::io("write", path, &e))?;
    Ok(public)
}

fn generate(ctx: &mut Ctx, args: GenerateArgs) -> Result<i32> {
    let path = match args.output {
        Some(p) => ctx.cwd.join(p),
        None => crypt::identity_path().ok_or_else(|| {
            Error::user(crate::tr!("keys-no-home")).hint(crate::tr!("keys-no-home-hint"))
        })?,
    };
    // An identity inside a repository is one `git add` away from every clone.
    if let Some(root) = store::root_containing(&path) {
        return Err(Error::user(crate::tr!(
            "keys-identity-in-repository",
            path = path.display(),
            root = root.display()
        ))
        .hint(crate::tr!("keys-identity-in-repository-hint")));
    }
    let public = write_identity(&path)?;
    ctx.ui.line(&public);
    ctx.ui.note(&crate::tr!(
        "keys-generated",
        path = path.display(),
        public = &public
    ));
    Ok(0)
}

/// The key text an argument stands for: the key itself, or a file holding it.
fn key_text(ctx: &Ctx, arg: Option<&str>) -> Result<String> {
    let Some(arg) = arg else {
        return crypt::require_identity()?.public_key();
    };
    if arg.starts_with("AGE-SECRET-KEY") || arg.contains("PRIVATE KEY") {
        return Err(Error::user(crate::tr!("keys-private")).hint(crate::tr!("keys-private-hint")));
    }
    let looks_like_key = arg.starts_with("age1") || arg.starts_with("ssh-");
    if looks_like_key {
        return Ok(arg.trim().to_string());
    }
    let path = ctx.cwd.join(arg);
    let text = std::fs::read_to_string(&path).map_err(|e| {
        Error::user(crate::tr!("keys-not-a-key", arg = arg)).caused_by(e.to_string())
    })?;
    if text.contains("PRIVATE KEY") || text.contains("AGE-SECRET-KEY") {
        return Err(Error::user(crate::tr!("keys-private-file", arg = arg))
            .hint(crate::tr!("keys-private-file-hint")));
    }
    text.trim_start_matches('\u{feff}')
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_string)
        .ok_or_else(|| Error::user(crate::tr!("keys-no-key", arg = arg)))
}

fn add(ctx: &mut Ctx, args: AddArgs) -> Result<i32> {
    let name = user_id("recipient name", &args.name)?;
    let key = key_text(ctx, args.key.as_deref())?;
    crypt::parse_recipient(&key).map_err(|e| {
        Error::user(crate::tr!(
            "keys-cannot-add",
            name = &name,
            reason = e.to_string()
        ))
    })?;
    let (mut tx, store) = ctx.load_for_write()?;
    let rel = format!("{KEYS_DIR}/{name}.txt");
    if store.root.join(&rel).exists() {
        return Err(Error::user(crate::tr!("keys-exists", path = &rel))
            .hint(crate::tr!("keys-exists-hint")));
    }
    let existing = crypt::recipients(&store.root)?;
    if let Some(same) = existing.iter().find(|r| {
        r.text
            .split_whitespace()
            .take(2)
            .eq(key.split_whitespace().take(2))
    }) {
        return Err(Error::user(crate::tr!(
            "keys-already-listed",
            name = &same.name,
            path = &same.path
        )));
    }
    // Re-encrypt first, then list the key: interrupted, the key is not listed yet and
    // running the same command again finishes the job.
    let mut recipients = existing;
    recipients.push(crypt::recipient(&name, &key).map_err(|e| {
        Error::user(crate::tr!(
            "keys-cannot-add",
            name = &name,
            reason = e.to_string()
        ))
    })?);
    recipients.sort_by(|a, b| a.name.cmp(&b.name));
    tx.check = false;
    let n = reencrypt(&mut tx, &recipients)?;
    tx.write_bytes(&rel, format!("{key}\n").into_bytes());
    ctx.commit(tx, &store, &crate::tr!("keys-op-add", name = &name))?;
    forget_plain(ctx, &store.root)?;
    ctx.ui.note(&crate::tr!("keys-added", path = &rel));
    report(ctx, n, &recipients);
    Ok(0)
}

fn list(ctx: &mut Ctx, args: ListArgs) -> Result<i32> {
    let root = store::require_root(&ctx.cwd)?;
    let recipients = crypt::recipients(&root)?;
    let mine = crypt::own_public_keys();
    let is_mine = |r: &Recipient| mine.contains(&r.text);
    match args.format {
        ListFormat::Json | ListFormat::Csv => {
            let items: Vec<serde_json::Value> = recipients
                .iter()
                .map(|r| json!({ "name": r.name, "kind": r.kind(), "key": r.text, "file": r.path, "you": is_mine(r) }))
                .collect();
            if args.format == ListFormat::Csv {
                print_csv_json(ctx.ui, &["name", "kind", "key", "file", "you"], &items);
            } else {
                print_json(ctx.ui, &serde_json::Value::Array(items));
            }
        }
        ListFormat::Table => {
            if recipients.is_empty() {
                ctx.ui.line(&crate::tr!("keys-none"));
                return Ok(0);
            }
            let rows = recipients
                .iter()
                .map(|r| {
                    vec![
                        r.name.clone(),
                        r.kind().to_string(),
                        short(&r.text),
                        if is_mine(r) {
                            crate::tr!("keys-you")
                        } else {
                            String::new()
                        },
                    ]
                })
                .collect();
            let header = [
                crate::tr!("keys-column-name"),
                crate::tr!("keys-column-kind"),
                crate::tr!("keys-column-key"),
                String::new(),
            ];
            print_table(ctx.ui, &header.each_ref().map(String::as_str), rows);
        }
    }
    Ok(0)
}

/// `age1abcd…wxyz` — enough to tell keys apart in a table.
fn short(key: &str) -> String {
    let first = key.split_whitespace().take(2).collect::<Vec<_>>().join(" ");
    let chars: Vec<char> = first.chars().collect();
    if chars.len() <= 24 {
        return first;
    }
    let head: String = chars[..16].iter().collect();
    let tail: String = chars[chars.len() - 6..].iter().collect();
    format!("{head}…{tail}")
}

fn remove(ctx: &mut Ctx, args: RemoveArgs) -> Result<i32> {
    let (mut tx, store) = ctx.load_for_write()?;
    let existing = crypt::recipients(&store.root)?;
    let rel = format!("{KEYS_DIR}/{}.txt", args.name);
    if !existing.iter().any(|r| r.name == args.name) {
        return Err(super::unknown(
            "recipient",
            &args.name,
            existing.iter().map(|r| r.name.as_str()),
            "koop keys list",
        ));
    }
    let mine = crypt::own_public_keys();
    if existing
        .iter()
        .any(|r| r.name == args.name && mine.contains(&r.text))
    {
        return Err(Error::user(crate::tr!("keys-own-key", name = &args.name))
            .hint(crate::tr!("keys-own-key-hint")));
    }
    let remaining: Vec<Recipient> = existing
        .into_iter()
        .filter(|r| r.name != args.name)
        .collect();
    if remaining.is_empty() {
        return Err(Error::user(crate::tr!("keys-last", name = &args.name))
            .hint(crate::tr!("keys-last-hint")));
    }
    // Re-encrypt first: if that fails the removed key is still listed and nothing is lost.
    tx.check = false;
    let n = reencrypt(&mut tx, &remaining)?;
    tx.remove(&rel)?;
    ctx.commit(tx, &store, &crate::tr!("keys-op-remove", name = &args.name))?;
    forget_plain(ctx, &store.root)?;
    ctx.ui.note(&crate::tr!("keys-removed", path = &rel));
    report(ctx, n, &remaining);
    ctx.ui.note(&crate::tr!("keys-removed-history"));
    Ok(0)
}

/// Once personal data is encrypted, the operation log must not keep its plain-text copies.
fn forget_plain(ctx: &mut Ctx, root: &Path) -> Result<()> {
    let n = store::oplog::forget_plain_personal(root)?;
    if n > 0 {
        ctx.ui.note(&crate::tr!("keys-log-forgot", n = n));
    }
    Ok(())
}

fn report(ctx: &mut Ctx, n: usize, recipients: &[Recipient]) {
    let names: Vec<&str> = recipients.iter().map(|r| r.name.as_str()).collect();
    ctx.ui.line(&crate::tr!(
        "keys-reencrypted",
        files = n,
        n = recipients.len(),
        names = names.join(", ")
    ));
}

/// Stages re-encrypting every case's personal data to `recipients`: each file is decrypted in
/// memory first (so a file this user cannot open stops everything before anything is
/// written); plain-text files are encrypted and removed. The transaction writes them all or
/// none.
pub fn reencrypt(tx: &mut Tx, recipients: &[Recipient]) -> Result<usize> {
    let root = tx.root().to_path_buf();
    let root = root.as_path();
    let mut plans: Vec<(String, Vec<u8>, bool)> = Vec::new();
    // Every case folder on disk, including ones whose case.toml does not load now.
    let mut dirs: Vec<String> = std::fs::read_dir(root.join("cases"))
        .map(|entries| {
            entries
                .filter_map(|e| e.ok())
                .filter(|e| e.path().is_dir())
                .filter_map(|e| e.file_name().to_str().map(str::to_string))
                .filter(|n| !n.starts_with('.'))
                .collect()
        })
        .unwrap_or_default();
    dirs.sort();
    for dir in &dirs {
        // The kinds of record the registry marks as personal data.
        for kind in store::registry::KINDS.iter().filter(|k| k.personal) {
            let plain_rel = store::case_path(kind.name, dir);
            let sealed_rel = format!("{plain_rel}{}", crypt::SUFFIX);
            let sealed = root.join(&sealed_rel);
            let plain = root.join(&plain_rel);
            if sealed.exists() && plain.exists() {
                return Err(crypt::both(&plain_rel));
            }
            if sealed.exists() {
                let cipher = std::fs::read(&sealed).map_err(|e| Error::io("read", &sealed, &e))?;
                let text = crypt::decrypt(&cipher).map_err(|why| {
                    Error::user(crate::tr!(
                        "keys-cannot-decrypt",
                        path = &sealed_rel,
                        reason = why.reason()
                    ))
                    .hint(crate::tr!("keys-cannot-decrypt-hint"))
                })?;
                plans.push((plain_rel.clone(), text, plain.exists()));
            } else if plain.exists() {
                let text = std::fs::read(&plain).map_err(|e| Error::io("read", &plain, &e))?;
                plans.push((plain_rel, text, true));
            }
        }
    }
    for (plain_rel, text, remove_plain) in &plans {
        let cipher = crypt::encrypt(text, recipients)?;
        tx.write_bytes(&format!("{plain_rel}{}", crypt::SUFFIX), cipher);
        if *remove_plain {
            tx.remove(plain_rel)?;
        }
    }
    Ok(plans.len())
}
