//! The guided start: `koop case new` and `koop meeting new` on a terminal without their
//! arguments ask step by step, driven here through a pseudo-terminal; the change is one
//! operation and the same as the commands it shows would make. Without a terminal a missing
//! argument is the usage error it always was.

use std::collections::BTreeMap;

use rexpect::process::WaitStatus;
use rexpect::session::{PtySession, spawn_command};

use crate::{Test, fixture};

/// How long one expected prompt may take.
const TIMEOUT_MS: u64 = 10_000;

/// The fixture's GGK (gops and sp1), for meetings.
const GGK: &str = "kind = \"ggk\"\nname = \"Gminna Grupa Kooperacji w Przykładowie\"\ncoordinator = \"anna-nowak\"\n\n[[members]]\ninstitution = \"gops\"\ndelegates = [\"anna-nowak\"]\n\n[[members]]\ninstitution = \"sp1\"\ndelegates = [\"jan-kowalski\"]\n";

/// Starts koop in the test's folder on a pseudo-terminal (standard input, output and error).
fn spawn(t: &Test, args: &[&str], env: &[(&str, &str)]) -> PtySession {
    let mut cmd = t.command(t.path());
    // A pager that marks what it shows: the guided start talks with the user, never paged.
    cmd.args(args)
        .env("KOOP_PAGER", "sed s/^/PAGED:/")
        .env("TERM", "dumb");
    for (k, v) in env {
        cmd.env(k, v);
    }
    spawn_command(cmd, Some(TIMEOUT_MS)).expect("spawn koop on a pseudo-terminal")
}

/// `text` as rexpect sees the terminal's bytes: one character per byte.
fn bytes_as_chars(text: &str) -> String {
    text.bytes().map(char::from).collect()
}

/// What rexpect read, one character per byte, as the UTF-8 text it is (line ends as `\n`).
fn screen_text(read: &str) -> String {
    let bytes: Vec<u8> = read.chars().map(|c| c as u8).collect();
    String::from_utf8_lossy(&bytes).replace('\r', "")
}

/// Waits for `text`, then answers `answer`; returns what came before `text`.
fn answer(p: &mut PtySession, text: &str, answer: &str) -> String {
    let before = p
        .exp_string(&bytes_as_chars(text))
        .unwrap_or_else(|e| panic!("waiting for {text:?}: {e}"));
    p.send_line(answer).expect("answer");
    screen_text(&before)
}

/// Reads to the end and returns what koop printed and its exit code.
fn finish(mut p: PtySession) -> (String, i32) {
    let rest = screen_text(&p.exp_eof().expect("koop ends"));
    let code = match p.process.wait().expect("wait") {
        WaitStatus::Exited(_, code) => code,
        other => panic!("koop did not exit: {other:?}"),
    };
    assert!(!rest.contains("PAGED:"), "paged:\n{rest}");
    (rest, code)
}

/// The number of operations in `koop log`.
fn operations(t: &Test) -> usize {
    t.run(["log", "-n", "100", "--format", "json"])
        .ok()
        .json()
        .as_array()
        .map_or(0, Vec::len)
}

/// The shown commands (between "These commands will be run" and the question), as words.
fn shown_commands(screen: &str) -> Vec<Vec<String>> {
    let start = screen
        .find("These commands will be run, as one change:")
        .expect("commands shown");
    screen[start..]
        .lines()
        .skip(1)
        .map(str::trim)
        .take_while(|l| !l.is_empty())
        .map(|l| l.trim_end_matches('\\').trim())
        .map(|l| l.strip_prefix("&& ").unwrap_or(l))
        .map(|l| shlex::split(l).unwrap_or_else(|| panic!("not shell words: {l}")))
        .collect()
}

/// The cases' files, the encrypted ones by name only (their bytes differ at each encryption,
/// and each test has its own key), the others with their bytes.
fn records(t: &Test) -> BTreeMap<String, Option<Vec<u8>>> {
    t.state()
        .into_iter()
        .filter(|(k, _)| k.starts_with("cases/"))
        .map(|(k, v)| {
            let bytes = (!k.ends_with(".age")).then_some(v);
            (k, bytes)
        })
        .collect()
}

