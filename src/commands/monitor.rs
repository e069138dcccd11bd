//! `koop monitor add` (zał. 7: progress per task and month, one file per reporter and month so
//! two institutions reporting for one month never touch the same file) and `koop eval add`
//! (part C: the degree each goal was achieved).

use clap::{Args, Subcommand};

use super::caseutil::{Party, require_status, resolve_goal, resolve_party, resolve_task, today};
use super::{Ctx, prose, required_prose, required_text};
use crate::error::{Error, Result};
use crate::model::case::Action;
use crate::model::{
    Date, Degree, Evaluation, GoalEvaluation, Monitoring, Month, Progress, spanned,
};

/// `koop monitor …`
#[derive(Debug, Subcommand)]
pub enum MonitorCommand {
    Add(MonitorAddArgs),
    Month(super::monthly::MonthArgs),
    Sheet(super::monthly::SheetArgs),
    Import(super::monthly::ImportArgs),
    Remove(super::remove::MonitorRemoveArgs),
}

/// Arguments of `koop monitor add`.
#[derive(Debug, Args)]
pub struct MonitorAddArgs {
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
    #[arg(long)]
    #[arg(value_name = "YYYY-MM-DD")]
    pub date: Option<Date>,
    #[arg(required_unless_present = "text_file")]
    pub text: Option<String>,
    #[arg(long = "text-file", value_name = "PATH", conflicts_with = "text")]
    pub text_file: Option<std::path::PathBuf>,
    #[arg(long)]
    pub allow_duplicate: bool,
}

/// `koop eval …`
#[derive(Debug, Subcommand)]
pub enum EvalCommand {
    Add(EvalAddArgs),
    Remove(super::remove::EvalRemoveArgs),
}

/// Arguments of `koop eval add`.
#[derive(Debug, Args)]
pub struct EvalAddArgs {
    #[arg(add = clap_complete::ArgValueCandidates::new(crate::complete::cases))]
    pub id: String,
    #[arg(long)]
    #[arg(value_name = "YYYY-MM-DD")]
    pub date: Date,
    #[arg(long = "main", value_enum)]
    pub main_goal: Degree,
    #[arg(long = "goal")]
    pub goals: Vec<String>,
    #[arg(long)]
    pub comment: Option<String>,
    #[arg(long = "comment-file", value_name = "PATH", conflicts_with = "comment")]
    pub comment_file: Option<std::path::PathBuf>,
    #[arg(long, conflicts_with = "end")]
    #[arg(value_name = "YYYY-MM-DD")]
    pub next: Option<Date>,
    #[arg(long)]
    pub end: bool,
}

/// Dispatches `koop monitor …`.
pub fn run_monitor(ctx: &mut Ctx, cmd: MonitorCommand) -> Result<i32> {
    match cmd {
        MonitorCommand::Add(args) => monitor_add(ctx, args),
        MonitorCommand::Month(args) => super::monthly::month(ctx, args),
        MonitorCommand::Sheet(args) => super::monthly::sheet(ctx, args),
        MonitorCommand::Import(args) => super::monthly::import(ctx, args),
        MonitorCommand::Remove(args) => super::remove::monitoring(ctx, args),
    }
}

/// Dispatches `koop eval …`.
pub fn run_eval(ctx: &mut Ctx, cmd: EvalCommand) -> Result<i32> {
    match cmd {
        EvalCommand::Add(args) => eval_add(ctx, args),
        EvalCommand::Remove(args) => super::remove::evaluation(ctx, args),
    }
}

