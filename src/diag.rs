//! Findings about the user's records: a `Diagnostic` has a rule code, a severity, a message,
//! where it is (file, line, column, the line's text and the width to underline) and a hint.
//! Rendered like rustc for people (`error[K005]: … --> file:line:col`) and as JSON for tools.

use serde::Serialize;

use crate::text::{LineCol, line_col};

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Breaks the model or the records; `koop check` exits 1.
    Error,
    /// Worth a look; fails `koop check` only with `--deny warnings`.
    Warning,
}

impl Severity {
    /// The word printed before the code, in the language in use.
    pub fn word(self) -> String {
        match self {
            Severity::Error => crate::tr!("ui-error"),
            Severity::Warning => crate::tr!("ui-warning"),
        }
    }

    /// The word in JSON, the same in every language.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// Where a finding points: a file relative to the repository root, and optionally a place in it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Location {
    /// Path relative to the repository root, with `/` separators.
    pub file: String,
    /// 1-based line, 0 when the finding is about the whole file.
    pub line: usize,
    /// 1-based column in characters, 0 when the finding is about the whole file.
    pub column: usize,
    /// The text of the line, for the excerpt.
    pub line_text: String,
    /// How many characters to underline (at least 1 when there is a line).
    pub width: usize,
}

impl Location {
    /// A whole file, with no line to show.
    pub fn file(file: impl Into<String>) -> Self {
        Location {
            file: file.into(),
            ..Location::default()
        }
    }

    /// A byte span in a file's text.
    pub fn span(file: impl Into<String>, text: &str, span: std::ops::Range<usize>) -> Self {
        let LineCol {
            line,
            column,
            line_text,
        } = line_col(text, span.start);
        let spanned = text.get(span.clone()).unwrap_or("");
        // Underline to the end of the first line of the span at most.
        let first_line = spanned
            .split('\n')
            .next()
            .unwrap_or("")
            .trim_end_matches('\r');
        let width = first_line.chars().count().max(1);
        Location {
            file: file.into(),
            line,
            column,
            line_text,
            width,
        }
    }

    /// A line and column known directly (e.g. the first invalid UTF-8 byte).
    pub fn at(file: impl Into<String>, line: usize, column: usize, line_text: String) -> Self {
        Location {
            file: file.into(),
            line,
            column,
            line_text,
            width: 1,
        }
    }
}

/// One finding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The stable rule code, e.g. `K005`.
    pub code: &'static str,
    /// Error or warning.
    pub severity: Severity,
    /// One line saying what is wrong.
    pub message: String,
    /// Where it is.
    pub location: Location,
    /// What to do about it.
    pub help: Option<String>,
    /// Work still to be done rather than a wrong record (a PZK before its agreement is
    /// signed, a goal before its tasks): the model's course passes through such states, so a
    /// write that brings this finding goes through and shows it.
    pub to_do: bool,
}

/// A finding's text without the room its formatting grew into: a check of a region keeps
/// tens of thousands of them until they are printed.
fn exact(mut text: String) -> String {
    text.shrink_to_fit();
    text
}

impl Diagnostic {
    /// A new error finding.
    pub fn error(code: &'static str, message: impl Into<String>, location: Location) -> Self {
        Diagnostic {
            code,
            severity: Severity::Error,
            message: exact(message.into()),
            location,
            help: None,
            to_do: false,
        }
    }

    /// A new warning finding.
    pub fn warning(code: &'static str, message: impl Into<String>, location: Location) -> Self {
        Diagnostic {
            code,
            severity: Severity::Warning,
            message: exact(message.into()),
            location,
            help: None,
            to_do: false,
        }
    }

    /// Marks the finding as work still to be done (see `to_do`).
    pub fn to_do(mut self) -> Self {
        self.to_do = true;
        self
    }

