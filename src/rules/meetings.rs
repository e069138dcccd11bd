//! Rules on meetings (seed 004 zał. 2, zał. 5 §2): every meeting has minutes, approved at the
//! team's next meeting; decisions are carried out; the slot follows the practical rules; those
//! present belong to the team or were invited; and a PZK meets as often as it agreed.

use chrono::Datelike;

use crate::diag::{Diagnostic, Location};
use crate::model::calendar::slot_problems;
use crate::model::course::add_months;
use crate::model::{Date, Meeting, Month, TeamKind};
use crate::rules::codes;
use crate::store::{Rec, Store};
use crate::tr;

fn today() -> Option<Date> {
    Date::today().ok()
}

/// Whether a meeting file of the team exists but did not load (its gap would be a follow-on).
fn has_broken_meeting(store: &Store, team: &str) -> bool {
    let suffix = format!("-{team}");
    store.broken.iter().any(|(kind, id)| {
        *kind == "meeting"
            && (id == "*" || id.ends_with(&suffix) || id.contains(&format!("{suffix}-")))
    })
}

/// The team's meetings in date order.
fn of_team<'a>(store: &'a Store, team: &str) -> Vec<&'a Rec<Meeting>> {
    let mut list: Vec<_> = store
        .meetings
        .iter()
        .filter(|m| m.value.team.get_ref() == team)
        .collect();
    list.sort_by_key(|m| (*m.value.date.get_ref(), m.value.start.get_ref().minutes));
    list
}

/// K026: a meeting names who writes its minutes, and one that took place has them.
pub fn minutes(store: &Store, out: &mut Vec<Diagnostic>) {
    let Some(today) = today() else { return };
    for m in &store.meetings {
        let held = *m.value.date.get_ref() < today;
        if m.value.minutes_by.is_none() {
            let d = Diagnostic::warning(
                codes::MEETING_MINUTES,
                tr!("rule-k026-no-minutes-taker", meeting = &m.id),
                store.locate(&m.path, m.value.date.span()),
            )
            .with_help(tr!("rule-k026-no-minutes-taker-help", meeting = &m.id));
            // Before the meeting it is still to be arranged.
            out.push(if held { d } else { d.to_do() });
        }
        if !held {
            continue;
        }
        if m.value.minutes.is_none() {
            out.push(
                Diagnostic::warning(
                    codes::MEETING_MINUTES,
                    tr!("rule-k026-no-minutes", meeting = &m.id),
                    store.locate(&m.path, m.value.date.span()),
                )
                .with_help(tr!("rule-k026-no-minutes-help", meeting = &m.id)),
            );
        }
    }
}

/// K027: minutes are approved at the team's next meeting.
pub fn minutes_approved(store: &Store, out: &mut Vec<Diagnostic>) {
    let Some(today) = today() else { return };
    for team in &store.teams {
        let meetings = of_team(store, &team.id);
        for pair in meetings.windows(2) {
            let (m, next) = (pair[0], pair[1]);
            if m.value.minutes.is_none() || *next.value.date.get_ref() >= today {
                continue;
            }
            if m.value.approved_at.is_none() {
                let help = tr!(
                    "rule-k027-not-approved-help",
                    meeting = &m.id,
                    next = &next.id
                );
                out.push(
                    Diagnostic::warning(
                        codes::MINUTES_APPROVED,
                        tr!("rule-k027-not-approved", meeting = &m.id, next = &next.id),
                        store.locate(&m.path, m.value.date.span()),
                    )
                    .with_help(help),
                );
            }
        }
    }
}

/// K028: decisions past their deadline are done.
pub fn decisions(store: &Store, out: &mut Vec<Diagnostic>) {
    let Some(today) = today() else { return };
    for m in &store.meetings {
        for d in &m.value.decisions {
            let Some(due) = &d.due else { continue };
            if d.done.is_none() && *due.get_ref() < today {
                out.push(
                    Diagnostic::warning(
                        codes::DECISIONS,
                        tr!(
                            "rule-k028-not-done",
                            meeting = &m.id,
                            due = due.get_ref().to_string(),
                            text = &d.text
                        ),
                        store.locate(&m.path, due.span()),
                    )
                    .with_help(tr!("rule-k028-not-done-help")),
                );
            }
        }
    }
}

/// K029: the slot follows zał. 2 — at most two hours, not Monday or Friday, not a holiday,
/// within working hours.
pub fn slot(store: &Store, out: &mut Vec<Diagnostic>) {
    for m in &store.meetings {
        let v = &m.value;
        for problem in slot_problems(*v.date.get_ref(), *v.start.get_ref(), *v.end.get_ref()) {
            out.push(
                Diagnostic::warning(
                    codes::MEETING_SLOT,
                    tr!(
                        "rule-k029-slot",
                        meeting = &m.id,
                        problem = problem.to_string()
                    ),
                    store.locate(&m.path, v.date.span()),
                )
                .with_help(tr!("rule-k029-slot-help")),
            );
        }
    }
}

