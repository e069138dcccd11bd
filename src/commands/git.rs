//! `koop git setup|resolve|merge-driver|textconv`: koop's side of sharing a repository through
//! git (docs/collaboration.md).
//!
//! - `setup` registers, in this clone's `.git/config`, a merge driver for records that merges
//!   by identity (`store::merge3`), one for encrypted records that decrypts the three versions,
//!   merges them the same way and encrypts the result to the keys in `keys/`, and a diff
//!   driver that shows key holders the decrypted text of encrypted files (never cached).
//!   `.gitattributes` names the drivers for `*.toml` and `*.age`.
//! - `merge-driver` and `textconv` are what git runs.
//! - `resolve` does what the drivers do for files git left unmerged (a clone without the
//!   drivers, or a merge they could not finish), from the three versions in git's index.

use std::path::{Path, PathBuf};
use std::process::Command;

use clap::{Args, Subcommand};

use super::Ctx;
use crate::error::{Error, Result};
use crate::store::{self, crypt, git, merge3};
use crate::text;

/// `koop git …`.
#[derive(Debug, Subcommand)]
pub enum GitCommand {
    Setup,
    Resolve(ResolveArgs),
    #[command(hide = true)]
    MergeDriver(DriverArgs),
    #[command(hide = true)]
    Textconv(TextconvArgs),
}

/// Arguments of `koop git resolve`.
#[derive(Debug, Args)]
pub struct ResolveArgs {
    #[arg(value_name = "FILE")]
    pub paths: Vec<String>,
}

/// Arguments of the merge driver.
#[derive(Debug, Args)]
pub struct DriverArgs {
    #[arg(long)]
    pub encrypted: bool,
    pub base: PathBuf,
    pub ours: PathBuf,
    pub theirs: PathBuf,
    pub path: String,
}

/// Arguments of the diff driver.
#[derive(Debug, Args)]
pub struct TextconvArgs {
    pub file: PathBuf,
}

/// Dispatches `koop git …`.
pub fn run(ctx: &mut Ctx, cmd: GitCommand) -> Result<i32> {
    if ctx.dry_run {
        return Err(Error::user(crate::tr!("git-dry-run")).hint(crate::tr!("git-dry-run-hint")));
    }
    match cmd {
        GitCommand::Setup => setup_cmd(ctx),
        GitCommand::Resolve(args) => resolve(ctx, args),
        GitCommand::MergeDriver(args) => merge_driver(ctx, args),
        GitCommand::Textconv(args) => textconv(ctx, args),
    }
}

/// The lines koop wants in `.gitattributes` (the file is shared: its comments are the same in
/// every language).
pub const GITATTRIBUTES: &str = include_str!("../../assets/gitattributes");

/// Lines of an earlier koop that the ones above replace, one a line.
const OLD_ATTRIBUTES: &str = include_str!("../../assets/gitattributes-old");

fn setup_cmd(ctx: &mut Ctx) -> Result<i32> {
    let root = store::require_root(&ctx.cwd)?;
    if git::git_dir(&root).is_none() {
        return Err(
            Error::user(crate::tr!("git-no-work-tree")).hint(crate::tr!("git-no-work-tree-hint"))
        );
    }
    let changed = attributes(&root)?;
    setup(&root)?;
    ctx.ui.line(&crate::tr!("git-set-up"));
    if changed {
        ctx.ui.note(&crate::tr!("git-attributes-updated"));
    }
    Ok(0)
}

/// Writes the driver settings into the clone's git configuration.
pub fn setup(root: &Path) -> Result<()> {
    let exe = std::env::current_exe()
        .map_err(|e| Error::user(crate::tr!("git-exe-unknown")).caused_by(e.to_string()))?;
    let exe = shell_quote(&exe.to_string_lossy());
    let settings = [
        ("merge.koop.name", crate::tr!("git-driver-name")),
        ("merge.koop.driver", driver(&exe, false)),
        (
            "merge.koop-age.name",
            crate::tr!("git-driver-name-encrypted"),
        ),
        ("merge.koop-age.driver", driver(&exe, true)),
        ("diff.koop-age.textconv", format!("{exe} git textconv")),
        // Decrypted text must never be kept by git.
        ("diff.koop-age.cachetextconv", "false".to_string()),
        // A plain `git pull` merges too (never "divergent branches, specify how").
        ("pull.rebase", "false".to_string()),
    ];
    for (key, value) in settings {
        git::run_ok(root, &["config", "--local", key, &value])?;
    }
    Ok(())
}

