//! `koop institution add|list|show`.

use serde_json::json;

use crate::{Test, fixture, row, table};

const GOPS_ID: &str = "gminny-osrodek-pomocy-spolecznej";

#[test]
fn add_writes_the_record_with_an_id_made_from_the_polish_name() {
    let t = Test::init();
    let before = t.state();
    let run = t
        .run([
            "institution",
            "add",
            "--name",
            "Gminny Ośrodek Pomocy Społecznej",
            "--kind",
            "ops",
            "--level",
            "gmina",
            "--address",
            "ul. Długa 1, 00-001 Przykładowo",
            "--phone",
            "+48 22 123 45 67",
            "--email",
            "gops@przykladowo.pl",
            "--director",
            "Anna Kowalska",
        ])
        .ok();
    let path = format!("institutions/{GOPS_ID}/institution.toml");
    assert_eq!(
        run.stdout,
        format!("Added institution {GOPS_ID} ({path})\n")
    );
    assert_eq!(run.stderr, "");
    assert_eq!(t.added_since(&before), [path.as_str()]);
    assert_eq!(
        t.read(&path),
        "name = \"Gminny Ośrodek Pomocy Społecznej\"\n\
         kind = \"ops\"\n\
         level = \"gmina\"\n\
         address = \"ul. Długa 1, 00-001 Przykładowo\"\n\
         phone = \"+48 22 123 45 67\"\n\
         email = \"gops@przykladowo.pl\"\n\
         director = \"Anna Kowalska\"\n"
    );
    t.check_records(&[]).ok();
}

#[test]
fn add_writes_only_the_keys_given_and_trims_text() {
    let t = Test::init();
    let run = t
        .run([
            "institution",
            "add",
            "--name",
            "  Szkoła Podstawowa nr 1  ",
            "--id",
            "sp1",
            "--kind",
            "school",
            "--level",
            "gmina",
        ])
        .ok();
    assert_eq!(
        run.stdout,
        "Added institution sp1 (institutions/sp1/institution.toml)\n"
    );
    assert_eq!(
        t.read("institutions/sp1/institution.toml"),
        "name = \"Szkoła Podstawowa nr 1\"\nkind = \"school\"\nlevel = \"gmina\"\n"
    );
}

#[test]
fn add_makes_ids_from_names() {
    let t = Test::init();
    let cases = [
        ("ZAŻÓŁĆ GĘŚLĄ JAŹŃ", "zazolc-gesla-jazn"),
        (
            "Szkoła Podstawowa nr 1 im. M. Kopernika",
            "szkola-podstawowa-nr-1-im-m-kopernika",
        ),
        ("Komenda/Powiatowa..Policji", "komenda-powiatowa-policji"),
        // Longer than 64 characters: cut at a word boundary.
        (
            "Stowarzyszenie Pomocy Rodzinie „Razem” im. Świętej Jadwigi Śląskiej w Przykładowie Dolnym",
            "stowarzyszenie-pomocy-rodzinie-razem-im-swietej-jadwigi-slaskiej",
        ),
    ];
    for (name, id) in cases {
        let run = t
            .run([
                "institution",
                "add",
                "--name",
                name,
                "--kind",
                "ngo",
                "--level",
                "gmina",
            ])
            .ok();
        assert_eq!(
            run.stdout,
            format!("Added institution {id} (institutions/{id}/institution.toml)\n")
        );
        assert!(id.len() <= 64);
        assert_eq!(
            t.read(&format!("institutions/{id}/institution.toml")),
            format!("name = \"{name}\"\nkind = \"ngo\"\nlevel = \"gmina\"\n")
        );
    }
}

#[test]
fn add_refuses_a_name_without_letters_or_digits() {
    let t = Test::init();
    let before = t.state();
    let run = t
        .run([
            "institution",
            "add",
            "--name",
            "!!!",
            "--kind",
            "ops",
            "--level",
            "gmina",
        ])
        .fails(1);
    assert_eq!(
        run.stderr,
        "error: cannot make an ID from the name `!!!`\n  help: give one with --id\n"
    );
    t.unchanged(&before);
    for name in ["", "   "] {
        let run = t
            .run([
                "institution",
                "add",
                "--name",
                name,
                "--kind",
                "ops",
                "--level",
                "gmina",
            ])
            .fails(1);
        assert_eq!(run.stderr, "error: --name cannot be empty\n");
        t.unchanged(&before);
    }
}

