//! Cases through the real binary: the full course from referral to closure, every refused
//! transition, reports with known numbers, and parallel work in two git clones.

use crate::Test;

/// A gmina with a GOPS, a school, two workers, a GGK and a service.
fn gmina() -> Test {
    let t = Test::init().today("2026-07-15");
    for args in [
        &[
            "institution",
            "add",
            "--id",
            "gops",
            "--name",
            "GOPS",
            "--kind",
            "ops",
            "--level",
            "gmina",
        ][..],
        &[
            "institution",
            "add",
            "--id",
            "sp1",
            "--name",
            "SP 1",
            "--kind",
            "school",
            "--level",
            "gmina",
        ],
        &[
            "person",
            "add",
            "--institution",
            "gops",
            "--name",
            "Anna Kowalska",
            "--role",
            "pracownik-socjalny",
        ],
        &[
            "person",
            "add",
            "--institution",
            "sp1",
            "--name",
            "Jan Nowak",
        ],
        &[
            "team",
            "new",
            "--kind",
            "ggk",
            "--id",
            "ggk",
            "--name",
            "GGK",
            "--coordinator",
            "anna-kowalska",
        ],
        &[
            "team",
            "member",
            "add",
            "ggk",
            "gops",
            "--delegate",
            "anna-kowalska",
        ],
        &[
            "team",
            "member",
            "add",
            "ggk",
            "sp1",
            "--delegate",
            "jan-nowak",
        ],
        &[
            "service",
            "add",
            "--provider",
            "gops",
            "--id",
            "asystent",
            "--name",
            "Asystent rodziny",
        ],
    ] {
        t.run(args).ok();
    }
    t
}

/// The folder of the only case.
fn folder(t: &Test) -> String {
    let files = t.files();
    let case = files
        .iter()
        .find(|f| f.ends_with("/case.toml"))
        .expect("a case");
    case.trim_end_matches("/case.toml").to_string()
}

/// Registers a referral and returns its number.
fn referral(t: &Test, date: &str) -> String {
    let run = t
        .run([
            "case",
            "new",
            "--kind",
            "family",
            "--referred-by",
            "sp1",
            "--date",
            date,
            "--coordinator",
            "anna-kowalska",
        ])
        .ok();
    run.stdout.trim().to_string()
}

/// A case taken up to active with three tasks (1.1 school, 1.2 member m1, 1.3 gops/anna).
fn active_case(t: &Test) -> String {
    let id = referral(t, "2026-03-02");
    t.run([
        "case",
        "member",
        "add",
        &id,
        "--name",
        "Ewa Przykładowa",
        "--birth-year",
        "1988",
        "--relation",
        "matka",
    ])
    .ok();
    t.run(["case", "consent", &id, "--date", "2026-03-05", "--by", "m1"])
        .ok();
    t.run([
        "case",
        "qualify",
        &id,
        "--team",
        "ggk",
        "--date",
        "2026-03-10",
    ])
    .ok();
    t.run([
        "goal",
        "add",
        &id,
        "--main",
        "Rodzina funkcjonuje samodzielnie",
    ])
    .ok();
    t.run(["goal", "add", &id, "Regularna nauka"]).ok();
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
        "Frekwencja",
    ])
    .ok();
    t.run([
        "task",
        "add",
        &id,
        "--goal",
        "1",
        "--responsible",
        "m1",
        "--due",
        "2026-04-30",
        "--service",
        "asystent",
        "Spotkania",
    ])
    .ok();
    t.run([
        "task",
        "add",
        &id,
        "--goal",
        "1",
        "--responsible",
        "anna-kowalska",
        "--due",
        "2026-04-15",
        "Wizyta",
    ])
    .ok();
    t.run([
        "case",
        "diagnosis",
        &id,
        "--date",
        "2026-03-12",
        "--care",
        "Absencja szkolna syna",
    ])
    .ok();
    t.run(["case", "activate", &id, "--date", "2026-03-25"])
        .ok();
    id
}

#[test]
fn case_new_prints_the_next_number_and_writes_the_referral() {
    let t = gmina();
    assert_eq!(referral(&t, "2026-03-02"), "2026-001");
    assert_eq!(referral(&t, "2026-04-01"), "2026-002");
    assert_eq!(referral(&t, "2027-01-05"), "2027-001");
    let run = t.run(["case", "list", "--format", "json"]).ok();
    let list: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let ids: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["2026-001", "2026-002", "2027-001"]);
    assert!(
        list.as_array()
            .unwrap()
            .iter()
            .all(|c| c["status"] == "referred")
    );
}

