//! `koop agenda`: what is coming in the next days, sorted by date.

use clap::Args;
use serde_json::{Value, json};

use super::Ctx;
use super::caseutil::today;
use super::output::{Format, print_json, print_table};
use crate::error::Result;
use crate::model::calendar::add_days;
use crate::report::{self, agenda::agenda};

/// Arguments of `koop agenda`.
#[derive(Debug, Args)]
pub struct AgendaArgs {
    #[arg(long, default_value_t = 14, value_parser = clap::value_parser!(i64).range(1..=366))]
    pub days: i64,
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
}

/// Runs `koop agenda`.
pub fn cmd_agenda(ctx: &mut Ctx, args: AgendaArgs) -> Result<i32> {
    let store = ctx.load()?;
    let from = today()?;
    let to = add_days(from, args.days - 1);
    let items = agenda(&store, from, to);
    match args.format {
        Format::Json => {
            let list: Vec<Value> = items
                .iter()
                .map(|i| json!({"date": i.date.to_string(), "kind": i.kind, "subject": i.subject, "detail": i.detail}))
                .collect();
            print_json(ctx.ui, &Value::Array(list));
        }
        Format::Table => {
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
