//! `koop doc`: the model's documents filled from the records, as Markdown, HTML or PDF.

use std::path::{Path, PathBuf};

use clap::{Args, Subcommand, ValueEnum};
use serde_json::Value;

use super::Ctx;
use super::caseutil::{find_case, need_personal, today};
use super::output::{ListFormat, print_csv_json, print_json, print_table};
use crate::doc::{self, Subject, context, templates};
use crate::error::{Error, Result};
use crate::model::{Date, Month};
use crate::store::{self, Store};

/// Output of a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum DocFormat {
    /// Markdown, readable as plain text and in any Markdown viewer.
    #[default]
    Md,
    /// One self-contained HTML file with print styles.
    Html,
    /// A PDF for printing and signing (A4, fonts embedded).
    Pdf,
    /// The data the templates are filled from, for writing your own templates.
    Json,
}

impl DocFormat {
    /// The format a file name's extension names.
    fn of_file(path: &Path) -> Option<DocFormat> {
        match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
            "md" | "markdown" => Some(DocFormat::Md),
            "html" | "htm" => Some(DocFormat::Html),
            "pdf" => Some(DocFormat::Pdf),
            "json" => Some(DocFormat::Json),
            _ => None,
        }
    }

    /// Its name on the command line (`--format pdf`).
    pub(crate) fn name(self) -> String {
        self.to_possible_value()
            .map(|v| v.get_name().to_string())
            .unwrap_or_default()
    }

    /// The format asked for: --format, or what -o's extension names, or Markdown; both
    /// given must agree.
    pub(crate) fn resolve(asked: Option<DocFormat>, output: Option<&Path>) -> Result<DocFormat> {
        let named = output
            .filter(|p| p.as_os_str() != "-")
            .and_then(|p| DocFormat::of_file(p).map(|f| (p, f)));
        match (asked, named) {
            (Some(a), Some((p, n))) if a != n => Err(Error::user(crate::tr!(
                "doc-format-mismatch",
                path = p.display(),
                named = n.name(),
                format = a.name()
            ))
            .hint(crate::tr!("doc-format-mismatch-hint", format = a.name()))),
            (Some(a), _) => Ok(a),
            (None, Some((_, n))) => Ok(n),
            (None, None) => Ok(DocFormat::Md),
        }
    }
}

/// The agreement wording of `porozumienie`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum Variant {
    /// zał. 5: PZK with a GGK of workers.
    #[default]
    #[value(name = "5")]
    PzkGgk,
    /// zał. 3: a partnership agreement listing the parties.
    #[value(name = "3")]
    Partnership,
}

/// `koop doc …`
#[derive(Debug, Subcommand)]
pub enum DocCommand {
    List(ListArgs),
    Templates(TemplatesArgs),
    #[command(name = "zgloszenie-rops")]
    ZgloszenieRops(DocArgs),
    Porozumienie(DocArgs),
    Karta(DocArgs),
    Monitoring(DocArgs),
    Zaproszenie(DocArgs),
    #[command(name = "lista-obecnosci")]
    ListaObecnosci(DocArgs),
    Protokol(DocArgs),
    Efekty(DocArgs),
    #[command(name = "lista-uslug")]
    ListaUslug(DocArgs),
}

/// Arguments of `koop doc list`.
#[derive(Debug, Args)]
pub struct ListArgs {
    #[arg(long, value_enum, default_value_t)]
    pub format: ListFormat,
}

/// Arguments of `koop doc templates`.
#[derive(Debug, Args)]
pub struct TemplatesArgs {
    #[arg(long, value_name = "DIR")]
    pub export: Option<PathBuf>,
    #[arg(long, requires = "export")]
    pub force: bool,
}

/// Arguments of each document.
#[derive(Debug, Args)]
pub struct DocArgs {
    #[arg(add = clap_complete::ArgValueCandidates::new(crate::complete::records))]
    pub id: Option<String>,
    #[arg(long, value_enum)]
    pub format: Option<DocFormat>,
    #[arg(short = 'o', long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    #[arg(long)]
    pub force: bool,
    #[arg(long)]
    #[arg(value_name = "YYYY-MM")]
    pub month: Option<Month>,
    #[arg(long, value_enum)]
    pub variant: Option<Variant>,
    #[arg(long)]
    #[arg(value_name = "YYYY-MM-DD")]
    pub date: Option<Date>,
    #[arg(long)]
    pub reveal: bool,
    #[arg(long, requires = "reveal")]
    pub purpose: Option<String>,
    #[arg(long, value_name = "DATE")]
    #[arg(value_name = "YYYY-MM-DD")]
    pub evaluation: Option<Date>,
    #[arg(long, conflicts_with_all = ["id", "reveal", "month", "evaluation"])]
    pub blank: bool,
}

