//! The record types koop keeps in a repository, with their serde shapes. No I/O, no printing.
//!
//! Each record is one TOML file; its ID is the file's (or folder's) name, so IDs cannot clash
//! inside one folder and git merges of different records never touch the same file.

pub mod calendar;
pub mod case;
pub mod config;
pub mod course;
pub mod date;
pub mod disclosure;
pub mod id;
pub mod institution;
pub mod meeting;
pub mod service;
pub mod shared;
pub mod team;
pub mod uid;

pub use case::{
    Case, CaseKind, Category, Closure, Consent, Degree, Diagnosis, Evaluation, FamilyMember, Goal,
    GoalEvaluation, Involved, Members, Monitoring, Month, Plan, Progress, Qualification, Referral,
    Status, Task,
};
pub use config::{Config, Unit, UnitKind};
pub use date::Date;
pub use institution::{Institution, InstitutionKind, Level, Person, Role};
pub use meeting::{Attendance, Decision, Invitation, Meeting, MeetingKind};
pub use service::Service;
pub use shared::Shared;
pub use team::{Agreement, Member, Signatory, Team, TeamKind};

/// A record type stored in one TOML file.
pub trait Record: serde::de::DeserializeOwned + serde::Serialize {
    /// The words a key accepts, when it takes one of a fixed set (for hints on wrong values).
    fn values_of(_key: &str) -> Option<Vec<&'static str>> {
        None
    }

    /// The fields that name other records, by the field names of the registry of record
    /// kinds (`store::registry::KINDS`), which says what kind each one names.
    fn references(&self) -> Vec<Reference<'_>> {
        Vec::new()
    }
}

/// A field that names another record, with the ID it names and where it is written.
pub type Reference<'a> = (&'static str, Spanned<&'a str>);

/// Pushes `(field, value)` for an optional reference.
fn opt<'a, T: AsRef<str>>(
    out: &mut Vec<Reference<'a>>,
    field: &'static str,
    value: &'a Option<Spanned<T>>,
) {
    if let Some(v) = value {
        out.push((field, v.text()));
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
    fn references(&self) -> Vec<Reference<'_>> {
        let mut out = Vec::new();
        opt(&mut out, "coordinator", &self.coordinator);
        for m in &self.members {
            out.push(("members[].institution", m.institution.text()));
            for d in &m.delegates {
                out.push(("members[].delegates[]", d.text()));
            }
        }
        for s in self.agreement.iter().flat_map(|a| &a.signatories) {
            out.push(("agreement.signatories[].institution", s.institution.text()));
        }
        out
    }

    fn values_of(key: &str) -> Option<Vec<&'static str>> {
        (key == "kind").then(TeamKind::words)
    }
}

impl Record for Service {
    fn references(&self) -> Vec<Reference<'_>> {
        vec![("provider", self.provider.text())]
    }

    fn values_of(key: &str) -> Option<Vec<&'static str>> {
        (key == "level").then(Level::words)
    }
}

impl Record for Case {
    fn references(&self) -> Vec<Reference<'_>> {
        let mut out = vec![("referral.institution", self.referral.institution.text())];
        opt(&mut out, "referral.person", &self.referral.person);
        opt(&mut out, "coordinator", &self.coordinator);
        if let Some(q) = &self.qualification {
            out.push(("qualification.team", q.team.text()));
        }
        for i in &self.institutions {
            out.push(("institutions[].institution", i.institution.text()));
            for w in &i.workers {
                out.push(("institutions[].workers[]", w.text()));
            }
        }
        for c in &self.consents {
            out.push(("consent[].by", c.by.text()));
            for m in &c.on_behalf_of {
                out.push(("consent[].on_behalf_of[]", m.text()));
            }
        }
        out
    }

    fn values_of(key: &str) -> Option<Vec<&'static str>> {
        match key {
            "kind" => Some(CaseKind::words()),
            "status" => Some(Status::words()),
            _ => None,
        }
    }
}

impl Record for Members {}
impl Record for Diagnosis {
    fn references(&self) -> Vec<Reference<'_>> {
        let mut out = Vec::new();
        opt(&mut out, "author", &self.author);
        out
    }
}

impl Record for Plan {
    fn references(&self) -> Vec<Reference<'_>> {
        let mut out = Vec::new();
        for t in self.goals.iter().flat_map(|g| &g.tasks) {
            opt(&mut out, "goals[].tasks[].institution", &t.institution);
            opt(&mut out, "goals[].tasks[].person", &t.person);
            opt(&mut out, "goals[].tasks[].service", &t.service);
            opt(&mut out, "goals[].tasks[].member", &t.member);
        }
        out
    }
}
impl Record for Monitoring {
    fn references(&self) -> Vec<Reference<'_>> {
        let mut out = Vec::new();
        for e in &self.entries {
            out.push(("entries[].task", e.task()));
            out.extend(e.author().map(|a| ("entries[].author", a)));
        }
        out
    }
}

