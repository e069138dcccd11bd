//! `koop region …`: the ROPS's view over many gmina and powiat repositories. A workspace
//! (`koop-region.toml`) lists them, as local folders or git remotes cloned under `repos/`;
//! status, check and stats run across all of them in parallel, each loaded without
//! decrypting anything, so that no family's key is ever needed (docs/region.md).

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use clap::{Args, Subcommand};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value, json};

use super::Ctx;
use super::caseutil::today;
use super::output::{ListFormat, print_csv, print_csv_json, print_json, print_table};
use crate::diag::Severity;
use crate::error::{Error, Result};
use crate::model::Date;
use crate::model::case::Status;
use crate::report::stats::{self, Period};
use crate::store::{self, Store};

/// The workspace file.
pub const REGION_FILE: &str = "koop-region.toml";
/// Where remotes are cloned, under the workspace.
const REPOS_DIR: &str = "repos";

/// `koop region …`
#[derive(Debug, Subcommand)]
pub enum RegionCommand {
    Init(InitArgs),
    Add(AddArgs),
    List(FormatArgs),
    Pull,
    Status(FormatArgs),
    Check(FormatArgs),
    Stats(StatsArgs),
    #[command(subcommand)]
    Report(RegionReport),
}

/// `koop region report …`: lists the ROPS keeps from what the repositories hold, without
/// personal data.
#[derive(Debug, Subcommand)]
pub enum RegionReport {
    Services(ServicesArgs),
    Needs(FormatArgs),
}

/// Arguments of `koop region report services`.
#[derive(Debug, Args)]
pub struct ServicesArgs {
    #[arg(long, value_enum)]
    pub level: Option<crate::model::Level>,
    #[arg(long, value_enum, default_value_t)]
    pub format: ListFormat,
}

/// Arguments of `koop region init`.
#[derive(Debug, Args)]
pub struct InitArgs {
    pub dir: PathBuf,
    #[arg(long)]
    pub name: Option<String>,
}

/// Arguments of `koop region add`.
#[derive(Debug, Args)]
pub struct AddArgs {
    pub source: String,
    #[arg(long)]
    pub name: Option<String>,
    #[arg(long)]
    pub remote: bool,
}

/// Arguments of `koop region list|status|check`.
#[derive(Debug, Args)]
pub struct FormatArgs {
    #[arg(long, value_enum, default_value_t)]
    pub format: ListFormat,
}

/// Arguments of `koop region stats`.
#[derive(Debug, Args)]
pub struct StatsArgs {
    #[arg(long)]
    pub period: Option<String>,
    #[arg(long, value_enum, default_value_t)]
    pub format: ListFormat,
}

/// `koop-region.toml`.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Workspace {
    pub region: RegionInfo,
    #[serde(default, rename = "repository", skip_serializing_if = "Vec::is_empty")]
    pub repositories: Vec<Entry>,
}

/// `[region]`.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegionInfo {
    pub name: String,
}

/// One `[[repository]]`: a local folder (`path`, relative to the workspace or absolute) or a
/// git remote (`remote`, cloned into `repos/<name>`).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote: Option<String>,
}

impl Entry {
    /// Its name: given, or the last part of its path or remote (without `.git`).
    pub fn name(&self) -> String {
        if let Some(n) = &self.name {
            return n.clone();
        }
        let source = self
            .path
            .as_deref()
            .or(self.remote.as_deref())
            .unwrap_or("");
        let last = source
            .trim_end_matches(['/', '\\'])
            .rsplit(['/', '\\', ':'])
            .next()
            .unwrap_or(source);
        let last = last.strip_suffix(".git").unwrap_or(last);
        let slug = crate::model::id::slugify(last);
        if slug.is_empty() {
            "repository".to_string()
        } else {
            slug
        }
    }

    /// Where it is (or is cloned to) on this machine.
    fn folder(&self, ws: &Path) -> PathBuf {
        match &self.path {
            Some(p) => ws.join(p),
            None => ws.join(REPOS_DIR).join(self.name()),
        }
    }

    /// The path or the remote, as written.
    fn source(&self) -> String {
        self.path
            .clone()
            .or(self.remote.clone())
            .unwrap_or_default()
    }
}

/// Dispatches `koop region …`.
pub fn run(ctx: &mut Ctx, cmd: RegionCommand) -> Result<i32> {
    match cmd {
        RegionCommand::Init(args) => init(ctx, args),
        RegionCommand::Add(args) => add(ctx, args),
        RegionCommand::List(args) => list(ctx, args),
        RegionCommand::Pull => pull(ctx),
        RegionCommand::Status(args) => status(ctx, args),
        RegionCommand::Check(args) => check(ctx, args),
        RegionCommand::Stats(args) => stats_cmd(ctx, args),
        RegionCommand::Report(RegionReport::Services(args)) => services(ctx, args),
        RegionCommand::Report(RegionReport::Needs(args)) => needs(ctx, args),
    }
}

/// The workspace folder: the nearest at or above the current one holding koop-region.toml.
fn find_workspace(start: &Path) -> Result<PathBuf> {
    let start = start.canonicalize().unwrap_or_else(|_| start.to_path_buf());
    start
        .ancestors()
        .find(|d| d.join(REGION_FILE).is_file())
        .map(Path::to_path_buf)
        .ok_or_else(|| {
            Error::repo(crate::tr!(
                "region-not-a-workspace",
                file = REGION_FILE,
                path = start.display()
            ))
            .hint(crate::tr!("region-not-a-workspace-hint"))
        })
}

