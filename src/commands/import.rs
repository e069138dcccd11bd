//! Reading a CSV file of records for `koop institution import` and `koop person import`: the
//! encoding (UTF-8 with or without a BOM, or Windows-1250 when asked), the delimiter (a comma,
//! or the semicolon a Polish spreadsheet program saves), the header row (English keys or
//! Polish words, matched without regard to case, diacritics or separators) and the rows with
//! the line each starts on. What a row means is the command's to say; errors of rows are
//! collected here and reported together, each at its line.

use std::path::{Path, PathBuf};

use clap::{Args, ValueEnum};

use crate::error::{Error, Result};
use crate::ui::Ui;

/// The text encoding of an imported file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum Encoding {
    /// UTF-8, with or without a byte-order mark ("CSV UTF-8" in a spreadsheet program).
    #[default]
    #[value(name = "utf-8", alias = "utf8")]
    Utf8,
    /// Windows-1250, the Central European code page a Polish Excel saves plain "CSV" in.
    #[value(name = "windows-1250", alias = "cp1250")]
    Windows1250,
}

/// Arguments every import takes.
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The CSV file; `-` reads standard input.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// Rows of records that exist and differ change them (else such a row is an error).
    #[arg(long)]
    pub update: bool,
    #[arg(long, value_enum, default_value_t)]
    pub encoding: Encoding,
}

/// A column a file may have: its key (the record's TOML key, the English header) and the
/// other headers taken for it (Polish words, spellings).
#[derive(Debug, Clone, Copy)]
pub struct Field {
    /// The English header, the record's key.
    pub key: &'static str,
    /// Other headers taken for it.
    pub aliases: &'static [&'static str],
    /// Whether every file must have the column.
    pub required: bool,
}

/// A header as compared: lowercase, without diacritics, spaces, hyphens or underscores
/// (`Imię i nazwisko` → `imieinazwisko`, `E-mail` → `email`).
pub(crate) fn fold(header: &str) -> String {
    crate::model::id::slugify(header).replace('-', "")
}

/// A file read: its columns (which field each is) and its rows.
#[derive(Debug)]
pub struct Sheet {
    /// The file as messages name it.
    pub name: String,
    /// For each column, the field it holds (`None`: an empty header, ignored) and its header
    /// as the file writes it.
    columns: Vec<(Option<&'static str>, String)>,
    /// The rows with values, each with the line it starts on.
    pub rows: Vec<Row>,
}

/// One row of a file.
#[derive(Debug)]
pub struct Row {
    /// The 1-based line it starts on.
    pub line: usize,
    cells: Vec<String>,
}

impl Sheet {
    /// Whether the file has a column for the field `key`.
    pub fn has(&self, key: &str) -> bool {
        self.columns.iter().any(|(f, _)| *f == Some(key))
    }

    /// The header of the column for `key` as the file writes it (the key itself if none).
    pub fn header(&self, key: &str) -> String {
        self.columns
            .iter()
            .find(|(f, _)| *f == Some(key))
            .map_or_else(|| key.to_string(), |(_, h)| h.clone())
    }

    /// The value of `key` in a row, trimmed: `None` when the file has no such column, `Some("")`
    /// for an empty cell.
    pub fn get<'a>(&self, row: &'a Row, key: &str) -> Option<&'a str> {
        let i = self.columns.iter().position(|(f, _)| *f == Some(key))?;
        Some(row.cells.get(i).map_or("", |c| c.trim()))
    }

    /// Like `get`, with an empty cell as `None`: an optional field's value.
    pub fn value(&self, row: &Row, key: &str) -> Option<String> {
        self.get(row, key)
            .filter(|v| !v.is_empty())
            .map(str::to_string)
    }

    /// The fields the file has columns for, in the order of `fields`.
    pub fn keys(&self, fields: &[Field]) -> Vec<&'static str> {
        fields
            .iter()
            .map(|f| f.key)
            .filter(|k| self.has(k))
            .collect()
    }
}

