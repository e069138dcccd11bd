//! `koop region`: a workspace over many gmina and powiat repositories (docs/region.md).

use std::path::Path;

use crate::{Test, example_copy, fixture, git, git_available};

/// A workspace `ws` in a fresh folder, with the given repositories added by path.
fn workspace(repos: &[(&Path, &str)]) -> Test {
    let t = Test::new();
    t.run(["region", "init", "ws", "--name", "Mazowsze"]).ok();
    let ws = t.path().join("ws");
    for (path, name) in repos {
        t.run_in(
            &ws,
            ["region", "add", &path.to_string_lossy(), "--name", name],
        )
        .ok()
        .out_has(&format!("Added {name}"));
    }
    t
}

fn ws(t: &Test) -> std::path::PathBuf {
    t.path().join("ws")
}

#[test]
fn stats_across_two_repositories_give_each_and_the_sum() {
    let a = example_copy();
    let b = example_copy();
    // The second has one case fewer.
    std::fs::remove_dir_all(b.path().join("cases/2026-005-pmks")).unwrap();
    let t = workspace(&[(a.path(), "przykladowo"), (b.path(), "dabrowka")]);
    let text = t.read("ws/koop-region.toml");
    assert!(text.contains("[region]\nname = \"Mazowsze\""), "{text}");
    assert!(
        text.contains("[[repository]]\nname = \"przykladowo\""),
        "{text}"
    );
    // The same folder or name twice is refused.
    t.run_in(&ws(&t), ["region", "add", &a.path().to_string_lossy()])
        .fails(1)
        .err_has("is listed already");
    t.run_in(
        &ws(&t),
        [
            "region",
            "add",
            &b.path().to_string_lossy(),
            "--name",
            "przykladowo",
        ],
    )
    .fails(1)
    .err_has("named `przykladowo` already");
    // Not a koop repository.
    t.run_in(&ws(&t), ["region", "add", "."])
        .fails(1)
        .err_has("is not a koop repository");
    let list = t
        .run(["-C", "ws", "region", "list", "--format", "json"])
        .ok()
        .json();
    // Sorted by name.
    assert_eq!(list["repositories"][0]["name"], "dabrowka");
    assert_eq!(list["repositories"][1]["name"], "przykladowo");

    let s = t
        .run(["-C", "ws", "region", "stats", "--format", "json"])
        .ok()
        .json();
    assert_eq!(s["region"], "Mazowsze");
    let repos = s["repositories"].as_array().unwrap();
    assert_eq!(repos.len(), 2);
    assert_eq!(repos[0]["name"], "dabrowka");
    let one = &repos[0]["figures"];
    let two = &repos[1]["figures"];
    assert_eq!(one["cases"]["total"], 4);
    assert_eq!(two["cases"]["total"], 5);
    assert_eq!(s["total"]["cases"]["total"], 9);
    for key in ["active", "closed", "not-qualified", "referred"] {
        assert_eq!(
            s["total"]["cases"]["by_status"][key].as_u64().unwrap(),
            one["cases"]["by_status"][key].as_u64().unwrap()
                + two["cases"]["by_status"][key].as_u64().unwrap(),
            "{key}"
        );
    }
    assert_eq!(
        s["total"]["goals"]["achieved"].as_u64().unwrap(),
        one["goals"]["achieved"].as_u64().unwrap() + two["goals"]["achieved"].as_u64().unwrap()
    );
    assert_eq!(s["total"]["meetings_held"], 14);
    assert_eq!(s["total"]["repositories"]["gmina"], 2);
    assert_eq!(s["failed"], 0);
    // The table ends with the total; CSV has per-repository and TOTAL rows.
    let table = t.run(["-C", "ws", "region", "stats"]).ok();
    let rows = crate::table(&table.stdout);
    assert_eq!(rows.last().unwrap()[0], "TOTAL");
    assert_eq!(rows.last().unwrap()[2], "9");
    let csv = t
        .run(["-C", "ws", "region", "stats", "--format", "csv"])
        .ok()
        .stdout;
    assert!(
        csv.starts_with("repository,section,item,value\r\n"),
        "{csv}"
    );
    assert!(csv.contains("dabrowka,cases,total,4\r\n"), "{csv}");
    assert!(csv.contains("TOTAL,cases,total,9\r\n"), "{csv}");
    // Status and check, from inside the workspace.
    let status = t
        .run_in(&ws(&t), ["region", "status", "--format", "json"])
        .ok()
        .json();
    assert_eq!(status["repositories"][1]["figures"]["kind"], "gmina");
    assert_eq!(status["repositories"][1]["figures"]["cases"], 5);
    assert_eq!(
        status["repositories"][1]["figures"]["course"]["stage"],
        "III"
    );
    let check = t
        .run_in(&ws(&t), ["region", "check", "--format", "json"])
        .ok()
        .json();
    assert_eq!(check["total"]["errors"], 0);
    // Polish.
    t.run_env(
        &ws(&t),
        &[("KOOP_LANG", "pl".as_ref())],
        ["region", "stats"],
    )
    .ok()
    .out_has("RAZEM");
}