/// Whether this clone's git configuration has koop's merge drivers.
///
/// The drivers name this koop's program by its path: a koop installed elsewhere since (or
/// removed) is not set up, and `koop sync` sets the drivers up again.
pub fn is_set_up(root: &Path) -> bool {
    let Ok(exe) = std::env::current_exe() else {
        return false;
    };
    let expected = driver(&shell_quote(&exe.to_string_lossy()), false);
    git::run(root, &["config", "--get", "merge.koop.driver"])
        .is_ok_and(|o| o.status.success() && String::from_utf8_lossy(&o.stdout).trim() == expected)
}

/// Puts koop's lines into `.gitattributes` (replacing an earlier koop's); whether it changed.
pub fn attributes(root: &Path) -> Result<bool> {
    let path = root.join(".gitattributes");
    let old = std::fs::read_to_string(&path).unwrap_or_default();
    let kept: Vec<&str> = old
        .lines()
        .filter(|l| {
            !OLD_ATTRIBUTES.lines().any(|o| o == l.trim())
                && !GITATTRIBUTES.lines().any(|g| g == *l)
        })
        .collect();
    let mut new = GITATTRIBUTES.to_string();
    if !kept.iter().all(|l| l.trim().is_empty()) {
        new.push_str(&kept.join("\n"));
        new.push('\n');
    }
    if new == old {
        return Ok(false);
    }
    store::write::replace(root, ".gitattributes", &new)?;
    Ok(true)
}

/// The command line git runs to merge a record (`%O %A %B %P`: the three versions and the
/// path), as words.
fn driver(exe: &str, encrypted: bool) -> String {
    let mut words = vec![exe, "git", "merge-driver"];
    if encrypted {
        words.push("--encrypted");
    }
    words.extend(["%O", "%A", "%B", "%P"]);
    words.join(" ")
}

fn shell_quote(s: &str) -> String {
    if s.bytes()
        .all(|b| b.is_ascii_alphanumeric() || b"/._-+".contains(&b))
    {
        s.to_string()
    } else {
        format!("'{}'", s.replace('\'', "'\\''"))
    }
}

/// The outcome of merging one file.
enum Outcome {
    /// Merged; the number of conflicts written into it.
    Merged(Vec<u8>, usize),
    /// Cannot be merged here, with why; `locked` when a version could not be decrypted.
    Refused { why: String, locked: bool },
}

/// Merges three versions of a record file (encrypted when `sealed`).
fn merge_versions(root: &Path, base: &[u8], ours: &[u8], theirs: &[u8], sealed: bool) -> Outcome {
    // `side`: base, ours or theirs, the words the catalogues select on.
    let open = |bytes: &[u8], side: &str| -> std::result::Result<text::Decoded, (String, bool)> {
        let plain = if sealed && !bytes.is_empty() {
            crypt::decrypt(bytes).map_err(|e| {
                let why = crate::tr!("git-cannot-decrypt", side = side, reason = e.reason());
                (why, true)
            })?
        } else {
            bytes.to_vec()
        };
        text::decode(plain).map_err(|_| (crate::tr!("git-side-not-utf8", side = side), false))
    };
    let (b, o, t) = match (
        open(base, "base"),
        open(ours, "ours"),
        open(theirs, "theirs"),
    ) {
        (Ok(b), Ok(o), Ok(t)) => (b, o, t),
        (b, o, t) => {
            let errs = [b.err(), o.err(), t.err()]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>();
            let locked = errs.iter().any(|(_, locked)| *locked);
            let why: Vec<String> = errs.into_iter().map(|(why, _)| why).collect();
            return Outcome::Refused {
                why: why.join("; "),
                locked,
            };
        }
    };
    match merge3::three_way(&b.text, &o.text, &t.text) {
        Ok(m) => {
            let plain = text::encode(&m.text, o.bom, o.crlf);
            if !sealed {
                return Outcome::Merged(plain.into_bytes(), m.conflicts);
            }
            match crypt::recipients(root).and_then(|r| {
                if r.is_empty() {
                    Err(Error::user(crate::tr!("git-no-recipients")))
                } else {
                    crypt::encrypt(plain.as_bytes(), &r)
                }
            }) {
                Ok(cipher) => Outcome::Merged(cipher, m.conflicts),
                Err(e) => Outcome::Refused {
                    why: crate::tr!("git-cannot-encrypt", reason = e.message),
                    locked: false,
                },
            }
        }
        Err(why) => Outcome::Refused { why, locked: false },
    }
}

