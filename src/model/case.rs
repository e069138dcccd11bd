//! Work with a person, family or group (seed 001, 003; seed 004 zał. 6 and 7): the case and
//! its referral, consent, qualification and closure; the personal data of its members, kept in
//! a file of its own; the diagnosis (part A); the plan, IPW (part B); monthly monitoring
//! (zał. 7); and evaluations (part C).
//!
//! A case lives in `cases/<folder>/`, where the folder is its number plus a random suffix
//! (`2026-001-k7qm`), so two people creating "2026-001" in two clones never write the same
//! files and git merges both; `koop check` then reports the clash and `koop case renumber`
//! resolves it. Other files refer to members, goals and tasks by their identity (`model::uid`),
//! never by name or display number.

use serde::{Deserialize, Serialize};

use super::{Date, Shared, Spanned};
use crate::word_enum;

word_enum! {
    /// Who the work is with.
    CaseKind {
        /// One person (osoba).
        Person => "person" | "osoba",
        /// A family (rodzina).
        Family => "family" | "rodzina",
        /// A group of the community (grupa społeczna).
        Group => "group" | "grupa",
    }
}

word_enum! {
    /// Where a case is in its course: referred → qualified → active → closed, or one of the
    /// ends other than success (not qualified, refused, withdrawn, discontinued).
    Status {
        /// Referred (zgłoszenie) by a member institution, awaiting qualification.
        Referred => "referred" | "zgłoszona" | "zgloszona",
        /// Qualified by a team with the person's or family's consent.
        Qualified => "qualified" | "zakwalifikowana",
        /// The plan (IPW) is adopted and being carried out.
        Active => "active" | "w-realizacji" | "aktywna",
        /// Work ended with an evaluation and a handover.
        Closed => "closed" | "zakończona" | "zakonczona",
        /// The team decided not to qualify the referral (with the reason).
        NotQualified => "not-qualified" | "niezakwalifikowana",
        /// The person or family refused the help offered.
        Refused => "refused" | "odmowa" | "odmówiona" | "odmowiona",
        /// The referring institution withdrew the referral.
        Withdrawn => "withdrawn" | "wycofana",
        /// Work with a qualified or active case ended before its goals (with the reason).
        Discontinued => "discontinued" | "przerwana",
    }
}

/// What can be done to a case, and in which statuses: the status machine of the model in one
/// place (referred → qualified → active → closed, and the corrections back).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Add a member of the person's or family's household.
    AddMember,
    /// Record the consent (before qualification: seed 003 §6).
    Consent,
    /// Qualify by a team.
    Qualify,
    /// Undo the qualification.
    Unqualify,
    /// Record the diagnosis (part A).
    Diagnose,
    /// Write goals and tasks of the plan (part B).
    Plan,
    /// Adopt the plan: the case becomes active.
    Activate,
    /// Mark a task done.
    FinishTask,
    /// Record monthly monitoring (zał. 7).
    Monitor,
    /// Record an evaluation (part C).
    Evaluate,
    /// Close the case.
    Close,
    /// Withdraw a consent: the person may do it at any time, also after the case ended.
    WithdrawConsent,
    /// Reopen a closed case.
    Reopen,
    /// End the case without success: not qualified, refused, withdrawn, discontinued.
    End(Status),
}

