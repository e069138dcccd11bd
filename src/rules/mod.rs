//! The rule catalogue: every finding `koop check` can report has a permanent code, a short
//! name, a severity, a one-line summary and the source it comes from. Codes are never reused.
//!
//! Some findings are made while loading (syntax, schema, IDs, misplaced files); the others are
//! small pure functions over the loaded store that never stop early.

mod cases;
mod integrity;

use crate::diag::{Diagnostic, Severity};
use crate::store::Store;

/// The stable codes, named for use in code.
pub mod codes {
    /// A file that cannot be read: not UTF-8 or not TOML.
    pub const SYNTAX: &str = "K001";
    /// A record whose keys or values do not fit its schema.
    pub const SCHEMA: &str = "K002";
    /// A file or folder name that is not a valid ID.
    pub const BAD_ID: &str = "K003";
    /// Two records with the same ID, or one entry listed twice.
    pub const DUPLICATE: &str = "K004";
    /// A reference to a record that does not exist.
    pub const UNKNOWN_REF: &str = "K005";
    /// A TOML file where koop expects no record.
    pub const MISPLACED: &str = "K006";
    /// A team delegate who works at another institution than the member delegating them.
    pub const FOREIGN_DELEGATE: &str = "K007";
}

/// One rule of the catalogue.
pub struct Rule {
    /// Permanent code, `K001`…
    pub code: &'static str,
    /// Short kebab-case name.
    pub name: &'static str,
    /// Error or warning.
    pub severity: Severity,
    /// What the rule checks, in one line.
    pub summary: &'static str,
    /// Where the rule comes from (a seed document or the record format).
    pub source: &'static str,
    /// The check, or `None` for findings made while loading.
    pub check: Option<fn(&Store, &mut Vec<Diagnostic>)>,
}

/// Every rule, in code order.
pub static RULES: &[Rule] = &[
    Rule {
        code: codes::SYNTAX,
        name: "syntax",
        severity: Severity::Error,
        summary: "every record file is UTF-8 text in valid TOML",
        source: "docs/format.md",
        check: None,
    },
    Rule {
        code: codes::SCHEMA,
        name: "schema",
        severity: Severity::Error,
        summary: "every record has the keys its kind requires, with values of the right type",
        source: "docs/format.md",
        check: None,
    },
    Rule {
        code: codes::BAD_ID,
        name: "bad-id",
        severity: Severity::Error,
        summary: "record file and folder names are IDs: lowercase a-z, 0-9 and single hyphens",
        source: "docs/format.md",
        check: None,
    },
    Rule {
        code: codes::DUPLICATE,
        name: "duplicate",
        severity: Severity::Error,
        summary: "no two records share an ID (case numbers included) and no entry is listed twice",
        source: "docs/format.md",
        check: Some(duplicates),
    },
    Rule {
        code: codes::UNKNOWN_REF,
        name: "unknown-reference",
        severity: Severity::Error,
        summary: "every referenced institution, person, team, service, member, task and goal exists",
        source: "docs/format.md",
        check: Some(references),
    },
    Rule {
        code: codes::MISPLACED,
        name: "misplaced-file",
        severity: Severity::Warning,
        summary: "TOML files in record folders sit where koop reads them",
        source: "docs/format.md",
        check: None,
    },
    Rule {
        code: codes::FOREIGN_DELEGATE,
        name: "foreign-delegate",
        severity: Severity::Warning,
        summary: "a member institution delegates its own workers to a team",
        source: "seed 004, zał. 5 §3.1 (GGK: przedstawiciele instytucji, które podpisały Porozumienie)",
        check: Some(integrity::foreign_delegates),
    },
];

fn duplicates(store: &Store, out: &mut Vec<Diagnostic>) {
    integrity::duplicates(store, out);
    cases::numbers(store, out);
}

fn references(store: &Store, out: &mut Vec<Diagnostic>) {
    integrity::references(store, out);
    cases::references(store, out);
}

/// The rule with this code.
pub fn rule(code: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.code.eq_ignore_ascii_case(code))
}

/// Runs every rule on the store and returns the findings, load problems included, sorted.
pub fn check(store: &Store) -> Vec<Diagnostic> {
    let mut out = store.problems.clone();
    for rule in RULES {
        if let Some(check) = rule.check {
            check(store, &mut out);
        }
    }
    out.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    out.dedup();
    out
}
