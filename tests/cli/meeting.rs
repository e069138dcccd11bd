//! `koop meeting new|list|show|invite|attend|minutes|approve`: the files they write (exactly),
//! refusals that write nothing, the slot warnings of seed 004 zał. 2 (weekdays, Polish public
//! holidays, working hours, two hours), and the meeting rules K026–K031, each broken and done
//! right.

use serde_json::json;

use crate::{GOPS, KPP, Run, SP1, Test, fixture, row, table};

// ---------------------------------------------------------------------------------------
// Fixtures

/// The fixture's Anna Nowak (gops), with a phone and an e-mail: the phone is her contact.
const ANNA: &str = "name = \"Anna Nowak\"\nposition = \"pracownik socjalny\"\nroles = [\"animator-gminy\"]\npost = 0.25\nphone = \"600 100 200\"\nemail = \"anna.nowak@gops.przykladowo.pl\"\n";

/// The fixture's Jan Kowalski (sp1), with only an e-mail.
const JAN: &str = "name = \"Jan Kowalski\"\nposition = \"pedagog\"\nemail = \"jan.kowalski@sp1.przykladowo.pl\"\n";

/// A GGK of the GOPS and the school; the police (kpp) is not a member.
const GGK: &str = "\
kind = \"ggk\"
name = \"Gminna Grupa Kooperacji w Przykładowie\"
coordinator = \"anna-nowak\"