#[test]
fn full_course_from_referral_to_closure() {
    let t = gmina();
    let id = active_case(&t);
    let dir = folder(&t);
    assert_eq!(
        t.read(&format!("{dir}/plan.toml")),
        "main_goal = \"Rodzina funkcjonuje samodzielnie\"\nadopted = 2026-03-25\n\n[[goals]]\nid = \"p3y32h\"\ntext = \"Regularna nauka\"\n\n[[goals.tasks]]\nid = \"jnyt8r\"\ntext = \"Frekwencja\"\ninstitution = \"sp1\"\ndue = 2026-05-31\n\n[[goals.tasks]]\nid = \"hwrj67\"\ntext = \"Spotkania\"\nmember = \"cny6gm\"\ndue = 2026-04-30\nservice = \"asystent\"\n\n[[goals.tasks]]\nid = \"fqs45b\"\ntext = \"Wizyta\"\ninstitution = \"gops\"\nperson = \"anna-kowalska\"\ndue = 2026-04-15\n"
    );
    t.run([
        "monitor",
        "add",
        &id,
        "--month",
        "2026-04",
        "--task",
        "1.1",
        "--by",
        "jan-nowak",
        "--date",
        "2026-05-02",
        "Frekwencja 80%",
    ])
    .ok();
    t.run([
        "monitor",
        "add",
        &id,
        "--month",
        "2026-04",
        "--task",
        "1.2",
        "--by",
        "m1",
        "--date",
        "2026-05-02",
        "Dwa spotkania",
    ])
    .ok();
    assert_eq!(
        t.read(&format!("{dir}/monitoring/2026-04/sp1.toml")),
        "[[entries]]\nid = \"kac3j2\"\ntask = \"jnyt8r\"\nprogress = \"Frekwencja 80%\"\nauthor = \"jan-nowak\"\ndate = 2026-05-02\n"
    );
    // A member's report is named after the member's identity, not their number.
    assert!(t.exists(&format!("{dir}/monitoring/2026-04/cny6gm.toml")));
    t.run(["task", "done", &id, "1.3", "--date", "2026-04-10"])
        .ok();
    t.run([
        "eval",
        "add",
        &id,
        "--date",
        "2026-06-30",
        "--main",
        "partly",
        "--goal",
        "1=partly:choroba dziecka",
        "--end",
    ])
    .ok();
    assert_eq!(
        t.read(&format!("{dir}/evaluations/2026-06-30.toml")),
        "main_goal = \"partly\"\nend_of_work = true\n\n[[goals]]\ngoal = \"p3y32h\"\ndegree = \"partly\"\nreasons = \"choroba dziecka\"\n"
    );
    t.run([
        "case",
        "close",
        &id,
        "--date",
        "2026-07-01",
        "--handover",
        "Pod opieką pracownika socjalnego",
        "--follow-up-until",
        "2026-12-31",
    ])
    .ok();
    let case = t.read(&format!("{dir}/case.toml"));
    assert!(case.contains("status = \"closed\""), "{case}");
    assert!(case.contains("[closure]\ndate = 2026-07-01\nhandover = \"Pod opieką pracownika socjalnego\"\nfollow_up_until = 2026-12-31\n"), "{case}");
    let run = t.run(["check"]).ok();
    assert!(run.stdout.contains("no problems"), "{}", run.stdout);
    // The follow-up after closure is shown, and comes up on the agenda.
    let show = t.run(["case", "show", &id]).ok().stdout;
    assert!(
        show.contains("closed        2026-07-01: Pod opieką pracownika socjalnego (follow-up until 2026-12-31)"),
        "{show}"
    );
    // Today is 2026-07-15: the follow-up ends in 169 days.
    let agenda = t.run(["agenda", "--days", "170"]).ok().stdout;
    assert!(
        agenda.contains("the follow-up of sustained change after closure ends"),
        "{agenda}"
    );
}

#[test]
fn personal_data_stays_in_members_toml_and_is_hidden_by_default() {
    let t = gmina();
    let id = active_case(&t);
    let dir = folder(&t);
    for f in t
        .files()
        .iter()
        // An encrypted file is armoured base64 of random bytes, which may spell anything.
        .filter(|f| f.starts_with(&dir) && !f.ends_with("members.toml") && !f.ends_with(".age"))
    {
        assert!(!t.read(f).contains("Ewa"), "{f} holds a name");
    }
    let run = t.run(["case", "show", &id]).ok();
    assert!(!run.stdout.contains("Ewa"), "{}", run.stdout);
    let run = t.run(["case", "show", &id, "--reveal"]).ok();
    assert!(run.stdout.contains("Ewa Przykładowa"), "{}", run.stdout);
}

