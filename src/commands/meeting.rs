//! `koop meeting new|list|show|invite|attend|minutes|approve`: a team's meetings, with the
//! practical rules of seed 004 zał. 2 checked when a meeting is planned.

use std::path::PathBuf;

use clap::{Args, Subcommand};
use serde_json::{Value, json};

use super::caseutil::unknown_id;
use super::output::{ListFormat, cell, print_csv_json, print_fields, print_json, print_table};
use super::{
    Ctx, Step, optional_text, require_institution, require_person, required_prose, required_text,
    to_toml, user_id,
};
use crate::error::{Error, Result};
use crate::model::calendar::Time;
use crate::model::meeting::INITIATING_AGENDA;
use crate::model::{Attendance, Date, Decision, Invitation, Meeting, MeetingKind, spanned};
use crate::store::{self, Rec, Store, tx::Tx};
use crate::text::decode;

/// `koop meeting …`
#[derive(Debug, Subcommand)]
pub enum MeetingCommand {
    New(NewArgs),
    List(ListArgs),
    Show(ShowArgs),
    Invite(InviteArgs),
    Attend(AttendArgs),
    Minutes(MinutesArgs),
    Approve(ApproveArgs),
    Decide(DecideArgs),
    #[command(subcommand)]
    Decision(DecisionCommand),
    Cancel(super::remove::CancelArgs),
    Reschedule(super::remove::RescheduleArgs),
    Remove(super::remove::RemoveArgs),
}

/// `koop meeting decision …`.
#[derive(Debug, Subcommand)]
pub enum DecisionCommand {
    Remove(super::remove::DecisionRemoveArgs),
}

/// Arguments of `koop meeting decide`.
#[derive(Debug, Args)]
pub struct DecideArgs {
    #[arg(add = clap_complete::ArgValueCandidates::new(crate::complete::meetings))]
    pub id: String,
    #[arg(long)]
    pub owner: Option<String>,
    #[arg(long)]
    #[arg(value_name = "YYYY-MM-DD")]
    pub due: Option<Date>,
    #[arg(required_unless_present = "text_file")]
    pub text: Option<String>,
    #[arg(long = "text-file", value_name = "PATH", conflicts_with = "text")]
    pub text_file: Option<std::path::PathBuf>,
    #[arg(long)]
    pub allow_duplicate: bool,
}

/// Which agenda to fill in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum AgendaTemplate {
    /// The initiating meeting's agenda of zał. 2 (Scenariusz spotkania inicjującego).
    Initiating,
}

/// Arguments of `koop meeting new`.
#[derive(Debug, Args)]
pub struct NewArgs {
    // Required; optional here so that on a terminal the guided start can ask for them
    // (`guided::relaxed`).
    #[arg(long, required = true)]
    #[arg(add = clap_complete::ArgValueCandidates::new(crate::complete::teams))]
    pub team: Option<String>,
    #[arg(long, required = true)]
    #[arg(value_name = "YYYY-MM-DD")]
    pub date: Option<Date>,
    #[arg(long, required = true)]
    #[arg(value_name = "HH:MM")]
    pub start: Option<Time>,
    #[arg(long, required = true)]
    #[arg(value_name = "HH:MM")]
    pub end: Option<Time>,
    #[arg(long, required = true)]
    pub place: Option<String>,
    #[arg(long)]
    pub goal: Option<String>,
    #[arg(long, value_enum, default_value_t = MeetingKind::Working)]
    pub kind: MeetingKind,
    #[arg(long, value_enum)]
    pub agenda: Option<AgendaTemplate>,
    #[arg(long)]
    #[arg(add = clap_complete::ArgValueCandidates::new(crate::complete::people))]
    pub minutes_by: Option<String>,
    #[arg(long = "case", value_name = "CASE")]
    pub cases: Vec<String>,
    #[arg(long)]
    pub allow_duplicate: bool,
}

/// Arguments of `koop meeting list`.
#[derive(Debug, Args)]
pub struct ListArgs {
    #[arg(long)]
    #[arg(add = clap_complete::ArgValueCandidates::new(crate::complete::teams))]
    pub team: Option<String>,
    #[arg(long, value_enum, default_value_t)]
    pub format: ListFormat,
}

/// Arguments of `koop meeting show`.
#[derive(Debug, Args)]
pub struct ShowArgs {
    #[arg(add = clap_complete::ArgValueCandidates::new(crate::complete::meetings))]
    pub id: String,
    #[arg(long, value_enum, default_value_t)]
    pub format: super::agenda::AgendaFormat,
}

