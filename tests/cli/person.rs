//! `koop person add|list`.

use serde_json::json;

use crate::{Test, fixture, row, table};

#[test]
fn add_writes_the_person_in_the_institution_folder() {
    let t = fixture();
    let before = t.state();
    let run = t
        .run([
            "person",
            "add",
            "--institution",
            "sp1",
            "--name",
            "Łucja Żółć-Świątek",
            "--position",
            "dyrektor szkoły",
            "--phone",
            "+48 600 100 200",
            "--email",
            "lucja@sp1.edu.pl",
            "--role",
            "przedstawiciel",
            "--role",
            "radny",
            "--role",
            "przedstawiciel",
        ])
        .ok();
    let path = "institutions/sp1/people/lucja-zolc-swiatek.toml";
    assert_eq!(
        run.stdout,
        format!("Added person lucja-zolc-swiatek ({path})\n")
    );
    assert_eq!(run.stderr, "");
    assert_eq!(t.added_since(&before), [path]);
    // Roles are kept once each, in the model's order.
    assert_eq!(
        t.read(path),
        "name = \"Łucja Żółć-Świątek\"\n\
         position = \"dyrektor szkoły\"\n\
         phone = \"+48 600 100 200\"\n\
         email = \"lucja@sp1.edu.pl\"\n\
         roles = [\"radny\", \"przedstawiciel\"]\n"
    );
    t.check_records(&[]).ok();
}

#[test]
fn add_with_only_a_name_and_an_explicit_id() {
    let t = fixture();
    let run = t
        .run([
            "person",
            "add",
            "--institution",
            "kpp",
            "--name",
            "Marek Wrona",
            "--id",
            "mw",
        ])
        .ok();
    assert_eq!(
        run.stdout,
        "Added person mw (institutions/kpp/people/mw.toml)\n"
    );
    assert_eq!(
        t.read("institutions/kpp/people/mw.toml"),
        "name = \"Marek Wrona\"\n"
    );
}

#[test]
fn add_to_an_unknown_institution_is_refused_with_a_suggestion() {
    let t = fixture();
    let before = t.state();
    let run = t
        .run([
            "person",
            "add",
            "--institution",
            "sp2",
            "--name",
            "Jan Nowak",
        ])
        .fails(1);
    assert_eq!(run.stdout, "");
    assert_eq!(
        run.stderr,
        "error[K005]: person `jan-nowak` is in the folder of unknown institution `sp2`\n --> institutions/sp2/people/jan-nowak.toml\n  = help: did you mean `sp1`? Move the person to institutions/sp1/people/\n\nerror: the change was not made: it would bring 1 new error (`koop check` rules)\n  help: correct what the findings point at, or give other values\n"
    );
    t.unchanged(&before);
    let run = t
        .run([
            "person",
            "add",
            "--institution",
            "szpital",
            "--name",
            "Jan Nowak",
        ])
        .fails(1);
    assert_eq!(
        run.stderr,
        "error[K005]: person `jan-nowak` is in the folder of unknown institution `szpital`\n --> institutions/szpital/people/jan-nowak.toml\n  = help: add institutions/szpital/institution.toml, or move the person to their institution's folder\n\nerror: the change was not made: it would bring 1 new error (`koop check` rules)\n  help: correct what the findings point at, or give other values\n"
    );
    t.unchanged(&before);
    let run = t
        .run([
            "person",
            "add",
            "--institution",
            "Sp1",
            "--name",
            "Jan Nowak",
        ])
        .fails(1);
    assert_eq!(
        run.stderr,
        "error: `Sp1` is not a valid institution ID: it contains 'S'; only a-z, 0-9 and - are allowed\n  help: try `sp1`\n"
    );
    t.unchanged(&before);
    assert!(!t.exists("institutions/sp2"));
    assert!(!t.exists("institutions/szpital"));
}

