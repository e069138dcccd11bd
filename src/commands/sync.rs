//! `koop sync`: the daily routine of sharing for people who are not git experts — commit
//! what koop (or the user) changed, with a message listing koop's operations; pull with a
//! merge (koop's drivers merge records by identity); settle what koop can settle (files
//! resolved by hand, a case number a colleague took first); check; push. It stops with plain
//! instructions where a person has to choose (docs/collaboration.md).

use std::path::Path;
use std::process::Command;

use clap::Args;

use super::Ctx;
use crate::diag::{Diagnostic, Severity};
use crate::error::{Error, Result};
use crate::rules::{self, codes};
use crate::store::{self, crypt, git, oplog};

/// Arguments of `koop sync`.
#[derive(Debug, Args)]
pub struct SyncArgs {
    #[arg(long, short = 'm')]
    pub message: Option<String>,
    #[arg(long)]
    pub no_push: bool,
}

/// Where the number of the last operation synced is kept (local, like the log).
const SYNCED: &str = "synced";

/// Runs `koop sync`.
pub fn run(ctx: &mut Ctx, args: SyncArgs) -> Result<i32> {
    if ctx.dry_run {
        return Err(Error::user(crate::tr!("sync-dry-run")).hint(crate::tr!("sync-dry-run-hint")));
    }
    let root = store::require_root(&ctx.cwd)?;
    if git::git_dir(&root).is_none() {
        return Err(Error::user(crate::tr!("sync-no-git")).hint(crate::tr!("sync-no-git-hint")));
    }
    // Records of an earlier format are migrated first, by someone who can read them all.
    let store = store::load(&root)?;
    Ctx::refuse_outdated(&store)?;
    // A merge left unfinished: finish it when every file is settled.
    if git::unfinished(&root).is_some() && !finish_merge(ctx, &root)? {
        return Ok(1);
    }
    if !super::git::is_set_up(&root) {
        super::git::setup(&root)?;
        ctx.ui.note(&crate::tr!("sync-set-up"));
    }
    super::git::attributes(&root)?;
    oplog::ensure_state_dir(&root)?;

    // 1. Commit what is pending — records and koop's files only.
    let strays = strays(&root)?;
    if !strays.is_empty() {
        return Err(Error::user(crate::tr!(
            "sync-strays",
            n = strays.len(),
            files = strays.join(", ")
        ))
        .hint(crate::tr!("sync-strays-hint")));
    }
    let plain = plain_personal(&root, &store)?;
    if !plain.is_empty() {
        return Err(
            Error::user(crate::tr!("sync-plain-personal", files = plain.join(", ")))
                .hint(crate::tr!("sync-plain-personal-hint")),
        );
    }
    git::run_ok(&root, &["add", "-A", "--", "."])?;
    // Without textconv: a file encrypted again to other keys decrypts to the same text, and
    // must still be committed.
    let staged = !git::run(
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
        commit(&root, &message)?;
        ctx.ui.line(&crate::tr!(
            "sync-committed",
            message = message.lines().next().unwrap_or("")
        ));
    } else {
        ctx.ui.line(&crate::tr!("sync-nothing-to-commit"));
    }
    let _ = std::fs::write(
        root.join(oplog::STATE_DIR).join(SYNCED),
        last_op.to_string(),
    );

    // 2. Pull with a merge.
    let upstream = git::run(
        &root,
        &["rev-parse", "--abbrev-ref", "--symbolic-full-name", "@{u}"],
    )?;
    if !upstream.status.success() {
        let remotes = git::run(&root, &["remote"])?;
        ctx.ui.warn(
            &if String::from_utf8_lossy(&remotes.stdout).trim().is_empty() {
                crate::tr!("sync-no-remote")
            } else {
                crate::tr!("sync-no-upstream")
            },
        );
        return check(ctx, &root, &[]);
    }
    let upstream = String::from_utf8_lossy(&upstream.stdout).trim().to_string();
    let (remote, branch) = upstream.split_once('/').unwrap_or(("origin", &upstream));
    let refspec = format!("HEAD:{branch}");
    let push = ["push", "-q", remote, refspec.as_str()];
    let numbers_before = case_numbers(&root);
    if !pull(ctx, &root)? {
        return Ok(1);
    }
    for (suffix, (old, dir)) in &numbers_before {
        if let Some((new, _)) = case_numbers(&root).get(suffix)
            && new != old
        {
            ctx.ui.note(&crate::tr!(
                "sync-renumbered-by-colleague",
                old = old,
                dir = dir,
                new = new
            ));
        }
    }
    renumber_unshared(ctx, &root)?;

    // 3. Check: a conflict, or an error in what this clone changed, is not pushed.
    let mine = changed_since_upstream(&root);
    let code = check(ctx, &root, &mine)?;
    if code != 0 || args.no_push {
        return Ok(code);
    }
    // 4. Push.
    if head(&root) == rev(&root, "@{u}") {
        ctx.ui.line(&crate::tr!("sync-nothing-to-push"));
        return Ok(0);
    }
    let pushed = git::run(&root, &push)?;
    if !pushed.status.success() {
        // Someone pushed meanwhile: take their work and try once more.
        if !pull(ctx, &root)? {
            return Ok(1);
        }
        let again = git::run(&root, &push)?;
        if !again.status.success() {
            return Err(Error::user(crate::tr!("sync-push-failed"))
                .caused_by(String::from_utf8_lossy(&again.stderr).trim().to_string())
                .hint(crate::tr!("sync-push-failed-hint")));
        }
    }
    ctx.ui.line(&crate::tr!("sync-pushed"));
    Ok(0)
}