fn merge_driver(ctx: &mut Ctx, args: DriverArgs) -> Result<i32> {
    let root = store::find_root(&ctx.cwd).unwrap_or_else(|| ctx.cwd.clone());
    let read = |p: &Path| std::fs::read(p).map_err(|e| Error::io("read", p, &e));
    let (base, ours, theirs) = (read(&args.base)?, read(&args.ours)?, read(&args.theirs)?);
    match merge_versions(&root, &base, &ours, &theirs, args.encrypted) {
        Outcome::Merged(bytes, conflicts) => {
            store::write::write_file(&args.ours, &bytes)?;
            if conflicts > 0 {
                ctx.ui.warn(&crate::tr!(
                    "git-driver-conflicts",
                    n = conflicts,
                    path = &args.path
                ));
                return Ok(1);
            }
            Ok(0)
        }
        Outcome::Refused { why, .. } if !args.encrypted => {
            // Not TOML on some side: git's own line merge, with its markers.
            ctx.ui.warn(&crate::tr!(
                "git-driver-by-line",
                path = &args.path,
                why = why
            ));
            let status = Command::new("git")
                .args(["merge-file", "-L", "ours", "-L", "base", "-L", "theirs"])
                .arg(&args.ours)
                .arg(&args.base)
                .arg(&args.theirs)
                .status()
                .map_err(|e| Error::user(crate::tr!("git-merge-file")).caused_by(e.to_string()))?;
            Ok(if status.success() { 0 } else { 1 })
        }
        Outcome::Refused { why, .. } => {
            // Ours stays in place; git reports the file as conflicted.
            ctx.ui.warn(&crate::tr!(
                "git-driver-refused",
                path = &args.path,
                why = why
            ));
            Ok(1)
        }
    }
}

fn textconv(ctx: &mut Ctx, args: TextconvArgs) -> Result<i32> {
    let bytes = std::fs::read(&args.file).map_err(|e| Error::io("read", &args.file, &e))?;
    match crypt::decrypt(&bytes) {
        Ok(plain) => ctx.ui.print(&String::from_utf8_lossy(&plain)),
        Err(e) => {
            // The same words for both versions would show no change at all: a short
            // fingerprint of the encrypted bytes tells the versions apart.
            let fingerprint = bytes.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
                (h ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01b3)
            });
            ctx.ui.print(&format!(
                "{}\n",
                crate::tr!(
                    "git-textconv-locked",
                    reason = e.reason(),
                    version = format!("{fingerprint:016x}")
                )
            ));
        }
    }
    Ok(0)
}

/// What `resolve` makes of one file.
enum Settled {
    /// Merged (or found resolved) and added to git's index.
    Added(String),
    /// Written, with conflicts left for a person.
    Left(String),
}

/// Whether a record's text still holds a conflict: git's markers or `[[conflicts]]` entries.
fn has_conflicts(text: &str) -> bool {
    !git::markers(text).is_empty()
        || text
            .lines()
            .any(|l| l.trim() == format!("[[{}]]", merge3::CONFLICTS))
}

/// The decrypted text of a record file's bytes (`None` when it cannot be read as text).
fn readable(bytes: &[u8], sealed: bool) -> Option<String> {
    let plain = if sealed {
        crypt::decrypt(bytes).ok()?
    } else {
        bytes.to_vec()
    };
    text::decode(plain).ok().map(|d| d.text)
}

/// Settles one unmerged file: resolved by hand already (added), driver output with
/// conflicts a person is choosing (left alone), or merged from git's three versions.
fn settle_unmerged(root: &Path, rel: &str) -> Result<Settled> {
    let stage = |n: u8| -> Vec<u8> {
        git::run(root, &["show", &format!(":{n}:./{rel}")])
            .ok()
            .filter(|o| o.status.success())
            .map(|o| o.stdout)
            .unwrap_or_default()
    };
    let sealed = rel.ends_with(crypt::SUFFIX);
    let current = std::fs::read(root.join(rel)).unwrap_or_default();
    let raw = String::from_utf8_lossy(&current).to_string();
    let text = readable(&current, sealed);
    let ours = stage(2);
    let theirs = stage(3);
    if ours.is_empty() != theirs.is_empty() {
        return Ok(Settled::Left(crate::tr!(
            "git-changed-and-removed",
            path = rel
        )));
    }
    // The markers left in the file: merged from them, so hunks already chosen by hand stay.
    if !git::markers(&raw).is_empty() {
        return match settle_markers(root, rel)? {
            Settled::Added(_) => {
                add(root, rel)?;
                Ok(Settled::Added(crate::tr!("git-merged", path = rel)))
            }
            left => Ok(left),
        };
    }
    // A record the driver merged with conflicts differs from ours (it lists them), so one
    // equal to ours was set back to ours by hand; an encrypted one equal to ours is what the
    // driver left when it could not decrypt.
    let by_hand = !current.is_empty() && (current != ours || !sealed);
    if by_hand {
        match &text {
            // Changed since the merge and free of conflicts: resolved by hand.
            Some(t) if !has_conflicts(t) => {
                add(root, rel)?;
                return Ok(Settled::Added(crate::tr!(
                    "git-resolved-by-hand",
                    path = rel
                )));
            }
            // The driver's `[[conflicts]]`: someone is choosing; never overwrite their work.
            Some(_) => {
                return Ok(Settled::Left(crate::tr!("git-still-conflicts", path = rel)));
            }
            None => {}
        }
    }
    match merge_versions(root, &stage(1), &ours, &theirs, sealed) {
        Outcome::Merged(bytes, 0) => {
            store::write::write_file(&root.join(rel), &bytes)?;
            add(root, rel)?;
            Ok(Settled::Added(crate::tr!("git-merged", path = rel)))
        }
        Outcome::Merged(bytes, n) => {
            store::write::write_file(&root.join(rel), &bytes)?;
            Ok(Settled::Left(crate::tr!(
                "git-merged-with-conflicts",
                path = rel,
                n = n
            )))
        }
        Outcome::Refused { why, locked } => Ok(Settled::Left(refused(rel, &why, locked))),
    }
}

