//! Integration tests: the real `koop` binary over temporary repositories.
//!
//! `Test::new()` makes an empty temporary folder; `.init()` runs `koop init gmina`; `.write()`
//! puts a file in place; `.run([...])` runs koop there and returns what it printed.
//! `fixture()` is a small gmina repository written as files; `.state()` snapshots every file's
//! bytes so a refused command can be shown to have changed nothing.

mod basics;
mod cases;
mod check;
mod collaboration;
mod completions;
mod doc;
mod example;
#[cfg(unix)]
mod guided;
mod import;
mod init;
mod institution;
mod language;
mod meeting;
mod migrate;
mod model;
mod monthly;
mod person;
mod powiat;
mod privacy;
mod readme;
mod region;
mod regressions;
mod rules;
mod service;
mod share;
mod team;
mod transactions;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

/// A temporary folder to run koop in.
pub struct Test {
    dir: tempfile::TempDir,
    /// The user's home: `koop init` keeps the identity it makes under it.
    home: tempfile::TempDir,
    today: String,
}

/// What one koop run printed, and how it exited.
#[derive(Debug)]
pub struct Run {
    pub stdout: String,
    pub stderr: String,
    pub code: i32,
}

impl Run {
    /// Asserts exit code 0 and returns self.
    #[track_caller]
    pub fn ok(self) -> Self {
        assert_eq!(
            self.code, 0,
            "expected success\nstdout:\n{}\nstderr:\n{}",
            self.stdout, self.stderr
        );
        self
    }

    /// Asserts the given non-zero exit code and returns self.
    #[track_caller]
    pub fn fails(self, code: i32) -> Self {
        assert_eq!(
            self.code, code,
            "expected exit {code}\nstdout:\n{}\nstderr:\n{}",
            self.stdout, self.stderr
        );
        self
    }

    /// stdout parsed as JSON.
    #[track_caller]
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{}", self.stdout))
    }

    /// Asserts that stdout contains `needle`.
    #[track_caller]
    pub fn out_has(&self, needle: &str) -> &Self {
        assert!(
            self.stdout.contains(needle),
            "stdout lacks {needle:?}\nstdout:\n{}\nstderr:\n{}",
            self.stdout,
            self.stderr
        );
        self
    }

    /// Asserts that stderr contains `needle`.
    #[track_caller]
    pub fn err_has(&self, needle: &str) -> &Self {
        assert!(
            self.stderr.contains(needle),
            "stderr lacks {needle:?}\nstdout:\n{}\nstderr:\n{}",
            self.stdout,
            self.stderr
        );
        self
    }

    /// stdout followed by stderr, for snapshots.
    pub fn all(&self) -> String {
        format!(
            "{}--- stderr\n{}--- exit {}\n",
            self.stdout, self.stderr, self.code
        )
    }
}

impl Default for Test {
    fn default() -> Self {
        Test::new()
    }
}

impl Test {
    /// An empty temporary folder.
    pub fn new() -> Self {
        Test {
            dir: tempfile::tempdir().expect("temp dir"),
            home: tempfile::tempdir().expect("temp home"),
            today: "2026-11-23".into(),
        }
    }

    /// A folder holding a fresh gmina repository (without git).
    pub fn init() -> Self {
        let t = Test::new();
        t.run(["init", "gmina", "--name", "Przykładowo", "--no-git"])
            .ok();
        t
    }

    /// Pins koop's idea of today.
    pub fn today(mut self, date: &str) -> Self {
        self.today = date.into();
        self
    }

    /// The folder's path.
    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// The identity `koop init` made for this test's user.
    pub fn identity(&self) -> PathBuf {
        self.home.path().join(".config/koop/identity.txt")
    }

