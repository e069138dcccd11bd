//! The rule catalogue: every finding `koop check` can report has a permanent code, a short
//! name, a severity, a one-line summary and the source it comes from. Codes are never reused.
//!
//! Some findings are made while loading (syntax, schema, IDs, misplaced files); the others are
//! small pure functions over the loaded store that never stop early.

pub(crate) mod cases;
mod course;
mod cycle;
mod disclosure;
mod duplicates;
mod integrity;
mod meetings;
mod powiat;
mod teams;

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
    /// A case's dates out of order.
    pub const CASE_DATES: &str = "K008";
    /// A task due or done before the plan.
    pub const TASK_DATES: &str = "K009";
    /// Monitoring for a month the case was not active.
    pub const MONITORING_MONTH: &str = "K010";
    /// A case past referral without consent.
    pub const CONSENT: &str = "K011";
    /// A task without a due date.
    pub const TASK_DUE: &str = "K012";
    /// A task without anyone responsible.
    pub const TASK_RESPONSIBLE: &str = "K013";
    /// An adopted plan without a main goal, or a goal without tasks.
    pub const GOALS: &str = "K014";
    /// A case past referral without a team's qualification.
    pub const QUALIFICATION: &str = "K015";
    /// A case coordinator who is not an OPS employee.
    pub const CASE_COORDINATOR: &str = "K016";
    /// A GGK without an OPS coordinator.
    pub const GGK_COORDINATOR: &str = "K017";
    /// A task given to an institution outside the team and the agreement.
    pub const RESPONSIBLE_IN_TEAM: &str = "K018";
    /// Work outside the time the agreement is in force.
    pub const AGREEMENT_IN_FORCE: &str = "K019";
    /// A month of an active case without monitoring from a responsible party.
    pub const MONITORING_KEPT: &str = "K020";
    /// A closed case without a proper closure.
    pub const CLOSURE: &str = "K021";
    /// A PZK without a signed agreement.
    pub const PZK_AGREEMENT: &str = "K022";
    /// A PZK meeting less often than quarterly.
    pub const PZK_FREQUENCY: &str = "K023";
    /// A county animator with more than four gminy on less than a full post.
    pub const ANIMATOR_WORKLOAD: &str = "K024";
    /// An agreement whose dates are out of order.
    pub const AGREEMENT_DATES: &str = "K025";
    /// A past meeting without minutes.
    pub const MEETING_MINUTES: &str = "K026";
    /// Minutes not approved at the next meeting.
    pub const MINUTES_APPROVED: &str = "K027";
    /// A meeting decision past due and not done.
    pub const DECISIONS: &str = "K028";
    /// A meeting slot against the practical rules of zał. 2.
    pub const MEETING_SLOT: &str = "K029";
    /// Someone present who is neither in the team nor invited.
    pub const ATTENDEES: &str = "K030";
    /// A PZK going longer between meetings than agreed.
    pub const PZK_GAP: &str = "K031";
    /// Personal data in plain text.
    pub const PLAIN_PERSONAL: &str = "K032";
    /// A member's name in a file that is not encrypted.
    pub const NAME_IN_PLAIN_TEXT: &str = "K033";
    /// A record entered twice.
    pub const EXACT_DUPLICATE: &str = "K034";
    /// A record in the format of an earlier koop.
    pub const OUTDATED: &str = "K035";
    /// An unresolved merge conflict.
    pub const MERGE_CONFLICT: &str = "K036";
    /// An encrypted file readable by others than `keys/` lists, or not by all of them.
    pub const RECIPIENTS: &str = "K037";
    /// A case that ended other than by success says when and why.
    pub const OUTCOME: &str = "K038";
    /// An evaluation past its recorded date.
    pub const EVALUATION_DUE: &str = "K039";
    /// A plan adopted without a diagnosis before it.
    pub const DIAGNOSIS_FIRST: &str = "K040";
    /// A PZK without a core, or without the OPS.
    pub const PZK_CORE: &str = "K041";
    /// A GGK member that did not sign the agreement, or a GGK with an agreement of its own.
    pub const GGK_SIGNATORIES: &str = "K042";
    /// The decision to continue or to end, and steps left out.
    pub const COURSE_DECISION: &str = "K043";
    /// A referral or task outside the model's cycles.
    pub const OUTSIDE_CYCLE: &str = "K044";
    /// An OPS, case or service without its gmina in a powiat, or another gmina's in a gmina.
    pub const GMINA: &str = "K045";
    /// A name after „przez” or a seat after „z siedzibą w” that is neither derivable nor recorded.
    pub const INFLECTED_NAMES: &str = "K046";
    /// An agreement signed after the project whose § 1 ust. 1 still describes the project.
    pub const AFTER_PROJECT: &str = "K047";
    /// A disclosure package outside the consent's scope or after its withdrawal.
    pub const DISCLOSURE_CONSENT: &str = "K048";
    /// Monitoring recorded after a member withdrew their consent.
    pub const WORK_AFTER_WITHDRAWAL: &str = "K049";
}

