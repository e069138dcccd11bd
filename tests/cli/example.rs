//! The bundled example, examples/gmina-przykladowo: it passes `koop check`, and the reports
//! give the numbers its build script implies.

use crate::{Test, example};

fn koop(args: &[&str]) -> crate::Run {
    let t = Test::new();
    let dir = example().to_string_lossy().to_string();
    let mut all = vec!["-C", dir.as_str()];
    all.extend_from_slice(args);
    t.run(all)
}

fn rows(args: &[&str]) -> Vec<serde_json::Value> {
    let run = koop(args).ok();
    serde_json::from_str::<serde_json::Value>(&run.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", run.stdout))
        .as_array()
        .cloned()
        .unwrap_or_default()
}

fn col(rows: &[serde_json::Value], key: &str) -> Vec<String> {
    rows.iter()
        .map(|r| r[key].as_str().unwrap_or("").to_string())
        .collect()
}

#[test]
fn the_example_passes_check() {
    let run = koop(&["check"]).ok();
    assert!(
        run.stdout.ends_with("files: no problems\n"),
        "{}",
        run.stdout
    );
}

#[test]
fn the_example_has_cases_at_every_stage() {
    let cases = rows(&["case", "list", "--format", "json"]);
    assert_eq!(
        col(&cases, "id"),
        ["2026-001", "2026-002", "2026-003", "2026-004", "2026-005"]
    );
    assert_eq!(
        col(&cases, "status"),
        ["closed", "active", "qualified", "referred", "not-qualified"]
    );
}

#[test]
fn monitoring_report_for_known_months() {
    // October: task 2.1 was done in September, the four other tasks of 2026-002 reported.
    let oct = rows(&[
        "report",
        "monitoring",
        "--month",
        "2026-10",
        "--format",
        "json",
    ]);
    assert_eq!(col(&oct, "case"), ["2026-002"; 4]);
    assert_eq!(col(&oct, "task"), ["1.1", "1.2", "1.3", "3.1"]);
    assert_eq!(
        col(&oct, "responsible"),
        [
            "spzoz-przykladowo",
            "m1",
            "kpp-przykladowo",
            "pcpr-przykladowo"
        ]
    );
    assert_eq!(col(&oct, "reported"), ["yes"; 4]);
    // September still has task 2.1 (done on the 21st).
    let sep = rows(&[
        "report",
        "monitoring",
        "--month",
        "2026-09",
        "--format",
        "json",
    ]);
    assert_eq!(col(&sep, "task"), ["1.1", "1.2", "1.3", "2.1", "3.1"]);
    // November: nothing reported yet.
    let nov = rows(&[
        "report",
        "monitoring",
        "--month",
        "2026-11",
        "--format",
        "json",
    ]);
    assert_eq!(col(&nov, "reported"), ["missing"; 4]);
    // May: the closed case 2026-001 was still active, and both cases reported.
    let may = rows(&[
        "report",
        "monitoring",
        "--month",
        "2026-05",
        "--format",
        "json",
    ]);
    assert_eq!(col(&may, "case"), ["2026-001"; 3]);
    assert_eq!(col(&may, "reported"), ["yes"; 3]);
    assert_eq!(
        may[2]["progress"],
        "Porozumienie z zarządcą lokalu podpisane"
    );
    // One case only.
    let one = rows(&[
        "report",
        "monitoring",
        "--month",
        "2026-06",
        "--case",
        "2026-002",
        "--format",
        "json",
    ]);
    assert_eq!(col(&one, "case"), ["2026-002"; 5]);
}

#[test]
fn overdue_report_for_known_days() {
    let dec1 = rows(&[
        "report",
        "overdue",
        "--on",
        "2026-12-01",
        "--format",
        "json",
    ]);
    assert_eq!(col(&dec1, "task"), ["1.3"]);
    assert_eq!(col(&dec1, "responsible"), ["kpp-przykladowo"]);
    assert_eq!(col(&dec1, "person"), ["michal-piotrowski"]);
    assert_eq!(col(&dec1, "days_overdue"), ["1"]);
    let dec20 = rows(&[
        "report",
        "overdue",
        "--on",
        "2026-12-20",
        "--format",
        "json",
    ]);
    assert_eq!(
        col(&dec20, "responsible"),
        [
            "kpp-przykladowo",
            "m1 (member of 2026-002)",
            "pcpr-przykladowo",
            "spzoz-przykladowo"
        ]
    );
    let today = rows(&["report", "overdue", "--format", "json"]); // KOOP_TODAY 2026-11-23
    assert!(today.is_empty(), "{today:?}");
}

#[test]
fn caseload_report_counts_the_active_case() {
    let load = rows(&["report", "caseload", "--format", "json"]);
    let find = |inst: &str, person: &str| {
        load.iter()
            .find(|r| r["institution"] == inst && r["person"] == person)
            .map(|r| {
                (
                    r["active_cases"].as_str().unwrap().to_string(),
                    r["open_tasks"].as_str().unwrap().to_string(),
                )
            })
    };
    assert_eq!(find("gops-przykladowo", ""), Some(("1".into(), "0".into())));
    assert_eq!(
        find("gops-przykladowo", "joanna-kaminska"),
        Some(("1".into(), "0".into()))
    );
    assert_eq!(
        find("spzoz-przykladowo", "beata-krol"),
        Some(("1".into(), "1".into()))
    );
    assert_eq!(find("kpp-przykladowo", ""), Some(("1".into(), "1".into())));
    assert_eq!(
        find("pup-przykladowo", "lukasz-sikora"),
        Some(("1".into(), "0".into()))
    );
    assert_eq!(
        find("sp1-przykladowo", ""),
        None,
        "the closed case is not caseload"
    );
}

#[test]
fn case_show_hides_names_unless_revealed() {
    let run = koop(&["case", "show", "2026-002"]).ok();
    assert!(!run.stdout.contains("Kalinow"), "{}", run.stdout);
    assert!(
        run.stdout.contains("status        active"),
        "{}",
        run.stdout
    );
    let run = koop(&["case", "show", "2026-002", "--reveal"]).ok();
    assert!(run.stdout.contains("Marta Kalinowska"), "{}", run.stdout);
}

/// `koop report missing`: who still owes November's monitoring, with contacts, as CSV for a
/// mail merge and as reminders to send, without the families' names.
#[test]
fn report_missing_lists_who_owes_a_report_and_writes_reminders() {
    let t = crate::Test::new();
    let dir = crate::example().display().to_string();
    let run = |env: &[(&str, &str)], args: &[&str]| {
        let env: Vec<(&str, &std::ffi::OsStr)> = env
            .iter()
            .map(|(k, v)| (*k, std::ffi::OsStr::new(*v)))
            .collect();
        let mut all = vec![
            "-C",
            dir.as_str(),
            "report",
            "missing",
            "--month",
            "2026-11",
        ];
        all.extend(args);
        t.run_env(t.path(), &env, all).ok().stdout
    };
    let csv = run(&[], &["--format", "csv"]);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[0],
        "responsible,person,phone,email,case,task,text,due"
    );
    assert!(
        lines.contains(
            &"kpp-przykladowo,michal-piotrowski,22 600 20 43,m.piotrowski@przykladowo.pl,2026-002,1.3,Wizyty dzielnicowego raz w miesiącu,2026-11-30"
        ),
        "{csv}"
    );
    // The family member responsible for a task is named by number, with no contact.
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("m1 (member of 2026-002),,,,2026-002,1.2,")),
        "{csv}"
    );
    // Monitoring reported for the month is not asked for again: October is complete.
    let october = t
        .run([
            "-C",
            dir.as_str(),
            "report",
            "missing",
            "--month",
            "2026-10",
            "--format",
            "json",
        ])
        .ok()
        .json();
    assert_eq!(october.as_array().map(Vec::len), Some(0), "{october}");
    let text = run(&[("KOOP_LANG", "pl")], &["--format", "text"]);
    assert!(text.starts_with("Do: Komenda Powiatowa Policji w Przykładowie (kpp-przykladowo)\nKontakt: m.piotrowski@przykladowo.pl, 22 600 20 43\n"), "{text}");
    assert!(text.contains("- sprawa 2026-002, zadanie 1.3: Wizyty dzielnicowego raz w miesiącu (termin 2026-11-30; Michał Piotrowski)"), "{text}");
    assert_eq!(text.matches("Dziękujemy.").count(), 3, "{text}");
    for name in ["Kalinowski", "Kalinowska", "m1"] {
        assert!(!text.contains(name), "{name} in a reminder:\n{text}");
    }
}

