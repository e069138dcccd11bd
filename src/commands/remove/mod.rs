//! Removing records of every kind, and the common corrections (a task's deadline, a case
//! reopened or its qualification undone, a step of the course undone, a meeting cancelled or
//! moved). Each is one transaction: a removal that would leave references dangling is
//! refused by the reference rule (K005), which lists every referring record with its
//! file:line; `--force` accepts the dangling references, `--cascade` (where offered) removes
//! what belongs to the record with it.

mod case;
mod meeting;

pub use case::*;
pub use meeting::*;

use clap::Args;

use super::Ctx;
use super::caseutil::{find_case, today, unknown_id};
use crate::error::{Error, Result};
use crate::model::case::Action;
use crate::model::{Case, Date, Meeting, Members, Month, Plan, Status, Team, spanned};
use crate::rules::codes;
use crate::store::{self, Store, registry, tx::Tx};

/// `koop institution|person|service|team|meeting remove ID`.
#[derive(Debug, Args)]
pub struct RemoveArgs {
    pub id: String,
    #[arg(long)]
    pub force: bool,
}

/// `koop institution remove`.
#[derive(Debug, Args)]
pub struct InstitutionRemoveArgs {
    #[arg(add = clap_complete::ArgValueCandidates::new(crate::complete::institutions))]
    pub id: String,
    #[arg(long)]
    pub cascade: bool,
    #[arg(long)]
    pub force: bool,
}

/// `koop team member remove TEAM INSTITUTION`.
#[derive(Debug, Args)]
pub struct TeamMemberRemoveArgs {
    #[arg(add = clap_complete::ArgValueCandidates::new(crate::complete::teams))]
    pub team: String,
    #[arg(add = clap_complete::ArgValueCandidates::new(crate::complete::institutions))]
    pub institution: String,
}

/// `koop goal remove CASE GOAL`.
#[derive(Debug, Args)]
pub struct GoalRemoveArgs {
    #[arg(add = clap_complete::ArgValueCandidates::new(crate::complete::cases))]
    pub id: String,
    pub goal: String,
    #[arg(long)]
    pub force: bool,
}

/// `koop task remove CASE TASK`.
#[derive(Debug, Args)]
pub struct TaskRemoveArgs {
    #[arg(add = clap_complete::ArgValueCandidates::new(crate::complete::cases))]
    pub id: String,
    pub task: String,
    #[arg(long)]
    pub force: bool,
}

/// `koop task reschedule CASE TASK --due DATE`.
#[derive(Debug, Args)]
pub struct TaskRescheduleArgs {
    #[arg(add = clap_complete::ArgValueCandidates::new(crate::complete::cases))]
    pub id: String,
    pub task: String,
    #[arg(long)]
    #[arg(value_name = "YYYY-MM-DD")]
    pub due: Date,
}

/// `koop monitor remove CASE --month M --task T --by WHO`.
#[derive(Debug, Args)]
pub struct MonitorRemoveArgs {
    #[arg(add = clap_complete::ArgValueCandidates::new(crate::complete::cases))]
    pub id: String,
    #[arg(long)]
    #[arg(value_name = "YYYY-MM")]
    pub month: Month,
    #[arg(long)]
    pub task: String,
    #[arg(long)]
    #[arg(add = clap_complete::ArgValueCandidates::new(crate::complete::responsible))]
    pub by: String,
    #[arg(long, value_name = "N")]
    pub entry: Option<usize>,
}

/// `koop eval remove CASE DATE`.
#[derive(Debug, Args)]
pub struct EvalRemoveArgs {
    #[arg(add = clap_complete::ArgValueCandidates::new(crate::complete::cases))]
    pub id: String,
    #[arg(value_name = "YYYY-MM-DD")]
    pub date: Date,
}

/// `koop meeting decision remove MEETING N`.
#[derive(Debug, Args)]
pub struct DecisionRemoveArgs {
    #[arg(add = clap_complete::ArgValueCandidates::new(crate::complete::meetings))]
    pub meeting: String,
    pub n: usize,
}