/// Dispatches `koop doc …`.
pub fn run(ctx: &mut Ctx, cmd: DocCommand) -> Result<i32> {
    let (kind, args) = match cmd {
        DocCommand::List(args) => return list(ctx, &args),
        DocCommand::Templates(args) => return list_templates(ctx, &args),
        DocCommand::ZgloszenieRops(a) => ("zgloszenie-rops", a),
        DocCommand::Porozumienie(a) => ("porozumienie", a),
        DocCommand::Karta(a) => ("karta", a),
        DocCommand::Monitoring(a) => ("monitoring", a),
        DocCommand::Zaproszenie(a) => ("zaproszenie", a),
        DocCommand::ListaObecnosci(a) => ("lista-obecnosci", a),
        DocCommand::Protokol(a) => ("protokol", a),
        DocCommand::Efekty(a) => ("efekty", a),
        DocCommand::ListaUslug(a) => ("lista-uslug", a),
    };
    render(ctx, doc::kind(kind)?, &args)
}

fn list(ctx: &mut Ctx, args: &ListArgs) -> Result<i32> {
    // What the ID names, as the JSON says it; the table says it in the language in use.
    let id = |k: &doc::Kind| match k.subject {
        Subject::Repo => "",
        Subject::Person => "[PERSON]",
        Subject::Team => "TEAM",
        Subject::Case => "CASE",
        Subject::Meeting => "MEETING",
    };
    match args.format {
        ListFormat::Table => {
            let rows: Vec<Vec<String>> = doc::KINDS
                .iter()
                .map(|k| {
                    let shown = match k.subject {
                        Subject::Repo => String::new(),
                        Subject::Person => crate::tr!("doc-id-person"),
                        Subject::Team => crate::tr!("doc-id-team"),
                        Subject::Case => crate::tr!("doc-id-case"),
                        Subject::Meeting => crate::tr!("doc-id-meeting"),
                    };
                    vec![k.name.to_string(), shown, k.source_note(), k.about()]
                })
                .collect();
            let header = [
                crate::tr!("doc-column-document"),
                crate::tr!("doc-column-id"),
                crate::tr!("doc-column-source"),
                crate::tr!("doc-column-what"),
            ];
            print_table(ctx.ui, &header.each_ref().map(String::as_str), rows);
        }
        ListFormat::Json | ListFormat::Csv => {
            let items: Vec<Value> = doc::KINDS
                .iter()
                .map(|k| {
                    serde_json::json!({ "name": k.name, "id": id(k), "source": k.source_note(), "about": k.about() })
                })
                .collect();
            if args.format == ListFormat::Csv {
                print_csv_json(ctx.ui, &["name", "id", "source", "about"], &items);
            } else {
                print_json(ctx.ui, &Value::Array(items))
            }
        }
    }
    Ok(0)
}