/// Arguments of `koop meeting invite`.
#[derive(Debug, Args)]
pub struct InviteArgs {
    #[arg(add = clap_complete::ArgValueCandidates::new(crate::complete::meetings))]
    pub id: String,
    #[arg(long)]
    #[arg(value_name = "YYYY-MM-DD")]
    pub rsvp_by: Date,
    #[arg(required = true)]
    #[arg(add = clap_complete::ArgValueCandidates::new(crate::complete::institutions))]
    pub institutions: Vec<String>,
    #[arg(long, value_name = "PERSON")]
    pub person: Option<String>,
    #[arg(long, value_name = "DATE")]
    #[arg(value_name = "YYYY-MM-DD")]
    pub sent: Option<Date>,
}

/// Arguments of `koop meeting attend`.
#[derive(Debug, Args)]
pub struct AttendArgs {
    #[arg(add = clap_complete::ArgValueCandidates::new(crate::complete::meetings))]
    pub id: String,
    #[arg(required = true)]
    #[arg(add = clap_complete::ArgValueCandidates::new(crate::complete::people))]
    pub people: Vec<String>,
}

/// Arguments of `koop meeting minutes`.
#[derive(Debug, Args)]
pub struct MinutesArgs {
    #[arg(add = clap_complete::ArgValueCandidates::new(crate::complete::meetings))]
    pub id: String,
    #[arg(long, required_unless_present = "by")]
    pub file: Option<PathBuf>,
    #[arg(long)]
    #[arg(add = clap_complete::ArgValueCandidates::new(crate::complete::people))]
    pub by: Option<String>,
    #[arg(long)]
    pub replace: bool,
}

/// Arguments of `koop meeting approve`.
#[derive(Debug, Args)]
pub struct ApproveArgs {
    #[arg(add = clap_complete::ArgValueCandidates::new(crate::complete::meetings))]
    pub id: String,
    #[arg(long)]
    pub at: String,
}

/// Dispatches `koop meeting …`.
pub fn run(ctx: &mut Ctx, cmd: MeetingCommand) -> Result<i32> {
    match cmd {
        MeetingCommand::New(args) => new(ctx, args),
        MeetingCommand::List(args) => list(ctx, args),
        MeetingCommand::Show(args) => show(ctx, args),
        MeetingCommand::Invite(args) => invite(ctx, args),
        MeetingCommand::Attend(args) => attend(ctx, args),
        MeetingCommand::Minutes(args) => minutes(ctx, args),
        MeetingCommand::Approve(args) => approve(ctx, args),
        MeetingCommand::Decide(args) => decide(ctx, args),
        MeetingCommand::Decision(DecisionCommand::Remove(args)) => {
            super::remove::decision(ctx, args)
        }
        MeetingCommand::Cancel(args) => super::remove::cancel(ctx, args),
        MeetingCommand::Reschedule(args) => super::remove::reschedule_meeting(ctx, args),
        MeetingCommand::Remove(args) => super::remove::record(ctx, "meeting", args),
    }
}

fn require_meeting<'a>(store: &'a Store, id: &str) -> Result<&'a Rec<Meeting>> {
    find_meeting(store, id)
}

/// The meeting a user named: its whole ID, or the date and team without the suffix when
/// only one meeting of that team is on that day.
pub fn find_meeting<'a>(store: &'a Store, id: &str) -> Result<&'a Rec<Meeting>> {
    if let Some(m) = store.meeting(id) {
        return Ok(m);
    }
    let prefix = format!("{id}-");
    let several: Vec<&str> = store
        .meetings
        .iter()
        .map(|m| m.id.as_str())
        .filter(|m| m.starts_with(&prefix))
        .collect();
    if several.len() > 1 {
        return Err(Error::user(crate::tr!(
            "meeting-ambiguous",
            id = id,
            n = several.len(),
            meetings = several.join(", ")
        ))
        .hint(crate::tr!("meeting-ambiguous-hint")));
    }
    // Suggestions compare with what people type: the ID without its random suffix too.
    let short: Vec<&str> = store.meetings.iter().map(|m| short_id(&m.id)).collect();
    let known = store.meetings.iter().map(|m| m.id.as_str()).chain(short);
    Err(unknown_id(
        crate::tr!("meeting-no-meeting", id = id),
        id,
        known,
        "koop meeting list",
    ))
}

/// A meeting's ID without its random suffix (`2026-03-12-pzk-k7qm` → `2026-03-12-pzk`).
pub fn short_id(id: &str) -> &str {
    use crate::model::uid;
    match id.rsplit_once('-') {
        Some((head, suffix))
            if suffix.len() == uid::SUFFIX_LEN && uid::is_identity(suffix) && head.len() > 11 =>
        {
            head
        }
        _ => id,
    }
}

