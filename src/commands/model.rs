//! `koop model start|step done|status`: where the gmina or powiat is in the model's course —
//! stages I–IV and their steps on the 18-month timeline — and what comes next.

use clap::{Args, Subcommand};
use serde_json::{Value, json};

use super::caseutil::today;
use super::output::{Format, print_json, print_table};
use super::{Ctx, prose, to_toml, unknown};
use crate::error::{Error, Result};
use crate::model::course::{Cycle, CycleKind, Phase, StepDone, StepState, course, states};
use crate::model::{Date, spanned};
use crate::store::{self, Rec, Store};

/// `koop model …`
#[derive(Debug, Subcommand)]
pub enum ModelCommand {
    /// Start a cycle of the model (the first, or a continuation).
    Start(StartArgs),
    /// Steps of the course.
    #[command(subcommand)]
    Step(StepCommand),
    /// Show each stage and step: done, due or late against the timeline, and what is next.
    Status(StatusArgs),
}

/// `koop model step …`
#[derive(Debug, Subcommand)]
pub enum StepCommand {
    /// Record that a step was done.
    Done(StepDoneArgs),
    /// Undo a step recorded as done by mistake.
    Undo(super::remove::StepUndoArgs),
}

/// Arguments of `koop model start`.
#[derive(Debug, Args)]
pub struct StartArgs {
    /// The day the cycle starts.
    #[arg(long)]
    pub date: Date,
    /// A continuing implementation (seed 003): new agreement, new goals, the team completed.
    #[arg(long)]
    pub continuation: bool,
    /// Months for organisation (seed 003 §14: about 3).
    #[arg(long, default_value_t = 3, value_parser = clap::value_parser!(u32).range(1..=12))]
    pub organisation_months: u32,
    /// Months of work with people and families (seed 003 §14: up to 13).
    #[arg(long, default_value_t = 13, value_parser = clap::value_parser!(u32).range(1..=36))]
    pub work_months: u32,
    /// Months for the summary (about 2).
    #[arg(long, default_value_t = 2, value_parser = clap::value_parser!(u32).range(1..=12))]
    pub summary_months: u32,
}

/// Arguments of `koop model step done`.
#[derive(Debug, Args)]
pub struct StepDoneArgs {
    /// Step number, e.g. 5.2.
    pub step: String,
    /// The day it was done (default: today).
    #[arg(long)]
    pub date: Option<Date>,
    /// What was done, briefly.
    #[arg(long)]
    pub note: Option<String>,
    /// Read --note from a file instead (`-`: standard input).
    #[arg(long = "note-file", value_name = "PATH", conflicts_with = "note")]
    pub note_file: Option<std::path::PathBuf>,
}

/// Arguments of `koop model status`.
#[derive(Debug, Args)]
pub struct StatusArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
}

/// Dispatches `koop model …`.
pub fn run(ctx: &mut Ctx, cmd: ModelCommand) -> Result<i32> {
    match cmd {
        ModelCommand::Start(args) => start(ctx, args),
        ModelCommand::Step(StepCommand::Done(args)) => step_done(ctx, args),
        ModelCommand::Step(StepCommand::Undo(args)) => super::remove::step_undo(ctx, args),
        ModelCommand::Status(args) => status(ctx, args),
    }
}

/// The current (latest) cycle.
pub fn current(store: &Store) -> Result<&Rec<Cycle>> {
    // A cycle that does not load may be the current one: say so rather than "not started".
    if let Some(bad) = store.skipped.iter().find(|p| p.starts_with("course/")) {
        return Err(super::broken(store, bad));
    }
    store.cycles.last().ok_or_else(|| {
        Error::user("the model's course has not been started in this repository")
            .hint("start it: `koop model start --date YYYY-MM-DD`")
    })
}

fn start(ctx: &mut Ctx, args: StartArgs) -> Result<i32> {
    if args.organisation_months + args.work_months + args.summary_months > 36 {
        return Err(
            Error::user("a cycle of more than 36 months is not a cycle of this model")
                .hint("Założenia organizacyjne Modelu Kooperacji, pkt 14 proposes 18 months: about 3 + up to 13 + about 2"),
        );
    }
    let (mut tx, store) = ctx.load_for_write()?;
    let kind = if args.continuation {
        CycleKind::Continuation
    } else {
        CycleKind::First
    };
    if let Some(last) = store.cycles.last() {
        if args.date <= last.value.start {
            return Err(Error::user(format!(
                "cycle {} started on {}; a new cycle starts after it",
                last.id, last.value.start
            )));
        }
        // A continuation follows the decision to continue (step 9.3, or 8 of a continuation),
        // or the end of the previous cycle's timeline.
        // Step 9.3 (or 8 of a continuation): "Decyzja PZK o kontynuacji prac".
        let decision = match last.value.kind {
            CycleKind::First => "9.3",
            CycleKind::Continuation => "8",
        };
        let decided = last.value.steps.contains_key(decision);
        let ends = last.value.phase_end(Phase::Summary);
        if !decided && args.date <= ends {
            return Err(Error::user(format!(
                "cycle {} runs until {ends} and its decision to continue is not recorded",
                last.id
            ))
            .hint(format!(
                "record it first: `koop model step done {decision}`"
            )));
        }
        if kind == CycleKind::First {
            return Err(Error::user(
                "this repository already ran the model; a new cycle is a continuation",
            )
            .hint("add --continuation (Założenia organizacyjne Modelu Kooperacji: \"kolejne wdrażanie Modelu Kooperacji\")"));
        }
    }
    let n = store.cycles.len() as u32 + 1;
    let cycle = Cycle {
        kind,
        start: args.date,
        organisation_months: args.organisation_months,
        work_months: args.work_months,
        summary_months: args.summary_months,
        steps: Default::default(),
    };
    let path = store::cycle_path(n);
    tx.create(&path, &to_toml(&cycle)?)?;
    ctx.commit(tx, &store, "start a cycle of the model's course")?;
    ctx.ui.line(&format!(
        "Started cycle {n} ({kind}) on {}; it ends {} ({path})",
        args.date,
        cycle.phase_end(Phase::Summary)
    ));
    Ok(0)
}

