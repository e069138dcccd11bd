//! README.md's quick start, run as a newcomer runs it: every line of its code blocks, in a
//! temporary home and folder, with the koop just built first on PATH and the calendar's date.

use std::process::Command;

use crate::Test;

/// The shell code of the README's "Quick start" section: its ```sh blocks, in order.
fn quick_start() -> String {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"))
        .expect("README.md");
    let start = readme
        .find("\n## Quick start\n")
        .expect("README.md has a `## Quick start` section");
    let section = &readme[start + 1..];
    let section = &section[..section[3..].find("\n## ").map_or(section.len(), |i| i + 3)];
    let mut code = String::new();
    let mut rest = section;
    while let Some(open) = rest.find("```sh\n") {
        let body = &rest[open + 6..];
        let close = body.find("```").expect("a closed code block");
        code.push_str(&body[..close]);
        rest = &body[close + 3..];
    }
    assert!(!code.is_empty(), "the quick start has no ```sh block");
    code
}

#[test]
#[cfg(unix)]
fn the_readme_quick_start_runs_as_written_and_ends_clean() {
    let code = quick_start();
    let last = code
        .lines()
        .map(str::trim)
        .rfind(|l| !l.is_empty() && !l.starts_with('#'))
        .unwrap_or_default();
    assert_eq!(
        last, "koop check",
        "the quick start should end with `koop check`"
    );

    let t = Test::new();
    // `koop edit` and `koop monitor month` open $EDITOR: a user who closes it unchanged.
    let editor = t.script("editor", "exit 0");
    let home = editor.parent().unwrap().to_path_buf();
    let script = format!(
        "set -eu -o pipefail\n\
         trap 'echo \"quick start: failed: $BASH_COMMAND\" >&2' ERR\n\
         {code}"
    );
    std::fs::write(home.join("quick-start.sh"), &script).unwrap();
    let bin = std::path::Path::new(env!("CARGO_BIN_EXE_koop"))
        .parent()
        .unwrap()
        .to_path_buf();
    let path = std::env::join_paths(
        std::iter::once(bin).chain(std::env::split_paths(&std::env::var_os("PATH").unwrap())),
    )
    .unwrap();
    let env = |cmd: &mut Command| {
        cmd.env_clear()
            .env("PATH", &path)
            .env("HOME", &home)
            .env("LANG", "C.UTF-8")
            .env("NO_COLOR", "1")
            .env("EDITOR", &editor)
            .env("USER", "tester");
    };
    let mut bash = Command::new("bash");
    bash.arg(home.join("quick-start.sh")).current_dir(t.path());
    env(&mut bash);
    let out = bash.output().expect("bash");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "a quick start command failed\n--- stdout\n{stdout}\n--- stderr\n{stderr}"
    );
    assert!(
        stdout
            .trim_end()
            .lines()
            .last()
            .unwrap_or_default()
            .ends_with("files: no problems"),
        "the last `koop check` found problems\n--- stdout\n{stdout}\n--- stderr\n{stderr}"
    );
    assert!(
        !stderr.contains("personal data in plain text inside the repository"),
        "{stderr}"
    );

    // The repository it made, checked again on its own: nothing to report.
    let mut check = Command::new(env!("CARGO_BIN_EXE_koop"));
    check.arg("check").current_dir(home.join("my-gmina"));
    env(&mut check);
    let out = check.output().unwrap();
    let (stdout, stderr) = (
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
    );
    assert!(out.status.success(), "{stdout}{stderr}");
    assert!(stdout.ends_with("files: no problems\n"), "{stdout}{stderr}");
    assert_eq!(stderr, "");
}
