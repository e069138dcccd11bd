//! The model's course (`koop model`) and `koop agenda` through the real binary: cycles, steps
//! done, due and late against the 18-month timeline, a repository in the middle of stage III,
//! and the agenda of the example.

use crate::{Test, example};

fn in_example(args: &[&str]) -> crate::Run {
    let t = Test::new();
    let dir = example().to_string_lossy().to_string();
    let mut all = vec!["-C", dir.as_str()];
    all.extend_from_slice(args);
    t.run(all)
}

#[test]
fn start_writes_the_cycle_and_refuses_a_second_first_cycle() {
    let t = Test::init();
    let run = t.run(["model", "start", "--date", "2026-01-12"]).ok();
    assert_eq!(
        run.stdout,
        "Started cycle 1 (first) on 2026-01-12; it ends 2027-07-12 (course/1.toml)\n"
    );
    assert_eq!(
        t.read("course/1.toml"),
        "kind = \"first\"\nstart = 2026-01-12\norganisation_months = 3\nwork_months = 13\nsummary_months = 2\n"
    );
    let run = t.run(["model", "start", "--date", "2027-09-01"]).fails(1);
    assert!(run.stderr.contains("--continuation"), "{}", run.stderr);
    let run = t
        .run(["model", "start", "--date", "2026-01-01", "--continuation"])
        .fails(1);
    assert!(
        run.stderr.contains("a new cycle starts after it"),
        "{}",
        run.stderr
    );
    t.run([
        "model",
        "start",
        "--date",
        "2027-09-01",
        "--continuation",
        "--work-months",
        "10",
    ])
    .ok();
    assert!(
        t.read("course/2.toml")
            .starts_with("kind = \"continuation\"\nstart = 2027-09-01\n")
    );
}

