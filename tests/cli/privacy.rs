//! Personal data encrypted at rest (age), pseudonymous by default, and aggregate exports
//! without it (docs/privacy.md).

use std::path::{Path, PathBuf};

use crate::{Test, example, fixture, git, git_available};

const NAME: &str = "Zenobia Tajemnicza";
const PHONE: &str = "600 987 654";
const PHRASE: &str = "uzależnienie od hazardu";

/// A case with a member, phone and diagnosis known to the test; returns its number.
pub(crate) fn sensitive_case(t: &Test) -> String {
    let id = t
        .run([
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
    t.run([
        "case", "member", "add", &id, "--name", NAME, "--phone", PHONE,
    ])
    .ok();
    // A diagnosis is made once the case is qualified.
    t.run(["case", "consent", &id, "--date", "2026-03-05", "--by", "m1"])
        .ok();
    t.run([
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
    ])
    .ok();
    t.run([
        "case",
        "qualify",
        &id,
        "--team",
        "ggk",
        "--date",
        "2026-03-10",
    ])
    .ok();
    t.run(["case", "diagnosis", &id, "--health", PHRASE]).ok();
    id
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    let needle = needle.as_bytes();
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// Every file under `dir`, recursively, as raw bytes.
fn raw_files(dir: &Path, out: &mut Vec<(PathBuf, Vec<u8>)>) {
    for entry in std::fs::read_dir(dir).expect("read_dir").flatten() {
        let path = entry.path();
        if path.is_dir() {
            raw_files(&path, out);
        } else if let Ok(bytes) = std::fs::read(&path) {
            out.push((path, bytes));
        }
    }
}

/// Commits everything, packs it with `git gc`, and returns every object's content (git
/// compresses objects, so the raw files alone would hide plain text too).
fn committed_objects(dir: &Path) -> Vec<u8> {
    git(dir, &["init", "-q", "-b", "main"]);
    git(dir, &["add", "-A"]);
    git(dir, &["commit", "-q", "-m", "cases"]);
    git(dir, &["gc", "-q", "--aggressive", "--prune=now"]);
    git(dir, &["cat-file", "--batch-all-objects", "--batch"])
}

#[test]
fn with_encryption_no_name_phone_or_diagnosis_reaches_the_files_or_git() {
    if !git_available() {
        eprintln!("skipped: needs git");
        return;
    }
    let t = fixture();
    sensitive_case(&t);
    // koop itself reads them back.
    let shown = t.run(["case", "show", "2026-001", "--reveal"]).ok();
    assert!(shown.stdout.contains(NAME), "{}", shown.stdout);
    let objects = committed_objects(t.path());
    let mut files = Vec::new();
    raw_files(t.path(), &mut files);
    assert!(files.iter().any(|(p, _)| p.ends_with("members.toml.age")));
    for needle in [NAME, PHONE, PHRASE, "Zenobia", "987 654", "hazardu"] {
        assert!(!contains(&objects, needle), "{needle:?} is in a git object");
        for (path, bytes) in &files {
            assert!(
                !contains(bytes, needle),
                "{needle:?} is in {}",
                path.display()
            );
        }
    }
}

#[test]
fn without_encryption_the_same_check_finds_the_name_in_git() {
    // The control for the test above: the search does find plain text when it is there.
    if !git_available() {
        eprintln!("skipped: needs git");
        return;
    }
    let t = fixture();
    std::fs::remove_dir_all(t.path().join("keys")).expect("keys/");
    sensitive_case(&t);
    assert!(t.exists(&format!("{}/members.toml", case_dir(&t))));
    let objects = committed_objects(t.path());
    assert!(contains(&objects, NAME));
    assert!(contains(&objects, PHRASE));
    let run = t.run(["check", "--rule", "K032"]);
    assert!(run.stdout.contains("warning[K032]"), "{}", run.stdout);
    assert!(
        run.stdout
            .contains("members.toml holds personal data in plain text"),
        "{}",
        run.stdout
    );
}

fn case_dir(t: &Test) -> String {
    t.files()
        .into_iter()
        .find(|f| f.ends_with("/case.toml"))
        .expect("a case")
        .trim_end_matches("/case.toml")
        .to_string()
}

/// Makes a second identity; returns its path and public key.
fn other_identity(t: &Test, name: &str) -> (PathBuf, String) {
    // Beside the test user's own identity, outside the repository.
    let path = t.identity().with_file_name(format!("{name}.txt"));
    let run = t
        .run([
            "keys",
            "generate",
            "--output",
            path.to_string_lossy().as_ref(),
        ])
        .ok();
    let public = run.stdout.trim().to_string();
    assert!(public.starts_with("age1"), "{public}");
    (path, public)
}

fn as_user(t: &Test, identity: &Path, args: &[&str]) -> crate::Run {
    t.run_env(t.path(), &[("KOOP_IDENTITY", identity.as_os_str())], args)
}

#[test]
fn a_wrong_identity_is_refused_and_read_only_commands_say_what_they_skipped() {
    let t = fixture();
    let id = sensitive_case(&t);
    let (eve, _) = other_identity(&t, "eve");
    let run = as_user(&t, &eve, &["case", "show", &id, "--reveal"]).fails(1);
    assert!(
        run.stderr
            .contains("members.toml.age, which cannot be decrypted"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("not encrypted to your identity"),
        "{}",
        run.stderr
    );
    assert!(!run.stdout.contains(NAME));
    // Writing personal data is refused too, and nothing changes.
    let before = t.state();
    let run = as_user(&t, &eve, &["case", "member", "add", &id, "--name", "X"]).fails(1);
    assert!(run.stderr.contains("cannot be decrypted"), "{}", run.stderr);
    t.unchanged(&before);
    // Commands that need no personal data work and say what they could not verify.
    let run = as_user(&t, &eve, &["case", "list"]).ok();
    assert!(run.stdout.contains(&id), "{}", run.stdout);
    assert!(
        run.stderr
            .contains("2 encrypted files of personal data could not be decrypted"),
        "{}",
        run.stderr
    );
    let run = as_user(&t, &eve, &["check", "--rule", "K005"]);
    assert!(
        run.stderr.contains("could not be decrypted"),
        "{}",
        run.stderr
    );
    // Without any identity at all.
    let nowhere = tempfile::tempdir().expect("tmp");
    let run = t
        .run_env(
            t.path(),
            &[
                ("HOME", nowhere.path().as_os_str()),
                ("XDG_CONFIG_HOME", nowhere.path().as_os_str()),
            ],
            ["case", "show", &id, "--reveal"],
        )
        .fails(1);
    assert!(
        run.stderr.contains("you have no identity"),
        "{}",
        run.stderr
    );
}

#[test]
fn adding_and_removing_a_recipient_re_encrypts_and_locks_the_removed_one_out() {
    let t = fixture();
    let id = sensitive_case(&t);
    let (bob, bob_key) = other_identity(&t, "bob");
    as_user(&t, &bob, &["case", "show", &id, "--reveal"]).fails(1);
    let run = t.run(["keys", "add", "bob", &bob_key]).ok();
    assert!(
        run.stdout
            .contains("re-encrypted 2 files of personal data to 2 recipients: bob, tester"),
        "{}",
        run.stdout
    );
    assert_eq!(t.read("keys/bob.txt"), format!("{bob_key}\n"));
    let run = as_user(&t, &bob, &["case", "show", &id, "--reveal"]).ok();
    assert!(run.stdout.contains(NAME), "{}", run.stdout);
    let list = t.run(["keys", "list", "--format", "json"]).ok().json();
    assert_eq!(list.as_array().map(Vec::len), Some(2));
    assert_eq!(list[1]["name"], "tester");
    assert_eq!(list[1]["you"], true);
    assert_eq!(list[0]["you"], false);

    let dir = case_dir(&t);
    let old = t.read(&format!("{dir}/members.toml.age"));
    t.run(["keys", "remove", "bob"]).ok();
    assert!(!t.exists("keys/bob.txt"));
    assert_ne!(
        t.read(&format!("{dir}/members.toml.age")),
        old,
        "not re-encrypted"
    );
    let run = as_user(&t, &bob, &["case", "show", &id, "--reveal"]).fails(1);
    assert!(
        run.stderr.contains("not encrypted to your identity"),
        "{}",
        run.stderr
    );
    // New data is not for bob either; the remaining recipient still reads everything.
    t.run(["case", "member", "add", &id, "--name", "Nowy Członek"])
        .ok();
    as_user(&t, &bob, &["case", "show", &id, "--reveal"]).fails(1);
    let run = t.run(["case", "show", &id, "--reveal"]).ok();
    assert!(run.stdout.contains("Nowy Członek"), "{}", run.stdout);
    // The last recipient cannot be removed (bob removes tester's key; then his is the last).
    t.run(["keys", "add", "bob", &bob_key]).ok();
    let run = as_user(&t, &bob, &["keys", "remove", "tester"]).ok();
    assert!(run.stdout.contains("to 1 recipient: bob"), "{}", run.stdout);
    let run = as_user(&t, &bob, &["keys", "remove", "bob"]).fails(1);
    assert!(run.stderr.contains("your own key"), "{}", run.stderr);
    let run = t.run(["keys", "remove", "bob"]).fails(1);
    assert!(run.stderr.contains("last recipient"), "{}", run.stderr);
}

#[test]
fn a_corrupted_encrypted_file_is_a_clear_error() {
    let t = fixture();
    let id = sensitive_case(&t);
    let rel = format!("{}/members.toml.age", case_dir(&t));
    let text = t.read(&rel);
    // Damage the ciphertext in the middle of the armour.
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    let mid = lines.len() / 2;
    lines[mid] = lines[mid].chars().rev().collect();
    t.write(&rel, lines.join("\n") + "\n");
    let run = t.run(["check"]).fails(1);
    assert!(
        run.stdout
            .contains(&format!("error[K001]: cannot decrypt {rel}: it is damaged")),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("git checkout"), "{}", run.stdout);
    // Not an empty case: commands that need it refuse, naming the file and the remedy.
    for args in [
        vec!["case", "member", "add", &id, "--name", "X"],
        vec!["case", "show", &id, "--reveal"],
        vec!["doc", "karta", &id, "--reveal"],
    ] {
        let run = t.run(&args).fails(1);
        assert!(
            run.stderr
                .contains(&format!("{rel}, which cannot be decrypted: it is damaged")),
            "{args:?}: {}",
            run.stderr
        );
        assert!(run.stderr.contains("git checkout"), "{}", run.stderr);
    }
    let karta = t.run(["doc", "karta", &id]).ok().stdout;
    assert!(
        karta.contains("1. (zaszyfrowane – brak dostępu), "),
        "{karta}"
    );
    // No follow-on errors about the members it holds.
    let run = t.run(["check"]).fails(1);
    assert!(!run.stdout.contains("K005"), "{}", run.stdout);
    t.write(&rel, "not age at all\n");
    let run = t.run(["check"]).fails(1);
    assert!(run.stdout.contains("cannot decrypt"), "{}", run.stdout);
}

#[test]
fn turning_encryption_on_later_encrypts_what_was_plain_text() {
    let t = Test::new();
    t.run([
        "init",
        "gmina",
        "--name",
        "Przykładowo",
        "--no-git",
        "--no-encrypt",
    ])
    .ok();
    assert!(!t.exists("keys"));
    for (rel, text) in [
        ("institutions/sp1/institution.toml", crate::SP1),
        ("institutions/gops/institution.toml", crate::GOPS),
        (
            "institutions/gops/people/anna-nowak.toml",
            "name = \"Anna Nowak\"\nroles = [\"pracownik-socjalny\"]\n",
        ),
    ] {
        t.write(rel, text);
    }
    // No identity yet: generate one first (where init would have put it).
    t.run(["keys", "generate"]).ok();
    sensitive_case(&t);
    let dir = case_dir(&t);
    assert!(t.exists(&format!("{dir}/members.toml")));
    let run = t.run(["check", "--rule", "K032"]);
    assert!(run.stdout.contains("keys add"), "{}", run.stdout);
    let run = t.run(["keys", "add", "anna"]).ok();
    assert!(
        run.stdout.contains("re-encrypted 2 files"),
        "{}",
        run.stdout
    );
    assert!(!t.exists(&format!("{dir}/members.toml")));
    assert!(!t.exists(&format!("{dir}/diagnosis.toml")));
    assert!(t.exists(&format!("{dir}/members.toml.age")));
    // koop's operation log forgot the plain-text copies it kept for undo, and the parse
    // cache (which the check above filled) its plain-text records.
    assert!(run.stderr.contains("forgot"), "{}", run.stderr);
    let nothing_plain = || {
        for f in t.files_with_state() {
            if f.starts_with(".koop/") {
                let bytes = std::fs::read(t.path().join(&f)).unwrap();
                let text = String::from_utf8_lossy(&bytes);
                assert!(!text.contains(NAME), "{f} keeps the name");
                let hex: String = NAME.bytes().map(|b| format!("{b:02x}")).collect();
                assert!(!text.contains(&hex), "{f} keeps the name in hex");
            }
        }
    };
    nothing_plain();
    t.run(["check", "--rule", "K032", "--deny", "warnings"])
        .ok();
    let shown = t.run(["case", "show", "2026-001", "--reveal"]).ok();
    assert!(shown.stdout.contains(NAME));
    nothing_plain();
}

#[test]
fn plain_and_encrypted_copies_of_one_file_are_not_silently_merged() {
    let t = fixture();
    let id = sensitive_case(&t);
    let dir = case_dir(&t);
    t.write(
        &format!("{dir}/members.toml"),
        "[[members]]\nid = \"first\"\nname = \"Plain Person\"\n",
    );
    let before = t.state();
    let run = t.run(["keys", "rotate"]).fails(1);
    assert!(
        run.stderr.contains(&format!(
            "both {dir}/members.toml and {dir}/members.toml.age exist; nothing was changed"
        )),
        "{}",
        run.stderr
    );
    let run = t
        .run(["case", "member", "add", &id, "--name", "X"])
        .fails(1);
    assert!(run.stderr.contains("nothing was changed"), "{}", run.stderr);
    t.unchanged(&before);
}

#[test]
fn a_revealed_document_written_into_the_repository_is_flagged_and_ignored_by_git() {
    let t = fixture();
    let id = sensitive_case(&t);
    let run = t
        .run(["doc", "karta", &id, "--reveal", "--format", "pdf"])
        .ok();
    assert!(
        run.stderr
            .contains("karta-2026-001.pdf holds personal data in plain text inside the repository"),
        "{}",
        run.stderr
    );
    assert!(t.read(".gitignore").lines().any(|l| l == "*.pdf"));
    // Without --reveal there is nothing personal to warn about.
    let run = t
        .run(["doc", "karta", &id, "--format", "pdf", "-o", "k2.pdf"])
        .ok();
    assert!(!run.stderr.contains("personal data"), "{}", run.stderr);
    // --date sets the date printed, zał. 6's too.
    let karta = t
        .run(["doc", "karta", &id, "--date", "2026-12-01"])
        .ok()
        .stdout;
    assert!(karta.contains("data 1 grudnia 2026\u{a0}r."), "{karta}");
}

#[test]
fn keys_refuse_rsa_private_keys_duplicates_and_overwriting_an_identity() {
    let t = fixture();
    let run = t
        .run([
            "keys",
            "add",
            "rsa",
            "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQDx user@host",
        ])
        .fails(1);
    assert!(run.stderr.contains("RUSTSEC-2023-0071"), "{}", run.stderr);
    let run = t.run(["keys", "add", "x", "age1nonsense"]).fails(1);
    assert!(
        run.stderr.contains("not a valid age public key"),
        "{}",
        run.stderr
    );
    let identity = std::fs::read_to_string(t.identity()).expect("identity");
    t.write("secret.txt", &identity);
    let run = t.run(["keys", "add", "leak", "secret.txt"]).fails(1);
    assert!(run.stderr.contains("is a private key"), "{}", run.stderr);
    let run = t.run(["keys", "add", "again"]).fails(1);
    assert!(
        run.stderr.contains("already listed as `tester`"),
        "{}",
        run.stderr
    );
    let run = t.run(["keys", "add", "../x", "age1x"]).fails(1);
    assert!(run.stderr.contains("recipient name"), "{}", run.stderr);
    let run = t.run(["keys", "remove", "testr"]).fails(1);
    assert!(
        run.stderr.contains("did you mean `tester`"),
        "{}",
        run.stderr
    );
    let run = t.run(["keys", "generate"]).fails(1);
    assert!(run.stderr.contains("already exists"), "{}", run.stderr);
    // An identity never goes into the repository, and one put there is named for what it is.
    let run = t
        .run(["keys", "generate", "--output", "keys/mine.txt"])
        .fails(1);
    assert!(run.stderr.contains("must stay out of it"), "{}", run.stderr);
    assert!(!t.exists("keys/mine.txt"));
    let secret = identity
        .lines()
        .find(|l| l.starts_with("AGE-SECRET-KEY"))
        .expect("secret");
    let run = t.run(["keys", "add", "pasted", secret]).fails(1);
    assert!(
        run.stderr.contains("that is a private key"),
        "{}",
        run.stderr
    );
    assert!(
        !run.stderr.contains(secret),
        "the secret is echoed: {}",
        run.stderr
    );
    t.write("keys/oops.txt", format!("{secret}\n"));
    let run = t.run(["keys", "rotate"]).fails(1);
    assert!(
        run.stderr
            .contains("keys/oops.txt:1:1: this is a PRIVATE key"),
        "{}",
        run.stderr
    );
    std::fs::remove_file(t.path().join("keys/oops.txt")).expect("rm");
    // Removing your own key would lock you out.
    let run = t.run(["keys", "remove", "tester"]).fails(1);
    assert!(run.stderr.contains("your own key"), "{}", run.stderr);
    assert_eq!(
        std::fs::read_to_string(t.identity()).expect("identity"),
        identity
    );
    let run = t.run(["keys", "list"]).ok();
    assert!(run.stdout.contains("tester"), "{}", run.stdout);
    assert!(run.stdout.contains("you"), "{}", run.stdout);
}

#[test]
fn documents_are_pseudonymous_unless_revealed() {
    let t = fixture();
    let id = sensitive_case(&t);
    let karta = t.run(["doc", "karta", &id]).ok().stdout;
    assert!(
        !karta.contains(NAME) && !karta.contains(PHONE) && !karta.contains(PHRASE),
        "{karta}"
    );
    assert!(
        karta.contains("1. m1, (ukryte), (ukryte), (ukryte)"),
        "{karta}"
    );
    // Only the health heading was filled in; the pseudonymous form hides all six alike, so
    // it does not tell which of them say something.
    let data = t.run(["doc", "karta", &id, "--format", "json"]).ok().json();
    for heading in [
        "material",
        "housing",
        "professional",
        "health",
        "care",
        "relations",
    ] {
        assert_eq!(data["diagnosis"][heading], "(ukryte)", "{heading}");
    }
    let karta = t.run(["doc", "karta", &id, "--reveal"]).ok().stdout;
    assert!(
        karta.contains(NAME) && karta.contains(PHONE) && karta.contains(PHRASE),
        "{karta}"
    );
    let (eve, _) = other_identity(&t, "eve");
    let run = as_user(&t, &eve, &["doc", "karta", &id, "--reveal"]).fails(1);
    assert!(run.stderr.contains("cannot be decrypted"), "{}", run.stderr);
    // Without --reveal a colleague without the key still gets the pseudonymous form.
    as_user(&t, &eve, &["doc", "karta", &id]).ok();
    let run = t.run(["doc", "efekty", "--reveal"]).fails(1);
    assert!(run.stderr.contains("--reveal applies to"), "{}", run.stderr);
    // Listings name cases by number only.
    let list = t.run(["case", "list"]).ok().stdout;
    assert!(!list.contains(NAME), "{list}");
}

#[test]
fn a_members_name_in_a_plan_or_a_report_is_flagged() {
    let t = fixture();
    let id = sensitive_case(&t);
    t.run([
        "goal",
        "add",
        &id,
        "--main",
        "Rodzina funkcjonuje samodzielnie",
    ])
    .ok();
    // Inflected, as Polish writes it: "Tajemniczej" for Tajemnicza.
    t.run(["goal", "add", &id, "Zatrudnienie pani Tajemniczej"])
        .ok();
    let run = t.run(["check", "--rule", "K033"]);
    assert!(
        run.stdout
            .contains("warning[K033]: the name of member m1 appears in"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("/plan.toml:"), "{}", run.stdout);
    assert!(run.stdout.contains("help: write `m1`"), "{}", run.stdout);
    // The member's key instead of the name: nothing to report.
    let plan = format!("{}/plan.toml", case_dir(&t));
    let text = t.read(&plan).replace("pani Tajemniczej", "m1");
    t.write(&plan, text);
    t.run(["check", "--rule", "K033", "--deny", "warnings"])
        .ok();
    // A word that merely starts like a name is not one.
    t.run(["goal", "add", &id, "Zenobiowanie nie jest imieniem"])
        .ok();
    t.run(["check", "--rule", "K033", "--deny", "warnings"])
        .ok();
}

/// Files not read again (their stat is as when their records were cached) are still
/// looked in for the members' names: what was found is kept (encrypted, with the members),
/// and found again when the members change.
#[test]
fn names_are_found_in_files_not_read_again() {
    let t = fixture();
    let id = sensitive_case(&t);
    t.run(["goal", "add", &id, "Zatrudnienie pani Tajemniczej"])
        .ok();
    t.run(["goal", "add", &id, "Kurs dla pana Bonifacego"]).ok();
    let first = t.run(["check", "--rule", "K033"]);
    assert!(
        first.stdout.contains("member m1 appears in"),
        "{}",
        first.stdout
    );
    assert!(!first.stdout.contains("member m2"), "{}", first.stdout);
    // A file changed in the last two seconds is read, whatever its stat: past them, the
    // next check records the stats, and the one after reads none of the case's plain files.
    std::thread::sleep(std::time::Duration::from_millis(2200));
    t.run(["check", "--rule", "K033"]);
    assert!(t.exists(".koop/cache/cases.stat"));
    let again = t.run(["check", "--rule", "K033"]);
    assert_eq!(again.stdout, first.stdout);
    assert_eq!(again.code, first.code);
    // A new member whose name the plan (not changed, not read) holds.
    t.run(["case", "member", "add", &id, "--name", "Bonifacy Nowy"])
        .ok();
    let after = t.run(["check", "--rule", "K033"]);
    assert!(
        after.stdout.contains("member m2 appears in"),
        "{}",
        after.stdout
    );
    assert!(
        after.stdout.contains("member m1 appears in"),
        "{}",
        after.stdout
    );
    let cache = t.path().join(".koop/cache");
    std::fs::remove_dir_all(&cache).expect("removed");
    assert_eq!(t.run(["check", "--rule", "K033"]).stdout, after.stdout);
}

/// The names are looked for with the members as loaded: beside a damaged `members.toml.age`,
/// a `members.toml` in plain text is what the case's members are, and a change to it is seen
/// though the plan is not read again.
#[test]
fn names_are_looked_for_with_the_members_file_that_loaded() {
    let t = fixture();
    let id = sensitive_case(&t);
    t.run(["goal", "add", &id, "Zajęcia wyrównawcze dla dzieci"])
        .ok();
    let dir = case_dir(&t);
    t.write(
        &format!("{dir}/members.toml"),
        "[[members]]\nid = \"m1\"\nname = \"Xyzzy Abcde\"\n",
    );
    t.write(&format!("{dir}/members.toml.age"), "damaged");
    std::thread::sleep(std::time::Duration::from_millis(2200));
    let off = |t: &Test| {
        t.run_env(
            t.path(),
            &[("KOOP_CACHE", "off".as_ref())],
            ["check", "--rule", "K033"],
        )
    };
    t.run(["check", "--rule", "K033"]);
    let before = t.run(["check", "--rule", "K033"]);
    assert_eq!(before.stdout, off(&t).stdout);
    assert!(
        !before.stdout.contains("member m1 appears"),
        "{}",
        before.stdout
    );
    // A member named with a word the plan holds.
    let members = t.read(&format!("{dir}/members.toml"));
    t.write(
        &format!("{dir}/members.toml"),
        members.replace("Xyzzy", "Zajęcia"),
    );
    std::thread::sleep(std::time::Duration::from_millis(2200));
    let after = t.run(["check", "--rule", "K033"]);
    assert!(
        after.stdout.contains("member m1 appears in"),
        "{}",
        after.stdout
    );
    assert_eq!(t.run(["check", "--rule", "K033"]).stdout, after.stdout);
    assert_eq!(after.stdout, off(&t).stdout);
}

fn stats(args: &[&str]) -> crate::Run {
    let t = Test::new();
    let dir = example().to_string_lossy().to_string();
    let mut all = vec!["-C", dir.as_str(), "export", "stats"];
    all.extend_from_slice(args);
    t.run(all)
}

#[test]
fn export_stats_gives_figures_without_personal_data() {
    let run = stats(&[]).ok();
    let s = run.json();
    assert_eq!(s["cases"]["total"], 5);
    assert_eq!(s["cases"]["by_status"]["active"], 1);
    assert_eq!(s["cases"]["by_status"]["closed"], 1);
    // The referral the GGK did not qualify is counted apart from closed cases.
    assert_eq!(s["cases"]["by_status"]["not-qualified"], 1);
    assert_eq!(s["cases"]["by_kind"]["family"], 3);
    assert_eq!(s["goals"]["achieved"], 2);
    assert_eq!(s["goals"]["partly"], 3);
    assert_eq!(s["meetings"][0]["team"], "ggk-przykladowo");
    assert_eq!(s["meetings"][0]["held"], 1);
    assert_eq!(s["meetings"][1]["team"], "pzk-przykladowo");
    assert_eq!(s["meetings"][1]["held"], 6);
    assert_eq!(s["period"]["to"], "2026-11-23");
    // No member, case number, diagnosis or free text.
    for needle in [
        "Kalinowski",
        "Nowosielska",
        "2026-00",
        "600 100",
        "alkohol",
        "m1",
    ] {
        assert!(!run.stdout.contains(needle), "{needle} in:\n{}", run.stdout);
    }
    // A period narrows it: the first half of 2026 had two cases, both active at its end.
    let half = stats(&["--period", "2026-01..2026-06"]).ok().json();
    assert_eq!(half["cases"]["total"], 2);
    assert_eq!(half["cases"]["by_status"]["active"], 2);
    assert_eq!(half["period"]["from"], "2026-01-01");
    assert_eq!(half["meetings"][1]["held"], 3);
    let csv = stats(&["--period", "2026", "--format", "csv"]).ok().stdout;
    assert!(csv.starts_with("section,item,value\r\n"), "{csv}");
    assert!(csv.contains("cases,total,5\r\n"), "{csv}");
    assert!(csv.contains("cases_by_status,not-qualified,1\r\n"), "{csv}");
    assert!(csv.contains("cases_by_status,active,1\r\n"), "{csv}");
    assert!(csv.contains("institutions,gops-przykladowo,"), "{csv}");
    let run = stats(&["--period", "2026-13"]).fails(1);
    assert!(
        run.stderr.contains("--period: `2026-13` is not a year"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_revealed_document_written_through_dash_c_is_flagged_too() {
    // koop run from the repository's parent folder with `-C repo`: the PDF lands in the
    // repository, and the warning must say so.
    let t = fixture();
    let id = sensitive_case(&t);
    let repo = t.path().to_path_buf();
    let parent = repo.parent().expect("a parent folder").to_path_buf();
    let name = repo
        .file_name()
        .expect("a name")
        .to_string_lossy()
        .to_string();
    let run = t
        .run_in(
            &parent,
            [
                "-C", &name, "doc", "karta", &id, "--reveal", "--format", "pdf",
            ],
        )
        .ok();
    assert!(
        run.stderr
            .contains("holds personal data in plain text inside the repository"),
        "{}",
        run.stderr
    );
    assert!(repo.join(format!("karta-{id}.pdf")).exists());
}

#[test]
fn case_find_searches_the_decrypted_data_and_is_refused_without_a_key_that_opens_it() {
    let t = fixture();
    let id = sensitive_case(&t);
    // A second case with no personal data: readable by anyone, but the search still refuses.
    t.run([
        "case",
        "new",
        "--kind",
        "person",
        "--referred-by",
        "sp1",
        "--date",
        "2026-03-04",
    ])
    .ok();
    // The key holder finds the case by name (without diacritics), phone and diagnosis.
    for query in ["zenobia tajemnicza", "600987654", "uzaleznienie hazardu"] {
        let run = t.run(["case", "find", "--format", "json", query]).ok();
        assert_eq!(run.json()[0]["id"], id.as_str(), "{query}");
    }
    let run = t.run(["case", "find", "hazard"]).ok();
    run.out_has("diagnosis: health");
    assert!(!run.stdout.contains(PHRASE), "{}", run.stdout);
    let run = t.run(["case", "find", "tajemnicza", "--reveal"]).ok();
    run.out_has(NAME);
    // Someone the files are not encrypted to is refused, not told "nothing found".
    let (eve, _) = other_identity(&t, "eve");
    let run = as_user(&t, &eve, &["case", "find", "tajemnicza"]).fails(1);
    run.err_has(&format!(
        "cannot search: the personal data of case {id} cannot be decrypted"
    ))
    .err_has("not encrypted to your identity")
    .err_has("koop keys add");
    assert!(!run.stdout.contains(&id), "{}", run.stdout);
    // So is someone without any identity, also for a word only the plain files hold.
    let nowhere = tempfile::tempdir().expect("tmp");
    let home = [
        ("HOME", nowhere.path().as_os_str()),
        ("XDG_CONFIG_HOME", nowhere.path().as_os_str()),
    ];
    let run = t
        .run_env(t.path(), &home, ["case", "find", "2026"])
        .fails(1);
    run.err_has("you have no identity").err_has("KOOP_IDENTITY");
    // In Polish.
    let pl = [home[0], home[1], ("KOOP_LANG", std::ffi::OsStr::new("pl"))];
    let run = t
        .run_env(t.path(), &pl, ["case", "find", "tajemnicza"])
        .fails(1);
    run.err_has(&format!(
        "nie można szukać: nie da się odszyfrować danych osobowych sprawy {id}"
    ));
}

/// The parse cache (`.koop/cache/`): a second `koop check` reads it and says what the first
/// said; the records of encrypted files are cached encrypted to the user's own key, so
/// neither the cache nor another user learns a family's data from it.
#[test]
fn the_parse_cache_says_what_parsing_says_and_keeps_personal_data_encrypted() {
    let t = fixture();
    let id = sensitive_case(&t);
    // A finding at load and one of the rules, so that both are told from the cache too.
    t.write("teams/zepsuty.toml", "name = [\n");
    let first = t.run(["check", "--format", "json"]);
    let cache = t.path().join(".koop/cache");
    assert!(
        cache.join("shared").is_file() && cache.join("cases").is_file(),
        "the cache is written"
    );
    assert!(
        cache.join("personal.age").is_file(),
        "personal records are cached encrypted"
    );
    let mut files = Vec::new();
    raw_files(&cache, &mut files);
    for needle in [NAME, PHONE, PHRASE, "Zenobia", "hazardu"] {
        for (path, bytes) in &files {
            assert!(
                !contains(bytes, needle),
                "{needle:?} is in {}",
                path.display()
            );
        }
    }
    let second = t.run(["check", "--format", "json"]);
    assert_eq!(
        (&first.stdout, &first.stderr, first.code),
        (&second.stdout, &second.stderr, second.code)
    );
    assert!(
        first.stdout.contains("teams/zepsuty.toml"),
        "{}",
        first.stdout
    );
    // The records themselves come back as they were.
    let shown = t.run(["case", "show", &id, "--reveal"]).ok();
    assert!(shown.stdout.contains(NAME), "{}", shown.stdout);
    // Another user's koop cannot read the encrypted part: their check says what it could
    // not decrypt, as without a cache.
    let (eve, _) = other_identity(&t, "eve");
    let run = as_user(&t, &eve, &["check"]);
    assert!(
        run.stderr.contains("could not be decrypted"),
        "{}",
        run.stderr
    );
    // Ignored by git, and `KOOP_CACHE=off` neither reads nor writes it.
    let ignore = std::fs::read_to_string(t.path().join(".koop/.gitignore")).expect(".gitignore");
    assert!(ignore.lines().any(|l| l == "*"), "{ignore}");
    std::fs::remove_dir_all(&cache).expect("removed");
    let off = t.run_env(
        t.path(),
        &[("KOOP_CACHE", "off".as_ref())],
        ["check", "--format", "json"],
    );
    assert_eq!(off.stdout, first.stdout);
    assert!(!cache.exists(), "KOOP_CACHE=off wrote a cache");
}