impl Record for Evaluation {
    fn values_of(key: &str) -> Option<Vec<&'static str>> {
        matches!(key, "main_goal" | "degree").then(Degree::words)
    }
}

impl Record for Meeting {
    fn references(&self) -> Vec<Reference<'_>> {
        let mut out = vec![("team", self.team.text())];
        for c in &self.cases {
            out.push(("cases[]", c.text()));
        }
        opt(&mut out, "minutes_by", &self.minutes_by);
        opt(&mut out, "approved_at", &self.approved_at);
        for i in &self.invited {
            out.push(("invited[].institution", i.institution.text()));
            opt(&mut out, "invited[].person", &i.person);
        }
        for a in &self.attendance {
            out.push(("attendance[].person", a.person.text()));
            opt(&mut out, "attendance[].institution", &a.institution);
        }
        for d in &self.decisions {
            opt(&mut out, "decisions[].owner", &d.owner);
        }
        out
    }

    fn values_of(key: &str) -> Option<Vec<&'static str>> {
        (key == "kind").then(MeetingKind::words)
    }
}

impl Record for disclosure::Disclosure {
    fn references(&self) -> Vec<Reference<'_>> {
        let mut out = vec![("case", self.case.text())];
        opt(&mut out, "to", &self.to);
        out
    }

    fn values_of(key: &str) -> Option<Vec<&'static str>> {
        match key {
            "act" => Some(disclosure::Act::words()),
            "categories" => Some(Category::words()),
            _ => None,
        }
    }
}

impl Record for course::Cycle {
    fn values_of(key: &str) -> Option<Vec<&'static str>> {
        (key == "kind").then(course::CycleKind::words)
    }
}

/// A value that remembers where in its file it was written (byte offsets), for diagnostics.
///
/// Read from TOML through `toml::Spanned`, and written to TOML or JSON as the bare value.
/// In koop's parse cache (`store::cache`) it is written and read with its span, so a
/// record read from the cache points at the same places as one parsed from its file.
///
/// The offsets are kept as `u32` (a record file is far below 4 GiB): a span costs 8 bytes
/// instead of 16 in each of the hundreds of thousands of values a region holds.
#[derive(Clone, Debug)]
pub struct Spanned<T> {
    start: u32,
    end: u32,
    value: T,
}

impl<T> Spanned<T> {
    pub fn new(span: std::ops::Range<usize>, value: T) -> Self {
        let offset = |at: usize| u32::try_from(at).unwrap_or(u32::MAX);
        Spanned {
            start: offset(span.start),
            end: offset(span.end),
            value,
        }
    }

    /// Where the value was written: byte offsets into its file.
    pub fn span(&self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }

    pub fn get_ref(&self) -> &T {
        &self.value
    }

    pub fn get_mut(&mut self) -> &mut T {
        &mut self.value
    }

    pub fn into_inner(self) -> T {
        self.value
    }
}

impl<T: AsRef<str>> Spanned<T> {
    /// The text, with its place.
    pub fn text(&self) -> Spanned<&str> {
        Spanned {
            start: self.start,
            end: self.end,
            value: self.value.as_ref(),
        }
    }
}

// Equal, ordered and hashed by value, as `toml::Spanned` is.
impl<T: PartialEq> PartialEq for Spanned<T> {
    fn eq(&self, other: &Self) -> bool {
        self.value == other.value
    }
}

impl<T: Eq> Eq for Spanned<T> {}

impl<T: PartialOrd> PartialOrd for Spanned<T> {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        self.value.partial_cmp(&other.value)
    }
}

impl<T: Ord> Ord for Spanned<T> {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.value.cmp(&other.value)
    }
}

impl<T: std::hash::Hash> std::hash::Hash for Spanned<T> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.value.hash(state)
    }
}

impl std::borrow::Borrow<str> for Spanned<String> {
    fn borrow(&self) -> &str {
        &self.value
    }
}

impl<T: serde::Serialize> serde::Serialize for Spanned<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if crate::store::cache::encoding() {
            (self.start, self.end, &self.value).serialize(serializer)
        } else {
            self.value.serialize(serializer)
        }
    }
}

impl<'de, T: serde::Deserialize<'de>> serde::Deserialize<'de> for Spanned<T> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        if crate::store::cache::encoding() {
            let (start, end, value) = <(u32, u32, T)>::deserialize(deserializer)?;
            Ok(Spanned { start, end, value })
        } else {
            let spanned = toml::Spanned::<T>::deserialize(deserializer)?;
            let span = spanned.span();
            Ok(Spanned::new(span, spanned.into_inner()))
        }
    }
}