fn new(ctx: &mut Ctx, args: NewArgs) -> Result<i32> {
    let args = checked_new(args)?;
    if args.team.is_none()
        || args.date.is_none()
        || args.start.is_none()
        || args.end.is_none()
        || args.place.is_none()
    {
        // Only on a terminal does the command line get here without them (`guided`).
        return super::guided::meeting_new(ctx, args);
    }
    let (mut tx, store) = ctx.load_for_write()?;
    let step = stage_new(&mut tx, &store, &args)?;
    step.commit(ctx, tx, &store)
}

/// Checks what `koop meeting new` was given before the repository is read: the IDs, the
/// text (normalised) and the hours.
pub(crate) fn checked_new(mut args: NewArgs) -> Result<NewArgs> {
    if let Some(team) = &args.team {
        user_id("team", team)?;
    }
    args.place = args
        .place
        .take()
        .map(|p| required_text("--place", &p))
        .transpose()?;
    if let Some(p) = &args.minutes_by {
        user_id("person", p)?;
    }
    if let (Some(start), Some(end)) = (args.start, args.end) {
        end_after_start(start, end)?;
    }
    args.goal = optional_text("--goal", args.goal.take())?;
    Ok(args)
}

/// Refuses a meeting that ends before it starts.
pub(crate) fn end_after_start(start: Time, end: Time) -> Result<()> {
    if end <= start {
        return Err(Error::user(crate::tr!(
            "meeting-end-before-start",
            end = end.to_string(),
            start = start.to_string()
        )));
    }
    Ok(())
}

/// Stages `koop meeting new` (its arguments `checked_new`, all the required ones given) in `tx`.
pub(crate) fn stage_new(tx: &mut Tx, store: &Store, args: &NewArgs) -> Result<Step> {
    let (Some(team), Some(date), Some(start), Some(end), Some(place)) = (
        args.team.clone(),
        args.date,
        args.start,
        args.end,
        args.place.clone(),
    ) else {
        return Err(Error::user(crate::tr!("cli-error-missing-arguments")));
    };
    if args.allow_duplicate {
        tx.allow.push(crate::rules::codes::EXACT_DUPLICATE);
    }
    if store.team(&team).is_none() {
        return Err(unknown_id(
            crate::tr!("meeting-no-team", id = team.as_str()),
            &team,
            store.teams.iter().map(|t| t.id.as_str()),
            "koop team list",
        ));
    }
    if let Some(p) = &args.minutes_by {
        require_person(store, p)?;
    }
    let mut cases = Vec::new();
    for key in &args.cases {
        let case = super::caseutil::find_case(store, key)?;
        // A team is not convened for a referral that ended without work (not qualified,
        // refused, withdrawn) or for work discontinued.
        if case.status().outcome() {
            return Err(Error::user(crate::tr!(
                "meeting-case-ended",
                case = case.id(),
                status = case.status().shown()
            ))
            .hint(crate::tr!("meeting-case-ended-hint", case = case.id())));
        }
        let dir = case.dir.clone();
        if !cases.contains(&dir) {
            cases.push(dir);
        }
    }
    let id = free_id(store, tx, date, &team, "")?;
    let agenda = match args.agenda {
        Some(AgendaTemplate::Initiating) => {
            INITIATING_AGENDA.iter().map(|s| s.to_string()).collect()
        }
        None => Vec::new(),
    };
    let meeting = Meeting {
        team: spanned(team),
        kind: args.kind,
        date: spanned(date),
        start: spanned(start),
        end: spanned(end),
        place,
        goal: args.goal.clone(),
        cases: cases.into_iter().map(spanned).collect(),
        minutes_by: args.minutes_by.clone().map(spanned),
        agenda,
        minutes: None,
        approved_at: None,
        first_id: None,
        rescheduled: 0,
        invited: Vec::new(),
        attendance: Vec::new(),
        decisions: Vec::new(),
    };
    let path = store::meeting_path(&id);
    tx.create(&path, &one_item_per_line(&to_toml(&meeting)?, "agenda"))?;
    Ok(Step::new(crate::tr!("meeting-op-plan", id = id.as_str()))
        .line(&id)
        .note(crate::tr!(
            "meeting-planned",
            id = id.as_str(),
            path = path.as_str()
        )))
}