fn monitor_add(ctx: &mut Ctx, args: MonitorAddArgs) -> Result<i32> {
    let text = required_prose("--text", args.text, args.text_file)?;
    let date = match args.date {
        Some(d) => d,
        None => today()?,
    };
    let (mut tx, store) = ctx.load_for_write_case(&args.id)?;
    if args.allow_duplicate {
        tx.allow.push(crate::rules::codes::EXACT_DUPLICATE);
    }
    let c = super::remove::case_for_write(&store, &tx, &args.id)?;
    require_status(c, Action::Monitor)?;
    let task = resolve_task(c, &args.task)?;
    let number = c.task_label(&task);
    if let Some(adopted) = c.adopted()
        && args.month < Month::of(*adopted.get_ref())
    {
        return Err(Error::user(crate::tr!(
            "monitor-before-active",
            month = args.month.to_string(),
            date = adopted.get_ref().to_string()
        )));
    }
    if args.month > Month::of(date) {
        return Err(Error::user(crate::tr!(
            "monitor-month-ahead",
            month = args.month.to_string(),
            date = date.to_string()
        )));
    }
    let party = resolve_party(&store, c, &args.by)?;
    let reporter = party.reporter().to_string();
    let path = c.path_of("monitoring", &[&args.month.to_string(), &reporter]);
    let entry = c.fresh_id();
    let author = match &party {
        Party::Institution {
            person: Some(p), ..
        } => Some(p.as_str()),
        _ => None,
    };
    tx.update_or_create(&path, |m: &mut Monitoring| {
        m.entries.push(Progress::new(
            entry.as_str(),
            &task,
            text.as_str().into(),
            author,
            date,
        ));
        Ok(())
    })?;
    ctx.commit(
        tx,
        &store,
        &crate::tr!(
            "monitor-op-add",
            case = c.id(),
            month = args.month.to_string()
        ),
    )?;
    ctx.ui.line(&crate::tr!(
        "monitor-added",
        task = number.as_str(),
        month = args.month.to_string(),
        path = path.as_str()
    ));
    Ok(0)
}

fn eval_add(ctx: &mut Ctx, args: EvalAddArgs) -> Result<i32> {
    let comment = prose("--comment", args.comment, args.comment_file)?;
    let mut goals = Vec::new();
    for g in &args.goals {
        goals.push(parse_goal(g)?);
    }
    if args.next.is_none() && !args.end {
        return Err(Error::user(crate::tr!("monitor-eval-next-or-end"))
            .hint(crate::tr!("monitor-eval-next-or-end-hint")));
    }
    let (mut tx, store) = ctx.load_for_write_case(&args.id)?;
    let c = super::remove::case_for_write(&store, &tx, &args.id)?;
    require_status(c, Action::Evaluate)?;
    let today = today()?;
    if args.date > today {
        return Err(Error::user(crate::tr!(
            "monitor-eval-future",
            date = args.date.to_string()
        )));
    }
    // An evaluation before the plan (K008) is the rules' to say.
    let goals = goals
        .into_iter()
        .map(|(g, degree, reasons)| Ok((resolve_goal(c, &g)?, degree, reasons)))
        .collect::<Result<Vec<_>>>()?;
    if let Some(next) = args.next
        && next <= args.date
    {
        return Err(Error::user(crate::tr!(
            "monitor-eval-next-early",
            next = next.to_string(),
            date = args.date.to_string()
        )));
    }
    let path = c.path_of("evaluation", &[&args.date.to_string()]);
    let evaluation = Evaluation {
        main_goal: args.main_goal,
        comment,
        next: args.next,
        end_of_work: args.end,
        goals: goals
            .into_iter()
            .map(|(goal, degree, reasons)| GoalEvaluation {
                goal: spanned(goal),
                degree,
                reasons,
            })
            .collect(),
    };
    tx.create(&path, &super::to_toml(&evaluation)?)?;
    ctx.commit(
        tx,
        &store,
        &crate::tr!(
            "monitor-op-eval",
            case = c.id(),
            date = args.date.to_string()
        ),
    )?;
    ctx.ui.line(&crate::tr!(
        "monitor-eval-added",
        case = c.id(),
        path = path.as_str()
    ));
    Ok(0)
}

/// Parses `N=DEGREE[:reasons]`.
fn parse_goal(spec: &str) -> Result<(String, Degree, Option<String>)> {
    let bad = || {
        Error::user(crate::tr!("monitor-goal-syntax", spec = spec)).hint(crate::tr!(
            "monitor-goal-syntax-hint",
            words = crate::text::one_of(&Degree::words())
        ))
    };
    let (n, rest) = spec.split_once('=').ok_or_else(bad)?;
    let n = n.trim();
    if n.is_empty() {
        return Err(bad());
    }
    let (degree, reasons) = match rest.split_once(':') {
        Some((d, r)) => (
            d,
            Some(required_text(&crate::tr!("monitor-goal-reasons"), r)?),
        ),
        None => (rest, None),
    };
    let word = degree.trim();
    let degree = Degree::ALL
        .iter()
        .copied()
        .find(|d| d.as_str() == word || d.aliases().contains(&word))
        .ok_or_else(|| {
            Error::user(crate::tr!("monitor-goal-degree", spec = spec, word = word)).hint(
                crate::tr!(
                    "monitor-goal-degree-hint",
                    words = crate::text::one_of(&Degree::words())
                ),
            )
        })?;
    Ok((n.to_string(), degree, reasons))
}