/// Reads the workspace file.
fn read_workspace(ws: &Path) -> Result<Workspace> {
    let path = ws.join(REGION_FILE);
    let text = std::fs::read_to_string(&path).map_err(|e| Error {
        // The workspace cannot be read: exit 2, as for a repository.
        kind: crate::error::Kind::Repo,
        ..Error::io("read", &path, &e)
    })?;
    toml::from_str(&text).map_err(|e| {
        Error::repo(crate::tr!("region-bad-file", path = path.display()))
            .caused_by(e.message().to_string())
    })
}

/// Writes the workspace file.
fn write_workspace(ws: &Path, w: &Workspace) -> Result<()> {
    let text = toml::to_string(w)
        .map_err(|e| Error::user(crate::tr!("commands-toml")).caused_by(e.to_string()))?;
    store::write::write_file(&ws.join(REGION_FILE), text.as_bytes())
}

fn init(ctx: &mut Ctx, args: InitArgs) -> Result<i32> {
    let dir = ctx.cwd.join(&args.dir);
    if dir.join(REGION_FILE).exists() {
        return Err(Error::user(crate::tr!(
            "region-init-exists",
            path = dir.join(REGION_FILE).display()
        )));
    }
    std::fs::create_dir_all(&dir).map_err(|e| Error::io("create", &dir, &e))?;
    let name = match args.name {
        Some(n) => super::required_text("--name", &n)?,
        None => dir
            .canonicalize()
            .ok()
            .and_then(|d| d.file_name().map(|n| n.to_string_lossy().into_owned()))
            .unwrap_or_else(|| "region".to_string()),
    };
    let w = Workspace {
        region: RegionInfo { name },
        repositories: Vec::new(),
    };
    write_workspace(&dir, &w)?;
    // Clones are local copies, not part of what the workspace file says.
    let ignore = dir.join(".gitignore");
    if !ignore.exists() {
        store::write::write_file(&ignore, format!("/{REPOS_DIR}/\n").as_bytes())?;
    }
    ctx.ui.line(&crate::tr!(
        "region-initialised",
        path = dir.join(REGION_FILE).display()
    ));
    Ok(0)
}

/// Whether `source` is a git URL rather than a folder.
fn is_url(source: &str) -> bool {
    if source.contains("://") {
        return true;
    }
    // scp-like `user@host:path`, not a Windows drive (`C:\…`).
    match source.split_once(':') {
        Some((host, _)) => host.contains('@') && !host.contains('/'),
        None => false,
    }
}

fn add(ctx: &mut Ctx, args: AddArgs) -> Result<i32> {
    let ws = find_workspace(&ctx.cwd)?;
    let mut w = read_workspace(&ws)?;
    let remote = args.remote || is_url(&args.source);
    let mut entry = if remote {
        Entry {
            name: None,
            path: None,
            remote: Some(args.source.trim().to_string()),
        }
    } else {
        let given = ctx.cwd.join(&args.source);
        let folder = given.canonicalize().map_err(|e| {
            Error::user(crate::tr!("region-add-no-folder", path = given.display()))
                .caused_by(e.to_string())
        })?;
        if !folder.join(store::CONFIG_FILE).is_file() {
            return Err(Error::user(crate::tr!(
                "region-add-not-koop",
                path = folder.display(),
                file = store::CONFIG_FILE
            ))
            .hint(crate::tr!("region-add-not-koop-hint")));
        }
        // Given as a relative path: kept relative to the workspace, so that the workspace
        // and its repositories can move together; an absolute one stays absolute.
        let ws_real = ws.canonicalize().unwrap_or_else(|_| ws.clone());
        let path = match relative(&folder, &ws_real) {
            Some(rel) if Path::new(&args.source).is_relative() => rel,
            _ => folder.to_string_lossy().into_owned(),
        };
        Entry {
            name: None,
            path: Some(path),
            remote: None,
        }
    };
    let name = match args.name {
        Some(n) => super::user_id("repository", &n)?,
        None => entry.name(),
    };
    if w.repositories.iter().any(|e| e.name() == name) {
        return Err(Error::user(crate::tr!("region-add-duplicate", name = name))
            .hint(crate::tr!("region-add-duplicate-hint")));
    }
    let real = |e: &Entry| {
        e.path
            .as_ref()
            .and_then(|_| e.folder(&ws).canonicalize().ok())
    };
    if let Some(same) = w
        .repositories
        .iter()
        .find(|e| e.source() == entry.source() || real(e).is_some() && real(e) == real(&entry))
    {
        return Err(Error::user(crate::tr!(
            "region-add-listed",
            source = entry.source(),
            name = same.name()
        )));
    }
    entry.name = Some(name.clone());
    w.repositories.push(entry);
    write_workspace(&ws, &w)?;
    ctx.ui.line(&crate::tr!("region-added", name = name));
    if remote {
        ctx.ui.note(&crate::tr!("region-added-remote-note"));
    }
    Ok(0)
}

