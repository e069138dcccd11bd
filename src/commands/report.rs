//! `koop report monitoring|overdue|caseload`: the coordinator's monthly view, overdue tasks
//! and caseload, as a table, JSON, CSV or Markdown.

use clap::{Args, Subcommand, ValueEnum};
use serde_json::{Map, Value};

use super::Ctx;
use super::caseutil::{find_case, today};
use super::output::{print_json, print_table};
use crate::error::Result;
use crate::model::{Date, Month};
use crate::report::{self, Sheet};

/// Output of reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum ReportFormat {
    /// A table for the terminal.
    #[default]
    Table,
    /// An array of objects keyed by column.
    Json,
    /// Comma-separated values with a header row (RFC 4180).
    Csv,
    /// A Markdown table.
    Md,
}

/// `koop report …`
#[derive(Debug, Subcommand)]
pub enum ReportCommand {
    Monitoring(MonitoringArgs),
    Overdue(OverdueArgs),
    Caseload(CaseloadArgs),
    Missing(MissingArgs),
}

/// Output of `koop report missing`: a report's formats, and reminders to send.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum MissingFormat {
    /// A table for the terminal.
    #[default]
    Table,
    /// An array of objects keyed by column.
    Json,
    /// Comma-separated values with a header row (RFC 4180), for a mail merge.
    Csv,
    /// A Markdown table.
    Md,
    /// One reminder per institution, ready to send by e-mail.
    Text,
}

/// Arguments of `koop report missing`.
#[derive(Debug, Args)]
pub struct MissingArgs {
    #[arg(long)]
    #[arg(value_name = "YYYY-MM")]
    pub month: Month,
    #[arg(long)]
    pub gmina: Option<String>,
    #[arg(long, value_enum, default_value_t)]
    pub format: MissingFormat,
}

/// Arguments of `koop report monitoring`.
#[derive(Debug, Args)]
pub struct MonitoringArgs {
    #[arg(long)]
    #[arg(value_name = "YYYY-MM")]
    pub month: Month,
    #[arg(long = "case")]
    #[arg(add = clap_complete::ArgValueCandidates::new(crate::complete::cases))]
    pub case: Option<String>,
    #[arg(long)]
    pub gmina: Option<String>,
    #[arg(long, value_enum, default_value_t)]
    pub format: ReportFormat,
}

/// Arguments of `koop report overdue`.
#[derive(Debug, Args)]
pub struct OverdueArgs {
    #[arg(long)]
    #[arg(value_name = "YYYY-MM-DD")]
    pub on: Option<Date>,
    #[arg(long)]
    pub gmina: Option<String>,
    #[arg(long, value_enum, default_value_t)]
    pub format: ReportFormat,
}

/// Arguments of `koop report caseload`.
#[derive(Debug, Args)]
pub struct CaseloadArgs {
    #[arg(long)]
    pub gmina: Option<String>,
    #[arg(long, value_enum, default_value_t)]
    pub format: ReportFormat,
}

/// Dispatches `koop report …`.
pub fn run(ctx: &mut Ctx, cmd: ReportCommand) -> Result<i32> {
    // The views of a month read that month's monitoring only.
    let store = match &cmd {
        ReportCommand::Monitoring(args) => ctx.load_month(args.month)?,
        ReportCommand::Missing(args) => ctx.load_month(args.month)?,
        _ => ctx.load()?,
    };
    let (sheet, format) = match cmd {
        ReportCommand::Monitoring(args) => {
            let case = match &args.case {
                Some(id) => Some(find_case(&store, id)?.dir.clone()),
                None => None,
            };
            (
                report::monitoring(
                    &store,
                    args.month,
                    case.as_deref(),
                    gmina(&store, args.gmina.as_deref())?.as_deref(),
                ),
                args.format,
            )
        }
        ReportCommand::Overdue(args) => {
            let on = match args.on {
                Some(d) => d,
                None => today()?,
            };
            (
                report::overdue(&store, on, gmina(&store, args.gmina.as_deref())?.as_deref()),
                args.format,
            )
        }
        ReportCommand::Caseload(args) => (
            report::caseload(&store, gmina(&store, args.gmina.as_deref())?.as_deref()),
            args.format,
        ),
        ReportCommand::Missing(args) => {
            let sheet = report::missing(
                &store,
                args.month,
                gmina(&store, args.gmina.as_deref())?.as_deref(),
            );
            let format = match args.format {
                MissingFormat::Text => {
                    ctx.ui.print(&reminders(&store, &sheet, args.month));
                    return Ok(0);
                }
                MissingFormat::Table => ReportFormat::Table,
                MissingFormat::Json => ReportFormat::Json,
                MissingFormat::Csv => ReportFormat::Csv,
                MissingFormat::Md => ReportFormat::Md,
            };
            (sheet, format)
        }
    };
    print_sheet(ctx, &sheet, format);
    Ok(0)
}

