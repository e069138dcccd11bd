//! `koop export stats`: aggregate figures for the county or ROPS, free of personal data.
//!
//! Only counts, and the IDs and names of institutions, services and teams leave the
//! repository: never a member, a case number, a diagnosis or a free text. Cases are counted
//! when they were open at some time in the period; their status is the one they had at its end.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Value, json};

use super::Sheet;
use crate::model::Date;
use crate::model::case::{Degree, Status};
use crate::model::course::StepState;
use crate::store::{CaseRec, Store};

/// A span of days, both ends included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub from: Date,
    pub to: Date,
}

impl Period {
    /// Parses `2026`, `2026-10`, `2026-03-01`, or two of them joined by `..`
    /// (`2026-01..2026-06`).
    pub fn parse(text: &str) -> Result<Period, String> {
        let text = text.trim();
        let (a, b) = match text.split_once("..") {
            Some((a, b)) => (a, b),
            None => (text, text),
        };
        let from = bound(a, true)?;
        let to = bound(b, false)?;
        if to < from {
            return Err(crate::tr!("export-period-backwards", period = text));
        }
        Ok(Period { from, to })
    }

    fn contains(self, d: Date) -> bool {
        self.from <= d && d <= self.to
    }
}

/// One end of a period: a year, a month or a day; the first or last day of it.
fn bound(text: &str, start: bool) -> Result<Date, String> {
    let bad = || crate::tr!("export-bad-period", text = text);
    let parts: Vec<&str> = text.split('-').collect();
    let num = |s: &str| s.parse::<u32>().map_err(|_| bad());
    match parts.as_slice() {
        [y] if y.len() == 4 => {
            let y = num(y)? as i32;
            Date::from_ymd(y, if start { 1 } else { 12 }, if start { 1 } else { 31 })
                .ok_or_else(bad)
        }
        [y, m] if y.len() == 4 && m.len() == 2 => {
            let month: crate::model::Month = text.parse().map_err(|_| bad())?;
            Ok(if start {
                month.first_day()
            } else {
                month.last_day()
            })
        }
        [_, _, _] => text.parse().map_err(|_| bad()),
        _ => Err(bad()),
    }
}

/// A case's status as it was at the end of `day`.
fn status_on(case: &CaseRec, day: Date) -> Option<Status> {
    let c = &case.case.value;
    if *c.referral.date.get_ref() > day {
        return None;
    }
    if c.closure.as_ref().is_some_and(|k| *k.date.get_ref() <= day) {
        return Some(Status::Closed);
    }
    // An end other than success: the status says which.
    if c.outcome.as_ref().is_some_and(|o| *o.date.get_ref() <= day) && case.status().outcome() {
        return Some(case.status());
    }
    if case.adopted().is_some_and(|d| *d.get_ref() <= day) {
        return Some(Status::Active);
    }
    if c.qualification
        .as_ref()
        .is_some_and(|q| *q.date.get_ref() <= day)
    {
        return Some(Status::Qualified);
    }
    Some(Status::Referred)
}

/// Whether the case was open at some time in the period.
fn open_in(case: &CaseRec, p: Period) -> bool {
    let c = &case.case.value;
    *c.referral.date.get_ref() <= p.to
        && c.closure
            .as_ref()
            .is_none_or(|k| *k.date.get_ref() >= p.from)
        && c.outcome
            .as_ref()
            .is_none_or(|o| *o.date.get_ref() >= p.from)
}

/// The key of cases whose gmina is not recorded (in a powiat's repository, K045): a JSON
/// value documented in docs/format.md, the same in every language (`\x20` is its space).
const NO_GMINA: &str = "(not\x20recorded)";

