//! Sharing with care: disclosure packages within the consent's scope, the disclosure
//! register, withdrawal, retention and anonymisation (docs/privacy.md).

use crate::privacy::sensitive_case;
use crate::{Test, fixture};

const NAME: &str = "Zenobia Tajemnicza";
const PHONE: &str = "600 987 654";
const PHRASE: &str = "uzależnienie od hazardu";
const OUT: &str = "(nie udostępniono – poza zakresem zgody)";

/// A qualified case (see `sensitive_case`) with a plan: a school task and a police task.
fn case_with_plan(t: &Test) -> String {
    let id = sensitive_case(t);
    t.run([
        "goal",
        "add",
        &id,
        "--main",
        "Rodzina funkcjonuje samodzielnie",
    ])
    .ok();
    t.run(["goal", "add", &id, "Regularna nauka"]).ok();
    t.run(["goal", "add", &id, "Bezpieczeństwo domowe"]).ok();
    t.run([
        "task",
        "add",
        &id,
        "--goal",
        "1",
        "--responsible",
        "sp1",
        "--due",
        "2026-05-31",
        "Zajęcia wyrównawcze szkolne",
    ])
    .ok();
    t.run([
        "task",
        "add",
        &id,
        "--goal",
        "2",
        "--responsible",
        "kpp",
        "--due",
        "2026-05-31",
        "Wizyty dzielnicowego",
    ])
    .ok();
    id
}

/// Every file of the repository (not .git, not .koop) whose bytes contain `needle`.
fn files_holding(t: &Test, needle: &str) -> Vec<String> {
    t.files()
        .into_iter()
        .filter(|f| {
            let bytes = t.bytes(f);
            bytes.windows(needle.len()).any(|w| w == needle.as_bytes())
        })
        .collect()
}

#[test]
fn a_school_gets_its_tasks_without_the_diagnosis_and_under_a_narrower_scope_without_names() {
    let t = fixture();
    let id = case_with_plan(&t);
    // The consent of 5 March said the school may have the names and the plan.
    t.run([
        "case",
        "consent",
        &id,
        "--by",
        "m1",
        "--share",
        "school=identity,plan",
    ])
    .ok()
    .out_has("lets koop share");
    // `case show` names the kind in the language in use.
    t.run(["case", "show", &id])
        .ok()
        .out_has("m1: school → identity, plan");
    t.run_env(
        t.path(),
        &[("KOOP_LANG", "pl".as_ref())],
        ["case", "show", &id],
    )
    .ok()
    .out_has("m1: szkoła → dane-osobowe, plan");
    let run = t
        .run([
            "share",
            &id,
            "--to",
            "sp1",
            "--purpose",
            "Zadania szkoły dla planu",
            "--date",
            "2026-04-01",
        ])
        .ok();
    run.out_has("PAKIET INFORMACJI")
        .out_has("Zadania szkoły dla planu")
        .out_has("Zajęcia wyrównawcze szkolne")
        .out_has("Regularna nauka")
        .out_has(NAME)
        .out_has(PHONE)
        .out_has(OUT);
    assert!(!run.stdout.contains(PHRASE), "{}", run.stdout);
    // The police's task and the goal it serves are not the school's.
    assert!(
        !run.stdout.contains("Wizyty dzielnicowego"),
        "{}",
        run.stdout
    );
    assert!(
        !run.stdout.contains("Bezpieczeństwo domowe"),
        "{}",
        run.stdout
    );

    // From 1 June the family allows the school the plan only: a new consent.
    t.run([
        "case",
        "consent",
        &id,
        "--by",
        "m1",
        "--withdraw",
        "--date",
        "2026-06-01",
    ])
    .ok();
    t.run([
        "case",
        "consent",
        &id,
        "--by",
        "m1",
        "--date",
        "2026-06-01",
        "--share",
        "sp1=plan",
    ])
    .ok();
    let json = t
        .run([
            "share",
            &id,
            "--to",
            "sp1",
            "--purpose",
            "Zadania szkoły",
            "--date",
            "2026-06-02",
            "--format",
            "json",
        ])
        .ok()
        .json();
    assert_eq!(json["members"][0]["name"], OUT);
    assert_eq!(json["members"][0]["phone"], serde_json::Value::Null);
    assert_eq!(json["purpose"], "Zadania szkoły");
    assert_eq!(
        json["plan"]["goals"][0]["tasks"][0]["text"],
        "Zajęcia wyrównawcze szkolne"
    );
    let md = t
        .run([
            "share",
            &id,
            "--to",
            "sp1",
            "--purpose",
            "Zadania szkoły",
            "--date",
            "2026-06-02",
        ])
        .ok();
    assert!(!md.stdout.contains(NAME), "{}", md.stdout);
    assert!(!md.stdout.contains(PHONE), "{}", md.stdout);
    assert!(!md.stdout.contains(PHRASE), "{}", md.stdout);
    md.out_has("Zajęcia wyrównawcze szkolne");
    // A scope once recorded is not silently changed.
    t.run([
        "case",
        "consent",
        &id,
        "--by",
        "m1",
        "--share",
        "sp1=identity",
    ])
    .fails(1)
    .err_has("says already what may be shared");
}

