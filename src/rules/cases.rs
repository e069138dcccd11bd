//! Integrity of cases: numbers are unique and well-formed, and every institution, person,
//! team, member, task, goal and service a case names exists.

use crate::diag::{Diagnostic, Location};
use crate::model::Spanned;
use crate::rules::codes;
use crate::rules::integrity::resolve;
use crate::store::{CaseRec, NameFound, Store};
use crate::tr;

/// K032: the personal data of cases is encrypted.
pub fn plain_personal(store: &Store, out: &mut Vec<Diagnostic>) {
    for c in &store.cases {
        for name in crate::store::crypt::PERSONAL {
            let rel = c.file(name);
            if !store.sources.contains(rel.as_str()) {
                continue;
            }
            let (message, help) = if store.recipients > 0 {
                (
                    tr!("rule-k032-plain-but-encrypted", file = &rel),
                    tr!("rule-k032-plain-but-encrypted-help"),
                )
            } else {
                (
                    tr!("rule-k032-plain", file = &rel),
                    tr!("rule-k032-plain-help"),
                )
            };
            out.push(
                Diagnostic::warning(codes::PLAIN_PERSONAL, message, Location::file(rel))
                    .with_help(help),
            );
        }
    }
}

/// K033: no member's name in the case's files that are not encrypted (found while loading,
/// `names_found`).
pub fn names_in_plain_text(store: &Store, out: &mut Vec<Diagnostic>) {
    for c in &store.cases {
        for found in &c.names {
            let number = crate::model::uid::member_number(found.member);
            out.push(
                Diagnostic::warning(
                    codes::NAME_IN_PLAIN_TEXT,
                    tr!("rule-k033-name", member = &number, file = &found.file),
                    store.locate(&found.file, found.at.clone()),
                )
                .with_help(tr!("rule-k033-name-help", member = &number)),
            );
        }
        // The disclosure register's entries about the case: their purpose is free text.
        let Some(members) = &c.members else {
            continue;
        };
        for d in store
            .disclosures
            .iter()
            .filter(|d| d.value.case.get_ref() == &c.dir)
        {
            let Some(purpose) = &d.value.purpose else {
                continue;
            };
            for (i, m) in members.value.members.iter().enumerate() {
                let Some(token) = name_tokens(&m.name).find(|t| find_name(purpose, t).is_some())
                else {
                    continue;
                };
                // At the word in the file, as it is written there; else at `purpose`.
                let at = store
                    .text_of(&d.path)
                    .and_then(|text| find_name(&text, token).map(|at| (at, text.len())))
                    .map(|(at, len)| store.locate(&d.path, at..at + token.len().min(len - at)))
                    .unwrap_or_else(|| store.locate_key(&d.path, "purpose"));
                let number = crate::model::uid::member_number(i);
                out.push(
                    Diagnostic::warning(
                        codes::NAME_IN_PLAIN_TEXT,
                        tr!("rule-k033-name", member = &number, file = &d.path),
                        at,
                    )
                    .with_help(tr!("rule-k033-name-help", member = &number)),
                );
            }
        }
    }
}

/// Where the members' names appear in the case's files that are not encrypted (`files`:
/// case.toml, the plan, monitoring, evaluations): for each member, each word of the name,
/// each file, the first place. `text_of` gives a file's text; the loader calls this while it
/// has it, so that the text need not be kept.
pub fn names_found<'a>(
    members: &crate::model::case::Members,
    files: &[&str],
    text_of: impl Fn(&str) -> Option<&'a str>,
) -> Vec<NameFound> {
    let mut out = Vec::new();
    for (i, m) in members.members.iter().enumerate() {
        for token in name_tokens(&m.name) {
            for rel in files {
                let Some(text) = text_of(rel) else {
                    continue;
                };
                if let Some(at) = find_name(text, token) {
                    out.push(NameFound {
                        member: i,
                        file: rel.to_string(),
                        at: at..at + token.len().min(text.len() - at),
                    });
                }
            }
        }
    }
    out
}

/// The words of a name worth looking for: capitalised, three letters or more.
fn name_tokens(name: &str) -> impl Iterator<Item = &str> {
    name.split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| w.chars().count() >= 3 && w.chars().next().is_some_and(char::is_uppercase))
}

