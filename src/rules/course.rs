//! Rules on a case's course: dates in order, consent and qualification before the plan, the
//! plan's goals and tasks complete, monitoring kept up, and closure done properly.

use std::collections::{BTreeMap, BTreeSet};

use crate::diag::{Diagnostic, Location};
use crate::model::{Date, Month, Spanned, Status};
use crate::rules::codes;
use crate::store::{CaseRec, Store};

/// K008: referral ≤ consent ≤ qualification ≤ plan ≤ closure.
pub fn case_dates(store: &Store, out: &mut Vec<Diagnostic>) {
    for c in &store.cases {
        let v = &c.case.value;
        let plan_path = c.file("plan.toml");
        let steps: [(&str, Option<&Spanned<Date>>, &str); 5] = [
            ("referral", Some(&v.referral.date), &c.case.path),
            (
                "consent",
                v.consents
                    .iter()
                    .map(|k| &k.date)
                    .min_by_key(|d| *d.get_ref()),
                &c.case.path,
            ),
            (
                "qualification",
                v.qualification.as_ref().map(|q| &q.date),
                &c.case.path,
            ),
            ("plan", c.adopted(), &plan_path),
            ("closure", v.closure.as_ref().map(|k| &k.date), &c.case.path),
        ];
        let mut latest: Option<(&str, Date)> = None;
        for (name, date, path) in steps {
            let Some(date) = date else { continue };
            if let Some((before, when)) = latest
                && *date.get_ref() < when
            {
                out.push(
                        Diagnostic::error(
                            codes::CASE_DATES,
                            format!(
                                "case {}: the {name} ({}) is dated before the {before} ({when})",
                                c.id(),
                                date.get_ref()
                            ),
                            store.locate(path, date.span()),
                        )
                        .with_help("the course runs referral → consent → qualification → plan → closure; correct the date"),
                    );
                continue;
            }
            latest = Some((name, *date.get_ref()));
        }
        // The diagnosis is made with consent too, and a consent is withdrawn after it is given.
        let first = v.consents.iter().map(|k| *k.date.get_ref()).min();
        if let (Some(first), Some(d)) = (
            first,
            c.diagnosis.as_ref().and_then(|d| d.value.date.as_ref()),
        ) && *d.get_ref() < first
        {
            out.push(
                Diagnostic::error(
                    codes::CASE_DATES,
                    format!(
                        "case {}: the diagnosis ({}) is dated before the consent ({first})",
                        c.id(),
                        d.get_ref()
                    ),
                    store.locate(&c.file("diagnosis.toml"), d.span()),
                )
                .with_help("the work with a family, its diagnosis included, starts with its consent; correct the date"),
            );
        }
        for k in &v.consents {
            if let Some(w) = &k.withdrawn
                && w.get_ref() < k.date.get_ref()
            {
                out.push(
                    Diagnostic::error(
                        codes::CASE_DATES,
                        format!(
                            "case {}: a consent is withdrawn ({}) before it was given ({})",
                            c.id(),
                            w.get_ref(),
                            k.date.get_ref()
                        ),
                        store.locate(&c.case.path, w.span()),
                    )
                    .with_help("correct the dates of the consent"),
                );
            }
        }
        if let Some(plan) = c.adopted() {
            for e in &c.evaluations {
                let date: Option<Date> = e.key.parse().ok();
                if date.is_some_and(|d| d < *plan.get_ref()) {
                    out.push(
                        Diagnostic::error(
                            codes::CASE_DATES,
                            format!(
                                "case {}: evaluation {} is dated before the plan ({})",
                                c.id(),
                                e.key,
                                plan.get_ref()
                            ),
                            Location::file(&e.path),
                        )
                        .with_help(
                            "an evaluation judges the plan; rename the file to its real date",
                        ),
                    );
                }
            }
        }
        if let (Some(closure), Some(follow)) = (
            &v.closure,
            v.closure.as_ref().and_then(|k| k.follow_up_until.as_ref()),
        ) && follow.get_ref() <= closure.date.get_ref()
        {
            out.push(
                Diagnostic::error(
                    codes::CASE_DATES,
                    format!(
                        "case {}: follow-up ends ({}) before the closure ({})",
                        c.id(),
                        follow.get_ref(),
                        closure.date.get_ref()
                    ),
                    store.locate(&c.case.path, follow.span()),
                )
                .with_help("follow-up of sustained change runs after the closure"),
            );
        }
    }
}