/// `koop case member remove CASE KEY`.
#[derive(Debug, Args)]
pub struct CaseMemberRemoveArgs {
    #[arg(add = clap_complete::ArgValueCandidates::new(crate::complete::cases))]
    pub id: String,
    #[arg(value_name = "MEMBER")]
    pub key: String,
    #[arg(long)]
    pub force: bool,
}

/// `koop case remove CASE`.
#[derive(Debug, Args)]
pub struct CaseRemoveArgs {
    #[arg(add = clap_complete::ArgValueCandidates::new(crate::complete::cases))]
    pub id: String,
}

/// `koop case reopen CASE`.
#[derive(Debug, Args)]
pub struct ReopenArgs {
    #[arg(add = clap_complete::ArgValueCandidates::new(crate::complete::cases))]
    pub id: String,
}

/// `koop case unqualify CASE`.
#[derive(Debug, Args)]
pub struct UnqualifyArgs {
    #[arg(add = clap_complete::ArgValueCandidates::new(crate::complete::cases))]
    pub id: String,
}

/// `koop model step undo STEP`.
#[derive(Debug, Args)]
pub struct StepUndoArgs {
    pub step: String,
}

/// `koop meeting cancel MEETING`.
#[derive(Debug, Args)]
pub struct CancelArgs {
    #[arg(add = clap_complete::ArgValueCandidates::new(crate::complete::meetings))]
    pub id: String,
}

/// `koop meeting reschedule MEETING --date D [--start HH:MM --end HH:MM]`.
#[derive(Debug, Args)]
pub struct RescheduleArgs {
    #[arg(add = clap_complete::ArgValueCandidates::new(crate::complete::meetings))]
    pub id: String,
    #[arg(long)]
    #[arg(value_name = "YYYY-MM-DD")]
    pub date: Date,
    #[arg(long, value_name = "HH:MM")]
    #[arg(value_name = "HH:MM")]
    pub start: Option<crate::model::calendar::Time>,
    #[arg(long, value_name = "HH:MM")]
    #[arg(value_name = "HH:MM")]
    pub end: Option<crate::model::calendar::Time>,
    #[arg(long)]
    pub allow_duplicate: bool,
}

/// Removes a top-level record (`kind` from the registry) by ID.
pub fn record(ctx: &mut Ctx, kind: &str, args: RemoveArgs) -> Result<i32> {
    let (mut tx, store) = ctx.load_for_write()?;
    tx.removal = true;
    let k = registry::by_name(kind)
        .ok_or_else(|| Error::user(crate::tr!("remove-unknown-kind", kind = kind)))?;
    let path = k.path_of(&store, &args.id)?;
    tx.remove(&path)?;
    if args.force {
        tx.allow.push(codes::UNKNOWN_REF);
    }
    ctx.commit(
        tx,
        &store,
        &crate::tr!("remove-op-record", kind = kind, id = args.id.as_str()),
    )?;
    ctx.ui.line(&crate::tr!(
        "remove-record-removed",
        kind = kind,
        id = args.id.as_str(),
        path = path.as_str()
    ));
    Ok(0)
}

/// `koop institution remove`.
pub fn institution(ctx: &mut Ctx, args: InstitutionRemoveArgs) -> Result<i32> {
    let (mut tx, store) = ctx.load_for_write()?;
    tx.removal = true;
    let path = registry::by_name("institution")
        .map(|k| k.path_of(&store, &args.id))
        .transpose()?
        .unwrap_or_default();
    if args.cascade {
        tx.remove_tree(&format!("institutions/{}", args.id))?;
    } else {
        tx.remove(&path)?;
    }
    if args.force {
        tx.allow.push(codes::UNKNOWN_REF);
    }
    ctx.commit(
        tx,
        &store,
        &crate::tr!("remove-op-institution", id = args.id.as_str()),
    )?;
    ctx.ui.line(&crate::tr!(
        "remove-institution-removed",
        id = args.id.as_str(),
        path = path.as_str()
    ));
    Ok(0)
}

