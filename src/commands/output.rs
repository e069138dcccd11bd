//! Output formats of list and show commands: a terminal table or JSON with a stable shape
//! (documented in docs/format.md, "JSON output").

use std::io::IsTerminal;

use comfy_table::{Cell, Color, ColumnConstraint, ContentArrangement, Table, presets};
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

/// A cell of at most this many characters is a short phrase, never wrapped.
const SHORT_PHRASE: usize = 24;

/// How much wider than the terminal a table may be before it is laid out compactly: a little
/// wrapping of its prose reads better as a table.
const COMPACT_SLACK: usize = 40;

/// Prints a table with a header row; an empty list prints `(none)` instead.
pub fn print_table(ui: &mut Ui, header: &[&str], rows: Vec<Vec<String>>) {
    if rows.is_empty() {
        ui.line(&crate::tr!("output-none"));
        return;
    }
    let fit = width(&Table::new());
    // A column whose every value is one word — a date, an ID, a number, a code — or a short
    // phrase such as a state ("po terminie") is never wrapped: only prose columns give way to
    // fit the width.
    let atomic: Vec<bool> = (0..header.len())
        .map(|i| {
            rows.iter().all(|r| {
                r.get(i).is_none_or(|c| {
                    !c.contains(char::is_whitespace) || c.chars().count() <= SHORT_PHRASE
                })
            })
        })
        .collect();
    // Too wide for the terminal even with its prose wrapped narrow: one line per row of the
    // one-word columns, the prose below it (`model status`, `doc list` at 80 columns).
    let natural: usize = (0..header.len())
        .map(|i| {
            rows.iter()
                .filter_map(|r| r.get(i))
                .chain(header.get(i).map(|h| h.to_string()).as_ref())
                .map(|c| width_of(c))
                .max()
                .unwrap_or(0)
                + 3
        })
        .sum::<usize>()
        + 1;
    if natural > usize::from(fit) + COMPACT_SLACK {
        let color = ui.color();
        let paint = |cell: &str| match attention(cell) {
            Some(Color::Red) if color => format!("\x1b[31m{cell}\x1b[0m"),
            Some(Color::Yellow) if color => format!("\x1b[33m{cell}\x1b[0m"),
            _ => cell.to_string(),
        };
        if let Some(text) = super::compact::layout(header, &rows, &atomic, usize::from(fit), &paint)
        {
            ui.line(&text);
            return;
        }
    }
    // A prose column is at least as wide as its longest word (up to 40), so it wraps between
    // words rather than inside one, and an ID in it is never split.
    let longest_word: Vec<u16> = (0..header.len())
        .map(|i| {
            rows.iter()
                .filter_map(|r| r.get(i).map(String::as_str))
                .chain(header.get(i).copied())
                .map(longest_word_of)
                .max()
                .unwrap_or(0)
                .min(40)
        })
        .collect();
    let layout = Layout {
        header,
        fit,
        color: ui.color(),
        atomic: &atomic,
        longest_word: &longest_word,
    };
    layout.print(&rows, BLOCK, &mut |text| ui.line(text));
}

/// How many rows a table is drawn at a time: a region's monitoring report has tens of
/// thousands, and a table drawn whole holds each of their lines several times over.
const BLOCK: usize = 1000;

/// How a table is drawn: its header, the width it fits, and how its columns give way.
struct Layout<'a> {
    header: &'a [&'a str],
    fit: u16,
    color: bool,
    atomic: &'a [bool],
    longest_word: &'a [u16],
}