/// `to` relative to the folder `from` (both absolute), `/`-separated; `None` when they share
/// no root (another drive).
fn relative(to: &Path, from: &Path) -> Option<String> {
    let a: Vec<_> = to.components().collect();
    let b: Vec<_> = from.components().collect();
    if a.first() != b.first() {
        return None;
    }
    let common = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let mut parts: Vec<String> = std::iter::repeat_n("..".to_string(), b.len() - common).collect();
    parts.extend(
        a[common..]
            .iter()
            .map(|c| c.as_os_str().to_string_lossy().into_owned()),
    );
    Some(if parts.is_empty() {
        ".".to_string()
    } else {
        parts.join("/")
    })
}

fn list(ctx: &mut Ctx, args: FormatArgs) -> Result<i32> {
    let ws = find_workspace(&ctx.cwd)?;
    let w = read_workspace(&ws)?;
    let mut entries = w.repositories.clone();
    entries.sort_by_key(Entry::name);
    match args.format {
        ListFormat::Json => {
            let items = entries
                .iter()
                .map(|e| {
                    json!({
                        "name": e.name(),
                        "path": e.path,
                        "remote": e.remote,
                        "folder": e.folder(&ws).to_string_lossy(),
                    })
                })
                .collect();
            print_json(
                ctx.ui,
                &json!({ "region": w.region.name, "repositories": Value::Array(items) }),
            );
        }
        ListFormat::Csv => {
            let rows: Vec<Vec<String>> = entries
                .iter()
                .map(|e| {
                    vec![
                        e.name(),
                        e.path.clone().unwrap_or_default(),
                        e.remote.clone().unwrap_or_default(),
                    ]
                })
                .collect();
            print_csv(ctx.ui, &["name", "path", "remote"], &rows);
        }
        ListFormat::Table => {
            if entries.is_empty() {
                ctx.ui.note(&crate::tr!("region-empty"));
                return Ok(0);
            }
            let rows = entries.iter().map(|e| vec![e.name(), e.source()]).collect();
            let headers = [
                crate::tr!("region-column-repository"),
                crate::tr!("region-column-source"),
            ];
            let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
            print_table(ctx.ui, &headers, rows);
        }
    }
    Ok(0)
}

/// Runs `work` on every entry in parallel, in name order, showing "n/N repositories…" on a
/// terminal once it takes more than a second.
fn across<T: Send>(entries: &[Entry], work: impl Fn(&Entry) -> T + Sync) -> Vec<(Entry, T)> {
    use std::io::{IsTerminal, Write};
    let mut entries = entries.to_vec();
    entries.sort_by_key(Entry::name);
    let total = entries.len();
    let done = AtomicUsize::new(0);
    let finished = AtomicBool::new(false);
    let terminal = std::io::stderr().is_terminal();
    std::thread::scope(|scope| {
        if terminal {
            scope.spawn(|| {
                let start = Instant::now();
                let mut shown = false;
                let mut last = None;
                while !finished.load(Ordering::Relaxed) {
                    std::thread::sleep(Duration::from_millis(100));
                    let n = done.load(Ordering::Relaxed);
                    if start.elapsed() >= Duration::from_secs(1) && last != Some(n) {
                        last = Some(n);
                        let text = crate::tr!("region-progress", n = n, total = total);
                        let mut err = std::io::stderr().lock();
                        let _ = write!(err, "\r{text}\x1b[K");
                        let _ = err.flush();
                        shown = true;
                    }
                }
                if shown {
                    let mut err = std::io::stderr().lock();
                    let _ = write!(err, "\r\x1b[K");
                    let _ = err.flush();
                }
            });
        }
        let out: Vec<(Entry, T)> = entries
            .into_par_iter()
            .map(|e| {
                let r = work(&e);
                done.fetch_add(1, Ordering::Relaxed);
                (e, r)
            })
            .collect();
        finished.store(true, Ordering::Relaxed);
        out
    })
}

/// An error as one line: its message, causes and hints.
fn one_line(e: &Error) -> String {
    let mut text = e.message.clone();
    for c in &e.causes {
        text.push_str(": ");
        text.push_str(c.lines().next().unwrap_or(""));
    }
    for h in &e.hints {
        text.push_str(&format!(" ({h})"));
    }
    text
}

/// What a region command reads of each repository.
#[derive(Clone, Copy)]
enum Reads {
    /// Every record (`region check`).
    All,
    /// Every record but the monthly monitoring, which no figure counts (`stats`, `status`).
    Figures,
    /// No case at all (`report services`, `report needs`).
    Shared,
}

/// Loads one repository without decrypting anything.
fn open(ws: &Path, entry: &Entry, reads: Reads) -> Result<Store> {
    let folder = entry.folder(ws);
    if !folder.is_dir() {
        let e = Error::repo(crate::tr!("region-missing", path = folder.display()));
        return Err(if entry.remote.is_some() {
            e.hint(crate::tr!("region-missing-pull-hint"))
        } else {
            e
        });
    }
    if !folder.join(store::CONFIG_FILE).is_file() {
        return Err(Error::repo(crate::tr!(
            "region-add-not-koop",
            path = folder.display(),
            file = store::CONFIG_FILE
        )));
    }
    let store = match reads {
        Reads::All => store::load::load_deferred(&folder)?,
        Reads::Figures => store::load::load_without_monitoring(&folder)?,
        Reads::Shared => store::load::load_shared(&folder, &Default::default())?,
    };
    store.config()?;
    Ctx::refuse_outdated(&store)?;
    Ok(store)
}