impl Action {
    /// The statuses a case may be in for this action.
    pub fn allowed(self) -> &'static [Status] {
        use Status::*;
        match self {
            Action::AddMember => &[Referred, Qualified, Active],
            // Another member's consent may come later.
            Action::Consent => &[Referred, Qualified, Active],
            Action::WithdrawConsent => Status::ALL,
            Action::Qualify => &[Referred],
            Action::Unqualify => &[Qualified],
            Action::Diagnose | Action::Plan => &[Qualified, Active],
            Action::Activate => &[Qualified],
            Action::FinishTask | Action::Monitor | Action::Evaluate | Action::Close => &[Active],
            Action::Reopen => &[Closed, NotQualified, Refused, Withdrawn, Discontinued],
            Action::End(NotQualified | Withdrawn) => &[Referred],
            Action::End(Refused) => &[Referred, Qualified],
            Action::End(Discontinued) => &[Qualified, Active],
            Action::End(_) => &[],
        }
    }

    /// What to do when the case's status does not allow the action.
    pub fn hint(self, status: Status) -> String {
        match (self, status) {
            (Action::Unqualify, Status::Referred) => crate::tr!("model-case-not-qualified-hint"),
            (Action::Unqualify, _) => crate::tr!("model-case-plan-adopted-hint"),
            (Action::Reopen, _) => crate::tr!("model-case-not-ended-hint"),
            (Action::End(Status::Discontinued), Status::Referred) => {
                crate::tr!("model-case-never-qualified-hint")
            }
            (Action::End(_), Status::Qualified | Status::Active) => {
                crate::tr!("model-case-qualified-hint")
            }
            _ => status.next_step(),
        }
    }

    /// The action in words, as it follows "cannot" in messages ("cannot record consent";
    /// in Polish after "nie można", so its object is in the genitive: "zapisać zgody").
    pub fn doing(self) -> String {
        match self {
            Action::AddMember => crate::tr!("model-action-add-member"),
            Action::Consent => crate::tr!("model-action-consent"),
            Action::WithdrawConsent => crate::tr!("model-action-withdraw-consent"),
            Action::Qualify => crate::tr!("model-action-qualify"),
            Action::Unqualify => crate::tr!("model-action-unqualify"),
            Action::Diagnose => crate::tr!("model-action-diagnose"),
            Action::Plan => crate::tr!("model-action-plan"),
            Action::Activate => crate::tr!("model-action-activate"),
            Action::FinishTask => crate::tr!("model-action-finish-task"),
            Action::Monitor => crate::tr!("model-action-monitor"),
            Action::Evaluate => crate::tr!("model-action-evaluate"),
            Action::Close => crate::tr!("model-action-close"),
            Action::Reopen => crate::tr!("model-action-reopen"),
            Action::End(Status::NotQualified) => crate::tr!("model-action-end-not-qualified"),
            Action::End(Status::Refused) => crate::tr!("model-action-end-refused"),
            Action::End(Status::Withdrawn) => crate::tr!("model-action-end-withdrawn"),
            Action::End(_) => crate::tr!("model-action-end-discontinued"),
        }
    }
}

impl Status {
    /// The status in words, as a sentence about a case says it ("case 2026-001 is active";
    /// Polish "sprawa … jest w realizacji"). Records and JSON keep the word of `as_str`.
    pub fn label(self) -> String {
        match self {
            Status::Referred => crate::tr!("model-status-referred"),
            Status::Qualified => crate::tr!("model-status-qualified"),
            Status::Active => crate::tr!("model-status-active"),
            Status::Closed => crate::tr!("model-status-closed"),
            Status::NotQualified => crate::tr!("model-status-not-qualified"),
            Status::Refused => crate::tr!("model-status-refused"),
            Status::Withdrawn => crate::tr!("model-status-withdrawn"),
            Status::Discontinued => crate::tr!("model-status-discontinued"),
        }
    }

    /// What to do first when a case in this status cannot take an action.
    pub fn next_step(self) -> String {
        match self {
            Status::Referred => crate::tr!("model-case-referred-next"),
            Status::Qualified => crate::tr!("model-case-qualified-next"),
            Status::Active => crate::tr!("model-case-active-next"),
            Status::Closed => crate::tr!("model-case-closed-next"),
            _ => crate::tr!("model-case-ended-next"),
        }
    }

    /// Whether the case has ended: closed, or one of the ends other than success.
    pub fn ended(self) -> bool {
        !matches!(self, Status::Referred | Status::Qualified | Status::Active)
    }

    /// The ends other than success, which `koop case end` records.
    pub fn outcome(self) -> bool {
        self.ended() && self != Status::Closed
    }
}

word_enum! {
    /// How far a goal was achieved (part C).
    Degree {
        /// Achieved (osiągnięty).
        Achieved => "achieved" | "osiągnięty" | "osiagniety",
        /// Partly achieved (częściowo osiągnięty).
        Partly => "partly" | "częściowo" | "czesciowo" | "osiągnięty-częściowo" | "osiagniety-czesciowo",
        /// Not achieved (nieosiągnięty).
        NotAchieved => "not-achieved" | "nieosiągnięty" | "nieosiagniety",
    }
}