/// The ID for a meeting of `team` on `date`: `<date>-<team>-<suffix>` with a random suffix
/// (`model::uid`), so two people planning a meeting of one team on one day in two clones
/// write two files; never the ID another meeting was first given (its `first_id`). `except`
/// is the meeting being moved: it keeps its suffix.
pub fn free_id(
    store: &crate::store::Store,
    tx: &crate::store::tx::Tx,
    date: crate::model::Date,
    team: &str,
    except: &str,
) -> Result<String> {
    use crate::model::uid;
    let base = format!("{date}-{team}");
    // Nor the ID a rescheduled meeting was first given: a calendar knows that one by it.
    let free = |id: &str| -> Result<bool> {
        let calendar = |m: &crate::store::Rec<Meeting>| {
            m.id != except && m.value.first_id.as_deref() == Some(id)
        };
        Ok(id == except
            || !tx.exists(&store::meeting_path(id))?
                && !store.meetings.iter().any(|m| m.id == id || calendar(m)))
    };
    let kept = except
        .get(11..)
        .and_then(|rest| rest.strip_prefix(team)?.strip_prefix('-'))
        .filter(|s| s.len() == uid::SUFFIX_LEN && uid::is_identity(s));
    if let Some(suffix) = kept {
        let id = format!("{base}-{suffix}");
        if free(&id)? {
            return Ok(id);
        }
    }
    let suffix = uid::fresh(uid::SUFFIX_LEN, |s| {
        !free(&format!("{base}-{s}")).unwrap_or(false)
    });
    Ok(format!("{base}-{suffix}"))
}

/// Rewrites the array `key` with one item per line, so a changed item is a one-line diff.
fn one_item_per_line(text: &str, key: &str) -> String {
    let Ok(mut doc) = text.parse::<toml_edit::DocumentMut>() else {
        return text.to_string();
    };
    if let Some(array) = doc.get_mut(key).and_then(|i| i.as_array_mut()) {
        for item in array.iter_mut() {
            item.decor_mut().set_prefix("\n    ");
            item.decor_mut().set_suffix("");
        }
        array.set_trailing_comma(true);
        array.set_trailing("\n");
    }
    doc.to_string()
}

fn list(ctx: &mut Ctx, args: ListArgs) -> Result<i32> {
    let store = ctx.load()?;
    let selected: Vec<&Rec<Meeting>> = store
        .meetings
        .iter()
        .filter(|m| {
            args.team
                .as_deref()
                .is_none_or(|t| m.value.team.get_ref() == t)
        })
        .collect();
    match args.format {
        ListFormat::Json => print_json(ctx.ui, &selected.iter().map(|m| meeting_json(m)).collect()),
        ListFormat::Csv => {
            let items: Vec<Value> = selected.iter().map(|m| meeting_json(m)).collect();
            print_csv_json(
                ctx.ui,
                &[
                    "id",
                    "team",
                    "kind",
                    "date",
                    "start",
                    "end",
                    "place",
                    "goal",
                    "cases",
                    "minutes_by",
                    "approved_at",
                    "invited.institution",
                    "attendance.person",
                    "file",
                ],
                &items,
            );
        }
        ListFormat::Table => {
            let rows = selected
                .iter()
                .map(|m| {
                    let v = &m.value;
                    vec![
                        m.id.clone(),
                        v.team.get_ref().clone(),
                        v.kind.shown().to_string(),
                        format!(
                            "{} {}–{}",
                            v.date.get_ref(),
                            v.start.get_ref(),
                            v.end.get_ref()
                        ),
                        v.place.clone(),
                        v.attendance.len().to_string(),
                        if v.minutes.is_some() {
                            crate::tr!("meeting-yes")
                        } else {
                            String::new()
                        },
                        cell(v.approved_at.as_ref().map(|a| a.get_ref().as_str())),
                    ]
                })
                .collect();
            print_table(
                ctx.ui,
                &[
                    &crate::tr!("meeting-col-id"),
                    &crate::tr!("meeting-col-team"),
                    &crate::tr!("meeting-col-kind"),
                    &crate::tr!("meeting-col-when"),
                    &crate::tr!("meeting-col-place"),
                    &crate::tr!("meeting-col-present"),
                    &crate::tr!("meeting-col-minutes"),
                    &crate::tr!("meeting-col-approved-at"),
                ],
                rows,
            );
        }
    }
    Ok(0)
}