#[test]
fn refused_transitions_write_nothing() {
    let t = gmina();
    let id = referral(&t, "2026-03-02");
    t.run([
        "case",
        "member",
        "add",
        &id,
        "--name",
        "Ewa",
        "--relation",
        "matka",
    ])
    .ok();
    let refuse = |args: &[&str], needle: &str| {
        let before: Vec<(String, String)> = t
            .files()
            .into_iter()
            .map(|f| {
                let c = t.read(&f);
                (f, c)
            })
            .collect();
        let run = t.run(args).fails(1);
        assert!(run.stderr.contains(needle), "{args:?}: {}", run.stderr);
        let after: Vec<(String, String)> = t
            .files()
            .into_iter()
            .map(|f| {
                let c = t.read(&f);
                (f, c)
            })
            .collect();
        assert_eq!(before, after, "{args:?} changed files");
    };
    refuse(
        &[
            "case",
            "qualify",
            &id,
            "--team",
            "ggk",
            "--date",
            "2026-03-10",
        ],
        "is qualified without a recorded consent",
    );
    refuse(&["goal", "add", &id, "Cel"], "is referred");
    refuse(&["case", "activate", &id], "is referred");
    refuse(
        &[
            "case",
            "close",
            &id,
            "--date",
            "2026-07-01",
            "--handover",
            "x",
        ],
        "is referred",
    );
    refuse(
        &["case", "consent", &id, "--date", "2026-03-05", "--by", "m9"],
        "case 2026-001 has no member m9",
    );
    refuse(
        &["case", "consent", &id, "--date", "2026-03-01", "--by", "m1"],
        "is dated before the referral",
    );
    t.run(["case", "consent", &id, "--date", "2026-03-05", "--by", "m1"])
        .ok();
    refuse(
        &[
            "case",
            "qualify",
            &id,
            "--team",
            "pzk",
            "--date",
            "2026-03-10",
        ],
        "unknown team `pzk`",
    );
    refuse(
        &[
            "case",
            "qualify",
            &id,
            "--team",
            "ggk",
            "--date",
            "2026-03-04",
        ],
        "is dated before the consent",
    );
    t.run([
        "case",
        "qualify",
        &id,
        "--team",
        "ggk",
        "--date",
        "2026-03-10",
    ])
    .ok();
    refuse(
        &["case", "activate", &id, "--date", "2026-03-20"],
        "no plan with a task",
    );
    t.run(["goal", "add", &id, "Cel"]).ok();
    refuse(
        &[
            "task",
            "add",
            &id,
            "--goal",
            "2",
            "--responsible",
            "sp1",
            "--due",
            "2026-05-01",
            "x",
        ],
        "no goal 2",
    );
    refuse(
        &[
            "task",
            "add",
            &id,
            "--goal",
            "1",
            "--responsible",
            "nikt",
            "--due",
            "2026-05-01",
            "x",
        ],
        "no member, person or institution",
    );
    refuse(
        &[
            "task",
            "add",
            &id,
            "--goal",
            "1",
            "--responsible",
            "sp1",
            "--due",
            "2026-05-01",
            "--service",
            "brak",
            "x",
        ],
        "unknown service `brak`",
    );
    t.run([
        "task",
        "add",
        &id,
        "--goal",
        "1",
        "--responsible",
        "sp1",
        "--due",
        "2026-05-01",
        "x",
    ])
    .ok();
    // An adopted plan has its main goal (K014) and follows the diagnosis (K040).
    refuse(
        &["case", "activate", &id, "--date", "2026-03-20"],
        "has no main goal",
    );
    refuse(
        &["case", "activate", &id, "--date", "2026-03-20"],
        "was adopted (2026-03-20) without a diagnosis",
    );
    t.run([
        "case",
        "diagnosis",
        &id,
        "--date",
        "2026-03-11",
        "--care",
        "x",
    ])
    .ok();
    t.run(["goal", "add", &id, "--main", "Cel główny"]).ok();
    refuse(
        &["case", "activate", &id, "--date", "2026-03-09"],
        "before the qualification",
    );
    refuse(
        &[
            "monitor", "add", &id, "--month", "2026-04", "--task", "1.1", "--by", "sp1", "x",
        ],
        "is qualified",
    );
    t.run(["case", "activate", &id, "--date", "2026-03-20"])
        .ok();
    refuse(
        &[
            "monitor", "add", &id, "--month", "2026-02", "--task", "1.1", "--by", "sp1", "x",
        ],
        "before the case became active",
    );
    refuse(
        &[
            "monitor", "add", &id, "--month", "2026-04", "--task", "9.9", "--by", "sp1", "x",
        ],
        "no task",
    );
    refuse(
        &[
            "case",
            "close",
            &id,
            "--date",
            "2026-07-01",
            "--handover",
            "x",
        ],
        "is closed without an evaluation",
    );
    refuse(
        &[
            "eval",
            "add",
            &id,
            "--date",
            "2026-06-30",
            "--main",
            "achieved",
        ],
        "--next",
    );
    refuse(
        &[
            "eval",
            "add",
            &id,
            "--date",
            "2026-06-30",
            "--main",
            "achieved",
            "--goal",
            "7=achieved",
            "--end",
        ],
        "case 2026-001 has no goal 7",
    );
    t.run([
        "eval",
        "add",
        &id,
        "--date",
        "2026-06-30",
        "--main",
        "achieved",
        "--goal",
        "1=achieved",
        "--end",
    ])
    .ok();
    refuse(
        &[
            "case",
            "close",
            &id,
            "--date",
            "2026-06-01",
            "--handover",
            "x",
        ],
        "before its last evaluation",
    );
    refuse(
        &[
            "case",
            "close",
            &id,
            "--date",
            "2026-07-01",
            "--handover",
            "x",
            "--follow-up-until",
            "2026-06-01",
        ],
        "before the closure",
    );
    t.run([
        "case",
        "close",
        &id,
        "--date",
        "2026-07-01",
        "--handover",
        "x",
    ])
    .ok();
    refuse(&["task", "done", &id, "1.1"], "is closed");
}

#[test]
fn report_monitoring_shows_progress_and_missing_reports() {
    let t = gmina();
    let id = active_case(&t);
    t.run([
        "monitor",
        "add",
        &id,
        "--month",
        "2026-04",
        "--task",
        "1.1",
        "--by",
        "sp1",
        "--date",
        "2026-05-02",
        "80%",
    ])
    .ok();
    let run = t
        .run([
            "report",
            "monitoring",
            "--month",
            "2026-04",
            "--format",
            "json",
        ])
        .ok();
    let rows: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let got: Vec<(String, String, String)> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["task"].as_str().unwrap().into(),
                r["responsible"].as_str().unwrap().into(),
                r["reported"].as_str().unwrap().into(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("1.1".into(), "sp1".into(), "yes".into()),
            ("1.2".into(), "m1".into(), "missing".into()),
            ("1.3".into(), "gops".into(), "missing".into())
        ]
    );
    let run = t
        .run([
            "report",
            "monitoring",
            "--month",
            "2026-04",
            "--format",
            "csv",
        ])
        .ok();
    assert!(run.stdout.starts_with("case,task,text,responsible,due,progress,reported\r\n2026-001,1.1,Frekwencja,sp1,2026-05-31,80%,yes\r\n"), "{}", run.stdout);
    let run = t.run(["report", "monitoring", "--month", "2026-02"]).ok();
    assert!(run.stdout.contains("(none)"), "{}", run.stdout);
}

