//! Shared pieces of the case commands: finding a case by number or folder, resolving who is
//! responsible, and editing (or creating) a file of a case folder.

use crate::error::{Error, Result};
use crate::model::Date;
use crate::model::case::Action;
use crate::store::{CaseRec, Store};

/// Finds a case by number (`2026-001`) or by folder name (`2026-001-k7qm`).
pub fn find_case<'a>(store: &'a Store, key: &str) -> Result<&'a CaseRec> {
    if let Some(c) = store.cases.iter().find(|c| c.dir == key) {
        return Ok(c);
    }
    let found = store.cases_numbered(key);
    match found.as_slice() {
        [one] => Ok(one),
        [] => {
            // A file of the case that did not load, or a folder of cases that could not be
            // read (`cases/` itself, or the case's own).
            let broken = store
                .skipped
                .iter()
                .any(|p| p.starts_with("cases/") && p.contains(key))
                || store
                    .unreadable_cases()
                    .any(|p| p == "cases" || p.contains(key));
            if broken {
                return Err(
                    Error::user(crate::tr!("caseutil-case-unreadable", case = key))
                        .hint(crate::tr!("caseutil-case-unreadable-hint")),
                );
            }
            Err(unknown_id(
                crate::tr!("caseutil-no-case", id = key),
                key,
                store.cases.iter().map(|c| c.id()),
                "koop case list",
            ))
        }
        many => {
            let dirs: Vec<&str> = many.iter().map(|c| c.dir.as_str()).collect();
            Err(Error::user(crate::tr!(
                "caseutil-number-clash",
                case = key,
                n = many.len(),
                folders = dirs.join(", ")
            ))
            .hint(
                match crate::store::renumber::plan(store)
                    .iter()
                    .find(|m| m.from == key)
                {
                    Some(m) => crate::tr!(
                        "caseutil-number-clash-renumber",
                        folder = m.dir.as_str(),
                        number = m.to.as_str()
                    ),
                    None => crate::tr!("caseutil-number-clash-hint"),
                },
            ))
        }
    }
}

/// Refuses unless the case's status allows the action (the model's status machine,
/// `model::case::Action`).
pub fn require_status(case: &CaseRec, action: Action) -> Result<()> {
    let status = case.status();
    let allowed = action.allowed();
    if allowed.contains(&status) {
        return Ok(());
    }
    let want: Vec<&str> = allowed.iter().map(|s| s.shown()).collect();
    Err(Error::user(crate::tr!(
        "caseutil-wrong-status",
        action = action.doing(),
        case = case.id(),
        status = status.shown(),
        wanted = crate::text::one_of(&want).replace('`', "")
    ))
    .hint(action.hint(status)))
}

/// Who a task or report names: a family member, or an institution (possibly through a person).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Party {
    /// A member of the case, by identity.
    Member(String),
    /// An institution, with the person when one was named.
    Institution {
        institution: String,
        person: Option<String>,
    },
}

impl Party {
    /// The key a monitoring file is named by: the member's identity or the institution ID.
    pub fn reporter(&self) -> &str {
        match self {
            Party::Member(key) => key,
            Party::Institution { institution, .. } => institution,
        }
    }
}

/// Fails when a case's file of personal data (`members` or `diagnosis`) is encrypted and
/// this user cannot decrypt it.
pub fn need_personal(case: &CaseRec, kind: &str) -> Result<()> {
    match case.locked.get(kind) {
        None => Ok(()),
        Some(reason) => {
            let rel = case.file(&format!("{kind}.toml{}", crate::store::crypt::SUFFIX));
            let hint = if crate::store::crypt::is_damaged(reason) {
                crate::tr!("caseutil-locked-restore", path = rel.as_str())
            } else {
                crate::tr!("caseutil-locked-identity")
            };
            Err(Error::user(crate::tr!(
                "caseutil-locked",
                path = rel.as_str(),
                reason = reason.as_str()
            ))
            .hint(hint))
        }
    }
}

/// Resolves WHO: a member of the case (`m1` or identity), a person ID or an institution ID.
pub fn resolve_party(store: &Store, case: &CaseRec, who: &str) -> Result<Party> {
    let member = case.find_member(who).map(|m| m.id.get_ref().clone());
    let person = store.person(who);
    let institution = store.institution(who).is_some();
    if member.is_none() && person.is_none() && !institution {
        // Perhaps a member of a case whose members this user cannot read.
        need_personal(case, "members")?;
    }
    match (member, person, institution) {
        (Some(id), None, false) => Ok(Party::Member(id)),
        (None, Some(p), false) => Ok(Party::Institution {
            institution: p.parent.clone().unwrap_or_default(),
            person: Some(p.id.clone()),
        }),
        (None, None, true) => Ok(Party::Institution {
            institution: who.to_string(),
            person: None,
        }),
        (None, None, false) => {
            let numbers: Vec<String> = case.numbered_members().map(|(n, _)| n).collect();
            let known: Vec<&str> = numbers
                .iter()
                .map(String::as_str)
                .chain(store.person_ids())
                .chain(store.institution_ids())
                .collect();
            // Members are listed by the case, people and institutions by their lists.
            let lists = format!(
                "koop case show {}`, `koop person list`, `koop institution list",
                case.id()
            );
            Err(unknown_id(
                crate::tr!("caseutil-no-party", id = who),
                who,
                known,
                &lists,
            ))
        }
        _ => Err(
            Error::user(crate::tr!("caseutil-ambiguous-party", id = who))
                .hint(crate::tr!("caseutil-ambiguous-party-hint")),
        ),
    }
}