fn list_templates(ctx: &mut Ctx, args: &TemplatesArgs) -> Result<i32> {
    if let Some(dir) = &args.export {
        let dir = ctx.cwd.join(dir);
        // Check every file first so an export never stops halfway.
        if !args.force {
            let existing: Vec<&str> = templates::BUILTIN
                .iter()
                .filter(|(n, _)| dir.join(n).exists())
                .map(|(n, _)| *n)
                .collect();
            if !existing.is_empty() {
                return Err(Error::user(crate::tr!(
                    "doc-templates-exist",
                    dir = dir.display(),
                    files = existing.join(", ")
                ))
                .hint(crate::tr!("doc-templates-exist-hint")));
            }
        }
        for (name, text) in templates::BUILTIN {
            store::write::write_file(&dir.join(name), text.as_bytes())?;
        }
        ctx.ui.note(&crate::tr!(
            "doc-templates-exported",
            n = templates::BUILTIN.len(),
            dir = dir.display(),
            folder = templates::DIR
        ));
        return Ok(0);
    }
    let root = store::find_root(&ctx.cwd);
    let overrides = root
        .as_deref()
        .map(templates::overrides)
        .unwrap_or_default();
    let mut rows: Vec<Vec<String>> = templates::BUILTIN
        .iter()
        .map(|(n, _)| {
            let origin = if overrides.iter().any(|o| o == n) {
                format!("{}/{n}", templates::DIR)
            } else {
                crate::tr!("doc-template-built-in")
            };
            vec![n.to_string(), origin]
        })
        .collect();
    for o in &overrides {
        if !templates::BUILTIN.iter().any(|(n, _)| n == o) {
            // A per-format template from before one template served Markdown and HTML.
            let replaces = o
                .rsplit_once('.')
                .filter(|(_, ext)| matches!(*ext, "md" | "html"))
                .map(|(stem, ext)| (doc::text_template(stem), ext))
                .filter(|(jinja, _)| templates::BUILTIN.iter().any(|(n, _)| n == jinja));
            let from = match replaces {
                Some((jinja, ext)) => crate::tr!(
                    "doc-template-own-replaces",
                    path = format!("{}/{o}", templates::DIR),
                    template = jinja,
                    format = ext
                ),
                None => crate::tr!("doc-template-own", path = format!("{}/{o}", templates::DIR)),
            };
            rows.push(vec![o.clone(), from]);
        }
    }
    let header = [
        crate::tr!("doc-column-template"),
        crate::tr!("doc-column-from"),
    ];
    print_table(ctx.ui, &header.each_ref().map(String::as_str), rows);
    Ok(0)
}

/// Options of `koop doc` that only some documents take: (option, the documents). The help
/// shows each only on those documents, and the others refuse it.
pub const OPTIONS: &[(&str, &[&str])] = &[
    ("month", &["monitoring"]),
    ("variant", &["porozumienie"]),
    ("reveal", &["karta", "monitoring"]),
    ("force", &["karta", "monitoring"]),
    ("purpose", &["karta", "monitoring"]),
    ("evaluation", &["karta"]),
];

/// Builds the data for a document kind.
/// A case, a meeting and a team with nothing in them, for `--blank`.
const BLANK_CASE: &str = "id = \"\"\nkind = \"family\"\nstatus = \"referred\"\n[referral]\ndate = 2000-01-01\ninstitution = \"\"\n";
const BLANK_MEETING: &str = "team = \"\"\nkind = \"working\"\ndate = 2000-01-03\nstart = \"10:00\"\nend = \"11:00\"\nplace = \"\"\n";
const BLANK_TEAM: &str = "kind = \"pzk\"\nname = \"\"\n";

/// `--blank`: the form with nothing filled in. The document's data is made from an empty
/// record of its kind and then emptied, so every field prints as a blank to fill by hand;
/// only the unit (the gmina or powiat) stays.
fn blank_data(store: &Store, kind: &doc::Kind, today: Date) -> Result<Value> {
    use crate::store::{CaseRec, Rec};
    fn parse<T: serde::de::DeserializeOwned>(text: &str) -> Result<T> {
        toml::from_str(text)
            .map_err(|e| Error::user(crate::tr!("doc-blank-failed")).caused_by(e.to_string()))
    }
    fn rec<T>(value: T) -> Rec<T> {
        Rec {
            id: "blank".into(),
            path: "".into(),
            parent: None,
            value,
        }
    }
    let mut s = store.clone();
    let value = match kind.name {
        "karta" | "monitoring" => {
            s.cases = vec![CaseRec {
                dir: "blank".into(),
                case: rec(parse(BLANK_CASE)?),
                members: None,
                diagnosis: None,
                plan: None,
                monitoring: Vec::new(),
                evaluations: Vec::new(),
                broken: Default::default(),
                locked: Default::default(),
                deferred: Default::default(),
                names: Vec::new(),
            }];
            let c = &s.cases[0];
            if kind.name == "karta" {
                context::karta(&s, c, today, true, None)
            } else {
                context::monitoring(&s, c, Month::of(today), today, true)
            }
        }
        "zaproszenie" | "lista-obecnosci" | "protokol" => {
            s.meetings = vec![rec(parse(BLANK_MEETING)?)];
            context::meeting(&s, "blank", today)?
        }
        "porozumienie" => {
            s.teams = vec![rec(parse(BLANK_TEAM)?)];
            context::porozumienie(&s, "blank", today)?
        }
        "zgloszenie-rops" => context::zgloszenie_rops(&s, None, today)?,
        other => {
            return Err(Error::user(crate::tr!("doc-no-blank", name = other))
                .hint(crate::tr!("doc-no-blank-hint")));
        }
    };
    let unit = value.get("unit").cloned();
    let mut out = hollow(value);
    if let Some(unit) = unit {
        out["unit"] = unit;
    }
    out["blank"] = true.into();
    Ok(out)
}

