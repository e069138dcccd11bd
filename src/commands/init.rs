//! `koop init gmina|powiat`: start a repository — `koop.toml`, the record folders, git
//! settings, and `git init` when the folder is not in a git work tree yet.

use std::path::{Path, PathBuf};
use std::process::Command;

use clap::Args;

use super::{Ctx, optional_text, required_text, to_toml};
use crate::error::{Error, Result};
use crate::model::{Config, Unit, UnitKind};
use crate::store::{self, CONFIG_FILE, RECORD_DIRS, write};

/// Arguments of `koop init`.
#[derive(Debug, Args)]
pub struct InitArgs {
    /// gmina or powiat: the unit whose cooperation this repository holds.
    #[arg(value_enum)]
    pub kind: UnitKind,
    /// Name of the gmina or powiat, e.g. "Przykładowo".
    #[arg(long)]
    pub name: String,
    /// The name as it follows "w" in documents, e.g. "Przykładowie" (default: the name).
    #[arg(long)]
    pub locative: Option<String>,
    /// The county the gmina lies in.
    #[arg(long)]
    pub powiat: Option<String>,
    /// The voivodeship.
    #[arg(long)]
    pub wojewodztwo: Option<String>,
    /// TERYT code: 7 digits for a gmina, 4 for a powiat.
    #[arg(long)]
    pub teryt: Option<String>,
    /// Do not run `git init`.
    #[arg(long)]
    pub no_git: bool,
    /// Folder to create the repository in (default: the current folder).
    pub dir: Option<PathBuf>,
}

const GITIGNORE: &str =
    "# koop's lock file and temporary files of interrupted writes\n.koop.lock\n.koop-*.tmp\n";
const GITATTRIBUTES: &str =
    "# Records are text; keep line endings as they are written.\n*.toml text\n";

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
    };
    if target.join(CONFIG_FILE).exists() {
        return Err(Error::user(format!(
            "{} already holds a koop repository ({CONFIG_FILE} exists); nothing was changed",
            target.display()
        )));
    }
    // The nearest folder that exists tells whether the target would sit inside a repository.
    let existing = target.ancestors().find(|a| a.exists()).unwrap_or(&target);
    if let Some(outer) = store::find_root(existing) {
        return Err(Error::user(format!(
            "{} is inside the koop repository at {}; nothing was changed",
            target.display(),
            outer.display()
        ))
        .hint("choose a folder outside it"));
    }
    if target.exists() && !target.is_dir() {
        return Err(Error::user(format!("{} is not a folder", target.display())));
    }
    std::fs::create_dir_all(&target).map_err(|e| Error::io("create the folder", &target, &e))?;

    let config = to_toml(&Config::new(unit.clone()))?;
    write::create(&target, CONFIG_FILE, &config)?;
    for dir in RECORD_DIRS {
        // git does not keep empty folders; the marker keeps the layout visible in a clone.
        let keep = format!("{dir}/.gitkeep");
        if !target.join(&keep).exists() {
            write::create(&target, &keep, "")?;
        }
    }
    add_lines(&target, ".gitignore", GITIGNORE)?;
    add_lines(&target, ".gitattributes", GITATTRIBUTES)?;

    let git = if args.no_git {
        GitInit::Skipped
    } else {
        git_init(&target)
    };
    let shown = args.dir.as_deref().unwrap_or(Path::new("."));
    ctx.ui.line(&format!(
        "Initialised a koop repository for {} {} in {}",
        unit.kind,
        unit.name,
        shown.display()
    ));
    match git {
        GitInit::Done => ctx.ui.line("Initialised an empty git repository there."),
        GitInit::InsideWorkTree => ctx.ui.line("It is inside an existing git work tree."),
        GitInit::NoGit => ctx
            .ui
            .warn("git is not installed; run `git init` yourself to share the repository"),
        GitInit::Failed(why) => ctx.ui.warn(&format!("git init failed: {why}")),
        GitInit::Skipped => {}
    }
    ctx.ui
        .line("Next: koop institution add --name <NAME> --kind ops --level gmina");
    Ok(0)
}

/// TERYT: 7 digits for a gmina (woj, powiat, gmina, type), 4 for a powiat.
fn check_teryt(kind: UnitKind, code: &str) -> Result<String> {
    let code = code.trim();
    let len = match kind {
        UnitKind::Gmina => 7,
        UnitKind::Powiat => 4,
    };
    if code.len() != len || !code.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Error::user(format!(
            "--teryt `{code}` is not a TERYT code of a {kind}: expected {len} digits"
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
    let missing: Vec<&str> = wanted
        .lines()
        .filter(|l| l.starts_with('#') || !have.contains(&l.trim()))
        .collect();
    if missing.iter().all(|l| l.starts_with('#')) {
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
    InsideWorkTree,
    NoGit,
    Skipped,
    Failed(String),
}

fn git_init(dir: &Path) -> GitInit {
    let inside = Command::new("git")
        .args(["rev-parse", "--is-inside-work-tree"])
        .current_dir(dir)
        .output();
    match inside {
        Err(_) => return GitInit::NoGit,
        Ok(out) if out.status.success() => return GitInit::InsideWorkTree,
        Ok(_) => {}
    }
    match Command::new("git")
        .args(["init", "--quiet"])
        .current_dir(dir)
        .output()
    {
        Ok(out) if out.status.success() => GitInit::Done,
        Ok(out) => GitInit::Failed(String::from_utf8_lossy(&out.stderr).trim().to_string()),
        Err(e) => GitInit::Failed(e.to_string()),
    }
}