/// The JSON shape of a meeting (docs/format.md, "JSON output").
pub fn meeting_json(rec: &Rec<Meeting>) -> Value {
    let m = &rec.value;
    json!({
        "id": rec.id,
        "team": m.team.get_ref(),
        "kind": m.kind,
        "date": m.date.get_ref().to_string(),
        "start": m.start.get_ref().to_string(),
        "end": m.end.get_ref().to_string(),
        "place": m.place,
        "goal": m.goal,
        "cases": m.cases.iter().map(|c| c.get_ref()).collect::<Vec<_>>(),
        "minutes_by": m.minutes_by.as_ref().map(|p| p.get_ref()),
        "agenda": m.agenda,
        "minutes": m.minutes,
        "approved_at": m.approved_at.as_ref().map(|a| a.get_ref()),
        "invited": m.invited.iter().map(|i| json!({
            "institution": i.institution.get_ref(),
            "person": i.person.as_ref().map(|p| p.get_ref()),
            "rsvp_by": i.rsvp_by.map(|d| d.to_string()),
            "sent": i.sent.map(|d| d.to_string()),
        })).collect::<Vec<_>>(),
        "attendance": m.attendance.iter().map(|a| json!({
            "person": a.person.get_ref(),
            "institution": a.institution.as_ref().map(|i| i.get_ref()),
            "contact": a.contact,
        })).collect::<Vec<_>>(),
        "decisions": m.decisions.iter().enumerate().map(|(i, d)| json!({
            "id": d.id.get_ref(),
            "number": i + 1,
            "text": d.text,
            "owner": d.owner.as_ref().map(|o| o.get_ref()),
            "due": d.due.as_ref().map(|x| x.get_ref().to_string()),
            "done": d.done.map(|x| x.to_string()),
        })).collect::<Vec<_>>(),
        "file": rec.path,
    })
}

/// The number of the case in folder `dir`, or the folder when it did not load.
fn case_number(store: &Store, dir: &str) -> String {
    store
        .cases
        .iter()
        .find(|c| c.dir == dir)
        .map_or_else(|| dir.to_string(), |c| c.id().to_string())
}

fn show(ctx: &mut Ctx, args: ShowArgs) -> Result<i32> {
    // The meeting and what it refers to: the cases it discussed are read for their numbers,
    // the others not at all.
    let mut store = ctx.load_shared(&Default::default())?;
    let discussed: std::collections::BTreeSet<String> = find_meeting(&store, &args.id)
        .map(|m| m.value.cases.iter().map(|c| c.get_ref().clone()).collect())
        .unwrap_or_default();
    if !discussed.is_empty() {
        store = crate::store::load::load_shared(&store.root, &discussed)?;
    }
    let rec = require_meeting(&store, &args.id)?;
    match args.format {
        super::agenda::AgendaFormat::Json => {
            print_json(ctx.ui, &meeting_json(rec));
            return Ok(0);
        }
        super::agenda::AgendaFormat::Ics => {
            let items = crate::report::agenda::meeting_items(&store, &rec.id);
            let unit = store
                .config
                .as_ref()
                .map(|c| c.unit.name.clone())
                .unwrap_or_default();
            let today = super::caseutil::today()?;
            ctx.ui.print(&super::agenda::ics(&items, today, &unit));
            return Ok(0);
        }
        super::agenda::AgendaFormat::Table => {}
    }
    let m = &rec.value;
    print_fields(
        ctx.ui,
        &[
            (&crate::tr!("meeting-field-id"), Some(rec.id.clone())),
            (
                &crate::tr!("meeting-field-team"),
                Some(m.team.get_ref().clone()),
            ),
            (
                &crate::tr!("meeting-field-kind"),
                Some(m.kind.shown().to_string()),
            ),
            (
                &crate::tr!("meeting-field-when"),
                Some(format!(
                    "{} {}–{}",
                    m.date.get_ref(),
                    m.start.get_ref(),
                    m.end.get_ref()
                )),
            ),
            (&crate::tr!("meeting-field-place"), Some(m.place.clone())),
            (&crate::tr!("meeting-field-goal"), m.goal.clone()),
            (
                &crate::tr!("meeting-field-cases"),
                (!m.cases.is_empty()).then(|| {
                    m.cases
                        .iter()
                        .map(|c| case_number(&store, c.get_ref()))
                        .collect::<Vec<_>>()
                        .join(", ")
                }),
            ),
            (
                &crate::tr!("meeting-field-minutes-by"),
                m.minutes_by.as_ref().map(|p| p.get_ref().clone()),
            ),
            (
                &crate::tr!("meeting-field-approved-at"),
                m.approved_at.as_ref().map(|a| a.get_ref().clone()),
            ),
            (
                &crate::tr!("meeting-field-file"),
                Some(rec.path.to_string()),
            ),
        ],
    );
    if !m.agenda.is_empty() {
        ctx.ui.line("");
        ctx.ui.line(&crate::tr!("meeting-agenda"));
        for (n, item) in m.agenda.iter().enumerate() {
            ctx.ui.line(&format!("{:>3}. {item}", n + 1));
        }
    }
    ctx.ui.line("");
    ctx.ui.line(&crate::tr!("meeting-invited-heading"));
    let rows = m
        .invited
        .iter()
        .map(|i| {
            vec![
                i.institution.get_ref().clone(),
                cell(i.person.as_ref().map(|p| p.get_ref().as_str())),
                i.sent.map(|d| d.to_string()).unwrap_or_default(),
                i.rsvp_by.map(|d| d.to_string()).unwrap_or_default(),
            ]
        })
        .collect();
    print_table(
        ctx.ui,
        &[
            &crate::tr!("meeting-col-institution"),
            &crate::tr!("meeting-col-person"),
            &crate::tr!("meeting-col-sent"),
            &crate::tr!("meeting-col-confirm-by"),
        ],
        rows,
    );
    ctx.ui.line(&crate::tr!("meeting-present-heading"));
    let rows = m
        .attendance
        .iter()
        .map(|a| {
            let name = store
                .person(a.person.get_ref())
                .map(|p| p.value.name.clone())
                .unwrap_or_default();
            vec![
                a.person.get_ref().clone(),
                name,
                cell(a.institution.as_ref().map(|i| i.get_ref().as_str())),
                cell(a.contact.as_deref()),
            ]
        })
        .collect();
    print_table(
        ctx.ui,
        &[
            &crate::tr!("meeting-col-person"),
            &crate::tr!("meeting-col-name"),
            &crate::tr!("meeting-col-institution"),
            &crate::tr!("meeting-col-contact"),
        ],
        rows,
    );
    if let Some(text) = &m.minutes {
        ctx.ui.line(&crate::tr!("meeting-minutes-heading"));
        ctx.ui.line(text.trim_end());
    }
    Ok(0)
}