impl Layout<'_> {
    /// Draws `rows`, `block` rows at a time: a longer table is laid out once, on the rows
    /// that are the widest in some column or hold its longest word, and each block is drawn
    /// with those column widths, so the blocks join into one table.
    fn print(&self, rows: &[Vec<String>], block: usize, emit: &mut dyn FnMut(&str)) {
        if rows.len() <= block {
            emit(&self.table(true, rows, None).to_string());
            return;
        }
        let mut picks = std::collections::BTreeSet::new();
        for i in 0..self.header.len() {
            let cell = |r: usize| rows[r].get(i).map_or("", String::as_str);
            picks.extend(top(rows.len(), |r| width_of(cell(r))));
            picks.extend(top(rows.len(), |r| usize::from(longest_word_of(cell(r)))));
        }
        let sample: Vec<Vec<String>> = picks.iter().map(|&r| rows[r].clone()).collect();
        let drawn = self.table(true, &sample, None).to_string();
        let widths: Vec<u16> = drawn
            .lines()
            .next()
            .unwrap_or("")
            .trim_start_matches('┌')
            .trim_end_matches('┐')
            .split('┬')
            .map(|w| w.chars().count() as u16)
            .collect();
        if widths.len() != self.header.len() {
            emit(&self.table(true, rows, None).to_string());
            return;
        }
        let blocks = rows.len().div_ceil(block);
        for (n, chunk) in rows.chunks(block).enumerate() {
            let drawn = self.table(n == 0, chunk, Some(&widths)).to_string();
            let mut lines: Vec<&str> = drawn.lines().collect();
            // One table: the borders between blocks are left out.
            if n + 1 < blocks {
                lines.pop();
            }
            if n > 0 && !lines.is_empty() {
                lines.remove(0);
            }
            emit(&lines.join("\n"));
        }
    }

    /// A table of `rows`, with the header when `header`, and the columns `widths` wide
    /// (borders' share included) when given, else as wide as the terminal lets them be.
    fn table(&self, header: bool, rows: &[Vec<String>], widths: Option<&[u16]>) -> Table {
        let mut table = Table::new();
        table
            .load_style(presets::UTF8_FULL_CONDENSED)
            .set_content_arrangement(ContentArrangement::Dynamic)
            .set_width(self.fit);
        if header {
            table.set_header(self.header.to_vec());
        }
        // Colour only when the user's terminal gets it (`--color`, NO_COLOR): states that
        // need attention stand out.
        if self.color {
            table.enforce_styling();
        } else {
            table.force_no_tty();
        }
        for row in rows {
            table.add_row(row.iter().map(|c| {
                let cell = Cell::new(c);
                match attention(c) {
                    Some(color) => cell.fg(color),
                    None => cell,
                }
            }));
        }
        for (i, one_word) in self.atomic.iter().enumerate() {
            let Some(column) = table.column_mut(i) else {
                continue;
            };
            if let Some(width) = widths.and_then(|w| w.get(i)) {
                column.set_constraint(ColumnConstraint::Absolute(comfy_table::Width::Fixed(
                    *width,
                )));
            } else if *one_word {
                column.set_constraint(ColumnConstraint::ContentWidth);
            } else if self.longest_word[i] > 0 {
                column.set_constraint(ColumnConstraint::LowerBoundary(comfy_table::Width::Fixed(
                    self.longest_word[i] + 2,
                )));
            }
        }
        table
    }
}

/// How many rows of a long table, the largest by each measure of each column, its layout is
/// made on.
const SAMPLE: usize = 4;

/// The rows (of `len`) with the [`SAMPLE`] largest `measure`.
fn top(len: usize, measure: impl Fn(usize) -> usize) -> Vec<usize> {
    let mut rows: Vec<(usize, usize)> = (0..len).map(|r| (measure(r), r)).collect();
    if rows.len() > SAMPLE {
        rows.select_nth_unstable_by(SAMPLE - 1, |a, b| b.cmp(a));
        rows.truncate(SAMPLE);
    }
    rows.into_iter().map(|(_, r)| r).collect()
}

/// How wide the widest line of a cell is on a terminal (a CJK letter takes two columns), as
/// the table measures it.
fn width_of(cell: &str) -> usize {
    use unicode_width::UnicodeWidthStr;
    cell.lines().map(UnicodeWidthStr::width).max().unwrap_or(0)
}

/// How wide the longest word of a cell is on a terminal.
fn longest_word_of(cell: &str) -> u16 {
    use unicode_width::UnicodeWidthStr;
    cell.split_whitespace()
        .map(|w| u16::try_from(w.width()).unwrap_or(u16::MAX))
        .max()
        .unwrap_or(0)
}