/// Finishes a merge git left unfinished when koop can: files resolved by hand are added,
/// the rest merged by identity; `false` (instructions printed) when a person must choose.
fn finish_merge(ctx: &mut Ctx, root: &Path) -> Result<bool> {
    let Some(state) = git::unfinished(root) else {
        return Ok(true);
    };
    if state.operation != "merge" {
        ctx.ui.error(&stopped(&state));
        return Ok(false);
    }
    let records: Vec<String> = state
        .unmerged
        .iter()
        .filter(|p| is_record(p))
        .cloned()
        .collect();
    if !records.is_empty() {
        super::git::settle_all(ctx, root, &records)?;
    }
    match git::unfinished(root) {
        Some(state) if !state.unmerged.is_empty() => {
            ctx.ui.error(&stopped(&state));
            Ok(false)
        }
        Some(_) => {
            // Everything settled: conflicts resolved by hand must not hide a [[conflicts]].
            let store = store::load(root)?;
            if store
                .problems
                .iter()
                .any(|d| d.code == codes::MERGE_CONFLICT)
            {
                let color = ctx.ui.color();
                for d in store
                    .problems
                    .iter()
                    .filter(|d| d.code == codes::MERGE_CONFLICT)
                {
                    ctx.ui.line(&d.render(color));
                }
                ctx.ui.error(
                    &Error::user(crate::tr!("sync-merge-conflicts"))
                        .hint(crate::tr!("sync-merge-conflicts-hint")),
                );
                return Ok(false);
            }
            git::run_ok(root, &["commit", "-q", "--no-edit", "--cleanup=strip"])?;
            ctx.ui.line(&crate::tr!("sync-merge-finished"));
            Ok(true)
        }
        None => Ok(true),
    }
}

/// Pulls with a merge; settles what koop can; `false` (with instructions printed) when a
/// person has to choose.
fn pull(ctx: &mut Ctx, root: &Path) -> Result<bool> {
    let before = head(root);
    let out = Command::new("git")
        .arg("-C")
        .arg(root)
        .args(["pull", "-q", "--no-rebase", "--no-edit"])
        .env("GIT_MERGE_AUTOEDIT", "no")
        .output()
        .map_err(|e| Error::user(crate::tr!("sync-cannot-run-git")).caused_by(e.to_string()))?;
    if out.status.success() {
        ctx.ui.line(&if head(root) == before {
            crate::tr!("sync-nothing-new")
        } else {
            crate::tr!("sync-pulled")
        });
        return Ok(true);
    }
    if git::unfinished(root).is_none() {
        return Err(Error::user(crate::tr!("sync-pull-failed"))
            .caused_by(String::from_utf8_lossy(&out.stderr).trim().to_string())
            .hint(crate::tr!("sync-pull-failed-hint")));
    }
    // Files the drivers could not settle (no driver at the time, or encrypted for someone
    // else): merged from git's versions where this user can.
    if !finish_merge(ctx, root)? {
        return Ok(false);
    }
    ctx.ui.line(&crate::tr!("sync-pulled-merged"));
    Ok(true)
}