/// `cases/<folder>/case.toml`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Case {
    /// The case number, `YYYY-NNN` (year of referral, sequence).
    pub id: Spanned<String>,
    /// person, family or group.
    pub kind: CaseKind,
    /// Where the case is in its course.
    pub status: Spanned<Status>,
    /// Person ID of the coordinating social worker (an OPS employee).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coordinator: Option<Spanned<String>>,
    /// The gmina the person or family lives in, in a powiat's repository (in a gmina's, the
    /// gmina itself).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gmina: Option<Spanned<String>>,
    /// How the case came in.
    pub referral: Referral,
    /// The consents of the person or family: one per adult member (a legal representative's
    /// also for the minors in their care). `[[consent]]`; one `[consent]` table, as earlier
    /// koop wrote it, is one consent.
    #[serde(
        default,
        rename = "consent",
        deserialize_with = "one_or_many",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub consents: Vec<Consent>,
    /// The team's decision to take the case.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualification: Option<Qualification>,
    /// Institutions involved in the work, with their workers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub institutions: Vec<Involved>,
    /// How the work ended.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closure: Option<Closure>,
    /// How the case ended other than by success (with a status that says which).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<Outcome>,
    /// The day its personal data was replaced by a tombstone (`koop case anonymise`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anonymised: Option<Spanned<Date>>,
}

impl Case {
    /// The day the work ended: the closure's, or the outcome's for the other ends; the end
    /// of the follow-up when that is later.
    pub fn ended_on(&self) -> Option<Date> {
        let end = self
            .closure
            .as_ref()
            .map(|c| *c.date.get_ref())
            .or_else(|| self.outcome.as_ref().map(|o| *o.date.get_ref()))?;
        let follow = self
            .closure
            .as_ref()
            .and_then(|c| c.follow_up_until.as_ref())
            .map(|d| *d.get_ref());
        Some(follow.map_or(end, |f| f.max(end)))
    }
}

/// `[referral]`: the zgłoszenie and the expectation card.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Referral {
    /// Date of referral.
    pub date: Spanned<Date>,
    /// Institution ID of the referring institution.
    pub institution: Spanned<String>,
    /// Person ID of the referring worker.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person: Option<Spanned<String>>,
    /// Summary of the expectation card (karta oczekiwań).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expectations: Option<String>,
}

/// `[consent]`: consent to qualification (seed 003 §6).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Consent {
    /// Date consent was given.
    pub date: Spanned<Date>,
    /// The member who gave it (their identity): an adult member of the family.
    pub by: Spanned<String>,
    /// The minors (identities) for whom they consent as a legal representative.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub on_behalf_of: Vec<Spanned<String>>,
    /// Written or oral.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub form: Option<ConsentForm>,
    /// What it covers, in the words of the form signed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
    /// What may be shared with whom, in terms koop applies (`koop share`): `[[consent.share]]`
    /// entries, each naming recipients and categories of data. Without any, the consent
    /// covers the team's work but no disclosure package.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub share: Vec<ShareScope>,
    /// The day it was withdrawn.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub withdrawn: Option<Spanned<Date>>,
}

/// One `[[consent.share]]` entry: these recipients may receive these categories of data.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ShareScope {
    /// Institution IDs, or kinds of institution (`school`, `court`, …).
    pub to: Vec<Spanned<String>>,
    /// What they may receive.
    pub categories: Vec<Category>,
}

word_enum! {
    /// A category of a case's data that a consent may let koop share (`koop share`).
    Category {
        /// The members' names and contacts (residence, phone).
        Identity => "identity" | "dane-osobowe",
        /// The whole diagnosis: the six headings and the problems and needs.
        Diagnosis => "diagnosis" | "diagnoza",
        /// Diagnosis heading: material situation.
        Material => "material" | "sytuacja-materialna",
        /// Diagnosis heading: housing.
        Housing => "housing" | "sytuacja-mieszkaniowa",
        /// Diagnosis heading: professional situation.
        Professional => "professional" | "sytuacja-zawodowa",
        /// Diagnosis heading: health.
        Health => "health" | "sytuacja-zdrowotna",
        /// Diagnosis heading: care and upbringing.
        Care => "care" | "sytuacja-opiekuńczo-wychowawcza" | "sytuacja-opiekunczo-wychowawcza",
        /// Diagnosis heading: family relations.
        Relations => "relations" | "relacje-w-rodzinie",
        /// The plan: the recipient's tasks and the goals they serve.
        Plan => "plan",
        /// Monitoring: progress reported on the recipient's tasks.
        Monitoring => "monitoring",
        /// Evaluations of the goals the recipient's tasks serve.
        Evaluations => "evaluations" | "ewaluacje" | "ewaluacja",
    }
}

