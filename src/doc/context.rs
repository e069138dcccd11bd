//! The data each document kind is filled from, built from the records as one JSON value.
//!
//! The same value feeds the Markdown and HTML templates (minijinja) and the PDF template
//! (typst reads it with `json("data.json")`), so every form shows the same facts. Values are
//! ready to print: dates in Polish, names instead of IDs; a missing value is `null`, which the
//! templates show as a dotted blank to fill in by hand.

use std::collections::BTreeSet;

use serde_json::{Value, json};

use super::polish;
use crate::error::{Error, Result};
use crate::model::case::{CaseKind, Degree, Status};
use crate::model::meeting::MeetingKind;
use crate::model::team::TeamKind;
use crate::model::uid;
use crate::model::{Date, Month};
use crate::store::{CaseRec, Store};

/// A Polish date or `null`.
fn date(d: Option<Date>) -> Value {
    d.map_or(Value::Null, |d| Value::from(polish::date(d)))
}

/// Text or `null`.
fn text(s: Option<&str>) -> Value {
    s.map_or(Value::Null, |s| Value::from(s.to_string()))
}

/// Genitive or locative of an adjectival unit name ("mazowieckie" → "mazowieckiego",
/// "mazowieckim"; "przykładowski" → "przykładowskiego"). Only the regular adjectival endings
/// are inflected; any other name is kept as it is rather than guessed.
fn adjective(name: &str, case: &str) -> String {
    let lower = name.to_lowercase();
    let stem = lower
        .strip_suffix("ie")
        .or_else(|| lower.strip_suffix('i'))
        .filter(|_| {
            lower.ends_with("skie")
                || lower.ends_with("ckie")
                || lower.ends_with("ski")
                || lower.ends_with("cki")
                || lower.ends_with("zkie")
                || lower.ends_with("zki")
        });
    match stem {
        Some(stem) => format!("{stem}{case}"),
        None => name.to_string(),
    }
}

/// The gmina or powiat from `koop.toml`, with the inflected forms the forms' sentences need.
fn unit(store: &Store) -> Value {
    let Some(config) = &store.config else {
        // koop.toml did not load (koop says so); the documents keep their blanks.
        return json!({
            "kind": null, "name": null, "name_loc": null, "powiat": null, "powiat_gen": null,
            "wojewodztwo": null, "wojewodztwo_gen": null, "wojewodztwo_loc": null,
        });
    };
    let u = &config.unit;
    let gmina = u.kind == crate::model::config::UnitKind::Gmina;
    // A powiat's repository is its own county; a gmina's names the county it lies in.
    let powiat = if gmina {
        u.powiat.clone()
    } else {
        u.powiat.clone().or(Some(u.name.clone()))
    };
    json!({
        "kind": u.kind.as_str(),
        "name": u.name,
        // The gmina after "w": the locative when given; a powiat's name is not a gmina's.
        "name_loc": u.locative.clone().or_else(|| gmina.then(|| u.name.clone())),
        "powiat": powiat,
        "powiat_gen": powiat.as_deref().map(|p| adjective(p, "iego")),
        "wojewodztwo": u.wojewodztwo,
        "wojewodztwo_gen": u.wojewodztwo.as_deref().map(|w| adjective(w, "iego")),
        "wojewodztwo_loc": u.wojewodztwo.as_deref().map(|w| adjective(w, "im")),
    })
}

/// Fields every document shares: the unit, the place and today's date.
fn common(store: &Store, today: Date) -> serde_json::Map<String, Value> {
    let mut m = serde_json::Map::new();
    m.insert("unit".into(), unit(store));
    m.insert(
        "place".into(),
        text(store.config.as_ref().map(|c| c.unit.name.as_str())),
    );
    m.insert("today".into(), Value::from(polish::date(today)));
    m
}

fn with(mut base: serde_json::Map<String, Value>, extra: Value) -> Value {
    if let Value::Object(extra) = extra {
        base.extend(extra);
    }
    Value::Object(base)
}

/// An institution by ID; an unknown ID is shown as itself so nothing silently disappears.
fn institution(store: &Store, id: &str) -> Value {
    match store.institution(id) {
        Some(r) => {
            let i = &r.value;
            json!({
                "id": id, "name": i.name, "address": i.address, "phone": i.phone,
                "email": i.email, "director": i.director,
                "director_title": i.director_title.as_deref().or(i.kind.head()),
            })
        }
        None => {
            json!({ "id": id, "name": id, "address": null, "phone": null, "email": null, "director": null, "director_title": null })
        }
    }
}

/// Who represents an institution that signs an agreement — the signatory's representative,
/// or the institution's director — and that name in the accusative, recorded or derived
/// (`None` when neither: K046).
pub fn representative(
    store: &Store,
    institution: &str,
    signatory: Option<&crate::model::Signatory>,
) -> (Option<String>, Option<String>) {
    let inst = store.institution(institution).map(|r| &r.value);
    let (name, recorded) = match signatory.and_then(|s| s.representative.as_ref()) {
        Some(rep) => (
            Some(rep.clone()),
            signatory.and_then(|s| s.representative_accusative.clone()),
        ),
        None => (
            inst.and_then(|i| i.director.clone()),
            inst.and_then(|i| i.director_accusative.clone()),
        ),
    };
    let accusative = recorded.or_else(|| name.as_deref().and_then(polish::accusative));
    (name, accusative)
}

/// "Przykładowie, ul. Lipowa 5, 05-999 Przykładowo": what follows "z siedzibą w" — the
/// locality in the locative, then the address. The locality is the recorded
/// `locality_locative`, or the repository's own gmina when the address is a street in its
/// town (the locative koop.toml gives); `None` when neither (K046), as a village's address
/// names the village, whose locative koop cannot tell.
pub fn seat(store: &Store, institution: &str) -> Option<String> {
    let i = &store.institution(institution)?.value;
    let address = i.address.as_deref()?;
    let locality = i.locality_locative.clone().or_else(|| {
        let unit = &store.config.as_ref()?.unit;
        let (street, postal) = address.rsplit_once(", ")?;
        let town = postal.split_once(' ').map(|(_, t)| t.trim())?;
        let is_street = ["ul. ", "al. ", "pl. ", "os. ", "rondo "]
            .iter()
            .any(|p| street.starts_with(p));
        (is_street && town == unit.name)
            .then(|| unit.locative.clone())
            .flatten()
    })?;
    Some(format!("{locality}, {address}"))
}