fn step_done(ctx: &mut Ctx, args: StepDoneArgs) -> Result<i32> {
    let note = prose("--note", args.note, args.note_file)?;
    let date = match args.date {
        Some(d) => d,
        None => today()?,
    };
    if date > today()? {
        return Err(Error::user(format!(
            "--date {date} is in the future; record a step once it is done"
        )));
    }
    let (mut tx, store) = ctx.load_for_write()?;
    let cycle = current(&store)?;
    let (_, steps) = course(cycle.value.kind);
    let step = args.step.trim().trim_end_matches('.');
    if !steps.iter().any(|s| s.id == step) {
        return Err(unknown(
            "step",
            step,
            steps.iter().map(|s| s.id),
            "koop model status",
        ));
    }
    if let Some(done) = cycle.value.steps.get(step) {
        return Err(Error::user(format!(
            "step {step} was already recorded as done on {}",
            done.done.get_ref()
        ))
        .hint(format!(
            "edit [steps.\"{step}\"] in {} to change it",
            cycle.path
        )));
    }
    let path = cycle.path.clone();
    tx.update(&path, |cycle: &mut Cycle| {
        cycle.steps.insert(
            step.to_string(),
            StepDone {
                done: spanned(date),
                note: note.clone(),
            },
        );
        Ok(())
    })?;
    ctx.commit(tx, &store, &format!("step {step} done"))?;
    ctx.ui.line(&format!("Step {step} done on {date} ({path})"));
    Ok(0)
}

fn state_text(state: StepState) -> (String, String) {
    match state {
        StepState::Done(d) => ("done".into(), d.to_string()),
        StepState::Due(d) => ("due".into(), d.to_string()),
        StepState::Late(d) => ("late".into(), d.to_string()),
        StepState::Optional => ("optional".into(), String::new()),
    }
}

fn status(ctx: &mut Ctx, args: StatusArgs) -> Result<i32> {
    let store = ctx.load()?;
    let cycle = current(&store)?;
    let today = today()?;
    let c = &cycle.value;
    let (stages, _) = course(c.kind);
    let list = states(c, today);
    // The current stage: the first with a required step not done.
    let current_stage = list
        .iter()
        .find(|(_, s)| matches!(s, StepState::Due(_) | StepState::Late(_)))
        .map(|(step, _)| step.stage);
    let next: Vec<_> = list
        .iter()
        .filter(|(_, s)| matches!(s, StepState::Due(_) | StepState::Late(_)))
        .take(3)
        .collect();
    if args.format == Format::Json {
        let out = json!({
            "cycle": cycle.id,
            "kind": c.kind,
            "start": c.start.to_string(),
            "organisation_ends": c.phase_end(Phase::Organisation).to_string(),
            "work_ends": c.phase_end(Phase::Work).to_string(),
            "ends": c.phase_end(Phase::Summary).to_string(),
            "current_stage": current_stage.map(|i| stages[i].number),
            "stages": stages.iter().enumerate().map(|(i, st)| json!({
                "number": st.number,
                "name": st.name,
                "owners": st.owners,
                "steps": list.iter().filter(|(s, _)| s.stage == i).map(|(s, state)| {
                    let (word, date) = state_text(*state);
                    json!({
                        "id": s.id,
                        "title": s.title,
                        "optional": s.optional,
                        "state": word,
                        "date": if date.is_empty() { Value::Null } else { Value::from(date) },
                        "note": c.steps.get(s.id).and_then(|d| d.note.clone()),
                    })
                }).collect::<Vec<_>>(),
            })).collect::<Vec<_>>(),
            "next": next.iter().map(|(s, _)| s.id).collect::<Vec<_>>(),
        });
        print_json(ctx.ui, &out);
        return Ok(0);
    }
    ctx.ui.line(&format!(
        "Cycle {} ({}), started {}: organisation until {}, work until {}, summary until {}",
        cycle.id,
        c.kind,
        c.start,
        c.phase_end(Phase::Organisation),
        c.phase_end(Phase::Work),
        c.phase_end(Phase::Summary)
    ));
    let rows = list
        .iter()
        .map(|(s, state)| {
            let (word, date) = state_text(*state);
            let stage = &stages[s.stage];
            let marker = if Some(s.stage) == current_stage {
                "→ "
            } else {
                ""
            };
            vec![
                format!("{marker}{}", stage.number),
                s.id.to_string(),
                s.title.to_string(),
                word,
                date,
            ]
        })
        .collect();
    print_table(
        ctx.ui,
        &["stage", "step", "", "state", "date / deadline"],
        rows,
    );
    match current_stage {
        Some(i) => ctx.ui.line(&format!(
            "Current stage: {} {} ({})",
            stages[i].number, stages[i].name, stages[i].owners
        )),
        None => ctx.ui.line("Every required step is done."),
    }
    for (s, state) in &next {
        let (word, date) = state_text(*state);
        ctx.ui
            .line(&format!("Next: {} {} ({word} {date})", s.id, s.title));
    }
    Ok(0)
}
