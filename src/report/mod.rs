//! Report computations over the loaded store — pure, no printing. Each report is a `Sheet`:
//! named columns and rows of text, which the report command prints as a table, JSON, CSV or
//! Markdown.

pub mod agenda;
pub mod stats;

use std::collections::BTreeMap;

use crate::model::{Date, Month, Status};
use crate::store::{CaseRec, Store};

/// A report's result: column names and rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sheet {
    /// Column names (snake_case; also the JSON keys).
    pub columns: Vec<&'static str>,
    /// Rows, one cell per column.
    pub rows: Vec<Vec<String>>,
}

/// A report as people read it (a table, Markdown): column names and words in the language in
/// use. JSON and CSV keep the sheet's own, the same in every language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shown {
    /// Column names.
    pub columns: Vec<String>,
    /// Rows, one cell per column.
    pub rows: Vec<Vec<String>>,
}

/// The sheet with its column names and words for people.
pub fn shown(sheet: &Sheet) -> Shown {
    Shown {
        columns: sheet.columns.iter().map(|c| column(c)).collect(),
        rows: sheet
            .rows
            .iter()
            .map(|row| {
                row.iter()
                    .zip(&sheet.columns)
                    .map(|(cell, c)| match (*c, cell.as_str()) {
                        ("reported", "yes") => crate::tr!("report-reported-yes"),
                        ("reported", "missing") => crate::tr!("report-reported-missing"),
                        _ => cell.clone(),
                    })
                    .collect()
            })
            .collect(),
    }
}

/// The name of a report's column for people.
fn column(name: &str) -> String {
    match name {
        "case" => crate::tr!("report-column-case"),
        "gmina" => crate::tr!("report-column-gmina"),
        "task" => crate::tr!("report-column-task"),
        "text" => crate::tr!("report-column-text"),
        "responsible" => crate::tr!("report-column-responsible"),
        "due" => crate::tr!("report-column-due"),
        "progress" => crate::tr!("report-column-progress"),
        "reported" => crate::tr!("report-column-reported"),
        "person" => crate::tr!("report-column-person"),
        "days_overdue" => crate::tr!("report-column-days-overdue"),
        "institution" => crate::tr!("report-column-institution"),
        "active_cases" => crate::tr!("report-column-active-cases"),
        "open_tasks" => crate::tr!("report-column-open-tasks"),
        "cases" => crate::tr!("report-column-cases"),
        "phone" => crate::tr!("report-column-phone"),
        "email" => crate::tr!("report-column-email"),
        other => other.to_string(),
    }
}

/// The gmina of a case: its own `gmina`, or in a gmina's repository the gmina itself.
pub fn gmina_of(store: &Store, case: &CaseRec) -> Option<String> {
    let unit = store.config.as_ref().map(|c| &c.unit);
    case.case
        .value
        .gmina
        .as_ref()
        .map(|g| g.get_ref().clone())
        .or_else(|| {
            unit.filter(|u| u.kind == crate::model::UnitKind::Gmina)
                .map(|u| u.name.clone())
        })
}

/// Whether the repository is a powiat's: its reports then say each case's gmina.
pub fn is_powiat(store: &Store) -> bool {
    store
        .config
        .as_ref()
        .is_some_and(|c| c.unit.kind == crate::model::UnitKind::Powiat)
}

/// Adds a `gmina` column after the case number (column `at`) in a powiat's repository.
fn with_gmina(store: &Store, mut sheet: Sheet, at: usize) -> Sheet {
    if !is_powiat(store) {
        return sheet;
    }
    sheet.columns.insert(at + 1, "gmina");
    for row in &mut sheet.rows {
        let gmina = store
            .cases
            .iter()
            .find(|c| c.id() == row[at])
            .and_then(|c| gmina_of(store, c))
            .unwrap_or_default();
        row.insert(at + 1, gmina);
    }
    sheet
}

/// Cases whose plan ran during the month: adopted by its end, not closed before it.
pub(crate) fn active_in(case: &CaseRec, month: Month) -> bool {
    let adopted = case.adopted().map(|d| *d.get_ref());
    let closed = case.case.value.closure.as_ref().map(|c| *c.date.get_ref());
    matches!(case.status(), Status::Active | Status::Closed)
        && adopted.is_some_and(|a| a <= month.last_day())
        && closed.is_none_or(|c| c >= month.first_day())
}