/// Where an agreement was concluded: as the town is named („Przykładowo, dnia”, zał. 5) and
/// in the locative („zawarte w Przykładowie”, zał. 3). The locative is the recorded
/// `place_locative`, or koop.toml's when the place is the repository's own gmina (its plain
/// name when koop.toml gives none, as everywhere a document puts the gmina after „w”); a
/// place written in that locative (as records of earlier versions have it) is read as the
/// gmina. `None` where koop cannot tell (K046): zał. 3 then prints the place as written.
pub fn agreement_place(
    unit: Option<&crate::model::Unit>,
    a: &crate::model::Agreement,
) -> (Option<String>, Option<String>) {
    let Some(place) = a.place.clone() else {
        return (None, a.place_locative.clone());
    };
    let own_locative = unit.and_then(|u| u.locative.as_deref());
    match unit {
        Some(u) if place == u.name => {
            let loc = a
                .place_locative
                .clone()
                .or(u.locative.clone())
                .unwrap_or(place.clone());
            (Some(place), Some(loc))
        }
        Some(u) if Some(place.as_str()) == own_locative => {
            let loc = a.place_locative.clone().unwrap_or(place);
            (Some(u.name.clone()), Some(loc))
        }
        _ => (Some(place), a.place_locative.clone()),
    }
}

/// Agenda items as `{"time", "text"}`: an item that starts with a time or a span of time
/// ("11:00", "11:00-11:15", "11:00–11:15") has it apart, en dash between the times.
fn agenda_timed(agenda: &[String]) -> Vec<Value> {
    fn is_time(s: &str) -> bool {
        let Some((h, m)) = s.split_once(':') else {
            return false;
        };
        (1..=2).contains(&h.len())
            && m.len() == 2
            && h.chars().chain(m.chars()).all(|c| c.is_ascii_digit())
    }
    agenda
        .iter()
        .map(|item| {
            let (head, rest) = item.split_once(' ').unwrap_or((item, ""));
            let span = head.split_once(['-', '–']);
            let time = match span {
                Some((a, b)) if is_time(a) && is_time(b) => Some(format!("{a}–{b}")),
                None if is_time(head) => Some(head.to_string()),
                _ => None,
            };
            match time {
                Some(t) if !rest.trim().is_empty() => json!({ "time": t, "text": rest.trim() }),
                _ => json!({ "time": null, "text": item }),
            }
        })
        .collect()
}

fn institution_name(store: &Store, id: &str) -> String {
    store
        .institution(id)
        .map_or_else(|| id.to_string(), |r| r.value.name.clone())
}

/// A person by ID with their institution's name.
fn person(store: &Store, id: &str) -> Value {
    match store.person(id) {
        Some(r) => {
            let p = &r.value;
            let inst = r.parent.as_deref().map(|i| institution_name(store, i));
            json!({
                "id": id, "name": p.name, "position": p.position, "phone": p.phone,
                "email": p.email, "institution": inst,
            })
        }
        None => {
            json!({ "id": id, "name": id, "position": null, "phone": null, "email": null, "institution": null })
        }
    }
}

fn person_name(store: &Store, id: &str) -> String {
    store
        .person(id)
        .map_or_else(|| id.to_string(), |r| r.value.name.clone())
}

/// `koop doc zgloszenie-rops`: zał. 1.
pub fn zgloszenie_rops(store: &Store, contact: Option<&str>, today: Date) -> Result<Value> {
    let ops = store
        .institutions
        .iter()
        .find(|r| r.value.kind.as_str() == "ops")
        .map(|r| institution(store, &r.id));
    let rops = store
        .institutions
        .iter()
        .find(|r| r.value.kind.as_str() == "rops")
        .map(|r| institution(store, &r.id));
    let contact = match contact {
        Some(id) => Some(person(
            store,
            &crate::commands::require_person(store, id)?.id,
        )),
        // The gmina's animator is who ROPS will talk to (seed 001).
        None => store
            .people
            .iter()
            .find(|p| p.value.roles.iter().any(|r| r.as_str() == "animator-gminy"))
            .map(|p| person(store, &p.id)),
    };
    // What the gmina reported (step 2.4 of the first cycle), and the day it did.
    let reported = store
        .cycles
        .iter()
        .find(|c| c.value.kind == crate::model::course::CycleKind::First)
        .and_then(|c| c.value.steps.get(crate::model::course::ROPS_REPORT_STEP));
    let report = json!({
        "resources_assessed": reported.and_then(|s| s.resources_assessed).unwrap_or(false),
        "own_attempt": reported.and_then(|s| s.own_attempt).unwrap_or(false),
        "actions": reported.and_then(|s| s.actions.clone()),
    });
    let rops_gen = rops
        .as_ref()
        .and_then(|r| r["name"].as_str())
        .and_then(polish::institution_genitive);
    Ok(with(
        common(store, today),
        json!({
            "ops": ops, "rops": rops, "rops_gen": rops_gen, "contact": contact, "report": report,
            // The form is dated the day of the report; --date overrides it.
            "date": reported.map_or_else(|| polish::date(today), |s| polish::date(*s.done.get_ref())),
        }),
    ))
}

/// "raz na kwartał", "raz w miesiącu", "raz na 2 miesiące".
fn frequency(months: Option<u32>) -> Value {
    match months {
        None => Value::Null,
        Some(1) => "raz w miesiącu".into(),
        Some(3) => "raz na kwartał".into(),
        Some(6) => "raz na pół roku".into(),
        Some(12) => "raz w roku".into(),
        // In words, as an agreement states it.
        Some(2) => "raz na dwa miesiące".into(),
        Some(4) => "raz na cztery miesiące".into(),
        Some(5) => "raz na pięć miesięcy".into(),
        Some(7) => "raz na siedem miesięcy".into(),
        Some(8) => "raz na osiem miesięcy".into(),
        Some(9) => "raz na dziewięć miesięcy".into(),
        Some(10) => "raz na dziesięć miesięcy".into(),
        Some(11) => "raz na jedenaście miesięcy".into(),
        Some(n) => format!(
            "raz na {}",
            polish::count(n.into(), "miesiąc", "miesiące", "miesięcy")
        )
        .into(),
    }
}

