//! Removing records of every kind, and the common corrections (a task's deadline, a case
//! reopened or its qualification undone, a step of the course undone, a meeting cancelled or
//! moved). Each is one transaction: a removal that would leave references dangling is
//! refused by the reference rule (K005), which lists every referring record with its
//! file:line; `--force` accepts the dangling references, `--cascade` (where offered) removes
//! what belongs to the record with it.

use clap::Args;

use super::caseutil::{find_case, today};
use super::{Ctx, unknown};
use crate::error::{Error, Result};
use crate::model::case::Action;
use crate::model::{Case, Date, Meeting, Members, Month, Plan, Status, Team, spanned};
use crate::rules::codes;
use crate::store::{self, Store, registry, tx::Tx};

/// `koop institution|person|service|team|meeting remove ID`.
#[derive(Debug, Args)]
pub struct RemoveArgs {
    /// The record's ID.
    pub id: String,
    /// Remove it even when other records refer to it (they are left naming a record that
    /// no longer exists, and `koop check` reports them).
    #[arg(long)]
    pub force: bool,
}

/// `koop institution remove`.
#[derive(Debug, Args)]
pub struct InstitutionRemoveArgs {
    /// The institution's ID.
    pub id: String,
    /// Also remove the people of the institution (institutions/<id>/people/).
    #[arg(long)]
    pub cascade: bool,
    /// Remove it even when other records refer to it (teams, cases, services…).
    #[arg(long)]
    pub force: bool,
}

/// `koop team member remove TEAM INSTITUTION`.
#[derive(Debug, Args)]
pub struct TeamMemberRemoveArgs {
    /// Team ID.
    pub team: String,
    /// The member institution's ID.
    pub institution: String,
}

/// `koop goal remove CASE GOAL`.
#[derive(Debug, Args)]
pub struct GoalRemoveArgs {
    /// Case number.
    pub id: String,
    /// The goal's number; its tasks go with it.
    pub goal: u32,
    /// Remove it even when monitoring or evaluations refer to it or its tasks.
    #[arg(long)]
    pub force: bool,
}

/// `koop task remove CASE TASK`.
#[derive(Debug, Args)]
pub struct TaskRemoveArgs {
    /// Case number.
    pub id: String,
    /// The task's number, e.g. 1.2.
    pub task: String,
    /// Remove it even when monitoring refers to it.
    #[arg(long)]
    pub force: bool,
}

/// `koop task reschedule CASE TASK --due DATE`.
#[derive(Debug, Args)]
pub struct TaskRescheduleArgs {
    /// Case number.
    pub id: String,
    /// The task's number, e.g. 1.2.
    pub task: String,
    /// The new deadline, YYYY-MM-DD.
    #[arg(long)]
    pub due: Date,
}

/// `koop monitor remove CASE --month M --task T --by WHO`.
#[derive(Debug, Args)]
pub struct MonitorRemoveArgs {
    /// Case number.
    pub id: String,
    /// The month of the report.
    #[arg(long)]
    pub month: Month,
    /// The task the entry is about.
    #[arg(long)]
    pub task: String,
    /// Who reported it: the monitoring file's name (institution ID or member key).
    #[arg(long)]
    pub by: String,
    /// Which of the entries on the task, from 1, when there are several.
    #[arg(long, value_name = "N")]
    pub entry: Option<usize>,
}

/// `koop eval remove CASE DATE`.
#[derive(Debug, Args)]
pub struct EvalRemoveArgs {
    /// Case number.
    pub id: String,
    /// The evaluation's date.
    pub date: Date,
}

/// `koop meeting decision remove MEETING N`.
#[derive(Debug, Args)]
pub struct DecisionRemoveArgs {
    /// Meeting ID.
    pub meeting: String,
    /// The decision's number, 1 for the first in the file (`koop meeting show ID --format
    /// json` lists them in that order).
    pub n: usize,
}

/// `koop case member remove CASE KEY`.
#[derive(Debug, Args)]
pub struct CaseMemberRemoveArgs {
    /// Case number.
    pub id: String,
    /// The member's key (m1, m2, …).
    pub key: String,
    /// Remove them even when tasks, consent or monitoring name them.
    #[arg(long)]
    pub force: bool,
}