#[test]
fn without_consent_covering_the_recipient_share_refuses_and_says_why() {
    let t = fixture();
    let id = case_with_plan(&t);
    let before = t.state();
    // A consent with a free-text scope only: koop cannot apply it.
    t.run(["share", &id, "--to", "sp1", "--purpose", "Plan"])
        .fails(1)
        .err_has("do not say what may be shared");
    t.run([
        "case",
        "consent",
        &id,
        "--by",
        "m1",
        "--share",
        "school=plan",
    ])
    .ok();
    let after_scope = t.state();
    // The police are not in it.
    t.run(["share", &id, "--to", "kpp", "--purpose", "Plan"])
        .fails(1)
        .err_has("does not cover")
        .err_has("kpp");
    // Before the consent was given, nothing.
    t.run([
        "share",
        &id,
        "--to",
        "sp1",
        "--purpose",
        "Plan",
        "--date",
        "2026-03-04",
    ])
    .fails(1)
    .err_has("no consent in force on 2026-03-04");
    // --purpose is required.
    t.run(["share", &id, "--to", "sp1"]).fails(2);
    // No refusal wrote anything (the register included).
    t.unchanged(&after_scope);
    assert_ne!(before, after_scope);
    assert!(
        !t.files()
            .iter()
            .any(|f| f.starts_with("disclosures/") && f.ends_with(".toml"))
    );
}

#[test]
fn the_register_records_shares_and_revealed_files_without_personal_data() {
    let t = fixture();
    let id = case_with_plan(&t);
    t.run([
        "case",
        "consent",
        &id,
        "--by",
        "m1",
        "--share",
        "sp1=identity,plan",
        "--share",
        "kpp=plan",
    ])
    .ok();
    t.run(["share", &id, "--to", "sp1", "--purpose", "Plan szkoły"])
        .ok()
        .err_has("disclosure register");
    t.run([
        "share",
        &id,
        "--to",
        "kpp",
        "--purpose",
        "Wizyty dzielnicowego",
        "-o",
        "pakiet-kpp.md",
        "--force",
    ])
    .ok();
    assert!(t.read("pakiet-kpp.md").contains("Wizyty dzielnicowego"));
    // The revealed karta written to a file is in the register; printed to the terminal, not.
    t.run(["doc", "karta", &id, "--reveal"]).ok().out_has(NAME);
    t.run([
        "doc",
        "karta",
        &id,
        "--reveal",
        "--purpose",
        "Podpis planu",
        "-o",
        "karta.md",
        "--force",
    ])
    .ok();
    let log = t.run(["share", "log", "--format", "json"]).ok().json();
    let entries = log.as_array().expect("entries");
    assert_eq!(entries.len(), 3, "{log:#}");
    let acts: Vec<(&str, &str)> = entries
        .iter()
        .map(|e| {
            (
                e["act"].as_str().unwrap_or(""),
                e["to"].as_str().unwrap_or("-"),
            )
        })
        .collect();
    assert!(acts.contains(&("share", "sp1")), "{acts:?}");
    assert!(acts.contains(&("share", "kpp")), "{acts:?}");
    assert!(acts.contains(&("reveal", "-")), "{acts:?}");
    let sp1 = entries.iter().find(|e| e["to"] == "sp1").expect("sp1");
    assert_eq!(sp1["case"], id.as_str());
    assert_eq!(sp1["purpose"], "Plan szkoły");
    assert_eq!(sp1["categories"], serde_json::json!(["identity", "plan"]));
    let reveal = entries
        .iter()
        .find(|e| e["act"] == "reveal")
        .expect("reveal");
    assert_eq!(reveal["document"], "karta");
    assert_eq!(reveal["purpose"], "Podpis planu");
    // Filters.
    let kpp = t
        .run(["share", "log", "--to", "kpp", "--format", "json"])
        .ok()
        .json();
    assert_eq!(kpp.as_array().map(Vec::len), Some(1));
    let by_case = t
        .run(["share", "log", "--case", &id, "--format", "json"])
        .ok()
        .json();
    assert_eq!(by_case.as_array().map(Vec::len), Some(3));
    // A mistyped number is said, not listed as an empty register.
    t.run(["share", "log", "--case", &format!("{id}9")])
        .fails(1)
        .err_has(&format!("`{id}9`"));
    // One file per entry, no names, phones or diagnosis in any of them.
    let register: Vec<String> = t
        .files()
        .into_iter()
        .filter(|f| f.starts_with("disclosures/") && f.ends_with(".toml"))
        .collect();
    assert_eq!(register.len(), 3, "{register:?}");
    for f in &register {
        let text = t.read(f);
        for secret in [NAME, "Zenobia", "Tajemnicza", PHONE, PHRASE] {
            assert!(!text.contains(secret), "{f}: {text}");
        }
    }
    // Each entry is an operation: logged, and undone like any other.
    t.run(["log"]).ok().out_has("record a disclosure");
    t.run(["undo"]).ok();
    let log = t.run(["share", "log", "--format", "json"]).ok().json();
    assert_eq!(log.as_array().map(Vec::len), Some(2));
    t.run(["check"]).ok();
}