/// K009: no task is due (or done) before the plan was adopted.
pub fn task_dates(store: &Store, out: &mut Vec<Diagnostic>) {
    for c in &store.cases {
        let Some(plan) = c.adopted() else { continue };
        let path = c.file("plan.toml");
        for (_, t) in c.tasks() {
            for (what, date) in [("due", t.due.as_ref()), ("done", t.done.as_ref())] {
                let Some(date) = date else { continue };
                if date.get_ref() < plan.get_ref() {
                    out.push(
                        Diagnostic::error(
                            codes::TASK_DATES,
                            format!(
                                "task {} of case {} is {what} {}, before the plan was adopted ({})",
                                c.task_label(t.id.get_ref()),
                                c.id(),
                                date.get_ref(),
                                plan.get_ref()
                            ),
                            store.locate(&path, date.span()),
                        )
                        .with_help("correct the date, or the plan's `adopted` date"),
                    );
                }
            }
        }
    }
}

/// K010: monitoring is only for months the case was active.
pub fn monitoring_months(store: &Store, out: &mut Vec<Diagnostic>) {
    for c in store.cases.iter().filter(|c| !c.broken.contains("plan")) {
        let start = c.adopted().map(|d| Month::of(*d.get_ref()));
        let end = c
            .case
            .value
            .closure
            .as_ref()
            .map(|k| Month::of(*k.date.get_ref()))
            .or_else(|| {
                c.case
                    .value
                    .outcome
                    .as_ref()
                    .map(|o| Month::of(*o.date.get_ref()))
            });
        for m in &c.monitoring {
            // An active or closed case without an adopted date is K014's finding, once.
            if start.is_none() && matches!(c.status(), Status::Active | Status::Closed) {
                continue;
            }
            let before = start.is_none_or(|s| m.month < s);
            let after = end.is_some_and(|e| m.month > e);
            if before || after {
                let when = match (before, start) {
                    (true, Some(s)) => format!("before the case became active ({s})"),
                    (true, None) => "but the case has no adopted plan".to_string(),
                    _ => format!(
                        "after the case was closed ({})",
                        end.map(|e| e.to_string()).unwrap_or_default()
                    ),
                };
                out.push(
                    Diagnostic::error(
                        codes::MONITORING_MONTH,
                        format!("case {}: monitoring for {} {when}", c.id(), m.month),
                        Location::file(&m.path),
                    )
                    .with_help(
                        "monitoring covers the months of an active plan; move or remove the file",
                    ),
                );
            }
        }
    }
}

fn past_referral(c: &CaseRec) -> bool {
    matches!(
        c.status(),
        Status::Qualified | Status::Active | Status::Closed | Status::Discontinued
    )
}

/// K040: an adopted plan has a diagnosis dated on or before its adoption.
pub fn diagnosis_first(store: &Store, out: &mut Vec<Diagnostic>) {
    for c in store.cases.iter().filter(|c| !c.broken.contains("plan")) {
        let Some(adopted) = c.adopted() else { continue };
        if c.broken.contains("diagnosis") || c.locked.contains_key("diagnosis") {
            continue; // unreadable: not verified
        }
        let plan = c.file("plan.toml");
        let diagnosis = c
            .diagnosis
            .as_ref()
            .map(|d| d.value.date.as_ref().map(|x| *x.get_ref()));
        let problem = match diagnosis {
            None if c.deferred.contains("diagnosis") => continue,
            None => Some("without a diagnosis".to_string()),
            Some(Some(d)) if d > *adopted.get_ref() => Some(format!("before its diagnosis ({d})")),
            _ => None,
        };
        if let Some(problem) = problem {
            out.push(
                Diagnostic::error(
                    codes::DIAGNOSIS_FIRST,
                    format!(
                        "the plan of case {} was adopted ({}) {problem}",
                        c.id(),
                        adopted.get_ref()
                    ),
                    store.locate(&plan, adopted.span()),
                )
                .with_help(format!(
                    "part A comes first: `koop case diagnosis {} --date … --author …`, dated on or before the plan",
                    c.id()
                )),
            );
        }
    }
}