#[test]
fn a_person_id_is_unique_across_institutions() {
    let t = fixture();
    let before = t.state();
    // anna-nowak works at gops; another Anna Nowak at the school gets the same ID.
    let run = t
        .run([
            "person",
            "add",
            "--institution",
            "sp1",
            "--name",
            "Anna Nowak",
        ])
        .fails(1);
    assert_eq!(
        run.stderr,
        "error[K004]: person ID `anna-nowak` is used twice\n --> institutions/sp1/people/anna-nowak.toml\n  = help: the same ID is at institutions/gops/people/anna-nowak.toml; rename one file (person IDs are unique across institutions)\n\n\
         error: the change was not made: it would bring 1 new error (`koop check` rules)\n  help: correct what the findings point at, or give other values\n"
    );
    t.unchanged(&before);
    // In the same institution too.
    let run = t
        .run([
            "person",
            "add",
            "--institution",
            "gops",
            "--name",
            "X",
            "--id",
            "ewa-lis",
        ])
        .fails(1);
    assert!(
        run.stderr.starts_with(
            "error: institutions/gops/people/ewa-lis.toml already exists; koop does not overwrite records\n"
        ),
        "{}",
        run.stderr
    );
    t.unchanged(&before);
    // With another ID it is fine.
    t.run([
        "person",
        "add",
        "--institution",
        "sp1",
        "--name",
        "Anna Nowak",
        "--id",
        "anna-nowak-2",
    ])
    .ok();
    assert_eq!(
        t.read("institutions/sp1/people/anna-nowak-2.toml"),
        "name = \"Anna Nowak\"\n"
    );
}

#[test]
fn add_refuses_bad_input() {
    let t = fixture();
    let before = t.state();
    let run = t
        .run([
            "person",
            "add",
            "--institution",
            "gops",
            "--name",
            "X",
            "--id=Ewa",
        ])
        .fails(1);
    assert_eq!(
        run.stderr,
        "error: `Ewa` is not a valid person ID: it contains 'E'; only a-z, 0-9 and - are allowed\n  help: try `ewa`\n"
    );
    let run = t
        .run([
            "person",
            "add",
            "--institution",
            "gops",
            "--name",
            "X",
            "--id=../../x",
        ])
        .fails(1);
    assert!(
        run.stderr.starts_with(
            "error: `../../x` is not a valid person ID: it contains a path separator\n"
        ),
        "{}",
        run.stderr
    );
    let run = t
        .run([
            "person",
            "add",
            "--institution",
            "gops",
            "--name",
            "X",
            "--email",
            "x@y",
        ])
        .fails(1);
    assert_eq!(
        run.stderr,
        "error: --email `x@y` is not an e-mail address\n"
    );
    let run = t
        .run(["person", "add", "--institution", "gops", "--name", " "])
        .fails(1);
    assert_eq!(run.stderr, "error: --name cannot be empty\n");
    let run = t
        .run([
            "person",
            "add",
            "--institution",
            "gops",
            "--name",
            "X",
            "--role",
            "dyrektor",
        ])
        .fails(2);
    assert!(
        run.stderr
            .contains("invalid value 'dyrektor' for '--role <ROLES>'"),
        "{}",
        run.stderr
    );
    t.unchanged(&before);
}

#[test]
fn list_shows_everyone_with_their_institution_and_roles() {
    let t = fixture();
    t.write(
        "institutions/gops/people/anna-nowak.toml",
        "name = \"Anna Nowak\"\nposition = \"pracownik socjalny\"\nroles = [\"animator-gminy\", \"koordynator-ggk\"]\n",
    );
    let run = t.run(["person", "list"]).ok();
    assert_eq!(
        table(&run.stdout),
        [
            row(&["id", "name", "institution", "position", "roles"]),
            row(&[
                "anna-nowak",
                "Anna Nowak",
                "gops",
                "pracownik socjalny",
                "animator-gminy, koordynator-ggk"
            ]),
            row(&["ewa-lis", "Ewa Lis", "gops", "", ""]),
            row(&["jan-kowalski", "Jan Kowalski", "sp1", "pedagog", ""]),
            row(&[
                "piotr-zielinski",
                "Piotr Zieliński",
                "kpp",
                "",
                "przedstawiciel"
            ]),
        ]
    );
}

