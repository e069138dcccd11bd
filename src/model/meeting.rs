//! Meetings of a team (seed 004 zał. 2): when and where, who was invited (with a date to
//! confirm by) and who came, the agenda, the minutes (protokół) and who writes them, the
//! decisions taken, and which later meeting approved the minutes.
//!
//! One file per meeting, `meetings/<date>-<team>.toml` (`-2`, `-3` for a second meeting of the
//! same team that day), so teams meeting on different days never touch the same file.

use serde::{Deserialize, Serialize};

use super::calendar::Time;
use super::{Date, Spanned};
use crate::word_enum;

word_enum! {
    /// What a meeting is for.
    MeetingKind {
        /// The initiating meeting (spotkanie inicjujące, zał. 2).
        Initiating => "initiating" | "inicjujące" | "inicjujace",
        /// The formalising meeting where the agreement is signed.
        Formalising => "formalising" | "formalizujące" | "formalizujace",
        /// A working meeting.
        Working => "working" | "robocze",
        /// A monitoring meeting (zał. 7: "podczas spotkania monitorującego").
        Monitoring => "monitoring" | "monitorujące" | "monitorujace",
        /// An evaluation meeting (stage IV).
        Evaluation => "evaluation" | "ewaluacyjne",
    }
}

/// `meetings/<id>.toml`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meeting {
    /// Team ID.
    pub team: Spanned<String>,
    /// What the meeting is for.
    pub kind: MeetingKind,
    /// Day of the meeting.
    pub date: Spanned<Date>,
    /// Start, `HH:MM`.
    pub start: Spanned<Time>,
    /// End, `HH:MM`.
    pub end: Spanned<Time>,
    /// Where.
    pub place: String,
    /// What the meeting is for; the invitation states it (zał. 2: "cel spotkania").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goal: Option<String>,
    /// The cases the team was convened for, by case folder (`2026-001-k7qm`): a GGK meets
    /// about a concrete person or family (zał. 5 §3.4).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cases: Vec<Spanned<String>>,
    /// Person ID of who writes the minutes (osoba odpowiedzialna za sporządzenie protokołu).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minutes_by: Option<Spanned<String>>,
    /// Agenda items, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub agenda: Vec<String>,
    /// The minutes (protokół).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minutes: Option<String>,
    /// ID of the meeting whose participants approved these minutes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approved_at: Option<Spanned<String>>,
    /// The ID the meeting had before it was first rescheduled (`koop meeting reschedule`
    /// writes it, and keeps it): a calendar knows the meeting by it, whatever its date now.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_id: Option<String>,
    /// How many times it was rescheduled: its calendar event's SEQUENCE, so a calendar
    /// program takes the new date over the old one.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub rescheduled: u32,
    /// Invitations, one per institution.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub invited: Vec<Invitation>,
    /// Attendance list (lista obecności).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attendance: Vec<Attendance>,
    /// Decisions (ustalenia).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub decisions: Vec<Decision>,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

impl Meeting {
    /// What names the meeting for a calendar, whatever its date now: the ID it was first
    /// given (`first_id`), or its ID when it was never rescheduled.
    pub fn calendar_id<'a>(&'a self, id: &'a str) -> &'a str {
        self.first_id.as_deref().unwrap_or(id)
    }
}

/// One `[[invited]]` entry.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Invitation {
    /// Institution ID (the invitation goes to its director).
    pub institution: Spanned<String>,
    /// Person ID of the representative invited by name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person: Option<Spanned<String>>,
    /// Date to confirm attendance by.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rsvp_by: Option<Date>,
    /// The day the invitation was sent; the letter is dated by it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sent: Option<Date>,
}

/// One `[[attendance]]` entry.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Attendance {
    /// Person ID.
    pub person: Spanned<String>,
    /// Institution ID (the person's, unless they came for another).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub institution: Option<Spanned<String>>,
    /// Contact given on the list.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<String>,
}

/// One `[[decisions]]` entry.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Decision {
    /// Identity (`uid`); shown as 1, 2, … by its place in the minutes.
    pub id: Spanned<String>,
    /// What was decided.
    pub text: String,
    /// Person or institution ID responsible.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<Spanned<String>>,
    /// By when.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<Spanned<Date>>,
    /// When it was done.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub done: Option<Date>,
}

/// The initiating meeting's agenda (seed 004 zał. 2, "Scenariusz spotkania inicjującego").
pub const INITIATING_AGENDA: &[&str] = &[
    "Rozpoczęcie spotkania przez inicjatora PZK (przedstawiciel animatora instytucjonalnego – Dyrektor/Kierownik OPS)",
    "Przedstawienie diagnozy Powiatu/Gminy",
    "Przedstawienie propozycji liczenia kosztów zaniechania jakie niesie za sobą brak podejmowania kooperacyjnej współpracy na rzecz ekskluzji społecznej",
    "Opracowanie korzyści wynikających z działania na rzecz zapobiegania wykluczeniu społecznemu w formule współpracy",
    "Opracowanie celów partnerstwa",
    "Opracowanie zasad partnerstwa",
    "Opracowanie propozycji porozumienia/deklaracji o współpracy",
    "Ustalenie celów i daty spotkania formalizującego PZK",
    "Ustalenie kanałów komunikacji i osób wyznaczonych do kontaktu",
    "Pytania, wątpliwości – odpowiedzi",
    "Podsumowanie ustaleń i zakończenie spotkania inicjującego zawiązanie PZK",
    "Podziękowanie za spotkanie",
];