/// The figures, as JSON (`docs/privacy.md` lists the shape).
pub fn stats(store: &Store, period: Period, today: Date) -> Value {
    let cases: Vec<&CaseRec> = store.cases.iter().filter(|c| open_in(c, period)).collect();
    let end = period.to.min(today);
    let mut by_status: BTreeMap<&str, usize> = Status::ALL
        .iter()
        .map(|s| s.as_str())
        .collect::<Vec<_>>()
        .iter()
        .map(|s| (*s, 0))
        .collect();
    let mut by_kind: BTreeMap<&str, usize> = ["person", "family", "group"]
        .iter()
        .map(|s| (*s, 0))
        .collect();
    let (mut new, mut closed) = (0, 0);
    let mut goals: BTreeMap<&str, usize> = ["achieved", "partly", "not-achieved", "not-evaluated"]
        .iter()
        .map(|s| (*s, 0))
        .collect();
    let (mut tasks, mut tasks_done, mut tasks_overdue) = (0, 0, 0);
    let mut institutions: BTreeMap<String, BTreeSet<usize>> = BTreeMap::new();
    // By gmina: cases by status, and the people of the cases taken into work.
    let mut by_gmina: BTreeMap<String, (BTreeMap<&str, usize>, usize, usize)> = BTreeMap::new();
    let (mut reached, mut unknown) = (0usize, 0usize);
    let mut services: BTreeMap<String, (BTreeSet<usize>, usize)> = BTreeMap::new();
    for (i, case) in cases.iter().enumerate() {
        let c = &case.case.value;
        let status = status_on(case, end);
        if let Some(s) = status {
            *by_status.entry(s.as_str()).or_default() += 1;
        }
        let gmina = super::gmina_of(store, case).unwrap_or_else(|| NO_GMINA.to_string());
        let entry = by_gmina.entry(gmina).or_default();
        if let Some(s) = status {
            *entry.0.entry(s.as_str()).or_default() += 1;
        }
        entry.1 += 1;
        // People reached: the members of a case the team took into work (not a referral
        // still waiting, nor one not qualified, refused or withdrawn).
        if matches!(
            status,
            Some(Status::Qualified | Status::Active | Status::Closed | Status::Discontinued)
        ) {
            // Left encrypted (locked to this user, or not decrypted at all, as for a region
            // view): the members are not counted, the case is.
            if case.locked.contains_key("members") || case.deferred.contains("members") {
                unknown += 1;
            } else {
                let n = case
                    .members
                    .iter()
                    .map(|m| m.value.members.len())
                    .sum::<usize>();
                reached += n;
                entry.2 += n;
            }
        }
        *by_kind.entry(c.kind.as_str()).or_default() += 1;
        if period.contains(*c.referral.date.get_ref()) {
            new += 1;
        }
        if c.closure
            .as_ref()
            .is_some_and(|k| period.contains(*k.date.get_ref()))
        {
            closed += 1;
        }
        for inv in &c.institutions {
            institutions
                .entry(inv.institution.get_ref().clone())
                .or_default()
                .insert(i);
        }
        for (_, t) in case.tasks() {
            tasks += 1;
            if t.done
                .as_ref()
                .is_some_and(|d| period.contains(*d.get_ref()))
            {
                tasks_done += 1;
            }
            let open_at_end = t.done.as_ref().is_none_or(|d| *d.get_ref() > end);
            if open_at_end && t.due.as_ref().is_some_and(|d| *d.get_ref() < end) {
                tasks_overdue += 1;
            }
            if let Some(inst) = &t.institution {
                institutions
                    .entry(inst.get_ref().to_string())
                    .or_default()
                    .insert(i);
            }
            if let Some(s) = &t.service {
                let e = services.entry(s.get_ref().to_string()).or_default();
                e.0.insert(i);
                e.1 += 1;
            }
        }
        // Goals by the latest evaluation made by the end of the period.
        let evaluation = case
            .evaluations
            .iter()
            .rev()
            .find(|e| e.key.parse::<Date>().is_ok_and(|d| d <= end));
        for g in case.plan.iter().flat_map(|p| &p.value.goals) {
            let degree = evaluation
                .and_then(|e| {
                    e.value
                        .goals
                        .iter()
                        .find(|x| x.goal.get_ref() == g.id.get_ref())
                })
                .map(|x| x.degree);
            let key = match degree {
                Some(Degree::Achieved) => "achieved",
                Some(Degree::Partly) => "partly",
                Some(Degree::NotAchieved) => "not-achieved",
                None => "not-evaluated",
            };
            *goals.entry(key).or_default() += 1;
        }
    }
    let mut meetings: BTreeMap<String, usize> = BTreeMap::new();
    for m in &store.meetings {
        let day = *m.value.date.get_ref();
        if period.contains(day) && day <= today {
            *meetings.entry(m.value.team.get_ref().clone()).or_default() += 1;
        }
    }
    let unit_json = store.config.as_ref().map(|c| {
        json!({
            "kind": c.unit.kind.as_str(), "name": c.unit.name, "teryt": c.unit.teryt,
            "powiat": c.unit.powiat, "wojewodztwo": c.unit.wojewodztwo,
        })
    });
    let course = store.cycles.last().map(|cycle| {
        let states = crate::commands::model::cycle_states(store, cycle, end);
        let (stages, _) = crate::model::course::course(cycle.value.kind);
        let current = states.iter().find(|(_, s)| s.open()).map(|(s, _)| stages[s.stage].number);
        let count = |f: &dyn Fn(&StepState) -> bool| states.iter().filter(|(_, s)| f(s)).count();
        json!({
            "cycle": cycle.id,
            "kind": cycle.value.kind.as_str(),
            "start": cycle.value.start.to_string(),
            "current_stage": current,
            "steps_done": count(&|s| matches!(s, StepState::Done(_) | StepState::DoneLate(..) | StepState::Shown(..))),
            "steps_done_late": count(&|s| matches!(s, StepState::DoneLate(..))),
            "steps_open": count(&|s| s.open()),
            "steps_late": count(&|s| matches!(s, StepState::Late(_))),
            "steps_not_adopted": count(&|s| matches!(s, StepState::Omitted(_))),
        })
    });
    json!({
        "unit": unit_json,
        "period": { "from": period.from.to_string(), "to": period.to.to_string() },
        "course": course,
        "people": { "reached": reached, "cases_not_readable": unknown },
        "by_gmina": by_gmina.iter().map(|(g, (statuses, total, people))| json!({
            "gmina": g,
            "cases": total,
            "by_status": statuses,
            "people_reached": people,
        })).collect::<Vec<_>>(),
        "cases": {
            "total": cases.len(),
            "new": new,
            "closed": closed,
            "by_status": by_status,
            "by_kind": by_kind,
        },
        "goals": goals,
        "tasks": { "total": tasks, "done": tasks_done, "overdue": tasks_overdue },
        "institutions": institutions.iter().map(|(id, cases)| {
            let inst = store.institution(id);
            json!({
                "id": id,
                "name": inst.map(|r| r.value.name.clone()),
                "kind": inst.map(|r| r.value.kind.as_str()),
                "cases": cases.len(),
            })
        }).collect::<Vec<_>>(),
        "services": services.iter().map(|(id, (cases, tasks))| {
            let s = store.service(id);
            json!({
                "id": id,
                "name": s.map(|r| r.value.name.clone()),
                "provider": s.map(|r| r.value.provider.get_ref().clone()),
                "cases": cases.len(),
                "tasks": tasks,
            })
        }).collect::<Vec<_>>(),
        "meetings": meetings.iter().map(|(team, n)| {
            let t = store.team(team);
            json!({ "team": team, "kind": t.map(|t| t.value.kind.as_str()), "held": n })
        }).collect::<Vec<_>>(),
    })
}