impl Category {
    /// The diagnosis headings, each a category of its own.
    pub const HEADINGS: &'static [Category] = &[
        Category::Material,
        Category::Housing,
        Category::Professional,
        Category::Health,
        Category::Care,
        Category::Relations,
    ];
}

impl ShareScope {
    /// Whether this entry names the institution `id` of kind `kind`, by its ID or its kind.
    pub fn names(&self, id: &str, kind: Option<&str>) -> bool {
        self.to
            .iter()
            .any(|t| t.get_ref() == id || Some(t.get_ref().as_str()) == kind)
    }
}

impl Consent {
    /// What this consent lets koop share with the institution `id` of kind `kind`.
    pub fn categories_for(&self, id: &str, kind: Option<&str>) -> Vec<Category> {
        let mut out: Vec<Category> = self
            .share
            .iter()
            .filter(|s| s.names(id, kind))
            .flat_map(|s| s.categories.iter().copied())
            .collect();
        if out.contains(&Category::Diagnosis) {
            out.extend_from_slice(Category::HEADINGS);
        }
        out.sort();
        out.dedup();
        out
    }

    /// Whether it was in force at the end of `day`.
    pub fn in_force(&self, day: Date) -> bool {
        *self.date.get_ref() <= day && self.withdrawn.as_ref().is_none_or(|w| *w.get_ref() > day)
    }
}

word_enum! {
    /// How consent was given.
    ConsentForm {
        /// In writing (signed).
        Written => "written" | "pisemna",
        /// Orally (and noted by the worker).
        Oral => "oral" | "ustna",
    }
}

/// A list of tables, or one table as earlier koop wrote it: `[[consent]]` or `[consent]`.
fn one_or_many<'de, D>(deserializer: D) -> Result<Vec<Consent>, D::Error>
where
    D: serde::Deserializer<'de>,
{
    struct Visitor;
    impl<'de> serde::de::Visitor<'de> for Visitor {
        type Value = Vec<Consent>;

        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str(&crate::tr!("model-consent-expecting"))
        }

        fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
            let one = Consent::deserialize(serde::de::value::MapAccessDeserializer::new(map))?;
            Ok(vec![one])
        }

        fn visit_seq<A: serde::de::SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
            Vec::<Consent>::deserialize(serde::de::value::SeqAccessDeserializer::new(seq))
        }
    }
    deserializer.deserialize_any(Visitor)
}

/// `[qualification]`: the team's decision.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Qualification {
    /// Date of the decision.
    pub date: Spanned<Date>,
    /// Team ID.
    pub team: Spanned<String>,
    /// Why the team found the help necessary ("uznana przez Zespół … za niezbędną").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

/// `[outcome]`: how and why a case ended other than by success (not qualified, refused,
/// withdrawn, discontinued; the status says which).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Outcome {
    /// The day it ended.
    pub date: Spanned<Date>,
    /// Why.
    pub reason: String,
}

/// One `[[institutions]]` entry: an institution involved and its workers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Involved {
    /// Institution ID.
    pub institution: Spanned<String>,
    /// Person IDs of its workers on the case.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub workers: Vec<Spanned<String>>,
}

/// `[closure]`: end of work and handover (step 9.3).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Closure {
    /// Date work ended.
    pub date: Spanned<Date>,
    /// How the person or family is handed over.
    pub handover: String,
    /// Follow-up of sustained change until this date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub follow_up_until: Option<Spanned<Date>>,
}

/// `cases/<folder>/members.toml`: personal data, kept apart (and encrypted in a later format).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Members {
    /// The members of the person's household, family or group.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub members: Vec<FamilyMember>,
}

/// One `[[members]]` entry.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FamilyMember {
    /// Identity (`uid`): other files refer to the member by it, never by name. Shown as
    /// `m1`, `m2`, … by its place in the file.
    pub id: Spanned<String>,
    /// First name and surname.
    pub name: String,
    /// Year of birth.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub birth_year: Option<u16>,
    /// Age, when the year of birth is not known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age: Option<u8>,
    /// Place of residence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub residence: Option<String>,
    /// Phone number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// Relation to the family (matka, syn, …) or role in the group.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relation: Option<String>,
}

