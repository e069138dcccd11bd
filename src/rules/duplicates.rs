//! K034: records entered twice. A second meeting of one team at the same day and hour, the
//! same progress reported twice on one task for one month, the same decision recorded twice
//! at one meeting, the same task twice under one goal: each prints twice on the documents
//! people sign (zał. 7, the minutes) and is almost always a command run twice.
//!
//! A write that brings such a duplicate is refused (`--allow-duplicate` insists); `koop
//! check` reports those already in a repository as warnings.

use std::collections::BTreeMap;

use crate::diag::Diagnostic;
use crate::rules::codes;
use crate::store::Store;
use crate::tr;

/// K034: exact duplicates.
pub fn exact(store: &Store, out: &mut Vec<Diagnostic>) {
    let mut meetings: BTreeMap<(&str, String, String), &str> = BTreeMap::new();
    for m in &store.meetings {
        let v = &m.value;
        let key = (
            v.team.get_ref().as_str(),
            v.date.get_ref().to_string(),
            v.start.get_ref().to_string(),
        );
        if let Some(first) = meetings.insert(key, m.id.as_str()) {
            out.push(
                Diagnostic::warning(
                    codes::EXACT_DUPLICATE,
                    tr!(
                        "rule-k034-meeting",
                        meeting = &m.id,
                        first = first,
                        team = v.team.get_ref(),
                        date = v.date.get_ref().to_string(),
                        time = v.start.get_ref().to_string()
                    ),
                    store.locate(&m.path, v.date.span()),
                )
                .with_help(tr!("rule-k034-meeting-help", meeting = &m.id)),
            );
        }
        for (i, d) in v.decisions.iter().enumerate() {
            // The same decision under another identity: recorded twice.
            let same = |e: &crate::model::meeting::Decision| {
                e.text == d.text && e.owner == d.owner && e.due == d.due && e.done == d.done
            };
            if v.decisions[..i].iter().any(same) {
                out.push(
                    Diagnostic::warning(
                        codes::EXACT_DUPLICATE,
                        tr!(
                            "rule-k034-decision",
                            decision = (i + 1).to_string(),
                            meeting = &m.id
                        ),
                        store.locate_key(&m.path, "text"),
                    )
                    .with_help(tr!(
                        "rule-k034-decision-help",
                        meeting = &m.id,
                        decision = (i + 1).to_string()
                    )),
                );
            }
        }
    }
    for c in &store.cases {
        for m in &c.monitoring {
            let entries = &m.value.entries;
            for (i, e) in entries.iter().enumerate() {
                let same = entries[..i].iter().any(|f| {
                    f.task().get_ref() == e.task().get_ref()
                        && f.progress.trim() == e.progress.trim()
                });
                if same {
                    out.push(
                        Diagnostic::warning(
                            codes::EXACT_DUPLICATE,
                            tr!(
                                "rule-k034-progress",
                                case = c.id(),
                                task = c.task_label(e.task().get_ref()),
                                month = m.month.to_string(),
                                who = c.reporter_label(&m.key)
                            ),
                            store.locate(&m.path, e.task().span()),
                        )
                        .with_help(tr!("rule-k034-progress-help", file = &m.path)),
                    );
                }
            }
        }
        if let Some(plan) = &c.plan {
            for g in &plan.value.goals {
                for (i, t) in g.tasks.iter().enumerate() {
                    let same = g.tasks[..i].iter().any(|u| {
                        u.text.trim() == t.text.trim()
                            && u.responsible() == t.responsible()
                            && u.due == t.due
                    });
                    if same {
                        out.push(
                            Diagnostic::warning(
                                codes::EXACT_DUPLICATE,
                                tr!(
                                    "rule-k034-task",
                                    task = c.task_label(t.id.get_ref()),
                                    case = c.id(),
                                    goal = c.goal_label(g.id.get_ref())
                                ),
                                store.locate(&plan.path, t.id.span()),
                            )
                            .with_help(tr!(
                                "rule-k034-task-help",
                                case = c.id(),
                                task = c.task_label(t.id.get_ref())
                            )),
                        );
                    }
                }
            }
        }
    }
}
