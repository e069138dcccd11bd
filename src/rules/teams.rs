//! Rules on teams, agreements and the people who run the model: coordinators work at the OPS,
//! a PZK rests on a signed agreement and meets at least quarterly, tasks go to institutions
//! bound by the agreement while it is in force, and county animators have the post their
//! workload needs.

use crate::diag::Diagnostic;
use crate::model::{Agreement, InstitutionKind, Role, TeamKind};
use crate::rules::codes;
use crate::store::{Rec, Store};
use crate::tr;

fn works_at_ops(store: &Store, person: &str) -> Option<bool> {
    let p = store.person(person)?;
    let inst = store.institution(p.parent.as_deref()?)?;
    Some(inst.value.kind == InstitutionKind::Ops)
}

/// K016: a case's coordinator is an OPS employee.
pub fn case_coordinator(store: &Store, out: &mut Vec<Diagnostic>) {
    for c in &store.cases {
        let Some(coord) = &c.case.value.coordinator else {
            // The plan's part B names "pracownik socjalny będący koordynatorem wsparcia".
            if c.status() == crate::model::Status::Active {
                out.push(
                    Diagnostic::error(
                        codes::CASE_COORDINATOR,
                        tr!("rule-k016-no-coordinator", case = c.id()),
                        store.locate(&c.case.path, c.case.value.status.span()),
                    )
                    .with_help(tr!("rule-k016-no-coordinator-help")),
                );
            }
            continue;
        };
        let person = store.person(coord.get_ref());
        let is_ops = works_at_ops(store, coord.get_ref());
        if is_ops == Some(true)
            && person.is_some_and(|p| !p.value.roles.contains(&Role::PracownikSocjalny))
        {
            out.push(
                Diagnostic::error(
                    codes::CASE_COORDINATOR,
                    tr!(
                        "rule-k016-not-social-worker",
                        person = coord.get_ref(),
                        case = c.id()
                    ),
                    store.locate(&c.case.path, coord.span()),
                )
                .with_help(tr!(
                    "rule-k016-not-social-worker-help",
                    person = coord.get_ref()
                )),
            );
        }
        if is_ops == Some(false) {
            out.push(
                Diagnostic::error(
                    codes::CASE_COORDINATOR,
                    tr!("rule-k016-not-ops", person = coord.get_ref(), case = c.id()),
                    store.locate(&c.case.path, coord.span()),
                )
                .with_help(tr!("rule-k016-not-ops-help")),
            );
        }
    }
}

/// K017: a GGK has a coordinator, and it is an OPS employee.
pub fn ggk_coordinator(store: &Store, out: &mut Vec<Diagnostic>) {
    for team in store.teams.iter().filter(|t| t.value.kind == TeamKind::Ggk) {
        match &team.value.coordinator {
            None => out.push(
                Diagnostic::error(
                    codes::GGK_COORDINATOR,
                    tr!("rule-k017-no-coordinator", team = &team.id),
                    store.locate_key(&team.path, "kind"),
                )
                .with_help(tr!("rule-k017-no-coordinator-help"))
                .to_do(),
            ),
            Some(c) if works_at_ops(store, c.get_ref()) == Some(false) => out.push(
                Diagnostic::error(
                    codes::GGK_COORDINATOR,
                    tr!("rule-k017-not-ops", person = c.get_ref(), team = &team.id),
                    store.locate(&team.path, c.span()),
                )
                .with_help(tr!("rule-k017-not-ops-help")),
            ),
            Some(_) => {}
        }
    }
}

/// Agreements that bind a case's work: its team's own, else every PZK agreement.
fn agreements_for<'a>(
    store: &'a Store,
    team: Option<&str>,
) -> Vec<(&'a Rec<crate::model::Team>, &'a Agreement)> {
    // A GGK has no agreement of its own (K042): the PZK's binds its work.
    let own = team
        .and_then(|t| store.team(t))
        .filter(|t| t.value.kind == TeamKind::Pzk)
        .and_then(|t| t.value.agreement.as_ref().map(|a| (t, a)));
    match own {
        Some(pair) => vec![pair],
        None => store
            .teams
            .iter()
            .filter(|t| t.value.kind == TeamKind::Pzk)
            .filter_map(|t| t.value.agreement.as_ref().map(|a| (t, a)))
            .collect(),
    }
}

