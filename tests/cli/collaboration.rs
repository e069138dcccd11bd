//! Working together: two clones of one shared (bare) repository, each with its own user, home,
//! identity and drawn identities, doing different and the same work in parallel and meeting
//! through `koop sync` — with koop's merge drivers nothing is lost, a real conflict is
//! reported and blocks writes until resolved, and encrypted records merge too.

use std::ffi::OsStr;
use std::path::PathBuf;

use crate::{Run, Test, git};

/// The day the clones work on.
const TODAY: &str = "2026-05-20";

/// One person's clone: their own temporary folder and home (so their own identity), and
/// their own sequence of drawn identities.
struct Person {
    test: Test,
    seed: &'static str,
}

impl Person {
    fn new(seed: &'static str) -> Self {
        Person {
            test: Test::new().today(TODAY),
            seed,
        }
    }

    /// The clone's work tree.
    fn repo(&self) -> PathBuf {
        self.test.path().join("repo")
    }

    fn koop(&self, args: &[&str]) -> Run {
        let env: [(&str, &OsStr); 5] = [
            ("KOOP_ID_SEED", OsStr::new(self.seed)),
            ("GIT_AUTHOR_NAME", OsStr::new(self.seed)),
            ("GIT_AUTHOR_EMAIL", OsStr::new("t@example.org")),
            ("GIT_COMMITTER_NAME", OsStr::new(self.seed)),
            ("GIT_COMMITTER_EMAIL", OsStr::new("t@example.org")),
        ];
        let dir = if self.repo().exists() {
            self.repo()
        } else {
            self.test.path().to_path_buf()
        };
        self.test.run_env(&dir, &env, args)
    }

    /// Runs `koop edit FILE` with an editor that deletes the merge driver's conflict note and
    /// `[[conflicts]]` entries, keeping the record as it is (our side).
    fn keep_ours(&self, file: &str) -> Run {
        let script = self.test.script(
            "keep-ours.sh",
            "python3 - \"$1\" <<'PY'\nimport sys\np=sys.argv[1]\ns=open(p).read()\nopen(p,'w').write(s[:s.index('\\n# Merge conflict')+1])\nPY",
        );
        let env: [(&str, &OsStr); 2] = [
            ("EDITOR", script.as_os_str()),
            ("KOOP_ID_SEED", OsStr::new(self.seed)),
        ];
        self.test.run_env(&self.repo(), &env, ["edit", file]).ok()
    }

    /// `git pull` by hand (no koop); whether it succeeded.
    fn git_pull(&self) -> bool {
        std::process::Command::new("git")
            .args(["pull", "-q", "--no-rebase", "--no-edit"])
            .current_dir(self.repo())
            .env("GIT_AUTHOR_NAME", "t")
            .env("GIT_AUTHOR_EMAIL", "t@example.org")
            .env("GIT_COMMITTER_NAME", "t")
            .env("GIT_COMMITTER_EMAIL", "t@example.org")
            .output()
            .unwrap()
            .status
            .success()
    }

    fn read(&self, rel: &str) -> String {
        self.test.read(&format!("repo/{rel}"))
    }

    fn git(&self, args: &[&str]) -> String {
        String::from_utf8_lossy(&git(&self.repo(), args)).to_string()
    }

    /// Every file of the clone outside .git and .koop, relative to it.
    fn files(&self) -> Vec<String> {
        let root = self.repo();
        let mut out: Vec<String> = walkdir::WalkDir::new(&root)
            .into_iter()
            .filter_entry(|e| {
                let n = e.file_name().to_string_lossy();
                n != ".git" && n != ".koop"
            })
            .flatten()
            .filter(|e| e.file_type().is_file())
            .map(|e| {
                e.path()
                    .strip_prefix(&root)
                    .unwrap()
                    .to_string_lossy()
                    .to_string()
            })
            .collect();
        out.sort();
        out
    }
}

/// A shared bare repository, Anna's clone with a GOPS, a school, a GGK and an active case
/// (one member, one goal, one task for the school), and Bea's clone of it. Anna has added
/// Bea's key, so both can read the personal data.
struct Shared {
    _bare: tempfile::TempDir,
    anna: Person,
    bea: Person,
    case: String,
}