fn invite(ctx: &mut Ctx, args: InviteArgs) -> Result<i32> {
    let ids = args
        .institutions
        .iter()
        .map(|i| user_id("institution", i))
        .collect::<Result<Vec<_>>>()?;
    let (mut tx, store) = ctx.load_for_write()?;
    let rec = require_meeting(&store, &args.id)?;
    if args.rsvp_by > *rec.value.date.get_ref() {
        return Err(Error::user(crate::tr!(
            "meeting-rsvp-after",
            rsvp = args.rsvp_by.to_string(),
            date = rec.value.date.get_ref().to_string()
        )));
    }
    let person = match &args.person {
        None => None,
        Some(p) => {
            let [inst] = ids.as_slice() else {
                return Err(Error::user(crate::tr!("meeting-person-one-institution"))
                    .hint(crate::tr!("meeting-person-one-institution-hint")));
            };
            let rec = require_person(&store, &user_id("person", p)?)?;
            if rec.parent.as_deref() != Some(inst.as_str()) {
                return Err(Error::user(crate::tr!(
                    "meeting-person-elsewhere",
                    person = rec.id.as_str(),
                    institution = inst.as_str()
                ))
                .hint(crate::tr!("meeting-person-elsewhere-hint")));
            }
            Some(rec.id.clone())
        }
    };
    if let Some(sent) = args.sent
        && sent > *rec.value.date.get_ref()
    {
        return Err(Error::user(crate::tr!(
            "meeting-sent-after",
            sent = sent.to_string(),
            date = rec.value.date.get_ref().to_string()
        )));
    }
    let mut added = Vec::new();
    for id in &ids {
        require_institution(&store, id)?;
        let already = rec
            .value
            .invited
            .iter()
            .any(|i| i.institution.get_ref() == id);
        if !already && !added.contains(id) {
            added.push(id.clone());
        }
    }
    if added.is_empty() {
        return Err(Error::user(crate::tr!("meeting-all-invited")));
    }
    let path = rec.path.clone();
    tx.update(&path, |m: &mut Meeting| {
        m.invited.extend(added.iter().map(|id| Invitation {
            institution: spanned(id.clone()),
            person: person.clone().map(spanned),
            rsvp_by: Some(args.rsvp_by),
            sent: args.sent,
        }));
        Ok(())
    })?;
    ctx.commit(
        tx,
        &store,
        &crate::tr!("meeting-op-invite", id = args.id.as_str()),
    )?;
    ctx.ui.line(&crate::tr!(
        "meeting-invited",
        institutions = added.join(", "),
        id = args.id.as_str(),
        path = path.as_str()
    ));
    Ok(0)
}