/// `cases/<folder>/diagnosis.toml`: part A, III — the six headings and the conclusions.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Diagnosis {
    /// Date of the diagnosis.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Spanned<Date>>,
    /// Person ID of the social worker who made it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<Spanned<String>>,
    /// Sytuacja materialna (źródło dochodów, zadłużenia).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub material: Option<String>,
    /// Sytuacja mieszkaniowa (metraż, standard, stan techniczny, wyposażenie).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub housing: Option<String>,
    /// Sytuacja zawodowa (wykształcenie, status na rynku pracy, umiejętności).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub professional: Option<String>,
    /// Sytuacja zdrowotna (choroby, uzależnienia, poradnie, terapie).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub health: Option<String>,
    /// Sytuacja opiekuńczo-wychowawcza (sytuacja prawna, nadzór kuratorski, szkoła).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub care: Option<String>,
    /// Relacje w rodzinie.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relations: Option<String>,
    /// Zidentyfikowane problemy.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub problems: Vec<String>,
    /// Potrzeby.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub needs: Vec<String>,
}

/// `cases/<folder>/plan.toml`: part B — the individual plan of cooperation (IPW).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    /// Date the plan was adopted (the case became active).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adopted: Option<Spanned<Date>>,
    /// Cel główny.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub main_goal: Option<String>,
    /// Cele szczegółowe, each with its tasks.
    #[serde(
        default,
        deserialize_with = "super::exact_list",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub goals: Vec<Goal>,
}

/// One `[[goals]]` entry: a specific goal.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Goal {
    /// Identity (`uid`); shown as 1, 2, … by its place in the plan.
    pub id: Spanned<String>,
    /// What the goal is.
    pub text: Shared,
    /// Tasks towards the goal.
    #[serde(
        default,
        deserialize_with = "super::exact_list",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub tasks: Vec<Task>,
}

/// One `[[goals.tasks]]` entry.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Task {
    /// Identity (`uid`); shown as `<goal>.<n>`, e.g. `2.1`, by its place in the plan.
    pub id: Spanned<String>,
    /// What is to be done.
    pub text: Shared,
    /// Institution ID responsible (or the institution of `person`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub institution: Option<Spanned<Shared>>,
    /// Person ID responsible.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person: Option<Spanned<Shared>>,
    /// Member key, when a family member is responsible.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub member: Option<Spanned<Shared>>,
    /// Deadline (termin realizacji zadania).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<Spanned<Date>>,
    /// Service ID from the list of services, when the task uses one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service: Option<Spanned<Shared>>,
    /// Date the task was done.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub done: Option<Spanned<Date>>,
}

impl Task {
    /// Whether the task was still open at some point of the month.
    pub fn open_in(&self, month: Month) -> bool {
        self.done
            .as_ref()
            .is_none_or(|d| *d.get_ref() >= month.first_day())
    }

    /// Who reports on this task: the member's identity or the institution ID.
    pub fn responsible(&self) -> Option<&str> {
        self.member
            .as_ref()
            .or(self.institution.as_ref())
            .map(|s| s.get_ref().as_str())
    }
}

/// `cases/<folder>/monitoring/<YYYY-MM>/<reporter>.toml`: one reporter's entries for a month.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Monitoring {
    /// Progress reported, one entry per task.
    #[serde(
        default,
        deserialize_with = "super::exact_list",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub entries: Vec<Progress>,
}

/// One `[[entries]]` entry of monitoring (zał. 7: "informacja o postępie"), as written: see
/// `Progress`, which is read and written as this.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ProgressRecord {
    /// Identity (`uid`) of the entry.
    id: Spanned<ecow::EcoString>,
    /// Identity of the task.
    task: Spanned<Shared>,
    /// Information on progress.
    progress: Shared,
    /// Person ID of who wrote it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    author: Option<Spanned<Shared>>,
    /// Date it was reported.
    date: Spanned<Date>,
}

