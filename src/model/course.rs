//! The model's course as data (seed 002; the continuation cycle from seed 003): stages I–IV,
//! their steps with who carries them out and whether they are optional, and the 18-month
//! timeline of seed 003 §14 ("ok. 3 m-cy", "do 13 m-cy", "ok. 2 m-ce").
//!
//! A repository records each cycle in `course/<n>.toml`: its start, its planned phases and
//! the day each step was done.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{Date, Spanned};
use crate::word_enum;

word_enum! {
    /// A first implementation, or a continuing one (seed 003, "kolejne wdrażanie").
    CycleKind {
        /// The full course, stages I–IV.
        First => "first" | "pierwsze" | "pierwsze-wdrażanie" | "pierwsze-wdrazanie",
        /// The shorter cycle of a gmina/powiat continuing the work.
        Continuation => "continuation" | "kolejne" | "kolejne-wdrażanie" | "kolejne-wdrazanie",
    }
}

/// Which part of the timeline a stage falls in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Phase {
    /// Organisation, about 3 months.
    Organisation,
    /// Work with people and families, up to 13 months.
    Work,
    /// Summary and presentation of effects, about 2 months.
    Summary,
}

/// A stage (etap).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stage {
    /// Roman numeral.
    pub number: &'static str,
    /// Its name in the seed.
    pub name: &'static str,
    /// Who carries it out (seed 002).
    pub owners: &'static str,
    /// The part of the timeline it must fit in.
    pub phase: Phase,
}

/// A step (krok) of a stage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Step {
    /// Its number, e.g. `5.2`.
    pub id: &'static str,
    /// Index into the cycle's stages.
    pub stage: usize,
    /// Its wording in the model's documents.
    pub title: &'static str,
    /// Optional (zadanie fakultatywne, or "ewentualnie").
    pub optional: bool,
    /// The part of the timeline it must be done in, when not its stage's: the training of
    /// the PZK and its plan of cooperation (6.1, 6.2) belong to the "ok. 3 m-cy" of
    /// organisation ("organizację G-PZK, budowanie kooperacji podmiotów i szkolenia").
    pub phase: Option<Phase>,
}

const fn step(id: &'static str, stage: usize, title: &'static str) -> Step {
    Step {
        id,
        stage,
        title,
        optional: false,
        phase: None,
    }
}

const fn optional(id: &'static str, stage: usize, title: &'static str) -> Step {
    Step {
        id,
        stage,
        title,
        optional: true,
        phase: None,
    }
}

const fn organising(id: &'static str, stage: usize, title: &'static str) -> Step {
    Step {
        id,
        stage,
        title,
        optional: false,
        phase: Some(Phase::Organisation),
    }
}

/// The stages of a first implementation (seed 002).
pub const STAGES: &[Stage] = &[
    Stage {
        number: "I",
        name: "Upowszechnianie Modelu Kooperacji",
        owners: "ROPS",
        phase: Phase::Organisation,
    },
    Stage {
        number: "II",
        name: "Organizacja",
        owners: "PCPR/GOPS/władze/radni przy wsparciu ROPS",
        phase: Phase::Organisation,
    },
    Stage {
        number: "III",
        name: "Realizacja / Ewaluacja",
        owners: "ROPS, PZK, PCPR, GOPS, animatorzy przy wsparciu ROPS",
        phase: Phase::Work,
    },
    Stage {
        number: "IV",
        name: "Ewaluacja końcowa",
        owners: "PZK, animatorzy, radni, PCPR, GOPS przy wsparciu ROPS",
        phase: Phase::Summary,
    },
];

