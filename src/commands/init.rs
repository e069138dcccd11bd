//! `koop init gmina|powiat`: start a repository — `koop.toml`, the record folders, git
//! settings, and `git init` when the folder is not in a git work tree yet.

use std::path::{Path, PathBuf};
use std::process::Command;

use clap::Args;

use super::{Ctx, optional_text, required_text, to_toml};
use crate::error::{Error, Result};
use crate::model::{Config, Unit, UnitKind};
use crate::store::crypt::{self, KEYS_DIR};
use crate::store::{self, CONFIG_FILE, write};

/// Arguments of `koop init`.
#[derive(Debug, Args)]
pub struct InitArgs {
    #[arg(value_enum)]
    pub kind: UnitKind,
    #[arg(long)]
    pub name: String,
    #[arg(long)]
    pub locative: Option<String>,
    #[arg(long)]
    pub powiat: Option<String>,
    #[arg(long)]
    pub wojewodztwo: Option<String>,
    #[arg(long)]
    pub teryt: Option<String>,
    #[arg(long = "gmina", value_name = "NAME")]
    pub gminy: Vec<String>,
    #[arg(long)]
    pub no_git: bool,
    #[arg(long)]
    pub no_encrypt: bool,
    #[arg(long, value_name = "NAME")]
    pub key_name: Option<String>,
    #[arg(long, value_enum)]
    pub language: Option<crate::i18n::Lang>,
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<crate::model::Date>,
    pub dir: Option<PathBuf>,
}

/// The lines koop wants in `.gitignore` (the file is shared: its comments are the same in
/// every language).
const GITIGNORE: &str = include_str!("../../assets/gitignore");
/// Runs `koop init`.
pub fn cmd_init(ctx: &mut Ctx, args: InitArgs) -> Result<i32> {
    let target = match &args.dir {
        Some(dir) => ctx.cwd.join(dir),
        None => ctx.cwd.clone(),
    };
    let name = required_text("--name", &args.name)?;
    let teryt = args
        .teryt
        .as_deref()
        .map(|t| check_teryt(args.kind, t))
        .transpose()?;
    let unit = Unit {
        kind: args.kind,
        name,
        locative: optional_text("--locative", args.locative)?,
        powiat: optional_text("--powiat", args.powiat)?,
        wojewodztwo: optional_text("--wojewodztwo", args.wojewodztwo)?,
        teryt,
        gminy: args
            .gminy
            .iter()
            .map(|g| required_text("--gmina", g))
            .collect::<Result<Vec<_>>>()?,
    };
    if !unit.gminy.is_empty() && unit.kind != UnitKind::Powiat {
        return Err(Error::user(crate::tr!("init-gmina-of-gmina"))
            .hint(crate::tr!("init-gmina-of-gmina-hint")));
    }
    if target.join(CONFIG_FILE).exists() {
        return Err(Error::user(crate::tr!(
            "init-exists",
            dir = target.display(),
            file = CONFIG_FILE
        )));
    }
    if let Some(outer) = store::root_containing(&target) {
        return Err(Error::user(crate::tr!(
            "init-inside",
            dir = target.display(),
            root = outer.display()
        ))
        .hint(crate::tr!("init-inside-hint")));
    }
    if target.exists() && !target.is_dir() {
        return Err(Error::user(crate::tr!(
            "init-not-a-folder",
            path = target.display()
        )));
    }
    // The user's key, before anything is written: encryption is the default.
    let key = if args.no_encrypt {
        None
    } else {
        Some(own_key(args.key_name.as_deref())?)
    };
    std::fs::create_dir_all(&target).map_err(|e| {
        Error::user(crate::tr!(
            "init-cannot-create-folder",
            path = target.display()
        ))
        .caused_by(e.to_string())
    })?;

    let mut config = Config::new(unit.clone());
    // A repository started in Polish speaks Polish to everyone who clones it.
    config.koop.language = match args.language {
        Some(lang) => Some(lang),
        None if crate::i18n::current() == crate::i18n::Lang::Pl => Some(crate::i18n::Lang::Pl),
        None => None,
    };
    config.koop.as_of = args.as_of;
    let config = to_toml(&config)?;
    write::create(&target, CONFIG_FILE, &config)?;
    for dir in store::record_dirs() {
        // git does not keep empty folders; the marker keeps the layout visible in a clone.
        let keep = format!("{dir}/.gitkeep");
        if !target.join(&keep).exists() {
            write::create(&target, &keep, "")?;
        }
    }
    if let Some(key) = &key {
        write::create(
            &target,
            &format!("{KEYS_DIR}/{}.txt", key.name),
            &format!("{}\n", key.public),
        )?;
    }
    add_lines(&target, ".gitignore", GITIGNORE)?;
    add_lines(&target, ".gitattributes", super::git::GITATTRIBUTES)?;

    let git = if args.no_git {
        GitInit::Skipped
    } else {
        git_init(&target)
    };
    let shown = args.dir.as_deref().unwrap_or(Path::new("."));
    ctx.ui.line(&crate::tr!(
        "init-done",
        kind = unit.kind.as_str(),
        name = &unit.name,
        dir = shown.display()
    ));
    if matches!(git, GitInit::Done)
        && let Err(e) = super::git::setup(&target)
    {
        ctx.ui
            .warn(&crate::tr!("init-setup-failed", reason = e.message));
    }
    match git {
        GitInit::Done => ctx.ui.line(&crate::tr!("init-git-done")),
        GitInit::InsideWorkTree(top) => {
            ctx.ui.warn(&crate::tr!(
                "init-git-inside",
                dir = shown.display(),
                top = top.display()
            ));
            ctx.ui.note(&crate::tr!(
                "init-git-inside-hint",
                dir = shown.display(),
                top = top.display()
            ));
        }
        GitInit::NoGit => ctx.ui.warn(&crate::tr!("init-no-git")),
        GitInit::Failed(why) => ctx.ui.warn(&crate::tr!("init-git-failed", reason = why)),
        GitInit::Skipped => {}
    }
    match &key {
        Some(key) => {
            ctx.ui.line(&crate::tr!(
                "init-encrypted",
                key = format!("{KEYS_DIR}/{}.txt", key.name),
                identity = key.identity.display()
            ));
            if key.created {
                ctx.ui.note(&crate::tr!(
                    "init-identity-created",
                    path = key.identity.display()
                ));
            }
        }
        None => ctx.ui.warn(&crate::tr!("init-plain")),
    }
    ctx.ui.line(&crate::tr!("init-next"));
    Ok(0)
}