/// One rule of the catalogue.
pub struct Rule {
    /// Permanent code, `K001`…
    pub code: &'static str,
    /// Short kebab-case name.
    pub name: &'static str,
    /// Error or warning.
    pub severity: Severity,
    /// Where the rule comes from (a seed document or the record format).
    pub source: &'static str,
    /// The check, or `None` for findings made while loading.
    pub check: Option<fn(&Store, &mut Vec<Diagnostic>)>,
}

impl Rule {
    /// What the rule checks, in one line (`rule-kNNN-summary` of the catalogues).
    pub fn summary(&self) -> String {
        self.text("summary")
    }

    /// Why it matters (quoting the source) and how to fix a finding, for `koop explain`
    /// (`rule-kNNN-explain` of the catalogues).
    pub fn explain(&self) -> String {
        self.text("explain")
    }

    fn text(&self, part: &str) -> String {
        let key = format!("rule-{}-{part}", self.code.to_lowercase());
        crate::i18n::lookup(&key).unwrap_or(key)
    }
}

const FORMAT: &str = "docs/format.md";
const ZAL5: &str = "Załącznik nr 5 – Porozumienie na rzecz współdziałania organizacji i instytucji";
const ZAL6: &str = "Załącznik nr 6 – Karta planu pracy z osobą/rodziną";
const ZAL2: &str = "Załącznik nr 2 – Scenariusz spotkania inicjującego spotkanie partnerskie";
const ZAL7: &str = "Załącznik nr 7 – Monitoring pracy z osobą/rodziną/grupą społeczną";

