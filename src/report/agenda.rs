//! What is coming for the user in the next days: meetings and the dates to confirm attendance
//! by, task deadlines, evaluations and monthly monitoring due, decisions due, and deadlines of
//! the model's course — one list sorted by date.

use crate::model::course::StepState;
use crate::model::{Date, Month, Status};
use crate::store::Store;

/// One item of the agenda.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Item {
    /// The day.
    pub date: Date,
    /// What kind of item: meeting, rsvp, task, evaluation, monitoring, follow-up, decision,
    /// step.
    pub kind: &'static str,
    /// What it is about (meeting, case, team…).
    pub subject: String,
    /// The details.
    pub detail: String,
    /// What the item is, the same whatever its date: a calendar keeps one event per key, so
    /// importing the agenda again updates a rescheduled meeting or task.
    pub key: String,
    /// A meeting's start and end (HH:MM) and place.
    pub slot: Option<(String, String, String)>,
    /// A meeting's agenda, point by point.
    pub points: Vec<String>,
    /// How many times the item was moved (a meeting's reschedules): a calendar takes the
    /// event with the higher number as the newer (iCalendar SEQUENCE).
    pub sequence: u32,
}

/// A meeting's own items (the meeting, the dates to confirm attendance by, its decisions due),
/// whatever their dates.
pub fn meeting_items(store: &Store, id: &str) -> Vec<Item> {
    let mut items = Vec::new();
    if let Some(m) = store.meetings.iter().find(|m| m.id == id) {
        meeting(m, &|_| true, &mut items);
    }
    items.sort();
    items
}

/// Agenda items from `from` to `to`, both included, sorted by date.
pub fn agenda(store: &Store, from: Date, to: Date) -> Vec<Item> {
    let mut items = Vec::new();
    let within = |d: Date| d >= from && d <= to;
    for m in &store.meetings {
        meeting(m, &within, &mut items);
    }
    for c in store.cases.iter().filter(|c| c.status() == Status::Active) {
        for (_, t) in c.tasks().filter(|(_, t)| t.done.is_none()) {
            if let Some(due) = t.due.as_ref().map(|d| *d.get_ref()).filter(|d| within(*d)) {
                items.push(Item {
                    key: format!("task/{}/{}", c.dir, t.id.get_ref()),
                    slot: None,
                    points: Vec::new(),
                    sequence: 0,
                    date: due,
                    kind: "task",
                    subject: format!("{} {}", c.id(), c.task_label(t.id.get_ref())),
                    detail: format!("{} ({})", t.text, c.responsible_label(t)),
                });
            }
        }
        if let Some(next) = c
            .evaluations
            .last()
            .and_then(|e| e.value.next)
            .filter(|d| within(*d))
        {
            items.push(Item {
                key: format!("evaluation/{}", c.dir),
                slot: None,
                points: Vec::new(),
                sequence: 0,
                date: next,
                kind: "evaluation",
                subject: c.id().to_string(),
                detail: crate::tr!("agenda-evaluation"),
            });
        }
        let mut month = Month::of(from);
        while month.first_day() <= to {
            let end = month.last_day();
            if within(end) {
                items.push(Item {
                    key: format!("monitoring/{}/{month}", c.dir),
                    slot: None,
                    points: Vec::new(),
                    sequence: 0,
                    date: end,
                    kind: "monitoring",
                    subject: c.id().to_string(),
                    detail: crate::tr!("agenda-monitoring", month = month.to_string()),
                });
            }
            month = month.next();
        }
    }
    // After closure the animator follows up the sustained change until the recorded day.
    for c in store.cases.iter().filter(|c| c.status() == Status::Closed) {
        if let Some(until) = c
            .case
            .value
            .closure
            .as_ref()
            .and_then(|k| k.follow_up_until.as_ref())
            .map(|d| *d.get_ref())
            .filter(|d| within(*d))
        {
            items.push(Item {
                key: format!("follow-up/{}", c.dir),
                slot: None,
                points: Vec::new(),
                sequence: 0,
                date: until,
                kind: "follow-up",
                subject: c.id().to_string(),
                detail: crate::tr!("agenda-follow-up"),
            });
        }
    }
    if let Some(cycle) = store.cycles.last() {
        let mut by_deadline: std::collections::BTreeMap<Date, Vec<&str>> = Default::default();
        for (step, state) in crate::commands::model::cycle_states(store, cycle, from) {
            if let StepState::Due(deadline) = state
                && within(deadline)
            {
                by_deadline.entry(deadline).or_default().push(step.id);
            }
        }
        for (date, steps) in by_deadline {
            items.push(Item {
                key: format!("step/{}/{date}", cycle.id),
                slot: None,
                points: Vec::new(),
                sequence: 0,
                date,
                kind: "step",
                subject: crate::tr!("agenda-cycle", cycle = &cycle.id),
                detail: crate::tr!("agenda-steps", n = steps.len(), steps = steps.join(", ")),
            });
        }
    }
    items.sort();
    items
}

/// A meeting's items whose date `within` accepts: the meeting, the dates to confirm attendance
/// by, its decisions due and not done.
fn meeting(
    m: &crate::store::Rec<crate::model::meeting::Meeting>,
    within: &dyn Fn(Date) -> bool,
    items: &mut Vec<Item>,
) {
    let v = &m.value;
    // The ID the meeting was first given names it for a calendar, so a rescheduled meeting
    // stays one event (the same suffix may serve the team's meetings on other days, so the
    // date stays in it).
    let id = v.calendar_id(&m.id);
    let date = *v.date.get_ref();
    if within(date) {
        items.push(Item {
            key: format!("meeting/{id}"),
            slot: Some((
                v.start.get_ref().to_string(),
                v.end.get_ref().to_string(),
                v.place.clone(),
            )),
            points: v.agenda.clone(),
            sequence: v.rescheduled,
            date,
            kind: "meeting",
            subject: m.id.clone(),
            detail: format!(
                "{} {}–{}, {}",
                v.team.get_ref(),
                v.start.get_ref(),
                v.end.get_ref(),
                v.place
            ),
        });
    }
    // One line per meeting and date to confirm by, naming every institution asked.
    let mut rsvps: std::collections::BTreeMap<Date, Vec<&str>> = std::collections::BTreeMap::new();
    for i in &v.invited {
        if let Some(rsvp) = i.rsvp_by.filter(|d| within(*d)) {
            rsvps.entry(rsvp).or_default().push(i.institution.get_ref());
        }
    }
    for (rsvp, mut who) in rsvps {
        who.sort_unstable();
        items.push(Item {
            key: format!("rsvp/{id}/{rsvp}"),
            slot: None,
            points: Vec::new(),
            sequence: 0,
            date: rsvp,
            kind: "rsvp",
            subject: m.id.clone(),
            detail: crate::tr!("agenda-rsvp", n = who.len(), institutions = who.join(", ")),
        });
    }
    for (n, d) in v.decisions.iter().enumerate() {
        if let Some(due) = d
            .due
            .as_ref()
            .map(|x| *x.get_ref())
            .filter(|x| within(*x) && d.done.is_none())
        {
            items.push(Item {
                key: format!("decision/{id}/{}", n + 1),
                slot: None,
                points: Vec::new(),
                sequence: 0,
                date: due,
                kind: "decision",
                subject: m.id.clone(),
                detail: d.text.clone(),
            });
        }
    }
}