/// K018: a task's responsible institution is a member of the case's team or a signatory.
pub fn responsible_in_team(store: &Store, out: &mut Vec<Diagnostic>) {
    // A team file that did not load may hold the membership or the agreement asked about:
    // that file's own finding comes first, and nothing is judged on what it would say.
    if store.broken.iter().any(|(kind, _)| *kind == "team") {
        return;
    }
    for c in &store.cases {
        let team_id = c
            .case
            .value
            .qualification
            .as_ref()
            .map(|q| q.team.get_ref().as_str());
        let members: Vec<&str> = team_id
            .and_then(|t| store.team(t))
            .map(|t| {
                t.value
                    .members
                    .iter()
                    .map(|m| m.institution.get_ref().as_str())
                    .collect()
            })
            .unwrap_or_default();
        let agreements = agreements_for(store, team_id);
        for (_, t) in c.tasks() {
            let Some(inst) = &t.institution else { continue };
            let id = inst.get_ref().as_str();
            let signed = agreements
                .iter()
                .any(|(_, a)| a.signatories.iter().any(|s| s.institution.get_ref() == id));
            if !members.contains(&id) && !signed && store.institution(id).is_some() {
                out.push(
                    Diagnostic::warning(
                        codes::RESPONSIBLE_IN_TEAM,
                        tr!(
                            "rule-k018-outside",
                            task = c.task_label(t.id.get_ref()),
                            case = c.id(),
                            institution = id,
                            team = team_id.unwrap_or("?")
                        ),
                        store.locate(&c.file("plan.toml"), inst.span()),
                    )
                    .with_help(tr!("rule-k018-outside-help")),
                );
            }
        }
    }
}

/// K019: the agreement is in force for the plan: signed before it was adopted, not ended
/// before a task is due.
pub fn agreement_in_force(store: &Store, out: &mut Vec<Diagnostic>) {
    for c in &store.cases {
        let Some(adopted) = c.adopted() else {
            continue;
        };
        let team_id = c
            .case
            .value
            .qualification
            .as_ref()
            .map(|q| q.team.get_ref().as_str());
        let agreements = agreements_for(store, team_id);
        if agreements.is_empty() {
            continue; // K022 reports a PZK without an agreement
        }
        let signed_before = agreements
            .iter()
            .any(|(_, a)| a.signed.is_some_and(|s| s <= *adopted.get_ref()));
        if !signed_before {
            out.push(
                Diagnostic::warning(
                    codes::AGREEMENT_IN_FORCE,
                    tr!(
                        "rule-k019-before-signed",
                        case = c.id(),
                        adopted = adopted.get_ref().to_string()
                    ),
                    store.locate(&c.file("plan.toml"), adopted.span()),
                )
                .with_help(tr!("rule-k019-before-signed-help")),
            );
        }
        let until = agreements
            .iter()
            .map(|(_, a)| a.valid_until)
            .collect::<Option<Vec<_>>>()
            .and_then(|v| v.into_iter().max());
        let Some(until) = until else { continue };
        for (_, t) in c.tasks() {
            let Some(due) = &t.due else { continue };
            if *due.get_ref() > until {
                out.push(
                    Diagnostic::warning(
                        codes::AGREEMENT_IN_FORCE,
                        tr!(
                            "rule-k019-after-end",
                            task = c.task_label(t.id.get_ref()),
                            case = c.id(),
                            due = due.get_ref().to_string(),
                            until = until.to_string()
                        ),
                        store.locate(&c.file("plan.toml"), due.span()),
                    )
                    .with_help(tr!("rule-k019-after-end-help")),
                );
            }
        }
    }
}

