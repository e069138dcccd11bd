//! `koop check` and `koop rules`: every finding with its code, place and help, exit codes,
//! JSON output, and read commands on a partly broken repository.

use serde_json::{Value, json};

use crate::{Run, Test, fixture, row, table};

/// The fixture (8 record files) plus one more file, checked.
fn check_with(rel: &str, content: impl AsRef<[u8]>) -> Run {
    let t = fixture();
    t.write(rel, content);
    t.run(["check"])
}

/// `koop check --format json` as (code, severity, file, line, column) tuples.
fn findings(t: &Test) -> Vec<(String, String, String, u64, u64)> {
    let run = t.check_records(&["--format", "json"]);
    run.json()
        .as_array()
        .expect("an array")
        .iter()
        .map(|f| {
            (
                f["code"].as_str().unwrap().to_string(),
                f["severity"].as_str().unwrap().to_string(),
                f["file"].as_str().unwrap().to_string(),
                f["line"].as_u64().unwrap(),
                f["column"].as_u64().unwrap(),
            )
        })
        .collect()
}

fn f(
    code: &str,
    severity: &str,
    file: &str,
    line: u64,
    column: u64,
) -> (String, String, String, u64, u64) {
    (code.into(), severity.into(), file.into(), line, column)
}

#[test]
fn a_clean_repository_has_no_problems() {
    let t = fixture();
    t.write(
        "teams/pzk.toml",
        "kind = \"pzk\"\nname = \"PZK\"\ncoordinator = \"anna-nowak\"\n\n[agreement]\nsigned = 2026-09-01\nmeeting_frequency_months = 3\nvalid_until = \"2027-12-31\"\npurpose = \"Porozumienie o wdrażaniu Modelu.\"\n\n[[agreement.signatories]]\ninstitution = \"gops\"\njoined = 2026-10-01\n\n[[members]]\ninstitution = \"gops\"\ncore = true\ndelegates = [\"anna-nowak\"]\n",
    )
    .write(
        "meetings/2026-11-04-pzk.toml",
        "team = \"pzk\"\nkind = \"working\"\ndate = 2026-11-04\nstart = \"11:00\"\nend = \"12:00\"\nplace = \"GOPS\"\nminutes = \"Protokół\"\nminutes_by = \"anna-nowak\"\n",
    )
    .write(
        "services/dzielnicowy.toml",
        "name = \"Dzielnicowy\"\nprovider = \"kpp\"\nlevel = \"powiat\"\n",
    )
    // Notes beside records are not records.
    .write("institutions/gops/README.md", "notatki\n")
    .write("teams/notatki.txt", "x\n");
    let run = t.run(["check"]).ok();
    assert_eq!(run.stdout, "checked 11 files: no problems\n");
    assert_eq!(run.stderr, "");
    assert_eq!(t.run(["check", "--format", "json"]).ok().stdout, "[]\n");
}

#[test]
fn the_summary_uses_the_singular_for_one_file() {
    let t = Test::init();
    assert_eq!(
        t.run(["check"]).ok().stdout,
        "checked 1 file: no problems\n"
    );
}

#[test]
fn check_outside_a_repository_exits_2() {
    let t = Test::new();
    let run = t.run(["check"]).fails(2);
    assert!(
        run.stderr.contains("not in a koop repository"),
        "{}",
        run.stderr
    );
}

// ---------------------------------------------------------------------------------------
// K002 schema

#[test]
fn unknown_key_suggests_the_closest() {
    let run = check_with(
        "institutions/mops/institution.toml",
        "name = \"MOPS\"\nknid = \"ops\"\nlevel = \"gmina\"\n",
    )
    .fails(1);
    assert_eq!(
        run.stdout,
        "error[K002]: unknown key `knid`\n \
         --> institutions/mops/institution.toml:2:1\n  \
         |\n\
         2 | knid = \"ops\"\n  \
         | ^^^^\n  \
         = help: did you mean `kind`?\n\
         \n\
         checked 9 files: 1 error, 0 warnings\n"
    );
    assert_eq!(run.stderr, "");
}