/// Reports the repositories that failed on standard error; returns how many.
fn report_failures<T>(ctx: &mut Ctx, rows: &[(Entry, Result<T>)]) -> usize {
    let mut n = 0;
    for (e, r) in rows {
        if let Err(err) = r {
            n += 1;
            ctx.ui.warn(&crate::tr!(
                "region-failed",
                name = e.name(),
                error = one_line(err)
            ));
        }
    }
    n
}

/// Loads the workspace's entries, failing when there are none.
fn entries(ctx: &Ctx) -> Result<(PathBuf, Workspace)> {
    let ws = find_workspace(&ctx.cwd)?;
    let w = read_workspace(&ws)?;
    if w.repositories.is_empty() {
        return Err(Error::user(crate::tr!("region-empty")).hint(crate::tr!("region-empty-hint")));
    }
    Ok((ws, w))
}

/// The exit code: 2 when a repository could not be read or fetched, else `code`.
fn exit(failed: usize, code: i32) -> i32 {
    if failed > 0 { 2 } else { code }
}

fn pull(ctx: &mut Ctx) -> Result<i32> {
    let (ws, w) = entries(ctx)?;
    let rows = across(&w.repositories, |e| pull_one(&ws, e));
    let failed = report_failures(ctx, &rows);
    let mut lines = Vec::new();
    for (e, r) in &rows {
        let word = match r {
            Ok(Pulled::Cloned) => crate::tr!("region-pull-cloned"),
            Ok(Pulled::Updated) => crate::tr!("region-pull-updated"),
            Ok(Pulled::Local) => crate::tr!("region-pull-local"),
            Err(_) => crate::tr!("region-pull-failed"),
        };
        lines.push(vec![e.name(), word]);
    }
    let headers = [
        crate::tr!("region-column-repository"),
        crate::tr!("region-column-pull"),
    ];
    let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
    print_table(ctx.ui, &headers, lines);
    Ok(exit(failed, 0))
}

/// What `koop region pull` did with one repository.
enum Pulled {
    Cloned,
    Updated,
    Local,
}

fn pull_one(ws: &Path, e: &Entry) -> Result<Pulled> {
    let Some(remote) = &e.remote else {
        return Ok(Pulled::Local);
    };
    let dest = e.folder(ws);
    if dest.join(".git").exists() {
        store::git::run_ok(&dest, &["pull", "--ff-only", "--quiet"])?;
        return Ok(Pulled::Updated);
    }
    let parent = ws.join(REPOS_DIR);
    std::fs::create_dir_all(&parent).map_err(|err| Error::io("create", &parent, &err))?;
    let name = e.name();
    store::git::run_ok(&parent, &["clone", "--quiet", "--", remote, &name])?;
    Ok(Pulled::Cloned)
}

/// The figures `koop region status` shows of one repository.
fn status_of(store: &Store, today: Date) -> Value {
    let config = store.config.as_ref();
    let mut by_status: Map<String, Value> = Map::new();
    for s in Status::ALL {
        let n = store.cases.iter().filter(|c| c.status() == *s).count();
        by_status.insert(s.as_str().to_string(), json!(n));
    }
    let course = store.cycles.last().map(|cycle| {
        let states = super::model::cycle_states(store, cycle, today);
        let (stages, _) = crate::model::course::course(cycle.value.kind);
        let open: Vec<&str> = states
            .iter()
            .filter(|(_, s)| s.open())
            .map(|(s, _)| s.id)
            .collect();
        let stage = states
            .iter()
            .find(|(_, s)| s.open())
            .map(|(s, _)| stages[s.stage].number);
        let late = states
            .iter()
            .filter(|(_, s)| matches!(s, crate::model::course::StepState::Late(_)))
            .count();
        json!({
            "cycle": cycle.id,
            "stage": stage,
            "next_step": open.first(),
            "steps_late": late,
        })
    });
    let last_change = store::git::run(&store.root, &["log", "-1", "--format=%cs", "--", "."])
        .ok()
        .filter(|o| o.status.success())
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .filter(|s| !s.is_empty());
    json!({
        "kind": config.map(|c| c.unit.kind.as_str()),
        "unit": config.map(|c| c.unit.name.clone()),
        "course": course,
        "cases": store.cases.len(),
        "by_status": by_status,
        "last_change": last_change,
    })
}

