//! `koop case …`: a case's course from referral to closure — new, list, show, member add,
//! consent, qualify, diagnosis, activate, close and renumber.

use clap::{Args, Subcommand};
use serde_json::{Value, json};

use super::caseutil::{
    case_suffix, find_case, need_personal, require_status, resolve_member, today, unknown_id,
};
use super::output::{
    Format, ListFormat, cell, print_csv_json, print_fields, print_json, print_table,
};
use super::{
    Ctx, Step, optional_text, prose, require_institution, require_person, required_prose,
    required_text, to_toml, user_id,
};
use crate::error::{Error, Result};
use crate::model::case::{Action, ConsentForm};
use crate::model::{
    Case, CaseKind, Closure, Consent as ConsentRecord, Date, Diagnosis, FamilyMember, Members,
    Plan, Qualification, Referral, Status, spanned,
};
use crate::store::{CaseRec, Store, tx::Tx};

/// `koop case …`
#[derive(Debug, Subcommand)]
pub enum CaseCommand {
    New(NewArgs),
    List(ListArgs),
    Find(super::casefind::FindArgs),
    Show(ShowArgs),
    #[command(subcommand)]
    Member(MemberCommand),
    Consent(ConsentArgs),
    Qualify(QualifyArgs),
    Diagnosis(Box<DiagnosisArgs>),
    Activate(ActivateArgs),
    Close(CloseArgs),
    End(EndArgs),
    Renumber(RenumberArgs),
    Anonymise(super::retention::AnonymiseArgs),
    Reopen(super::remove::ReopenArgs),
    Unqualify(super::remove::UnqualifyArgs),
    Remove(super::remove::CaseRemoveArgs),
}

/// `koop case member …`
#[derive(Debug, Subcommand)]
pub enum MemberCommand {
    Add(MemberAddArgs),
    Remove(super::remove::CaseMemberRemoveArgs),
}

/// Arguments of `koop case new`.
#[derive(Debug, Args)]
pub struct NewArgs {
    // Required; optional here so that on a terminal the guided start can ask for them
    // (`guided::relaxed`).
    #[arg(long, value_enum, required = true)]
    pub kind: Option<CaseKind>,
    #[arg(long, required = true)]
    #[arg(add = clap_complete::ArgValueCandidates::new(crate::complete::institutions))]
    pub referred_by: Option<String>,
    #[arg(long)]
    #[arg(add = clap_complete::ArgValueCandidates::new(crate::complete::people))]
    pub referrer: Option<String>,
    #[arg(long)]
    #[arg(value_name = "YYYY-MM-DD")]
    pub date: Option<Date>,
    #[arg(long)]
    #[arg(add = clap_complete::ArgValueCandidates::new(crate::complete::people))]
    pub coordinator: Option<String>,
    #[arg(long)]
    pub gmina: Option<String>,
    #[arg(long)]
    pub expectations: Option<String>,
    #[arg(
        long = "expectations-file",
        value_name = "PATH",
        conflicts_with = "expectations"
    )]
    pub expectations_file: Option<std::path::PathBuf>,
}

/// Arguments of `koop case list`.
#[derive(Debug, Args)]
pub struct ListArgs {
    #[arg(long, value_enum)]
    pub status: Vec<Status>,
    #[arg(long, value_enum)]
    pub kind: Option<crate::model::CaseKind>,
    #[arg(long, add = clap_complete::ArgValueCandidates::new(crate::complete::people))]
    pub coordinator: Option<String>,
    #[arg(long, add = clap_complete::ArgValueCandidates::new(crate::complete::institutions))]
    pub institution: Option<String>,
    #[arg(long, add = clap_complete::ArgValueCandidates::new(crate::complete::teams))]
    pub team: Option<String>,
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub referred_from: Option<crate::model::Date>,
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub referred_to: Option<crate::model::Date>,
    #[arg(long)]
    pub attention: bool,
    #[arg(long)]
    pub gmina: Option<String>,
    #[arg(long, value_enum, default_value_t)]
    pub format: ListFormat,
}

/// Whether an institution takes part in a case: it referred it, works on it (`[[institutions]]`)
/// or is responsible for one of its tasks.
fn involves(c: &CaseRec, institution: &str) -> bool {
    let v = &c.case.value;
    v.referral.institution.get_ref() == institution
        || v.institutions
            .iter()
            .any(|i| i.institution.get_ref() == institution)
        || c.tasks()
            .any(|(_, t)| t.institution.as_ref().map(|i| i.get_ref().as_str()) == Some(institution))
}

/// Whether an active case needs the coordinator's attention today: a task past its deadline,
/// last month's monitoring not all in, or its evaluation due.
fn needs_attention(store: &crate::store::Store, c: &CaseRec, today: crate::model::Date) -> bool {
    if c.status() != Status::Active {
        return false;
    }
    let overdue = c
        .tasks()
        .any(|(_, t)| t.done.is_none() && t.due.as_ref().is_some_and(|d| *d.get_ref() < today));
    let evaluation_due = c
        .evaluations
        .last()
        .and_then(|e| e.value.next)
        .is_some_and(|next| next <= today);
    let last_month = crate::model::Month::of(today).prev();
    let monitoring_missing = crate::report::missing(store, last_month, None)
        .rows
        .iter()
        .any(|r| r.get(4).map(String::as_str) == Some(c.id()));
    overdue || evaluation_due || monitoring_missing
}

/// Arguments of `koop case show`.
#[derive(Debug, Args)]
pub struct ShowArgs {
    #[arg(add = clap_complete::ArgValueCandidates::new(crate::complete::cases))]
    pub id: String,
    #[arg(long)]
    pub reveal: bool,
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
}

/// Arguments of `koop case member add`.
#[derive(Debug, Args)]
pub struct MemberAddArgs {
    #[arg(add = clap_complete::ArgValueCandidates::new(crate::complete::cases))]
    pub id: String,
    #[arg(long)]
    pub name: String,
    #[arg(long, conflicts_with = "age", value_parser = clap::value_parser!(u16).range(1900..=2100))]
    pub birth_year: Option<u16>,
    #[arg(long, value_parser = clap::value_parser!(u8).range(0..=130))]
    pub age: Option<u8>,
    #[arg(long)]
    pub residence: Option<String>,
    #[arg(long)]
    pub phone: Option<String>,
    #[arg(long)]
    pub relation: Option<String>,
}

/// Arguments of `koop case consent`.
#[derive(Debug, Args)]
pub struct ConsentArgs {
    #[arg(add = clap_complete::ArgValueCandidates::new(crate::complete::cases))]
    pub id: String,
    #[arg(long, required_unless_present = "share")]
    #[arg(value_name = "YYYY-MM-DD")]
    pub date: Option<Date>,
    #[arg(long)]
    pub by: String,
    #[arg(long = "for", value_name = "MEMBER")]
    pub on_behalf_of: Vec<String>,
    #[arg(long, value_parser = clap::value_parser!(ConsentForm))]
    pub form: Option<ConsentForm>,
    #[arg(long)]
    pub scope: Option<String>,
    #[arg(long, value_name = "TO=CATEGORIES", value_parser = parse_share)]
    pub share: Vec<ShareArg>,
    #[arg(long, conflicts_with_all = ["on_behalf_of", "form", "scope", "share"])]
    pub withdraw: bool,
}

/// One `--share TO=CATEGORIES`: recipients (institution IDs or kinds) and categories, each
/// list separated by commas.
#[derive(Debug, Clone)]
pub struct ShareArg {
    pub to: Vec<String>,
    pub categories: Vec<crate::model::Category>,
}