fn shared() -> Shared {
    let bare = tempfile::tempdir().unwrap();
    git(bare.path(), &["init", "-q", "--bare", "-b", "main"]);
    let anna = Person::new("anna");
    anna.koop(&["init", "gmina", "--name", "Przykładowo", "repo"])
        .ok();
    // The branch is `main` whatever git's default is.
    anna.git(&["symbolic-ref", "HEAD", "refs/heads/main"]);
    for args in [
        &[
            "institution",
            "add",
            "--id",
            "gops",
            "--name",
            "GOPS",
            "--kind",
            "ops",
            "--level",
            "gmina",
        ][..],
        &[
            "institution",
            "add",
            "--id",
            "sp1",
            "--name",
            "SP 1",
            "--kind",
            "school",
            "--level",
            "gmina",
        ],
        &[
            "person",
            "add",
            "--institution",
            "gops",
            "--name",
            "Anna Nowak",
            "--role",
            "pracownik-socjalny",
            "--role",
            "koordynator-ggk",
        ],
        &[
            "person",
            "add",
            "--institution",
            "sp1",
            "--name",
            "Jan Kowalski",
        ],
        &[
            "team",
            "new",
            "--kind",
            "ggk",
            "--id",
            "ggk",
            "--name",
            "GGK",
            "--coordinator",
            "anna-nowak",
        ],
        &[
            "team",
            "member",
            "add",
            "ggk",
            "gops",
            "--delegate",
            "anna-nowak",
        ],
        &[
            "team",
            "member",
            "add",
            "ggk",
            "sp1",
            "--delegate",
            "jan-kowalski",
        ],
    ] {
        anna.koop(args).ok();
    }
    let case = anna
        .koop(&[
            "case",
            "new",
            "--kind",
            "family",
            "--referred-by",
            "sp1",
            "--date",
            "2026-03-02",
            "--coordinator",
            "anna-nowak",
        ])
        .ok()
        .stdout
        .trim()
        .to_string();
    for args in [
        &[
            "case",
            "member",
            "add",
            &case,
            "--name",
            "Ewa Nowosielska",
            "--relation",
            "matka",
        ][..],
        &[
            "case",
            "consent",
            &case,
            "--date",
            "2026-03-05",
            "--by",
            "m1",
        ],
        &[
            "case",
            "qualify",
            &case,
            "--team",
            "ggk",
            "--date",
            "2026-03-10",
        ],
        &[
            "goal",
            "add",
            &case,
            "--main",
            "Rodzina funkcjonuje samodzielnie",
        ],
        &["goal", "add", &case, "Regularna nauka"],
        &[
            "task",
            "add",
            &case,
            "--goal",
            "1",
            "--responsible",
            "sp1",
            "--due",
            "2026-06-30",
            "Zajęcia wyrównawcze",
        ],
        &[
            "case",
            "diagnosis",
            &case,
            "--date",
            "2026-03-20",
            "--care",
            "Absencja syna",
        ],
        &["case", "activate", &case, "--date", "2026-04-01"],
    ] {
        anna.koop(args).ok();
    }
    let url = bare.path().to_string_lossy().to_string();
    anna.git(&["remote", "add", "origin", &url]);
    anna.git(&["add", "-A"]);
    anna.git(&["commit", "-qm", "base"]);
    anna.git(&["push", "-q", "-u", "origin", "main"]);

    // Bea makes her identity, Anna adds her key and shares it.
    let bea = Person::new("bea");
    let key = bea.koop(&["keys", "generate"]).ok().stdout;
    let key = key.lines().next().unwrap().trim().to_string();
    anna.koop(&["keys", "add", "bea", &key]).ok();
    anna.koop(&["sync"]).ok();
    git(bea.test.path(), &["clone", "-q", &url, "repo"]);
    bea.koop(&["git", "setup"]).ok();
    Shared {
        _bare: bare,
        anna,
        bea,
        case,
    }
}

/// `koop sync` of one person, which must succeed.
fn sync(p: &Person) -> Run {
    p.koop(&["sync"]).ok()
}

#[test]
fn the_same_referral_registered_in_two_clones_stays_two_cases() {
    let s = shared();
    let referral = [
        "case",
        "new",
        "--kind",
        "person",
        "--referred-by",
        "sp1",
        "--date",
        "2026-05-18",
    ];
    let a = s.anna.koop(&referral).ok().stdout;
    let b = s.bea.koop(&referral).ok().stdout;
    // Both clones took the next number.
    assert_eq!((a.as_str(), b.as_str()), ("2026-002\n", "2026-002\n"));
    sync(&s.anna);
    // Bea's sync finds Anna's case shared under the same number: hers, not yet shared, takes
    // the next free one before anyone sees it.
    let run = sync(&s.bea);
    assert!(
        run.stdout
            .contains("Renumbered case 2026-002 (cases/2026-002-")
            && run.stdout.contains(") to 2026-003 (cases/2026-003-"),
        "{}",
        run.all()
    );
    assert!(
        run.stderr
            .contains("a colleague had already shared a case with the same number"),
        "{}",
        run.stderr
    );
    sync(&s.anna);
    let cases = |p: &Person| -> Vec<String> {
        p.files()
            .into_iter()
            .filter(|f| f.ends_with("/case.toml"))
            .collect()
    };
    assert_eq!(cases(&s.anna).len(), 3, "{:?}", cases(&s.anna));
    assert_eq!(cases(&s.anna), cases(&s.bea));
    let run = s.anna.koop(&["check", "--rule", "K004"]).ok();
    assert!(run.stdout.contains("no problems"), "{}", run.stdout);
    assert!(
        s.anna
            .git(&["log", "-1", "--format=%s"])
            .contains("renumber case 2026-002 to 2026-003 (a colleague took the number first)")
    );
}

