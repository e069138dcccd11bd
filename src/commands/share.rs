//! `koop share`: disclosure packages — what one institution may see of a case under the
//! consent in force — and the register of everything given out of the encrypted records
//! (`koop share log`).

use std::path::PathBuf;

use clap::{Args, Subcommand};
use serde_json::{Value, json};

use super::caseutil::{find_case, need_personal, today};
use super::doc::{DocFormat, deliver, may_write, shown};
use super::output::{ListFormat, print_csv_json, print_json, print_table};
use super::{Ctx, Step, required_text};
use crate::error::{Error, Result};
use crate::model::Date;
use crate::model::disclosure::{Act, Disclosure, Refusal};
use crate::store::{self, Store};

/// `koop share …`
#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub struct ShareArgs {
    #[command(subcommand)]
    pub command: Option<ShareCommand>,
    #[arg(required = true)]
    #[arg(add = clap_complete::ArgValueCandidates::new(crate::complete::cases))]
    pub id: Option<String>,
    #[arg(long, required = true)]
    #[arg(add = clap_complete::ArgValueCandidates::new(crate::complete::institutions))]
    pub to: Option<String>,
    #[arg(long, required = true)]
    pub purpose: Option<String>,
    #[arg(long, value_enum)]
    pub format: Option<DocFormat>,
    #[arg(short = 'o', long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    #[arg(long)]
    pub force: bool,
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub date: Option<Date>,
}

/// `koop share log`
#[derive(Debug, Subcommand)]
pub enum ShareCommand {
    Log(LogArgs),
}

/// Arguments of `koop share log`.
#[derive(Debug, Args)]
pub struct LogArgs {
    #[arg(long)]
    #[arg(add = clap_complete::ArgValueCandidates::new(crate::complete::cases))]
    pub case: Option<String>,
    #[arg(long)]
    #[arg(add = clap_complete::ArgValueCandidates::new(crate::complete::institutions))]
    pub to: Option<String>,
    #[arg(long, value_enum, default_value_t)]
    pub format: ListFormat,
}

/// The folder of the register.
pub const DIR: &str = "disclosures";

/// An entry to add to the register.
pub struct Entry {
    pub date: Date,
    pub act: Act,
    pub case: String,
    pub number: String,
    pub to: Option<String>,
    pub categories: Vec<crate::model::Category>,
    pub purpose: Option<String>,
    pub document: Option<String>,
    pub format: Option<String>,
}

/// Dispatches `koop share …`.
pub fn run(ctx: &mut Ctx, args: ShareArgs) -> Result<i32> {
    match args.command {
        Some(ShareCommand::Log(log_args)) => log(ctx, &log_args),
        None => share(ctx, args),
    }
}

/// Who gives the data: the name of the user's key in `keys/`, else the name their commits
/// carry (git's `user.name`), else their login.
pub fn who(root: &std::path::Path) -> Option<String> {
    let mine = store::crypt::own_public_keys();
    let named = store::crypt::recipients(root)
        .ok()
        .and_then(|r| r.into_iter().find(|k| mine.contains(&k.text)))
        .map(|k| k.name);
    let committer = || {
        store::git::run(root, &["config", "--get", "user.name"])
            .ok()
            .filter(|o| o.status.success())
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
            .filter(|s| !s.is_empty())
    };
    named.or_else(committer).or_else(|| {
        std::env::var("USER")
            .or_else(|_| std::env::var("USERNAME"))
            .ok()
            .filter(|s| !s.trim().is_empty())
    })
}

/// Stages a register entry in `tx`; returns its path.
pub fn stage(tx: &mut store::tx::Tx, store: &Store, entry: Entry) -> Result<String> {
    let taken = |s: &str| {
        store
            .disclosures
            .iter()
            .any(|d| d.id.ends_with(&format!("-{s}")))
    };
    let suffix = crate::model::uid::fresh(crate::model::uid::SUFFIX_LEN, taken);
    let id = format!("{}-{}-{suffix}", entry.date, entry.number);
    let path = format!("{DIR}/{id}.toml");
    let record = Disclosure {
        date: crate::model::spanned(entry.date),
        act: entry.act,
        case: crate::model::spanned(entry.case),
        number: entry.number,
        to: entry.to.map(crate::model::spanned),
        by: who(&store.root),
        categories: entry.categories,
        purpose: entry.purpose,
        document: entry.document,
        format: entry.format,
    };
    tx.create(&path, &super::to_toml(&record)?)?;
    Ok(path)
}

