//! `koop sync`: the daily routine of sharing for people who are not git experts — commit
//! what koop (or the user) changed, with a message listing koop's operations; pull with a
//! merge (koop's drivers merge records by identity); check; push. It stops with plain
//! instructions where a person has to choose (docs/collaboration.md).

use std::path::Path;
use std::process::{Command, Output};

use clap::Args;

use super::Ctx;
use crate::diag::Severity;
use crate::error::{Error, Result};
use crate::rules::{self, codes};
use crate::store::{self, git, oplog};

/// Arguments of `koop sync`.
#[derive(Debug, Args)]
pub struct SyncArgs {
    /// The commit message (default: koop's operations since the last sync, one a line).
    #[arg(long, short = 'm')]
    pub message: Option<String>,
    /// Commit and pull, but do not push.
    #[arg(long)]
    pub no_push: bool,
}

/// Where the number of the last operation synced is kept (local, like the log).
const SYNCED: &str = "synced";

/// Runs `koop sync`.
pub fn run(ctx: &mut Ctx, args: SyncArgs) -> Result<i32> {
    if ctx.dry_run {
        return Err(Error::user("--dry-run does not apply to `koop sync`")
            .hint("`git status` shows what it would commit; `git fetch && git log HEAD..@{u}` what it would pull"));
    }
    let root = store::require_root(&ctx.cwd)?;
    if git::git_dir(&root).is_none() {
        return Err(Error::user("this repository is not shared through git yet")
            .hint("clone the shared repository (`git clone <address>`), or `git init` and `git remote add origin <address>`"));
    }
    if let Some(state) = git::unfinished(&root) {
        return Err(stopped(&state));
    }
    if !super::git::is_set_up(&root) {
        super::git::setup(&root)?;
        ctx.ui
            .note("set up koop's merge drivers in this clone (`koop git setup`)");
    }
    super::git::attributes(&root)?;

    // 1. Commit what is pending.
    git_ok(&root, &["add", "-A", "--", "."])?;
    // Without textconv: a file encrypted again to other keys decrypts to the same text, and
    // must still be committed.
    let staged = !git_run(
        &root,
        &[
            "diff",
            "--cached",
            "--quiet",
            "--no-textconv",
            "--no-ext-diff",
        ],
    )?
    .status
    .success();
    let ops = oplog::list(&root).unwrap_or_default();
    let last_op = ops.last().map_or(0, |o| o.id);
    if staged {
        let message = match &args.message {
            Some(m) => m.clone(),
            None => message_from_log(&root, &ops),
        };
        git_ok(&root, &["commit", "-q", "-m", &message]).map_err(|e| {
            e.hint("git needs your name and e-mail once: `git config --global user.name \"Anna Kowalska\"` and `git config --global user.email anna@example.org`")
        })?;
        ctx.ui.line(&format!(
            "Committed: {}",
            message.lines().next().unwrap_or("")
        ));
    } else {
        ctx.ui.line("Nothing to commit");
    }
    let _ = std::fs::create_dir_all(root.join(oplog::STATE_DIR));
    let _ = std::fs::write(
        root.join(oplog::STATE_DIR).join(SYNCED),
        last_op.to_string(),
    );

    // 2. Pull with a merge.
    let upstream = git_run(
        &root,
        &["rev-parse", "--abbrev-ref", "--symbolic-full-name", "@{u}"],
    )?;
    if !upstream.status.success() {
        ctx.ui.warn(
            "this branch follows no shared branch, so nothing was pulled or pushed; once: `git push -u origin HEAD`",
        );
        return check(ctx, &root, false);
    }
    let upstream = String::from_utf8_lossy(&upstream.stdout).trim().to_string();
    let (remote, branch) = upstream.split_once('/').unwrap_or(("origin", &upstream));
    let refspec = format!("HEAD:{branch}");
    let push = ["push", "-q", remote, refspec.as_str()];
    if !pull(ctx, &root)? {
        return Ok(1);
    }

    // 3. Check, and 4. push unless a conflict is left.
    let code = check(ctx, &root, true)?;
    if code != 0 || args.no_push {
        if code != 0 {
            ctx.ui
                .warn("not pushed: resolve the conflicts first, then `koop sync` again");
        }
        return Ok(code);
    }
    let pushed = git_run(&root, &push)?;
    if !pushed.status.success() {
        // Someone pushed meanwhile: take their work and try once more.
        if !pull(ctx, &root)? {
            return Ok(1);
        }
        let again = git_run(&root, &push)?;
        if !again.status.success() {
            return Err(Error::user("git push failed")
                .caused_by(String::from_utf8_lossy(&again.stderr).trim().to_string())
                .hint("run `koop sync` again in a moment"));
        }
    }
    ctx.ui
        .line("Pushed; your colleagues get it with `koop sync`");
    Ok(0)
}

