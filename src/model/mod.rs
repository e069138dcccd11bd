//! The record types koop keeps in a repository, with their serde shapes. No I/O, no printing.
//!
//! Each record is one TOML file; its ID is the file's (or folder's) name, so IDs cannot clash
//! inside one folder and git merges of different records never touch the same file.

pub mod calendar;
pub mod case;
pub mod config;
pub mod course;
pub mod date;
pub mod id;
pub mod institution;
pub mod meeting;
pub mod service;
pub mod team;

pub use case::{
    Case, CaseKind, Closure, Consent, Degree, Diagnosis, Evaluation, FamilyMember, Goal,
    GoalEvaluation, Involved, Members, Monitoring, Month, Plan, Progress, Qualification, Referral,
    Status, Task,
};
pub use config::{Config, Unit, UnitKind};
pub use date::Date;
pub use institution::{Institution, InstitutionKind, Level, Person, Role};
pub use meeting::{Attendance, Decision, Invitation, Meeting, MeetingKind};
pub use service::Service;
pub use team::{Agreement, Member, Signatory, Team, TeamKind};

/// A record type stored in one TOML file.
pub trait Record: serde::de::DeserializeOwned {
    /// The words a key accepts, when it takes one of a fixed set (for hints on wrong values).
    fn values_of(_key: &str) -> Option<Vec<&'static str>> {
        None
    }
}

impl Record for Config {
    fn values_of(key: &str) -> Option<Vec<&'static str>> {
        (key == "kind").then(UnitKind::words)
    }
}

impl Record for Institution {
    fn values_of(key: &str) -> Option<Vec<&'static str>> {
        match key {
            "kind" => Some(InstitutionKind::words()),
            "level" => Some(Level::words()),
            _ => None,
        }
    }
}

impl Record for Person {
    fn values_of(key: &str) -> Option<Vec<&'static str>> {
        (key == "roles").then(Role::words)
    }
}

impl Record for Team {
    fn values_of(key: &str) -> Option<Vec<&'static str>> {
        (key == "kind").then(TeamKind::words)
    }
}

impl Record for Service {
    fn values_of(key: &str) -> Option<Vec<&'static str>> {
        (key == "level").then(Level::words)
    }
}

impl Record for Case {
    fn values_of(key: &str) -> Option<Vec<&'static str>> {
        match key {
            "kind" => Some(CaseKind::words()),
            "status" => Some(Status::words()),
            _ => None,
        }
    }
}

impl Record for Members {}
impl Record for Diagnosis {}
impl Record for Plan {}
impl Record for Monitoring {}

impl Record for Evaluation {
    fn values_of(key: &str) -> Option<Vec<&'static str>> {
        matches!(key, "main_goal" | "degree").then(Degree::words)
    }
}

impl Record for Meeting {
    fn values_of(key: &str) -> Option<Vec<&'static str>> {
        (key == "kind").then(MeetingKind::words)
    }
}

impl Record for course::Cycle {
    fn values_of(key: &str) -> Option<Vec<&'static str>> {
        (key == "kind").then(course::CycleKind::words)
    }
}

/// A string field that remembers where in its file it was written, for diagnostics.
pub type Spanned<T> = toml::Spanned<T>;

/// Wraps a value for writing, with no source position.
pub fn spanned<T>(value: T) -> Spanned<T> {
    Spanned::new(0..0, value)
}

/// Declares a kebab-case string enum with its list of words, for serde, clap and messages.
#[macro_export]
macro_rules! word_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident => $word:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash,
                 serde::Serialize, serde::Deserialize, clap::ValueEnum)]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $word)] #[value(name = $word)] $variant),+
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The word used in records and on the command line.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $word),+ }
            }

            /// Every word, in declaration order.
            pub fn words() -> Vec<&'static str> {
                Self::ALL.iter().map(|v| v.as_str()).collect()
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}