#[test]
fn case_new_asks_step_by_step_and_writes_one_change() {
    let t = fixture();
    let before = t.state();
    assert_eq!(operations(&t), 0);
    let mut p = spawn(&t, &["case", "new"], &[]);
    // The institutions are listed with their names; a wrong number or ID is asked again.
    let screen = answer(&mut p, "Referring institution (number or ID):", "9");
    assert!(screen.contains("Registering a referral"), "{screen}");
    assert!(
        screen.contains(") sp1 — Szkoła Podstawowa nr 1"),
        "{screen}"
    );
    let screen = answer(&mut p, "Referring institution (number or ID):", "sp2");
    assert!(screen.contains("type a number from 1 to 3"), "{screen}");
    let screen = answer(&mut p, "Referring institution (number or ID):", "sp1");
    assert!(screen.contains("no institution with ID `sp2`"), "{screen}");
    assert!(screen.contains("did you mean `sp1`?"), "{screen}");
    let screen = answer(&mut p, "Kind of case (number):", "2");
    assert!(screen.contains(") family — A family (rodzina)"), "{screen}");
    // A bad date says why and asks again; Enter takes today.
    answer(
        &mut p,
        "Date of the referral, YYYY-MM-DD (Enter: 2026-11-23):",
        "2026-13-01",
    );
    let screen = answer(
        &mut p,
        "Date of the referral, YYYY-MM-DD (Enter: 2026-11-23):",
        "",
    );
    assert!(screen.contains("2026-13-01"), "{screen}");
    answer(&mut p, "Name of member m1", "Anna Kowalska-Nowak");
    answer(&mut p, "Relation of m1", "matka");
    answer(&mut p, "Year of birth of m1", "1985");
    answer(&mut p, "Name of member m2", "Jan O'Neil");
    answer(&mut p, "Relation of m2", "");
    answer(&mut p, "Year of birth of m2", "dawno");
    let screen = answer(&mut p, "Year of birth of m2", "");
    assert!(screen.contains("a year from 1900 to 2100"), "{screen}");
    answer(&mut p, "Name of member m3", "");
    answer(&mut p, "Has consent to the work been given? [y/n]:", "y");
    let screen = answer(&mut p, "Who gave it (number; Enter: the first):", "");
    assert!(screen.contains("m2 — Jan O'Neil"), "{screen}");
    answer(&mut p, "Date of the consent", "2026-11-01");
    let screen = answer(&mut p, "Date of the consent", "");
    assert!(
        screen.contains("the consent cannot come before the referral (2026-11-23)"),
        "{screen}"
    );
    answer(&mut p, "Form of the consent", "1");
    // The commands it will run, quoted for the shell, then the question.
    let screen = answer(&mut p, "Run them? [y/n]:", "y");
    let commands = shown_commands(&screen);
    assert_eq!(
        commands,
        vec![
            shlex::split("koop case new --kind family --referred-by sp1 --date 2026-11-23")
                .unwrap(),
            shlex::split(
                "koop case member add 2026-001 --name Anna\\ Kowalska-Nowak --relation matka --birth-year 1985"
            )
            .unwrap(),
            shlex::split("koop case member add 2026-001 --name \"Jan O'Neil\"").unwrap(),
            shlex::split("koop case consent 2026-001 --date 2026-11-23 --by m1 --form written")
                .unwrap(),
        ],
        "{screen}"
    );
    assert!(screen.contains("'Jan O'\\''Neil'"), "{screen}");
    let (rest, code) = finish(p);
    assert_eq!(code, 0, "{rest}");
    assert!(rest.contains("2026-001\n"), "{rest}");
    assert!(rest.contains("Added member m2 to case 2026-001"), "{rest}");
    assert!(
        rest.contains("Recorded the consent of m1 for case 2026-001"),
        "{rest}"
    );

    // The case, its members and the consent are there, written as one operation.
    let case = t
        .run(["case", "show", "2026-001", "--format", "json", "--reveal"])
        .ok()
        .json();
    assert_eq!(case["kind"], "family");
    assert_eq!(case["referral"]["institution"], "sp1");
    assert_eq!(case["referral"]["date"], "2026-11-23");
    let members = case["members"].as_array().unwrap();
    assert_eq!(members.len(), 2);
    assert_eq!(members[0]["name"], "Anna Kowalska-Nowak");
    assert_eq!(members[0]["relation"], "matka");
    assert_eq!(members[0]["birth_year"], 1985);
    assert_eq!(members[1]["name"], "Jan O'Neil");
    assert_eq!(case["consent"]["by_number"], "m1");
    assert_eq!(case["consent"]["form"], "written");
    assert_eq!(operations(&t), 1);

    // The commands shown, run one by one, make the same records.
    let u = fixture();
    for argv in &commands {
        u.run(&argv[1..]).ok();
    }
    let by_hand = u
        .run(["case", "show", "2026-001", "--format", "json", "--reveal"])
        .ok()
        .json();
    assert_eq!(by_hand, case);
    let (a, b) = (records(&t), records(&u));
    assert!(
        a.keys().any(|k| k.ends_with("/case.toml")),
        "{:?}",
        a.keys()
    );
    assert!(
        a.keys().any(|k| k.contains("/members.toml")),
        "{:?}",
        a.keys()
    );
    assert_eq!(
        a.keys().collect::<Vec<_>>(),
        b.keys().collect::<Vec<_>>(),
        "the same files"
    );
    for (name, bytes) in &a {
        assert!(bytes == &b[name], "{name} differs from the commands' own");
    }
    assert_eq!(operations(&u), commands.len());

    // One undo takes all of it back.
    t.run(["undo"]).ok();
    t.unchanged(&before);
}