/// K030: those present belong to the team (its member institutions) or were invited.
pub fn attendees(store: &Store, out: &mut Vec<Diagnostic>) {
    for m in &store.meetings {
        let Some(team) = store.team(m.value.team.get_ref()) else {
            continue;
        };
        for a in &m.value.attendance {
            let person = a.person.get_ref();
            let institution = a
                .institution
                .as_ref()
                .map(|i| i.get_ref().clone())
                .or_else(|| store.person(person).and_then(|p| p.parent.clone()))
                .unwrap_or_default();
            let member = team
                .value
                .members
                .iter()
                .any(|x| x.institution.get_ref() == &institution);
            let delegate = team
                .value
                .members
                .iter()
                .any(|x| x.delegates.iter().any(|d| d.get_ref() == person));
            let invited = m.value.invited.iter().any(|i| {
                i.institution.get_ref() == &institution
                    || i.person.as_ref().is_some_and(|p| p.get_ref() == person)
            });
            if !(member || delegate || invited) {
                out.push(
                    Diagnostic::warning(
                        codes::ATTENDEES,
                        tr!(
                            "rule-k030-not-invited",
                            person = person,
                            institution = &institution,
                            meeting = &m.id,
                            team = &team.id
                        ),
                        store.locate(&m.path, a.person.span()),
                    )
                    .with_help(tr!("rule-k030-not-invited-help")),
                );
            }
        }
    }
}

/// Whole months from one date to another.
fn months_between(from: Date, to: Date) -> i32 {
    let a = Month::of(from);
    let b = Month::of(to);
    let mut n = (b.year - a.year) * 12 + b.month as i32 - a.month as i32;
    if to.0.day() < from.0.day() {
        n -= 1;
    }
    n
}

/// The length of a gap for messages: whole months, or "more than N months" when the gap is
/// over the limit by less than a month.
fn gap_text(from: Date, to: Date, limit: i32) -> String {
    let months = months_between(from, to);
    if months > limit {
        tr!("rule-k031-months", n = i64::from(months))
    } else {
        tr!("rule-k031-more-than-months", n = i64::from(limit))
    }
}

/// K031: a PZK meets at least as often as its agreement says, and never less than quarterly.
pub fn pzk_gaps(store: &Store, out: &mut Vec<Diagnostic>) {
    let Some(today) = today() else { return };
    let pzks = store.teams.iter().filter(|t| t.value.kind == TeamKind::Pzk);
    for team in pzks.filter(|t| !has_broken_meeting(store, &t.id)) {
        let Some(signed) = team.value.agreement.as_ref().and_then(|a| a.signed) else {
            continue;
        };
        let every = team
            .value
            .agreement
            .as_ref()
            .and_then(|a| a.meeting_frequency_months)
            .unwrap_or(3)
            .min(3) as i32;
        let meetings: Vec<_> = of_team(store, &team.id)
            .into_iter()
            .filter(|m| *m.value.date.get_ref() >= signed)
            .collect();
        let mut last = signed;
        // The meeting before, or none yet: the gap runs from the signing.
        let mut last_meeting: Option<&str> = None;
        let signed_text = signed.to_string();
        for m in meetings.iter().filter(|m| *m.value.date.get_ref() <= today) {
            let date = *m.value.date.get_ref();
            let gap = gap_text(last, date, every);
            if date > add_months(last, every as u32) {
                let message = match last_meeting {
                    None => tr!(
                        "rule-k031-gap-after-signing",
                        team = &team.id,
                        gap = &gap,
                        signed = &signed_text,
                        meeting = &m.id
                    ),
                    Some(before) => tr!(
                        "rule-k031-gap-between-meetings",
                        team = &team.id,
                        gap = &gap,
                        before = before,
                        meeting = &m.id
                    ),
                };
                out.push(
                    Diagnostic::warning(
                        codes::PZK_GAP,
                        message,
                        store.locate(&m.path, m.value.date.span()),
                    )
                    .with_help(tr!("rule-k031-gap-help", n = i64::from(every))),
                );
            }
            last = date;
            last_meeting = Some(&m.id);
        }
        let gap = gap_text(last, today, every);
        if today > add_months(last, every as u32) {
            let message = match last_meeting {
                None => tr!(
                    "rule-k031-not-met-since-signing",
                    team = &team.id,
                    gap = &gap,
                    signed = &signed_text
                ),
                Some(before) => tr!(
                    "rule-k031-not-met-since-meeting",
                    team = &team.id,
                    gap = &gap,
                    before = before
                ),
            };
            out.push(
                Diagnostic::warning(codes::PZK_GAP, message, Location::file(&team.path))
                    .with_help(tr!("rule-k031-plan-meeting-help", team = &team.id)),
            );
        }
    }
}
