//! A powiat's repository: the work of several gminy in one place. Every OPS, case and service
//! of a gmina names its gmina (K045), and the reports and figures break down by gmina.

use crate::Test;

/// A powiat of two gminy, each with its OPS and a referral; the PCPR's service.
fn powiat() -> Test {
    let t = Test::new().today("2026-11-23");
    t.run([
        "init",
        "powiat",
        "--name",
        "przykładowski",
        "--gmina",
        "Przykładowo",
        "--gmina",
        "Dąbrówka",
        "--no-git",
        "--no-encrypt",
    ])
    .ok();
    for (id, gmina) in [("gops-p", "Przykładowo"), ("gops-d", "Dąbrówka")] {
        t.run([
            "institution",
            "add",
            "--id",
            id,
            "--name",
            "GOPS",
            "--kind",
            "ops",
            "--level",
            "gmina",
            "--gmina",
            gmina,
        ])
        .ok();
    }
    t.run([
        "institution",
        "add",
        "--id",
        "pcpr",
        "--name",
        "PCPR",
        "--kind",
        "pcpr",
        "--level",
        "powiat",
    ])
    .ok();
    t.run([
        "service",
        "add",
        "--provider",
        "pcpr",
        "--id",
        "poradnictwo",
        "--name",
        "Poradnictwo rodzinne",
    ])
    .ok();
    // The OPS's service takes its provider's gmina.
    t.run([
        "service",
        "add",
        "--provider",
        "gops-d",
        "--id",
        "asystent-d",
        "--name",
        "Asystent rodziny",
    ])
    .ok();
    for (gmina, date) in [("Przykładowo", "2026-03-02"), ("Dąbrówka", "2026-04-02")] {
        t.run([
            "case",
            "new",
            "--kind",
            "family",
            "--referred-by",
            "gops-p",
            "--date",
            date,
            "--gmina",
            gmina,
        ])
        .ok();
    }
    t
}

#[test]
fn a_powiat_names_the_gmina_of_each_ops_case_and_service() {
    let t = powiat();
    assert!(
        t.read("koop.toml")
            .contains("gminy = [\"Przykładowo\", \"Dąbrówka\"]\n")
    );
    assert!(
        t.read("services/asystent-d.toml")
            .ends_with("gmina = \"Dąbrówka\"\n")
    );
    // The PCPR's service is the powiat's: no gmina.
    assert!(!t.read("services/poradnictwo.toml").contains("gmina"));
    let run = t.run(["check", "--rule", "K045"]).ok();
    assert_eq!(run.stdout, "checked 8 files: no problems\n");

    // A referral without its gmina, and one with a gmina mistyped.
    t.run([
        "case",
        "new",
        "--kind",
        "person",
        "--referred-by",
        "gops-d",
        "--date",
        "2026-05-04",
    ])
    .ok();
    t.run([
        "case",
        "new",
        "--kind",
        "person",
        "--referred-by",
        "gops-d",
        "--date",
        "2026-05-05",
        "--gmina",
        "Dabrowka",
    ])
    .ok();
    let run = t.run(["check", "--rule", "K045", "--format", "json"]).ok();
    let found: Vec<(String, String)> = run
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["message"].as_str().unwrap().to_string(),
                d["help"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[0].0, "case 2026-003 names no gmina");
    assert!(
        found[0].1.contains("(one of Przykładowo, Dąbrówka)"),
        "{found:?}"
    );
    assert_eq!(
        found[1].0,
        "case 2026-004 names gmina `Dabrowka`, which is not one of the powiat's"
    );
    assert!(
        found[1].1.starts_with("did you mean `Dąbrówka`?"),
        "{found:?}"
    );

    // An OPS without its gmina.
    t.run([
        "institution",
        "add",
        "--id",
        "mops",
        "--name",
        "MOPS",
        "--kind",
        "ops",
        "--level",
        "gmina",
    ])
    .ok();
    let run = t.run(["check", "--rule", "K045"]).ok();
    assert!(
        run.stdout
            .contains("warning[K045]: OPS `mops` names no gmina\n"),
        "{}",
        run.stdout
    );
}