#[test]
fn parallel_work_on_one_case_merges_without_conflict_and_keeps_everything() {
    let s = shared();
    let case = s.case.as_str();
    // Anna and Bea each add a member, a goal with a task for their new member, a report of the
    // school for April, a GGK meeting on the same day with attendance, and a decision.
    for (p, name, goal, report, start) in [
        (
            &s.anna,
            "Adam Nowosielski",
            "Ojciec podejmuje pracę",
            "Frekwencja 80%",
            "10:00",
        ),
        (
            &s.bea,
            "Ola Nowosielska",
            "Córka chodzi na zajęcia",
            "Frekwencja 90%",
            "12:00",
        ),
    ] {
        p.koop(&[
            "case",
            "member",
            "add",
            case,
            "--name",
            name,
            "--relation",
            "dziecko",
        ])
        .ok();
        p.koop(&["goal", "add", case, goal]).ok();
        p.koop(&[
            "task",
            "add",
            case,
            "--goal",
            "2",
            "--responsible",
            "m2",
            "--due",
            "2026-06-30",
            goal,
        ])
        .ok();
        p.koop(&[
            "monitor",
            "add",
            case,
            "--month",
            "2026-04",
            "--task",
            "1.1",
            "--by",
            "jan-kowalski",
            "--date",
            "2026-04-30",
            report,
        ])
        .ok();
        let id = p
            .koop(&[
                "meeting",
                "new",
                "--team",
                "ggk",
                "--date",
                "2026-05-13",
                "--start",
                start,
                "--end",
                &start.replace(":00", ":45"),
                "--place",
                "GOPS",
            ])
            .ok()
            .stdout;
        p.koop(&["meeting", "attend", id.trim(), "anna-nowak"]).ok();
    }
    // A hand-written note at the end of the team file, and a new member of the team.
    let team = s.anna.read("teams/ggk.toml");
    std::fs::write(
        s.anna.repo().join("teams/ggk.toml"),
        format!("{team}\n# Skład do potwierdzenia w czerwcu\n"),
    )
    .unwrap();
    s.bea
        .koop(&[
            "institution",
            "add",
            "--id",
            "kpp",
            "--name",
            "KPP",
            "--kind",
            "police",
            "--level",
            "powiat",
        ])
        .ok();
    s.bea.koop(&["team", "member", "add", "ggk", "kpp"]).ok();

    sync(&s.anna);
    let run = sync(&s.bea);
    assert!(run.stdout.contains("Pushed"), "{}", run.all());
    sync(&s.anna);
    assert_eq!(s.anna.files(), s.bea.files());
    assert_eq!(s.anna.git(&["status", "--porcelain"]), "");

    // Everything both wrote is there, and each task still names the member it was written for.
    let show = s
        .anna
        .koop(&["case", "show", case, "--format", "json", "--reveal"])
        .ok()
        .json();
    let mut names: Vec<&str> = show["members"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["name"].as_str().unwrap())
        .collect();
    assert_eq!(names[0], "Ewa Nowosielska");
    names.sort_unstable();
    assert_eq!(
        names,
        ["Adam Nowosielski", "Ewa Nowosielska", "Ola Nowosielska"]
    );
    let goals = show["plan"]["goals"].as_array().unwrap();
    assert_eq!(goals.len(), 3);
    for g in &goals[1..] {
        let task = &g["tasks"][0];
        let member = show["members"]
            .as_array()
            .unwrap()
            .iter()
            .find(|m| m["id"] == task["member"])
            .unwrap_or_else(|| panic!("{show:#}"));
        let expected = if g["text"] == "Ojciec podejmuje pracę" {
            "Adam Nowosielski"
        } else {
            "Ola Nowosielska"
        };
        assert_eq!(
            member["name"], expected,
            "task {} points to the wrong member",
            task["text"]
        );
    }
    let mut reports: Vec<&str> = show["monitoring"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["progress"].as_str().unwrap())
        .collect();
    reports.sort_unstable();
    assert_eq!(reports, ["Frekwencja 80%", "Frekwencja 90%"]);
    let meetings: Vec<String> = s
        .anna
        .files()
        .into_iter()
        .filter(|f| f.starts_with("meetings/2026-05-13-ggk-"))
        .collect();
    assert_eq!(meetings.len(), 2, "{meetings:?}");
    let team = s.anna.read("teams/ggk.toml");
    assert!(
        team.contains("institution = \"kpp\"") && team.contains("# Skład do potwierdzenia"),
        "{team}"
    );
    // The members file stayed encrypted through the merge.
    assert!(
        s.anna
            .files()
            .iter()
            .any(|f| f.ends_with("members.toml.age"))
    );
    assert!(!s.anna.files().iter().any(|f| f.ends_with("members.toml")));
    let run = s.anna.koop(&["check", "--rule", "K036"]).ok();
    assert!(run.stdout.contains("no problems"), "{}", run.stdout);
}