/// Adds an entry to the register as an operation of its own (`koop log`, `koop undo`).
pub fn register(ctx: &mut Ctx, entry: Entry, file: Option<&str>) -> Result<()> {
    // The entry is about one case: read and checked with that case (`load::confined`).
    let (mut tx, store) = ctx.load_for_write_case(&entry.case)?;
    let number = entry.number.clone();
    let path = stage(&mut tx, &store, entry)?;
    let step = Step::new(crate::tr!("share-op-register", case = number.as_str())).note(crate::tr!(
        "share-registered",
        path = path.as_str(),
        file = file.unwrap_or("-")
    ));
    step.commit(ctx, tx, &store)?;
    Ok(())
}

/// Why a package for `to` may not be made, in words.
fn refusal(store: &Store, case: &store::CaseRec, to: &str, day: Date, why: Refusal) -> Error {
    let (case_id, day_s) = (case.id(), day.to_string());
    match why {
        Refusal::NoConsent => Error::user(crate::tr!(
            "share-no-consent",
            case = case_id,
            date = day_s.as_str()
        ))
        .hint(crate::tr!("share-no-consent-hint", case = case_id)),
        Refusal::Withdrawn { member, date } => Error::user(crate::tr!(
            "share-withdrawn",
            case = case_id,
            member = case.member_label(&member),
            date = date.to_string()
        ))
        .hint(crate::tr!("share-withdrawn-hint")),
        Refusal::NoScope => Error::user(crate::tr!(
            "share-no-scope",
            case = case_id,
            date = day_s.as_str()
        ))
        .hint(crate::tr!("share-no-scope-hint", case = case_id)),
        Refusal::NotCovered => {
            let name = store
                .institution(to)
                .map_or_else(|| to.to_string(), |r| r.value.name.clone());
            Error::user(crate::tr!(
                "share-not-covered",
                case = case_id,
                to = to,
                name = name,
                date = day_s.as_str()
            ))
            .hint(crate::tr!(
                "share-not-covered-hint",
                case = case_id,
                to = to
            ))
        }
    }
}

fn share(ctx: &mut Ctx, args: ShareArgs) -> Result<i32> {
    let (Some(id), Some(to), Some(purpose)) = (args.id, args.to, args.purpose) else {
        return Err(Error::user(crate::tr!("share-needs")));
    };
    let purpose = required_text("--purpose", &purpose)?;
    let format = DocFormat::resolve(args.format, args.output.as_deref())?;
    super::doc::output_folder_exists(ctx, args.output.as_deref())?;
    let (mut tx, store) = ctx.load_for_write_case(&id)?;
    let case = find_case(&store, &id)?;
    let Some(institution) = store.institution(&to) else {
        return Err(super::require_institution(&store, &to)
            .err()
            .unwrap_or_else(|| Error::user(crate::tr!("share-needs"))));
    };
    let day = match args.date {
        Some(d) => d,
        None => today()?,
    };
    let allowed = crate::model::disclosure::allowed(
        &case.case.value,
        day,
        &to,
        Some(institution.value.kind.as_str()),
    )
    .map_err(|why| refusal(&store, case, &to, day, why))?;
    use crate::model::Category;
    if !allowed.identities.is_empty() {
        need_personal(case, "members")?;
    }
    if allowed
        .categories
        .iter()
        .any(|k| *k == Category::Diagnosis || Category::HEADINGS.contains(k))
    {
        need_personal(case, "diagnosis")?;
    }
    let data = crate::doc::context::pakiet(&store, case, &to, day, &purpose, &allowed);
    let bytes = super::doc::render_bytes(&store.root, "pakiet", format, &data, day)?;
    let output = match &args.output {
        Some(p) if p.as_os_str() == "-" => None,
        Some(p) => Some(ctx.cwd.join(p)),
        None if format == DocFormat::Pdf => {
            Some(ctx.cwd.join(format!("pakiet-{}-{to}.pdf", case.id())))
        }
        None => None,
    };
    let personal = allowed.categories.iter().any(|k| {
        *k == Category::Identity || *k == Category::Diagnosis || Category::HEADINGS.contains(k)
    });
    let inside = match &output {
        Some(path) => may_write(ctx, &store.root, path, personal, args.force)?,
        None => false,
    };
    // The register first: a package is never given without its entry.
    let entry = Entry {
        date: day,
        act: Act::Share,
        case: case.dir.clone(),
        number: case.id().to_string(),
        to: Some(to.clone()),
        categories: allowed.categories.clone(),
        purpose: Some(purpose),
        document: Some("pakiet".to_string()),
        format: Some(format.name()),
    };
    let number = case.id().to_string();
    let path = stage(&mut tx, &store, entry)?;
    let shown_file = output
        .as_deref()
        .map_or_else(|| "-".to_string(), |p| shown(&ctx.cwd, p));
    Step::new(crate::tr!(
        "share-op",
        case = number.as_str(),
        to = to.as_str()
    ))
    .note(crate::tr!(
        "share-registered",
        path = path.as_str(),
        file = shown_file.as_str()
    ))
    .commit(ctx, tx, &store)?;
    deliver(ctx, output.as_deref(), &bytes, personal && inside)
}