/// The same shape with nothing in it: text and numbers become null, lists empty.
fn hollow(value: Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(map.into_iter().map(|(k, v)| (k, hollow(v))).collect()),
        Value::Array(_) => Value::Array(Vec::new()),
        Value::Bool(_) => Value::Bool(false),
        _ => Value::Null,
    }
}

fn data(store: &Store, kind: &doc::Kind, args: &DocArgs, today: Date) -> Result<(Value, String)> {
    if args.blank {
        return Ok((blank_data(store, kind, today)?, "blank".to_string()));
    }
    let needs = |what: &str, list: &str| {
        args.id
            .as_deref()
            .ok_or_else(|| context::needs_id(kind.name, what, list))
    };
    if let (Subject::Repo, Some(id)) = (kind.subject, &args.id) {
        return Err(
            Error::user(crate::tr!("doc-takes-no-id", name = kind.name, id = id))
                .hint(crate::tr!("doc-takes-no-id-hint", name = kind.name)),
        );
    }
    let given = [
        ("month", args.month.is_some()),
        ("reveal", args.reveal),
        ("evaluation", args.evaluation.is_some()),
        ("variant", args.variant.is_some()),
    ];
    for (option, kinds) in OPTIONS {
        if given.contains(&(option, true)) && !kinds.contains(&kind.name) {
            let to: Vec<String> = kinds.iter().map(|k| format!("`koop doc {k}`")).collect();
            let to = match to.split_last() {
                Some((last, rest)) if !rest.is_empty() => {
                    crate::tr!("doc-list-and", items = rest.join(", "), last = last)
                }
                _ => to.join(", "),
            };
            return Err(Error::user(if *option == "reveal" {
                crate::tr!("doc-reveal-elsewhere", to = to, name = kind.name)
            } else {
                crate::tr!(
                    "doc-option-elsewhere",
                    option = *option,
                    to = to,
                    name = kind.name
                )
            }));
        }
    }
    Ok(match kind.name {
        "zgloszenie-rops" => (
            context::zgloszenie_rops(store, args.id.as_deref(), today)?,
            String::new(),
        ),
        "porozumienie" => {
            let id = needs("team", "koop team list")?;
            (context::porozumienie(store, id, today)?, id.to_string())
        }
        "karta" => {
            let case = find_case(store, needs("case", "koop case list")?)?;
            if args.reveal {
                need_personal(case, "members")?;
                need_personal(case, "diagnosis")?;
            }
            (
                {
                    let evaluation = args.evaluation.map(|d| d.to_string());
                    if let Some(day) = &evaluation
                        && !case.evaluations.iter().any(|e| &e.key == day)
                    {
                        let known: Vec<&str> =
                            case.evaluations.iter().map(|e| e.key.as_str()).collect();
                        return Err(Error::user(crate::tr!(
                            "doc-no-evaluation",
                            case = case.id(),
                            day = day
                        ))
                        .hint(if known.is_empty() {
                            crate::tr!("doc-no-evaluation-yet")
                        } else {
                            crate::tr!("doc-evaluations", days = known.join(", "))
                        }));
                    }
                    context::karta(store, case, today, args.reveal, evaluation.as_deref())
                },
                case.id().to_string(),
            )
        }
        "monitoring" => {
            let case = find_case(store, needs("case", "koop case list")?)?;
            let month = args.month.unwrap_or_else(|| Month::of(today).prev());
            if args.reveal {
                need_personal(case, "members")?;
            }
            (
                context::monitoring(store, case, month, today, args.reveal),
                format!("{}-{month}", case.id()),
            )
        }
        "zaproszenie" | "lista-obecnosci" | "protokol" => {
            let id = needs("meeting", "koop meeting list")?;
            (context::meeting(store, id, today)?, id.to_string())
        }
        "lista-uslug" => (context::lista_uslug(store, today), String::new()),
        _ => (context::efekty(store, today), String::new()),
    })
}