/// `koop doc porozumienie TEAM`: zał. 3 or zał. 5 with załącznik nr 1.
pub fn porozumienie(store: &Store, team_id: &str, today: Date) -> Result<Value> {
    let team = store.team(team_id).ok_or_else(|| {
        crate::commands::unknown(
            "team",
            team_id,
            store.teams.iter().map(|t| t.id.as_str()),
            "koop team list",
        )
    })?;
    crate::commands::team::refuse_ggk_agreement(store, team)?;
    let t = &team.value;
    let agreement = t.agreement.clone().unwrap_or_default();
    // Parties are the signatories; a team whose agreement lists none yet shows its members,
    // so the draft to sign still names every institution.
    let party_ids: Vec<(String, Option<&crate::model::Signatory>)> =
        if agreement.signatories.is_empty() {
            t.members
                .iter()
                .map(|m| (m.institution.get_ref().clone(), None))
                .collect()
        } else {
            agreement
                .signatories
                .iter()
                .map(|s| (s.institution.get_ref().clone(), Some(s)))
                .collect()
        };
    let parties: Vec<Value> = party_ids
        .iter()
        .enumerate()
        .map(|(i, (id, signatory))| {
            let mut inst = institution(store, id);
            inst["n"] = (i + 1).into();
            let (name, accusative) = representative(store, id, *signatory);
            inst["representative"] = text(name.as_deref());
            // After „przez”: the recorded form, or the one Polish grammar gives.
            inst["representative_acc"] = text(accusative.as_deref());
            inst["seat"] = text(seat(store, id).as_deref());
            // Zał. 3's "reprezentowanym/ą … zwanym dalej": the form's choice, made by the
            // gender of the name's first word (Szkoła, Komenda, Fundacja: feminine).
            let feminine = inst["name"]
                .as_str()
                .and_then(|n| n.split_whitespace().next())
                .is_some_and(|w| w.ends_with('a'));
            inst["represented"] = if feminine {
                "reprezentowaną"
            } else {
                "reprezentowanym"
            }
            .into();
            inst["called"] = if feminine { "zwaną" } else { "zwanym" }.into();
            inst
        })
        .collect();
    let mut contacts = Vec::new();
    for m in &t.members {
        for d in &m.delegates {
            let mut p = person(store, d.get_ref());
            p["institution"] = institution_name(store, m.institution.get_ref()).into();
            contacts.push(p);
        }
    }
    let ggk = store
        .teams
        .iter()
        .find(|r| r.value.kind == TeamKind::Ggk)
        .map(|r| json!({ "id": r.id, "name": r.value.name }));
    // The ROPS is the one the repository records, when it records one.
    let rops = store
        .institutions
        .iter()
        .find(|r| r.value.kind == crate::model::InstitutionKind::Rops)
        .map(|r| json!({ "id": r.id, "name": r.value.name }));
    let (place, place_loc) = agreement_place(store.config.as_ref().map(|c| &c.unit), &agreement);
    let mut base = common(store, today);
    if let Some(p) = &place {
        // „…, dnia” (zał. 5): where the agreement was concluded, the gmina otherwise.
        base.insert("place".into(), Value::from(p.as_str()));
    }
    Ok(with(
        base,
        json!({
            "team": {
                "id": team.id, "name": t.name, "kind": t.kind.as_str(),
                "name_gen": polish::institution_genitive(&t.name),
            },
            "rops": rops,
            "ggk": ggk,
            "agreement": {
                "purpose": agreement.purpose,
                "signed": date(agreement.signed),
                "place": place,
                "place_loc": place_loc.or(place.clone()),
                "meeting_place": agreement.meeting_place,
                "frequency": frequency(agreement.meeting_frequency_months),
                "valid_until": date(agreement.valid_until),
            },
            "parties": parties,
            "contacts": contacts,
        }),
    ))
}

/// The words part C uses for a degree.
fn degree(d: Degree) -> &'static str {
    match d {
        Degree::Achieved => "osiągnięty",
        Degree::Partly => "osiągnięty częściowo",
        Degree::NotAchieved => "nieosiągnięty",
    }
}

fn case_kind(k: CaseKind) -> &'static str {
    match k {
        CaseKind::Person => "osoba",
        CaseKind::Family => "rodzina",
        CaseKind::Group => "grupa społeczna",
    }
}

fn status(s: Status) -> &'static str {
    match s {
        Status::Referred => "zgłoszone",
        Status::Qualified => "zakwalifikowane",
        Status::Active => "w realizacji",
        Status::Closed => "zakończone",
        Status::NotQualified => "niezakwalifikowane",
        Status::Refused => "odmowa osoby/rodziny",
        Status::Withdrawn => "wycofane",
        Status::Discontinued => "przerwane",
    }
}

/// What a document shows in place of personal data without `--reveal`.
pub const HIDDEN: &str = "(ukryte)";

/// What a document shows for personal data this user cannot decrypt.
pub const LOCKED: &str = "(zaszyfrowane – brak dostępu)";

/// Who is responsible for a task, as the forms name them: a family member (by number unless
/// revealed), or an institution with its worker.
fn responsible(
    store: &Store,
    case: &CaseRec,
    task: &crate::model::case::Task,
    reveal: bool,
) -> Value {
    if let Some(id) = &task.member {
        let number = case.member_label(id.get_ref());
        let name = case
            .member(id.get_ref())
            .filter(|_| reveal)
            .map_or_else(|| number.clone(), |m| m.name.clone());
        return json!({ "key": number, "name": name, "institution": null, "person": null });
    }
    let inst = task
        .institution
        .as_ref()
        .map(|i| institution_name(store, i.get_ref()));
    let person = task
        .person
        .as_ref()
        .map(|p| person_name(store, p.get_ref()));
    let name = match (&inst, &person) {
        (Some(i), Some(p)) => format!("{i} ({p})"),
        (Some(i), None) => i.clone(),
        (None, Some(p)) => p.clone(),
        (None, None) => String::new(),
    };
    let key = task.responsible().unwrap_or("");
    json!({ "key": key, "name": if name.is_empty() { Value::Null } else { name.into() }, "institution": inst, "person": person })
}

fn case_head(store: &Store, case: &CaseRec) -> Value {
    let c = &case.case.value;
    json!({
        "id": case.id(),
        "folder": case.dir,
        "kind": case_kind(c.kind),
        "status": status(case.status()),
        "coordinator": c.coordinator.as_ref().map(|p| person(store, p.get_ref())),
    })
}