/// The steps of a first implementation (seed 002), in order.
pub const STEPS: &[Step] = &[
    step(
        "1.1",
        0,
        "Prowadzenie działań informacyjnych, strony www ROPS/platformy edukacyjnej",
    ),
    step("1.2", 0, "Organizacja działań edukacyjnych"),
    step("1.3", 0, "Zapewnienie wsparcia doradczego, konsultacji"),
    optional("1.4", 0, "Powołanie Wojewódzkiego Zespołu Kooperacji"),
    optional(
        "1.5",
        0,
        "Prowadzenie i aktualizacja wojewódzkiej listy aktywności i usług",
    ),
    step(
        "2.1",
        1,
        "Spotkanie PCPR i GOPS-ów, władz lokalnych; diagnoza sytuacji powiatowo-gminnej (analiza OZPS)",
    ),
    step(
        "2.2",
        1,
        "Decyzja władz gminno-powiatowych, PCPR i GOPS o wdrażaniu Modelu",
    ),
    step(
        "2.3",
        1,
        "Wybór: radnych/członków zarządu powiatu i gminy; animatorów PCPR i GOPS",
    ),
    step("2.4", 1, "Zgłoszenie do ROPS"),
    step(
        "3",
        1,
        "Zawarcie porozumienia powiat-gmina lub województwo-powiat-gmina",
    ),
    step(
        "4",
        1,
        "Szkolenie animatorów GOPS, radnych/członków zarządu",
    ),
    step("5.1", 1, "Dobór przedstawicieli instytucji do zespołu"),
    step(
        "5.2",
        1,
        "Powołanie PZK – Partnerskiego Zespołu Kooperacji – zawarcie porozumienia",
    ),
    organising("6.1", 2, "Szkolenie PZK z Modelu"),
    organising("6.2", 2, "Opracowanie planu współpracy PZK"),
    step("6.3", 2, "Upowszechnianie informacji o współpracy Modelem"),
    step("6.4", 2, "Opracowanie gminno-powiatowej listy usług"),
    step(
        "7.1",
        2,
        "Współpraca PZK z podmiotami: szkolenia, coaching, superwizje, doradztwo, listy usług",
    ),
    step(
        "7.2",
        2,
        "Współpraca PZK z osobami/rodzinami: zgłaszanie osób/rodzin, diagnozowanie wielowymiarowe, opracowanie i realizacja IPW z wykorzystaniem lokalnie dostępnych usług, organizowanie grup, monitorowanie",
    ),
    step(
        "7.3",
        2,
        "Współpraca PZK ze społecznością: planowanie i realizacja projektów socjalnych, usług środowiskowych, prezentacja na sesjach",
    ),
    step("8", 2, "Spotkania animatorów"),
    step("9.1", 3, "Ewaluacja współpracy z podmiotami PZK"),
    step("9.2", 3, "Ewaluacja współpracy z osobami/rodzinami"),
    step(
        "9.3",
        3,
        "Decyzja PZK o kontynuacji prac lub zakończenie współpracy, ustalenie sposobu przekazania osób/rodzin",
    ),
    step(
        "10.1",
        3,
        "Prezentacja efektów podczas komisji i sesji w gminie, powiecie",
    ),
    step(
        "10.2",
        3,
        "Zabezpieczenie usług, dokonanie zmian w programach, strategiach",
    ),
    step(
        "10.3",
        3,
        "Przygotowanie referencji dla podmiotów i zespołów",
    ),
];

/// The stages of a continuing implementation (seed 003, "kolejne wdrażanie").
pub const CONTINUATION_STAGES: &[Stage] = &[
    Stage {
        number: "I",
        name: "Organizacyjny",
        owners: "władze gminno-powiatowe, PCPR, GOPS",
        phase: Phase::Organisation,
    },
    Stage {
        number: "II",
        name: "Praca zespołów",
        owners: "PZK, GGK, animatorzy",
        phase: Phase::Work,
    },
    Stage {
        number: "III",
        name: "Ewaluacja",
        owners: "PZK, animatorzy",
        phase: Phase::Summary,
    },
];

/// The steps of a continuing implementation, in order, as the "KOLEJNE WDRAŻANIE" diagram of
/// Założenia organizacyjne numbers them. The new agreement is "KROK 2 LUB 3" there: step 3
/// after the optional report to ROPS, step 2 without it; koop numbers it 3 either way, so a
/// number always means one step (docs/format.md, "The model's course").
pub const CONTINUATION_STEPS: &[Step] = &[
    step("1", 0, "Akceptacja przez władze gminno-powiatowe"),
    optional(
        "2",
        0,
        "Ewentualnie: zgłoszenie do ROPS (o ile potrzebne jest wsparcie)",
    ),
    step(
        "3",
        0,
        "Podpisanie nowego porozumienia, ustalenie nowych celów, ew. uzupełnienie składu zespołu (krok 2 lub 3)",
    ),
    step(
        "4",
        0,
        "Przygotowanie podmiotów merytorycznie do pracy zgodnie z nowym porozumieniem i celami",
    ),
    step(
        "5.1",
        1,
        "Realizacja pracy zespołu na rzecz podmiotów kooperacji",
    ),
    step("5.2", 1, "Realizacja prac zespołu na rzecz osób/rodzin"),
    step(
        "6",
        1,
        "Realizacja Modelu Kooperacji, w tym praca na rzecz grup/społeczności",
    ),
    step(
        "7",
        2,
        "Ewaluacja pracy zespołu, decyzja o kontynuacji prac Modelem",
    ),
];

