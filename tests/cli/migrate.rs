//! `koop migrate`: a repository of record format 1 (the bundled example as koop wrote it
//! before identities, tests/fixtures/format-1) is refused by every other command, and brought
//! to format 2 in one checked, undoable change that keeps every reference pointing where it
//! did and the display numbers people know.

use crate::{Run, Test};

/// A copy of the format-1 repository in a temporary folder.
fn old_repo() -> Test {
    let t = Test::new();
    let from = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/format-1");
    for entry in walkdir::WalkDir::new(&from).into_iter().flatten() {
        let rel = entry.path().strip_prefix(&from).unwrap();
        if entry.file_type().is_file() {
            t.write(&rel.to_string_lossy(), std::fs::read(entry.path()).unwrap());
        }
    }
    t
}

fn json(t: &Test, args: &[&str]) -> serde_json::Value {
    t.run(args).ok().json()
}

#[test]
fn two_people_migrating_the_same_records_write_the_same_files() {
    // Identities of migrated entries come from the case folder (its suffix is random) and
    // what the entry was, so two clones migrating in parallel merge without duplicates (an
    // empty seed: the random identities of real use).
    let (a, b) = (old_repo(), old_repo());
    for t in [&a, &b] {
        let env: [(&str, &std::ffi::OsStr); 1] = [("KOOP_ID_SEED", std::ffi::OsStr::new(""))];
        t.run_env(t.path(), &env, ["migrate"]).ok();
    }
    let files = |t: &Test| -> Vec<(String, Vec<u8>)> {
        t.state()
            .into_iter()
            .filter(|(k, _)| !k.starts_with(".koop"))
            .collect()
    };
    assert_eq!(files(&a), files(&b));
}

#[test]
fn a_format_1_repository_is_refused_until_migrated() {
    let t = old_repo();
    let run = t.run(["case", "list"]).fails(1);
    assert_eq!(
        run.stderr,
        "error: the repository is in record format 1; this koop reads format 3\n  help: run `koop migrate` once and commit the change (`koop check` shows what it will fix)\n"
    );
    let run = t.run(["check"]).fails(1);
    assert!(
        run.stdout.contains(
            "error[K035]: the repository is in record format 1; this koop reads format 3"
        ),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("error[K035]: cases/2026-001-jb4k/plan.toml is in the record format of an earlier koop: its goals and tasks are numbered instead of having identities"),
        "{}",
        run.stdout
    );
}

#[test]
fn migrate_gives_identities_keeps_references_and_numbers_and_can_be_undone() {
    let t = old_repo();
    let before = t.state();
    // A dry run shows the change and writes nothing.
    let run = t.run(["migrate", "--dry-run"]).ok();
    assert!(run.stdout.contains("+id = \""), "{}", run.all());
    t.unchanged(&before);

    let run: Run = t.run(["migrate"]).ok();
    assert_eq!(
        run.stdout,
        "Migrated to record format 3: identities for 7 members, 6 goals, 8 tasks, 32 monitoring entries and 0 decisions; 42 references and 8 monitoring files now name them by identity; 0 steps of continuation cycles renumbered as the model's diagram numbers them (7 → 6, 8 → 7)\n"
    );
    assert!(
        run.stderr.contains("`koop undo --force` takes it back"),
        "{}",
        run.stderr
    );
    assert!(t.read("koop.toml").contains("format = 3\n"));
    // What remains are consents the old records never held (each adult's, a representative's
    // for a minor): a migration cannot invent them.
    let run = t.run(["check", "--rule", "K011"]).fails(1);
    assert_eq!(
        run.stdout.matches("error[K011]").count(),
        2,
        "{}",
        run.stdout
    );
    // And the gmina animator's share of a post, which the old records did not hold either.
    let run = t.run(["check", "--rule", "K024"]).ok();
    assert!(
        run.stdout
            .starts_with("warning[K024]: animator gminy `katarzyna-zielinska` has no share of a post recorded for the model\n"),
        "{}",
        run.stdout
    );
    // K046: the old records give the village school's address without its locality's
    // locative, which zał. 3 needs; K047: nor did they give § 1 ust. 1 after the project.
    let run = t
        .run([
            "check", "--allow", "K011", "--allow", "K024", "--allow", "K046", "--allow", "K047",
        ])
        .ok();
    assert!(
        run.stdout.ends_with("files: no problems\n"),
        "{}",
        run.stdout
    );

    // The display numbers are those of before; references name the same entries.
    let case = json(
        &t,
        &["case", "show", "2026-002", "--format", "json", "--reveal"],
    );
    let numbers: Vec<&str> = case["plan"]["goals"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|g| g["tasks"].as_array().unwrap())
        .map(|t| t["number"].as_str().unwrap())
        .collect();
    assert_eq!(numbers, ["1.1", "1.2", "1.3", "2.1", "3.1"]);
    let father = &case["members"][0];
    assert_eq!(father["relation"], "ojciec");
    let task = &case["plan"]["goals"][0]["tasks"][1];
    assert_eq!(
        task["member"], father["id"],
        "task 1.2 is still the father's"
    );
    assert_eq!(case["consent"]["by_number"], "m2");
    // The father's monitoring files are named after his identity now.
    let id = father["id"].as_str().unwrap();
    assert!(t.exists(&format!("cases/2026-002-b76j/monitoring/2026-07/{id}.toml")));
    assert!(!t.exists("cases/2026-002-b76j/monitoring/2026-07/m1.toml"));
    let reports: Vec<&serde_json::Value> = case["monitoring"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["month"] == "2026-07" && e["by"] == id)
        .collect();
    assert_eq!(reports.len(), 1);
    assert_eq!(reports[0]["task_number"], "1.2");
    assert_eq!(case["evaluations"][0]["goals"][2]["goal_number"], "3");

    // Again: nothing to change.
    let after = t.state();
    let run = t.run(["migrate"]).ok();
    assert_eq!(
        run.stdout,
        "The records are in format 3 already; nothing to change\n"
    );
    t.unchanged(&after);

    // Undone (it brings back what the rules refuse, so only with --force): format 1 again.
    t.run(["undo"]).fails(1);
    t.run(["undo", "--force"]).ok();
    t.unchanged(&before);
}