/// K039: the evaluation an active case's last evaluation set a date for is recorded by then.
pub fn evaluation_due(store: &Store, out: &mut Vec<Diagnostic>) {
    let Ok(today) = Date::today() else { return };
    for c in store.cases.iter().filter(|c| c.status() == Status::Active) {
        let Some(last) = c.evaluations.last() else {
            continue;
        };
        let Some(next) = last.value.next.filter(|d| *d < today) else {
            continue;
        };
        out.push(
            Diagnostic::warning(
                codes::EVALUATION_DUE,
                format!(
                    "case {}: the evaluation due on {next} (set by the evaluation of {}) is not recorded",
                    c.id(),
                    last.key
                ),
                store.locate_key(&last.path, "next"),
            )
            .with_help(format!(
                "`koop eval add {} --date … --main …` when it takes place (part C)",
                c.id()
            )),
        );
    }
}

/// K038: a case that ended other than by success has an `[outcome]` with a date in order and
/// a reason; no other case has one.
pub fn outcome(store: &Store, out: &mut Vec<Diagnostic>) {
    for c in &store.cases {
        let v = &c.case.value;
        let status = c.status();
        let path = &c.case.path;
        let Some(o) = &v.outcome else {
            if status.outcome() {
                out.push(
                    Diagnostic::error(
                        codes::OUTCOME,
                        format!("case {} is {status} but has no [outcome]", c.id()),
                        store.locate(path, v.status.span()),
                    )
                    .with_help(format!(
                        "`koop case end {} {status} --date … --reason …` records when and why",
                        c.id()
                    )),
                );
            }
            continue;
        };
        if !status.outcome() {
            out.push(
                Diagnostic::error(
                    codes::OUTCOME,
                    format!(
                        "case {} has an [outcome] but its status is {status}",
                        c.id()
                    ),
                    store.locate(path, v.status.span()),
                )
                .with_help("set the status to how it ended (not-qualified, refused, withdrawn, discontinued), or remove [outcome]"),
            );
            continue;
        }
        if o.reason.trim().is_empty() {
            out.push(
                Diagnostic::error(
                    codes::OUTCOME,
                    format!("case {} ended as {status} without a reason", c.id()),
                    store.locate(path, o.date.span()),
                )
                .with_help("add `reason = \"…\"` to [outcome]"),
            );
        }
        if matches!(status, Status::NotQualified | Status::Withdrawn) && v.qualification.is_some() {
            out.push(
                Diagnostic::error(
                    codes::OUTCOME,
                    format!(
                        "case {} was qualified, so it cannot end as {status}",
                        c.id()
                    ),
                    store.locate(path, v.status.span()),
                )
                .with_help("a qualified case ends as refused or discontinued"),
            );
        }
        let end = *o.date.get_ref();
        let before = [
            ("the referral", Some(*v.referral.date.get_ref())),
            (
                "the qualification",
                v.qualification.as_ref().map(|q| *q.date.get_ref()),
            ),
            ("the plan was adopted", c.adopted().map(|d| *d.get_ref())),
        ];
        if let Some((what, Some(day))) = before.iter().find(|(_, d)| d.is_some_and(|d| end < d)) {
            out.push(
                Diagnostic::error(
                    codes::OUTCOME,
                    format!("case {} ended on {end}, before {what} ({day})", c.id()),
                    store.locate(path, o.date.span()),
                )
                .with_help("correct the date in [outcome]"),
            );
        }
    }
}

