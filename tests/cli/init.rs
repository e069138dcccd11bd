//! `koop init gmina|powiat`: the files it creates, git, and what it refuses.

use std::process::Command;

use crate::{INIT_CONFIG, Test, git_available};

const GITIGNORE: &str = "# koop's lock file and temporary files of interrupted writes\n.koop.lock\n.koop-*.tmp\n\
     # Documents koop renders may carry personal data: print them, do not commit them.\n\
     *.pdf\n\
     *.html\n";
const GITATTRIBUTES: &str = "# Records are text; keep line endings as they are written. koop merges them by identity\n\
     # (`koop git setup` in each clone registers the drivers; docs/collaboration.md).\n\
     *.toml text merge=koop\n\
     # Encrypted personal data: merged and shown decrypted by koop for those who hold a key.\n\
     *.age -text merge=koop-age diff=koop-age\n";

/// Whether `dir` is inside a git work tree (then `koop init` must not run `git init`).
fn inside_git(dir: &std::path::Path) -> bool {
    Command::new("git")
        .args(["rev-parse", "--is-inside-work-tree"])
        .current_dir(dir)
        .output()
        .is_ok_and(|o| o.status.success())
}

#[test]
fn init_gmina_writes_the_config_the_folders_and_the_git_files() {
    let t = Test::new();
    let run = t
        .run([
            "init",
            "gmina",
            "--name",
            "Przykładowo",
            "--powiat",
            "przykładowski",
            "--wojewodztwo",
            "mazowieckie",
            "--teryt",
            "1401011",
            "--no-git",
            "repo",
        ])
        .ok();
    assert_eq!(
        run.stdout,
        "Initialised a koop repository for gmina Przykładowo in repo\n\
         Personal data is encrypted to keys/tester.txt, your identity [HOME]/.config/koop/identity.txt.\n\
         Next: koop institution add --name <NAME> --kind ops --level gmina\n"
    );
    assert_eq!(
        run.stderr,
        "created your identity at [HOME]/.config/koop/identity.txt (readable by you only): back it up somewhere safe; without it you cannot read the cases\n"
    );
    // The identity is private; the repository lists its public key.
    let identity = std::fs::read_to_string(t.identity()).expect("identity");
    assert!(identity.contains("AGE-SECRET-KEY-1"));
    let public = identity
        .lines()
        .find_map(|l| l.strip_prefix("# public key: "))
        .expect("public key comment");
    assert_eq!(t.read("repo/keys/tester.txt"), format!("{public}\n"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(t.identity())
            .expect("meta")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600, "identity must be private");
    }
    assert_eq!(
        t.files(),
        [
            "repo/.gitattributes",
            "repo/.gitignore",
            "repo/cases/.gitkeep",
            "repo/course/.gitkeep",
            "repo/institutions/.gitkeep",
            "repo/keys/tester.txt",
            "repo/koop.toml",
            "repo/meetings/.gitkeep",
            "repo/services/.gitkeep",
            "repo/teams/.gitkeep",
        ]
    );
    assert_eq!(
        t.read("repo/koop.toml"),
        "[koop]\n\
         format = 3\n\
         \n\
         [unit]\n\
         kind = \"gmina\"\n\
         name = \"Przykładowo\"\n\
         powiat = \"przykładowski\"\n\
         wojewodztwo = \"mazowieckie\"\n\
         teryt = \"1401011\"\n"
    );
    for keep in [
        "repo/institutions/.gitkeep",
        "repo/teams/.gitkeep",
        "repo/services/.gitkeep",
    ] {
        assert_eq!(t.read(keep), "", "{keep}");
    }
    assert_eq!(t.read("repo/.gitignore"), GITIGNORE);
    assert!(t.read("repo/.gitignore").lines().any(|l| l == ".koop.lock"));
    assert_eq!(t.read("repo/.gitattributes"), GITATTRIBUTES);
    assert!(!t.exists("repo/.git"), "--no-git must not run git init");

    // The new repository is usable and clean.
    let run = t.run(["-C", "repo", "check"]).ok();
    assert!(
        run.stdout == "checked 1 file: no problems\n",
        "{}",
        run.stdout
    );
}

