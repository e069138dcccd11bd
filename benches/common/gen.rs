//! The benches' generator: a realistic repository at a given scale — institutions and their
//! people, a PZK and a GGK per gmina with their agreements and meetings, services, and cases
//! with members, diagnosis, a plan (IPW), monitoring from several institutions over six
//! months and an evaluation. `encrypt` then seals every case's members and diagnosis with
//! age, through koop's own re-encryption, so the files are exactly what `koop keys` writes.

// Each bench uses a part of it.
#![allow(dead_code)]

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// How big a generated repository is.
#[derive(Clone, Copy, Debug)]
pub struct Scale {
    pub name: &'static str,
    pub gminy: usize,
    pub cases: usize,
}

/// ~5,000 files: a powiat of 10 gminy and 220 cases.
pub const COUNTY: Scale = Scale {
    name: "county",
    gminy: 10,
    cases: 220,
};
/// ~20,000 files.
pub const COUNTY4: Scale = Scale {
    name: "county4",
    gminy: 40,
    cases: 880,
};
/// ~100,000 files: a region's worth of gminy and cases in one tree.
pub const REGION: Scale = Scale {
    name: "region",
    gminy: 200,
    cases: 4400,
};

/// 300 gmina repositories in a region workspace (`commands` only: `koop region …`).
pub const REPOS300: Scale = Scale {
    name: "repos300",
    gminy: 1,
    cases: 0,
};

/// The scales named by `KOOP_BENCH_SCALE` (comma-separated: county, county4, region,
/// repos300; the default is county, so that `cargo bench` stays within minutes).
pub fn scales_from_env() -> Vec<Scale> {
    let names = std::env::var("KOOP_BENCH_SCALE").unwrap_or_else(|_| "county".into());
    names
        .split(',')
        .map(|n| match n.trim() {
            "county" => COUNTY,
            "county4" => COUNTY4,
            "region" => REGION,
            "repos300" => REPOS300,
            other => panic!(
                "KOOP_BENCH_SCALE: unknown scale {other:?} (county, county4, region, repos300)"
            ),
        })
        .collect()
}

fn write(root: &Path, rel: &str, text: &str) {
    let path = root.join(rel);
    std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
    std::fs::write(path, text).expect("write");
}

const SURNAMES: [&str; 8] = [
    "Nowak",
    "Kowalska",
    "Wiśniewski",
    "Wójcik",
    "Kamińska",
    "Lewandowski",
    "Zielińska",
    "Szymański",
];
const PROBLEMS: [&str; 5] = [
    "Absencja szkolna",
    "Bezrobocie",
    "Uzależnienie od alkoholu",
    "Przemoc domowa",
    "Zadłużenie",
];