/// Whether a member was under 18 on `day`, by the year of birth (or the age recorded);
/// `None` when neither is known.
fn minor_on(m: &crate::model::case::FamilyMember, day: Date) -> Option<bool> {
    match (m.birth_year, m.age) {
        (Some(y), _) => Some(day.year() - i32::from(y) < 18),
        (None, Some(a)) => Some(a < 18),
        (None, None) => None,
    }
}

/// K011: consent as the model needs it ("za zgodą osoby/rodziny"): a case past referral has
/// consent in force when it is qualified; it is given by adults — a minor's own consent is
/// not the family's — each adult member for themselves and a legal representative for each
/// minor; and work does not go on after every consent was withdrawn.
pub fn consent(store: &Store, out: &mut Vec<Diagnostic>) {
    for c in &store.cases {
        let v = &c.case.value;
        let path = &c.case.path;
        let readable = c.members.is_some() && !c.broken.contains("members");
        for k in v.consents.iter().filter(|_| readable) {
            let Some(m) = c.member(k.by.get_ref()) else {
                continue;
            };
            if minor_on(m, *k.date.get_ref()) == Some(true) {
                let n = c.member_label(k.by.get_ref());
                out.push(
                    Diagnostic::error(
                        codes::CONSENT,
                        format!(
                            "case {}: {n} is a minor on {}, and a child's own consent is not the family's",
                            c.id(),
                            k.date.get_ref()
                        ),
                        store.locate(path, k.by.span()),
                    )
                    .with_help(format!(
                        "record the consent of a parent or legal guardian for them: `koop case consent {} --by <parent> --for {n} …`",
                        c.id()
                    )),
                );
            }
        }
        if !past_referral(c) {
            continue;
        }
        if v.consents.is_empty() {
            out.push(
                Diagnostic::error(
                    codes::CONSENT,
                    format!(
                        "case {} is {} without a recorded consent",
                        c.id(),
                        c.status()
                    ),
                    store.locate(path, v.status.span()),
                )
                .with_help(
                    "record it: `koop case consent` (or [[consent]] with date, by — the member's identity — and scope)",
                ),
            );
            continue;
        }
        if let Some(q) = &v.qualification
            && !v.consents.iter().any(|k| k.in_force(*q.date.get_ref()))
            && v.consents
                .iter()
                .any(|k| k.date.get_ref() <= q.date.get_ref())
        {
            out.push(
                Diagnostic::error(
                    codes::CONSENT,
                    format!(
                        "case {} was qualified on {} when no consent was in force (withdrawn before)",
                        c.id(),
                        q.date.get_ref()
                    ),
                    store.locate(path, q.date.span()),
                )
                .with_help("qualification needs the consent of the person or family in force that day"),
            );
        }
        let Ok(today) = Date::today() else { continue };
        if matches!(c.status(), Status::Qualified | Status::Active)
            && !v.consents.iter().any(|k| k.in_force(today))
        {
            let last = v
                .consents
                .iter()
                .filter_map(|k| k.withdrawn.as_ref())
                .max_by_key(|w| *w.get_ref());
            if let Some(w) = last {
                out.push(
                    Diagnostic::error(
                        codes::CONSENT,
                        format!(
                            "case {} is {} but every consent was withdrawn (last on {})",
                            c.id(),
                            c.status(),
                            w.get_ref()
                        ),
                        store.locate(path, w.span()),
                    )
                    .with_help(format!(
                        "work goes on only with consent: `koop case end {} refused --date {} --reason …` (or discontinued)",
                        c.id(),
                        w.get_ref()
                    ))
                    // The withdrawal is recorded first, then the case ends.
                    .to_do(),
                );
            }
        }
        // Everyone: each adult for themselves, each minor through a representative.
        if !readable || !matches!(c.status(), Status::Qualified | Status::Active) {
            continue;
        }
        let given: Vec<&crate::model::case::Consent> = v
            .consents
            .iter()
            .filter(|k| k.withdrawn.is_none())
            .collect();
        for (n, m) in c.numbered_members() {
            let id = m.id.get_ref();
            let own = given.iter().any(|k| k.by.get_ref() == id);
            let covered = given
                .iter()
                .any(|k| k.on_behalf_of.iter().any(|x| x.get_ref() == id));
            let (missing, help) = match minor_on(m, today) {
                Some(true) if !covered => (
                    format!("{n}, a minor, is not covered by a legal representative's consent"),
                    format!("`koop case consent {} --by <parent> --for {n} …`", c.id()),
                ),
                Some(false) if !own => (
                    format!("{n}, an adult member, has not given consent"),
                    format!("`koop case consent {} --by {n} …`", c.id()),
                ),
                None if !own && !covered => (
                    format!(
                        "{n} has not given consent, nor is a representative's consent given for them"
                    ),
                    format!(
                        "`koop case consent {} --by {n} …` (or add their year of birth, and `--for {n}` on a parent's consent)",
                        c.id()
                    ),
                ),
                _ => continue,
            };
            out.push(
                Diagnostic::error(
                    codes::CONSENT,
                    format!("case {}: {missing}", c.id()),
                    store.locate(path, v.status.span()),
                )
                .with_help(format!(
                    "the model works \"za zgodą osoby/rodziny\": {help}"
                ))
                // A member is added before their consent can be recorded.
                .to_do(),
            );
        }
    }
}

