//! The local list of activities and services (lista aktywności i usług, step 6.4): what is on
//! offer, who provides it and for whom. Tasks of a plan (IPW) point at these.

use serde::{Deserialize, Serialize};

use super::{Level, Spanned};

/// `services/<id>.toml`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Service {
    /// Name of the activity or service.
    pub name: String,
    /// ID of the institution that provides it.
    pub provider: Spanned<String>,
    /// What it offers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Who it is for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_group: Option<String>,
    /// How to reach it (person, phone, hours).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<String>,
    /// gmina, powiat or wojewodztwo list.
    pub level: Level,
    /// The gmina where it is offered, for a service of a gmina in a powiat's repository.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gmina: Option<crate::model::Spanned<String>>,
}
