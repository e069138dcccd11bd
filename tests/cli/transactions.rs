//! Every write is one checked transaction: `koop edit`, the `remove` commands and the
//! corrections, `--dry-run`, `koop undo` and `koop log`, refusal of writes on broken records
//! and of duplicates, and a change killed halfway.

use crate::{Test, table};

/// A gmina with one record of every kind, built by the real commands: institutions `gops`
/// (ops) and `sp1` (school), people `anna-kowalska` (gops) and `jan-nowak` (sp1), a GGK
/// with both as members, the service `asystent`, a meeting of the GGK with a decision, the
/// model's course with step 1.1 done, and case 2026-001: members m1 and m2 (encrypted),
/// a diagnosis, a plan with goal 1 (tasks 1.1 for m1 and 1.2 for sp1) and goal 2 (task 2.1
/// for gops), active, with
/// monitoring for 2026-04 and an evaluation on 2026-04-30.
fn repo() -> (Test, String) {
    let t = Test::init().today("2026-05-13");
    let steps: &[&[&str]] = &[
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
        ],
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
        &[
            "meeting",
            "new",
            "--team",
            "ggk",
            "--date",
            "2026-05-13",
            "--start",
            "11:00",
            "--end",
            "12:00",
            "--place",
            "GOPS",
        ],
        &[
            "meeting",
            "decide",
            "2026-05-13-ggk-cny6",
            "--owner",
            "gops",
            "--due",
            "2026-06-30",
            "Zaprosić PUP",
        ],
        &["model", "start", "--date", "2026-01-05"],
        &["model", "step", "done", "1.1", "--date", "2026-01-20"],
        &[
            "case",
            "new",
            "--kind",
            "family",
            "--referred-by",
            "gops",
            "--date",
            "2026-03-02",
            "--coordinator",
            "anna-kowalska",
        ],
        &[
            "case",
            "member",
            "add",
            "2026-001",
            "--name",
            "Ewa Przykładowa",
            "--birth-year",
            "1988",
            "--relation",
            "matka",
        ],
        &[
            "case",
            "member",
            "add",
            "2026-001",
            "--name",
            "Adam Przykładowy",
            "--birth-year",
            "2014",
            "--relation",
            "syn",
        ],
        &[
            "case",
            "consent",
            "2026-001",
            "--date",
            "2026-03-05",
            "--by",
            "m1",
            "--for",
            "m2",
        ],
        &[
            "case",
            "qualify",
            "2026-001",
            "--team",
            "ggk",
            "--date",
            "2026-03-10",
        ],
        &[
            "case",
            "diagnosis",
            "2026-001",
            "--date",
            "2026-03-12",
            "--material",
            "Zasiłek",
        ],
        &[
            "goal",
            "add",
            "2026-001",
            "--main",
            "Rodzina funkcjonuje samodzielnie",
        ],
        &["goal", "add", "2026-001", "Regularna nauka"],
        &[
            "task",
            "add",
            "2026-001",
            "--goal",
            "1",
            "--responsible",
            "m1",
            "--due",
            "2026-06-30",
            "Spotkania z asystentem",
        ],
        &[
            "task",
            "add",
            "2026-001",
            "--goal",
            "1",
            "--responsible",
            "sp1",
            "--due",
            "2026-06-30",
            "Zajęcia wyrównawcze",
        ],
        &["goal", "add", "2026-001", "Zdrowie"],
        &[
            "task",
            "add",
            "2026-001",
            "--goal",
            "2",
            "--responsible",
            "gops",
            "--due",
            "2026-06-30",
            "Wizyta w poradni",
        ],
        &[
            "case",
            "diagnosis",
            "2026-001",
            "--date",
            "2026-03-20",
            "--care",
            "x",
        ],
        &["case", "activate", "2026-001", "--date", "2026-04-01"],
        &[
            "monitor",
            "add",
            "2026-001",
            "--month",
            "2026-04",
            "--task",
            "1.1",
            "--by",
            "m1",
            "--date",
            "2026-04-30",
            "Dwa spotkania",
        ],
        &[
            "monitor",
            "add",
            "2026-001",
            "--month",
            "2026-04",
            "--task",
            "1.2",
            "--by",
            "sp1",
            "--date",
            "2026-04-30",
            "Chodzi na zajęcia",
        ],
        &[
            "eval",
            "add",
            "2026-001",
            "--date",
            "2026-04-30",
            "--main",
            "partly",
            "--goal",
            "1=partly",
            "--next",
            "2026-06-30",
        ],
    ];
    for args in steps {
        t.run(*args).ok();
    }
    let dir = t
        .files()
        .into_iter()
        .find(|f| f.ends_with("/case.toml"))
        .expect("a case")
        .trim_end_matches("/case.toml")
        .to_string();
    (t, dir)
}

/// Registers case 2026-002 (a person, referred by gops on 2026-04-02), then gives it a
/// member, consent and qualification.
fn qualified_second_case(t: &Test) {
    t.run([
        "case",
        "new",
        "--kind",
        "person",
        "--referred-by",
        "gops",
        "--date",
        "2026-04-02",
    ])
    .ok();
    consent_and_qualify(t, "2026-002");
}