[[members]]
institution = \"gops\"
delegates = [\"anna-nowak\"]

[[members]]
institution = \"sp1\"
delegates = [\"jan-kowalski\"]
";

/// The fixture (gops, sp1, kpp; anna-nowak and ewa-lis at gops, jan-kowalski at sp1,
/// piotr-zielinski at kpp) with contacts for Anna and Jan and the team `ggk`.
fn repo() -> Test {
    let t = fixture();
    t.write("institutions/gops/people/anna-nowak.toml", ANNA)
        .write("institutions/sp1/people/jan-kowalski.toml", JAN)
        .write("teams/ggk.toml", GGK);
    t
}

/// `koop meeting new --team ggk` on a day and slot, in the GOPS meeting room.
fn plan(t: &Test, date: &str, start: &str, end: &str) -> Run {
    t.run([
        "meeting",
        "new",
        "--team",
        "ggk",
        "--date",
        date,
        "--start",
        start,
        "--end",
        end,
        "--place",
        "sala narad GOPS",
    ])
}

/// A working meeting of `ggk` as `koop meeting new` writes it.
fn working(date: &str, start: &str, end: &str) -> String {
    format!(
        "team = \"ggk\"\nkind = \"working\"\ndate = {date}\nstart = \"{start}\"\nend = \"{end}\"\nplace = \"sala narad GOPS\"\n"
    )
}

/// The repo with the working meeting `2026-11-18-ggk-cny6` (a Wednesday, 11:00–13:00).
fn with_meeting() -> Test {
    let t = repo();
    plan(&t, "2026-11-18", "11:00", "13:00").ok();
    t
}

/// The file of a meeting.
fn file(id: &str) -> String {
    format!("meetings/{id}.toml")
}

// ---------------------------------------------------------------------------------------
// meeting new

#[test]
fn new_prints_the_id_and_writes_the_meeting() {
    let t = repo();
    let before = t.state();
    let run = plan(&t, "2026-11-18", "11:00", "13:00").ok();
    assert_eq!(run.stdout, "2026-11-18-ggk-cny6\n");
    // The meeting is before "today" (2026-11-23): the write shows the finding it brings.
    assert!(
        run.stderr.starts_with(
            "warning[K026]: meeting 2026-11-18-ggk-cny6 names no one to write the minutes\n"
        ) && run
            .stderr
            .contains("warning[K026]: meeting 2026-11-18-ggk-cny6 took place but has no minutes\n"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.ends_with(
            "\nPlanned meeting 2026-11-18-ggk-cny6 (meetings/2026-11-18-ggk-cny6.toml)\n"
        ),
        "{}",
        run.stderr
    );
    assert_eq!(
        t.added_since(&before),
        ["meetings/2026-11-18-ggk-cny6.toml"]
    );
    assert_eq!(
        t.read("meetings/2026-11-18-ggk-cny6.toml"),
        working("2026-11-18", "11:00", "13:00")
    );

    // A second and a third meeting of the team that day get -2 and -3; times are normalised.
    let run = plan(&t, "2026-11-18", "8:00", "9:30").ok();
    assert_eq!(run.stdout, "2026-11-18-ggk-p3y3\n");
    assert_eq!(
        run.stderr,
        "warning[K026]: meeting 2026-11-18-ggk-p3y3 names no one to write the minutes\n --> meetings/2026-11-18-ggk-p3y3.toml:3:8\n  |\n3 | date = 2026-11-18\n  |        ^^^^^^^^^^\n  = help: zał. 2: \"należy pamiętać aby zawsze była obecna osoba odpowiedzialna za sporządzenie protokołu\" — `koop meeting minutes 2026-11-18-ggk-p3y3 --by <person>`\n\n\
         warning[K026]: meeting 2026-11-18-ggk-p3y3 took place but has no minutes\n --> meetings/2026-11-18-ggk-p3y3.toml:3:8\n  |\n3 | date = 2026-11-18\n  |        ^^^^^^^^^^\n  = help: zał. 2: \"Z każdego spotkania powinien być sporządzany protokół\" — `koop meeting minutes 2026-11-18-ggk-p3y3 --file protokol.txt`\n\nPlanned meeting 2026-11-18-ggk-p3y3 (meetings/2026-11-18-ggk-p3y3.toml)\n"
    );
    assert_eq!(
        t.read("meetings/2026-11-18-ggk-p3y3.toml"),
        working("2026-11-18", "08:00", "09:30")
    );
    let run = plan(&t, "2026-11-18", "14:00", "15:00").ok();
    assert_eq!(run.stdout, "2026-11-18-ggk-jnyt\n");
    // The first meeting is untouched.
    assert_eq!(
        t.read("meetings/2026-11-18-ggk-cny6.toml"),
        working("2026-11-18", "11:00", "13:00")
    );
    assert_eq!(
        t.added_since(&before),
        [
            "meetings/2026-11-18-ggk-cny6.toml",
            "meetings/2026-11-18-ggk-jnyt.toml",
            "meetings/2026-11-18-ggk-p3y3.toml"
        ]
    );
    t.check_records(&[]).ok();
}

#[test]
fn new_with_the_initiating_agenda_writes_one_item_per_line() {
    let t = repo();
    let run = t
        .run([
            "meeting",
            "new",
            "--team",
            "ggk",
            "--date",
            "2026-11-18",
            "--start",
            "10:00",
            "--end",
            "12:00",
            "--place",
            "sala narad GOPS",
            "--kind",
            "initiating",
            "--agenda",
            "initiating",
            "--minutes-by",
            "ewa-lis",
        ])
        .ok();
    assert_eq!(run.stdout, "2026-11-18-ggk-cny6\n");
    assert_eq!(
        t.read("meetings/2026-11-18-ggk-cny6.toml"),
        "\
team = \"ggk\"
kind = \"initiating\"
date = 2026-11-18
start = \"10:00\"
end = \"12:00\"
place = \"sala narad GOPS\"
minutes_by = \"ewa-lis\"
agenda = [
    \"Rozpoczęcie spotkania przez inicjatora PZK (przedstawiciel animatora instytucjonalnego – Dyrektor/Kierownik OPS)\",
    \"Przedstawienie diagnozy Powiatu/Gminy\",
    \"Przedstawienie propozycji liczenia kosztów zaniechania jakie niesie za sobą brak podejmowania kooperacyjnej współpracy na rzecz ekskluzji społecznej\",
    \"Opracowanie korzyści wynikających z działania na rzecz zapobiegania wykluczeniu społecznemu w formule współpracy\",
    \"Opracowanie celów partnerstwa\",
    \"Opracowanie zasad partnerstwa\",
    \"Opracowanie propozycji porozumienia/deklaracji o współpracy\",
    \"Ustalenie celów i daty spotkania formalizującego PZK\",
    \"Ustalenie kanałów komunikacji i osób wyznaczonych do kontaktu\",
    \"Pytania, wątpliwości – odpowiedzi\",
    \"Podsumowanie ustaleń i zakończenie spotkania inicjującego zawiązanie PZK\",
    \"Podziękowanie za spotkanie\",
]
"
    );
    let shown = t
        .run(["meeting", "show", "2026-11-18-ggk-cny6", "--format", "json"])
        .ok()
        .json();
    let agenda = shown["agenda"].as_array().expect("agenda");
    assert_eq!(agenda.len(), 12);
    assert_eq!(
        agenda[0],
        "Rozpoczęcie spotkania przez inicjatora PZK (przedstawiciel animatora instytucjonalnego – Dyrektor/Kierownik OPS)"
    );
    assert_eq!(agenda[11], "Podziękowanie za spotkanie");
    t.check_records(&[]).ok();
}

#[test]
fn new_refuses_an_unknown_team_or_person_and_a_bad_slot() {
    let t = repo();
    let before = t.state();
    let new = |team: &str, start: &str, end: &str, extra: &[&str]| {
        let mut args = vec![
            "meeting",
            "new",
            "--team",
            team,
            "--date",
            "2026-11-18",
            "--start",
            start,
            "--end",
            end,
            "--place",
            "sala narad GOPS",
        ];
        args.extend_from_slice(extra);
        t.run(args)
    };

    let run = new("ggg", "11:00", "12:00", &[]).fails(1);
    assert_eq!(run.stdout, "");
    assert_eq!(
        run.stderr,
        "error: no team with ID `ggg`\n  help: did you mean `ggk`?\n"
    );
    t.unchanged(&before);
    let run = new("zzzzzzzz", "11:00", "12:00", &[]).fails(1);
    assert_eq!(
        run.stderr,
        "error: no team with ID `zzzzzzzz`\n  help: `koop team list` lists them\n"
    );
    t.unchanged(&before);

    // The end must come after the start.
    let run = new("ggk", "11:00", "11:00", &[]).fails(1);
    assert_eq!(
        run.stderr,
        "error: --end 11:00 is not after --start 11:00\n"
    );
    t.unchanged(&before);
    let run = new("ggk", "11:00", "10:30", &[]).fails(1);
    assert_eq!(
        run.stderr,
        "error: --end 10:30 is not after --start 11:00\n"
    );
    t.unchanged(&before);

    // A time that is not HH:MM is a usage error (exit 2).
    let run = new("ggk", "25:00", "12:00", &[]).fails(2);
    assert_eq!(run.stdout, "");
    assert!(
        run.stderr.starts_with(
            "error: invalid value '25:00' for '--start <HH:MM>': `25:00` is not a time of day\n"
        ),
        "{}",
        run.stderr
    );
    t.unchanged(&before);
    let run = new("ggk", "10", "12:00", &[]).fails(2);
    assert!(
        run.stderr.starts_with(
            "error: invalid value '10' for '--start <HH:MM>': `10` is not a time; write it as HH:MM, e.g. 10:00\n"
        ),
        "{}",
        run.stderr
    );
    t.unchanged(&before);
    let run = new("ggk", "10:00", "12:5", &[]).fails(2);
    assert!(
        run.stderr
            .starts_with("error: invalid value '12:5' for '--end <HH:MM>'"),
        "{}",
        run.stderr
    );
    t.unchanged(&before);

    // Whoever writes the minutes must exist.
    let run = new("ggk", "11:00", "12:00", &["--minutes-by", "anna-nowk"]).fails(1);
    assert_eq!(
        run.stderr,
        "error: no person with ID `anna-nowk`\n  help: did you mean `anna-nowak`?\n"
    );
    t.unchanged(&before);

    // A place is required.
    let run = t
        .run([
            "meeting",
            "new",
            "--team",
            "ggk",
            "--date",
            "2026-11-18",
            "--start",
            "11:00",
            "--end",
            "12:00",
            "--place",
            "  ",
        ])
        .fails(1);
    assert_eq!(run.stderr, "error: --place cannot be empty\n");
    t.unchanged(&before);
}

// ---------------------------------------------------------------------------------------
// The slot warnings of zał. 2

const MON_FRI: &str = "\"Starajmy się unikać organizacji spotkań na początku i końcu tygodnia, czyli poniedziałek i piątek\"";
const WORKING_HOURS: &str = "\"Ważne aby spotkanie odbywało się w godzinach pracy\"";
const TWO_HOURS: &str = "\"Czas spotkania nie powinien być dłuższy niż dwie godziny\"";

/// Plans a meeting and returns its warnings (the stderr lines before the note), checking that
/// the meeting was written all the same.
#[track_caller]
fn warnings(t: &Test, date: &str, start: &str, end: &str) -> Vec<String> {
    let run = plan(t, date, start, end).ok();
    let id = run.stdout.trim_end().to_string();
    assert!(id.starts_with(&format!("{date}-ggk")), "{}", run.all());
    let mut lines: Vec<String> = run.stderr.lines().map(str::to_string).collect();
    assert_eq!(
        lines.pop().as_deref(),
        Some(format!("Planned meeting {id} (meetings/{id}.toml)").as_str()),
        "{}",
        run.all()
    );
    // The slot's warnings are the findings of K029 (meeting-slot) the new meeting brings,
    // printed as `koop check` prints them; keep their headlines, in the old short form.
    let prefix = format!("warning[K029]: meeting {id}: ");
    let lines: Vec<String> = lines
        .iter()
        .filter_map(|l| l.strip_prefix(&prefix))
        .map(|l| format!("warning: {l}"))
        .collect();
    // Warnings do not block: the meeting is written as asked.
    let text = t.read(&file(&id));
    assert!(
        text.starts_with(&format!(
            "team = \"ggk\"\nkind = \"working\"\ndate = {date}\n"
        )),
        "{text}"
    );
    lines
}

/// The warning for a weekday, with the seed's words.
fn weekday(date: &str, name: &str, quote: &str) -> String {
    format!("warning: {date} is a {name}: {quote}")
}

/// Asserts that a warning names the public holiday and cites zał. 2.
#[track_caller]
fn is_holiday(line: &str, date: &str, name: &str) {
    assert!(
        line.starts_with(&format!("warning: {date} is a public holiday ({name})"))
            && line.ends_with(WORKING_HOURS),
        "{line:?} does not name the holiday {name} on {date}"
    );
}

#[test]
fn a_good_slot_plans_without_a_warning() {
    let t = repo();
    // Wednesday 11:00–13:00: midday, two hours.
    assert_eq!(
        warnings(&t, "2026-11-18", "11:00", "13:00"),
        [] as [&str; 0]
    );
    // Tuesday and Thursday, from 8:00 and until 16:00 exactly.
    assert_eq!(
        warnings(&t, "2026-11-17", "08:00", "10:00"),
        [] as [&str; 0]
    );
    assert_eq!(
        warnings(&t, "2026-11-19", "14:00", "16:00"),
        [] as [&str; 0]
    );
    // 2024-12-24 is a Tuesday before 24 December became a public holiday (2025).
    assert_eq!(
        warnings(&t, "2024-12-24", "11:00", "12:00"),
        [] as [&str; 0]
    );
    // The day after holidays is a working day.
    assert_eq!(
        warnings(&t, "2026-04-07", "11:00", "12:00"),
        [] as [&str; 0]
    );
    assert_eq!(
        warnings(&t, "2026-11-12", "11:00", "12:00"),
        [] as [&str; 0]
    );
}

#[test]
fn monday_friday_and_the_weekend_are_warned_about() {
    let t = repo();
    assert_eq!(
        warnings(&t, "2026-11-16", "11:00", "12:00"),
        [weekday("2026-11-16", "Monday", MON_FRI)]
    );
    assert_eq!(
        warnings(&t, "2026-11-20", "11:00", "12:00"),
        [weekday("2026-11-20", "Friday", MON_FRI)]
    );
    assert_eq!(
        warnings(&t, "2026-11-21", "11:00", "12:00"),
        [weekday("2026-11-21", "Saturday", WORKING_HOURS)]
    );
    assert_eq!(
        warnings(&t, "2026-11-22", "11:00", "12:00"),
        [weekday("2026-11-22", "Sunday", WORKING_HOURS)]
    );
    assert_eq!(
        t.files()
            .into_iter()
            .filter(|f| f.ends_with("-ggk-cny6.toml"))
            .collect::<Vec<_>>(),
        [
            "meetings/2026-11-16-ggk-cny6.toml",
            "meetings/2026-11-20-ggk-cny6.toml",
            "meetings/2026-11-21-ggk-cny6.toml",
            "meetings/2026-11-22-ggk-cny6.toml"
        ]
    );
}

#[test]
fn public_holidays_are_warned_about_across_years() {
    let t = repo();
    // Movable holidays: Easter Monday (a Monday, so two warnings) and Corpus Christi.
    for date in ["2026-04-06", "2027-03-29"] {
        let w = warnings(&t, date, "11:00", "12:00");
        assert_eq!(w.len(), 2, "{w:?}");
        assert_eq!(w[0], weekday(date, "Monday", MON_FRI));
        is_holiday(&w[1], date, "Poniedziałek Wielkanocny");
    }
    for date in ["2026-06-04", "2025-06-19"] {
        let w = warnings(&t, date, "11:00", "12:00");
        assert_eq!(w.len(), 1, "{w:?}");
        is_holiday(&w[0], date, "Boże Ciało");
    }
    // Fixed holidays on weekdays.
    for (date, name) in [
        ("2026-11-11", "Narodowe Święto Niepodległości"), // Wednesday
        ("2025-12-24", "Wigilia Bożego Narodzenia"),      // Wednesday
        ("2026-12-24", "Wigilia Bożego Narodzenia"),      // Thursday
        ("2025-05-01", "Święto Pracy"),                   // Thursday
        ("2028-05-03", "Święto Konstytucji 3 Maja"),      // Wednesday
        ("2024-08-15", "Wniebowzięcie Najświętszej Maryi Panny"), // Thursday
        ("2029-08-15", "Wniebowzięcie Najświętszej Maryi Panny"), // Wednesday
        ("2026-01-06", "Święto Trzech Króli"),            // Tuesday
    ] {
        let w = warnings(&t, date, "11:00", "12:00");
        assert_eq!(w.len(), 1, "{date}: {w:?}");
        is_holiday(&w[0], date, name);
    }
    // A holiday on a Friday, Sunday or Monday gets both warnings.
    let w = warnings(&t, "2026-05-01", "11:00", "12:00");
    assert_eq!(w.len(), 2, "{w:?}");
    assert_eq!(w[0], weekday("2026-05-01", "Friday", MON_FRI));
    is_holiday(&w[1], "2026-05-01", "Święto Pracy");
    let w = warnings(&t, "2026-05-03", "11:00", "12:00");
    assert_eq!(w.len(), 2, "{w:?}");
    assert_eq!(w[0], weekday("2026-05-03", "Sunday", WORKING_HOURS));
    is_holiday(&w[1], "2026-05-03", "Święto Konstytucji 3 Maja");
    let w = warnings(&t, "2027-05-03", "11:00", "12:00");
    assert_eq!(w.len(), 2, "{w:?}");
    assert_eq!(w[0], weekday("2027-05-03", "Monday", MON_FRI));
    is_holiday(&w[1], "2027-05-03", "Święto Konstytucji 3 Maja");
    let w = warnings(&t, "2025-08-15", "11:00", "12:00");
    assert_eq!(w.len(), 2, "{w:?}");
    assert_eq!(w[0], weekday("2025-08-15", "Friday", MON_FRI));
    is_holiday(
        &w[1],
        "2025-08-15",
        "Wniebowzięcie Najświętszej Maryi Panny",
    );
}

#[test]
fn the_holiday_warning_quotes_the_seed() {
    let t = repo();
    let w = warnings(&t, "2026-11-11", "11:00", "12:00");
    assert_eq!(w.len(), 1, "{w:?}");
    assert!(
        w[0].contains("\"Ważne aby spotkanie odbywało się w godzinach pracy\""),
        "{:?}",
        w[0]
    );
}

#[test]
fn hours_outside_eight_to_four_and_more_than_two_hours_are_warned_about() {
    let t = repo();
    assert_eq!(
        warnings(&t, "2026-11-18", "07:30", "09:00"),
        [format!(
            "warning: 07:30–09:00 is outside working hours (8:00–16:00): {WORKING_HOURS}"
        )]
    );
    assert_eq!(
        warnings(&t, "2026-11-18", "15:00", "16:30"),
        [format!(
            "warning: 15:00–16:30 is outside working hours (8:00–16:00): {WORKING_HOURS}"
        )]
    );
    assert_eq!(
        warnings(&t, "2026-11-18", "10:00", "12:01"),
        [format!("warning: it lasts 2h01: {TWO_HOURS}")]
    );
    // Everything wrong at once: a Friday, early, long — one warning each, sorted as
    // `koop check` sorts findings at one place (by message).
    assert_eq!(
        warnings(&t, "2026-11-20", "07:30", "10:00"),
        [
            format!("warning: 07:30–10:00 is outside working hours (8:00–16:00): {WORKING_HOURS}"),
            weekday("2026-11-20", "Friday", MON_FRI),
            format!("warning: it lasts 2h30: {TWO_HOURS}"),
        ]
    );
    assert_eq!(
        t.read("meetings/2026-11-20-ggk-cny6.toml"),
        working("2026-11-20", "07:30", "10:00")
    );
}

// ---------------------------------------------------------------------------------------
// meeting invite

#[test]
fn invite_records_invitations_with_a_date_to_confirm_by() {
    let t = with_meeting();
    let run = t
        .run([
            "meeting",
            "invite",
            "2026-11-18-ggk-cny6",
            "--rsvp-by",
            "2026-11-13",
            "kpp",
            "sp1",
            "kpp",
        ])
        .ok();
    assert_eq!(
        run.stdout,
        "Invited kpp, sp1 to meeting 2026-11-18-ggk-cny6 (meetings/2026-11-18-ggk-cny6.toml)\n"
    );
    assert_eq!(run.stderr, "");
    let invited = format!(
        "{}\n[[invited]]\ninstitution = \"kpp\"\nrsvp_by = 2026-11-13\n\n[[invited]]\ninstitution = \"sp1\"\nrsvp_by = 2026-11-13\n",
        working("2026-11-18", "11:00", "13:00")
    );
    assert_eq!(t.read("meetings/2026-11-18-ggk-cny6.toml"), invited);

    // Already invited: only the new one is added; confirming on the day itself is fine.
    let run = t
        .run([
            "meeting",
            "invite",
            "2026-11-18-ggk-cny6",
            "--rsvp-by",
            "2026-11-18",
            "sp1",
            "gops",
        ])
        .ok();
    assert_eq!(
        run.stdout,
        "Invited gops to meeting 2026-11-18-ggk-cny6 (meetings/2026-11-18-ggk-cny6.toml)\n"
    );
    let invited = format!("{invited}\n[[invited]]\ninstitution = \"gops\"\nrsvp_by = 2026-11-18\n");
    assert_eq!(t.read("meetings/2026-11-18-ggk-cny6.toml"), invited);
    t.check_records(&[]).ok();
}

#[test]
fn invite_refuses_a_late_rsvp_an_unknown_institution_and_nothing_new() {
    let t = with_meeting();
    t.run([
        "meeting",
        "invite",
        "2026-11-18-ggk-cny6",
        "--rsvp-by",
        "2026-11-13",
        "kpp",
    ])
    .ok();
    let before = t.state();
    let invite = |rsvp: &str, who: &[&str]| {
        let mut args = vec![
            "meeting",
            "invite",
            "2026-11-18-ggk-cny6",
            "--rsvp-by",
            rsvp,
        ];
        args.extend_from_slice(who);
        t.run(args)
    };

    let run = invite("2026-11-19", &["sp1"]).fails(1);
    assert_eq!(run.stdout, "");
    assert_eq!(
        run.stderr,
        "error: --rsvp-by 2026-11-19 is after the meeting (2026-11-18)\n"
    );
    t.unchanged(&before);

    // An unknown institution refuses the whole command, even beside a known one.
    let run = invite("2026-11-13", &["sp1", "spp1"]).fails(1);
    assert_eq!(
        run.stderr,
        "error: no institution with ID `spp1`\n  help: did you mean `sp1`?\n"
    );
    t.unchanged(&before);

    let run = invite("2026-11-13", &["kpp", "kpp"]).fails(1);
    assert_eq!(
        run.stderr,
        "error: every institution given is already invited; nothing to change\n"
    );
    t.unchanged(&before);

    let run = t
        .run([
            "meeting",
            "invite",
            "2026-11-18-gk",
            "--rsvp-by",
            "2026-11-13",
            "sp1",
        ])
        .fails(1);
    assert_eq!(
        run.stderr,
        "error: no meeting with ID `2026-11-18-gk`\n  help: did you mean `2026-11-18-ggk`?\n"
    );
    t.unchanged(&before);

    // At least one institution is required (a usage error).
    invite("2026-11-13", &[]).fails(2);
    t.unchanged(&before);
}

// ---------------------------------------------------------------------------------------
// meeting attend

#[test]
fn attend_records_people_with_their_institution_and_contact() {
    let t = with_meeting();
    // Anna has a phone and an e-mail (the phone is taken), Jan only an e-mail, Piotr neither;
    // a name given twice is recorded once.
    let run = t
        .run([
            "meeting",
            "attend",
            "2026-11-18-ggk-cny6",
            "anna-nowak",
            "jan-kowalski",
            "piotr-zielinski",
            "anna-nowak",
        ])
        .ok();
    assert_eq!(
        run.stdout,
        "Recorded anna-nowak, jan-kowalski, piotr-zielinski as present at meeting 2026-11-18-ggk-cny6 (meetings/2026-11-18-ggk-cny6.toml)\n"
    );
    // piotr-zielinski was not invited and kpp is not in the team: K030 says so, the write goes on.
    assert!(
        run.stderr.starts_with("warning[K030]: `piotr-zielinski` (kpp) attended 2026-11-18-ggk-cny6 but is neither in team `ggk` nor invited"),
        "{}",
        run.stderr
    );
    let present = format!(
        "{}\n[[attendance]]\nperson = \"anna-nowak\"\ninstitution = \"gops\"\ncontact = \"600 100 200\"\n\n[[attendance]]\nperson = \"jan-kowalski\"\ninstitution = \"sp1\"\ncontact = \"jan.kowalski@sp1.przykladowo.pl\"\n\n[[attendance]]\nperson = \"piotr-zielinski\"\ninstitution = \"kpp\"\n",
        working("2026-11-18", "11:00", "13:00")
    );
    assert_eq!(t.read("meetings/2026-11-18-ggk-cny6.toml"), present);

    // Those already present are skipped; the new one is added.
    let run = t
        .run([
            "meeting",
            "attend",
            "2026-11-18-ggk-cny6",
            "jan-kowalski",
            "ewa-lis",
        ])
        .ok();
    assert_eq!(
        run.stdout,
        "Recorded ewa-lis as present at meeting 2026-11-18-ggk-cny6 (meetings/2026-11-18-ggk-cny6.toml)\n"
    );
    let present =
        format!("{present}\n[[attendance]]\nperson = \"ewa-lis\"\ninstitution = \"gops\"\n");
    assert_eq!(t.read("meetings/2026-11-18-ggk-cny6.toml"), present);
    t.check_records(&[]).ok();
}

#[test]
fn attend_refuses_an_unknown_person_and_nothing_new() {
    let t = with_meeting();
    t.run(["meeting", "attend", "2026-11-18-ggk-cny6", "anna-nowak"])
        .ok();
    let before = t.state();

    let run = t
        .run([
            "meeting",
            "attend",
            "2026-11-18-ggk-cny6",
            "jan-kowalski",
            "anna-nowk",
        ])
        .fails(1);
    assert_eq!(run.stdout, "");
    assert_eq!(
        run.stderr,
        "error: no person with ID `anna-nowk`\n  help: did you mean `anna-nowak`?\n"
    );
    t.unchanged(&before);

    let run = t
        .run([
            "meeting",
            "attend",
            "2026-11-18-ggk-cny6",
            "anna-nowak",
            "anna-nowak",
        ])
        .fails(1);
    assert_eq!(
        run.stderr,
        "error: everyone given is already on the attendance list\n"
    );
    t.unchanged(&before);

    let run = t
        .run(["meeting", "attend", "2026-11-19-ggk", "jan-kowalski"])
        .fails(1);
    assert_eq!(
        run.stderr,
        "error: no meeting with ID `2026-11-19-ggk`\n  help: did you mean `2026-11-18-ggk`?\n"
    );
    t.unchanged(&before);

    let run = t
        .run(["meeting", "attend", "2026-11-18-ggk-cny6", "Jan Kowalski"])
        .fails(1);
    assert!(
        run.stderr
            .starts_with("error: `Jan Kowalski` is not a valid person ID"),
        "{}",
        run.stderr
    );
    t.unchanged(&before);
}

/// A meeting written by hand, with comments, odd spacing and a key order of its own.
const HAND_WRITTEN: &str = "\
# Spotkanie robocze GGK — notatki sekretarza
team = \"ggk\"   # zespół
kind = \"working\"
date = 2026-11-18
start = \"11:00\"
end   = \"12:30\"
place = \"sala narad GOPS\"  # sala nr 12

# Zaproszeni pismem z 2026-11-04
[[invited]]
institution = \"kpp\"  # przez dyrektora
rsvp_by = 2026-11-13

# Lista obecności
[[attendance]]
person = \"anna-nowak\"
# kontakt podany na liście
contact = \"600 100 200\"
";

#[test]
fn attend_keeps_a_hand_written_file_byte_for_byte() {
    let t = repo();
    t.write("meetings/2026-11-18-ggk-cny6.toml", HAND_WRITTEN);
    let run = t
        .run([
            "meeting",
            "attend",
            "2026-11-18-ggk-cny6",
            "piotr-zielinski",
        ])
        .ok();
    assert_eq!(
        run.stdout,
        "Recorded piotr-zielinski as present at meeting 2026-11-18-ggk-cny6 (meetings/2026-11-18-ggk-cny6.toml)\n"
    );
    assert_eq!(
        t.read("meetings/2026-11-18-ggk-cny6.toml"),
        format!(
            "{HAND_WRITTEN}\n[[attendance]]\nperson = \"piotr-zielinski\"\ninstitution = \"kpp\"\n"
        )
    );

    // CRLF line endings and a BOM survive too.
    let t = repo();
    let crlf = format!("\u{feff}{}", HAND_WRITTEN.replace('\n', "\r\n"));
    t.write("meetings/2026-11-18-ggk-cny6.toml", &crlf);
    t.run(["meeting", "attend", "2026-11-18-ggk-cny6", "jan-kowalski"])
        .ok();
    assert_eq!(
        t.read("meetings/2026-11-18-ggk-cny6.toml"),
        format!(
            "{crlf}\r\n[[attendance]]\r\nperson = \"jan-kowalski\"\r\ninstitution = \"sp1\"\r\ncontact = \"jan.kowalski@sp1.przykladowo.pl\"\r\n"
        )
    );
}

// ---------------------------------------------------------------------------------------
// meeting minutes

#[test]
fn minutes_are_read_from_a_utf8_file() {
    let t = with_meeting();
    t.write(
        "protokol.txt",
        "Protokół ze spotkania GGK\n\n1. Zatwierdzenie porządku obrad.\n2. Ustalenia: „zajęcia wyrównawcze”.\n\n",
    );
    let run = t
        .run([
            "meeting",
            "minutes",
            "2026-11-18-ggk-cny6",
            "--file",
            "protokol.txt",
        ])
        .ok();
    assert_eq!(
        run.stdout,
        "Stored the minutes of meeting 2026-11-18-ggk-cny6 (meetings/2026-11-18-ggk-cny6.toml)\n"
    );
    assert_eq!(run.stderr, "");
    assert_eq!(
        t.read("meetings/2026-11-18-ggk-cny6.toml"),
        format!(
            "{}minutes = \"\"\"\nProtokół ze spotkania GGK\n\n1. Zatwierdzenie porządku obrad.\n2. Ustalenia: „zajęcia wyrównawcze”.\"\"\"\n",
            working("2026-11-18", "11:00", "13:00")
        )
    );
    let shown = t
        .run(["meeting", "show", "2026-11-18-ggk-cny6", "--format", "json"])
        .ok()
        .json();
    assert_eq!(
        shown["minutes"],
        "Protokół ze spotkania GGK\n\n1. Zatwierdzenie porządku obrad.\n2. Ustalenia: „zajęcia wyrównawcze”."
    );
    t.check_records(&[]).ok();
}

#[test]
fn minutes_from_a_crlf_file_are_stored_with_lf() {
    let t = with_meeting();
    t.write(
        "protokol.txt",
        "Protokół\r\n1. Otwarcie\r\n2. Ustalenia\r\n",
    );
    t.run([
        "meeting",
        "minutes",
        "2026-11-18-ggk-cny6",
        "--file",
        "protokol.txt",
    ])
    .ok();
    let text = t.read("meetings/2026-11-18-ggk-cny6.toml");
    assert!(!text.contains('\r'), "{text:?}");
    assert_eq!(
        text,
        format!(
            "{}minutes = \"\"\"\nProtokół\n1. Otwarcie\n2. Ustalenia\"\"\"\n",
            working("2026-11-18", "11:00", "13:00")
        )
    );
    let shown = t
        .run(["meeting", "show", "2026-11-18-ggk-cny6", "--format", "json"])
        .ok()
        .json();
    assert_eq!(shown["minutes"], "Protokół\n1. Otwarcie\n2. Ustalenia");
}

#[test]
fn minutes_refuse_a_file_that_is_not_utf8_empty_or_missing() {
    let t = with_meeting();
    t.write("notatki/zly.txt", b"Zaz\xf3\xb3\xe6\n".as_slice())
        .write(
            "notatki/drugi.txt",
            b"Protok\xc3\xb3\xc5\x82\nab\xff\n".as_slice(),
        )
        .write("pusty.txt", "")
        .write("spacje.txt", " \n\t\n");
    let before = t.state();
    let minutes = |path: &str| t.run(["meeting", "minutes", "2026-11-18-ggk-cny6", "--file", path]);

    // Windows-1250 text: the first bad byte's line and column (in characters).
    let run = minutes("notatki/zly.txt").fails(1);
    assert_eq!(run.stdout, "");
    assert_eq!(
        run.stderr,
        "error: notatki/zly.txt:1:4: not valid UTF-8\n  help: save the minutes as UTF-8 text\n"
    );
    t.unchanged(&before);
    let run = minutes("notatki/drugi.txt").fails(1);
    assert_eq!(
        run.stderr,
        "error: notatki/drugi.txt:2:3: not valid UTF-8\n  help: save the minutes as UTF-8 text\n"
    );
    t.unchanged(&before);

    let run = minutes("pusty.txt").fails(1);
    assert_eq!(run.stderr, "error: pusty.txt is empty\n");
    t.unchanged(&before);
    let run = minutes("spacje.txt").fails(1);
    assert_eq!(run.stderr, "error: spacje.txt is empty\n");
    t.unchanged(&before);

    let run = minutes("brak.txt").fails(1);
    assert!(
        run.stderr.starts_with("error: cannot read ") && run.stderr.contains("brak.txt"),
        "{}",
        run.stderr
    );
    t.unchanged(&before);

    // An unknown meeting, with a good file.
    t.write("dobry.txt", "Protokół\n");
    let before = t.state();
    let run = t
        .run(["meeting", "minutes", "2026-11-8-ggk", "--file", "dobry.txt"])
        .fails(1);
    assert_eq!(
        run.stderr,
        "error: no meeting with ID `2026-11-8-ggk`\n  help: did you mean `2026-11-18-ggk`?\n"
    );
    t.unchanged(&before);
}

#[test]
fn the_minutes_file_is_relative_to_where_koop_runs() {
    let t = with_meeting();
    t.write("notatki/protokol.txt", "Protokół z podfolderu\n");
    // From a subfolder of the repository.
    t.run_in(
        &t.path().join("notatki"),
        [
            "meeting",
            "minutes",
            "2026-11-18-ggk-cny6",
            "--file",
            "protokol.txt",
        ],
    )
    .ok();
    let expected = format!(
        "{}minutes = \"Protokół z podfolderu\"\n",
        working("2026-11-18", "11:00", "13:00")
    );
    assert_eq!(t.read("meetings/2026-11-18-ggk-cny6.toml"), expected);

    // With -C, relative to that folder.
    plan(&t, "2026-11-19", "11:00", "12:00").ok();
    t.run([
        "-C",
        "notatki",
        "meeting",
        "minutes",
        "2026-11-19-ggk-cny6",
        "--file",
        "protokol.txt",
    ])
    .ok();
    assert_eq!(
        t.read("meetings/2026-11-19-ggk-cny6.toml"),
        format!(
            "{}minutes = \"Protokół z podfolderu\"\n",
            working("2026-11-19", "11:00", "12:00")
        )
    );
    // Not relative to the repository root: from the subfolder, a root-relative path is wrong.
    let before = t.state();
    let run = t
        .run([
            "-C",
            "notatki",
            "meeting",
            "minutes",
            "2026-11-25-ggk-cny6",
            "--file",
            "notatki/protokol.txt",
        ])
        .fails(1);
    assert!(
        run.stderr.starts_with("error: cannot read "),
        "{}",
        run.stderr
    );
    t.unchanged(&before);
}

// ---------------------------------------------------------------------------------------
// meeting approve

/// The repo with meetings on 2026-11-04 (with minutes), 2026-11-18 and 2026-11-25.
fn three_meetings() -> Test {
    let t = repo();
    t.write("protokol.txt", "Protokół\n");
    for date in ["2026-11-04", "2026-11-18", "2026-11-25"] {
        plan(&t, date, "11:00", "12:00").ok();
    }
    t.run([
        "meeting",
        "minutes",
        "2026-11-04-ggk-cny6",
        "--file",
        "protokol.txt",
    ])
    .ok();
    t
}

#[test]
fn approve_records_the_later_meeting() {
    let t = three_meetings();
    let run = t
        .run([
            "meeting",
            "approve",
            "2026-11-04-ggk-cny6",
            "--at",
            "2026-11-18-ggk-cny6",
        ])
        .ok();
    assert_eq!(
        run.stdout,
        "Minutes of meeting 2026-11-04-ggk-cny6 approved at 2026-11-18-ggk-cny6 (meetings/2026-11-04-ggk-cny6.toml)\n"
    );
    assert_eq!(run.stderr, "");
    assert_eq!(
        t.read("meetings/2026-11-04-ggk-cny6.toml"),
        format!(
            "{}minutes = \"Protokół\"\napproved_at = \"2026-11-18-ggk-cny6\"\n",
            working("2026-11-04", "11:00", "12:00")
        )
    );
    t.check_records(&[]).ok();
}

#[test]
fn approve_refuses_without_minutes_an_earlier_meeting_and_unknown_ids() {
    let t = three_meetings();
    plan(&t, "2026-11-04", "13:00", "14:00").ok(); // 2026-11-04-ggk-p3y3, the same day
    let before = t.state();
    let approve = |id: &str, at: &str| t.run(["meeting", "approve", id, "--at", at]);

    let run = approve("2026-11-18-ggk-cny6", "2026-11-25-ggk-cny6").fails(1);
    assert_eq!(run.stdout, "");
    assert_eq!(
        run.stderr,
        "error: meeting 2026-11-18-ggk-cny6 has no minutes to approve\n  help: store them first: `koop meeting minutes <ID> --file …`\n"
    );
    t.unchanged(&before);

    // --at must be a later meeting: not itself, not earlier (a later one the same day is fine,
    // as K027 asks for it).
    let run = approve("2026-11-04-ggk-cny6", "2026-11-04-ggk-cny6").fails(1);
    assert_eq!(
        run.stderr,
        "error: minutes are approved at a later meeting; 2026-11-04-ggk-cny6 is not after 2026-11-04-ggk-cny6\n"
    );
    t.unchanged(&before);
    t.run([
        "meeting",
        "minutes",
        "2026-11-18-ggk-cny6",
        "--file",
        "protokol.txt",
    ])
    .ok();
    let before = t.state();
    let run = approve("2026-11-18-ggk-cny6", "2026-11-04-ggk-cny6").fails(1);
    assert_eq!(
        run.stderr,
        "error: minutes are approved at a later meeting; 2026-11-04-ggk-cny6 is not after 2026-11-18-ggk-cny6\n"
    );
    t.unchanged(&before);

    // Unknown meetings, either side.
    let run = approve("2026-11-18-gk", "2026-11-25-ggk-cny6").fails(1);
    assert_eq!(
        run.stderr,
        "error: no meeting with ID `2026-11-18-gk`\n  help: did you mean `2026-11-18-ggk`?\n"
    );
    t.unchanged(&before);
    let run = approve("2026-11-18-ggk-cny6", "2026-11-26-ggk-cny6").fails(1);
    assert_eq!(
        run.stderr,
        "error: no meeting with ID `2026-11-26-ggk-cny6`\n  help: did you mean `2026-11-25-ggk-cny6`?\n"
    );
    t.unchanged(&before);
    let run = approve("2026-11-18-ggk-cny6", "Spotkanie").fails(1);
    assert!(
        run.stderr
            .starts_with("error: `Spotkanie` is not a valid meeting ID"),
        "{}",
        run.stderr
    );
    t.unchanged(&before);
}

#[test]
fn approve_refuses_a_meeting_of_another_team() {
    let t = three_meetings();
    t.write(
        "teams/zespol.toml",
        "kind = \"ggk\"\nname = \"Inny zespół\"\ncoordinator = \"anna-nowak\"\n\n[[members]]\ninstitution = \"kpp\"\n",
    );
    t.run([
        "meeting",
        "new",
        "--team",
        "zespol",
        "--date",
        "2026-11-10",
        "--start",
        "11:00",
        "--end",
        "12:00",
        "--place",
        "KPP",
    ])
    .ok();
    let before = t.state();
    // The minutes of a GGK meeting are approved by the GGK, at its next meeting.
    t.run([
        "meeting",
        "approve",
        "2026-11-04-ggk-cny6",
        "--at",
        "2026-11-10-zespol",
    ])
    .fails(1);
    t.unchanged(&before);
}

// ---------------------------------------------------------------------------------------
// meeting list / show

/// The repo with two meetings, one of them with everything recorded.
fn recorded() -> Test {
    let t = repo();
    t.run([
        "meeting",
        "new",
        "--team",
        "ggk",
        "--date",
        "2026-11-04",
        "--start",
        "10:00",
        "--end",
        "12:00",
        "--place",
        "sala narad GOPS",
        "--kind",
        "monitoring",
        "--minutes-by",
        "ewa-lis",
    ])
    .ok();
    plan(&t, "2026-11-18", "11:00", "12:30").ok();
    t.run([
        "meeting",
        "invite",
        "2026-11-04-ggk-cny6",
        "--rsvp-by",
        "2026-10-30",
        "kpp",
    ])
    .ok();
    t.run([
        "meeting",
        "attend",
        "2026-11-04-ggk-cny6",
        "anna-nowak",
        "piotr-zielinski",
    ])
    .ok();
    t.write("protokol.txt", "Protokół\nUstalono terminy.\n");
    t.run([
        "meeting",
        "minutes",
        "2026-11-04-ggk-cny6",
        "--file",
        "protokol.txt",
    ])
    .ok();
    t.run([
        "meeting",
        "approve",
        "2026-11-04-ggk-cny6",
        "--at",
        "2026-11-18-ggk-cny6",
    ])
    .ok();
    // A decision, written by hand.
    let text = t.read("meetings/2026-11-04-ggk-cny6.toml");
    t.write(
        "meetings/2026-11-04-ggk-cny6.toml",
        format!(
            "{text}\n[[decisions]]\nid = \"harmon\"\ntext = \"Szkoła przygotuje harmonogram zajęć\"\nowner = \"sp1\"\ndue = 2026-11-30\n"
        ),
    );
    t
}

#[test]
fn list_shows_every_meeting_as_a_table_and_as_json() {
    let t = recorded();
    let run = t.run(["meeting", "list"]).ok();
    assert_eq!(run.stderr, "");
    assert_eq!(
        table(&run.stdout),
        [
            row(&[
                "id",
                "team",
                "kind",
                "when",
                "place",
                "present",
                "minutes",
                "approved at"
            ]),
            row(&[
                "2026-11-04-ggk-cny6",
                "ggk",
                "monitoring",
                "2026-11-04 10:00–12:00",
                "sala narad GOPS",
                "2",
                "yes",
                "2026-11-18-ggk-cny6"
            ]),
            row(&[
                "2026-11-18-ggk-cny6",
                "ggk",
                "working",
                "2026-11-18 11:00–12:30",
                "sala narad GOPS",
                "0",
                "",
                ""
            ]),
        ]
    );
    let list = t.run(["meeting", "list", "--format", "json"]).ok().json();
    let items = list.as_array().expect("an array");
    assert_eq!(items.len(), 2);
    assert_eq!(items[0]["id"], "2026-11-04-ggk-cny6");
    assert_eq!(
        items[1],
        json!({
            "id": "2026-11-18-ggk-cny6",
            "team": "ggk",
            "kind": "working",
            "date": "2026-11-18",
            "start": "11:00",
            "end": "12:30",
            "place": "sala narad GOPS",
            "goal": null,
            "cases": [],
            "minutes_by": null,
            "agenda": [],
            "minutes": null,
            "approved_at": null,
            "invited": [],
            "attendance": [],
            "decisions": [],
            "file": "meetings/2026-11-18-ggk-cny6.toml",
        })
    );

    // --team filters.
    let run = t.run(["meeting", "list", "--team", "pzk"]).ok();
    assert_eq!(run.stdout, "(none)\n");
    assert_eq!(
        t.run(["meeting", "list", "--team", "pzk", "--format", "json"])
            .ok()
            .json(),
        json!([])
    );
    let run = t.run(["meeting", "list", "--team", "ggk"]).ok();
    assert_eq!(table(&run.stdout).len(), 3);
}

#[test]
fn show_prints_one_meeting_as_fields_and_as_json() {
    let t = recorded();
    let shown = t
        .run(["meeting", "show", "2026-11-04-ggk-cny6", "--format", "json"])
        .ok()
        .json();
    assert_eq!(
        shown,
        json!({
            "id": "2026-11-04-ggk-cny6",
            "team": "ggk",
            "kind": "monitoring",
            "date": "2026-11-04",
            "start": "10:00",
            "end": "12:00",
            "place": "sala narad GOPS",
            "goal": null,
            "cases": [],
            "minutes_by": "ewa-lis",
            "agenda": [],
            "minutes": "Protokół\nUstalono terminy.",
            "approved_at": "2026-11-18-ggk-cny6",
            "invited": [
                {"institution": "kpp", "person": null, "rsvp_by": "2026-10-30", "sent": null}
            ],
            "attendance": [
                {"person": "anna-nowak", "institution": "gops", "contact": "600 100 200"},
                {"person": "piotr-zielinski", "institution": "kpp", "contact": null}
            ],
            "decisions": [
                {
                    "id": "harmon",
                    "number": 1,
                    "text": "Szkoła przygotuje harmonogram zajęć",
                    "owner": "sp1",
                    "due": "2026-11-30",
                    "done": null
                }
            ],
            "file": "meetings/2026-11-04-ggk-cny6.toml",
        })
    );
    // The list's JSON items are the same shape.
    let list = t.run(["meeting", "list", "--format", "json"]).ok().json();
    assert_eq!(list[0], shown);

    let run = t.run(["meeting", "show", "2026-11-04-ggk-cny6"]).ok();
    assert_eq!(run.stderr, "");
    let out = &run.stdout;
    for line in [
        "id           2026-11-04-ggk-cny6\n",
        "team         ggk\n",
        "kind         monitoring\n",
        "when         2026-11-04 10:00–12:00\n",
        "place        sala narad GOPS\n",
        "minutes by   ewa-lis\n",
        "approved at  2026-11-18-ggk-cny6\n",
        "file         meetings/2026-11-04-ggk-cny6.toml\n",
        "\nMinutes:\nProtokół\nUstalono terminy.\n",
    ] {
        assert!(out.contains(line), "{line:?} missing in\n{out}");
    }
    assert!(!out.contains("Agenda:"), "{out}");
    assert_eq!(
        table(out),
        [
            row(&["institution", "person", "sent", "confirm by"]),
            row(&["kpp", "", "", "2026-10-30"]),
            row(&["person", "name", "institution", "contact"]),
            row(&["anna-nowak", "Anna Nowak", "gops", "600 100 200"]),
            row(&["piotr-zielinski", "Piotr Zieliński", "kpp", ""]),
        ]
    );

    // Nothing recorded yet: empty lists say so.
    let run = t.run(["meeting", "show", "2026-11-18-ggk-cny6"]).ok();
    assert!(
        run.stdout
            .contains("\nInvited:\n(none)\nPresent:\n(none)\n"),
        "{}",
        run.stdout
    );
    assert!(!run.stdout.contains("Minutes:"), "{}", run.stdout);

    let run = t.run(["meeting", "show", "2026-11-05-ggk-cny6"]).fails(1);
    assert_eq!(
        run.stderr,
        "error: no meeting with ID `2026-11-05-ggk-cny6`\n  help: did you mean `2026-11-04-ggk-cny6`?\n"
    );
}

// ---------------------------------------------------------------------------------------
// The rules K026–K031

/// A PZK on an agreement signed 2026-03-12 by the GOPS and the school, meeting quarterly.
/// Line numbers matter to the tests.
const PZK: &str = "\
kind = \"pzk\"
name = \"Partnerski Zespół Kooperacji w Gminie Przykładowo\"
coordinator = \"anna-nowak\"

[agreement]
signed = 2026-03-12
place = \"Przykładowo\"
meeting_frequency_months = 3
valid_until = 2027-12-31
purpose = \"Porozumienie o wdrażaniu Modelu Kooperacji na terenie gminy Przykładowo,\"

[[agreement.signatories]]
institution = \"gops\"
representative = \"Anna Kowalska\"

[[agreement.signatories]]
institution = \"sp1\"

[[members]]
institution = \"gops\"
core = true
delegates = [\"anna-nowak\"]

[[members]]
institution = \"sp1\"
core = true
delegates = [\"jan-kowalski\"]
";

const BASE_ANNA: &str = "name = \"Anna Nowak\"\nposition = \"starszy pracownik socjalny\"\nroles = [\"pracownik-socjalny\", \"koordynator-ggk\", \"animator-gminy\"]\npost = 0.25\nphone = \"600 100 200\"\n";

/// A PZK meeting on `day`, 11:00–12:30, with minutes. Line 3 is the date (column 8).
fn pzk_meeting(day: &str, approved_at: Option<&str>) -> String {
    let approved = approved_at
        .map(|a| format!("approved_at = \"{a}\"\n"))
        .unwrap_or_default();
    format!(
        "team = \"pzk\"\nkind = \"working\"\ndate = {day}\nstart = \"11:00\"\nend = \"12:30\"\nplace = \"GOPS\"\nminutes = \"Protokół\"\nminutes_by = \"anna-nowak\"\n{approved}"
    )
}

/// A repository that passes `koop check --deny warnings` on `today`: the GOPS, the school and
/// the police with their workers, a PZK on a signed agreement meeting quarterly on
/// 2026-05-13, 2026-08-12 and 2026-10-14 (each meeting's minutes approved at the next), and no
/// cases.
fn base_on(today: &str) -> Test {
    let t = Test::init().today(today);
    t.write("institutions/gops/institution.toml", GOPS)
        .write("institutions/sp1/institution.toml", SP1)
        .write("institutions/kpp/institution.toml", KPP)
        .write("institutions/gops/people/anna-nowak.toml", BASE_ANNA)
        .write(
            "institutions/gops/people/ewa-lis.toml",
            "name = \"Ewa Lis\"\nemail = \"ewa.lis@gops.przykladowo.pl\"\n",
        )
        .write("institutions/sp1/people/jan-kowalski.toml", JAN)
        .write(
            "institutions/kpp/people/piotr-zielinski.toml",
            "name = \"Piotr Zieliński\"\nroles = [\"przedstawiciel\"]\n",
        )
        .write("teams/pzk.toml", PZK);
    for (day, next) in [
        ("2026-05-13", Some("2026-08-12-pzk")),
        ("2026-08-12", Some("2026-10-14-pzk")),
        ("2026-10-14", None),
    ] {
        t.write(&file(&format!("{day}-pzk")), pzk_meeting(day, next));
    }
    t
}

/// The base repository on 2026-11-23.
fn base() -> Test {
    base_on("2026-11-23")
}

/// A finding as (code, severity, file, line, column).
type Finding = (String, String, String, u64, u64);

fn f(code: &str, file: &str, line: u64, column: u64) -> Finding {
    (code.into(), "warning".into(), file.into(), line, column)
}

/// The findings of one rule: `koop check --format json --rule CODE`; a warning exits 0.
#[track_caller]
fn found(t: &Test, code: &str) -> Vec<Finding> {
    let run = t.run(["check", "--format", "json", "--rule", code]);
    assert_eq!(run.stderr, "", "{}", run.all());
    let items: Vec<Finding> = run
        .json()
        .as_array()
        .expect("an array")
        .iter()
        .map(|d| {
            (
                d["code"].as_str().unwrap().to_string(),
                d["severity"].as_str().unwrap().to_string(),
                d["file"].as_str().unwrap().to_string(),
                d["line"].as_u64().unwrap(),
                d["column"].as_u64().unwrap(),
            )
        })
        .collect();
    let errors = items.iter().any(|i| i.1 == "error");
    assert_eq!(run.code, i32::from(errors), "{}", run.all());
    items
}

/// The messages of one rule's findings.
fn messages(t: &Test, code: &str) -> Vec<String> {
    let run = t.run(["check", "--format", "json", "--rule", code]);
    run.json()
        .as_array()
        .expect("an array")
        .iter()
        .map(|d| d["message"].as_str().unwrap_or("").to_string())
        .collect()
}

/// The helps of one rule's findings.
fn helps(t: &Test, code: &str) -> Vec<String> {
    let run = t.run(["check", "--format", "json", "--rule", code]);
    run.json()
        .as_array()
        .expect("an array")
        .iter()
        .map(|d| d["help"].as_str().unwrap_or("").to_string())
        .collect()
}

/// Asserts that the whole `koop check` passes, warnings denied.
#[track_caller]
fn clean(t: &Test) {
    let run = t.run(["check", "--deny", "warnings"]);
    assert!(
        run.code == 0 && run.stdout.ends_with(": no problems\n"),
        "expected no problems\n{}",
        run.all()
    );
}

#[test]
fn the_base_repository_passes_every_rule() {
    let t = base();
    clean(&t);
    for code in ["K026", "K027", "K028", "K029", "K030", "K031"] {
        assert_eq!(found(&t, code), [], "{code}");
    }
}

#[test]
fn k026_a_past_meeting_without_minutes() {
    let t = base();
    t.write(
        &file("2026-10-14-pzk"),
        pzk_meeting("2026-10-14", None).replace("minutes = \"Protokół\"\n", ""),
    );
    assert_eq!(
        found(&t, "K026"),
        [f("K026", "meetings/2026-10-14-pzk.toml", 3, 8)]
    );
    assert_eq!(
        messages(&t, "K026"),
        ["meeting 2026-10-14-pzk took place but has no minutes"]
    );
    assert!(
        helps(&t, "K026")[0].contains("Z każdego spotkania powinien być sporządzany protokół"),
        "{:?}",
        helps(&t, "K026")
    );

    // Corrected with `koop meeting minutes`.
    t.write("protokol.txt", "Protokół\n");
    t.run([
        "meeting",
        "minutes",
        "2026-10-14-pzk",
        "--file",
        "protokol.txt",
    ])
    .ok();
    assert_eq!(found(&t, "K026"), []);
    clean(&t);

    // A meeting yet to come, or held today, needs no minutes yet.
    let t = base();
    t.write(
        &file("2026-11-25-pzk"),
        pzk_meeting("2026-11-25", None).replace("minutes = \"Protokół\"\n", ""),
    )
    .write(
        &file("2026-11-23-pzk"),
        pzk_meeting("2026-11-23", None).replace("minutes = \"Protokół\"\n", ""),
    );
    assert_eq!(found(&t, "K026"), []);
}

#[test]
fn k026_every_meeting_names_who_writes_the_minutes() {
    // Held without a minute-taker, and one to come without one yet (still to arrange).
    let t = base();
    t.write(
        &file("2026-10-14-pzk"),
        pzk_meeting("2026-10-14", None).replace("minutes_by = \"anna-nowak\"\n", ""),
    )
    .write(
        &file("2026-12-09-pzk"),
        pzk_meeting("2026-12-09", None)
            .replace("minutes = \"Protokół\"\nminutes_by = \"anna-nowak\"\n", ""),
    );
    assert_eq!(
        found(&t, "K026"),
        [
            f("K026", "meetings/2026-10-14-pzk.toml", 3, 8),
            f("K026", "meetings/2026-12-09-pzk.toml", 3, 8)
        ]
    );
    assert_eq!(
        messages(&t, "K026"),
        [
            "meeting 2026-10-14-pzk names no one to write the minutes",
            "meeting 2026-12-09-pzk names no one to write the minutes"
        ]
    );
    assert!(
        helps(&t, "K026")[1].contains(
            "osoba odpowiedzialna za sporządzenie protokołu\" — `koop meeting minutes 2026-12-09-pzk --by <person>`"
        ),
        "{:?}",
        helps(&t, "K026")
    );

    // Named beforehand, without minutes yet: `--by` alone.
    let before = t.state();
    let run = t
        .run(["meeting", "minutes", "2026-12-09-pzk", "--by", "ewa-lis"])
        .ok();
    assert_eq!(
        run.stdout,
        "Named ewa-lis to write the minutes of meeting 2026-12-09-pzk (meetings/2026-12-09-pzk.toml)\n"
    );
    assert_eq!(t.added_since(&before), Vec::<String>::new());
    assert!(
        t.read("meetings/2026-12-09-pzk.toml")
            .ends_with("place = \"GOPS\"\nminutes_by = \"ewa-lis\"\n")
    );
    // Someone else is not put in her place by mistake.
    let before = t.state();
    let run = t
        .run(["meeting", "minutes", "2026-12-09-pzk", "--by", "anna-nowak"])
        .fails(1);
    assert_eq!(
        run.stderr,
        "error: meeting 2026-12-09-pzk already names `ewa-lis` to write the minutes\n  help: add --replace to name someone else\n"
    );
    t.unchanged(&before);
    // An unknown person, or neither --file nor --by.
    t.run(["meeting", "minutes", "2026-12-09-pzk", "--by", "nikt"])
        .fails(1);
    let run = t.run(["meeting", "minutes", "2026-12-09-pzk"]).fails(2);
    assert!(run.stderr.contains("--file <FILE>"), "{}", run.stderr);
    t.unchanged(&before);

    // The held meeting: minutes and who wrote them, in one go.
    t.write("protokol.txt", "Protokół poprawiony\n");
    let run = t
        .run([
            "meeting",
            "minutes",
            "2026-10-14-pzk",
            "--file",
            "protokol.txt",
            "--by",
            "anna-nowak",
            "--replace",
        ])
        .ok();
    assert_eq!(
        run.stdout,
        "Stored the minutes of meeting 2026-10-14-pzk, written by anna-nowak (meetings/2026-10-14-pzk.toml)\n"
    );
    assert_eq!(found(&t, "K026"), []);
    clean(&t);
}

#[test]
fn k027_minutes_not_approved_at_the_next_meeting() {
    // The meeting of 2026-11-18 has happened; the minutes of 2026-10-14 were not approved.
    let t = base();
    t.write(&file("2026-11-18-pzk"), pzk_meeting("2026-11-18", None));
    assert_eq!(
        found(&t, "K027"),
        [f("K027", "meetings/2026-10-14-pzk.toml", 3, 8)]
    );
    assert_eq!(
        messages(&t, "K027"),
        ["the minutes of 2026-10-14-pzk were not approved at the next meeting (2026-11-18-pzk)"]
    );
    let help = &helps(&t, "K027")[0];
    assert!(
        help.contains("Protokół powinien być zatwierdzany")
            && help.contains("`koop meeting approve 2026-10-14-pzk --at 2026-11-18-pzk`"),
        "{help}"
    );

    // Corrected with the command the help names.
    t.run([
        "meeting",
        "approve",
        "2026-10-14-pzk",
        "--at",
        "2026-11-18-pzk",
    ])
    .ok();
    assert_eq!(found(&t, "K027"), []);
    clean(&t);

    // Only once the next meeting has happened: not before, nor on its day.
    for next in ["2026-11-25", "2026-11-23"] {
        let t = base();
        t.write(&file(&format!("{next}-pzk")), pzk_meeting(next, None));
        assert_eq!(found(&t, "K027"), [], "{next}");
    }
    // Minutes not yet written are K026's business, not K027's.
    let t = base();
    t.write(
        &file("2026-10-14-pzk"),
        pzk_meeting("2026-10-14", None).replace("minutes = \"Protokół\"\n", ""),
    )
    .write(&file("2026-11-18-pzk"), pzk_meeting("2026-11-18", None));
    assert_eq!(found(&t, "K027"), []);
    assert_eq!(
        found(&t, "K026"),
        [f("K026", "meetings/2026-10-14-pzk.toml", 3, 8)]
    );
}

#[test]
fn k027_advice_for_two_meetings_on_one_day_can_be_followed() {
    let t = base();
    t.write(&file("2026-11-18-pzk"), pzk_meeting("2026-11-18", None))
        .write(
            &file("2026-11-18-pzk-2"),
            pzk_meeting("2026-11-18", None)
                .replace("11:00", "13:00")
                .replace("12:30", "14:00"),
        );
    t.run([
        "meeting",
        "approve",
        "2026-10-14-pzk",
        "--at",
        "2026-11-18-pzk",
    ])
    .ok();
    // K027 names the second meeting of the day as the next one...
    let help = helps(&t, "K027");
    let advice = help
        .iter()
        .find_map(|h| h.split('`').nth(1))
        .expect("a command in the help")
        .to_string();
    // ...and what it says to run must work.
    let args: Vec<&str> = advice.split(' ').skip(1).collect();
    t.run(args).ok();
    assert_eq!(found(&t, "K027"), []);
}

#[test]
fn k028_a_decision_past_due_and_not_done() {
    let decision = |due: &str, done: Option<&str>| {
        let done = done.map(|d| format!("done = {d}\n")).unwrap_or_default();
        format!(
            "{}\n[[decisions]]\nid = \"harmon\"\ntext = \"Szkoła przygotuje harmonogram zajęć\"\nowner = \"sp1\"\ndue = {due}\n{done}",
            pzk_meeting("2026-10-14", None)
        )
    };
    let t = base();
    t.write(&file("2026-10-14-pzk"), decision("2026-11-20", None));
    // Line 14: `due = 2026-11-20`, the date at column 7.
    assert_eq!(
        found(&t, "K028"),
        [f("K028", "meetings/2026-10-14-pzk.toml", 14, 7)]
    );
    assert_eq!(
        messages(&t, "K028"),
        [
            "decision of 2026-10-14-pzk was due 2026-11-20 and is not done: Szkoła przygotuje harmonogram zajęć"
        ]
    );

    // Done, not yet due, due today, or without a date: nothing to report.
    for (due, done) in [
        ("2026-11-20", Some("2026-11-19")),
        ("2026-11-30", None),
        ("2026-11-23", None),
    ] {
        let t = base();
        t.write(&file("2026-10-14-pzk"), decision(due, done));
        assert_eq!(found(&t, "K028"), [], "{due} {done:?}");
        clean(&t);
    }
    let t = base();
    t.write(
        &file("2026-10-14-pzk"),
        decision("2026-11-20", None).replace("due = 2026-11-20\n", ""),
    );
    assert_eq!(found(&t, "K028"), []);
}

#[test]
fn k029_a_meeting_on_a_friday_a_holiday_or_too_long() {
    // The meeting of 2026-10-14 moved by hand to Friday 2026-10-16.
    let t = base();
    t.write(&file("2026-10-14-pzk"), pzk_meeting("2026-10-16", None));
    assert_eq!(
        found(&t, "K029"),
        [f("K029", "meetings/2026-10-14-pzk.toml", 3, 8)]
    );
    assert_eq!(
        messages(&t, "K029"),
        [
            "meeting 2026-10-14-pzk: 2026-10-16 is a Friday: \"Starajmy się unikać organizacji spotkań na początku i końcu tygodnia, czyli poniedziałek i piątek\""
        ]
    );
    assert_eq!(
        helps(&t, "K029"),
        [
            "Załącznik nr 2 – Scenariusz spotkania inicjującego spotkanie partnerskie: \"Dla organizowania spotkań bezpieczne są godziny około południowe\""
        ]
    );

    // On Independence Day (a Wednesday).
    let t = base();
    t.write(&file("2026-11-11-pzk"), pzk_meeting("2026-11-11", None));
    assert_eq!(
        found(&t, "K029"),
        [f("K029", "meetings/2026-11-11-pzk.toml", 3, 8)]
    );
    assert!(
        messages(&t, "K029")[0]
            .starts_with("meeting 2026-11-11-pzk: 2026-11-11 is a public holiday (Narodowe Święto Niepodległości)"),
        "{:?}",
        messages(&t, "K029")
    );

    // 11:00–13:30: too long.
    let t = base();
    t.write(
        &file("2026-10-14-pzk"),
        pzk_meeting("2026-10-14", None).replace("12:30", "13:30"),
    );
    assert_eq!(
        found(&t, "K029"),
        [f("K029", "meetings/2026-10-14-pzk.toml", 3, 8)]
    );
    assert_eq!(
        messages(&t, "K029"),
        [
            "meeting 2026-10-14-pzk: it lasts 2h30: \"Czas spotkania nie powinien być dłuższy niż dwie godziny\""
        ]
    );

    // Corrected: Wednesday, 11:00–13:00 exactly.
    let t = base();
    t.write(
        &file("2026-10-14-pzk"),
        pzk_meeting("2026-10-14", None).replace("12:30", "13:00"),
    );
    assert_eq!(found(&t, "K029"), []);
    clean(&t);
}

#[test]
fn k030_an_attendee_neither_in_the_team_nor_invited() {
    let attended = |person: &str, invited: Option<&str>| {
        let invited = invited
            .map(|i| format!("\n[[invited]]\ninstitution = \"{i}\"\nrsvp_by = 2026-10-09\n"))
            .unwrap_or_default();
        format!(
            "{}{invited}\n[[attendance]]\nperson = \"{person}\"\n",
            pzk_meeting("2026-10-14", None)
        )
    };
    // The police officer came, but kpp is not in the PZK and was not invited.
    let t = base();
    t.write(&file("2026-10-14-pzk"), attended("piotr-zielinski", None));
    // Line 11: `person = "piotr-zielinski"`, the ID at column 10.
    assert_eq!(
        found(&t, "K030"),
        [f("K030", "meetings/2026-10-14-pzk.toml", 11, 10)]
    );
    assert_eq!(
        messages(&t, "K030"),
        [
            "`piotr-zielinski` (kpp) attended 2026-10-14-pzk but is neither in team `pzk` nor invited"
        ]
    );
    // Invited, but another institution: still not.
    let t = base();
    t.write(
        &file("2026-10-14-pzk"),
        attended("piotr-zielinski", Some("gops")),
    );
    assert_eq!(
        found(&t, "K030"),
        [f("K030", "meetings/2026-10-14-pzk.toml", 15, 10)]
    );

    // Corrected: kpp invited (`koop meeting invite`).
    let t = base();
    t.write(
        &file("2026-10-14-pzk"),
        attended("piotr-zielinski", Some("kpp")),
    );
    assert_eq!(found(&t, "K030"), []);
    clean(&t);
    // A worker of a member institution who is not its delegate.
    let t = base();
    t.write(&file("2026-10-14-pzk"), attended("ewa-lis", None));
    assert_eq!(found(&t, "K030"), []);
    clean(&t);
    // Recorded with `koop meeting attend`: delegates and a member's worker pass, the
    // uninvited officer does not, the invited one does.
    let t = base();
    t.run([
        "meeting",
        "attend",
        "2026-10-14-pzk",
        "anna-nowak",
        "jan-kowalski",
        "ewa-lis",
        "piotr-zielinski",
    ])
    .ok();
    assert_eq!(
        messages(&t, "K030"),
        [
            "`piotr-zielinski` (kpp) attended 2026-10-14-pzk but is neither in team `pzk` nor invited"
        ]
    );
    t.run([
        "meeting",
        "invite",
        "2026-10-14-pzk",
        "--rsvp-by",
        "2026-10-09",
        "kpp",
    ])
    .ok();
    assert_eq!(found(&t, "K030"), []);
    clean(&t);
}

#[test]
fn k031_a_pzk_going_longer_between_meetings_than_agreed() {
    // Signed 2026-03-12, quarterly; met 2026-03-18, then not until 2026-08-19.
    let t = base();
    for day in ["2026-05-13", "2026-08-12", "2026-10-14"] {
        std::fs::remove_file(t.path().join(file(&format!("{day}-pzk")))).expect("rm");
    }
    t.write(
        &file("2026-03-18-pzk"),
        pzk_meeting("2026-03-18", Some("2026-08-19-pzk")),
    )
    .write(
        &file("2026-08-19-pzk"),
        pzk_meeting("2026-08-19", Some("2026-11-18-pzk")),
    )
    .write(&file("2026-11-18-pzk"), pzk_meeting("2026-11-18", None));
    assert_eq!(
        found(&t, "K031"),
        [f("K031", "meetings/2026-08-19-pzk.toml", 3, 8)]
    );
    assert_eq!(
        messages(&t, "K031"),
        ["PZK `pzk` did not meet for 5 months, between 2026-03-18-pzk and 2026-08-19-pzk"]
    );
    assert!(
        helps(&t, "K031")[0].contains("at least every 3 months")
            && helps(&t, "K031")[0].contains("nie rzadziej niż raz na kwartał"),
        "{:?}",
        helps(&t, "K031")
    );

    // Without the November meeting, on 2026-12-20: four months since the last one.
    let t = base_on("2026-12-20");
    for day in ["2026-05-13", "2026-08-12", "2026-10-14"] {
        std::fs::remove_file(t.path().join(file(&format!("{day}-pzk")))).expect("rm");
    }
    t.write(
        &file("2026-03-18-pzk"),
        pzk_meeting("2026-03-18", Some("2026-08-19-pzk")),
    )
    .write(&file("2026-08-19-pzk"), pzk_meeting("2026-08-19", None));
    assert_eq!(
        found(&t, "K031"),
        [
            f("K031", "meetings/2026-08-19-pzk.toml", 3, 8),
            f("K031", "teams/pzk.toml", 0, 0),
        ]
    );
    assert_eq!(
        messages(&t, "K031"),
        [
            "PZK `pzk` did not meet for 5 months, between 2026-03-18-pzk and 2026-08-19-pzk",
            "PZK `pzk` has not met for 4 months, since 2026-08-19-pzk",
        ]
    );
    // A meeting planned for later does not count until it has happened.
    t.write(&file("2027-01-13-pzk"), pzk_meeting("2027-01-13", None));
    assert_eq!(found(&t, "K031").len(), 2);

    // The first gap counts from the signing of the agreement.
    let t = base();
    std::fs::remove_file(t.path().join(file("2026-05-13-pzk"))).expect("rm");
    t.write(
        &file("2026-07-15-pzk"),
        pzk_meeting("2026-07-15", Some("2026-08-12-pzk")),
    );
    assert_eq!(
        found(&t, "K031"),
        [f("K031", "meetings/2026-07-15-pzk.toml", 3, 8)]
    );
    assert_eq!(
        messages(&t, "K031"),
        [
            "PZK `pzk` did not meet for 4 months, between the signing of the agreement (2026-03-12) and 2026-07-15-pzk"
        ]
    );

    // As often as agreed: monthly makes the base's two-month gaps too long.
    let t = base();
    t.write(
        "teams/pzk.toml",
        PZK.replace(
            "meeting_frequency_months = 3",
            "meeting_frequency_months = 1",
        ),
    );
    assert_eq!(
        found(&t, "K031"),
        [
            f("K031", "meetings/2026-05-13-pzk.toml", 3, 8),
            f("K031", "meetings/2026-08-12-pzk.toml", 3, 8),
            f("K031", "meetings/2026-10-14-pzk.toml", 3, 8),
            // More than a month since 2026-10-14 on 2026-11-23.
            f("K031", "teams/pzk.toml", 0, 0),
        ]
    );

    // Corrected: the base meets every two or three months. "Nie rzadziej niż raz na
    // kwartał": three months after the last meeting is still fine, the day after is not.
    let t = base();
    assert_eq!(found(&t, "K031"), []);
    clean(&t);
    let t = base_on("2027-01-14");
    assert_eq!(found(&t, "K031"), []);
    let t = base_on("2027-01-15");
    assert_eq!(
        messages(&t, "K031"),
        ["PZK `pzk` has not met for more than 3 months, since 2026-10-14-pzk"]
    );
    let t = base_on("2027-02-14");
    assert_eq!(
        messages(&t, "K031"),
        ["PZK `pzk` has not met for 4 months, since 2026-10-14-pzk"]
    );
    // A GGK has no agreed frequency to keep.
    let t = base();
    t.write(
        "teams/pzk.toml",
        PZK.replace("kind = \"pzk\"", "kind = \"ggk\""),
    );
    assert_eq!(found(&t, "K031"), []);
}

#[test]
fn a_meeting_referring_to_nothing_is_an_unknown_reference() {
    let t = base();
    t.write(
        &file("2026-11-04-pzk"),
        "team = \"pzkk\"\nkind = \"working\"\ndate = 2026-11-04\nstart = \"11:00\"\nend = \"12:00\"\nplace = \"GOPS\"\nminutes_by = \"ewa-lisz\"\nminutes = \"P\"\napproved_at = \"2026-11-18-pzk\"\n\n[[invited]]\ninstitution = \"kppp\"\n\n[[attendance]]\nperson = \"piotr-zielinsky\"\ninstitution = \"kpp\"\n",
    );
    let run = t.run(["check", "--format", "json", "--rule", "K005"]);
    let mut lines: Vec<u64> = run
        .json()
        .as_array()
        .expect("an array")
        .iter()
        .filter(|d| d["file"] == "meetings/2026-11-04-pzk.toml")
        .map(|d| d["line"].as_u64().unwrap())
        .collect();
    lines.sort_unstable();
    assert_eq!(lines, [1, 7, 9, 12, 15], "{}", run.all());
}

/// Zał. 2: "zaproszenie było kierowane na dyrektora instytucji/podmiotu ze wskazaniem w treści
/// imiennie zapraszanego przedstawiciela": the representative invited by name and the day the
/// letter went out are recorded by `invite`, and the letter is addressed to the head by
/// function, dated the day it was sent, with the agenda's times.
#[test]
fn invite_names_the_representative_and_the_day_sent_and_the_letter_shows_them() {
    let t = with_meeting();
    let id = "2026-11-18-ggk-cny6";
    let before = t.state();
    // --person is one institution's representative, and works there.
    let run = t
        .run([
            "meeting",
            "invite",
            id,
            "--rsvp-by",
            "2026-11-13",
            "kpp",
            "sp1",
            "--person",
            "jan-kowalski",
        ])
        .fails(1);
    assert!(run.stderr.contains("one institution"), "{}", run.stderr);
    let run = t
        .run([
            "meeting",
            "invite",
            id,
            "--rsvp-by",
            "2026-11-13",
            "kpp",
            "--person",
            "jan-kowalski",
        ])
        .fails(1);
    assert!(
        run.stderr.contains("`jan-kowalski` does not work at `kpp`"),
        "{}",
        run.stderr
    );
    let run = t
        .run([
            "meeting",
            "invite",
            id,
            "--rsvp-by",
            "2026-11-13",
            "kpp",
            "--sent",
            "2026-11-20",
        ])
        .fails(1);
    assert!(
        run.stderr
            .contains("--sent 2026-11-20 is after the meeting"),
        "{}",
        run.stderr
    );
    t.unchanged(&before);
    t.run([
        "meeting",
        "invite",
        id,
        "--rsvp-by",
        "2026-11-13",
        "sp1",
        "--person",
        "jan-kowalski",
        "--sent",
        "2026-11-02",
    ])
    .ok();
    t.run(["meeting", "invite", id, "--rsvp-by", "2026-11-13", "kpp"])
        .ok();
    let file = t.read(&format!("meetings/{id}.toml"));
    assert!(
        file.contains("[[invited]]\ninstitution = \"sp1\"\nperson = \"jan-kowalski\"\nrsvp_by = 2026-11-13\nsent = 2026-11-02\n"),
        "{file}"
    );
    // An agenda whose items carry their times.
    t.write(
        &format!("meetings/{id}.toml"),
        format!(
            "agenda = [\"11:00-11:15 Powitanie\", \"11:15 Omówienie sytuacji rodziny\", \"Ustalenia\"]\n{file}"
        ),
    );
    t.write(
        "institutions/sp1/institution.toml",
        "name = \"Szkoła Podstawowa nr 1\"\nkind = \"school\"\nlevel = \"gmina\"\ndirector = \"Maria Nowak\"\n",
    );
    let md = t
        .run(["doc", "zaproszenie", id])
        .ok()
        .stdout
        .replace('\u{a0}', " ");
    for text in [
        // Dated the day it was sent; to the school's director by function; the person by name.
        "Przykładowo, dnia 2 listopada 2026 r.",
        "**Maria Nowak**<br>\nDyrektor<br>\nSzkoła Podstawowa nr 1",
        "Do udziału w spotkaniu zapraszamy imiennie **Jana Kowalskiego** (pedagog).",
        "1. 11:00–11:15 Powitanie",
        "2. 11:15 Omówienie sytuacji rodziny",
        "3. Ustalenia",
        // The police's letter: no day sent recorded, so today's date; its head's function.
        "Przykładowo, dnia 23 listopada 2026 r.",
        "Komendant<br>",
    ] {
        assert!(md.contains(text), "{text:?} not in:\n{md}");
    }
    let show = t.run(["meeting", "show", id]).ok().stdout;
    assert!(show.contains("2026-11-02"), "{show}");
}

#[test]
fn the_weekday_is_said_in_the_language_in_use() {
    let t = repo();
    let args = [
        "meeting",
        "new",
        "--team",
        "ggk",
        "--date",
        "2026-11-16",
        "--start",
        "10:00",
        "--end",
        "11:00",
        "--place",
        "sala",
    ];
    let run = t
        .run_env(t.path(), &[("KOOP_LANG", std::ffi::OsStr::new("pl"))], args)
        .ok();
    run.err_has("ostrzeżenie[K029]: ")
        .err_has("2026-11-16 to poniedziałek: „Starajmy się unikać");
    let run = t
        .run(args.map(|a| {
            if a == "10:00" {
                "12:00"
            } else if a == "11:00" {
                "13:00"
            } else {
                a
            }
        }))
        .ok();
    run.err_has("2026-11-16 is a Monday:");
}

/// The events of an iCalendar text, read back with the icalendar crate's parser (RFC 5545),
/// as UID → the event's properties.
fn events(ics: &str) -> std::collections::BTreeMap<String, Vec<(String, String)>> {
    let unfolded = icalendar::parser::unfold(ics);
    let calendar = icalendar::parser::read_calendar(&unfolded).expect("valid iCalendar");
    let mut out = std::collections::BTreeMap::new();
    for c in calendar.components.iter().filter(|c| c.name == "VEVENT") {
        let uid = c
            .find_prop("UID")
            .expect("every event has a UID")
            .val
            .to_string();
        let props = c
            .properties
            .iter()
            .map(|p| (p.name.to_string(), p.val.to_string()))
            .collect();
        assert!(out.insert(uid.clone(), props).is_none(), "UID {uid} twice");
    }
    out
}

#[test]
fn the_agenda_as_icalendar_has_one_event_per_item_with_a_stable_uid() {
    let t = repo();
    let id = plan(&t, "2026-12-02", "10:00", "11:30")
        .ok()
        .stdout
        .trim()
        .to_string();
    let ics = t
        .run(["agenda", "--days", "30", "--format", "ics"])
        .ok()
        .stdout;
    assert_eq!(
        ics,
        t.run(["agenda", "--days", "30", "--format", "ics"])
            .ok()
            .stdout
    );
    let json = t
        .run(["agenda", "--days", "30", "--format", "json"])
        .ok()
        .json();
    let all = events(&ics);
    assert_eq!(all.len(), json.as_array().map_or(0, Vec::len), "{ics}");
    let uid = format!("meeting/{id}@koop");
    let meeting = all
        .get(&uid)
        .unwrap_or_else(|| panic!("{uid} not in {:?}", all.keys()));
    let prop = |props: &Vec<(String, String)>, name: &str| {
        props
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    assert_eq!(prop(meeting, "DTSTART"), "20261202T100000");
    assert_eq!(prop(meeting, "DTEND"), "20261202T113000");
    assert_eq!(prop(meeting, "LOCATION"), "sala narad GOPS");
    // Never rescheduled: no SEQUENCE, which counts from 0.
    assert_eq!(prop(meeting, "SEQUENCE"), "");
    // `koop meeting show --format ics` gives the meeting's own events, the same ones. (A
    // rescheduled meeting keeps its UID: see the next test.)
    let shown = events(
        &t.run(["meeting", "show", &id, "--format", "ics"])
            .ok()
            .stdout,
    );
    assert_eq!(shown.get(&uid), all.get(&uid));
    // Other items last the whole day, their end the next day (RFC 5545 counts it out): the
    // example's tasks, evaluation and monitoring in the coming two months.
    let example = crate::example().display().to_string();
    let ics = t
        .run(["-C", &example, "agenda", "--days", "60", "--format", "ics"])
        .ok()
        .stdout;
    let all = events(&ics);
    assert!(all.len() >= 5, "{ics}");
    assert!(all.keys().any(|k| k.starts_with("task/")), "{ics}");
    let task = all
        .keys()
        .find(|k| k.starts_with("task/"))
        .cloned()
        .unwrap_or_default();
    let copy = tempfile::tempdir().expect("temp dir");
    let dir = copy.path().join("g");
    let status = std::process::Command::new("cp")
        .args(["-r", &example, &dir.display().to_string()])
        .status()
        .expect("cp");
    assert!(status.success());
    let dir = dir.display().to_string();
    // A task keeps its UID when it is rescheduled: importing again updates the event.
    let (case, number) = ("2026-002", "1.3");
    t.run([
        "-C",
        &dir,
        "task",
        "reschedule",
        case,
        number,
        "--due",
        "2026-12-20",
    ])
    .ok();
    let moved = events(
        &t.run(["-C", &dir, "agenda", "--days", "60", "--format", "ics"])
            .ok()
            .stdout,
    );
    assert!(
        moved.keys().filter(|k| k.starts_with("task/")).count()
            == all.keys().filter(|k| k.starts_with("task/")).count()
            && moved.contains_key(&task),
        "{moved:?}"
    );
    // Task 1.3 of 2026-002 (identity m7radx in the example): due 30 November, now 20 December.
    let uid = "task/2026-002-p5nv/m7radx@koop";
    assert_eq!(prop(&all[uid], "DTSTART"), "20261130");
    assert_eq!(prop(&moved[uid], "DTSTART"), "20261220");
    for e in all.values() {
        let (start, end) = (prop(e, "DTSTART"), prop(e, "DTEND"));
        assert!(start.len() == 8 && end > start, "{e:?}");
    }
}

/// One property of an event, `""` when it has none.
fn prop(props: &[(String, String)], name: &str) -> String {
    props
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.clone())
        .unwrap_or_default()
}

#[test]
fn a_rescheduled_meeting_keeps_its_calendar_uid_and_counts_up_its_sequence() {
    let t = repo();
    let first = plan(&t, "2026-12-02", "10:00", "11:30")
        .ok()
        .stdout
        .trim()
        .to_string();
    t.run([
        "meeting",
        "invite",
        &first,
        "--rsvp-by",
        "2026-11-25",
        "gops",
    ])
    .ok();
    let agenda = |t: &Test| {
        events(
            &t.run(["agenda", "--days", "30", "--format", "ics"])
                .ok()
                .stdout,
        )
    };
    let before = agenda(&t);
    let uid = format!("meeting/{first}@koop");
    let rsvp = format!("rsvp/{first}/2026-11-25@koop");
    assert!(
        before.contains_key(&uid) && before.contains_key(&rsvp),
        "{before:?}"
    );

    // Moved to the next day: a new ID (it begins with the date), the same UID, SEQUENCE 1.
    let second = t
        .run(["meeting", "reschedule", &first, "--date", "2026-12-03"])
        .ok()
        .stdout
        .trim()
        .to_string();
    assert_ne!(second, first);
    let record = t.read(&format!("meetings/{second}.toml"));
    assert!(
        record.contains(&format!("first_id = \"{first}\"\nrescheduled = 1\n")),
        "{record}"
    );
    let after = agenda(&t);
    assert_eq!(
        after.keys().collect::<Vec<_>>(),
        before.keys().collect::<Vec<_>>(),
        "one event per item, under the same UIDs"
    );
    assert_eq!(prop(&after[&uid], "DTSTART"), "20261203T100000");
    assert_eq!(prop(&after[&uid], "SEQUENCE"), "1");
    assert_eq!(prop(&after[&uid], "SUMMARY"), format!("meeting: {second}"));
    // `koop meeting show` under the new ID gives the same event.
    let shown = events(
        &t.run(["meeting", "show", &second, "--format", "ics"])
            .ok()
            .stdout,
    );
    assert_eq!(shown.get(&uid), after.get(&uid));

    // A meeting planned on the first day does not take the first ID, which names the moved one.
    let other = plan(&t, "2026-12-02", "12:00", "13:00")
        .ok()
        .stdout
        .trim()
        .to_string();
    assert_ne!(other, first);
    assert!(agenda(&t).contains_key(&format!("meeting/{other}@koop")));

    // Moved again, at another hour: still the first UID, SEQUENCE 2.
    let third = t
        .run([
            "meeting",
            "reschedule",
            &second,
            "--date",
            "2026-12-09",
            "--start",
            "12:00",
        ])
        .ok()
        .stdout
        .trim()
        .to_string();
    let record = t.read(&format!("meetings/{third}.toml"));
    assert!(
        record.contains(&format!("first_id = \"{first}\"\nrescheduled = 2\n")),
        "{record}"
    );
    let again = agenda(&t);
    assert_eq!(prop(&again[&uid], "DTSTART"), "20261209T120000");
    assert_eq!(prop(&again[&uid], "DTEND"), "20261209T133000");
    assert_eq!(prop(&again[&uid], "SEQUENCE"), "2");
    assert!(again.contains_key(&rsvp), "{again:?}");
    assert!(
        !again
            .keys()
            .any(|k| k.contains(&second) || k.contains(&third)),
        "{again:?}"
    );

    // A meeting file of an earlier koop, without `first_id`: its ID is its UID until it is
    // rescheduled, and from then on.
    t.write(
        "meetings/2026-12-15-ggk.toml",
        working("2026-12-15", "10:00", "11:00"),
    );
    assert!(agenda(&t).contains_key("meeting/2026-12-15-ggk@koop"));
    t.run([
        "meeting",
        "reschedule",
        "2026-12-15-ggk",
        "--date",
        "2026-12-16",
    ])
    .ok();
    let old = agenda(&t);
    assert_eq!(
        prop(&old["meeting/2026-12-15-ggk@koop"], "DTSTART"),
        "20261216T100000"
    );
}