/// `koop case remove CASE`.
#[derive(Debug, Args)]
pub struct CaseRemoveArgs {
    /// Case number or folder.
    pub id: String,
}

/// `koop case reopen CASE`.
#[derive(Debug, Args)]
pub struct ReopenArgs {
    /// Case number.
    pub id: String,
}

/// `koop case unqualify CASE`.
#[derive(Debug, Args)]
pub struct UnqualifyArgs {
    /// Case number.
    pub id: String,
}

/// `koop model step undo STEP`.
#[derive(Debug, Args)]
pub struct StepUndoArgs {
    /// The step, e.g. 5.2.
    pub step: String,
}

/// `koop meeting cancel MEETING`.
#[derive(Debug, Args)]
pub struct CancelArgs {
    /// Meeting ID.
    pub id: String,
}

/// `koop meeting reschedule MEETING --date D [--start HH:MM --end HH:MM]`.
#[derive(Debug, Args)]
pub struct RescheduleArgs {
    /// Meeting ID.
    pub id: String,
    /// The new date; the meeting's ID (its file name) changes with it.
    #[arg(long)]
    pub date: Date,
    /// The new start time.
    #[arg(long, value_name = "HH:MM")]
    pub start: Option<crate::model::calendar::Time>,
    /// The new end time (without it, a new start keeps the meeting's length).
    #[arg(long, value_name = "HH:MM")]
    pub end: Option<crate::model::calendar::Time>,
    /// Move it even onto a slot where the team already meets (K034).
    #[arg(long)]
    pub allow_duplicate: bool,
}

/// Removes a top-level record (`kind` from the registry) by ID.
pub fn record(ctx: &mut Ctx, kind: &str, args: RemoveArgs) -> Result<i32> {
    let (mut tx, store) = ctx.load_for_write()?;
    tx.removal = true;
    let k = registry::by_name(kind)
        .ok_or_else(|| Error::user(format!("koop does not remove records of kind `{kind}`")))?;
    let path = k.path_of(&store, &args.id)?;
    tx.remove(&path)?;
    if args.force {
        tx.allow.push(codes::UNKNOWN_REF);
    }
    ctx.commit(tx, &store, &format!("remove {kind} {}", args.id))?;
    ctx.ui.line(&format!("Removed {kind} {} ({path})", args.id));
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
    ctx.commit(tx, &store, &format!("remove institution {}", args.id))?;
    ctx.ui
        .line(&format!("Removed institution {} ({path})", args.id));
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
        unknown(
            "team",
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
        return Err(unknown(
            "member institution",
            &args.institution,
            members,
            &format!("koop team show {}", args.team),
        ));
    }
    ctx.commit(
        tx,
        &store,
        &format!("remove {} from team {}", args.institution, args.team),
    )?;
    ctx.ui.line(&format!(
        "Removed {} from team {} ({path})",
        args.institution, args.team
    ));
    Ok(0)
}

/// `koop goal remove`.
pub fn goal(ctx: &mut Ctx, args: GoalRemoveArgs) -> Result<i32> {
    let (mut tx, store) = ctx.load_for_write_case(&args.id)?;
    tx.removal = true;
    let c = case_for_write(&store, &tx, &args.id)?;
    let path = c.path_of("plan", &[]);
    let n = tx.update(&path, |plan: &mut Plan| {
        let before = plan.goals.len();
        plan.goals.retain(|g| *g.id.get_ref() != args.goal);
        Ok(before - plan.goals.len())
    })?;
    if n == 0 {
        return Err(
            Error::user(format!("case {} has no goal {}", c.id(), args.goal))
                .hint("`koop case show` lists the goals"),
        );
    }
    if args.force {
        tx.allow.push(codes::UNKNOWN_REF);
    }
    ctx.commit(
        tx,
        &store,
        &format!("remove goal {} of case {}", args.goal, c.id()),
    )?;
    ctx.ui.line(&format!(
        "Removed goal {} of case {} ({path})",
        args.goal,
        c.id()
    ));
    Ok(0)
}