impl Step {
    /// Whether the step is the ROPS's work (stage I of the first implementation, "ROPS"): a
    /// gmina or powiat does not carry it out, so it is never late in its repository, may be
    /// dated before the cycle starts, and is not the gmina's to adopt or leave out.
    pub fn regional(&self, kind: CycleKind) -> bool {
        course(kind).0[self.stage].owners == "ROPS"
    }
}

/// The step that records the decision to continue or to end the cooperation.
pub fn decision_step(kind: CycleKind) -> &'static str {
    match kind {
        CycleKind::First => "9.3",
        CycleKind::Continuation => "7",
    }
}

word_enum! {
    /// Which alternative the decision step took (krok 9.3: "Decyzja PZK o kontynuacji prac lub
    /// zakończenie współpracy").
    Decision {
        /// Continue the work with the model: a continuation cycle may follow.
        Continue => "continue" | "kontynuacja",
        /// End the cooperation: no continuation follows.
        End => "end" | "zakończenie" | "zakonczenie",
    }
}

/// The stages and steps of a cycle kind.
pub fn course(kind: CycleKind) -> (&'static [Stage], &'static [Step]) {
    match kind {
        CycleKind::First => (STAGES, STEPS),
        CycleKind::Continuation => (CONTINUATION_STAGES, CONTINUATION_STEPS),
    }
}

/// `course/<n>.toml`: one cycle of the model in this gmina or powiat.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cycle {
    /// first or continuation.
    pub kind: CycleKind,
    /// The day the cycle started.
    pub start: Date,
    /// Months for organisation (seed 003 §14: "ok. 3 m-cy").
    #[serde(default = "three")]
    pub organisation_months: u32,
    /// Months of work with people and families ("do 13 m-cy").
    #[serde(default = "thirteen")]
    pub work_months: u32,
    /// Months for the summary ("ok. 2 m-ce").
    #[serde(default = "two")]
    pub summary_months: u32,
    /// The steps done, by number.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub steps: BTreeMap<String, StepDone>,
    /// Steps the gmina or powiat did not adopt, with why (Założenia organizacyjne: "decyzję o
    /// wdrażaniu elementu bądź całego Modelu"); they are never late.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub omitted: BTreeMap<String, String>,
}

fn three() -> u32 {
    3
}
fn thirteen() -> u32 {
    13
}
fn two() -> u32 {
    2
}

/// `[steps."5.2"]`: when a step was done.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StepDone {
    /// The day it was done.
    pub done: Spanned<Date>,
    /// For the decision step (9.3, or 7 of a continuation): which alternative was taken.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision: Option<Spanned<Decision>>,
    /// What was done, briefly.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// For step 2.4, the report to ROPS (załącznik nr 1): "dokonano oceny obrazu zasobów
    /// gminy".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resources_assessed: Option<bool>,
    /// For step 2.4: "podjęto próbę samodzielnego zawiązania kooperacji".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub own_attempt: Option<bool>,
    /// For step 2.4: "Krótki opis dotychczas zrealizowanych działań".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actions: Option<String>,
}

/// The step of the first cycle that is the report to ROPS (załącznik nr 1).
pub const ROPS_REPORT_STEP: &str = "2.4";

/// Adds whole months to a date (clamped to the month's last day).
pub fn add_months(date: Date, months: u32) -> Date {
    date.0
        .checked_add_months(chrono::Months::new(months))
        .map(Date)
        .unwrap_or(date)
}

impl Cycle {
    /// The record of the decision step (9.3, or 7 of a continuation), when it is done.
    pub fn decision(&self) -> Option<&StepDone> {
        self.steps.get(decision_step(self.kind))
    }

    /// The day the cycle decided to end the cooperation, if it did.
    pub fn ended(&self) -> Option<Date> {
        self.decision()
            .filter(|d| {
                d.decision
                    .as_ref()
                    .is_some_and(|x| *x.get_ref() == Decision::End)
            })
            .map(|d| *d.done.get_ref())
    }

