//! `koop service add|list`: the local list of activities and services.

use serde_json::json;

use crate::{Test, fixture, row, table};

#[test]
fn add_writes_the_service() {
    let t = fixture();
    let before = t.state();
    let run = t
        .run([
            "service",
            "add",
            "--name",
            "Poradnictwo rodzinne",
            "--provider",
            "gops",
            "--description",
            "Porady dla rodzin w kryzysie",
            "--target-group",
            "rodziny z dziećmi",
            "--contact",
            "pok. 12, pn–pt 8–16",
        ])
        .ok();
    assert_eq!(
        run.stdout,
        "Added service poradnictwo-rodzinne (services/poradnictwo-rodzinne.toml)\n"
    );
    assert_eq!(run.stderr, "");
    assert_eq!(
        t.added_since(&before),
        ["services/poradnictwo-rodzinne.toml"]
    );
    assert_eq!(
        t.read("services/poradnictwo-rodzinne.toml"),
        "name = \"Poradnictwo rodzinne\"\n\
         provider = \"gops\"\n\
         description = \"Porady dla rodzin w kryzysie\"\n\
         target_group = \"rodziny z dziećmi\"\n\
         contact = \"pok. 12, pn–pt 8–16\"\n\
         level = \"gmina\"\n"
    );
    t.run(["check"]).ok();
}

#[test]
fn the_level_defaults_to_the_providers_level() {
    let t = fixture();
    t.run([
        "service",
        "add",
        "--name",
        "Dzielnicowy",
        "--provider",
        "kpp",
    ])
    .ok();
    assert_eq!(
        t.read("services/dzielnicowy.toml"),
        "name = \"Dzielnicowy\"\nprovider = \"kpp\"\nlevel = \"powiat\"\n"
    );
    t.run(["service", "add", "--name", "Świetlica", "--provider", "sp1"])
        .ok();
    assert_eq!(
        t.read("services/swietlica.toml"),
        "name = \"Świetlica\"\nprovider = \"sp1\"\nlevel = \"gmina\"\n"
    );
    // --level overrides it.
    t.run([
        "service",
        "add",
        "--name",
        "Program wojewódzki",
        "--id",
        "program",
        "--provider",
        "kpp",
        "--level",
        "wojewodztwo",
    ])
    .ok();
    assert_eq!(
        t.read("services/program.toml"),
        "name = \"Program wojewódzki\"\nprovider = \"kpp\"\nlevel = \"wojewodztwo\"\n"
    );
}

#[test]
fn add_refuses_an_unknown_provider() {
    let t = fixture();
    let before = t.state();
    let run = t
        .run(["service", "add", "--name", "X", "--provider", "kppp"])
        .fails(1);
    assert_eq!(run.stdout, "");
    assert_eq!(
        run.stderr,
        "error[K005]: unknown institution `kppp`\n --> services/x.toml:2:12\n  |\n2 | provider = \"kppp\"\n  |            ^^^^^^\n  = help: did you mean `kpp`?\n\nerror: the change was not made: it would bring 1 new error (`koop check` rules)\n  help: correct what the findings point at, or give other values\n"
    );
    t.unchanged(&before);
    let run = t
        .run(["service", "add", "--name", "X", "--provider", "szpital"])
        .fails(1);
    assert_eq!(
        run.stderr,
        "error[K005]: unknown institution `szpital`\n --> services/x.toml:2:12\n  |\n2 | provider = \"szpital\"\n  |            ^^^^^^^^^\n  = help: add the institution first, or correct the ID (`koop institution list` shows them)\n\nerror: the change was not made: it would bring 1 new error (`koop check` rules)\n  help: correct what the findings point at, or give other values\n"
    );
    t.unchanged(&before);
    let run = t
        .run(["service", "add", "--name", "X", "--provider", "KPP"])
        .fails(1);
    assert_eq!(
        run.stderr,
        "error: `KPP` is not a valid institution ID: it contains 'K'; only a-z, 0-9 and - are allowed\n  help: try `kpp`\n"
    );
    t.unchanged(&before);
}