fn render(ctx: &mut Ctx, kind: &doc::Kind, args: &DocArgs) -> Result<i32> {
    let format = DocFormat::resolve(args.format, args.output.as_deref())?;
    output_folder_exists(ctx, args.output.as_deref())?;
    // A case's document reads that case and what it refers to, not every case; a meeting's,
    // a team's, the report to ROPS and the list of services read no case at all.
    let store = match (kind.subject, args.id.as_deref()) {
        (doc::Subject::Case, Some(id)) => ctx.load_case(id)?,
        (doc::Subject::Meeting | doc::Subject::Team | doc::Subject::Person, _) => {
            ctx.load_shared(&Default::default())?
        }
        (doc::Subject::Repo, _) if kind.name == "lista-uslug" => {
            ctx.load_shared(&Default::default())?
        }
        // The effects are figures, which count no monitoring.
        (doc::Subject::Repo, _) if kind.name == "efekty" => ctx.load_for_figures()?,
        _ => ctx.load()?,
    };
    let today = match args.date {
        Some(d) => d,
        None => today()?,
    };
    let (mut data, id) = data(&store, kind, args, today)?;
    if let Some(d) = args.date {
        // --date is the date printed on the form, also where a form would take it from the
        // records (zał. 6 prints the plan's adoption date otherwise).
        data["date"] = crate::doc::polish::date(d).into();
    }
    let template = match (kind.name, args.variant) {
        ("porozumienie", Some(Variant::Partnership)) => "porozumienie-3".to_string(),
        _ => kind.name.to_string(),
    };
    let bytes = render_bytes(&store.root, &template, format, &data, today)?;
    let output = match &args.output {
        Some(p) if p.as_os_str() == "-" => None,
        Some(p) => Some(ctx.cwd.join(p)),
        None if format == DocFormat::Pdf => {
            let name = if id.is_empty() {
                format!("{}.pdf", kind.name)
            } else {
                format!("{}-{id}.pdf", kind.name)
            };
            Some(ctx.cwd.join(name))
        }
        None => None,
    };
    let inside = match &output {
        Some(path) => may_write(ctx, &store.root, path, args.reveal, args.force)?,
        None => false,
    };
    // Personal data written to a file is given out of the encrypted records: the register
    // keeps that it was (docs/privacy.md, "The disclosure register").
    if args.reveal
        && let Some(path) = &output
    {
        let case = find_case(&store, args.id.as_deref().unwrap_or_default())?;
        let categories = if kind.name == "karta" {
            vec![
                crate::model::Category::Identity,
                crate::model::Category::Diagnosis,
            ]
        } else {
            vec![crate::model::Category::Identity]
        };
        let entry = super::share::Entry {
            date: today,
            act: crate::model::disclosure::Act::Reveal,
            case: case.dir.clone(),
            number: case.id().to_string(),
            to: None,
            categories,
            purpose: args.purpose.clone(),
            document: Some(kind.name.to_string()),
            format: Some(format.name()),
        };
        super::share::register(ctx, entry, Some(&shown(&ctx.cwd, path)))?;
    }
    deliver(ctx, output.as_deref(), &bytes, args.reveal && inside)
}

/// A document in `format`: the data as JSON, or the template `name` (`name.jinja`,
/// `name.typ`) filled with it; `day` dates the PDF.
pub(crate) fn render_bytes(
    root: &Path,
    name: &str,
    format: DocFormat,
    data: &serde_json::Value,
    day: crate::model::Date,
) -> Result<Vec<u8>> {
    Ok(match format {
        DocFormat::Json => {
            let mut text = serde_json::to_string_pretty(data)
                .map_err(|e| Error::user(crate::tr!("doc-serialise")).caused_by(e.to_string()))?;
            text.push('\n');
            text.into_bytes()
        }
        DocFormat::Md | DocFormat::Html => {
            doc::render_text(root, name, format == DocFormat::Html, data)?.into_bytes()
        }
        DocFormat::Pdf => doc::pdf::render(root, &format!("{name}.typ"), data, day)?,
    })
}