#[test]
fn the_same_value_changed_differently_is_a_conflict_that_check_reports_and_writes_refuse() {
    let s = shared();
    let case = s.case.as_str();
    s.anna
        .koop(&["task", "reschedule", case, "1.1", "--due", "2026-07-15"])
        .ok();
    s.bea
        .koop(&["task", "reschedule", case, "1.1", "--due", "2026-07-31"])
        .ok();
    sync(&s.anna);
    let run = s.bea.koop(&["sync"]).fails(1);
    assert!(
        run.stderr
            .contains("git's merge needs you to choose: cases/"),
        "{}",
        run.all()
    );
    // The file is valid TOML with both values; check reports it at the entry.
    let run = s.bea.koop(&["check", "--rule", "K036"]).fails(1);
    assert!(
        run.stdout
            .contains("error[K036]: unresolved merge conflict in `goals[id=\"")
            && run.stdout.contains("ours 2026-07-31, theirs 2026-07-15"),
        "{}",
        run.stdout
    );
    // Writes are refused until it is resolved.
    let before = s.bea.files();
    let run = s.bea.koop(&["goal", "add", case, "Nowy cel"]).fails(1);
    assert!(
        run.stderr
            .contains("error: git's merge is not finished (1 unmerged: cases/"),
        "{}",
        run.stderr
    );
    assert_eq!(s.bea.files(), before);
    // Bea keeps her date and deletes the conflict entry with `koop edit`, then commits.
    let plan = s
        .bea
        .files()
        .into_iter()
        .find(|f| f.ends_with("plan.toml"))
        .unwrap();
    let run = s.bea.keep_ours(&plan);
    assert!(run.stderr.contains("`git add "), "{}", run.all());
    // Her date is the record's own (`ours`): the file is as her side had it, and sync takes
    // that as her choice, finishes the merge and shares it.
    let run = sync(&s.bea);
    assert!(
        run.stdout.contains("resolved by hand, marked as resolved")
            && run.stdout.contains("Finished the merge"),
        "{}",
        run.all()
    );
    assert!(
        !s.bea
            .git(&["log", "-1", "--format=%B"])
            .contains("# Conflicts")
    );
    sync(&s.anna);
    let tasks = s
        .anna
        .koop(&["task", "list", "--format", "json"])
        .ok()
        .json();
    assert_eq!(tasks[0]["due"], "2026-07-31");
    s.anna.koop(&["check", "--rule", "K036"]).ok();
}

#[test]
fn a_clone_without_the_drivers_is_helped_by_git_resolve() {
    let s = shared();
    let case = s.case.as_str();
    // Bea's clone forgets the drivers: git merges the encrypted file as it can (it cannot).
    s.bea.git(&["config", "--remove-section", "merge.koop-age"]);
    s.bea.git(&["config", "--remove-section", "merge.koop"]);
    s.anna
        .koop(&["case", "member", "add", case, "--name", "Adam Nowosielski"])
        .ok();
    s.bea
        .koop(&["case", "member", "add", case, "--name", "Ola Nowosielska"])
        .ok();
    sync(&s.anna);
    s.bea.git(&["add", "-A"]);
    s.bea.git(&["commit", "-qm", "bea"]);
    assert!(
        !s.bea.git_pull(),
        "the encrypted file cannot merge line by line"
    );
    // check names the unmerged encrypted file; resolve merges it from git's versions.
    let run = s.bea.koop(&["check", "--rule", "K036"]).fails(1);
    assert!(
        run.stdout
            .contains("error[K036]: unresolved merge conflict: 3 lines of git's conflict markers")
            && run.stdout.contains("help: run `koop git resolve cases/"),
        "{}",
        run.stdout
    );
    let run = s.bea.koop(&["git", "resolve"]).ok();
    assert!(
        run.stdout.contains("Merged cases/") && run.stdout.contains("members.toml.age"),
        "{}",
        run.all()
    );
    s.bea.git(&["commit", "-q", "--no-edit"]);
    let show = s
        .bea
        .koop(&["case", "show", case, "--format", "json", "--reveal"])
        .ok()
        .json();
    assert_eq!(show["members"].as_array().unwrap().len(), 3);
}