/// Reads and decodes `path`, finds its delimiter and matches its header to `fields`. A file
/// that cannot be read this way is refused whole; the rows are the command's to check.
pub fn read(path: &Path, encoding: Encoding, fields: &[Field]) -> Result<Sheet> {
    let name = path.display().to_string();
    let bytes = if path.as_os_str() == "-" {
        let mut buf = Vec::new();
        std::io::Read::read_to_end(&mut std::io::stdin(), &mut buf)
            .map_err(|e| Error::user(crate::tr!("import-stdin")).caused_by(e.to_string()))?;
        buf
    } else {
        std::fs::read(path).map_err(|e| Error::io("read", path, &e))?
    };
    let text = decode(&name, bytes, encoding)?;
    let delimiter = delimiter(text.lines().find(|l| !l.trim().is_empty()).unwrap_or(""));
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut records = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| {
            let line = e.position().map_or(0, |p| p.line() as usize);
            Error::user(crate::tr!(
                "import-unreadable",
                file = name.as_str(),
                line = line
            ))
            .caused_by(e.to_string())
        })?;
        // The record's first line: the position csv gives is that of a blank line before it.
        let start = record.position().map_or(0, |p| p.byte() as usize);
        let skipped = text[start.min(text.len())..]
            .bytes()
            .take_while(|b| matches!(b, b'\n' | b'\r'))
            .count();
        let line = text[..(start + skipped).min(text.len())]
            .matches('\n')
            .count()
            + 1;
        // A spreadsheet writes an empty row as `;;;`: no record.
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        records.push((line, record.iter().map(str::to_string).collect::<Vec<_>>()));
    }
    let mut records = records.into_iter();
    let Some((_, header)) = records.next() else {
        return Err(Error::user(crate::tr!(
            "import-empty",
            file = name.as_str()
        )));
    };
    let columns = match_header(&name, &header, fields)?;
    let mut rows = Vec::new();
    for (line, cells) in records {
        // A value under no header (an empty one, or past the last) would be lost unseen.
        let unheaded = cells.iter().enumerate().find(|(i, c)| {
            !c.trim().is_empty() && columns.get(*i).is_none_or(|(f, _)| f.is_none())
        });
        if let Some((i, _)) = unheaded {
            return Err(Error::user(crate::tr!(
                "import-unheaded",
                file = name.as_str(),
                line = line,
                n = i + 1
            ))
            .hint(crate::tr!("import-unheaded-hint")));
        }
        rows.push(Row { line, cells });
    }
    let sheet = Sheet {
        name,
        columns,
        rows,
    };
    Ok(sheet)
}

/// The file's text: UTF-8 (a BOM dropped), or Windows-1250 when asked. A file that is not
/// UTF-8 is refused at the line of its first bad byte, with the way to save it right.
fn decode(name: &str, bytes: Vec<u8>, encoding: Encoding) -> Result<String> {
    match encoding {
        Encoding::Utf8 => crate::text::decode(bytes).map(|d| d.text).map_err(|bad| {
            Error::user(crate::tr!(
                "import-not-utf8",
                file = name,
                line = bad.line,
                column = bad.column
            ))
            .hint(crate::tr!("import-not-utf8-hint"))
        }),
        Encoding::Windows1250 => {
            // A UTF-8 BOM still says UTF-8 (encoding_rs follows it).
            let (text, _, _) = encoding_rs::WINDOWS_1250.decode(&bytes);
            Ok(text.replace("\r\n", "\n"))
        }
    }
}

/// The delimiter of a file, from its header line: a semicolon (a Polish spreadsheet program's
/// "CSV"), a tab, or a comma (the default).
pub(crate) fn delimiter(header: &str) -> u8 {
    let count = |c: char| header.matches(c).count();
    let (semicolons, tabs, commas) = (count(';'), count('\t'), count(','));
    if semicolons > commas && semicolons >= tabs {
        b';'
    } else if tabs > commas && tabs > semicolons {
        b'\t'
    } else {
        b','
    }
}

