//! Repository discovery, `-C`, and running outside a repository.

use crate::Test;

#[test]
fn outside_a_repository_commands_fail_clearly() {
    let t = Test::new();
    let run = t.run(["institution", "list"]).fails(2);
    assert!(
        run.stderr.contains("not in a koop repository"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("koop init gmina"), "{}", run.stderr);
}

#[test]
fn commands_work_from_a_subfolder_and_with_dash_c() {
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
    let sub = t.path().join("institutions/gops");
    let run = t
        .run_in(&sub, ["institution", "list", "--format", "json"])
        .ok();
    assert!(run.stdout.contains("\"id\": \"gops\""), "{}", run.stdout);
    let outside = tempfile::tempdir().unwrap();
    let dir = t.path().to_string_lossy().to_string();
    let run = t
        .run_in(outside.path(), ["-C", &dir, "institution", "list"])
        .ok();
    assert!(run.stdout.contains("gops"), "{}", run.stdout);
}

/// Runs koop on a pseudo-terminal (`script`), with KOOP_PAGER writing what it is given to a
/// file; returns that file's text, or None when the pager was not used.
fn paged(args: &str) -> Option<String> {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("paged.txt");
    let status = std::process::Command::new("script")
        .args([
            "-qec",
            &format!("{} {args}", env!("CARGO_BIN_EXE_koop")),
            "/dev/null",
        ])
        .env("KOOP_PAGER", format!("cat > '{}'", file.display()))
        .env("KOOP_TODAY", "2026-11-23")
        .env("KOOP_LANG", "en")
        .stdout(std::process::Stdio::null())
        .status()
        .expect("script (util-linux) runs koop on a pseudo-terminal");
    assert!(status.success());
    std::fs::read_to_string(&file).ok()
}

/// Like git: on a terminal, output goes through the pager (KOOP_PAGER, PAGER, less -FRX);
/// --no-pager, a pipe, and commands that talk with the user print straight.
#[test]
fn output_on_a_terminal_goes_through_the_pager_unless_told_otherwise() {
    let example = crate::example().to_string_lossy().to_string();
    let text = paged(&format!("-C {example} rules")).expect("rules were paged");
    // The pseudo-terminal reports a width of 0: the table takes 80 columns, not one each.
    assert!(text.contains("K001"), "{text}");
    // Colour codes (the terminal gets them) take no columns.
    let plain = |l: &str| {
        let mut out = String::new();
        let mut in_escape = false;
        for c in l.chars() {
            match (in_escape, c) {
                (false, '\x1b') => in_escape = true,
                (true, 'm') => in_escape = false,
                (false, _) => out.push(c),
                _ => {}
            }
        }
        out
    };
    assert!(
        text.lines().all(|l| plain(l).chars().count() <= 80),
        "{text}"
    );
    assert!(
        text.contains("\x1b["),
        "states that need attention are coloured: {text}"
    );
    assert_eq!(paged(&format!("--no-pager -C {example} rules")), None);
    // A pager that cannot run does not swallow the output.
    let out = std::process::Command::new("script")
        .args([
            "-qec",
            &format!("{} -C {example} rules", env!("CARGO_BIN_EXE_koop")),
            "/dev/null",
        ])
        .env("KOOP_PAGER", "no-such-pager-anywhere")
        .env("KOOP_TODAY", "2026-11-23")
        .env("KOOP_LANG", "en")
        .output()
        .expect("script");
    let shown = String::from_utf8_lossy(&out.stdout);
    assert!(shown.contains("K001"), "{shown}");
    assert!(shown.contains("the pager could not run"), "{shown}");
    assert_eq!(paged("completions bash"), None);
    // Not on a terminal (the tests' own pipe): never paged.
    let t = crate::Test::new();
    let run = t.run(["rules"]).ok();
    assert!(run.stdout.contains("K001"));
}

/// Polish words are accepted wherever a domain word is typed; records and JSON keep the one
/// canonical word.
#[test]
fn polish_words_are_accepted_as_values_and_recorded_canonically() {
    let t = crate::fixture();
    t.run([
        "institution",
        "add",
        "--id",
        "sp2",
        "--name",
        "Szkoła Podstawowa nr 2",
        "--kind",
        "szkoła",
        "--level",
        "gmina",
    ])
    .ok();
    assert!(
        t.read("institutions/sp2/institution.toml")
            .contains("kind = \"school\"")
    );
    t.run([
        "institution",
        "add",
        "--id",
        "kuratorzy",
        "--name",
        "Zespół Kuratorskiej Służby Sądowej",
        "--kind",
        "kuratorzy",
        "--level",
        "powiat",
    ])
    .ok();
    let id = t
        .run([
            "case",
            "new",
            "--kind",
            "rodzina",
            "--referred-by",
            "sp2",
            "--date",
            "2026-03-02",
        ])
        .ok()
        .stdout
        .trim()
        .to_string();
    let listed = t
        .run(["case", "list", "--status", "zgłoszona", "--format", "json"])
        .ok()
        .json();
    assert_eq!(listed[0]["id"], id.as_str());
    assert_eq!(listed[0]["kind"], "family");
    assert_eq!(listed[0]["status"], "referred");
    let none = t
        .run(["case", "list", "--status", "zakończona", "--format", "json"])
        .ok()
        .json();
    assert_eq!(none, serde_json::json!([]));
    // A word that is neither is refused, listing the canonical words.
    let run = t.run(["case", "list", "--status", "gotowa"]).fails(2);
    assert!(run.stderr.contains("referred"), "{}", run.stderr);
}

/// Help that teaches: global options under their own heading, dates with their format,
/// options only where they apply, examples at the end.
#[test]
fn help_shows_what_applies_with_formats_and_examples() {
    let t = crate::Test::new();
    let help = t.run(["case", "consent", "--help"]).ok().stdout;
    let global = help
        .find("Global options:")
        .expect("a Global options heading");
    let own = help.find("--form").expect("the command's own option");
    assert!(own < global, "{help}");
    assert!(help.contains("--date <YYYY-MM-DD>"), "{help}");
    assert!(
        help.trim_end()
            .lines()
            .last()
            .is_some_and(|l| l.starts_with("  koop case consent")),
        "{help}"
    );
    let karta = t.run(["doc", "karta", "--help"]).ok().stdout;
    assert!(!karta.contains("--month"), "{karta}");
    assert!(!karta.contains("--variant"), "{karta}");
    assert!(karta.contains("--evaluation <YYYY-MM-DD>"), "{karta}");
    let monitoring = t.run(["doc", "monitoring", "--help"]).ok().stdout;
    assert!(monitoring.contains("--month <YYYY-MM>"), "{monitoring}");
    assert!(!monitoring.contains("--evaluation"), "{monitoring}");
    // A hidden option still works where it applies, and is refused where it does not.
    let dir = crate::example().to_string_lossy().to_string();
    let run = t
        .run(["-C", &dir, "doc", "karta", "2026-002", "--month", "2026-10"])
        .fails(1);
    assert!(
        run.stderr
            .contains("--month applies to `koop doc monitoring`"),
        "{}",
        run.stderr
    );
}

/// Tables fit the width (COLUMNS, the terminal's, or 80 when piped) by wrapping prose
/// columns between words; a date, an ID, a number or a code is never split.
#[test]
fn tables_fit_the_width_by_wrapping_prose_only() {
    let dir = crate::example().to_string_lossy().to_string();
    for columns in ["80", "0", "100"] {
        let t = crate::Test::new();
        let run = t
            .run_env(
                t.path(),
                &[("COLUMNS", std::ffi::OsStr::new(columns))],
                ["-C", dir.as_str(), "rules"],
            )
            .ok();
        let width: usize = columns
            .parse::<usize>()
            .ok()
            .filter(|w| *w > 0)
            .unwrap_or(80);
        for line in run.stdout.lines() {
            assert!(line.chars().count() <= width, "{columns}: {line}");
        }
        // Every code whole, on its own line's first cell.
        for n in 1..=47 {
            let code = format!("K{n:03}");
            assert!(
                run.stdout
                    .lines()
                    .any(|l| l.starts_with(&format!("│ {code} "))
                        || l.starts_with(&format!("{code} "))),
                "{columns}: {code} split or missing"
            );
        }
        // The long views are laid out compactly: every line fits, every date and step whole.
        for view in [&["model", "status"][..], &["doc", "list"][..]] {
            let t = crate::Test::new();
            let mut args = vec!["-C", dir.as_str()];
            args.extend(view);
            let run = t
                .run_env(
                    t.path(),
                    &[("COLUMNS", std::ffi::OsStr::new(columns))],
                    args,
                )
                .ok();
            for line in run.stdout.lines() {
                assert!(line.chars().count() <= width, "{columns} {view:?}: {line}");
            }
            if view[0] == "model" {
                for step in ["1.1", "2.4", "5.2", "6.1", "7.2", "9.3", "10.3"] {
                    assert!(
                        run.stdout
                            .lines()
                            .any(|l| l.split_whitespace().any(|w| w == step)),
                        "{columns}: step {step} split:\n{}",
                        run.stdout
                    );
                }
                assert!(run.stdout.contains("2026-01-14"), "{}", run.stdout);
            } else {
                for kind in ["zgloszenie-rops", "karta", "lista-obecnosci", "lista-uslug"] {
                    assert!(
                        run.stdout
                            .lines()
                            .any(|l| l == kind || l.starts_with(&format!("{kind} "))),
                        "{columns}: {kind}:\n{}",
                        run.stdout
                    );
                }
            }
        }
        // A table of IDs and dates keeps every date whole (it may then be wider than the
        // width: splitting a date or an ID is never the way to fit).
        let t = crate::Test::new();
        let run = t
            .run_env(
                t.path(),
                &[("COLUMNS", std::ffi::OsStr::new(columns))],
                ["-C", dir.as_str(), "case", "list"],
            )
            .ok();
        for date in ["2026-03-18", "2026-05-06", "2026-10-14"] {
            assert!(
                run.stdout.contains(date),
                "{columns}: {date} split:\n{}",
                run.stdout
            );
        }
    }
}
