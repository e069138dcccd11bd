//! `koop goal add`, `koop task add|done|list`: the plan (IPW, part B of the karta) — a main
//! goal, specific goals, and tasks with who is responsible and by when.

use clap::{Args, Subcommand};
use serde_json::{Value, json};

use super::caseutil::{Party, find_case, require_status, resolve_party, resolve_task, today};
use super::output::{ListFormat, cell, print_csv_json, print_json, print_table};
use super::{Ctx, required_prose, user_id};
use crate::error::{Error, Result};
use crate::model::case::Action;
use crate::model::{Date, Goal, Plan, Status, Task, spanned};

/// Arguments of `koop goal add`.
#[derive(Debug, Args)]
pub struct GoalAddArgs {
    #[arg(add = clap_complete::ArgValueCandidates::new(crate::complete::cases))]
    pub id: String,
    #[arg(long)]
    pub main: bool,
    #[arg(required_unless_present = "text_file")]
    pub text: Option<String>,
    #[arg(long = "text-file", value_name = "PATH", conflicts_with = "text")]
    pub text_file: Option<std::path::PathBuf>,
}

/// `koop goal …`
#[derive(Debug, Subcommand)]
pub enum GoalCommand {
    Add(GoalAddArgs),
    Remove(super::remove::GoalRemoveArgs),
}

/// `koop task …`
#[derive(Debug, Subcommand)]
pub enum TaskCommand {
    Add(TaskAddArgs),
    Done(TaskDoneArgs),
    Reschedule(super::remove::TaskRescheduleArgs),
    Remove(super::remove::TaskRemoveArgs),
    List(TaskListArgs),
}

/// Arguments of `koop task add`.
#[derive(Debug, Args)]
pub struct TaskAddArgs {
    #[arg(add = clap_complete::ArgValueCandidates::new(crate::complete::cases))]
    pub id: String,
    #[arg(long)]
    pub goal: String,
    #[arg(long)]
    #[arg(add = clap_complete::ArgValueCandidates::new(crate::complete::responsible))]
    pub responsible: String,
    #[arg(long)]
    #[arg(value_name = "YYYY-MM-DD")]
    pub due: Date,
    #[arg(long)]
    pub service: Option<String>,
    #[arg(required_unless_present = "text_file")]
    pub text: Option<String>,
    #[arg(long = "text-file", value_name = "PATH", conflicts_with = "text")]
    pub text_file: Option<std::path::PathBuf>,
    #[arg(long)]
    pub allow_duplicate: bool,
}

/// Arguments of `koop task done`.
#[derive(Debug, Args)]
pub struct TaskDoneArgs {
    #[arg(add = clap_complete::ArgValueCandidates::new(crate::complete::cases))]
    pub id: String,
    pub task: String,
    #[arg(long)]
    #[arg(value_name = "YYYY-MM-DD")]
    pub date: Option<Date>,
}

/// Arguments of `koop task list`.
#[derive(Debug, Args)]
pub struct TaskListArgs {
    #[arg(long = "case")]
    #[arg(add = clap_complete::ArgValueCandidates::new(crate::complete::cases))]
    pub case: Option<String>,
    #[arg(long)]
    pub overdue: bool,
    #[arg(long)]
    #[arg(value_name = "YYYY-MM-DD")]
    pub due_before: Option<Date>,
    #[arg(long)]
    #[arg(add = clap_complete::ArgValueCandidates::new(crate::complete::responsible))]
    pub responsible: Option<String>,
    #[arg(long)]
    pub all: bool,
    #[arg(long, value_enum, default_value_t)]
    pub format: ListFormat,
}

/// Dispatches `koop goal …`.
pub fn run_goal(ctx: &mut Ctx, cmd: GoalCommand) -> Result<i32> {
    match cmd {
        GoalCommand::Add(args) => goal_add(ctx, args),
        GoalCommand::Remove(args) => super::remove::goal(ctx, args),
    }
}

/// Dispatches `koop task …`.
pub fn run_task(ctx: &mut Ctx, cmd: TaskCommand) -> Result<i32> {
    match cmd {
        TaskCommand::Add(args) => task_add(ctx, args),
        TaskCommand::Done(args) => task_done(ctx, args),
        TaskCommand::Reschedule(args) => super::remove::reschedule_task(ctx, args),
        TaskCommand::Remove(args) => super::remove::task(ctx, args),
        TaskCommand::List(args) => task_list(ctx, args),
    }
}

