//! `koop model start|step done|status`: where the gmina or powiat is in the model's course —
//! stages I–IV and their steps on the 18-month timeline — and what comes next.

use clap::{Args, Subcommand};
use serde_json::{Value, json};

use super::caseutil::today;
use super::output::{Format, print_json, print_table};
use super::{Ctx, prose, to_toml, unknown};
use crate::error::{Error, Result};
use crate::model::course::{
    Cycle, CycleKind, Decision, Phase, Step, StepDone, StepState, course, decision_step, evidence,
    states, windows,
};
use crate::model::{Date, spanned};
use crate::store::{self, Rec, Store};

/// `koop model …`
#[derive(Debug, Subcommand)]
pub enum ModelCommand {
    Start(StartArgs),
    #[command(subcommand)]
    Step(StepCommand),
    Status(StatusArgs),
}

/// `koop model step …`
#[derive(Debug, Subcommand)]
pub enum StepCommand {
    Done(StepDoneArgs),
    Omit(StepOmitArgs),
    Undo(super::remove::StepUndoArgs),
}

/// Arguments of `koop model start`.
#[derive(Debug, Args)]
pub struct StartArgs {
    #[arg(long)]
    #[arg(value_name = "YYYY-MM-DD")]
    pub date: Date,
    #[arg(long)]
    pub continuation: bool,
    #[arg(long, default_value_t = 3, value_parser = clap::value_parser!(u32).range(1..=12))]
    pub organisation_months: u32,
    #[arg(long, default_value_t = 13, value_parser = clap::value_parser!(u32).range(1..=36))]
    pub work_months: u32,
    #[arg(long, default_value_t = 2, value_parser = clap::value_parser!(u32).range(1..=12))]
    pub summary_months: u32,
}

/// Arguments of `koop model step done`.
#[derive(Debug, Args)]
pub struct StepDoneArgs {
    pub step: String,
    #[arg(long)]
    #[arg(value_name = "YYYY-MM-DD")]
    pub date: Option<Date>,
    #[arg(long)]
    pub note: Option<String>,
    #[arg(long = "note-file", value_name = "PATH", conflicts_with = "note")]
    pub note_file: Option<std::path::PathBuf>,
    #[arg(long, value_enum)]
    pub decision: Option<Decision>,
    #[arg(long)]
    pub resources_assessed: bool,
    #[arg(long)]
    pub own_attempt: bool,
    #[arg(long, value_name = "TEXT")]
    pub actions: Option<String>,
}

/// Arguments of `koop model step omit`.
#[derive(Debug, Args)]
pub struct StepOmitArgs {
    pub step: String,
    #[arg(long)]
    pub reason: String,
}

/// Arguments of `koop model status`.
#[derive(Debug, Args)]
pub struct StatusArgs {
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
}