/// Reads a list and keeps it at its length: a reader that does not tell the length ahead
/// (JSON, as the parse cache holds records) grows a list by doubling it, and a region holds
/// hundreds of thousands of these lists' entries.
pub fn exact_list<'de, D, T>(deserializer: D) -> Result<Vec<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: serde::Deserialize<'de>,
{
    let mut list = <Vec<T> as serde::Deserialize>::deserialize(deserializer)?;
    list.shrink_to_fit();
    Ok(list)
}

/// Wraps a value for writing, with no source position.
pub fn spanned<T>(value: T) -> Spanned<T> {
    Spanned::new(0..0, value)
}

/// Declares a kebab-case string enum with its list of words, for serde, clap and messages.
#[macro_export]
macro_rules! word_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident => $word:literal $(| $alias:literal)*),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash,
                 serde::Serialize, serde::Deserialize, clap::ValueEnum)]
        pub enum $name {
            // The command line also takes the Polish words (`--kind szkoła`); records and
            // JSON keep the one canonical word.
            $($(#[$vmeta])* #[serde(rename = $word)] #[value(name = $word $(, alias = $alias)*)] $variant),+
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

            /// The word for people in the language in use: in Polish the Polish word the
            /// command line takes (`rodzina`), in English the canonical one (`family`).
            pub fn shown(self) -> &'static str {
                match ($crate::i18n::current(), self.aliases().first()) {
                    ($crate::i18n::Lang::Pl, Some(word)) => word,
                    _ => self.as_str(),
                }
            }

            /// The Polish words the command line also takes for a value.
            pub fn aliases(self) -> &'static [&'static str] {
                match self { $($name::$variant => &[$($alias),*]),+ }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

#[cfg(test)]
mod polish_words_docs {
    /// The Polish words the command line takes for each domain value, as a Markdown table
    /// (docs/format.md, "Polish words on the command line").
    fn polish_words_table() -> String {
        fn rows<T: Copy>(
            what: &str,
            all: &[T],
            word: fn(T) -> &'static str,
            aliases: fn(T) -> &'static [&'static str],
            out: &mut String,
        ) {
            for v in all {
                if !aliases(*v).is_empty() {
                    let polish: Vec<String> =
                        aliases(*v).iter().map(|a| format!("`{a}`")).collect();
                    out.push_str(&format!(
                        "| {what} | `{}` | {} |\n",
                        word(*v),
                        polish.join(", ")
                    ));
                }
            }
        }
        let mut out = String::from("| value of | canonical | also accepted |\n|---|---|---|\n");
        rows(
            "`case new --kind`",
            super::case::CaseKind::ALL,
            |v| v.as_str(),
            |v| v.aliases(),
            &mut out,
        );
        rows(
            "`--status`",
            super::case::Status::ALL,
            |v| v.as_str(),
            |v| v.aliases(),
            &mut out,
        );
        rows(
            "`eval add --main`, `--goal N=…`",
            super::case::Degree::ALL,
            |v| v.as_str(),
            |v| v.aliases(),
            &mut out,
        );
        rows(
            "`case consent --form`",
            super::case::ConsentForm::ALL,
            |v| v.as_str(),
            |v| v.aliases(),
            &mut out,
        );
        rows(
            "`case consent --share`",
            super::case::Category::ALL,
            |v| v.as_str(),
            |v| v.aliases(),
            &mut out,
        );
        rows(
            "`institution add --kind`",
            super::InstitutionKind::ALL,
            |v| v.as_str(),
            |v| v.aliases(),
            &mut out,
        );
        rows(
            "`--level`",
            super::Level::ALL,
            |v| v.as_str(),
            |v| v.aliases(),
            &mut out,
        );
        rows(
            "`meeting new --kind`",
            super::MeetingKind::ALL,
            |v| v.as_str(),
            |v| v.aliases(),
            &mut out,
        );
        rows(
            "cycle kind",
            super::course::CycleKind::ALL,
            |v| v.as_str(),
            |v| v.aliases(),
            &mut out,
        );
        rows(
            "`--decision`",
            super::course::Decision::ALL,
            |v| v.as_str(),
            |v| v.aliases(),
            &mut out,
        );
        out
    }

    /// docs/format.md holds the table of Polish words between its markers; run the tests with
    /// KOOP_UPDATE_DOCS=1 to write it.
    #[test]
    fn docs_format_md_lists_the_polish_words() {
        crate::assert_docs_section("polish-words", &polish_words_table());
    }
}