/// Which field each column of the header holds. An unknown or repeated header, or a missing
/// required one, refuses the file, naming the headers taken.
fn match_header(
    name: &str,
    header: &[String],
    fields: &[Field],
) -> Result<Vec<(Option<&'static str>, String)>> {
    let mut columns: Vec<(Option<&'static str>, String)> = Vec::new();
    for cell in header {
        let shown = cell.trim().to_string();
        if shown.is_empty() {
            columns.push((None, shown));
            continue;
        }
        let folded = fold(&shown);
        let field = fields
            .iter()
            .find(|f| fold(f.key) == folded || f.aliases.iter().any(|a| fold(a) == folded));
        let Some(field) = field else {
            let known: Vec<String> = fields.iter().map(|f| fold(f.key)).collect();
            let mut err = Error::user(crate::tr!(
                "import-unknown-column",
                file = name,
                column = shown.as_str()
            ))
            .hint(crate::tr!("import-columns", columns = accepted(fields)));
            if let Some(best) = crate::text::closest(&folded, known.iter().map(String::as_str))
                && let Some(f) = fields.iter().find(|f| fold(f.key) == best)
            {
                err = err.hint(crate::tr!("commands-did-you-mean", best = f.key));
            }
            return Err(err);
        };
        if let Some((_, first)) = columns.iter().find(|(f, _)| *f == Some(field.key)) {
            return Err(Error::user(crate::tr!(
                "import-repeated-column",
                file = name,
                column = shown.as_str(),
                first = first.as_str(),
                key = field.key
            )));
        }
        columns.push((Some(field.key), shown));
    }
    let missing: Vec<&str> = fields
        .iter()
        .filter(|f| f.required && !columns.iter().any(|(c, _)| *c == Some(f.key)))
        .map(|f| f.key)
        .collect();
    if !missing.is_empty() {
        return Err(Error::user(crate::tr!(
            "import-missing-columns",
            file = name,
            columns = crate::text::one_of(&missing)
        ))
        .hint(crate::tr!("import-columns", columns = accepted(fields))));
    }
    Ok(columns)
}

/// The headers taken, for messages: `name` (`nazwa`), `kind` (`rodzaj`), …
fn accepted(fields: &[Field]) -> String {
    fields
        .iter()
        .map(|f| match f.aliases.first() {
            Some(polish) => format!("`{}` (`{polish}`)", f.key),
            None => format!("`{}`", f.key),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The errors of a file's rows, collected to be reported together.
#[derive(Debug, Default)]
pub struct RowErrors {
    errors: Vec<(usize, Error)>,
}

impl RowErrors {
    /// Adds the error of a row at `line`.
    pub fn add(&mut self, line: usize, err: Error) {
        self.errors.push((line, err));
    }

    /// Adds the errors of a row at `line`.
    pub fn extend(&mut self, line: usize, errs: Vec<Error>) {
        for e in errs {
            self.add(line, e);
        }
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.errors.is_empty()
    }

    /// With errors, prints each as `FILE:LINE: message` and returns the error refusing the
    /// whole file: nothing is written.
    pub fn refuse(mut self, ui: &mut Ui, file: &str) -> Result<()> {
        if self.errors.is_empty() {
            return Ok(());
        }
        self.errors.sort_by_key(|(line, _)| *line);
        for (line, e) in &self.errors {
            let mut text = format!("{file}:{line}: {}", e.message);
            for cause in &e.causes {
                text.push_str(&format!("\n  {}: {cause}", crate::tr!("ui-caused-by")));
            }
            for hint in &e.hints {
                text.push_str(&format!("\n  {}: {hint}", crate::tr!("ui-help")));
            }
            ui.note(&text);
        }
        let mut lines: Vec<usize> = self.errors.iter().map(|(l, _)| *l).collect();
        lines.dedup();
        Err(Error::user(crate::tr!(
            "import-refused",
            file = file,
            n = lines.len(),
            errors = self.errors.len()
        ))
        .hint(crate::tr!("import-refused-hint")))
    }
}

/// A word of a value enum in a cell (`szkoła`, `school`), as the command line takes it; an
/// unknown one is an error naming the column and the words taken.
pub fn word<T: ValueEnum + Clone>(column: &str, value: &str) -> Result<T> {
    if let Ok(v) = T::from_str(value, true) {
        return Ok(v);
    }
    // `Szkoła` as `szkoła`, `pracownik socjalny` as `pracownik-socjalny`.
    let dashed = value.trim().to_lowercase().replace([' ', '_'], "-");
    if let Ok(v) = T::from_str(&dashed, true) {
        return Ok(v);
    }
    let words: Vec<String> = T::value_variants()
        .iter()
        .filter_map(|v| v.to_possible_value())
        .map(|p| {
            let mut all = p.get_name_and_aliases();
            let name = all.next().unwrap_or_default();
            match all.next() {
                Some(polish) => format!("{polish} ({name})"),
                None => name.to_string(),
            }
        })
        .collect();
    let mut err = Error::user(crate::tr!(
        "import-bad-word",
        column = column,
        value = value
    ));
    let names: Vec<String> = T::value_variants()
        .iter()
        .filter_map(|v| v.to_possible_value())
        .flat_map(|p| {
            p.get_name_and_aliases()
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .collect();
    if let Some(best) = crate::text::closest(&dashed, names.iter().map(String::as_str)) {
        err = err.hint(crate::tr!("commands-did-you-mean", best = best));
    }
    Err(err.hint(crate::tr!("import-words", words = words.join(", "))))
}

/// A list in a cell: values between commas, semicolons or line breaks (`radny, przedstawiciel`).
pub fn list(value: &str) -> Vec<String> {
    value
        .split([',', ';', '\n'])
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_fold_case_diacritics_and_separators() {
        assert_eq!(fold("Imię i nazwisko"), "imieinazwisko");
        assert_eq!(fold("E-mail"), "email");
        assert_eq!(fold("director_accusative"), "directoraccusative");
        assert_eq!(fold(" Część etatu "), "czescetatu");
    }

    #[test]
    fn the_delimiter_is_read_from_the_header() {
        assert_eq!(delimiter("id;nazwa;rodzaj"), b';');
        assert_eq!(delimiter("id,name,kind"), b',');
        assert_eq!(delimiter("id\tname\tkind"), b'\t');
        assert_eq!(delimiter("name"), b',');
        // A comma inside a Polish header does not outvote the semicolons.
        assert_eq!(delimiter("nazwa;\"adres, kod\";rodzaj"), b';');
    }

    #[test]
    fn a_list_splits_on_commas_semicolons_and_lines() {
        assert_eq!(list("radny, przedstawiciel"), ["radny", "przedstawiciel"]);
        assert_eq!(list("a;b\nc ,"), ["a", "b", "c"]);
        assert!(list(" ").is_empty());
    }
}

#[cfg(test)]
mod docs {
    use super::Field;

    /// The columns of the imports as a Markdown table (docs/format.md, "Importing CSV").
    fn columns_table() -> String {
        let mut out = String::new();
        for (what, fields) in [
            ("koop institution import", super::super::institution::FIELDS),
            ("koop person import", super::super::person::FIELDS),
        ] {
            out.push_str(&format!(
                "`{what}`:\n\n| column | also taken | required |\n|---|---|---|\n"
            ));
            for Field {
                key,
                aliases,
                required,
            } in fields
            {
                let also: Vec<String> = aliases.iter().map(|a| format!("`{a}`")).collect();
                out.push_str(&format!(
                    "| `{key}` | {} | {} |\n",
                    also.join(", "),
                    if *required { "yes" } else { "" }
                ));
            }
            out.push('\n');
        }
        out
    }

    #[test]
    fn format_md_lists_the_columns() {
        crate::assert_docs_section("import-columns", &columns_table());
    }
}