/// One `[[entries]]` entry of monitoring (zał. 7: "informacja o postępie").
///
/// A region holds hundreds of thousands, so it is held in 64 bytes rather than the 80 its
/// fields would take as `Spanned` values: the places of its values (`Places`) are kept as
/// offsets from the first of them, and its methods give them back as `Spanned`. It is read
/// and written (in TOML and in the parse cache) as `ProgressRecord`, its fields as written.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(from = "ProgressRecord", into = "ProgressRecord")]
pub struct Progress {
    id: ecow::EcoString,
    task: Shared,
    /// Information on progress.
    pub progress: Shared,
    author: Option<Shared>,
    date: Date,
    places: Places,
}

/// Where an entry's identity, task, author and date were written: the first of them as a
/// byte offset in its file, each as its offset from that one and its length. A value more
/// than 64 KiB past the first (behind a progress text that long) is placed at the first; a
/// value longer than that is placed at its first 64 KiB.
#[derive(Debug, Clone, Copy, Default)]
struct Places {
    first: u32,
    at: [(u16, u16); 4],
}

impl Places {
    const ID: usize = 0;
    const TASK: usize = 1;
    const AUTHOR: usize = 2;
    const DATE: usize = 3;

    fn of(spans: [Option<std::ops::Range<usize>>; 4]) -> Places {
        let first = spans.iter().flatten().map(|s| s.start).min().unwrap_or(0);
        let short = |n: usize| u16::try_from(n).unwrap_or(u16::MAX);
        let at_first = spans
            .iter()
            .flatten()
            .find(|s| s.start == first)
            .map_or(0, |s| short(s.len()));
        let at = spans.map(|span| match span {
            Some(s) => match u16::try_from(s.start - first) {
                Ok(offset) => (offset, short(s.len())),
                Err(_) => (0, at_first),
            },
            None => (0, 0),
        });
        Places {
            first: u32::try_from(first).unwrap_or(u32::MAX),
            at,
        }
    }

    fn place<T>(&self, which: usize, value: T) -> Spanned<T> {
        let (offset, len) = self.at[which];
        let start = self.first as usize + usize::from(offset);
        Spanned::new(start..start + usize::from(len), value)
    }
}

impl Progress {
    /// A new entry, not yet written (its values have no place).
    pub fn new(id: &str, task: &str, progress: Shared, author: Option<&str>, date: Date) -> Self {
        Progress {
            id: id.into(),
            task: Shared::new(task),
            progress,
            author: author.map(Shared::new),
            date,
            places: Places::default(),
        }
    }

    /// Identity (`uid`) of the entry.
    pub fn id(&self) -> Spanned<&str> {
        self.places.place(Places::ID, self.id.as_str())
    }

    /// Identity of the task.
    pub fn task(&self) -> Spanned<&str> {
        self.places.place(Places::TASK, self.task.as_str())
    }

    /// Person ID of who wrote it.
    pub fn author(&self) -> Option<Spanned<&str>> {
        let author = self.author.as_ref()?;
        Some(self.places.place(Places::AUTHOR, author.as_str()))
    }

    /// Date it was reported.
    pub fn date(&self) -> Spanned<Date> {
        self.places.place(Places::DATE, self.date)
    }
}

// Equal by value, as `Spanned` values are.
impl PartialEq for Progress {
    fn eq(&self, other: &Self) -> bool {
        (
            &self.id,
            &self.task,
            &self.progress,
            &self.author,
            self.date,
        ) == (
            &other.id,
            &other.task,
            &other.progress,
            &other.author,
            other.date,
        )
    }
}

impl From<ProgressRecord> for Progress {
    fn from(r: ProgressRecord) -> Self {
        let places = Places::of([
            Some(r.id.span()),
            Some(r.task.span()),
            r.author.as_ref().map(Spanned::span),
            Some(r.date.span()),
        ]);
        Progress {
            id: r.id.into_inner(),
            task: r.task.into_inner(),
            progress: r.progress,
            author: r.author.map(Spanned::into_inner),
            date: r.date.into_inner(),
            places,
        }
    }
}

impl From<Progress> for ProgressRecord {
    fn from(p: Progress) -> Self {
        let places = p.places;
        ProgressRecord {
            date: p.date(),
            id: places.place(Places::ID, p.id),
            task: places.place(Places::TASK, p.task),
            author: p.author.map(|a| places.place(Places::AUTHOR, a)),
            progress: p.progress,
        }
    }
}