fn parse_share(s: &str) -> std::result::Result<ShareArg, String> {
    use clap::ValueEnum;
    let Some((to, categories)) = s.split_once('=') else {
        return Err(crate::tr!("case-share-syntax", value = s));
    };
    let list = |t: &str| -> Vec<String> {
        t.split(',')
            .map(str::trim)
            .filter(|x| !x.is_empty())
            .map(str::to_string)
            .collect()
    };
    let to = list(to);
    let categories = list(categories)
        .iter()
        .map(|c| {
            crate::model::Category::from_str(c, true).map_err(|_| {
                crate::tr!(
                    "case-share-category",
                    value = c.as_str(),
                    words = crate::text::one_of(&crate::model::Category::words())
                )
            })
        })
        .collect::<std::result::Result<Vec<_>, _>>()?;
    if to.is_empty() || categories.is_empty() {
        return Err(crate::tr!("case-share-syntax", value = s));
    }
    Ok(ShareArg { to, categories })
}

/// Arguments of `koop case qualify`.
#[derive(Debug, Args)]
pub struct QualifyArgs {
    #[arg(add = clap_complete::ArgValueCandidates::new(crate::complete::cases))]
    pub id: String,
    #[arg(long)]
    #[arg(add = clap_complete::ArgValueCandidates::new(crate::complete::teams))]
    pub team: String,
    #[arg(long)]
    #[arg(value_name = "YYYY-MM-DD")]
    pub date: Date,
    #[arg(long)]
    pub reason: Option<String>,
}

/// Arguments of `koop case end`.
#[derive(Debug, Args)]
pub struct EndArgs {
    #[arg(add = clap_complete::ArgValueCandidates::new(crate::complete::cases))]
    pub id: String,
    #[arg(value_parser = parse_outcome)]
    pub outcome: Status,
    #[arg(long)]
    #[arg(value_name = "YYYY-MM-DD")]
    pub date: Date,
    #[arg(long, required_unless_present = "reason_file")]
    pub reason: Option<String>,
    #[arg(long, value_name = "PATH")]
    pub reason_file: Option<std::path::PathBuf>,
}

fn parse_outcome(s: &str) -> std::result::Result<Status, String> {
    match Status::ALL
        .iter()
        .copied()
        .find(|o| o.as_str() == s || o.aliases().contains(&s))
    {
        Some(o) if o.outcome() => Ok(o),
        _ => Err(crate::tr!(
            "case-expected-outcome",
            words = crate::text::one_of(
                &Status::ALL
                    .iter()
                    .filter(|o| o.outcome())
                    .map(|o| o.as_str())
                    .collect::<Vec<_>>()
            )
        )),
    }
}

/// Arguments of `koop case diagnosis`.
#[derive(Debug, Args)]
pub struct DiagnosisArgs {
    #[arg(add = clap_complete::ArgValueCandidates::new(crate::complete::cases))]
    pub id: String,
    #[arg(long)]
    #[arg(value_name = "YYYY-MM-DD")]
    pub date: Option<Date>,
    #[arg(long)]
    #[arg(add = clap_complete::ArgValueCandidates::new(crate::complete::people))]
    pub author: Option<String>,
    #[arg(long)]
    pub material: Option<String>,
    #[arg(
        long = "material-file",
        value_name = "PATH",
        conflicts_with = "material"
    )]
    pub material_file: Option<std::path::PathBuf>,
    #[arg(long)]
    pub housing: Option<String>,
    #[arg(long = "housing-file", value_name = "PATH", conflicts_with = "housing")]
    pub housing_file: Option<std::path::PathBuf>,
    #[arg(long)]
    pub professional: Option<String>,
    #[arg(
        long = "professional-file",
        value_name = "PATH",
        conflicts_with = "professional"
    )]
    pub professional_file: Option<std::path::PathBuf>,
    #[arg(long)]
    pub health: Option<String>,
    #[arg(long = "health-file", value_name = "PATH", conflicts_with = "health")]
    pub health_file: Option<std::path::PathBuf>,
    #[arg(long)]
    pub care: Option<String>,
    #[arg(long = "care-file", value_name = "PATH", conflicts_with = "care")]
    pub care_file: Option<std::path::PathBuf>,
    #[arg(long)]
    pub relations: Option<String>,
    #[arg(
        long = "relations-file",
        value_name = "PATH",
        conflicts_with = "relations"
    )]
    pub relations_file: Option<std::path::PathBuf>,
    #[arg(long = "problem")]
    pub problems: Vec<String>,
    #[arg(long = "need")]
    pub needs: Vec<String>,
}

/// Arguments of `koop case activate`.
#[derive(Debug, Args)]
pub struct ActivateArgs {
    #[arg(add = clap_complete::ArgValueCandidates::new(crate::complete::cases))]
    pub id: String,
    #[arg(long)]
    #[arg(value_name = "YYYY-MM-DD")]
    pub date: Option<Date>,
}

/// Arguments of `koop case close`.
#[derive(Debug, Args)]
pub struct CloseArgs {
    #[arg(add = clap_complete::ArgValueCandidates::new(crate::complete::cases))]
    pub id: String,
    #[arg(long)]
    #[arg(value_name = "YYYY-MM-DD")]
    pub date: Date,
    #[arg(long, required_unless_present = "handover_file")]
    pub handover: Option<String>,
    #[arg(
        long = "handover-file",
        value_name = "PATH",
        conflicts_with = "handover"
    )]
    pub handover_file: Option<std::path::PathBuf>,
    #[arg(long)]
    #[arg(value_name = "YYYY-MM-DD")]
    pub follow_up_until: Option<Date>,
}

/// Arguments of `koop case renumber`.
#[derive(Debug, Args)]
pub struct RenumberArgs {
    #[arg(add = clap_complete::ArgValueCandidates::new(crate::complete::cases))]
    pub id: Option<String>,
    #[arg(long)]
    pub force: bool,
}

/// Dispatches `koop case …`.
pub fn run(ctx: &mut Ctx, cmd: CaseCommand) -> Result<i32> {
    match cmd {
        CaseCommand::New(args) => new(ctx, args),
        CaseCommand::List(args) => list(ctx, args),
        CaseCommand::Find(args) => super::casefind::find(ctx, args),
        CaseCommand::Show(args) => show(ctx, args),
        CaseCommand::Member(MemberCommand::Add(args)) => member_add(ctx, args),
        CaseCommand::Consent(args) => consent(ctx, args),
        CaseCommand::Qualify(args) => qualify(ctx, args),
        CaseCommand::Diagnosis(args) => diagnosis(ctx, *args),
        CaseCommand::Activate(args) => activate(ctx, args),
        CaseCommand::Close(args) => close(ctx, args),
        CaseCommand::End(args) => end(ctx, args),
        CaseCommand::Renumber(args) => renumber(ctx, args),
        CaseCommand::Anonymise(args) => super::retention::anonymise(ctx, args),
        CaseCommand::Reopen(args) => super::remove::reopen(ctx, args),
        CaseCommand::Unqualify(args) => super::remove::unqualify(ctx, args),
        CaseCommand::Remove(args) => super::remove::case(ctx, args),
        CaseCommand::Member(MemberCommand::Remove(args)) => super::remove::case_member(ctx, args),
    }
}