    /// Adds the help line.
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(exact(help.into()));
        self
    }

    /// Sort key: file, line, column, code, so output is deterministic.
    pub fn sort_key(&self) -> (&str, usize, usize, &str, &str) {
        (
            &self.location.file,
            self.location.line,
            self.location.column,
            self.code,
            &self.message,
        )
    }

    /// The JSON object for `--format json`.
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::json!({
            "code": self.code,
            "severity": self.severity,
            "message": self.message,
            "file": self.location.file,
            "line": self.location.line,
            "column": self.location.column,
            "help": self.help,
        })
    }

    /// Renders the finding for a person, with ANSI colour when `color` is set. A long line is
    /// shown as a window of at most [`EXCERPT`] characters around the column.
    pub fn render(&self, color: bool) -> String {
        let paint = |code: &str, s: &str| {
            if color {
                format!("\x1b[{code}m{s}\x1b[0m")
            } else {
                s.to_string()
            }
        };
        let sev_color = match self.severity {
            Severity::Error => "1;31",
            Severity::Warning => "1;33",
        };
        let mut out = String::new();
        out.push_str(&paint(
            sev_color,
            &format!("{}[{}]", self.severity.word(), self.code),
        ));
        out.push_str(&paint("1", &format!(": {}", self.message)));
        out.push('\n');
        let loc = &self.location;
        let gutter = if loc.line > 0 {
            loc.line.to_string().len()
        } else {
            1
        };
        let pad = " ".repeat(gutter);
        let arrow = paint("1;34", "-->");
        if loc.line > 0 {
            out.push_str(&format!(
                "{pad}{arrow} {}:{}:{}\n",
                loc.file, loc.line, loc.column
            ));
            let bar = paint("1;34", "|");
            out.push_str(&format!("{pad} {bar}\n"));
            let num = paint("1;34", &loc.line.to_string());
            let (excerpt, at, width) = excerpt(&loc.line_text, loc.column, loc.width);
            out.push_str(&format!("{num} {bar} {}\n", excerpt.replace('\t', " ")));
            let indent = " ".repeat(at.saturating_sub(1));
            let carets = paint(sev_color, &"^".repeat(width.max(1)));
            out.push_str(&format!("{pad} {bar} {indent}{carets}\n"));
        } else {
            out.push_str(&format!("{pad}{arrow} {}\n", loc.file));
        }
        if let Some(help) = &self.help {
            out.push_str(&format!(
                "{pad} {} {}: {help}\n",
                paint("1;34", "="),
                paint("1", &crate::tr!("ui-help"))
            ));
        }
        out
    }
}

/// `N errors, M warnings` with the plural forms of the language in use.
pub fn summary(errors: usize, warnings: usize) -> String {
    format!(
        "{}, {}",
        crate::tr!("count-errors", n = errors),
        crate::tr!("count-warnings", n = warnings)
    )
}

/// How many characters of a line a finding shows at most.
pub const EXCERPT: usize = 100;

/// The part of `line` to show around 1-based `column`: the text (with `…` where cut), the
/// column and the underline width within it.
fn excerpt(line: &str, column: usize, width: usize) -> (String, usize, usize) {
    let chars: Vec<char> = line.chars().collect();
    if chars.len() <= EXCERPT {
        return (line.to_string(), column, width);
    }
    let col = column.saturating_sub(1).min(chars.len());
    let start = col.saturating_sub(EXCERPT / 4);
    let end = (start + EXCERPT).min(chars.len());
    let mut text = String::new();
    let mut at = col - start + 1;
    if start > 0 {
        text.push('…');
        at += 1;
    }
    text.extend(&chars[start..end]);
    if end < chars.len() {
        text.push('…');
    }
    (text, at, width.min(end.saturating_sub(col)).max(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_like_rustc() {
        let text = "name = \"GOPS\"\nknid = \"ops\"\n";
        let at = text.find("knid").unwrap();
        let d = Diagnostic::error(
            "K002",
            "unknown key `knid`",
            Location::span("a.toml", text, at..at + 4),
        )
        .with_help("did you mean `kind`?");
        assert_eq!(
            d.render(false),
            "error[K002]: unknown key `knid`\n --> a.toml:2:1\n  |\n2 | knid = \"ops\"\n  | ^^^^\n  = help: did you mean `kind`?\n"
        );
    }

    #[test]
    fn summary_counts() {
        assert_eq!(summary(1, 0), "1 error, 0 warnings");
        assert_eq!(summary(2, 5), "2 errors, 5 warnings");
    }
}