/// K022: a PZK rests on an agreement with a signing date and signatories.
pub fn pzk_agreement(store: &Store, out: &mut Vec<Diagnostic>) {
    for team in store.teams.iter().filter(|t| t.value.kind == TeamKind::Pzk) {
        let team_id = &team.id;
        let problem = match &team.value.agreement {
            None => Some(tr!("rule-k022-no-agreement", team = team_id)),
            Some(a) if a.signed.is_none() => Some(tr!("rule-k022-not-signed", team = team_id)),
            Some(a) if a.signatories.is_empty() => {
                Some(tr!("rule-k022-no-signatories", team = team_id))
            }
            Some(_) => None,
        };
        if let Some(problem) = problem {
            let at = if team.value.agreement.is_some() {
                store.locate_header(&team.path, "[agreement]")
            } else {
                store.locate_key(&team.path, "kind")
            };
            out.push(
                Diagnostic::error(codes::PZK_AGREEMENT, problem, at)
                    .with_help(tr!("rule-k022-help"))
                    // A PZK is founded before its agreement is signed.
                    .to_do(),
            );
        }
    }
}

/// K041: a PZK with members has a core, and the OPS is in it.
pub fn pzk_core(store: &Store, out: &mut Vec<Diagnostic>) {
    for team in store.teams.iter().filter(|t| t.value.kind == TeamKind::Pzk) {
        let members = &team.value.members;
        if members.is_empty() {
            continue; // a team just founded: its members come next
        }
        let core: Vec<&str> = members
            .iter()
            .filter(|m| m.core)
            .map(|m| m.institution.get_ref().as_str())
            .collect();
        // An institution whose file does not load may well be the OPS: not verified.
        let is_ops = |id: &str| {
            store.is_broken("institution", id)
                || store
                    .institution(id)
                    .is_some_and(|i| i.value.kind == InstitutionKind::Ops)
        };
        let problem = if core.is_empty() {
            Some(tr!("rule-k041-no-core", team = &team.id))
        } else if !core.iter().any(|id| is_ops(id))
            && store
                .institutions
                .iter()
                .any(|i| i.value.kind == InstitutionKind::Ops)
        {
            Some(tr!("rule-k041-no-ops", team = &team.id))
        } else {
            None
        };
        if let Some(problem) = problem {
            out.push(
                Diagnostic::warning(
                    codes::PZK_CORE,
                    problem,
                    store.locate_key(&team.path, "kind"),
                )
                .with_help(tr!("rule-k041-help", team = &team.id)),
            );
        }
    }
}

/// K042: a GGK's members signed the agreement (zał. 5 §3.1), and a GGK has none of its own.
pub fn ggk_signatories(store: &Store, out: &mut Vec<Diagnostic>) {
    let agreements: Vec<&Agreement> = store
        .teams
        .iter()
        .filter(|t| t.value.kind == TeamKind::Pzk)
        .filter_map(|t| t.value.agreement.as_ref())
        .collect();
    let signed = |id: &str| {
        agreements
            .iter()
            .any(|a| a.signatories.iter().any(|s| s.institution.get_ref() == id))
    };
    // A team whose file does not load may hold the signatures: nothing is concluded then.
    let unknown = store.broken.iter().any(|(kind, _)| *kind == "team");
    for team in store.teams.iter().filter(|t| t.value.kind == TeamKind::Ggk) {
        if team.value.agreement.is_some() {
            out.push(
                Diagnostic::warning(
                    codes::GGK_SIGNATORIES,
                    tr!("rule-k042-own-agreement", team = &team.id),
                    store.locate_header(&team.path, "[agreement]"),
                )
                .with_help(tr!("rule-k042-own-agreement-help")),
            );
        }
        if agreements.is_empty() || unknown {
            continue;
        }
        for m in &team.value.members {
            let id = m.institution.get_ref();
            if signed(id) || store.institution(id).is_none() {
                continue; // an unknown institution is K005's
            }
            out.push(
                Diagnostic::warning(
                    codes::GGK_SIGNATORIES,
                    tr!("rule-k042-not-signed", institution = id, team = &team.id),
                    store.locate(&team.path, m.institution.span()),
                )
                .with_help(tr!(
                    "rule-k042-not-signed-help",
                    institution = id,
                    team = &team.id
                )),
            );
        }
    }
}

