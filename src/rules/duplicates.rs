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
                    format!(
                        "meeting {} repeats meeting {first}: team `{}` on {} at {}",
                        m.id,
                        v.team.get_ref(),
                        v.date.get_ref(),
                        v.start.get_ref()
                    ),
                    store.locate(&m.path, v.date.span()),
                )
                .with_help(format!(
                    "if it was planned twice, remove one (`koop meeting remove {}`)",
                    m.id
                )),
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
                        format!(
                            "decision {} of meeting {} repeats an earlier one",
                            i + 1,
                            m.id
                        ),
                        store.locate_key(&m.path, "text"),
                    )
                    .with_help(format!(
                        "remove it: `koop meeting decision remove {} {}`",
                        m.id,
                        i + 1
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
                    f.task.get_ref() == e.task.get_ref() && f.progress.trim() == e.progress.trim()
                });
                if same {
                    out.push(
                        Diagnostic::warning(
                            codes::EXACT_DUPLICATE,
                            format!(
                                "case {}: the same progress on task {} is reported twice for {} by {}",
                                c.id(),
                                c.task_label(e.task.get_ref()),
                                m.month,
                                c.reporter_label(&m.key)
                            ),
                            store.locate(&m.path, e.task.span()),
                        )
                        .with_help(format!(
                            "zał. 7 would print it twice; remove one (`koop edit {}`)",
                            m.path
                        )),
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
                                format!(
                                    "task {} of case {} repeats an earlier task of goal {}",
                                    c.task_label(t.id.get_ref()),
                                    c.id(),
                                    c.goal_label(g.id.get_ref())
                                ),
                                store.locate(&plan.path, t.id.span()),
                            )
                            .with_help(format!(
                                "remove it: `koop task remove {} {}`",
                                c.id(),
                                c.task_label(t.id.get_ref())
                            )),
                        );
                    }
                }
            }
        }
    }
}