/// Where `token` starts a word of `text`, itself or inflected as Polish inflects names
/// (Kowalski, Kowalskiego; Tajemnicza, Tajemniczej; Anna, Anny: a final vowel may change, up
/// to four lowercase letters may follow), but not as the start of a longer word (Ewa,
/// Ewaluacja).
fn find_name(text: &str, token: &str) -> Option<usize> {
    let stem = match token.char_indices().last() {
        Some((i, c)) if token.chars().count() >= 4 && "aeiouyąę".contains(c) => &token[..i],
        _ => token,
    };
    text.match_indices(stem).map(|(i, _)| i).find(|&i| {
        let before = text[..i].chars().next_back();
        let after: String = text[i + stem.len()..]
            .chars()
            .take_while(|c| c.is_alphanumeric())
            .collect();
        before.is_none_or(|c| !c.is_alphanumeric())
            && after.chars().count() <= 4
            && after.chars().all(char::is_lowercase)
    })
}

/// K003/K004: case numbers are `YYYY-NNN` (three digits or more), and no two folders share one.
pub fn numbers(store: &Store, out: &mut Vec<Diagnostic>) {
    for c in &store.cases {
        let id = c.id();
        if !crate::model::case::is_number(id) {
            out.push(
                Diagnostic::error(
                    codes::BAD_ID,
                    tr!("rule-k003-case-number", id = id),
                    store.locate(&c.case.path, c.case.value.id.span()),
                )
                .with_help(tr!("rule-k003-case-number-help")),
            );
        }
    }
    // One finding per case that must move, at its number, saying which one keeps it.
    for m in crate::store::renumber::plan(store) {
        let Some(c) = store.cases.iter().find(|c| c.dir == m.dir) else {
            continue;
        };
        out.push(
            Diagnostic::error(
                codes::DUPLICATE,
                tr!(
                    "rule-k004-case-number",
                    number = &m.from,
                    keeper = &m.keeper,
                    dir = &m.dir
                ),
                store.locate(&c.case.path, c.case.value.id.span()),
            )
            .with_help(tr!(
                "rule-k004-case-number-help",
                keeper = &m.keeper,
                why = m.why.to_string(),
                dir = &m.dir,
                new = &m.to
            )),
        );
    }
}

/// K005 inside a case: members, tasks and goals named by the case's files exist, and a
/// monitoring file is named after a reporter (references to other records are
/// `integrity::references`').
pub fn references(store: &Store, out: &mut Vec<Diagnostic>) {
    let institutions: Vec<&str> = store.institution_ids().collect();
    let people: Vec<&str> = store.person_ids().collect();
    for c in &store.cases {
        let path = &c.case.path;
        let v = &c.case.value;
        let mut members: Vec<&str> = c
            .members
            .iter()
            .flat_map(|m| &m.value.members)
            .map(|m| m.id.get_ref().as_str())
            .collect();
        members.sort_unstable();
        let members_ok = !c.broken.contains("members");
        let plan_ok = !c.broken.contains("plan");
        for k in v.consents.iter().filter(|_| members_ok) {
            member(store, c, path, &k.by, &members, out);
            for m in &k.on_behalf_of {
                member(store, c, path, m, &members, out);
            }
        }
        if let Some(plan) = &c.plan {
            for (_, t) in c.tasks() {
                if let (Some(m), true) = (&t.member, members_ok) {
                    member(store, c, &plan.path, m, &members, out);
                }
            }
        }
        let mut tasks: Vec<&str> = c.tasks().map(|(_, t)| t.id.get_ref().as_str()).collect();
        tasks.sort_unstable();
        for m in &c.monitoring {
            // A reporter whose own file did not load is that file's problem (K001/K002), not
            // a second finding here.
            let known_reporter = members.binary_search(&m.key.as_str()).is_ok()
                || institutions.binary_search(&m.key.as_str()).is_ok()
                || store.is_broken("institution", &m.key)
                || store.is_broken("person", &m.key)
                || !members_ok;
            if !known_reporter {
                out.push(
                    Diagnostic::error(
                        codes::UNKNOWN_REF,
                        tr!("rule-k005-unknown-reporter", reporter = &m.key),
                        Location::file(&m.path),
                    )
                    .with_help(tr!("rule-k005-unknown-reporter-help")),
                );
            }
            for e in &m.value.entries {
                if plan_ok {
                    by_identity(store, c, &m.path, "task", &e.task(), &tasks, out);
                }
                if let Some(a) = &e.author() {
                    resolve(store, &m.path, "person", a, &people, out);
                }
            }
        }
        let mut goals: Vec<&str> = c
            .plan
            .iter()
            .flat_map(|p| &p.value.goals)
            .map(|g| g.id.get_ref().as_str())
            .collect();
        goals.sort_unstable();
        for e in c.evaluations.iter().filter(|_| plan_ok) {
            for g in &e.value.goals {
                by_identity(store, c, &e.path, "goal", &g.goal, &goals, out);
            }
        }
    }
}

