//! The month's monitoring at once. Zał. 7 is filled "na podstawie miesięcznych informacji od
//! pracowników instytucji lub przekazanych podczas spotkania monitorującego", so koop takes
//! the month as it arrives:
//! - `koop monitor month` opens one sheet of every task open in the month in the editor;
//!   every filled line becomes a monitoring entry, all in one transaction;
//! - `koop monitor sheet` writes the form one institution fills in (CSV or XLSX; case
//!   numbers and task texts only, no names);
//! - `koop monitor import` reads such a form back, refusing the whole file when a row is
//!   wrong (or, with `--partial`, writing the good rows).

use std::collections::BTreeMap;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use clap::{Args, ValueEnum};

use super::Ctx;
use super::caseutil::{Party, find_case, require_status, resolve_party, resolve_task, today};
use crate::error::{Error, Result};
use crate::model::case::Action;
use crate::model::{Date, Monitoring, Month, Progress};
use crate::store::tx::Tx;
use crate::store::{CaseRec, Store};

/// Arguments of `koop monitor month`.
#[derive(Debug, Args)]
pub struct MonthArgs {
    #[arg(value_name = "YYYY-MM")]
    pub month: Month,
    #[arg(long)]
    #[arg(add = clap_complete::ArgValueCandidates::new(crate::complete::cases))]
    pub case: Option<String>,
    #[arg(long)]
    #[arg(add = clap_complete::ArgValueCandidates::new(crate::complete::institutions))]
    pub by: Option<String>,
    #[arg(long)]
    #[arg(value_name = "YYYY-MM-DD")]
    pub date: Option<Date>,
}

/// Arguments of `koop monitor sheet`.
#[derive(Debug, Args)]
pub struct SheetArgs {
    #[arg(value_name = "YYYY-MM")]
    pub month: Month,
    #[arg(long)]
    #[arg(add = clap_complete::ArgValueCandidates::new(crate::complete::institutions))]
    pub by: String,
    #[arg(long, value_enum)]
    pub format: Option<SheetFormat>,
    #[arg(short, long, value_name = "PATH")]
    pub output: Option<PathBuf>,
}

/// Arguments of `koop monitor import`.
#[derive(Debug, Args)]
pub struct ImportArgs {
    #[arg(value_name = "PATH")]
    pub file: PathBuf,
    #[arg(long)]
    pub partial: bool,
    #[arg(long)]
    #[arg(value_name = "YYYY-MM-DD")]
    pub date: Option<Date>,
}

/// `--format` of `koop monitor sheet`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SheetFormat {
    /// Comma-separated values, UTF-8.
    Csv,
    /// An Excel workbook (Office Open XML).
    Xlsx,
}

/// One task to report on for the month.
struct Open<'a> {
    case: &'a CaseRec,
    task_id: String,
    label: String,
    text: String,
    due: Option<Date>,
    /// Who reports: the task's person, else its institution, else the member's number.
    by: String,
    /// The institution responsible, when one is.
    institution: Option<String>,
    /// What is already reported for the month: (who, progress, date).
    reported: Vec<(String, String, Date)>,
}

/// Every task open in `month` of the cases active in it, by case number and task number.
fn open_tasks<'a>(
    store: &'a Store,
    month: Month,
    case: Option<&str>,
    by: Option<&str>,
) -> Vec<Open<'a>> {
    let mut out = Vec::new();
    for c in store
        .cases
        .iter()
        .filter(|c| case.is_none_or(|k| c.id() == k || c.dir == k))
    {
        if !crate::report::active_in(c, month) || c.status() != crate::model::Status::Active {
            continue;
        }
        for (label, _, t) in c.numbered_tasks() {
            if !t.open_in(month) {
                continue;
            }
            let institution = t.institution.as_ref().map(|i| i.get_ref().to_string());
            if by.is_some_and(|b| institution.as_deref() != Some(b)) {
                continue;
            }
            let who = match (&t.member, &t.person, &t.institution) {
                (Some(m), _, _) => c.member_label(m.get_ref()),
                (None, Some(p), _) => p.get_ref().to_string(),
                (None, None, Some(i)) => i.get_ref().to_string(),
                (None, None, None) => continue,
            };
            let reported = c
                .progress(month, t.id.get_ref())
                .map(|(by, e)| {
                    (
                        c.reporter_label(by),
                        e.progress.to_string(),
                        *e.date().get_ref(),
                    )
                })
                .collect();
            out.push(Open {
                case: c,
                task_id: t.id.get_ref().clone(),
                label,
                text: t.text.to_string(),
                due: t.due.as_ref().map(|d| *d.get_ref()),
                by: who,
                institution,
                reported,
            });
        }
    }
    // Cases stay in the store's order (by number); tasks by their numbers.
    out.sort_by_key(|o| {
        (
            store.cases.iter().position(|c| std::ptr::eq(c, o.case)),
            task_order(&o.label),
        )
    });
    out
}

