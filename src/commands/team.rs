//! `koop team new|list|show|agreement|sign` and `koop team member add`: the PZK and GGK, their
//! member institutions with delegated people, and the agreement (porozumienie).

use clap::{Args, Subcommand};
use serde_json::{Value, json};

use super::caseutil::unknown_id;
use super::output::{
    Format, ListFormat, cell, print_csv_json, print_fields, print_json, print_table,
};
use super::{
    Ctx, new_id, optional_text, require_institution, require_person, required_text, to_toml,
    user_id,
};
use crate::error::{Error, Result};
use crate::model::{Agreement, Date, Member, Signatory, Team, TeamKind, spanned};
use crate::store::{self, Rec, Store};

/// `koop team …`
#[derive(Debug, Subcommand)]
pub enum TeamCommand {
    New(NewArgs),
    Remove(super::remove::RemoveArgs),
    List(ListArgs),
    Show(ShowArgs),
    #[command(subcommand)]
    Member(MemberCommand),
    Agreement(AgreementArgs),
    Sign(SignArgs),
}

/// `koop team member …`
#[derive(Debug, Subcommand)]
pub enum MemberCommand {
    Add(MemberAddArgs),
    Remove(super::remove::TeamMemberRemoveArgs),
}

/// Arguments of `koop team new`.
#[derive(Debug, Args)]
pub struct NewArgs {
    #[arg(long, value_enum)]
    pub kind: TeamKind,
    #[arg(long)]
    pub name: String,
    #[arg(long)]
    pub id: Option<String>,
    #[arg(long)]
    #[arg(add = clap_complete::ArgValueCandidates::new(crate::complete::people))]
    pub coordinator: Option<String>,
}

/// The columns of `koop team list --format csv`: keys of the JSON, `.` into what it nests.
const TEAM_CSV: &[&str] = &[
    "id",
    "kind",
    "name",
    "coordinator",
    "members.institution",
    "agreement.signed",
    "agreement.valid_until",
    "file",
];

/// Arguments of `koop team list`.
#[derive(Debug, Args)]
pub struct ListArgs {
    #[arg(long, value_enum)]
    pub kind: Option<TeamKind>,
    #[arg(long, value_enum, default_value_t)]
    pub format: ListFormat,
}

/// Arguments of `koop team show`.
#[derive(Debug, Args)]
pub struct ShowArgs {
    #[arg(add = clap_complete::ArgValueCandidates::new(crate::complete::teams))]
    pub id: String,
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
}

/// Arguments of `koop team member add`.
#[derive(Debug, Args)]
pub struct MemberAddArgs {
    #[arg(add = clap_complete::ArgValueCandidates::new(crate::complete::teams))]
    pub team: String,
    #[arg(add = clap_complete::ArgValueCandidates::new(crate::complete::institutions))]
    pub institution: String,
    #[arg(long)]
    pub core: bool,
    #[arg(long = "delegate")]
    #[arg(add = clap_complete::ArgValueCandidates::new(crate::complete::people))]
    pub delegates: Vec<String>,
}

/// Arguments of `koop team agreement`.
#[derive(Debug, Args)]
pub struct AgreementArgs {
    #[arg(add = clap_complete::ArgValueCandidates::new(crate::complete::teams))]
    pub team: String,
    #[arg(long)]
    #[arg(value_name = "YYYY-MM-DD")]
    pub signed: Option<Date>,
    #[arg(long)]
    pub place: Option<String>,
    #[arg(long, value_name = "NAME")]
    pub place_locative: Option<String>,
    #[arg(long)]
    pub meeting_place: Option<String>,
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..=12))]
    pub frequency_months: Option<u32>,
    #[arg(long)]
    #[arg(value_name = "YYYY-MM-DD")]
    pub valid_until: Option<Date>,
    #[arg(long, value_name = "TEXT")]
    pub purpose: Option<String>,
}

/// Arguments of `koop team sign`.
#[derive(Debug, Args)]
pub struct SignArgs {
    #[arg(add = clap_complete::ArgValueCandidates::new(crate::complete::teams))]
    pub team: String,
    #[arg(add = clap_complete::ArgValueCandidates::new(crate::complete::institutions))]
    pub institution: String,
    #[arg(long)]
    pub representative: Option<String>,
    #[arg(long, value_name = "NAME")]
    pub representative_accusative: Option<String>,
    #[arg(long)]
    #[arg(value_name = "YYYY-MM-DD")]
    pub joined: Option<Date>,
}