/// The gmina asked for, when it is one the records know; an unknown one is refused with
/// the gminy known (a typo would otherwise give an empty report).
pub(crate) fn gmina(store: &crate::store::Store, asked: Option<&str>) -> Result<Option<String>> {
    let Some(asked) = asked else { return Ok(None) };
    // One spelling of "ą" however it was typed, as the records keep it.
    let asked = crate::text::nfc(asked.trim());
    let asked = asked.as_str();
    let mut known: Vec<String> = store
        .config
        .as_ref()
        .map(|c| {
            let mut v = c.unit.gminy.clone();
            if c.unit.kind == crate::model::UnitKind::Gmina {
                v.push(c.unit.name.clone());
            }
            v
        })
        .unwrap_or_default();
    // The powiat's listed gminy, when it lists them (a misspelling recorded in a case is not
    // a gmina to filter by: K045 reports it); otherwise the gminy the cases name.
    if known.is_empty() {
        known.extend(
            store
                .cases
                .iter()
                .filter_map(|c| report::gmina_of(store, c)),
        );
    }
    known.sort();
    known.dedup();
    if known.iter().any(|g| g == asked) {
        return Ok(Some(asked.to_string()));
    }
    let err = crate::error::Error::user(crate::tr!("report-no-gmina", gmina = asked));
    Err(
        match crate::text::closest(asked, known.iter().map(String::as_str)) {
            Some(best) => err.hint(crate::tr!("report-did-you-mean", gmina = best)),
            None if known.is_empty() => err.hint(crate::tr!("report-no-gminy")),
            None => err.hint(crate::tr!("report-gminy", gminy = known.join(", "))),
        },
    )
}