/// `koop task remove`.
pub fn task(ctx: &mut Ctx, args: TaskRemoveArgs) -> Result<i32> {
    let (mut tx, store) = ctx.load_for_write_case(&args.id)?;
    tx.removal = true;
    let c = case_for_write(&store, &tx, &args.id)?;
    let path = c.path_of("plan", &[]);
    let n = tx.update(&path, |plan: &mut Plan| {
        Ok(plan
            .goals
            .iter_mut()
            .map(|g| {
                let before = g.tasks.len();
                g.tasks.retain(|t| t.id.get_ref() != &args.task);
                before - g.tasks.len()
            })
            .sum::<usize>())
    })?;
    if n == 0 {
        let ids = c.tasks().map(|(_, t)| t.id.get_ref().as_str());
        return Err(unknown("task", &args.task, ids, "koop case show"));
    }
    if args.force {
        tx.allow.push(codes::UNKNOWN_REF);
    }
    ctx.commit(
        tx,
        &store,
        &format!("remove task {} of case {}", args.task, c.id()),
    )?;
    ctx.ui.line(&format!(
        "Removed task {} of case {} ({path})",
        args.task,
        c.id()
    ));
    Ok(0)
}

/// `koop task reschedule`.
pub fn reschedule_task(ctx: &mut Ctx, args: TaskRescheduleArgs) -> Result<i32> {
    let (mut tx, store) = ctx.load_for_write_case(&args.id)?;
    tx.removal = true;
    let c = case_for_write(&store, &tx, &args.id)?;
    let path = c.path_of("plan", &[]);
    let done = tx.update(&path, |plan: &mut Plan| {
        let task = plan
            .goals
            .iter_mut()
            .flat_map(|g| g.tasks.iter_mut())
            .find(|t| t.id.get_ref() == &args.task);
        Ok(task.map(|t| t.due = Some(spanned(args.due))))
    })?;
    if done.is_none() {
        let ids = c.tasks().map(|(_, t)| t.id.get_ref().as_str());
        return Err(unknown("task", &args.task, ids, "koop case show"));
    }
    ctx.commit(
        tx,
        &store,
        &format!(
            "reschedule task {} of case {} to {}",
            args.task,
            c.id(),
            args.due
        ),
    )?;
    ctx.ui.line(&format!(
        "Task {} of case {} is now due {} ({path})",
        args.task,
        c.id(),
        args.due
    ));
    Ok(0)
}

/// `koop monitor remove`.
pub fn monitoring(ctx: &mut Ctx, args: MonitorRemoveArgs) -> Result<i32> {
    let (mut tx, store) = ctx.load_for_write_case(&args.id)?;
    tx.removal = true;
    let c = case_for_write(&store, &tx, &args.id)?;
    let month = args.month.to_string();
    let path = c.path_of("monitoring", &[&month, &args.by]);
    let Some(report) = c
        .monitoring
        .iter()
        .find(|m| m.month == args.month && m.key == args.by)
    else {
        let reporters: Vec<&str> = c
            .monitoring
            .iter()
            .filter(|m| m.month == args.month)
            .map(|m| m.key.as_str())
            .collect();
        let err = Error::user(format!(
            "case {} has no monitoring for {month} by `{}`",
            c.id(),
            args.by
        ));
        return Err(
            match crate::text::closest(&args.by, reporters.iter().copied()) {
                Some(best) => err.hint(format!("did you mean `{best}`?")),
                None if reporters.is_empty() => {
                    err.hint(format!("nobody has reported for {month} yet"))
                }
                None => err.hint(format!("reported for {month}: {}", reporters.join(", "))),
            },
        );
    };
    // The entries on this task, numbered from 1 in the order of the file.
    let on_task: Vec<(usize, &crate::model::Progress)> = report
        .value
        .entries
        .iter()
        .enumerate()
        .filter(|(_, e)| e.task.get_ref() == &args.task)
        .collect();
    let chosen = match (on_task.as_slice(), args.entry) {
        ([], _) => {
            return Err(Error::user(format!(
                "{path} has no entry for task {}",
                args.task
            )));
        }
        ([one], None) => one.0,
        (many, None) => {
            let list: Vec<String> = many
                .iter()
                .enumerate()
                .map(|(n, (_, e))| {
                    format!("{}: {}", n + 1, e.progress.lines().next().unwrap_or(""))
                })
                .collect();
            return Err(Error::user(format!(
                "{path} has {} entries for task {}; say which with --entry N",
                many.len(),
                args.task
            ))
            .hint(list.join("; ")));
        }
        (many, Some(n)) => match many.get(n.wrapping_sub(1)) {
            Some((i, _)) => *i,
            None => {
                return Err(Error::user(format!(
                    "--entry {n}: {path} has {} entries for task {}",
                    many.len(),
                    args.task
                )));
            }
        },
    };
    let left = report.value.entries.len() - 1;
    if left == 0 {
        tx.remove(&path)?;
    } else {
        tx.update(&path, |m: &mut crate::model::Monitoring| {
            m.entries.remove(chosen);
            Ok(())
        })?;
    }
    ctx.commit(
        tx,
        &store,
        &format!(
            "remove monitoring of task {} for {month} by {}",
            args.task, args.by
        ),
    )?;
    ctx.ui.line(&format!(
        "Removed 1 entry on task {} for {month} by {} ({path}{})",
        args.task,
        args.by,
        if left == 0 { " removed" } else { "" }
    ));
    Ok(0)
}