/// Dispatches `koop team …`.
pub fn run(ctx: &mut Ctx, cmd: TeamCommand) -> Result<i32> {
    match cmd {
        TeamCommand::New(args) => new(ctx, args),
        TeamCommand::List(args) => list(ctx, args),
        TeamCommand::Show(args) => show(ctx, args),
        TeamCommand::Member(MemberCommand::Add(args)) => member_add(ctx, args),
        TeamCommand::Member(MemberCommand::Remove(args)) => super::remove::team_member(ctx, args),
        TeamCommand::Remove(args) => super::remove::record(ctx, "team", args),
        TeamCommand::Agreement(args) => agreement(ctx, args),
        TeamCommand::Sign(args) => sign(ctx, args),
    }
}

fn require_team<'a>(store: &'a Store, id: &str) -> Result<&'a Rec<Team>> {
    store.team(id).ok_or_else(|| {
        let path = store::team_path(id);
        if store.root.join(&path).exists() {
            super::broken(store, &path)
        } else {
            unknown_id(
                crate::tr!("team-no-team", id = id),
                id,
                store.teams.iter().map(|t| t.id.as_str()),
                "koop team list",
            )
        }
    })
}

fn new(ctx: &mut Ctx, args: NewArgs) -> Result<i32> {
    let name = required_text("--name", &args.name)?;
    let id = new_id("team", args.id.as_deref(), &name)?;
    let coordinator = args
        .coordinator
        .as_deref()
        .map(|c| user_id("person", c))
        .transpose()?;
    let (mut tx, store) = ctx.load_for_write()?;
    // An unknown coordinator (K005) or, for a GGK, one who is not at an OPS (K017) is the
    // rules' to say.
    let record = Team {
        kind: args.kind,
        name,
        coordinator: coordinator.map(spanned),
        agreement: None,
        members: Vec::new(),
    };
    let path = store::team_path(&id);
    tx.create(&path, &to_toml(&record)?)?;
    ctx.commit(
        tx,
        &store,
        &crate::tr!("team-op-create", team = id.as_str()),
    )?;
    ctx.ui.line(&crate::tr!(
        "team-created",
        team = id.as_str(),
        path = path.as_str()
    ));
    Ok(0)
}

fn list(ctx: &mut Ctx, args: ListArgs) -> Result<i32> {
    // The address book and the teams need no case.
    let store = ctx.load_shared(&Default::default())?;
    let selected: Vec<&Rec<Team>> = store
        .teams
        .iter()
        .filter(|t| args.kind.is_none_or(|k| t.value.kind == k))
        .collect();
    match args.format {
        ListFormat::Json => print_json(ctx.ui, &selected.iter().map(|t| team_json(t)).collect()),
        ListFormat::Csv => {
            let items: Vec<serde_json::Value> = selected.iter().map(|t| team_json(t)).collect();
            print_csv_json(ctx.ui, TEAM_CSV, &items);
        }
        ListFormat::Table => {
            let rows = selected
                .iter()
                .map(|t| {
                    let v = &t.value;
                    vec![
                        t.id.clone(),
                        v.kind.shown().to_string(),
                        v.name.clone(),
                        cell(v.coordinator.as_ref().map(|c| c.get_ref().as_str())),
                        v.members.len().to_string(),
                        v.agreement
                            .as_ref()
                            .and_then(|a| a.signed)
                            .map(|d| d.to_string())
                            .unwrap_or_default(),
                    ]
                })
                .collect();
            print_table(
                ctx.ui,
                &[
                    &crate::tr!("team-col-id"),
                    &crate::tr!("team-col-kind"),
                    &crate::tr!("team-col-name"),
                    &crate::tr!("team-col-coordinator"),
                    &crate::tr!("team-col-members"),
                    &crate::tr!("team-col-agreement-signed"),
                ],
                rows,
            );
        }
    }
    Ok(0)
}