/// `koop doc karta CASE`: zał. 6, parts A, B and C. Without `reveal` the members appear by
/// key and the personal data (names, residence, phone, age, the diagnosis) as [`HIDDEN`].
pub fn karta(
    store: &Store,
    case: &CaseRec,
    today: Date,
    reveal: bool,
    evaluation: Option<&str>,
) -> Value {
    let c = &case.case.value;
    // A file this user cannot decrypt is shown as such, never as an empty case.
    let locked_row = json!({
        "n": 1, "key": "", "name": LOCKED, "age": null, "age_label": LOCKED,
        "residence": LOCKED, "phone": LOCKED, "relation": null,
    });
    let members_locked = case.locked.contains_key("members");
    let diagnosis_locked = case.locked.contains_key("diagnosis");
    let mut members: Vec<Value> = case
        .members
        .iter()
        .flat_map(|m| &m.value.members)
        .enumerate()
        .map(|(i, m)| {
            let age = m.age.map(u32::from).or_else(|| {
                m.birth_year
                    .map(|y| (today.year() - i32::from(y)).max(0) as u32)
            });
            if !reveal {
                return json!({
                    "n": i + 1, "key": uid::member_number(i), "name": uid::member_number(i), "age": null,
                    "age_label": HIDDEN, "residence": HIDDEN, "phone": HIDDEN,
                    "relation": m.relation,
                });
            }
            json!({
                "n": i + 1, "key": uid::member_number(i), "name": m.name, "age": age,
                "age_label": age.map(|a| polish::count(a.into(), "rok", "lata", "lat")),
                "residence": m.residence, "phone": m.phone, "relation": m.relation,
            })
        })
        .collect();
    // Part B II is signed by "Osoba/rodzina lub jej przedstawiciel": the members whose
    // consent is in force (each adult for themself, a parent also for the children), not every
    // child. Without recorded consents, the adults.
    let consenting: Vec<&str> = c
        .consents
        .iter()
        .filter(|k| k.withdrawn.is_none())
        .map(|k| k.by.get_ref().as_str())
        .collect();
    let all: Vec<&crate::model::case::FamilyMember> =
        case.members.iter().flat_map(|m| &m.value.members).collect();
    let adult = |m: &crate::model::case::FamilyMember| {
        m.age
            .map(u32::from)
            .or_else(|| {
                m.birth_year
                    .map(|y| (today.year() - i32::from(y)).max(0) as u32)
            })
            .is_none_or(|a| a >= 18)
    };
    let signing: Vec<usize> = if consenting.is_empty() {
        (0..all.len()).filter(|&i| adult(all[i])).collect()
    } else {
        (0..all.len())
            .filter(|&i| consenting.contains(&all[i].id.get_ref().as_str()))
            .collect()
    };
    let mut family_signers: Vec<Value> = signing
        .iter()
        .enumerate()
        .filter_map(|(n, &i)| {
            let mut row = members.get(i)?.clone();
            row["n"] = json!(n + 1);
            Some(row)
        })
        .collect();
    if members_locked {
        members = vec![locked_row.clone()];
        family_signers = vec![locked_row];
    }
    // Part A II lists every institution working with the family: the coordinator's, those
    // named in case.toml and those responsible for tasks, each with its workers.
    let mut involved: Vec<(String, Vec<String>)> = Vec::new();
    let mut add = |inst: &str, worker: Option<&str>| {
        let i = match involved.iter().position(|(id, _)| id == inst) {
            Some(i) => i,
            None => {
                involved.push((inst.to_string(), Vec::new()));
                involved.len() - 1
            }
        };
        if let Some(w) = worker
            && !involved[i].1.iter().any(|x| x == w)
        {
            involved[i].1.push(w.to_string());
        }
    };
    if let Some(coord) = &c.coordinator
        && let Some(inst) = store
            .person(coord.get_ref())
            .and_then(|p| p.parent.as_deref())
    {
        add(inst, Some(coord.get_ref()));
    }
    for inv in &c.institutions {
        add(inv.institution.get_ref(), None);
        for w in &inv.workers {
            add(inv.institution.get_ref(), Some(w.get_ref()));
        }
    }
    for (_, t) in case.tasks() {
        if let Some(i) = &t.institution {
            add(i.get_ref(), t.person.as_ref().map(|p| p.get_ref().as_str()));
        }
    }
    let institutions: Vec<Value> = involved
        .iter()
        .enumerate()
        .map(|(i, (id, workers))| {
            let workers: Vec<Value> = workers.iter().map(|w| person(store, w)).collect();
            let names: Vec<String> = workers.iter().filter_map(|w| w["name"].as_str().map(str::to_string)).collect();
            let phones: Vec<String> = workers.iter().filter_map(|w| w["phone"].as_str().map(str::to_string)).collect();
            let inst = institution(store, id);
            json!({
                "n": i + 1, "name": inst["name"], "workers": workers,
                "worker_names": if names.is_empty() { Value::Null } else { names.join(", ").into() },
                "phone": if phones.is_empty() { inst["phone"].clone() } else { phones.join(", ").into() },
            })
        })
        .collect();
    let d = case.diagnosis.as_ref().map(|d| &d.value);
    let field = |f: fn(&crate::model::case::Diagnosis) -> &Option<String>| match d
        .and_then(|d| f(d).as_deref())
    {
        _ if diagnosis_locked => Value::from(LOCKED),
        // Every heading of a recorded diagnosis is hidden alike, so the pseudonymous form
        // does not tell which of them say something.
        _ if d.is_some() && !reveal => Value::from(HIDDEN),
        other => text(other),
    };
    let list = |l: Option<&Vec<String>>| match l {
        _ if diagnosis_locked => vec![LOCKED.to_string()],
        _ if d.is_some() && !reveal => vec![HIDDEN.to_string()],
        Some(l) => l.clone(),
        None => Vec::new(),
    };
    let diagnosis = json!({
        "date": date(d.and_then(|d| d.date.as_ref().map(|x| *x.get_ref()))),
        "author": d.and_then(|d| d.author.as_ref()).map(|a| person(store, a.get_ref())),
        "material": field(|d| &d.material),
        "housing": field(|d| &d.housing),
        "professional": field(|d| &d.professional),
        "health": field(|d| &d.health),
        "care": field(|d| &d.care),
        "relations": field(|d| &d.relations),
        "problems": list(d.map(|d| &d.problems)),
        "needs": list(d.map(|d| &d.needs)),
    });
    let plan = case.plan.as_ref().map(|p| &p.value);
    let goals: Vec<Value> = plan
        .iter()
        .flat_map(|p| &p.goals)
        .enumerate()
        .map(|(gi, g)| {
            let tasks: Vec<Value> = g
                .tasks
                .iter()
                .enumerate()
                .map(|(ti, t)| {
                    json!({
                        "id": uid::task_number(gi, ti), "uid": t.id.get_ref(), "text": t.text,
                        "responsible": responsible(store, case, t, reveal),
                        "due": date(t.due.as_ref().map(|d| *d.get_ref())),
                        "done": date(t.done.as_ref().map(|d| *d.get_ref())),
                    })
                })
                .collect();
            json!({ "id": uid::goal_number(gi), "uid": g.id.get_ref(), "text": g.text, "tasks": tasks })
        })
        .collect();
    // Part B's signature table lists every institution worker on the case, then the family.
    let mut signers = Vec::new();
    for (id, workers) in &involved {
        let inst = institution_name(store, id);
        for w in workers {
            let p = person(store, w);
            // The coordinator is marked, as the form's footnote names them: "Pracownik socjalny
            // będący koordynatorem wsparcia".
            let coordinates = c.coordinator.as_ref().is_some_and(|k| k.get_ref() == w);
            let function = match (p["position"].as_str(), coordinates) {
                (Some(pos), true) => Value::from(format!("{pos}, koordynator wsparcia")),
                (None, true) => Value::from("koordynator wsparcia"),
                (_, false) => p["position"].clone(),
            };
            signers.push(
                json!({ "name": p["name"], "institution": inst, "function": function, "coordinator": coordinates }),
            );
        }
    }
    // Part C prints the evaluation asked for (`--evaluation DATE`), else the latest.
    let chosen = match evaluation {
        Some(day) => case.evaluations.iter().find(|e| e.key == day),
        None => case.evaluations.last(),
    };
    // The end of the work: the closure's date, or the date of an end other than success.
    let ended = c
        .closure
        .as_ref()
        .map(|k| *k.date.get_ref())
        .or_else(|| c.outcome.as_ref().map(|o| *o.date.get_ref()));
    let evaluation = chosen.map(|e| {
        let ev = &e.value;
        let per_goal: Vec<Value> = plan
            .iter()
            .flat_map(|p| &p.goals)
            .enumerate()
            .map(|(gi, g)| {
                let found = ev.goals.iter().find(|x| x.goal.get_ref() == g.id.get_ref());
                json!({
                    "id": uid::goal_number(gi), "text": g.text,
                    "degree": found.map(|x| degree(x.degree)),
                    "reasons": found.and_then(|x| x.reasons.clone()),
                })
            })
            .collect();
        json!({
            "date": date(e.key.parse().ok()),
            "goals": per_goal,
            "main_goal": degree(ev.main_goal),
            "comment": ev.comment,
            "next": date(ev.next),
            "end_of_work": ev.end_of_work,
            "end_date": if ev.end_of_work { date(ended) } else { Value::Null },
        })
    });
    with(
        common(store, today),
        json!({
            "case": case_head(store, case),
            "revealed": reveal,
            "date": date(case.adopted().map(|d| *d.get_ref()).or(Some(today))),
            "members": members,
            "family_signers": family_signers,
            "institutions": institutions,
            "diagnosis": diagnosis,
            "plan": {
                "adopted": date(case.adopted().map(|d| *d.get_ref())),
                "main_goal": plan.and_then(|p| p.main_goal.clone()),
                "goals": goals,
            },
            "signers": signers,
            "evaluation": evaluation,
        }),
    )
}

