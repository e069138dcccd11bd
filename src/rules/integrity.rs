//! Integrity rules: IDs are unique and references point at records that exist.

use std::collections::BTreeSet;

use crate::diag::{Diagnostic, Location};
use crate::model::Record;
use crate::model::Spanned;
use crate::rules::codes;
use crate::store::{Rec, Store, registry};
use crate::text::closest;

/// K004: two records of one kind share an ID (people in two institutions' folders), or a team
/// lists the same member, delegate or signatory twice.
pub fn duplicates(store: &Store, out: &mut Vec<Diagnostic>) {
    for pair in store.people.windows(2) {
        if pair[0].id == pair[1].id {
            out.push(
                Diagnostic::error(
                    codes::DUPLICATE,
                    format!("person ID `{}` is used twice", pair[1].id),
                    Location::file(&pair[1].path),
                )
                .with_help(format!(
                    "the same ID is at {}; rename one file (person IDs are unique across institutions)",
                    pair[0].path
                )),
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
                format!("{what} `{}` is listed twice", value.get_ref()),
                store.locate(&rec.path, value.span()),
            )
            .with_help("remove one of the entries"),
        );
    }
}

/// K004 within meetings: an institution invited twice, a person listed twice as present.
pub fn meeting_duplicates(store: &Store, out: &mut Vec<Diagnostic>) {
    for m in &store.meetings {
        let mut invited = BTreeSet::new();
        for i in &m.value.invited {
            twice(
                store,
                m,
                "invited institution",
                &i.institution,
                &mut invited,
                out,
            );
        }
        let mut present = BTreeSet::new();
        for a in &m.value.attendance {
            twice(store, m, "person present", &a.person, &mut present, out);
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
    let mut each = |kind: &str, path: &str, refs: Vec<(&'static str, &Spanned<String>)>| {
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
                    let id = value.get_ref().as_str();
                    if known(first).is_some_and(|ids| ids.binary_search(&id).is_ok()) {
                        continue;
                    }
                    second
                }
                None => target,
            };
            if let Some(ids) = known(target) {
                resolve(store, path, target, value, ids, out);
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
        let broken = store.broken.contains(&("institution", inst.clone()));
        if institutions.binary_search(&inst.as_str()).is_err() && !broken {
            out.push(
                Diagnostic::error(
                    codes::UNKNOWN_REF,
                    format!("person `{}` is in the folder of unknown institution `{inst}`", person.id),
                    Location::file(&person.path),
                )
                .with_help(match closest(inst, institutions.iter().copied()) {
                    Some(best) => format!(
                        "did you mean `{best}`? Move the person to institutions/{best}/people/"
                    ),
                    None => format!(
                        "add institutions/{inst}/institution.toml, or move the person to their institution's folder"
                    ),
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
                    format!("post = {post} is not a fraction of a full-time post (more than 0, at most 1)"),
                    store.locate_key(&person.path, "post"),
                )
                .with_help("write e.g. 0.5 for half a post, 1 for a full post"),
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
                        format!("{key} = {months} is out of range (1 to {max})"),
                        store.locate_key(&cycle.path, key),
                    )
                    .with_help("Założenia organizacyjne Modelu Kooperacji, pkt 14 proposes about 3, up to 13 and about 2 months"),
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
                    Some(best) => {
                        format!("did you mean `{best}`? `koop model status` lists the steps")
                    }
                    None => "`koop model status` lists the steps of this cycle".to_string(),
                };
                out.push(
                    Diagnostic::error(
                        codes::UNKNOWN_REF,
                        format!(
                            "cycle {} ({}) has no step `{id}`",
                            cycle.id, cycle.value.kind
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
    value: &Spanned<String>,
    known: &[&str],
    out: &mut Vec<Diagnostic>,
) {
    let id = value.get_ref().as_str();
    if known.binary_search(&id).is_ok() || store.broken.contains(&(kind, id.to_string())) {
        return;
    }
    let help = match closest(id, known.iter().copied()) {
        Some(best) => format!("did you mean `{best}`?"),
        None if matches!(kind, "goal" | "task" | "member") => {
            format!("correct it; `koop case show <case>` lists the case's {kind}s")
        }
        None => format!("add the {kind} first, or correct the ID (`koop {kind} list` shows them)"),
    };
    out.push(
        Diagnostic::error(
            codes::UNKNOWN_REF,
            format!("unknown {kind} `{id}`"),
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
                            format!(
                                "delegate `{}` works at `{works_at}`, not at `{}`",
                                d.get_ref(),
                                m.institution.get_ref()
                            ),
                            store.locate(&team.path, d.span()),
                        )
                        .with_help(format!(
                            "list `{}` under the member `{works_at}`, or delegate a worker of `{}`",
                            d.get_ref(),
                            m.institution.get_ref()
                        )),
                    );
                }
            }
        }
    }
}