#[test]
fn step_done_edits_the_current_cycle_in_place() {
    let t = Test::init();
    t.run(["model", "start", "--date", "2026-01-12"]).ok();
    let before = t.read("course/1.toml");
    t.write(
        "course/1.toml",
        format!("# Przebieg Modelu w gminie\n{before}"),
    );
    t.run([
        "model",
        "step",
        "done",
        "5.2",
        "--date",
        "2026-03-12",
        "--note",
        "Porozumienie podpisane",
    ])
    .ok();
    assert_eq!(
        t.read("course/1.toml"),
        format!(
            "# Przebieg Modelu w gminie\n{before}\n[steps.\"5.2\"]\ndone = 2026-03-12\nnote = \"Porozumienie podpisane\"\n"
        )
    );
    let run = t.run(["model", "step", "done", "5.2"]).fails(1);
    assert!(
        run.stderr
            .contains("already recorded as done on 2026-03-12"),
        "{}",
        run.stderr
    );
    let run = t.run(["model", "step", "done", "5.3"]).fails(1);
    assert!(
        run.stderr.contains("no step with ID `5.3`"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("did you mean `5.2`?") || run.stderr.contains("did you mean `5.1`?"),
        "{}",
        run.stderr
    );
}

#[test]
fn without_a_cycle_model_commands_say_how_to_start() {
    let t = Test::init();
    let run = t.run(["model", "status"]).fails(1);
    assert!(
        run.stderr.contains("koop model start --date"),
        "{}",
        run.stderr
    );
}

#[test]
fn status_shows_done_due_late_and_what_is_next() {
    let t = Test::init().today("2026-05-01");
    t.run(["model", "start", "--date", "2026-01-12"]).ok();
    for step in ["1.1", "1.2", "1.3", "2.1"] {
        t.run(["model", "step", "done", step, "--date", "2026-02-01"])
            .ok();
    }
    let json = t.run(["model", "status", "--format", "json"]).ok().json();
    assert_eq!(json["organisation_ends"], "2026-04-12");
    assert_eq!(json["work_ends"], "2027-05-12");
    assert_eq!(json["ends"], "2027-07-12");
    assert_eq!(json["current_stage"], "II");
    let stage = |n: usize| json["stages"][n]["steps"].as_array().unwrap().clone();
    let state = |n: usize, id: &str| {
        stage(n)
            .iter()
            .find(|s| s["id"] == id)
            .map(|s| (s["state"].as_str().unwrap().to_string(), s["date"].clone()))
            .unwrap()
    };
    assert_eq!(state(0, "1.1"), ("done".into(), "2026-02-01".into()));
    assert_eq!(state(0, "1.4").0, "optional");
    assert_eq!(state(1, "2.2"), ("late".into(), "2026-04-12".into()));
    assert_eq!(state(2, "7.2"), ("due".into(), "2027-05-12".into()));
    assert_eq!(json["next"], serde_json::json!(["2.2", "2.3", "2.4"]));
    let run = t.run(["model", "status"]).ok();
    assert!(
        run.stdout.contains("Current stage: II Organizacja"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("Next: 2.2 Decyzja władz gminno-powiatowych, PCPR i GOPS o wdrażaniu Modelu (late 2026-04-12)"), "{}", run.stdout);
}

#[test]
fn the_example_is_in_the_middle_of_stage_three() {
    let json = in_example(&["model", "status", "--format", "json"])
        .ok()
        .json();
    assert_eq!(json["current_stage"], "III");
    // 7.2 is shown done by the first plan adopted, so it is not next.
    assert_eq!(json["next"], serde_json::json!(["6.3", "7.1", "7.3"]));
    let steps: Vec<serde_json::Value> = json["stages"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["steps"].as_array().unwrap().clone())
        .collect();
    let step = |id: &str| steps.iter().find(|s| s["id"] == id).unwrap().clone();
    // Derived from the records, not ticked: the initiating meeting, the PZK's agreement, the
    // first plan of work with a family.
    for (id, date, from) in [
        (
            "2.1",
            "2026-02-18",
            "initiating meeting 2026-02-18-pzk-przykladowo-egtj",
        ),
        ("5.2", "2026-03-12", "agreement of pzk-przykladowo signed"),
        ("7.2", "2026-04-01", "plan of case 2026-001 adopted"),
    ] {
        let s = step(id);
        assert_eq!(
            (
                s["state"].as_str(),
                s["date"].as_str(),
                s["derived_from"].as_str()
            ),
            (Some("done"), Some(date), Some(from)),
            "{id}"
        );
    }
    // 6.2 belongs to the organisation phase (about 3 months): done in May, it was done late.
    let s = step("6.2");
    assert_eq!(s["state"], "done late");
    assert_eq!(s["deadline"], "2026-04-12");
    // Stage I is the ROPS's: what it did is recorded, what it did not is never late here.
    assert_eq!(step("1.4")["state"], "optional");
    let late: usize = json["stages"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["steps"].as_array().unwrap().clone())
        .filter(|s| s["state"] == "late")
        .count();
    assert_eq!(late, 0);
}

#[test]
fn a_continuation_cycle_has_the_shorter_course() {
    let t = Test::init().today("2027-10-01");
    t.run(["model", "start", "--date", "2026-01-12"]).ok();
    t.run(["model", "start", "--date", "2027-09-01", "--continuation"])
        .ok();
    t.run(["model", "step", "done", "1", "--date", "2027-09-10"])
        .ok();
    let json = t.run(["model", "status", "--format", "json"]).ok().json();
    assert_eq!(json["cycle"], "2");
    assert_eq!(json["kind"], "continuation");
    let ids: Vec<String> = json["stages"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["steps"].as_array().unwrap().clone())
        .map(|s| s["id"].as_str().unwrap().to_string())
        .collect();
    // As the "KOLEJNE WDRAŻANIE" diagram numbers them: 6 realisation, 7 evaluation.
    assert_eq!(ids, ["1", "2", "3", "4", "5.1", "5.2", "6", "7"]);
    assert_eq!(json["next"], serde_json::json!(["3", "4", "5.1"]));
}

#[test]
fn an_unknown_step_in_a_hand_edited_cycle_is_reported() {
    let t = Test::init();
    t.write(
        "course/1.toml",
        "kind = \"first\"\nstart = 2026-01-12\n\n[steps.\"11.1\"]\ndone = 2026-02-01\n",
    );
    let run = t.run(["check", "--rule", "K005"]).fails(1);
    assert!(
        run.stdout
            .contains("error[K005]: cycle 1 (first) has no step `11.1`\n --> course/1.toml:4:1\n"),
        "{}",
        run.stdout
    );
}

#[test]
fn agenda_of_the_example_lists_what_is_coming_in_date_order() {
    let json = in_example(&["agenda", "--days", "40", "--format", "json"])
        .ok()
        .json(); // today 2026-11-23
    let got: Vec<(String, String, String)> = json
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            (
                i["date"].as_str().unwrap().into(),
                i["kind"].as_str().unwrap().into(),
                i["subject"].as_str().unwrap().into(),
            )
        })
        .collect();
    let want: Vec<(String, String, String)> = [
        ("2026-11-30", "monitoring", "2026-002"),
        ("2026-11-30", "task", "2026-002 1.3"),
        ("2026-12-15", "evaluation", "2026-002"),
        ("2026-12-18", "task", "2026-002 1.1"),
        ("2026-12-18", "task", "2026-002 1.2"),
        ("2026-12-18", "task", "2026-002 3.1"),
        ("2026-12-31", "monitoring", "2026-002"),
    ]
    .iter()
    .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
    .collect();
    assert_eq!(got, want);
}

