//! Behaviour fixed after review: permissions, allowed rules, IDs that look like reserved
//! folder names, and follow-on errors from a broken record.

use crate::Test;

#[test]
fn allowed_rules_in_koop_toml_are_not_reported() {
    let t = Test::init();
    t.write(
        "institutions/a/institution.toml",
        "name = \"A\"\nkind = \"ops\"\nlevel = \"gmina\"\n",
    );
    t.write("institutions/stray.toml", "x = 1\n");
    let run = t.run(["check"]).ok();
    assert!(run.stdout.contains("warning[K006]"), "{}", run.stdout);
    let config = t.read("koop.toml");
    t.write(
        "koop.toml",
        format!("{config}\n[check]\nallow = [\"K006\"]\n"),
    );
    let run = t.run(["check"]).ok();
    assert!(!run.stdout.contains("K006"), "{}", run.stdout);
}

#[test]
fn an_institution_may_be_called_target_or_templates() {
    let t = Test::init();
    for id in ["target", "templates"] {
        t.run([
            "institution",
            "add",
            "--id",
            id,
            "--name",
            id,
            "--kind",
            "other",
            "--level",
            "gmina",
        ])
        .ok();
        t.run([
            "person",
            "add",
            "--institution",
            id,
            "--name",
            &format!("Jan {id}"),
            "--id",
            &format!("jan-{id}"),
        ])
        .ok();
    }
    let run = t.run(["person", "list", "--format", "json"]).ok();
    assert!(
        run.stdout.contains("jan-target") && run.stdout.contains("jan-templates"),
        "{}",
        run.stdout
    );
}

#[test]
fn a_broken_institution_does_not_cascade_into_unknown_references() {
    let t = Test::init();
    t.write(
        "institutions/gops/institution.toml",
        "name = \"GOPS\"\nkind = \"gops\"\nlevel = \"gmina\"\n",
    );
    t.write(
        "teams/pzk.toml",
        "kind = \"pzk\"\nname = \"PZK\"\n\n[[members]]\ninstitution = \"gops\"\ncore = true\n",
    );
    t.write(
        "services/s.toml",
        "name = \"S\"\nprovider = \"gops\"\nlevel = \"gmina\"\n",
    );
    let run = t.run(["check", "--allow", "K022"]).fails(1);
    assert!(run.stdout.contains("error[K002]"), "{}", run.stdout);
    assert!(!run.stdout.contains("K005"), "{}", run.stdout);
    assert!(
        run.stdout.ends_with("1 error, 0 warnings\n"),
        "{}",
        run.stdout
    );
}

#[test]
fn a_newer_format_blocks_writes() {
    let t = Test::init();
    t.write(
        "koop.toml",
        "[koop]\nformat = 4\n\n[unit]\nkind = \"gmina\"\nname = \"X\"\n",
    );
    let before = t.files();
    let run = t
        .run([
            "institution",
            "add",
            "--id",
            "a",
            "--name",
            "A",
            "--kind",
            "ops",
            "--level",
            "gmina",
        ])
        .fails(2);
    assert!(
        run.stderr.contains("koop.toml could not be read"),
        "{}",
        run.stderr
    );
    let after: Vec<String> = t
        .files()
        .into_iter()
        .filter(|f| f != ".koop.lock")
        .collect();
    assert_eq!(before, after);
}

#[cfg(unix)]
#[test]
fn written_files_follow_the_umask_and_edits_keep_permissions() {
    use std::os::unix::fs::PermissionsExt;
    let t = Test::init();
    let mode = |rel: &str| {
        std::fs::metadata(t.path().join(rel))
            .unwrap()
            .permissions()
            .mode()
            & 0o777
    };
    t.run([
        "institution",
        "add",
        "--id",
        "a",
        "--name",
        "A",
        "--kind",
        "ops",
        "--level",
        "gmina",
    ])
    .ok();
    t.run([
        "team", "new", "--kind", "pzk", "--id", "pzk", "--name", "PZK",
    ])
    .ok();
    // The umask of the test process decides; the group/other read bits are not dropped to 0600.
    assert_ne!(mode("teams/pzk.toml"), 0o600);
    std::fs::set_permissions(
        t.path().join("teams/pzk.toml"),
        std::fs::Permissions::from_mode(0o640),
    )
    .unwrap();
    t.run(["team", "member", "add", "pzk", "a"]).ok();
    assert_eq!(mode("teams/pzk.toml"), 0o640);
}