#[test]
fn format_2_continuation_steps_are_renumbered_as_the_diagram_numbers_them() {
    // Format 2 numbered a continuation's realisation 7 and its evaluation 8; the "KOLEJNE
    // WDRAŻANIE" diagram numbers them 6 and 7.
    let t = Test::init().today("2027-12-01");
    t.write(
        "koop.toml",
        "[koop]\nformat = 2\n\n[unit]\nkind = \"gmina\"\nname = \"Przykładowo\"\n",
    )
    .write(
        "course/1.toml",
        "kind = \"first\"\nstart = 2026-01-12\n\n[steps.\"9.3\"]\ndone = 2027-06-01\n",
    )
    .write(
        "course/2.toml",
        "kind = \"continuation\"\nstart = 2027-07-01\n\n[steps.\"1\"]\ndone = 2027-07-02\n\n# realizacja\n[steps.\"7\"]\ndone = 2027-10-01\nnote = \"Praca z grupą\"\n\n[steps.\"8\"]\ndone = 2027-11-30\n",
    );
    let run = t.run(["model", "status"]).fails(1);
    assert!(
        run.stderr
            .starts_with("error: the repository is in record format 2; this koop reads format 3\n"),
        "{}",
        run.stderr
    );
    let run = t.run(["migrate"]).ok();
    assert_eq!(
        run.stdout,
        "Migrated to record format 3: 2 steps of continuation cycles renumbered as the model's diagram numbers them (7 → 6, 8 → 7)\n"
    );
    let text = t.read("course/2.toml");
    assert!(
        text.contains("# realizacja\n[steps.6]\ndone = 2027-10-01\nnote = \"Praca z grupą\"\n")
            && text.contains("[steps.7]\ndone = 2027-11-30\n")
            && !text.contains("[steps.\"8\"]"),
        "{text}"
    );
    // The first cycle is as it was; its decision, which format 2 did not record, is asked for.
    assert_eq!(
        t.read("course/1.toml"),
        "kind = \"first\"\nstart = 2026-01-12\n\n[steps.\"9.3\"]\ndone = 2027-06-01\n"
    );
    let run = t.run(["check", "--rule", "K043"]).fails(1);
    assert!(
        run.stdout
            .contains("error[K043]: cycle 1 records step 9.3 without the decision taken\n")
            && run
                .stdout
                .contains("error[K043]: cycle 2 records step 7 without the decision taken\n"),
        "{}",
        run.stdout
    );
    // Again: nothing to do.
    let run = t.run(["migrate"]).ok();
    assert_eq!(
        run.stdout,
        "The records are in format 3 already; nothing to change\n"
    );
}