/// The next free number of a year: one more than the highest in use.
/// The next free number of `year`. Refuses while a case file does not load: its number
/// could be the highest, and taking it again would make two cases of one number.
pub(crate) fn next_number(store: &Store, year: i32) -> Result<String> {
    if let Some(bad) = store
        .skipped
        .iter()
        .find(|p| p.starts_with("cases/") && p.ends_with("/case.toml"))
    {
        return Err(super::broken(store, bad));
    }
    // A case folder that could not be read (or `cases/` itself) may hold any number.
    if let Some(bad) = store.unreadable_cases().next() {
        return Err(
            Error::user(crate::tr!("case-folder-unreadable", path = bad))
                .hint(crate::tr!("case-folder-unreadable-hint", path = bad)),
        );
    }
    let prefix = format!("{year:04}-");
    let highest = store
        .cases
        .iter()
        .filter_map(|c| c.id().strip_prefix(&prefix)?.parse::<u32>().ok())
        .max()
        .unwrap_or(0);
    Ok(crate::model::case::number(year, highest + 1))
}

fn new(ctx: &mut Ctx, args: NewArgs) -> Result<i32> {
    let args = checked_new(args)?;
    if args.kind.is_none() || args.referred_by.is_none() {
        // Only on a terminal does the command line get here without them (`guided`).
        return super::guided::case_new(ctx, args);
    }
    let (mut tx, store) = ctx.load_for_write()?;
    let (step, _) = stage_new(&mut tx, &store, &args)?;
    step.commit(ctx, tx, &store)
}

/// Checks what `koop case new` was given before the repository is read: the IDs, the text
/// (normalised) and the expectations' file (read, and given as text).
pub(crate) fn checked_new(mut args: NewArgs) -> Result<NewArgs> {
    if let Some(institution) = &args.referred_by {
        user_id("institution", institution)?;
    }
    for person in [&args.referrer, &args.coordinator].into_iter().flatten() {
        user_id("person", person)?;
    }
    args.expectations = prose(
        "--expectations",
        args.expectations.take(),
        args.expectations_file.take(),
    )?;
    args.gmina = optional_text("--gmina", args.gmina.take())?;
    Ok(args)
}

/// Stages `koop case new` (its arguments `checked_new`, the kind and the institution given) in
/// `tx`; returns the step and the new case's number.
pub(crate) fn stage_new(tx: &mut Tx, store: &Store, args: &NewArgs) -> Result<(Step, String)> {
    let (Some(kind), Some(institution)) = (args.kind, args.referred_by.clone()) else {
        return Err(Error::user(crate::tr!("cli-error-missing-arguments")));
    };
    let date = match args.date {
        Some(d) => d,
        None => today()?,
    };
    require_institution(store, &institution)?;
    if let Some(p) = &args.referrer {
        let rec = require_person(store, p)?;
        if rec.parent.as_deref() != Some(institution.as_str()) {
            return Err(Error::user(crate::tr!(
                "case-referrer-elsewhere",
                person = p.as_str(),
                works_at = rec.parent.as_deref().unwrap_or(""),
                institution = institution.as_str()
            )));
        }
    }
    // An unknown coordinator (K005) or one who is not an OPS employee (K016) is the rules'.

    let id = next_number(store, date.year())?;
    let case = Case {
        id: spanned(id.clone()),
        kind,
        status: spanned(Status::Referred),
        coordinator: args.coordinator.clone().map(spanned),
        gmina: args.gmina.clone().map(spanned),
        referral: Referral {
            date: spanned(date),
            institution: spanned(institution),
            person: args.referrer.clone().map(spanned),
            expectations: args.expectations.clone(),
        },
        consents: Vec::new(),
        qualification: None,
        institutions: Vec::new(),
        closure: None,
        outcome: None,
        anonymised: None,
    };
    let text = to_toml(&case)?;
    let path = crate::store::case_path("case", &format!("{id}-{}", case_suffix(store)));
    tx.create(&path, &text)?;
    let step = Step::new(crate::tr!("case-op-register", case = id.as_str()))
        .line(&id)
        .note(crate::tr!(
            "case-registered",
            case = id.as_str(),
            path = path.as_str()
        ));
    Ok((step, id))
}

fn list(ctx: &mut Ctx, args: ListArgs) -> Result<i32> {
    let store = ctx.load()?;
    // A gmina the repository does not know is refused (with the closest), as in the reports.
    let gmina = super::report::gmina(&store, args.gmina.as_deref())?;
    // A filter by an ID the repository does not know is refused: a typo would list nothing.
    if let Some(id) = &args.coordinator
        && !store.person_ids().any(|p| p == id)
    {
        return Err(unknown_id(
            crate::tr!("case-list-no-person", id = id.as_str()),
            id,
            store.person_ids(),
            "koop person list",
        ));
    }
    if let Some(id) = &args.institution
        && !store.institution_ids().any(|i| i == id)
    {
        return Err(unknown_id(
            crate::tr!("case-list-no-institution", id = id.as_str()),
            id,
            store.institution_ids(),
            "koop institution list",
        ));
    }
    if let Some(id) = &args.team
        && !store.teams.iter().any(|t| &t.id == id)
    {
        return Err(unknown_id(
            crate::tr!("case-list-no-team", id = id.as_str()),
            id,
            store.teams.iter().map(|t| t.id.as_str()),
            "koop team list",
        ));
    }
    let today = today()?;
    let selected: Vec<&CaseRec> = store
        .cases
        .iter()
        .filter(|c| args.status.is_empty() || args.status.contains(&c.status()))
        .filter(|c| args.kind.is_none_or(|k| c.case.value.kind == k))
        .filter(|c| {
            args.coordinator
                .as_ref()
                .is_none_or(|p| c.case.value.coordinator.as_ref().map(|x| x.get_ref()) == Some(p))
        })
        .filter(|c| {
            args.team.as_ref().is_none_or(|t| {
                c.case
                    .value
                    .qualification
                    .as_ref()
                    .map(|q| q.team.get_ref())
                    == Some(t)
            })
        })
        .filter(|c| args.institution.as_ref().is_none_or(|i| involves(c, i)))
        .filter(|c| {
            let referred = *c.case.value.referral.date.get_ref();
            args.referred_from.is_none_or(|d| referred >= d)
                && args.referred_to.is_none_or(|d| referred <= d)
        })
        .filter(|c| !args.attention || needs_attention(&store, c, today))
        .filter(|c| {
            gmina
                .as_deref()
                .is_none_or(|g| crate::report::gmina_of(&store, c).as_deref() == Some(g))
        })
        .collect();
    let powiat = crate::report::is_powiat(&store);
    match args.format {
        ListFormat::Json => print_json(
            ctx.ui,
            &selected.iter().map(|c| case_summary_json(c)).collect(),
        ),
        ListFormat::Csv => {
            let items: Vec<Value> = selected.iter().map(|c| case_summary_json(c)).collect();
            print_csv_json(
                ctx.ui,
                &[
                    "id",
                    "folder",
                    "kind",
                    "status",
                    "referral_date",
                    "referred_by",
                    "gmina",
                    "coordinator",
                    "team",
                    "tasks",
                    "open_tasks",
                ],
                &items,
            );
        }
        ListFormat::Table => {
            let rows = selected
                .iter()
                .map(|c| {
                    let v = &c.case.value;
                    let tasks: Vec<_> = c.tasks().collect();
                    let open = tasks.iter().filter(|(_, t)| t.done.is_none()).count();
                    let mut row = vec![
                        c.id().to_string(),
                        v.kind.shown().to_string(),
                        c.status().shown().to_string(),
                        v.referral.date.get_ref().to_string(),
                        v.referral.institution.get_ref().clone(),
                        cell(v.coordinator.as_ref().map(|s| s.get_ref().as_str())),
                        cell(v.qualification.as_ref().map(|q| q.team.get_ref().as_str())),
                        format!("{open}/{}", tasks.len()),
                    ];
                    // A powiat's cases say their gmina.
                    if powiat {
                        row.insert(
                            1,
                            v.gmina
                                .as_ref()
                                .map(|g| g.get_ref().clone())
                                .unwrap_or_default(),
                        );
                    }
                    row
                })
                .collect();
            let mut header = vec![
                crate::tr!("case-col-case"),
                crate::tr!("case-col-kind"),
                crate::tr!("case-col-status"),
                crate::tr!("case-col-referred"),
                crate::tr!("case-col-by"),
                crate::tr!("case-col-coordinator"),
                crate::tr!("case-col-team"),
                crate::tr!("case-col-open-tasks"),
            ];
            if powiat {
                header.insert(1, crate::tr!("case-col-gmina"));
            }
            let header: Vec<&str> = header.iter().map(String::as_str).collect();
            print_table(ctx.ui, &header, rows);
        }
    }
    Ok(0)
}