/// K005 for a reference to a task or goal of the case: it holds an identity. A display number
/// written instead (`1.2`, `2`) is named as such, with the identity to write.
fn by_identity(
    store: &Store,
    case: &CaseRec,
    path: &str,
    kind: &str,
    value: &Spanned<impl AsRef<str>>,
    known: &[&str],
    out: &mut Vec<Diagnostic>,
) {
    let given = value.get_ref().as_ref();
    if known.binary_search(&given).is_ok() {
        return;
    }
    let found = match kind {
        "task" => case.find_task(given).map(|t| t.id.get_ref()),
        "goal" => case.find_goal(given).map(|g| g.id.get_ref()),
        _ => case.find_member(given).map(|m| m.id.get_ref()),
    };
    match found {
        Some(id) => out.push(number_not_identity(store, path, kind, value, id)),
        None if store.is_broken(kind, given) => {}
        None => {
            let listed: Vec<String> = match kind {
                "task" => case
                    .numbered_tasks()
                    .map(|(n, _, t)| format!("{n} = `{}`", t.id.get_ref()))
                    .collect(),
                _ => case
                    .numbered_goals()
                    .map(|(n, g)| format!("{n} = `{}`", g.id.get_ref()))
                    .collect(),
            };
            let help = match crate::text::closest(given, known.iter().copied()) {
                Some(best) => tr!("rule-k005-did-you-mean", best = best),
                None if listed.is_empty() => {
                    tr!("rule-k005-case-has-none", case = case.id(), kind = kind)
                }
                None => tr!(
                    "rule-k005-case-lists",
                    kind = kind,
                    case = case.id(),
                    list = listed.join(", ")
                ),
            };
            out.push(
                Diagnostic::error(
                    codes::UNKNOWN_REF,
                    tr!(
                        "rule-k005-unknown-in-case",
                        kind = kind,
                        id = given,
                        case = case.id()
                    ),
                    store.locate(path, value.span()),
                )
                .with_help(help),
            );
        }
    }
}

/// A display number where a record must hold an identity.
fn number_not_identity(
    store: &Store,
    path: &str,
    kind: &str,
    value: &Spanned<impl AsRef<str>>,
    id: &str,
) -> Diagnostic {
    Diagnostic::error(
        codes::UNKNOWN_REF,
        tr!(
            "rule-k005-number-not-identity",
            value = value.get_ref().as_ref(),
            kind = kind
        ),
        store.locate(path, value.span()),
    )
    .with_help(tr!(
        "rule-k005-number-not-identity-help",
        id = id,
        kind = kind
    ))
}

fn member(
    store: &Store,
    case: &CaseRec,
    path: &str,
    key: &Spanned<impl AsRef<str>>,
    members: &[&str],
    out: &mut Vec<Diagnostic>,
) {
    if members.binary_search(&key.get_ref().as_ref()).is_err() {
        if let Some(m) = case.find_member(key.get_ref().as_ref()) {
            out.push(number_not_identity(
                store,
                path,
                "member",
                key,
                m.id.get_ref(),
            ));
            return;
        }
        let mut d = Diagnostic::error(
            codes::UNKNOWN_REF,
            tr!(
                "rule-k005-unknown-in-case",
                kind = "member",
                id = key.get_ref().as_ref(),
                case = case.id()
            ),
            store.locate(path, key.span()),
        );
        d = d.with_help(
            match crate::text::closest(key.get_ref().as_ref(), members.iter().copied()) {
                Some(best) => tr!("rule-k005-did-you-mean", best = best),
                None => {
                    let listed: Vec<String> = case
                        .numbered_members()
                        .map(|(n, m)| format!("{n} = `{}`", m.id.get_ref()))
                        .collect();
                    if listed.is_empty() {
                        tr!("rule-k005-members-file", file = case.file("members.toml"))
                    } else {
                        tr!(
                            "rule-k005-case-lists",
                            kind = "member",
                            case = case.id(),
                            list = listed.join(", ")
                        )
                    }
                }
            },
        );
        out.push(d);
    }
}