#[test]
fn add_refuses_a_duplicate_id() {
    let t = Test::init();
    t.run([
        "institution",
        "add",
        "--name",
        "Gminny Ośrodek Pomocy Społecznej",
        "--kind",
        "ops",
        "--level",
        "gmina",
    ])
    .ok();
    let before = t.state();
    // The same name gives the same ID…
    let run = t
        .run([
            "institution",
            "add",
            "--name",
            "Gminny Ośrodek Pomocy Społecznej",
            "--kind",
            "ops",
            "--level",
            "powiat",
        ])
        .fails(1);
    assert_eq!(
        run.stderr,
        format!(
            "error: institution `{GOPS_ID}` already exists (institutions/{GOPS_ID}/)\n  \
             help: choose another ID with --id, or edit the existing record\n"
        )
    );
    t.unchanged(&before);
    // …and so does an explicit --id.
    let run = t
        .run([
            "institution",
            "add",
            "--name",
            "Inny",
            "--id",
            GOPS_ID,
            "--kind",
            "ngo",
            "--level",
            "gmina",
        ])
        .fails(1);
    assert!(run.stderr.contains("already exists"), "{}", run.stderr);
    t.unchanged(&before);
    // A folder without institution.toml also blocks the ID.
    t.write("institutions/stary/notatki.md", "x\n");
    let before = t.state();
    let run = t
        .run([
            "institution",
            "add",
            "--name",
            "Stary",
            "--id",
            "stary",
            "--kind",
            "ngo",
            "--level",
            "gmina",
        ])
        .fails(1);
    assert!(
        run.stderr
            .starts_with("error: institution `stary` already exists (institutions/stary/)"),
        "{}",
        run.stderr
    );
    t.unchanged(&before);
}

#[test]
fn add_refuses_bad_ids_and_writes_nothing() {
    // The repository sits in a subfolder so that `../x` would land inside the test folder.
    let t = Test::new();
    t.run(["init", "gmina", "--name", "Przykładowo", "--no-git", "repo"])
        .ok();
    let repo = t.path().join("repo");
    let before = t.state();
    let long = "a".repeat(65);
    let long_msg = format!(
        "error: `{long}` is not a valid institution ID: it is 65 characters long; at most 64 allowed\n  help: try `{}`\n",
        "a".repeat(64)
    );
    let cases: Vec<(String, String)> = vec![
        (
            "--id=../x".into(),
            "error: `../x` is not a valid institution ID: it contains a path separator\n  help: try `x`\n".into(),
        ),
        (
            "--id=a/b".into(),
            "error: `a/b` is not a valid institution ID: it contains a path separator\n  help: try `a-b`\n".into(),
        ),
        (
            "--id=a\\b".into(),
            "error: `a\\b` is not a valid institution ID: it contains a path separator\n  help: try `a-b`\n".into(),
        ),
        (
            "--id=..".into(),
            "error: `..` is not a valid institution ID: it contains `..`\n".into(),
        ),
        (
            "--id=Gops".into(),
            "error: `Gops` is not a valid institution ID: it contains 'G'; only a-z, 0-9 and - are allowed\n  help: try `gops`\n".into(),
        ),
        (
            "--id=ośrodek".into(),
            "error: `ośrodek` is not a valid institution ID: it contains 'ś'; only a-z, 0-9 and - are allowed\n  help: try `osrodek`\n".into(),
        ),
        (
            "--id=".into(),
            "error: `` is not a valid institution ID: it is empty\n".into(),
        ),
        (
            "--id=-x".into(),
            "error: `-x` is not a valid institution ID: it starts or ends with `-` or has `--`; use single hyphens between words\n  help: try `x`\n".into(),
        ),
        (
            "--id=a--b".into(),
            "error: `a--b` is not a valid institution ID: it starts or ends with `-` or has `--`; use single hyphens between words\n  help: try `a-b`\n".into(),
        ),
        (format!("--id={long}"), long_msg),
    ];
    for (flag, message) in cases {
        let run = t
            .run_in(
                &repo,
                [
                    "institution",
                    "add",
                    "--name",
                    "X",
                    &flag,
                    "--kind",
                    "ops",
                    "--level",
                    "gmina",
                ],
            )
            .fails(1);
        assert_eq!(run.stderr, message, "{flag}");
        assert_eq!(run.stdout, "", "{flag}");
        t.unchanged(&before);
    }
    assert!(!t.exists("x"));
    assert!(!t.exists("repo/institutions/x"));
    // `--id -x` reads as an unknown option: a usage error.
    let run = t
        .run_in(
            &repo,
            [
                "institution",
                "add",
                "--name",
                "X",
                "--id",
                "-x",
                "--kind",
                "ops",
                "--level",
                "gmina",
            ],
        )
        .fails(2);
    assert!(
        run.stderr.contains("unexpected argument '-x'"),
        "{}",
        run.stderr
    );
    t.unchanged(&before);
}