fn show(ctx: &mut Ctx, args: ShowArgs) -> Result<i32> {
    // The address book and the teams need no case.
    let store = ctx.load_shared(&Default::default())?;
    let rec = require_team(&store, &args.id)?;
    if args.format == Format::Json {
        print_json(ctx.ui, &team_json(rec));
        return Ok(0);
    }
    let t = &rec.value;
    let person_name = |id: &str| match store.person(id) {
        Some(p) => format!("{} ({id})", p.value.name),
        None => crate::tr!("team-unknown-id", id = id),
    };
    let inst_name = |id: &str| match store.institution(id) {
        Some(i) => i.value.name.clone(),
        None => crate::tr!("team-unknown-id", id = id),
    };
    print_fields(
        ctx.ui,
        &[
            (&crate::tr!("team-field-id"), Some(rec.id.clone())),
            (
                &crate::tr!("team-field-kind"),
                Some(t.kind.shown().to_string()),
            ),
            (&crate::tr!("team-field-name"), Some(t.name.clone())),
            (
                &crate::tr!("team-field-coordinator"),
                t.coordinator.as_ref().map(|c| person_name(c.get_ref())),
            ),
            (&crate::tr!("team-field-file"), Some(rec.path.to_string())),
        ],
    );
    ctx.ui.line("");
    match &t.agreement {
        None if t.kind == TeamKind::Ggk => ctx.ui.line(&crate::tr!("team-agreement-ggk")),
        None => ctx.ui.line(&crate::tr!("team-agreement-none")),
        Some(a) => {
            ctx.ui.line(&crate::tr!("team-agreement"));
            let indent = |key: String| format!("  {key}");
            print_fields(
                ctx.ui,
                &[
                    (
                        &indent(crate::tr!("team-field-signed")),
                        a.signed.map(|d| d.to_string()),
                    ),
                    (&indent(crate::tr!("team-field-place")), a.place.clone()),
                    (
                        &indent(crate::tr!("team-field-place-locative")),
                        a.place_locative.clone(),
                    ),
                    (
                        &indent(crate::tr!("team-field-meeting-place")),
                        a.meeting_place.clone(),
                    ),
                    (
                        &indent(crate::tr!("team-field-frequency")),
                        a.meeting_frequency_months
                            .map(|n| crate::tr!("team-frequency", n = n)),
                    ),
                    (
                        &indent(crate::tr!("team-field-valid-until")),
                        a.valid_until.map(|d| d.to_string()),
                    ),
                ],
            );
            let rows = a
                .signatories
                .iter()
                .map(|s| {
                    let id = s.institution.get_ref();
                    let director = store.institution(id).and_then(|i| i.value.director.clone());
                    vec![
                        id.clone(),
                        inst_name(id),
                        s.representative.clone().or(director).unwrap_or_default(),
                        s.joined.map(|d| d.to_string()).unwrap_or_default(),
                    ]
                })
                .collect();
            print_table(
                ctx.ui,
                &[
                    &crate::tr!("team-col-signatory"),
                    &crate::tr!("team-col-name"),
                    &crate::tr!("team-col-representative"),
                    &crate::tr!("team-col-joined"),
                ],
                rows,
            );
        }
    }
    ctx.ui.line(&crate::tr!("team-members"));
    let rows = t
        .members
        .iter()
        .map(|m| {
            let id = m.institution.get_ref();
            vec![
                id.clone(),
                inst_name(id),
                if m.core {
                    crate::tr!("team-yes")
                } else {
                    String::new()
                },
                m.delegates
                    .iter()
                    .map(|d| person_name(d.get_ref()))
                    .collect::<Vec<_>>()
                    .join("\n"),
            ]
        })
        .collect();
    print_table(
        ctx.ui,
        &[
            &crate::tr!("team-col-institution"),
            &crate::tr!("team-col-name"),
            &crate::tr!("team-col-core"),
            &crate::tr!("team-col-delegates"),
        ],
        rows,
    );
    Ok(0)
}

