//! Teams: the county or gmina partnership team (PZK) founded on an agreement (porozumienie),
//! and the municipal cooperation group (GGK) of workers the OPS convenes (seed 000, 004 zał. 5).

use serde::{Deserialize, Serialize};

use super::{Date, Spanned};
use crate::word_enum;

word_enum! {
    /// Which kind of team.
    TeamKind {
        /// Partnerski Zespół Kooperacji: directors and managers of institutions.
        Pzk => "pzk",
        /// Gminna Grupa Kooperacji: workers delegated to solve a concrete situation.
        Ggk => "ggk",
    }
}

/// `teams/<id>.toml`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Team {
    /// pzk or ggk.
    pub kind: TeamKind,
    /// Full name, e.g. `Partnerski Zespół Kooperacji Gminy Przykładowo`.
    pub name: String,
    /// Person ID of the coordinator (for a GGK an OPS employee, zał. 5 §3.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coordinator: Option<Spanned<String>>,
    /// The agreement the team is founded on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agreement: Option<Agreement>,
    /// Member institutions with the people they delegate.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub members: Vec<Member>,
}

/// `[agreement]`: the porozumienie (zał. 3, 5).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Agreement {
    /// Date it was concluded ("w dniu").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signed: Option<Date>,
    /// Town where it was concluded, as it is named („Przykładowo, dnia”, zał. 5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// The town after „zawarte w” (zał. 3), in the locative, e.g. `Dąbrówce`; without it koop
    /// takes koop.toml's locative when `place` is the repository's own gmina (K046).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place_locative: Option<String>,
    /// Where meetings take place ("Miejscem spotkań jest").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meeting_place: Option<String>,
    /// Meetings at least every this many months ("nie rzadziej niż"); a PZK at most 3.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meeting_frequency_months: Option<u32>,
    /// Last day the agreement is in force, when it has an end.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_until: Option<Date>,
    /// § 1 ust. 1 of zał. 5 in the parties' own words, for a team formed after the project
    /// „Kooperacja – efektywna i skuteczna” (the form's footnote: "W przypadku powoływania
    /// Zespołu po zakończeniu realizacji projektu, zapis będzie zmieniony").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purpose: Option<String>,
    /// Institutions that signed, with who represented them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub signatories: Vec<Signatory>,
}

/// One `[[agreement.signatories]]` entry.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Signatory {
    /// Institution ID.
    pub institution: Spanned<String>,
    /// Who signed for it ("reprezentowanym/ą przez"); the director when left out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub representative: Option<String>,
    /// The representative's name in the accusative, as zał. 3 prints it after „przez”
    /// ("Krzysztofa Wróbla"), where koop cannot derive it (K046).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub representative_accusative: Option<String>,
    /// When it joined, if later than the agreement (zał. 5 §4.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub joined: Option<Date>,
}

/// One `[[members]]` entry: a member institution and its delegates.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Member {
    /// Institution ID.
    pub institution: Spanned<String>,
    /// Part of the team's core ("trzon zespołu").
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub core: bool,
    /// Person IDs delegated by the institution.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub delegates: Vec<Spanned<String>>,
}