/// The user's recipient for a new repository.
struct OwnKey {
    name: String,
    public: String,
    identity: std::path::PathBuf,
    created: bool,
}

/// The user's public key, from their identity, which is made when they have none.
fn own_key(name: Option<&str>) -> Result<OwnKey> {
    let name = match name {
        Some(n) => crate::commands::user_id("--key-name", n)?,
        None => {
            let login = std::env::var("USER")
                .or_else(|_| std::env::var("USERNAME"))
                .unwrap_or_default();
            let slug = crate::model::id::slugify(&login);
            if slug.is_empty() {
                "me".to_string()
            } else {
                slug
            }
        }
    };
    match crypt::identity() {
        Ok(Some(id)) => {
            let public = id
                .public_key()
                .map_err(|e| e.hint(crate::tr!("init-identity-unreadable-hint")))?;
            Ok(OwnKey {
                name,
                public,
                identity: id.path.clone(),
                created: false,
            })
        }
        Ok(None) => {
            let path = crypt::identity_path().ok_or_else(|| {
                Error::user(crate::tr!("init-no-home")).hint(crate::tr!("init-no-home-hint"))
            })?;
            let public = crate::commands::keys::write_identity(&path)?;
            Ok(OwnKey {
                name,
                public,
                identity: path,
                created: true,
            })
        }
        Err(e) => Err(e.clone()),
    }
}

/// TERYT: 7 digits for a gmina (woj, powiat, gmina, type), 4 for a powiat.
fn check_teryt(kind: UnitKind, code: &str) -> Result<String> {
    let code = code.trim();
    let len = match kind {
        UnitKind::Gmina => 7,
        UnitKind::Powiat => 4,
    };
    if code.len() != len || !code.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Error::user(crate::tr!(
            "init-bad-teryt",
            code = code,
            kind = kind.as_str(),
            n = len
        )));
    }
    Ok(code.to_string())
}

/// Appends the lines of `wanted` that `file` lacks, creating it when missing.
fn add_lines(root: &Path, file: &str, wanted: &str) -> Result<()> {
    let path = root.join(file);
    let existing = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => return Err(Error::io("read", &path, &e)),
    };
    let have: Vec<&str> = existing.lines().map(str::trim).collect();
    // A comment goes in with the first missing line it explains, not on its own.
    let mut missing: Vec<&str> = Vec::new();
    let mut comments: Vec<&str> = Vec::new();
    for line in wanted.lines() {
        if line.starts_with('#') {
            comments.push(line);
        } else {
            if !have.contains(&line.trim()) {
                missing.append(&mut comments);
                missing.push(line);
            }
            comments.clear();
        }
    }
    if missing.is_empty() {
        return Ok(());
    }
    let mut text = existing.clone();
    if !text.is_empty() && !text.ends_with('\n') {
        text.push('\n');
    }
    for line in missing {
        text.push_str(line);
        text.push('\n');
    }
    write::replace(root, file, &text)
}

enum GitInit {
    Done,
    /// Inside the work tree whose top folder this is.
    InsideWorkTree(PathBuf),
    NoGit,
    Skipped,
    Failed(String),
}

fn git_init(dir: &Path) -> GitInit {
    let inside = Command::new("git")
        .args(["rev-parse", "--show-toplevel"])
        .current_dir(dir)
        .output();
    match inside {
        Err(_) => return GitInit::NoGit,
        Ok(out) if out.status.success() => {
            let top = String::from_utf8_lossy(&out.stdout).trim().to_string();
            return GitInit::InsideWorkTree(PathBuf::from(top));
        }
        Ok(_) => {}
    }
    // The branch is `main` (as shared repositories usually are), whatever git's default.
    let init = Command::new("git")
        .args(["init", "--quiet", "--initial-branch=main"])
        .current_dir(dir)
        .output();
    let init = match init {
        Ok(out) if !out.status.success() => Command::new("git")
            .args(["init", "--quiet"])
            .current_dir(dir)
            .output(),
        other => other,
    };
    match init {
        Ok(out) if out.status.success() => GitInit::Done,
        Ok(out) => GitInit::Failed(String::from_utf8_lossy(&out.stderr).trim().to_string()),
        Err(e) => GitInit::Failed(e.to_string()),
    }
}