/// The identity of the member a user named by display number (`m2`) or identity.
pub fn resolve_member(case: &CaseRec, given: &str) -> Result<String> {
    if let Some(m) = case.find_member(given) {
        return Ok(m.id.get_ref().clone());
    }
    need_personal(case, "members")?;
    Err(no_such(
        case,
        Kind::Member,
        given,
        case.numbered_members().map(|(n, _)| n),
    ))
}

/// The identity of the task a user named by display number (`1.2`) or identity.
pub fn resolve_task(case: &CaseRec, given: &str) -> Result<String> {
    if let Some(t) = case.find_task(given) {
        return Ok(t.id.get_ref().clone());
    }
    Err(no_such(
        case,
        Kind::Task,
        given,
        case.numbered_tasks().map(|(n, _, _)| n),
    ))
}

/// The identity of the goal a user named by display number (`2`) or identity.
pub fn resolve_goal(case: &CaseRec, given: &str) -> Result<String> {
    if let Some(g) = case.find_goal(given) {
        return Ok(g.id.get_ref().clone());
    }
    Err(no_such(
        case,
        Kind::Goal,
        given,
        case.numbered_goals().map(|(n, _)| n),
    ))
}

/// What a case's number names: a member, a task or a goal.
#[derive(Debug, Clone, Copy)]
enum Kind {
    Member,
    Task,
    Goal,
}

/// "case 2026-001 has no task 4.1", with the numbers it has.
fn no_such(
    case: &CaseRec,
    kind: Kind,
    given: &str,
    numbers: impl Iterator<Item = String>,
) -> Error {
    let numbers: Vec<String> = numbers.collect();
    let id = case.id();
    let (err, none, some) = match kind {
        Kind::Member => (
            crate::tr!("caseutil-no-member", case = id, given = given),
            crate::tr!("caseutil-no-members-yet"),
            crate::tr!("caseutil-members-are", numbers = numbers.join(", ")),
        ),
        Kind::Task => (
            crate::tr!("caseutil-no-task", case = id, given = given),
            crate::tr!("caseutil-no-tasks-yet"),
            crate::tr!("caseutil-tasks-are", numbers = numbers.join(", ")),
        ),
        Kind::Goal => (
            crate::tr!("caseutil-no-goal", case = id, given = given),
            crate::tr!("caseutil-no-goals-yet"),
            crate::tr!("caseutil-goals-are", numbers = numbers.join(", ")),
        ),
    };
    Error::user(err).hint(if numbers.is_empty() { none } else { some })
}

/// An error for an ID that names nothing known: `message` ("no case with ID `x`"), with the
/// closest known ID as a hint, or else the command that lists them.
pub fn unknown_id<'a>(
    message: String,
    id: &str,
    known: impl IntoIterator<Item = &'a str>,
    list_cmd: &str,
) -> Error {
    let err = Error::user(message);
    match crate::text::closest(id, known) {
        Some(best) => err.hint(crate::tr!("caseutil-did-you-mean", id = best)),
        None => err.hint(crate::tr!("caseutil-listed-by", command = list_cmd)),
    }
}

/// Today's date (or KOOP_TODAY), as an error a command can return.
pub fn today() -> Result<Date> {
    Date::today().map_err(Error::user)
}

/// A random folder suffix for a new case (`model::uid`): two clones that give two referrals
/// the same number, or register the very same referral twice, write different folders, so
/// git keeps both and `koop check` reports the clash of numbers (K004).
pub fn case_suffix(store: &Store) -> String {
    let taken: std::collections::BTreeSet<&str> = store
        .cases
        .iter()
        .filter_map(|c| c.dir.rsplit('-').next())
        .collect();
    let on_disk = |s: &str| {
        std::fs::read_dir(store.root.join("cases")).is_ok_and(|dir| {
            dir.flatten()
                .any(|e| e.file_name().to_string_lossy().ends_with(&format!("-{s}")))
        })
    };
    crate::model::uid::fresh(crate::model::uid::SUFFIX_LEN, |s| {
        taken.contains(s) || on_disk(s)
    })
}
