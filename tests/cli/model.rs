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
    assert_eq!(json["next"], serde_json::json!(["6.3", "7.1", "7.2"]));
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
    assert_eq!(ids, ["1", "2", "3", "4", "5.1", "5.2", "7", "8"]);
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
    t.run(["model", "step", "done", "9.3", "--date", "2026-11-20"])
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