/// A package says what stood on its day: monitoring recorded after it is not in it, also
/// when it is recorded later with `--date`.
#[test]
fn a_package_holds_what_stood_on_its_day() {
    let t = crate::example_copy();
    // Both consents of case 2026-002 let the police have the plan and its monitoring.
    let path = "cases/2026-002-p5nv/case.toml";
    let scope = "scope = \"udział w pracy GGK\"\n";
    let text = t.read(path);
    assert_eq!(text.matches(scope).count(), 2, "{text}");
    t.write(
        path,
        text.replace(
            scope,
            &format!(
                "{scope}\n[[consent.share]]\nto = [\"kpp-przykladowo\"]\ncategories = [\"plan\", \"monitoring\"]\n"
            ),
        ),
    );
    let package = |day: &str| {
        t.run([
            "share",
            "2026-002",
            "--to",
            "kpp-przykladowo",
            "--purpose",
            "Wizyty dzielnicowego",
            "--date",
            day,
            "--format",
            "md",
        ])
        .ok()
        .stdout
        .clone()
    };
    let august = package("2026-08-31");
    assert!(august.contains("sierpień 2026"), "{august}");
    assert!(!august.contains("wrzesień 2026"), "{august}");
    assert!(!august.contains("październik 2026"), "{august}");
    let november = package("2026-11-23");
    assert!(november.contains("październik 2026"), "{november}");
}

#[test]
fn a_name_in_a_register_entrys_purpose_is_flagged() {
    let t = fixture();
    let id = case_with_plan(&t);
    t.run([
        "case",
        "consent",
        &id,
        "--by",
        "m1",
        "--share",
        "sp1=identity,plan",
    ])
    .ok();
    let clean = t.run(["check"]).ok().stdout.clone();
    assert!(!clean.contains("K033"), "{clean}");
    // The register is plain text: an inflected surname in the purpose is found there.
    t.run([
        "share",
        &id,
        "--to",
        "sp1",
        "--purpose",
        "Zadania szkoły dla pani Tajemniczej",
    ])
    .ok();
    let entry = t
        .files()
        .into_iter()
        .find(|f| f.starts_with("disclosures/"))
        .expect("an entry");
    let text = t.read(&entry);
    let (line, column) = text
        .lines()
        .enumerate()
        .filter(|(_, l)| l.starts_with("purpose ="))
        .find_map(|(i, l)| Some((i + 1, l[..l.find("Tajemnicz")?].chars().count() + 1)))
        .expect("a purpose with the name");
    // At the name itself.
    t.run(["check"])
        .ok()
        .out_has("K033")
        .out_has(&format!("{entry}:{line}:{column}"));
}