/// The coordinator's monthly view (zał. 7): per case and open task, who is responsible, what
/// was reported for the month, and whether the responsible party reported.
pub fn monitoring(store: &Store, month: Month, case: Option<&str>, gmina: Option<&str>) -> Sheet {
    let mut rows = Vec::new();
    for c in store
        .cases
        .iter()
        .filter(|c| case.is_none_or(|id| c.id() == id || c.dir == id))
        .filter(|c| in_gmina(store, c, gmina))
    {
        if !active_in(c, month) {
            continue;
        }
        for (_, t) in c.tasks().filter(|(_, t)| t.open_in(month)) {
            let responsible = t.responsible().unwrap_or("").to_string();
            let mut progress = Vec::new();
            let mut reported = false;
            for (by, e) in c.progress(month, t.id.get_ref()) {
                reported |= by == responsible;
                progress.push(if by == responsible {
                    e.progress.to_string()
                } else {
                    format!("{} ({})", e.progress, c.reporter_label(by))
                });
            }
            rows.push(vec![
                c.id().to_string(),
                c.task_label(t.id.get_ref()),
                t.text.to_string(),
                c.responsible_label(t),
                t.due
                    .as_ref()
                    .map(|d| d.get_ref().to_string())
                    .unwrap_or_default(),
                progress.join("; "),
                if reported { "yes" } else { "missing" }.to_string(),
            ]);
        }
    }
    let sheet = Sheet {
        columns: vec![
            "case",
            "task",
            "text",
            "responsible",
            "due",
            "progress",
            "reported",
        ],
        rows,
    };
    with_gmina(store, sheet, 0)
}

/// Whether a case is of the gmina asked for (every case, when none is).
fn in_gmina(store: &Store, case: &CaseRec, gmina: Option<&str>) -> bool {
    gmina.is_none_or(|g| gmina_of(store, case).as_deref() == Some(g))
}

/// Open tasks past due on `on`, by responsible institution (or family member), oldest first.
pub fn overdue(store: &Store, on: Date, gmina: Option<&str>) -> Sheet {
    let mut rows = Vec::new();
    for c in store
        .cases
        .iter()
        .filter(|c| c.status() == Status::Active && in_gmina(store, c, gmina))
    {
        for (_, t) in c.tasks() {
            let Some(due) = t.due.as_ref().map(|d| *d.get_ref()) else {
                continue;
            };
            if t.done.is_some() || due >= on {
                continue;
            }
            let responsible = match (&t.institution, &t.member) {
                (Some(i), _) => i.get_ref().to_string(),
                (None, Some(m)) => {
                    crate::tr!(
                        "report-member-of",
                        member = c.member_label(m.get_ref()),
                        case = c.id()
                    )
                }
                (None, None) => String::new(),
            };
            let days = (on.0 - due.0).num_days();
            rows.push(vec![
                responsible,
                t.person
                    .as_ref()
                    .map(|p| p.get_ref().to_string())
                    .unwrap_or_default(),
                c.id().to_string(),
                c.task_label(t.id.get_ref()),
                t.text.to_string(),
                due.to_string(),
                days.to_string(),
            ]);
        }
    }
    rows.sort_by(|a, b| {
        (&a[0], &a[5])
            .cmp(&(&b[0], &b[5]))
            .then_with(|| crate::model::case::cmp_numbers(&a[2], &b[2]))
            .then_with(|| a[3].cmp(&b[3]))
    });
    let sheet = Sheet {
        columns: vec![
            "responsible",
            "person",
            "case",
            "task",
            "text",
            "due",
            "days_overdue",
        ],
        rows,
    };
    with_gmina(store, sheet, 2)
}

/// Who still owes a report for the month (zał. 7 is filled "na podstawie miesięcznych
/// informacji od pracowników instytucji"): per responsible institution, and the person named
/// on the task, every task open in the month without its report, with the phone and e-mail
/// to remind them by (the person's, else the institution's). A family member responsible is
/// named by display number, with no contact: the sheet holds no personal data of families.
pub fn missing(store: &Store, month: Month, gmina: Option<&str>) -> Sheet {
    let mut rows = Vec::new();
    for c in store.cases.iter().filter(|c| in_gmina(store, c, gmina)) {
        if !active_in(c, month) {
            continue;
        }
        for (_, t) in c.tasks().filter(|(_, t)| t.open_in(month)) {
            let Some(responsible) = t.responsible() else {
                continue;
            };
            if c.progress(month, t.id.get_ref())
                .any(|(by, _)| by == responsible)
            {
                continue;
            }
            let (label, person, phone, email) = match (&t.member, &t.institution) {
                (Some(m), _) => (
                    crate::tr!(
                        "report-member-of",
                        member = c.member_label(m.get_ref()),
                        case = c.id()
                    ),
                    String::new(),
                    String::new(),
                    String::new(),
                ),
                (None, Some(i)) => {
                    let institution = crate::store::find(&store.institutions, i.get_ref());
                    let person = t
                        .person
                        .as_ref()
                        .and_then(|p| crate::store::find(&store.people, p.get_ref()));
                    let pick = |own: Option<&String>, theirs: Option<&String>| {
                        own.or(theirs).cloned().unwrap_or_default()
                    };
                    let (inst_phone, inst_email) = institution
                        .map(|r| (r.value.phone.as_ref(), r.value.email.as_ref()))
                        .unwrap_or((None, None));
                    let (own_phone, own_email) = person
                        .map(|r| (r.value.phone.as_ref(), r.value.email.as_ref()))
                        .unwrap_or((None, None));
                    (
                        i.get_ref().to_string(),
                        t.person
                            .as_ref()
                            .map(|p| p.get_ref().to_string())
                            .unwrap_or_default(),
                        pick(own_phone, inst_phone),
                        pick(own_email, inst_email),
                    )
                }
                (None, None) => continue,
            };
            rows.push(vec![
                label,
                person,
                phone,
                email,
                c.id().to_string(),
                c.task_label(t.id.get_ref()),
                t.text.to_string(),
                t.due
                    .as_ref()
                    .map(|d| d.get_ref().to_string())
                    .unwrap_or_default(),
            ]);
        }
    }
    rows.sort_by(|a, b| {
        (&a[0], &a[1])
            .cmp(&(&b[0], &b[1]))
            .then_with(|| crate::model::case::cmp_numbers(&a[4], &b[4]))
            .then_with(|| a[5].cmp(&b[5]))
    });
    let sheet = Sheet {
        columns: vec![
            "responsible",
            "person",
            "phone",
            "email",
            "case",
            "task",
            "text",
            "due",
        ],
        rows,
    };
    with_gmina(store, sheet, 4)
}