fn case_summary_json(c: &CaseRec) -> Value {
    let v = &c.case.value;
    let tasks: Vec<_> = c.tasks().collect();
    json!({
        "id": c.id(),
        "folder": c.dir,
        "kind": v.kind,
        "status": c.status(),
        "referral_date": v.referral.date.get_ref().to_string(),
        "referred_by": v.referral.institution.get_ref(),
        "gmina": v.gmina.as_ref().map(|g| g.get_ref()),
        "coordinator": v.coordinator.as_ref().map(|s| s.get_ref()),
        "team": v.qualification.as_ref().map(|q| q.team.get_ref()),
        "tasks": tasks.len(),
        "open_tasks": tasks.iter().filter(|(_, t)| t.done.is_none()).count(),
    })
}

fn date_str(d: Option<&crate::model::Spanned<Date>>) -> Option<String> {
    d.map(|d| d.get_ref().to_string())
}

/// The file a personal-data edit went to: `<path>.age` when the repository encrypts.
pub fn written(store: &Store, path: &str) -> String {
    written_at(&store.root, path)
}

/// Like `written`, for the repository at `root`.
pub fn written_at(root: &std::path::Path, path: &str) -> String {
    let sealed = format!("{path}{}", crate::store::crypt::SUFFIX);
    if root.join(&sealed).exists() {
        sealed
    } else {
        path.to_string()
    }
}

