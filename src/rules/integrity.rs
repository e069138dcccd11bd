//! Integrity rules: IDs are unique and references point at records that exist.

use std::collections::BTreeSet;

use crate::diag::{Diagnostic, Location};
use crate::model::Spanned;
use crate::model::{Record, Reference};
use crate::rules::codes;
use crate::store::{Rec, Store, registry};
use crate::text::closest;
use crate::tr;

/// K004: two records of one kind share an ID (people in two institutions' folders), or a team
/// lists the same member, delegate or signatory twice.
pub fn duplicates(store: &Store, out: &mut Vec<Diagnostic>) {
    for pair in store.people.windows(2) {
        if pair[0].id == pair[1].id {
            out.push(
                Diagnostic::error(
                    codes::DUPLICATE,
                    tr!("rule-k004-person-twice", id = &pair[1].id),
                    Location::file(&pair[1].path),
                )
                .with_help(tr!("rule-k004-person-twice-help", other = &pair[0].path)),
            );
        }
    }
    for team in &store.teams {
        let t = &team.value;
        let mut seen = BTreeSet::new();
        for m in &t.members {
            twice(store, team, "member", &m.institution, &mut seen, out);
            let mut seen_d = BTreeSet::new();
            for d in &m.delegates {
                twice(store, team, "delegate", d, &mut seen_d, out);
            }
        }
        if let Some(agreement) = &t.agreement {
            let mut seen = BTreeSet::new();
            for s in &agreement.signatories {
                twice(store, team, "signatory", &s.institution, &mut seen, out);
            }
        }
    }
}

fn twice<'a, T>(
    store: &Store,
    rec: &Rec<T>,
    what: &str,
    value: &'a Spanned<String>,
    seen: &mut BTreeSet<&'a str>,
    out: &mut Vec<Diagnostic>,
) {
    if !seen.insert(value.get_ref().as_str()) {
        out.push(
            Diagnostic::error(
                codes::DUPLICATE,
                tr!("rule-k004-listed-twice", what = what, id = value.get_ref()),
                store.locate(&rec.path, value.span()),
            )
            .with_help(tr!("rule-k004-listed-twice-help")),
        );
    }
}

/// K004 within meetings: an institution invited twice, a person listed twice as present.
pub fn meeting_duplicates(store: &Store, out: &mut Vec<Diagnostic>) {
    for m in &store.meetings {
        let mut invited = BTreeSet::new();
        for i in &m.value.invited {
            twice(store, m, "invited", &i.institution, &mut invited, out);
        }
        let mut present = BTreeSet::new();
        for a in &m.value.attendance {
            twice(store, m, "present", &a.person, &mut present, out);
        }
    }
}

