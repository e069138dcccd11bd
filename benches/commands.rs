//! `cargo bench --bench commands`: koop's commands timed as a user runs them — the release
//! binary on a generated repository with every case's personal data encrypted — each beside
//! a floor measured in the same run: walk the tree, read every file, decrypt the `.age` ones
//! and parse them as TOML, on as many threads as koop uses. The ratio to the floor says how
//! much koop adds to the work no implementation can skip.
//!
//! `KOOP_BENCH_SCALE=county|county4|region|repos300` (comma-separated for several; default
//! county) picks the size: `repos300` is a region workspace over 300 gmina repositories, for
//! `koop region stats|status` (their floor reads and parses every repository's files without
//! decrypting, as those commands need no key); `KOOP_BENCH_RUNS` the runs per command (default 9); `KOOP_BENCH_KEEP=DIR`
//! keeps each generated repository in `DIR/<scale>`. docs/performance.md
//! describes the design and the numbers.

#[path = "common/gen.rs"]
mod generate;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use rayon::prelude::*;

fn median(mut all: Vec<Duration>) -> Duration {
    all.sort();
    all[all.len() / 2]
}

/// The floor: every file under `root` read and parsed as TOML (the `.age` ones decrypted
/// first when `decrypt`), on a pool of `threads` threads. Returns the number of files.
fn floor(pool: &rayon::ThreadPool, root: &Path, decrypt: bool) -> usize {
    pool.install(|| {
        let files: Vec<PathBuf> = walkdir::WalkDir::new(root)
            .into_iter()
            .filter_entry(|e| {
                let name = e.file_name().to_string_lossy();
                !(name.starts_with('.') && e.depth() > 0)
            })
            .filter_map(|e| e.ok())
            .filter(|e| e.file_type().is_file())
            .map(|e| e.into_path())
            .collect();
        files
            .par_iter()
            .map(|path| {
                let bytes = std::fs::read(path).expect("read");
                let name = path.to_string_lossy();
                let text = if name.ends_with(".toml.age") {
                    if !decrypt {
                        return 0;
                    }
                    koop::store::crypt::decrypt(&bytes).expect("decrypt")
                } else if name.ends_with(".toml") {
                    bytes
                } else {
                    return 0;
                };
                let text = String::from_utf8(text).expect("UTF-8");
                let table: toml::Table = text.parse().expect("TOML");
                std::hint::black_box(table);
                1
            })
            .sum()
    })
}

/// The release binary built next to this bench (target/release/koop).
fn binary() -> PathBuf {
    let path = PathBuf::from(env!("CARGO_BIN_EXE_koop"));
    assert!(path.exists(), "{} is missing", path.display());
    path
}

/// One command: its arguments after `koop -C <root>`, whether it writes, and its target.
struct Cmd {
    label: &'static str,
    args: Vec<String>,
    target_ms: Option<f64>,
    /// The folder koop runs in (`-C`), when not the generated repository.
    at: Option<std::path::PathBuf>,
    /// Environment variables set for it.
    env: &'static [(&'static str, &'static str)],
    /// Whether the parse cache (`.koop/cache`) is removed before each run.
    cold: bool,
}

/// A command run in the generated repository, with no extra environment, the cache kept.
fn cmd(label: &'static str, args: Vec<String>, target_ms: Option<f64>) -> Cmd {
    Cmd {
        label,
        args,
        target_ms,
        at: None,
        env: &[],
        cold: false,
    }
}

struct Row {
    label: &'static str,
    median: Duration,
    peak_kb: Option<u64>,
    target_ms: Option<f64>,
}

/// Runs `koop -C root args…` `runs` times (after one warm-up) and returns the median wall
/// time; the peak RSS comes from one more run under `/usr/bin/time` when it is installed.
fn run(koop: &Path, root: &Path, cmd: &Cmd, runs: usize, n: &mut usize) -> Row {
    let mut command = |time: Option<&Path>| {
        // Each run of the write another day of January.
        *n += 1;
        let day = format!("{:02}", *n % 28 + 1);
        let args: Vec<String> = cmd.args.iter().map(|a| a.replace("{n}", &day)).collect();
        let mut c = match time {
            Some(out) => {
                let mut c = Command::new("/usr/bin/time");
                c.arg("-f").arg("%M").arg("-o").arg(out).arg(koop);
                c
            }
            None => Command::new(koop),
        };
        if cmd.cold {
            let _ = std::fs::remove_dir_all(root.join(".koop/cache"));
        }
        c.envs(cmd.env.iter().copied())
            .arg("-C")
            .arg(cmd.at.as_deref().unwrap_or(root))
            .args(&args)
            .stdout(Stdio::null())
            .stderr(Stdio::piped());
        c
    };
    let check = |out: std::process::Output| {
        assert!(
            out.status.success(),
            "koop {:?} failed: {}",
            cmd.args,
            String::from_utf8_lossy(&out.stderr)
        );
    };
    check(command(None).output().expect("run koop"));
    let times = (0..runs)
        .map(|_| {
            let mut c = command(None);
            let start = Instant::now();
            let out = c.output().expect("run koop");
            let took = start.elapsed();
            check(out);
            took
        })
        .collect();
    let peak_kb = Path::new("/usr/bin/time").exists().then(|| {
        let out = root.join(".koop-bench-time");
        check(command(Some(&out)).output().expect("run time"));
        let text = std::fs::read_to_string(&out).expect("time's output");
        let _ = std::fs::remove_file(&out);
        text.trim()
            .lines()
            .last()
            .and_then(|l| l.trim().parse().ok())
            .unwrap_or(0)
    });
    Row {
        label: cmd.label,
        median: median(times),
        peak_kb,
        target_ms: cmd.target_ms,
    }
}