/// Per institution, and per person within it: active cases they are involved in and their
/// open tasks.
pub fn caseload(store: &Store, gmina: Option<&str>) -> Sheet {
    // (institution, person) -> (cases, open tasks); person "" is the institution as a whole.
    let mut load: BTreeMap<(String, String), (Vec<String>, usize)> = BTreeMap::new();
    let institution_of = |person: &str| {
        store
            .person(person)
            .and_then(|p| p.parent.clone())
            .unwrap_or_default()
    };
    for c in store
        .cases
        .iter()
        .filter(|c| c.status() == Status::Active && in_gmina(store, c, gmina))
    {
        let id = c.id().to_string();
        let mut involve = |inst: String, person: String, open_task: bool| {
            let mut keys = vec![(inst.clone(), String::new())];
            if !person.is_empty() {
                keys.push((inst, person));
            }
            for key in keys {
                let entry = load.entry(key).or_default();
                if !entry.0.contains(&id) {
                    entry.0.push(id.clone());
                }
                entry.1 += usize::from(open_task);
            }
        };
        let v = &c.case.value;
        if let Some(p) = &v.coordinator {
            involve(institution_of(p.get_ref()), p.get_ref().clone(), false);
        }
        for i in &v.institutions {
            involve(i.institution.get_ref().clone(), String::new(), false);
            for w in &i.workers {
                involve(i.institution.get_ref().clone(), w.get_ref().clone(), false);
            }
        }
        for (_, t) in c.tasks() {
            let open = t.done.is_none();
            match (&t.institution, &t.person) {
                (Some(i), Some(p)) => {
                    involve(i.get_ref().to_string(), p.get_ref().to_string(), open)
                }
                (Some(i), None) => involve(i.get_ref().to_string(), String::new(), open),
                _ => {}
            }
        }
    }
    let rows = load
        .into_iter()
        .map(|((inst, person), (cases, open))| {
            vec![
                inst,
                person,
                cases.len().to_string(),
                open.to_string(),
                cases.join(", "),
            ]
        })
        .collect();
    Sheet {
        columns: vec![
            "institution",
            "person",
            "active_cases",
            "open_tasks",
            "cases",
        ],
        rows,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The views of a month read that month's monitoring only (`load::load_month`): what
    /// they give must not depend on the other months. On the example (monitoring over
    /// months), for each month it has, one before and one after.
    #[test]
    fn the_views_of_a_month_do_not_depend_on_other_months() {
        let root =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/gmina-przykladowo");
        let full = crate::store::load(&root).expect("the example loads");
        let mut months: Vec<Month> = full
            .cases
            .iter()
            .flat_map(|c| c.monitoring.iter().map(|m| m.month))
            .collect();
        months.sort();
        months.dedup();
        assert!(months.len() > 2, "the example has monitoring over months");
        let (first, last) = (months[0], months[months.len() - 1]);
        months.extend([
            Month {
                year: first.year - 1,
                ..first
            },
            last.next(),
        ]);
        for month in months {
            let one = crate::store::load::load_month(&root, month).expect("the example loads");
            assert!(
                one.cases
                    .iter()
                    .all(|c| c.monitoring.iter().all(|m| m.month == month))
            );
            assert_eq!(one.problems, full.problems, "{month}");
            for gmina in [None, Some("przykladowo")] {
                assert_eq!(
                    monitoring(&full, month, None, gmina),
                    monitoring(&one, month, None, gmina),
                    "{month}"
                );
                assert_eq!(
                    missing(&full, month, gmina),
                    missing(&one, month, gmina),
                    "{month}"
                );
            }
        }
    }
}
