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
        First => "first",
        /// The shorter cycle of a gmina/powiat continuing the work.
        Continuation => "continuation",
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
    /// Its wording in the seed.
    pub title: &'static str,
    /// Optional (zadanie fakultatywne, or "ewentualnie").
    pub optional: bool,
}

const fn step(id: &'static str, stage: usize, title: &'static str) -> Step {
    Step {
        id,
        stage,
        title,
        optional: false,
    }
}

const fn optional(id: &'static str, stage: usize, title: &'static str) -> Step {
    Step {
        id,
        stage,
        title,
        optional: true,
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
        name: "Realizacja",
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
    step("6.1", 2, "Szkolenie PZK z Modelu"),
    step("6.2", 2, "Opracowanie planu współpracy PZK"),
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

/// The steps of a continuing implementation (seed 003), in order.
pub const CONTINUATION_STEPS: &[Step] = &[
    step("1", 0, "Akceptacja przez władze gminno-powiatowe"),
    optional("2", 0, "Zgłoszenie do ROPS (o ile potrzebne jest wsparcie)"),
    step(
        "3",
        0,
        "Podpisanie nowego porozumienia, ustalenie nowych celów, ew. uzupełnienie składu zespołu",
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
    optional(
        "7",
        1,
        "Realizacja innych zadań Modelu Kooperacji, w tym na rzecz grup/społeczności",
    ),
    step(
        "8",
        2,
        "Ewaluacja pracy zespołu, decyzja o kontynuacji prac Modelem",
    ),
];

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
    /// What was done, briefly.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// Adds whole months to a date (clamped to the month's last day).
pub fn add_months(date: Date, months: u32) -> Date {
    date.0
        .checked_add_months(chrono::Months::new(months))
        .map(Date)
        .unwrap_or(date)
}

impl Cycle {
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
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepState {
    /// Done on this day.
    Done(Date),
    /// Not done, its stage's phase has not ended.
    Due(Date),
    /// Not done, its stage's phase ended on this day.
    Late(Date),
    /// Optional and not done.
    Optional,
}

/// The state of each step of a cycle on `today`, in order.
pub fn states(cycle: &Cycle, today: Date) -> Vec<(&'static Step, StepState)> {
    let (stages, steps) = course(cycle.kind);
    steps
        .iter()
        .map(|s| {
            let deadline = cycle.phase_end(stages[s.stage].phase);
            let state = match cycle.steps.get(s.id) {
                Some(done) => StepState::Done(*done.done.get_ref()),
                None if s.optional => StepState::Optional,
                None if deadline < today => StepState::Late(deadline),
                None => StepState::Due(deadline),
            };
            (s, state)
        })
        .collect()
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
        c.steps.insert(
            "2.1".into(),
            StepDone {
                done: Spanned::new(0..0, "2026-01-20".parse().unwrap()),
                note: None,
            },
        );
        let s = states(&c, "2026-05-01".parse().unwrap());
        let get = |id: &str| {
            s.iter()
                .find(|(st, _)| st.id == id)
                .map(|(_, x)| *x)
                .unwrap()
        };
        assert_eq!(get("2.1"), StepState::Done("2026-01-20".parse().unwrap()));
        assert_eq!(get("2.2"), StepState::Late("2026-04-15".parse().unwrap()));
        assert_eq!(get("1.4"), StepState::Optional);
        assert_eq!(get("7.2"), StepState::Due("2027-05-15".parse().unwrap()));
    }
}