/// `2.10` after `2.9`.
fn task_order(label: &str) -> Vec<u64> {
    label
        .split('.')
        .map(|p| p.parse().unwrap_or(u64::MAX))
        .collect()
}

/// Refuses a month after today's: nothing can be reported for it yet.
fn not_ahead(month: Month, today: Date) -> Result<()> {
    if month > Month::of(today) {
        return Err(Error::user(crate::tr!(
            "monitor-month-ahead",
            month = month.to_string(),
            date = today.to_string()
        )));
    }
    Ok(())
}

/// Refuses an unknown institution for `--by`, naming the closest.
fn known_institution(store: &Store, id: &str) -> Result<()> {
    if store.institution(id).is_some() {
        return Ok(());
    }
    Err(super::caseutil::unknown_id(
        crate::tr!("monthly-no-institution", id = id),
        id,
        store.institution_ids(),
        "koop institution list",
    ))
}

/// A progress line to record: where it came from, and what it says.
#[derive(Debug, Clone)]
struct Entry {
    /// Where each field was read (`case`, `task`, `by`, `progress`, `date`), for messages.
    at: BTreeMap<&'static str, Origin>,
    case: String,
    /// The task's identity, or its number.
    task: String,
    by: String,
    text: String,
    date: Option<Date>,
}

/// Where an entry was read.
#[derive(Debug, Clone)]
struct Origin {
    file: String,
    line: usize,
    column: String,
}

impl Entry {
    /// Where `field` was read (the progress, for a field the file did not give).
    fn place(&self, field: &str) -> &Origin {
        self.at
            .get(field)
            .or_else(|| self.at.get("progress"))
            .or_else(|| self.at.values().next())
            .unwrap_or(&NOWHERE)
    }
}

static NOWHERE: Origin = Origin {
    file: String::new(),
    line: 0,
    column: String::new(),
};

impl Origin {
    fn say(&self, message: &str) -> Problem {
        (
            self.line,
            crate::tr!(
                "monthly-at",
                file = self.file.as_str(),
                line = self.line,
                column = self.column.as_str(),
                message = message
            ),
        )
    }
}

/// What is wrong with a line, by the line (problems are listed in the file's order).
type Problem = (usize, String);

/// What applying entries did.
#[derive(Default)]
struct Applied {
    written: usize,
    skipped: usize,
    problems: Vec<Problem>,
    cases: Vec<String>,
}

/// Stages every entry that is right (each checked as `koop monitor add` checks it) and
/// collects what is wrong with the others, by where they were read. An entry the reporter
/// already made (same task, month and text) is skipped, so a form read twice adds nothing.
fn apply(store: &Store, tx: &mut Tx, month: Month, entries: Vec<Entry>, today: Date) -> Applied {
    let mut done = Applied::default();
    // Entries staged by this run, so that two equal lines in one file count once.
    let mut staged: Vec<(String, String, String, String)> = Vec::new();
    // Identities given to entries by this run, in whichever file.
    let mut given = std::collections::BTreeSet::new();
    for e in entries {
        match stage(store, tx, month, &e, today, &mut staged, &mut given) {
            Ok(Some(case)) => {
                done.written += 1;
                if !done.cases.contains(&case) {
                    done.cases.push(case);
                }
            }
            Ok(None) => done.skipped += 1,
            Err((field, err)) => {
                let (line, mut text) = e.place(field).say(&err.message);
                for h in &err.hints {
                    text.push_str(&format!("\n    {}: {h}", crate::tr!("ui-help")));
                }
                done.problems.push((line, text));
            }
        }
    }
    done
}

