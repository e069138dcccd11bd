//! Institutions (OPS, PCPR, schools, police, …) and the people who work in them.
//!
//! An institution lives in `institutions/<id>/institution.toml`; its people in
//! `institutions/<id>/people/<person-id>.toml`, so a person's institution is the folder they
//! are in and two animators adding people to different institutions touch different files.

use serde::{Deserialize, Serialize};

use crate::word_enum;

word_enum! {
    /// What an institution is.
    InstitutionKind {
        /// Ośrodek Pomocy Społecznej (OPS, GOPS, MGOPS, MOPS).
        Ops => "ops",
        /// Powiatowe Centrum Pomocy Rodzinie.
        Pcpr => "pcpr",
        /// Regionalny Ośrodek Polityki Społecznej.
        Rops => "rops",
        /// A school or kindergarten.
        School => "school" | "szkoła" | "szkola" | "przedszkole",
        /// Police.
        Police => "police" | "policja",
        /// A court (family division).
        Court => "court" | "sąd" | "sad",
        /// Probation officers (kuratorzy).
        Probation => "probation" | "kuratorzy" | "kurator" | "kuratorska-służba-sądowa",
        /// Health care: clinics, therapy, addiction treatment.
        Health => "health" | "zdrowie" | "ochrona-zdrowia" | "poradnia",
        /// Powiatowy Urząd Pracy (labour office).
        Pup => "pup",
        /// A non-governmental organisation.
        Ngo => "ngo" | "organizacja-pozarządowa" | "organizacja-pozarzadowa" | "stowarzyszenie" | "fundacja",
        /// Urząd gminy, starostwo, urząd marszałkowski.
        LocalGovernment => "local-government" | "samorząd" | "samorzad" | "urząd" | "urzad",
        /// Anything else.
        Other => "other" | "inna" | "inne",
    }
}

impl InstitutionKind {
    /// How the head of an institution of this kind is addressed, where the kind says it:
    /// a school's "Dyrektor", the police's "Komendant". An OPS has a "Kierownik" or a
    /// "Dyrektor", a local government a "Wójt", "Burmistrz" or "Starosta": not known.
    pub fn head(self) -> Option<&'static str> {
        match self {
            InstitutionKind::School
            | InstitutionKind::Pcpr
            | InstitutionKind::Rops
            | InstitutionKind::Pup
            | InstitutionKind::Health => Some("Dyrektor"),
            InstitutionKind::Police => Some("Komendant"),
            InstitutionKind::Court => Some("Prezes"),
            InstitutionKind::Probation => Some("Kierownik"),
            InstitutionKind::Ngo => Some("Prezes Zarządu"),
            InstitutionKind::Ops | InstitutionKind::LocalGovernment | InstitutionKind::Other => {
                None
            }
        }
    }
}

word_enum! {
    /// The level of local government an institution (or service) works at.
    Level {
        /// Municipality.
        Gmina => "gmina",
        /// County.
        Powiat => "powiat",
        /// Voivodeship.
        Wojewodztwo => "wojewodztwo" | "województwo",
    }
}

word_enum! {
    /// What a person does in the model (seed 001, 000, 003).
    Role {
        /// OPS worker who animates the cooperation in the gmina.
        AnimatorGminy => "animator-gminy",
        /// PCPR worker who animates the cooperation in the county.
        AnimatorPowiatu => "animator-powiatu",
        /// Regional adviser from ROPS.
        DoradcaRops => "doradca-rops",
        /// Supervisor of team members and animators.
        Superwizor => "superwizor",
        /// OPS worker coordinating a GGK.
        KoordynatorGgk => "koordynator-ggk",
        /// Social worker coordinating work with a person or family.
        PracownikSocjalny => "pracownik-socjalny",
        /// Councillor (radny) chosen to support the model (step 2.3).
        Radny => "radny",
        /// An institution's representative in a team (step 5.1).
        Przedstawiciel => "przedstawiciel",
    }
}

/// `institutions/<id>/institution.toml`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Institution {
    /// Full name, e.g. `Gminny Ośrodek Pomocy Społecznej w Przykładowie`.
    pub name: String,
    /// What it is.
    pub kind: InstitutionKind,
    /// Which level of government it works at.
    pub level: Level,
    /// The gmina it serves, in a powiat's repository (an OPS belongs to one gmina).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gmina: Option<crate::model::Spanned<String>>,
    /// Postal address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// Phone number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// E-mail address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Name of the director or head, who signs for the institution.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub director: Option<String>,
    /// The director's name in the accusative ("Krzysztofa Wróbla"), for a form that prints
    /// it after „przez”, where koop cannot derive it (K046).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub director_accusative: Option<String>,
    /// The head's function, as a letter is addressed to it ("Dyrektor", "Kierownik",
    /// "Wójt Gminy"); koop knows it for a school, the police, a court and a few others.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub director_title: Option<String>,
    /// The locality of its seat in the locative, for "z siedzibą w …" ("Dąbrówce"), where
    /// koop cannot take it from the address (K046).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locality_locative: Option<String>,
}

/// `institutions/<institution>/people/<id>.toml`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    /// First name and surname.
    pub name: String,
    /// Job title (stanowisko służbowe).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub position: Option<String>,
    /// Phone number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// E-mail address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Roles in the model.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<Role>,
    /// Fraction of a full-time post given to the model (etat), e.g. 0.5.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "finite_in_cache"
    )]
    pub post: Option<f64>,
    /// Gminy a county animator is responsible for (seed 003 §5).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub gminy: Vec<String>,
}

/// A number as written, except in the parse cache, whose JSON has no NaN or infinity (it would
/// come back as no value, and the rules would not see the wrong one): there such a record
/// refuses to be cached, so its file is parsed, and the value reported, every time.
fn finite_in_cache<S: serde::Serializer>(value: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
    if crate::store::cache::encoding()
        && let Some(v) = value.filter(|v| !v.is_finite())
    {
        // Never shown: the record is parsed instead.
        return Err(serde::ser::Error::custom(v));
    }
    serde::Serialize::serialize(value, s)
}
