//! Output formats of list and show commands: a terminal table or JSON with a stable shape
//! (documented in docs/format.md, "JSON output").

use comfy_table::{ContentArrangement, Table, presets};
use serde_json::Value;

use crate::ui::Ui;

/// `--format` of list and show commands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Format {
    /// A table for people.
    #[default]
    Table,
    /// JSON for programs.
    Json,
}

/// Prints a table with a header row; an empty list prints `(none)` instead.
pub fn print_table(ui: &mut Ui, header: &[&str], rows: Vec<Vec<String>>) {
    if rows.is_empty() {
        ui.line("(none)");
        return;
    }
    let mut table = Table::new();
    table
        .load_style(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_header(header.to_vec());
    for row in rows {
        table.add_row(row);
    }
    // A terminal that reports no width (0 columns: a pseudo-terminal, some CI consoles) is
    // one of unknown width: COLUMNS when set, else 80, rather than one character a column.
    if table.width() == Some(0) {
        let columns = std::env::var("COLUMNS")
            .ok()
            .and_then(|c| c.trim().parse::<u16>().ok())
            .filter(|c| *c > 0)
            .unwrap_or(80);
        table.set_width(columns);
    }
    ui.line(&table.to_string());
}

/// Prints `key: value` lines for one record, skipping empty values.
pub fn print_fields(ui: &mut Ui, fields: &[(&str, Option<String>)]) {
    let width = fields
        .iter()
        .map(|(k, _)| k.chars().count())
        .max()
        .unwrap_or(0);
    for (key, value) in fields {
        if let Some(value) = value {
            ui.line(&format!("{key:<width$}  {value}"));
        }
    }
}

/// Pretty JSON with a trailing newline.
pub fn print_json(ui: &mut Ui, value: &Value) {
    let text = serde_json::to_string_pretty(value).unwrap_or_else(|_| "null".to_string());
    ui.line(&text);
}

/// An optional string as shown in a table cell.
pub fn cell(value: Option<&str>) -> String {
    value.unwrap_or("").to_string()
}