/// Stages one entry; `None` when it was already recorded.
fn stage(
    store: &Store,
    tx: &mut Tx,
    month: Month,
    e: &Entry,
    today: Date,
    staged: &mut Vec<(String, String, String, String)>,
    given: &mut std::collections::BTreeSet<String>,
) -> std::result::Result<Option<String>, (&'static str, Error)> {
    let c = find_case(store, &e.case).map_err(|err| ("case", err))?;
    require_status(c, Action::Monitor).map_err(|err| ("case", err))?;
    let task = resolve_task(c, &e.task).map_err(|err| ("task", err))?;
    let date = e.date.unwrap_or(today);
    if date > today {
        return Err((
            "date",
            Error::user(crate::tr!("monthly-date-future", date = date.to_string())),
        ));
    }
    if month > Month::of(date) {
        return Err((
            "date",
            Error::user(crate::tr!(
                "monitor-month-ahead",
                month = month.to_string(),
                date = date.to_string()
            )),
        ));
    }
    if let Some(adopted) = c.adopted()
        && month < Month::of(*adopted.get_ref())
    {
        return Err((
            "case",
            Error::user(crate::tr!(
                "monitor-before-active",
                month = month.to_string(),
                date = adopted.get_ref().to_string()
            )),
        ));
    }
    let party = resolve_party(store, c, &e.by).map_err(|err| ("by", err))?;
    let reporter = party.reporter().to_string();
    let key = (
        c.dir.clone(),
        task.clone(),
        reporter.clone(),
        e.text.clone(),
    );
    let known = c
        .progress(month, &task)
        .any(|(by, p)| by == reporter && p.progress == e.text);
    if known || staged.contains(&key) {
        return Ok(None);
    }
    staged.push(key);
    let path = c.path_of("monitoring", &[&month.to_string(), &reporter]);
    let author = match &party {
        Party::Institution {
            person: Some(p), ..
        } => Some(p.as_str()),
        _ => None,
    };
    let taken = c.identities();
    let entry = crate::model::uid::fresh(crate::model::uid::LEN, |s| {
        taken.contains(s) || given.contains(s)
    });
    given.insert(entry.clone());
    tx.update_or_create(&path, |m: &mut Monitoring| {
        m.entries.push(Progress::new(
            &entry,
            &task,
            e.text.as_str().into(),
            author,
            date,
        ));
        Ok(())
    })
    .map_err(|err| ("progress", err))?;
    Ok(Some(c.id().to_string()))
}

/// Commits what `apply` staged, or refuses: any problem refuses everything unless `partial`.
fn finish(
    ctx: &mut Ctx,
    tx: Tx,
    store: &Store,
    month: Month,
    done: Applied,
    partial: bool,
    source: &str,
) -> Result<i32> {
    let mut problems = done.problems;
    problems.sort_by_key(|p| p.0);
    for (_, p) in &problems {
        ctx.ui.note(p);
    }
    let refused = problems.len();
    if refused > 0 && !partial {
        return Err(
            Error::user(crate::tr!("monthly-refused", n = refused, file = source))
                .hint(crate::tr!("monthly-refused-hint")),
        );
    }
    if done.written > 0 {
        ctx.commit(
            tx,
            store,
            &crate::tr!(
                "monthly-op",
                month = month.to_string(),
                cases = done.cases.join(", ")
            ),
        )?;
    }
    if done.written > 0 {
        ctx.ui.line(&crate::tr!(
            "monthly-written",
            n = done.written,
            month = month.to_string(),
            cases = done.cases.len()
        ));
    }
    if done.skipped > 0 {
        ctx.ui
            .note(&crate::tr!("monthly-skipped", n = done.skipped));
    }
    if refused > 0 {
        return Err(Error::user(crate::tr!(
            "monthly-partly",
            n = refused,
            file = source
        )));
    }
    Ok(0)
}

// ---------------------------------------------------------------------------------------
// koop monitor month