#[test]
fn a_withdrawal_stops_later_packages_and_check_flags_what_came_after_it() {
    let t = fixture();
    let id = case_with_plan(&t);
    t.run([
        "case",
        "consent",
        &id,
        "--by",
        "m1",
        "--share",
        "school,kpp=plan,monitoring",
    ])
    .ok();
    t.run([
        "share",
        &id,
        "--to",
        "sp1",
        "--purpose",
        "Plan",
        "--date",
        "2026-04-01",
    ])
    .ok();
    t.run([
        "case",
        "consent",
        &id,
        "--by",
        "m1",
        "--withdraw",
        "--date",
        "2026-04-10",
    ])
    .ok();
    t.run(["case", "show", &id])
        .ok()
        .out_has("packages      stopped: m1 withdrew their consent on 2026-04-10");
    let before = t.state();
    t.run([
        "share",
        &id,
        "--to",
        "sp1",
        "--purpose",
        "Plan",
        "--date",
        "2026-04-11",
    ])
    .fails(1)
    .err_has("withdrew their consent in case")
    .err_has("2026-04-10");
    t.unchanged(&before);
    // The package of 1 April was within the consent: check is quiet about it.
    let quiet = t.run(["check"]);
    assert!(!quiet.stderr.contains("K048"), "{}", quiet.stderr);
    assert!(!quiet.stdout.contains("K048"), "{}", quiet.stdout);
    // A clone that did not know of the withdrawal made a package on 12 April.
    let entry = t
        .files()
        .into_iter()
        .find(|f| f.starts_with("disclosures/") && f.ends_with(".toml"))
        .expect("an entry");
    let text = t.read(&entry).replace("2026-04-01", "2026-04-12");
    t.write("disclosures/2026-04-12-parallel.toml", text);
    // And one gave the police the diagnosis, which no consent allows.
    let beyond = t
        .read(&entry)
        .replace("\"sp1\"", "\"kpp\"")
        .replace("categories = [", "categories = [\"health\", ");
    t.write("disclosures/2026-04-01-beyond.toml", beyond);
    let run = t.run(["check"]);
    let all = run.all();
    assert!(all.contains("K048"), "{all}");
    assert!(
        all.contains("after m1 withdrew their consent on 2026-04-10"),
        "{all}"
    );
    assert!(all.contains("no consent in force allowed: health"), "{all}");
    assert!(
        all.contains("disclosures/2026-04-12-parallel.toml"),
        "{all}"
    );
}

/// Every file of the folder but git's own, with the operation log's hex-encoded bytes
/// decoded, as text: what a search of the working tree finds.
fn working_tree_text(t: &Test) -> Vec<(String, String)> {
    t.files_with_state()
        .into_iter()
        .map(|f| {
            let bytes = t.bytes(&f);
            let mut text = String::from_utf8_lossy(&bytes).into_owned();
            if f.starts_with(".koop/") {
                // The log keeps each file's bytes in hex: decode every long hex run.
                for word in text.clone().split(|c: char| !c.is_ascii_hexdigit()) {
                    if word.len() >= 16 && word.len() % 2 == 0 {
                        let decoded: Vec<u8> = (0..word.len())
                            .step_by(2)
                            .filter_map(|i| u8::from_str_radix(&word[i..i + 2], 16).ok())
                            .collect();
                        text.push_str(&String::from_utf8_lossy(&decoded));
                    }
                }
            }
            (f, text)
        })
        .collect()
}

