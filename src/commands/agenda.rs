//! `koop agenda`: what is coming in the next days, sorted by date.

use clap::Args;
use serde_json::{Value, json};

use super::Ctx;
use super::caseutil::today;
use super::output::{print_json, print_table};
use crate::error::Result;
use crate::model::calendar::add_days;
use crate::report::{self, agenda::agenda};

/// Arguments of `koop agenda`.
#[derive(Debug, Args)]
pub struct AgendaArgs {
    #[arg(long, default_value_t = 14, value_parser = clap::value_parser!(i64).range(1..=366))]
    pub days: i64,
    #[arg(long, value_enum, default_value_t)]
    pub format: AgendaFormat,
}

/// Output of `koop agenda`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum AgendaFormat {
    /// A table for people.
    #[default]
    Table,
    /// JSON for programs.
    Json,
    /// iCalendar (RFC 5545), to import into a calendar program.
    Ics,
}

/// Runs `koop agenda`.
pub fn cmd_agenda(ctx: &mut Ctx, args: AgendaArgs) -> Result<i32> {
    let store = ctx.load()?;
    let from = today()?;
    let to = add_days(from, args.days - 1);
    let items = agenda(&store, from, to);
    match args.format {
        AgendaFormat::Ics => {
            let unit = store
                .config
                .as_ref()
                .map(|c| c.unit.name.clone())
                .unwrap_or_default();
            ctx.ui.print(&ics(&items, from, &unit));
        }
        AgendaFormat::Json => {
            let list: Vec<Value> = items
                .iter()
                .map(|i| json!({"date": i.date.to_string(), "kind": i.kind, "subject": i.subject, "detail": i.detail}))
                .collect();
            print_json(ctx.ui, &Value::Array(list));
        }
        AgendaFormat::Table => {
            let overdue = report::overdue(&store, from, None).rows.len();
            if overdue > 0 {
                ctx.ui.line(&crate::tr!("agenda-overdue", n = overdue));
            }
            let rows = items
                .iter()
                .map(|i| {
                    vec![
                        i.date.to_string(),
                        kind(i.kind),
                        i.subject.clone(),
                        i.detail.clone(),
                    ]
                })
                .collect();
            let header = [
                crate::tr!("agenda-column-date"),
                crate::tr!("agenda-column-what"),
                crate::tr!("agenda-column-about"),
                crate::tr!("agenda-column-details"),
            ];
            print_table(ctx.ui, &header.each_ref().map(String::as_str), rows);
        }
    }
    Ok(0)
}

/// The agenda as iCalendar (RFC 5545): a meeting is an event at its hours and place (local
/// time, as the records keep it), every other item an all-day event. Each event's UID is the
/// item's key, so importing a later agenda again updates a rescheduled meeting or task
/// instead of adding it twice; a rescheduled meeting's SEQUENCE counts its reschedules, so
/// the new date wins; DTSTAMP is koop's today, so the same agenda prints the same.
pub fn ics(items: &[report::agenda::Item], today: crate::model::Date, unit: &str) -> String {
    use icalendar::{Calendar, Component, Event, EventLike};
    let stamp = today.0.and_time(chrono::NaiveTime::MIN).and_utc();
    let mut calendar = Calendar::new();
    calendar.name(&crate::tr!("agenda-ics-name", unit = unit));
    for i in items {
        let mut event = Event::new();
        event
            .uid(&format!("{}@koop", i.key))
            .timestamp(stamp)
            .summary(&format!("{}: {}", kind(i.kind), i.subject));
        if i.sequence > 0 {
            event.sequence(i.sequence);
        }
        // A meeting's description carries its agenda, point by point.
        let mut description = i.detail.clone();
        for (n, point) in i.points.iter().enumerate() {
            description.push_str(&format!("\n{}. {point}", n + 1));
        }
        event.description(&description);
        let hour = |t: &str| chrono::NaiveTime::parse_from_str(t, "%H:%M").ok();
        match &i.slot {
            Some((start, end, place)) => match (hour(start), hour(end)) {
                (Some(s), Some(e)) => {
                    event
                        .starts(i.date.0.and_time(s))
                        .ends(i.date.0.and_time(e))
                        .location(place);
                }
                _ => {
                    whole_day(&mut event, i.date).location(place);
                }
            },
            None => {
                whole_day(&mut event, i.date);
            }
        }
        calendar.push(event.done());
    }
    calendar.done().to_string()
}

/// An all-day event: DTEND is the next day, as RFC 5545 counts the end out.
fn whole_day(event: &mut icalendar::Event, date: crate::model::Date) -> &mut icalendar::Event {
    use icalendar::EventLike;
    let next = date.0.succ_opt().unwrap_or(date.0);
    event.starts(date.0).ends(next)
}

/// What kind of item it is, in words for people (the JSON keeps the English word).
fn kind(kind: &str) -> String {
    match kind {
        "meeting" => crate::tr!("agenda-kind-meeting"),
        "rsvp" => crate::tr!("agenda-kind-rsvp"),
        "decision" => crate::tr!("agenda-kind-decision"),
        "task" => crate::tr!("agenda-kind-task"),
        "evaluation" => crate::tr!("agenda-kind-evaluation"),
        "monitoring" => crate::tr!("agenda-kind-monitoring"),
        "follow-up" => crate::tr!("agenda-kind-follow-up"),
        "step" => crate::tr!("agenda-kind-step"),
        other => other.to_string(),
    }
}