#[test]
fn agenda_lists_meetings_rsvp_dates_and_decisions() {
    let t = Test::init().today("2026-04-01");
    t.run([
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
    ])
    .ok();
    t.run([
        "team", "new", "--kind", "pzk", "--id", "pzk", "--name", "PZK",
    ])
    .ok();
    let id = t
        .run([
            "meeting",
            "new",
            "--team",
            "pzk",
            "--date",
            "2026-04-15",
            "--start",
            "11:00",
            "--end",
            "12:00",
            "--place",
            "GOPS",
        ])
        .ok()
        .stdout;
    let id = id.trim();
    t.run(["meeting", "invite", id, "--rsvp-by", "2026-04-08", "gops"])
        .ok();
    let meeting = t.read(&format!("meetings/{id}.toml"));
    t.write(
        &format!("meetings/{id}.toml"),
        format!("{meeting}\n[[decisions]]\nid = \"uslugi\"\ntext = \"Przygotować listę usług\"\nowner = \"gops\"\ndue = 2026-04-10\n"),
    );
    let json = t
        .run(["agenda", "--days", "30", "--format", "json"])
        .ok()
        .json();
    let kinds: Vec<(&str, &str)> = json
        .as_array()
        .unwrap()
        .iter()
        .map(|i| (i["date"].as_str().unwrap(), i["kind"].as_str().unwrap()))
        .collect();
    assert_eq!(
        kinds,
        [
            ("2026-04-08", "rsvp"),
            ("2026-04-10", "decision"),
            ("2026-04-15", "meeting")
        ]
    );
    let json = t
        .run(["agenda", "--days", "7", "--format", "json"])
        .ok()
        .json();
    assert_eq!(json.as_array().unwrap().len(), 0, "{json}");
}