#[test]
fn figures_and_reports_break_down_by_gmina() {
    let t = powiat();
    let stats = t.run(["export", "stats", "--period", "2026"]).ok().json();
    let by: Vec<(String, u64)> = stats["by_gmina"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| {
            (
                g["gmina"].as_str().unwrap().to_string(),
                g["cases"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        by,
        [("Dąbrówka".to_string(), 1), ("Przykładowo".to_string(), 1)]
    );
    assert_eq!(stats["by_gmina"][0]["by_status"]["referred"], 1);
    // Nobody is reached by a referral still waiting for the team.
    assert_eq!(stats["people"]["reached"], 0);
    assert_eq!(stats["course"], serde_json::Value::Null);
    let csv = t
        .run(["export", "stats", "--period", "2026", "--format", "csv"])
        .ok()
        .stdout;
    assert!(csv.contains("gmina_cases,Dąbrówka,1\r\n"), "{csv}");

    // The overdue report of a powiat says each case's gmina, and takes one gmina.
    let run = t
        .run([
            "report",
            "overdue",
            "--gmina",
            "Dąbrówka",
            "--format",
            "csv",
        ])
        .ok();
    assert_eq!(
        run.stdout.lines().next(),
        Some("responsible,person,case,gmina,task,text,due,days_overdue")
    );
    let run = t
        .run(["report", "caseload", "--gmina", "Dabrowka"])
        .fails(1);
    assert!(
        run.stderr.contains("did you mean `Dąbrówka`?"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_gmina_names_no_other_gmina_and_the_gmina_flag_is_for_a_powiat() {
    let t = Test::init();
    let run = t
        .run([
            "init", "gmina", "--name", "X", "--gmina", "Y", "--no-git", "inner",
        ])
        .fails(1);
    assert!(
        run.stderr
            .starts_with("error: --gmina lists the gminy of a powiat\n"),
        "{}",
        run.stderr
    );
    t.write(
        "institutions/gops/institution.toml",
        "name = \"GOPS\"\nkind = \"ops\"\nlevel = \"gmina\"\ngmina = \"Inna\"\n",
    );
    let run = t.run(["check", "--rule", "K045"]).ok();
    assert!(
        run.stdout.contains(
            "warning[K045]: OPS `gops` names gmina `Inna`, but this repository is gmina Przykładowo\n --> institutions/gops/institution.toml:4:9\n"
        ),
        "{}",
        run.stdout
    );
}

#[test]
fn a_powiats_case_list_shows_and_filters_the_gmina_and_one_ops_serves_a_gmina() {
    let t = powiat();
    let run = t.run(["case", "list", "--gmina", "Dąbrówka"]).ok();
    let rows = crate::table(&run.stdout);
    assert_eq!(rows[0][..3], ["case", "gmina", "kind"]);
    assert_eq!(rows.len(), 2, "{}", run.stdout);
    assert_eq!(rows[1][..2], ["2026-002", "Dąbrówka"]);
    let json = t.run(["case", "list", "--format", "json"]).ok().json();
    assert_eq!(json[0]["gmina"], "Przykładowo");
    // A misspelt gmina is refused, not answered with an empty list.
    let run = t.run(["case", "list", "--gmina", "Dabrowka"]).fails(1);
    assert_eq!(
        run.stderr,
        "error: no gmina `Dabrowka` in this repository\n  help: did you mean `Dąbrówka`?\n"
    );
    // A second OPS for Dąbrówka.
    t.run([
        "institution",
        "add",
        "--id",
        "mops-d",
        "--name",
        "MOPS",
        "--kind",
        "ops",
        "--level",
        "gmina",
        "--gmina",
        "Dąbrówka",
    ])
    .ok();
    let run = t.run(["check", "--rule", "K045"]).ok();
    assert!(
        run.stdout.contains(
            "warning[K045]: OPS `mops-d` names gmina `Dąbrówka`, which OPS `gops-d` serves already\n"
        ),
        "{}",
        run.stdout
    );
}

#[test]
fn a_case_is_coordinated_by_the_ops_of_its_gmina() {
    let t = powiat();
    t.run([
        "person",
        "add",
        "--institution",
        "gops-p",
        "--name",
        "Anna Nowak",
        "--role",
        "pracownik-socjalny",
    ])
    .ok();
    t.run([
        "case",
        "new",
        "--kind",
        "family",
        "--referred-by",
        "gops-d",
        "--date",
        "2026-05-04",
        "--gmina",
        "Dąbrówka",
        "--coordinator",
        "anna-nowak",
    ])
    .ok();
    let run = t.run(["check", "--rule", "K045"]).ok();
    assert!(
        run.stdout.contains(
            "warning[K045]: case 2026-003 of gmina `Dąbrówka` is coordinated by `anna-nowak` of `gops-p`, the OPS of gmina `Przykładowo`\n"
        ),
        "{}",
        run.stdout
    );
}