/// `koop eval remove`.
pub fn evaluation(ctx: &mut Ctx, args: EvalRemoveArgs) -> Result<i32> {
    let (mut tx, store) = ctx.load_for_write_case(&args.id)?;
    tx.removal = true;
    let c = case_for_write(&store, &tx, &args.id)?;
    let path = c.path_of("evaluation", &[&args.date.to_string()]);
    if !tx.exists(&path)? {
        let dates: Vec<&str> = c.evaluations.iter().map(|e| e.key.as_str()).collect();
        let err = Error::user(format!(
            "case {} has no evaluation on {}",
            c.id(),
            args.date
        ));
        return Err(if dates.is_empty() {
            err.hint("it has no evaluation at all")
        } else {
            err.hint(format!("its evaluations: {}", dates.join(", ")))
        });
    }
    tx.remove(&path)?;
    ctx.commit(
        tx,
        &store,
        &format!("remove the evaluation of case {} on {}", c.id(), args.date),
    )?;
    ctx.ui.line(&format!(
        "Removed the evaluation of case {} on {} ({path})",
        c.id(),
        args.date
    ));
    Ok(0)
}

/// `koop meeting decision remove`.
pub fn decision(ctx: &mut Ctx, args: DecisionRemoveArgs) -> Result<i32> {
    let (mut tx, store) = ctx.load_for_write()?;
    tx.removal = true;
    let path = meeting_path(&store, &args.meeting)?;
    let n = args.n;
    let removed = tx.update(&path, |m: &mut Meeting| {
        if n == 0 || n > m.decisions.len() {
            return Ok(false);
        }
        m.decisions.remove(n - 1);
        Ok(true)
    })?;
    if !removed {
        return Err(
            Error::user(format!("meeting {} has no decision {n}", args.meeting)).hint(format!(
                "`koop meeting show {} --format json` lists its decisions, the first is 1",
                args.meeting
            )),
        );
    }
    ctx.commit(
        tx,
        &store,
        &format!("remove decision {n} of meeting {}", args.meeting),
    )?;
    ctx.ui.line(&format!(
        "Removed decision {n} of meeting {} ({path})",
        args.meeting
    ));
    Ok(0)
}

/// `koop case member remove`.
pub fn case_member(ctx: &mut Ctx, args: CaseMemberRemoveArgs) -> Result<i32> {
    let (mut tx, store) = ctx.load_for_write_case(&args.id)?;
    tx.removal = true;
    let c = case_for_write(&store, &tx, &args.id)?;
    super::caseutil::need_personal(c, "members")?;
    let path = c.path_of("members", &[]);
    let n = tx.update(&path, |m: &mut Members| {
        let before = m.members.len();
        m.members.retain(|f| f.key.get_ref() != &args.key);
        Ok(before - m.members.len())
    })?;
    if n == 0 {
        let keys = c
            .members
            .iter()
            .flat_map(|m| &m.value.members)
            .map(|m| m.key.get_ref().as_str());
        return Err(unknown("member", &args.key, keys, "koop case show"));
    }
    if args.force {
        tx.allow.push(codes::UNKNOWN_REF);
    }
    ctx.commit(
        tx,
        &store,
        &format!("remove member {} of case {}", args.key, c.id()),
    )?;
    ctx.ui
        .line(&format!("Removed member {} of case {}", args.key, c.id()));
    Ok(0)
}