/// K003/K004: every identity in a case (members, goals, tasks, monitoring entries) is of
/// the right form and used once; the same for the decisions of a meeting.
pub fn duplicates_within(store: &Store, out: &mut Vec<Diagnostic>) {
    for c in &store.cases {
        let mut all: Vec<Identity> = Vec::new();
        if let Some(m) = &c.members {
            all.extend(
                m.value
                    .members
                    .iter()
                    .map(|x| identity("member", &m.path, &x.id)),
            );
        }
        if let Some(p) = &c.plan {
            for g in &p.value.goals {
                all.push(identity("goal", &p.path, &g.id));
                all.extend(g.tasks.iter().map(|t| identity("task", &p.path, &t.id)));
            }
        }
        for m in &c.monitoring {
            all.extend(m.value.entries.iter().map(|e| {
                let id = e.id();
                ("entry", m.path.as_str(), id.span(), *id.get_ref())
            }));
        }
        identities(store, &all, ("case", c.id()), out);
    }
    for m in &store.meetings {
        let all: Vec<Identity> = m
            .value
            .decisions
            .iter()
            .map(|d| identity("decision", &m.path, &d.id))
            .collect();
        identities(store, &all, ("meeting", m.id.as_str()), out);
    }
}

/// K003 for each identity's form, K004 for each one used before in `scope` (a case or a
/// meeting, and its ID). Each identity is of a `member`, `goal`, `task`, monitoring `entry`
/// or `decision`.
fn identities(store: &Store, all: &[Identity], scope: (&str, &str), out: &mut Vec<Diagnostic>) {
    let mut seen: std::collections::BTreeMap<&str, &str> = std::collections::BTreeMap::new();
    for (what, path, span, id) in all {
        identity_form(store, path, what, span, id, out);
        if let Some(first) = seen.insert(id, what) {
            let (within, owner) = scope;
            let message = if first == *what {
                tr!(
                    "rule-k004-identity-twice",
                    what = *what,
                    id = *id,
                    scope = within,
                    owner = owner
                )
            } else {
                tr!(
                    "rule-k004-identity-shared",
                    first = first,
                    what = *what,
                    id = *id,
                    scope = within,
                    owner = owner
                )
            };
            out.push(twice(store, path, message, span, id));
        }
    }
}

fn twice(
    store: &Store,
    path: &str,
    message: String,
    span: &std::ops::Range<usize>,
    id: &str,
) -> Diagnostic {
    Diagnostic::error(codes::DUPLICATE, message, store.locate(path, span.clone())).with_help(tr!(
        "rule-k004-identity-twice-help",
        fresh = crate::model::uid::fresh(crate::model::uid::LEN, |s| s == id)
    ))
}

/// An identity of a case or a meeting: what it identifies, the file, where in it, the ID.
type Identity<'a> = (&'a str, &'a str, std::ops::Range<usize>, &'a str);

fn identity<'a, S: AsRef<str>>(what: &'a str, path: &'a str, id: &'a Spanned<S>) -> Identity<'a> {
    (what, path, id.span(), id.get_ref().as_ref())
}

/// K003: an identity written by hand is an ID (a member's names a monitoring file) and does
/// not look like a display number, which commands would read as a position.
fn identity_form(
    store: &Store,
    path: &str,
    what: &str,
    span: &std::ops::Range<usize>,
    id: &str,
    out: &mut Vec<Diagnostic>,
) {
    let number = crate::store::format::is_member_key(id)
        || crate::store::format::is_task_number(id)
        || (!id.is_empty() && id.bytes().all(|b| b.is_ascii_digit()));
    let message = if number {
        Some(tr!("rule-k003-identity-number", id = id, what = what))
    } else {
        crate::model::id::validate(id).err().map(|e| {
            tr!(
                "rule-k003-identity-invalid",
                id = id,
                what = what,
                why = e.to_string()
            )
        })
    };
    if let Some(message) = message {
        out.push(
            Diagnostic::error(codes::BAD_ID, message, store.locate(path, span.clone())).with_help(
                tr!(
                    "rule-k003-identity-help",
                    fresh = crate::model::uid::fresh(crate::model::uid::LEN, |_| false)
                ),
            ),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::{find_name, name_tokens};

    #[test]
    fn names_are_found_inflected_but_not_inside_other_words() {
        assert_eq!(
            find_name("Rozmowa z Kowalskim o pracy", "Kowalski"),
            Some(10)
        );
        assert_eq!(find_name("Kowalskiego nie było", "Kowalski"), Some(0));
        assert_eq!(find_name("Ewaluacja celu", "Ewa"), None);
        assert_eq!(find_name("NieKowalski", "Kowalski"), None);
        assert_eq!(find_name("Ewa przyszła", "Ewa"), Some(0));
        assert_eq!(find_name("pani Tajemniczej", "Tajemnicza"), Some(5));
        assert_eq!(find_name("dla Anny", "Anna"), Some(4));
        assert_eq!(find_name("Zenobiowanie", "Zenobia"), None);
        let tokens: Vec<&str> = name_tokens("Anna Maria Kowalska-Nowak jr").collect();
        assert_eq!(tokens, ["Anna", "Maria", "Kowalska", "Nowak"]);
    }
}