/// `koop doc monitoring CASE --month`: zał. 7, rows grouped by the responsible party (a
/// family member by number unless `reveal`).
pub fn monitoring(store: &Store, case: &CaseRec, month: Month, today: Date, reveal: bool) -> Value {
    let mut groups: Vec<(String, Value, Vec<Value>)> = Vec::new();
    for (number, _, task) in case.numbered_tasks() {
        if !task.open_in(month) {
            continue;
        }
        let who = responsible(store, case, task, reveal);
        let key = who["key"].as_str().unwrap_or("").to_string();
        let progress: Vec<String> = case
            .progress(month, task.id.get_ref())
            .map(|(_, p)| p.progress.to_string())
            .collect();
        let row = json!({
            "task": number, "text": task.text,
            "progress": if progress.is_empty() { Value::Null } else { progress.join("\n").into() },
        });
        match groups.iter_mut().find(|g| g.0 == key) {
            Some(g) => g.2.push(row),
            None => groups.push((key, who, vec![row])),
        }
    }
    let groups: Vec<Value> = groups
        .into_iter()
        .map(|(_, who, rows)| json!({ "responsible": who, "rows": rows }))
        .collect();
    with(
        common(store, today),
        json!({
            "case": case_head(store, case),
            "period": polish::month(month),
            "month": month.to_string(),
            "groups": groups,
        }),
    )
}

fn meeting_kind(k: MeetingKind) -> &'static str {
    match k {
        MeetingKind::Initiating => "spotkanie inicjujące",
        MeetingKind::Formalising => "spotkanie formalizujące",
        MeetingKind::Working => "spotkanie robocze",
        MeetingKind::Monitoring => "spotkanie monitorujące",
        MeetingKind::Evaluation => "spotkanie ewaluacyjne",
    }
}

const WEEKDAYS: [&str; 7] = [
    "poniedziałek",
    "wtorek",
    "środa",
    "czwartek",
    "piątek",
    "sobota",
    "niedziela",
];

/// "phone, e-mail" of a person (as built by [`person`]), for the attendance list.
fn contact_of(p: &Value) -> Option<String> {
    let parts: Vec<&str> = [p["phone"].as_str(), p["email"].as_str()]
        .into_iter()
        .flatten()
        .collect();
    (!parts.is_empty()).then(|| parts.join(", "))
}