#[test]
fn add_refuses_a_duplicate_and_bad_input() {
    let t = fixture();
    t.run([
        "service",
        "add",
        "--name",
        "Dzielnicowy",
        "--provider",
        "kpp",
    ])
    .ok();
    let before = t.state();
    let run = t
        .run([
            "service",
            "add",
            "--name",
            "Dzielnicowy",
            "--provider",
            "gops",
        ])
        .fails(1);
    assert_eq!(
        run.stderr,
        "error: services/dzielnicowy.toml already exists; koop does not overwrite records\n  \
         help: edit the file (`koop edit`), or choose another ID\n"
    );
    t.unchanged(&before);
    let run = t
        .run([
            "service",
            "add",
            "--name",
            "X",
            "--provider",
            "kpp",
            "--id=X",
        ])
        .fails(1);
    assert!(
        run.stderr
            .starts_with("error: `X` is not a valid service ID: it contains 'X'"),
        "{}",
        run.stderr
    );
    let run = t
        .run([
            "service",
            "add",
            "--name",
            "X",
            "--provider",
            "kpp",
            "--contact",
            "",
        ])
        .fails(1);
    assert_eq!(run.stderr, "error: --contact cannot be empty\n");
    let run = t
        .run([
            "service",
            "add",
            "--name",
            "X",
            "--provider",
            "kpp",
            "--level",
            "kraj",
        ])
        .fails(2);
    assert!(
        run.stderr
            .contains("invalid value 'kraj' for '--level <LEVEL>'"),
        "{}",
        run.stderr
    );
    t.unchanged(&before);
}

fn with_services() -> Test {
    let t = fixture();
    for args in [
        &[
            "service",
            "add",
            "--name",
            "Poradnictwo rodzinne",
            "--provider",
            "gops",
            "--target-group",
            "rodziny",
        ][..],
        &[
            "service",
            "add",
            "--name",
            "Dzielnicowy",
            "--provider",
            "kpp",
        ],
        &[
            "service",
            "add",
            "--name",
            "Świetlica",
            "--provider",
            "sp1",
            "--target-group",
            "dzieci",
        ],
    ] {
        t.run(args).ok();
    }
    t
}

#[test]
fn list_shows_one_row_per_service_and_filters() {
    let t = with_services();
    let run = t.run(["service", "list"]).ok();
    assert_eq!(
        table(&run.stdout),
        [
            row(&["id", "name", "provider", "level", "target group"]),
            row(&["dzielnicowy", "Dzielnicowy", "kpp", "powiat", ""]),
            row(&[
                "poradnictwo-rodzinne",
                "Poradnictwo rodzinne",
                "gops",
                "gmina",
                "rodziny"
            ]),
            row(&["swietlica", "Świetlica", "sp1", "gmina", "dzieci"]),
        ]
    );
    let ids = |args: &[&str]| -> Vec<String> {
        let mut all = vec!["service", "list"];
        all.extend_from_slice(args);
        table(&t.run(all).ok().stdout)
            .into_iter()
            .skip(1)
            .map(|r| r[0].clone())
            .collect()
    };
    assert_eq!(ids(&["--provider", "gops"]), ["poradnictwo-rodzinne"]);
    assert_eq!(
        ids(&["--level", "gmina"]),
        ["poradnictwo-rodzinne", "swietlica"]
    );
    assert_eq!(
        ids(&["--provider", "kpp", "--level", "powiat"]),
        ["dzielnicowy"]
    );
    assert_eq!(
        t.run(["service", "list", "--level", "wojewodztwo"])
            .ok()
            .stdout,
        "(none)\n"
    );
    assert_eq!(
        Test::init().run(["service", "list"]).ok().stdout,
        "(none)\n"
    );
}

#[test]
fn list_json_has_a_stable_shape() {
    let t = with_services();
    let run = t
        .run(["service", "list", "--provider", "gops", "--format", "json"])
        .ok();
    assert_eq!(
        run.json(),
        json!([{
            "id": "poradnictwo-rodzinne",
            "name": "Poradnictwo rodzinne",
            "provider": "gops",
            "level": "gmina",
            "description": null,
            "target_group": "rodziny",
            "contact": null,
            "file": "services/poradnictwo-rodzinne.toml"
        }])
    );
    let all = t.run(["service", "list", "--format", "json"]).ok().json();
    assert_eq!(all.as_array().unwrap().len(), 3);
}