/// Writes a powiat with `gminy` gminy and `cases` cases spread over them; returns the number
/// of files written.
pub fn generate(root: &Path, gminy: usize, cases: usize) -> usize {
    let mut files = 0;
    let mut put = |rel: &str, text: &str| {
        write(root, rel, text);
        files += 1;
    };
    put(
        "koop.toml",
        "[koop]\nformat = 3\n\n[unit]\nkind = \"powiat\"\nname = \"Przykładowski\"\n",
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
            let surname = SURNAMES[(g + p) % SURNAMES.len()];
            put(
                &format!("institutions/ops-{g}/people/pracownik-{g}-{p}.toml"),
                &format!("name = \"Anna {surname} {g}.{p}\"\nroles = [\"pracownik-socjalny\"]\n"),
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
        let surname = SURNAMES[n % SURNAMES.len()];
        let dir = format!("cases/{}-b{:05}", case_id(n), n);
        put(
            &format!("{dir}/case.toml"),
            &format!(
                "id = \"{}\"\nkind = \"family\"\nstatus = \"active\"\ncoordinator = \"pracownik-{g}-{}\"\n\n[referral]\ndate = 2026-02-02\ninstitution = \"sp-{g}\"\nperson = \"pedagog-{g}\"\nexpectations = \"Wsparcie rodziny w opiece nad dziećmi i powrocie matki do pracy\"\n\n[[consent]]\ndate = 2026-02-05\nby = \"matka1\"\non_behalf_of = [\"syn1\", \"corka1\"]\nform = \"written\"\n\n[qualification]\ndate = 2026-02-10\nteam = \"ggk-{g}\"\n",
                case_id(n),
                n % 4
            ),
        );
        put(
            &format!("{dir}/members.toml"),
            &format!(
                "[[members]]\nid = \"matka1\"\nname = \"Maria {surname}\"\nbirth_year = 1985\nrelation = \"matka\"\n\n[[members]]\nid = \"syn1\"\nname = \"Jan {surname}\"\nbirth_year = 2012\nrelation = \"syn\"\n\n[[members]]\nid = \"corka1\"\nname = \"Zofia {surname}\"\nbirth_year = 2016\nrelation = \"córka\"\n"
            ),
        );
        put(
            &format!("{dir}/diagnosis.toml"),
            &format!(
                "date = 2026-02-20\nauthor = \"pracownik-{g}-1\"\nmaterial = \"Zasiłek okresowy, dochód poniżej kryterium\"\nhousing = \"Mieszkanie komunalne, dwa pokoje\"\nproblems = [\"{}\", \"{}\"]\nneeds = [\"Asystent rodziny\", \"Pomoc w nauce\"]\n",
                PROBLEMS[n % PROBLEMS.len()],
                PROBLEMS[(n + 2) % PROBLEMS.len()]
            ),
        );
        let mut plan =
            String::from("adopted = 2026-03-01\nmain_goal = \"Samodzielność rodziny\"\n");
        for goal in 1..=3 {
            let _ = write!(
                plan,
                "\n[[goals]]\nid = \"cel{goal}\"\ntext = \"Cel {goal}\"\n"
            );
            let _ = write!(
                plan,
                "\n[[goals.tasks]]\nid = \"zad{goal}a\"\ntext = \"Zajęcia wyrównawcze\"\ninstitution = \"sp-{g}\"\ndue = 2026-12-31\n"
            );
            let _ = write!(
                plan,
                "\n[[goals.tasks]]\nid = \"zad{goal}b\"\ntext = \"Spotkania z asystentem\"\nmember = \"matka1\"\ndue = 2026-12-31\nservice = \"asystent-{g}\"\n"
            );
            let _ = write!(
                plan,
                "\n[[goals.tasks]]\nid = \"zad{goal}c\"\ntext = \"Praca socjalna\"\ninstitution = \"ops-{g}\"\ndue = 2026-12-31\n"
            );
        }
        put(&format!("{dir}/plan.toml"), &plan);
        // Monitoring from three parties (the school, the GOPS and the family) each month.
        for month in 3..=8 {
            for (who, task) in [
                (format!("sp-{g}"), "a"),
                ("matka1".to_string(), "b"),
                (format!("ops-{g}"), "c"),
            ] {
                let entries: String = (1..=3).map(|goal| format!("[[entries]]\nid = \"w{month}{goal}{task}\"\ntask = \"zad{goal}{task}\"\nprogress = \"Postęp zgodny z planem, obecność na zajęciach\"\ndate = 2026-{month:02}-28\n\n")).collect();
                put(
                    &format!("{dir}/monitoring/2026-{month:02}/{who}.toml"),
                    &entries,
                );
            }
        }
        put(
            &format!("{dir}/evaluations/2026-08-31.toml"),
            "main_goal = \"partly\"\nnext = 2026-12-15\n\n[[goals]]\ngoal = \"cel1\"\ndegree = \"partly\"\n\n[[goals]]\ngoal = \"cel2\"\ndegree = \"achieved\"\n",
        );
    }
    files
}

/// The number of the `n`-th generated case: every case is referred in 2026, so a county's
/// numbers run past 999 (`2026-001` … `2026-4400`).
pub fn case_id(n: usize) -> String {
    format!("2026-{:03}", n + 1)
}

/// Writes the process's identity to `root/.identity.txt`, adds its public key to `keys/` and encrypts
/// every case's members and diagnosis to it, through koop's own re-encryption (as
/// `koop keys` does). Returns the identity's path and the number of files sealed.
pub fn encrypt(root: &Path) -> (PathBuf, usize) {
    // One key pair for the whole process: koop keeps the identity it read first.
    static KEYS: std::sync::OnceLock<(String, String)> = std::sync::OnceLock::new();
    let (text, public) = KEYS.get_or_init(koop::store::crypt::generate);
    let identity = root.join(".identity.txt");
    std::fs::write(&identity, text).expect("identity");
    // SAFETY: called before any other thread reads the environment; koop reads the identity
    // once, on first use, after this.
    unsafe { std::env::set_var("KOOP_IDENTITY", &identity) };
    std::fs::create_dir_all(root.join("keys")).expect("keys/");
    std::fs::write(root.join("keys/bench.txt"), format!("{public}\n")).expect("key");
    let recipients = koop::store::crypt::recipients(root).expect("recipients");
    let lock = koop::store::Lock::acquire(root).expect("lock");
    let store = koop::store::load(root).expect("load");
    let mut tx = koop::store::tx::Tx::begin(lock, &store);
    let n = koop::commands::keys::reencrypt(&mut tx, &recipients).expect("encrypt");
    let prepared = tx.prepare().expect("prepare");
    koop::store::oplog::commit(root, "bench", "encrypt", None, &prepared.files).expect("write");
    (identity, n)
}

/// The size in bytes of every file under `root` (the oplog and lock in `.koop/` excluded).
pub fn tree_bytes(root: &Path) -> u64 {
    walkdir::WalkDir::new(root)
        .into_iter()
        .filter_entry(|e| e.file_name() != ".koop")
        .filter_map(|e| e.ok())
        .filter(|e| e.file_type().is_file())
        .filter_map(|e| e.metadata().ok())
        .map(|m| m.len())
        .sum()
}