/// The folder `-o FILE` writes into must exist: a mistyped path is not created silently.
pub(crate) fn output_folder_exists(ctx: &Ctx, output: Option<&Path>) -> Result<()> {
    if let Some(p) = output.filter(|p| p.as_os_str() != "-") {
        let dir = ctx.cwd.join(p);
        let dir = dir.parent().unwrap_or(Path::new("."));
        if !dir.is_dir() {
            return Err(
                Error::user(crate::tr!("doc-no-folder", dir = shown(&ctx.cwd, dir)))
                    .hint(crate::tr!("doc-no-folder-hint")),
            );
        }
    }
    Ok(())
}

/// Whether a document may be written to `path` (`Ok(inside)`: whether it lands inside the
/// repository): personal data in plain text lands inside the repository only where git
/// ignores it (`koop init` ignores *.pdf and *.html), or when the user insists.
pub(crate) fn may_write(
    ctx: &Ctx,
    root: &Path,
    path: &Path,
    personal: bool,
    force: bool,
) -> Result<bool> {
    // Compared as absolute paths: `-C DIR` and `-o` may both be relative.
    let real = |p: &Path| {
        let dir = p.parent().and_then(|d| std::fs::canonicalize(d).ok());
        match (dir, p.file_name()) {
            (Some(d), Some(n)) => d.join(n),
            _ => p.to_path_buf(),
        }
    };
    let canonical = std::fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf());
    let inside = real(path).starts_with(&canonical);
    if personal && inside && !force && !git_ignores(root, path) {
        return Err(
            Error::user(crate::tr!("doc-plain-inside", path = shown(&ctx.cwd, path)))
                .hint(crate::tr!("doc-plain-inside-hint")),
        );
    }
    Ok(inside)
}

/// Writes a document to `path`, or to standard output.
pub(crate) fn deliver(ctx: &mut Ctx, path: Option<&Path>, bytes: &[u8], warn: bool) -> Result<i32> {
    match path {
        Some(path) => {
            store::write::write_file(path, bytes)?;
            ctx.ui
                .note(&crate::tr!("doc-wrote", path = shown(&ctx.cwd, path)));
            if warn {
                ctx.ui.warn(&crate::tr!(
                    "doc-plain-written",
                    path = shown(&ctx.cwd, path)
                ));
            }
        }
        None => ctx.ui.print_bytes(bytes),
    }
    Ok(0)
}

/// Whether git ignores `path` in the repository at `root`: `git check-ignore` says (0: it
/// does, 1: it does not); where git cannot tell (no git, not yet a git repository), the
/// repository's own `.gitignore` decides by its file-name patterns (`*.pdf`).
fn git_ignores(root: &Path, path: &Path) -> bool {
    let asked = std::process::Command::new("git")
        .arg("-C")
        .arg(root)
        .args(["check-ignore", "-q", "--no-index", "--"])
        .arg(path)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status();
    match asked.ok().and_then(|s| s.code()) {
        Some(0) => true,
        Some(1) => false,
        _ => {
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            std::fs::read_to_string(root.join(".gitignore"))
                .unwrap_or_default()
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#') && !l.contains('/'))
                .any(|pattern| wildcard(pattern, name))
        }
    }
}

/// A .gitignore file-name pattern with `*` wildcards against a file name.
fn wildcard(pattern: &str, name: &str) -> bool {
    match pattern.split_once('*') {
        None => pattern == name,
        Some((head, rest)) => {
            let Some(tail) = name.strip_prefix(head) else {
                return false;
            };
            (0..=tail.len())
                .filter(|i| tail.is_char_boundary(*i))
                .any(|i| wildcard(rest, &tail[i..]))
        }
    }
}

/// A path as the user would type it: relative to where koop runs when it is inside.
pub(crate) fn shown(cwd: &Path, path: &Path) -> String {
    path.strip_prefix(cwd).unwrap_or(path).display().to_string()
}

#[cfg(test)]
mod tests {
    use super::wildcard;

    #[test]
    fn gitignore_wildcards_match_file_names() {
        assert!(wildcard("*.pdf", "karta-2026-001.pdf"));
        assert!(wildcard(".koop-*.tmp", ".koop-ab.tmp"));
        assert!(wildcard("notes.md", "notes.md"));
        assert!(!wildcard("*.pdf", "karta.md"));
        assert!(!wildcard("*.pdf", "karta.pdf.md"));
        assert!(wildcard("*", "żółw.md"));
    }
}