/// Adds member m1 to a referred case, records their consent and the GGK's qualification.
fn consent_and_qualify(t: &Test, id: &str) {
    t.run(["case", "member", "add", id, "--name", "Jan Kowal"])
        .ok();
    t.run(["case", "consent", id, "--date", "2026-04-03", "--by", "m1"])
        .ok();
    t.run([
        "case",
        "qualify",
        id,
        "--team",
        "ggk",
        "--date",
        "2026-04-04",
    ])
    .ok();
}

/// The EDITOR scripts: one that changes a value, one that breaks the TOML, one that leaves
/// the file as it is.
fn editors(t: &Test) -> [std::path::PathBuf; 3] {
    [
        t.script(
            "append-comment",
            "printf '# checked by the coordinator\\n' >> \"$1\"",
        ),
        t.script("break-toml", "printf 'this is = = not toml\\n' >> \"$1\""),
        t.script("leave-alone", "true"),
    ]
}

fn with_editor(t: &Test, editor: &std::path::Path, args: &[&str]) -> crate::Run {
    t.run_env(
        t.path(),
        &[("EDITOR", editor.as_os_str()), ("VISUAL", "".as_ref())],
        args,
    )
}

#[test]
fn edit_changes_keeps_or_refuses_every_kind_of_record() {
    let (t, dir) = repo();
    let [append, broken, same] = editors(&t);
    let records = [
        "institutions/gops/institution.toml".to_string(),
        "institutions/gops/people/anna-kowalska.toml".to_string(),
        "teams/ggk.toml".to_string(),
        "services/asystent.toml".to_string(),
        "meetings/2026-05-13-ggk-cny6.toml".to_string(),
        "course/1.toml".to_string(),
        format!("{dir}/case.toml"),
        format!("{dir}/members.toml"),
        format!("{dir}/diagnosis.toml.age"),
        format!("{dir}/plan.toml"),
        format!("{dir}/monitoring/2026-04/cny6gm.toml"),
        format!("{dir}/evaluations/2026-04-30.toml"),
    ];
    for rel in &records {
        // Unchanged: nothing written, nothing logged.
        let before = t.state();
        let run = with_editor(&t, &same, &["edit", rel]).ok();
        assert!(run.stderr.contains("no changes"), "{rel}: {}", run.all());
        t.unchanged(&before);
        // Broken: refused with the finding, nothing written (no terminal here).
        let run = with_editor(&t, &broken, &["edit", rel]).fails(1);
        assert!(run.stderr.contains("error[K001]"), "{rel}: {}", run.all());
        assert!(
            run.stderr.contains("nothing was saved"),
            "{rel}: {}",
            run.all()
        );
        t.unchanged(&before);
        // A comment added: saved, the rest of the file as it was.
        let run = with_editor(&t, &append, &["edit", rel]).ok();
        assert!(run.stdout.starts_with("Saved "), "{rel}: {}", run.all());
        if rel.contains("members") || rel.contains("diagnosis") {
            // Personal data stays encrypted: the plain name never appears on disk.
            let sealed = rel.trim_end_matches(".age").to_string() + ".age";
            assert!(t.exists(&sealed), "{sealed}");
            assert!(
                !t.exists(sealed.trim_end_matches(".age")),
                "{rel} left in plain text"
            );
            assert!(!String::from_utf8_lossy(&t.bytes(&sealed)).contains("checked by"));
        } else {
            let text = t.read(rel);
            let old = String::from_utf8_lossy(&before[rel.as_str()]).into_owned();
            assert_eq!(
                text,
                format!("{old}# checked by the coordinator\n"),
                "{rel}"
            );
        }
    }
    // The edits are in the log, one operation each, and the last one can be undone.
    let log = t.run(["log", "-n", "100", "--format", "json"]).ok().json();
    let edits = log
        .as_array()
        .unwrap()
        .iter()
        .filter(|o| o["description"].as_str().unwrap().starts_with("edit "))
        .count();
    assert_eq!(edits, records.len());
    let before = t.state();
    t.run(["undo"]).ok();
    assert_ne!(t.state(), before);
    assert!(
        !t.read(&format!("{dir}/evaluations/2026-04-30.toml"))
            .contains("checked by")
    );
}

#[test]
fn edit_refuses_a_change_that_breaks_a_rule_and_names_records_by_short_forms() {
    let (t, dir) = repo();
    // A school worker as the GGK's coordinator: K017, refused, the file as it was.
    let school = t.script("school", "sed -i 's/anna-kowalska\"$/jan-nowak\"/' \"$1\"");
    let before = t.state();
    let run = with_editor(&t, &school, &["edit", "team", "ggk"]).fails(1);
    assert!(run.stderr.contains("error[K017]"), "{}", run.all());
    assert!(run.stderr.contains("teams/ggk.toml:3:15"), "{}", run.all());
    t.unchanged(&before);
    // A case's file by number and name; a path with or without .age; from a subfolder.
    let same = &editors(&t)[2];
    for args in [
        vec!["edit", "2026-001", "plan"],
        vec!["edit", "2026-001"],
        vec!["edit", "2026-001", "members"],
        vec!["edit", "person", "jan-nowak"],
    ] {
        let run = with_editor(&t, same, &args).ok();
        assert!(run.stderr.contains("no changes"), "{args:?}: {}", run.all());
    }
    let sub = t.path().join(&dir);
    let run = t.run_env(&sub, &[("EDITOR", same.as_os_str())], ["edit", "plan.toml"]);
    assert_eq!(run.code, 0, "{}", run.all());
    // Mistakes: outside the repository, not a record, an unknown case, a failing editor.
    let run = with_editor(&t, same, &["edit", "../etc/passwd"]).fails(1);
    assert!(
        run.stderr.contains("is not a record of this repository"),
        "{}",
        run.all()
    );
    let run = with_editor(&t, same, &["edit", "teams/notes.md"]).fails(1);
    assert!(
        run.stderr.contains("is not a record koop reads"),
        "{}",
        run.all()
    );
    let run = with_editor(&t, same, &["edit", "2026-009"]).fails(1);
    assert!(
        run.stderr.contains("no case with ID `2026-009`"),
        "{}",
        run.all()
    );
    let fail = t.script("fail", "exit 3");
    let run = with_editor(&t, &fail, &["edit", "teams/ggk.toml"]).fails(1);
    assert!(run.stderr.contains("nothing was saved"), "{}", run.all());
    t.unchanged(&before);
}