#[test]
fn init_without_a_folder_uses_the_current_one() {
    let t = Test::new();
    let run = t
        .run(["init", "gmina", "--name", "Przykładowo", "--no-git"])
        .ok();
    assert_eq!(
        run.stdout,
        "Initialised a koop repository for gmina Przykładowo in .\n\
         Personal data is encrypted to keys/tester.txt, your identity [HOME]/.config/koop/identity.txt.\n\
         Next: koop institution add --name <NAME> --kind ops --level gmina\n"
    );
    assert_eq!(t.read("koop.toml"), INIT_CONFIG);
    assert_eq!(
        t.files(),
        [
            ".gitattributes",
            ".gitignore",
            "cases/.gitkeep",
            "course/.gitkeep",
            "institutions/.gitkeep",
            "keys/tester.txt",
            "koop.toml",
            "meetings/.gitkeep",
            "services/.gitkeep",
            "teams/.gitkeep",
        ]
    );
}

#[test]
fn init_trims_the_name_and_the_teryt() {
    let t = Test::new();
    t.run([
        "init",
        "gmina",
        "--name",
        "  Przykładowo  ",
        "--teryt",
        " 1401011 ",
        "--no-git",
    ])
    .ok();
    assert_eq!(
        t.read("koop.toml"),
        "[koop]\nformat = 3\n\n[unit]\nkind = \"gmina\"\nname = \"Przykładowo\"\nteryt = \"1401011\"\n"
    );
}

#[test]
fn init_powiat_writes_a_powiat_config() {
    let t = Test::new();
    let run = t
        .run([
            "init",
            "powiat",
            "--name",
            "Przykładowski",
            "--wojewodztwo",
            "mazowieckie",
            "--teryt",
            "1401",
            "--no-git",
            "pcpr",
        ])
        .ok();
    assert!(
        run.stdout
            .starts_with("Initialised a koop repository for powiat Przykładowski in pcpr\n"),
        "{}",
        run.stdout
    );
    assert_eq!(
        t.read("pcpr/koop.toml"),
        "[koop]\n\
         format = 3\n\
         \n\
         [unit]\n\
         kind = \"powiat\"\n\
         name = \"Przykładowski\"\n\
         wojewodztwo = \"mazowieckie\"\n\
         teryt = \"1401\"\n"
    );
    assert!(t.exists("pcpr/institutions/.gitkeep"));
    assert!(t.exists("pcpr/teams/.gitkeep"));
    assert!(t.exists("pcpr/services/.gitkeep"));
    assert_eq!(t.read("pcpr/.gitignore"), GITIGNORE);
    assert_eq!(t.read("pcpr/.gitattributes"), GITATTRIBUTES);
}