#[test]
fn report_overdue_and_caseload_count_open_tasks() {
    let t = gmina();
    let id = active_case(&t);
    t.run(["task", "done", &id, "1.3", "--date", "2026-04-10"])
        .ok();
    let run = t
        .run(["report", "overdue", "--on", "2026-05-15", "--format", "md"])
        .ok();
    assert_eq!(
        run.stdout,
        "| responsible | person | case | task | text | due | days overdue |\n| --- | --- | --- | --- | --- | --- | --- |\n| m1 (member of 2026-001) |  | 2026-001 | 1.2 | Spotkania | 2026-04-30 | 15 |\n"
    );
    let run = t.run(["report", "overdue", "--format", "json"]).ok(); // today is 2026-07-15
    let rows: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(rows.as_array().unwrap().len(), 2);
    let run = t.run(["report", "caseload", "--format", "json"]).ok();
    let rows: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let get = |inst: &str, person: &str| {
        rows.as_array()
            .unwrap()
            .iter()
            .find(|r| r["institution"] == inst && r["person"] == person)
            .cloned()
    };
    let gops = get("gops", "").expect("gops row");
    assert_eq!(
        (gops["active_cases"].as_str(), gops["open_tasks"].as_str()),
        (Some("1"), Some("0"))
    );
    let sp1 = get("sp1", "").expect("sp1 row");
    assert_eq!(
        (sp1["active_cases"].as_str(), sp1["open_tasks"].as_str()),
        (Some("1"), Some("1"))
    );
    assert!(get("gops", "anna-kowalska").is_some());
}