/// Pulls with a merge; settles what koop can; `false` (with instructions printed) when a
/// person has to choose.
fn pull(ctx: &mut Ctx, root: &Path) -> Result<bool> {
    let head = || {
        git_run(root, &["rev-parse", "HEAD"])
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
            .unwrap_or_default()
    };
    let before = head();
    let out = Command::new("git")
        .arg("-C")
        .arg(root)
        .args(["pull", "-q", "--no-rebase", "--no-edit"])
        .env("GIT_MERGE_AUTOEDIT", "no")
        .output()
        .map_err(|e| Error::user("cannot run git").caused_by(e.to_string()))?;
    if out.status.success() {
        ctx.ui.line(if head() == before {
            "Nothing new from your colleagues"
        } else {
            "Pulled your colleagues' changes"
        });
        return Ok(true);
    }
    let Some(state) = git::unfinished(root) else {
        return Err(Error::user("git pull failed")
            .caused_by(String::from_utf8_lossy(&out.stderr).trim().to_string())
            .hint("check the network and the address of the shared repository (`git remote -v`)"));
    };
    // Files the drivers could not settle (no driver at the time, or encrypted for someone
    // else): merged from git's versions where this user can.
    let records: Vec<String> = state
        .unmerged
        .iter()
        .filter(|p| {
            store::registry::is_record_path(p.strip_suffix(store::crypt::SUFFIX).unwrap_or(p))
        })
        .cloned()
        .collect();
    if !records.is_empty() {
        super::git::run(
            ctx,
            super::git::GitCommand::Resolve(super::git::ResolveArgs {
                paths: records.clone(),
            }),
        )?;
    }
    match git::unfinished(root) {
        Some(state) if !state.unmerged.is_empty() => {
            ctx.ui.error(&stopped(&state));
            Ok(false)
        }
        Some(_) => {
            git_ok(root, &["commit", "-q", "--no-edit"])?;
            ctx.ui.line("Pulled and merged your colleagues' changes");
            Ok(true)
        }
        None => Ok(true),
    }
}

/// What to do when git's merge is left unfinished.
fn stopped(state: &git::Unfinished) -> Error {
    let files = if state.unmerged.is_empty() {
        String::new()
    } else {
        format!(": {}", state.unmerged.join(", "))
    };
    Error::user(format!(
        "git's {} needs you to choose{files}",
        state.operation
    ))
    .hint("open each file with `koop edit <file>`, keep the right values, delete the [[conflicts]] entries (or the <<<<<<< ======= >>>>>>> lines), then `git add -A && git commit --no-edit` and `koop sync` again; `git merge --abort` goes back to before the pull")
}

/// Runs the rules; exit 1 when a merge conflict is left. Other findings are reported in
/// one line (`koop check` shows them).
fn check(ctx: &mut Ctx, root: &Path, after_pull: bool) -> Result<i32> {
    let store = store::load(root)?;
    let findings = rules::check(&store);
    let conflicts: Vec<_> = findings
        .iter()
        .filter(|d| d.code == codes::MERGE_CONFLICT)
        .collect();
    if !conflicts.is_empty() {
        let color = ctx.ui.color();
        for d in &conflicts {
            ctx.ui.line(&d.render(color));
        }
        return Ok(1);
    }
    let errors = findings
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    let warnings = findings.len() - errors;
    if errors + warnings > 0 {
        ctx.ui.note(&format!(
            "{}koop check: {errors} errors, {warnings} warnings (`koop check` shows them)",
            if after_pull { "after the pull, " } else { "" }
        ));
    }
    Ok(0)
}

/// "koop: 3 changes" and one line per operation since the last sync.
fn message_from_log(root: &Path, ops: &[oplog::Op]) -> String {
    let synced: u64 = std::fs::read_to_string(root.join(oplog::STATE_DIR).join(SYNCED))
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(0);
    let lines: Vec<&str> = ops
        .iter()
        .filter(|o| o.id > synced)
        .map(|o| o.description.as_str())
        .collect();
    match lines.as_slice() {
        [] => "koop sync: changes made by hand".to_string(),
        [one] => format!("koop: {one}"),
        many => format!(
            "koop: {} changes\n\n{}",
            many.len(),
            many.iter()
                .map(|l| format!("- {l}"))
                .collect::<Vec<_>>()
                .join("\n")
        ),
    }
}

fn git_run(root: &Path, args: &[&str]) -> Result<Output> {
    Command::new("git")
        .arg("-C")
        .arg(root)
        .args(args)
        .output()
        .map_err(|e| {
            Error::user("cannot run git")
                .caused_by(e.to_string())
                .hint("install git (https://git-scm.com)")
        })
}

fn git_ok(root: &Path, args: &[&str]) -> Result<()> {
    let out = git_run(root, args)?;
    if out.status.success() {
        return Ok(());
    }
    Err(Error::user(format!("`git {}` failed", args.join(" ")))
        .caused_by(String::from_utf8_lossy(&out.stderr).trim().to_string()))
}