#[test]
fn git_diff_shows_key_holders_the_decrypted_change_and_setup_is_idempotent() {
    let s = shared();
    let case = s.case.as_str();
    s.anna
        .koop(&["case", "member", "add", case, "--name", "Adam Nowosielski"])
        .ok();
    let diff = std::process::Command::new("git")
        .args(["diff"])
        .current_dir(s.anna.repo())
        .env("HOME", s.anna.test.path().join("..").join("none"))
        .env("KOOP_IDENTITY", s.anna.test.identity())
        .output()
        .unwrap();
    let diff = format!(
        "{}{}",
        String::from_utf8_lossy(&diff.stdout),
        String::from_utf8_lossy(&diff.stderr)
    );
    assert!(diff.contains("+name = \"Adam Nowosielski\""), "{diff}");
    // Without the identity, the diff says so and shows nothing personal.
    let diff = std::process::Command::new("git")
        .args(["diff"])
        .current_dir(s.anna.repo())
        .env("HOME", s.anna.test.path())
        .env("XDG_CONFIG_HOME", s.anna.test.path())
        .env_remove("KOOP_IDENTITY")
        .output()
        .unwrap();
    let diff = String::from_utf8_lossy(&diff.stdout);
    assert!(!diff.contains("Adam"), "{diff}");
    assert!(diff.contains("(encrypted; not shown"), "{diff}");
    let config = s
        .anna
        .git(&["config", "--get", "diff.koop-age.cachetextconv"]);
    assert_eq!(config.trim(), "false");
    s.anna.koop(&["git", "setup"]).ok();
    assert_eq!(
        s.anna
            .git(&["status", "--porcelain"])
            .lines()
            .filter(|l| l.contains(".gitattributes"))
            .count(),
        0
    );
}

#[test]
fn a_key_removed_while_a_colleague_wrote_in_parallel_is_reported_and_rotate_fixes_it() {
    let s = shared();
    // Anna removes Bea's key (the files are encrypted again without her) and shares it;
    // meanwhile Bea, who has not pulled yet, registers a family with a member.
    s.anna.koop(&["keys", "remove", "bea"]).ok();
    sync(&s.anna);
    let case = s
        .bea
        .koop(&[
            "case",
            "new",
            "--kind",
            "family",
            "--referred-by",
            "sp1",
            "--date",
            "2026-05-18",
        ])
        .ok()
        .stdout;
    s.bea
        .koop(&[
            "case",
            "member",
            "add",
            case.trim(),
            "--name",
            "Nowa Rodzina",
        ])
        .ok();
    sync(&s.bea);
    sync(&s.anna);
    // After the merge, Bea's new file is still readable by Bea's key: check says so.
    let run = s.anna.koop(&["check", "--rule", "K037"]).ok();
    assert!(
        run.stdout.contains("warning[K037]: cases/2026-002-")
            && run.stdout.contains("members.toml.age is encrypted to other keys than keys/ lists: 1 key no longer in keys/ can still read it"),
        "{}",
        run.stdout
    );
    s.anna.koop(&["keys", "rotate"]).ok();
    let run = s.anna.koop(&["check", "--rule", "K037"]).ok();
    assert!(run.stdout.contains("no problems"), "{}", run.stdout);
    // Bea cannot read the new family any more.
    sync(&s.anna);
    sync(&s.bea);
    let run = s
        .bea
        .koop(&["case", "show", case.trim(), "--reveal"])
        .fails(1);
    assert!(run.stderr.contains("cannot be decrypted"), "{}", run.all());
}

/// A throwaway OpenSSH ed25519 key (no passphrase), made for these tests only.
const SSH_KEY: &str = "-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
QyNTUxOQAAACC/flmgW9m5b53AUPWKpFN/CTBE328g3h6JQ7nMnnAFbQAAAJB1Jy4bdScu
GwAAAAtzc2gtZWQyNTUxOQAAACC/flmgW9m5b53AUPWKpFN/CTBE328g3h6JQ7nMnnAFbQ
AAAEA4jeqrnNimEdm0JrH6GX2Wf6YlAuRTtLPSNI2+WHHLFL9+WaBb2blvncBQ9YqkU38J
METfbyDeHolDucyecAVtAAAACXRlc3RAa29vcAECAwQ=
-----END OPENSSH PRIVATE KEY-----
";

/// Its public key, as `ssh-keygen` wrote it.
const SSH_PUBLIC: &str =
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIL9+WaBb2blvncBQ9YqkU38JMETfbyDeHolDucyecAVt";

