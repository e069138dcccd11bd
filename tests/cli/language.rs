//! Polish and English: the language follows KOOP_LANG, the repository's setting, then the
//! locale; messages, findings, help and usage errors speak it.

use std::ffi::OsStr;

use crate::{Run, Test, example};

/// Runs koop on the bundled example with the given environment.
fn on_example(env: &[(&str, &str)], args: &[&str]) -> Run {
    let t = Test::new();
    let env: Vec<(&str, &OsStr)> = env.iter().map(|(k, v)| (*k, OsStr::new(*v))).collect();
    let mut all = vec!["-C".to_string(), example().display().to_string()];
    all.extend(args.iter().map(|a| a.to_string()));
    t.run_env(t.path(), &env, all)
}

// In December the example's November monitoring is due: one warning to read.
const PL: &[(&str, &str)] = &[("LANG", "pl_PL.UTF-8"), ("KOOP_TODAY", "2026-12-02")];
const EN: &[(&str, &str)] = &[("LANG", "C.UTF-8"), ("KOOP_TODAY", "2026-12-02")];

#[test]
fn findings_and_their_summary_follow_the_locale() {
    let pl = on_example(PL, &["check"]).ok();
    pl.out_has("ostrzeżenie[K020]: ")
        .out_has("= wskazówka: ")
        .out_has("0 błędów, 1 ostrzeżenie");
    assert!(!pl.stdout.contains("warning"), "{}", pl.stdout);
    let en = on_example(EN, &["check"]).ok();
    en.out_has("warning[K020]: ").out_has("0 errors, 1 warning");
}

#[test]
fn koop_lang_overrides_the_locale_and_lc_all_overrides_lang() {
    let check = |env: &[(&str, &str)]| {
        let mut env = env.to_vec();
        env.push(("KOOP_TODAY", "2026-12-02"));
        on_example(&env, &["check"]).ok().stdout
    };
    let polish = |out: String| out.contains("0 błędów, 1 ostrzeżenie");
    assert!(!polish(check(&[
        ("LANG", "pl_PL.UTF-8"),
        ("KOOP_LANG", "en")
    ])));
    assert!(polish(check(&[("LANG", "C.UTF-8"), ("KOOP_LANG", "pl")])));
    assert!(polish(check(&[
        ("LANG", "C.UTF-8"),
        ("LC_ALL", "pl_PL.UTF-8")
    ])));
    assert!(!polish(check(&[
        ("LANG", "pl_PL.UTF-8"),
        ("LC_MESSAGES", "en_GB.UTF-8")
    ])));
    assert!(polish(check(&[("LC_ALL", ""), ("LANG", "pl_PL")])));
}

#[test]
fn a_repository_started_in_a_polish_locale_speaks_polish_to_everyone() {
    let t = Test::new();
    let pl = [("LANG", OsStr::new("pl_PL.UTF-8"))];
    t.run_env(
        t.path(),
        &pl,
        ["init", "gmina", "--name", "Przykładowo", "--no-git"],
    )
    .ok();
    assert!(
        t.read("koop.toml").contains("language = \"pl\""),
        "{}",
        t.read("koop.toml")
    );
    // A colleague in an English locale (the harness runs in C.UTF-8) reads Polish; KOOP_LANG
    // still chooses for one person.
    t.run(["rules", "--help"]).ok().out_has("Użycie:");
    t.run_env(
        t.path(),
        &[("KOOP_LANG", OsStr::new("en"))],
        ["rules", "--help"],
    )
    .ok()
    .out_has("Usage:");
    // Help is in the repository's language too, also with -C from elsewhere.
    let elsewhere = Test::new();
    let dir = t.path().display().to_string();
    elsewhere
        .run(["-C", &dir, "check", "--help"])
        .ok()
        .out_has("Użycie:");
}

