//! Integration tests: the real `koop` binary over temporary repositories.
//!
//! `Test::new()` makes an empty temporary folder; `.init()` runs `koop init gmina`; `.write()`
//! puts a file in place; `.run([...])` runs koop there and returns what it printed.

mod basics;
mod cases;

use std::path::{Path, PathBuf};
use std::process::Command;

/// A temporary folder to run koop in.
pub struct Test {
    dir: tempfile::TempDir,
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

    /// stdout followed by stderr, for snapshots.
    pub fn all(&self) -> String {
        format!(
            "{}--- stderr\n{}--- exit {}\n",
            self.stdout, self.stderr, self.code
        )
    }
}

impl Test {
    /// An empty temporary folder.
    pub fn new() -> Self {
        Test {
            dir: tempfile::tempdir().expect("temp dir"),
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
        let out = Command::new(env!("CARGO_BIN_EXE_koop"))
            .args(args)
            .current_dir(cwd)
            .env("KOOP_TODAY", &self.today)
            .env("NO_COLOR", "1")
            .env_remove("KOOP_IDENTITY")
            .output()
            .expect("run koop");
        let root = self.dir.path().to_string_lossy().to_string();
        let clean = |b: &[u8]| String::from_utf8_lossy(b).replace(&root, "[ROOT]");
        Run {
            stdout: clean(&out.stdout),
            stderr: clean(&out.stderr),
            code: out.status.code().unwrap_or(-1),
        }
    }

    /// Every file under the folder (relative paths, sorted), skipping `.git`.
    pub fn files(&self) -> Vec<String> {
        let mut out = Vec::new();
        walk(self.dir.path(), self.dir.path(), &mut out);
        out.sort();
        out
    }
}

fn walk(root: &Path, dir: &Path, out: &mut Vec<String>) {
    for entry in std::fs::read_dir(dir).expect("read_dir").flatten() {
        let path: PathBuf = entry.path();
        if entry.file_name() == ".git" {
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

/// The bundled example repository.
pub fn example() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/gmina-przykladowo")
}