#[test]
fn edit_fixes_a_broken_record_that_other_commands_refuse_to_touch() {
    let (t, _) = repo();
    t.write(
        "teams/ggk.toml",
        "kind = \"ggk\"\nname = \"GGK\nmembers = []\n",
    );
    let before = t.state();
    // A write that needs the broken team is refused with the file's own finding.
    let run = t.run(["team", "member", "remove", "ggk", "sp1"]).fails(1);
    assert!(
        run.stderr.contains("teams/ggk.toml does not load"),
        "{}",
        run.all()
    );
    assert!(run.stderr.contains("error[K001]"), "{}", run.all());
    t.unchanged(&before);
    // koop edit opens it anyway: that is how it gets fixed.
    let fix = t.script(
        "fix",
        "printf 'kind = \"ggk\"\\nname = \"GGK\"\\ncoordinator = \"anna-kowalska\"\\n' > \"$1\"",
    );
    with_editor(&t, &fix, &["edit", "teams/ggk.toml"]).ok();
    assert!(
        t.read("teams/ggk.toml")
            .contains("coordinator = \"anna-kowalska\"")
    );
}

#[test]
fn a_write_on_a_case_with_a_broken_plan_shows_the_plan_s_error() {
    let (t, dir) = repo();
    t.write(&format!("{dir}/plan.toml"), "main_goal = \"x\"\n[[goals]\n");
    let before = t.state();
    for args in [
        vec!["task", "done", "2026-001", "1.1", "--date", "2026-05-01"],
        vec![
            "task",
            "reschedule",
            "2026-001",
            "1.1",
            "--due",
            "2026-07-31",
        ],
        vec!["goal", "add", "2026-001", "Nowy cel"],
        vec!["task", "remove", "2026-001", "1.2"],
    ] {
        let run = t.run(&args).fails(1);
        assert!(
            run.stderr
                .contains(&format!("{dir}/plan.toml does not load")),
            "{args:?}: {}",
            run.all()
        );
        assert!(!run.stderr.contains("no task"), "{args:?}: {}", run.all());
        t.unchanged(&before);
    }
}

/// Removals for every kind: (refused while referred to, what to remove first or the flag,
/// then the removal itself).
#[test]
fn remove_refuses_dangling_references_and_lists_them() {
    let (t, dir) = repo();
    let before = t.state();
    for (args, needle) in [
        (
            vec!["institution", "remove", "sp1"],
            "institutions/sp1/people/jan-nowak.toml",
        ),
        (
            vec!["person", "remove", "anna-kowalska"],
            "teams/ggk.toml:3:15",
        ),
        (vec!["service", "remove", "asystent"], ""),
        (
            vec!["team", "remove", "ggk"],
            "meetings/2026-05-13-ggk-cny6.toml:1:8",
        ),
        (
            vec!["task", "remove", "2026-001", "1.2"],
            "monitoring/2026-04/sp1.toml",
        ),
        (
            vec!["goal", "remove", "2026-001", "1"],
            "evaluations/2026-04-30.toml",
        ),
        (
            vec!["case", "member", "remove", "2026-001", "m1"],
            "plan.toml:11:10",
        ),
    ] {
        let run = t.run(&args);
        if needle.is_empty() {
            // Nothing refers to the service: it goes.
            assert_eq!(run.code, 0, "{args:?}: {}", run.all());
            t.run(["undo"]).ok();
            continue;
        }
        assert_eq!(run.code, 1, "{args:?}: {}", run.all());
        assert!(
            run.stderr.contains("error[K005]"),
            "{args:?}: {}",
            run.all()
        );
        assert!(
            run.stderr.contains(needle),
            "{args:?} lacks {needle}: {}",
            run.all()
        );
        assert!(
            run.stderr.contains("refer to what would go"),
            "{}",
            run.all()
        );
    }
    t.unchanged(&before);
    let _ = dir;
}