#[test]
fn parallel_edits_of_one_team_lose_no_member() {
    let t = Test::init();
    let ids: Vec<String> = (0..8).map(|n| format!("inst-{n}")).collect();
    for id in &ids {
        t.run([
            "institution",
            "add",
            "--id",
            id,
            "--name",
            id,
            "--kind",
            "ngo",
            "--level",
            "gmina",
        ])
        .ok();
    }
    t.run([
        "team", "new", "--kind", "pzk", "--id", "pzk", "--name", "PZK",
    ])
    .ok();
    // Eight processes edit the same file at once; the lock makes them take turns.
    let children: Vec<_> = ids
        .iter()
        .map(|id| {
            std::process::Command::new(env!("CARGO_BIN_EXE_koop"))
                .args(["team", "member", "add", "pzk", id])
                .current_dir(t.path())
                .stdout(std::process::Stdio::null())
                .spawn()
                .expect("spawn koop")
        })
        .collect();
    for mut child in children {
        assert!(child.wait().expect("wait").success());
    }
    let team = t.read("teams/pzk.toml");
    for id in &ids {
        assert!(
            team.contains(&format!("institution = \"{id}\"")),
            "{id} lost:\n{team}"
        );
    }
    assert_eq!(team.matches("[[members]]").count(), 8, "{team}");
}

fn case_dir(t: &Test, number: &str) -> String {
    let files = t.files();
    let case = files
        .iter()
        .find(|f| f.starts_with(&format!("cases/{number}-")) && f.ends_with("/case.toml"))
        .expect("the case");
    case.trim_end_matches("/case.toml").to_string()
}