/// `koop doc zaproszenie|lista-obecnosci|protokol MEETING`.
pub fn meeting(store: &Store, id: &str, today: Date) -> Result<Value> {
    let rec = crate::commands::meeting::find_meeting(store, id)?;
    let m = &rec.value;
    let team = store.team(m.team.get_ref());
    let day = *m.date.get_ref();
    use chrono::Datelike;
    let weekday = WEEKDAYS[day.0.weekday().num_days_from_monday() as usize];
    let invited: Vec<Value> = m
        .invited
        .iter()
        .map(|inv| {
            json!({
                "institution": institution(store, inv.institution.get_ref()),
                "person": inv.person.as_ref().map(|p| {
                    let mut p = person(store, p.get_ref());
                    p["name_acc"] = text(p["name"].as_str().and_then(polish::accusative).as_deref());
                    p
                }),
                "rsvp_by": date(inv.rsvp_by),
                "sent": date(inv.sent),
            })
        })
        .collect();
    // The attendance list: whoever came, else whoever was invited by name, so the printed
    // list has the names ready to sign; people invited only through their institution get an
    // empty row of their own.
    let mut rows: Vec<Value> = Vec::new();
    let mut seen = BTreeSet::new();
    for a in &m.attendance {
        let p = person(store, a.person.get_ref());
        let inst = a
            .institution
            .as_ref()
            .map(|i| institution_name(store, i.get_ref()))
            .or_else(|| p["institution"].as_str().map(str::to_string));
        let contact = a.contact.clone().or_else(|| contact_of(&p));
        seen.insert(a.person.get_ref().clone());
        rows.push(json!({ "name": p["name"], "institution": inst, "contact": contact }));
    }
    if m.attendance.is_empty() {
        for inv in &m.invited {
            let inst = institution_name(store, inv.institution.get_ref());
            match &inv.person {
                Some(pid) if seen.insert(pid.get_ref().clone()) => {
                    let p = person(store, pid.get_ref());
                    rows.push(json!({ "name": p["name"], "institution": inst, "contact": contact_of(&p) }));
                }
                Some(_) => {}
                None => rows.push(json!({ "name": null, "institution": inst, "contact": null })),
            }
        }
    }
    let approved = m.approved_at.as_ref().map(|a| {
        let at = store.meeting(a.get_ref()).map(|r| *r.value.date.get_ref());
        json!({ "id": a.get_ref(), "date": date(at) })
    });
    let decisions: Vec<Value> = m
        .decisions
        .iter()
        .enumerate()
        .map(|(i, d)| {
            json!({
                "n": i + 1, "text": d.text,
                "owner": d.owner.as_ref().map(|o| {
                    let id = o.get_ref();
                    if store.person(id).is_some() { person_name(store, id) } else { institution_name(store, id) }
                }),
                "due": date(d.due.as_ref().map(|x| *x.get_ref())),
                "done": date(d.done),
            })
        })
        .collect();
    let organiser = team
        .and_then(|t| t.value.coordinator.as_ref())
        .map(|c| person(store, c.get_ref()));
    // Who signs the invitations: the initiator. The initiating meeting is opened "przez
    // inicjatora PZK (przedstawiciel animatora instytucjonalnego – Dyrektor/Kierownik OPS)"
    // (zał. 2), so the head of the OPS invites to it; the team's coordinator to the others.
    let ops_head = (m.kind == MeetingKind::Initiating)
        .then(|| {
            store
                .institutions
                .iter()
                .find(|r| r.value.kind == crate::model::InstitutionKind::Ops)
        })
        .flatten()
        .and_then(|r| {
            let name = r.value.director.clone()?;
            Some((
                r.id.clone(),
                json!({
                    "name": name,
                    "position": r.value.director_title.as_deref().unwrap_or("Dyrektor/Kierownik"),
                    "institution": r.value.name,
                }),
            ))
        });
    let (signer_at, signer) = match ops_head {
        Some((at, signer)) => (Some(at), Some(signer)),
        None => (
            team.and_then(|t| t.value.coordinator.as_ref())
                .and_then(|c| store.person(c.get_ref()))
                .and_then(|p| p.parent.clone()),
            organiser.clone(),
        ),
    };
    // One letter per invited institution, but none to the inviter's own.
    let letters: Vec<Value> = m
        .invited
        .iter()
        .zip(&invited)
        .filter(|(inv, _)| Some(inv.institution.get_ref()) != signer_at.as_ref())
        .map(|(_, v)| v.clone())
        .collect();
    Ok(with(
        common(store, today),
        json!({
            "team": team.map(|t| json!({ "id": t.id, "name": t.value.name, "kind": t.value.kind.as_str() })),
            "organiser": organiser,
            "signer": signer,
            "meeting": {
                "id": rec.id,
                "kind": meeting_kind(m.kind),
                "date": polish::date(day),
                "weekday": weekday,
                "start": m.start.get_ref().to_string(),
                "end": m.end.get_ref().to_string(),
                "place": m.place,
                "goal": m.goal,
                "agenda": m.agenda,
                // The agenda with the time of each item, where the item starts with one
                // ("11:00 Rozpoczęcie spotkania", "11:00–11:15 …").
                "agenda_timed": agenda_timed(&m.agenda),
                "minutes": m.minutes,
                "minutes_by": m.minutes_by.as_ref().map(|p| person_name(store, p.get_ref())),
                "approved_at": approved,
                "decisions": decisions,
            },
            "invited": invited,
            "letters": letters,
            // Who came, as recorded; the minutes list only them.
            "present": if m.attendance.is_empty() { Vec::new() } else { rows.clone() },
            // The rows of the attendance list: who came, else who was invited.
            "attendance": rows,
        }),
    ))
}

/// `koop doc efekty`: the effects to present to the council (step 10.1), from the same
/// figures as `koop export stats` over the whole history, with Polish labels and names.
/// `koop doc lista-uslug`: the local list of services (krok 6.4), the gmina's first, then the
/// powiat's and the voivodeship's, each by name.
pub fn lista_uslug(store: &Store, today: Date) -> Value {
    use crate::model::Level;
    let levels = [
        (Level::Gmina, "Usługi gminne"),
        (Level::Powiat, "Usługi powiatowe"),
        (Level::Wojewodztwo, "Usługi wojewódzkie"),
    ];
    let groups: Vec<Value> = levels
        .iter()
        .filter_map(|(level, title)| {
            let mut list: Vec<_> = store
                .services
                .iter()
                .filter(|s| s.value.level == *level)
                .collect();
            if list.is_empty() {
                return None;
            }
            list.sort_by(|a, b| {
                polish::sort_key(&a.value.name)
                    .cmp(&polish::sort_key(&b.value.name))
                    .then_with(|| a.id.cmp(&b.id))
            });
            let rows: Vec<Value> = list
                .iter()
                .enumerate()
                .map(|(i, s)| {
                    let v = &s.value;
                    json!({
                        "n": i + 1, "id": s.id, "name": v.name,
                        "provider": institution_name(store, v.provider.get_ref()),
                        "description": v.description, "target_group": v.target_group,
                        "contact": v.contact,
                        "gmina": v.gmina.as_ref().map(|g| g.get_ref().clone()),
                    })
                })
                .collect();
            Some(json!({ "title": title, "services": rows }))
        })
        .collect();
    with(
        common(store, today),
        json!({ "groups": groups, "count": store.services.len() }),
    )
}

pub fn efekty(store: &Store, today: Date) -> Value {
    use crate::report::stats::{Period, stats};
    let all = Period {
        from: Date(chrono::NaiveDate::MIN),
        to: today,
    };
    let s = stats(store, all, today);
    let n = |v: &Value| v.as_i64().unwrap_or(0);
    let statuses = [
        ("referred", Status::Referred),
        ("qualified", Status::Qualified),
        ("active", Status::Active),
        ("closed", Status::Closed),
        ("not-qualified", Status::NotQualified),
        ("refused", Status::Refused),
        ("withdrawn", Status::Withdrawn),
        ("discontinued", Status::Discontinued),
    ];
    let kinds = [
        ("person", CaseKind::Person),
        ("family", CaseKind::Family),
        ("group", CaseKind::Group),
    ];
    let total = n(&s["cases"]["total"]);
    let goals = &s["goals"];
    let goals_total: i64 = ["achieved", "partly", "not-achieved", "not-evaluated"]
        .iter()
        .map(|k| n(&goals[*k]))
        .sum();
    let list = |key: &str| s[key].as_array().cloned().unwrap_or_default();
    with(
        common(store, today),
        json!({
            "cases": {
                "total": total,
                "label": polish::count(total, "sprawa", "sprawy", "spraw"),
                // The ends other than success only where there are any.
                "by_status": statuses.iter().filter(|(k, st)| !st.outcome() || n(&s["cases"]["by_status"][k]) > 0).map(|(k, st)| json!({ "status": status(*st), "count": s["cases"]["by_status"][k] })).collect::<Vec<_>>(),
                "by_kind": kinds.iter().filter(|(k, _)| n(&s["cases"]["by_kind"][k]) > 0).map(|(k, kind)| json!({ "kind": case_kind(*kind), "count": s["cases"]["by_kind"][k] })).collect::<Vec<_>>(),
            },
            "goals": {
                "total": goals_total,
                "label": polish::count(goals_total, "cel szczegółowy", "cele szczegółowe", "celów szczegółowych"),
                "achieved": goals["achieved"], "partly": goals["partly"],
                "not_achieved": goals["not-achieved"], "unevaluated": goals["not-evaluated"],
            },
            "institutions": list("institutions").iter().map(|i| json!({
                "name": i["name"].as_str().or(i["id"].as_str()), "cases": i["cases"],
            })).collect::<Vec<_>>(),
            "services": list("services").iter().map(|sv| json!({
                "name": sv["name"].as_str().or(sv["id"].as_str()),
                "provider": sv["provider"].as_str().map(|p| institution_name(store, p)),
                "cases": sv["cases"],
            })).collect::<Vec<_>>(),
            "meetings": list("meetings").iter().map(|m| {
                let id = m["team"].as_str().unwrap_or("");
                let held = n(&m["held"]);
                json!({
                    "team": store.team(id).map_or(id, |t| t.value.name.as_str()),
                    "held": held,
                    "label": polish::count(held, "spotkanie", "spotkania", "spotkań"),
                })
            }).collect::<Vec<_>>(),
        }),
    )
}