/// `koop case remove`: the whole folder.
pub fn case(ctx: &mut Ctx, args: CaseRemoveArgs) -> Result<i32> {
    let (mut tx, store) = ctx.load_for_write_case(&args.id)?;
    tx.removal = true;
    // The folder may be given as its path too (tab completion gives `cases/…/`).
    let key = args.id.trim_end_matches('/');
    let key = key.strip_prefix("cases/").unwrap_or(key);
    let c = find_case(&store, key)?;
    let dir = store::case_dir(&c.dir);
    tx.remove_tree(&dir)?;
    ctx.commit(tx, &store, &format!("remove case {}", c.id()))?;
    ctx.ui.line(&format!("Removed case {} ({dir}/)", c.id()));
    ctx.ui
        .note("`koop undo` brings it back; git history keeps it too");
    Ok(0)
}

/// `koop case reopen`: a closed case is active again; its closure is removed.
pub fn reopen(ctx: &mut Ctx, args: ReopenArgs) -> Result<i32> {
    let (mut tx, store) = ctx.load_for_write_case(&args.id)?;
    tx.removal = true;
    let c = case_for_write(&store, &tx, &args.id)?;
    super::caseutil::require_status(c, Action::Reopen)?;
    tx.update(&c.case.path, |case: &mut Case| {
        case.status = spanned(Status::Active);
        case.closure = None;
        Ok(())
    })?;
    ctx.commit(tx, &store, &format!("reopen case {}", c.id()))?;
    ctx.ui.line(&format!(
        "Case {} is active again ({})",
        c.id(),
        c.case.path
    ));
    Ok(0)
}

/// `koop case unqualify`: a qualified case goes back to referred; its qualification is
/// removed (the consent stays).
pub fn unqualify(ctx: &mut Ctx, args: UnqualifyArgs) -> Result<i32> {
    let (mut tx, store) = ctx.load_for_write_case(&args.id)?;
    tx.removal = true;
    let c = case_for_write(&store, &tx, &args.id)?;
    super::caseutil::require_status(c, Action::Unqualify)?;
    tx.update(&c.case.path, |case: &mut Case| {
        case.status = spanned(Status::Referred);
        case.qualification = None;
        Ok(())
    })?;
    ctx.commit(
        tx,
        &store,
        &format!("undo the qualification of case {}", c.id()),
    )?;
    ctx.ui.line(&format!(
        "Case {} is referred again; its qualification was removed ({})",
        c.id(),
        c.case.path
    ));
    Ok(0)
}

/// `koop model step undo`.
pub fn step_undo(ctx: &mut Ctx, args: StepUndoArgs) -> Result<i32> {
    let (mut tx, store) = ctx.load_for_write()?;
    tx.removal = true;
    let cycle = super::model::current(&store)?;
    let step = args.step.trim().trim_end_matches('.').to_string();
    if !cycle.value.steps.contains_key(step.as_str()) {
        let done = cycle.value.steps.keys().map(String::as_str);
        let done: Vec<&str> = done.collect();
        let err = Error::user(format!(
            "step {step} is not recorded as done in cycle {}",
            cycle.id
        ));
        return Err(if done.is_empty() {
            err.hint("no step of this cycle is recorded as done")
        } else {
            err.hint(format!("steps recorded as done: {}", done.join(", ")))
        });
    }
    let path = cycle.path.clone();
    tx.update(&path, |c: &mut crate::model::course::Cycle| {
        c.steps.remove(&step);
        Ok(())
    })?;
    ctx.commit(tx, &store, &format!("undo step {step}"))?;
    ctx.ui.line(&format!(
        "Step {step} is no longer recorded as done ({path})"
    ));
    Ok(0)
}

fn meeting_path(store: &Store, id: &str) -> Result<String> {
    store.meeting(id).map(|m| m.path.clone()).ok_or_else(|| {
        unknown(
            "meeting",
            id,
            store.meetings.iter().map(|m| m.id.as_str()),
            "koop meeting list",
        )
    })
}