/// `koop team member remove`.
pub fn team_member(ctx: &mut Ctx, args: TeamMemberRemoveArgs) -> Result<i32> {
    let (mut tx, store) = ctx.load_for_write()?;
    tx.removal = true;
    let path = registry::by_name("team")
        .map(|k| k.path_of(&store, &args.team))
        .transpose()?
        .unwrap_or_default();
    tx.refuse_broken(&path)?;
    let team = store.team(&args.team).ok_or_else(|| {
        unknown_id(
            crate::tr!("remove-no-team", id = args.team.as_str()),
            &args.team,
            store.teams.iter().map(|t| t.id.as_str()),
            "koop team list",
        )
    })?;
    let n = tx.update(&path, |t: &mut Team| {
        let before = t.members.len();
        t.members
            .retain(|m| m.institution.get_ref() != &args.institution);
        Ok(before - t.members.len())
    })?;
    if n == 0 {
        let members = team
            .value
            .members
            .iter()
            .map(|m| m.institution.get_ref().as_str());
        return Err(unknown_id(
            crate::tr!(
                "remove-no-member-institution",
                id = args.institution.as_str()
            ),
            &args.institution,
            members,
            &format!("koop team show {}", args.team),
        ));
    }
    ctx.commit(
        tx,
        &store,
        &crate::tr!(
            "remove-op-team-member",
            institution = args.institution.as_str(),
            team = args.team.as_str()
        ),
    )?;
    ctx.ui.line(&crate::tr!(
        "remove-team-member-removed",
        institution = args.institution.as_str(),
        team = args.team.as_str(),
        path = path.as_str()
    ));
    Ok(0)
}

/// `koop model step undo`.
pub fn step_undo(ctx: &mut Ctx, args: StepUndoArgs) -> Result<i32> {
    let (mut tx, store) = ctx.load_for_write()?;
    tx.removal = true;
    let cycle = super::model::current(&store)?;
    let step = super::model::find_step(&cycle.value, &args.step)?
        .id
        .to_string();
    // A step left out (`koop model step omit`) is taken back into the course.
    if cycle.value.omitted.contains_key(step.as_str()) {
        let path = cycle.path.clone();
        tx.update(&path, |c: &mut crate::model::course::Cycle| {
            c.omitted.remove(&step);
            Ok(())
        })?;
        ctx.commit(
            tx,
            &store,
            &crate::tr!("remove-op-step-adopt", step = step.as_str()),
        )?;
        ctx.ui.line(&crate::tr!(
            "remove-step-adopted",
            step = step.as_str(),
            path = path.as_str()
        ));
        return Ok(0);
    }
    if !cycle.value.steps.contains_key(step.as_str()) {
        let today = crate::model::Date::today().map_err(Error::user)?;
        if let Some((_, crate::model::course::StepState::Shown(day, what))) =
            super::model::cycle_states(&store, cycle, today)
                .into_iter()
                .find(|(s, _)| s.id == step)
        {
            return Err(Error::user(crate::tr!(
                "remove-step-shown",
                step = step.as_str(),
                date = day.to_string(),
                evidence = what
            ))
            .hint(crate::tr!("remove-step-shown-hint")));
        }
        let done = cycle.value.steps.keys().map(String::as_str);
        let done: Vec<&str> = done.collect();
        let err = Error::user(crate::tr!(
            "remove-step-not-done",
            step = step.as_str(),
            cycle = cycle.id.as_str()
        ));
        return Err(if done.is_empty() {
            err.hint(crate::tr!("remove-step-none-done"))
        } else {
            err.hint(crate::tr!("remove-steps-done", steps = done.join(", ")))
        });
    }
    let path = cycle.path.clone();
    tx.update(&path, |c: &mut crate::model::course::Cycle| {
        c.steps.remove(&step);
        Ok(())
    })?;
    ctx.commit(
        tx,
        &store,
        &crate::tr!("remove-op-step-undo", step = step.as_str()),
    )?;
    ctx.ui.line(&crate::tr!(
        "remove-step-undone",
        step = step.as_str(),
        path = path.as_str()
    ));
    Ok(0)
}