/// After a pull, a case of this clone that took a number a colleague had already shared
/// moves to a free one (the plan of `koop case renumber`), before anyone sees it.
fn renumber_unshared(ctx: &mut Ctx, root: &Path) -> Result<()> {
    let store = store::load(root)?;
    let plan = store::renumber::plan(&store);
    if plan.is_empty() || plan.iter().any(|m| m.why != store::renumber::SHARED) {
        return Ok(()); // nothing, or clashes between shared cases: K004 asks a person
    }
    super::case::run(
        ctx,
        super::case::CaseCommand::Renumber(super::case::RenumberArgs {
            id: None,
            force: false,
        }),
    )?;
    git::run_ok(root, &["add", "-A", "--", "."])?;
    let moves: Vec<String> = plan
        .iter()
        .map(|m| crate::tr!("sync-renumber-move", from = &m.from, to = &m.to))
        .collect();
    commit(
        root,
        &crate::tr!("sync-renumber-commit", moves = moves.join(", ")),
    )?;
    ctx.ui.note(&crate::tr!("sync-renumbered"));
    Ok(())
}

/// Files that differ from the shared branch (what this clone would push).
fn changed_since_upstream(root: &Path) -> Vec<String> {
    git::run(
        root,
        &[
            "diff",
            "--name-only",
            "--no-textconv",
            "@{u}",
            "HEAD",
            "--",
            ".",
        ],
    )
    .map(|o| {
        String::from_utf8_lossy(&o.stdout)
            .lines()
            .map(str::to_string)
            .collect()
    })
    .unwrap_or_default()
}

/// What to do when git's merge is left unfinished.
fn stopped(state: &git::Unfinished) -> Error {
    let hint = match state.operation {
        "merge" => crate::tr!("sync-stopped-merge-hint"),
        "rebase" => crate::tr!("sync-stopped-rebase-hint"),
        _ => crate::tr!("sync-stopped-hint"),
    };
    let message = if state.unmerged.is_empty() {
        crate::tr!("sync-stopped", operation = state.operation)
    } else {
        crate::tr!(
            "sync-stopped-files",
            operation = state.operation,
            files = state.unmerged.join(", ")
        )
    };
    Error::user(message).hint(hint)
}

/// Runs the rules: exit 1 when a merge conflict is left, or an error is in a file of
/// `mine` (this clone's changes); other findings are counted in one line.
fn check(ctx: &mut Ctx, root: &Path, mine: &[String]) -> Result<i32> {
    let store = store::load(root)?;
    let findings = rules::check(&store);
    let is_mine = |d: &Diagnostic| {
        let file = d.location.file.as_str();
        mine.iter().any(|m| {
            m == file
                || m.strip_suffix(crypt::SUFFIX) == Some(file)
                || file.strip_suffix(crypt::SUFFIX) == Some(m)
        })
    };
    let blocking: Vec<&Diagnostic> = findings
        .iter()
        .filter(|d| {
            d.code == codes::MERGE_CONFLICT || (d.severity == Severity::Error && is_mine(d))
        })
        .collect();
    if !blocking.is_empty() {
        let color = ctx.ui.color();
        for d in &blocking {
            ctx.ui.line(&d.render(color));
        }
        ctx.ui.warn(&crate::tr!("sync-not-pushed"));
        return Ok(1);
    }
    let errors = findings
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    let warnings = findings.len() - errors;
    let keys = findings
        .iter()
        .filter(|d| d.code == codes::RECIPIENTS)
        .count();
    if keys > 0 {
        ctx.ui.warn(&crate::tr!("sync-recipients", n = keys));
    }
    if errors + warnings > 0 {
        ctx.ui.note(&crate::tr!(
            "sync-check",
            errors = crate::tr!("count-errors", n = errors),
            warnings = crate::tr!("count-warnings", n = warnings)
        ));
    }
    Ok(0)
}