#[test]
fn remove_with_cascade_or_force_dry_run_and_undo_for_every_kind() {
    let (t, dir) = repo();
    let cases: Vec<Vec<String>> = [
        vec!["institution", "remove", "sp1", "--cascade", "--force"],
        vec!["person", "remove", "jan-nowak", "--force"],
        vec!["team", "member", "remove", "ggk", "sp1"],
        vec!["service", "remove", "asystent"],
        vec!["meeting", "decision", "remove", "2026-05-13-ggk-cny6", "1"],
        vec!["meeting", "remove", "2026-05-13-ggk-cny6"],
        vec!["goal", "remove", "2026-001", "2"],
        vec!["task", "remove", "2026-001", "1.2", "--force"],
        vec![
            "monitor", "remove", "2026-001", "--month", "2026-04", "--task", "1.2", "--by", "sp1",
        ],
        vec!["eval", "remove", "2026-001", "2026-04-30"],
        // The son is named by his mother's consent: removed with --force.
        vec!["case", "member", "remove", "2026-001", "m2", "--force"],
        vec!["case", "remove", "2026-001"],
    ]
    .iter()
    .map(|a| a.iter().map(|s| s.to_string()).collect())
    .collect();
    for args in &cases {
        let before = t.state();
        // Dry run: the diff, exit 0, nothing written.
        let mut dry = args.clone();
        dry.push("--dry-run".into());
        let run = t.run(&dry).ok();
        assert!(
            run.stdout.contains("--- a/") || run.stdout.contains("encrypted personal data would"),
            "{args:?}: {}",
            run.all()
        );
        t.unchanged(&before);
        // The removal, then undo: byte for byte as before.
        let run = t.run(args).ok();
        assert!(run.stdout.starts_with("Removed"), "{args:?}: {}", run.all());
        assert_ne!(t.state(), before, "{args:?} changed nothing");
        t.run(["undo"]).ok();
        t.unchanged(&before);
    }
    // The case's folder came back whole, members encrypted.
    assert!(t.exists(&format!("{dir}/members.toml.age")));
}

#[test]
fn dry_run_shows_personal_diffs_only_with_reveal_diff() {
    let (t, dir) = repo();
    let before = t.state();
    let run = t
        .run([
            "case",
            "member",
            "add",
            "2026-001",
            "--name",
            "Zofia Nowa",
            "--dry-run",
        ])
        .ok();
    assert!(
        run.stdout.contains(&format!(
            "{dir}/members.toml.age: encrypted personal data would change (add --reveal-diff to see the decrypted diff)"
        )),
        "{}",
        run.all()
    );
    assert!(!run.stdout.contains("Zofia"));
    let run = t
        .run([
            "case",
            "member",
            "add",
            "2026-001",
            "--name",
            "Zofia Nowa",
            "--dry-run",
            "--reveal-diff",
        ])
        .ok();
    assert!(
        run.stdout.contains("+name = \"Zofia Nowa\""),
        "{}",
        run.all()
    );
    t.unchanged(&before);
    // A dry run of a refused change exits 1, like the real run.
    let run = t
        .run(["person", "remove", "anna-kowalska", "--dry-run"])
        .fails(1);
    assert!(
        run.stdout
            .contains("--- a/institutions/gops/people/anna-kowalska.toml")
    );
    t.unchanged(&before);
}

#[test]
fn corrections_reschedule_reopen_unqualify_step_undo_cancel_and_move() {
    let (t, dir) = repo();
    t.run([
        "task",
        "reschedule",
        "2026-001",
        "1.1",
        "--due",
        "2026-07-31",
    ])
    .ok();
    assert!(
        t.read(&format!("{dir}/plan.toml"))
            .contains("due = 2026-07-31")
    );
    // Unknown task: the closest is suggested.
    let run = t
        .run([
            "task",
            "reschedule",
            "2026-001",
            "1.9",
            "--due",
            "2026-07-31",
        ])
        .fails(1);
    assert!(
        run.stderr.contains("case 2026-001 has no task 1.9"),
        "{}",
        run.all()
    );
    // Reopen needs a closed case; unqualify a qualified one: the status machine says so.
    let run = t.run(["case", "reopen", "2026-001"]).fails(1);
    assert!(
        run.stderr
            .contains("cannot reopen the case: case 2026-001 is active"),
        "{}",
        run.all()
    );
    let run = t.run(["case", "unqualify", "2026-001"]).fails(1);
    assert!(
        run.stderr.contains("cannot undo the qualification"),
        "{}",
        run.all()
    );
    // The model's step.
    t.run(["model", "step", "undo", "1.1"]).ok();
    assert!(!t.read("course/1.toml").contains("[steps"));
    let run = t.run(["model", "step", "undo", "1.2"]).fails(1);
    assert!(
        run.stderr
            .contains("step 1.2 is not recorded as done in cycle 1"),
        "{}",
        run.all()
    );
    // A meeting moved: new ID, the file follows.
    let run = t
        .run([
            "meeting",
            "reschedule",
            "2026-05-13-ggk-cny6",
            "--date",
            "2026-05-20",
            "--start",
            "10:00",
            "--end",
            "11:30",
        ])
        .ok();
    assert_eq!(run.stdout, "2026-05-20-ggk-cny6\n");
    assert!(!t.exists("meetings/2026-05-13-ggk-cny6.toml"));
    let text = t.read("meetings/2026-05-20-ggk-cny6.toml");
    assert!(
        text.contains("date = 2026-05-20\nstart = \"10:00\"\nend = \"11:30\""),
        "{text}"
    );
    // A meeting that has not taken place is cancelled; one with attendance is not.
    t.run([
        "meeting",
        "new",
        "--team",
        "ggk",
        "--date",
        "2026-06-17",
        "--start",
        "11:00",
        "--end",
        "12:00",
        "--place",
        "GOPS",
    ])
    .ok();
    t.run(["meeting", "cancel", "2026-06-17-ggk-cny6"]).ok();
    assert!(!t.exists("meetings/2026-06-17-ggk-cny6.toml"));
    t.run(["meeting", "attend", "2026-05-20-ggk-cny6", "anna-kowalska"])
        .ok();
    let run = t.run(["meeting", "cancel", "2026-05-20-ggk-cny6"]).fails(1);
    assert!(run.stderr.contains("has taken place"), "{}", run.all());
}