/// K015: a case past referral was qualified by a team.
pub fn qualification(store: &Store, out: &mut Vec<Diagnostic>) {
    for c in store
        .cases
        .iter()
        .filter(|c| past_referral(c) && c.case.value.qualification.is_none())
    {
        out.push(
            Diagnostic::error(
                codes::QUALIFICATION,
                format!(
                    "case {} is {} but was never qualified by a team",
                    c.id(),
                    c.status()
                ),
                store.locate(&c.case.path, c.case.value.status.span()),
            )
            .with_help("record [qualification] date and team — or `koop case qualify`"),
        );
    }
}

/// K012: every task has a deadline.
pub fn task_due(store: &Store, out: &mut Vec<Diagnostic>) {
    for c in &store.cases {
        for (_, t) in c.tasks().filter(|(_, t)| t.due.is_none()) {
            out.push(
                Diagnostic::error(
                    codes::TASK_DUE,
                    format!(
                        "task {} of case {} has no due date",
                        c.task_label(t.id.get_ref()),
                        c.id()
                    ),
                    store.locate(&c.file("plan.toml"), t.id.span()),
                )
                .with_help("add `due = YYYY-MM-DD` to the task (\"termin realizacji zadania\")"),
            );
        }
    }
}

/// K013: every task has someone responsible.
pub fn task_responsible(store: &Store, out: &mut Vec<Diagnostic>) {
    for c in &store.cases {
        for (_, t) in c
            .tasks()
            .filter(|(_, t)| t.institution.is_none() && t.member.is_none())
        {
            let help = if t.person.is_some() {
                "add `institution = \"…\"` (the person's institution) to the task"
            } else {
                "add `institution = \"…\"` (and `person`) or `member = \"<the member's id>\"` to the task"
            };
            out.push(
                Diagnostic::error(
                    codes::TASK_RESPONSIBLE,
                    format!(
                        "task {} of case {} has no one responsible",
                        c.task_label(t.id.get_ref()),
                        c.id()
                    ),
                    store.locate(&c.file("plan.toml"), t.id.span()),
                )
                .with_help(help),
            );
        }
    }
}