#[test]
fn cycles_do_not_overlap_and_steps_are_not_done_in_the_future() {
    let t = Test::init().today("2026-11-23");
    t.run(["model", "start", "--date", "2026-01-12"]).ok();
    let run = t
        .run(["model", "start", "--date", "2026-12-01", "--continuation"])
        .fails(1);
    assert!(
        run.stderr.contains("runs until 2027-07-12"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("koop model step done 9.3"),
        "{}",
        run.stderr
    );
    t.run([
        "model",
        "step",
        "done",
        "9.3",
        "--date",
        "2026-11-20",
        "--decision",
        "continue",
    ])
    .ok();
    t.run(["model", "start", "--date", "2026-12-01", "--continuation"])
        .ok();
    let run = t
        .run(["model", "step", "done", "7.1", "--date", "2027-06-01"])
        .fails(1);
    assert!(run.stderr.contains("in the future"), "{}", run.stderr);
    t.write("course/1.toml", "kind = \"first\"\nstart = 2026-01-12\nwork_months = 400\n\n[steps.3]\ndone = 2026-02-01\n\n[steps.33]\ndone = 2026-02-01\n");
    let run = t.run(["check", "--format", "json"]).fails(1);
    let got: Vec<(String, u64)> = run
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["code"].as_str().unwrap().to_string(),
                d["line"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [("K002".to_string(), 3), ("K005".to_string(), 8)],
        "{}",
        run.stdout
    );
    t.write("course/01.toml", "kind = \"first\"\nstart = 2026-01-12\n");
    let run = t.run(["check", "--rule", "K006"]).ok();
    assert!(
        run.stdout
            .contains("course/01.toml is not a record koop reads"),
        "{}",
        run.stdout
    );
}

#[test]
fn the_decision_step_says_continue_or_end_and_no_continuation_follows_an_end() {
    let t = Test::init().today("2027-08-01");
    t.run(["model", "start", "--date", "2026-01-12"]).ok();
    let before = t.state();
    // The decision without the alternative taken.
    let run = t
        .run(["model", "step", "done", "9.3", "--date", "2027-07-01"])
        .fails(1);
    assert_eq!(
        run.stderr,
        "error: step 9.3 is the decision to continue the work with the model or to end the cooperation: say which\n  \
         help: add --decision continue or --decision end (krok 9.3: \"Decyzja PZK o kontynuacji prac lub zakończenie współpracy, ustalenie sposobu przekazania osób/rodzin\")\n"
    );
    // Another step takes no decision.
    let run = t
        .run(["model", "step", "done", "9.1", "--decision", "end"])
        .fails(1);
    assert!(
        run.stderr
            .starts_with("error: --decision belongs to step 9.3, the decision to continue"),
        "{}",
        run.stderr
    );
    t.unchanged(&before);
    let run = t
        .run([
            "model",
            "step",
            "done",
            "9.3",
            "--date",
            "2027-07-01",
            "--decision",
            "end",
        ])
        .ok();
    assert_eq!(
        run.stdout,
        "Step 9.3 done on 2027-07-01: the decision is to end the cooperation (course/1.toml)\n"
    );
    assert!(
        t.read("course/1.toml")
            .ends_with("[steps.\"9.3\"]\ndone = 2027-07-01\ndecision = \"end\"\n")
    );
    // The course is over: nothing is next.
    let run = t.run(["model", "status"]).ok();
    assert!(
        run.stdout.contains(
            "The cooperation ended by the decision of 2027-07-01 (step 9.3): no step is next.\n"
        ) && !run.stdout.contains("Next:"),
        "{}",
        run.stdout
    );
    let json = t.run(["model", "status", "--format", "json"]).ok().json();
    assert_eq!(json["current_stage"], serde_json::Value::Null);
    assert_eq!(json["next"], serde_json::json!([]));
    // No continuation after a decision to end.
    let before = t.state();
    let run = t
        .run(["model", "start", "--date", "2027-08-01", "--continuation"])
        .fails(1);
    assert_eq!(
        run.stderr,
        "error: cycle 1 ended the cooperation (step 9.3, 2027-07-01): no continuation follows\n  \
         help: if the decision was to continue after all, correct it in course/1.toml (`decision = \"continue\"`)\n"
    );
    t.unchanged(&before);
    // Written by hand anyway, it is an error (K043); so is a decision without its alternative.
    t.write(
        "course/2.toml",
        "kind = \"continuation\"\nstart = 2027-08-01\n\n[steps.\"7\"]\ndone = 2027-08-01\n",
    );
    let run = t.run(["check", "--rule", "K043"]).fails(1);
    assert!(
        run.stdout.contains(
            "error[K043]: cycle 2 follows cycle 1, which decided on 2027-07-01 to end the cooperation\n --> course/2.toml:1:1\n"
        ) && run.stdout.contains(
            "error[K043]: cycle 2 records step 7 without the decision taken\n --> course/2.toml:4:1\n"
        ),
        "{}",
        run.stdout
    );
    // The decision was to continue after all: the continuation stands.
    let text = t.read("course/1.toml").replace("\"end\"", "\"continue\"");
    t.write("course/1.toml", text);
    t.write(
        "course/2.toml",
        "kind = \"continuation\"\nstart = 2027-08-01\n\n[steps.\"7\"]\ndone = 2027-08-01\ndecision = \"continue\"\n",
    );
    let run = t.run(["check", "--rule", "K043"]).ok();
    assert!(run.stdout.ends_with("no problems\n"), "{}", run.stdout);
}

#[test]
fn a_gmina_may_adopt_part_of_the_model_and_steps_left_out_are_never_late() {
    let t = Test::init().today("2026-11-23");
    t.run(["model", "start", "--date", "2026-01-12"]).ok();
    let before = t.state();
    for (args, said) in [
        (
            &["model", "step", "omit", "7.7", "--reason", "x"][..],
            "error: no step with ID `7.7`",
        ),
        (
            &["model", "step", "omit", "1.1", "--reason", "x"],
            "error: step 1.1 is the ROPS's (stage I); it is not for this repository to adopt or omit\n",
        ),
        (
            &["model", "step", "omit", "9.3", "--reason", "x"],
            "error: step 9.3 is the decision to continue or to end: every cycle takes it\n",
        ),
        (
            &["model", "step", "omit", "6.2", "--reason", " "],
            "error: --reason",
        ),
    ] {
        let run = t.run(args).fails(1);
        assert!(run.stderr.starts_with(said), "{args:?}: {}", run.stderr);
    }
    t.unchanged(&before);
    let run = t
        .run([
            "model",
            "step",
            "omit",
            "6.2",
            "--reason",
            "Gmina wdraża tylko pracę z rodzinami",
        ])
        .ok();
    assert_eq!(
        run.stdout,
        "Step 6.2 recorded as not adopted in cycle 1 (course/1.toml)\n"
    );
    assert!(
        t.read("course/1.toml")
            .ends_with("\n[omitted]\n\"6.2\" = \"Gmina wdraża tylko pracę z rodzinami\"\n")
    );
    let json = t.run(["model", "status", "--format", "json"]).ok().json();
    let steps: Vec<serde_json::Value> = json["stages"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["steps"].as_array().unwrap().clone())
        .collect();
    let state = |id: &str| {
        steps.iter().find(|s| s["id"] == id).unwrap()["state"]
            .as_str()
            .unwrap()
            .to_string()
    };
    // Past the organisation phase: 6.1 is late, 6.2 is not adopted, ROPS's 1.1 is not late.
    assert_eq!(state("6.1"), "late");
    assert_eq!(state("6.2"), "not adopted");
    assert_eq!(state("1.1"), "ROPS");
    // A step left out cannot be ticked; and done-and-omitted by hand is K043.
    let run = t.run(["model", "step", "done", "6.2"]).fails(1);
    assert!(
        run.stderr
            .starts_with("error: step 6.2 is recorded as not adopted in cycle 1\n"),
        "{}",
        run.stderr
    );
    let text = t.read("course/1.toml");
    t.write(
        "course/1.toml",
        text.replace(
            "\n[omitted]",
            "\n[steps.\"6.2\"]\ndone = 2026-05-13\n\n[omitted]",
        ),
    );
    let run = t.run(["check", "--rule", "K043"]).fails(1);
    assert!(
        run.stdout.contains(
            "error[K043]: step 6.2 of cycle 1 is recorded both as done and as not adopted\n"
        ),
        "{}",
        run.stdout
    );
}

#[test]
fn referrals_and_tasks_outside_the_models_course_are_reported() {
    let t = crate::fixture().today("2026-11-23");
    // No cycle recorded: nothing to measure against.
    let run = t.run(["check", "--rule", "K044"]).ok();
    assert!(run.stdout.ends_with("no problems\n"), "{}", run.stdout);
    t.run(["model", "start", "--date", "2026-03-01"]).ok();
    let id = t
        .run([
            "case",
            "new",
            "--kind",
            "family",
            "--referred-by",
            "sp1",
            "--date",
            "2026-02-20",
        ])
        .ok()
        .stdout
        .trim()
        .to_string();
    let run = t.run(["check", "--rule", "K044"]).ok();
    assert!(
        run.stdout.starts_with(&format!(
            "warning[K044]: case {id} was referred on 2026-02-20, before the model's course\n"
        )) && run
            .stdout
            .contains("the model's course runs from 2026-03-01 (cycle 1) to 2027-09-01 (cycle 1)"),
        "{}",
        run.stdout
    );
}

#[test]
fn steps_shown_by_the_records_are_neither_omitted_nor_undone_and_dates_stay_in_the_cycle() {
    let t = crate::fixture().today("2026-11-23");
    t.run(["model", "start", "--date", "2026-01-12"]).ok();
    t.write(
        "teams/pzk.toml",
        "kind = \"pzk\"\nname = \"PZK\"\ncoordinator = \"anna-nowak\"\n\n[agreement]\nsigned = 2026-03-12\npurpose = \"Porozumienie o wdrażaniu Modelu.\"\n\n[[agreement.signatories]]\ninstitution = \"gops\"\n\n[[members]]\ninstitution = \"gops\"\ncore = true\n",
    );
    let before = t.state();
    let run = t
        .run(["model", "step", "omit", "5.2", "--reason", "x"])
        .fails(1);
    assert_eq!(
        run.stderr,
        "error: step 5.2 was done on 2026-03-12, as the records show (agreement of pzk signed); a step done is not omitted\n"
    );
    let run = t.run(["model", "step", "undo", "5.2"]).fails(1);
    assert!(
        run.stderr.starts_with(
            "error: step 5.2 is not recorded by hand: the records show it done on 2026-03-12 (agreement of pzk signed)\n"
        ),
        "{}",
        run.stderr
    );
    let run = t.run(["model", "step", "undo", "9.9"]).fails(1);
    assert!(
        run.stderr.starts_with("error: no step with ID `9.9`"),
        "{}",
        run.stderr
    );
    // A gmina's step is done within its cycle; the ROPS's may come before it.
    let run = t
        .run(["model", "step", "done", "2.2", "--date", "2025-12-01"])
        .fails(1);
    assert!(
        run.stderr
            .starts_with("error: --date 2025-12-01 is before cycle 1 started (2026-01-12)\n"),
        "{}",
        run.stderr
    );
    t.unchanged(&before);
    t.run(["model", "step", "done", "1.1", "--date", "2025-12-01"])
        .ok();
    // Recorded by hand over the records' evidence: kept, and said.
    let run = t
        .run(["model", "step", "done", "5.2", "--date", "2026-03-13"])
        .ok();
    assert!(
        run.stderr.contains(
            "the records already showed step 5.2 done on 2026-03-12 (agreement of pzk signed); the date you gave is kept"
        ),
        "{}",
        run.stderr
    );
    // A step left out is taken back with `step undo`.
    t.run(["model", "step", "omit", "7.3", "--reason", "Tylko rodziny"])
        .ok();
    let run = t.run(["model", "step", "undo", "7.3"]).ok();
    assert_eq!(
        run.stdout,
        "Step 7.3 is no longer recorded as not adopted (course/1.toml)\n"
    );
    assert!(!t.read("course/1.toml").contains("[omitted]"));
    // The log names the command, also when run with -C.
    let dir = t.path().to_string_lossy().to_string();
    t.run([
        "-C",
        &dir,
        "model",
        "step",
        "done",
        "2.2",
        "--date",
        "2026-02-01",
    ])
    .ok();
    let log = t.run(["log", "--format", "json"]).ok().json();
    let last = log.as_array().unwrap()[0].clone();
    assert_eq!(last["command"], "koop model step done --date");
    // Cycles follow one another (K043): a second first implementation, and a continuation
    // before the decision to continue.
    t.write(
        "course/1.toml",
        "kind = \"first\"\nstart = 2026-01-12\n\n[steps.\"9.3\"]\ndone = 2026-11-20\ndecision = \"continue\"\n",
    );
    t.write(
        "course/2.toml",
        "kind = \"continuation\"\nstart = 2026-11-01\n",
    );
    t.write("course/3.toml", "kind = \"first\"\nstart = 2026-11-22\n");
    let run = t.run(["check", "--rule", "K043"]).fails(1);
    assert!(
        run.stdout.contains(
            "error[K043]: cycle 2 starts on 2026-11-01, before cycle 1 decided to continue (2026-11-20)\n"
        ) && run.stdout.contains(
            "error[K043]: cycle 3 is a first implementation, but cycle 2 came before it\n"
        ),
        "{}",
        run.stdout
    );
}

/// Step 2.4 is the report to ROPS: załącznik nr 1's checkboxes and its short description are
/// recorded with it, printed in the form, dated by it, and belong to no other step.
#[test]
fn the_report_to_rops_is_recorded_on_step_2_4_and_printed_in_its_form() {
    let t = crate::fixture();
    t.run(["model", "start", "--date", "2026-01-12"]).ok();
    let run = t
        .run([
            "model",
            "step",
            "done",
            "2.3",
            "--date",
            "2026-02-20",
            "--own-attempt",
        ])
        .fails(1);
    assert!(
        run.stderr.contains("describe the report to ROPS, step 2.4"),
        "{}",
        run.stderr
    );
    t.run([
        "model",
        "step",
        "done",
        "2.4",
        "--date",
        "2026-03-02",
        "--own-attempt",
        "--actions",
        "Spotkanie z dyrektorami szkół i policją.",
    ])
    .ok();
    let cycle = t.read("course/1.toml");
    assert!(
        cycle.contains("[steps.\"2.4\"]\ndone = 2026-03-02\nown_attempt = true\nactions = \"Spotkanie z dyrektorami szkół i policją.\"\n"),
        "{cycle}"
    );
    let md = t.run(["doc", "zgloszenie-rops"]).ok().stdout;
    for text in [
        // The OPS by its record's name.
        "Gminny Ośrodek Pomocy Społecznej w\u{a0}Przykładowie zgłasza potrzebę",
        "- ☐ dokonano oceny obrazu zasobów gminy",
        "- ☒ podjęto próbę samodzielnego zawiązania kooperacji",
        "Krótki opis dotychczas zrealizowanych działań: Spotkanie z\u{a0}dyrektorami szkół i\u{a0}policją.",
        // Dated the day of the report.
        "Przykładowo, 2 marca 2026\u{a0}r.<br>",
    ] {
        assert!(md.contains(text), "{text:?} not in:\n{md}");
    }
    // --date still sets the date printed.
    let md = t
        .run(["doc", "zgloszenie-rops", "--date", "2026-03-05"])
        .ok()
        .stdout;
    assert!(md.contains("Przykładowo, 5 marca 2026\u{a0}r.<br>"), "{md}");
    // By hand on another step, it is a finding.
    let text = t.read("course/1.toml").replace(
        "[steps.\"2.4\"]\ndone = 2026-03-02\n",
        "[steps.\"2.3\"]\ndone = 2026-03-01\nresources_assessed = true\n\n[steps.\"2.4\"]\ndone = 2026-03-02\n",
    );
    t.write("course/1.toml", &text);
    let run = t.run(["check", "--rule", "K043"]).fails(1);
    assert!(
        run.stdout
            .contains("step 2.3 of cycle 1 records what the report to ROPS says"),
        "{}",
        run.stdout
    );
}

/// The agenda gives a meeting's invitations one line per date to confirm by.
#[test]
fn agenda_groups_a_meetings_invitations_into_one_line() {
    let t = Test::new().today("2026-02-05");
    let dir = example().to_string_lossy().to_string();
    let run = t
        .run(["-C", &dir, "agenda", "--days", "7", "--format", "json"])
        .ok();
    let items = run.json();
    let rsvps: Vec<&serde_json::Value> = items
        .as_array()
        .expect("array")
        .iter()
        .filter(|i| i["kind"] == "rsvp")
        .collect();
    assert_eq!(rsvps.len(), 1, "{items}");
    assert_eq!(
        rsvps[0]["detail"],
        "8 institutions confirm attendance: gops-przykladowo, kpp-przykladowo, pcpr-przykladowo, pup-przykladowo, sp1-przykladowo, spzoz-przykladowo, ug-przykladowo, zkss-przykladowo"
    );
}
