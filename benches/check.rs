//! `cargo bench --bench check`: koop's load and rules timed in process (through the library)
//! on the county-size repository of `common/gen.rs` — 10 gminy with their PZK meetings, 220
//! cases with members, diagnosis, plan, six months of monitoring from three parties and an
//! evaluation each. Loading (read + parse every file once) and running every rule are timed
//! separately, to see where the time of `koop check` goes; `benches/commands.rs` times the
//! binary as a user runs it.

#[path = "common/gen.rs"]
mod generate;

use std::path::Path;
use std::time::{Duration, Instant};

fn time<T>(runs: usize, mut f: impl FnMut() -> T) -> (Duration, Duration) {
    let mut all: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            std::hint::black_box(f());
            start.elapsed()
        })
        .collect();
    all.sort();
    (all[0], all[all.len() / 2])
}

/// Times a write command in process, as the binary runs it: lock, load, stage, the rules on
/// the repository before and after the change, the operation log and the atomic write.
/// `--dry-run` stops before the write; the real run adds one institution each time.
fn time_write(root: &Path, runs: usize, label: &str, first: usize) {
    let root = root.to_string_lossy().into_owned();
    let mut n = first;
    let mut add = |dry: bool| {
        n += 1;
        let id = format!("bench-{n}");
        let mut args = vec!["koop", "-C", &root, "institution", "add", "--id", &id];
        args.extend(["--name", "Bench", "--kind", "ngo", "--level", "gmina"]);
        if dry {
            args.push("--dry-run");
        }
        assert_eq!(koop::main_with_args(args), 0, "the write must succeed");
    };
    let (dry_min, dry_med) = time(runs, || add(true));
    let (write_min, write_med) = time(runs, || add(false));
    println!("  write {label}, checked, --dry-run: min {dry_min:?}, median {dry_med:?}");
    println!(
        "  write {label}, checked and written: min {write_min:?}, median {write_med:?} (target < 100ms)"
    );
}

/// Times a write about one case (a task's new deadline, each run another day): the case's
/// personal data is decrypted, the others' is not.
fn time_case_write(root: &Path, runs: usize) {
    let root = root.to_string_lossy().into_owned();
    let mut day = 0;
    let (min, med) = time(runs, || {
        day += 1;
        let due = format!("2027-01-{:02}", day % 28 + 1);
        let case = generate::case_id(0);
        let args = [
            "koop",
            "-C",
            &root,
            "task",
            "reschedule",
            &case,
            "1.1",
            "--due",
            &due,
        ];
        assert_eq!(koop::main_with_args(args), 0, "the write must succeed");
    });
    println!(
        "  write (task reschedule of one case), personal data encrypted: min {min:?}, median {med:?} (target < 100ms)"
    );
}

fn main() {
    // `cargo test` also runs benches in test mode (`--bench` absent): keep that quick.
    let quick = !std::env::args().any(|a| a == "--bench");
    let (gminy, cases, runs) = if quick {
        (2, 10, 1)
    } else {
        (generate::COUNTY.gminy, generate::COUNTY.cases, 15)
    };
    let dir = tempfile::tempdir().expect("temp dir");
    let files = generate::generate(dir.path(), gminy, cases);
    // Pin "today" so K020 sees the same elapsed months on every run.
    // SAFETY: no other thread exists yet, so nothing reads the environment concurrently.
    unsafe { std::env::set_var("KOOP_TODAY", "2026-09-15") };
    // Parsing is what is timed: the parse cache (`.koop/cache`) is off but where it is timed.
    // SAFETY: as above.
    unsafe { std::env::set_var("KOOP_CACHE", "off") };
    let store = koop::store::load(dir.path()).expect("load");
    let findings = koop::rules::check(&store);
    assert!(
        store.skipped.is_empty(),
        "generated files must load: {:?}",
        store.problems
    );
    let (load_min, load_med) = time(runs, || koop::store::load(dir.path()).expect("load"));
    let (rules_min, rules_med) = time(runs, || koop::rules::check(&store));
    let loaded = koop::store::load(dir.path()).expect("load");
    let (clone_min, clone_med) = time(runs, || loaded.clone());
    println!("  (clone of the loaded store: min {clone_min:?}, median {clone_med:?})");
    let (all_min, all_med) = time(runs, || {
        koop::rules::check(&koop::store::load(dir.path()).expect("load"))
    });
    println!(
        "koop check on {gminy} gminy, {cases} cases, {files} files ({} findings):",
        findings.len()
    );
    println!("  load (read + parse): min {load_min:?}, median {load_med:?}");
    println!("  rules:               min {rules_min:?}, median {rules_med:?}");
    println!("  load + rules:        min {all_min:?}, median {all_med:?} (target < 100ms)");
    // SAFETY: koop's threads do not read the environment while nothing runs.
    unsafe { std::env::set_var("KOOP_CACHE", "on") };
    koop::store::load(dir.path()).expect("load"); // writes the cache
    let (cached_min, cached_med) = time(runs, || koop::store::load(dir.path()).expect("load"));
    println!("  load from the cache: min {cached_min:?}, median {cached_med:?}");
    // SAFETY: as above.
    unsafe { std::env::set_var("KOOP_CACHE", "off") };

    // SAFETY: single-threaded here; koop reads KOOP_TODAY when it runs.
    unsafe { std::env::set_var("KOOP_TODAY", "2026-11-23") };
    time_write(dir.path(), runs, "(institution add)", 0);

    // The same repository with every case's personal data encrypted (members and diagnosis),
    // as `koop init` sets it up: loading now decrypts them in memory.
    let (_identity, sealed) = generate::encrypt(dir.path());
    let encrypted = koop::store::load(dir.path()).expect("load");
    assert!(
        encrypted.locked.is_empty() && encrypted.skipped.is_empty(),
        "encrypted files must decrypt: {:?}",
        encrypted.locked
    );
    let (enc_min, enc_med) = time(runs, || koop::store::load(dir.path()).expect("load"));
    println!("  load, {sealed} files encrypted: min {enc_min:?}, median {enc_med:?}");
    time_write(
        dir.path(),
        runs,
        "(institution add), personal data encrypted",
        1000,
    );
    time_case_write(dir.path(), runs);
}