/// K014: an adopted plan has a main goal, and every specific goal has a task.
pub fn goals(store: &Store, out: &mut Vec<Diagnostic>) {
    // A plan that exists but does not load is reported as K001/K002 already.
    let readable = store.cases.iter().filter(|c| !c.broken.contains("plan"));
    for c in readable.filter(|c| matches!(c.status(), Status::Active | Status::Closed)) {
        let Some(plan) = &c.plan else {
            out.push(
                Diagnostic::error(
                    codes::GOALS,
                    format!("case {} is {} but has no plan", c.id(), c.status()),
                    store.locate(&c.case.path, c.case.value.status.span()),
                )
                .with_help(format!("write {} (goals and tasks)", c.file("plan.toml"))),
            );
            continue;
        };
        if plan.value.adopted.is_none() {
            out.push(
                Diagnostic::error(
                    codes::GOALS,
                    format!("case {} is {} but its plan has no `adopted` date", c.id(), c.status()),
                    Location::file(&plan.path),
                )
                .with_help("add `adopted = YYYY-MM-DD`, the day the plan was agreed — `koop case activate` sets it"),
            );
        }
        if plan.value.goals.is_empty() {
            out.push(
                Diagnostic::error(
                    codes::GOALS,
                    format!("the plan of case {} has no specific goals", c.id()),
                    Location::file(&plan.path),
                )
                .with_help("add specific goals with tasks (cele szczegółowe) — `koop goal add`, `koop task add`"),
            );
        }
        if plan.value.main_goal.is_none() {
            out.push(
                Diagnostic::error(
                    codes::GOALS,
                    format!("the plan of case {} has no main goal", c.id()),
                    Location::file(&plan.path),
                )
                .with_help("add `main_goal = \"…\"` (cel główny) — or `koop goal add --main`"),
            );
        }
        for g in plan.value.goals.iter().filter(|g| g.tasks.is_empty()) {
            out.push(
                Diagnostic::error(
                    codes::GOALS,
                    format!(
                        "goal {} of case {} has no task",
                        c.goal_label(g.id.get_ref()),
                        c.id()
                    ),
                    store.locate(&plan.path, g.id.span()),
                )
                .with_help("add a task with who is responsible and by when — `koop task add`")
                // A goal is written before its tasks.
                .to_do(),
            );
        }
    }
}

/// K020: each elapsed month of an active case has an entry from each party with an open task.
pub fn monitoring_kept(store: &Store, out: &mut Vec<Diagnostic>) {
    let Ok(today) = Date::today() else { return };
    // With the plan or a monitoring file unreadable, "missing" reports may be follow-ons.
    let readable = store
        .cases
        .iter()
        .filter(|c| !c.broken.contains("plan") && !c.broken.contains("monitoring"));
    for c in readable.filter(|c| c.status() == Status::Active) {
        let Some(start) = c.adopted().map(|d| Month::of(*d.get_ref())) else {
            continue;
        };
        // One finding per missing report (who, for which task), listing its months: a task
        // unreported for eight months is one thing to act on, not eight.
        let mut missing: BTreeMap<String, Vec<crate::model::Month>> = BTreeMap::new();
        let mut month = start;
        while month.last_day() < today {
            for (_, t) in c.tasks().filter(|(_, t)| t.open_in(month)) {
                let Some(who) = t.responsible() else { continue };
                let reported = c.progress(month, t.id.get_ref()).any(|(by, _)| by == who);
                if !reported {
                    missing
                        .entry(format!(
                            "{} (task {})",
                            c.reporter_label(who),
                            c.task_label(t.id.get_ref())
                        ))
                        .or_default()
                        .push(month);
                }
            }
            month = month.next();
        }
        // Reports missing for the same months go in one finding.
        let mut by_months: BTreeMap<Vec<crate::model::Month>, Vec<String>> = BTreeMap::new();
        for (what, months) in missing {
            by_months.entry(months).or_default().push(what);
        }
        for (months, whats) in by_months {
            let what = whats.join(", ");
            let first = months[0];
            let count = months.len();
            out.push(
                Diagnostic::warning(
                    codes::MONITORING_KEPT,
                    format!(
                        "case {}: no monitoring from {what} for {} ({count} {})",
                        c.id(),
                        month_runs(&months),
                        if count == 1 { "month" } else { "months" }
                    ),
                    Location::file(&c.case.path),
                )
                .with_help(if count == 1 {
                    format!(
                        "record it: `koop monitor add {} --month {first} --task … --by …`",
                        c.id()
                    )
                } else {
                    format!(
                        "record each month, from the first: `koop monitor add {} --month {first} --task … --by …`",
                        c.id()
                    )
                }),
            );
        }
    }
}