/// Runs `koop monitor month`: the sheet in the editor, saved through one transaction.
pub fn month(ctx: &mut Ctx, args: MonthArgs) -> Result<i32> {
    let today = today()?;
    let date = args.date.unwrap_or(today);
    not_ahead(args.month, date)?;
    let (tx, store) = ctx.load_for_write()?;
    if let Some(k) = &args.case {
        find_case(&store, k)?;
    }
    if let Some(b) = &args.by {
        known_institution(&store, b)?;
    }
    let open = open_tasks(&store, args.month, args.case.as_deref(), args.by.as_deref());
    if open.is_empty() {
        ctx.ui.note(&crate::tr!(
            "monthly-nothing-open",
            month = args.month.to_string()
        ));
        return Ok(0);
    }
    let sheet = editor_sheet(args.month, date, &open);
    drop(tx);
    // Owner-only, outside the repository, removed on every path (as `koop edit` does).
    let mut temp = tempfile::Builder::new()
        .prefix("koop-monitor-")
        .suffix(&format!("-{}.txt", args.month))
        .tempfile()
        .map_err(|e| Error::user(crate::tr!("edit-temp-file")).caused_by(e.to_string()))?;
    temp.write_all(sheet.as_bytes())
        .and_then(|()| temp.flush())
        .map_err(|e| Error::io("write", temp.path(), &e))?;
    let interactive = std::io::stdin().is_terminal() && std::io::stderr().is_terminal();
    let source = crate::tr!("monthly-sheet-name", month = args.month.to_string());
    loop {
        super::edit::run_editor(temp.path())?;
        let bytes = std::fs::read(temp.path()).map_err(|e| Error::io("read", temp.path(), &e))?;
        let (entries, mut problems) = match crate::text::decode(bytes) {
            Err(bad) => (
                Vec::new(),
                vec![(
                    bad.line,
                    crate::tr!(
                        "monthly-at",
                        file = source.as_str(),
                        line = bad.line,
                        column = bad.column.to_string(),
                        message = crate::tr!("monthly-not-utf8")
                    ),
                )],
            ),
            Ok(d) => parse_editor_sheet(&d.text, &source),
        };
        if entries.is_empty() && problems.is_empty() {
            ctx.ui.note(&crate::tr!("monthly-nothing-filled"));
            return Ok(0);
        }
        let (mut tx, store) = ctx.load_for_write()?;
        let mut done = apply(&store, &mut tx, args.month, entries, date);
        problems.append(&mut done.problems);
        let outcome = if problems.is_empty() {
            Ok((tx, done))
        } else {
            drop(tx);
            Err(problems)
        };
        match outcome {
            Ok((tx, done)) => return finish(ctx, tx, &store, args.month, done, false, &source),
            Err(mut problems) => {
                problems.sort_by_key(|p| p.0);
                for (_, p) in &problems {
                    ctx.ui.note(p);
                }
                let err = Error::user(crate::tr!(
                    "monthly-refused",
                    n = problems.len(),
                    file = source.as_str()
                ));
                if !interactive || ctx.dry_run {
                    return Err(err.hint(crate::tr!("monthly-sheet-not-saved")));
                }
                ctx.ui.error(&err);
                if !super::edit::ask_again()? {
                    return Err(Error::user(crate::tr!("monthly-abandoned")));
                }
            }
        }
    }
}

/// The sheet the editor shows: per case, each open task as comment lines and one line to
/// fill, `CASE TASK WHO: progress`.
fn editor_sheet(month: Month, date: Date, open: &[Open]) -> String {
    let mut out = String::new();
    for line in crate::tr!(
        "monthly-sheet-head",
        month = month.to_string(),
        date = date.to_string()
    )
    .lines()
    {
        out.push_str(&format!("# {line}\n"));
    }
    let mut case = "";
    for o in open {
        if o.case.id() != case {
            case = o.case.id();
            out.push_str(&format!(
                "\n# === {} ===\n",
                crate::tr!("monthly-sheet-case", case = case)
            ));
        }
        let due = o
            .due
            .map(|d| crate::tr!("monthly-sheet-due", date = d.to_string()))
            .unwrap_or_default();
        out.push_str(&format!("# {} {}{due}\n", o.label, one_line(&o.text)));
        for (who, progress, when) in &o.reported {
            out.push_str(&format!(
                "#     {}\n",
                crate::tr!(
                    "monthly-sheet-reported",
                    who = who.as_str(),
                    date = when.to_string(),
                    progress = one_line(progress)
                )
            ));
        }
        out.push_str(&format!("{} {} {}: \n", case, o.label, o.by));
    }
    out
}