/// Why a file cannot be merged here, and what to do.
fn refused(rel: &str, why: &str, locked: bool) -> String {
    if locked {
        crate::tr!("git-cannot-merge-locked", path = rel, why = why)
    } else {
        crate::tr!("git-cannot-merge", path = rel, why = why)
    }
}

/// Merges a committed file that still holds git's conflict markers (a merge someone finished
/// without resolving it) from the two sides the markers hold.
fn settle_markers(root: &Path, rel: &str) -> Result<Settled> {
    let sealed = rel.ends_with(crypt::SUFFIX);
    let current =
        std::fs::read(root.join(rel)).map_err(|e| Error::io("read", &root.join(rel), &e))?;
    let Some((base, ours, theirs)) = git::split_markers(&String::from_utf8_lossy(&current)) else {
        return Ok(Settled::Left(crate::tr!(
            "git-nothing-to-resolve",
            path = rel
        )));
    };
    // The lines outside the conflicts of an encrypted file are no file of their own.
    let base = if sealed { String::new() } else { base };
    match merge_versions(
        root,
        base.as_bytes(),
        ours.as_bytes(),
        theirs.as_bytes(),
        sealed,
    ) {
        Outcome::Merged(bytes, n) => {
            store::write::write_file(&root.join(rel), &bytes)?;
            Ok(if n == 0 {
                Settled::Added(crate::tr!("git-merged-sides", path = rel))
            } else {
                Settled::Left(crate::tr!(
                    "git-merged-sides-with-conflicts",
                    path = rel,
                    n = n
                ))
            })
        }
        Outcome::Refused { why, locked } => Ok(Settled::Left(refused(rel, &why, locked))),
    }
}

fn add(root: &Path, rel: &str) -> Result<()> {
    git::run_ok(root, &["add", "--", rel]).map(drop)
}

/// Settles every unmerged record file it can; `true` when none is left.
pub fn settle_all(ctx: &mut Ctx, root: &Path, paths: &[String]) -> Result<bool> {
    let unmerged = git::unmerged(root);
    let mut left = 0;
    for rel in paths {
        let outcome = if unmerged.contains(rel) {
            settle_unmerged(root, rel)?
        } else {
            settle_markers(root, rel)?
        };
        match outcome {
            Settled::Added(line) => ctx.ui.line(&line),
            Settled::Left(line) => {
                left += 1;
                ctx.ui.line(&line);
            }
        }
    }
    Ok(left == 0)
}

fn resolve(ctx: &mut Ctx, args: ResolveArgs) -> Result<i32> {
    let root = store::require_root(&ctx.cwd)?;
    let paths: Vec<String> = if args.paths.is_empty() {
        git::unmerged(&root)
            .into_iter()
            .filter(|p| store::registry::is_record_path(p.strip_suffix(crypt::SUFFIX).unwrap_or(p)))
            .collect()
    } else {
        args.paths
            .iter()
            .map(|p| p.trim_start_matches("./").to_string())
            .collect()
    };
    if paths.is_empty() {
        ctx.ui.line(&crate::tr!("git-nothing-unmerged"));
        return Ok(0);
    }
    for rel in &paths {
        if !root.join(rel).is_file() {
            return Err(Error::user(crate::tr!("git-no-such-file", path = rel))
                .hint(crate::tr!("git-no-such-file-hint")));
        }
    }
    if !settle_all(ctx, &root, &paths)? {
        return Ok(1);
    }
    match git::unfinished(&root) {
        Some(state) if state.unmerged.is_empty() => ctx.ui.note(&crate::tr!("git-all-merged")),
        Some(_) => {}
        None => ctx.ui.note(&crate::tr!("git-commit-it")),
    }
    Ok(0)
}