    /// Writes an executable shell script into the test's home (outside the repository), for
    /// `EDITOR`; returns its path.
    pub fn script(&self, name: &str, body: &str) -> PathBuf {
        let path = self.home.path().join(name);
        std::fs::write(&path, format!("#!/bin/sh\n{body}\n")).expect("script");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).expect("chmod");
        }
        path
    }

    /// Writes a file (creating folders), relative to the folder.
    pub fn write(&self, rel: &str, content: impl AsRef<[u8]>) -> &Self {
        let path = self.dir.path().join(rel);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(path, content).expect("write");
        self
    }

    /// Reads a file as text, relative to the folder.
    pub fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.dir.path().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
    }

    /// Whether a file exists, relative to the folder.
    pub fn exists(&self, rel: &str) -> bool {
        self.dir.path().join(rel).exists()
    }

    /// Runs koop in the folder.
    pub fn run<I, S>(&self, args: I) -> Run
    where
        I: IntoIterator<Item = S>,
        S: AsRef<std::ffi::OsStr>,
    {
        self.run_in(self.dir.path(), args)
    }

    /// Runs koop in a given folder.
    pub fn run_in<I, S>(&self, cwd: &Path, args: I) -> Run
    where
        I: IntoIterator<Item = S>,
        S: AsRef<std::ffi::OsStr>,
    {
        self.run_env(cwd, &[], args)
    }

    /// Runs koop in a given folder with extra environment variables (e.g. a `PATH` without git).
    pub fn run_env<I, S>(&self, cwd: &Path, env: &[(&str, &std::ffi::OsStr)], args: I) -> Run
    where
        I: IntoIterator<Item = S>,
        S: AsRef<std::ffi::OsStr>,
    {
        let mut cmd = self.command(cwd);
        cmd.args(args);
        for (key, value) in env {
            cmd.env(key, value);
        }
        let out = cmd.output().expect("run koop");
        let root = self.dir.path().to_string_lossy().to_string();
        let home = self.home.path().to_string_lossy().to_string();
        let clean = |b: &[u8]| {
            String::from_utf8_lossy(b)
                .replace(&root, "[ROOT]")
                .replace(&home, "[HOME]")
        };
        Run {
            stdout: clean(&out.stdout),
            stderr: clean(&out.stderr),
            code: out.status.code().unwrap_or(-1),
        }
    }

    /// The koop binary to run in `cwd` with this test's environment (today, no colour,
    /// English, its own home and identity), for a test that runs it some other way (through
    /// a pseudo-terminal).
    pub fn command(&self, cwd: &Path) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_koop"));
        cmd.current_dir(cwd)
            .env("KOOP_TODAY", &self.today)
            .env("NO_COLOR", "1")
            // Tables as wide as they need: tests read them row by row (tests of fitting a
            // width set COLUMNS themselves).
            .env("COLUMNS", "1000")
            .env("KOOP_ID_SEED", "tests")
            .env("HOME", self.home.path())
            .env("XDG_CONFIG_HOME", self.home.path().join(".config"))
            .env("USER", "tester")
            // English unless a test asks for Polish (LANG=pl_PL.UTF-8 or KOOP_LANG=pl).
            .env("LANG", "C.UTF-8")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("KOOP_LANG")
            .env_remove("KOOP_IDENTITY");
        cmd
    }

    /// `koop check` limited to the rules about records as files (K001–K007: syntax, schema,
    /// IDs, duplicates, references, placement, delegates), for tests of editing commands
    /// whose minimal fixtures are not complete under the model's rules.
    pub fn check_records(&self, extra: &[&str]) -> Run {
        let mut args = vec!["check"];
        for code in ["K001", "K002", "K003", "K004", "K005", "K006", "K007"] {
            args.extend(["--rule", code]);
        }
        args.extend_from_slice(extra);
        self.run(args)
    }

    /// Every file under the folder, koop's own state (`.koop/`) included, skipping `.git`.
    pub fn files_with_state(&self) -> Vec<String> {
        let mut out = Vec::new();
        walk_all(self.dir.path(), self.dir.path(), &mut out);
        out.sort();
        out
    }

    /// Every file under the folder (relative paths, sorted), skipping `.git`.
    pub fn files(&self) -> Vec<String> {
        let mut out = Vec::new();
        walk(self.dir.path(), self.dir.path(), &mut out);
        out.sort();
        out
    }
}

fn walk_all(root: &Path, dir: &Path, out: &mut Vec<String>) {
    for entry in std::fs::read_dir(dir).expect("read_dir").flatten() {
        let path: PathBuf = entry.path();
        if entry.file_name() == ".git" {
            continue;
        }
        if path.is_dir() {
            walk_all(root, &path, out);
        } else {
            out.push(
                path.strip_prefix(root)
                    .expect("prefix")
                    .to_string_lossy()
                    .replace('\\', "/"),
            );
        }
    }
}

fn walk(root: &Path, dir: &Path, out: &mut Vec<String>) {
    for entry in std::fs::read_dir(dir).expect("read_dir").flatten() {
        let path: PathBuf = entry.path();
        // git's and koop's own state (the operation log) are not records.
        if entry.file_name() == ".git" || entry.file_name() == ".koop" {
            continue;
        }
        if path.is_dir() {
            walk(root, &path, out);
        } else {
            out.push(
                path.strip_prefix(root)
                    .expect("prefix")
                    .to_string_lossy()
                    .replace('\\', "/"),
            );
        }
    }
}