fn attend(ctx: &mut Ctx, args: AttendArgs) -> Result<i32> {
    let ids = args
        .people
        .iter()
        .map(|p| user_id("person", p))
        .collect::<Result<Vec<_>>>()?;
    let (mut tx, store) = ctx.load_for_write()?;
    let rec = require_meeting(&store, &args.id)?;
    let mut added: Vec<(String, String, Option<String>)> = Vec::new();
    for id in &ids {
        let person = require_person(&store, id)?;
        let already = rec
            .value
            .attendance
            .iter()
            .any(|a| a.person.get_ref() == id);
        if !already && !added.iter().any(|(p, _, _)| p == id) {
            let contact = person.value.phone.clone().or(person.value.email.clone());
            added.push((
                id.clone(),
                person.parent.clone().unwrap_or_default(),
                contact,
            ));
        }
    }
    if added.is_empty() {
        return Err(Error::user(crate::tr!("meeting-all-present")));
    }
    let path = rec.path.clone();
    tx.update(&path, |m: &mut Meeting| {
        m.attendance.extend(
            added
                .iter()
                .map(|(person, institution, contact)| Attendance {
                    person: spanned(person.clone()),
                    institution: Some(spanned(institution.clone())),
                    contact: contact.clone(),
                }),
        );
        Ok(())
    })?;
    let names: Vec<&str> = added.iter().map(|(p, _, _)| p.as_str()).collect();
    ctx.commit(
        tx,
        &store,
        &crate::tr!("meeting-op-attend", id = args.id.as_str()),
    )?;
    ctx.ui.line(&crate::tr!(
        "meeting-attended",
        people = names.join(", "),
        id = args.id.as_str(),
        path = path.as_str()
    ));
    Ok(0)
}

fn minutes(ctx: &mut Ctx, args: MinutesArgs) -> Result<i32> {
    let by = args
        .by
        .as_deref()
        .map(|p| user_id("person", p))
        .transpose()?;
    let text = match &args.file {
        Some(name) => Some(read_minutes(&ctx.cwd, name)?),
        None => None,
    };
    let (mut tx, store) = ctx.load_for_write()?;
    let rec = require_meeting(&store, &args.id)?;
    let today = super::caseutil::today()?;
    if text.is_some() && *rec.value.date.get_ref() > today {
        return Err(Error::user(crate::tr!(
            "meeting-minutes-early",
            id = args.id.as_str(),
            date = rec.value.date.get_ref().to_string()
        ))
        .hint(crate::tr!("meeting-minutes-early-hint")));
    }
    if text.is_some() && rec.value.minutes.is_some() && !args.replace {
        let message = match &rec.value.approved_at {
            Some(a) => crate::tr!(
                "meeting-has-approved-minutes",
                id = args.id.as_str(),
                at = a.get_ref()
            ),
            None => crate::tr!("meeting-has-minutes", id = args.id.as_str()),
        };
        return Err(Error::user(message).hint(crate::tr!("meeting-has-minutes-hint")));
    }
    if let Some(p) = &by {
        require_person(&store, p)?;
        if let Some(named) = &rec.value.minutes_by
            && named.get_ref() != p
            && !args.replace
        {
            return Err(Error::user(crate::tr!(
                "meeting-minutes-by-named",
                id = args.id.as_str(),
                person = named.get_ref()
            ))
            .hint(crate::tr!("meeting-minutes-by-named-hint")));
        }
    }
    let path = rec.path.clone();
    tx.update(&path, |m: &mut Meeting| {
        if let Some(text) = &text {
            m.minutes = Some(text.clone());
        }
        if let Some(p) = &by {
            m.minutes_by = Some(spanned(p.clone()));
        }
        Ok(())
    })?;
    let id = args.id.as_str();
    let (what, said) = match (&text, &by) {
        (Some(_), Some(p)) => (
            crate::tr!("meeting-op-minutes-by", id = id, person = p),
            crate::tr!(
                "meeting-minutes-stored-by",
                id = id,
                person = p,
                path = path.as_str()
            ),
        ),
        (Some(_), None) => (
            crate::tr!("meeting-op-minutes", id = id),
            crate::tr!("meeting-minutes-stored", id = id, path = path.as_str()),
        ),
        (None, p) => {
            let p = p.as_deref().unwrap_or_default();
            (
                crate::tr!("meeting-op-minutes-writer", id = id, person = p),
                crate::tr!(
                    "meeting-minutes-writer",
                    id = id,
                    person = p,
                    path = path.as_str()
                ),
            )
        }
    };
    ctx.commit(tx, &store, &what)?;
    ctx.ui.line(&said);
    Ok(0)
}