/// The peak RSS of a koop process that reads no repository (`koop --version`): the binary's
/// pages, the catalogues and the command line's definition. What a command holds beyond it
/// is what its data costs.
fn baseline_kb(koop: &Path) -> Option<u64> {
    let out = tempfile::NamedTempFile::new().ok()?;
    let status = Command::new("/usr/bin/time")
        .arg("-f")
        .arg("%M")
        .arg("-o")
        .arg(out.path())
        .arg(koop)
        .arg("--version")
        .stdout(Stdio::null())
        .status()
        .ok()?;
    if !status.success() {
        return None;
    }
    std::fs::read_to_string(out.path())
        .ok()?
        .trim()
        .lines()
        .last()?
        .trim()
        .parse()
        .ok()
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn bench(scale: generate::Scale, runs: usize, koop: &Path) {
    let dir = tempfile::tempdir().expect("temp dir");
    // KOOP_BENCH_KEEP=DIR generates into DIR/<scale> and leaves it there (with its identity in
    // `.identity.txt`), to profile a command on it afterwards.
    let kept = std::env::var_os("KOOP_BENCH_KEEP").map(|d| Path::new(&d).join(scale.name));
    if let Some(k) = &kept {
        assert!(
            !k.exists(),
            "KOOP_BENCH_KEEP: {} exists already",
            k.display()
        );
        std::fs::create_dir_all(k).expect("KOOP_BENCH_KEEP folder");
    }
    let root = kept.as_deref().unwrap_or(dir.path());
    let started = Instant::now();
    let files = generate::generate(root, scale.gminy, scale.cases);
    let (_identity, sealed) = generate::encrypt(root);
    let bytes = generate::tree_bytes(root);
    let written = Instant::now();
    eprintln!(
        "[{}] generated {files} files ({sealed} encrypted, {bytes} bytes) in {:?}",
        scale.name,
        started.elapsed()
    );
    // Every generated repository passes `koop check` without errors.
    let out = Command::new(koop)
        .arg("-C")
        .arg(root)
        .arg("check")
        .output()
        .expect("koop check");
    assert!(
        out.status.success(),
        "koop check reports errors on the generated repository:\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );

    // A user's files were mostly written long before the command: koop trusts an unchanged
    // file's stat once two seconds have passed since it changed (docs/performance.md), so
    // the measurements begin past them.
    if let Some(rest) = Duration::from_millis(2100).checked_sub(written.elapsed()) {
        std::thread::sleep(rest);
    }

    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .expect("pool");
    let floor_of = |decrypt: bool| {
        floor(&pool, root, decrypt);
        median(
            (0..runs)
                .map(|_| {
                    let start = Instant::now();
                    std::hint::black_box(floor(&pool, root, decrypt));
                    start.elapsed()
                })
                .collect(),
        )
    };
    let floor_plain = floor_of(false);
    let floor_all = floor_of(true);

    let case = generate::case_id(0);
    let pdf = root.join(".karta.pdf").to_string_lossy().into_owned();
    let strings = |a: &[&str]| a.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    let read = if scale.name == "county" {
        Some(50.0)
    } else {
        None
    };
    // A region workspace listing the generated repository (`koop region stats` over it).
    let workspace = tempfile::tempdir().expect("a workspace");
    for args in [
        vec![
            "region".to_string(),
            "init".to_string(),
            workspace.path().to_string_lossy().into_owned(),
        ],
        vec![
            "-C".to_string(),
            workspace.path().to_string_lossy().into_owned(),
            "region".to_string(),
            "add".to_string(),
            root.to_string_lossy().into_owned(),
        ],
    ] {
        let out = Command::new(koop)
            .args(&args)
            .output()
            .expect("koop region");
        assert!(
            out.status.success(),
            "koop {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let cmds = [
        cmd("check", strings(&["check"]), None),
        Cmd {
            cold: true,
            ..cmd("check (cache cold)", strings(&["check"]), None)
        },
        Cmd {
            env: &[("KOOP_CACHE", "off")],
            ..cmd("check (KOOP_CACHE=off)", strings(&["check"]), None)
        },
        cmd(
            "case show (one case)",
            strings(&["case", "show", &case]),
            Some(50.0),
        ),
        cmd(
            "doc karta --format md",
            strings(&["doc", "karta", &case, "--format", "md"]),
            Some(50.0),
        ),
        cmd(
            "doc karta --format pdf",
            strings(&["doc", "karta", &case, "--format", "pdf", "-o", &pdf]),
            Some(50.0),
        ),
        cmd(
            "doc protokol (a meeting)",
            strings(&["doc", "protokol", "2026-03-11-pzk-0", "--format", "md"]),
            Some(50.0),
        ),
        cmd("team show", strings(&["team", "show", "pzk-0"]), Some(50.0)),
        cmd(
            "report monitoring",
            strings(&["report", "monitoring", "--month", "2026-08"]),
            read,
        ),
        cmd(
            "write: task reschedule",
            strings(&["task", "reschedule", &case, "1.1", "--due", "2027-01-{n}"]),
            Some(100.0),
        ),
        Cmd {
            at: Some(workspace.path().to_path_buf()),
            ..cmd("region stats (1 repo)", strings(&["region", "stats"]), None)
        },
    ];
    let mut n = 0;
    let rows: Vec<Row> = cmds
        .iter()
        .map(|c| run(koop, root, c, runs, &mut n))
        .collect();

    let mb = |b: u64| b as f64 / 1_048_576.0;
    println!();
    println!(
        "scale {}: {files} files ({sealed} encrypted), {:.1} MB; {threads} threads; median of {runs} runs",
        scale.name,
        mb(bytes)
    );
    println!(
        "floor (walk + read + parse): {:.1} ms without decrypting, {:.1} ms decrypting the .age files (the ratios are to this one)",
        ms(floor_plain),
        ms(floor_all)
    );
    let base = baseline_kb(koop);
    if let Some(b) = base {
        println!(
            "a koop that reads nothing (`koop --version`) peaks at {:.1} MB; data/tree is (peak - that) / tree",
            b as f64 / 1024.0
        );
    }
    println!(
        "{:<7} {:>7} {:>6} {:<24} {:>9} {:>8} {:>6} {:>7} {:>8} {:>9} {:<14} {:<5} {:<4}",
        "scale",
        "files",
        "MB",
        "command",
        "median ms",
        "floor ms",
        "ratio",
        "peak MB",
        "RSS/tree",
        "data/tree",
        "time target",
        "time?",
        "mem? (target < 2× tree)"
    );
    let yes = |ok: bool| if ok { "yes" } else { "NO" };
    for row in &rows {
        let ratio = ms(row.median) / ms(floor_all);
        let peak = row.peak_kb.map(|k| k as f64 / 1024.0);
        let rss_ratio = row.peak_kb.map(|k| (k * 1024) as f64 / bytes as f64);
        let data_ratio = row
            .peak_kb
            .zip(base)
            .map(|(k, b)| (k.saturating_sub(b) * 1024) as f64 / bytes as f64);
        let (target, time_ok) = match (row.label, row.target_ms) {
            ("check", _) => ("≤ 1.3× floor".to_string(), yes(ratio <= 1.3)),
            (_, Some(t)) => (format!("< {t:.0} ms"), yes(ms(row.median) < t)),
            (_, None) => ("-".to_string(), "-"),
        };
        println!(
            "{:<7} {files:>7} {:>6.1} {:<24} {:>9.1} {:>8.1} {:>6.2} {:>7} {:>8} {:>9} {:<14} {:<5} {:<4}",
            scale.name,
            mb(bytes),
            row.label,
            ms(row.median),
            ms(floor_all),
            ratio,
            peak.map_or("-".into(), |p| format!("{p:.1}")),
            rss_ratio.map_or("-".into(), |r| format!("{r:.2}")),
            data_ratio.map_or("-".into(), |r| format!("{r:.2}")),
            target,
            time_ok,
            rss_ratio.map_or("-", |r| yes(r < 2.0)),
        );
    }
}

/// A region workspace over `repos` generated gmina repositories of realistic, varying size
/// (10–39 cases each, every case's personal data encrypted), with the region commands timed
/// beside a floor that walks, reads and parses every file of every repository without
/// decrypting (the region commands need no key).
fn bench_many(repos: usize, runs: usize, koop: &Path) {
    let dir = tempfile::tempdir().expect("temp dir");
    let kept = std::env::var_os("KOOP_BENCH_KEEP").map(|d| Path::new(&d).join("repos"));
    let base = kept.clone().unwrap_or_else(|| dir.path().to_path_buf());
    let all = base.join("repos");
    let ws = base.join("ws");
    let started = Instant::now();
    let made: Vec<(usize, usize)> = (0..repos)
        .map(|i| {
            let root = all.join(format!("gmina-{i:03}"));
            let files = generate::generate(&root, 1, 10 + (i * 7) % 30);
            let (_, sealed) = generate::encrypt(&root);
            (files, sealed)
        })
        .collect();
    let files: usize = made.iter().map(|m| m.0).sum();
    let sealed: usize = made.iter().map(|m| m.1).sum();
    let bytes = generate::tree_bytes(&all);
    eprintln!(
        "[repos{repos}] generated {files} files ({sealed} encrypted, {bytes} bytes) in {:?}",
        started.elapsed()
    );
    let koop_ok = |args: &[&std::ffi::OsStr]| {
        let out = Command::new(koop).args(args).output().expect("koop");
        assert!(
            out.status.success(),
            "koop {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    koop_ok(&["region".as_ref(), "init".as_ref(), ws.as_os_str()]);
    for i in 0..repos {
        let root = all.join(format!("gmina-{i:03}"));
        koop_ok(&[
            "-C".as_ref(),
            ws.as_os_str(),
            "region".as_ref(),
            "add".as_ref(),
            root.as_os_str(),
        ]);
    }
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .expect("pool");
    floor(&pool, &all, false);
    let floor_plain = median(
        (0..runs)
            .map(|_| {
                let start = Instant::now();
                std::hint::black_box(floor(&pool, &all, false));
                start.elapsed()
            })
            .collect(),
    );
    let strings = |a: &[&str]| a.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    let cmds = [
        Cmd {
            at: Some(ws.clone()),
            ..cmd("region stats", strings(&["region", "stats"]), Some(3000.0))
        },
        Cmd {
            at: Some(ws.clone()),
            ..cmd("region status", strings(&["region", "status"]), None)
        },
        Cmd {
            at: Some(ws.clone()),
            ..cmd(
                "region report services",
                strings(&["region", "report", "services"]),
                None,
            )
        },
        Cmd {
            at: Some(ws.clone()),
            ..cmd("region check", strings(&["region", "check"]), None)
        },
    ];
    let mut n = 0;
    let rows: Vec<Row> = cmds
        .iter()
        .map(|c| run(koop, &all, c, runs, &mut n))
        .collect();
    let mb = |b: u64| b as f64 / 1_048_576.0;
    println!();
    println!(
        "{repos} repositories: {files} files ({sealed} encrypted), {:.1} MB; {threads} threads; median of {runs} runs",
        mb(bytes)
    );
    println!(
        "floor (walk + read + parse every repository, no decrypting): {:.1} ms",
        ms(floor_plain)
    );
    println!(
        "{:<24} {:>9} {:>8} {:>6} {:>7} {:>8} {:<11} {:<5}",
        "command", "median ms", "floor ms", "ratio", "peak MB", "RSS/tree", "time target", "time?"
    );
    for row in &rows {
        let peak = row.peak_kb.map(|k| k as f64 / 1024.0);
        let rss_ratio = row.peak_kb.map(|k| (k * 1024) as f64 / bytes as f64);
        let (target, ok) = match row.target_ms {
            Some(t) => (
                format!("< {t:.0} ms"),
                if ms(row.median) < t { "yes" } else { "NO" },
            ),
            None => ("-".to_string(), "-"),
        };
        println!(
            "{:<24} {:>9.1} {:>8.1} {:>6.2} {:>7} {:>8} {:<11} {:<5}",
            row.label,
            ms(row.median),
            ms(floor_plain),
            ms(row.median) / ms(floor_plain),
            peak.map_or("-".into(), |p| format!("{p:.1}")),
            rss_ratio.map_or("-".into(), |r| format!("{r:.2}")),
            target,
            ok,
        );
    }
}

fn main() {
    // `cargo test` also runs benches in test mode (`--bench` absent): keep that quick.
    let quick = !std::env::args().any(|a| a == "--bench");
    let koop = binary();
    // Pin "today" so the rules see the same elapsed months on every run.
    // SAFETY: no other thread exists yet.
    unsafe { std::env::set_var("KOOP_TODAY", "2026-09-15") };
    if quick {
        let scale = generate::Scale {
            name: "test",
            gminy: 2,
            cases: 6,
        };
        bench(scale, 1, &koop);
        bench_many(3, 1, &koop);
        return;
    }
    let runs = std::env::var("KOOP_BENCH_RUNS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(9);
    for scale in generate::scales_from_env() {
        match scale.name.strip_prefix("repos") {
            Some(n) => bench_many(n.parse().expect("repos<N>"), runs, &koop),
            None => bench(scale, runs, &koop),
        }
    }
}