/// Each case folder's number, by the folder's suffix (which a renumbering keeps).
fn case_numbers(root: &Path) -> std::collections::BTreeMap<String, (String, String)> {
    let mut out = std::collections::BTreeMap::new();
    let Ok(dirs) = std::fs::read_dir(root.join("cases")) else {
        return out;
    };
    for dir in dirs.flatten().filter(|d| d.path().is_dir()) {
        let name = dir.file_name().to_string_lossy().to_string();
        if let Some((number, suffix)) = name.rsplit_once('-') {
            out.insert(suffix.to_string(), (number.to_string(), name.clone()));
        }
    }
    out
}

/// Personal files (members, diagnoses) kept in plain text in a repository whose personal
/// data is encrypted, among what this sync would commit — never shared, not even once in
/// history. A repository that allows it (K032 in koop.toml, for invented training data) may.
fn plain_personal(root: &Path, store: &store::Store) -> Result<Vec<String>> {
    let allowed = store
        .config
        .as_ref()
        .is_some_and(|c| c.check.allow.iter().any(|a| a == codes::PLAIN_PERSONAL));
    if store.recipients == 0 || allowed {
        return Ok(Vec::new());
    }
    let out = git::run(
        root,
        &[
            "status",
            "--porcelain",
            "-z",
            "--untracked-files=all",
            "--",
            ".",
        ],
    )?;
    Ok(git::nul_entries(&out.stdout)
        .filter_map(|e| e.get(3..))
        .filter(|p| {
            p.starts_with("cases/")
                && p.rsplit('/').next().is_some_and(crypt::is_personal)
                && root.join(p).is_file()
        })
        .map(str::to_string)
        .collect())
}

/// Whether a path is a record (also when encrypted).
fn is_record(rel: &str) -> bool {
    store::registry::is_record_path(rel.strip_suffix(crypt::SUFFIX).unwrap_or(rel))
}

/// New files git would add that are neither records nor koop's own: a family's scan or a
/// note dropped into the repository must not be shared unencrypted by a routine sync.
fn strays(root: &Path) -> Result<Vec<String>> {
    let out = git::run(
        root,
        &[
            "ls-files",
            "--others",
            "--exclude-standard",
            "-z",
            "--",
            ".",
        ],
    )?;
    Ok(git::nul_entries(&out.stdout)
        .filter(|p| !koop_file(p))
        .map(str::to_string)
        .collect())
}

/// Files koop writes or reads besides records.
fn koop_file(rel: &str) -> bool {
    let name = rel.rsplit('/').next().unwrap_or(rel);
    is_record(rel)
        || rel == store::CONFIG_FILE
        || name == ".gitkeep"
        || name == ".gitignore"
        || name == ".gitattributes"
        || rel.starts_with("templates/")
        || (rel.starts_with("keys/") && rel.ends_with(".txt"))
}

/// "koop: 3 changes" and one line per operation since the last sync.
fn message_from_log(root: &Path, ops: &[oplog::Op]) -> String {
    let synced: Option<u64> = std::fs::read_to_string(root.join(oplog::STATE_DIR).join(SYNCED))
        .ok()
        .and_then(|s| s.trim().parse().ok());
    // Before the first sync: what koop did since the last commit (which may have been made
    // by hand with everything before it).
    let last_commit = git::run(
        root,
        &[
            "log",
            "-1",
            "--format=%cd",
            "--date=format-local:%Y-%m-%d %H:%M:%S",
        ],
    )
    .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
    .unwrap_or_default();
    let lines: Vec<&str> = ops
        .iter()
        .filter(|o| match synced {
            Some(n) => o.id > n,
            None => o.time > last_commit,
        })
        .map(|o| o.description.as_str())
        .collect();
    match lines.as_slice() {
        [] => crate::tr!("sync-message-by-hand"),
        [one] => format!("koop: {one}"),
        many => format!(
            "{}\n\n{}",
            crate::tr!("sync-message-changes", n = many.len()),
            many.iter()
                .map(|l| format!("- {l}"))
                .collect::<Vec<_>>()
                .join("\n")
        ),
    }
}

fn commit(root: &Path, message: &str) -> Result<()> {
    git::run_ok(root, &["commit", "-q", "-m", message])
        .map(drop)
        .map_err(|e| e.hint(crate::tr!("sync-identity-hint")))
}

fn rev(root: &Path, name: &str) -> String {
    git::run(root, &["rev-parse", "--verify", "-q", name])
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_default()
}

fn head(root: &Path) -> String {
    rev(root, "HEAD")
}