/// The register's entries as JSON.
fn entry_json(store: &Store, d: &store::Rec<Disclosure>) -> Value {
    let v = &d.value;
    json!({
        "id": d.id,
        "date": v.date.get_ref().to_string(),
        "act": v.act.as_str(),
        "case": v.number,
        "folder": v.case.get_ref(),
        "to": v.to.as_ref().map(|t| t.get_ref()),
        "to_name": v.to.as_ref().and_then(|t| store.institution(t.get_ref())).map(|r| r.value.name.clone()),
        "by": v.by,
        "categories": v.categories.iter().map(|c| c.as_str()).collect::<Vec<_>>(),
        "purpose": v.purpose,
        "document": v.document,
        "format": v.format,
        "file": d.path,
    })
}

fn log(ctx: &mut Ctx, args: &LogArgs) -> Result<i32> {
    // The register holds no personal data: it needs no case read, or only the one asked for
    // (to know its folder under a number it took since).
    let store = match &args.case {
        Some(key) => ctx.load_case(key)?,
        None => ctx.load_shared(&Default::default())?,
    };
    let case_dirs: Option<Vec<String>> = match &args.case {
        Some(key) => Some(
            store
                .cases
                .iter()
                .filter(|c| c.dir == *key || c.id() == key)
                .map(|c| c.dir.clone())
                .collect(),
        ),
        None => None,
    };
    let entries: Vec<&store::Rec<Disclosure>> = store
        .disclosures
        .iter()
        .filter(|d| {
            let v = &d.value;
            let case_ok = match (&case_dirs, &args.case) {
                (Some(dirs), Some(key)) => dirs.contains(v.case.get_ref()) || v.number == *key,
                _ => true,
            };
            let to_ok = args
                .to
                .as_ref()
                .is_none_or(|t| v.to.as_ref().is_some_and(|x| x.get_ref() == t));
            case_ok && to_ok
        })
        .collect();
    // A number that names no case and no entry is a typo: said, with the numbers there are
    // (an entry about a case since removed is still found by its number).
    if let (Some(key), Some(dirs)) = (&args.case, &case_dirs)
        && dirs.is_empty()
        && !store.disclosures.iter().any(|d| d.value.number == *key)
    {
        find_case(&store, key)?;
    }
    match args.format {
        ListFormat::Table => {
            let rows = entries
                .iter()
                .map(|d| {
                    let v = &d.value;
                    vec![
                        v.date.get_ref().to_string(),
                        v.act.shown().to_string(),
                        v.number.clone(),
                        v.to.as_ref()
                            .map(|t| t.get_ref().clone())
                            .unwrap_or_default(),
                        v.categories
                            .iter()
                            .map(|c| c.shown())
                            .collect::<Vec<_>>()
                            .join(", "),
                        v.purpose.clone().unwrap_or_default(),
                        v.by.clone().unwrap_or_default(),
                    ]
                })
                .collect();
            let header = [
                crate::tr!("share-col-date"),
                crate::tr!("share-col-act"),
                crate::tr!("share-col-case"),
                crate::tr!("share-col-to"),
                crate::tr!("share-col-categories"),
                crate::tr!("share-col-purpose"),
                crate::tr!("share-col-by"),
            ];
            print_table(ctx.ui, &header.each_ref().map(String::as_str), rows);
        }
        ListFormat::Json => print_json(
            ctx.ui,
            &Value::Array(entries.iter().map(|d| entry_json(&store, d)).collect()),
        ),
        ListFormat::Csv => print_csv_json(
            ctx.ui,
            &[
                "date",
                "act",
                "case",
                "to",
                "categories",
                "purpose",
                "by",
                "document",
                "format",
            ],
            &entries
                .iter()
                .map(|d| entry_json(&store, d))
                .collect::<Vec<_>>(),
        ),
    }
    Ok(0)
}

#[cfg(test)]
mod tests {
    /// With no key of one's own in `keys/`, the register names the person as their git
    /// commits do.
    #[test]
    fn who_gave_it_is_the_committers_name_without_a_key() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let git = |args: &[&str]| {
            let out = std::process::Command::new("git")
                .arg("-C")
                .arg(dir.path())
                .args(args)
                .output()
                .expect("git");
            assert!(out.status.success(), "git {args:?}");
        };
        git(&["init", "-q"]);
        git(&["config", "user.name", "Ewa Lis"]);
        assert_eq!(super::who(dir.path()).as_deref(), Some("Ewa Lis"));
    }
}