fn status(ctx: &mut Ctx, args: FormatArgs) -> Result<i32> {
    let (ws, w) = entries(ctx)?;
    let today = today()?;
    let rows = across(&w.repositories, |e| {
        open(&ws, e, Reads::Figures).map(|store| status_of(&store, today))
    });
    let failed = report_failures(ctx, &rows);
    let num = |v: &Value| v.as_u64().map(|n| n.to_string()).unwrap_or_default();
    let text = |v: &Value| v.as_str().unwrap_or("").to_string();
    match args.format {
        ListFormat::Json => {
            let items: Vec<Value> = rows.iter().map(|(e, r)| item(e, r)).collect();
            print_json(
                ctx.ui,
                &json!({ "region": w.region.name, "repositories": items }),
            );
        }
        ListFormat::Csv | ListFormat::Table => {
            let csv = args.format == ListFormat::Csv;
            let mut out = Vec::new();
            for (e, r) in &rows {
                let mut row = vec![e.name()];
                match r {
                    Ok(v) => {
                        row.push(text(&v["kind"]));
                        row.push(text(&v["unit"]));
                        row.push(text(&v["course"]["stage"]));
                        row.push(text(&v["course"]["next_step"]));
                        row.push(num(&v["course"]["steps_late"]));
                        row.push(num(&v["cases"]));
                        for s in ["referred", "qualified", "active", "closed"] {
                            row.push(num(&v["by_status"][s]));
                        }
                        row.push(text(&v["last_change"]));
                        if csv {
                            row.push(String::new());
                        }
                    }
                    Err(err) => {
                        if csv {
                            row.extend(std::iter::repeat_n(String::new(), 11));
                            row.push(one_line(err));
                        } else {
                            row.push(crate::tr!("region-error-cell"));
                            row.extend(std::iter::repeat_n(String::new(), 10));
                        }
                    }
                }
                out.push(row);
            }
            if csv {
                let header = [
                    "repository",
                    "kind",
                    "unit",
                    "stage",
                    "next_step",
                    "steps_late",
                    "cases",
                    "referred",
                    "qualified",
                    "active",
                    "closed",
                    "last_change",
                    "error",
                ];
                print_csv(ctx.ui, &header, &out);
            } else {
                let headers = [
                    crate::tr!("region-column-repository"),
                    crate::tr!("region-column-kind"),
                    crate::tr!("region-column-unit"),
                    crate::tr!("region-column-stage"),
                    crate::tr!("region-column-next-step"),
                    crate::tr!("region-column-steps-late"),
                    crate::tr!("region-column-cases"),
                    crate::tr!("region-column-referred"),
                    crate::tr!("region-column-qualified"),
                    crate::tr!("region-column-active"),
                    crate::tr!("region-column-closed"),
                    crate::tr!("region-column-last-change"),
                ];
                let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
                print_table(ctx.ui, &headers, out);
            }
        }
    }
    Ok(exit(failed, 0))
}

/// `koop region report services`: the regional list of activities and services (step 1.5):
/// every repository's list, one row per service, by repository and ID.
fn services(ctx: &mut Ctx, args: ServicesArgs) -> Result<i32> {
    let (ws, w) = entries(ctx)?;
    let rows = across(&w.repositories, |e| {
        open(&ws, e, Reads::Shared).map(|store| {
            let unit = store.config.as_ref().map(|c| c.unit.name.clone());
            store
                .services
                .iter()
                .filter(|s| args.level.is_none_or(|l| s.value.level == l))
                .map(|s| {
                    let provider = store.institution(s.value.provider.get_ref()).map_or_else(
                        || s.value.provider.get_ref().clone(),
                        |i| i.value.name.clone(),
                    );
                    json!({
                        "repository": e.name(),
                        "unit": unit,
                        "id": s.id,
                        "name": s.value.name,
                        "provider": provider,
                        "level": s.value.level.as_str(),
                        "gmina": s.value.gmina.as_ref().map(|g| g.get_ref()),
                        "target_group": s.value.target_group,
                        "contact": s.value.contact,
                        "description": s.value.description,
                    })
                })
                .collect::<Vec<Value>>()
        })
    });
    let failed = report_failures(ctx, &rows);
    let items: Vec<Value> = rows
        .iter()
        .filter_map(|(_, r)| r.as_ref().ok())
        .flatten()
        .cloned()
        .collect();
    match args.format {
        ListFormat::Json => print_json(ctx.ui, &Value::Array(items)),
        ListFormat::Csv => print_csv_json(
            ctx.ui,
            &[
                "repository",
                "unit",
                "id",
                "name",
                "provider",
                "level",
                "gmina",
                "target_group",
                "contact",
                "description",
            ],
            &items,
        ),
        ListFormat::Table => {
            let text = |v: &Value, k: &str| v[k].as_str().unwrap_or("").to_string();
            let table: Vec<Vec<String>> = items
                .iter()
                .map(|v| {
                    [
                        "repository",
                        "name",
                        "provider",
                        "level",
                        "target_group",
                        "contact",
                    ]
                    .iter()
                    .map(|k| text(v, k))
                    .collect()
                })
                .collect();
            let headers = [
                crate::tr!("region-column-repository"),
                crate::tr!("region-column-service"),
                crate::tr!("region-column-provider"),
                crate::tr!("region-column-level"),
                crate::tr!("region-column-target-group"),
                crate::tr!("region-column-contact"),
            ];
            let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
            print_table(ctx.ui, &headers, table);
        }
    }
    Ok(exit(failed, 0))
}