#[test]
fn a_repository_started_in_an_english_locale_follows_each_users_locale() {
    let t = Test::init();
    assert!(
        !t.read("koop.toml").contains("language"),
        "{}",
        t.read("koop.toml")
    );
    t.run_env(
        t.path(),
        &[("LANG", OsStr::new("pl_PL.UTF-8"))],
        ["rules", "--help"],
    )
    .ok()
    .out_has("Użycie:");
    t.run(["rules", "--help"]).ok().out_has("Usage:");
    let forced = Test::new();
    forced
        .run([
            "init",
            "gmina",
            "--name",
            "X",
            "--no-git",
            "--language",
            "polski",
        ])
        .ok();
    assert!(forced.read("koop.toml").contains("language = \"pl\""));
}

#[test]
fn help_speaks_the_language_with_its_headings() {
    let pl = on_example(PL, &["case", "new", "--help"]).ok();
    for heading in [
        "Użycie:",
        "Opcje:",
        "Opcje ogólne:",
        "Przykłady:",
        "Możliwe wartości:",
    ] {
        pl.out_has(heading);
    }
    assert!(!pl.stdout.contains("Register a referral"), "{}", pl.stdout);
    pl.out_has("Użycie: koop case new [OPCJE] --kind");
    let en = on_example(EN, &["case", "new", "--help"]).ok();
    for heading in [
        "Usage:",
        "Options:",
        "Global options:",
        "Examples:",
        "Possible values:",
    ] {
        en.out_has(heading);
    }
    en.out_has("Register a referral");
    on_example(PL, &["--help"])
        .ok()
        .out_has("Polecenia:")
        .out_has("Pokaż tę pomoc");
}

#[test]
fn usage_errors_speak_the_language() {
    let pl = on_example(PL, &["case", "nwe"]).fails(2);
    pl.err_has("błąd: nieznane polecenie 'nwe'")
        .err_has("Użycie: koop case")
        .err_has("Więcej informacji: --help.");
    let pl = on_example(PL, &["case", "list", "--status", "zamknieta-x"]).fails(2);
    pl.err_has("niepoprawna wartość 'zamknieta-x'");
    on_example(EN, &["case", "nwe"])
        .fails(2)
        .err_has("error: unrecognized subcommand 'nwe'")
        .err_has("For more information, try '--help'.");
}

#[test]
fn tables_say_their_headers_and_words_in_the_language() {
    let pl = on_example(PL, &["case", "list"]).ok();
    let rows = crate::table(&pl.stdout);
    assert_eq!(
        rows[0][..4],
        ["sprawa", "rodzaj", "status", "zgłoszona"].map(String::from)
    );
    assert!(
        rows.iter()
            .any(|r| r[0] == "2026-001" && r[1] == "rodzina" && r[2] == "zakończona"),
        "{rows:?}"
    );
    let en = on_example(EN, &["case", "list"]).ok();
    let rows = crate::table(&en.stdout);
    assert_eq!(rows[0][..3], ["case", "kind", "status"].map(String::from));
    assert!(
        rows.iter()
            .any(|r| r[0] == "2026-001" && r[1] == "family" && r[2] == "closed")
    );
    // JSON keeps one spelling whatever the language.
    let json = on_example(PL, &["case", "list", "--format", "json"])
        .ok()
        .json();
    assert_eq!(json[0]["kind"], "family");
}

#[test]
fn counts_take_polish_plural_forms() {
    on_example(PL, &["check"])
        .ok()
        .out_has("sprawdzono 111 plików: ");
    let t = Test::init();
    t.run_env(t.path(), &[("KOOP_LANG", OsStr::new("pl"))], ["check"])
        .ok()
        .out_has("sprawdzono 1 plik: ");
    on_example(EN, &["check"])
        .ok()
        .out_has("checked 111 files: ");
}

#[test]
fn command_errors_and_hints_speak_the_language() {
    let pl = on_example(PL, &["case", "show", "2026-0099"]).fails(1);
    pl.err_has("błąd: nie ma sprawy o numerze `2026-0099`")
        .err_has("wskazówka: ");
    on_example(EN, &["case", "show", "2026-0099"])
        .fails(1)
        .err_has("error: ")
        .err_has("help: ");
}