#[test]
fn an_openssh_ed25519_identity_works_for_init_and_keys_add() {
    let t = Test::new().today(TODAY);
    let key = t.path().join("id_ed25519");
    std::fs::write(&key, SSH_KEY).unwrap();
    let env: [(&str, &OsStr); 1] = [("KOOP_IDENTITY", key.as_os_str())];
    let run = t
        .run_env(
            t.path(),
            &env,
            [
                "init",
                "gmina",
                "--name",
                "Przykładowo",
                "--no-git",
                "--key-name",
                "anna",
                "repo",
            ],
        )
        .ok();
    assert!(
        run.stdout
            .contains("Personal data is encrypted to keys/anna.txt"),
        "{}",
        run.all()
    );
    assert_eq!(t.read("repo/keys/anna.txt"), format!("{SSH_PUBLIC}\n"));
    let repo = t.path().join("repo");
    let koop = |args: &[&str]| t.run_env(&repo, &env, args);
    koop(&[
        "institution",
        "add",
        "--id",
        "gops",
        "--name",
        "GOPS",
        "--kind",
        "ops",
        "--level",
        "gmina",
    ])
    .ok();
    let case = koop(&[
        "case",
        "new",
        "--kind",
        "family",
        "--referred-by",
        "gops",
        "--date",
        "2026-05-04",
    ])
    .ok()
    .stdout;
    koop(&[
        "case",
        "member",
        "add",
        case.trim(),
        "--name",
        "Ewa Nowosielska",
    ])
    .ok();
    let run = koop(&["case", "show", case.trim(), "--reveal"]).ok();
    assert!(run.stdout.contains("Ewa Nowosielska"), "{}", run.all());
    // `keys add NAME` without a key takes the public key of your identity.
    std::fs::remove_file(repo.join("keys/anna.txt")).unwrap();
    let run = koop(&["keys", "add", "anna"]).ok();
    assert!(run.all().contains("added keys/anna.txt"), "{}", run.all());
    assert_eq!(t.read("repo/keys/anna.txt"), format!("{SSH_PUBLIC}\n"));
}

#[test]
fn clashing_numbers_are_settled_by_one_plan_even_by_two_people_at_once() {
    let s = shared();
    // Each registers two families in parallel: both take 2026-002 and 2026-003.
    for (p, day) in [(&s.anna, "2026-05-11"), (&s.bea, "2026-05-18")] {
        for _ in 0..2 {
            p.koop(&[
                "case",
                "new",
                "--kind",
                "family",
                "--referred-by",
                "sp1",
                "--date",
                day,
            ])
            .ok();
        }
    }
    sync(&s.anna);
    // Bea merges by hand (not with koop sync, which would renumber her cases at once).
    s.bea.git(&["add", "-A"]);
    s.bea.git(&["commit", "-qm", "bea"]);
    s.bea.git(&["pull", "-q", "--no-rebase", "--no-edit"]);
    let folder = |p: &Person, number: &str, day: &str| -> String {
        let list = p.koop(&["case", "list", "--format", "json"]).ok().json();
        list.as_array()
            .unwrap()
            .iter()
            .find(|c| c["id"] == number && c["referral_date"] == day)
            .map(|c| c["folder"].as_str().unwrap().to_string())
            .unwrap_or_else(|| panic!("{list:#}"))
    };
    let bea_002 = folder(&s.bea, "2026-002", "2026-05-18");
    let anna_002 = folder(&s.bea, "2026-002", "2026-05-11");
    // K004 names Bea's folders, which were not in the shared repository yet.
    let run = s.bea.koop(&["check", "--rule", "K004"]).fails(1);
    assert!(
        run.stdout.contains(&format!(
            "cases/{anna_002} keeps it (it is already in the shared repository): run `koop case renumber cases/{bea_002}` (it becomes 2026-004)"
        )),
        "{}",
        run.stdout
    );
    // The one that keeps its number is not renumbered without --force.
    let run = s
        .bea
        .koop(&["case", "renumber", &format!("cases/{anna_002}")])
        .fails(1);
    assert!(
        run.stderr
            .contains("keeps its number: it is already in the shared repository"),
        "{}",
        run.stderr
    );
    // Once both are shared, the one referred first keeps its number. Anna (after pulling)
    // and Bea settle it at the same time: they make the same moves.
    s.bea.git(&["push", "-q"]);
    sync(&s.anna);
    let run = s.anna.koop(&["check", "--rule", "K004"]).fails(1);
    assert!(
        run.stdout.contains("keeps it (it was referred first)"),
        "{}",
        run.stdout
    );
    s.anna.koop(&["case", "renumber"]).ok();
    let run = s.bea.koop(&["case", "renumber"]).ok();
    assert!(
        run.stdout.contains(" to 2026-004 ") && run.stdout.contains(" to 2026-005 "),
        "{}",
        run.stdout
    );
    sync(&s.anna);
    sync(&s.bea);
    sync(&s.anna);
    let run = s.anna.koop(&["check", "--rule", "K004"]).ok();
    assert!(run.stdout.contains("no problems"), "{}", run.stdout);
    let numbers = s
        .anna
        .koop(&["case", "list", "--format", "json"])
        .ok()
        .json();
    let mut ids: Vec<&str> = numbers
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    ids.sort_unstable();
    assert_eq!(
        ids,
        ["2026-001", "2026-002", "2026-003", "2026-004", "2026-005"]
    );
}