/// `koop region report needs`: what each repository reported to the ROPS (step 2.4 of its
/// first cycle, the content of załącznik nr 1), and the repositories that have not reported.
fn needs(ctx: &mut Ctx, args: FormatArgs) -> Result<i32> {
    let (ws, w) = entries(ctx)?;
    let rows = across(&w.repositories, |e| {
        open(&ws, e, Reads::Shared).map(|store| {
            let config = store.config.as_ref();
            let step = store
                .cycles
                .iter()
                .find(|c| c.value.kind == crate::model::course::CycleKind::First)
                .and_then(|c| c.value.steps.get(crate::model::course::ROPS_REPORT_STEP));
            json!({
                "repository": e.name(),
                "kind": config.map(|c| c.unit.kind.as_str()),
                "unit": config.map(|c| c.unit.name.clone()),
                "reported": step.map(|s| s.done.get_ref().to_string()),
                // As the form's boxes: not ticked unless recorded.
                "resources_assessed": step.map(|s| s.resources_assessed.unwrap_or(false)),
                "own_attempt": step.map(|s| s.own_attempt.unwrap_or(false)),
                "actions": step.and_then(|s| s.actions.clone()),
            })
        })
    });
    let failed = report_failures(ctx, &rows);
    let items: Vec<Value> = rows
        .iter()
        .filter_map(|(_, r)| r.as_ref().ok())
        .cloned()
        .collect();
    match args.format {
        ListFormat::Json => print_json(ctx.ui, &Value::Array(items)),
        ListFormat::Csv => print_csv_json(
            ctx.ui,
            &[
                "repository",
                "kind",
                "unit",
                "reported",
                "resources_assessed",
                "own_attempt",
                "actions",
            ],
            &items,
        ),
        ListFormat::Table => {
            let yes_no = |v: &Value| match v.as_bool() {
                Some(true) => crate::tr!("region-yes"),
                Some(false) => crate::tr!("region-no"),
                None => String::new(),
            };
            let text = |v: &Value| v.as_str().unwrap_or("").to_string();
            let table: Vec<Vec<String>> = items
                .iter()
                .map(|v| {
                    vec![
                        text(&v["repository"]),
                        text(&v["unit"]),
                        v["reported"]
                            .as_str()
                            .map_or_else(|| crate::tr!("region-not-reported"), str::to_string),
                        yes_no(&v["resources_assessed"]),
                        yes_no(&v["own_attempt"]),
                        text(&v["actions"]),
                    ]
                })
                .collect();
            let headers = [
                crate::tr!("region-column-repository"),
                crate::tr!("region-column-unit"),
                crate::tr!("region-column-reported"),
                crate::tr!("region-column-resources-assessed"),
                crate::tr!("region-column-own-attempt"),
                crate::tr!("region-column-actions"),
            ];
            let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
            print_table(ctx.ui, &headers, table);
        }
    }
    Ok(exit(failed, 0))
}

/// One repository in JSON: its name and source, and its figures or its error.
fn item(e: &Entry, r: &Result<Value>) -> Value {
    let mut obj = json!({ "name": e.name(), "path": e.path, "remote": e.remote });
    match r {
        Ok(v) => obj["figures"] = v.clone(),
        Err(err) => obj["error"] = json!(one_line(err)),
    }
    obj
}

fn check(ctx: &mut Ctx, args: FormatArgs) -> Result<i32> {
    let (ws, w) = entries(ctx)?;
    let rows = across(&w.repositories, |e| {
        open(&ws, e, Reads::All).map(|store| {
            let allowed: Vec<&str> = store
                .config
                .iter()
                .flat_map(|c| &c.check.allow)
                .filter_map(|code| crate::rules::rule(code).map(|r| r.code))
                .collect();
            // On the repository's own date, as `koop check` in it would be.
            let as_of = store.config.as_ref().and_then(|c| c.koop.as_of);
            let findings: Vec<_> = Date::with_as_of(as_of, || crate::rules::check(&store))
                .into_iter()
                .filter(|d| !allowed.contains(&d.code))
                .collect();
            let errors = findings
                .iter()
                .filter(|d| d.severity == Severity::Error)
                .count();
            json!({ "errors": errors, "warnings": findings.len() - errors })
        })
    });
    let failed = report_failures(ctx, &rows);
    let errors: u64 = rows
        .iter()
        .filter_map(|(_, r)| r.as_ref().ok())
        .map(|v| v["errors"].as_u64().unwrap_or(0))
        .sum();
    let warnings: u64 = rows
        .iter()
        .filter_map(|(_, r)| r.as_ref().ok())
        .map(|v| v["warnings"].as_u64().unwrap_or(0))
        .sum();
    match args.format {
        ListFormat::Json => {
            let items: Vec<Value> = rows.iter().map(|(e, r)| item(e, r)).collect();
            print_json(
                ctx.ui,
                &json!({
                    "region": w.region.name,
                    "repositories": items,
                    "total": { "errors": errors, "warnings": warnings, "failed": failed },
                }),
            );
        }
        ListFormat::Csv | ListFormat::Table => {
            let csv = args.format == ListFormat::Csv;
            let mut out: Vec<Vec<String>> = rows
                .iter()
                .map(|(e, r)| match r {
                    Ok(v) => {
                        let mut row =
                            vec![e.name(), v["errors"].to_string(), v["warnings"].to_string()];
                        if csv {
                            row.push(String::new());
                        }
                        row
                    }
                    Err(err) if csv => vec![e.name(), String::new(), String::new(), one_line(err)],
                    Err(_) => vec![e.name(), crate::tr!("region-error-cell"), String::new()],
                })
                .collect();
            let mut total = vec![
                crate::tr!("region-total"),
                errors.to_string(),
                warnings.to_string(),
            ];
            if csv {
                total[0] = "TOTAL".into();
                total.push(String::new());
            }
            out.push(total);
            if csv {
                print_csv(ctx.ui, &["repository", "errors", "warnings", "error"], &out);
            } else {
                let headers = [
                    crate::tr!("region-column-repository"),
                    crate::tr!("region-column-errors"),
                    crate::tr!("region-column-warnings"),
                ];
                let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
                for row in &mut out {
                    row.truncate(3);
                }
                print_table(ctx.ui, &headers, out);
            }
        }
    }
    Ok(exit(failed, i32::from(errors > 0)))
}