/// `cases/<folder>/evaluations/<YYYY-MM-DD>.toml`: part C.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Evaluation {
    /// How far the main goal was achieved.
    pub main_goal: Degree,
    /// Comment on the main goal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    /// Date of the next evaluation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<Date>,
    /// This evaluation ends the work with the person or family.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub end_of_work: bool,
    /// Per specific goal: the degree of achievement and reasons.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub goals: Vec<GoalEvaluation>,
}

/// One `[[goals]]` entry of an evaluation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoalEvaluation {
    /// Identity of the goal.
    pub goal: Spanned<String>,
    /// Degree of achievement.
    pub degree: Degree,
    /// Reasons, especially for not achieving it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reasons: Option<String>,
}

/// A calendar month, `YYYY-MM`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month {
    /// Year.
    pub year: i32,
    /// Month, 1–12.
    pub month: u32,
}

impl Month {
    /// The month a date falls in.
    pub fn of(date: Date) -> Month {
        Month {
            year: date.year(),
            month: date.month(),
        }
    }

    /// Its first day.
    pub fn first_day(self) -> Date {
        Date::from_ymd(self.year, self.month, 1).unwrap_or(Date(chrono::NaiveDate::MIN))
    }

    /// Its last day.
    pub fn last_day(self) -> Date {
        let next = self.next().first_day();
        Date(next.0.pred_opt().unwrap_or(next.0))
    }

    /// The month after.
    pub fn next(self) -> Month {
        if self.month == 12 {
            Month {
                year: self.year + 1,
                month: 1,
            }
        } else {
            Month {
                year: self.year,
                month: self.month + 1,
            }
        }
    }

    /// The month before.
    pub fn prev(self) -> Month {
        if self.month == 1 {
            Month {
                year: self.year - 1,
                month: 12,
            }
        } else {
            Month {
                year: self.year,
                month: self.month - 1,
            }
        }
    }
}

impl std::fmt::Display for Month {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

impl std::str::FromStr for Month {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || crate::tr!("model-month-bad", value = s);
        let (y, m) = s.trim().split_once('-').ok_or_else(bad)?;
        if y.len() != 4 || m.len() != 2 {
            return Err(bad());
        }
        let year: i32 = y.parse().map_err(|_| bad())?;
        let month: u32 = m.parse().map_err(|_| bad())?;
        if !(1..=12).contains(&month) {
            return Err(crate::tr!("model-month-no-month", value = s, month = month));
        }
        Ok(Month { year, month })
    }
}