/// K021: a closed case has its closure, a handover, follow-up after it, and every goal evaluated.
pub fn closure(store: &Store, out: &mut Vec<Diagnostic>) {
    for c in store.cases.iter().filter(|c| c.status() == Status::Closed) {
        let Some(k) = &c.case.value.closure else {
            out.push(
                Diagnostic::error(
                    codes::CLOSURE,
                    format!("case {} is closed without a [closure]", c.id()),
                    store.locate(&c.case.path, c.case.value.status.span()),
                )
                .with_help(
                    "add [closure] date, handover and follow_up_until — or `koop case close`",
                ),
            );
            continue;
        };
        if k.handover.trim().is_empty() {
            out.push(
                Diagnostic::error(
                    codes::CLOSURE,
                    format!(
                        "case {} is closed without saying how the family is handed over",
                        c.id()
                    ),
                    store.locate(&c.case.path, k.date.span()),
                )
                .with_help("describe the handover (step 9.3) in `handover`"),
            );
        }
        let last = c.evaluations.last();
        if last.is_none() && !c.broken.contains("evaluation") {
            out.push(
                Diagnostic::error(
                    codes::CLOSURE,
                    format!("case {} is closed without an evaluation", c.id()),
                    store.locate(&c.case.path, k.date.span()),
                )
                .with_help(
                    "part C ends the work: record it with `koop eval add … --end` before closing",
                ),
            );
        }
        if let Some(e) = last
            && e.key.as_str() > k.date.get_ref().to_string().as_str()
        {
            out.push(
                Diagnostic::error(
                    codes::CLOSURE,
                    format!(
                        "case {} is closed on {}, before its last evaluation ({})",
                        c.id(),
                        k.date.get_ref(),
                        e.key
                    ),
                    store.locate(&c.case.path, k.date.span()),
                )
                .with_help("the work ends with the evaluation: correct the closure's date"),
            );
        }
        if last.is_some_and(|e| !e.value.end_of_work) && !c.broken.contains("evaluation") {
            out.push(
                Diagnostic::error(
                    codes::CLOSURE,
                    format!("case {} is closed but its last evaluation plans another instead of ending the work", c.id()),
                    Location::file(last.map(|e| e.path.as_str()).unwrap_or(&c.case.path)),
                )
                .with_help("part C: \"data kolejnej ewaluacji/zakończenie pracy\" — set `end_of_work = true` (and drop `next`)"),
            );
        }
        if c.broken.contains("plan") || c.broken.contains("evaluation") {
            continue;
        }
        let evaluated: BTreeSet<&str> = c
            .evaluations
            .iter()
            .flat_map(|e| e.value.goals.iter().map(|g| g.goal.get_ref().as_str()))
            .collect();
        for (number, g) in c.numbered_goals() {
            if !evaluated.contains(g.id.get_ref().as_str()) {
                let path = c
                    .plan
                    .as_ref()
                    .map(|p| p.path.as_str())
                    .unwrap_or(&c.case.path);
                out.push(
                    Diagnostic::error(
                        codes::CLOSURE,
                        format!("case {} is closed but goal {number} was never evaluated", c.id()),
                        store.locate(path, g.id.span()),
                    )
                    .with_help("add the goal's degree of achievement to an evaluation (part C) — `koop eval add`"),
                );
            }
        }
    }
}

/// Months as runs: "2026-03..2026-06, 2026-09".
fn month_runs(months: &[crate::model::Month]) -> String {
    let mut runs: Vec<(crate::model::Month, crate::model::Month)> = Vec::new();
    for &m in months {
        match runs.last_mut() {
            Some((_, end)) if end.next() == m => *end = m,
            _ => runs.push((m, m)),
        }
    }
    runs.iter()
        .map(|(a, b)| {
            if a == b {
                a.to_string()
            } else {
                format!("{a}..{b}")
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}
