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
    let store = ctx.load()?;
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

/// RFC 4180 CSV: fields with commas, quotes or line breaks are quoted, quotes doubled.
pub fn to_csv(sheet: &Sheet) -> String {
    let field = |s: &str| {
        if s.contains([',', '"', '\n', '\r']) {
            format!("\"{}\"", s.replace('"', "\"\""))
        } else {
            s.to_string()
        }
    };
    let mut out = String::new();
    let header: Vec<String> = sheet.columns.iter().map(|c| field(c)).collect();
    out.push_str(&header.join(","));
    out.push_str("\r\n");
    for row in &sheet.rows {
        let cells: Vec<String> = row.iter().map(|c| field(c)).collect();
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
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