impl Test {
    /// Reads a file's raw bytes, relative to the folder.
    pub fn bytes(&self, rel: &str) -> Vec<u8> {
        std::fs::read(self.dir.path().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
    }

    /// Every file under the folder with its bytes, skipping `.git` and `.koop.lock`.
    ///
    /// The lock file is empty, ignored by git, and taken by every writing command before it
    /// decides anything, so a refused command may leave it behind; it is not a record.
    pub fn state(&self) -> BTreeMap<String, Vec<u8>> {
        self.files()
            .into_iter()
            .filter(|f| f != ".koop.lock" && !f.ends_with("/.koop.lock"))
            .map(|f| {
                let bytes = self.bytes(&f);
                (f, bytes)
            })
            .collect()
    }

    /// Asserts that no file was added, removed or changed since `before` (from `state()`).
    #[track_caller]
    pub fn unchanged(&self, before: &BTreeMap<String, Vec<u8>>) {
        let after = self.state();
        let names = |m: &BTreeMap<String, Vec<u8>>| m.keys().cloned().collect::<Vec<_>>();
        assert_eq!(names(&after), names(before), "the set of files changed");
        for (name, bytes) in before {
            assert!(
                after[name] == *bytes,
                "{name} changed:\n--- before\n{}\n--- after\n{}",
                String::from_utf8_lossy(bytes),
                String::from_utf8_lossy(&after[name])
            );
        }
    }

    /// Paths (from `state()`) that exist now but not in `before`.
    pub fn added_since(&self, before: &BTreeMap<String, Vec<u8>>) -> Vec<String> {
        self.state()
            .into_keys()
            .filter(|k| !before.contains_key(k))
            .collect()
    }
}

/// The cells of every row of a table printed by koop, header first, trimmed.
pub fn table(text: &str) -> Vec<Vec<String>> {
    text.lines()
        .filter(|l| l.starts_with('│'))
        .map(|l| {
            l.trim_matches('│')
                .split('┆')
                .map(|c| c.trim().to_string())
                .collect()
        })
        .collect()
}

/// A table row as owned strings, for comparing with `table()`.
pub fn row(cells: &[&str]) -> Vec<String> {
    cells.iter().map(|c| c.to_string()).collect()
}

/// `koop.toml` as `Test::init()` writes it.
pub const INIT_CONFIG: &str =
    "[koop]\nformat = 3\n\n[unit]\nkind = \"gmina\"\nname = \"Przykładowo\"\n";

/// GOPS, with the director who signs for it.
pub const GOPS: &str = "name = \"Gminny Ośrodek Pomocy Społecznej w Przykładowie\"\nkind = \"ops\"\nlevel = \"gmina\"\ndirector = \"Anna Kowalska\"\n";
/// A primary school.
pub const SP1: &str = "name = \"Szkoła Podstawowa nr 1\"\nkind = \"school\"\nlevel = \"gmina\"\n";
/// The county police.
pub const KPP: &str =
    "name = \"Komenda Powiatowa Policji\"\nkind = \"police\"\nlevel = \"powiat\"\n";

/// A gmina repository written as files: institutions `gops` (ops, gmina), `sp1` (school,
/// gmina) and `kpp` (police, powiat); people `anna-nowak` and `ewa-lis` at gops,
/// `jan-kowalski` at sp1 and `piotr-zielinski` at kpp.
pub fn fixture() -> Test {
    let t = Test::init();
    t.write("institutions/gops/institution.toml", GOPS)
        .write("institutions/sp1/institution.toml", SP1)
        .write("institutions/kpp/institution.toml", KPP)
        .write(
            "institutions/gops/people/anna-nowak.toml",
            "name = \"Anna Nowak\"\nposition = \"pracownik socjalny\"\nroles = [\"animator-gminy\", \"pracownik-socjalny\"]\npost = 0.25\n",
        )
        .write(
            "institutions/gops/people/ewa-lis.toml",
            "name = \"Ewa Lis\"\n",
        )
        .write(
            "institutions/sp1/people/jan-kowalski.toml",
            "name = \"Jan Kowalski\"\nposition = \"pedagog\"\n",
        )
        .write(
            "institutions/kpp/people/piotr-zielinski.toml",
            "name = \"Piotr Zieliński\"\nroles = [\"przedstawiciel\"]\n",
        );
    t
}

/// Runs git in `dir` with a fixed author, failing the test when git fails; returns stdout.
pub fn git(dir: &Path, args: &[&str]) -> Vec<u8> {
    let out = Command::new("git")
        .args(args)
        .current_dir(dir)
        .env("GIT_AUTHOR_NAME", "t")
        .env("GIT_AUTHOR_EMAIL", "t@example.org")
        .env("GIT_COMMITTER_NAME", "t")
        .env("GIT_COMMITTER_EMAIL", "t@example.org")
        .output()
        .expect("git");
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

/// Whether a `git` program can be run.
pub fn git_available() -> bool {
    Command::new("git")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// The bundled example repository.
pub fn example() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/gmina-przykladowo")
}

/// The example copied to a temporary repository, (to change or break).
pub fn example_copy() -> Test {
    let t = Test::new();
    let src = crate::example();
    let mut stack = vec![src.clone()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap().flatten() {
            let path = entry.path();
            let rel = path
                .strip_prefix(&src)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            // What a run in the checkout left (operation log, parse cache) is not the example.
            if rel == ".koop" {
                continue;
            }
            if path.is_dir() {
                stack.push(path);
            } else {
                t.write(&rel, std::fs::read(&path).unwrap());
            }
        }
    }
    t
}