#[test]
fn a_closed_case_reopens_and_a_qualification_is_undone() {
    let (t, dir) = repo();
    qualified_second_case(&t);
    t.run(["case", "unqualify", "2026-002"]).ok();
    let case = t
        .files()
        .into_iter()
        .find(|f| f.starts_with("cases/2026-002-") && f.ends_with("case.toml"))
        .unwrap();
    let text = t.read(&case);
    assert!(text.contains("status = \"referred\""), "{text}");
    assert!(!text.contains("[qualification]"), "{text}");
    // Close the active case, then reopen it.
    t.run([
        "eval",
        "add",
        "2026-001",
        "--date",
        "2026-05-10",
        "--main",
        "achieved",
        "--goal",
        "1=achieved",
        "--goal",
        "2=achieved",
        "--end",
    ])
    .ok();
    t.run([
        "case",
        "close",
        "2026-001",
        "--date",
        "2026-05-11",
        "--handover",
        "Pod opieką OPS",
    ])
    .ok();
    t.run(["case", "reopen", "2026-001"]).ok();
    let text = t.read(&format!("{dir}/case.toml"));
    assert!(text.contains("status = \"active\""), "{text}");
    assert!(!text.contains("[closure]"), "{text}");
}

#[test]
fn duplicates_are_refused_unless_insisted_and_reported_by_check() {
    let (t, _) = repo();
    let before = t.state();
    for args in [
        vec![
            "monitor",
            "add",
            "2026-001",
            "--month",
            "2026-04",
            "--task",
            "1.1",
            "--by",
            "m1",
            "--date",
            "2026-04-30",
            "Dwa spotkania",
        ],
        vec![
            "meeting",
            "new",
            "--team",
            "ggk",
            "--date",
            "2026-05-13",
            "--start",
            "11:00",
            "--end",
            "12:00",
            "--place",
            "GOPS",
        ],
        vec![
            "meeting",
            "decide",
            "2026-05-13-ggk-cny6",
            "--owner",
            "gops",
            "--due",
            "2026-06-30",
            "Zaprosić PUP",
        ],
        vec![
            "task",
            "add",
            "2026-001",
            "--goal",
            "1",
            "--responsible",
            "m1",
            "--due",
            "2026-06-30",
            "Spotkania z asystentem",
        ],
    ] {
        let run = t.run(&args).fails(1);
        assert!(
            run.stderr.contains("error[K034]"),
            "{args:?}: {}",
            run.all()
        );
        assert!(
            run.stderr.contains("--allow-duplicate"),
            "{args:?}: {}",
            run.all()
        );
        t.unchanged(&before);
    }
    // Insisting records it; check then reports it.
    t.run([
        "monitor",
        "add",
        "2026-001",
        "--month",
        "2026-04",
        "--task",
        "1.1",
        "--by",
        "m1",
        "--date",
        "2026-04-30",
        "--allow-duplicate",
        "Dwa spotkania",
    ])
    .ok();
    let run = t.run(["check", "--rule", "K034"]).ok();
    assert!(
        run.stdout
            .contains("the same progress on task 1.1 is reported twice for 2026-04 by m1"),
        "{}",
        run.all()
    );
}

#[test]
fn undo_restores_bytes_and_refuses_after_a_later_change() {
    let (t, dir) = repo();
    let plan = format!("{dir}/plan.toml");
    let before = t.state();
    t.run(["task", "done", "2026-001", "1.1", "--date", "2026-05-02"])
        .ok();
    assert_ne!(t.state(), before);
    // A hand edit after it: undo refuses and names the file.
    let edited = t.read(&plan) + "# a note\n";
    t.write(&plan, &edited);
    let run = t.run(["undo"]).fails(1);
    assert!(
        run.stderr.contains(&format!("{plan} changed since")),
        "{}",
        run.all()
    );
    // Put back as koop left it: undo goes through, byte for byte.
    t.write(&plan, edited.trim_end_matches("# a note\n"));
    t.run(["undo"]).ok();
    t.unchanged(&before);
    // koop log lists the operations, newest first, the undone one marked.
    let run = t.run(["log", "-n", "3"]).ok();
    let rows = table(&run.stdout);
    assert!(rows[1][2].starts_with("undo "), "{rows:?}");
    assert!(rows[2][2].ends_with("(undone)"), "{rows:?}");
    // The log never holds a name typed on the command line.
    t.run([
        "case",
        "member",
        "add",
        "2026-001",
        "--name",
        "Zenobia Tajemnicza",
    ])
    .ok();
    let log = t.run(["log", "--format", "json"]).ok().stdout;
    assert!(!log.contains("Zenobia"), "{log}");
    assert!(log.contains("koop case member add --name"), "{log}");
}

