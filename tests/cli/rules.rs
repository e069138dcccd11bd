//! The model's rules K008–K025, one by one: a model-complete repository that passes `koop
//! check`, then for each rule the one thing broken (the finding's code, severity and place) and
//! the same thing done right (no finding). Then the options of `koop check`, `koop explain`,
//! docs/rules.md, `--strict` and the bundled example.

use serde_json::Value;

use crate::{GOPS, INIT_CONFIG, Run, SP1, Test, example, fixture};

// ---------------------------------------------------------------------------------------
// The base repository

/// The day every test here runs on, unless it pins another.
const TODAY: &str = "2026-11-23";

/// The folder of the one case.
const DIR: &str = "cases/2026-001-ab12";

const ANNA: &str = "name = \"Anna Nowak\"\nposition = \"starszy pracownik socjalny\"\nroles = [\"pracownik-socjalny\", \"koordynator-ggk\", \"animator-gminy\"]\npost = 0.25\n";

const JAN: &str = "name = \"Jan Kowalski\"\nposition = \"pedagog szkolny\"\n";

/// The PZK, founded on an agreement signed 2026-03-12 by the GOPS and the school; meets
/// quarterly. Line numbers matter to the tests.
const PZK: &str = "\
kind = \"pzk\"
name = \"Partnerski Zespół Kooperacji w Gminie Przykładowo\"
coordinator = \"anna-nowak\"

[agreement]
signed = 2026-03-12
place = \"Przykładowo\"
meeting_frequency_months = 3
valid_until = 2027-12-31
purpose = \"Porozumienie o wdrażaniu Modelu Kooperacji na terenie gminy Przykładowo,\"

[[agreement.signatories]]
institution = \"gops\"
representative = \"Anna Kowalska\"

[[agreement.signatories]]
institution = \"sp1\"