/// K023: a PZK meets at least quarterly.
pub fn pzk_frequency(store: &Store, out: &mut Vec<Diagnostic>) {
    for team in store.teams.iter().filter(|t| t.value.kind == TeamKind::Pzk) {
        let Some(a) = &team.value.agreement else {
            continue;
        };
        match a.meeting_frequency_months {
            Some(n) if n > 3 => out.push(
                Diagnostic::warning(
                    codes::PZK_FREQUENCY,
                    tr!("rule-k023-too-rare", team = &team.id, n = n),
                    store.locate_key(&team.path, "meeting_frequency_months"),
                )
                .with_help(tr!("rule-k023-too-rare-help")),
            ),
            None => out.push(
                Diagnostic::warning(
                    codes::PZK_FREQUENCY,
                    tr!("rule-k023-no-frequency", team = &team.id),
                    store.locate_header(&team.path, "[agreement]"),
                )
                .with_help(tr!("rule-k023-no-frequency-help")),
            ),
            Some(_) => {}
        }
    }
}

/// K024: a county animator responsible for more than four gminy works a full post.
pub fn animator_workload(store: &Store, out: &mut Vec<Diagnostic>) {
    gmina_animators(store, out);
    for p in store
        .people
        .iter()
        .filter(|p| p.value.roles.contains(&Role::AnimatorPowiatu))
    {
        // The same gmina written twice is one gmina.
        let gminy = p
            .value
            .gminy
            .iter()
            .collect::<std::collections::BTreeSet<_>>()
            .len();
        if gminy == 0 {
            continue; // the gminy are not recorded yet: nothing to weigh
        }
        let needed = if gminy > 4 { 1.0 } else { 0.5 };
        match p.value.post {
            // A post not recorded is not a full one: say so rather than assume it.
            None => out.push(
                Diagnostic::warning(
                    codes::ANIMATOR_WORKLOAD,
                    tr!("rule-k024-no-post", person = &p.id, n = gminy),
                    store.locate_key(&p.path, "roles"),
                )
                .with_help(tr!("rule-k024-no-post-help", needed = needed.to_string())),
            ),
            Some(post) if post < needed => out.push(
                Diagnostic::warning(
                    codes::ANIMATOR_WORKLOAD,
                    tr!(
                        "rule-k024-short-post",
                        person = &p.id,
                        n = gminy,
                        post = post.to_string()
                    ),
                    store.locate_key(&p.path, "post"),
                )
                .with_help(if gminy > 4 {
                    tr!("rule-k024-full-post-help")
                } else {
                    tr!("rule-k024-half-post-help")
                }),
            ),
            Some(_) => {}
        }
    }
}

/// K024, the gmina's half: the gmina animator works at the OPS, with time for the model.
/// Założenia organizacyjne, after pkt 6: "animator gminny jako osoba do kontaktu powinien być
/// pracownikiem GOPS, nie obarczony jednak dodatkowymi obowiązkami ale w sposób przemyślany
/// np.; odjęcie innych obowiązków, np. ¼ etatu lub dodatkowe wynagrodzenie". The quarter is
/// an example ("np."), so any recorded share satisfies it; what is reported is an animator
/// outside the OPS and one whose share is not recorded at all.
fn gmina_animators(store: &Store, out: &mut Vec<Diagnostic>) {
    for p in store
        .people
        .iter()
        .filter(|p| p.value.roles.contains(&Role::AnimatorGminy))
    {
        // The person's own folder, not a lookup by ID (which a duplicate ID would confuse).
        let at_ops = p
            .parent
            .as_deref()
            .and_then(|i| store.institution(i))
            .map(|i| i.value.kind == InstitutionKind::Ops);
        if at_ops == Some(false) {
            out.push(
                Diagnostic::warning(
                    codes::ANIMATOR_WORKLOAD,
                    tr!("rule-k024-gmina-not-ops", person = &p.id),
                    store.locate_key(&p.path, "roles"),
                )
                .with_help(tr!("rule-k024-gmina-not-ops-help")),
            );
        } else if p.value.post.is_none() {
            out.push(
                Diagnostic::warning(
                    codes::ANIMATOR_WORKLOAD,
                    tr!("rule-k024-gmina-no-post", person = &p.id),
                    store.locate_key(&p.path, "roles"),
                )
                .with_help(tr!("rule-k024-gmina-no-post-help", person = &p.id)),
            );
        }
    }
}