fn member_add(ctx: &mut Ctx, args: MemberAddArgs) -> Result<i32> {
    let team_id = user_id("team", &args.team)?;
    let inst = user_id("institution", &args.institution)?;
    let delegates = args
        .delegates
        .iter()
        .map(|d| user_id("person", d))
        .collect::<Result<Vec<_>>>()?;
    let (mut tx, store) = ctx.load_for_write()?;
    let team = require_team(&store, &team_id)?;
    require_institution(&store, &inst)?;
    for d in &delegates {
        require_person(&store, d)?;
        let works_at = store
            .person(d)
            .and_then(|p| p.parent.clone())
            .unwrap_or_default();
        if works_at != inst {
            return Err(Error::user(crate::tr!(
                "team-delegate-elsewhere",
                person = d.as_str(),
                works_at = works_at.as_str(),
                institution = inst.as_str()
            ))
            .hint(crate::tr!(
                "team-delegate-elsewhere-hint",
                person = d.as_str(),
                works_at = works_at.as_str()
            )));
        }
    }
    let existing = team
        .value
        .members
        .iter()
        .find(|m| m.institution.get_ref() == &inst);
    // Keep the order given (the first delegate is usually the main contact), once each.
    let mut new_delegates: Vec<String> = Vec::new();
    for d in &delegates {
        let known = existing.is_some_and(|m| m.delegates.iter().any(|x| x.get_ref() == d));
        if !known && !new_delegates.contains(d) {
            new_delegates.push(d.clone());
        }
    }
    let make_core = args.core && existing.is_none_or(|m| !m.core);
    if existing.is_some() && new_delegates.is_empty() && !make_core {
        return Err(Error::user(crate::tr!(
            "team-member-unchanged",
            institution = inst.as_str(),
            team = team_id.as_str()
        )));
    }
    let path = team.path.clone();
    tx.update(&path, |team: &mut Team| {
        let at = match team
            .members
            .iter()
            .position(|m| m.institution.get_ref() == &inst)
        {
            Some(at) => at,
            None => {
                team.members.push(Member {
                    institution: spanned(inst.clone()),
                    core: false,
                    delegates: Vec::new(),
                });
                team.members.len() - 1
            }
        };
        let member = &mut team.members[at];
        member.core |= make_core;
        member
            .delegates
            .extend(new_delegates.iter().cloned().map(spanned));
        Ok(())
    })?;
    ctx.commit(
        tx,
        &store,
        &crate::tr!(
            "team-op-member-add",
            institution = inst.as_str(),
            team = team_id.as_str()
        ),
    )?;
    ctx.ui.line(&if existing.is_some() {
        crate::tr!(
            "team-member-updated",
            institution = inst.as_str(),
            team = team_id.as_str(),
            path = path.as_str()
        )
    } else {
        crate::tr!(
            "team-member-added",
            institution = inst.as_str(),
            team = team_id.as_str(),
            path = path.as_str()
        )
    });
    Ok(0)
}

/// A GGK is formed under the partners' one porozumienie (zał. 5 §3) and concludes none.
pub(crate) fn refuse_ggk_agreement(store: &Store, team: &Rec<Team>) -> Result<()> {
    if team.value.kind != TeamKind::Ggk {
        return Ok(());
    }
    let pzk: Vec<&str> = store
        .teams
        .iter()
        .filter(|t| t.value.kind == TeamKind::Pzk)
        .map(|t| t.id.as_str())
        .collect();
    let on = match pzk.as_slice() {
        [one] => *one,
        _ => "<pzk>",
    };
    Err(
        Error::user(crate::tr!("team-ggk-agreement", team = team.id.as_str())).hint(crate::tr!(
            "team-ggk-agreement-hint",
            pzk = on,
            team = team.id.as_str()
        )),
    )
}

fn agreement(ctx: &mut Ctx, args: AgreementArgs) -> Result<i32> {
    let team_id = user_id("team", &args.team)?;
    let place = optional_text("--place", args.place)?;
    let place_locative = optional_text("--place-locative", args.place_locative)?;
    let meeting_place = optional_text("--meeting-place", args.meeting_place)?;
    let purpose = optional_text("--purpose", args.purpose)?;
    if let (Some(s), Some(u)) = (args.signed, args.valid_until)
        && u < s
    {
        return Err(Error::user(crate::tr!(
            "team-valid-until-before-signed",
            until = u.to_string(),
            signed = s.to_string()
        )));
    }
    let (mut tx, store) = ctx.load_for_write()?;
    let team = require_team(&store, &team_id)?;
    refuse_ggk_agreement(&store, team)?;
    if args.signed.is_none()
        && place.is_none()
        && place_locative.is_none()
        && meeting_place.is_none()
        && args.frequency_months.is_none()
        && args.valid_until.is_none()
        && purpose.is_none()
    {
        return Err(Error::user(crate::tr!("team-agreement-nothing"))
            .hint(crate::tr!("team-agreement-nothing-hint")));
    }
    let stored = team.value.agreement.clone().unwrap_or_default();
    let signed = args.signed.or(stored.signed);
    let until = args.valid_until.or(stored.valid_until);
    if let (Some(s), Some(u)) = (signed, until)
        && u < s
    {
        return Err(Error::user(crate::tr!(
            "team-agreement-ends-early",
            until = u.to_string(),
            signed = s.to_string()
        )));
    }
    if let Some(s) = args.signed
        && let Some(j) = stored.signatories.iter().filter_map(|x| x.joined).min()
        && j < s
    {
        return Err(Error::user(crate::tr!(
            "team-signed-after-joined",
            signed = s.to_string(),
            joined = j.to_string()
        )));
    }
    // The place as it is named: the gmina's locative typed for it ("Przykładowie", as
    // „zawarte w” needs) is the gmina ("Przykładowo"), whose locative koop.toml keeps.
    let place = place.map(|p| match store.config.as_ref().map(|c| &c.unit) {
        Some(u) if u.locative.as_deref() == Some(p.as_str()) && place_locative.is_none() => {
            u.name.clone()
        }
        _ => p,
    });
    let path = team.path.clone();
    tx.update(&path, |team: &mut Team| {
        let a = team.agreement.get_or_insert_with(Agreement::default);
        if let Some(d) = args.signed {
            a.signed = Some(d);
        }
        if let Some(p) = &place {
            if a.place.as_ref() != Some(p) && place_locative.is_none() {
                // Another town: its locative recorded for the earlier one no longer holds.
                a.place_locative = None;
            }
            a.place = Some(p.clone());
        }
        if let Some(p) = &place_locative {
            a.place_locative = Some(p.clone());
        }
        if let Some(p) = &purpose {
            a.purpose = Some(p.clone());
        }
        if let Some(p) = &meeting_place {
            a.meeting_place = Some(p.clone());
        }
        if let Some(n) = args.frequency_months {
            a.meeting_frequency_months = Some(n);
        }
        if let Some(d) = args.valid_until {
            a.valid_until = Some(d);
        }
        Ok(())
    })?;
    ctx.commit(
        tx,
        &store,
        &crate::tr!("team-op-agreement", team = team_id.as_str()),
    )?;
    ctx.ui.line(&crate::tr!(
        "team-agreement-updated",
        team = team_id.as_str(),
        path = path.as_str()
    ));
    Ok(0)
}