/// Whether `id` is a case number: the year's four digits, a hyphen and the case's number of at
/// least three digits, zero-padded to three and never beyond (`2026-001`, `2026-999`,
/// `2026-1000`, `2026-10000`), so one number has one spelling.
pub fn is_number(id: &str) -> bool {
    let Some((year, n)) = id.split_once('-') else {
        return false;
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    year.len() == 4
        && digits(year)
        && digits(n)
        && n.len() <= 9
        && (n.len() == 3 || (n.len() > 3 && !n.starts_with('0')))
}

/// Compares two case numbers (or folders) in their order (`number_order`).
pub fn cmp_numbers(a: &str, b: &str) -> std::cmp::Ordering {
    number_order(a).cmp(&number_order(b))
}

/// The number of `year`'s `n`-th case: `2026-007`, `2026-1000`.
pub fn number(year: impl std::fmt::Display, n: u32) -> String {
    format!("{year}-{n:03}")
}

/// What sorts case numbers in their order: by year, then by number (2026-999 before
/// 2026-1000); a folder's suffix or anything else after the number sorts as text, and a
/// malformed number after every good one of its year.
pub fn number_order(id: &str) -> (&str, u64, &str) {
    let (year, rest) = id.split_once('-').unwrap_or((id, ""));
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    match rest[..digits].parse::<u64>() {
        Ok(n) => (year, n, &rest[digits..]),
        Err(_) => (year, u64::MAX, rest),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn case_numbers_go_past_999_and_sort_by_value() {
        for good in ["2026-001", "2026-999", "2026-1000", "2026-10000"] {
            assert!(super::is_number(good), "{good}");
        }
        for bad in [
            "2026-01",
            "2026-0999",
            "26-001",
            "2026-00a",
            "2026001",
            "2026-",
        ] {
            assert!(!super::is_number(bad), "{bad}");
        }
        assert_eq!(super::number(2026, 7), "2026-007");
        assert_eq!(super::number(2026, 1000), "2026-1000");
        let mut ids = vec![
            "2026-1000",
            "2027-001",
            "2026-999",
            "2026-10000",
            "2026-001",
        ];
        ids.sort_by_key(|id| super::number_order(id));
        assert_eq!(
            ids,
            [
                "2026-001",
                "2026-999",
                "2026-1000",
                "2026-10000",
                "2027-001"
            ]
        );
        let mut dirs = vec!["2026-1000-abcd", "2026-999-zzzz", "2026-999-aaaa"];
        dirs.sort_by_key(|d| super::number_order(d));
        assert_eq!(dirs, ["2026-999-aaaa", "2026-999-zzzz", "2026-1000-abcd"]);
    }

    use super::*;

    /// An entry is held in 64 bytes, and gives back each value's place as written, in any
    /// order of its keys; in the parse cache's encoding too.
    #[test]
    fn an_entry_is_small_and_keeps_its_places() {
        assert_eq!(std::mem::size_of::<Progress>(), 64);
        let text = "[[entries]]\ndate = 2026-07-28\ntask = \"zad1\"\nprogress = \"Postęp\"\n\
                    author = \"anna-nowak\"\nid = \"w71a\"\n";
        let m: Monitoring = toml::from_str(text).expect("parses");
        let e = &m.entries[0];
        let at = |s: &str| text.find(s).expect("in the text");
        assert_eq!(e.date().span(), at("2026-07-28")..at("2026-07-28") + 10);
        assert_eq!(e.task().span(), at("\"zad1\"")..at("\"zad1\"") + 6);
        let author = e.author().expect("an author");
        assert_eq!(
            author.span(),
            at("\"anna-nowak\"")..at("\"anna-nowak\"") + 12
        );
        assert_eq!(e.id().span(), at("\"w71a\"")..at("\"w71a\"") + 6);
        assert_eq!(*e.id().get_ref(), "w71a");
        assert_eq!(e.progress.as_str(), "Postęp");
        let cached = crate::store::cache::encode(&m).expect("encodes");
        let back: Monitoring = crate::store::cache::decode(&cached).expect("decodes");
        assert_eq!(back, m);
        assert_eq!(
            back.entries[0].author().map(|a| a.span()),
            Some(author.span())
        );
        assert_eq!(back.entries[0].id().span(), e.id().span());
        let written = toml::to_string(&m).expect("writes");
        assert!(written.contains("id = \"w71a\""), "{written}");
        assert!(!written.contains("places"), "{written}");
    }

    /// A value written more than 64 KiB past the entry's first is placed at the first one
    /// rather than anywhere else.
    #[test]
    fn a_value_far_behind_a_long_text_is_placed_at_the_entry() {
        let long = "x".repeat(70_000);
        let text = format!(
            "[[entries]]\nid = \"w71a\"\ntask = \"zad1\"\nprogress = \"{long}\"\ndate = 2026-07-28\n"
        );
        let m: Monitoring = toml::from_str(&text).expect("parses");
        let e = &m.entries[0];
        let id = text.find("\"w71a\"").expect("in the text");
        assert_eq!(e.id().span(), id..id + 6);
        assert_eq!(e.date().span(), id..id + 6, "placed at the first value");
        assert_eq!(
            *e.date().get_ref(),
            Date::from_ymd(2026, 7, 28).expect("a date")
        );
    }

    #[test]
    fn months_parse_and_bound() {
        let m: Month = "2026-02".parse().unwrap();
        assert_eq!(m.first_day().to_string(), "2026-02-01");
        assert_eq!(m.last_day().to_string(), "2026-02-28");
        assert_eq!(
            "2026-12".parse::<Month>().unwrap().next().to_string(),
            "2027-01"
        );
        assert_eq!(
            "2027-01".parse::<Month>().unwrap().prev().to_string(),
            "2026-12"
        );
        assert_eq!(m.prev().next(), m);
        assert!("2026-13".parse::<Month>().is_err());
        assert!("2026-5".parse::<Month>().is_err());
        assert!("maj".parse::<Month>().is_err());
    }
}