#[test]
fn a_change_killed_halfway_is_all_or_nothing() {
    let (t, dir) = repo();
    t.run([
        "case",
        "new",
        "--kind",
        "person",
        "--referred-by",
        "gops",
        "--date",
        "2026-04-02",
        "--coordinator",
        "anna-kowalska",
    ])
    .ok();
    // Killed before the commit point: nothing changes; the next write cleans up.
    let before = t.state();
    let run = t.run_env(
        t.path(),
        &[("KOOP_TEST_CRASH_AFTER", "before".as_ref())],
        ["task", "done", "2026-001", "1.1", "--date", "2026-05-02"],
    );
    assert_ne!(run.code, 0);
    t.unchanged(&before);
    // Killed after the first of two files (case activate writes plan.toml and case.toml):
    // the next koop, even a read, finishes the change.
    let _ = dir;
    consent_and_qualify(&t, "2026-002");
    t.run(["goal", "add", "2026-002", "--main", "Praca"]).ok();
    t.run(["goal", "add", "2026-002", "Zatrudnienie"]).ok();
    t.run([
        "task",
        "add",
        "2026-002",
        "--goal",
        "1",
        "--responsible",
        "gops",
        "--due",
        "2026-06-30",
        "Doradztwo",
    ])
    .ok();
    t.run([
        "case",
        "diagnosis",
        "2026-002",
        "--date",
        "2026-04-05",
        "--care",
        "x",
    ])
    .ok();
    let run = t.run_env(
        t.path(),
        &[("KOOP_TEST_CRASH_AFTER", "1".as_ref())],
        ["case", "activate", "2026-002", "--date", "2026-04-10"],
    );
    assert_ne!(run.code, 0, "{}", run.all());
    let dir2 = t
        .files()
        .into_iter()
        .find(|f| f.starts_with("cases/2026-002-") && f.ends_with("/case.toml"))
        .unwrap()
        .trim_end_matches("/case.toml")
        .to_string();
    // Half on disk right now: one of the two files changed.
    let half = t
        .read(&format!("{dir2}/case.toml"))
        .contains("status = \"active\"")
        != t.read(&format!("{dir2}/plan.toml")).contains("adopted");
    assert!(
        half,
        "the crash hook should leave one of the two files written"
    );
    let run = t.run(["case", "show", "2026-002", "--format", "json"]).ok();
    assert!(run.stderr.contains("finished operation"), "{}", run.all());
    assert_eq!(run.json()["status"], "active");
    assert!(
        t.read(&format!("{dir2}/plan.toml"))
            .contains("adopted = 2026-04-10")
    );
    // No temporary file is left in the case folder.
    assert!(
        t.files().iter().all(|f| !f.contains(".koop-")),
        "{:?}",
        t.files()
    );
}

#[test]
fn help_lists_the_new_commands() {
    let t = Test::new();
    let run = t.run(["--help"]).ok();
    for cmd in ["edit", "undo", "log"] {
        assert!(
            run.stdout.contains(&format!("  {cmd} ")),
            "{cmd}: {}",
            run.stdout
        );
    }
    let run = t.run(["edit", "--help"]).ok();
    assert!(
        run.stdout.contains("koop edit 2026-001 plan"),
        "{}",
        run.stdout
    );
}

#[test]
fn prose_comes_from_a_file_or_standard_input_and_names_are_stored_nfc() {
    let (t, dir) = repo();
    // A progress note over several lines, from a file.
    let notes = t.path().join("notes-progress.txt");
    std::fs::write(&notes, "\u{feff}Spotkanie w szkole.\r\nUstalono plan.\r\n").unwrap();
    t.run([
        "monitor",
        "add",
        "2026-001",
        "--month",
        "2026-05",
        "--task",
        "2.1",
        "--by",
        "gops",
        "--date",
        "2026-05-10",
        "--text-file",
        notes.to_str().unwrap(),
    ])
    .ok();
    let text = t.read(&format!("{dir}/monitoring/2026-05/gops.toml"));
    assert!(
        text.contains("progress = \"\"\"\nSpotkanie w szkole.\nUstalono plan.\"\"\"\n"),
        "{text}"
    );
    // Standard input with `-`.
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_koop"))
        .args(["goal", "add", "2026-001", "--text-file", "-"])
        .current_dir(t.path())
        .env("KOOP_TODAY", "2026-05-13")
        .env("KOOP_LANG", "en")
        .env(
            "HOME",
            t.identity()
                .parent()
                .unwrap()
                .parent()
                .unwrap()
                .parent()
                .unwrap(),
        )
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all("Mieszkanie\n".as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        t.read(&format!("{dir}/plan.toml"))
            .contains("text = \"Mieszkanie\"")
    );
    // Both, or neither: clap refuses.
    let run = t.run(["goal", "add", "2026-001", "X", "--text-file", "-"]);
    assert_eq!(run.code, 2, "{}", run.all());
    let run = t.run(["goal", "add", "2026-001"]);
    assert_eq!(run.code, 2, "{}", run.all());
    // A name typed with a combining accent (NFD) is stored composed (NFC) and gives the
    // same ID as the composed spelling.
    let nfd = "Pan\u{301}ska";
    t.run([
        "institution",
        "add",
        "--name",
        nfd,
        "--kind",
        "ngo",
        "--level",
        "gmina",
    ])
    .ok();
    assert!(
        t.read("institutions/panska/institution.toml")
            .contains("name = \"Pańska\"")
    );
    let run = t.run([
        "institution",
        "add",
        "--name",
        "Pańska",
        "--kind",
        "ngo",
        "--level",
        "gmina",
    ]);
    assert_eq!(run.code, 1, "{}", run.all());
}