/// Text on one line: newlines become spaces.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Reads the filled sheet: lines `CASE TASK WHO: progress` with a progress become entries;
/// comments (`#`), blank lines and lines left empty are skipped.
fn parse_editor_sheet(text: &str, source: &str) -> (Vec<Entry>, Vec<Problem>) {
    let mut entries = Vec::new();
    let mut problems = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let at = |column: usize| Origin {
            file: source.to_string(),
            line: i + 1,
            column: column.to_string(),
        };
        let Some((head, progress)) = line.split_once(':') else {
            problems.push(at(1).say(&crate::tr!("monthly-line-syntax")));
            continue;
        };
        let words: Vec<&str> = head.split_whitespace().collect();
        let [case, task, by] = words.as_slice() else {
            problems.push(at(1).say(&crate::tr!("monthly-line-syntax")));
            continue;
        };
        let progress = progress.trim();
        if progress.is_empty() {
            continue;
        }
        // Each word's column, counted in characters from 1.
        let mut places = BTreeMap::new();
        let mut from = 0;
        for (field, word) in ["case", "task", "by"].into_iter().zip([case, task, by]) {
            let offset = head[from..].find(*word).map_or(from, |o| from + o);
            places.insert(field, at(head[..offset].chars().count() + 1));
            from = offset + word.len();
        }
        places.insert("progress", at(head.chars().count() + 2));
        entries.push(Entry {
            at: places,
            case: (*case).to_string(),
            task: (*task).to_string(),
            by: (*by).to_string(),
            text: crate::text::nfc(progress),
            date: None,
        });
    }
    (entries, problems)
}

// ---------------------------------------------------------------------------------------
// koop monitor sheet / import

/// The columns of the institution's form, by key; headers are the catalogue's labels.
const COLUMNS: [&str; 10] = [
    "month", "by", "case", "task", "text", "due", "reported", "progress", "date", "task_id",
];

/// The header of column `key` in the language in use.
fn header(key: &str) -> String {
    crate::i18n::lookup(&format!("monthly-col-{key}")).unwrap_or_else(|| key.to_string())
}

/// The column a header names: its key, or its label in either language, ignoring case,
/// diacritics, spaces and punctuation.
fn column_of(name: &str) -> Option<&'static str> {
    let fold = super::import::fold;
    let want = fold(name);
    COLUMNS.iter().copied().find(|key| {
        let label = format!("monthly-col-{key}");
        fold(key) == want
            || [crate::i18n::Lang::En, crate::i18n::Lang::Pl]
                .iter()
                .filter_map(|l| crate::i18n::lookup_in(*l, &label, None))
                .any(|l| fold(&l) == want)
    })
}

/// Runs `koop monitor sheet`.
pub fn sheet(ctx: &mut Ctx, args: SheetArgs) -> Result<i32> {
    let format = match (args.format, args.output.as_deref()) {
        (Some(f), _) => f,
        (None, Some(p)) if has_extension(p, "xlsx") => SheetFormat::Xlsx,
        _ => SheetFormat::Csv,
    };
    let store = ctx.load()?;
    known_institution(&store, &args.by)?;
    let open = open_tasks(&store, args.month, None, Some(&args.by));
    let mut rows = vec![COLUMNS.iter().map(|k| header(k)).collect::<Vec<_>>()];
    for o in &open {
        // Only what the institution reported itself: the form goes to it alone.
        let own: Vec<&str> = o
            .reported
            .iter()
            .filter(|(who, _, _)| Some(who.as_str()) == o.institution.as_deref())
            .map(|(_, p, _)| p.as_str())
            .collect();
        rows.push(vec![
            args.month.to_string(),
            o.by.clone(),
            o.case.id().to_string(),
            o.label.clone(),
            o.text.clone(),
            o.due.map(|d| d.to_string()).unwrap_or_default(),
            own.join("; "),
            String::new(),
            String::new(),
            o.task_id.clone(),
        ]);
    }
    let bytes = match format {
        SheetFormat::Csv => {
            let mut w = csv::Writer::from_writer(Vec::new());
            for r in &rows {
                w.write_record(r).map_err(|e| {
                    Error::user(crate::tr!("monthly-csv-write")).caused_by(e.to_string())
                })?;
            }
            w.into_inner().map_err(|e| {
                Error::user(crate::tr!("monthly-csv-write")).caused_by(e.to_string())
            })?
        }
        SheetFormat::Xlsx => xlsx(&rows, args.month, &args.by)
            .map_err(|e| Error::user(crate::tr!("monthly-xlsx-write")).caused_by(e.to_string()))?,
    };
    match &args.output {
        Some(path) => {
            let path = ctx.cwd.join(path);
            crate::store::write::write_file(&path, &bytes)?;
            ctx.ui.line(&crate::tr!(
                "monthly-sheet-written",
                path = args
                    .output
                    .as_deref()
                    .unwrap_or(&path)
                    .display()
                    .to_string(),
                n = open.len()
            ));
        }
        None if format == SheetFormat::Xlsx && std::io::stdout().is_terminal() => {
            return Err(
                Error::user(crate::tr!("monthly-xlsx-terminal")).hint(crate::tr!(
                    "monthly-xlsx-terminal-hint",
                    month = args.month.to_string(),
                    by = args.by.as_str()
                )),
            );
        }
        None => {
            let mut out = std::io::stdout().lock();
            out.write_all(&bytes)
                .and_then(|()| out.flush())
                .map_err(|e| Error::io("write", Path::new("-"), &e))?;
        }
    }
    Ok(0)
}

