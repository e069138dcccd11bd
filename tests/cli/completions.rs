//! `koop completions` and `koop man`: the bash script, sourced in bash, completes
//! subcommands, options and the repository's own IDs by asking koop; the man pages cover
//! every command.

use std::process::Command;

use crate::example;

/// Completes `line` (the cursor at its end) in bash with koop's script sourced, in `dir`;
/// returns the candidates.
fn complete_in_bash(dir: &std::path::Path, line: &str) -> Vec<String> {
    let script = Command::new(env!("CARGO_BIN_EXE_koop"))
        .args(["completions", "bash"])
        .output()
        .expect("koop completions");
    assert!(script.status.success());
    let words: Vec<&str> = line.split(' ').collect();
    let quoted: Vec<String> = words.iter().map(|w| format!("'{w}'")).collect();
    let program = format!(
        "{}\nCOMP_WORDS=({})\nCOMP_CWORD={}\nCOMP_LINE='{line}'\nCOMP_POINT={}\nCOMP_TYPE=9\n_clap_complete_koop koop '{}' '{}'\nprintf '%s\\n' \"${{COMPREPLY[@]}}\"\n",
        String::from_utf8_lossy(&script.stdout),
        quoted.join(" "),
        words.len() - 1,
        line.len(),
        words.last().unwrap_or(&""),
        words.get(words.len().saturating_sub(2)).unwrap_or(&""),
    );
    let out = Command::new("bash")
        .arg("-c")
        .arg(&program)
        .current_dir(dir)
        .env("KOOP_TODAY", "2026-11-23")
        .env("KOOP_LANG", "en")
        .output()
        .expect("bash");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| l.trim().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

#[test]
fn bash_completes_subcommands_options_and_the_repositorys_ids() {
    let dir = example();
    let subcommands = complete_in_bash(&dir, "koop ca");
    assert_eq!(subcommands, ["case"], "{subcommands:?}");
    let cases = complete_in_bash(&dir, "koop case show 2026-00");
    assert_eq!(
        cases,
        ["2026-001", "2026-002", "2026-003", "2026-004", "2026-005"],
        "{cases:?}"
    );
    let teams = complete_in_bash(&dir, "koop team show p");
    assert_eq!(teams, ["pzk-przykladowo"], "{teams:?}");
    let people = complete_in_bash(&dir, "koop case new --coordinator tom");
    assert_eq!(people, ["tomasz-wojcik"], "{people:?}");
    let options = complete_in_bash(&dir, "koop doc karta 2026-002 --eva");
    assert_eq!(options, ["--evaluation"], "{options:?}");
    let values = complete_in_bash(&dir, "koop case new --kind f");
    assert_eq!(values, ["family"], "{values:?}");
    // The Polish words the command line takes complete too.
    let polish = complete_in_bash(&dir, "koop case new --kind ro");
    assert_eq!(polish, ["rodzina"], "{polish:?}");
    let status = complete_in_bash(&dir, "koop institution add --kind szk");
    assert_eq!(status, ["szkoła"], "{status:?}");
    // A document completes the IDs of what it is about.
    let karta = complete_in_bash(&dir, "koop doc karta 2026-00");
    assert_eq!(karta.len(), 5, "{karta:?}");
    let porozumienie: Vec<String> = complete_in_bash(&dir, "koop doc porozumienie ")
        .into_iter()
        .filter(|w| !w.starts_with('-'))
        .collect();
    assert_eq!(
        porozumienie,
        ["ggk-przykladowo", "pzk-przykladowo"],
        "{porozumienie:?}"
    );
    let efekty = complete_in_bash(&dir, "koop doc efekty 2026");
    assert!(efekty.is_empty(), "{efekty:?}");
    // From elsewhere, `-C DIR` names the repository.
    let elsewhere = tempfile::tempdir().expect("tempdir");
    let line = format!("koop -C {} case show 2026-00", dir.display());
    let cases = complete_in_bash(elsewhere.path(), &line);
    assert_eq!(cases.len(), 5, "{cases:?}");
}

#[test]
fn every_shell_gets_a_script_and_man_writes_a_page_per_command() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let out = Command::new(env!("CARGO_BIN_EXE_koop"))
            .args(["completions", shell])
            .output()
            .expect("koop completions");
        assert!(out.status.success(), "{shell}");
        assert!(
            String::from_utf8_lossy(&out.stdout).contains("COMPLETE"),
            "{shell}"
        );
    }
    let t = crate::Test::new();
    t.run(["completions", "tcsh"]).fails(2);
    // The folder is named: never a repository's own folder by default.
    t.run(["man"]).fails(2);
    let run = t.run(["man", "nie-ma"]).fails(1);
    assert!(run.stderr.contains("does not exist"), "{}", run.stderr);
    std::fs::create_dir(t.path().join("man")).expect("mkdir");
    t.run(["man", "man"]).ok();
    for page in [
        "koop.1",
        "koop-case.1",
        "koop-case-new.1",
        "koop-doc-karta.1",
    ] {
        let text = t.read(&format!("man/{page}"));
        assert!(text.starts_with(".ie \\n(.g .ds Aq"), "{page}: {text}");
    }
    assert!(t.read("man/koop-case-new.1").contains("coordinator"));
}
