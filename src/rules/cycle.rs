//! Rules on the model's course (`course/<n>.toml`): the decision step says which alternative
//! was taken and no continuation follows a decision to end (K043); a step is either done or
//! not adopted; and the work with families falls within a cycle (K044).

use crate::diag::Diagnostic;
use crate::model::course::{Decision, Phase, course, decision_step};
use crate::rules::codes;
use crate::store::Store;
use crate::tr;

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
                Some(tr!(
                    "rule-k043-first-after",
                    cycle = &cycle.id,
                    previous = &prev.id
                ))
            } else if c.start <= prev.value.start {
                Some(tr!(
                    "rule-k043-not-after",
                    cycle = &cycle.id,
                    start = c.start.to_string(),
                    previous = &prev.id,
                    previous_start = prev.value.start.to_string()
                ))
            } else {
                decided.filter(|d| c.start < *d).map(|day| {
                    tr!(
                        "rule-k043-before-decision",
                        cycle = &cycle.id,
                        start = c.start.to_string(),
                        previous = &prev.id,
                        day = day.to_string()
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
                    .with_help(tr!("rule-k043-order-help")),
                );
            }
        }
        previous = Some(cycle);
        if let Some((by, day)) = &ended {
            out.push(
                Diagnostic::error(
                    codes::COURSE_DECISION,
                    tr!(
                        "rule-k043-after-end",
                        cycle = &cycle.id,
                        previous = by,
                        day = day
                    ),
                    store.locate_key(&cycle.path, "kind"),
                )
                .with_help(tr!("rule-k043-after-end-help", previous = by)),
            );
        }
        let step = decision_step(c.kind);
        if let Some(done) = c.decision() {
            match done.decision.as_ref().map(|d| *d.get_ref()) {
                None => out.push(
                    Diagnostic::error(
                        codes::COURSE_DECISION,
                        tr!("rule-k043-no-decision", cycle = &cycle.id, step = step),
                        step_header(store, &cycle.path, step),
                    )
                    .with_help(tr!("rule-k043-no-decision-help", step = step))
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
                        tr!(
                            "rule-k043-rops-report",
                            step = id,
                            cycle = &cycle.id,
                            report_step = crate::model::course::ROPS_REPORT_STEP
                        ),
                        step_header(store, &cycle.path, id),
                    )
                    .with_help(tr!(
                        "rule-k043-rops-report-help",
                        report_step = crate::model::course::ROPS_REPORT_STEP
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
            let this = &cycle.id;
            let problem = match known {
                None => Some(tr!("rule-k043-omits-unknown", cycle = this, step = id)),
                Some(_) if c.steps.contains_key(id) => {
                    Some(tr!("rule-k043-done-and-omitted", step = id, cycle = this))
                }
                Some(_) if shown.contains(&id.as_str()) => {
                    Some(tr!("rule-k043-omitted-but-shown", step = id, cycle = this))
                }
                Some(_) if reason.trim().is_empty() => {
                    Some(tr!("rule-k043-omitted-no-reason", cycle = this, step = id))
                }
                Some(_) if id == step => {
                    Some(tr!("rule-k043-omits-decision", cycle = this, step = id))
                }
                Some(s) if s.regional(c.kind) => {
                    Some(tr!("rule-k043-omits-regional", cycle = this, step = id))
                }
                Some(_) => None,
            };
            if let Some(problem) = problem {
                out.push(
                    Diagnostic::error(
                        codes::COURSE_DECISION,
                        problem,
                        store.locate_key(&cycle.path, &format!("\"{id}\"")),
                    )
                    .with_help(tr!("rule-k043-omitted-help")),
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
    let help = tr!(
        "rule-k044-help",
        start = start.to_string(),
        first = &first.id,
        end = end.to_string(),
        last = &last.id
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
                    tr!(
                        "rule-k044-referred",
                        case = c.id(),
                        date = referred.to_string(),
                        when = if referred < start {
                            "before"
                        } else if referred > end {
                            "after"
                        } else {
                            "between"
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
                        tr!(
                            "rule-k044-task-due",
                            task = &number,
                            case = c.id(),
                            due = due.get_ref().to_string(),
                            end = end.to_string()
                        ),
                        store.locate(&plan.path, due.span()),
                    )
                    .with_help(help.clone()),
                );
            }
        }
    }
}