/// The JSON shape of `koop case show` (docs/format.md, "JSON output").
pub fn case_json(c: &CaseRec, reveal: bool) -> Value {
    let v = &c.case.value;
    let members: Vec<Value> = c
        .members
        .iter()
        .flat_map(|m| &m.value.members)
        .enumerate()
        .map(|(i, m)| {
            let mut o = json!({
                "id": m.id.get_ref(),
                "number": crate::model::uid::member_number(i),
                "relation": m.relation,
                "birth_year": m.birth_year,
                "age": m.age,
            });
            if reveal {
                o["name"] = json!(m.name);
                o["residence"] = json!(m.residence);
                o["phone"] = json!(m.phone);
            }
            o
        })
        .collect();
    let plan = c.plan.as_ref().map(|p| {
        json!({
            "adopted": date_str(p.value.adopted.as_ref()),
            "main_goal": p.value.main_goal,
            "goals": p.value.goals.iter().enumerate().map(|(gi, g)| json!({
                "id": g.id.get_ref(),
                "number": crate::model::uid::goal_number(gi),
                "text": g.text,
                "tasks": g.tasks.iter().enumerate().map(|(ti, t)| json!({
                    "id": t.id.get_ref(),
                    "number": crate::model::uid::task_number(gi, ti),
                    "text": t.text,
                    "institution": t.institution.as_ref().map(|s| s.get_ref()),
                    "person": t.person.as_ref().map(|s| s.get_ref()),
                    "member": t.member.as_ref().map(|s| s.get_ref()),
                    "member_number": t.member.as_ref().map(|s| c.member_label(s.get_ref())),
                    "due": date_str(t.due.as_ref()),
                    "service": t.service.as_ref().map(|s| s.get_ref()),
                    "done": date_str(t.done.as_ref()),
                })).collect::<Vec<_>>(),
            })).collect::<Vec<_>>(),
        })
    });
    let mut out = case_summary_json(c);
    out["referral"] = json!({
        "date": v.referral.date.get_ref().to_string(),
        "institution": v.referral.institution.get_ref(),
        "person": v.referral.person.as_ref().map(|s| s.get_ref()),
        "expectations": v.referral.expectations,
    });
    let consent = |k: &ConsentRecord| {
        json!({
            "date": k.date.get_ref().to_string(), "by": k.by.get_ref(),
            "by_number": c.member_label(k.by.get_ref()),
            "on_behalf_of": k.on_behalf_of.iter().map(|m| m.get_ref()).collect::<Vec<_>>(),
            "form": k.form, "scope": k.scope,
            "share": k.share.iter().map(|s| json!({
                "to": s.to.iter().map(|t| t.get_ref()).collect::<Vec<_>>(),
                "categories": s.categories.iter().map(|x| x.as_str()).collect::<Vec<_>>(),
            })).collect::<Vec<_>>(),
            "withdrawn": k.withdrawn.as_ref().map(|w| w.get_ref().to_string()),
        })
    };
    out["sharing_stopped"] = json!(sharing_stopped(c).map(|(m, d)| json!({
        "member": c.member_label(&m), "date": d.to_string(),
    })));
    // The first consent as `consent` (as before several were recorded), all as `consents`.
    out["consent"] = json!(v.consents.first().map(consent));
    out["consents"] = Value::Array(v.consents.iter().map(consent).collect());
    out["qualification"] = json!(v.qualification.as_ref().map(|q| json!({
        "date": q.date.get_ref().to_string(), "team": q.team.get_ref(), "reason": q.reason,
    })));
    out["institutions"] = v
        .institutions
        .iter()
        .map(|i| {
            json!({
                "institution": i.institution.get_ref(),
                "workers": i.workers.iter().map(|w| w.get_ref()).collect::<Vec<_>>(),
            })
        })
        .collect();
    out["members"] = Value::Array(members);
    // Files this user could not decrypt: their contents are missing above, not empty.
    out["locked"] = json!(c.locked.keys().collect::<Vec<_>>());
    out["diagnosis"] = json!(c.diagnosis.as_ref().map(|d| json!({
        "date": date_str(d.value.date.as_ref()),
        "author": d.value.author.as_ref().map(|s| s.get_ref()),
        "problems": d.value.problems.len(),
        "needs": d.value.needs.len(),
    })));
    out["plan"] = json!(plan);
    out["monitoring"] = c
        .monitoring
        .iter()
        .flat_map(|m| {
            m.value.entries.iter().map(move |e| {
                json!({
                    "id": e.id().get_ref(),
                    "month": m.month.to_string(),
                    "by": m.key,
                    "by_label": c.reporter_label(&m.key),
                    "task": e.task().get_ref(),
                    "task_number": c.task_label(e.task().get_ref()),
                    "progress": e.progress,
                    "author": e.author().as_ref().map(|s| s.get_ref()),
                    "date": e.date().get_ref().to_string(),
                })
            })
        })
        .collect();
    out["evaluations"] = c
        .evaluations
        .iter()
        .map(|e| {
            json!({
                "date": e.key,
                "main_goal": e.value.main_goal,
                "next": e.value.next.map(|d| d.to_string()),
                "end_of_work": e.value.end_of_work,
                "goals": e.value.goals.iter().map(|g| json!({
                    "goal": g.goal.get_ref(), "goal_number": c.goal_label(g.goal.get_ref()),
                    "degree": g.degree, "reasons": g.reasons,
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    out["outcome"] = json!(v.outcome.as_ref().map(|o| json!({
        "status": v.status.get_ref(), "date": o.date.get_ref().to_string(), "reason": o.reason,
    })));
    out["closure"] = json!(v.closure.as_ref().map(|k| json!({
        "date": k.date.get_ref().to_string(),
        "handover": k.handover,
        "follow_up_until": date_str(k.follow_up_until.as_ref()),
    })));
    out
}

/// Whether new disclosure packages of the case are stopped by a withdrawn consent today: the
/// member and the day they withdrew it.
fn sharing_stopped(c: &CaseRec) -> Option<(String, Date)> {
    let day = today().ok()?;
    match crate::model::disclosure::allowed(&c.case.value, day, "", None) {
        Err(crate::model::disclosure::Refusal::Withdrawn { member, date }) => Some((member, date)),
        _ => None,
    }
}

fn show(ctx: &mut Ctx, args: ShowArgs) -> Result<i32> {
    let store = ctx.load_case(&args.id)?;
    let c = find_case(&store, &args.id)?;
    if args.reveal {
        need_personal(c, "members")?;
    }
    // The meetings the team was convened for this case at (a meeting's `cases`).
    let meetings: Vec<_> = store
        .meetings
        .iter()
        .filter(|m| m.value.cases.iter().any(|k| k.get_ref() == &c.dir))
        .collect();
    if args.format == Format::Json {
        let mut out = case_json(c, args.reveal);
        out["meetings"] = json!(meetings.iter().map(|m| &m.id).collect::<Vec<_>>());
        print_json(ctx.ui, &out);
        return Ok(0);
    }
    let v = &c.case.value;
    let name = |id: &str| {
        store
            .person(id)
            .map_or(id.to_string(), |p| format!("{} ({id})", p.value.name))
    };
    print_fields(
        ctx.ui,
        &[
            (&crate::tr!("case-field-case"), Some(c.id().to_string())),
            (
                &crate::tr!("case-field-folder"),
                Some(crate::store::case_dir(&c.dir)),
            ),
            (
                &crate::tr!("case-field-kind"),
                Some(v.kind.shown().to_string()),
            ),
            (
                &crate::tr!("case-field-status"),
                Some(c.status().shown().to_string()),
            ),
            (
                &crate::tr!("case-field-coordinator"),
                v.coordinator.as_ref().map(|s| name(s.get_ref())),
            ),
            (
                &crate::tr!("case-field-referred"),
                Some(crate::tr!(
                    "case-referred-value",
                    date = v.referral.date.get_ref().to_string(),
                    institution = v.referral.institution.get_ref()
                )),
            ),
            (
                &crate::tr!("case-field-expectations"),
                v.referral.expectations.clone(),
            ),
            (
                &crate::tr!("case-field-consent"),
                (!v.consents.is_empty()).then(|| {
                    v.consents
                        .iter()
                        .map(|k| {
                            let mut s = crate::tr!(
                                "case-consent-value",
                                date = k.date.get_ref().to_string(),
                                member = c.member_label(k.by.get_ref())
                            );
                            if !k.on_behalf_of.is_empty() {
                                let minors: Vec<String> = k
                                    .on_behalf_of
                                    .iter()
                                    .map(|m| c.member_label(m.get_ref()))
                                    .collect();
                                s = crate::tr!(
                                    "case-consent-value-for-others",
                                    consent = s,
                                    members = minors.join(", ")
                                );
                            }
                            if let Some(w) = &k.withdrawn {
                                s = crate::tr!(
                                    "case-consent-value-withdrawn",
                                    consent = s,
                                    date = w.get_ref().to_string()
                                );
                            }
                            s
                        })
                        .collect::<Vec<_>>()
                        .join("; ")
                }),
            ),
            (
                &crate::tr!("case-field-share"),
                v.consents
                    .iter()
                    .filter(|k| !k.share.is_empty())
                    .map(|k| {
                        let scopes: Vec<String> = k
                            .share
                            .iter()
                            .map(|s| {
                                crate::tr!(
                                    "case-share-value",
                                    to = share_recipients(&s.to),
                                    categories = s
                                        .categories
                                        .iter()
                                        .map(|x| x.shown())
                                        .collect::<Vec<_>>()
                                        .join(", ")
                                )
                            })
                            .collect();
                        format!("{}: {}", c.member_label(k.by.get_ref()), scopes.join("; "))
                    })
                    .reduce(|a, b| format!("{a} | {b}")),
            ),
            (
                &crate::tr!("case-field-sharing-stopped"),
                sharing_stopped(c).map(|(m, d)| {
                    crate::tr!(
                        "case-sharing-stopped-value",
                        member = c.member_label(&m),
                        date = d.to_string()
                    )
                }),
            ),
            (
                &crate::tr!("case-field-qualified"),
                v.qualification.as_ref().map(|q| {
                    crate::tr!(
                        "case-qualified-value",
                        date = q.date.get_ref().to_string(),
                        team = q.team.get_ref()
                    )
                }),
            ),
            (
                &crate::tr!("case-field-plan-adopted"),
                c.adopted().map(|d| d.get_ref().to_string()),
            ),
            (
                &crate::tr!("case-field-closed"),
                v.closure.as_ref().map(|k| match &k.follow_up_until {
                    Some(d) => crate::tr!(
                        "case-closed-value-follow-up",
                        date = k.date.get_ref().to_string(),
                        handover = k.handover.as_str(),
                        until = d.get_ref().to_string()
                    ),
                    None => crate::tr!(
                        "case-closed-value",
                        date = k.date.get_ref().to_string(),
                        handover = k.handover.as_str()
                    ),
                }),
            ),
            (
                &crate::tr!("case-field-ended"),
                v.outcome.as_ref().map(|o| {
                    crate::tr!(
                        "case-ended-value",
                        date = o.date.get_ref().to_string(),
                        status = c.status().shown(),
                        reason = o.reason.as_str()
                    )
                }),
            ),
        ],
    );
    ctx.ui.line("");
    ctx.ui.line(&if c.locked.contains_key("members") {
        crate::tr!("case-members-locked")
    } else if args.reveal {
        crate::tr!("case-members")
    } else {
        crate::tr!("case-members-hidden")
    });
    let rows = c
        .numbered_members()
        .map(|(number, m)| {
            let born = m
                .birth_year
                .map(|y| y.to_string())
                .or(m.age.map(|a| crate::tr!("case-age", n = a)));
            let mut row = vec![
                number,
                cell(m.relation.as_deref()),
                born.unwrap_or_default(),
            ];
            if args.reveal {
                row.extend([
                    m.name.clone(),
                    cell(m.residence.as_deref()),
                    cell(m.phone.as_deref()),
                ]);
            }
            row
        })
        .collect();
    let mut header = vec![
        crate::tr!("case-col-member"),
        crate::tr!("case-col-relation"),
        crate::tr!("case-col-born"),
    ];
    if args.reveal {
        header.extend([
            crate::tr!("case-col-name"),
            crate::tr!("case-col-residence"),
            crate::tr!("case-col-phone"),
        ]);
    }
    let header: Vec<&str> = header.iter().map(String::as_str).collect();
    print_table(ctx.ui, &header, rows);
    if let Some(p) = &c.plan {
        ctx.ui.line(&match p.value.main_goal.as_deref() {
            Some(goal) => crate::tr!("case-main-goal", goal = goal),
            None => crate::tr!("case-main-goal-not-set"),
        });
    }
    ctx.ui.line(&crate::tr!("case-tasks"));
    let rows = c
        .numbered_tasks()
        .map(|(number, g, t)| {
            vec![
                format!("{number}"),
                format!("{}. {}", c.goal_label(g.id.get_ref()), g.text),
                t.text.to_string(),
                c.responsible_label(t),
                date_str(t.due.as_ref()).unwrap_or_default(),
                date_str(t.done.as_ref()).unwrap_or_default(),
            ]
        })
        .collect();
    print_table(
        ctx.ui,
        &[
            &crate::tr!("case-col-task"),
            &crate::tr!("case-col-goal"),
            &crate::tr!("case-col-text"),
            &crate::tr!("case-col-responsible"),
            &crate::tr!("case-col-due"),
            &crate::tr!("case-col-done"),
        ],
        rows,
    );
    ctx.ui.line(&crate::tr!("case-monitoring"));
    let rows = c
        .monitoring
        .iter()
        .flat_map(|m| {
            m.value.entries.iter().map(move |e| {
                vec![
                    m.month.to_string(),
                    c.reporter_label(&m.key),
                    c.task_label(e.task().get_ref()),
                    e.progress.to_string(),
                ]
            })
        })
        .collect();
    print_table(
        ctx.ui,
        &[
            &crate::tr!("case-col-month"),
            &crate::tr!("case-col-reported-by"),
            &crate::tr!("case-col-task"),
            &crate::tr!("case-col-progress"),
        ],
        rows,
    );
    ctx.ui.line(&crate::tr!("case-evaluations"));
    let rows = c
        .evaluations
        .iter()
        .map(|e| {
            let next = if e.value.end_of_work {
                crate::tr!("case-end-of-work")
            } else {
                e.value.next.map(|d| d.to_string()).unwrap_or_default()
            };
            vec![
                e.key.to_string(),
                e.value.main_goal.shown().to_string(),
                next,
            ]
        })
        .collect();
    print_table(
        ctx.ui,
        &[
            &crate::tr!("case-col-date"),
            &crate::tr!("case-col-main-goal"),
            &crate::tr!("case-col-next"),
        ],
        rows,
    );
    ctx.ui.line(&crate::tr!("case-meetings"));
    let rows = meetings
        .iter()
        .map(|m| {
            vec![
                m.id.clone(),
                m.value.team.get_ref().clone(),
                format!(
                    "{} {}–{}",
                    m.value.date.get_ref(),
                    m.value.start.get_ref(),
                    m.value.end.get_ref()
                ),
                cell(m.value.goal.as_deref()),
            ]
        })
        .collect();
    print_table(
        ctx.ui,
        &[
            &crate::tr!("case-col-meeting"),
            &crate::tr!("case-col-team"),
            &crate::tr!("case-col-when"),
            &crate::tr!("case-col-goal"),
        ],
        rows,
    );
    Ok(0)
}

fn member_add(ctx: &mut Ctx, args: MemberAddArgs) -> Result<i32> {
    let args = checked_member(args)?;
    let (mut tx, store) = ctx.load_for_write_case(&args.id)?;
    let step = stage_member_add(&mut tx, &store, &args)?;
    step.commit(ctx, tx, &store)
}

/// Checks the text `koop case member add` was given (normalised) before the repository is read.
pub(crate) fn checked_member(mut args: MemberAddArgs) -> Result<MemberAddArgs> {
    args.name = required_text("--name", &args.name)?;
    args.residence = optional_text("--residence", args.residence.take())?;
    args.phone = optional_text("--phone", args.phone.take())?;
    args.relation = optional_text("--relation", args.relation.take())?;
    Ok(args)
}

/// Stages `koop case member add` (its arguments `checked_member`) in `tx`.
pub(crate) fn stage_member_add(tx: &mut Tx, store: &Store, args: &MemberAddArgs) -> Result<Step> {
    let c = super::remove::case_for_write(store, tx, &args.id)?;
    require_status(c, Action::AddMember)?;
    need_personal(c, "members")?;
    let id = c.fresh_id();
    let number = crate::model::uid::member_number(c.numbered_members().count());
    let path = c.path_of("members", &[]);
    tx.update_or_create(&path, |m: &mut Members| {
        m.members.push(FamilyMember {
            id: spanned(id.clone()),
            name: args.name.clone(),
            birth_year: args.birth_year,
            age: args.age,
            residence: args.residence.clone(),
            phone: args.phone.clone(),
            relation: args.relation.clone(),
        });
        Ok(())
    })?;
    let (case, root) = (c.id().to_string(), store.root.clone());
    // Whether the file went encrypted is known once it is written.
    Ok(
        Step::new(crate::tr!("case-op-member-add", case = c.id())).line_later(move || {
            crate::tr!(
                "case-member-added",
                member = number,
                case = case,
                path = written_at(&root, &path)
            )
        }),
    )
}

fn consent(ctx: &mut Ctx, args: ConsentArgs) -> Result<i32> {
    let args = checked_consent(args)?;
    let (mut tx, store) = ctx.load_for_write_case(&args.id)?;
    let step = stage_consent(&mut tx, &store, &args)?;
    step.commit(ctx, tx, &store)
}

/// Checks the text `koop case consent` was given (normalised) before the repository is read.
pub(crate) fn checked_consent(mut args: ConsentArgs) -> Result<ConsentArgs> {
    args.scope = optional_text("--scope", args.scope.take())?;
    Ok(args)
}

/// Stages `koop case consent` (its arguments `checked_consent`) in `tx`.
pub(crate) fn stage_consent(tx: &mut Tx, store: &Store, args: &ConsentArgs) -> Result<Step> {
    let c = super::remove::case_for_write(store, tx, &args.id)?;
    require_status(
        c,
        if args.withdraw {
            Action::WithdrawConsent
        } else {
            Action::Consent
        },
    )?;
    let by = resolve_member(c, &args.by)?;
    let number = c.member_label(&by);
    let in_force = c
        .case
        .value
        .consents
        .iter()
        .position(|k| k.by.get_ref() == &by && k.withdrawn.is_none());
    let share = share_scopes(store, &args.share)?;
    if args.withdraw {
        let Some(date) = args.date else {
            return Err(Error::user(crate::tr!("case-consent-needs-date")));
        };
        let Some(at) = in_force else {
            let withdrawn = c
                .case
                .value
                .consents
                .iter()
                .filter(|k| k.by.get_ref() == &by)
                .filter_map(|k| k.withdrawn.as_ref().map(|d| *d.get_ref()))
                .max();
            return Err(Error::user(crate::tr!(
                "case-no-consent-to-withdraw",
                member = number.as_str(),
                case = c.id()
            ))
            .hint(match withdrawn {
                Some(date) => crate::tr!("case-consent-withdrawn-already", date = date.to_string()),
                None => crate::tr!(
                    "case-consent-none-given",
                    member = number.as_str(),
                    case = c.id()
                ),
            }));
        };
        // A withdrawal before the consent is K008's to say.
        tx.update(&c.case.path, |case: &mut Case| {
            case.consents[at].withdrawn = Some(spanned(date));
            Ok(())
        })?;
        return Ok(Step::new(crate::tr!(
            "case-op-consent-withdraw",
            member = number.as_str(),
            case = c.id()
        ))
        .line(crate::tr!(
            "case-consent-withdrawn",
            member = number.as_str(),
            date = date.to_string(),
            path = c.case.path.as_str()
        )));
    }
    if let Some(at) = in_force {
        let given = &c.case.value.consents[at];
        let same_day = args.date.is_none_or(|d| d == *given.date.get_ref());
        // A consent in force given without a scope koop applies gets one (the form signed
        // said it; the record catches up). A scope once recorded is changed by withdrawing
        // the consent and recording the new one, so the register is judged by what held.
        if !share.is_empty()
            && given.share.is_empty()
            && same_day
            && args.on_behalf_of.is_empty()
            && args.form.is_none()
            && args.scope.is_none()
        {
            tx.update(&c.case.path, |case: &mut Case| {
                case.consents[at].share = share.clone();
                Ok(())
            })?;
            return Ok(Step::new(crate::tr!(
                "case-op-consent-share",
                member = number.as_str(),
                case = c.id()
            ))
            .line(crate::tr!(
                "case-consent-share-recorded",
                member = number.as_str(),
                case = c.id(),
                path = c.case.path.as_str()
            )));
        }
        if !share.is_empty() && !given.share.is_empty() {
            return Err(Error::user(crate::tr!(
                "case-consent-share-set",
                member = number.as_str(),
                case = c.id(),
                date = given.date.get_ref().to_string()
            ))
            .hint(crate::tr!(
                "case-consent-share-set-hint",
                member = number.as_str(),
                case = c.id()
            )));
        }
        return Err(Error::user(crate::tr!(
            "case-consented-already",
            member = number.as_str(),
            case = c.id(),
            date = c.case.value.consents[at].date.get_ref().to_string()
        ))
        .hint(crate::tr!(
            "case-consented-already-hint",
            path = c.case.path.as_str()
        )));
    }
    let Some(date) = args.date else {
        return Err(Error::user(crate::tr!("case-consent-needs-date")));
    };
    let on_behalf_of = args
        .on_behalf_of
        .iter()
        .map(|m| resolve_member(c, m).map(spanned))
        .collect::<Result<Vec<_>>>()?;
    // A minor giving consent, a date before the referral (K011, K008) are the rules' to say.
    tx.update(&c.case.path, |case: &mut Case| {
        case.consents.push(ConsentRecord {
            date: spanned(date),
            by: spanned(by.clone()),
            on_behalf_of: on_behalf_of.clone(),
            form: args.form,
            scope: args.scope.clone(),
            share: share.clone(),
            withdrawn: None,
        });
        Ok(())
    })?;
    Ok(Step::new(crate::tr!(
        "case-op-consent",
        member = number.as_str(),
        case = c.id()
    ))
    .line(crate::tr!(
        "case-consent-recorded",
        member = number.as_str(),
        case = c.id(),
        path = c.case.path.as_str()
    )))
}

/// The `[[consent.share]]` entries of `--share`: each recipient an institution ID, or else a
/// kind of institution (kept as its canonical word).
fn share_scopes(store: &Store, given: &[ShareArg]) -> Result<Vec<crate::model::case::ShareScope>> {
    use clap::ValueEnum;
    given
        .iter()
        .map(|s| {
            let to = s
                .to
                .iter()
                .map(|t| {
                    if store.institution(t).is_some() {
                        return Ok(spanned(t.clone()));
                    }
                    match crate::model::InstitutionKind::from_str(t, true) {
                        Ok(kind) => Ok(spanned(kind.as_str().to_string())),
                        Err(_) => Err(Error::user(crate::tr!(
                            "case-share-unknown-recipient",
                            value = t.as_str()
                        ))
                        .hint(crate::tr!(
                            "case-share-unknown-recipient-hint",
                            kinds = crate::text::one_of(&crate::model::InstitutionKind::words())
                        ))),
                    }
                })
                .collect::<Result<Vec<_>>>()?;
            let mut categories = s.categories.clone();
            categories.sort();
            categories.dedup();
            Ok(crate::model::case::ShareScope { to, categories })
        })
        .collect()
}

fn qualify(ctx: &mut Ctx, args: QualifyArgs) -> Result<i32> {
    let team = user_id("team", &args.team)?;
    let reason = crate::commands::optional_text("--reason", args.reason)?;
    let (mut tx, store) = ctx.load_for_write_case(&args.id)?;
    let c = super::remove::case_for_write(&store, &tx, &args.id)?;
    require_status(c, Action::Qualify)?;
    // Consent first (K011), a known team (K005) and dates in order (K008) are the rules' to say.
    tx.update(&c.case.path, |case: &mut Case| {
        case.status = spanned(Status::Qualified);
        case.qualification = Some(Qualification {
            reason: reason.clone(),
            date: spanned(args.date),
            team: spanned(team.clone()),
        });
        Ok(())
    })?;
    ctx.commit(tx, &store, &crate::tr!("case-op-qualify", case = c.id()))?;
    ctx.ui.line(&crate::tr!(
        "case-qualified",
        case = c.id(),
        team = team.as_str(),
        path = c.case.path.as_str()
    ));
    Ok(0)
}

fn diagnosis(ctx: &mut Ctx, args: DiagnosisArgs) -> Result<i32> {
    let author = args
        .author
        .as_deref()
        .map(|a| user_id("person", a))
        .transpose()?;
    let headings = [
        (
            "material",
            prose("--material", args.material, args.material_file)?,
        ),
        (
            "housing",
            prose("--housing", args.housing, args.housing_file)?,
        ),
        (
            "professional",
            prose("--professional", args.professional, args.professional_file)?,
        ),
        ("health", prose("--health", args.health, args.health_file)?),
        ("care", prose("--care", args.care, args.care_file)?),
        (
            "relations",
            prose("--relations", args.relations, args.relations_file)?,
        ),
    ];
    let problems = args
        .problems
        .iter()
        .map(|p| required_text("--problem", p))
        .collect::<Result<Vec<_>>>()?;
    let needs = args
        .needs
        .iter()
        .map(|p| required_text("--need", p))
        .collect::<Result<Vec<_>>>()?;
    let (mut tx, store) = ctx.load_for_write_case(&args.id)?;
    let c = super::remove::case_for_write(&store, &tx, &args.id)?;
    require_status(c, Action::Diagnose)?;
    need_personal(c, "diagnosis")?;
    if let Some(a) = &author {
        require_person(&store, a)?;
    }
    let date = match args.date {
        Some(d) => Some(d),
        None if c
            .diagnosis
            .as_ref()
            .and_then(|d| d.value.date.as_ref())
            .is_none() =>
        {
            Some(today()?)
        }
        None => None,
    };
    let path = c.path_of("diagnosis", &[]);
    tx.update_or_create(&path, |d: &mut Diagnosis| {
        if let Some(day) = date {
            d.date = Some(spanned(day));
        }
        if let Some(a) = &author {
            d.author = Some(spanned(a.clone()));
        }
        let [material, housing, professional, health, care, relations] = headings.clone();
        for (field, text) in [
            (&mut d.material, material.1),
            (&mut d.housing, housing.1),
            (&mut d.professional, professional.1),
            (&mut d.health, health.1),
            (&mut d.care, care.1),
            (&mut d.relations, relations.1),
        ] {
            if text.is_some() {
                *field = text;
            }
        }
        d.problems.extend(problems.iter().cloned());
        d.needs.extend(needs.iter().cloned());
        Ok(())
    })?;
    ctx.commit(tx, &store, &crate::tr!("case-op-diagnosis", case = c.id()))?;
    ctx.ui.line(&crate::tr!(
        "case-diagnosis-recorded",
        case = c.id(),
        path = written(&store, &path)
    ));
    Ok(0)
}

fn activate(ctx: &mut Ctx, args: ActivateArgs) -> Result<i32> {
    let date = match args.date {
        Some(d) => d,
        None => today()?,
    };
    let (mut tx, store) = ctx.load_for_write_case(&args.id)?;
    let c = super::remove::case_for_write(&store, &tx, &args.id)?;
    require_status(c, Action::Activate)?;
    if c.tasks().next().is_none() {
        return Err(Error::user(crate::tr!("case-no-plan-yet", case = c.id()))
            .hint(crate::tr!("case-no-plan-yet-hint")));
    }
    // A plan adopted before the qualification is K008's to say.
    let plan = c.path_of("plan", &[]);
    tx.update(&plan, |p: &mut Plan| {
        p.adopted = Some(spanned(date));
        Ok(())
    })?;
    tx.update(&c.case.path, |case: &mut Case| {
        case.status = spanned(Status::Active);
        Ok(())
    })?;
    ctx.commit(tx, &store, &crate::tr!("case-op-activate", case = c.id()))?;
    ctx.ui.line(&crate::tr!(
        "case-activated",
        case = c.id(),
        date = date.to_string()
    ));
    Ok(0)
}

fn close(ctx: &mut Ctx, args: CloseArgs) -> Result<i32> {
    let handover = required_prose("--handover", args.handover, args.handover_file)?;
    let (mut tx, store) = ctx.load_for_write_case(&args.id)?;
    let c = super::remove::case_for_write(&store, &tx, &args.id)?;
    require_status(c, Action::Close)?;
    // A closing evaluation of every goal before the closure, and follow-up after it, are the
    // rules' to say (K021, K008).
    tx.update(&c.case.path, |case: &mut Case| {
        case.status = spanned(Status::Closed);
        case.closure = Some(Closure {
            date: spanned(args.date),
            handover: handover.clone(),
            follow_up_until: args.follow_up_until.map(spanned),
        });
        Ok(())
    })?;
    ctx.commit(tx, &store, &crate::tr!("case-op-close", case = c.id()))?;
    ctx.ui.line(&crate::tr!(
        "case-closed",
        case = c.id(),
        path = c.case.path.as_str()
    ));
    Ok(0)
}

fn end(ctx: &mut Ctx, args: EndArgs) -> Result<i32> {
    let reason = required_prose("--reason", args.reason, args.reason_file)?;
    let (mut tx, store) = ctx.load_for_write_case(&args.id)?;
    let c = super::remove::case_for_write(&store, &tx, &args.id)?;
    require_status(c, Action::End(args.outcome))?;
    // A date before the referral (or the qualification, the plan) is K008's to say.
    tx.update(&c.case.path, |case: &mut Case| {
        case.status = spanned(args.outcome);
        case.outcome = Some(crate::model::case::Outcome {
            date: spanned(args.date),
            reason: reason.clone(),
        });
        Ok(())
    })?;
    ctx.commit(
        tx,
        &store,
        &crate::tr!("case-op-end", case = c.id(), status = args.outcome.as_str()),
    )?;
    ctx.ui.line(&crate::tr!(
        "case-ended",
        case = c.id(),
        status = args.outcome.as_str(),
        date = args.date.to_string(),
        path = c.case.path.as_str()
    ));
    Ok(0)
}

fn renumber(ctx: &mut Ctx, args: RenumberArgs) -> Result<i32> {
    // Every case: a new number comes after the year's highest, and the plan compares them.
    let (mut tx, store) = ctx.load_for_write()?;
    let store = match &args.id {
        Some(key) => ctx.undefer_case(store, key),
        None => store,
    };
    let plan = crate::store::renumber::plan(&store);
    // Which folders move, to which numbers: the plan (the same in every clone), or one case
    // the user insists on.
    let moves: Vec<(String, String)> = match &args.id {
        None if plan.is_empty() => {
            ctx.ui.line(&crate::tr!("case-renumber-nothing"));
            return Ok(0);
        }
        None => plan.iter().map(|m| (m.dir.clone(), m.to.clone())).collect(),
        Some(given) => {
            let key = given.trim_end_matches('/');
            let key = key.strip_prefix("cases/").unwrap_or(key);
            let c = match store.cases.iter().find(|c| c.dir == key) {
                Some(c) => c,
                None => super::remove::case_for_write(&store, &tx, key)?,
            };
            match plan.iter().find(|m| m.dir == c.dir) {
                Some(m) => vec![(m.dir.clone(), m.to.clone())],
                None if !args.force => {
                    let err = match plan.iter().find(|m| m.keeper == c.dir) {
                        Some(m) => Error::user(crate::tr!(
                            "case-renumber-keeper",
                            case = c.id(),
                            folder = c.dir.as_str(),
                            why = m.why.to_string()
                        ))
                        .hint(crate::tr!(
                            "case-renumber-keeper-hint",
                            folder = m.dir.as_str(),
                            number = m.to.as_str()
                        )),
                        None => Error::user(crate::tr!("case-renumber-no-clash", case = c.id()))
                            .hint(crate::tr!("case-renumber-no-clash-hint")),
                    };
                    return Err(err);
                }
                None => {
                    let year = c.id().get(..4).unwrap_or("").to_string();
                    let after = crate::store::renumber::highest(&store, &year)
                        + plan.iter().filter(|m| m.from.starts_with(&year)).count() as u32;
                    vec![(c.dir.clone(), crate::model::case::number(&year, after + 1))]
                }
            }
        }
    };
    let mut done = Vec::new();
    for (dir, new_id) in &moves {
        let Some(c) = store.cases.iter().find(|c| &c.dir == dir) else {
            continue;
        };
        let old = c.id().to_string();
        let suffix = c
            .dir
            .rsplit('-')
            .next()
            .filter(|s| s.len() == crate::model::uid::SUFFIX_LEN)
            .map(str::to_string)
            .unwrap_or_else(|| case_suffix(&store));
        let new_dir = format!("{new_id}-{suffix}");
        if store.root.join("cases").join(&new_dir).exists() {
            return Err(Error::user(crate::tr!(
                "case-renumber-exists",
                folder = crate::store::case_dir(&new_dir)
            )));
        }
        // The number lives in case.toml; meetings convened for the case name its folder and
        // follow it. The folder moves as one change: every file written under the new name,
        // the old removed.
        tx.update(&c.case.path, |case: &mut Case| {
            case.id = spanned(new_id.clone());
            Ok(())
        })?;
        tx.move_tree(
            &crate::store::case_dir(&c.dir),
            &crate::store::case_dir(&new_dir),
        )?;
        for m in store
            .meetings
            .iter()
            .filter(|m| m.value.cases.iter().any(|k| k.get_ref() == &c.dir))
        {
            tx.update(&m.path, |meeting: &mut crate::model::Meeting| {
                for k in &mut meeting.cases {
                    if k.get_ref() == &c.dir {
                        *k = spanned(new_dir.clone());
                    }
                }
                Ok(())
            })?;
        }
        // The register names the case by its folder too.
        for d in store
            .disclosures
            .iter()
            .filter(|d| d.value.case.get_ref() == &c.dir)
        {
            tx.update(
                &d.path,
                |entry: &mut crate::model::disclosure::Disclosure| {
                    entry.case = spanned(new_dir.clone());
                    Ok(())
                },
            )?;
        }
        done.push((old, c.dir.clone(), new_id.clone(), new_dir));
    }
    let description = done
        .iter()
        .map(|(old, _, new, _)| {
            crate::tr!(
                "case-op-renumber-item",
                old = old.as_str(),
                new = new.as_str()
            )
        })
        .collect::<Vec<_>>()
        .join(", ");
    ctx.commit(
        tx,
        &store,
        &crate::tr!("case-op-renumber", changes = description),
    )?;
    for (old, dir, new_id, new_dir) in done {
        ctx.ui.line(&crate::tr!(
            "case-renumbered",
            old = old,
            old_folder = dir,
            new = new_id,
            new_folder = new_dir
        ));
    }
    Ok(0)
}

/// The recipients of a consent's scope: a kind in the language in use, an ID as it is.
fn share_recipients(to: &[crate::model::Spanned<String>]) -> String {
    to.iter()
        .map(|t| {
            <crate::model::institution::InstitutionKind as clap::ValueEnum>::from_str(
                t.get_ref(),
                false,
            )
            .map_or(t.get_ref().as_str(), |k| k.shown())
        })
        .collect::<Vec<_>>()
        .join(", ")
}