#[test]
fn retention_lists_ended_cases_and_anonymise_leaves_nothing_personal() {
    let t = fixture().today("2031-06-01");
    let id = case_with_plan(&t);
    // Another case, still open, keeps its member.
    let active = t
        .run([
            "case",
            "new",
            "--kind",
            "person",
            "--referred-by",
            "sp1",
            "--date",
            "2026-05-04",
        ])
        .ok()
        .stdout
        .trim()
        .to_string();
    t.run(["case", "member", "add", &active, "--name", "Teodor Jawny"])
        .ok();
    t.run([
        "case",
        "end",
        &id,
        "refused",
        "--date",
        "2026-04-02",
        "--reason",
        "Rodzina zrezygnowała",
    ])
    .ok();
    let config = t.read("koop.toml");
    t.write(
        "koop.toml",
        format!(
            "{config}\n[retention]\nclosed_cases_years = 10\nbasis = \"JRWA, kategoria B10\"\n"
        ),
    );
    // Within ten years: listed only with --all, and not anonymised without --force.
    let none = t.run(["retention", "--format", "json"]).ok().json();
    assert_eq!(none, serde_json::json!([]));
    let all = t
        .run(["retention", "--all", "--format", "json"])
        .ok()
        .json();
    assert_eq!(all[0]["case"], id.as_str());
    assert_eq!(all[0]["retained_until"], "2036-04-02");
    assert_eq!(all[0]["past"], false);
    t.run(["retention"]).ok().err_has("JRWA, kategoria B10");
    // Dates and statuses only: without a key nothing is missing, so nothing is said of it.
    let keyless = tempfile::tempdir().expect("a home without a key");
    let home: &[(&str, &std::ffi::OsStr)] = &[
        ("HOME", keyless.path().as_os_str()),
        ("XDG_CONFIG_HOME", keyless.path().as_os_str()),
    ];
    let run = t.run_env(t.path(), home, ["retention", "--all"]).ok();
    assert!(run.stdout.contains(&id), "{}", run.stdout);
    assert!(!run.stderr.contains("decrypt"), "{}", run.stderr);
    let before = t.state();
    t.run(["case", "anonymise", &id])
        .fails(1)
        .err_has("is kept until 2036-04-02")
        .err_has("--force --reason");
    t.run(["case", "anonymise", &id, "--force"]).fails(2);
    t.run(["case", "anonymise", &active])
        .fails(1)
        .err_has("has not ended");
    t.unchanged(&before);
    // Five years: past.
    t.write(
        "koop.toml",
        format!("{config}\n[retention]\nclosed_cases_years = 5\n"),
    );
    let past = t.run(["retention", "--format", "json"]).ok().json();
    assert_eq!(past.as_array().map(Vec::len), Some(1), "{past:#}");
    assert_eq!(past[0]["case"], id.as_str());
    assert_eq!(past[0]["past"], true);
    let stats = t.run(["export", "stats", "--format", "json"]).ok().stdout;
    // Before: the name, phone and diagnosis are there (decrypted).
    t.run(["case", "show", &id, "--reveal"]).ok().out_has(NAME);
    t.run(["case", "anonymise", &id])
        .ok()
        .out_has("Anonymised case")
        .err_has("git");
    // Nothing personal in any file of the working tree, the operation log and the parse
    // cache (which `export stats` filled) included, nor in what the case decrypts to.
    let other_case_files = format!("cases/{active}");
    let nothing_personal = || {
        for (f, text) in working_tree_text(&t) {
            if f.starts_with(&other_case_files) {
                continue;
            }
            for secret in [
                NAME,
                "Tajemnicz",
                PHONE,
                PHRASE,
                "Zajęcia wyrównawcze",
                "Rodzina zrezygnowała",
            ] {
                assert!(!text.contains(secret), "{f} holds {secret:?}");
            }
        }
    };
    nothing_personal();
    // Figures unchanged.
    assert_eq!(
        t.run(["export", "stats", "--format", "json"]).ok().stdout,
        stats
    );
    nothing_personal();
    let shown = t
        .run(["case", "show", &id, "--reveal", "--format", "json"])
        .ok();
    for secret in [NAME, PHONE, PHRASE] {
        assert!(!shown.stdout.contains(secret), "{}", shown.stdout);
    }
    let karta = t.run(["doc", "karta", &id, "--reveal"]).ok();
    for secret in [NAME, PHONE, PHRASE, "Zajęcia wyrównawcze"] {
        assert!(!karta.stdout.contains(secret), "{}", karta.stdout);
    }
    karta.out_has("(zanonimizowano)");
    // The other case keeps its data.
    t.run(["case", "show", &active, "--reveal"])
        .ok()
        .out_has("Teodor Jawny");
    // The act is in the register, without a name; it is not done twice.
    let log = t
        .run(["share", "log", "--case", &id, "--format", "json"])
        .ok()
        .json();
    assert_eq!(log[0]["act"], "anonymise");
    assert!(files_holding(&t, NAME).is_empty());
    t.run(["case", "anonymise", &id])
        .fails(1)
        .err_has("anonymised on 2031-06-01 already");
    assert!(
        t.run(["retention", "--format", "json"]).ok().json() == serde_json::json!([]),
        "an anonymised case is not listed again"
    );
    t.run(["check"]).ok();
}

#[test]
fn check_flags_monitoring_recorded_after_a_withdrawal() {
    let t = crate::example_copy();
    let quiet = t.run(["check"]).all();
    assert!(!quiet.contains("K049"), "{quiet}");
    // The father withdrew on 20 October; October's monitoring was recorded on the 27th.
    t.run([
        "case",
        "consent",
        "2026-002",
        "--by",
        "m1",
        "--withdraw",
        "--date",
        "2026-10-20",
    ])
    .ok();
    let all = t.run(["check"]).all();
    assert!(all.contains("warning[K049]"), "{all}");
    assert!(
        all.contains(
            "monitoring of 2026-10-27 recorded after m1 withdrew their consent on 2026-10-20"
        ),
        "{all}"
    );
    assert!(
        all.contains("cases/2026-002-p5nv/monitoring/2026-10/"),
        "{all}"
    );
    // September's, before the withdrawal, is not flagged.
    assert!(!all.contains("monitoring/2026-09/"), "{all}");
}