/// `koop case list` filters: statuses (repeated), kind, coordinator, institution, team, the
/// referral period, and the cases that need attention; an unknown ID is refused with the
/// closest.
#[test]
fn case_list_filters_the_cases() {
    let t = crate::Test::new();
    let dir = crate::example().display().to_string();
    let ids = |env: &[(&str, &str)], args: &[&str]| -> Vec<String> {
        let env: Vec<(&str, &std::ffi::OsStr)> = env
            .iter()
            .map(|(k, v)| (*k, std::ffi::OsStr::new(*v)))
            .collect();
        let mut all = vec!["-C", dir.as_str(), "case", "list", "--format", "json"];
        all.extend(args);
        let json = t.run_env(t.path(), &env, all).ok().json();
        json.as_array()
            .map(|a| {
                a.iter()
                    .map(|c| c["id"].as_str().unwrap_or("").to_string())
                    .collect()
            })
            .unwrap_or_default()
    };
    let none: &[(&str, &str)] = &[];
    assert_eq!(
        ids(none, &["--status", "closed", "--status", "active"]),
        ["2026-001", "2026-002"]
    );
    assert_eq!(ids(none, &["--status", "zakończona"]), ["2026-001"]);
    assert_eq!(ids(none, &["--kind", "person"]), ["2026-003", "2026-004"]);
    assert_eq!(
        ids(none, &["--coordinator", "tomasz-wojcik"]),
        ["2026-001", "2026-003"]
    );
    assert_eq!(
        ids(none, &["--institution", "kpp-przykladowo"]),
        ["2026-002"]
    );
    assert_eq!(ids(none, &["--team", "ggk-przykladowo"]).len(), 3);
    assert_eq!(
        ids(
            none,
            &[
                "--referred-from",
                "2026-10-01",
                "--referred-to",
                "2026-10-31"
            ]
        ),
        ["2026-003", "2026-005"]
    );
    // On 2 December November's monitoring of 2026-002 is not all in; on 23 November nothing
    // is due yet.
    assert_eq!(
        ids(&[("KOOP_TODAY", "2026-12-02")], &["--attention"]),
        ["2026-002"]
    );
    assert!(ids(none, &["--attention"]).is_empty());
    let run = t
        .run([
            "-C",
            dir.as_str(),
            "case",
            "list",
            "--coordinator",
            "tomasz-wojcikk",
        ])
        .fails(1);
    run.err_has("no person with ID `tomasz-wojcikk`")
        .err_has("did you mean `tomasz-wojcik`?");
}