#[test]
fn a_write_waits_for_another_koop_says_so_and_gives_up() {
    let (t, _) = repo();
    let lock = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(t.path().join(".koop.lock"))
        .unwrap();
    lock.lock().unwrap();
    let before = t.state();
    let run = t.run_env(
        t.path(),
        &[("KOOP_LOCK_TIMEOUT", "2".as_ref())],
        [
            "task",
            "reschedule",
            "2026-001",
            "1.1",
            "--due",
            "2026-07-31",
        ],
    );
    assert_eq!(run.code, 1, "{}", run.all());
    assert!(
        run.stderr
            .contains("waiting for another koop to finish writing"),
        "{}",
        run.all()
    );
    assert!(run.stderr.contains("for over 2 s"), "{}", run.all());
    t.unchanged(&before);
    drop(lock);
    t.run([
        "task",
        "reschedule",
        "2026-001",
        "1.1",
        "--due",
        "2026-07-31",
    ])
    .ok();
}

#[test]
fn no_number_past_an_unreadable_case_and_no_step_past_an_unreadable_cycle() {
    let (t, _) = repo();
    t.write(
        "cases/2026-007-zzzz/case.toml",
        "id = \"2026-007\"\nkind = \n",
    );
    let before = t.state();
    let run = t
        .run([
            "case",
            "new",
            "--kind",
            "person",
            "--referred-by",
            "gops",
            "--date",
            "2026-05-01",
        ])
        .fails(1);
    assert!(
        run.stderr
            .contains("cases/2026-007-zzzz/case.toml does not load"),
        "{}",
        run.all()
    );
    t.unchanged(&before);
    std::fs::remove_dir_all(t.path().join("cases/2026-007-zzzz")).unwrap();
    t.write("course/1.toml", "kind = \"first\"\nstart = \n");
    let before = t.state();
    let run = t
        .run(["model", "step", "done", "1.2", "--date", "2026-02-01"])
        .fails(1);
    assert!(
        run.stderr.contains("course/1.toml does not load"),
        "{}",
        run.all()
    );
    assert!(
        !run.stderr.contains("has not been started"),
        "{}",
        run.all()
    );
    t.unchanged(&before);
}

#[test]
fn personal_data_is_edited_in_a_private_temporary_file_that_is_removed() {
    let (t, dir) = repo();
    let log = t.identity().parent().unwrap().join("seen.txt");
    let spy = t.script(
        "spy",
        &format!(
            "stat -c '%a' \"$1\" > '{0}'; echo \"$1\" >> '{0}'; grep -c 'Ewa Przykładowa' \"$1\" >> '{0}'",
            log.display()
        ),
    );
    let run = with_editor(&t, &spy, &["edit", "2026-001", "members"]).ok();
    assert!(run.stderr.contains("no changes"), "{}", run.all());
    let seen = std::fs::read_to_string(&log).unwrap();
    let lines: Vec<&str> = seen.lines().collect();
    assert_eq!(lines[0], "600", "{seen}");
    let temp = std::path::Path::new(lines[1]);
    assert!(!temp.starts_with(t.path()), "inside the repository: {seen}");
    assert!(!temp.exists(), "the temporary file is left behind: {seen}");
    assert_eq!(lines[2], "1", "the editor sees the decrypted names: {seen}");
    assert!(t.exists(&format!("{dir}/members.toml.age")));
}

#[test]
fn monitor_remove_takes_one_entry_and_asks_which_when_there_are_several() {
    let (t, dir) = repo();
    let file = format!("{dir}/monitoring/2026-04/cny6gm.toml");
    for text in ["Trzy spotkania", "Cztery spotkania"] {
        t.run([
            "monitor",
            "add",
            "2026-001",
            "--month",
            "2026-04",
            "--task",
            "1.1",
            "--by",
            "m1",
            "--date",
            "2026-04-30",
            text,
        ])
        .ok();
    }
    let before = t.state();
    let run = t
        .run([
            "monitor", "remove", "2026-001", "--month", "2026-04", "--task", "1.1", "--by", "m1",
        ])
        .fails(1);
    assert!(
        run.stderr
            .contains("has 3 entries for task 1.1; say which with --entry N"),
        "{}",
        run.all()
    );
    assert!(run.stderr.contains("2: Trzy spotkania"), "{}", run.all());
    t.unchanged(&before);
    t.run([
        "monitor", "remove", "2026-001", "--month", "2026-04", "--task", "1.1", "--by", "m1",
        "--entry", "2",
    ])
    .ok();
    let text = t.read(&file);
    assert!(
        text.contains("Dwa spotkania") && text.contains("Cztery spotkania"),
        "{text}"
    );
    assert!(!text.contains("Trzy spotkania"), "{text}");
    // Unknown reporter: said in words, with the closest.
    let run = t
        .run([
            "monitor", "remove", "2026-001", "--month", "2026-04", "--task", "1.1", "--by", "m2",
        ])
        .fails(1);
    assert!(
        run.stderr
            .contains("case 2026-001 has no monitoring for 2026-04 by `m2`"),
        "{}",
        run.all()
    );
}

