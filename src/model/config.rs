//! `koop.toml`, the file that marks a repository's root: which gmina or powiat it serves and
//! repository-wide settings.

use serde::{Deserialize, Serialize};

use crate::word_enum;

/// The format version koop writes; a newer one is refused rather than misread. Format 2 gave
/// entries identities; format 3 numbers a continuation cycle's steps as the "KOLEJNE
/// WDRAŻANIE" diagram does (6 realisation, 7 evaluation and decision; they were 7 and 8).
pub const FORMAT: u32 = 3;

word_enum! {
    /// The kind of local government unit a repository serves.
    UnitKind {
        /// A municipality (gmina): the OPS animates the cooperation.
        Gmina => "gmina",
        /// A county (powiat): the PCPR animates the cooperation of its gminy.
        Powiat => "powiat",
    }
}

/// The whole `koop.toml`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Repository format settings.
    pub koop: KoopSection,
    /// The gmina or powiat this repository serves.
    pub unit: Unit,
    /// Settings of `koop check`.
    #[serde(default, skip_serializing_if = "CheckSection::is_empty")]
    pub check: CheckSection,
    /// How long the personal data of ended cases is kept (`koop retention`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retention: Option<RetentionSection>,
}

/// The retention period of ended cases when `koop.toml` states none, in years from the end of
/// the work (or of the follow-up, when later). docs/privacy.md, "Retention", gives the reasons.
pub const RETENTION_YEARS: u32 = 5;

/// `[retention]`: how long the personal data of ended cases is kept.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RetentionSection {
    /// Years after the end of the work (or of the follow-up, when later) that a case's
    /// personal data is kept; then `koop retention` lists it for `koop case anonymise`.
    pub closed_cases_years: u32,
    /// The legal basis of the period, in the office's words (its JRWA category, the
    /// instrukcja kancelaryjna), for `koop retention` to print.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basis: Option<String>,
}

impl Config {
    /// The retention period of ended cases, in years.
    pub fn retention_years(&self) -> u32 {
        self.retention
            .as_ref()
            .map_or(RETENTION_YEARS, |r| r.closed_cases_years)
    }
}

/// `[koop]`: the format version.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KoopSection {
    /// Format version of the records.
    pub format: u32,
    /// The language koop speaks in this repository (`pl` or `en`), unless KOOP_LANG says
    /// otherwise; without it, the user's locale decides.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<crate::i18n::Lang>,
    /// The date the repository describes, taken for today by every command that needs one
    /// (default dates, what is due, late or missing), e.g. `as_of = 2026-11-23`: for the
    /// bundled example, a training repository or an archived cycle. `KOOP_TODAY` and a
    /// command's explicit date options still win; without it, today is the clock's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<crate::model::Date>,
}

/// `[unit]`: the local government unit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Unit {
    /// gmina or powiat.
    pub kind: UnitKind,
    /// Its name, e.g. `Przykładowo`.
    pub name: String,
    /// The name as it follows "w" (locative), e.g. `Przykładowie`, for documents ("Ośrodek
    /// Pomocy Społecznej w Przykładowie"); without it documents print `name`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locative: Option<String>,
    /// The county it lies in (for a gmina).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub powiat: Option<String>,
    /// The voivodeship.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wojewodztwo: Option<String>,
    /// TERYT code of the unit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub teryt: Option<String>,
    /// For a powiat: the gminy it comprises, as its OPS, cases and services name them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub gminy: Vec<String>,
}

/// `[check]`: rules a repository switches off.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CheckSection {
    /// Rule codes not to report, e.g. `["K030"]`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub allow: Vec<String>,
}

impl CheckSection {
    fn is_empty(&self) -> bool {
        self.allow.is_empty()
    }
}

impl Config {
    /// A new configuration for `koop init`.
    pub fn new(unit: Unit) -> Self {
        Config {
            koop: KoopSection {
                format: FORMAT,
                language: None,
                as_of: None,
            },
            unit,
            check: CheckSection::default(),
            retention: None,
        }
    }
}