fn has_extension(path: &Path, ext: &str) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case(ext))
}

/// The form as a workbook: a bold, frozen header, the columns to fill marked, widths to read.
fn xlsx(
    rows: &[Vec<String>],
    month: Month,
    by: &str,
) -> std::result::Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    use rust_xlsxwriter::{Color, DocProperties, ExcelDateTime, Format, FormatBorder, Workbook};
    let mut book = Workbook::new();
    // A fixed creation time keeps the file the same for the same data.
    let created = ExcelDateTime::from_ymd(
        u16::try_from(month.year).unwrap_or(2000),
        u8::try_from(month.month).unwrap_or(1),
        1,
    )?;
    book.set_properties(
        &DocProperties::new()
            .set_title(&crate::tr!(
                "monthly-xlsx-title",
                month = month.to_string(),
                by = by
            ))
            .set_creation_datetime(&created),
    );
    let sheet = book.add_worksheet();
    sheet.set_name(month.to_string())?;
    let head = Format::new()
        .set_bold()
        .set_text_wrap()
        .set_border_bottom(FormatBorder::Thin);
    let fill = Format::new()
        .set_background_color(Color::RGB(0xFFF2CC))
        .set_text_wrap();
    let wrap = Format::new().set_text_wrap();
    let widths = [9, 16, 12, 7, 50, 11, 40, 50, 11, 10];
    for (col, width) in widths.iter().enumerate() {
        let col = u16::try_from(col).unwrap_or(0);
        sheet.set_column_width(col, *width)?;
    }
    for (r, row) in rows.iter().enumerate() {
        let r = u32::try_from(r).unwrap_or(u32::MAX);
        for (c, value) in row.iter().enumerate() {
            let key = COLUMNS[c];
            let c = u16::try_from(c).unwrap_or(0);
            if r == 0 {
                sheet.write_string_with_format(r, c, value, &head)?;
            } else if matches!(key, "progress" | "date") {
                sheet.write_string_with_format(r, c, value, &fill)?;
            } else {
                sheet.write_string_with_format(r, c, value, &wrap)?;
            }
        }
    }
    sheet.set_freeze_panes(1, 0)?;
    book.save_to_buffer()
}

/// Runs `koop monitor import`.
pub fn import(ctx: &mut Ctx, args: ImportArgs) -> Result<i32> {
    let today = today()?;
    if let Some(d) = args.date
        && d > today
    {
        return Err(Error::user(crate::tr!(
            "monthly-date-future",
            date = d.to_string()
        )));
    }
    let source = args.file.display().to_string();
    let bytes = std::fs::read(&args.file).map_err(|e| Error::io("read", &args.file, &e))?;
    let table = if has_extension(&args.file, "xlsx") || bytes.starts_with(b"PK\x03\x04") {
        read_xlsx(bytes, &source)?
    } else {
        read_csv(bytes, &source)?
    };
    let (months, entries, mut problems) = entries_of(&table, &source, args.date)?;
    let (mut tx, store) = ctx.load_for_write()?;
    // One month per form: the commit and the summary speak of it.
    let month = match months.as_slice() {
        [one] => *one,
        [] => {
            ctx.ui.note(&crate::tr!("monthly-nothing-filled"));
            if problems.is_empty() {
                return Ok(0);
            }
            Month::of(today)
        }
        many => {
            return Err(Error::user(crate::tr!(
                "monthly-many-months",
                file = source.as_str(),
                months = many
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join(", ")
            )));
        }
    };
    let mut done = apply(&store, &mut tx, month, entries, today);
    problems.append(&mut done.problems);
    done.problems = problems;
    finish(ctx, tx, &store, month, done, args.partial, &source)
}

/// A table read from a file: rows of cells, each row with its line (CSV) or row number
/// (XLSX), and how a cell's place is said (`C` for a column of a sheet, or the header).
struct Table {
    header: Vec<String>,
    rows: Vec<(usize, Vec<String>)>,
    /// Column letters, for a workbook.
    letters: bool,
}