#[test]
fn undo_is_checked_like_any_other_change() {
    let (t, dir) = repo();
    t.run([
        "person",
        "add",
        "--institution",
        "gops",
        "--name",
        "Piotr Zet",
    ])
    .ok();
    // A record written since names the person the undo would take away.
    let case = format!("{dir}/case.toml");
    let text = t.read(&case).replace(
        "coordinator = \"anna-kowalska\"",
        "coordinator = \"piotr-zet\"",
    );
    t.write(&case, text);
    let before = t.state();
    let run = t.run(["undo"]).fails(1);
    assert!(
        run.stderr
            .contains("error[K005]: unknown person `piotr-zet`"),
        "{}",
        run.all()
    );
    assert!(run.stderr.contains("koop undo --force"), "{}", run.all());
    t.unchanged(&before);
    t.run(["undo", "--force"]).ok();
    assert!(!t.exists("institutions/gops/people/piotr-zet.toml"));
}

#[test]
fn edit_does_not_overwrite_a_change_made_while_the_editor_was_open() {
    let (t, _) = repo();
    let rel = "institutions/sp1/institution.toml";
    let colleague = t.script(
        "colleague",
        &format!(
            "printf 'name = \"SP 1 (zmiana kolegi)\"\\nkind = \"school\"\\nlevel = \"gmina\"\\n' > '{}'; echo '# mine' >> \"$1\"",
            t.path().join(rel).display()
        ),
    );
    let run = with_editor(&t, &colleague, &["edit", rel]).fails(1);
    assert!(
        run.stderr
            .contains("was changed by someone else while you were editing it"),
        "{}",
        run.all()
    );
    assert!(t.read(rel).contains("zmiana kolegi"));
    assert!(!t.read(rel).contains("# mine"));
}

#[test]
fn a_past_meeting_is_not_cancelled_and_a_new_start_keeps_the_length() {
    let (t, _) = repo();
    t.run([
        "meeting",
        "new",
        "--team",
        "ggk",
        "--date",
        "2026-05-06",
        "--start",
        "11:00",
        "--end",
        "12:30",
        "--place",
        "GOPS",
    ])
    .ok();
    let run = t.run(["meeting", "cancel", "2026-05-06-ggk-cny6"]).fails(1);
    assert!(run.stderr.contains("has taken place"), "{}", run.all());
    let run = t
        .run([
            "meeting",
            "reschedule",
            "2026-05-06-ggk-cny6",
            "--date",
            "2026-05-27",
            "--start",
            "10:00",
        ])
        .ok();
    assert_eq!(run.stdout, "2026-05-27-ggk-cny6\n");
    let text = t.read("meetings/2026-05-27-ggk-cny6.toml");
    assert!(
        text.contains("start = \"10:00\"\nend = \"11:30\""),
        "{text}"
    );
}

#[test]
fn removing_a_case_shows_its_personal_data_only_with_reveal_diff() {
    let (t, dir) = repo();
    let run = t
        .run(["case", "remove", &format!("{dir}/"), "--dry-run"])
        .ok();
    assert!(
        run.stdout.contains(&format!(
            "{dir}/members.toml.age: encrypted personal data would be removed"
        )),
        "{}",
        run.all()
    );
    let run = t
        .run(["case", "remove", "2026-001", "--dry-run", "--reveal-diff"])
        .ok();
    assert!(
        run.stdout.contains("-name = \"Ewa Przykładowa\""),
        "{}",
        run.all()
    );
}

#[test]
fn a_write_that_changes_nothing_says_so_and_undo_dry_run_shows_the_diff() {
    let (t, dir) = repo();
    t.run([
        "task",
        "reschedule",
        "2026-001",
        "1.1",
        "--due",
        "2026-07-31",
    ])
    .ok();
    let run = t
        .run([
            "task",
            "reschedule",
            "2026-001",
            "1.1",
            "--due",
            "2026-07-31",
        ])
        .ok();
    assert_eq!(run.stdout, "", "{}", run.all());
    assert!(
        run.stderr
            .contains("nothing to change: the records already say so"),
        "{}",
        run.all()
    );
    let before = t.state();
    let run = t.run(["undo", "--dry-run"]).ok();
    assert!(
        run.stdout.contains(&format!("--- a/{dir}/plan.toml")),
        "{}",
        run.all()
    );
    assert!(
        run.stdout.contains("-due = 2026-07-31\n+due = 2026-06-30"),
        "{}",
        run.all()
    );
    t.unchanged(&before);
}

#[test]
fn multi_line_text_in_a_crlf_file_reads_back_without_carriage_returns() {
    let (t, _) = repo();
    let rel = "meetings/2026-05-13-ggk-cny6.toml";
    let crlf = t.read(rel).replace('\n', "\r\n");
    t.write(rel, crlf);
    let minutes = t.path().join("protokol.txt");
    std::fs::write(&minutes, "Protokół\n\nObecni: AK, JN.\n").unwrap();
    t.run([
        "meeting",
        "minutes",
        "2026-05-13-ggk-cny6",
        "--file",
        minutes.to_str().unwrap(),
    ])
    .ok();
    let text = t.read(rel);
    assert!(
        text.contains("\r\n") && !text.replace("\r\n", "").contains('\n'),
        "{text:?}"
    );
    let shown = t
        .run(["meeting", "show", "2026-05-13-ggk-cny6", "--format", "json"])
        .ok()
        .json();
    assert_eq!(shown["minutes"], "Protokół\n\nObecni: AK, JN.");
}