/// The figures as rows of (section, item, value), for CSV.
pub fn sheet(stats: &Value) -> Sheet {
    let mut rows = Vec::new();
    let text = |v: &Value| match v {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    };
    if let Some(p) = stats.get("period") {
        rows.push(vec!["period".into(), "from".into(), text(&p["from"])]);
        rows.push(vec!["period".into(), "to".into(), text(&p["to"])]);
    }
    for key in ["total", "new", "closed"] {
        rows.push(vec!["cases".into(), key.into(), text(&stats["cases"][key])]);
    }
    for (section, obj) in [
        ("cases_by_status", &stats["cases"]["by_status"]),
        ("cases_by_kind", &stats["cases"]["by_kind"]),
        ("goals", &stats["goals"]),
        ("tasks", &stats["tasks"]),
    ] {
        if let Some(map) = obj.as_object() {
            for (k, v) in map {
                rows.push(vec![section.into(), k.clone(), text(v)]);
            }
        }
    }
    if let Some(map) = stats["people"].as_object() {
        for (k, v) in map {
            rows.push(vec!["people".into(), k.clone(), text(v)]);
        }
    }
    if let Some(map) = stats["course"].as_object() {
        for (k, v) in map {
            rows.push(vec!["course".into(), k.clone(), text(v)]);
        }
    }
    for g in stats["by_gmina"].as_array().into_iter().flatten() {
        let name = text(&g["gmina"]);
        rows.push(vec!["gmina_cases".into(), name.clone(), text(&g["cases"])]);
        rows.push(vec![
            "gmina_people_reached".into(),
            name.clone(),
            text(&g["people_reached"]),
        ]);
        if let Some(map) = g["by_status"].as_object() {
            for (k, v) in map {
                rows.push(vec![
                    "gmina_cases_by_status".into(),
                    format!("{name}/{k}"),
                    text(v),
                ]);
            }
        }
    }
    for (section, count) in [
        ("institutions", "cases"),
        ("services", "cases"),
        ("meetings", "held"),
    ] {
        for item in stats[section].as_array().into_iter().flatten() {
            let id = item
                .get("id")
                .or_else(|| item.get("team"))
                .map(text)
                .unwrap_or_default();
            rows.push(vec![section.into(), id, text(&item[count])]);
        }
    }
    Sheet {
        columns: vec!["section", "item", "value"],
        rows,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn periods_are_years_months_days_or_ranges() {
        let p = Period::parse("2026").unwrap();
        assert_eq!((p.from, p.to), (d("2026-01-01"), d("2026-12-31")));
        let p = Period::parse("2026-02").unwrap();
        assert_eq!((p.from, p.to), (d("2026-02-01"), d("2026-02-28")));
        let p = Period::parse("2026-01..2026-06").unwrap();
        assert_eq!((p.from, p.to), (d("2026-01-01"), d("2026-06-30")));
        let p = Period::parse("2026-03-05..2026-03-09").unwrap();
        assert_eq!((p.from, p.to), (d("2026-03-05"), d("2026-03-09")));
        assert!(Period::parse("2026-13").is_err());
        assert!(Period::parse("26").is_err());
        assert!(
            Period::parse("2026-06..2026-01")
                .unwrap_err()
                .contains("ends before")
        );
    }
}