/// Every rule, in code order. Codes are permanent: a retired rule keeps its number unused.
pub static RULES: &[Rule] = &[
    Rule {
        code: codes::SYNTAX,
        name: "syntax",
        severity: Severity::Error,
        source: FORMAT,
        check: None,
    },
    Rule {
        code: codes::SCHEMA,
        name: "schema",
        severity: Severity::Error,
        source: FORMAT,
        check: None,
    },
    Rule {
        code: codes::BAD_ID,
        name: "bad-id",
        severity: Severity::Error,
        source: FORMAT,
        check: None,
    },
    Rule {
        code: codes::DUPLICATE,
        name: "duplicate",
        severity: Severity::Error,
        source: FORMAT,
        check: Some(duplicates),
    },
    Rule {
        code: codes::UNKNOWN_REF,
        name: "unknown-reference",
        severity: Severity::Error,
        source: FORMAT,
        check: Some(references),
    },
    Rule {
        code: codes::MISPLACED,
        name: "misplaced-file",
        severity: Severity::Warning,
        source: FORMAT,
        check: None,
    },
    Rule {
        code: codes::FOREIGN_DELEGATE,
        name: "foreign-delegate",
        severity: Severity::Warning,
        source: ZAL5,
        check: Some(integrity::foreign_delegates),
    },
    Rule {
        code: codes::CASE_DATES,
        name: "case-dates",
        severity: Severity::Error,
        source: "Założenia organizacyjne Modelu Kooperacji, pkt 6; Załącznik nr 6 – Karta planu pracy z osobą/rodziną",
        check: Some(course::case_dates),
    },
    Rule {
        code: codes::TASK_DATES,
        name: "task-dates",
        severity: Severity::Error,
        source: ZAL6,
        check: Some(course::task_dates),
    },
    Rule {
        code: codes::MONITORING_MONTH,
        name: "monitoring-month",
        severity: Severity::Error,
        source: ZAL7,
        check: Some(course::monitoring_months),
    },
    Rule {
        code: codes::CONSENT,
        name: "consent",
        severity: Severity::Error,
        source: "Założenia organizacyjne Modelu Kooperacji, pkt 6 (kwalifikowanie \"za zgodą osoby/rodziny\")",
        check: Some(course::consent),
    },
    Rule {
        code: codes::TASK_DUE,
        name: "task-due",
        severity: Severity::Error,
        source: ZAL6,
        check: Some(course::task_due),
    },
    Rule {
        code: codes::TASK_RESPONSIBLE,
        name: "task-responsible",
        severity: Severity::Error,
        source: ZAL6,
        check: Some(course::task_responsible),
    },
    Rule {
        code: codes::GOALS,
        name: "goals",
        severity: Severity::Error,
        source: ZAL6,
        check: Some(course::goals),
    },
    Rule {
        code: codes::QUALIFICATION,
        name: "qualification",
        severity: Severity::Error,
        source: "Założenia organizacyjne Modelu Kooperacji, pkt 6",
        check: Some(course::qualification),
    },
    Rule {
        code: codes::CASE_COORDINATOR,
        name: "case-coordinator",
        severity: Severity::Error,
        source: "Zadania dla instytucji w Modelu Kooperacji; Załącznik nr 7 – Monitoring pracy z osobą/rodziną/grupą społeczną",
        check: Some(teams::case_coordinator),
    },
    Rule {
        code: codes::GGK_COORDINATOR,
        name: "ggk-coordinator",
        severity: Severity::Error,
        source: ZAL5,
        check: Some(teams::ggk_coordinator),
    },
    Rule {
        code: codes::RESPONSIBLE_IN_TEAM,
        name: "responsible-in-team",
        severity: Severity::Warning,
        source: ZAL5,
        check: Some(teams::responsible_in_team),
    },
    Rule {
        code: codes::AGREEMENT_IN_FORCE,
        name: "agreement-in-force",
        severity: Severity::Warning,
        source: ZAL5,
        check: Some(teams::agreement_in_force),
    },
    Rule {
        code: codes::MONITORING_KEPT,
        name: "monitoring-kept",
        severity: Severity::Warning,
        source: ZAL7,
        check: Some(course::monitoring_kept),
    },
    Rule {
        code: codes::CLOSURE,
        name: "closure",
        severity: Severity::Error,
        source: "Załącznik nr 6 – Karta planu pracy z osobą/rodziną, część C; Model Kooperacji w gminach wiejskich, krok 9.3",
        check: Some(course::closure),
    },
    Rule {
        code: codes::PZK_AGREEMENT,
        name: "pzk-agreement",
        severity: Severity::Error,
        source: "Zadania dla instytucji w Modelu Kooperacji (\"PZK funkcjonują w oparciu o podpisane porozumienie\")",
        check: Some(teams::pzk_agreement),
    },
    Rule {
        code: codes::PZK_FREQUENCY,
        name: "pzk-frequency",
        severity: Severity::Warning,
        source: "Załącznik nr 5 – Porozumienie na rzecz współdziałania organizacji i instytucji, § 2; Założenia organizacyjne Modelu Kooperacji, pkt 10",
        check: Some(teams::pzk_frequency),
    },
    Rule {
        code: codes::ANIMATOR_WORKLOAD,
        name: "animator-workload",
        severity: Severity::Warning,
        source: "Założenia organizacyjne Modelu Kooperacji, pkt 5",
        check: Some(teams::animator_workload),
    },
    Rule {
        code: codes::AGREEMENT_DATES,
        name: "agreement-dates",
        severity: Severity::Error,
        source: ZAL5,
        check: Some(teams::agreement_dates),
    },
    Rule {
        code: codes::MEETING_MINUTES,
        name: "meeting-minutes",
        severity: Severity::Warning,
        source: ZAL2,
        check: Some(meetings::minutes),
    },
    Rule {
        code: codes::MINUTES_APPROVED,
        name: "minutes-approved",
        severity: Severity::Warning,
        source: ZAL2,
        check: Some(meetings::minutes_approved),
    },
    Rule {
        code: codes::DECISIONS,
        name: "decisions",
        severity: Severity::Warning,
        source: "Załącznik nr 3 – Porozumienie na rzecz współdziałania organizacji i instytucji, § 2 pkt 3 (\"realizacja ustaleń i harmonogramu wynikającego ze spotkań Partnerskich\")",
        check: Some(meetings::decisions),
    },
    Rule {
        code: codes::MEETING_SLOT,
        name: "meeting-slot",
        severity: Severity::Warning,
        source: ZAL2,
        check: Some(meetings::slot),
    },
    Rule {
        code: codes::ATTENDEES,
        name: "attendees",
        severity: Severity::Warning,
        source: ZAL2,
        check: Some(meetings::attendees),
    },
    Rule {
        code: codes::PZK_GAP,
        name: "pzk-meeting-gap",
        severity: Severity::Warning,
        source: "Załącznik nr 5 – Porozumienie na rzecz współdziałania organizacji i instytucji, § 2; Założenia organizacyjne Modelu Kooperacji, pkt 10",
        check: Some(meetings::pzk_gaps),
    },
    Rule {
        code: codes::PLAIN_PERSONAL,
        name: "personal-data-in-plain-text",
        severity: Severity::Warning,
        source: "Załącznik nr 5 – Porozumienie na rzecz współdziałania organizacji i instytucji, § 3 pkt 6; docs/privacy.md",
        check: Some(cases::plain_personal),
    },
    Rule {
        code: codes::NAME_IN_PLAIN_TEXT,
        name: "member-name-in-plain-text",
        severity: Severity::Warning,
        source: "Załącznik nr 5 – Porozumienie na rzecz współdziałania organizacji i instytucji, § 3 pkt 6; docs/privacy.md",
        check: Some(cases::names_in_plain_text),
    },
    Rule {
        code: codes::EXACT_DUPLICATE,
        name: "exact-duplicate",
        severity: Severity::Warning,
        source: ZAL7,
        check: Some(duplicates::exact),
    },
    Rule {
        code: codes::OUTDATED,
        name: "outdated-format",
        severity: Severity::Error,
        source: FORMAT,
        check: None,
    },
    Rule {
        code: codes::MERGE_CONFLICT,
        name: "merge-conflict",
        severity: Severity::Error,
        source: "docs/collaboration.md",
        check: None,
    },
    Rule {
        code: codes::RECIPIENTS,
        name: "recipients",
        severity: Severity::Warning,
        source: "docs/privacy.md",
        check: None,
    },
    Rule {
        code: codes::OUTCOME,
        name: "outcome",
        severity: Severity::Error,
        source: "Założenia organizacyjne Modelu Kooperacji, pkt 6",
        check: Some(course::outcome),
    },
    Rule {
        code: codes::EVALUATION_DUE,
        name: "evaluation-due",
        severity: Severity::Warning,
        source: ZAL6,
        check: Some(course::evaluation_due),
    },
    Rule {
        code: codes::DIAGNOSIS_FIRST,
        name: "diagnosis-first",
        severity: Severity::Error,
        source: ZAL6,
        check: Some(course::diagnosis_first),
    },
    Rule {
        code: codes::PZK_CORE,
        name: "pzk-core",
        severity: Severity::Warning,
        source: "Założenia organizacyjne Modelu Kooperacji, pkt 9",
        check: Some(teams::pzk_core),
    },
    Rule {
        code: codes::GGK_SIGNATORIES,
        name: "ggk-signatories",
        severity: Severity::Warning,
        source: ZAL5,
        check: Some(teams::ggk_signatories),
    },
    Rule {
        code: codes::COURSE_DECISION,
        name: "course-decision",
        severity: Severity::Error,
        source: "Model Kooperacji w gminach wiejskich, krok 9.3; Założenia organizacyjne Modelu Kooperacji (\"kolejne wdrażanie\")",
        check: Some(cycle::decisions),
    },
    Rule {
        code: codes::OUTSIDE_CYCLE,
        name: "outside-cycle",
        severity: Severity::Warning,
        source: "Założenia organizacyjne Modelu Kooperacji, pkt 14",
        check: Some(cycle::within_cycles),
    },
    Rule {
        code: codes::GMINA,
        name: "gmina",
        severity: Severity::Warning,
        source: "Założenia organizacyjne Modelu Kooperacji, pkt 5 i 7",
        check: Some(powiat::gminy),
    },
    Rule {
        code: codes::INFLECTED_NAMES,
        name: "inflected-names",
        severity: Severity::Warning,
        source: "Załącznik nr 3 – Porozumienie na rzecz współdziałania (partnership variant)",
        check: Some(teams::inflected_names),
    },
    Rule {
        code: codes::AFTER_PROJECT,
        name: "agreement-after-project",
        severity: Severity::Warning,
        source: ZAL5,
        check: Some(teams::after_project),
    },
    Rule {
        code: codes::DISCLOSURE_CONSENT,
        name: "disclosure-consent",
        severity: Severity::Warning,
        source: "docs/privacy.md",
        check: Some(disclosure::packages),
    },
    Rule {
        code: codes::WORK_AFTER_WITHDRAWAL,
        name: "work-after-withdrawal",
        severity: Severity::Warning,
        source: "Założenia organizacyjne Modelu Kooperacji, pkt 6",
        check: Some(disclosure::monitoring_after_withdrawal),
    },
];