/// The README's first commands on the example, as a reader runs them: no KOOP_TODAY, the
/// calendar's date whatever it is; the example's `as_of` keeps them clean.
#[test]
fn the_readme_first_commands_on_the_example_are_clean_on_any_date() {
    let t = Test::new();
    let run = |args: &[&str]| {
        let out = t
            .command(t.path())
            .env_remove("KOOP_TODAY")
            .arg("-C")
            .arg(example())
            .args(args)
            .output()
            .unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).to_string(),
            String::from_utf8_lossy(&out.stderr).to_string(),
        )
    };
    let (code, stdout, stderr) = run(&["check"]);
    assert_eq!(code, Some(0), "{stdout}{stderr}");
    assert!(stdout.ends_with("files: no problems\n"), "{stdout}{stderr}");
    let (code, stdout, stderr) = run(&["report", "monitoring", "--month", "2026-10"]);
    assert_eq!(code, Some(0), "{stdout}{stderr}");
    assert!(stderr.is_empty(), "{stderr}");
    // The example describes 23 November 2026: what is due is judged on that day.
    let (_, stdout, _) = run(&["agenda", "--format", "json"]);
    assert!(stdout.contains("\"date\": \"2026-11-30\""), "{stdout}");
    // KOOP_TODAY still wins: a year later, the example's monitoring is missing.
    let late = t
        .command(t.path())
        .env("KOOP_TODAY", "2027-12-01")
        .args(["-C"])
        .arg(example())
        .arg("check")
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&late.stderr).contains("K020")
            || String::from_utf8_lossy(&late.stdout).contains("K020"),
        "{}",
        String::from_utf8_lossy(&late.stdout)
    );
}

#[test]
fn as_of_in_koop_toml_is_today_for_every_command_unless_koop_today_or_a_date_says_otherwise() {
    let t = Test::new();
    t.run([
        "init",
        "gmina",
        "--name",
        "Przykładowo",
        "--no-git",
        "--no-encrypt",
        "--as-of",
        "2026-04-30",
    ])
    .ok();
    assert!(t.read("koop.toml").contains("as_of = 2026-04-30\n"));
    t.run([
        "institution",
        "add",
        "--id",
        "gops",
        "--name",
        "Gminny Ośrodek Pomocy Społecznej w Przykładowie",
        "--kind",
        "ops",
        "--level",
        "gmina",
    ])
    .ok();
    let new = |env: Option<&str>, extra: &[&str]| {
        let mut cmd = t.command(t.path());
        match env {
            Some(d) => cmd.env("KOOP_TODAY", d),
            None => cmd.env_remove("KOOP_TODAY"),
        };
        let out = cmd
            .args(["case", "new", "--kind", "person", "--referred-by", "gops"])
            .args(extra)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    };
    let date = |id: &str| {
        t.run(["case", "show", id, "--format", "json"]).ok().json()["referral"]["date"]
            .as_str()
            .unwrap()
            .to_string()
    };
    // Without KOOP_TODAY: the repository's date.
    let id = new(None, &[]);
    assert_eq!(date(&id), "2026-04-30");
    // KOOP_TODAY wins over it, and an explicit --date over both.
    let id = new(Some("2026-05-04"), &[]);
    assert_eq!(date(&id), "2026-05-04");
    let id = new(None, &["--date", "2026-03-02"]);
    assert_eq!(date(&id), "2026-03-02");
}