#[test]
fn task_list_filters() {
    let t = gmina();
    let id = active_case(&t);
    t.run(["task", "done", &id, "1.3", "--date", "2026-04-10"])
        .ok();
    let ids = |args: &[&str]| -> Vec<String> {
        let run = t.run(args).ok();
        let rows: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
        rows.as_array()
            .unwrap()
            .iter()
            .map(|r| r["number"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(ids(&["task", "list", "--format", "json"]), ["1.2", "1.1"]);
    assert_eq!(
        ids(&["task", "list", "--all", "--format", "json"]),
        ["1.3", "1.2", "1.1"]
    );
    assert_eq!(
        ids(&[
            "task",
            "list",
            "--due-before",
            "2026-05-01",
            "--format",
            "json"
        ]),
        ["1.2"]
    );
    assert_eq!(
        ids(&["task", "list", "--responsible", "sp1", "--format", "json"]),
        ["1.1"]
    );
    assert_eq!(
        ids(&["task", "list", "--overdue", "--format", "json"]),
        ["1.2", "1.1"]
    );
}

fn git(dir: &std::path::Path, args: &[&str]) -> String {
    String::from_utf8_lossy(&crate::git(dir, args)).into_owned()
}

#[test]
fn two_clones_creating_cases_merge_without_conflict_and_renumber_resolves_the_clash() {
    let t = gmina();
    let id = active_case(&t);
    let root = t.path();
    git(root, &["init", "-q", "-b", "main"]);
    git(root, &["add", "-A"]);
    git(root, &["commit", "-qm", "base"]);
    let other = tempfile::tempdir().unwrap();
    let clone = other.path().join("clone");
    git(
        other.path(),
        &["clone", "-q", &root.to_string_lossy(), "clone"],
    );
    // Each clone draws its own identities (as random ones would differ).
    let koop = |dir: &std::path::Path, args: &[&str]| {
        let seed = std::ffi::OsStr::new(if dir == root { "main" } else { "clone" });
        t.run_env(dir, &[("KOOP_ID_SEED", seed)], args).ok()
    };
    // Both create "the next case" and report monitoring for the same month.
    koop(
        root,
        &[
            "case",
            "new",
            "--kind",
            "person",
            "--referred-by",
            "gops",
            "--date",
            "2026-06-01",
        ],
    );
    koop(
        &clone,
        &[
            "case",
            "new",
            "--kind",
            "group",
            "--referred-by",
            "sp1",
            "--date",
            "2026-06-02",
        ],
    );
    koop(
        root,
        &[
            "monitor",
            "add",
            &id,
            "--month",
            "2026-05",
            "--task",
            "1.1",
            "--by",
            "sp1",
            "--date",
            "2026-06-01",
            "a",
        ],
    );
    koop(
        &clone,
        &[
            "monitor",
            "add",
            &id,
            "--month",
            "2026-05",
            "--task",
            "1.2",
            "--by",
            "m1",
            "--date",
            "2026-06-01",
            "b",
        ],
    );
    git(&clone, &["add", "-A"]);
    git(&clone, &["commit", "-qm", "clone"]);
    git(root, &["add", "-A"]);
    git(root, &["commit", "-qm", "main"]);
    git(
        root,
        &[
            "pull",
            "-q",
            "--no-rebase",
            "--no-edit",
            &clone.to_string_lossy(),
            "main",
        ],
    );
    let run = t.run(["check"]).fails(1);
    assert!(
        run.stdout
            .contains("error[K004]: case number 2026-002 is used by two folders"),
        "{}",
        run.stdout
    );
    let run = t.run(["case", "list", "--format", "json"]).ok();
    let list: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let second: Vec<&serde_json::Value> = list
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["id"] == "2026-002")
        .collect();
    assert_eq!(second.len(), 2, "both cases survive the merge");
    let folder = second[1]["folder"].as_str().unwrap().to_string();
    let run = t.run(["case", "renumber", &folder]).ok();
    assert!(run.stdout.contains("to 2026-003"), "{}", run.stdout);
    // The clash is gone; what remains are months the test never monitored (K020).
    let run = t.run(["check", "--allow", "K020"]).ok();
    assert!(run.stdout.contains("no problems"), "{}", run.stdout);
    let run = t
        .run([
            "report",
            "monitoring",
            "--month",
            "2026-05",
            "--format",
            "json",
        ])
        .ok();
    assert_eq!(
        run.stdout.matches("\"reported\": \"yes\"").count(),
        2,
        "{}",
        run.stdout
    );
}

// ---------------------------------------------------------------------------------------
// Ends other than success: not qualified, refused, withdrawn, discontinued

#[test]
fn a_referral_not_qualified_is_an_end_with_a_date_and_a_reason() {
    let t = gmina();
    let id = referral(&t, "2026-03-02");
    let dir = folder(&t);
    let end = |outcome: &str, reason: &str| {
        t.run([
            "case",
            "end",
            &id,
            outcome,
            "--date",
            "2026-03-20",
            "--reason",
            reason,
        ])
    };
    // Discontinuing needs a qualified case; the message says what fits.
    let run = end("discontinued", "x").fails(1);
    assert!(run.stderr.contains("not-qualified"), "{}", run.stderr);
    let run = end("closed", "x").fails(2);
    assert!(run.stderr.contains("expected one of"), "{}", run.stderr);
    let run = end(
        "not-qualified",
        "Rodzina korzysta już ze wsparcia asystenta; GGK nie widzi potrzeby",
    )
    .ok();
    assert_eq!(
        run.stdout,
        format!("Case {id} ended as not-qualified on 2026-03-20 ({dir}/case.toml)\n")
    );
    let text = t.read(&format!("{dir}/case.toml"));
    assert!(
        text.contains("status = \"not-qualified\"")
            && text.ends_with("\n[outcome]\ndate = 2026-03-20\nreason = \"Rodzina korzysta już ze wsparcia asystenta; GGK nie widzi potrzeby\"\n"),
        "{text}"
    );
    let show = t.run(["case", "show", &id]).ok().stdout;
    assert!(
        show.contains("ended         2026-03-20 as not-qualified: Rodzina korzysta"),
        "{show}"
    );
    let json = t.run(["case", "show", &id, "--format", "json"]).ok().json();
    assert_eq!(json["outcome"]["status"], "not-qualified");
    t.check_records(&[]).ok();
    // Nothing more happens to it; reopening takes the end back.
    t.run(["case", "consent", &id, "--date", "2026-03-21", "--by", "m1"])
        .fails(1);
    let run = t.run(["case", "reopen", &id]).ok();
    assert!(run.stdout.contains("is referred again"), "{}", run.stdout);
    assert!(!t.read(&format!("{dir}/case.toml")).contains("[outcome]"));
}

#[test]
fn a_discontinued_case_is_counted_apart_and_leaves_the_monthly_reports() {
    let t = gmina();
    let id = active_case(&t);
    t.run([
        "case",
        "end",
        &id,
        "discontinued",
        "--date",
        "2026-05-15",
        "--reason",
        "Rodzina wyprowadziła się z gminy",
    ])
    .ok();
    let stats = t
        .run(["export", "stats", "--period", "2026", "--format", "json"])
        .ok()
        .json();
    assert_eq!(stats["cases"]["by_status"]["discontinued"], 1);
    assert_eq!(stats["cases"]["by_status"]["active"], 0);
    let report = t
        .run([
            "report",
            "monitoring",
            "--month",
            "2026-06",
            "--format",
            "json",
        ])
        .ok()
        .json();
    assert_eq!(report.as_array().map(Vec::len), Some(0));
    // Back: the plan was adopted, so it is active again.
    let run = t.run(["case", "reopen", &id]).ok();
    assert!(run.stdout.contains("is active again"), "{}", run.stdout);
}

#[test]
fn k038_an_end_without_its_outcome_or_out_of_order_is_an_error() {
    let t = gmina();
    let id = referral(&t, "2026-03-02");
    let dir = folder(&t);
    let path = format!("{dir}/case.toml");
    let text = t.read(&path);
    t.write(
        &path,
        text.replace("status = \"referred\"", "status = \"withdrawn\""),
    );
    let run = t.run(["check", "--rule", "K038"]).fails(1);
    assert!(
        run.stdout.contains(&format!(
            "error[K038]: case {id} is withdrawn but has no [outcome]"
        )),
        "{}",
        run.stdout
    );
    t.write(
        &path,
        format!(
            "{}\n[outcome]\ndate = 2026-02-01\nreason = \"Szkoła wycofała zgłoszenie\"\n",
            text.replace("status = \"referred\"", "status = \"withdrawn\"")
        ),
    );
    let run = t.run(["check", "--rule", "K038"]).fails(1);
    assert!(
        run.stdout.contains(&format!(
            "case {id} ended on 2026-02-01, before the referral (2026-03-02)"
        )),
        "{}",
        run.stdout
    );
}

#[test]
fn qualify_records_why_the_team_found_the_help_necessary() {
    let t = gmina();
    let id = referral(&t, "2026-03-02");
    t.run(["case", "member", "add", &id, "--name", "Ewa Przykładowa"])
        .ok();
    t.run(["case", "consent", &id, "--date", "2026-03-05", "--by", "m1"])
        .ok();
    t.run([
        "case",
        "qualify",
        &id,
        "--team",
        "ggk",
        "--date",
        "2026-03-10",
        "--reason",
        "Problemy wymagają współpracy szkoły, OPS i policji",
    ])
    .ok();
    let json = t.run(["case", "show", &id, "--format", "json"]).ok().json();
    assert_eq!(
        json["qualification"]["reason"],
        "Problemy wymagają współpracy szkoły, OPS i policji"
    );
}

// ---------------------------------------------------------------------------------------
// Consent as the model needs it

#[test]
fn consent_comes_from_each_adult_and_a_representative_for_each_minor() {
    let t = gmina();
    let id = referral(&t, "2026-03-02");
    for (name, year) in [
        ("Ewa Przykładowa", "1988"),
        ("Adam Przykładowy", "1985"),
        ("Ola Przykładowa", "2015"),
    ] {
        t.run([
            "case",
            "member",
            "add",
            &id,
            "--name",
            name,
            "--birth-year",
            year,
        ])
        .ok();
    }
    // A child's own consent is not the family's.
    let run = t
        .run(["case", "consent", &id, "--date", "2026-03-05", "--by", "m3"])
        .fails(1);
    assert!(
        run.stderr
            .contains("m3 is a minor on 2026-03-05, and a child's own consent is not the family's"),
        "{}",
        run.all()
    );
    // The mother for herself and her daughter; qualification then reminds of the father.
    t.run([
        "case",
        "consent",
        &id,
        "--date",
        "2026-03-05",
        "--by",
        "m1",
        "--for",
        "m3",
        "--form",
        "written",
    ])
    .ok();
    let run = t
        .run([
            "case",
            "qualify",
            &id,
            "--team",
            "ggk",
            "--date",
            "2026-03-10",
        ])
        .ok();
    assert!(
        run.stderr
            .contains("m2, an adult member, has not given consent"),
        "{}",
        run.all()
    );
    t.run([
        "case",
        "consent",
        &id,
        "--date",
        "2026-03-12",
        "--by",
        "m2",
        "--form",
        "oral",
    ])
    .ok();
    let run = t.run(["check", "--rule", "K011"]).ok();
    assert!(run.stdout.contains("no problems"), "{}", run.stdout);
    let run = t
        .run(["case", "consent", &id, "--date", "2026-03-12", "--by", "m2"])
        .fails(1);
    assert!(
        run.stderr
            .contains("m2 of case 2026-001 has consented already (2026-03-12)"),
        "{}",
        run.stderr
    );
    let json = t.run(["case", "show", &id, "--format", "json"]).ok().json();
    assert_eq!(json["consents"].as_array().map(Vec::len), Some(2));
    assert_eq!(json["consents"][0]["form"], "written");
    assert_eq!(
        json["consents"][0]["on_behalf_of"].as_array().map(Vec::len),
        Some(1)
    );
}

#[test]
fn a_withdrawn_consent_stops_the_work_and_the_diagnosis_waits_for_consent() {
    let t = gmina();
    let id = active_case(&t);
    let dir = folder(&t);
    // The diagnosis is made with consent (given 2026-03-05).
    let run = t
        .run([
            "case",
            "diagnosis",
            &id,
            "--date",
            "2026-03-04",
            "--care",
            "x",
        ])
        .fails(1);
    assert!(
        run.stderr
            .contains("the diagnosis (2026-03-04) is dated before the consent (2026-03-05)"),
        "{}",
        run.all()
    );
    // Withdrawn: recorded, and koop says the work cannot go on.
    let run = t
        .run([
            "case",
            "consent",
            &id,
            "--withdraw",
            "--by",
            "m1",
            "--date",
            "2026-05-20",
        ])
        .ok();
    assert!(
        run.stdout
            .contains("Recorded that m1 withdrew their consent on 2026-05-20"),
        "{}",
        run.all()
    );
    assert!(
        run.stderr
            .contains("every consent was withdrawn (last on 2026-05-20)"),
        "{}",
        run.stderr
    );
    assert!(
        t.read(&format!("{dir}/case.toml"))
            .contains("withdrawn = 2026-05-20")
    );
    t.run([
        "case",
        "end",
        &id,
        "refused",
        "--date",
        "2026-05-20",
        "--reason",
        "Rodzina wycofała zgodę",
    ])
    .fails(1); // an active case is discontinued, not refused
    t.run([
        "case",
        "end",
        &id,
        "discontinued",
        "--date",
        "2026-05-20",
        "--reason",
        "Rodzina wycofała zgodę",
    ])
    .ok();
    let run = t.run(["check", "--rule", "K011"]).ok();
    assert!(run.stdout.contains("no problems"), "{}", run.stdout);
}

#[test]
fn consent_can_be_withdrawn_after_the_case_ended_but_not_given() {
    let t = gmina();
    let id = active_case(&t);
    let dir = folder(&t);
    t.run([
        "case",
        "end",
        &id,
        "discontinued",
        "--date",
        "2026-05-20",
        "--reason",
        "Rodzina przeprowadziła się",
    ])
    .ok();
    // The person may withdraw consent at any time, also once the work has ended.
    t.run([
        "case",
        "consent",
        &id,
        "--withdraw",
        "--by",
        "m1",
        "--date",
        "2026-06-01",
    ])
    .ok();
    assert!(
        t.read(&format!("{dir}/case.toml"))
            .contains("withdrawn = 2026-06-01")
    );
    let run = t
        .run([
            "case",
            "consent",
            &id,
            "--withdraw",
            "--by",
            "m1",
            "--date",
            "2026-06-02",
        ])
        .fails(1);
    assert!(
        run.stderr
            .contains("it was withdrawn on 2026-06-01 already"),
        "{}",
        run.all()
    );
    // A new consent needs the case reopened first.
    let run = t
        .run(["case", "consent", &id, "--by", "m1", "--date", "2026-06-02"])
        .fails(1);
    assert!(
        run.stderr.contains("cannot record consent"),
        "{}",
        run.all()
    );
}

#[test]
fn a_ggk_convened_for_a_case_is_linked_to_it_and_follows_a_renumbering() {
    let t = gmina();
    let id = referral(&t, "2026-03-02");
    let dir = folder(&t);
    let case_dir = dir.trim_start_matches("cases/").to_string();
    // A mistyped case is refused, and nothing is written.
    let before = t.state();
    let run = t
        .run([
            "meeting",
            "new",
            "--team",
            "ggk",
            "--date",
            "2026-03-10",
            "--start",
            "10:00",
            "--end",
            "11:00",
            "--place",
            "GOPS",
            "--minutes-by",
            "anna-kowalska",
            "--case",
            "2026-009",
        ])
        .fails(1);
    assert!(
        run.stderr.starts_with("error: no case with ID `2026-009`"),
        "{}",
        run.stderr
    );
    t.unchanged(&before);
    let meeting = t
        .run([
            "meeting",
            "new",
            "--team",
            "ggk",
            "--date",
            "2026-03-10",
            "--start",
            "10:00",
            "--end",
            "11:00",
            "--place",
            "GOPS",
            "--minutes-by",
            "anna-kowalska",
            "--goal",
            "Kwalifikacja rodziny",
            "--case",
            &id,
        ])
        .ok()
        .stdout
        .trim()
        .to_string();
    // The meeting names the case by its folder, which stays unique across clones.
    let text = t.read(&format!("meetings/{meeting}.toml"));
    assert!(
        text.contains(&format!(
            "goal = \"Kwalifikacja rodziny\"\ncases = [\"{case_dir}\"]\nminutes_by"
        )),
        "{text}"
    );
    let shown = t.run(["meeting", "show", &meeting]).ok().stdout;
    assert!(
        shown
            .lines()
            .any(|l| l.split_whitespace().collect::<Vec<_>>() == ["cases", id.as_str()]),
        "{shown}"
    );
    let json = t
        .run(["meeting", "show", &meeting, "--format", "json"])
        .ok()
        .json();
    assert_eq!(json["cases"], serde_json::json!([case_dir]));
    // The case lists the meeting.
    let shown = t.run(["case", "show", &id]).ok().stdout;
    let at = shown
        .find("Meetings convened for the case:")
        .expect("the meetings section");
    assert_eq!(
        crate::table(&shown[at..]),
        [
            crate::row(&["meeting", "team", "when", "goal"]),
            crate::row(&[
                &meeting,
                "ggk",
                "2026-03-10 10:00–11:00",
                "Kwalifikacja rodziny"
            ]),
        ]
    );
    let json = t.run(["case", "show", &id, "--format", "json"]).ok().json();
    assert_eq!(json["meetings"], serde_json::json!([meeting]));

    // Removing the case would leave the meeting pointing at nothing: refused.
    let before = t.state();
    let run = t.run(["case", "remove", &id]).fails(1);
    assert!(
        run.stderr.contains(&format!("unknown case `{case_dir}`")),
        "{}",
        run.stderr
    );
    t.unchanged(&before);

    // A hand-written link to a case that does not exist is K005.
    t.write(
        &format!("meetings/{meeting}.toml"),
        text.replace(&case_dir, "2026-001-zzzz"),
    );
    let run = t.run(["check", "--rule", "K005"]).fails(1);
    assert!(
        run.stdout
            .contains("error[K005]: unknown case `2026-001-zzzz`")
            && run.stdout.contains(&format!("did you mean `{case_dir}`?")),
        "{}",
        run.stdout
    );
    t.write(&format!("meetings/{meeting}.toml"), &text);

    // Renumbered (a clash after a merge), the case keeps its meeting.
    t.run(["case", "renumber", &case_dir, "--force"]).ok();
    let moved = text.replace(&case_dir, &case_dir.replacen(&id, "2026-002", 1));
    assert_eq!(t.read(&format!("meetings/{meeting}.toml")), moved);
    let json = t
        .run(["case", "show", "2026-002", "--format", "json"])
        .ok()
        .json();
    assert_eq!(json["meetings"], serde_json::json!([meeting]));
}

/// Adds a member with a name, a place and a phone to a case.
fn member(t: &Test, id: &str, name: &str, residence: &str, phone: &str) {
    t.run([
        "case",
        "member",
        "add",
        id,
        "--name",
        name,
        "--residence",
        residence,
        "--phone",
        phone,
    ])
    .ok();
}

/// The case numbers `koop case find` lists for a query, from its JSON.
fn found(t: &Test, query: &[&str]) -> Vec<String> {
    let mut args = vec!["case", "find", "--format", "json"];
    args.extend_from_slice(query);
    let run = t.run(args).ok();
    run.json()
        .as_array()
        .expect("an array")
        .iter()
        .map(|c| c["id"].as_str().unwrap_or_default().to_string())
        .collect()
}

#[test]
fn case_find_ignores_case_and_diacritics_phone_formats_and_needs_every_word() {
    let t = gmina();
    let first = referral(&t, "2026-03-02");
    member(
        &t,
        &first,
        "Jan Żółkiewski",
        "Łódź, ul. Śląska 5",
        "+48 600-100-200",
    );
    let second = referral(&t, "2026-03-03");
    member(&t, &second, "Zofia Żółkiewska", "Kraków", "600100201");
    t.run([
        "case",
        "new",
        "--kind",
        "person",
        "--referred-by",
        "sp1",
        "--date",
        "2026-03-04",
        "--expectations",
        "Dziecko opuszcza zajęcia w szkole",
    ])
    .ok();
    let third = "2026-003";
    // Without diacritics, with them, in capitals: the same cases.
    assert_eq!(found(&t, &["Zolkiewski"]), [first.as_str()]);
    assert_eq!(found(&t, &["Żółkiewski"]), [first.as_str()]);
    assert_eq!(found(&t, &["ŻOLKIEWSKI"]), [first.as_str()]);
    assert_eq!(found(&t, &["zolkiewsk"]), [first.as_str(), second.as_str()]);
    // Places; several words must all be somewhere in the case.
    assert_eq!(found(&t, &["lodz slaska"]), [first.as_str()]);
    assert_eq!(found(&t, &["zolkiewsk", "krakow"]), [second.as_str()]);
    assert_eq!(found(&t, &["Jan Krakow"]), Vec::<String>::new());
    // Phone numbers: spaces, dashes and +48 do not matter.
    for query in ["600 100 200", "600100200", "+48 600 100 200", "600-100-200"] {
        assert_eq!(found(&t, &[query]), [first.as_str()], "{query}");
    }
    assert_eq!(found(&t, &["0048 600 100 201"]), [second.as_str()]);
    assert_eq!(found(&t, &["600 100"]), [first.as_str(), second.as_str()]);
    // The case's notes: the expectations of the referral.
    assert_eq!(found(&t, &["zajecia", "szkole"]), [third]);

    // The table says where, not what, unless --reveal.
    let run = t.run(["case", "find", "zolkiewski", "600 100 200"]).ok();
    let rows = crate::table(&run.stdout);
    assert_eq!(
        rows[0],
        crate::row(&["case", "status", "kind", "coordinator", "team", "found in"])
    );
    assert_eq!(
        rows[1],
        crate::row(&[
            &first,
            "referred",
            "family",
            "anna-kowalska",
            "",
            "member m1: name; member m1: phone"
        ])
    );
    assert!(!run.stdout.contains("Żółkiewski"), "{}", run.stdout);
    assert!(!run.stdout.contains("600"), "{}", run.stdout);
    run.err_has("--reveal shows the values found");
    let run = t.run(["case", "find", "lodz", "--reveal"]).ok();
    run.out_has("member m1: place of residence \"Łódź, ul. Śląska 5\"");
    let json = t
        .run(["case", "find", "zolkiewska", "--format", "json", "--reveal"])
        .ok()
        .json();
    assert_eq!(json[0]["id"], second.as_str());
    assert_eq!(json[0]["matches"][0]["field"], "member.name");
    assert_eq!(json[0]["matches"][0]["at"], "m1");
    assert_eq!(json[0]["matches"][0]["value"], "Zofia Żółkiewska");
    let json = t
        .run(["case", "find", "zolkiewska", "--format", "json"])
        .ok()
        .json();
    assert!(json[0]["matches"][0].get("value").is_none(), "{json}");

    // Nothing found: exit 0, nothing on standard output, a note on standard error.
    let run = t.run(["case", "find", "Wiśniewski"]).ok();
    assert_eq!(run.stdout, "");
    run.err_has("nothing found: no case holds `Wiśniewski`");
    assert_eq!(
        t.run(["case", "find", "Wiśniewski", "--format", "json"])
            .ok()
            .json(),
        serde_json::json!([])
    );
    t.run(["case", "find", "--", "-"])
        .fails(1)
        .err_has("nothing to look for");

    // In Polish.
    let pl = [("KOOP_LANG", std::ffi::OsStr::new("pl"))];
    let run = t
        .run_env(t.path(), &pl, ["case", "find", "zolkiewski", "--reveal"])
        .ok();
    let rows = crate::table(&run.stdout);
    assert_eq!(rows[0][5], "znaleziono w");
    assert_eq!(rows[1][5], "członek m1: imię i nazwisko „Jan Żółkiewski”");
    let run = t.run_env(t.path(), &pl, ["case", "find", "kowalczyk"]).ok();
    run.err_has("nic nie znaleziono");
}

/// Copies the example's active case 2026-002 to a folder of another number.
fn copy_active_case(t: &Test, number: &str) {
    let from = crate::example().join("cases/2026-002-p5nv");
    for entry in walkdir::WalkDir::new(&from).into_iter().flatten() {
        if !entry.file_type().is_file() {
            continue;
        }
        let rel = entry.path().strip_prefix(&from).unwrap().to_string_lossy();
        let mut text = std::fs::read_to_string(entry.path()).unwrap();
        if rel == "case.toml" {
            text = text.replace("id = \"2026-002\"", &format!("id = \"{number}\""));
        }
        t.write(&format!("cases/{number}-copy/{rel}"), text);
    }
}

#[test]
fn case_numbers_go_past_999_through_every_command_in_their_order() {
    let t = crate::example_copy();
    copy_active_case(&t, "2026-998");
    let new = |t: &Test| {
        t.run([
            "case",
            "new",
            "--kind",
            "person",
            "--referred-by",
            "sp1-przykladowo",
            "--date",
            "2026-11-20",
        ])
        .ok()
        .stdout
        .trim()
        .to_string()
    };
    assert_eq!(new(&t), "2026-999");
    assert_eq!(new(&t), "2026-1000");
    copy_active_case(&t, "2026-9999");
    assert_eq!(new(&t), "2026-10000");

    let list = t.run(["case", "list", "--format", "json"]).ok().json();
    let ids: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [
            "2026-001",
            "2026-002",
            "2026-003",
            "2026-004",
            "2026-005",
            "2026-998",
            "2026-999",
            "2026-1000",
            "2026-9999",
            "2026-10000"
        ]
    );
    let table = t.run(["case", "list"]).ok();
    let rows: Vec<String> = crate::table(&table.stdout)
        .into_iter()
        .skip(1)
        .map(|r| r[0].clone())
        .collect();
    assert_eq!(rows, ids);

    t.run(["case", "show", "2026-1000"])
        .ok()
        .out_has("2026-1000");
    t.run(["case", "show", "2026-10000", "--format", "json"])
        .ok()
        .out_has("\"2026-10000\"");
    let check = t.run(["check"]).ok();
    assert!(
        !check.stdout.contains("K003") && !check.stderr.contains("K003"),
        "{}",
        check.all()
    );
    t.run(["doc", "karta", "2026-10000"])
        .ok()
        .out_has("2026-10000");
    t.run(["doc", "karta", "2026-9999"])
        .ok()
        .out_has("2026-9999");

    // Reports list the cases in the same order: 2026-998 before 2026-9999, after 2026-002.
    let report = t
        .run([
            "report",
            "monitoring",
            "--month",
            "2026-10",
            "--format",
            "csv",
        ])
        .ok();
    let cases: Vec<&str> = report
        .stdout
        .lines()
        .skip(1)
        .filter_map(|l| l.split(',').find(|c| c.starts_with("2026-")))
        .collect();
    let mut sorted = cases.clone();
    sorted.sort_by_key(|id| (id.len(), *id));
    assert_eq!(cases, sorted, "{}", report.stdout);
    assert!(cases.contains(&"2026-9999"), "{}", report.stdout);
}

#[test]
fn a_case_number_zero_padded_past_three_digits_is_refused() {
    let t = crate::example_copy();
    copy_active_case(&t, "2026-0998");
    t.run(["check", "--rule", "K003"])
        .fails(1)
        .out_has("2026-0998");
}