/// Sums the numbers of `add` into `sum`, key by key, in objects (other values are left out).
fn add_into(sum: &mut Value, add: &Value) {
    match (sum, add) {
        (Value::Object(s), Value::Object(a)) => {
            for (k, v) in a {
                match v {
                    Value::Number(_) | Value::Object(_) => {
                        let slot = s.entry(k.clone()).or_insert_with(|| match v {
                            Value::Object(_) => json!({}),
                            _ => json!(0),
                        });
                        add_into(slot, v);
                    }
                    _ => {}
                }
            }
        }
        (s @ Value::Number(_), Value::Number(a)) => {
            let n = s.as_u64().unwrap_or(0) + a.as_u64().unwrap_or(0);
            *s = json!(n);
        }
        _ => {}
    }
}

/// The sections of `koop export stats` that sum across repositories.
const SUMMED: [&str; 4] = ["cases", "goals", "tasks", "people"];

/// The total of the repositories' figures: the summable sections, meetings held, and how
/// many gminy and powiaty were counted.
fn total(figures: &[&Value]) -> Value {
    let mut sum = json!({});
    for f in figures {
        for key in SUMMED {
            let slot = sum
                .as_object_mut()
                .map(|m| m.entry(key).or_insert_with(|| json!({})));
            if let Some(slot) = slot {
                add_into(slot, &f[key]);
            }
        }
    }
    let held: u64 = figures
        .iter()
        .flat_map(|f| f["meetings"].as_array().into_iter().flatten())
        .map(|m| m["held"].as_u64().unwrap_or(0))
        .sum();
    let kind = |k: &str| {
        figures
            .iter()
            .filter(|f| f["unit"]["kind"].as_str() == Some(k))
            .count()
    };
    sum["meetings_held"] = json!(held);
    sum["repositories"] = json!({
        "counted": figures.len(),
        "gmina": kind("gmina"),
        "powiat": kind("powiat"),
    });
    sum
}

