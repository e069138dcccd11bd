//! `cargo bench --bench check`: how long `koop check` takes on a county-size repository —
//! 10 gminy with their PZK meetings, 300 cases with members, diagnosis, plan, six months of
//! monitoring and an evaluation each — generated into a temporary folder. Loading (read + parse every file once)
//! and running every rule are timed separately; the target is under 0.1 s for both together.

use std::fmt::Write as _;
use std::path::Path;
use std::time::{Duration, Instant};

fn write(root: &Path, rel: &str, text: &str) {
    let path = root.join(rel);
    std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
    std::fs::write(path, text).expect("write");
}

/// Writes a powiat with `gminy` gminy and `cases` cases spread over them.
fn generate(root: &Path, gminy: usize, cases: usize) -> usize {
    let mut files = 0;
    let mut put = |rel: &str, text: &str| {
        write(root, rel, text);
        files += 1;
    };
    put(
        "koop.toml",
        "[koop]\nformat = 2\n\n[unit]\nkind = \"powiat\"\nname = \"Przykładowski\"\n",
    );
    put(
        "institutions/pcpr/institution.toml",
        "name = \"PCPR\"\nkind = \"pcpr\"\nlevel = \"powiat\"\n",
    );
    put(
        "institutions/kpp/institution.toml",
        "name = \"KPP\"\nkind = \"police\"\nlevel = \"powiat\"\n",
    );
    put(
        "institutions/pcpr/people/animator.toml",
        "name = \"Animator Powiatu\"\nroles = [\"animator-powiatu\"]\npost = 1.0\n",
    );
    put(
        "institutions/kpp/people/dzielnicowy.toml",
        "name = \"Dzielnicowy\"\n",
    );
    for g in 0..gminy {
        put(
            &format!("institutions/ops-{g}/institution.toml"),
            &format!(
                "name = \"GOPS {g}\"\nkind = \"ops\"\nlevel = \"gmina\"\ndirector = \"Dyrektor {g}\"\n"
            ),
        );
        put(
            &format!("institutions/sp-{g}/institution.toml"),
            &format!("name = \"Szkoła {g}\"\nkind = \"school\"\nlevel = \"gmina\"\n"),
        );
        put(
            &format!("institutions/ngo-{g}/institution.toml"),
            &format!("name = \"Stowarzyszenie {g}\"\nkind = \"ngo\"\nlevel = \"gmina\"\n"),
        );
        for p in 0..4 {
            put(
                &format!("institutions/ops-{g}/people/pracownik-{g}-{p}.toml"),
                &format!("name = \"Pracownik {g}.{p}\"\nroles = [\"pracownik-socjalny\"]\n"),
            );
        }
        put(
            &format!("institutions/sp-{g}/people/pedagog-{g}.toml"),
            &format!("name = \"Pedagog {g}\"\n"),
        );
        put(
            &format!("services/asystent-{g}.toml"),
            &format!(
                "name = \"Asystent rodziny {g}\"\nprovider = \"ops-{g}\"\nlevel = \"gmina\"\n"
            ),
        );
        let signatories: String = ["ops", "sp", "ngo"]
            .iter()
            .map(|i| format!("\n[[agreement.signatories]]\ninstitution = \"{i}-{g}\"\n"))
            .collect();
        put(
            &format!("teams/pzk-{g}.toml"),
            &format!(
                "kind = \"pzk\"\nname = \"PZK {g}\"\ncoordinator = \"pracownik-{g}-0\"\n\n[agreement]\nsigned = 2026-01-15\nmeeting_frequency_months = 3\n{signatories}\n[[members]]\ninstitution = \"ops-{g}\"\ncore = true\ndelegates = [\"pracownik-{g}-0\"]\n\n[[members]]\ninstitution = \"sp-{g}\"\ndelegates = [\"pedagog-{g}\"]\n"
            ),
        );
        for (day, approved) in [
            ("2026-03-11", "2026-05-13"),
            ("2026-05-13", "2026-07-15"),
            ("2026-07-15", "2026-09-09"),
            ("2026-09-09", ""),
        ] {
            let approval = if approved.is_empty() {
                String::new()
            } else {
                format!("approved_at = \"{approved}-pzk-{g}\"\n")
            };
            put(
                &format!("meetings/{day}-pzk-{g}.toml"),
                &format!(
                    "team = \"pzk-{g}\"\nkind = \"working\"\ndate = {day}\nstart = \"11:00\"\nend = \"12:30\"\nplace = \"GOPS {g}\"\nminutes = \"Protokół\"\n{approval}"
                ),
            );
        }
        put(
            &format!("teams/ggk-{g}.toml"),
            &format!(
                "kind = \"ggk\"\nname = \"GGK {g}\"\ncoordinator = \"pracownik-{g}-1\"\n\n[[members]]\ninstitution = \"ops-{g}\"\ndelegates = [\"pracownik-{g}-1\", \"pracownik-{g}-2\"]\n\n[[members]]\ninstitution = \"sp-{g}\"\ndelegates = [\"pedagog-{g}\"]\n\n[[members]]\ninstitution = \"ngo-{g}\"\n"
            ),
        );
    }
    for n in 0..cases {
        let g = n % gminy;
        let dir = format!("cases/2026-{:03}-b{:03}", n + 1, n);
        put(
            &format!("{dir}/case.toml"),
            &format!(
                "id = \"2026-{:03}\"\nkind = \"family\"\nstatus = \"active\"\ncoordinator = \"pracownik-{g}-{}\"\n\n[referral]\ndate = 2026-02-02\ninstitution = \"sp-{g}\"\nperson = \"pedagog-{g}\"\nexpectations = \"Wsparcie rodziny\"\n\n[consent]\ndate = 2026-02-05\nby = \"matka1\"\n\n[qualification]\ndate = 2026-02-10\nteam = \"ggk-{g}\"\n",
                n + 1,
                n % 4
            ),
        );
        put(
            &format!("{dir}/members.toml"),
            "[[members]]\nid = \"matka1\"\nname = \"Matka\"\nbirth_year = 1985\nrelation = \"matka\"\n\n[[members]]\nid = \"syn1\"\nname = \"Syn\"\nbirth_year = 2012\nrelation = \"syn\"\n",
        );
        put(
            &format!("{dir}/diagnosis.toml"),
            &format!(
                "date = 2026-02-20\nauthor = \"pracownik-{g}-1\"\nmaterial = \"Zasiłek\"\nhousing = \"Mieszkanie\"\nproblems = [\"Absencja\"]\nneeds = [\"Asystent\"]\n"
            ),
        );
        let mut plan = String::from("adopted = 2026-03-01\nmain_goal = \"Samodzielność\"\n");
        for goal in 1..=3 {
            let _ = write!(
                plan,
                "\n[[goals]]\nid = \"cel{goal}\"\ntext = \"Cel {goal}\"\n"
            );
            let _ = write!(
                plan,
                "\n[[goals.tasks]]\nid = \"zad{goal}a\"\ntext = \"Zadanie\"\ninstitution = \"sp-{g}\"\ndue = 2026-12-31\n"
            );
            let _ = write!(
                plan,
                "\n[[goals.tasks]]\nid = \"zad{goal}b\"\ntext = \"Zadanie\"\nmember = \"matka1\"\ndue = 2026-12-31\nservice = \"asystent-{g}\"\n"
            );
        }
        put(&format!("{dir}/plan.toml"), &plan);
        for month in 3..=8 {
            for (who, task) in [(format!("sp-{g}"), "a"), ("matka1".to_string(), "b")] {
                let entries: String = (1..=3).map(|goal| format!("[[entries]]\nid = \"w{month}{goal}{task}\"\ntask = \"zad{goal}{task}\"\nprogress = \"Postęp\"\ndate = 2026-{month:02}-28\n\n")).collect();
                put(
                    &format!("{dir}/monitoring/2026-{month:02}/{who}.toml"),
                    &entries,
                );
            }
        }
        put(
            &format!("{dir}/evaluations/2026-08-31.toml"),
            "main_goal = \"partly\"\nnext = 2026-12-15\n\n[[goals]]\ngoal = \"cel1\"\ndegree = \"partly\"\n",
        );
    }
    files
}

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
        let args = [
            "koop",
            "-C",
            &root,
            "task",
            "reschedule",
            "2026-001",
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
    let (gminy, cases, runs) = if quick { (2, 10, 1) } else { (10, 300, 15) };
    let dir = tempfile::tempdir().expect("temp dir");
    let files = generate(dir.path(), gminy, cases);
    // Pin "today" so K020 sees the same elapsed months on every run.
    // SAFETY: no other thread exists yet, so nothing reads the environment concurrently.
    unsafe { std::env::set_var("KOOP_TODAY", "2026-09-15") };
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

    // SAFETY: single-threaded here; koop reads KOOP_TODAY when it runs.
    unsafe { std::env::set_var("KOOP_TODAY", "2026-11-23") };
    time_write(dir.path(), runs, "(institution add)", 0);

    // The same repository with every case's personal data encrypted (members and diagnosis),
    // as `koop init` sets it up: loading now decrypts them in memory.
    let (text, public) = koop::store::crypt::generate();
    let identity = dir.path().join(".identity.txt");
    std::fs::write(&identity, text).expect("identity");
    // SAFETY: still single-threaded; the identity is read once, on first use, after this.
    unsafe { std::env::set_var("KOOP_IDENTITY", &identity) };
    std::fs::create_dir_all(dir.path().join("keys")).expect("keys/");
    std::fs::write(dir.path().join("keys/bench.txt"), format!("{public}\n")).expect("key");
    let recipients = koop::store::crypt::recipients(dir.path()).expect("recipients");
    let sealed = {
        let lock = koop::store::Lock::acquire(dir.path()).expect("lock");
        let store = koop::store::load(dir.path()).expect("load");
        let mut tx = koop::store::tx::Tx::begin(lock, &store);
        let n = koop::commands::keys::reencrypt(&mut tx, &recipients).expect("encrypt");
        let prepared = tx.prepare().expect("prepare");
        koop::store::oplog::commit(dir.path(), "bench", "encrypt", None, &prepared.files)
            .expect("write");
        n
    };
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