fn goal_add(ctx: &mut Ctx, args: GoalAddArgs) -> Result<i32> {
    let text = required_prose("--text", args.text, args.text_file)?;
    let (mut tx, store) = ctx.load_for_write_case(&args.id)?;
    let c = super::remove::case_for_write(&store, &tx, &args.id)?;
    require_status(c, Action::Plan)?;
    let path = c.path_of("plan", &[]);
    if args.main {
        if c.plan.as_ref().is_some_and(|p| p.value.main_goal.is_some()) {
            return Err(
                Error::user(crate::tr!("plan-main-goal-exists", case = c.id())).hint(crate::tr!(
                    "plan-main-goal-exists-hint",
                    path = path.as_str()
                )),
            );
        }
        tx.update_or_create(&path, |plan: &mut Plan| {
            plan.main_goal = Some(text.clone());
            Ok(())
        })?;
        ctx.commit(tx, &store, &crate::tr!("plan-op-main-goal", case = c.id()))?;
        ctx.ui.line(&crate::tr!(
            "plan-main-goal-set",
            case = c.id(),
            path = path.as_str()
        ));
        return Ok(0);
    }
    let next = crate::model::uid::goal_number(c.numbered_goals().count());
    let id = c.fresh_id();
    tx.update_or_create(&path, |plan: &mut Plan| {
        plan.goals.push(Goal {
            id: spanned(id.clone()),
            text: text.as_str().into(),
            tasks: Vec::new(),
        });
        Ok(())
    })?;
    ctx.commit(
        tx,
        &store,
        &crate::tr!("plan-op-goal-add", goal = next.as_str(), case = c.id()),
    )?;
    ctx.ui.line(&crate::tr!(
        "plan-goal-added",
        goal = next.as_str(),
        case = c.id(),
        path = path.as_str()
    ));
    Ok(0)
}

fn task_add(ctx: &mut Ctx, args: TaskAddArgs) -> Result<i32> {
    let text = required_prose("--text", args.text, args.text_file)?;
    let service = args
        .service
        .as_deref()
        .map(|s| user_id("service", s))
        .transpose()?;
    let (mut tx, store) = ctx.load_for_write_case(&args.id)?;
    if args.allow_duplicate {
        tx.allow.push(crate::rules::codes::EXACT_DUPLICATE);
    }
    let c = super::remove::case_for_write(&store, &tx, &args.id)?;
    require_status(c, Action::Plan)?;
    let goals: Vec<_> = c.plan.iter().flat_map(|p| &p.value.goals).collect();
    let Some(goal_index) = goals.iter().enumerate().position(|(i, g)| {
        crate::model::uid::goal_number(i) == args.goal || *g.id.get_ref() == args.goal
    }) else {
        return Err(Error::user(crate::tr!(
            "plan-no-goal",
            case = c.id(),
            goal = args.goal.as_str()
        ))
        .hint(crate::tr!("plan-no-goal-hint")));
    };
    let party = resolve_party(&store, c, &args.responsible)?;
    // An unknown service (K005) and a deadline before the plan (K009) are the rules' to say.
    let goal = goals[goal_index];
    let goal_id = goal.id.get_ref().clone();
    let task_id = crate::model::uid::task_number(goal_index, goal.tasks.len());
    let identity = c.fresh_id();
    let path = c.path_of("plan", &[]);
    let (institution, person, member) = match &party {
        Party::Member(key) => (None, None, Some(spanned(key.as_str().into()))),
        Party::Institution {
            institution,
            person,
        } => (
            Some(spanned(institution.as_str().into())),
            person.as_deref().map(|p| spanned(p.into())),
            None,
        ),
    };
    tx.update(&path, |plan: &mut Plan| {
        let goal = plan
            .goals
            .iter_mut()
            .find(|g| *g.id.get_ref() == goal_id)
            .ok_or_else(|| {
                Error::user(crate::tr!(
                    "plan-goal-not-found",
                    path = path.as_str(),
                    goal = args.goal.as_str()
                ))
            })?;
        goal.tasks.push(Task {
            id: spanned(identity.clone()),
            text: text.as_str().into(),
            institution,
            person,
            member,
            due: Some(spanned(args.due)),
            service: service.as_deref().map(|s| spanned(s.into())),
            done: None,
        });
        Ok(())
    })?;
    ctx.commit(
        tx,
        &store,
        &crate::tr!("plan-op-task-add", task = task_id.as_str(), case = c.id()),
    )?;
    ctx.ui.line(&crate::tr!(
        "plan-task-added",
        task = task_id.as_str(),
        case = c.id(),
        path = path.as_str()
    ));
    Ok(0)
}

