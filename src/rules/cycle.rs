//! Rules on the model's course (`course/<n>.toml`): the decision step says which alternative
//! was taken and no continuation follows a decision to end (K043); a step is either done or
//! not adopted; and the work with families falls within a cycle (K044).

use crate::diag::Diagnostic;
use crate::model::course::{Decision, Phase, course, decision_step};
use crate::rules::codes;
use crate::store::Store;

/// Where `[steps."<id>"]` (or `[steps.<id>]`) is written in a cycle file.
fn step_header(store: &Store, path: &str, id: &str) -> crate::diag::Location {
    let at = store.locate_header(path, &format!("[steps.\"{id}\"]"));
    if at.line == 0 {
        store.locate_header(path, &format!("[steps.{id}]"))
    } else {
        at
    }
}

/// K043: the decision step records continue or end; no cycle follows a decision to end; a
/// step is not both done and not adopted, and only the model's steps are left out.
pub fn decisions(store: &Store, out: &mut Vec<Diagnostic>) {
    let mut ended: Option<(String, String)> = None;
    let mut previous: Option<&crate::store::Rec<crate::model::course::Cycle>> = None;
    for cycle in &store.cycles {
        let c = &cycle.value;
        if let Some(prev) = previous {
            let decided = prev.value.decision().map(|d| *d.done.get_ref());
            let problem = if c.kind == crate::model::course::CycleKind::First {
                Some(format!(
                    "cycle {} is a first implementation, but cycle {} came before it",
                    cycle.id, prev.id
                ))
            } else if c.start <= prev.value.start {
                Some(format!(
                    "cycle {} starts on {}, not after cycle {} ({})",
                    cycle.id, c.start, prev.id, prev.value.start
                ))
            } else {
                decided.filter(|d| c.start < *d).map(|day| {
                    format!(
                        "cycle {} starts on {}, before cycle {} decided to continue ({day})",
                        cycle.id, c.start, prev.id
                    )
                })
            };
            if let Some(problem) = problem {
                out.push(
                    Diagnostic::error(
                        codes::COURSE_DECISION,
                        problem,
                        store.locate_key(&cycle.path, "start"),
                    )
                    .with_help("cycles follow one another: the first implementation, then continuations, each starting after the decision to continue (`kind = \"continuation\"`, a later `start`)"),
                );
            }
        }
        previous = Some(cycle);
        if let Some((by, day)) = &ended {
            out.push(
                Diagnostic::error(
                    codes::COURSE_DECISION,
                    format!(
                        "cycle {} follows cycle {by}, which decided on {day} to end the cooperation",
                        cycle.id
                    ),
                    store.locate_key(&cycle.path, "kind"),
                )
                .with_help(format!(
                    "krok 9.3: \"Decyzja PZK o kontynuacji prac lub zakończenie współpracy\" — a continuation follows only a decision to continue; correct `decision` in cycle {by}, or remove this cycle"
                )),
            );
        }
        let step = decision_step(c.kind);
        if let Some(done) = c.decision() {
            match done.decision.as_ref().map(|d| *d.get_ref()) {
                None => out.push(
                    Diagnostic::error(
                        codes::COURSE_DECISION,
                        format!(
                            "cycle {} records step {step} without the decision taken",
                            cycle.id
                        ),
                        step_header(store, &cycle.path, step),
                    )
                    .with_help(format!(
                        "add `decision = \"continue\"` or `decision = \"end\"` under [steps.\"{step}\"] (\"Decyzja PZK o kontynuacji prac lub zakończenie współpracy\")"
                    ))
                    .to_do(),
                ),
                Some(Decision::End) => {
                    ended = Some((cycle.id.clone(), done.done.get_ref().to_string()));
                }
                Some(Decision::Continue) => {}
            }
        }
        // What załącznik nr 1 reports belongs to step 2.4 of the first cycle.
        for (id, done) in &c.steps {
            let reports = c.kind == crate::model::course::CycleKind::First
                && id == crate::model::course::ROPS_REPORT_STEP;
            if !reports
                && (done.resources_assessed.is_some()
                    || done.own_attempt.is_some()
                    || done.actions.is_some())
            {
                out.push(
                    Diagnostic::error(
                        codes::COURSE_DECISION,
                        format!(
                            "step {id} of cycle {} records what the report to ROPS says (`resources_assessed`, `own_attempt`, `actions`), which belongs to step {} of the first cycle",
                            cycle.id,
                            crate::model::course::ROPS_REPORT_STEP
                        ),
                        step_header(store, &cycle.path, id),
                    )
                    .with_help(format!(
                        "move them under [steps.\"{}\"] of the first cycle (krok 2.4: \"Zgłoszenie do ROPS\")",
                        crate::model::course::ROPS_REPORT_STEP
                    )),
                );
            }
        }
        let (_, steps) = course(c.kind);
        let shown: Vec<&str> = crate::commands::model::cycle_states(
            store,
            cycle,
            crate::model::Date::today().unwrap_or(c.start),
        )
        .into_iter()
        .filter(|(_, s)| matches!(s, crate::model::course::StepState::Shown(..)))
        .map(|(s, _)| s.id)
        .collect();
        for (id, reason) in &c.omitted {
            let known = steps.iter().find(|s| s.id == id);
            let problem = match known {
                None => Some(format!(
                    "cycle {} leaves out `{id}`, which is not one of its steps",
                    cycle.id
                )),
                Some(_) if c.steps.contains_key(id) => Some(format!(
                    "step {id} of cycle {} is recorded both as done and as not adopted",
                    cycle.id
                )),
                Some(_) if shown.contains(&id.as_str()) => Some(format!(
                    "step {id} of cycle {} is recorded as not adopted, but the records show it done",
                    cycle.id
                )),
                Some(_) if reason.trim().is_empty() => Some(format!(
                    "cycle {} leaves out step {id} without saying why",
                    cycle.id
                )),
                Some(_) if id == step => Some(format!(
                    "cycle {} leaves out step {id}, the decision to continue or to end, which every cycle takes",
                    cycle.id
                )),
                Some(s) if s.regional(c.kind) => Some(format!(
                    "cycle {} leaves out step {id}, a step of the ROPS (stage I) that is not this repository's to adopt",
                    cycle.id
                )),
                Some(_) => None,
            };
            if let Some(problem) = problem {
                out.push(
                    Diagnostic::error(
                        codes::COURSE_DECISION,
                        problem,
                        store.locate_key(&cycle.path, &format!("\"{id}\"")),
                    )
                    .with_help("correct [omitted]: it lists the steps of the model this gmina or powiat does not adopt (`koop model status` lists them)"),
                );
            }
        }
    }
}

