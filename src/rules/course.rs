//! Rules on a case's course: dates in order, consent and qualification before the plan, the
//! plan's goals and tasks complete, monitoring kept up, and closure done properly.

use std::collections::{BTreeMap, BTreeSet};

use crate::diag::{Diagnostic, Location};
use crate::model::{Date, Month, Spanned, Status};
use crate::rules::codes;
use crate::store::{CaseRec, Store};
use crate::tr;

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
                        tr!(
                            "rule-k008-out-of-order",
                            case = c.id(),
                            what = name,
                            date = date.get_ref().to_string(),
                            before = before,
                            when = when.to_string()
                        ),
                        store.locate(path, date.span()),
                    )
                    .with_help(tr!("rule-k008-out-of-order-help")),
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
                    tr!(
                        "rule-k008-diagnosis-before-consent",
                        case = c.id(),
                        date = d.get_ref().to_string(),
                        consent = first.to_string()
                    ),
                    store.locate(&c.file("diagnosis.toml"), d.span()),
                )
                .with_help(tr!("rule-k008-diagnosis-before-consent-help")),
            );
        }
        for k in &v.consents {
            if let Some(w) = &k.withdrawn
                && w.get_ref() < k.date.get_ref()
            {
                out.push(
                    Diagnostic::error(
                        codes::CASE_DATES,
                        tr!(
                            "rule-k008-withdrawn-before-given",
                            case = c.id(),
                            withdrawn = w.get_ref().to_string(),
                            given = k.date.get_ref().to_string()
                        ),
                        store.locate(&c.case.path, w.span()),
                    )
                    .with_help(tr!("rule-k008-withdrawn-before-given-help")),
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
                            tr!(
                                "rule-k008-evaluation-before-plan",
                                case = c.id(),
                                evaluation = &e.key,
                                plan = plan.get_ref().to_string()
                            ),
                            Location::file(&e.path),
                        )
                        .with_help(tr!("rule-k008-evaluation-before-plan-help")),
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
                    tr!(
                        "rule-k008-follow-up-before-closure",
                        case = c.id(),
                        until = follow.get_ref().to_string(),
                        closure = closure.date.get_ref().to_string()
                    ),
                    store.locate(&c.case.path, follow.span()),
                )
                .with_help(tr!("rule-k008-follow-up-before-closure-help")),
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
                            tr!(
                                "rule-k009-before-plan",
                                task = c.task_label(t.id.get_ref()),
                                case = c.id(),
                                what = what,
                                date = date.get_ref().to_string(),
                                plan = plan.get_ref().to_string()
                            ),
                            store.locate(&path, date.span()),
                        )
                        .with_help(tr!("rule-k009-before-plan-help")),
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
                let (case, month) = (c.id(), m.month.to_string());
                let message = match (before, start) {
                    (true, Some(s)) => tr!(
                        "rule-k010-before-active",
                        case = case,
                        month = month,
                        start = s.to_string()
                    ),
                    (true, None) => tr!("rule-k010-no-plan", case = case, month = month),
                    _ => tr!(
                        "rule-k010-after-closed",
                        case = case,
                        month = month,
                        end = end.map(|e| e.to_string()).unwrap_or_default()
                    ),
                };
                out.push(
                    Diagnostic::error(codes::MONITORING_MONTH, message, Location::file(&m.path))
                        .with_help(tr!("rule-k010-help")),
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
        let (case, date) = (c.id(), adopted.get_ref().to_string());
        let problem = match diagnosis {
            None if c.deferred.contains("diagnosis") => continue,
            None => Some(tr!("rule-k040-no-diagnosis", case = case, adopted = date)),
            Some(Some(d)) if d > *adopted.get_ref() => Some(tr!(
                "rule-k040-before-diagnosis",
                case = case,
                adopted = date,
                diagnosis = d.to_string()
            )),
            _ => None,
        };
        if let Some(problem) = problem {
            out.push(
                Diagnostic::error(
                    codes::DIAGNOSIS_FIRST,
                    problem,
                    store.locate(&plan, adopted.span()),
                )
                .with_help(tr!("rule-k040-help", case = case)),
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
                tr!(
                    "rule-k039-not-recorded",
                    case = c.id(),
                    next = next.to_string(),
                    last = &last.key
                ),
                store.locate_key(&last.path, "next"),
            )
            .with_help(tr!("rule-k039-not-recorded-help", case = c.id())),
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
                        tr!(
                            "rule-k038-no-outcome",
                            case = c.id(),
                            status = status.to_string()
                        ),
                        store.locate(path, v.status.span()),
                    )
                    .with_help(tr!(
                        "rule-k038-no-outcome-help",
                        case = c.id(),
                        status = status.to_string()
                    )),
                );
            }
            continue;
        };
        if !status.outcome() {
            out.push(
                Diagnostic::error(
                    codes::OUTCOME,
                    tr!(
                        "rule-k038-not-ended",
                        case = c.id(),
                        status = status.to_string()
                    ),
                    store.locate(path, v.status.span()),
                )
                .with_help(tr!("rule-k038-not-ended-help")),
            );
            continue;
        }
        if o.reason.trim().is_empty() {
            out.push(
                Diagnostic::error(
                    codes::OUTCOME,
                    tr!(
                        "rule-k038-no-reason",
                        case = c.id(),
                        status = status.to_string()
                    ),
                    store.locate(path, o.date.span()),
                )
                .with_help(tr!("rule-k038-no-reason-help")),
            );
        }
        if matches!(status, Status::NotQualified | Status::Withdrawn) && v.qualification.is_some() {
            out.push(
                Diagnostic::error(
                    codes::OUTCOME,
                    tr!(
                        "rule-k038-qualified",
                        case = c.id(),
                        status = status.to_string()
                    ),
                    store.locate(path, v.status.span()),
                )
                .with_help(tr!("rule-k038-qualified-help")),
            );
        }
        let end = *o.date.get_ref();
        let before = [
            ("referral", Some(*v.referral.date.get_ref())),
            (
                "qualification",
                v.qualification.as_ref().map(|q| *q.date.get_ref()),
            ),
            ("plan", c.adopted().map(|d| *d.get_ref())),
        ];
        if let Some((what, Some(day))) = before.iter().find(|(_, d)| d.is_some_and(|d| end < d)) {
            out.push(
                Diagnostic::error(
                    codes::OUTCOME,
                    tr!(
                        "rule-k038-ended-before",
                        case = c.id(),
                        end = end.to_string(),
                        what = *what,
                        day = day.to_string()
                    ),
                    store.locate(path, o.date.span()),
                )
                .with_help(tr!("rule-k038-ended-before-help")),
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
                        tr!(
                            "rule-k011-minor-own",
                            case = c.id(),
                            member = &n,
                            date = k.date.get_ref().to_string()
                        ),
                        store.locate(path, k.by.span()),
                    )
                    .with_help(tr!(
                        "rule-k011-minor-own-help",
                        case = c.id(),
                        member = &n
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
                    tr!(
                        "rule-k011-no-consent",
                        case = c.id(),
                        status = c.status().to_string()
                    ),
                    store.locate(path, v.status.span()),
                )
                .with_help(tr!("rule-k011-no-consent-help")),
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
                    tr!(
                        "rule-k011-qualified-without",
                        case = c.id(),
                        date = q.date.get_ref().to_string()
                    ),
                    store.locate(path, q.date.span()),
                )
                .with_help(tr!("rule-k011-qualified-without-help")),
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
                        tr!(
                            "rule-k011-all-withdrawn",
                            case = c.id(),
                            status = c.status().to_string(),
                            date = w.get_ref().to_string()
                        ),
                        store.locate(path, w.span()),
                    )
                    .with_help(tr!(
                        "rule-k011-all-withdrawn-help",
                        case = c.id(),
                        date = w.get_ref().to_string()
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
            let case = c.id();
            let (missing, help) = match minor_on(m, today) {
                Some(true) if !covered => (
                    tr!("rule-k011-minor-not-covered", case = case, member = &n),
                    tr!("rule-k011-minor-not-covered-help", case = case, member = &n),
                ),
                Some(false) if !own => (
                    tr!("rule-k011-adult-no-consent", case = case, member = &n),
                    tr!("rule-k011-adult-no-consent-help", case = case, member = &n),
                ),
                None if !own && !covered => (
                    tr!("rule-k011-age-unknown", case = case, member = &n),
                    tr!("rule-k011-age-unknown-help", case = case, member = &n),
                ),
                _ => continue,
            };
            out.push(
                Diagnostic::error(codes::CONSENT, missing, store.locate(path, v.status.span()))
                    .with_help(help)
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
                tr!(
                    "rule-k015-not-qualified",
                    case = c.id(),
                    status = c.status().to_string()
                ),
                store.locate(&c.case.path, c.case.value.status.span()),
            )
            .with_help(tr!("rule-k015-not-qualified-help")),
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
                    tr!(
                        "rule-k012-no-due",
                        task = c.task_label(t.id.get_ref()),
                        case = c.id()
                    ),
                    store.locate(&c.file("plan.toml"), t.id.span()),
                )
                .with_help(tr!("rule-k012-no-due-help")),
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
                tr!("rule-k013-add-institution-help")
            } else {
                tr!("rule-k013-add-responsible-help")
            };
            out.push(
                Diagnostic::error(
                    codes::TASK_RESPONSIBLE,
                    tr!(
                        "rule-k013-no-one",
                        task = c.task_label(t.id.get_ref()),
                        case = c.id()
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
                    tr!(
                        "rule-k014-no-plan",
                        case = c.id(),
                        status = c.status().to_string()
                    ),
                    store.locate(&c.case.path, c.case.value.status.span()),
                )
                .with_help(tr!("rule-k014-no-plan-help", file = c.file("plan.toml"))),
            );
            continue;
        };
        if plan.value.adopted.is_none() {
            out.push(
                Diagnostic::error(
                    codes::GOALS,
                    tr!(
                        "rule-k014-no-adopted",
                        case = c.id(),
                        status = c.status().to_string()
                    ),
                    Location::file(&plan.path),
                )
                .with_help(tr!("rule-k014-no-adopted-help")),
            );
        }
        if plan.value.goals.is_empty() {
            out.push(
                Diagnostic::error(
                    codes::GOALS,
                    tr!("rule-k014-no-goals", case = c.id()),
                    Location::file(&plan.path),
                )
                .with_help(tr!("rule-k014-no-goals-help")),
            );
        }
        if plan.value.main_goal.is_none() {
            out.push(
                Diagnostic::error(
                    codes::GOALS,
                    tr!("rule-k014-no-main-goal", case = c.id()),
                    Location::file(&plan.path),
                )
                .with_help(tr!("rule-k014-no-main-goal-help")),
            );
        }
        for g in plan.value.goals.iter().filter(|g| g.tasks.is_empty()) {
            out.push(
                Diagnostic::error(
                    codes::GOALS,
                    tr!(
                        "rule-k014-goal-without-task",
                        goal = c.goal_label(g.id.get_ref()),
                        case = c.id()
                    ),
                    store.locate(&plan.path, g.id.span()),
                )
                .with_help(tr!("rule-k014-goal-without-task-help"))
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
                        .entry(tr!(
                            "rule-k020-reporter-task",
                            who = c.reporter_label(who),
                            task = c.task_label(t.id.get_ref())
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
                    tr!(
                        "rule-k020-missing-monitoring",
                        case = c.id(),
                        who = what,
                        months = month_runs(&months),
                        n = count
                    ),
                    Location::file(&c.case.path),
                )
                .with_help(tr!(
                    "rule-k020-missing-monitoring-help",
                    case = c.id(),
                    first = first.to_string(),
                    n = count
                )),
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
                    tr!("rule-k021-no-closure", case = c.id()),
                    store.locate(&c.case.path, c.case.value.status.span()),
                )
                .with_help(tr!("rule-k021-no-closure-help")),
            );
            continue;
        };
        if k.handover.trim().is_empty() {
            out.push(
                Diagnostic::error(
                    codes::CLOSURE,
                    tr!("rule-k021-no-handover", case = c.id()),
                    store.locate(&c.case.path, k.date.span()),
                )
                .with_help(tr!("rule-k021-no-handover-help")),
            );
        }
        let last = c.evaluations.last();
        if last.is_none() && !c.broken.contains("evaluation") {
            out.push(
                Diagnostic::error(
                    codes::CLOSURE,
                    tr!("rule-k021-no-evaluation", case = c.id()),
                    store.locate(&c.case.path, k.date.span()),
                )
                .with_help(tr!("rule-k021-no-evaluation-help")),
            );
        }
        if let Some(e) = last
            && e.key.as_str() > k.date.get_ref().to_string().as_str()
        {
            out.push(
                Diagnostic::error(
                    codes::CLOSURE,
                    tr!(
                        "rule-k021-closed-before-evaluation",
                        case = c.id(),
                        date = k.date.get_ref().to_string(),
                        evaluation = &e.key
                    ),
                    store.locate(&c.case.path, k.date.span()),
                )
                .with_help(tr!("rule-k021-closed-before-evaluation-help")),
            );
        }
        if last.is_some_and(|e| !e.value.end_of_work) && !c.broken.contains("evaluation") {
            out.push(
                Diagnostic::error(
                    codes::CLOSURE,
                    tr!("rule-k021-evaluation-not-final", case = c.id()),
                    Location::file(last.map(|e| e.path.as_str()).unwrap_or(&c.case.path)),
                )
                .with_help(tr!("rule-k021-evaluation-not-final-help")),
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
                        tr!(
                            "rule-k021-goal-not-evaluated",
                            case = c.id(),
                            goal = &number
                        ),
                        store.locate(path, g.id.span()),
                    )
                    .with_help(tr!("rule-k021-goal-not-evaluated-help")),
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