/// The lists the ROPS keeps: the regional list of services, and the needs reported to it
/// (zał. 1); a repository that has not reported, and one that cannot be read, are said so.
#[test]
fn reports_list_every_repositorys_services_and_needs() {
    let a = example_copy();
    let b = example_copy();
    // The second has not reported to the ROPS, and has one service fewer.
    let course = b.read("course/1.toml");
    let start = course.find("[steps.\"2.4\"]").unwrap();
    let end = start + course[start + 1..].find("\n[").unwrap() + 1;
    b.write(
        "course/1.toml",
        format!("{}{}", &course[..start], &course[end..]),
    );
    std::fs::remove_file(b.path().join("services/asystent-rodziny.toml")).unwrap();
    let t = workspace(&[(a.path(), "przykladowo"), (b.path(), "dabrowka")]);
    let all = t
        .run([
            "-C", "ws", "region", "report", "services", "--format", "json",
        ])
        .ok()
        .json();
    let all = all.as_array().unwrap();
    let count = |name: &str| all.iter().filter(|s| s["repository"] == name).count();
    assert_eq!(count("przykladowo"), count("dabrowka") + 1, "{all:?}");
    assert_eq!(all[0]["repository"], "dabrowka", "sorted by repository");
    let asystent = all.iter().find(|s| s["id"] == "asystent-rodziny").unwrap();
    assert_eq!(asystent["repository"], "przykladowo");
    assert_eq!(
        asystent["provider"],
        "Gminny Ośrodek Pomocy Społecznej w Przykładowie"
    );
    // --level keeps one level only.
    let csv = t
        .run([
            "-C",
            "ws",
            "region",
            "report",
            "services",
            "--level",
            "wojewodztwo",
            "--format",
            "csv",
        ])
        .ok()
        .stdout;
    let lines: Vec<&str> = csv.lines().collect();
    assert!(
        lines[0].starts_with("repository,unit,id,name,provider,level"),
        "{csv}"
    );
    assert_eq!(lines.len(), 3, "{csv}");
    assert!(
        lines[1..].iter().all(|l| l.contains(",wojewodztwo,")),
        "{csv}"
    );
    let needs = t
        .run(["-C", "ws", "region", "report", "needs", "--format", "json"])
        .ok()
        .json();
    assert_eq!(needs[0]["repository"], "dabrowka");
    assert!(needs[0]["reported"].is_null(), "{needs}");
    assert_eq!(needs[1]["reported"], "2026-03-02");
    assert_eq!(needs[1]["resources_assessed"], true);
    let table = t.run(["-C", "ws", "region", "report", "needs"]).ok();
    let rows = crate::table(&table.stdout);
    assert_eq!(rows[1][2], "(not reported)");
    t.run_env(
        &ws(&t),
        &[("KOOP_LANG", "pl".as_ref())],
        ["region", "report", "needs"],
    )
    .ok()
    .out_has("(nie zgłoszono)");
    // A repository that cannot be read: the others are listed, exit 2.
    b.write("koop.toml", "[koop\n");
    let run = t
        .run([
            "-C", "ws", "region", "report", "services", "--format", "json",
        ])
        .fails(2);
    run.err_has("dabrowka:");
    assert!(
        run.json()
            .as_array()
            .unwrap()
            .iter()
            .all(|s| s["repository"] == "przykladowo")
    );
}