fn read_csv(bytes: Vec<u8>, source: &str) -> Result<Table> {
    let decoded = crate::text::decode(bytes).map_err(|bad| {
        Error::user(crate::tr!(
            "monthly-at",
            file = source,
            line = bad.line,
            column = bad.column.to_string(),
            message = crate::tr!("monthly-not-utf8")
        ))
        .hint(crate::tr!("monthly-not-utf8-hint"))
    })?;
    let text = decoded.text;
    // A Polish spreadsheet program saves with semicolons: the header line says which.
    let delimiter = super::import::delimiter(text.lines().next().unwrap_or(""));
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .has_headers(false)
        .from_reader(text.as_bytes());
    let mut header = Vec::new();
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| {
            let line = e.position().map_or(0, csv::Position::line);
            Error::user(crate::tr!(
                "monthly-at",
                file = source,
                line = line,
                column = "1",
                message = crate::tr!("monthly-csv-broken")
            ))
            .caused_by(e.to_string())
        })?;
        let line = record.position().map_or(0, csv::Position::line);
        let cells: Vec<String> = record.iter().map(|c| crate::text::nfc(c.trim())).collect();
        if header.is_empty() {
            header = cells;
        } else {
            rows.push((usize::try_from(line).unwrap_or(0), cells));
        }
    }
    Ok(Table {
        header,
        rows,
        letters: false,
    })
}

fn read_xlsx(bytes: Vec<u8>, source: &str) -> Result<Table> {
    use calamine::{Data, Reader, Xlsx};
    let bad = |e: String| {
        Error::user(crate::tr!("monthly-xlsx-broken", file = source))
            .caused_by(e)
            .hint(crate::tr!("monthly-xlsx-broken-hint"))
    };
    let mut book: Xlsx<_> =
        Xlsx::new(std::io::Cursor::new(bytes)).map_err(|e| bad(e.to_string()))?;
    let range = book
        .worksheet_range_at(0)
        .ok_or_else(|| bad(String::new()))?
        .map_err(|e| bad(e.to_string()))?;
    let first_row = range.start().map_or(0, |(r, _)| r as usize);
    let first_col = range.start().map_or(0, |(_, c)| c as usize);
    let mut header = Vec::new();
    let mut rows = Vec::new();
    for (i, row) in range.rows().enumerate() {
        let mut cells = vec![String::new(); first_col];
        cells.extend(row.iter().map(|cell| {
            match cell {
                Data::Empty => String::new(),
                Data::String(s) => crate::text::nfc(s.trim()),
                Data::DateTime(d) => d
                    .as_datetime()
                    .map(|t| t.date().format("%Y-%m-%d").to_string())
                    .unwrap_or_default(),
                Data::Float(f) if f.fract() == 0.0 => format!("{f:.0}"),
                other => other.to_string(),
            }
        }));
        if header.is_empty() {
            if cells.iter().all(String::is_empty) {
                continue;
            }
            header = cells;
        } else {
            rows.push((first_row + i + 1, cells));
        }
    }
    Ok(Table {
        header,
        rows,
        letters: true,
    })
}

/// `A` … `Z`, `AA` …: a sheet's column.
fn letter(index: usize) -> String {
    let mut n = index + 1;
    let mut out = Vec::new();
    while n > 0 {
        let r = (n - 1) % 26;
        out.push(char::from(b'A' + u8::try_from(r).unwrap_or(0)));
        n = (n - 1) / 26;
    }
    out.iter().rev().collect()
}

