//! Shared pieces of the case commands: finding a case by number or folder, resolving who is
//! responsible, and editing (or creating) a file of a case folder.

use super::unknown;
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
            let broken = store
                .skipped
                .iter()
                .any(|p| p.starts_with("cases/") && p.contains(key));
            if broken {
                return Err(Error::user(format!("case `{key}` could not be read"))
                    .hint("`koop check` shows what is wrong with its files"));
            }
            Err(unknown(
                "case",
                key,
                store.cases.iter().map(|c| c.id()),
                "koop case list",
            ))
        }
        many => {
            let dirs: Vec<&str> = many.iter().map(|c| c.dir.as_str()).collect();
            Err(Error::user(format!(
                "case number `{key}` is used by {} folders: {}",
                many.len(),
                dirs.join(", ")
            ))
            .hint(format!(
                "name the folder instead, or run `koop case renumber {}`",
                dirs[1]
            )))
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
    let want: Vec<&str> = allowed.iter().map(|s| s.as_str()).collect();
    Err(Error::user(format!(
        "cannot {}: case {} is {status}, and this needs it {}",
        action.doing(),
        case.id(),
        crate::text::one_of(&want).replace('`', "")
    ))
    .hint(action.hint(status)))
}

/// Who a task or report names: a family member, or an institution (possibly through a person).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Party {
    /// A member of the case, by key.
    Member(String),
    /// An institution, with the person when one was named.
    Institution {
        institution: String,
        person: Option<String>,
    },
}

impl Party {
    /// The key a monitoring file is named by: the member key or the institution ID.
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
            let hint = if reason.starts_with(crate::store::crypt::DAMAGED) {
                format!(
                    "restore it from git (`git log -- {rel}`, `git checkout <commit> -- {rel}`)"
                )
            } else {
                "set KOOP_IDENTITY to your identity file (docs/privacy.md)".to_string()
            };
            Err(Error::user(format!(
                "this needs {rel}, which cannot be decrypted: {reason}"
            ))
            .hint(hint))
        }
    }
}

/// Resolves WHO: a member key of the case, a person ID or an institution ID.
pub fn resolve_party(store: &Store, case: &CaseRec, who: &str) -> Result<Party> {
    let member = case.member(who).is_some();
    let person = store.person(who);
    let institution = store.institution(who).is_some();
    if !member && person.is_none() && !institution {
        // Perhaps a member of a case whose members this user cannot read.
        need_personal(case, "members")?;
    }
    match (member, person, institution) {
        (true, None, false) => Ok(Party::Member(who.to_string())),
        (false, Some(p), false) => Ok(Party::Institution {
            institution: p.parent.clone().unwrap_or_default(),
            person: Some(p.id.clone()),
        }),
        (false, None, true) => Ok(Party::Institution {
            institution: who.to_string(),
            person: None,
        }),
        (false, None, false) => {
            let members = case.members.iter().flat_map(|m| &m.value.members);
            let known: Vec<&str> = members
                .map(|m| m.key.get_ref().as_str())
                .chain(store.person_ids())
                .chain(store.institution_ids())
                .collect();
            Err(unknown(
                "member, person or institution",
                who,
                known,
                "koop case show",
            ))
        }
        _ => Err(Error::user(format!(
            "`{who}` is ambiguous: it names more than one of a member, a person and an institution"
        ))
        .hint("rename the member key in members.toml")),
    }
}

/// Today's date (or KOOP_TODAY), as an error a command can return.
pub fn today() -> Result<Date> {
    Date::today().map_err(Error::user)
}

/// A folder suffix derived from the new case file's content (FNV-1a, stable across builds).
///
/// Two clones that give different referrals the same number get different folders, so git
/// merges both; two clones that record the very same referral write identical files, which
/// git also merges cleanly. Being content-derived keeps koop's output deterministic.
pub fn content_suffix(content: &str) -> String {
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in content.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    (0..4)
        .map(|_| {
            let c = ALPHABET[(hash % ALPHABET.len() as u64) as usize] as char;
            hash /= ALPHABET.len() as u64;
            c
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::content_suffix;

    #[test]
    fn suffix_is_stable_and_content_dependent() {
        assert_eq!(
            content_suffix("id = \"2026-001\""),
            content_suffix("id = \"2026-001\"")
        );
        assert_ne!(
            content_suffix("kind = \"family\""),
            content_suffix("kind = \"person\"")
        );
        assert_eq!(content_suffix("").len(), 4);
    }
}