/// Prints prose wrapped between words to the width tables fit.
pub fn print_prose(ui: &mut Ui, text: &str) {
    let width = usize::from(width(&Table::new()));
    for line in text.lines() {
        for wrapped in super::compact::wrap(line, width) {
            ui.line(&wrapped);
        }
    }
}

/// The width tables fit: COLUMNS when set, else the terminal's, else 80 (piped output, or a
/// terminal that reports a width of 0, which is one of unknown width).
fn width(table: &Table) -> u16 {
    let columns = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<u16>().ok())
        .filter(|c| *c > 0);
    columns
        .or_else(|| {
            std::io::stdout()
                .is_terminal()
                .then(|| table.width())
                .flatten()
        })
        .filter(|c| *c > 0)
        .unwrap_or(80)
}

/// The colour of a value that needs attention: late, missing, overdue, an error. The
/// catalogues list the words, `|` between them (in each language, and the English ones a
/// JSON value or an untranslated word may show).
fn attention(value: &str) -> Option<Color> {
    let listed = |words: String| words.split('|').any(|w| w.trim() == value);
    if listed(crate::tr!("output-attention-red")) {
        Some(Color::Red)
    } else if listed(crate::tr!("output-attention-yellow")) {
        Some(Color::Yellow)
    } else {
        None
    }
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

/// `--format` of list commands: those of show commands, and CSV.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum ListFormat {
    /// A table for people.
    #[default]
    Table,
    /// JSON for programs.
    Json,
    /// Comma-separated values with a header row (RFC 4180).
    Csv,
}

