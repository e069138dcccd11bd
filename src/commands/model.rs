//! `koop model start|step done|status`: where the gmina or powiat is in the model's course —
//! stages I–IV and their steps on the 18-month timeline — and what comes next.

use clap::{Args, Subcommand};
use serde_json::{Value, json};

use super::caseutil::today;
use super::caseutil::unknown_id;
use super::output::{Format, print_json, print_table};
use super::{Ctx, prose, to_toml};
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
        Error::user(crate::tr!("model-not-started")).hint(crate::tr!("model-not-started-hint"))
    })
}

fn start(ctx: &mut Ctx, args: StartArgs) -> Result<i32> {
    if args.organisation_months + args.work_months + args.summary_months > 36 {
        return Err(Error::user(crate::tr!("model-cycle-too-long"))
            .hint(crate::tr!("model-cycle-too-long-hint")));
    }
    let (mut tx, store) = ctx.load_for_write()?;
    let kind = if args.continuation {
        CycleKind::Continuation
    } else {
        CycleKind::First
    };
    if let Some(last) = store.cycles.last() {
        if args.date <= last.value.start {
            return Err(Error::user(crate::tr!(
                "model-start-before-last",
                cycle = last.id.as_str(),
                date = last.value.start.to_string()
            )));
        }
        // A continuation follows the decision to continue (step 9.3, or 7 of a continuation),
        // or the end of the previous cycle's timeline; never a decision to end.
        let decision = decision_step(last.value.kind);
        let taken = last.value.decision();
        if let Some(day) = last.value.ended() {
            return Err(Error::user(crate::tr!(
                "model-cycle-ended",
                cycle = last.id.as_str(),
                step = decision,
                date = day.to_string()
            ))
            .hint(crate::tr!(
                "model-cycle-ended-hint",
                path = last.path.as_str()
            )));
        }
        let decided = taken.is_some();
        let ends = last.value.phase_end(Phase::Summary);
        if !decided && args.date <= ends {
            return Err(Error::user(crate::tr!(
                "model-cycle-undecided",
                cycle = last.id.as_str(),
                date = ends.to_string()
            ))
            .hint(crate::tr!("model-cycle-undecided-hint", step = decision)));
        }
        if let Some(t) = taken
            && args.date < *t.done.get_ref()
        {
            return Err(Error::user(crate::tr!(
                "model-continuation-early",
                cycle = last.id.as_str(),
                date = t.done.get_ref().to_string()
            ))
            .hint(crate::tr!("model-continuation-early-hint")));
        }
        if kind == CycleKind::First {
            return Err(Error::user(crate::tr!("model-already-ran"))
                .hint(crate::tr!("model-already-ran-hint")));
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
    ctx.commit(tx, &store, &crate::tr!("model-op-start"))?;
    ctx.ui.line(&crate::tr!(
        "model-started",
        cycle = n,
        kind = kind.as_str(),
        date = args.date.to_string(),
        end = cycle.phase_end(Phase::Summary).to_string(),
        path = path.as_str()
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
        return Err(Error::user(crate::tr!(
            "model-step-future",
            date = date.to_string()
        )));
    }
    let (mut tx, store) = ctx.load_for_write()?;
    let cycle = current(&store)?;
    let (_, steps) = course(cycle.value.kind);
    let step = find_step(&cycle.value, &args.step)?.id;
    if let Some(done) = cycle.value.steps.get(step) {
        return Err(Error::user(crate::tr!(
            "model-step-done-already",
            step = step,
            date = done.done.get_ref().to_string()
        ))
        .hint(crate::tr!(
            "model-step-done-already-hint",
            step = step,
            path = cycle.path.as_str()
        )));
    }
    let regional = find_step(&cycle.value, step)?.regional(cycle.value.kind);
    // The ROPS's work (stage I) may precede the gmina's cycle; the gmina's own steps do not.
    if date < cycle.value.start && !regional {
        return Err(Error::user(crate::tr!(
            "model-step-before-cycle",
            date = date.to_string(),
            cycle = cycle.id.as_str(),
            start = cycle.value.start.to_string()
        ))
        .hint(crate::tr!("model-step-before-cycle-hint")));
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
            return Err(
                Error::user(crate::tr!("model-decision-needed", step = step)).hint(crate::tr!(
                    "model-decision-needed-hint",
                    step = step,
                    title = steps.iter().find(|s| s.id == step).map_or("", |s| s.title)
                )),
            );
        }
        (false, Some(_)) => {
            return Err(Error::user(crate::tr!(
                "model-decision-misplaced",
                decision = decision_step(cycle.value.kind),
                step = step
            )));
        }
        _ => {}
    }
    let reports =
        step == crate::model::course::ROPS_REPORT_STEP && cycle.value.kind == CycleKind::First;
    if !reports && (args.resources_assessed || args.own_attempt || args.actions.is_some()) {
        return Err(Error::user(crate::tr!(
            "model-report-options-misplaced",
            report = crate::model::course::ROPS_REPORT_STEP,
            step = step
        )));
    }
    let actions = super::optional_text("--actions", args.actions.clone())?;
    if cycle.value.omitted.contains_key(step) {
        return Err(Error::user(crate::tr!(
            "model-step-omitted",
            step = step,
            cycle = cycle.id.as_str()
        ))
        .hint(crate::tr!(
            "model-step-omitted-hint",
            path = cycle.path.as_str()
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
    ctx.commit(tx, &store, &crate::tr!("model-op-step-done", step = step))?;
    let date = date.to_string();
    let path = path.as_str();
    match args.decision {
        Some(Decision::Continue) => ctx.ui.line(&crate::tr!(
            "model-step-done-continue",
            step = step,
            date = date.as_str(),
            path = path
        )),
        Some(_) => ctx.ui.line(&crate::tr!(
            "model-step-done-end",
            step = step,
            date = date.as_str(),
            path = path
        )),
        None => ctx.ui.line(&crate::tr!(
            "model-step-done",
            step = step,
            date = date.as_str(),
            path = path
        )),
    }
    if let Some((day, what)) = shown {
        ctx.ui.note(&crate::tr!(
            "model-step-shown-already",
            step = step,
            date = day.to_string(),
            evidence = what
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
        return Err(Error::user(crate::tr!(
            "model-omit-done",
            step = step,
            date = done.done.get_ref().to_string()
        ))
        .hint(crate::tr!("model-omit-done-hint", step = step)));
    }
    if step == decision_step(cycle.value.kind) {
        return Err(Error::user(crate::tr!("model-omit-decision", step = step)));
    }
    if let Some((_, StepState::Shown(day, what))) = cycle_states(&store, cycle, today()?)
        .into_iter()
        .find(|(s, _)| s.id == step)
    {
        return Err(Error::user(crate::tr!(
            "model-omit-shown",
            step = step,
            date = day.to_string(),
            evidence = what
        )));
    }
    if found.regional(cycle.value.kind) {
        return Err(Error::user(crate::tr!("model-omit-regional", step = step)));
    }
    if cycle.value.omitted.contains_key(step) {
        return Err(Error::user(crate::tr!(
            "model-omit-already",
            step = step,
            cycle = cycle.id.as_str()
        )));
    }
    let path = cycle.path.clone();
    tx.update(&path, |cycle: &mut Cycle| {
        cycle.omitted.insert(step.to_string(), reason.clone());
        Ok(())
    })?;
    ctx.commit(tx, &store, &crate::tr!("model-op-omit", step = step))?;
    ctx.ui.line(&crate::tr!(
        "model-omitted",
        step = step,
        cycle = cycle.id.as_str(),
        path = path.as_str()
    ));
    Ok(0)
}

/// The step of the cycle's kind a user typed (a trailing dot ignored: `7.1.` is `7.1`), or an
/// error with the closest step.
pub fn find_step(cycle: &Cycle, typed: &str) -> Result<&'static Step> {
    let (_, steps) = course(cycle.kind);
    let id = typed.trim().trim_end_matches('.');
    steps.iter().find(|s| s.id == id).ok_or_else(|| {
        unknown_id(
            crate::tr!("model-no-step", id = id),
            id,
            steps.iter().map(|s| s.id),
            "koop model status",
        )
    })
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

/// A step's state in a word: its stable English word in the JSON output (docs/format.md),
/// and the word of the catalogue in the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
enum Word {
    Done,
    #[serde(rename = "done late")]
    DoneLate,
    Due,
    Late,
    Optional,
    #[serde(rename = "not adopted")]
    NotAdopted,
    #[serde(rename = "ROPS")]
    Rops,
}

impl Word {
    /// The word as people read it in the table.
    fn text(self) -> String {
        match self {
            Word::Done => crate::tr!("model-state-done"),
            Word::DoneLate => crate::tr!("model-state-done-late"),
            Word::Due => crate::tr!("model-state-due"),
            Word::Late => crate::tr!("model-state-late"),
            Word::Optional => crate::tr!("model-state-optional"),
            Word::NotAdopted => crate::tr!("model-state-not-adopted"),
            Word::Rops => crate::tr!("model-state-rops"),
        }
    }
}

/// The state as a word, its date, and what it rests on (evidence, a late deadline, a reason).
fn state_text(state: &StepState) -> (Word, String, Option<String>) {
    match state {
        StepState::Done(d) => (Word::Done, d.to_string(), None),
        StepState::DoneLate(d, due) => (
            Word::DoneLate,
            d.to_string(),
            Some(crate::tr!("model-state-due-on", date = due.to_string())),
        ),
        StepState::Shown(d, what) => (Word::Done, d.to_string(), Some(what.clone())),
        StepState::Due(d) => (Word::Due, d.to_string(), None),
        StepState::Late(d) => (Word::Late, d.to_string(), None),
        StepState::Optional => (Word::Optional, String::new(), None),
        StepState::Omitted(why) => (Word::NotAdopted, String::new(), Some(why.clone())),
        StepState::Regional => (Word::Rops, String::new(), None),
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
    super::output::print_prose(
        ctx.ui,
        &crate::tr!(
            "model-status-cycle",
            cycle = cycle.id.as_str(),
            kind = c.kind.as_str(),
            start = c.start.to_string(),
            organisation = c.phase_end(Phase::Organisation).to_string(),
            work = c.phase_end(Phase::Work).to_string(),
            summary = c.phase_end(Phase::Summary).to_string()
        ),
    );
    let rows = list
        .iter()
        .map(|(s, state)| {
            let (word, date, why) = state_text(state);
            let decision = c
                .steps
                .get(s.id)
                .and_then(|d| d.decision.as_ref())
                .map(|d| crate::tr!("model-status-decision", decision = d.get_ref().to_string()));
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
                word.text(),
                date,
                why.unwrap_or_default(),
            ]
        })
        .collect();
    print_table(
        ctx.ui,
        &[
            &crate::tr!("model-status-col-stage"),
            &crate::tr!("model-status-col-step"),
            "",
            &crate::tr!("model-status-col-state"),
            &crate::tr!("model-status-col-date"),
            &crate::tr!("model-status-col-how"),
        ],
        rows,
    );
    match (ended, current_stage) {
        (Some(day), _) => super::output::print_prose(
            ctx.ui,
            &crate::tr!(
                "model-status-ended",
                date = day.to_string(),
                step = decision_step(c.kind)
            ),
        ),
        (None, Some(i)) => super::output::print_prose(
            ctx.ui,
            &crate::tr!(
                "model-status-current-stage",
                number = stages[i].number,
                name = stages[i].name,
                owners = stages[i].owners
            ),
        ),
        (None, None) => super::output::print_prose(ctx.ui, &crate::tr!("model-status-all-done")),
    }
    for (s, state) in &next {
        let (word, date, _) = state_text(state);
        super::output::print_prose(
            ctx.ui,
            &crate::tr!(
                "model-status-next",
                step = s.id,
                title = s.title,
                state = word.text(),
                date = date
            ),
        );
    }
    Ok(0)
}