    /// The last day of a phase.
    pub fn phase_end(&self, phase: Phase) -> Date {
        let months = match phase {
            Phase::Organisation => self.organisation_months,
            Phase::Work => self.organisation_months + self.work_months,
            Phase::Summary => self.organisation_months + self.work_months + self.summary_months,
        };
        add_months(self.start, months)
    }
}

/// Where a step stands on a given day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StepState {
    /// Done on this day, by its deadline.
    Done(Date),
    /// Done on this day, after its deadline (the second date).
    DoneLate(Date, Date),
    /// Not recorded, but the records show it done on this day: the evidence says how.
    Shown(Date, String),
    /// Not done, its deadline has not passed.
    Due(Date),
    /// Not done, its deadline passed on this day.
    Late(Date),
    /// Optional and not done.
    Optional,
    /// Not adopted by this gmina or powiat (the reason).
    Omitted(String),
    /// A step of the ROPS (stage I), not done in this repository; never late here.
    Regional,
}

/// The day a step is due: the end of its phase.
pub fn deadline(cycle: &Cycle, step: &Step) -> Date {
    let (stages, _) = course(cycle.kind);
    cycle.phase_end(step.phase.unwrap_or(stages[step.stage].phase))
}

/// The state of each step of a cycle on `today`, in order. `evidence` gives, for steps not
/// recorded, the day and the record that show them done (`derive` in the rules).
pub fn states(
    cycle: &Cycle,
    today: Date,
    evidence: &BTreeMap<&'static str, (Date, String)>,
) -> Vec<(&'static Step, StepState)> {
    let (_, steps) = course(cycle.kind);
    steps
        .iter()
        .map(|s| {
            let deadline = deadline(cycle, s);
            // Never late here, nor done late: the ROPS's work.
            let regional = s.regional(cycle.kind);
            let state = match cycle.steps.get(s.id) {
                Some(done) if *done.done.get_ref() > deadline && !regional => {
                    StepState::DoneLate(*done.done.get_ref(), deadline)
                }
                Some(done) => StepState::Done(*done.done.get_ref()),
                None => match evidence.get(s.id) {
                    Some((day, what)) => StepState::Shown(*day, what.clone()),
                    None if cycle.omitted.contains_key(s.id) => {
                        StepState::Omitted(cycle.omitted[s.id].clone())
                    }
                    None if s.optional => StepState::Optional,
                    None if regional => StepState::Regional,
                    None if deadline < today => StepState::Late(deadline),
                    None => StepState::Due(deadline),
                },
            };
            (s, state)
        })
        .collect()
}

/// The steps the records show done within a cycle, with the day and the record: a step with
/// evidence is derived, not ticked. `window` is the cycle's span (its start to the day before
/// the next cycle, or its end).
pub fn evidence(
    store: &crate::store::Store,
    cycle: &Cycle,
    window: (Date, Date),
) -> BTreeMap<&'static str, (Date, String)> {
    use crate::model::{MeetingKind, TeamKind};
    let within = |d: Date| d >= window.0 && d <= window.1;
    let mut out = BTreeMap::new();
    // The PZK agreement: step 5.2 ("Powołanie PZK – zawarcie porozumienia"), or 3 of a
    // continuation ("Podpisanie nowego porozumienia").
    let agreement = store
        .teams
        .iter()
        .filter(|t| t.value.kind == TeamKind::Pzk)
        .filter_map(|t| {
            let a = t.value.agreement.as_ref()?;
            let signed = a.signed.filter(|d| within(*d))?;
            (!a.signatories.is_empty()).then(|| (signed, t.id.clone()))
        })
        .min();
    // The first plan of work with a family adopted: 7.2 ("Współpraca PZK z osobami/rodzinami:
    // … opracowanie i realizacja IPW"), or 5.2 of a continuation.
    let plan = store
        .cases
        .iter()
        .filter_map(|c| {
            let day = *c.adopted()?.get_ref();
            within(day).then(|| (day, c.id().to_string()))
        })
        .min();
    // The initiating meeting of the PZK: 2.1 ("Spotkanie PCPR i GOPS-ów, władz lokalnych").
    let initiating = store
        .meetings
        .iter()
        .filter(|m| m.value.kind == MeetingKind::Initiating)
        .map(|m| (*m.value.date.get_ref(), m.id.clone()))
        .filter(|(d, _)| within(*d) && *d <= Date::today().unwrap_or(window.1))
        .min();
    match cycle.kind {
        CycleKind::First => {
            if let Some((day, id)) = initiating {
                out.insert(
                    "2.1",
                    (
                        day,
                        crate::tr!("model-evidence-initiating-meeting", id = id),
                    ),
                );
            }
            if let Some((day, team)) = agreement {
                out.insert(
                    "5.2",
                    (day, crate::tr!("model-evidence-agreement", team = team)),
                );
            }
            if let Some((day, case)) = plan {
                out.insert("7.2", (day, crate::tr!("model-evidence-plan", case = case)));
            }
        }
        CycleKind::Continuation => {
            if let Some((day, team)) = agreement {
                out.insert(
                    "3",
                    (day, crate::tr!("model-evidence-new-agreement", team = team)),
                );
            }
            if let Some((day, case)) = plan {
                out.insert("5.2", (day, crate::tr!("model-evidence-plan", case = case)));
            }
        }
    }
    out
}

