//! The rule catalogue: every finding `koop check` can report has a permanent code, a short
//! name, a severity, a one-line summary and the source it comes from. Codes are never reused.
//!
//! Some findings are made while loading (syntax, schema, IDs, misplaced files); the others are
//! small pure functions over the loaded store that never stop early.

mod cases;
mod course;
mod cycle;
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
    /// Why it matters (quoting the source) and how to fix a finding, for `koop explain`.
    pub explain: &'static str,
    /// The check, or `None` for findings made while loading.
    pub check: Option<fn(&Store, &mut Vec<Diagnostic>)>,
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
        summary: "every record file is UTF-8 text in valid TOML",
        source: FORMAT,
        explain: "A record that is not UTF-8 or not valid TOML cannot be read at all, so nothing in it is checked or shown. Fix: save the file as UTF-8 and correct the TOML at the line shown (an unclosed quote or bracket is the usual cause).",
        check: None,
    },
    Rule {
        code: codes::SCHEMA,
        name: "schema",
        severity: Severity::Error,
        summary: "every record has the keys its kind requires, with values of the right type",
        source: FORMAT,
        explain: "Each kind of record has a fixed set of keys (docs/format.md). An unknown key is usually a typo that would otherwise be silently ignored; a wrong type or an impossible date would be misread. Fix: use the key or value the hint suggests.",
        check: None,
    },
    Rule {
        code: codes::BAD_ID,
        name: "bad-id",
        severity: Severity::Error,
        summary: "file and folder names are IDs (a-z, 0-9, single hyphens); case numbers are YYYY-NNN",
        source: FORMAT,
        explain: "A record's ID is its file or folder name and is how other records refer to it, so it must be a plain slug. Case numbers are the year of referral and a sequence, as on the karta (\"nr identyfikacyjny\"). Fix: rename the file or folder (the hint suggests a name) and update references.",
        check: None,
    },
    Rule {
        code: codes::DUPLICATE,
        name: "duplicate",
        severity: Severity::Error,
        summary: "no two records share an ID (case numbers included) and no entry is listed twice",
        source: FORMAT,
        explain: "Two people working in two clones can both add a person with the same ID in different institutions, or give two cases the same number; after the merge, references become ambiguous. Fix: rename one person; for cases run `koop case renumber <folder>`.",
        check: Some(duplicates),
    },
    Rule {
        code: codes::UNKNOWN_REF,
        name: "unknown-reference",
        severity: Severity::Error,
        summary: "every referenced institution, person, team, service, meeting, member, task, goal and step exists",
        source: FORMAT,
        explain: "Records refer to each other by ID. A reference to nothing is a typo or a record deleted or not yet merged. Fix: correct the ID (the hint names the closest one) or add the missing record.",
        check: Some(references),
    },
    Rule {
        code: codes::MISPLACED,
        name: "misplaced-file",
        severity: Severity::Warning,
        summary: "TOML files in record folders sit where koop reads them",
        source: FORMAT,
        explain: "A TOML file in a record folder but not where koop looks is never read, so whatever it says is silently lost. Fix: move or rename it to the place the help names, or remove it.",
        check: None,
    },
    Rule {
        code: codes::FOREIGN_DELEGATE,
        name: "foreign-delegate",
        severity: Severity::Warning,
        summary: "a member institution delegates its own workers to a team",
        source: ZAL5,
        explain: "Zał. 5 §3.1: \"Gminną Grupę Kooperacji tworzą przedstawiciele instytucji i podmiotów [...] którzy podpisali Porozumienie\" — a member delegates its own workers. Fix: list the person under the member institution they work at.",
        check: Some(integrity::foreign_delegates),
    },
    Rule {
        code: codes::CASE_DATES,
        name: "case-dates",
        severity: Severity::Error,
        summary: "referral ≤ consent ≤ qualification ≤ plan ≤ closure, and follow-up after closure",
        source: "Założenia organizacyjne Modelu Kooperacji, pkt 6; Załącznik nr 6 – Karta planu pracy z osobą/rodziną",
        explain: "Work with a family runs in order: referral, then consent, then qualification by the team \"za zgodą osoby/rodziny\" (Założenia organizacyjne Modelu Kooperacji), then the plan, then closure and follow-up of sustained change. A date out of this order is a typo or a step recorded on the wrong case. Fix: correct the date shown.",
        check: Some(course::case_dates),
    },
    Rule {
        code: codes::TASK_DATES,
        name: "task-dates",
        severity: Severity::Error,
        summary: "no task is due or done before the plan was adopted",
        source: ZAL6,
        explain: "Tasks belong to the plan (part B: \"termin realizacji zadania\"); a task due or done before the plan existed cannot have been part of it. Fix: correct the task's date or the plan's `adopted` date.",
        check: Some(course::task_dates),
    },
    Rule {
        code: codes::MONITORING_MONTH,
        name: "monitoring-month",
        severity: Severity::Error,
        summary: "monitoring covers only months in which the case was active",
        source: ZAL7,
        explain: "Zał. 7 records progress of the plan's tasks \"za okres\" of work. Monitoring for a month before the plan was adopted or after the case closed is misfiled. Fix: move the file to the right month or case, or remove it.",
        check: Some(course::monitoring_months),
    },
    Rule {
        code: codes::CONSENT,
        name: "consent",
        severity: Severity::Error,
        summary: "consent as the model needs it: before qualification, from each adult member, a legal representative's for each minor, never a child's own, and no work after it is withdrawn",
        source: "Założenia organizacyjne Modelu Kooperacji, pkt 6 (kwalifikowanie \"za zgodą osoby/rodziny\")",
        explain: "Założenia organizacyjne Modelu Kooperacji, pkt 6: cooperation runs \"na wszystkich etapach [...] wspólnym kwalifikowaniu do pomocy Zespołu za zgodą osoby/rodziny\". koop reads that as the consent of everyone the work is with: each adult member gives their own, and a parent or legal guardian gives it for each minor (`koop case consent … --by m1 --for m3`); a child's own consent is not the family's. Consent comes first: a case past referral has one in force on the day it is qualified, and the diagnosis is dated after it (K008). Work does not go on once every consent is withdrawn (`koop case consent … --withdraw`): end the case (`koop case end … discontinued`, or `refused` before the plan). A member without consent yet is work still to do — a write that adds a member goes through and shows it. Fix: `koop case consent <case> --date … --by <member> [--for <minor>]… [--form written|oral] [--scope …]`.",
        check: Some(course::consent),
    },
    Rule {
        code: codes::TASK_DUE,
        name: "task-due",
        severity: Severity::Error,
        summary: "every task has a due date",
        source: ZAL6,
        explain: "Part B of the karta gives each task \"TERMIN REALIZACJI ZADANIA\"; without it the task is never overdue and never monitored. Fix: add `due = YYYY-MM-DD` to the task.",
        check: Some(course::task_due),
    },
    Rule {
        code: codes::TASK_RESPONSIBLE,
        name: "task-responsible",
        severity: Severity::Error,
        summary: "every task has someone responsible: an institution (and person) or a family member",
        source: ZAL6,
        explain: "Part B names \"OSOBY ODPOWIEDZIALNE ZA REALIZACJĘ CELU\" and zał. 7 reports per \"INSTYTUCJA ODPOWIEDZIALNA ZA REALIZACJĘ (lub osoba/członek rodziny)\". A task without one is nobody's. Fix: add `institution` (and `person`) or `member` to the task.",
        check: Some(course::task_responsible),
    },
    Rule {
        code: codes::GOALS,
        name: "goals",
        severity: Severity::Error,
        summary: "an adopted plan has a main goal and every specific goal has at least one task",
        source: ZAL6,
        explain: "Part B: \"Cel główny\" and \"CELE SZCZEGÓŁOWE\", each with \"ZADANIA\". A goal with no task will not be worked on. Fix: add the main goal (`koop goal add --main`) and tasks (`koop task add`).",
        check: Some(course::goals),
    },
    Rule {
        code: codes::QUALIFICATION,
        name: "qualification",
        severity: Severity::Error,
        summary: "a case past referral was qualified by a team",
        source: "Założenia organizacyjne Modelu Kooperacji, pkt 6",
        explain: "A case is taken up by the team (PZK or GGK), which decides to qualify it. Fix: record [qualification] date and team with `koop case qualify`.",
        check: Some(course::qualification),
    },
    Rule {
        code: codes::CASE_COORDINATOR,
        name: "case-coordinator",
        severity: Severity::Error,
        summary: "an active case has a coordinator, and a case's coordinator is a social worker of the OPS",
        source: "Zadania dla instytucji w Modelu Kooperacji; Załącznik nr 7 – Monitoring pracy z osobą/rodziną/grupą społeczną (\"koordynatora działań (pracownik OPS)\")",
        explain: "Zadania dla instytucji w Modelu Kooperacji: the OPS \"jest koordynatorem działań podejmowanych przez pracowników instytucji na rzecz konkretnej osoby/rodziny/grupy\"; zał. 7 is filled \"przez koordynatora działań (pracownik OPS)\". An active case names its coordinator: part B of the karta is agreed by the \"Pracownik socjalny będący koordynatorem wsparcia\" with the family (zał. 6), so the coordinator is an OPS worker recorded with the role `pracownik-socjalny`. Fix: name such a worker as `coordinator`, or add the role to the person who is one.",
        check: Some(teams::case_coordinator),
    },
    Rule {
        code: codes::GGK_COORDINATOR,
        name: "ggk-coordinator",
        severity: Severity::Error,
        summary: "a GGK has a coordinator and it is an OPS employee",
        source: ZAL5,
        explain: "Zał. 5 §3.3: \"Koordynatorem prac GGK jest wyznaczony pracownik Ośrodka Pomocy Społecznej.\" Fix: set the team's `coordinator` to a person of the OPS.",
        check: Some(teams::ggk_coordinator),
    },
    Rule {
        code: codes::RESPONSIBLE_IN_TEAM,
        name: "responsible-in-team",
        severity: Severity::Warning,
        summary: "a task's institution is a member of the case's team or a signatory of the agreement",
        source: ZAL5,
        explain: "Tasks are divided among the institutions bound by the agreement. Zał. 5 §4.3 lets others join (\"Strony wyrażają zgodę na objęcie Porozumieniem innych instytucji\"), so this is a warning: record the joining with `koop team sign` or `koop team member add`.",
        check: Some(teams::responsible_in_team),
    },
    Rule {
        code: codes::AGREEMENT_IN_FORCE,
        name: "agreement-in-force",
        severity: Severity::Warning,
        summary: "the agreement is signed before the plan and still in force when its tasks are due",
        source: ZAL5,
        explain: "Institutions act for a family under the porozumienie; a plan adopted before it was signed, or tasks due after it ends, rest on nothing. Fix: check the dates, or record a new agreement (step 9.3: the PZK decides to continue).",
        check: Some(teams::agreement_in_force),
    },
    Rule {
        code: codes::MONITORING_KEPT,
        name: "monitoring-kept",
        severity: Severity::Warning,
        summary: "each elapsed month of an active case has progress from every party with an open task",
        source: ZAL7,
        explain: "Zał. 7 is filled \"na podstawie miesięcznych informacji od pracowników instytucji\". A month without a report from a responsible party leaves the coordinator blind. Fix: `koop monitor add <case> --month … --task … --by …`.",
        check: Some(course::monitoring_kept),
    },
    Rule {
        code: codes::CLOSURE,
        name: "closure",
        severity: Severity::Error,
        summary: "a closed case has a closure with a handover and every specific goal evaluated",
        source: "Załącznik nr 6 – Karta planu pracy z osobą/rodziną, część C; Model Kooperacji w gminach wiejskich, krok 9.3",
        explain: "Part C evaluates each specific goal (\"stopień osiągnięcia celu szczegółowego, przyczyny nieosiągnięcia\") before work ends, and step 9.3 fixes how persons/families are handed over. Fix: `koop eval add` with every goal, then `koop case close --handover …`.",
        check: Some(course::closure),
    },
    Rule {
        code: codes::PZK_AGREEMENT,
        name: "pzk-agreement",
        severity: Severity::Error,
        summary: "a PZK has an agreement with a signing date and signatories",
        source: "Zadania dla instytucji w Modelu Kooperacji (\"PZK funkcjonują w oparciu o podpisane porozumienie\")",
        explain: "Zadania dla instytucji w Modelu Kooperacji: \"PZK funkcjonują w oparciu o podpisane porozumienie, deklarację.\" Fix: `koop team agreement <team> --signed …` and `koop team sign` for each institution.",
        check: Some(teams::pzk_agreement),
    },
    Rule {
        code: codes::PZK_FREQUENCY,
        name: "pzk-frequency",
        severity: Severity::Warning,
        summary: "a PZK agrees to meet at least quarterly",
        source: "Załącznik nr 5 – Porozumienie na rzecz współdziałania organizacji i instytucji, § 2; Założenia organizacyjne Modelu Kooperacji, pkt 10",
        explain: "Załącznik nr 5 – Porozumienie, § 2: \"Spotkania w ramach PZK odbywają się w miarę potrzeb, nie rzadziej niż raz na kwartał.\" Założenia organizacyjne Modelu Kooperacji, pkt 10 prefers monthly. Fix: set `meeting_frequency_months` to 3 or less.",
        check: Some(teams::pzk_frequency),
    },
    Rule {
        code: codes::ANIMATOR_WORKLOAD,
        name: "animator-workload",
        severity: Severity::Warning,
        summary: "animators have time for the model: a county animator half a post for 1–4 gminy and a full post for more; a gmina animator works at the OPS with a recorded share of a post",
        source: "Założenia organizacyjne Modelu Kooperacji, pkt 5",
        explain: "Założenia organizacyjne Modelu Kooperacji, pkt 5: \"Wdrażanie Modelu i odpowiedzialność za 1-4 gminy to pół etatu, powyżej 1 etat.\" A post not recorded is reported, not taken for a full one. The gmina animator, in the same document: \"animator gminny jako osoba do kontaktu powinien być pracownikiem GOPS, nie obarczony jednak dodatkowymi obowiązkami ale w sposób przemyślany np.; odjęcie innych obowiązków, np. ¼ etatu lub dodatkowe wynagrodzenie\". The quarter is an example (\"np.\"), and extra pay is the alternative, so any recorded share is accepted; an animator outside the OPS, or with no share recorded, is reported. Fix: record the animator's `post` — for a county animator at least 0.5 for 1–4 gminy, 1.0 for more, or fewer gminy; for a gmina animator the share of a post they give to the model, e.g. 0.25.",
        check: Some(teams::animator_workload),
    },
    Rule {
        code: codes::AGREEMENT_DATES,
        name: "agreement-dates",
        severity: Severity::Error,
        summary: "an agreement ends after it is signed, and no signatory joins before it",
        source: ZAL5,
        explain: "An agreement valid until a day before its signing, or an institution joining (zał. 5 §4.3) before the agreement existed, is a typo. Fix: correct `valid_until`, `signed` or `joined`.",
        check: Some(teams::agreement_dates),
    },
    Rule {
        code: codes::MEETING_MINUTES,
        name: "meeting-minutes",
        severity: Severity::Warning,
        summary: "a meeting names who writes its minutes, and one that took place has them",
        source: ZAL2,
        explain: "Zał. 2: \"Z każdego spotkania powinien być sporządzany protokół [...] Dlatego należy pamiętać aby zawsze była obecna osoba odpowiedzialna za sporządzenie protokołu.\" and, for the initiating meeting, \"Należy ustalić osobę odpowiedzialną za sporządzenie protokoły\". So every meeting names its minute-taker (`minutes_by`), beforehand if possible, and a meeting that took place has its minutes. Fix: `koop meeting minutes <meeting> --by <person>` (or `koop meeting new … --minutes-by`), and `koop meeting minutes <meeting> --file protokol.txt`.",
        check: Some(meetings::minutes),
    },
    Rule {
        code: codes::MINUTES_APPROVED,
        name: "minutes-approved",
        severity: Severity::Warning,
        summary: "minutes are approved at the team's next meeting",
        source: ZAL2,
        explain: "Zał. 2: \"Protokół powinien być zatwierdzany po wcześniejszym ustaleniu przez kooperantów na początku kolejnego spotkania.\" Fix: `koop meeting approve <meeting> --at <next meeting>`.",
        check: Some(meetings::minutes_approved),
    },
    Rule {
        code: codes::DECISIONS,
        name: "decisions",
        severity: Severity::Warning,
        summary: "a meeting's decisions past their deadline are done",
        source: "Załącznik nr 3 – Porozumienie na rzecz współdziałania organizacji i instytucji, § 2 pkt 3 (\"realizacja ustaleń i harmonogramu wynikającego ze spotkań Partnerskich\")",
        explain: "The partners undertake the \"realizacja ustaleń i harmonogramu wynikającego ze spotkań Partnerskich\" (zał. 3 §2). A decision past its date and not done needs a word at the next meeting. Fix: record `done = YYYY-MM-DD` on the decision, or a new `due`.",
        check: Some(meetings::decisions),
    },
    Rule {
        code: codes::MEETING_SLOT,
        name: "meeting-slot",
        severity: Severity::Warning,
        summary: "a meeting lasts at most two hours, not on Monday, Friday or a holiday, within 8:00–16:00",
        source: ZAL2,
        explain: "Zał. 2: \"Czas spotkania nie powinien być dłuższy niż dwie godziny\"; \"Starajmy się unikać organizacji spotkań na początku i końcu tygodnia, czyli poniedziałek i piątek\"; \"Ważne aby spotkanie odbywało się w godzinach pracy. Dla organizowania spotkań bezpieczne są godziny około południowe.\" Public holidays (Easter Monday, Corpus Christi, 11 November, 24 December from 2025, …) are computed. Fix: move the meeting.",
        check: Some(meetings::slot),
    },
    Rule {
        code: codes::ATTENDEES,
        name: "attendees",
        severity: Severity::Warning,
        summary: "those present belong to the team or were invited",
        source: ZAL2,
        explain: "Zał. 2: the invitation is \"kierowane na dyrektora instytucji/podmiotu ze wskazaniem w treści imiennie zapraszanego przedstawiciela\". Someone on the attendance list who is neither a member of the team nor invited is usually a missing invitation record. Fix: `koop meeting invite` or add the institution to the team.",
        check: Some(meetings::attendees),
    },
    Rule {
        code: codes::PZK_GAP,
        name: "pzk-meeting-gap",
        severity: Severity::Warning,
        summary: "a PZK meets at least as often as its agreement says, and never less than quarterly",
        source: "Załącznik nr 5 – Porozumienie na rzecz współdziałania organizacji i instytucji, § 2; Założenia organizacyjne Modelu Kooperacji, pkt 10",
        explain: "Załącznik nr 5 – Porozumienie, § 2: \"Spotkania w ramach PZK odbywają się w miarę potrzeb, nie rzadziej niż raz na kwartał.\" The warning names the gap. Fix: plan the next meeting with `koop meeting new`.",
        check: Some(meetings::pzk_gaps),
    },
    Rule {
        code: codes::PLAIN_PERSONAL,
        name: "personal-data-in-plain-text",
        severity: Severity::Warning,
        summary: "a case's members and diagnosis are encrypted (members.toml.age, diagnosis.toml.age)",
        source: "Załącznik nr 5 – Porozumienie na rzecz współdziałania organizacji i instytucji, § 3 pkt 6; docs/privacy.md",
        explain: "Cases hold special-category personal data (health, addictions, court supervision), and zał. 5 §3.6 binds GGK members: \"Wszystkich członków obowiązuje zasada tajności informacji przekazywanych na spotkaniach Grupy.\" A repository travels through git servers and laptops, so koop keeps members.toml and diagnosis.toml encrypted to the team's keys (keys/). Fix: with recipients in keys/, `koop keys rotate` encrypts every plain-text file and removes it; without any, `koop keys add <your-name>` turns encryption on. A training repository with invented people can allow the rule in koop.toml ([check] allow = [\"K032\"]). Git history keeps the plain-text versions already committed (docs/privacy.md says what to do).",
        check: Some(cases::plain_personal),
    },
    Rule {
        code: codes::NAME_IN_PLAIN_TEXT,
        name: "member-name-in-plain-text",
        severity: Severity::Warning,
        summary: "case files that are not encrypted (case, plan, monitoring, evaluations) refer to members by identity, not by name",
        source: "Załącznik nr 5 – Porozumienie na rzecz współdziałania organizacji i instytucji, § 3 pkt 6; docs/privacy.md",
        explain: "Only members.toml and diagnosis.toml are encrypted; the case, the plan, monitoring and evaluations stay readable so that the team can work on them, and refer to family members by identity (koop shows them as m1, m2). A name written into their free text (a goal, a task, a progress note, a reason) travels in plain text with the repository, against the confidentiality of zał. 5 §3.6 (\"Wszystkich członków obowiązuje zasada tajności informacji przekazywanych na spotkaniach Grupy.\"). The rule looks for each member's first name and surname (also inflected: Kowalski, Kowalskiego) when the members can be decrypted. Fix: replace the name with the member's number or role (\"m1\", \"matka\").",
        check: Some(cases::names_in_plain_text),
    },
    Rule {
        code: codes::EXACT_DUPLICATE,
        name: "exact-duplicate",
        severity: Severity::Warning,
        summary: "nothing is entered twice: a team's meeting at one day and hour, a progress report, a decision, a task",
        source: ZAL7,
        explain: "A command run twice leaves a second, identical record: a meeting planned twice (`…-pzk-2`), the same progress reported twice on a task for one month (printed twice on zał. 7, the form people sign), a decision recorded twice in the minutes, the same task twice under one goal. A write that would create such a duplicate is refused; `--allow-duplicate` insists. Fix: remove the second one (`koop meeting remove`, `koop monitor remove`, `koop meeting decision remove`, `koop task remove`).",
        check: Some(duplicates::exact),
    },
    Rule {
        code: codes::OUTDATED,
        name: "outdated-format",
        severity: Severity::Error,
        summary: "records are in the format this koop reads (koop.toml `format`)",
        source: FORMAT,
        explain: "Format 2 gives every family member, goal, task, monitoring entry and decision an identity of its own, and references hold identities, so that work done in parallel in two clones merges without one entry taking another's number. A repository or a record in format 1 (members with `key = \"m1\"`, goals numbered `id = 1`, references by number) is not read, rather than misread. Format 3 numbers a continuation cycle's steps as the \"KOLEJNE WDRAŻANIE\" diagram does (6 realisation, 7 evaluation and the decision; format 2 had 7 and 8). Fix: `koop migrate` brings the whole repository to format 3 in one change (`koop undo` takes it back); commit it before colleagues go on working.",
        check: None,
    },
    Rule {
        code: codes::MERGE_CONFLICT,
        name: "merge-conflict",
        severity: Severity::Error,
        summary: "no file holds an unresolved merge conflict",
        source: "docs/collaboration.md",
        explain: "When two people change the same value differently in two clones, git (or koop's merge driver) cannot choose for them. git leaves conflict markers (`<<<<<<<`, `=======`, `>>>>>>>`) in the file; koop's merge driver keeps the file valid TOML and lists both values in a `[[conflicts]]` table. Until the conflict is resolved the record is not what either person meant, so write commands refuse. Fix: `koop edit <file>` (or any editor): keep the right value, delete the markers or the `[[conflicts]]` entry, then `git add <file>` and `git commit`. docs/collaboration.md shows examples.",
        check: None,
    },
    Rule {
        code: codes::RECIPIENTS,
        name: "recipients",
        severity: Severity::Warning,
        summary: "every encrypted file is encrypted to exactly the keys in keys/",
        source: "docs/privacy.md",
        explain: "Personal data is encrypted to the recipients listed in keys/. A file written in a clone that did not yet know of a change of keys (a colleague removed, or added) is encrypted to the old list: after the merge, a person whose key was removed can still read it, or a new colleague cannot. koop records the recipients of each file in `keys/.recipients` when it writes it. Fix: `koop keys rotate` re-encrypts every such file to the current keys.",
        check: None,
    },
    Rule {
        code: codes::OUTCOME,
        name: "outcome",
        severity: Severity::Error,
        summary: "a case that ended other than by success (not qualified, refused, withdrawn, discontinued) says when and why",
        source: "Założenia organizacyjne Modelu Kooperacji, pkt 6",
        explain: "Not every referral ends in a plan: the team qualifies only help it finds necessary (\"uznana przez Zespół … za niezbędną\"), and only with the consent of the person or family (\"za zgodą osoby/rodziny\"). A referral the team does not qualify (`not-qualified`), one the person or family refuses (`refused`), one the referring institution withdraws (`withdrawn`), and work that stops before its goals (`discontinued`) are ends of their own, counted apart from closed cases in reports and exports. Each needs an `[outcome]` with the date (not before the referral, the qualification or the plan) and the reason; `not-qualified` and `withdrawn` are decided before qualification. Fix: `koop case end <case> <outcome> --date … --reason …`, or `koop case reopen` when it had not ended.",
        check: Some(course::outcome),
    },
    Rule {
        code: codes::EVALUATION_DUE,
        name: "evaluation-due",
        severity: Severity::Warning,
        summary: "an active case's evaluation is recorded by the date the last one set",
        source: ZAL6,
        explain: "Part C of the karta ends with \"data kolejnej ewaluacji/zakończenie pracy z osobą/rodziną\": each evaluation sets the date of the next. `koop agenda` lists it beforehand; once the day has passed without an evaluation, this rule says so. Fix: `koop eval add <case> --date … --main … --goal …` (with `--next` or `--end`).",
        check: Some(course::evaluation_due),
    },
    Rule {
        code: codes::DIAGNOSIS_FIRST,
        name: "diagnosis-first",
        severity: Severity::Error,
        summary: "a plan is adopted after the diagnosis (part A of the karta, before part B)",
        source: ZAL6,
        explain: "The karta planu pracy is filled in order: part A describes and analyses the family's situation and ends with \"Zidentyfikowane problemy, potrzeby – wnioski z diagnozy\"; part B sets the goals and tasks from them. A plan adopted without a diagnosis, or before it, has nothing to build on. Fix: `koop case diagnosis <case> --date … --author …` (the headings of part A, the problems and needs), dated on or before the day the plan is adopted.",
        check: Some(course::diagnosis_first),
    },
    Rule {
        code: codes::PZK_CORE,
        name: "pzk-core",
        severity: Severity::Warning,
        summary: "a PZK has a core of key institutions (trzon zespołu), the OPS among them",
        source: "Założenia organizacyjne Modelu Kooperacji, pkt 9",
        explain: "Założenia organizacyjne Modelu Kooperacji, pkt 9: \"Każdy G-PZK ustala grupę instytucji kluczowych - tzw „Trzon zespołu”, z którym jest podpisane porozumienie o kooperacji.\" The OPS, which animates the cooperation in the gmina and coordinates the work with families, belongs to it. Fix: `koop team member add <pzk> <institution> --core` for the key institutions, the OPS first.",
        check: Some(teams::pzk_core),
    },
    Rule {
        code: codes::GGK_SIGNATORIES,
        name: "ggk-signatories",
        severity: Severity::Warning,
        summary: "a GGK is formed of institutions that signed the agreement, and has no agreement of its own",
        source: ZAL5,
        explain: "Zał. 5 §3.1: \"Gminną Grupę Kooperacji tworzą przedstawiciele instytucji i podmiotów związanych z realizacją zadań na rzecz mieszkańców, którzy podpisali Porozumienie.\" The GGK is part of the one porozumienie the partners conclude (its §3), so it rests on the PZK's agreement and does not conclude one of its own; the team agreement of a GGK is reported here too. While no agreement has been recorded yet, K022 says so and this rule waits. Fix: have the institution sign the agreement (`koop team sign <pzk> <institution> --representative …`), or take it out of the GGK (`koop team member remove <ggk> <institution>`); move a GGK's `[agreement]` to the PZK.",
        check: Some(teams::ggk_signatories),
    },
    Rule {
        code: codes::COURSE_DECISION,
        name: "course-decision",
        severity: Severity::Error,
        summary: "the decision step says whether the work continues or the cooperation ends, no cycle follows an end, a step left out is one the gmina may leave out, and what the report to ROPS says is recorded on step 2.4",
        source: "Model Kooperacji w gminach wiejskich, krok 9.3; Założenia organizacyjne Modelu Kooperacji (\"kolejne wdrażanie\")",
        explain: "Model Kooperacji w gminach wiejskich, krok 9.3: \"Decyzja PZK o kontynuacji prac lub zakończenie współpracy, ustalenie sposobu przekazania osób/rodzin\"; a continuing cycle ends with krok 7 of the \"KOLEJNE WDRAŻANIE\" diagram: \"Ewaluacja pracy zespołu, decyzja o kontynuacji prac Modelem\". The step records which alternative was taken (`decision = \"continue\"` or `\"end\"`), and a continuation (\"DECYZJA O KONTYNUACJI PRAC MODELEM KOOPERACJI\") cannot follow a decision to end. Założenia organizacyjne: \"Ważne jest, by gminy mogły podjąć decyzję o wdrażaniu elementu bądź całego Modelu\" — steps not adopted are listed in `[omitted]` with the reason; the ROPS's steps (stage I) and the decision itself are not a gmina's to leave out, and a step is not both done and left out. Fix: `koop model step done 9.3 --decision continue|end`, `koop model step omit STEP --reason …`, or correct the cycle file. What załącznik nr 1 (the report to ROPS) says — `resources_assessed`, `own_attempt`, `actions` — is recorded on step 2.4 of the first cycle (`koop model step done 2.4 --resources-assessed --own-attempt --actions …`), and on no other step.",
        check: Some(cycle::decisions),
    },
    Rule {
        code: codes::OUTSIDE_CYCLE,
        name: "outside-cycle",
        severity: Severity::Warning,
        summary: "referrals and open tasks fall within the model's course (from the first cycle's start to the last one's end)",
        source: "Założenia organizacyjne Modelu Kooperacji, pkt 14",
        explain: "Założenia organizacyjne Modelu Kooperacji, pkt 14: \"Praca Modelem Kooperacji proponuje czas 18 m-cy\" — about 3 months of organisation, \"do 13 m-cy\" of support for people and families, about 2 months of summary. Once the course is recorded (`koop model start`), a family referred before it started or after it ended, and a task not done that falls due after it ends, are work outside the model's cycle. Nothing is reported while no cycle is recorded. Fix: start a continuation (`koop model start --continuation`) for work beyond the cycle, or correct the date.",
        check: Some(cycle::within_cycles),
    },
    Rule {
        code: codes::GMINA,
        name: "gmina",
        severity: Severity::Warning,
        summary: "in a powiat's repository every OPS, case and service of a gmina names its gmina (one of `[unit] gminy` when listed); a gmina's repository names no other",
        source: "Założenia organizacyjne Modelu Kooperacji, pkt 5 and 7",
        explain: "Założenia organizacyjne Modelu Kooperacji, pkt 5: the county animator answers for the gminy (\"odpowiedzialność za 1-4 gminy to pół etatu, powyżej 1 etat\"), and pkt 7 joins them in \"Gminno-Powiatowego Zespołu Kooperacji\": a powiat's repository holds the work of several gminy, and its reports and figures (`koop export stats`, `koop report caseload`) break down by gmina. So each OPS (one per gmina), each case and each service offered in a gmina names its gmina, spelled as koop.toml's `[unit] gminy` lists them. A gmina has one OPS, and a case of a powiat is coordinated by the OPS of its gmina: a second OPS naming the same gmina, and a coordinator from another gmina's OPS, are reported. In a gmina's repository the gmina is the repository's own, and a record naming another is reported. Fix: `gmina = \"…\"` in the record (`--gmina` of `koop institution add`, `koop case new`, `koop service add`), or list the gmina in `[unit] gminy` (`koop init powiat --gmina …`).",
        check: Some(powiat::gminy),
    },
    Rule {
        code: codes::INFLECTED_NAMES,
        name: "inflected-names",
        severity: Severity::Warning,
        summary: "the representative of each signatory of an agreement has a name koop can put in the accusative, and its seat a locality koop can put in the locative, or the forms are recorded",
        source: "Załącznik nr 3 – Porozumienie na rzecz współdziałania (partnership variant)",
        explain: "Załącznik nr 3 names every party \"reprezentowanym/ą przez\" its representative, and Polish needs the accusative there: \"przez Małgorzatę Wiśniewską\", \"przez Andrzeja Szymańskiego\". koop derives it where the rules of Polish decide it (first names, surnames in -ski/-cki/-dzki and -a, women's surnames that do not change, men's surnames that keep their vowels) and otherwise prints the name as written, which a director would not sign. Fix: record the form — `representative_accusative = \"Krzysztofa Wróbla\"` in the signatory's entry of the team file (`--representative-accusative` of `koop team sign`), or `director_accusative` in the institution's file when the director signs (`--director-accusative` of `koop institution add`). The same paragraph gives each party's seat, \"z siedzibą w\" the locality in the locative and the address: koop takes the locality from a street address in the repository's own town (koop.toml's locative), and otherwise needs `locality_locative = \"Dąbrówce\"` in the institution's file (`--locality-locative`).",
        check: Some(teams::inflected_names),
    },
    Rule {
        code: codes::AFTER_PROJECT,
        name: "agreement-after-project",
        severity: Severity::Warning,
        summary: "an agreement signed after the project „Kooperacja – efektywna i skuteczna” ended gives § 1 ust. 1 in the parties' own words",
        source: ZAL5,
        explain: "Załącznik nr 5, § 1 ust. 1 says the agreement is concluded \"w związku z realizacją … projektu pn. „Kooperacja – efektywna i skuteczna”, współfinansowanego ze środków EFS w ramach Programu Operacyjnego Wiedza Edukacja Rozwój 2014-20\", and its footnote: \"W przypadku powoływania Zespołu po zakończeniu realizacji projektu, zapis będzie zmieniony\". The programme's projects ended with its eligibility period on 31 December 2023, so a team whose agreement is signed later needs that paragraph in its own words; the form gives none, and koop prints the project's until it is recorded. Fix: `koop team agreement TEAM --purpose \"…\"` (the agreement's `purpose`), which replaces § 1 ust. 1 and its footnote.",
        check: Some(teams::after_project),
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
    let mut out = store.problems.clone();
    for rule in RULES {
        if let Some(check) = rule.check {
            check(store, &mut out);
        }
    }
    out.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    out.dedup();
    collapse(out)
}

/// How many findings of one rule on one line are shown before the rest are counted.
const PER_LINE: usize = 3;

/// Keeps the output linear in the input: past [`PER_LINE`] findings of one rule on one line
/// (a list with thousands of repeated entries), the rest are counted in the last one shown.
fn collapse(findings: Vec<Diagnostic>) -> Vec<Diagnostic> {
    let mut out: Vec<Diagnostic> = Vec::with_capacity(findings.len());
    let mut run = 0;
    let mut hidden = 0;
    for d in findings {
        let same = out.last().is_some_and(|p: &Diagnostic| {
            p.code == d.code
                && p.location.file == d.location.file
                && p.location.line == d.location.line
                && d.location.line > 0
        });
        if !same {
            flush(&mut out, hidden);
            run = 0;
            hidden = 0;
        }
        run += 1;
        if run > PER_LINE {
            hidden += 1;
        } else {
            out.push(d);
        }
    }
    flush(&mut out, hidden);
    out
}

fn flush(out: &mut [Diagnostic], hidden: usize) {
    if hidden > 0
        && let Some(last) = out.last_mut()
    {
        last.message = format!("{} (and {hidden} more like it on this line)", last.message);
    }
}