fn sign(ctx: &mut Ctx, args: SignArgs) -> Result<i32> {
    let team_id = user_id("team", &args.team)?;
    let inst = user_id("institution", &args.institution)?;
    let representative = optional_text("--representative", args.representative)?;
    let representative_accusative = optional_text(
        "--representative-accusative",
        args.representative_accusative,
    )?;
    let (mut tx, store) = ctx.load_for_write()?;
    let team = require_team(&store, &team_id)?;
    refuse_ggk_agreement(&store, team)?;
    require_institution(&store, &inst)?;
    let agreement = team.value.agreement.as_ref();
    if agreement.is_some_and(|a| {
        a.signatories
            .iter()
            .any(|s| s.institution.get_ref() == &inst)
    }) {
        return Err(Error::user(crate::tr!(
            "team-signed-already",
            institution = inst.as_str(),
            team = team_id.as_str()
        )));
    }
    if let (Some(j), Some(s)) = (args.joined, agreement.and_then(|a| a.signed))
        && j < s
    {
        return Err(Error::user(crate::tr!(
            "team-joined-before-signed",
            joined = j.to_string(),
            signed = s.to_string()
        )));
    }
    let path = team.path.clone();
    tx.update(&path, |team: &mut Team| {
        let a = team.agreement.get_or_insert_with(Agreement::default);
        a.signatories.push(Signatory {
            institution: spanned(inst.clone()),
            representative: representative.clone(),
            representative_accusative: representative_accusative.clone(),
            joined: args.joined,
        });
        Ok(())
    })?;
    ctx.commit(
        tx,
        &store,
        &crate::tr!(
            "team-op-sign",
            institution = inst.as_str(),
            team = team_id.as_str()
        ),
    )?;
    ctx.ui.line(&crate::tr!(
        "team-signed",
        institution = inst.as_str(),
        team = team_id.as_str(),
        path = path.as_str()
    ));
    Ok(0)
}

/// The JSON shape of a team (docs/format.md, "JSON output").
pub fn team_json(rec: &Rec<Team>) -> Value {
    let t = &rec.value;
    let agreement = t.agreement.as_ref().map(|a| {
        json!({
            "signed": a.signed.map(|d| d.to_string()),
            "place": a.place,
            "place_locative": a.place_locative,
            "meeting_place": a.meeting_place,
            "meeting_frequency_months": a.meeting_frequency_months,
            "valid_until": a.valid_until.map(|d| d.to_string()),
            "purpose": a.purpose,
            "signatories": a.signatories.iter().map(|s| json!({
                "institution": s.institution.get_ref(),
                "representative": s.representative,
                "representative_accusative": s.representative_accusative,
                "joined": s.joined.map(|d| d.to_string()),
            })).collect::<Vec<_>>(),
        })
    });
    json!({
        "id": rec.id,
        "kind": t.kind,
        "name": t.name,
        "coordinator": t.coordinator.as_ref().map(|c| c.get_ref()),
        "agreement": agreement,
        "members": t.members.iter().map(|m| json!({
            "institution": m.institution.get_ref(),
            "core": m.core,
            "delegates": m.delegates.iter().map(|d| d.get_ref()).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "file": rec.path,
    })
}