/// K005: every reference resolves. Which fields refer to which kind of record is the
/// registry's (`store::registry::KINDS`); each record type lists its references
/// (`Record::references`). References inside a case (members, tasks, goals) are checked with
/// the case (`cases::references`).
pub fn references(store: &Store, out: &mut Vec<Diagnostic>) {
    let institutions: Vec<&str> = store.institution_ids().collect();
    let people: Vec<&str> = store.person_ids().collect();
    let teams: Vec<&str> = store.teams.iter().map(|t| t.id.as_str()).collect();
    let services: Vec<&str> = store.services.iter().map(|s| s.id.as_str()).collect();
    let meetings: Vec<&str> = store.meetings.iter().map(|m| m.id.as_str()).collect();
    let mut cases: Vec<&str> = store.cases.iter().map(|c| c.dir.as_str()).collect();
    cases.sort_unstable();
    let known = |kind: &str| -> Option<&[&str]> {
        Some(match kind {
            "case" => &cases,
            "institution" => &institutions,
            "person" => &people,
            "team" => &teams,
            "service" => &services,
            "meeting" => &meetings,
            _ => return None,
        })
    };
    let mut each = |kind: &str, path: &str, refs: Vec<Reference<'_>>| {
        let Some(k) = registry::by_name(kind) else {
            return;
        };
        for (field, value) in refs {
            let target = k
                .refs
                .iter()
                .find(|(f, _)| *f == field)
                .map_or("", |(_, t)| *t);
            // "person|institution": a person if there is one by that ID, else an institution.
            let target = match target.split_once('|') {
                Some((first, second)) => {
                    let id = *value.get_ref();
                    if known(first).is_some_and(|ids| ids.binary_search(&id).is_ok()) {
                        continue;
                    }
                    second
                }
                None => target,
            };
            if let Some(ids) = known(target) {
                resolve(store, path, target, &value, ids, out);
            }
        }
    };
    for r in &store.teams {
        each("team", &r.path, r.value.references());
    }
    for r in &store.services {
        each("service", &r.path, r.value.references());
    }
    for r in &store.meetings {
        each("meeting", &r.path, r.value.references());
    }
    for r in &store.disclosures {
        each("disclosure", &r.path, r.value.references());
    }
    for c in &store.cases {
        each("case", &c.case.path, c.case.value.references());
        if let Some(p) = &c.plan {
            each("plan", &p.path, p.value.references());
        }
        if let Some(d) = &c.diagnosis {
            each("diagnosis", &d.path, d.value.references());
        }
        for m in &c.monitoring {
            each("monitoring", &m.path, m.value.references());
        }
    }
    for person in &store.people {
        let Some(inst) = &person.parent else { continue };
        let broken = store.is_broken("institution", inst);
        if institutions.binary_search(&inst.as_str()).is_err() && !broken {
            out.push(
                Diagnostic::error(
                    codes::UNKNOWN_REF,
                    tr!(
                        "rule-k005-person-unknown-institution",
                        person = &person.id,
                        institution = inst
                    ),
                    Location::file(&person.path),
                )
                .with_help(match closest(inst, institutions.iter().copied()) {
                    Some(best) => tr!("rule-k005-person-move-help", best = best),
                    None => tr!("rule-k005-person-institution-help", institution = inst),
                }),
            );
        }
    }
    for person in &store.people {
        if let Some(post) = person.value.post
            && !(post > 0.0 && post <= 1.0)
        {
            out.push(
                Diagnostic::error(
                    codes::SCHEMA,
                    tr!("rule-k002-post", post = post.to_string()),
                    store.locate_key(&person.path, "post"),
                )
                .with_help(tr!("rule-k002-post-help")),
            );
        }
    }
    for cycle in &store.cycles {
        // The same bounds `koop model start` accepts.
        let c = &cycle.value;
        for (key, months, max) in [
            ("organisation_months", c.organisation_months, 12),
            ("work_months", c.work_months, 36),
            ("summary_months", c.summary_months, 12),
        ] {
            if months == 0 || months > max {
                out.push(
                    Diagnostic::error(
                        codes::SCHEMA,
                        tr!(
                            "rule-k002-months",
                            key = key,
                            months = months.to_string(),
                            max = max.to_string()
                        ),
                        store.locate_key(&cycle.path, key),
                    )
                    .with_help(tr!("rule-k002-months-help")),
                );
            }
        }
        let (_, steps) = crate::model::course::course(cycle.value.kind);
        for id in cycle.value.steps.keys() {
            if !steps.iter().any(|s| s.id == id) {
                // koop writes `[steps."5.2"]`; whole numbers may also be written `[steps.3]`.
                let mut at = store.locate_header(&cycle.path, &format!("[steps.\"{id}\"]"));
                if at.line == 0 {
                    at = store.locate_header(&cycle.path, &format!("[steps.{id}]"));
                }
                let known = steps.iter().map(|s| s.id);
                let help = match closest(id, known) {
                    Some(best) => tr!("rule-k005-step-did-you-mean", best = best),
                    None => tr!("rule-k005-step-list-help"),
                };
                out.push(
                    Diagnostic::error(
                        codes::UNKNOWN_REF,
                        tr!(
                            "rule-k005-no-step",
                            cycle = &cycle.id,
                            kind = cycle.value.kind.to_string(),
                            step = id
                        ),
                        at,
                    )
                    .with_help(help),
                );
            }
        }
    }
}

/// Reports `value` when it is not among `known`, suggesting the closest known ID.
pub fn resolve(
    store: &Store,
    path: &str,
    kind: &str,
    value: &Spanned<impl AsRef<str>>,
    known: &[&str],
    out: &mut Vec<Diagnostic>,
) {
    let id = value.get_ref().as_ref();
    if known.binary_search(&id).is_ok() || store.is_broken(kind, id) {
        return;
    }
    let help = match closest(id, known.iter().copied()) {
        Some(best) => tr!("rule-k005-did-you-mean", best = best),
        None if matches!(kind, "goal" | "task" | "member") => {
            tr!("rule-k005-in-case-help", kind = kind)
        }
        None => tr!("rule-k005-add-first-help", kind = kind),
    };
    out.push(
        Diagnostic::error(
            codes::UNKNOWN_REF,
            tr!("rule-k005-unknown", kind = kind, id = id),
            store.locate(path, value.span()),
        )
        .with_help(help),
    );
}

/// K007: a team member's delegates work at that member institution.
pub fn foreign_delegates(store: &Store, out: &mut Vec<Diagnostic>) {
    for team in &store.teams {
        for m in &team.value.members {
            for d in &m.delegates {
                let Some(person) = store.person(d.get_ref()) else {
                    continue;
                };
                let works_at = person.parent.as_deref().unwrap_or("");
                if works_at != m.institution.get_ref() {
                    out.push(
                        Diagnostic::warning(
                            codes::FOREIGN_DELEGATE,
                            tr!(
                                "rule-k007-foreign",
                                person = d.get_ref(),
                                works_at = works_at,
                                member = m.institution.get_ref()
                            ),
                            store.locate(&team.path, d.span()),
                        )
                        .with_help(tr!(
                            "rule-k007-foreign-help",
                            person = d.get_ref(),
                            works_at = works_at,
                            member = m.institution.get_ref()
                        )),
                    );
                }
            }
        }
    }
}