#[test]
fn add_refuses_bad_email_addresses() {
    let t = Test::init();
    let before = t.state();
    for email in [
        "nope",
        "a@b",
        "@example.pl",
        "a@@example.pl",
        "a b@example.pl",
        "",
    ] {
        let run = t
            .run([
                "institution",
                "add",
                "--name",
                "GOPS",
                "--kind",
                "ops",
                "--level",
                "gmina",
                "--email",
                email,
            ])
            .fails(1);
        let expected = if email.is_empty() {
            "error: --email cannot be empty\n".to_string()
        } else {
            format!("error: --email `{email}` is not an e-mail address\n")
        };
        assert_eq!(run.stderr, expected, "{email:?}");
        t.unchanged(&before);
    }
}

#[test]
fn add_refuses_a_bad_kind_or_level_with_a_usage_error() {
    let t = Test::init();
    let before = t.state();
    let run = t
        .run([
            "institution",
            "add",
            "--name",
            "GOPS",
            "--kind",
            "opz",
            "--level",
            "gmina",
        ])
        .fails(2);
    assert!(
        run.stderr
            .starts_with("error: invalid value 'opz' for '--kind <KIND>'\n"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains(
            "[possible values: ops, pcpr, rops, school, police, court, probation, health, pup, ngo, local-government, other]"
        ),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("a similar value exists: 'ops'"),
        "{}",
        run.stderr
    );
    t.unchanged(&before);
    let run = t
        .run([
            "institution",
            "add",
            "--name",
            "GOPS",
            "--kind",
            "ops",
            "--level",
            "gmna",
        ])
        .fails(2);
    assert!(
        run.stderr
            .starts_with("error: invalid value 'gmna' for '--level <LEVEL>'\n"),
        "{}",
        run.stderr
    );
    t.unchanged(&before);
    // --kind and --level are required.
    let run = t.run(["institution", "add", "--name", "GOPS"]).fails(2);
    assert!(run.stderr.contains("--kind <KIND>"), "{}", run.stderr);
    t.unchanged(&before);
}

#[test]
fn list_shows_one_row_per_institution_sorted_by_id() {
    let t = fixture();
    let run = t.run(["institution", "list"]).ok();
    assert_eq!(run.stderr, "");
    assert_eq!(
        table(&run.stdout),
        [
            row(&["id", "name", "kind", "level", "people"]),
            row(&[
                "gops",
                "Gminny Ośrodek Pomocy Społecznej w Przykładowie",
                "ops",
                "gmina",
                "2"
            ]),
            row(&["kpp", "Komenda Powiatowa Policji", "police", "powiat", "1"]),
            row(&["sp1", "Szkoła Podstawowa nr 1", "school", "gmina", "1"]),
        ]
    );
}

#[test]
fn list_filters_by_kind_and_level() {
    let t = fixture();
    let ids = |args: &[&str]| -> Vec<String> {
        let mut all = vec!["institution", "list"];
        all.extend_from_slice(args);
        let run = t.run(all).ok();
        table(&run.stdout)
            .into_iter()
            .skip(1)
            .map(|r| r[0].clone())
            .collect()
    };
    assert_eq!(ids(&["--kind", "school"]), ["sp1"]);
    assert_eq!(ids(&["--level", "gmina"]), ["gops", "sp1"]);
    assert_eq!(ids(&["--level", "powiat"]), ["kpp"]);
    assert_eq!(ids(&["--kind", "ops", "--level", "gmina"]), ["gops"]);
    assert!(ids(&["--kind", "ops", "--level", "powiat"]).is_empty());
    let run = t.run(["institution", "list", "--kind", "court"]).ok();
    assert_eq!(run.stdout, "(none)\n");
    let run = t
        .run(["institution", "list", "--kind", "court", "--format", "json"])
        .ok();
    assert_eq!(run.stdout, "[]\n");
    t.run(["institution", "list", "--kind", "courts"]).fails(2);
}

#[test]
fn list_json_has_a_stable_shape() {
    let t = fixture();
    t.write(
        "institutions/kpp/institution.toml",
        "name = \"Komenda Powiatowa Policji\"\nkind = \"police\"\nlevel = \"powiat\"\naddress = \"ul. Krótka 2\"\nphone = \"997\"\nemail = \"kpp@policja.gov.pl\"\ndirector = \"insp. Jan Zły\"\n",
    );
    let run = t.run(["institution", "list", "--format", "json"]).ok();
    assert_eq!(
        run.json(),
        json!([
            {
                "id": "gops",
                "name": "Gminny Ośrodek Pomocy Społecznej w Przykładowie",
                "kind": "ops",
                "level": "gmina",
                "gmina": null,
                "address": null,
                "phone": null,
                "email": null,
                "director": "Anna Kowalska",
                "director_accusative": null,
                "director_title": null,
                "locality_locative": null,
                "file": "institutions/gops/institution.toml"
            },
            {
                "id": "kpp",
                "name": "Komenda Powiatowa Policji",
                "kind": "police",
                "level": "powiat",
                "gmina": null,
                "address": "ul. Krótka 2",
                "phone": "997",
                "email": "kpp@policja.gov.pl",
                "director": "insp. Jan Zły",
                "director_accusative": null,
                "director_title": null,
                "locality_locative": null,
                "file": "institutions/kpp/institution.toml"
            },
            {
                "id": "sp1",
                "name": "Szkoła Podstawowa nr 1",
                "kind": "school",
                "level": "gmina",
                "gmina": null,
                "address": null,
                "phone": null,
                "email": null,
                "director": null,
                "director_accusative": null,
                "director_title": null,
                "locality_locative": null,
                "file": "institutions/sp1/institution.toml"
            }
        ])
    );
    let run = t
        .run([
            "institution",
            "list",
            "--level",
            "powiat",
            "--format",
            "json",
        ])
        .ok();
    assert_eq!(run.json().as_array().unwrap().len(), 1);
    assert_eq!(run.json()[0]["id"], "kpp");
}

#[test]
fn list_of_an_empty_repository_says_none() {
    let t = Test::init();
    assert_eq!(t.run(["institution", "list"]).ok().stdout, "(none)\n");
    assert_eq!(
        t.run(["institution", "list", "--format", "json"])
            .ok()
            .stdout,
        "[]\n"
    );
}

fn with_team_and_service(t: &Test) {
    t.write(
        "teams/pzk.toml",
        "kind = \"pzk\"\nname = \"PZK Przykładowo\"\n\n[[members]]\ninstitution = \"gops\"\ncore = true\ndelegates = [\"anna-nowak\"]\n\n[[members]]\ninstitution = \"sp1\"\n",
    )
    .write(
        "teams/ggk-kowalscy.toml",
        "kind = \"ggk\"\nname = \"GGK Kowalscy\"\n\n[[members]]\ninstitution = \"gops\"\n",
    )
    .write(
        "services/poradnictwo.toml",
        "name = \"Poradnictwo rodzinne\"\nprovider = \"gops\"\nlevel = \"gmina\"\n",
    );
}

#[test]
fn show_prints_fields_people_teams_and_services() {
    let t = fixture();
    with_team_and_service(&t);
    let run = t.run(["institution", "show", "gops"]).ok();
    assert_eq!(run.stderr, "");
    assert!(
        run.stdout.starts_with(
            "id        gops\n\
             name      Gminny Ośrodek Pomocy Społecznej w Przykładowie\n\
             kind      ops\n\
             level     gmina\n\
             director  Anna Kowalska\n\
             file      institutions/gops/institution.toml\n\
             \n\
             People:\n"
        ),
        "{}",
        run.stdout
    );
    let people_at = run.stdout.find("People:").unwrap();
    let teams_at = run.stdout.find("Teams:").unwrap();
    let services_at = run.stdout.find("Services:").unwrap();
    assert!(people_at < teams_at && teams_at < services_at);
    assert_eq!(
        table(&run.stdout[people_at..teams_at]),
        [
            row(&["id", "name", "position", "roles"]),
            row(&[
                "anna-nowak",
                "Anna Nowak",
                "pracownik socjalny",
                "animator-gminy, pracownik-socjalny"
            ]),
            row(&["ewa-lis", "Ewa Lis", "", ""]),
        ]
    );
    assert_eq!(
        table(&run.stdout[teams_at..services_at]),
        [
            row(&["id", "kind", "name", "core"]),
            row(&["ggk-kowalscy", "ggk", "GGK Kowalscy", ""]),
            row(&["pzk", "pzk", "PZK Przykładowo", "yes"]),
        ]
    );
    assert_eq!(
        table(&run.stdout[services_at..]),
        [
            row(&["id", "name"]),
            row(&["poradnictwo", "Poradnictwo rodzinne"]),
        ]
    );

    // An institution with nothing attached prints (none) under each heading.
    let run = t.run(["institution", "show", "kpp"]).ok();
    assert!(
        run.stdout.contains("Teams:\n(none)\nServices:\n(none)\n"),
        "{}",
        run.stdout
    );
}

#[test]
fn show_json_includes_people_teams_and_services() {
    let t = fixture();
    with_team_and_service(&t);
    let run = t
        .run(["institution", "show", "gops", "--format", "json"])
        .ok();
    assert_eq!(
        run.json(),
        json!({
            "id": "gops",
            "name": "Gminny Ośrodek Pomocy Społecznej w Przykładowie",
            "kind": "ops",
            "level": "gmina",
            "gmina": null,
            "address": null,
            "phone": null,
            "email": null,
            "director": "Anna Kowalska",
            "director_accusative": null,
            "director_title": null,
            "locality_locative": null,
            "file": "institutions/gops/institution.toml",
            "people": [
                {
                    "id": "anna-nowak",
                    "institution": "gops",
                    "name": "Anna Nowak",
                    "position": "pracownik socjalny",
                    "phone": null,
                    "email": null,
                    "roles": ["animator-gminy", "pracownik-socjalny"],
                    "post": 0.25,
                    "gminy": [],
                    "file": "institutions/gops/people/anna-nowak.toml"
                },
                {
                    "id": "ewa-lis",
                    "institution": "gops",
                    "name": "Ewa Lis",
                    "position": null,
                    "phone": null,
                    "email": null,
                    "roles": [],
                    "post": null,
                    "gminy": [],
                    "file": "institutions/gops/people/ewa-lis.toml"
                }
            ],
            "teams": [
                {"id": "ggk-kowalscy", "kind": "ggk", "core": false},
                {"id": "pzk", "kind": "pzk", "core": true}
            ],
            "services": ["poradnictwo"]
        })
    );
    let run = t
        .run(["institution", "show", "sp1", "--format", "json"])
        .ok();
    let v = run.json();
    assert_eq!(
        v["teams"],
        json!([{"id": "pzk", "kind": "pzk", "core": false}])
    );
    assert_eq!(v["services"], json!([]));
    assert_eq!(v["people"][0]["id"], "jan-kowalski");
}

#[test]
fn show_of_an_unknown_institution_suggests_the_closest() {
    let t = fixture();
    let run = t.run(["institution", "show", "gosp"]).fails(1);
    assert_eq!(run.stdout, "");
    assert_eq!(
        run.stderr,
        "error: no institution with ID `gosp`\n  help: did you mean `gops`?\n"
    );
    let run = t.run(["institution", "show", "zzzzzzzz"]).fails(1);
    assert_eq!(
        run.stderr,
        "error: no institution with ID `zzzzzzzz`\n  help: `koop institution list` lists them\n"
    );
}