#[test]
fn a_broken_or_missing_repository_is_reported_and_the_others_are_shown() {
    let a = example_copy();
    let b = example_copy();
    let t = workspace(&[(a.path(), "dobra"), (b.path(), "zepsuta")]);
    // One repository's koop.toml breaks, another disappears.
    b.write("koop.toml", "[koop\n");
    let c = example_copy();
    t.run_in(
        &ws(&t),
        [
            "region",
            "add",
            &c.path().to_string_lossy(),
            "--name",
            "znikla",
        ],
    )
    .ok();
    drop(c);
    let run = t
        .run(["-C", "ws", "region", "stats", "--format", "json"])
        .fails(2);
    run.err_has("zepsuta:")
        .err_has("znikla: there is no folder");
    let s = run.json();
    assert_eq!(s["failed"], 2);
    assert_eq!(s["repositories"][0]["figures"]["cases"]["total"], 5);
    assert!(s["repositories"][1]["error"].is_string(), "{s}");
    assert!(
        s["repositories"][2]["error"]
            .as_str()
            .unwrap()
            .contains("no folder")
    );
    assert_eq!(s["total"]["cases"]["total"], 5);
    let run = t.run(["-C", "ws", "region", "status"]).fails(2);
    let rows = crate::table(&run.stdout);
    assert_eq!(rows[1][0], "dobra");
    assert_eq!(rows[1][1], "gmina");
    assert_eq!(rows[2][1], "(error)");
    t.run(["-C", "ws", "region", "check"]).fails(2);
    // Outside any workspace.
    t.run(["region", "status"])
        .fails(2)
        .err_has("no region workspace here");
}

#[test]
fn a_git_remote_is_cloned_by_pull_and_counted() {
    if !git_available() {
        eprintln!("skipped: needs git");
        return;
    }
    let src = example_copy();
    git(src.path(), &["init", "-q", "-b", "main"]);
    git(src.path(), &["add", "-A"]);
    git(src.path(), &["commit", "-q", "-m", "example"]);
    let t = Test::new();
    git(
        t.path(),
        &[
            "clone",
            "-q",
            "--bare",
            &src.path().to_string_lossy(),
            "powiat.git",
        ],
    );
    let url = format!("file://{}", t.path().join("powiat.git").display());
    t.run(["region", "init", "ws"]).ok();
    t.run_in(&ws(&t), ["region", "add", &url])
        .ok()
        .out_has("Added powiat");
    t.run_in(&ws(&t), ["region", "add", "file:///nowhere/gmina.git"])
        .ok()
        .out_has("Added gmina");
    // Not cloned yet: reported, with what to do.
    t.run(["-C", "ws", "region", "stats"])
        .fails(2)
        .err_has("koop region pull");
    let run = t.run(["-C", "ws", "region", "pull"]).fails(2);
    run.err_has("gmina:");
    let rows = crate::table(&run.stdout);
    assert_eq!(rows[1], crate::row(&["gmina", "failed"]));
    assert_eq!(rows[2], crate::row(&["powiat", "cloned"]));
    assert!(t.exists("ws/repos/powiat/koop.toml"));
    assert!(t.read("ws/.gitignore").contains("/repos/"));
    // Again: brought up to date.
    let run = t.run(["-C", "ws", "region", "pull"]).fails(2);
    assert_eq!(
        crate::table(&run.stdout)[2],
        crate::row(&["powiat", "up to date"])
    );
    let s = t
        .run(["-C", "ws", "region", "stats", "--format", "json"])
        .fails(2)
        .json();
    assert_eq!(s["repositories"][1]["figures"]["cases"]["total"], 5);
    let status = t
        .run(["-C", "ws", "region", "status", "--format", "json"])
        .fails(2)
        .json();
    assert!(
        status["repositories"][1]["figures"]["last_change"].is_string(),
        "{status}"
    );
}