/// Warnings that a write still refuses to bring (unless the user insists): a duplicate is
/// nearly always a command run twice.
pub const REFUSED_WARNINGS: &[&str] = &[codes::EXACT_DUPLICATE];

fn duplicates(store: &Store, out: &mut Vec<Diagnostic>) {
    integrity::duplicates(store, out);
    cases::numbers(store, out);
    cases::duplicates_within(store, out);
    integrity::meeting_duplicates(store, out);
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
    use rayon::prelude::*;
    // The rules run on every core, each on its own; their findings are put together in the
    // rules' order and then sorted, so the result is the one a single thread gives.
    let as_of = crate::model::Date::this_threads_as_of();
    let found: Vec<Vec<Diagnostic>> = RULES
        .par_iter()
        .filter_map(|rule| rule.check)
        .map(|check| {
            let mut found = Vec::new();
            crate::model::Date::with_as_of(as_of, || check(store, &mut found));
            found
        })
        .collect();
    // One list of every finding, grown once; each rule's let go of as it is taken in.
    let mut out =
        Vec::with_capacity(store.problems.len() + found.iter().map(Vec::len).sum::<usize>());
    out.extend(store.problems.iter().cloned());
    for mut rule in found {
        out.append(&mut rule);
    }
    out.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    out.dedup();
    collapse(out)
}