/// `koop meeting cancel`: a meeting that has not taken place is removed.
pub fn cancel(ctx: &mut Ctx, args: CancelArgs) -> Result<i32> {
    let (mut tx, store) = ctx.load_for_write()?;
    tx.removal = true;
    let path = meeting_path(&store, &args.id)?;
    let m = store.meeting(&args.id).map(|m| &m.value);
    let today = today()?;
    let held = m.is_some_and(|m| {
        m.minutes.is_some()
            || !m.attendance.is_empty()
            || !m.decisions.is_empty()
            || *m.date.get_ref() < today
    });
    if held {
        return Err(Error::user(format!(
            "meeting {} has taken place (its day is past, or it has minutes, attendance or decisions)",
            args.id
        ))
        .hint(format!(
            "a meeting that took place is removed with `koop meeting remove {}`",
            args.id
        )));
    }
    tx.remove(&path)?;
    ctx.commit(tx, &store, &format!("cancel meeting {}", args.id))?;
    ctx.ui
        .line(&format!("Cancelled meeting {} ({path} removed)", args.id));
    Ok(0)
}

/// `koop meeting reschedule`: a new date (and times); the file and the ID follow the date,
/// and meetings that name the old ID (`approved_at`) are updated with it.
pub fn reschedule_meeting(ctx: &mut Ctx, args: RescheduleArgs) -> Result<i32> {
    let (mut tx, store) = ctx.load_for_write()?;
    tx.removal = true;
    let path = meeting_path(&store, &args.id)?;
    let Some(m) = store.meeting(&args.id) else {
        return Err(Error::user(format!("no meeting `{}`", args.id)));
    };
    let team = m.value.team.get_ref().clone();
    if args.allow_duplicate {
        tx.allow.push(codes::EXACT_DUPLICATE);
    }
    // A new start without an end keeps the meeting as long as it was.
    let end = match (args.start, args.end) {
        (Some(start), None) => Some(
            m.value
                .end
                .get_ref()
                .shifted_like(*m.value.start.get_ref(), start),
        ),
        (_, end) => end,
    };
    let new_id = super::meeting::free_id(&store, &tx, args.date, &team, &args.id)?;
    tx.update(&path, |m: &mut Meeting| {
        m.date = spanned(args.date);
        if let Some(s) = args.start {
            m.start = spanned(s);
        }
        if let Some(e) = end {
            m.end = spanned(e);
        }
        Ok(())
    })?;
    let new_path = store::meeting_path(&new_id);
    if new_path != path {
        // The file follows the date: the same text under the new name.
        let text = tx.current(&path)?.unwrap_or_default();
        tx.remove(&path)?;
        tx.create(&new_path, &String::from_utf8_lossy(&text))?;
        for other in store.meetings.iter().filter(|o| {
            o.value
                .approved_at
                .as_ref()
                .is_some_and(|a| a.get_ref() == &args.id)
        }) {
            tx.update(&other.path, |m: &mut Meeting| {
                m.approved_at = Some(spanned(new_id.clone()));
                Ok(())
            })?;
        }
    }
    ctx.commit(
        tx,
        &store,
        &format!("reschedule meeting {} to {}", args.id, args.date),
    )?;
    ctx.ui.line(&new_id);
    ctx.ui.note(&format!(
        "Moved meeting {} to {} ({new_path})",
        args.id, args.date
    ));
    Ok(0)
}

/// A case to change: refuses when one of its files does not load (its findings are shown),
/// since a change must not build on what koop could not read.
pub fn case_for_write<'a>(store: &'a Store, tx: &Tx, key: &str) -> Result<&'a store::CaseRec> {
    let c = find_case(store, key)?;
    for kind in ["case", "plan", "members", "diagnosis"] {
        let rel = c.path_of(kind, &[]);
        if c.locked.contains_key(kind) {
            continue; // not this user's to read: need_personal says so where it matters
        }
        tx.refuse_broken(&rel)?;
    }
    let prefix = format!("{}/", store::case_dir(&c.dir));
    if let Some(bad) = store.skipped.iter().find(|p| p.starts_with(&prefix)) {
        tx.refuse_broken(bad)?;
    }
    Ok(c)
}

/// Today, for commands that default a date to it.
pub fn today_or(date: Option<Date>) -> Result<Date> {
    match date {
        Some(d) => Ok(d),
        None => today(),
    }
}