/// The error for a document that needs a record ID and got none.
pub fn needs_id(kind: &str, what: &str, list: &str) -> Error {
    Error::user(crate::tr!("doc-needs-id", name = kind, what = what)).hint(crate::tr!(
        "doc-needs-id-hint",
        command = list,
        name = kind
    ))
}

/// What a disclosure package shows in place of what the consent does not let it give.
pub const OUT_OF_SCOPE: &str = "(nie udostępniono – poza zakresem zgody)";

/// The diagnosis headings as zał. 6, part A, III words them, with the category of each.
const HEADINGS: &[(crate::model::Category, &str)] = &[
    (
        crate::model::Category::Material,
        "Sytuacja materialna (źródło dochodów, zadłużenia, itp.)",
    ),
    (
        crate::model::Category::Housing,
        "Sytuacja mieszkaniowa (metraż, standard, stan techniczny, wyposażenie, itp.)",
    ),
    (
        crate::model::Category::Professional,
        "Sytuacja zawodowa (wykształcenie, status na rynku pracy członków rodziny wspólnie zamieszkujących, doświadczenie umiejętności zawodowe, dodatkowe kwalifikacje zawodowe itp.)",
    ),
    (
        crate::model::Category::Health,
        "Sytuacja zdrowotna: (choroby, uzależnienia, korzystanie z poradni specjalistycznych, terapie, itp.)",
    ),
    (
        crate::model::Category::Care,
        "Sytuacja opiekuńczo-wychowawcza: (sytuacja prawna rodziców względem dzieci, nadzór kuratorski, edukacja szkolna, udział w zajęciach pozalekcyjnych, itp.)",
    ),
    (
        crate::model::Category::Relations,
        "Relacje w rodzinie: (sposób odnoszenia się do siebie poszczególnych członków rodziny, interakcje, kontakty i relacje z członkami dalszej rodziny, itp.)",
    ),
];

/// The Polish name of a category of data, as a package lists what it gives.
pub fn category_label(c: crate::model::Category) -> &'static str {
    use crate::model::Category::*;
    match c {
        Identity => {
            "dane osobowe członków rodziny (imię i nazwisko, miejsce zamieszkania, telefon)"
        }
        Diagnosis => "diagnoza (wszystkie działy, problemy i potrzeby)",
        Material => "diagnoza: sytuacja materialna",
        Housing => "diagnoza: sytuacja mieszkaniowa",
        Professional => "diagnoza: sytuacja zawodowa",
        Health => "diagnoza: sytuacja zdrowotna",
        Care => "diagnoza: sytuacja opiekuńczo-wychowawcza",
        Relations => "diagnoza: relacje w rodzinie",
        Plan => "plan: zadania instytucji i cele, którym służą",
        Monitoring => "monitoring zadań instytucji",
        Evaluations => "ewaluacja celów, którym służą zadania instytucji",
    }
}

/// Whether a task is the institution's: given to it, or to one of its workers.
pub fn task_of(store: &Store, task: &crate::model::case::Task, institution: &str) -> bool {
    task.institution.as_ref().map(|i| i.get_ref().as_str()) == Some(institution)
        || task.person.as_ref().is_some_and(|p| {
            store.person(p.get_ref()).and_then(|r| r.parent.as_deref()) == Some(institution)
        })
}