#[test]
fn sync_shares_records_only_and_never_an_error_of_your_own() {
    let s = shared();
    let case = s.case.as_str();
    let dir = s
        .anna
        .files()
        .into_iter()
        .find(|f| f.ends_with("/case.toml"))
        .unwrap()
        .replace("/case.toml", "");
    // A scan dropped into the case folder: check warns, sync refuses to share it.
    std::fs::write(
        s.anna.repo().join(&dir).join("skan-zgody.jpg"),
        b"\xff\xd8 scan",
    )
    .unwrap();
    let run = s.anna.koop(&["check", "--rule", "K006"]).ok();
    assert!(
        run.stdout
            .contains("skan-zgody.jpg is not a koop record, so it is not encrypted"),
        "{}",
        run.stdout
    );
    let run = s.anna.koop(&["sync"]).fails(1);
    assert!(
        run.stderr
            .contains("nothing was shared: this file is not a koop record")
            && run.stderr.contains("skan-zgody.jpg"),
        "{}",
        run.all()
    );
    std::fs::remove_file(s.anna.repo().join(&dir).join("skan-zgody.jpg")).unwrap();
    // koop's local state is never committed.
    sync(&s.anna);
    assert_eq!(s.anna.git(&["ls-files", ".koop"]), "");
    // A record broken by hand is committed locally but not pushed.
    let shared_head = s.anna.git(&["rev-parse", "@{u}"]);
    let plan = format!("{dir}/plan.toml");
    let text = s.anna.read(&plan);
    std::fs::write(
        s.anna.repo().join(&plan),
        text.replacen("due = ", "due = x", 1),
    )
    .unwrap();
    let run = s.anna.koop(&["sync"]).fails(1);
    assert!(
        run.stdout.contains("error[K001]") && run.stderr.contains("not pushed"),
        "{}",
        run.all()
    );
    assert_eq!(s.anna.git(&["rev-parse", "@{u}"]), shared_head);
    std::fs::write(s.anna.repo().join(&plan), text).unwrap();
    sync(&s.anna);
    assert_ne!(s.anna.git(&["rev-parse", "@{u}"]), shared_head);
    let _ = case;
}

#[test]
fn a_conflict_fixed_by_hand_is_kept_and_sync_finishes_the_merge() {
    let s = shared();
    let case = s.case.as_str();
    // Both change the mother's phone: personal data, so check does not print the values.
    for (p, phone) in [(&s.anna, "600 100 200"), (&s.bea, "600 300 400")] {
        let members = p
            .files()
            .into_iter()
            .find(|f| f.ends_with("members.toml.age"))
            .unwrap();
        let script = p.test.script(
            "phone.sh",
            &format!("printf 'phone = \"{phone}\"\\n' >> \"$1\""),
        );
        let env: [(&str, &OsStr); 2] = [
            ("EDITOR", script.as_os_str()),
            ("KOOP_ID_SEED", OsStr::new(p.seed)),
        ];
        p.test.run_env(&p.repo(), &env, ["edit", &members]).ok();
    }
    sync(&s.anna);
    s.bea.koop(&["sync"]).fails(1);
    let run = s.bea.koop(&["check", "--rule", "K036"]).fails(1);
    assert!(
        run.stdout.contains("(values not shown: personal data;"),
        "{}",
        run.stdout
    );
    assert!(!run.stdout.contains("600 "), "{}", run.stdout);
    // Bea keeps her number and deletes the conflict entry, then runs resolve by mistake:
    // her fix stays.
    let members = s
        .bea
        .files()
        .into_iter()
        .find(|f| f.ends_with("members.toml.age"))
        .unwrap();
    s.bea.keep_ours(&members);
    let run = s.bea.koop(&["git", "resolve"]).ok();
    assert!(
        run.stdout.contains("resolved by hand, marked as resolved"),
        "{}",
        run.all()
    );
    // koop sync finishes the merge and shares it.
    let run = sync(&s.bea);
    assert!(
        run.stdout.contains("Finished the merge") || run.stdout.contains("Pushed"),
        "{}",
        run.all()
    );
    sync(&s.anna);
    let show = s
        .anna
        .koop(&["case", "show", case, "--format", "json", "--reveal"])
        .ok()
        .json();
    assert_eq!(show["members"][0]["phone"], "600 300 400");
}