/// Dispatches `koop model …`.
pub fn run(ctx: &mut Ctx, cmd: ModelCommand) -> Result<i32> {
    match cmd {
        ModelCommand::Start(args) => start(ctx, args),
        ModelCommand::Step(StepCommand::Done(args)) => step_done(ctx, args),
        ModelCommand::Step(StepCommand::Omit(args)) => step_omit(ctx, args),
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
        // A continuation follows the decision to continue (step 9.3, or 7 of a continuation),
        // or the end of the previous cycle's timeline; never a decision to end.
        let decision = decision_step(last.value.kind);
        let taken = last.value.decision();
        if let Some(day) = last.value.ended() {
            return Err(Error::user(format!(
                "cycle {} ended the cooperation (step {decision}, {day}): no continuation follows",
                last.id
            ))
            .hint(format!(
                "if the decision was to continue after all, correct it in {} (`decision = \"continue\"`)",
                last.path
            )));
        }
        let decided = taken.is_some();
        let ends = last.value.phase_end(Phase::Summary);
        if !decided && args.date <= ends {
            return Err(Error::user(format!(
                "cycle {} runs until {ends} and its decision to continue is not recorded",
                last.id
            ))
            .hint(format!(
                "record it first: `koop model step done {decision} --decision continue`"
            )));
        }
        if let Some(t) = taken
            && args.date < *t.done.get_ref()
        {
            return Err(Error::user(format!(
                "the continuation would start before cycle {} decided to continue ({})",
                last.id,
                t.done.get_ref()
            ))
            .hint("a continuation starts on or after the decision; correct --date"));
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
        omitted: Default::default(),
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
    let step = find_step(&cycle.value, &args.step)?.id;
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
    let regional = find_step(&cycle.value, step)?.regional(cycle.value.kind);
    // The ROPS's work (stage I) may precede the gmina's cycle; the gmina's own steps do not.
    if date < cycle.value.start && !regional {
        return Err(Error::user(format!(
            "--date {date} is before cycle {} started ({})",
            cycle.id, cycle.value.start
        ))
        .hint("a step of this cycle is done within it; correct the date, or the cycle's `start`"));
    }
    let shown = match cycle_states(&store, cycle, date)
        .into_iter()
        .find(|(s, _)| s.id == step)
    {
        Some((_, StepState::Shown(day, what))) => Some((day, what)),
        _ => None,
    };
    let decides = step == decision_step(cycle.value.kind);
    match (decides, args.decision) {
        (true, None) => {
            return Err(Error::user(format!(
                "step {step} is the decision to continue the work with the model or to end the cooperation: say which"
            ))
            .hint(format!(
                "add --decision continue or --decision end (krok {step}: \"{}\")",
                steps.iter().find(|s| s.id == step).map_or("", |s| s.title)
            )));
        }
        (false, Some(_)) => {
            return Err(Error::user(format!(
                "--decision belongs to step {}, the decision to continue; step {step} takes none",
                decision_step(cycle.value.kind)
            )));
        }
        _ => {}
    }
    let reports =
        step == crate::model::course::ROPS_REPORT_STEP && cycle.value.kind == CycleKind::First;
    if !reports && (args.resources_assessed || args.own_attempt || args.actions.is_some()) {
        return Err(Error::user(format!(
            "--resources-assessed, --own-attempt and --actions describe the report to ROPS, step {} of the first cycle; step {step} takes none",
            crate::model::course::ROPS_REPORT_STEP
        )));
    }
    let actions = super::optional_text("--actions", args.actions.clone())?;
    if cycle.value.omitted.contains_key(step) {
        return Err(Error::user(format!(
            "step {step} is recorded as not adopted in cycle {}",
            cycle.id
        ))
        .hint(format!(
            "if it was adopted after all, remove it from [omitted] in {}",
            cycle.path
        )));
    }
    let path = cycle.path.clone();
    tx.update(&path, |cycle: &mut Cycle| {
        cycle.steps.insert(
            step.to_string(),
            StepDone {
                done: spanned(date),
                decision: args.decision.map(spanned),
                note: note.clone(),
                resources_assessed: args.resources_assessed.then_some(true),
                own_attempt: args.own_attempt.then_some(true),
                actions: actions.clone(),
            },
        );
        Ok(())
    })?;
    ctx.commit(tx, &store, &format!("step {step} done"))?;
    match args.decision {
        Some(d) => ctx.ui.line(&format!(
            "Step {step} done on {date}: the decision is to {} ({path})",
            if d == Decision::Continue {
                "continue the work with the model"
            } else {
                "end the cooperation"
            }
        )),
        None => ctx.ui.line(&format!("Step {step} done on {date} ({path})")),
    }
    if let Some((day, what)) = shown {
        ctx.ui.note(&format!(
            "the records already showed step {step} done on {day} ({what}); the date you gave is kept"
        ));
    }
    Ok(0)
}

fn step_omit(ctx: &mut Ctx, args: StepOmitArgs) -> Result<i32> {
    let reason = super::required_text("--reason", &args.reason)?;
    let (mut tx, store) = ctx.load_for_write()?;
    let cycle = current(&store)?;
    let found = find_step(&cycle.value, &args.step)?;
    let step = found.id;
    if let Some(done) = cycle.value.steps.get(step) {
        return Err(Error::user(format!(
            "step {step} was done on {}; a step done is not omitted",
            done.done.get_ref()
        ))
        .hint(format!(
            "`koop model step undo {step}` first, if it was recorded by mistake"
        )));
    }
    if step == decision_step(cycle.value.kind) {
        return Err(Error::user(format!(
            "step {step} is the decision to continue or to end: every cycle takes it"
        )));
    }
    if let Some((_, StepState::Shown(day, what))) = cycle_states(&store, cycle, today()?)
        .into_iter()
        .find(|(s, _)| s.id == step)
    {
        return Err(Error::user(format!(
            "step {step} was done on {day}, as the records show ({what}); a step done is not omitted"
        )));
    }
    if found.regional(cycle.value.kind) {
        return Err(Error::user(format!(
            "step {step} is the ROPS's (stage I); it is not for this repository to adopt or omit"
        )));
    }
    if cycle.value.omitted.contains_key(step) {
        return Err(Error::user(format!(
            "step {step} is already recorded as not adopted in cycle {}",
            cycle.id
        )));
    }
    let path = cycle.path.clone();
    tx.update(&path, |cycle: &mut Cycle| {
        cycle.omitted.insert(step.to_string(), reason.clone());
        Ok(())
    })?;
    ctx.commit(tx, &store, &format!("step {step} not adopted"))?;
    ctx.ui.line(&format!(
        "Step {step} recorded as not adopted in cycle {} ({path})",
        cycle.id
    ));
    Ok(0)
}

/// The step of the cycle's kind a user typed (a trailing dot ignored: `7.1.` is `7.1`), or an
/// error with the closest step.
pub fn find_step(cycle: &Cycle, typed: &str) -> Result<&'static Step> {
    let (_, steps) = course(cycle.kind);
    let id = typed.trim().trim_end_matches('.');
    steps
        .iter()
        .find(|s| s.id == id)
        .ok_or_else(|| unknown("step", id, steps.iter().map(|s| s.id), "koop model status"))
}

/// Each step of `cycle` with its state on `today`, steps shown done by the records included.
pub fn cycle_states(
    store: &Store,
    cycle: &Rec<Cycle>,
    today: Date,
) -> Vec<(&'static Step, StepState)> {
    let all: Vec<&Cycle> = store.cycles.iter().map(|c| &c.value).collect();
    let at = store
        .cycles
        .iter()
        .position(|c| c.path == cycle.path)
        .unwrap_or(0);
    let window = windows(&all)
        .get(at)
        .copied()
        .unwrap_or((cycle.value.start, cycle.value.phase_end(Phase::Summary)));
    states(&cycle.value, today, &evidence(store, &cycle.value, window))
}

/// The state as a word, its date, and what it rests on (evidence, a late deadline, a reason).
fn state_text(state: &StepState) -> (String, String, Option<String>) {
    match state {
        StepState::Done(d) => ("done".into(), d.to_string(), None),
        StepState::DoneLate(d, due) => (
            "done late".into(),
            d.to_string(),
            Some(format!("due {due}")),
        ),
        StepState::Shown(d, what) => ("done".into(), d.to_string(), Some(what.clone())),
        StepState::Due(d) => ("due".into(), d.to_string(), None),
        StepState::Late(d) => ("late".into(), d.to_string(), None),
        StepState::Optional => ("optional".into(), String::new(), None),
        StepState::Omitted(why) => ("not adopted".into(), String::new(), Some(why.clone())),
        StepState::Regional => ("ROPS".into(), String::new(), None),
    }
}

fn status(ctx: &mut Ctx, args: StatusArgs) -> Result<i32> {
    let store = ctx.load()?;
    let cycle = current(&store)?;
    let today = today()?;
    let c = &cycle.value;
    let (stages, _) = course(c.kind);
    let list = cycle_states(&store, cycle, today);
    // A decision to end the cooperation closes the course: nothing is next.
    let ended = c.ended();
    // The current stage: the first with a required step not done.
    let current_stage = list
        .iter()
        .find(|(_, s)| s.open())
        .map(|(step, _)| step.stage)
        .filter(|_| ended.is_none());
    let next: Vec<_> = list
        .iter()
        .filter(|(_, s)| s.open() && ended.is_none())
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
                    let (word, date, _) = state_text(state);
                    json!({
                        "id": s.id,
                        "title": s.title,
                        "optional": s.optional,
                        "state": word,
                        "date": if date.is_empty() { Value::Null } else { Value::from(date) },
                        "deadline": crate::model::course::deadline(c, s).to_string(),
                        "derived_from": match state { StepState::Shown(_, w) => Some(w.clone()), _ => None },
                        "not_adopted": match state { StepState::Omitted(w) => Some(w.clone()), _ => None },
                        "decision": c.steps.get(s.id).and_then(|d| d.decision.as_ref().map(|x| x.get_ref().to_string())),
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
            let (word, date, why) = state_text(state);
            let decision = c
                .steps
                .get(s.id)
                .and_then(|d| d.decision.as_ref())
                .map(|d| format!("decision: {}", d.get_ref()));
            let why = decision.or(why);
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
                why.unwrap_or_default(),
            ]
        })
        .collect();
    print_table(
        ctx.ui,
        &["stage", "step", "", "state", "date / deadline", "how"],
        rows,
    );
    match (ended, current_stage) {
        (Some(day), _) => ctx.ui.line(&format!(
            "The cooperation ended by the decision of {day} (step {}): no step is next.",
            decision_step(c.kind)
        )),
        (None, Some(i)) => ctx.ui.line(&format!(
            "Current stage: {} {} ({})",
            stages[i].number, stages[i].name, stages[i].owners
        )),
        (None, None) => ctx.ui.line("Every required step is done."),
    }
    for (s, state) in &next {
        let (word, date, _) = state_text(state);
        ctx.ui
            .line(&format!("Next: {} {} ({word} {date})", s.id, s.title));
    }
    Ok(0)
}