fn stats_cmd(ctx: &mut Ctx, args: StatsArgs) -> Result<i32> {
    let (ws, w) = entries(ctx)?;
    let today = today()?;
    let given = match &args.period {
        Some(p) => Some(Period::parse(p).map_err(|e| Error::user(format!("--period: {e}")))?),
        None => None,
    };
    let loaded = across(&w.repositories, |e| open(&ws, e, Reads::Figures));
    // By default the period is the same for every repository: from the first referral or
    // meeting in any of them to today.
    let period = given.unwrap_or_else(|| Period {
        from: loaded
            .iter()
            .filter_map(|(_, r)| r.as_ref().ok())
            .flat_map(|s| {
                s.cases
                    .iter()
                    .map(|c| *c.case.value.referral.date.get_ref())
                    .chain(s.meetings.iter().map(|m| *m.value.date.get_ref()))
            })
            .min()
            .unwrap_or(today)
            .min(today),
        to: today,
    });
    let rows: Vec<(Entry, Result<Value>)> = loaded
        .into_par_iter()
        .map(|(e, r)| (e, r.map(|s| stats::stats(&s, period, today))))
        .collect();
    let failed = report_failures(ctx, &rows);
    let ok: Vec<&Value> = rows.iter().filter_map(|(_, r)| r.as_ref().ok()).collect();
    let sum = total(&ok);
    match args.format {
        ListFormat::Json => {
            let items: Vec<Value> = rows.iter().map(|(e, r)| item(e, r)).collect();
            print_json(
                ctx.ui,
                &json!({
                    "region": w.region.name,
                    "period": { "from": period.from.to_string(), "to": period.to.to_string() },
                    "repositories": items,
                    "failed": failed,
                    "total": sum,
                }),
            );
        }
        ListFormat::Csv => {
            let mut out = Vec::new();
            for (e, r) in &rows {
                match r {
                    Ok(v) => {
                        for row in stats::sheet(v).rows {
                            let mut full = vec![e.name()];
                            full.extend(row);
                            out.push(full);
                        }
                    }
                    Err(err) => {
                        out.push(vec![e.name(), "error".into(), String::new(), one_line(err)])
                    }
                }
            }
            let total_sheet = json!({
                "period": { "from": period.from.to_string(), "to": period.to.to_string() },
                "cases": sum["cases"], "goals": sum["goals"], "tasks": sum["tasks"],
                "people": sum["people"],
            });
            for row in stats::sheet(&total_sheet).rows {
                let mut full = vec!["TOTAL".to_string()];
                full.extend(row);
                out.push(full);
            }
            out.push(vec![
                "TOTAL".into(),
                "meetings".into(),
                "held".into(),
                sum["meetings_held"].to_string(),
            ]);
            print_csv(ctx.ui, &["repository", "section", "item", "value"], &out);
        }
        ListFormat::Table => {
            let cells = |v: &Value, held: u64| {
                vec![
                    v["cases"]["total"].to_string(),
                    v["cases"]["new"].to_string(),
                    v["cases"]["closed"].to_string(),
                    v["cases"]["by_status"]["active"].to_string(),
                    v["goals"]["achieved"].to_string(),
                    v["tasks"]["overdue"].to_string(),
                    v["people"]["reached"].to_string(),
                    held.to_string(),
                ]
            };
            let held = |v: &Value| -> u64 {
                v["meetings"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .map(|m| m["held"].as_u64().unwrap_or(0))
                    .sum()
            };
            let mut out = Vec::new();
            for (e, r) in &rows {
                let mut row = vec![e.name()];
                match r {
                    Ok(v) => {
                        row.push(v["unit"]["kind"].as_str().unwrap_or("").to_string());
                        row.extend(cells(v, held(v)));
                    }
                    Err(_) => {
                        row.push(crate::tr!("region-error-cell"));
                        row.extend(std::iter::repeat_n(String::new(), 8));
                    }
                }
                out.push(row);
            }
            let mut last = vec![crate::tr!("region-total"), String::new()];
            last.extend(cells(&sum, sum["meetings_held"].as_u64().unwrap_or(0)));
            out.push(last);
            ctx.ui.note(&crate::tr!(
                "region-stats-period",
                from = period.from.to_string(),
                to = period.to.to_string()
            ));
            let headers = [
                crate::tr!("region-column-repository"),
                crate::tr!("region-column-kind"),
                crate::tr!("region-column-cases"),
                crate::tr!("region-column-new"),
                crate::tr!("region-column-closed"),
                crate::tr!("region-column-active"),
                crate::tr!("region-column-goals-achieved"),
                crate::tr!("region-column-tasks-overdue"),
                crate::tr!("region-column-people"),
                crate::tr!("region-column-meetings"),
            ];
            let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
            print_table(ctx.ui, &headers, out);
        }
    }
    Ok(exit(failed, 0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_and_names() {
        assert!(is_url("https://example.org/gmina.git"));
        assert!(is_url("file:///srv/gmina"));
        assert!(is_url("git@example.org:rops/gmina.git"));
        assert!(!is_url("../gmina"));
        assert!(!is_url("C:\\koop\\gmina"));
        let e = Entry {
            remote: Some("git@example.org:rops/Dąbrówka.git".into()),
            ..Entry::default()
        };
        assert_eq!(e.name(), "dabrowka");
    }

    #[test]
    fn relative_paths() {
        let r = |a: &str, b: &str| relative(Path::new(a), Path::new(b)).unwrap();
        assert_eq!(r("/srv/koop/a", "/srv/koop/ws"), "../a");
        assert_eq!(r("/srv/koop/ws/repos/a", "/srv/koop/ws"), "repos/a");
        assert_eq!(r("/other/a", "/srv/ws"), "../../other/a");
    }

    /// `stats` and `status` read each repository without its monitoring (`Reads::Figures`):
    /// what they give must not depend on it. On the example (cases at every stage, monitoring
    /// over months), over the whole course and over one month.
    #[test]
    fn the_figures_do_not_depend_on_monitoring() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/gmina-przykladowo");
        let full = store::load::load_deferred(&root).expect("the example loads");
        let figures = store::load::load_without_monitoring(&root).expect("the example loads");
        assert!(full.cases.iter().any(|c| !c.monitoring.is_empty()));
        assert!(figures.cases.iter().all(|c| c.monitoring.is_empty()));
        let today: Date = "2026-11-23".parse().expect("a date");
        for from in ["2025-01-01", "2026-10-01"] {
            let period = stats::Period {
                from: from.parse().expect("a date"),
                to: today,
            };
            assert_eq!(
                stats::stats(&full, period, today),
                stats::stats(&figures, period, today)
            );
        }
        assert_eq!(status_of(&full, today), status_of(&figures, today));
        // `doc efekty` and `export stats` read so too, decrypting.
        let decrypted = store::load::load_for_figures(&root).expect("the example loads");
        assert!(decrypted.cases.iter().all(|c| c.monitoring.is_empty()));
        assert_eq!(
            crate::doc::context::efekty(&full, today),
            crate::doc::context::efekty(&figures, today)
        );
        assert_eq!(
            crate::doc::context::efekty(&decrypted, today),
            crate::doc::context::efekty(&figures, today)
        );
    }

    #[test]
    fn totals_sum_key_by_key() {
        let a = json!({"cases": {"total": 2, "by_status": {"active": 1}}, "meetings": [{"held": 3}], "unit": {"kind": "gmina"}});
        let b = json!({"cases": {"total": 5, "by_status": {"active": 2, "closed": 1}}, "meetings": [], "unit": {"kind": "powiat"}});
        let t = total(&[&a, &b]);
        assert_eq!(t["cases"]["total"], 7);
        assert_eq!(t["cases"]["by_status"]["active"], 3);
        assert_eq!(t["cases"]["by_status"]["closed"], 1);
        assert_eq!(t["meetings_held"], 3);
        assert_eq!(t["repositories"]["powiat"], 1);
    }
}