/// RFC 4180 CSV: a header row, then the rows; comma-separated, CRLF line ends, fields with a
/// comma, a quote or a line break quoted and quotes doubled.
pub fn csv_text<S: AsRef<str>>(header: &[S], rows: &[Vec<String>]) -> String {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .flexible(true)
        .from_writer(Vec::new());
    // Writing to memory cannot fail.
    let _ = writer.write_record(header.iter().map(|h| h.as_ref()));
    for row in rows {
        let _ = writer.write_record(row);
    }
    let bytes = writer.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

/// Prints CSV (`csv_text`): the header in English keys, the same in every language, as JSON's.
pub fn print_csv<S: AsRef<str>>(ui: &mut Ui, header: &[S], rows: &[Vec<String>]) {
    ui.print(&csv_text(header, rows));
}

/// Prints JSON objects as CSV, one column per path in `columns`: a key of the object, or keys
/// joined by `.` for a nested one (`agreement.signed`); through an array of objects the values
/// are joined (`members.institution`: `gops, sp1`). A missing value or null is an empty cell, a
/// list `a, b`.
pub fn print_csv_json(ui: &mut Ui, columns: &[&str], items: &[Value]) {
    let rows: Vec<Vec<String>> = items
        .iter()
        .map(|item| columns.iter().map(|c| csv_cell(item, c)).collect())
        .collect();
    print_csv(ui, columns, &rows);
}

/// The cell of one column of a JSON object (`print_csv_json`).
fn csv_cell(item: &Value, path: &str) -> String {
    let (key, rest) = match path.split_once('.') {
        Some((k, r)) => (k, Some(r)),
        None => (path, None),
    };
    let value = item.get(key).unwrap_or(&Value::Null);
    match (value, rest) {
        (Value::Array(items), Some(rest)) => items
            .iter()
            .map(|i| csv_cell(i, rest))
            .filter(|c| !c.is_empty())
            .collect::<Vec<_>>()
            .join(", "),
        (Value::Object(_), Some(rest)) => csv_cell(value, rest),
        (_, Some(_)) => String::new(),
        (Value::Null, None) => String::new(),
        (Value::String(s), None) => s.clone(),
        (Value::Array(items), None) => items
            .iter()
            .map(|i| match i {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            })
            .collect::<Vec<_>>()
            .join(", "),
        (other, None) => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    #[test]
    fn csv_quotes_what_needs_it() {
        let text = super::csv_text(&["a", "b"], &[vec!["x, \"y\"".into(), "p\nq".into()]]);
        assert_eq!(text, "a,b\r\n\"x, \"\"y\"\"\",\"p\nq\"\r\n");
    }

    #[test]
    fn csv_cells_of_json() {
        let item = json!({
            "id": "pzk", "n": 3, "ok": true, "none": null, "roles": ["a", "b"],
            "agreement": {"signed": "2026-03-12"},
            "members": [{"institution": "gops"}, {"institution": "sp1"}],
        });
        let cells: Vec<String> = [
            "id",
            "n",
            "ok",
            "none",
            "roles",
            "agreement.signed",
            "members.institution",
            "missing",
        ]
        .iter()
        .map(|c| super::csv_cell(&item, c))
        .collect();
        assert_eq!(
            cells,
            [
                "pzk",
                "3",
                "true",
                "",
                "a, b",
                "2026-03-12",
                "gops, sp1",
                ""
            ]
        );
    }
    /// Draws `rows` as `print_table` lays them out, `block` rows at a time.
    fn drawn(header: &[&str], rows: &[Vec<String>], fit: u16, block: usize) -> String {
        let atomic: Vec<bool> = (0..header.len())
            .map(|i| rows.iter().all(|r| !r[i].contains(' ')))
            .collect();
        let longest_word: Vec<u16> = (0..header.len())
            .map(|i| {
                rows.iter()
                    .map(|r| super::longest_word_of(&r[i]))
                    .max()
                    .unwrap_or(0)
            })
            .collect();
        let layout = super::Layout {
            header,
            fit,
            color: false,
            atomic: &atomic,
            longest_word: &longest_word,
        };
        let mut out = Vec::new();
        layout.print(rows, block, &mut |text| out.push(text.to_string()));
        out.join("\n")
    }

    /// A long table is drawn a block at a time as one table: the same as drawn whole when
    /// every row needs the same widths, and with every line as wide when its prose wraps.
    #[test]
    fn a_long_table_is_drawn_in_blocks_that_join() {
        let header = ["case", "task", "progress"];
        let rows: Vec<Vec<String>> = (0..25)
            .map(|n| {
                vec![
                    format!("2026-{n:03}"),
                    format!("{n}.1"),
                    "zgodnie".to_string(),
                ]
            })
            .collect();
        let whole = drawn(&header, &rows, 80, 1000);
        assert_eq!(drawn(&header, &rows, 80, 10), whole);
        assert_eq!(whole.lines().count(), 25 + 4, "{whole}");

        let prose = |n: usize| "postęp zgodny z planem, obecność na zajęciach ".repeat(n % 3 + 1);
        let rows: Vec<Vec<String>> = (0..25)
            .map(|n| vec![format!("2026-{n:03}"), format!("{n}.1"), prose(n)])
            .collect();
        let blocks = drawn(&header, &rows, 60, 7);
        let widths: std::collections::BTreeSet<usize> =
            blocks.lines().map(|l| l.chars().count()).collect();
        assert_eq!(widths.len(), 1, "one width: {blocks}");
        assert!(widths.iter().all(|w| *w <= 60), "{blocks}");
        assert_eq!(blocks.lines().filter(|l| l.starts_with('┌')).count(), 1);
        assert_eq!(blocks.lines().filter(|l| l.starts_with('└')).count(), 1);
        for n in 0..25 {
            assert!(blocks.contains(&format!("2026-{n:03}")), "{blocks}");
        }

        // The widest cell on a terminal is not the one of most letters: wide letters take
        // two columns, and the layout is made on what the terminal shows.
        let rows: Vec<Vec<String>> = (0..25)
            .map(|n| {
                let text = match n {
                    7 => "日本語日本語 日本語日本語".to_string(),
                    _ => "zajęcia wyrównawcze dla".to_string(),
                };
                vec![format!("2026-{n:03}"), format!("{n}.1"), text]
            })
            .collect();
        assert_eq!(
            drawn(&header, &rows, 200, 10),
            drawn(&header, &rows, 200, 1000)
        );
    }
}