#[test]
fn the_end_of_input_or_no_at_the_end_writes_nothing() {
    let t = fixture();
    let before = t.state();
    // Ctrl-D at a question.
    let mut p = spawn(&t, &["case", "new"], &[]);
    answer(&mut p, "Referring institution", "gops");
    p.exp_string("Kind of case").expect("kind asked");
    p.send_control('d').expect("ctrl-d");
    let (rest, code) = finish(p);
    assert_eq!(code, 1, "{rest}");
    assert!(rest.contains("error: nothing written"), "{rest}");
    t.unchanged(&before);
    // Enter at the confirmation is no.
    let mut p = spawn(&t, &["case", "new", "--kind", "person"], &[]);
    let screen = answer(&mut p, "Referring institution", "gops");
    assert!(
        !screen.contains("Kind of case"),
        "given, not asked: {screen}"
    );
    answer(&mut p, "Date of the referral", "");
    answer(&mut p, "Name of member m1", "");
    let screen = answer(&mut p, "Run them?", "");
    assert_eq!(
        shown_commands(&screen),
        vec![
            shlex::split("koop case new --kind person --referred-by gops --date 2026-11-23")
                .unwrap()
        ]
    );
    let (rest, code) = finish(p);
    assert_eq!(code, 1, "{rest}");
    assert!(rest.contains("nothing written"), "{rest}");
    t.unchanged(&before);
    assert_eq!(operations(&t), 0);
}

#[test]
fn the_questions_are_in_polish_for_a_polish_user() {
    let t = fixture();
    let mut p = spawn(&t, &["case", "new"], &[("LANG", "pl_PL.UTF-8")]);
    let screen = answer(
        &mut p,
        "Instytucja zgłaszająca (numer lub identyfikator):",
        "gops",
    );
    assert!(screen.contains("Rejestracja zgłoszenia"), "{screen}");
    let screen = answer(&mut p, "Rodzaj sprawy (numer):", "osoba");
    assert!(screen.contains(") rodzina — Rodzina"), "{screen}");
    answer(
        &mut p,
        "Data zgłoszenia, RRRR-MM-DD (Enter: 2026-11-23):",
        "",
    );
    answer(&mut p, "Imię i nazwisko członka m1", "Zofia Wiśniewska");
    answer(&mut p, "Pokrewieństwo m1", "");
    answer(&mut p, "Rok urodzenia m1", "1950");
    answer(&mut p, "Imię i nazwisko członka m2", "");
    answer(&mut p, "Czy wyrażono zgodę na pracę? [t/n]:", "tak");
    answer(&mut p, "Kto jej udzielił", "");
    answer(&mut p, "Data zgody", "");
    let screen = answer(&mut p, "Forma zgody", "");
    assert!(
        screen.contains(") pisemna — Pisemna (podpisana)"),
        "{screen}"
    );
    let screen = answer(&mut p, "Wykonać je? [t/n]:", "t");
    assert!(
        screen.contains("koop case consent 2026-001 --date 2026-11-23 --by m1"),
        "{screen}"
    );
    assert!(screen.contains("--kind osoba"), "{screen}");
    let (rest, code) = finish(p);
    assert_eq!(code, 0, "{rest}");
    assert!(rest.contains("Zarejestrowano sprawę 2026-001"), "{rest}");
    assert_eq!(operations(&t), 1);
}