/// The minutes from a UTF-8 text file, with CRLF made LF and the trailing blank lines cut.
fn read_minutes(cwd: &std::path::Path, name: &std::path::Path) -> Result<String> {
    let file = cwd.join(name);
    let bytes = std::fs::read(&file).map_err(|e| Error::io("read", &file, &e))?;
    let text = decode(bytes)
        .map_err(|bad| {
            Error::user(crate::tr!(
                "meeting-minutes-not-utf8",
                path = name.display(),
                line = bad.line.to_string(),
                column = bad.column.to_string()
            ))
            .hint(crate::tr!("meeting-minutes-not-utf8-hint"))
        })?
        .text
        .replace("\r\n", "\n");
    if text.trim().is_empty() {
        return Err(Error::user(crate::tr!(
            "meeting-minutes-empty",
            path = name.display()
        )));
    }
    Ok(text.trim_end().to_string())
}

fn approve(ctx: &mut Ctx, args: ApproveArgs) -> Result<i32> {
    let at = user_id("meeting", &args.at)?;
    let (mut tx, store) = ctx.load_for_write()?;
    let rec = require_meeting(&store, &args.id)?;
    let later = require_meeting(&store, &at)?;
    let later_id = later.id.clone();
    if rec.value.minutes.is_none() {
        return Err(
            Error::user(crate::tr!("meeting-no-minutes", id = args.id.as_str()))
                .hint(crate::tr!("meeting-no-minutes-hint")),
        );
    }
    if later.value.team.get_ref() != rec.value.team.get_ref() {
        return Err(Error::user(crate::tr!(
            "meeting-approve-other-team",
            at = at.as_str(),
            team = later.value.team.get_ref(),
            own = rec.value.team.get_ref()
        )));
    }
    let when = |m: &Meeting| (*m.date.get_ref(), *m.start.get_ref());
    if when(&later.value) <= when(&rec.value) {
        return Err(Error::user(crate::tr!(
            "meeting-approve-earlier",
            at = at.as_str(),
            id = args.id.as_str()
        )));
    }
    let path = rec.path.clone();
    tx.update(&path, |m: &mut Meeting| {
        m.approved_at = Some(spanned(later_id.clone()));
        Ok(())
    })?;
    ctx.commit(
        tx,
        &store,
        &crate::tr!("meeting-op-approve", id = args.id.as_str()),
    )?;
    ctx.ui.line(&crate::tr!(
        "meeting-approved",
        id = args.id.as_str(),
        at = at.as_str(),
        path = path.as_str()
    ));
    Ok(0)
}

fn decide(ctx: &mut Ctx, args: DecideArgs) -> Result<i32> {
    let text = required_prose("--text", args.text, args.text_file)?;
    let owner = args
        .owner
        .as_deref()
        .map(|o| user_id("owner", o))
        .transpose()?;
    let (mut tx, store) = ctx.load_for_write()?;
    if args.allow_duplicate {
        tx.allow.push(crate::rules::codes::EXACT_DUPLICATE);
    }
    let rec = require_meeting(&store, &args.id)?;
    if let Some(o) = &owner
        && store.person(o).is_none()
        && store.institution(o).is_none()
    {
        let known = store.person_ids().chain(store.institution_ids());
        return Err(unknown_id(
            crate::tr!("meeting-no-owner", id = o.as_str()),
            o,
            known,
            "koop person list",
        ));
    }
    if let Some(due) = args.due
        && due < *rec.value.date.get_ref()
    {
        return Err(Error::user(crate::tr!(
            "meeting-due-before",
            due = due.to_string(),
            date = rec.value.date.get_ref().to_string()
        )));
    }
    let path = rec.path.clone();
    let taken: Vec<&str> = rec
        .value
        .decisions
        .iter()
        .map(|d| d.id.get_ref().as_str())
        .collect();
    let decision_id = crate::model::uid::fresh(crate::model::uid::LEN, |s| taken.contains(&s));
    tx.update(&path, |m: &mut Meeting| {
        m.decisions.push(Decision {
            id: spanned(decision_id.clone()),
            text: text.clone(),
            owner: owner.clone().map(spanned),
            due: args.due.map(spanned),
            done: None,
        });
        Ok(())
    })?;
    let n = rec.value.decisions.len() + 1;
    ctx.commit(
        tx,
        &store,
        &crate::tr!("meeting-op-decide", id = args.id.as_str()),
    )?;
    ctx.ui.line(&crate::tr!(
        "meeting-decided",
        n = n,
        id = args.id.as_str(),
        path = path.as_str()
    ));
    Ok(0)
}