#[test]
fn init_runs_git_init_outside_a_work_tree() {
    let t = Test::new();
    if !git_available() || inside_git(t.path()) {
        eprintln!("skipped: needs git and a temporary folder outside any git work tree");
        return;
    }
    let run = t
        .run(["init", "gmina", "--name", "Przykładowo", "repo"])
        .ok();
    assert_eq!(
        run.stdout,
        "Initialised a koop repository for gmina Przykładowo in repo\n\
         Initialised an empty git repository there, with koop's merge drivers (docs/collaboration.md).\n\
         Personal data is encrypted to keys/tester.txt, your identity [HOME]/.config/koop/identity.txt.\n\
         Next: koop institution add --name <NAME> --kind ops --level gmina\n"
    );
    assert!(t.exists("repo/.git"), "git init did not run");
    assert!(inside_git(&t.path().join("repo")));
    // The lock file koop takes when writing is ignored by git.
    t.run([
        "-C",
        "repo",
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
    assert!(t.exists("repo/.koop.lock"));
    let ignored = Command::new("git")
        .args(["check-ignore", "-q", ".koop.lock"])
        .current_dir(t.path().join("repo"))
        .status()
        .expect("git check-ignore");
    assert!(ignored.success(), ".koop.lock is not ignored by git");
}

#[test]
fn init_with_no_git_does_not_run_git() {
    let t = Test::new();
    let run = t
        .run(["init", "gmina", "--name", "Przykładowo", "--no-git", "repo"])
        .ok();
    assert!(!run.stdout.contains("git"), "{}", run.stdout);
    assert!(!t.exists("repo/.git"));
}

#[test]
fn init_inside_an_existing_git_work_tree_does_not_nest_a_repository() {
    let t = Test::new();
    if !git_available() || inside_git(t.path()) {
        eprintln!("skipped: needs git and a temporary folder outside any git work tree");
        return;
    }
    let status = Command::new("git")
        .args(["init", "--quiet"])
        .current_dir(t.path())
        .status()
        .expect("git init");
    assert!(status.success());
    let run = t
        .run(["init", "gmina", "--name", "Przykładowo", "repo"])
        .ok();
    assert_eq!(
        run.stdout,
        "Initialised a koop repository for gmina Przykładowo in repo\n\
         Personal data is encrypted to keys/tester.txt, your identity [HOME]/.config/koop/identity.txt.\n\
         Next: koop institution add --name <NAME> --kind ops --level gmina\n"
    );
    // Said plainly: whose history the records would join, and how to keep them apart.
    run.err_has("repo is inside the git work tree of [ROOT]")
        .err_has("committed to that repository's history and pushed wherever it is pushed")
        .err_has("delete repo and run `koop init` again outside any git work tree");
    assert!(t.exists("repo/koop.toml"));
    assert!(!t.exists("repo/.git"), "git init ran inside a work tree");
}

#[test]
fn init_without_git_installed_warns_and_still_creates_the_repository() {
    let t = Test::new();
    let empty = tempfile::tempdir().unwrap();
    let run = t
        .run_env(
            t.path(),
            &[("PATH", empty.path().as_os_str())],
            ["init", "gmina", "--name", "Przykładowo", "repo"],
        )
        .ok();
    assert!(
        run.stderr.starts_with(
            "warning: git is not installed; run `git init` yourself to share the repository\n"
        ),
        "{}",
        run.stderr
    );
    assert_eq!(t.read("repo/koop.toml"), INIT_CONFIG);
    assert!(!t.exists("repo/.git"));
}

#[test]
fn init_refuses_a_folder_that_already_holds_a_repository() {
    let t = Test::init();
    t.write("institutions/gops/institution.toml", crate::GOPS);
    let before = t.state();
    for kind in ["gmina", "powiat"] {
        let run = t.run(["init", kind, "--name", "Inna", "--no-git"]).fails(1);
        assert_eq!(run.stdout, "");
        assert_eq!(
            run.stderr,
            "error: [ROOT] already holds a koop repository (koop.toml exists); nothing was changed\n"
        );
        t.unchanged(&before);
    }
    // The same through a DIR argument from outside.
    let outside = tempfile::tempdir().unwrap();
    let dir = t.path().to_string_lossy().to_string();
    let run = t
        .run_in(
            outside.path(),
            ["init", "gmina", "--name", "Inna", "--no-git", &dir],
        )
        .fails(1);
    assert!(
        run.stderr.contains("already holds a koop repository"),
        "{}",
        run.stderr
    );
    t.unchanged(&before);
    assert_eq!(t.read("koop.toml"), INIT_CONFIG);
}

#[test]
fn init_refuses_an_existing_subfolder_of_a_repository() {
    let t = Test::init();
    t.write("notes/readme.md", "notatki\n");
    let before = t.state();
    // From inside the subfolder…
    let sub = t.path().join("notes");
    let run = t
        .run_in(&sub, ["init", "gmina", "--name", "Inna", "--no-git"])
        .fails(1);
    assert!(
        run.stderr.starts_with("error: ")
            && run
                .stderr
                .contains("/notes is inside the koop repository at "),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("; nothing was changed\n"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.ends_with("  help: choose a folder outside it\n"),
        "{}",
        run.stderr
    );
    t.unchanged(&before);
    // …and from the root, naming it.
    let run = t
        .run([
            "init",
            "powiat",
            "--name",
            "Inna",
            "--no-git",
            "institutions",
        ])
        .fails(1);
    assert!(
        run.stderr
            .contains("/institutions is inside the koop repository at "),
        "{}",
        run.stderr
    );
    t.unchanged(&before);
}

#[test]
fn init_refuses_a_new_folder_inside_a_repository() {
    let t = Test::init();
    let before = t.state();
    let run = t
        .run(["init", "gmina", "--name", "Inna", "--no-git", "nested/repo"])
        .fails(1);
    assert!(
        run.stderr.contains("is inside the koop repository at"),
        "{}",
        run.stderr
    );
    assert!(!t.exists("nested"));
    t.unchanged(&before);
}

#[test]
fn init_refuses_a_bad_teryt_and_creates_nothing() {
    let t = Test::new();
    let cases = [
        ("gmina", "123", "gmina: expected 7 digits"),
        ("gmina", "14010111", "gmina: expected 7 digits"),
        ("gmina", "14a1011", "gmina: expected 7 digits"),
        ("gmina", "1401", "gmina: expected 7 digits"),
        ("gmina", "", "gmina: expected 7 digits"),
        ("powiat", "1401011", "powiat: expected 4 digits"),
        ("powiat", "14O1", "powiat: expected 4 digits"),
    ];
    for (kind, teryt, tail) in cases {
        let run = t
            .run([
                "init",
                kind,
                "--name",
                "Przykładowo",
                "--teryt",
                teryt,
                "--no-git",
                "repo",
            ])
            .fails(1);
        assert_eq!(
            run.stderr,
            format!("error: --teryt `{teryt}` is not a TERYT code of a {tail}\n"),
            "{kind} {teryt}"
        );
        assert_eq!(run.stdout, "");
        assert!(t.files().is_empty(), "{kind} {teryt}: {:?}", t.files());
        assert!(!t.exists("repo"), "{kind} {teryt}: the folder was created");
    }
}

#[test]
fn init_refuses_an_empty_name_and_creates_nothing() {
    let t = Test::new();
    for (name, message) in [
        ("", "error: --name cannot be empty\n"),
        ("   ", "error: --name cannot be empty\n"),
        (
            "Przykład\nowo",
            "error: --name cannot contain control characters or line breaks\n",
        ),
    ] {
        let run = t
            .run(["init", "gmina", "--name", name, "--no-git"])
            .fails(1);
        assert_eq!(run.stderr, message, "{name:?}");
        assert!(t.files().is_empty(), "{name:?}: {:?}", t.files());
    }
    let run = t
        .run(["init", "gmina", "--name", "P", "--powiat", " ", "--no-git"])
        .fails(1);
    assert_eq!(run.stderr, "error: --powiat cannot be empty\n");
    assert!(t.files().is_empty());
}

#[test]
fn init_refuses_an_unknown_kind_or_a_missing_name_with_a_usage_error() {
    let t = Test::new();
    let run = t.run(["init", "wies", "--name", "P", "--no-git"]).fails(2);
    assert!(
        run.stderr.contains("invalid value 'wies' for '<KIND>'"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("[possible values: gmina, powiat]"),
        "{}",
        run.stderr
    );
    let run = t.run(["init", "gmina", "--no-git"]).fails(2);
    assert!(run.stderr.contains("--name <NAME>"), "{}", run.stderr);
    assert!(t.files().is_empty());
}

#[test]
fn init_refuses_a_dir_that_is_a_file() {
    let t = Test::new();
    t.write("plik", "x\n");
    let before = t.state();
    let run = t
        .run(["init", "gmina", "--name", "P", "--no-git", "plik"])
        .fails(1);
    assert_eq!(run.stderr, "error: [ROOT]/plik is not a folder\n");
    t.unchanged(&before);
}

#[test]
fn init_keeps_an_existing_folder_and_adds_only_missing_git_lines() {
    let t = Test::new();
    t.write("README.md", "# Przykładowo\n")
        .write(".gitignore", "target")
        .write(".gitattributes", "*.toml text\n");
    t.run(["init", "gmina", "--name", "Przykładowo", "--no-git"])
        .ok();
    assert_eq!(t.read("README.md"), "# Przykładowo\n");
    assert_eq!(
        t.read(".gitignore"),
        "target\n\
         # koop's lock file and temporary files of interrupted writes\n\
         .koop.lock\n\
         .koop-*.tmp\n\
         # Documents koop renders may carry personal data: print them, do not commit them.\n\
         *.pdf\n\
         *.html\n"
    );
    // Only the missing line is added, with its comment.
    assert_eq!(
        t.read(".gitattributes"),
        format!("*.toml text\n{GITATTRIBUTES}")
    );

    let t = Test::new();
    t.write(".gitignore", ".koop.lock\n");
    t.run(["init", "gmina", "--name", "Przykładowo", "--no-git"])
        .ok();
    // The comment went in with the line it first explains, which was already there.
    assert_eq!(
        t.read(".gitignore"),
        ".koop.lock\n.koop-*.tmp\n\
         # Documents koop renders may carry personal data: print them, do not commit them.\n\
         *.pdf\n\
         *.html\n"
    );
}