/// K025: an agreement's dates are in order: it ends after it is signed, and nobody joins
/// before it exists.
pub fn agreement_dates(store: &Store, out: &mut Vec<Diagnostic>) {
    for team in &store.teams {
        let Some(a) = &team.value.agreement else {
            continue;
        };
        let Some(signed) = a.signed else { continue };
        if let Some(until) = a.valid_until.filter(|u| *u < signed) {
            out.push(
                Diagnostic::error(
                    codes::AGREEMENT_DATES,
                    tr!(
                        "rule-k025-ends-before-signed",
                        team = &team.id,
                        until = until.to_string(),
                        signed = signed.to_string()
                    ),
                    store.locate_key(&team.path, "valid_until"),
                )
                .with_help(tr!("rule-k025-ends-before-signed-help")),
            );
        }
        for s in &a.signatories {
            if let Some(joined) = s.joined.filter(|j| *j < signed) {
                out.push(
                    Diagnostic::error(
                        codes::AGREEMENT_DATES,
                        tr!(
                            "rule-k025-joined-before",
                            institution = s.institution.get_ref(),
                            joined = joined.to_string(),
                            signed = signed.to_string()
                        ),
                        store.locate(&team.path, s.institution.span()),
                    )
                    .with_help(tr!("rule-k025-joined-before-help")),
                );
            }
        }
    }
}

/// K046: zał. 3 can put each representative after „przez” in the accusative, and each seat
/// after „z siedzibą w” in the locative.
pub fn inflected_names(store: &Store, out: &mut Vec<Diagnostic>) {
    for team in &store.teams {
        let Some(agreement) = &team.value.agreement else {
            continue;
        };
        let unit = store.config.as_ref().map(|c| &c.unit);
        if let (Some(place), (_, None)) = (
            &agreement.place,
            crate::doc::context::agreement_place(unit, agreement),
        ) {
            out.push(
                Diagnostic::warning(
                    codes::INFLECTED_NAMES,
                    tr!("rule-k046-place", team = &team.id, place = place),
                    store.locate_header(&team.path, "[agreement]"),
                )
                .with_help(tr!("rule-k046-place-help", team = &team.id)),
            );
        }
        for s in &agreement.signatories {
            let inst = s.institution.get_ref();
            let has_address = store
                .institution(inst)
                .is_some_and(|i| i.value.address.is_some());
            if has_address && crate::doc::context::seat(store, inst).is_none() {
                out.push(
                    Diagnostic::warning(
                        codes::INFLECTED_NAMES,
                        tr!("rule-k046-seat", team = &team.id, institution = inst),
                        store.locate(&team.path, s.institution.span()),
                    )
                    .with_help(tr!("rule-k046-seat-help", institution = inst)),
                );
            }
            let (name, accusative) = crate::doc::context::representative(store, inst, Some(s));
            let (Some(name), None) = (name, accusative) else {
                continue;
            };
            let help = if s.representative.is_some() {
                tr!("rule-k046-representative-help")
            } else {
                tr!("rule-k046-director-help", institution = inst)
            };
            out.push(
                Diagnostic::warning(
                    codes::INFLECTED_NAMES,
                    tr!("rule-k046-name", team = &team.id, name = &name),
                    store.locate(&team.path, s.institution.span()),
                )
                .with_help(help),
            );
        }
    }
}

/// The last day of the project „Kooperacja – efektywna i skuteczna”: the end of the
/// eligibility period of the Programme Wiedza Edukacja Rozwój 2014-2020.
const PROJECT_END: &str = "2023-12-31";

/// K047: an agreement signed after the project says its own § 1 ust. 1.
pub fn after_project(store: &Store, out: &mut Vec<Diagnostic>) {
    let Ok(end) = PROJECT_END.parse::<crate::model::Date>() else {
        return;
    };
    for team in &store.teams {
        let Some(a) = &team.value.agreement else {
            continue;
        };
        let Some(signed) = a.signed else { continue };
        if signed <= end || a.purpose.is_some() || team.value.kind != TeamKind::Pzk {
            continue;
        }
        out.push(
            Diagnostic::warning(
                codes::AFTER_PROJECT,
                tr!(
                    "rule-k047-purpose",
                    team = &team.id,
                    signed = signed.to_string()
                ),
                store.locate_header(&team.path, "[agreement]"),
            )
            .with_help(tr!("rule-k047-purpose-help", team = &team.id)),
        );
    }
}