#[test]
fn list_filters_by_institution_and_role() {
    let t = fixture();
    let ids = |args: &[&str]| -> Vec<String> {
        let mut all = vec!["person", "list"];
        all.extend_from_slice(args);
        let run = t.run(all).ok();
        table(&run.stdout)
            .into_iter()
            .skip(1)
            .map(|r| r[0].clone())
            .collect()
    };
    assert_eq!(ids(&["--institution", "gops"]), ["anna-nowak", "ewa-lis"]);
    assert_eq!(ids(&["--institution", "kpp"]), ["piotr-zielinski"]);
    assert_eq!(ids(&["--role", "animator-gminy"]), ["anna-nowak"]);
    assert_eq!(
        ids(&["--institution", "gops", "--role", "animator-gminy"]),
        ["anna-nowak"]
    );
    assert!(ids(&["--institution", "sp1", "--role", "animator-gminy"]).is_empty());
    let run = t.run(["person", "list", "--role", "superwizor"]).ok();
    assert_eq!(run.stdout, "(none)\n");
}

#[test]
fn list_of_an_unknown_institution_suggests_the_closest() {
    let t = fixture();
    let run = t.run(["person", "list", "--institution", "kppp"]).fails(1);
    assert_eq!(run.stdout, "");
    assert_eq!(
        run.stderr,
        "error: no institution with ID `kppp`\n  help: did you mean `kpp`?\n"
    );
}

#[test]
fn list_json_has_a_stable_shape() {
    let t = fixture();
    t.run([
        "person",
        "add",
        "--institution",
        "kpp",
        "--name",
        "Marek Wrona",
        "--phone",
        "997",
        "--email",
        "marek@policja.gov.pl",
        "--role",
        "radny",
    ])
    .ok();
    let run = t
        .run(["person", "list", "--institution", "kpp", "--format", "json"])
        .ok();
    assert_eq!(
        run.json(),
        json!([
            {
                "id": "marek-wrona",
                "institution": "kpp",
                "name": "Marek Wrona",
                "position": null,
                "phone": "997",
                "email": "marek@policja.gov.pl",
                "roles": ["radny"],
                "post": null,
                "gminy": [],
                "file": "institutions/kpp/people/marek-wrona.toml"
            },
            {
                "id": "piotr-zielinski",
                "institution": "kpp",
                "name": "Piotr Zieliński",
                "position": null,
                "phone": null,
                "email": null,
                "roles": ["przedstawiciel"],
                "post": null,
                "gminy": [],
                "file": "institutions/kpp/people/piotr-zielinski.toml"
            }
        ])
    );
    let all = t.run(["person", "list", "--format", "json"]).ok().json();
    let ids: Vec<&str> = all
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [
            "anna-nowak",
            "ewa-lis",
            "jan-kowalski",
            "marek-wrona",
            "piotr-zielinski"
        ]
    );
}

#[test]
fn people_are_counted_in_the_institution_list() {
    let t = Test::init();
    t.run([
        "institution",
        "add",
        "--name",
        "GOPS",
        "--id",
        "gops",
        "--kind",
        "ops",
        "--level",
        "gmina",
    ])
    .ok();
    for name in ["Anna Nowak", "Ewa Lis", "Jan Kowalski"] {
        t.run(["person", "add", "--institution", "gops", "--name", name])
            .ok();
    }
    let run = t.run(["institution", "list"]).ok();
    assert_eq!(
        table(&run.stdout)[1],
        row(&["gops", "GOPS", "ops", "gmina", "3"])
    );
}