#[test]
fn conflict_markers_committed_by_hand_are_merged_by_resolve() {
    let s = shared();
    let case = s.case.as_str();
    // A clone without koop's drivers: git's markers get committed and pushed.
    s.bea.git(&["config", "--remove-section", "merge.koop"]);
    for (p, report) in [(&s.anna, "Frekwencja 80%"), (&s.bea, "Frekwencja 90%")] {
        let args = [
            "monitor", "add", case, "--month", "2026-04", "--task", "1.1",
        ];
        p.koop(&[&args[..], &["--by", "sp1", "--date", "2026-04-30", report]].concat())
            .ok();
    }
    sync(&s.anna);
    s.bea.git(&["add", "-A"]);
    s.bea.git(&["commit", "-qm", "bea"]);
    assert!(!s.bea.git_pull());
    s.bea.git(&["add", "-A"]);
    s.bea.git(&["commit", "-q", "--no-edit"]);
    let report = s
        .bea
        .files()
        .into_iter()
        .find(|f| f.ends_with("monitoring/2026-04/sp1.toml"))
        .unwrap();
    let run = s.bea.koop(&["check", "--rule", "K036"]).fails(1);
    assert!(
        run.stdout.contains("lines of git's conflict markers"),
        "{}",
        run.stdout
    );
    let run = s.bea.koop(&["git", "resolve", &report]).ok();
    assert!(
        run.stdout
            .contains(&format!("Merged the two sides of {report}")),
        "{}",
        run.all()
    );
    let show = s
        .bea
        .koop(&["case", "show", case, "--format", "json"])
        .ok()
        .json();
    let mut reports: Vec<&str> = show["monitoring"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["progress"].as_str().unwrap())
        .collect();
    reports.sort_unstable();
    assert_eq!(reports, ["Frekwencja 80%", "Frekwencja 90%"]);
    s.bea.koop(&["check", "--rule", "K036"]).ok();
}

#[test]
fn personal_data_in_plain_text_is_never_shared_and_a_renumbering_is_told() {
    let s = shared();
    let dir = s
        .anna
        .files()
        .into_iter()
        .find(|f| f.ends_with("/case.toml"))
        .unwrap()
        .replace("/case.toml", "");
    // A members file written by hand in plain text in a repository that encrypts.
    let _ = &dir;
    let other = "cases/2026-009-zzzz".to_string();
    let case = "id = \"2026-009\"\nkind = \"person\"\nstatus = \"referred\"\n\n[referral]\ndate = 2026-05-04\ninstitution = \"sp1\"\n";
    std::fs::create_dir_all(s.anna.repo().join(&other)).unwrap();
    std::fs::write(s.anna.repo().join(&other).join("case.toml"), case).unwrap();
    std::fs::write(
        s.anna.repo().join(&other).join("members.toml"),
        "[[members]]\nid = \"jawna1\"\nname = \"Jawna Osoba\"\n",
    )
    .unwrap();
    let head = s.anna.git(&["rev-parse", "HEAD"]);
    let run = s.anna.koop(&["sync"]).fails(1);
    assert!(
        run.stderr
            .contains("nothing was shared: personal data in plain text")
            && run.stderr.contains("`koop keys rotate`"),
        "{}",
        run.all()
    );
    assert_eq!(
        s.anna.git(&["rev-parse", "HEAD"]),
        head,
        "nothing committed"
    );
    s.anna.koop(&["keys", "rotate"]).ok();
    sync(&s.anna);
    assert!(
        s.anna
            .git(&["ls-files"])
            .contains(&format!("{other}/members.toml.age"))
    );
    // Two shared cases with one number (merged by plain git), renumbered by Anna: Bea's sync
    // says which of hers changed number.
    sync(&s.bea);
    let env_case = [
        "case",
        "new",
        "--kind",
        "family",
        "--referred-by",
        "sp1",
        "--date",
    ];
    s.anna.koop(&[&env_case[..], &["2026-05-11"]].concat()).ok();
    s.bea.koop(&[&env_case[..], &["2026-05-18"]].concat()).ok();
    sync(&s.anna);
    s.bea.git(&["add", "-A"]);
    s.bea.git(&["commit", "-qm", "bea"]);
    s.bea.git(&["pull", "-q", "--no-rebase", "--no-edit"]);
    s.bea.git(&["push", "-q"]);
    sync(&s.anna);
    s.anna.koop(&["case", "renumber"]).ok();
    sync(&s.anna);
    let run = sync(&s.bea);
    assert!(
        run.stderr.contains("case 2026-010 (cases/2026-010-")
            && run
                .stderr
                .contains("is now 2026-011: a colleague renumbered it"),
        "{}",
        run.all()
    );
}