fn task_done(ctx: &mut Ctx, args: TaskDoneArgs) -> Result<i32> {
    let date = match args.date {
        Some(d) => d,
        None => today()?,
    };
    let (mut tx, store) = ctx.load_for_write_case(&args.id)?;
    let c = super::remove::case_for_write(&store, &tx, &args.id)?;
    require_status(c, Action::FinishTask)?;
    let id = resolve_task(c, &args.task)?;
    let Some(task) = c.task(&id) else {
        return Err(Error::user(crate::tr!(
            "plan-no-task",
            task = args.task.as_str()
        )));
    };
    let number = c.task_label(&id);
    if let Some(done) = &task.done {
        return Err(Error::user(crate::tr!(
            "plan-task-done-already",
            task = number.as_str(),
            date = done.get_ref().to_string()
        )));
    }
    // Done before the plan was adopted is K009's to say.
    let path = c.path_of("plan", &[]);
    tx.update(&path, |plan: &mut Plan| {
        let task = plan
            .goals
            .iter_mut()
            .flat_map(|g| g.tasks.iter_mut())
            .find(|t| t.id.get_ref() == &id)
            .ok_or_else(|| {
                Error::user(crate::tr!(
                    "plan-task-not-found",
                    path = path.as_str(),
                    task = number.as_str()
                ))
            })?;
        task.done = Some(spanned(date));
        Ok(())
    })?;
    ctx.commit(
        tx,
        &store,
        &crate::tr!("plan-op-task-done", task = number.as_str(), case = c.id()),
    )?;
    ctx.ui.line(&crate::tr!(
        "plan-task-done",
        task = number.as_str(),
        case = c.id(),
        date = date.to_string()
    ));
    Ok(0)
}

fn task_list(ctx: &mut Ctx, args: TaskListArgs) -> Result<i32> {
    let store = ctx.load()?;
    let today = today()?;
    let cases: Vec<_> = match &args.case {
        Some(id) => vec![find_case(&store, id)?],
        None => store
            .cases
            .iter()
            .filter(|c| c.status() != Status::Closed)
            .collect(),
    };
    let mut rows = Vec::new();
    for c in cases {
        for (order, (number, _, t)) in c.numbered_tasks().enumerate() {
            let due = t.due.as_ref().map(|d| *d.get_ref());
            let open = t.done.is_none();
            if !args.all && !open {
                continue;
            }
            if args.overdue && !(open && due.is_some_and(|d| d < today)) {
                continue;
            }
            if let Some(before) = args.due_before
                && !(open && due.is_some_and(|d| d < before))
            {
                continue;
            }
            if let Some(who) = &args.responsible {
                let names = [&t.institution, &t.person, &t.member];
                let member = t.member.as_ref().map(|m| c.member_label(m.get_ref()));
                if !names
                    .iter()
                    .any(|n| n.as_ref().is_some_and(|s| s.get_ref() == who))
                    && member.as_deref() != Some(who.as_str())
                {
                    continue;
                }
            }
            rows.push((c, number, t, due, order));
        }
    }
    rows.sort_by(|a, b| {
        (a.3, crate::model::case::number_order(a.0.id()), a.4).cmp(&(
            b.3,
            crate::model::case::number_order(b.0.id()),
            b.4,
        ))
    });
    match args.format {
        ListFormat::Json | ListFormat::Csv => {
            let items: Vec<Value> = rows
                .iter()
                .map(|(c, number, t, due, _)| {
                    json!({
                        "case": c.id(),
                        "task": t.id.get_ref(),
                        "number": number,
                        "text": t.text,
                        "institution": t.institution.as_ref().map(|s| s.get_ref()),
                        "person": t.person.as_ref().map(|s| s.get_ref()),
                        "member": t.member.as_ref().map(|s| s.get_ref()),
                        "member_number": t.member.as_ref().map(|s| c.member_label(s.get_ref())),
                        "due": due.map(|d| d.to_string()),
                        "done": t.done.as_ref().map(|d| d.get_ref().to_string()),
                        "overdue": t.done.is_none() && due.is_some_and(|d| d < today),
                    })
                })
                .collect();
            if args.format == ListFormat::Csv {
                print_csv_json(
                    ctx.ui,
                    &[
                        "case",
                        "task",
                        "number",
                        "text",
                        "institution",
                        "person",
                        "member",
                        "member_number",
                        "due",
                        "done",
                        "overdue",
                    ],
                    &items,
                );
            } else {
                print_json(ctx.ui, &Value::Array(items));
            }
        }
        ListFormat::Table => {
            let table = rows
                .iter()
                .map(|(c, number, t, due, _)| {
                    let late = t.done.is_none() && due.is_some_and(|d| d < today);
                    vec![
                        c.id().to_string(),
                        number.clone(),
                        t.text.to_string(),
                        c.responsible_label(t),
                        cell(t.person.as_ref().map(|s| s.get_ref().as_str())),
                        due.map(|d| d.to_string()).unwrap_or_default(),
                        if late {
                            crate::tr!("plan-state-overdue")
                        } else if t.done.is_some() {
                            crate::tr!("plan-state-done")
                        } else {
                            String::new()
                        },
                    ]
                })
                .collect();
            print_table(
                ctx.ui,
                &[
                    &crate::tr!("plan-col-case"),
                    &crate::tr!("plan-col-task"),
                    &crate::tr!("plan-col-text"),
                    &crate::tr!("plan-col-responsible"),
                    &crate::tr!("plan-col-person"),
                    &crate::tr!("plan-col-due"),
                    &crate::tr!("plan-col-state"),
                ],
                table,
            );
        }
    }
    Ok(0)
}