#[test]
fn a_broken_plan_or_monitoring_file_gives_one_finding_not_a_cascade() {
    let t = crate::example_copy();
    let dir = case_dir(&t, "2026-002");
    let plan = t.read(&format!("{dir}/plan.toml"));
    t.write(&format!("{dir}/plan.toml"), format!("{plan}broken = [\n"));
    let run = t.run(["check"]).fails(1);
    assert!(
        run.stdout.ends_with("1 error, 0 warnings\n"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.starts_with("error[K001]"), "{}", run.stdout);

    let t = crate::example_copy();
    let dir = case_dir(&t, "2026-002");
    t.write(&format!("{dir}/monitoring/2026-06/m1.toml"), "[[entries]\n");
    let run = t.run(["check"]).fails(1);
    assert!(
        run.stdout.ends_with("1 error, 0 warnings\n"),
        "{}",
        run.stdout
    );
}

#[test]
fn a_broken_meeting_file_does_not_report_a_gap() {
    let t = crate::example_copy();
    t.write("meetings/2026-07-15-pzk-przykladowo-egtj.toml", "team = \n");
    let run = t.run(["check"]).fails(1);
    assert!(!run.stdout.contains("K031"), "{}", run.stdout);
    assert!(
        run.stdout.ends_with("1 error, 0 warnings\n"),
        "{}",
        run.stdout
    );
}

#[test]
fn a_case_folder_without_case_toml_is_reported() {
    let t = crate::example_copy();
    t.write(
        "cases/2026-009-abcd/members.toml",
        "[[members]]\nid = \"first\"\nname = \"X\"\n",
    );
    let run = t.run(["check"]).ok();
    assert!(
        run.stdout
            .contains("warning[K006]: cases/2026-009-abcd/ has no case.toml"),
        "{}",
        run.stdout
    );
}

#[test]
fn a_malformed_meeting_time_is_a_schema_error() {
    let t = crate::example_copy();
    let path = "meetings/2026-07-15-pzk-przykladowo-egtj.toml";
    let text = t
        .read(path)
        .replace("start = \"11:00\"", "start = \"25:00\"");
    t.write(path, text);
    let run = t.run(["check"]).fails(1);
    assert!(run.stdout.contains("error[K002]"), "{}", run.stdout);
    assert!(run.stdout.contains("\"HH:MM\""), "{}", run.stdout);
}

#[test]
fn someone_present_twice_is_a_duplicate() {
    let t = crate::example_copy();
    let path = "meetings/2026-07-15-pzk-przykladowo-egtj.toml";
    let text = t.read(path);
    t.write(
        path,
        format!("{text}\n[[attendance]]\nperson = \"beata-krol\"\n"),
    );
    let run = t.run(["check", "--rule", "K004"]).fails(1);
    assert!(
        run.stdout
            .contains("error[K004]: person present `beata-krol` is listed twice"),
        "{}",
        run.stdout
    );
}

#[test]
fn closing_needs_every_goal_evaluated_and_evaluations_are_not_in_the_future() {
    let t = crate::example_copy(); // today 2026-11-23; case 2026-002 is active with goals 1–3
    let dir = case_dir(&t, "2026-002");
    std::fs::remove_file(t.path().join(format!("{dir}/evaluations/2026-09-30.toml"))).unwrap();
    let run = t
        .run([
            "eval",
            "add",
            "2026-002",
            "--date",
            "2026-12-01",
            "--main",
            "achieved",
            "--end",
        ])
        .fails(1);
    assert!(
        run.stderr.contains("--date 2026-12-01 is in the future"),
        "{}",
        run.stderr
    );
    t.run([
        "eval",
        "add",
        "2026-002",
        "--date",
        "2026-11-20",
        "--main",
        "achieved",
        "--end",
        "--goal",
        "1=achieved",
    ])
    .ok();
    let before: Vec<String> = t
        .files()
        .into_iter()
        .filter(|f| f != ".koop.lock")
        .collect();
    let run = t
        .run([
            "case",
            "close",
            "2026-002",
            "--date",
            "2026-11-21",
            "--handover",
            "x",
        ])
        .fails(1);
    assert!(
        run.stderr
            .contains("case 2026-002 is closed but goal 2 was never evaluated"),
        "{}",
        run.stderr
    );
    assert_eq!(
        t.files()
            .into_iter()
            .filter(|f| f != ".koop.lock")
            .collect::<Vec<_>>(),
        before
    );
}

#[test]
fn an_active_case_without_an_adopted_date_is_reported_once() {
    let t = crate::example_copy();
    let dir = case_dir(&t, "2026-002");
    let plan = t.read(&format!("{dir}/plan.toml"));
    let without: String = plan
        .lines()
        .filter(|l| !l.starts_with("adopted"))
        .map(|l| format!("{l}\n"))
        .collect();
    t.write(&format!("{dir}/plan.toml"), without);
    let run = t.run(["check", "--format", "json"]).fails(1);
    let codes: Vec<String> = run
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(codes, ["K014"], "{}", run.stdout);
}

#[test]
fn meeting_decide_appends_a_decision_that_the_agenda_and_check_follow() {
    let t = crate::example_copy().today("2026-11-19");
    let id = "2026-11-18-pzk-przykladowo-egtj";
    let before = t.read(&format!("meetings/{id}.toml"));
    t.run([
        "meeting",
        "decide",
        id,
        "--owner",
        "gops-przykladowo",
        "--due",
        "2026-11-27",
        "Przygotować ofertę usług na 2027 r.",
    ])
    .ok();
    assert_eq!(
        t.read(&format!("meetings/{id}.toml")),
        format!(
            "{before}\n[[decisions]]\nid = \"cny6gm\"\ntext = \"Przygotować ofertę usług na 2027 r.\"\nowner = \"gops-przykladowo\"\ndue = 2026-11-27\n"
        )
    );
    let json = t
        .run(["agenda", "--days", "10", "--format", "json"])
        .ok()
        .json();
    assert!(
        json.as_array()
            .unwrap()
            .iter()
            .any(|i| i["kind"] == "decision" && i["date"] == "2026-11-27"),
        "{json}"
    );
    let run = t
        .run(["meeting", "decide", id, "--owner", "nikt", "x"])
        .fails(1);
    assert!(
        run.stderr
            .contains("no person or institution with ID `nikt`"),
        "{}",
        run.stderr
    );
    let run = t
        .run(["meeting", "decide", id, "--due", "2026-11-01", "x"])
        .fails(1);
    assert!(run.stderr.contains("before the meeting"), "{}", run.stderr);
    let late = crate::example_copy().today("2026-12-01");
    late.run([
        "meeting",
        "decide",
        id,
        "--owner",
        "gops-przykladowo",
        "--due",
        "2026-11-27",
        "x",
    ])
    .ok();
    let run = late.run(["check", "--rule", "K028"]).ok();
    assert!(run.stdout.contains("warning[K028]"), "{}", run.stdout);
}

#[test]
fn a_list_where_a_table_belongs_is_a_schema_error_at_its_line() {
    let t = crate::fixture();
    t.write(
        "cases/2026-001-abcd/case.toml",
        "id = \"2026-001\"\nkind = \"family\"\nstatus = \"referred\"\nreferral = [\"2026-03-02\", \"gops\"]\n",
    );
    let run = t.run(["check"]).fails(1);
    assert!(
        run.stdout.contains(
            "error[K002]: `referral` is a list here, but this record has a table under that key\n --> cases/2026-001-abcd/case.toml:4:1\n"
        ),
        "{}",
        run.stdout
    );
}

#[test]
fn folders_files_and_links_in_the_wrong_place_are_reported() {
    let t = crate::fixture();
    std::fs::create_dir_all(t.path().join("teams/x.toml")).unwrap();
    t.write("institutions/plik", "notes");
    #[cfg(unix)]
    std::os::unix::fs::symlink("/etc/hostname", t.path().join("services/p.toml")).unwrap();
    let run = t.run(["check"]).fails(1);
    for needle in [
        "error[K001]: teams/x.toml is a folder where a record file is expected",
        "warning[K006]: institutions/plik is a file where the layout has a folder",
        "warning[K006]: services/p.toml is a symbolic link; koop does not follow links",
    ] {
        assert!(run.stdout.contains(needle), "{needle}\n{}", run.stdout);
    }
}

#[test]
fn thousands_of_repeated_entries_give_a_bounded_report() {
    let t = crate::fixture();
    let members: String = (0..3000).map(|_| "{institution = \"gops\"}, ").collect();
    t.write(
        "teams/big.toml",
        format!("name = \"T\"\nkind = \"pzk\"\nmembers = [{members}]\n"),
    );
    let run = t.run(["check", "--rule", "K004"]).fails(1);
    assert!(
        run.stdout.contains("(and 2996 more like it on this line)"),
        "{}",
        &run.stdout[..run.stdout.len().min(2000)]
    );
    // Three findings shown, each with an excerpt of at most ~100 characters.
    assert!(run.stdout.len() < 2000, "{} bytes", run.stdout.len());
}

#[test]
fn ranges_and_types_are_said_in_words_and_bad_environment_exits_2() {
    let t = crate::fixture();
    t.write(
        "institutions/gops/people/zla.toml",
        "name = \"Zła\"\npost = 1.5\n",
    );
    let run = t.run(["check"]).fails(1);
    assert!(
        run.stdout.contains(
            "error[K002]: post = 1.5 is not a fraction of a full-time post (more than 0, at most 1)"
        ),
        "{}",
        run.stdout
    );
    let run = t
        .run([
            "person",
            "add",
            "--institution",
            "gops",
            "--name",
            "Ola",
            "--post",
            "2",
        ])
        .fails(2);
    assert!(
        run.stderr.contains(
            "invalid value '2' for '--post <POST>': a share of a post is more than 0 and at most 1 (a full post)"
        ),
        "{}",
        run.stderr
    );
    t.write(
        "cases/2026-001-abcd/members.toml",
        "[[members]]\nid = \"first\"\nname = \"A\"\nbirth_year = -5\n",
    );
    let run = t.run(["check"]).fails(1);
    assert!(!run.stdout.contains("u16"), "{}", run.stdout);
    // KOOP_TODAY that is not a date, and -C to a missing folder: exit 2 for any command.
    let run = t.run_env(
        t.path(),
        &[("KOOP_TODAY", "2026-13-01".as_ref())],
        ["institution", "list"],
    );
    assert_eq!(run.code, 2, "{}", run.all());
    assert!(run.stderr.contains("KOOP_TODAY"), "{}", run.stderr);
    let run = t.run(["-C", "no-such-folder", "check"]);
    assert_eq!(run.code, 2, "{}", run.all());
}

#[test]
fn a_team_is_not_convened_for_a_case_that_ended_without_work() {
    // 2026-005 was not qualified by the GGK.
    let t = crate::example_copy().today("2026-11-23");
    let before = t.state();
    let run = t
        .run([
            "meeting",
            "new",
            "--team",
            "ggk-przykladowo",
            "--date",
            "2026-12-02",
            "--start",
            "10:00",
            "--end",
            "11:00",
            "--place",
            "GOPS",
            "--minutes-by",
            "joanna-kaminska",
            "--case",
            "2026-005",
        ])
        .fails(1);
    assert_eq!(
        run.stderr,
        "error: case 2026-005 ended as not-qualified; a team is not convened for it\n  help: `koop case reopen 2026-005` first, if the work goes on\n"
    );
    t.unchanged(&before);
}

/// A record file that does not load is reported once, as itself: what refers to it (a
/// monitoring report by the institution, a task judged by the PZK's agreement) is not
/// reported again as an unknown reference or a task outside the agreement.
#[test]
fn a_broken_file_is_one_finding_not_a_cascade() {
    for broken in [
        "institutions/kpp-przykladowo/institution.toml",
        "teams/pzk-przykladowo.toml",
    ] {
        let t = crate::example_copy().today("2026-11-23");
        t.write(broken, "name = \"niedokończony\n");
        let run = t.run(["check"]).fails(1);
        let codes: Vec<&str> = run
            .stdout
            .lines()
            .filter(|l| l.starts_with("error[") || l.starts_with("warning["))
            .collect();
        assert_eq!(codes.len(), 1, "{broken}: {}", run.stdout);
        assert!(codes[0].starts_with("error[K001]"), "{}", run.stdout);
        assert!(run.stdout.contains(broken), "{}", run.stdout);
    }
}

/// A command about one case reads that case's folder and what it refers to, not the other
/// cases: a broken file in another case does not stop it, even with --strict, while `koop
/// check` still reads everything. A case renumbered since its folder was made is still found.
#[test]
fn showing_one_case_reads_only_that_case() {
    let t = crate::example_copy();
    let other = case_dir(&t, "2026-003");
    t.write(
        &format!("{other}/case.toml"),
        "id = \"2026-003\"\nkind = [broken\n",
    );
    t.run(["--strict", "case", "show", "2026-002"])
        .ok()
        .out_has("2026-002");
    t.run(["--strict", "doc", "karta", "2026-002"])
        .ok()
        .out_has("KARTA");
    t.run(["check"])
        .fails(1)
        .out_has(&format!("{other}/case.toml"));
    // A number no folder is named by: everything is read, and the search says what there is.
    t.run(["case", "show", "2026-009"])
        .fails(1)
        .err_has("no case with ID `2026-009`");
    // The folder of 2026-004 holding case number 2026-009 (as after `koop case renumber`).
    let renumbered = case_dir(&t, "2026-004");
    let text = t.read(&format!("{renumbered}/case.toml"));
    t.write(
        &format!("{renumbered}/case.toml"),
        text.replacen("id = \"2026-004\"", "id = \"2026-009\"", 1),
    );
    t.run(["case", "show", "2026-009", "--format", "json"])
        .ok()
        .out_has(renumbered.trim_start_matches("cases/"));
}

/// Commands about a meeting, a team or the address book read no case folder, but those a
/// meeting discussed (for their numbers).
#[test]
fn meetings_teams_and_the_address_book_read_no_case() {
    let t = crate::example_copy();
    let other = case_dir(&t, "2026-003");
    t.write(
        &format!("{other}/case.toml"),
        "id = \"2026-003\"\nkind = [broken\n",
    );
    for args in [
        &["team", "show", "pzk-przykladowo"][..],
        &["team", "list"],
        &["institution", "list"],
        &["person", "list"],
        &["service", "list"],
        &["doc", "porozumienie", "pzk-przykladowo", "--format", "md"],
        &[
            "doc",
            "protokol",
            "2026-03-24-ggk-przykladowo-egtj",
            "--format",
            "md",
        ],
        &["doc", "lista-uslug", "--format", "md"],
        // The disclosure register: no case, or only the one asked about.
        &["share", "log"],
        &["share", "log", "--case", "2026-002"],
    ] {
        let mut argv = vec!["--strict"];
        argv.extend_from_slice(args);
        t.run(argv).ok();
    }
    // The case the meeting discussed is shown by its number, also after a renumbering.
    let discussed = case_dir(&t, "2026-001");
    let text = t.read(&format!("{discussed}/case.toml"));
    t.write(
        &format!("{discussed}/case.toml"),
        text.replacen("id = \"2026-001\"", "id = \"2026-011\"", 1),
    );
    t.run([
        "--strict",
        "meeting",
        "show",
        "2026-03-24-ggk-przykladowo-egtj",
    ])
    .ok()
    .out_has("2026-011");
    // What needs every case still reads it, and --strict refuses.
    t.run(["--strict", "report", "caseload"]).fails(1);
}

/// The views of a month read that month's monitoring only: with --strict, a broken file of
/// the month refuses, naming it alone; one of another month does not.
#[test]
fn a_month_view_with_strict_refuses_for_its_own_month_only() {
    let t = crate::example_copy();
    let dir = case_dir(&t, "2026-002");
    for month in ["2026-08", "2026-09"] {
        t.write(
            &format!("{dir}/monitoring/{month}/kpp-przykladowo.toml"),
            "entries = [\n",
        );
    }
    for view in ["monitoring", "missing"] {
        t.run(["--strict", "report", view, "--month", "2026-10"])
            .ok();
        let run = t
            .run(["--strict", "report", view, "--month", "2026-09"])
            .fails(1);
        assert!(
            run.stderr.contains("2026-09/kpp-przykladowo.toml") && !run.stderr.contains("2026-08"),
            "{}",
            run.stderr
        );
        // Without --strict the month is shown, with a warning naming the file.
        let run = t.run(["report", view, "--month", "2026-09"]).ok();
        assert!(
            run.stderr.contains("skipped: cases/")
                && run.stderr.contains("2026-09/kpp-przykladowo.toml")
                && !run.stderr.contains("2026-08"),
            "{}",
            run.stderr
        );
    }
}

/// A write about one case reads that case's folder and the shared records, not the other
/// cases, and is still refused when it breaks a rule — inside the case on that store, across
/// cases (a meeting naming the case) on the whole repository.
#[test]
fn writing_about_one_case_reads_only_that_case() {
    let t = crate::example_copy();
    let other = case_dir(&t, "2026-003");
    t.write(
        &format!("{other}/case.toml"),
        "id = \"2026-003\"\nkind = [broken\n",
    );
    // With --strict, a broken file anywhere read refuses; the other case is not read.
    t.run([
        "--strict",
        "task",
        "reschedule",
        "2026-002",
        "1.1",
        "--due",
        "2027-01-15",
    ])
    .ok();
    let plan = t.read(&format!("{}/plan.toml", case_dir(&t, "2026-002")));
    assert!(plan.contains("due = 2027-01-15"), "{plan}");
    t.run(["log"]).ok().out_has("task reschedule");
    // A rule about the case itself, checked on the one case: a deadline before the plan.
    t.run([
        "task",
        "reschedule",
        "2026-002",
        "1.1",
        "--due",
        "2026-05-01",
    ])
    .fails(1)
    .err_has("error[K009]");
    let plan = t.read(&format!("{}/plan.toml", case_dir(&t, "2026-002")));
    assert!(plan.contains("due = 2027-01-15"), "nothing written: {plan}");
    // Removing a case a meeting names is refused: that needs every record, broken one included.
    t.run(["case", "remove", "2026-001"])
        .fails(1)
        .err_has("unknown case `2026-001-egtj`");
    assert!(t.path().join(case_dir(&t, "2026-001")).exists());
}