/// K044: referrals and tasks fall within a cycle of the model: not before the first one
/// started, not after the last one ends.
pub fn within_cycles(store: &Store, out: &mut Vec<Diagnostic>) {
    let (Some(first), Some(last)) = (store.cycles.first(), store.cycles.last()) else {
        return; // the course is not recorded here: nothing to measure against
    };
    let start = first.value.start;
    let end = last.value.phase_end(Phase::Summary);
    let help = format!(
        "the model's course runs from {start} (cycle {}) to {end} (cycle {}); correct the date, or record the course as it was (a later work: `koop model start --continuation`; an earlier one: the first cycle's `start`)",
        first.id, last.id
    );
    for c in &store.cases {
        let referred = *c.case.value.referral.date.get_ref();
        let within = store
            .cycles
            .iter()
            .any(|k| k.value.start <= referred && referred <= k.value.phase_end(Phase::Summary));
        if !within {
            out.push(
                Diagnostic::warning(
                    codes::OUTSIDE_CYCLE,
                    format!(
                        "case {} was referred on {referred}, {} the model's course",
                        c.id(),
                        if referred < start {
                            "before"
                        } else if referred > end {
                            "after"
                        } else {
                            "between the cycles of"
                        }
                    ),
                    store.locate(&c.case.path, c.case.value.referral.date.span()),
                )
                .with_help(help.clone()),
            );
        }
        let Some(plan) = &c.plan else { continue };
        for (number, _, task) in c.numbered_tasks() {
            let Some(due) = &task.due else { continue };
            if *due.get_ref() > end && task.done.is_none() {
                out.push(
                    Diagnostic::warning(
                        codes::OUTSIDE_CYCLE,
                        format!(
                            "task {number} of case {} is due {}, after the model's course ends ({end})",
                            c.id(),
                            due.get_ref()
                        ),
                        store.locate(&plan.path, due.span()),
                    )
                    .with_help(help.clone()),
                );
            }
        }
    }
}