/// One reminder per institution that owes a report for the month, to paste into an e-mail:
/// to whom, their contact, and its tasks by case number and task (no names of families).
/// Tasks a family member is responsible for are left to the coordinator.
fn reminders(store: &crate::store::Store, sheet: &Sheet, month: Month) -> String {
    let col = |name: &str| sheet.columns.iter().position(|c| *c == name);
    let (Some(who), Some(person), Some(phone), Some(email)) = (
        col("responsible"),
        col("person"),
        col("phone"),
        col("email"),
    ) else {
        return String::new();
    };
    let (Some(case), Some(task), Some(text), Some(due)) =
        (col("case"), col("task"), col("text"), col("due"))
    else {
        return String::new();
    };
    let mut out = String::new();
    let mut institutions: Vec<&str> = sheet
        .rows
        .iter()
        .map(|r| r[who].as_str())
        .filter(|id| crate::store::find(&store.institutions, id).is_some())
        .collect();
    institutions.dedup();
    if institutions.is_empty() {
        return format!(
            "{}\n",
            crate::tr!("report-reminder-none", month = month.to_string())
        );
    }
    for id in institutions {
        let Some(institution) = crate::store::find(&store.institutions, id) else {
            continue;
        };
        let rows: Vec<&Vec<String>> = sheet.rows.iter().filter(|r| r[who] == id).collect();
        if !out.is_empty() {
            out.push_str("\n-----\n\n");
        }
        out.push_str(&crate::tr!(
            "report-reminder-to",
            name = institution.value.name.as_str(),
            id = id
        ));
        out.push('\n');
        let mut contacts: Vec<String> = Vec::new();
        for r in &rows {
            for c in [&r[email], &r[phone]] {
                if !c.is_empty() && !contacts.contains(c) {
                    contacts.push(c.clone());
                }
            }
        }
        if !contacts.is_empty() {
            out.push_str(&crate::tr!(
                "report-reminder-contact",
                contacts = contacts.join(", ")
            ));
            out.push('\n');
        }
        out.push('\n');
        out.push_str(&crate::tr!(
            "report-reminder-body",
            month = month.to_string(),
            n = rows.len()
        ));
        out.push('\n');
        for r in rows {
            let line = if r[person].is_empty() {
                crate::tr!(
                    "report-reminder-task",
                    case = r[case].as_str(),
                    task = r[task].as_str(),
                    text = r[text].as_str(),
                    due = r[due].as_str()
                )
            } else {
                // The institution's worker by name: the reminder goes to them.
                let name = crate::store::find(&store.people, &r[person])
                    .map_or(r[person].as_str(), |p| p.value.name.as_str());
                crate::tr!(
                    "report-reminder-task-person",
                    case = r[case].as_str(),
                    task = r[task].as_str(),
                    text = r[text].as_str(),
                    due = r[due].as_str(),
                    person = name
                )
            };
            out.push_str(&format!("- {line}\n"));
        }
        out.push('\n');
        out.push_str(&crate::tr!("report-reminder-end"));
        out.push('\n');
    }
    out
}

fn print_sheet(ctx: &mut Ctx, sheet: &Sheet, format: ReportFormat) {
    match format {
        ReportFormat::Table => {
            let shown = report::shown(sheet);
            let header: Vec<&str> = shown.columns.iter().map(String::as_str).collect();
            print_table(ctx.ui, &header, shown.rows);
        }
        ReportFormat::Json => {
            let items = sheet
                .rows
                .iter()
                .map(|row| {
                    let obj: Map<String, Value> = sheet
                        .columns
                        .iter()
                        .zip(row)
                        .map(|(k, v)| (k.to_string(), Value::from(v.clone())))
                        .collect();
                    Value::Object(obj)
                })
                .collect();
            print_json(ctx.ui, &Value::Array(items));
        }
        ReportFormat::Csv => ctx.ui.print(&to_csv(sheet)),
        ReportFormat::Md => ctx.ui.print(&to_markdown(&report::shown(sheet))),
    }
}

/// RFC 4180 CSV (the csv crate): fields with commas, quotes or line breaks are quoted, quotes
/// doubled, lines end in CRLF.
pub fn to_csv(sheet: &Sheet) -> String {
    super::output::csv_text(&sheet.columns, &sheet.rows)
}

/// A Markdown pipe table; `|` and line breaks in cells are escaped.
pub fn to_markdown(sheet: &report::Shown) -> String {
    let cell = |s: &str| {
        s.replace('|', "\\|")
            .replace("\r\n", "<br>")
            .replace('\n', "<br>")
    };
    let mut out = format!("| {} |\n", sheet.columns.join(" | "));
    out.push_str(&format!("|{}\n", " --- |".repeat(sheet.columns.len())));
    for row in &sheet.rows {
        let cells: Vec<String> = row.iter().map(|c| cell(c)).collect();
        out.push_str(&format!("| {} |\n", cells.join(" | ")));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_and_markdown_escape() {
        let sheet = Sheet {
            columns: vec!["a", "b"],
            rows: vec![vec!["x, \"y\"".into(), "p|q\nr".into()]],
        };
        assert_eq!(to_csv(&sheet), "a,b\r\n\"x, \"\"y\"\"\",\"p|q\nr\"\r\n");
        assert_eq!(
            to_markdown(&report::shown(&sheet)),
            "| a | b |\n| --- | --- |\n| x, \"y\" | p\\|q<br>r |\n"
        );
    }
}