/// `koop share CASE --to INSTITUTION`: what the institution may see of the case under the
/// consents in force (`allowed`), the rest marked [`OUT_OF_SCOPE`].
pub fn pakiet(
    store: &Store,
    case: &CaseRec,
    to: &str,
    today: Date,
    purpose: &str,
    allowed: &crate::model::disclosure::Allowed,
) -> Value {
    use crate::model::Category;
    let may = |k: Category| allowed.categories.contains(&k);
    let c = &case.case.value;
    let members: Vec<Value> = case
        .numbered_members()
        .map(|(n, m)| {
            if allowed.identities.contains(m.id.get_ref()) {
                json!({ "key": n, "name": m.name, "relation": m.relation, "residence": m.residence,
                        "phone": m.phone, "shared": true })
            } else {
                json!({ "key": n, "name": OUT_OF_SCOPE, "relation": m.relation, "residence": null,
                        "phone": null, "shared": false })
            }
        })
        .collect();
    let d = case.diagnosis.as_ref().map(|d| &d.value);
    let field = |k: Category| -> Option<&String> {
        let d = d?;
        match k {
            Category::Material => d.material.as_ref(),
            Category::Housing => d.housing.as_ref(),
            Category::Professional => d.professional.as_ref(),
            Category::Health => d.health.as_ref(),
            Category::Care => d.care.as_ref(),
            Category::Relations => d.relations.as_ref(),
            _ => None,
        }
    };
    let diagnosis: Vec<Value> = HEADINGS
        .iter()
        .map(|(k, heading)| {
            let text = if may(*k) {
                text(field(*k).map(String::as_str))
            } else {
                Value::from(OUT_OF_SCOPE)
            };
            json!({ "heading": heading, "text": text, "shared": may(*k) })
        })
        .collect();
    let conclusions = may(Category::Diagnosis);
    // The institution's tasks and the goals they serve.
    let mut goals: Vec<Value> = Vec::new();
    let mut own_goals: Vec<&str> = Vec::new();
    let mut own_tasks: Vec<&str> = Vec::new();
    for (gn, g) in case.numbered_goals() {
        let tasks: Vec<Value> = g
            .tasks
            .iter()
            .filter(|t| task_of(store, t, to))
            .map(|t| {
                own_tasks.push(t.id.get_ref());
                json!({
                    "id": case.task_label(t.id.get_ref()),
                    "text": t.text,
                    "responsible": responsible(store, case, t, false),
                    "due": date(t.due.as_ref().map(|d| *d.get_ref())),
                    // As it stood on the day of the package.
                    "done": date(t.done.as_ref().map(|d| *d.get_ref()).filter(|d| *d <= today)),
                })
            })
            .collect();
        if !tasks.is_empty() {
            own_goals.push(g.id.get_ref());
            goals.push(json!({ "id": gn, "text": g.text, "tasks": tasks }));
        }
    }
    let plan = may(Category::Plan).then(|| {
        json!({
            "main_goal": case.plan.as_ref().and_then(|p| p.value.main_goal.clone()),
            "adopted": date(case.plan.as_ref().and_then(|p| p.value.adopted.as_ref().map(|d| *d.get_ref()))),
            "goals": goals,
        })
    });
    let monitoring = may(Category::Monitoring).then(|| {
        let mut rows: Vec<Value> = Vec::new();
        for m in &case.monitoring {
            // What was recorded by the day of the package, not since.
            for e in m
                .value
                .entries
                .iter()
                .filter(|e| *e.date().get_ref() <= today)
            {
                if own_tasks.contains(e.task().get_ref()) {
                    rows.push(json!({
                        "period": polish::month(m.month),
                        "task": case.task_label(e.task().get_ref()),
                        "progress": e.progress,
                        "date": date(Some(*e.date().get_ref())),
                    }));
                }
            }
        }
        Value::Array(rows)
    });
    let evaluations = may(Category::Evaluations).then(|| {
        Value::Array(
            case.evaluations
                .iter()
                .filter(|e| e.key.parse::<Date>().is_ok_and(|d| d <= today))
                .map(|e| {
                    let goals: Vec<Value> = e
                        .value
                        .goals
                        .iter()
                        .filter(|g| own_goals.contains(&g.goal.get_ref().as_str()))
                        .map(|g| {
                            json!({
                                "id": case.goal_label(g.goal.get_ref()),
                                "text": case.find_goal(g.goal.get_ref()).map(|x| x.text.clone()),
                                "degree": degree(g.degree),
                                "reasons": g.reasons,
                            })
                        })
                        .collect();
                    json!({
                        "date": date(e.key.parse::<Date>().ok()),
                        "main_goal": degree(e.value.main_goal),
                        "goals": goals,
                    })
                })
                .collect(),
        )
    });
    let categories: Vec<&str> = allowed
        .categories
        .iter()
        .map(|k| category_label(*k))
        .collect();
    let basis: Vec<Value> = c
        .consents
        .iter()
        .filter(|k| k.in_force(today))
        .map(|k| {
            json!({
                "member": case.member_label(k.by.get_ref()),
                "date": date(Some(*k.date.get_ref())),
                "form": k.form.map(|f| match f {
                    crate::model::case::ConsentForm::Written => "pisemna",
                    crate::model::case::ConsentForm::Oral => "ustna",
                }),
            })
        })
        .collect();
    with(
        common(store, today),
        json!({
            "date": polish::date(today),
            "case": case_head(store, case),
            "recipient": institution(store, to),
            "purpose": purpose,
            "consents": basis,
            "categories": categories,
            "out_of_scope": OUT_OF_SCOPE,
            "identity": may(Category::Identity),
            "members": members,
            "diagnosis": diagnosis,
            "problems": if conclusions { json!(d.map(|d| d.problems.clone()).unwrap_or_default()) } else { Value::Null },
            "needs": if conclusions { json!(d.map(|d| d.needs.clone()).unwrap_or_default()) } else { Value::Null },
            "plan": plan,
            "monitoring": monitoring,
            "evaluations": evaluations,
        }),
    )
}

#[cfg(test)]
mod tests {
    use super::adjective;

    #[test]
    fn the_agreement_place_is_named_in_the_nominative_and_printed_in_the_locative() {
        let unit = crate::model::Unit {
            kind: crate::model::UnitKind::Gmina,
            name: "Przykładowo".into(),
            locative: Some("Przykładowie".into()),
            powiat: None,
            wojewodztwo: None,
            teryt: None,
            gminy: Vec::new(),
        };
        let at = |place: &str, loc: Option<&str>| crate::model::Agreement {
            place: Some(place.into()),
            place_locative: loc.map(Into::into),
            ..Default::default()
        };
        let pair = |n: &str, l: Option<&str>| (Some(n.to_string()), l.map(str::to_string));
        let own = super::agreement_place(Some(&unit), &at("Przykładowo", None));
        assert_eq!(own, pair("Przykładowo", Some("Przykładowie")));
        // Written in the locative, as earlier versions asked: read as the gmina.
        let old = super::agreement_place(Some(&unit), &at("Przykładowie", None));
        assert_eq!(old, pair("Przykładowo", Some("Przykładowie")));
        let other = super::agreement_place(Some(&unit), &at("Dąbrówka", None));
        assert_eq!(other, pair("Dąbrówka", None));
        let told = super::agreement_place(Some(&unit), &at("Dąbrówka", Some("Dąbrówce")));
        assert_eq!(told, pair("Dąbrówka", Some("Dąbrówce")));
        // A gmina without a recorded locative: its name, as documents print it after „w”.
        let plain = crate::model::Unit {
            locative: None,
            ..unit
        };
        let bare = super::agreement_place(Some(&plain), &at("Przykładowo", None));
        assert_eq!(bare, pair("Przykładowo", Some("Przykładowo")));
    }

    #[test]
    fn adjectival_unit_names_are_inflected_and_others_kept() {
        assert_eq!(adjective("mazowieckie", "iego"), "mazowieckiego");
        assert_eq!(adjective("mazowieckie", "im"), "mazowieckim");
        assert_eq!(adjective("dolnośląskie", "iego"), "dolnośląskiego");
        assert_eq!(adjective("kujawsko-pomorskie", "im"), "kujawsko-pomorskim");
        assert_eq!(adjective("łódzkie", "iego"), "łódzkiego");
        assert_eq!(adjective("przykładowski", "iego"), "przykładowskiego");
        assert_eq!(adjective("grodzki", "iego"), "grodzkiego");
        // Not an adjective: printed as written rather than guessed.
        assert_eq!(adjective("Kraków", "iego"), "Kraków");
        assert_eq!(adjective("m. st. Warszawa", "im"), "m. st. Warszawa");
    }
}