/// How many findings of one rule on one line are shown before the rest are counted.
const PER_LINE: usize = 3;

/// Keeps the output linear in the input: past [`PER_LINE`] findings of one rule on one line
/// (a list with thousands of repeated entries), the rest are counted in the last one shown.
fn collapse(mut findings: Vec<Diagnostic>) -> Vec<Diagnostic> {
    // In place: the first `kept` are shown; those counted instead are moved past them.
    let mut kept = 0;
    let mut run = 0;
    let mut hidden = 0;
    for at in 0..findings.len() {
        let d = &findings[at];
        let same = kept > 0 && {
            let p = &findings[kept - 1];
            p.code == d.code
                && p.location.file == d.location.file
                && p.location.line == d.location.line
                && d.location.line > 0
        };
        if !same {
            flush(&mut findings[..kept], hidden);
            run = 0;
            hidden = 0;
        }
        run += 1;
        if run > PER_LINE {
            hidden += 1;
        } else {
            findings.swap(kept, at);
            kept += 1;
        }
    }
    flush(&mut findings[..kept], hidden);
    findings.truncate(kept);
    findings
}

fn flush(out: &mut [Diagnostic], hidden: usize) {
    if hidden > 0
        && let Some(last) = out.last_mut()
    {
        last.message = crate::tr!("rule-more-on-line", message = &last.message, n = hidden);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{EN, PL, tests::entries};

    /// Every rule has its summary and explanation in both catalogues, and no catalogue has
    /// them for a code that is not a rule.
    #[test]
    fn every_rule_is_described_in_both_catalogues() {
        for (name, source) in [("en", EN), ("pl", PL)] {
            let keys = entries(source);
            for r in RULES {
                for part in ["summary", "explain"] {
                    let key = format!("rule-{}-{part}", r.code.to_lowercase());
                    assert!(keys.contains_key(&key), "i18n/{name}.ftl has no `{key}`");
                }
            }
            for key in keys.keys() {
                let Some(rest) = key.strip_prefix("rule-k") else {
                    continue;
                };
                let Some((number, part)) = rest.split_once('-') else {
                    continue;
                };
                if matches!(part, "summary" | "explain") {
                    let code = format!("K{number}");
                    assert!(
                        RULES.iter().any(|r| r.code == code),
                        "i18n/{name}.ftl has `{key}`, but no rule has the code {code}"
                    );
                }
            }
        }
    }

    #[test]
    fn a_long_run_of_findings_is_counted() {
        let d = |line| {
            let mut location = crate::diag::Location::file("teams/pzk.toml");
            location.line = line;
            Diagnostic::error(codes::DUPLICATE, "member `x` is listed twice", location)
        };
        let out = collapse((0..5).map(|_| d(3)).chain([d(4)]).collect());
        assert_eq!(out.len(), 4);
        assert_eq!(
            out[2].message,
            "member `x` is listed twice (and 2 more like it on this line)"
        );
    }
}