/// The span of each cycle: its start, and the day before the next one starts or its end.
pub fn windows(cycles: &[&Cycle]) -> Vec<(Date, Date)> {
    cycles
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let end = match cycles.get(i + 1) {
                Some(next) => Date(next.start.0 - chrono::Days::new(1)),
                None => c.phase_end(Phase::Summary),
            };
            (c.start, end)
        })
        .collect()
}

impl StepState {
    /// Whether the step still needs doing (due or late).
    pub fn open(&self) -> bool {
        matches!(self, StepState::Due(_) | StepState::Late(_))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cycle(start: &str) -> Cycle {
        Cycle {
            kind: CycleKind::First,
            start: start.parse().unwrap(),
            organisation_months: 3,
            work_months: 13,
            summary_months: 2,
            steps: BTreeMap::new(),
            omitted: BTreeMap::new(),
        }
    }

    #[test]
    fn the_timeline_is_eighteen_months() {
        let c = cycle("2026-01-31");
        assert_eq!(c.phase_end(Phase::Organisation).to_string(), "2026-04-30");
        assert_eq!(c.phase_end(Phase::Work).to_string(), "2027-05-31");
        assert_eq!(c.phase_end(Phase::Summary).to_string(), "2027-07-31");
    }

    #[test]
    fn step_ids_are_unique_and_stages_exist() {
        for kind in CycleKind::ALL {
            let (stages, steps) = course(*kind);
            let mut ids: Vec<&str> = steps.iter().map(|s| s.id).collect();
            ids.sort_unstable();
            ids.dedup();
            assert_eq!(ids.len(), steps.len());
            assert!(steps.iter().all(|s| s.stage < stages.len()));
        }
    }

    #[test]
    fn states_follow_the_deadlines() {
        let mut c = cycle("2026-01-15");
        let done = |day: &str| StepDone {
            done: Spanned::new(0..0, day.parse().unwrap()),
            decision: None,
            note: None,
            resources_assessed: None,
            own_attempt: None,
            actions: None,
        };
        c.steps.insert("2.1".into(), done("2026-01-20"));
        c.steps.insert("2.3".into(), done("2026-04-20"));
        c.omitted.insert("7.3".into(), "tylko rodziny".into());
        let mut evidence = BTreeMap::new();
        evidence.insert(
            "5.2",
            ("2026-03-12".parse().unwrap(), "porozumienie".into()),
        );
        let s = states(&c, "2026-05-01".parse().unwrap(), &evidence);
        let get = |id: &str| {
            s.iter()
                .find(|(st, _)| st.id == id)
                .map(|(_, x)| x.clone())
                .unwrap()
        };
        let day = |d: &str| d.parse::<Date>().unwrap();
        assert_eq!(get("2.1"), StepState::Done(day("2026-01-20")));
        assert_eq!(
            get("2.3"),
            StepState::DoneLate(day("2026-04-20"), day("2026-04-15"))
        );
        assert_eq!(get("2.2"), StepState::Late(day("2026-04-15")));
        assert_eq!(
            get("5.2"),
            StepState::Shown(day("2026-03-12"), "porozumienie".into())
        );
        assert_eq!(get("1.1"), StepState::Regional);
        assert_eq!(get("1.4"), StepState::Optional);
        assert_eq!(get("7.3"), StepState::Omitted("tylko rodziny".into()));
        // 6.2 belongs to the organisation phase although it is in stage III.
        assert_eq!(get("6.2"), StepState::Late(day("2026-04-15")));
        assert_eq!(get("7.2"), StepState::Due(day("2027-05-15")));
    }
}