[[members]]
institution = \"gops\"
core = true
delegates = [\"anna-nowak\"]

[[members]]
institution = \"sp1\"
core = true
delegates = [\"jan-kowalski\"]
";

/// The GGK, coordinated by the OPS worker.
const GGK: &str = "\
kind = \"ggk\"
name = \"Gminna Grupa Kooperacji w Przykładowie\"
coordinator = \"anna-nowak\"

[[members]]
institution = \"gops\"
delegates = [\"anna-nowak\"]

[[members]]
institution = \"sp1\"
delegates = [\"jan-kowalski\"]
";

const SERVICE: &str = "name = \"Zajęcia wyrównawcze\"\nprovider = \"sp1\"\nlevel = \"gmina\"\n";

/// An active case: referred 08-03, consent 08-10, qualified by the GGK 08-20.
const CASE: &str = "\
id = \"2026-001\"
kind = \"family\"
status = \"active\"
coordinator = \"anna-nowak\"

[referral]
date = 2026-08-03
institution = \"sp1\"
person = \"jan-kowalski\"
expectations = \"Poprawa frekwencji syna\"

[consent]
date = 2026-08-10
by = \"mother\"
on_behalf_of = [\"son\"]

[qualification]
date = 2026-08-20
team = \"ggk\"
";

const MEMBERS: &str = "\
[[members]]
id = \"mother\"
name = \"Agata Nowosielska\"
birth_year = 1987
relation = \"matka\"

[[members]]
id = \"son\"
name = \"Filip Nowosielski\"
birth_year = 2014
relation = \"syn\"
";

const DIAGNOSIS: &str = "\
date = 2026-08-25
author = \"anna-nowak\"
care = \"Syn opuścił 40% zajęć w I półroczu\"
problems = [\"Absencja szkolna syna\"]
needs = [\"Pomoc w nauce dla syna\"]
";

/// The plan, adopted 2026-09-01 (after the agreement was signed): one goal, a task for the
/// school and one for the mother.
const PLAN: &str = "\
adopted = 2026-09-01
main_goal = \"Syn regularnie chodzi do szkoły\"

[[goals]]
id = \"attend\"
text = \"Syn regularnie uczęszcza do szkoły\"

[[goals.tasks]]
id = \"lessons\"
text = \"Zajęcia wyrównawcze i kontrola frekwencji\"
institution = \"sp1\"
person = \"jan-kowalski\"
due = 2026-12-18
service = \"zajecia\"

[[goals.tasks]]
id = \"escort\"
text = \"Codzienne odprowadzanie syna do szkoły\"
member = \"mother\"
due = 2026-12-31
";

/// A monitoring file with one entry on task 1.1 (`lessons`) or 1.2 (`escort`).
fn report(task: &str, author: Option<&str>, date: &str) -> String {
    let author = author
        .map(|a| format!("author = \"{a}\"\n"))
        .unwrap_or_default();
    let task = match task {
        "1.1" => "lessons",
        "1.2" => "escort",
        other => other,
    };
    let id = format!("{task}-{}", date.replace('-', ""));
    format!(
        "[[entries]]\nid = \"{id}\"\ntask = \"{task}\"\nprogress = \"Bez zmian, zgodnie z planem\"\n{author}date = {date}\n"
    )
}

/// A path in the case folder.
fn case(rel: &str) -> String {
    format!("{DIR}/{rel}")
}

/// `text` with `from` replaced by `to` once; `from` must be there.
#[track_caller]
fn edit(text: &str, from: &str, to: &str) -> String {
    assert!(text.contains(from), "{from:?} is not in\n{text}");
    text.replacen(from, to, 1)
}

/// A model-complete gmina repository (20 files, the personal data encrypted) that passes `koop check` on 2026-11-23: a GOPS
/// with its social worker, a school with its pedagogue, a PZK on a signed agreement, a GGK
/// coordinated by the GOPS worker, a service, and one active case with consent,
/// qualification by the GGK, a plan adopted after the agreement was signed, and monitoring
/// from both responsible parties for September and October (November has not ended).
fn base() -> Test {
    base_on(TODAY)
}

/// The base repository with koop's today pinned to `today`.
fn base_on(today: &str) -> Test {
    let t = Test::init().today(today);
    t.write("institutions/gops/institution.toml", GOPS)
        .write("institutions/sp1/institution.toml", SP1)
        .write("institutions/gops/people/anna-nowak.toml", ANNA)
        .write("institutions/sp1/people/jan-kowalski.toml", JAN)
        .write("teams/pzk.toml", PZK)
        .write("teams/ggk.toml", GGK)
        .write("services/zajecia.toml", SERVICE)
        .write(&case("case.toml"), CASE)
        .write(&case("members.toml"), MEMBERS)
        .write(&case("diagnosis.toml"), DIAGNOSIS)
        .write(&case("plan.toml"), PLAN)
        .write(
            &case("monitoring/2026-09/sp1.toml"),
            report("1.1", Some("jan-kowalski"), "2026-09-28"),
        )
        .write(
            &case("monitoring/2026-09/mother.toml"),
            report("1.2", None, "2026-09-28"),
        )
        .write(
            &case("monitoring/2026-10/sp1.toml"),
            report("1.1", Some("jan-kowalski"), "2026-10-28"),
        )
        .write(
            &case("monitoring/2026-10/mother.toml"),
            report("1.2", None, "2026-10-28"),
        );
    // The PZK meets at least quarterly (K031), each meeting's minutes approved at the next.
    for (day, next) in [
        ("2026-05-13", Some("2026-08-12")),
        ("2026-08-12", Some("2026-10-14")),
        ("2026-10-14", None),
    ] {
        let approved = next
            .map(|n| format!("approved_at = \"{n}-pzk\"\n"))
            .unwrap_or_default();
        t.write(
            &format!("meetings/{day}-pzk.toml"),
            format!("team = \"pzk\"\nkind = \"working\"\ndate = {day}\nstart = \"11:00\"\nend = \"12:30\"\nplace = \"GOPS\"\nminutes = \"Protokół\"\nminutes_by = \"anna-nowak\"\n{approved}"),
        );
    }
    // Personal data encrypted, as in every real repository (K032): the rules read it back
    // through the user's identity.
    t.run(["keys", "rotate"]).ok();
    t
}

/// A finding as (code, severity, file, line, column).
type Finding = (String, String, String, u64, u64);

fn f(code: &str, severity: &str, file: &str, line: u64, column: u64) -> Finding {
    (code.into(), severity.into(), file.into(), line, column)
}

/// The findings of one rule: `koop check --format json --rule CODE`. The exit code must fit
/// them: 1 with an error among them, else 0.
#[track_caller]
fn found(t: &Test, code: &str) -> Vec<Finding> {
    let run = t.run(["check", "--format", "json", "--rule", code]);
    assert_eq!(run.stderr, "", "{}", run.all());
    let items: Vec<Finding> = run
        .json()
        .as_array()
        .expect("an array")
        .iter()
        .map(|d| {
            (
                d["code"].as_str().unwrap().to_string(),
                d["severity"].as_str().unwrap().to_string(),
                d["file"].as_str().unwrap().to_string(),
                d["line"].as_u64().unwrap(),
                d["column"].as_u64().unwrap(),
            )
        })
        .collect();
    let errors = items.iter().any(|i| i.1 == "error");
    assert_eq!(run.code, i32::from(errors), "{}", run.all());
    items
}

/// The messages and helps of one rule's findings.
fn messages(t: &Test, code: &str) -> Vec<(String, String)> {
    let run = t.run(["check", "--format", "json", "--rule", code]);
    run.json()
        .as_array()
        .expect("an array")
        .iter()
        .map(|d| {
            (
                d["message"].as_str().unwrap_or("").to_string(),
                d["help"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

/// Asserts that the whole `koop check` passes, warnings denied.
#[track_caller]
fn clean(t: &Test) {
    let run = t.run(["check", "--deny", "warnings"]);
    assert!(
        run.code == 0 && run.stdout.ends_with(": no problems\n"),
        "expected no problems\n{}",
        run.all()
    );
}

#[test]
fn the_base_repository_passes_every_rule() {
    let t = base();
    let run = t.run(["check"]).ok();
    assert_eq!(run.stdout, "checked 19 files: no problems\n");
    assert_eq!(run.stderr, "");
    let run = t
        .run(["check", "--deny", "warnings", "--format", "json"])
        .ok();
    assert_eq!(run.stdout, "[]\n");
    // It is complete under the model: the case is active with a plan, tasks and monitoring.
    let shown = t.run(["case", "show", "2026-001", "--format", "json"]).ok();
    assert_eq!(shown.json()["status"], "active", "{}", shown.stdout);
}

// ---------------------------------------------------------------------------------------
// K008–K015: a case's course

#[test]
fn k008_case_dates_out_of_order() {
    // Consent before the referral: the consent date is pointed at.
    let t = base();
    t.write(
        &case("case.toml"),
        edit(CASE, "date = 2026-08-10", "date = 2026-07-30"),
    );
    assert_eq!(
        found(&t, "K008"),
        [f("K008", "error", &case("case.toml"), 13, 8)]
    );
    assert_eq!(
        messages(&t, "K008"),
        [(
            "case 2026-001: the consent (2026-07-30) is dated before the referral (2026-08-03)"
                .to_string(),
            "the course runs referral → consent → qualification → plan → closure; correct the date"
                .to_string()
        )]
    );
    // A plan adopted before the qualification: the plan's date is pointed at.
    let t = base();
    t.write(
        &case("plan.toml"),
        edit(PLAN, "adopted = 2026-09-01", "adopted = 2026-08-19"),
    );
    assert_eq!(
        found(&t, "K008"),
        [f("K008", "error", &case("plan.toml"), 1, 11)]
    );

    // Corrected: consent on the day of the referral, the plan on the day of the qualification.
    let t = base();
    t.write(
        &case("case.toml"),
        edit(CASE, "date = 2026-08-10", "date = 2026-08-03"),
    )
    .write(
        &case("plan.toml"),
        edit(PLAN, "adopted = 2026-09-01", "adopted = 2026-08-25"),
    )
    .write(
        &case("monitoring/2026-08/sp1.toml"),
        report("1.1", None, "2026-08-28"),
    )
    .write(
        &case("monitoring/2026-08/mother.toml"),
        report("1.2", None, "2026-08-28"),
    );
    assert_eq!(found(&t, "K008"), []);
    clean(&t);
}

#[test]
fn k008_follow_up_ends_on_or_before_the_closure() {
    let closed = |follow: &str| {
        let t = base();
        t.write(
            &case("case.toml"),
            format!(
                "{}\n[closure]\ndate = 2026-11-20\nhandover = \"Rodzina pod opieką pracownika socjalnego\"\nfollow_up_until = {follow}\n",
                edit(CASE, "status = \"active\"", "status = \"closed\"")
            ),
        )
        .write(
            &case("evaluations/2026-11-18.toml"),
            "main_goal = \"achieved\"\nend_of_work = true\n\n[[goals]]\ngoal = \"attend\"\ndegree = \"achieved\"\n",
        );
        t
    };
    let t = closed("2026-11-20");
    assert_eq!(
        found(&t, "K008"),
        [f("K008", "error", &case("case.toml"), 24, 19)]
    );
    let t = closed("2026-11-21");
    assert_eq!(found(&t, "K008"), []);
    clean(&t);
}

#[test]
fn k009_task_due_or_done_before_the_plan() {
    let t = base();
    t.write(
        &case("plan.toml"),
        edit(PLAN, "due = 2026-12-18", "due = 2026-08-31"),
    );
    assert_eq!(
        found(&t, "K009"),
        [f("K009", "error", &case("plan.toml"), 13, 7)]
    );
    assert_eq!(
        messages(&t, "K009")[0].0,
        "task 1.1 of case 2026-001 is due 2026-08-31, before the plan was adopted (2026-09-01)"
    );
    // Done before the plan, too.
    let t = base();
    t.write(&case("plan.toml"), format!("{PLAN}done = 2026-08-30\n"));
    assert_eq!(
        found(&t, "K009"),
        [f("K009", "error", &case("plan.toml"), 21, 8)]
    );

    // Corrected: due and done on the day the plan was adopted.
    let t = base();
    t.write(
        &case("plan.toml"),
        format!(
            "{}done = 2026-09-01\n",
            edit(PLAN, "due = 2026-12-31", "due = 2026-09-01")
        ),
    );
    assert_eq!(found(&t, "K009"), []);
    clean(&t);
}

#[test]
fn k010_monitoring_for_a_month_the_case_was_not_active() {
    let t = base();
    t.write(
        &case("monitoring/2026-08/sp1.toml"),
        report("1.1", Some("jan-kowalski"), "2026-08-28"),
    );
    assert_eq!(
        found(&t, "K010"),
        [f(
            "K010",
            "error",
            &case("monitoring/2026-08/sp1.toml"),
            0,
            0
        )]
    );
    assert_eq!(
        messages(&t, "K010")[0].0,
        "case 2026-001: monitoring for 2026-08 before the case became active (2026-09)"
    );

    // Monitoring after the month of the closure.
    let t = closed(&edit(CLOSURE, "date = 2026-11-20", "date = 2026-09-15"));
    t.write(&case("evaluations/2026-09-14.toml"), EVALUATION);
    assert_eq!(
        found(&t, "K010"),
        [
            f(
                "K010",
                "error",
                &case("monitoring/2026-10/mother.toml"),
                0,
                0
            ),
            f("K010", "error", &case("monitoring/2026-10/sp1.toml"), 0, 0),
        ]
    );
    assert_eq!(
        messages(&t, "K010")[0].0,
        "case 2026-001: monitoring for 2026-10 after the case was closed (2026-09)"
    );

    // Corrected: the report moved to the current month, which is within the active plan.
    let t = base();
    t.write(
        &case("monitoring/2026-11/sp1.toml"),
        report("1.1", Some("jan-kowalski"), "2026-11-20"),
    );
    assert_eq!(found(&t, "K010"), []);
    clean(&t);
}

#[test]
fn k011_a_case_past_referral_without_consent() {
    let t = base();
    let without = edit(
        CASE,
        "[consent]\ndate = 2026-08-10\nby = \"mother\"\non_behalf_of = [\"son\"]\n\n",
        "",
    );
    t.write(&case("case.toml"), &without);
    assert_eq!(
        found(&t, "K011"),
        [f("K011", "error", &case("case.toml"), 3, 10)]
    );
    assert_eq!(
        messages(&t, "K011")[0].0,
        "case 2026-001 is active without a recorded consent"
    );

    // Corrected: the consent recorded (the base); and a case only referred needs none yet.
    let t = base();
    t.write(
        "cases/2026-002-cd34/case.toml",
        "id = \"2026-002\"\nkind = \"person\"\nstatus = \"referred\"\n\n[referral]\ndate = 2026-11-02\ninstitution = \"sp1\"\n",
    );
    assert_eq!(found(&t, "K011"), []);
    clean(&t);
}

#[test]
fn k012_a_task_without_a_due_date() {
    let t = base();
    t.write(&case("plan.toml"), edit(PLAN, "due = 2026-12-31\n", ""));
    assert_eq!(
        found(&t, "K012"),
        [f("K012", "error", &case("plan.toml"), 17, 6)]
    );
    let run = t.run(["check", "--rule", "K012"]).fails(1);
    assert_eq!(
        run.stdout,
        "error[K012]: task 1.2 of case 2026-001 has no due date\n  \
         --> cases/2026-001-ab12/plan.toml:17:6\n   \
         |\n\
         17 | id = \"escort\"\n   \
         |      ^^^^^^^^\n   \
         = help: add `due = YYYY-MM-DD` to the task (\"termin realizacji zadania\")\n\
         \n\
         checked 19 files: 1 error, 0 warnings\n"
    );

    // Corrected: the due date back.
    let t = base();
    assert_eq!(found(&t, "K012"), []);
}

#[test]
fn k013_a_task_without_anyone_responsible() {
    let t = base();
    t.write(&case("plan.toml"), edit(PLAN, "member = \"mother\"\n", ""));
    assert_eq!(
        found(&t, "K013"),
        [f("K013", "error", &case("plan.toml"), 17, 6)]
    );
    assert_eq!(
        messages(&t, "K013"),
        [(
            "task 1.2 of case 2026-001 has no one responsible".to_string(),
            "add `institution = \"…\"` (and `person`) or `member = \"<the member's id>\"` to the task".to_string()
        )]
    );
    // A person without their institution: the help says to add the institution.
    let t = base();
    t.write(
        &case("plan.toml"),
        edit(PLAN, "institution = \"sp1\"\n", ""),
    );
    assert_eq!(
        found(&t, "K013"),
        [f("K013", "error", &case("plan.toml"), 9, 6)]
    );
    assert_eq!(
        messages(&t, "K013")[0].1,
        "add `institution = \"…\"` (the person's institution) to the task"
    );

    // Corrected: a task for an institution alone, without a person, is someone's.
    let t = base();
    t.write(
        &case("plan.toml"),
        edit(PLAN, "person = \"jan-kowalski\"\n", ""),
    );
    assert_eq!(found(&t, "K013"), []);
    clean(&t);
}

#[test]
fn k014_a_plan_without_a_main_goal_or_a_goal_without_tasks() {
    let t = base();
    t.write(
        &case("plan.toml"),
        format!(
            "{}\n[[goals]]\nid = \"rent\"\ntext = \"Rodzina spłaca zaległości czynszowe\"\n",
            edit(
                PLAN,
                "main_goal = \"Syn regularnie chodzi do szkoły\"\n",
                ""
            )
        ),
    );
    assert_eq!(
        found(&t, "K014"),
        [
            f("K014", "error", &case("plan.toml"), 0, 0),
            f("K014", "error", &case("plan.toml"), 22, 6),
        ]
    );
    assert_eq!(
        messages(&t, "K014")
            .into_iter()
            .map(|m| m.0)
            .collect::<Vec<_>>(),
        [
            "the plan of case 2026-001 has no main goal",
            "goal 2 of case 2026-001 has no task"
        ]
    );
    // An active case without any plan: the status is pointed at.
    let t = base();
    std::fs::remove_file(t.path().join(case("plan.toml"))).unwrap();
    std::fs::remove_dir_all(t.path().join(case("monitoring"))).unwrap();
    assert_eq!(
        found(&t, "K014"),
        [f("K014", "error", &case("case.toml"), 3, 10)]
    );

    // Corrected: the main goal back, and the second goal with a task.
    let t = base();
    t.write(
        &case("plan.toml"),
        format!(
            "{PLAN}\n[[goals]]\nid = \"rent\"\ntext = \"Rodzina spłaca zaległości czynszowe\"\n\n[[goals.tasks]]\nid = \"repay\"\ntext = \"Plan spłaty\"\nmember = \"mother\"\ndue = 2026-12-31\n"
        ),
    );
    assert_eq!(found(&t, "K014"), []);
}

#[test]
fn k015_a_case_past_referral_never_qualified() {
    let t = base();
    t.write(
        &case("case.toml"),
        edit(
            CASE,
            "\n[qualification]\ndate = 2026-08-20\nteam = \"ggk\"\n",
            "",
        ),
    );
    assert_eq!(
        found(&t, "K015"),
        [f("K015", "error", &case("case.toml"), 3, 10)]
    );
    assert_eq!(
        messages(&t, "K015"),
        [(
            "case 2026-001 is active but was never qualified by a team".to_string(),
            "record [qualification] date and team — or `koop case qualify`".to_string()
        )]
    );

    // Corrected: qualified by the PZK instead of the GGK is a qualification too.
    let t = base();
    t.write(
        &case("case.toml"),
        edit(CASE, "team = \"ggk\"", "team = \"pzk\""),
    );
    assert_eq!(found(&t, "K015"), []);
    clean(&t);
}

// ---------------------------------------------------------------------------------------
// K016–K019: coordinators, teams and the agreement

#[test]
fn k016_a_case_coordinator_outside_the_ops() {
    let t = base();
    t.write(
        &case("case.toml"),
        edit(
            CASE,
            "coordinator = \"anna-nowak\"",
            "coordinator = \"jan-kowalski\"",
        ),
    );
    assert_eq!(
        found(&t, "K016"),
        [f("K016", "error", &case("case.toml"), 4, 15)]
    );
    let run = t.run(["check", "--rule", "K016"]).fails(1);
    assert_eq!(
        run.stdout,
        "error[K016]: coordinator `jan-kowalski` of case 2026-001 does not work at an OPS\n \
         --> cases/2026-001-ab12/case.toml:4:15\n  \
         |\n\
         4 | coordinator = \"jan-kowalski\"\n  \
         |               ^^^^^^^^^^^^^^\n  \
         = help: the coordinator of work with a family is an OPS social worker; name one\n\
         \n\
         checked 19 files: 1 error, 0 warnings\n"
    );

    // Corrected: another worker of the GOPS coordinates.
    let t = base();
    t.write(
        "institutions/gops/people/ewa-lis.toml",
        "name = \"Ewa Lis\"\nroles = [\"pracownik-socjalny\"]\n",
    )
    .write(
        &case("case.toml"),
        edit(
            CASE,
            "coordinator = \"anna-nowak\"",
            "coordinator = \"ewa-lis\"",
        ),
    );
    assert_eq!(found(&t, "K016"), []);
    clean(&t);
}

#[test]
fn k016_a_case_coordinator_who_is_not_a_social_worker() {
    // Ewa Lis works at the GOPS but is recorded only as the GGK's coordinator.
    let t = base();
    t.write(
        "institutions/gops/people/ewa-lis.toml",
        "name = \"Ewa Lis\"\nroles = [\"koordynator-ggk\"]\n",
    )
    .write(
        &case("case.toml"),
        edit(
            CASE,
            "coordinator = \"anna-nowak\"",
            "coordinator = \"ewa-lis\"",
        ),
    );
    assert_eq!(
        found(&t, "K016"),
        [f("K016", "error", &case("case.toml"), 4, 15)]
    );
    let said = messages(&t, "K016");
    assert_eq!(
        said[0].0,
        "coordinator `ewa-lis` of case 2026-001 is not recorded as a social worker"
    );
    assert!(
        said[0]
            .1
            .contains("pracownik socjalny będący koordynatorem wsparcia")
            && said[0].1.contains("`koop edit person ewa-lis`"),
        "{said:?}"
    );

    // Recorded as the social worker she is: no finding.
    t.write(
        "institutions/gops/people/ewa-lis.toml",
        "name = \"Ewa Lis\"\nroles = [\"koordynator-ggk\", \"pracownik-socjalny\"]\n",
    );
    assert_eq!(found(&t, "K016"), []);
}

#[test]
fn k017_a_ggk_without_an_ops_coordinator() {
    // Coordinated by the school's pedagogue: the coordinator is pointed at.
    let t = base();
    t.write(
        "teams/ggk.toml",
        edit(
            GGK,
            "coordinator = \"anna-nowak\"",
            "coordinator = \"jan-kowalski\"",
        ),
    );
    assert_eq!(
        found(&t, "K017"),
        [f("K017", "error", "teams/ggk.toml", 3, 15)]
    );
    assert_eq!(
        messages(&t, "K017")[0].0,
        "coordinator `jan-kowalski` of GGK `ggk` does not work at an OPS"
    );
    // No coordinator at all: the kind is pointed at.
    let t = base();
    t.write(
        "teams/ggk.toml",
        edit(GGK, "coordinator = \"anna-nowak\"\n", ""),
    );
    assert_eq!(
        found(&t, "K017"),
        [f("K017", "error", "teams/ggk.toml", 1, 1)]
    );
    assert_eq!(messages(&t, "K017")[0].0, "GGK `ggk` has no coordinator");

    // Corrected: a PZK may be coordinated from outside the OPS; the GGK keeps its OPS worker.
    let t = base();
    t.write(
        "teams/pzk.toml",
        edit(
            PZK,
            "coordinator = \"anna-nowak\"",
            "coordinator = \"jan-kowalski\"",
        ),
    );
    assert_eq!(found(&t, "K017"), []);
    clean(&t);
}

#[test]
fn k018_a_task_for_an_institution_outside_the_team_and_the_agreement() {
    let with_police = || {
        let t = base();
        t.write("institutions/kpp/institution.toml", crate::KPP)
            .write(
                "institutions/kpp/people/piotr-zielinski.toml",
                "name = \"Piotr Zieliński\"\nposition = \"dzielnicowy\"\n",
            )
            .write(
                &case("plan.toml"),
                edit(
                    &edit(PLAN, "institution = \"sp1\"", "institution = \"kpp\""),
                    "person = \"jan-kowalski\"",
                    "person = \"piotr-zielinski\"",
                ),
            )
            .write(
                &case("monitoring/2026-09/kpp.toml"),
                report("1.1", Some("piotr-zielinski"), "2026-09-28"),
            )
            .write(
                &case("monitoring/2026-10/kpp.toml"),
                report("1.1", Some("piotr-zielinski"), "2026-10-28"),
            );
        std::fs::remove_file(t.path().join(case("monitoring/2026-09/sp1.toml"))).unwrap();
        std::fs::remove_file(t.path().join(case("monitoring/2026-10/sp1.toml"))).unwrap();
        t
    };
    let t = with_police();
    assert_eq!(
        found(&t, "K018"),
        [f("K018", "warning", &case("plan.toml"), 11, 15)]
    );
    let run = t.run(["check", "--rule", "K018"]).ok();
    assert_eq!(
        run.stdout,
        "warning[K018]: task 1.1 of case 2026-001 goes to `kpp`, which is neither in team `ggk` nor a signatory of the agreement\n  \
         --> cases/2026-001-ab12/plan.toml:11:15\n   \
         |\n\
         11 | institution = \"kpp\"\n   \
         |               ^^^^^\n   \
         = help: the agreement lets other institutions join (zał. 5 §4.3): record its signature with `koop team sign`, and its place in the team with `koop team member add`\n\
         \n\
         checked 21 files: 0 errors, 1 warning\n"
    );

    // Corrected: the police joined the agreement later (zał. 5 §4.3).
    let t = with_police();
    t.write(
        "teams/pzk.toml",
        edit(
            PZK,
            "\n[[members]]",
            "\n[[agreement.signatories]]\ninstitution = \"kpp\"\njoined = 2026-10-01\n\n[[members]]",
        ),
    );
    assert_eq!(found(&t, "K018"), []);
    clean(&t);
    // Made a member of the GGK without signing: K018 is satisfied, but the GGK is formed of
    // signatories only (K042).
    let t = with_police();
    t.write(
        "teams/ggk.toml",
        format!("{GGK}\n[[members]]\ninstitution = \"kpp\"\n"),
    );
    assert_eq!(found(&t, "K018"), []);
    assert_eq!(
        found(&t, "K042"),
        [f("K042", "warning", "teams/ggk.toml", 14, 15)]
    );
}

#[test]
fn k019_a_plan_adopted_before_the_agreement_was_signed() {
    let t = base();
    t.write(
        "teams/pzk.toml",
        edit(PZK, "signed = 2026-03-12", "signed = 2026-09-02"),
    );
    assert_eq!(
        found(&t, "K019"),
        [f("K019", "warning", &case("plan.toml"), 1, 11)]
    );
    assert_eq!(
        messages(&t, "K019")[0].0,
        "the plan of case 2026-001 was adopted (2026-09-01) before the agreement was signed"
    );

    // Corrected: signed the day the plan was adopted.
    let t = base();
    t.write(
        "teams/pzk.toml",
        edit(PZK, "signed = 2026-03-12", "signed = 2026-09-01"),
    );
    assert_eq!(found(&t, "K019"), []);
    clean(&t);
}

#[test]
fn k019_a_task_due_after_the_agreement_ends() {
    let t = base();
    t.write(
        "teams/pzk.toml",
        edit(PZK, "valid_until = 2027-12-31", "valid_until = 2026-12-30"),
    );
    assert_eq!(
        found(&t, "K019"),
        [f("K019", "warning", &case("plan.toml"), 20, 7)]
    );
    assert_eq!(
        messages(&t, "K019")[0].0,
        "task 1.2 of case 2026-001 is due 2026-12-31, after the agreement ends (2026-12-30)"
    );

    // Corrected: the agreement is in force through the last day a task is due.
    let t = base();
    t.write(
        "teams/pzk.toml",
        edit(PZK, "valid_until = 2027-12-31", "valid_until = 2026-12-31"),
    );
    assert_eq!(found(&t, "K019"), []);
    clean(&t);
}

// ---------------------------------------------------------------------------------------
// K020–K021: monitoring kept, closure

#[test]
fn k020_an_elapsed_month_without_monitoring() {
    // On 5 December, November has ended and nobody reported on it.
    let t = base_on("2026-12-05");
    assert_eq!(
        found(&t, "K020"),
        [f("K020", "warning", &case("case.toml"), 0, 0)]
    );
    let run = t.run(["check", "--rule", "K020"]).ok();
    assert_eq!(
        run.stdout,
        "warning[K020]: case 2026-001: no monitoring from m1 (task 1.2), sp1 (task 1.1) for 2026-11 (1 month)\n \
         --> cases/2026-001-ab12/case.toml\n  \
         = help: record it: `koop monitor add 2026-001 --month 2026-11 --task … --by …`\n\
         \n\
         checked 19 files: 0 errors, 1 warning\n"
    );
    // Months missing for the same report make one finding, in runs.
    let t = base_on("2027-02-03");
    assert_eq!(
        messages(&t, "K020")
            .into_iter()
            .map(|m| m.0)
            .collect::<Vec<_>>(),
        [
            "case 2026-001: no monitoring from m1 (task 1.2), sp1 (task 1.1) for 2026-11..2027-01 (3 months)"
        ]
    );
    assert!(
        messages(&t, "K020")[0].1.contains(
            "record each month, from the first: `koop monitor add 2026-001 --month 2026-11"
        ),
        "{:?}",
        messages(&t, "K020")
    );
    // One party missing in an earlier month.
    let t = base();
    std::fs::remove_file(t.path().join(case("monitoring/2026-09/mother.toml"))).unwrap();
    assert_eq!(
        messages(&t, "K020")
            .into_iter()
            .map(|m| m.0)
            .collect::<Vec<_>>(),
        ["case 2026-001: no monitoring from m1 (task 1.2) for 2026-09 (1 month)"]
    );
    // A report filed under the right reporter but on another task does not count.
    let t = base();
    t.write(
        &case("monitoring/2026-10/mother.toml"),
        report("1.1", None, "2026-10-28"),
    );
    assert_eq!(
        messages(&t, "K020")
            .into_iter()
            .map(|m| m.0)
            .collect::<Vec<_>>(),
        ["case 2026-001: no monitoring from m1 (task 1.2) for 2026-10 (1 month)"]
    );

    // Corrected: on 30 November the month has not ended yet (the base, pinned to that day)...
    let t = base_on("2026-11-30");
    assert_eq!(found(&t, "K020"), []);
    clean(&t);
    // ...on 5 December the November reports are in...
    let t = base_on("2026-12-05");
    t.write(
        &case("monitoring/2026-11/sp1.toml"),
        report("1.1", Some("jan-kowalski"), "2026-11-27"),
    )
    .write(
        &case("monitoring/2026-11/mother.toml"),
        report("1.2", None, "2026-11-27"),
    );
    assert_eq!(found(&t, "K020"), []);
    clean(&t);
    // ...and a task done in September needs no report for October.
    let t = base();
    t.write(&case("plan.toml"), format!("{PLAN}done = 2026-09-30\n"));
    std::fs::remove_file(t.path().join(case("monitoring/2026-10/mother.toml"))).unwrap();
    assert_eq!(found(&t, "K020"), []);
    clean(&t);
}

/// The base with the case closed on 2026-11-20 with `closure` as its [closure] table.
fn closed(closure: &str) -> Test {
    let t = base();
    t.write(
        &case("case.toml"),
        format!(
            "{}{closure}",
            edit(CASE, "status = \"active\"", "status = \"closed\"")
        ),
    );
    t
}

const CLOSURE: &str = "\n[closure]\ndate = 2026-11-20\nhandover = \"Rodzina pod opieką pracownika socjalnego GOPS\"\nfollow_up_until = 2027-05-31\n";

const EVALUATION: &str = "main_goal = \"achieved\"\ncomment = \"Syn chodzi do szkoły\"\nend_of_work = true\n\n[[goals]]\ngoal = \"attend\"\ndegree = \"achieved\"\n";

#[test]
fn k021_a_closed_case_without_a_proper_closure() {
    // Closed, but goal 1 was never evaluated: the goal is pointed at.
    let t = closed(CLOSURE);
    assert_eq!(
        found(&t, "K021"),
        [
            f("K021", "error", &case("case.toml"), 22, 8),
            f("K021", "error", &case("plan.toml"), 5, 6)
        ]
    );
    assert_eq!(
        messages(&t, "K021")[0].0,
        "case 2026-001 is closed without an evaluation"
    );
    assert_eq!(
        messages(&t, "K021")[1].0,
        "case 2026-001 is closed but goal 1 was never evaluated"
    );
    // Closed without a [closure]: the status is pointed at.
    let t = closed("");
    t.write(&case("evaluations/2026-11-18.toml"), EVALUATION);
    assert_eq!(
        found(&t, "K021"),
        [f("K021", "error", &case("case.toml"), 3, 10)]
    );
    // A blank handover: the closure's date is pointed at.
    let t = closed(&edit(
        CLOSURE,
        "\"Rodzina pod opieką pracownika socjalnego GOPS\"",
        "\" \"",
    ));
    t.write(&case("evaluations/2026-11-18.toml"), EVALUATION);
    assert_eq!(
        found(&t, "K021"),
        [f("K021", "error", &case("case.toml"), 22, 8)]
    );

    // Corrected: every goal evaluated before the closure, with a handover.
    let t = closed(CLOSURE);
    t.write(&case("evaluations/2026-11-18.toml"), EVALUATION);
    assert_eq!(found(&t, "K021"), []);
    clean(&t);
}

// ---------------------------------------------------------------------------------------
// K022–K025: the PZK, its agreement, county animators

#[test]
fn k022_a_pzk_without_a_signed_agreement() {
    // An agreement without signatories: the [agreement] header is pointed at.
    let t = base();
    t.write(
        "teams/pzk.toml",
        edit(
            PZK,
            "[[agreement.signatories]]\ninstitution = \"gops\"\nrepresentative = \"Anna Kowalska\"\n\n[[agreement.signatories]]\ninstitution = \"sp1\"\n\n",
            "",
        ),
    );
    assert_eq!(
        found(&t, "K022"),
        [f("K022", "error", "teams/pzk.toml", 5, 1)]
    );
    let run = t.run(["check", "--rule", "K022"]).fails(1);
    assert_eq!(
        run.stdout,
        "error[K022]: PZK `pzk` has an agreement without signatories\n \
         --> teams/pzk.toml:5:1\n  \
         |\n\
         5 | [agreement]\n  \
         | ^^^^^^^^^^^\n  \
         = help: record it: `koop team agreement --signed …` and `koop team sign` for each institution\n\
         \n\
         checked 19 files: 1 error, 0 warnings\n"
    );
    // Without a signing date.
    let t = base();
    t.write("teams/pzk.toml", edit(PZK, "signed = 2026-03-12\n", ""));
    assert_eq!(
        found(&t, "K022"),
        [f("K022", "error", "teams/pzk.toml", 5, 1)]
    );
    assert_eq!(
        messages(&t, "K022")[0].0,
        "PZK `pzk` has an agreement without a signing date"
    );
    // Without any agreement: the kind is pointed at.
    let t = base();
    let no_agreement = "kind = \"pzk\"\nname = \"PZK\"\n\n[[members]]\ninstitution = \"gops\"\n";
    t.write("teams/pzk.toml", no_agreement);
    assert_eq!(
        found(&t, "K022"),
        [f("K022", "error", "teams/pzk.toml", 1, 1)]
    );
    assert_eq!(messages(&t, "K022")[0].0, "PZK `pzk` has no agreement");

    // Corrected: a GGK needs no agreement of its own (the base has one without); the PZK has
    // its signed agreement.
    let t = base();
    assert_eq!(found(&t, "K022"), []);
    clean(&t);
}

#[test]
fn k023_a_pzk_meeting_less_often_than_quarterly() {
    let t = base();
    t.write(
        "teams/pzk.toml",
        edit(
            PZK,
            "meeting_frequency_months = 3",
            "meeting_frequency_months = 4",
        ),
    );
    assert_eq!(
        found(&t, "K023"),
        [f("K023", "warning", "teams/pzk.toml", 8, 1)]
    );
    let run = t.run(["check", "--rule", "K023"]).ok();
    assert_eq!(
        run.stdout,
        "warning[K023]: PZK `pzk` agrees to meet only every 4 months\n \
         --> teams/pzk.toml:8:1\n  \
         |\n\
         8 | meeting_frequency_months = 4\n  \
         | ^^^^^^^^^^^^^^^^^^^^^^^^\n  \
         = help: zał. 5 §2: \"nie rzadziej niż raz na kwartał\" — at most 3; monthly is preferred\n\
         \n\
         checked 19 files: 0 errors, 1 warning\n"
    );
    // No agreed frequency: the [agreement] header is pointed at.
    let t = base();
    t.write(
        "teams/pzk.toml",
        edit(PZK, "meeting_frequency_months = 3\n", ""),
    );
    assert_eq!(
        found(&t, "K023"),
        [f("K023", "warning", "teams/pzk.toml", 5, 1)]
    );

    // Corrected: monthly, as seed 003 §10 prefers.
    let t = base();
    t.write(
        "teams/pzk.toml",
        edit(
            PZK,
            "meeting_frequency_months = 3",
            "meeting_frequency_months = 1",
        ),
    );
    assert_eq!(found(&t, "K023"), []);
    // Agreeing to meet monthly makes the PZK's two-month gaps a K031 warning instead.
    assert!(found(&t, "K031").iter().all(|f| f.0 == "K031"));
    assert!(!found(&t, "K031").is_empty());
}

#[test]
fn k024_a_gmina_animator_works_at_the_ops_with_a_share_of_a_post() {
    // No share recorded: "nie obarczony jednak dodatkowymi obowiązkami … np. ¼ etatu".
    let t = base();
    let anna = "institutions/gops/people/anna-nowak.toml";
    t.write(anna, ANNA.replace("post = 0.25\n", ""));
    assert_eq!(found(&t, "K024"), [f("K024", "warning", anna, 3, 1)]);
    let said = messages(&t, "K024");
    assert_eq!(
        said[0].0,
        "animator gminy `anna-nowak` has no share of a post recorded for the model"
    );
    assert!(
        said[0]
            .1
            .contains("np. ¼ etatu lub dodatkowe wynagrodzenie")
            && said[0].1.contains("`post = 0.25`"),
        "{said:?}"
    );
    // Any recorded share will do: the quarter is the documents' example.
    t.write(anna, ANNA.replace("post = 0.25", "post = 0.2"));
    assert_eq!(found(&t, "K024"), []);

    // An animator of the gmina at the school: "powinien być pracownikiem GOPS".
    let t = base();
    let jan = "institutions/sp1/people/jan-kowalski.toml";
    t.write(
        jan,
        "name = \"Jan Kowalski\"\nroles = [\"animator-gminy\"]\npost = 0.25\n",
    );
    assert_eq!(found(&t, "K024"), [f("K024", "warning", jan, 2, 1)]);
    assert_eq!(
        messages(&t, "K024")[0].0,
        "animator gminy `jan-kowalski` does not work at an OPS"
    );
}

#[test]
fn k024_a_county_animator_with_more_than_four_gminy_on_half_a_post() {
    let animator = |gminy: &str, post: &str| {
        let t = base();
        t.write(
            "institutions/pcpr/institution.toml",
            "name = \"Powiatowe Centrum Pomocy Rodzinie\"\nkind = \"pcpr\"\nlevel = \"powiat\"\n",
        )
        .write(
            "institutions/pcpr/people/ewa-dabrowska.toml",
            format!(
                "name = \"Ewa Dąbrowska\"\nposition = \"specjalista pracy z rodziną\"\nroles = [\"animator-powiatu\"]\ngminy = [{gminy}]\npost = {post}\n"
            ),
        );
        t
    };
    let five = "\"Przykładowo\", \"Dąbrówka\", \"Lipno\", \"Brzozów\", \"Olszyn\"";
    let t = animator(five, "0.5");
    let person = "institutions/pcpr/people/ewa-dabrowska.toml";
    assert_eq!(found(&t, "K024"), [f("K024", "warning", person, 5, 1)]);
    assert_eq!(
        messages(&t, "K024")[0].0,
        "animator powiatu `ewa-dabrowska` covers 5 gmin on a 0.5 post"
    );

    // Corrected: a full post for five gminy; half a post is enough for four.
    let t = animator(five, "1.0");
    assert_eq!(found(&t, "K024"), []);
    clean(&t);
    let t = animator(
        "\"Przykładowo\", \"Dąbrówka\", \"Lipno\", \"Brzozów\"",
        "0.5",
    );
    assert_eq!(found(&t, "K024"), []);
    clean(&t);
    // The other half: two gminy on a quarter post; and no post recorded is not a full one.
    let two = "\"Przykładowo\", \"Dąbrówka\"";
    let t = animator(two, "0.25");
    assert_eq!(
        messages(&t, "K024")[0].0,
        "animator powiatu `ewa-dabrowska` covers 2 gminy on a 0.25 post"
    );
    let t = animator(two, "0.5");
    t.write(
        "institutions/pcpr/people/ewa-dabrowska.toml",
        t.read("institutions/pcpr/people/ewa-dabrowska.toml")
            .replace("post = 0.5\n", ""),
    );
    assert_eq!(
        messages(&t, "K024")[0].0,
        "animator powiatu `ewa-dabrowska` covers 2 gminy but no post is recorded"
    );
}

#[test]
fn k025_agreement_dates_out_of_order() {
    // Ends before it was signed: `valid_until` is pointed at.
    let t = base();
    t.write(
        "teams/pzk.toml",
        edit(PZK, "valid_until = 2027-12-31", "valid_until = 2026-03-11"),
    );
    assert_eq!(
        found(&t, "K025"),
        [f("K025", "error", "teams/pzk.toml", 9, 1)]
    );
    assert_eq!(
        messages(&t, "K025")[0].0,
        "the agreement of `pzk` ends (2026-03-11) before it was signed (2026-03-12)"
    );
    // A signatory joined before the agreement existed: the signatory is pointed at.
    let t = base();
    t.write(
        "teams/pzk.toml",
        edit(
            PZK,
            "institution = \"sp1\"\n\n[[members]]",
            "institution = \"sp1\"\njoined = 2026-03-01\n\n[[members]]",
        ),
    );
    assert_eq!(
        found(&t, "K025"),
        [f("K025", "error", "teams/pzk.toml", 17, 15)]
    );
    assert_eq!(
        messages(&t, "K025")[0].0,
        "`sp1` joined (2026-03-01) before the agreement was signed (2026-03-12)"
    );

    // Corrected: the school joined after the signing.
    let t = base();
    t.write(
        "teams/pzk.toml",
        edit(
            PZK,
            "institution = \"sp1\"\n\n[[members]]",
            "institution = \"sp1\"\njoined = 2026-04-01\n\n[[members]]",
        ),
    );
    assert_eq!(found(&t, "K025"), []);
    clean(&t);
}

// ---------------------------------------------------------------------------------------
// The options of koop check

/// The base with three findings: K012 (error), K020 and K023 (warnings), on 5 December.
fn three_findings() -> Test {
    let t = base_on("2026-12-05");
    t.write(&case("plan.toml"), edit(PLAN, "due = 2026-12-31\n", ""))
        .write(
            "teams/pzk.toml",
            edit(
                PZK,
                "meeting_frequency_months = 3",
                "meeting_frequency_months = 6",
            ),
        );
    t
}

fn codes(run: &Run) -> Vec<String> {
    run.json()
        .as_array()
        .expect("an array")
        .iter()
        .map(|d| d["code"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn rule_shows_only_the_rules_asked_for() {
    let t = three_findings();
    // Sorted by file: the case (K020), its plan (K012), the team (K023).
    let run = t.run(["check", "--format", "json"]).fails(1);
    assert_eq!(codes(&run), ["K020", "K012", "K023"]);
    let run = t.run(["check", "--rule", "K012"]).fails(1);
    assert!(run.stdout.starts_with("error[K012]: "), "{}", run.stdout);
    assert!(!run.stdout.contains("[K020]"), "{}", run.stdout);
    assert!(!run.stdout.contains("[K023]"), "{}", run.stdout);
    assert!(
        run.stdout
            .ends_with("checked 19 files: 1 error, 0 warnings\n"),
        "{}",
        run.stdout
    );
    // Several, and in any case.
    let run = t
        .run([
            "check", "--rule", "k023", "--rule", "K020", "--format", "json",
        ])
        .ok();
    assert_eq!(codes(&run), ["K020", "K023"]);
    // A rule with nothing to report: no problems, exit 0.
    let run = t.run(["check", "--rule", "K024"]).ok();
    assert_eq!(run.stdout, "checked 19 files: no problems\n");
}

#[test]
fn allow_hides_a_rule() {
    let t = base_on("2026-12-05");
    let run = t.run(["check"]).ok();
    assert!(run.stdout.contains("warning[K020]"), "{}", run.stdout);
    let run = t.run(["check", "--allow", "K020"]).ok();
    assert_eq!(run.stdout, "checked 19 files: no problems\n");
    // It hides errors too, and leaves the other rules alone.
    let t = three_findings();
    let run = t
        .run([
            "check", "--allow", "K012", "--allow", "k020", "--format", "json",
        ])
        .ok();
    assert_eq!(codes(&run), ["K023"]);
}

#[test]
fn check_allow_in_koop_toml_hides_a_rule() {
    let t = base_on("2026-12-05");
    t.write(
        "koop.toml",
        format!("{INIT_CONFIG}\n[check]\nallow = [\"K020\"]\n"),
    );
    let run = t.run(["check", "--deny", "warnings"]).ok();
    assert_eq!(run.stdout, "checked 19 files: no problems\n");
    assert_eq!(run.stderr, "");
    // With the command line's --allow, both apply.
    let t = three_findings();
    t.write(
        "koop.toml",
        format!("{INIT_CONFIG}\n[check]\nallow = [\"k020\"]\n"),
    );
    let run = t
        .run(["check", "--allow", "K023", "--format", "json"])
        .fails(1);
    assert_eq!(codes(&run), ["K012"]);
    // An unknown code there is warned about, and the check still runs.
    let t = base_on("2026-12-05");
    t.write(
        "koop.toml",
        format!("{INIT_CONFIG}\n[check]\nallow = [\"K020\", \"K999\"]\n"),
    );
    let run = t.run(["check"]).ok();
    assert_eq!(run.stdout, "checked 19 files: no problems\n");
    assert!(run.stderr.contains("K999"), "{}", run.all());
}

#[test]
fn an_unknown_code_is_refused() {
    let t = base();
    let run = t.run(["check", "--rule", "K999"]).fails(1);
    assert_eq!(run.stdout, "");
    assert!(
        run.stderr.contains("--rule K999: no rule has this code"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("`koop rules` lists them"),
        "{}",
        run.stderr
    );
    // A code missing its zero: did you mean.
    let run = t.run(["check", "--rule", "K12"]).fails(1);
    assert!(
        run.stderr.contains("--rule K12: no rule has this code"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("did you mean K012?"), "{}", run.stderr);
    let run = t.run(["check", "--allow", "K12"]).fails(1);
    assert!(
        run.stderr.contains("--allow K12: no rule has this code"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("did you mean K012?"), "{}", run.stderr);
    let run = t.run(["check", "--allow", "task-due"]).fails(1);
    assert!(run.stderr.contains("task-due"), "{}", run.stderr);
}

#[test]
fn deny_warnings_fails_on_warnings_alone() {
    let t = base_on("2026-12-05");
    let run = t.run(["check"]).ok();
    assert!(
        run.stdout
            .ends_with("checked 19 files: 0 errors, 1 warning\n"),
        "{}",
        run.stdout
    );
    let run = t.run(["check", "--deny", "warnings"]).fails(1);
    assert!(run.stdout.contains("warning[K020]"), "{}", run.stdout);
    t.run(["check", "--deny", "warnings", "--format", "json"])
        .fails(1);
    // Without warnings it passes.
    base().run(["check", "--deny", "warnings"]).ok();
    // An allowed warning does not count.
    t.run(["check", "--deny", "warnings", "--allow", "K020"])
        .ok();
}

#[test]
fn check_outside_a_repository_exits_2() {
    let t = Test::new();
    let run = t.run(["check", "--rule", "K012"]).fails(2);
    assert!(
        run.stderr.contains("not in a koop repository"),
        "{}",
        run.stderr
    );
    t.run(["check", "--format", "json"]).fails(2);
}

#[test]
fn json_findings_have_exactly_the_documented_keys() {
    let t = three_findings();
    // A finding in a file (K020) and ones at a place in a file (K012, K023).
    let run = t.run(["check", "--format", "json"]).fails(1);
    assert_eq!(run.stderr, "");
    let all = run.json();
    let items = all.as_array().expect("an array");
    assert_eq!(items.len(), 3);
    for item in items {
        let mut keys: Vec<&str> = item
            .as_object()
            .expect("an object")
            .keys()
            .map(String::as_str)
            .collect();
        keys.sort_unstable();
        assert_eq!(
            keys,
            [
                "code", "column", "file", "help", "line", "message", "severity"
            ],
            "{item}"
        );
        assert!(item["code"].is_string() && item["message"].is_string());
        assert!(item["line"].is_u64() && item["column"].is_u64());
        assert!(matches!(
            item["severity"].as_str(),
            Some("error" | "warning")
        ));
    }
    assert_eq!(
        items[1],
        serde_json::json!({
            "code": "K012",
            "severity": "error",
            "message": "task 1.2 of case 2026-001 has no due date",
            "file": "cases/2026-001-ab12/plan.toml",
            "line": 17,
            "column": 6,
            "help": "add `due = YYYY-MM-DD` to the task (\"termin realizacji zadania\")"
        })
    );
}

// ---------------------------------------------------------------------------------------
// koop explain, docs/rules.md

#[test]
fn explain_prints_the_rule_and_why() {
    let t = Test::new();
    let run = t.run(["explain", "K012"]).ok();
    assert!(
        run.stdout.starts_with(
            "K012 task-due: every task has a due date\nseverity: error\nsource: Załącznik nr 6 – Karta planu pracy z osobą/rodziną\n\n"
        ),
        "{}",
        run.stdout
    );
    for phrase in [
        "TERMIN REALIZACJI ZADANIA",
        "never overdue",
        "due = YYYY-MM-DD",
    ] {
        assert!(run.stdout.contains(phrase), "{phrase}: {}", run.stdout);
    }
    assert_eq!(run.stderr, "");
    // Lower case works and prints the same.
    let lower = t.run(["explain", "k012"]).ok();
    assert_eq!(lower.stdout, run.stdout);
    // A warning, and a rule found while loading.
    let run = t.run(["explain", "K020"]).ok();
    assert!(
        run.stdout.starts_with("K020 monitoring-kept: ")
            && run.stdout.contains("\nseverity: warning\n"),
        "{}",
        run.stdout
    );
    let run = t.run(["explain", "K001"]).ok();
    assert!(
        run.stdout.contains("(found while reading the files)"),
        "{}",
        run.stdout
    );
    // Every rule can be explained.
    for n in 1..=25 {
        let code = format!("K{n:03}");
        let run = t.run(["explain", &code]).ok();
        assert!(
            run.stdout.starts_with(&format!("{code} ")),
            "{}",
            run.stdout
        );
    }
}

#[test]
fn explain_refuses_an_unknown_code() {
    let t = Test::new();
    let run = t.run(["explain", "K999"]).fails(1);
    assert_eq!(run.stdout, "");
    assert!(run.stderr.contains("K999"), "{}", run.stderr);
    let run = t.run(["explain", "K12"]).fails(1);
    assert!(run.stderr.contains("did you mean K012?"), "{}", run.stderr);
}

/// Asserts that `file` (under docs/) is what `koop rules --format md` prints in `lang`.
fn assert_generated(file: &str, lang: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("docs")
        .join(file);
    let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
    let t = Test::new();
    let env = [("KOOP_LANG", std::ffi::OsStr::new(lang))];
    let generated = t
        .run_env(t.path(), &env, ["rules", "--format", "md"])
        .ok()
        .stdout;
    let first_difference = on_disk
        .lines()
        .zip(generated.lines())
        .position(|(a, b)| a != b)
        .map(|i| i + 1)
        .unwrap_or(on_disk.lines().count().min(generated.lines().count()) + 1);
    assert!(
        on_disk == generated,
        "docs/{file} is stale (first difference at line {first_difference}); \
         run `KOOP_LANG={lang} cargo run -- rules --format md > docs/{file}`"
    );
    generated
}

#[test]
fn docs_rules_md_is_generated_from_the_catalogue() {
    let generated = assert_generated("rules.md", "en");
    // It covers every rule.
    for n in 1..=25 {
        assert!(
            generated.contains(&format!("\n## K{n:03}\n")),
            "K{n:03} missing"
        );
    }
}

/// docs/rules.pl.md is the same catalogue in Polish, for Polish readers.
#[test]
fn docs_rules_pl_md_is_generated_from_the_catalogue() {
    let generated = assert_generated("rules.pl.md", "pl");
    assert!(
        generated.starts_with("# koop check: reguły\n"),
        "{generated}"
    );
}

// ---------------------------------------------------------------------------------------
// --strict, the bundled example

#[test]
fn strict_refuses_to_skip_a_broken_record() {
    let t = fixture();
    let broken = "institutions/mops/institution.toml";
    t.write(
        broken,
        "name = \"MOPS\"\nkind = \"opz\"\nlevel = \"gmina\"\n",
    );
    // Without --strict: a warning, and the rest.
    let run = t.run(["institution", "list"]).ok();
    assert!(run.stderr.contains("warning: "), "{}", run.stderr);
    assert!(run.stderr.contains(broken), "{}", run.stderr);
    assert!(run.stdout.contains("gops"), "{}", run.stdout);
    // With it, before or after the command: exit 1 naming the file, nothing listed.
    for args in [
        ["--strict", "institution", "list"],
        ["institution", "list", "--strict"],
    ] {
        let run = t.run(args).fails(1);
        assert_eq!(run.stdout, "", "{args:?}");
        assert!(run.stderr.contains(broken), "{args:?}: {}", run.stderr);
        assert!(run.stderr.contains("--strict"), "{args:?}: {}", run.stderr);
    }
    // A repository that loads is not affected.
    let t = fixture();
    let run = t.run(["--strict", "institution", "list"]).ok();
    assert_eq!(run.stderr, "");
}

#[test]
fn the_example_passes_check_with_warnings_denied() {
    let t = Test::new();
    let dir = example().to_string_lossy().to_string();
    let run = t
        .run(["-C", dir.as_str(), "check", "--deny", "warnings"])
        .ok();
    assert!(
        run.stdout.ends_with(" files: no problems\n"),
        "{}",
        run.all()
    );
    assert_eq!(run.stderr, "");
    let run = t
        .run([
            "-C",
            dir.as_str(),
            "check",
            "--deny",
            "warnings",
            "--format",
            "json",
        ])
        .ok();
    assert_eq!(run.json(), Value::Array(vec![]));
}

// ---------------------------------------------------------------------------------------
// Bugs found while writing these tests: each test states the behaviour expected.

#[test]
fn k014_an_active_plan_without_any_goal() {
    // `koop case activate` refuses a plan without a task (docs/format.md); a hand-edited
    // active plan with a main goal and no goals at all passes every rule.
    let t = base();
    t.write(
        &case("plan.toml"),
        "adopted = 2026-09-01\nmain_goal = \"Syn regularnie chodzi do szkoły\"\n",
    );
    std::fs::remove_dir_all(t.path().join(case("monitoring"))).unwrap();
    assert_eq!(
        found(&t, "K014"),
        [f("K014", "error", &case("plan.toml"), 0, 0)]
    );
}

#[test]
fn an_active_case_without_an_adopted_date_is_reported() {
    let t = base();
    t.write(&case("plan.toml"), edit(PLAN, "adopted = 2026-09-01\n", ""));
    std::fs::remove_dir_all(t.path().join(case("monitoring"))).unwrap();
    let run = t.run(["check", "--deny", "warnings"]);
    assert_ne!(run.code, 0, "{}", run.all());
}

#[test]
fn k024_counts_each_gmina_once() {
    let t = base();
    t.write(
        "institutions/pcpr/institution.toml",
        "name = \"Powiatowe Centrum Pomocy Rodzinie\"\nkind = \"pcpr\"\nlevel = \"powiat\"\n",
    )
    .write(
        "institutions/pcpr/people/ewa-dabrowska.toml",
        "name = \"Ewa Dąbrowska\"\nroles = [\"animator-powiatu\"]\ngminy = [\"Przykładowo\", \"Dąbrówka\", \"Lipno\", \"Brzozów\", \"Lipno\"]\npost = 0.5\n",
    );
    // Four gminy: half a post is enough.
    assert_eq!(found(&t, "K024"), []);
}

/// What users read cites the model's documents by their titles, never by the names of the
/// files the developers keep them in ("seed 004") or of internal notes ("DOMAIN").
#[test]
fn users_never_read_internal_source_names() {
    let internal = |text: &str| -> Vec<String> {
        let lower = text.to_lowercase().replace("koop_id_seed", "");
        ["seed", "domain.md", "domain:"]
            .iter()
            .filter(|w| lower.contains(*w))
            .map(|w| w.to_string())
            .collect()
    };
    let t = Test::new();
    let mut outputs = vec![
        (
            "koop rules --format json".to_string(),
            t.run(["rules", "--format", "json"]).ok().stdout,
        ),
        (
            "koop doc list".to_string(),
            t.run(["doc", "list", "--format", "json"]).ok().stdout,
        ),
        ("koop --help".to_string(), t.run(["--help"]).ok().stdout),
    ];
    // The help of every command and subcommand, found by walking the "Commands:" lists.
    let mut pending: Vec<Vec<String>> = vec![Vec::new()];
    while let Some(path) = pending.pop() {
        let mut args: Vec<&str> = path.iter().map(String::as_str).collect();
        args.push("--help");
        let help = t.run(args).ok().stdout;
        let commands = help
            .split("Commands:\n")
            .nth(1)
            .map(|rest| rest.split("\n\n").next().unwrap_or(""))
            .unwrap_or("");
        for line in commands.lines() {
            let Some(name) = line.split_whitespace().next() else {
                continue;
            };
            if name != "help" && line.starts_with("  ") && !line.starts_with("   ") {
                let mut next = path.clone();
                next.push(name.to_string());
                pending.push(next);
            }
        }
        outputs.push((format!("koop {} --help", path.join(" ")), help));
    }
    let rules: serde_json::Value = serde_json::from_str(&outputs[0].1).unwrap();
    for rule in rules.as_array().unwrap() {
        let code = rule["code"].as_str().unwrap();
        outputs.push((
            format!("koop explain {code}"),
            t.run(["explain", code]).ok().stdout,
        ));
    }
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files: Vec<std::path::PathBuf> = vec![root.join("README.md")];
    for dir in ["docs", "templates"] {
        for entry in std::fs::read_dir(root.join(dir)).unwrap().flatten() {
            files.push(entry.path());
        }
    }
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        outputs.push((path.display().to_string(), text));
    }
    for (what, text) in outputs {
        assert!(
            internal(&text).is_empty(),
            "{what} names {:?}",
            internal(&text)
        );
    }
}

#[test]
fn k039_an_evaluation_past_the_date_the_last_one_set() {
    let t = base();
    let eval = |next: &str| {
        format!(
            "main_goal = \"partly\"\nnext = {next}\n\n[[goals]]\ngoal = \"attend\"\ndegree = \"partly\"\n"
        )
    };
    t.write(&case("evaluations/2026-10-30.toml"), eval("2026-11-15"));
    assert_eq!(
        found(&t, "K039"),
        [f(
            "K039",
            "warning",
            &case("evaluations/2026-10-30.toml"),
            2,
            1
        )]
    );
    // Not yet due: nothing to report (the agenda lists it).
    t.write(&case("evaluations/2026-10-30.toml"), eval("2026-12-15"));
    assert_eq!(found(&t, "K039"), []);
    let agenda = t.run(["agenda", "--days", "30"]).ok().stdout;
    assert!(agenda.contains("next evaluation (part C)"), "{agenda}");
}

#[test]
fn k016_an_active_case_without_a_coordinator() {
    let t = base();
    t.write(
        &case("case.toml"),
        edit(CASE, "coordinator = \"anna-nowak\"\n", ""),
    );
    assert_eq!(
        found(&t, "K016"),
        [f("K016", "error", &case("case.toml"), 3, 10)]
    );
    let found = messages(&t, "K016");
    assert_eq!(found[0].0, "active case 2026-001 has no coordinator");
    assert!(
        found[0]
            .1
            .contains("pracownik socjalny będący koordynatorem wsparcia"),
        "{found:?}"
    );
}

#[test]
fn k041_a_pzk_without_its_core_or_without_the_ops_in_it() {
    let t = base();
    t.write("teams/pzk.toml", PZK.replace("core = true\n", ""));
    assert_eq!(
        found(&t, "K041"),
        [f("K041", "warning", "teams/pzk.toml", 1, 1)]
    );
    assert_eq!(
        messages(&t, "K041")[0].0,
        "PZK `pzk` has no core of key institutions (trzon zespołu)"
    );
    // The school alone in the core: the OPS is missing from it.
    t.write(
        "teams/pzk.toml",
        edit(
            PZK,
            "institution = \"gops\"\ncore = true\n",
            "institution = \"gops\"\n",
        ),
    );
    assert_eq!(
        messages(&t, "K041")[0].0,
        "PZK `pzk` has a core without the OPS"
    );
}

/// docs/format.md lists every rule in a table; it says what the catalogue says.
#[test]
fn the_rule_table_in_format_md_follows_the_catalogue() {
    let t = Test::new();
    let rules: serde_json::Value =
        serde_json::from_str(&t.run(["rules", "--format", "json"]).ok().stdout).unwrap();
    let wanted: Vec<String> = rules
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            format!(
                "| {} | `{}` | {} | {} (source: {}) |",
                r["code"].as_str().unwrap(),
                r["name"].as_str().unwrap(),
                r["severity"].as_str().unwrap(),
                r["summary"].as_str().unwrap(),
                r["source"].as_str().unwrap()
            )
        })
        .collect();
    let doc = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/format.md"),
    )
    .unwrap();
    let rows: Vec<&str> = doc
        .lines()
        .filter(|l| l.starts_with("| K0") && l.contains("(source:"))
        .collect();
    assert_eq!(rows, wanted);
}

#[test]
fn k044_a_task_due_after_the_models_course_ends() {
    // A cycle from 2025-03-01 (3 + 13 + 2 months) ends 2026-09-01; the referral of 2026-08-03
    // falls within it, the tasks due in December do not.
    let t = base();
    t.write(
        "course/1.toml",
        "kind = \"first\"\nstart = 2025-03-01\n\n[steps.\"9.3\"]\ndone = 2026-08-20\ndecision = \"continue\"\n",
    );
    assert_eq!(
        found(&t, "K044"),
        [
            f("K044", "warning", &case("plan.toml"), 13, 7),
            f("K044", "warning", &case("plan.toml"), 20, 7)
        ]
    );
    assert_eq!(
        messages(&t, "K044")[0].0,
        "task 1.1 of case 2026-001 is due 2026-12-18, after the model's course ends (2026-09-01)"
    );
    // A continuation covers them.
    t.write(
        "course/2.toml",
        "kind = \"continuation\"\nstart = 2026-09-02\n",
    );
    assert_eq!(found(&t, "K044"), []);
}