#[test]
fn meeting_new_asks_step_by_step() {
    let t = fixture();
    t.write("teams/ggk.toml", GGK);
    let mut p = spawn(&t, &["meeting", "new"], &[]);
    let screen = answer(&mut p, "Team (number or ID):", "1");
    assert!(screen.contains("Planning a meeting"), "{screen}");
    assert!(
        screen.contains("1) ggk — Gminna Grupa Kooperacji w Przykładowie"),
        "{screen}"
    );
    let screen = answer(&mut p, "Kind of meeting (number; Enter: working):", "1");
    assert!(
        screen.contains(") initiating — The initiating meeting"),
        "{screen}"
    );
    answer(
        &mut p,
        "Fill in the agenda of the initiating meeting (zał. 2)? [y/n]:",
        "",
    );
    answer(&mut p, "Day of the meeting, YYYY-MM-DD:", "2026-12-02");
    answer(&mut p, "Starts at, HH:MM:", "25:00");
    answer(&mut p, "Starts at, HH:MM:", "10:00");
    answer(&mut p, "Ends at, HH:MM:", "09:00");
    let screen = answer(&mut p, "Ends at, HH:MM:", "12:00");
    assert!(
        screen.contains("09:00"),
        "the end before the start: {screen}"
    );
    answer(&mut p, "Place:", "sala narad GOPS");
    let screen = answer(&mut p, "Run them? [y/n]:", "y");
    assert_eq!(
        shown_commands(&screen),
        vec![
            shlex::split(
                "koop meeting new --team ggk --kind initiating --agenda initiating --date 2026-12-02 --start 10:00 --end 12:00 --place 'sala narad GOPS'"
            )
            .unwrap()
        ],
        "{screen}"
    );
    let (rest, code) = finish(p);
    assert_eq!(code, 0, "{rest}");
    let meetings = t.run(["meeting", "list", "--format", "json"]).ok().json();
    let list = meetings.as_array().unwrap();
    assert_eq!(list.len(), 1, "{meetings}");
    let id = list[0]["id"].as_str().unwrap().to_string();
    assert!(rest.contains(&id), "{rest}");
    assert_eq!(operations(&t), 1);
    // The same command by hand writes the same file.
    let u = fixture();
    u.write("teams/ggk.toml", GGK);
    let argv = &shown_commands(&screen)[0];
    u.run(&argv[1..]).ok();
    let path = format!("meetings/{id}.toml");
    assert_eq!(t.read(&path), u.read(&path));
}

#[test]
fn without_a_terminal_missing_arguments_are_a_usage_error_as_before() {
    let t = fixture();
    let before = t.state();
    let run = t.run(["case", "new"]).fails(2);
    run.err_has("the following required arguments were not provided:")
        .err_has("--kind <KIND>")
        .err_has("--referred-by <REFERRED_BY>");
    assert!(!run.stderr.contains("Registering"), "{}", run.stderr);
    t.run(["case", "new", "--kind", "person"])
        .fails(2)
        .err_has("--referred-by <REFERRED_BY>");
    t.run(["meeting", "new"])
        .fails(2)
        .err_has("the following required arguments were not provided:")
        .err_has("--team <TEAM>");
    let pl = t.run_env(
        t.path(),
        &[("LANG", std::ffi::OsStr::new("pl_PL.UTF-8"))],
        ["case", "new"],
    );
    pl.fails(2).err_has("brak wymaganych argumentów");
    t.unchanged(&before);
}
