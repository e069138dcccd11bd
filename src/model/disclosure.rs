//! The disclosure register: one file per act of giving a case's data outside the team's
//! encrypted records — a disclosure package (`koop share`), a document with the personal data
//! written to a file (`koop doc … --reveal -o FILE`), the anonymisation of a case. It names
//! the case by number and the recipient by institution ID, never a family member, so it is
//! kept in plain text; one file per entry, so entries made in parallel clones never conflict.

use serde::{Deserialize, Serialize};

use super::{Category, Date, Spanned};
use crate::word_enum;

word_enum! {
    /// What was done with the data.
    Act {
        /// A disclosure package for an institution (`koop share`).
        Share => "share" | "udostępnienie" | "udostepnienie",
        /// A document with the personal data written to a file (`--reveal`).
        Reveal => "reveal" | "odsłonięcie" | "odsloniecie",
        /// The case's personal data replaced by a tombstone (`koop case anonymise`).
        Anonymise => "anonymise" | "anonimizacja",
    }
}

/// `disclosures/<id>.toml`: one entry of the register.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Disclosure {
    /// The day it was done.
    pub date: Spanned<Date>,
    /// What was done.
    pub act: Act,
    /// The case: its folder under `cases/`.
    pub case: Spanned<String>,
    /// The case's number on that day, as the package printed it.
    pub number: String,
    /// The institution that received the data (a package), when there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<Spanned<String>>,
    /// Who did it: the name of their key in `keys/`, else git's `user.name`, else their login.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<String>,
    /// The categories of data given.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub categories: Vec<Category>,
    /// Why (a package's `--purpose`, an anonymisation's reason).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purpose: Option<String>,
    /// The document written (`karta`, `monitoring`, or `pakiet` for a package).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<String>,
    /// Its format (`md`, `pdf`, …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<String>,
}

/// What the consents in force on a day let koop give one institution.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Allowed {
    /// Categories of the case as a whole: those every consent in force allows.
    pub categories: Vec<Category>,
    /// The members (identities) whose names and contacts may go: their own consent, or the
    /// one given for them, allows `identity`.
    pub identities: Vec<String>,
}

/// Why nothing may be given.
#[derive(Debug, Clone, PartialEq)]
pub enum Refusal {
    /// No consent was in force that day.
    NoConsent,
    /// A member withdrew their consent (on that day or before) and gave none since.
    Withdrawn {
        /// The member's identity.
        member: String,
        /// The day it was withdrawn.
        date: Date,
    },
    /// The consents in force say nothing koop can apply (only a free-text `scope`).
    NoScope,
    /// The consents in force do not name this recipient, or not all of them do.
    NotCovered,
}

/// What the consents of `case` in force at the end of `day` let koop give the institution
/// `to` (of kind `kind`), or why nothing may go.
pub fn allowed(
    case: &super::Case,
    day: Date,
    to: &str,
    kind: Option<&str>,
) -> Result<Allowed, Refusal> {
    // A withdrawal stops every package at once, whatever the others consented to.
    let mut people: Vec<&str> = case
        .consents
        .iter()
        .map(|c| c.by.get_ref().as_str())
        .collect();
    people.sort_unstable();
    people.dedup();
    for member in people {
        let theirs: Vec<&super::Consent> = case
            .consents
            .iter()
            .filter(|c| c.by.get_ref() == member && *c.date.get_ref() <= day)
            .collect();
        if theirs.is_empty() || theirs.iter().any(|c| c.in_force(day)) {
            continue;
        }
        if let Some(date) = theirs
            .iter()
            .filter_map(|c| c.withdrawn.as_ref().map(|w| *w.get_ref()))
            .max()
        {
            return Err(Refusal::Withdrawn {
                member: member.to_string(),
                date,
            });
        }
    }
    let in_force: Vec<&super::Consent> = case.consents.iter().filter(|c| c.in_force(day)).collect();
    if in_force.is_empty() {
        return Err(Refusal::NoConsent);
    }
    if in_force.iter().all(|c| c.share.is_empty()) {
        return Err(Refusal::NoScope);
    }
    let mut categories: Option<Vec<Category>> = None;
    for c in &in_force {
        let mine = c.categories_for(to, kind);
        categories = Some(match categories {
            None => mine,
            Some(sofar) => sofar.into_iter().filter(|k| mine.contains(k)).collect(),
        });
    }
    let mut categories: Vec<Category> = categories
        .unwrap_or_default()
        .into_iter()
        .filter(|k| *k != Category::Identity)
        .collect();
    let mut identities = Vec::new();
    for c in &in_force {
        if c.categories_for(to, kind).contains(&Category::Identity) {
            identities.push(c.by.get_ref().clone());
            identities.extend(c.on_behalf_of.iter().map(|m| m.get_ref().clone()));
        }
    }
    identities.sort();
    identities.dedup();
    if categories.is_empty() && identities.is_empty() {
        return Err(Refusal::NotCovered);
    }
    if !identities.is_empty() {
        categories.push(Category::Identity);
        categories.sort();
    }
    Ok(Allowed {
        categories,
        identities,
    })
}