#[test]
fn unknown_key_without_a_close_match_says_remove_or_lists() {
    let run = check_with(
        "teams/t.toml",
        "kind = \"ggk\"\nname = \"T\"\nzzzzzzzzzz = 1\n",
    )
    .fails(1);
    assert!(
        run.stdout
            .starts_with("error[K002]: unknown key `zzzzzzzzzz`\n --> teams/t.toml:3:1\n"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains(
            "= help: expected one of `kind`, `name`, `coordinator`, `agreement` or `members`\n"
        ),
        "{}",
        run.stdout
    );
}

#[test]
fn wrong_type_names_the_expected_type_or_the_allowed_words() {
    let run = check_with(
        "institutions/mops/institution.toml",
        "name = \"MOPS\"\nkind = \"ops\"\nlevel = \"gmina\"\nemail = 5\n",
    )
    .fails(1);
    assert_eq!(
        run.stdout,
        "error[K002]: wrong type: invalid type: integer `5`, expected a string\n \
         --> institutions/mops/institution.toml:4:9\n  \
         |\n\
         4 | email = 5\n  \
         |         ^\n  \
         = help: this key takes a string\n\
         \n\
         checked 9 files: 1 error, 0 warnings\n"
    );
    let run = check_with(
        "institutions/mops/institution.toml",
        "name = \"MOPS\"\nkind = \"ops\"\nlevel = 3\n",
    )
    .fails(1);
    assert!(
        run.stdout.starts_with("error[K002]: wrong type: "),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains(
            " --> institutions/mops/institution.toml:3:9\n  |\n3 | level = 3\n  |         ^\n  = help: expected one of `gmina`, `powiat` or `wojewodztwo` (in quotes)\n"
        ),
        "{}",
        run.stdout
    );
    let run = check_with(
        "teams/t.toml",
        "kind = \"ggk\"\nname = \"T\"\n\n[[members]]\ninstitution = \"gops\"\ncore = \"yes\"\n",
    )
    .fails(1);
    assert!(
        run.stdout.contains("error[K002]: wrong type: "),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains(" --> teams/t.toml:6:8\n"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("= help: this key takes a boolean\n"),
        "{}",
        run.stdout
    );
}

#[test]
fn an_enum_typo_suggests_the_closest_word() {
    let run = check_with(
        "institutions/mops/institution.toml",
        "name = \"MOPS\"\nkind = \"opz\"\nlevel = \"gmina\"\n",
    )
    .fails(1);
    assert_eq!(
        run.stdout,
        "error[K002]: `opz` is not allowed here\n \
         --> institutions/mops/institution.toml:2:8\n  \
         |\n\
         2 | kind = \"opz\"\n  \
         |        ^^^^^\n  \
         = help: did you mean `ops`?\n\
         \n\
         checked 9 files: 1 error, 0 warnings\n"
    );
    // In a list of roles too.
    let run = check_with(
        "institutions/gops/people/ola.toml",
        "name = \"Ola\"\nroles = [\"radny\", \"superwizorka\"]\n",
    )
    .fails(1);
    assert!(
        run.stdout.starts_with(
            "error[K002]: `superwizorka` is not allowed here\n --> institutions/gops/people/ola.toml:2:19\n"
        ),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("= help: did you mean `superwizor`?\n"),
        "{}",
        run.stdout
    );
}

#[test]
fn a_missing_key_is_named() {
    let run = check_with(
        "institutions/mops/institution.toml",
        "name = \"MOPS\"\nkind = \"ops\"\n",
    )
    .fails(1);
    assert!(
        run.stdout.starts_with(
            "error[K002]: missing key `level`\n --> institutions/mops/institution.toml:1:1\n"
        ),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("= help: add `level = …` to this table (docs/format.md lists the keys)\n"),
        "{}",
        run.stdout
    );
}

#[test]
fn an_impossible_date_is_a_schema_error() {
    let run = check_with(
        "teams/t.toml",
        "kind = \"pzk\"\nname = \"T\"\n\n[agreement]\nsigned = 2026-02-30\n",
    )
    .fails(1);
    assert_eq!(
        run.stdout,
        "error[K002]: invalid date, expected day between 01 and 28\n \
         --> teams/t.toml:5:10\n  \
         |\n\
         5 | signed = 2026-02-30\n  \
         |          ^^^^^^^^^^\n  \
         = help: write a date that exists, as YYYY-MM-DD\n\
         \n\
         checked 9 files: 1 error, 0 warnings\n"
    );
    // Quoted, it is read by koop's own date parser.
    let run = check_with(
        "teams/t.toml",
        "kind = \"pzk\"\nname = \"T\"\n\n[agreement]\nsigned = \"2026-02-30\"\n",
    )
    .fails(1);
    assert!(
        run.stdout.starts_with(
            "error[K002]: `2026-02-30` does not exist: that month has no day 30\n --> teams/t.toml:5:10\n"
        ),
        "{}",
        run.stdout
    );
    // A date in another shape.
    let run = check_with(
        "teams/t.toml",
        "kind = \"pzk\"\nname = \"T\"\n\n[agreement]\nvalid_until = \"31.12.2027\"\n",
    )
    .fails(1);
    assert!(
        run.stdout.starts_with(
            "error[K002]: `31.12.2027` is not a date; write it as YYYY-MM-DD, e.g. 2026-03-12\n --> teams/t.toml:5:15\n"
        ),
        "{}",
        run.stdout
    );
}

#[test]
fn a_date_with_a_time_is_a_schema_error_not_a_syntax_error() {
    let run = check_with(
        "teams/t.toml",
        "kind = \"pzk\"\nname = \"T\"\n\n[agreement]\nsigned = 2026-03-01T10:00:00\n",
    )
    .fails(1);
    assert!(
        run.stdout.starts_with(
            "error[K002]: expected a date without a time, e.g. 2026-03-12, found 2026-03-01T10:00:00\n --> teams/t.toml:5:10\n"
        ),
        "{}",
        run.stdout
    );
    assert!(
        !run.stdout.contains("fix the TOML syntax"),
        "{}",
        run.stdout
    );
}

// ---------------------------------------------------------------------------------------
// K001 syntax and encoding

#[test]
fn malformed_toml_is_a_syntax_error() {
    let run = check_with("teams/t.toml", "kind = \"pzk\"\nname = \"T\n").fails(1);
    assert_eq!(
        run.stdout,
        "error[K001]: invalid TOML: invalid basic string, expected `\"`\n \
         --> teams/t.toml:2:10\n  \
         |\n\
         2 | name = \"T\n  \
         |          ^\n  \
         = help: fix the TOML syntax here (https://toml.io describes it)\n\
         \n\
         checked 9 files: 1 error, 0 warnings\n"
    );
    let run = check_with("teams/t.toml", "kind = \"pzk\"\nname = \n").fails(1);
    assert!(
        run.stdout
            .starts_with("error[K001]: invalid TOML: string values must be quoted"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains(" --> teams/t.toml:2:8\n"),
        "{}",
        run.stdout
    );
}

#[test]
fn a_file_that_is_not_utf8_is_located() {
    // Latin-2 "ń" (0xF1) in "Gdańsk".
    let run = check_with(
        "institutions/mops/institution.toml",
        b"kind = \"ops\"\nname = \"MOPS Gda\xf1sk\"\nlevel = \"gmina\"\n",
    )
    .fails(1);
    assert_eq!(
        run.stdout,
        "error[K001]: file is not valid UTF-8\n \
         --> institutions/mops/institution.toml:2:17\n  \
         |\n\
         2 | name = \"MOPS Gda\n  \
         |                 ^\n  \
         = help: save the file as UTF-8 (in most editors: \"Save with encoding\" → UTF-8)\n\
         \n\
         checked 9 files: 1 error, 0 warnings\n"
    );
    // Columns count characters, after a BOM and with CRLF line ends.
    let t = fixture();
    t.write(
        "teams/t.toml",
        b"\xef\xbb\xbfkind = \"ggk\"\r\nname = \"Za\xc5\xbc\xf3\"\r\n",
    );
    assert_eq!(findings(&t), [f("K001", "error", "teams/t.toml", 2, 12)]);
}

// ---------------------------------------------------------------------------------------
// K003 IDs, K004 duplicates

#[test]
fn a_file_or_folder_name_that_is_not_an_id() {
    let t = fixture();
    t.write("institutions/Szkoła/institution.toml", crate::SP1)
        .write("institutions/gops/people/Ewa_Lis.toml", "name = \"Ewa\"\n");
    let run = t.run(["check"]).fails(1);
    assert_eq!(
        run.stdout,
        "error[K003]: `Szkoła` in institutions/Szkoła/institution.toml is not a valid ID: it contains 'S'; only a-z, 0-9 and - are allowed\n \
         --> institutions/Szkoła/institution.toml\n  \
         = help: rename it to `szkola` (and update references)\n\
         \n\
         error[K003]: `Ewa_Lis` in institutions/gops/people/Ewa_Lis.toml is not a valid ID: it contains 'E'; only a-z, 0-9 and - are allowed\n \
         --> institutions/gops/people/Ewa_Lis.toml\n  \
         = help: rename it to `ewa-lis` (and update references)\n\
         \n\
         checked 10 files: 2 errors, 0 warnings\n"
    );
}

#[test]
fn a_person_id_used_in_two_institutions() {
    let t = fixture();
    t.write(
        "institutions/sp1/people/anna-nowak.toml",
        "name = \"Anna Nowak\"\n",
    );
    let run = t.run(["check"]).fails(1);
    assert_eq!(
        run.stdout,
        "error[K004]: person ID `anna-nowak` is used twice\n \
         --> institutions/sp1/people/anna-nowak.toml\n  \
         = help: the same ID is at institutions/gops/people/anna-nowak.toml; rename one file (person IDs are unique across institutions)\n\
         \n\
         checked 9 files: 1 error, 0 warnings\n"
    );
}

#[test]
fn an_entry_listed_twice_in_a_team() {
    let t = fixture();
    t.write(
        "teams/d.toml",
        "kind = \"ggk\"\nname = \"D\"\n\n[[members]]\ninstitution = \"gops\"\ndelegates = [\"anna-nowak\", \"anna-nowak\"]\n\n[[members]]\ninstitution = \"gops\"\n\n[agreement]\n\n[[agreement.signatories]]\ninstitution = \"sp1\"\n\n[[agreement.signatories]]\ninstitution = \"sp1\"\n",
    );
    let run = t.check_records(&[]).fails(1);
    assert!(
        run.stdout.contains(
            "error[K004]: delegate `anna-nowak` is listed twice\n --> teams/d.toml:6:28\n"
        ),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("= help: remove one of the entries\n"),
        "{}",
        run.stdout
    );
    assert_eq!(
        findings(&t),
        [
            f("K004", "error", "teams/d.toml", 6, 28),
            f("K004", "error", "teams/d.toml", 9, 15),
            f("K004", "error", "teams/d.toml", 17, 15),
        ]
    );
}

// ---------------------------------------------------------------------------------------
// K005 references

#[test]
fn unknown_references_in_teams_and_services() {
    let t = fixture();
    t.write(
        "teams/t.toml",
        "kind = \"pzk\"\n\
         name = \"T\"\n\
         coordinator = \"anna-nowk\"\n\
         \n\
         [[members]]\n\
         institution = \"gopz\"\n\
         delegates = [\"ewa-liss\"]\n\
         \n\
         [[members]]\n\
         institution = \"sp1\"\n\
         delegates = [\"jan-kowalski\", \"zzzzzzzz\"]\n\
         \n\
         [agreement]\n\
         signed = 2026-03-12\n\
         \n\
         [[agreement.signatories]]\n\
         institution = \"sp2\"\n",
    )
    .write(
        "services/s.toml",
        "name = \"S\"\nprovider = \"kpq\"\nlevel = \"gmina\"\n",
    );
    let run = t.check_records(&[]).fails(1);
    assert_eq!(
        run.stdout,
        "error[K005]: unknown institution `kpq`\n \
         --> services/s.toml:2:12\n  \
         |\n\
         2 | provider = \"kpq\"\n  \
         |            ^^^^^\n  \
         = help: did you mean `kpp`?\n\
         \n\
         error[K005]: unknown person `anna-nowk`\n \
         --> teams/t.toml:3:15\n  \
         |\n\
         3 | coordinator = \"anna-nowk\"\n  \
         |               ^^^^^^^^^^^\n  \
         = help: did you mean `anna-nowak`?\n\
         \n\
         error[K005]: unknown institution `gopz`\n \
         --> teams/t.toml:6:15\n  \
         |\n\
         6 | institution = \"gopz\"\n  \
         |               ^^^^^^\n  \
         = help: did you mean `gops`?\n\
         \n\
         error[K005]: unknown person `ewa-liss`\n \
         --> teams/t.toml:7:14\n  \
         |\n\
         7 | delegates = [\"ewa-liss\"]\n  \
         |              ^^^^^^^^^^\n  \
         = help: did you mean `ewa-lis`?\n\
         \n\
         error[K005]: unknown person `zzzzzzzz`\n  \
         --> teams/t.toml:11:30\n   \
         |\n\
         11 | delegates = [\"jan-kowalski\", \"zzzzzzzz\"]\n   \
         |                              ^^^^^^^^^^\n   \
         = help: add the person first, or correct the ID (`koop person list` shows them)\n\
         \n\
         error[K005]: unknown institution `sp2`\n  \
         --> teams/t.toml:17:15\n   \
         |\n\
         17 | institution = \"sp2\"\n   \
         |               ^^^^^\n   \
         = help: did you mean `sp1`?\n\
         \n\
         checked 10 files: 6 errors, 0 warnings\n"
    );
}

// ---------------------------------------------------------------------------------------
// Warnings: K006 misplaced files, K007 foreign delegates

#[test]
fn misplaced_files_are_warnings_and_do_not_fail_the_check() {
    let t = fixture();
    t.write("teams/2026/pzk.toml", "kind = \"pzk\"\nname = \"PZK\"\n")
        .write("institutions/gops/extra.toml", "a = 1\n")
        .write("services/stare/x.toml", "a = 1\n");
    let run = t.run(["check"]).ok();
    assert_eq!(
        run.stdout,
        "warning[K006]: institutions/gops/extra.toml is not a record koop reads\n \
         --> institutions/gops/extra.toml\n  \
         = help: records in institutions/ live at institutions/<id>/institution.toml or institutions/<institution>/people/<id>.toml; move or rename the file\n\
         \n\
         warning[K006]: services/stare/x.toml is not a record koop reads\n \
         --> services/stare/x.toml\n  \
         = help: records in services/ live at services/<id>.toml; move or rename the file\n\
         \n\
         warning[K006]: teams/2026/pzk.toml is not a record koop reads\n \
         --> teams/2026/pzk.toml\n  \
         = help: records in teams/ live at teams/<id>.toml; move or rename the file\n\
         \n\
         checked 8 files: 0 errors, 3 warnings\n"
    );
}

#[test]
fn a_delegate_of_another_institution_is_a_warning() {
    let t = fixture();
    t.write(
        "teams/ggk.toml",
        "kind = \"ggk\"\nname = \"GGK\"\n\n[[members]]\ninstitution = \"sp1\"\ndelegates = [\"jan-kowalski\", \"anna-nowak\"]\n",
    );
    let run = t.check_records(&[]).ok();
    assert_eq!(
        run.stdout,
        "warning[K007]: delegate `anna-nowak` works at `gops`, not at `sp1`\n \
         --> teams/ggk.toml:6:30\n  \
         |\n\
         6 | delegates = [\"jan-kowalski\", \"anna-nowak\"]\n  \
         |                              ^^^^^^^^^^^^\n  \
         = help: list `anna-nowak` under the member `gops`, or delegate a worker of `sp1`\n\
         \n\
         checked 9 files: 0 errors, 1 warning\n"
    );
}

// ---------------------------------------------------------------------------------------
// Many problems at once, JSON, CRLF and BOM

/// One repository with a problem of every kind, in several files.
fn broken() -> Test {
    let t = fixture();
    t.write(
        "institutions/mops/institution.toml",
        "name = \"MOPS\"\nknid = \"ops\"\nlevel = \"gmina\"\n",
    )
    .write(
        "institutions/pcpr/institution.toml",
        b"name = \"PCPR \xb3\"\nkind = \"pcpr\"\nlevel = \"powiat\"\n",
    )
    .write("institutions/Zla/institution.toml", crate::SP1)
    .write("institutions/sp1/people/ewa-lis.toml", "name = \"Ewa Lis\"\n")
    .write("teams/skladnia.toml", "kind = \"pzk\nname = \"X\"\n")
    .write(
        "teams/daty.toml",
        "kind = \"pzk\"\nname = \"Daty\"\n\n[agreement]\nsigned = 2026-02-30\n",
    )
    .write(
        "teams/ggk.toml",
        "kind = \"ggk\"\nname = \"GGK\"\ncoordinator = \"nikt\"\n\n[[members]]\ninstitution = \"sp1\"\ndelegates = [\"jan-kowalski\", \"anna-nowak\"]\n",
    )
    .write(
        "services/s.toml",
        "name = \"S\"\nprovider = \"szpital\"\nlevel = \"gmina\"\n",
    )
    .write("teams/stare/x.toml", "a = 1\n");
    t
}

#[test]
fn every_problem_in_every_file_is_reported_in_one_run() {
    let t = broken();
    let run = t.run(["check"]).fails(1);
    assert!(
        run.stdout
            .ends_with("checked 16 files: 8 errors, 2 warnings\n"),
        "{}",
        run.stdout
    );
    assert_eq!(
        findings(&t),
        [
            f("K003", "error", "institutions/Zla/institution.toml", 0, 0),
            f("K002", "error", "institutions/mops/institution.toml", 2, 1),
            f("K001", "error", "institutions/pcpr/institution.toml", 1, 14),
            f(
                "K004",
                "error",
                "institutions/sp1/people/ewa-lis.toml",
                0,
                0
            ),
            f("K005", "error", "services/s.toml", 2, 12),
            f("K002", "error", "teams/daty.toml", 5, 10),
            f("K005", "error", "teams/ggk.toml", 3, 15),
            f("K007", "warning", "teams/ggk.toml", 7, 30),
            f("K001", "error", "teams/skladnia.toml", 1, 12),
            f("K006", "warning", "teams/stare/x.toml", 0, 0),
        ]
    );
}

#[test]
fn json_findings_carry_every_field() {
    let t = broken();
    let run = t.run(["check", "--format", "json"]).fails(1);
    assert_eq!(run.stderr, "");
    let all = run.json();
    let by_file = |file: &str| -> Value {
        all.as_array()
            .unwrap()
            .iter()
            .find(|f| f["file"] == file)
            .cloned()
            .unwrap_or_else(|| panic!("no finding for {file}"))
    };
    assert_eq!(
        by_file("institutions/mops/institution.toml"),
        json!({
            "code": "K002",
            "severity": "error",
            "message": "unknown key `knid`",
            "file": "institutions/mops/institution.toml",
            "line": 2,
            "column": 1,
            "help": "did you mean `kind`?"
        })
    );
    assert_eq!(
        by_file("teams/stare/x.toml"),
        json!({
            "code": "K006",
            "severity": "warning",
            "message": "teams/stare/x.toml is not a record koop reads",
            "file": "teams/stare/x.toml",
            "line": 0,
            "column": 0,
            "help": "records in teams/ live at teams/<id>.toml; move or rename the file"
        })
    );
    assert_eq!(
        by_file("institutions/pcpr/institution.toml"),
        json!({
            "code": "K001",
            "severity": "error",
            "message": "file is not valid UTF-8",
            "file": "institutions/pcpr/institution.toml",
            "line": 1,
            "column": 14,
            "help": "save the file as UTF-8 (in most editors: \"Save with encoding\" → UTF-8)"
        })
    );
    // Findings without help carry null.
    let t = fixture();
    t.write(
        "teams/t.toml",
        "kind = \"pzk\"\nname = \"T\"\n\n[agreement]\nsigned = \"2026-02-30\"\n",
    );
    let run = t.run(["check", "--format", "json"]).fails(1);
    assert_eq!(
        run.json(),
        json!([{
            "code": "K002",
            "severity": "error",
            "message": "`2026-02-30` does not exist: that month has no day 30",
            "file": "teams/t.toml",
            "line": 5,
            "column": 10,
            "help": null
        }])
    );
    // Only warnings: exit 0 in JSON too.
    let t = fixture();
    t.write("teams/stare/x.toml", "a = 1\n");
    let run = t.run(["check", "--format", "json"]).ok();
    assert_eq!(run.json().as_array().unwrap().len(), 1);
}

#[test]
fn crlf_and_bom_files_load_without_problems() {
    let t = Test::init();
    t.write(
        "institutions/gops/institution.toml",
        b"\xef\xbb\xbfname = \"GOPS\"\r\nkind = \"ops\"\r\nlevel = \"gmina\"\r\n",
    )
    .write(
        "institutions/gops/people/anna-nowak.toml",
        "name = \"Anna Nowak\"\r\nroles = [\"animator-gminy\"]\r\n",
    )
    .write(
        "teams/pzk.toml",
        b"\xef\xbb\xbfkind = \"pzk\"\nname = \"PZK\"\ncoordinator = \"anna-nowak\"\n\n[[members]]\ninstitution = \"gops\"\ndelegates = [\"anna-nowak\"]\n",
    )
    .write(
        "services/s.toml",
        "name = \"S\"\r\nprovider = \"gops\"\r\nlevel = \"gmina\"\r\n",
    )
    .write("koop.toml", crate::INIT_CONFIG.replace('\n', "\r\n"));
    let run = t.check_records(&[]).ok();
    assert_eq!(run.stdout, "checked 5 files: no problems\n");
    // The BOM is not part of the first key, and the values carry no `\r`.
    let run = t.run(["institution", "list", "--format", "json"]).ok();
    assert_eq!(run.json()[0]["name"], "GOPS");
    let run = t.run(["team", "show", "pzk", "--format", "json"]).ok();
    assert_eq!(run.json()["name"], "PZK");
    assert_eq!(run.json()["coordinator"], "anna-nowak");
}

#[test]
fn findings_in_crlf_and_bom_files_point_at_the_right_place() {
    let t = fixture();
    t.write(
        "institutions/mops/institution.toml",
        b"\xef\xbb\xbfnaem = \"MOPS\"\r\nkind = \"ops\"\r\nlevel = \"gmina\"\r\n",
    )
    .write(
        "teams/t.toml",
        "kind = \"ggk\"\r\nname = \"T\"\r\ncoordinator = \"nikt\"\r\n",
    );
    let run = t.run(["check"]).fails(1);
    assert!(
        run.stdout.contains(
            "error[K002]: unknown key `naem`\n --> institutions/mops/institution.toml:1:1\n  |\n1 | naem = \"MOPS\"\n  | ^^^^\n  = help: did you mean `name`?\n"
        ),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains(
            " --> teams/t.toml:3:15\n  |\n3 | coordinator = \"nikt\"\n  |               ^^^^^^\n"
        ),
        "{}",
        run.stdout
    );
    assert!(!run.stdout.contains('\r'), "{:?}", run.stdout);
}

#[test]
fn a_broken_koop_toml_is_reported() {
    let t = fixture();
    t.write(
        "koop.toml",
        "[koop]\nformat = 3\n\n[unit]\nkind = \"gmna\"\nname = \"Przykładowo\"\n",
    );
    let run = t.run(["check"]).fails(1);
    assert!(
        run.stdout.starts_with(
            "error[K002]: `gmna` is not allowed here\n --> koop.toml:5:8\n  |\n5 | kind = \"gmna\"\n  |        ^^^^^^\n  = help: did you mean `gmina`?\n"
        ),
        "{}",
        run.stdout
    );
}

#[test]
fn a_newer_format_is_refused() {
    let t = fixture();
    t.write(
        "koop.toml",
        "[koop]\nformat = 99\n\n[unit]\nkind = \"gmina\"\nname = \"Przykładowo\"\n",
    );
    let run = t.run(["check"]);
    assert_ne!(run.code, 0, "{}", run.all());
    assert!(run.all().contains("format"), "{}", run.all());
}

#[test]
fn people_of_a_missing_institution_are_reported() {
    let t = fixture();
    t.write("institutions/ghost/people/duch.toml", "name = \"Duch\"\n");
    let run = t.run(["check"]).fails(1);
    assert!(run.stdout.contains("ghost"), "{}", run.stdout);
}

// ---------------------------------------------------------------------------------------
// koop rules; read commands on a partly broken repository

#[test]
fn rules_lists_every_code() {
    let t = Test::new();
    let run = t.run(["rules"]).ok();
    let rows = table(&run.stdout);
    assert_eq!(rows[0], row(&["code", "name", "severity", "checks"]));
    let codes: Vec<(&str, &str, &str)> = rows[1..]
        .iter()
        .map(|r| (r[0].as_str(), r[1].as_str(), r[2].as_str()))
        .collect();
    assert_eq!(
        codes,
        [
            ("K001", "syntax", "error"),
            ("K002", "schema", "error"),
            ("K003", "bad-id", "error"),
            ("K004", "duplicate", "error"),
            ("K005", "unknown-reference", "error"),
            ("K006", "misplaced-file", "warning"),
            ("K007", "foreign-delegate", "warning"),
            ("K008", "case-dates", "error"),
            ("K009", "task-dates", "error"),
            ("K010", "monitoring-month", "error"),
            ("K011", "consent", "error"),
            ("K012", "task-due", "error"),
            ("K013", "task-responsible", "error"),
            ("K014", "goals", "error"),
            ("K015", "qualification", "error"),
            ("K016", "case-coordinator", "error"),
            ("K017", "ggk-coordinator", "error"),
            ("K018", "responsible-in-team", "warning"),
            ("K019", "agreement-in-force", "warning"),
            ("K020", "monitoring-kept", "warning"),
            ("K021", "closure", "error"),
            ("K022", "pzk-agreement", "error"),
            ("K023", "pzk-frequency", "warning"),
            ("K024", "animator-workload", "warning"),
            ("K025", "agreement-dates", "error"),
            ("K026", "meeting-minutes", "warning"),
            ("K027", "minutes-approved", "warning"),
            ("K028", "decisions", "warning"),
            ("K029", "meeting-slot", "warning"),
            ("K030", "attendees", "warning"),
            ("K031", "pzk-meeting-gap", "warning"),
            ("K032", "personal-data-in-plain-text", "warning"),
            ("K033", "member-name-in-plain-text", "warning"),
            ("K034", "exact-duplicate", "warning"),
            ("K035", "outdated-format", "error"),
            ("K036", "merge-conflict", "error"),
            ("K037", "recipients", "warning"),
            ("K038", "outcome", "error"),
            ("K039", "evaluation-due", "warning"),
            ("K040", "diagnosis-first", "error"),
            ("K041", "pzk-core", "warning"),
            ("K042", "ggk-signatories", "warning"),
            ("K043", "course-decision", "error"),
            ("K044", "outside-cycle", "warning"),
            ("K045", "gmina", "warning"),
            ("K046", "inflected-names", "warning"),
            ("K047", "agreement-after-project", "warning"),
            ("K048", "disclosure-consent", "warning"),
            ("K049", "work-after-withdrawal", "warning"),
        ]
    );
    let json = t.run(["rules", "--format", "json"]).ok().json();
    let items = json.as_array().unwrap();
    assert_eq!(items.len(), 49);
    assert_eq!(
        items[0],
        json!({
            "code": "K001",
            "name": "syntax",
            "severity": "error",
            "summary": "every record file is UTF-8 text in valid TOML",
            "source": "docs/format.md",
            "explain": items[0]["explain"].clone(),
        })
    );
    for item in items {
        for key in ["code", "name", "severity", "summary", "source", "explain"] {
            assert!(item[key].is_string(), "{key} in {item}");
        }
    }
    assert!(
        items[6]["source"]
            .as_str()
            .unwrap()
            .starts_with("Załącznik nr 5 – Porozumienie na rzecz współdziałania"),
        "{}",
        items[6]
    );
}

#[test]
fn read_commands_work_on_a_partly_broken_repository_and_name_what_they_skip() {
    let t = fixture();
    t.write(
        "institutions/mops/institution.toml",
        "name = \"MOPS\"\nkind = \"opz\"\nlevel = \"gmina\"\n",
    )
    .write("teams/t.toml", "kind = \"pzk\"\nname = \"T\n")
    .write("teams/ok.toml", "kind = \"ggk\"\nname = \"OK\"\n");
    let warning = "warning: 2 record files could not be read and are skipped: institutions/mops/institution.toml, teams/t.toml; run `koop check` for details\n";
    let run = t.run(["institution", "list"]).ok();
    assert_eq!(run.stderr, warning);
    let ids: Vec<String> = table(&run.stdout)[1..]
        .iter()
        .map(|r| r[0].clone())
        .collect();
    assert_eq!(ids, ["gops", "kpp", "sp1"]);
    let run = t.run(["institution", "list", "--format", "json"]).ok();
    assert_eq!(run.stderr, warning);
    assert_eq!(run.json().as_array().unwrap().len(), 3);
    let run = t.run(["team", "list"]).ok();
    assert_eq!(run.stderr, warning);
    assert_eq!(table(&run.stdout)[1][0], "ok");
    let run = t.run(["person", "list"]).ok();
    assert_eq!(run.stderr, warning);
    let run = t.run(["institution", "show", "gops"]).ok();
    assert_eq!(run.stderr, warning);

    // One skipped file: singular wording.
    let t = fixture();
    t.write(
        "institutions/kpp/people/piotr-zielinski.toml",
        b"name = \"Piotr Zieli\xf1ski\"\n",
    );
    let run = t.run(["person", "list"]).ok();
    assert_eq!(
        run.stderr,
        "warning: 1 record file could not be read and is skipped: institutions/kpp/people/piotr-zielinski.toml; run `koop check` for details\n"
    );
    let ids: Vec<String> = table(&run.stdout)[1..]
        .iter()
        .map(|r| r[0].clone())
        .collect();
    assert_eq!(ids, ["anna-nowak", "ewa-lis", "jan-kowalski"]);

    // A broken koop.toml does not stop read commands either.
    let t = fixture();
    t.write(
        "koop.toml",
        "[koop]\nformat = 3\n[unit]\nkind = \"gmna\"\nname = \"P\"\n",
    );
    let run = t.run(["institution", "list"]).ok();
    assert_eq!(
        run.stderr,
        "warning: 1 record file could not be read and is skipped: koop.toml; run `koop check` for details\n"
    );
}