#[test]
fn no_identity_is_needed_for_encrypted_repositories() {
    let g = fixture();
    crate::privacy::sensitive_case(&g);
    assert!(
        g.files().iter().any(|f| f.ends_with("members.toml.age")),
        "{:?}",
        g.files()
    );
    let t = workspace(&[(g.path(), "szyfrowana")]);
    // A ROPS user: no identity anywhere.
    let nowhere = tempfile::tempdir().expect("tmp");
    let env = [
        ("HOME", nowhere.path().as_os_str()),
        ("XDG_CONFIG_HOME", nowhere.path().as_os_str()),
    ];
    let run = t
        .run_env(&ws(&t), &env, ["region", "stats", "--format", "json"])
        .ok();
    assert!(!run.stderr.contains("decrypt"), "{}", run.stderr);
    assert!(!run.stderr.contains("identity"), "{}", run.stderr);
    let s = run.json();
    assert_eq!(s["total"]["cases"]["total"], 1);
    assert_eq!(s["total"]["cases"]["by_status"]["qualified"], 1);
    // The members are not read: the case is counted as not readable.
    assert_eq!(s["total"]["people"]["cases_not_readable"], 1);
    assert!(!run.stdout.contains("Zenobia"));
    t.run_env(&ws(&t), &env, ["region", "status"]).ok();
    let check = t.run_env(&ws(&t), &env, ["region", "check", "--format", "json"]);
    assert!(!check.stderr.contains("decrypt"), "{}", check.stderr);
}

#[test]
fn a_path_given_relative_is_kept_relative_to_the_workspace() {
    let t = Test::new();
    t.run(["region", "init", "ws"]).ok();
    let src = crate::example();
    t.run(["region", "init", "ws2"]).ok();
    std::fs::create_dir_all(t.path().join("gminy")).unwrap();
    t.write("gminy/a/koop.toml", crate::INIT_CONFIG);
    t.run_in(&ws(&t), ["region", "add", "../gminy/a"]).ok();
    // The same folder however it is written.
    let abs = t.path().join("gminy/a").to_string_lossy().to_string();
    t.run(["-C", "ws", "region", "add", &abs, "--name", "b"])
        .fails(1)
        .err_has("is listed already");
    t.run(["region", "add", "gminy/a"])
        .fails(2)
        .err_has("no region workspace here");
    assert!(
        t.read("ws/koop-region.toml")
            .contains("path = \"../gminy/a\"")
    );
    // An absolute path stays absolute.
    t.run_in(
        &t.path().join("ws2"),
        ["region", "add", &src.to_string_lossy()],
    )
    .ok();
    assert!(
        t.read("ws2/koop-region.toml")
            .contains(&format!("path = \"{}\"", src.display()))
    );
    t.run(["-C", "ws", "region", "stats"]).ok();
}

#[test]
fn check_exits_1_when_a_repository_has_errors() {
    let a = example_copy();
    let b = example_copy();
    b.write("institutions/zla/institution.toml", "name = \n");
    let t = workspace(&[(a.path(), "a"), (b.path(), "b")]);
    let run = t.run(["-C", "ws", "region", "check"]).fails(1);
    let rows = crate::table(&run.stdout);
    assert_eq!(rows[1], crate::row(&["a", "0", "0"]));
    assert_eq!(rows[2][0], "b");
    assert_ne!(rows[2][1], "0");
    assert_eq!(rows[3][0], "TOTAL");
    assert_eq!(rows[3][1], rows[2][1]);
}

/// Each repository is checked on its own `[koop] as_of`, as `koop check` in it is: the
/// example, which describes 23 November 2026, is clean in the region's check on any day.
#[test]
fn check_takes_each_repositorys_own_date() {
    let a = example_copy();
    let t = workspace(&[(a.path(), "a")]);
    let clock: &[(&str, &std::ffi::OsStr)] = &[("KOOP_TODAY", "".as_ref())];
    t.run_env(a.path(), clock, ["check"])
        .ok()
        .out_has("no problems");
    let json = t
        .run_env(&ws(&t), clock, ["region", "check", "--format", "json"])
        .ok()
        .json();
    assert_eq!(json["total"]["errors"], 0, "{json:#}");
    assert_eq!(json["total"]["warnings"], 0, "{json:#}");
}