/// The entries of the filled rows (a row without progress is skipped), the months they are
/// for, and what is wrong with the others. A header koop does not know refuses the file.
#[allow(clippy::type_complexity)]
fn entries_of(
    table: &Table,
    source: &str,
    date: Option<Date>,
) -> Result<(Vec<Month>, Vec<Entry>, Vec<Problem>)> {
    let mut at_col: BTreeMap<&'static str, usize> = BTreeMap::new();
    for (i, name) in table.header.iter().enumerate() {
        if name.is_empty() {
            continue;
        }
        match column_of(name) {
            Some(key) => {
                at_col.insert(key, i);
            }
            None => {
                let known: Vec<String> = COLUMNS.iter().map(|k| header(k)).collect();
                return Err(Error::user(crate::tr!(
                    "monthly-at",
                    file = source,
                    line = 1,
                    column = column_name(table, i),
                    message = crate::tr!("monthly-unknown-column", name = name.as_str())
                ))
                .hint(crate::tr!(
                    "monthly-unknown-column-hint",
                    columns = known.join(", ")
                )));
            }
        }
    }
    for need in ["month", "by", "case", "progress"] {
        if !at_col.contains_key(need)
            || (!at_col.contains_key("task") && !at_col.contains_key("task_id"))
        {
            let missing = if at_col.contains_key(need) {
                "task"
            } else {
                need
            };
            return Err(Error::user(crate::tr!(
                "monthly-missing-column",
                file = source,
                name = header(missing)
            ))
            .hint(crate::tr!("monthly-missing-column-hint")));
        }
    }
    let mut months = Vec::new();
    let mut entries = Vec::new();
    let mut problems = Vec::new();
    for (line, cells) in &table.rows {
        let cell = |key: &str| {
            at_col
                .get(key)
                .and_then(|i| cells.get(*i))
                .map_or("", String::as_str)
        };
        let origin = |key: &str| Origin {
            file: source.to_string(),
            line: *line,
            column: at_col
                .get(key)
                .map_or_else(|| header(key), |i| column_name(table, *i)),
        };
        let progress = cell("progress");
        if progress.is_empty() {
            continue;
        }
        let month = match cell("month").parse::<Month>() {
            Ok(m) => m,
            Err(_) => {
                problems.push(
                    origin("month").say(&crate::tr!("monthly-bad-month", value = cell("month"))),
                );
                continue;
            }
        };
        let row_date = match (cell("date"), date) {
            ("", d) => d,
            (text, _) => match text.parse::<Date>() {
                Ok(d) => Some(d),
                Err(_) => {
                    problems
                        .push(origin("date").say(&crate::tr!("monthly-bad-date", value = text)));
                    continue;
                }
            },
        };
        if !months.contains(&month) {
            months.push(month);
        }
        // The task's identity survives a plan renumbered since the form was written.
        let (task, task_col) = match cell("task_id") {
            "" => (cell("task"), "task"),
            id => (id, "task_id"),
        };
        for (key, empty) in [("case", cell("case")), ("by", cell("by")), (task_col, task)] {
            if empty.is_empty() {
                problems
                    .push(origin(key).say(&crate::tr!("monthly-empty-cell", name = header(key))));
            }
        }
        let at = ["case", "by", "progress", "date"]
            .into_iter()
            .map(|k| (k, origin(k)))
            .chain([("task", origin(task_col))])
            .collect();
        if cell("case").is_empty() || cell("by").is_empty() || task.is_empty() {
            continue;
        }
        entries.push(Entry {
            at,
            case: cell("case").to_string(),
            task: task.to_string(),
            by: cell("by").to_string(),
            text: progress.to_string(),
            date: row_date,
        });
    }
    Ok((months, entries, problems))
}

/// How a column is named in messages: its letter in a workbook, its header in a CSV file.
fn column_name(table: &Table, index: usize) -> String {
    if table.letters {
        letter(index)
    } else {
        table
            .header
            .get(index)
            .cloned()
            .unwrap_or_else(|| (index + 1).to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_lettered_as_in_a_spreadsheet() {
        assert_eq!(letter(0), "A");
        assert_eq!(letter(25), "Z");
        assert_eq!(letter(26), "AA");
        assert_eq!(letter(27), "AB");
    }

    #[test]
    fn headers_match_in_either_language_and_without_marks() {
        assert_eq!(column_of("progress"), Some("progress"));
        assert_eq!(column_of("Postęp"), Some("progress"));
        assert_eq!(column_of("POSTEP"), Some("progress"));
        assert_eq!(column_of("miesiąc"), Some("month"));
        assert_eq!(column_of("nonsense"), None);
    }

    #[test]
    fn the_editor_sheet_reads_filled_lines_only() {
        let text = "# head\n2026-001 1.1 sp-1: \n2026-001 1.2 sp-1: went well: twice\n\nbad line\n";
        let (entries, problems) = parse_editor_sheet(text, "sheet");
        assert_eq!(problems.len(), 1);
        assert!(problems[0].1.contains("line 5, column 1"), "{problems:?}");
        assert_eq!(entries.len(), 1);
        assert_eq!(entries[0].text, "went well: twice");
        assert_eq!(entries[0].task, "1.2");
    }
}
