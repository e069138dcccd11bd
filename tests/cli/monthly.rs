//! A month's monitoring at once: `koop monitor month` in the editor, the institution's form
//! (`koop monitor sheet`, CSV or XLSX) and reading it back (`koop monitor import`). The
//! example's case 2026-002 is active in November 2026, with task 1.3 of the police
//! (kpp-przykladowo, michal-piotrowski) and 1.2 of a family member (m1).

use std::ffi::OsStr;

use crate::{Test, example_copy};

/// A folder outside the repository, for forms, with koop run from it (`-C` the repository).
struct Outside {
    dir: tempfile::TempDir,
}

impl Outside {
    fn new() -> Self {
        Outside {
            dir: tempfile::tempdir().expect("a folder"),
        }
    }

    fn write(&self, name: &str, content: impl AsRef<[u8]>) {
        std::fs::write(self.dir.path().join(name), content).expect("write");
    }

    fn run(&self, t: &Test, args: &[&str]) -> crate::Run {
        self.run_env(t, &[], args)
    }

    fn run_env(&self, t: &Test, env: &[(&str, &OsStr)], args: &[&str]) -> crate::Run {
        let mut all = vec!["-C", t.path().to_str().expect("a UTF-8 path")];
        all.extend_from_slice(args);
        t.run_env(self.dir.path(), env, all)
    }
}

/// Every file of the repository with its content, to show that a refusal wrote nothing.
fn snapshot(t: &Test) -> Vec<(String, String)> {
    t.files()
        .into_iter()
        .filter(|f| f != ".koop.lock")
        .map(|f| {
            let text = t.read(&f);
            (f, text)
        })
        .collect()
}

/// The case's monitoring file of a reporter for November.
fn november(t: &Test, reporter: &str) -> Option<String> {
    t.files()
        .into_iter()
        .find(|f| {
            f.starts_with("cases/2026-002-")
                && f.ends_with(&format!("/monitoring/2026-11/{reporter}.toml"))
        })
        .map(|f| t.read(&f))
}

/// The family's names (the members file of case 2026-002 is readable in the example).
fn family_names(t: &Test) -> Vec<String> {
    let file = t
        .files()
        .into_iter()
        .find(|f| f.starts_with("cases/2026-002-") && f.ends_with("/members.toml"))
        .expect("members of 2026-002");
    let members: toml::Table = toml::from_str(&t.read(&file)).expect("members");
    members["members"]
        .as_array()
        .expect("a list")
        .iter()
        .map(|m| m["name"].as_str().expect("a name").to_string())
        .collect()
}

#[test]
fn a_month_of_monitoring_is_entered_in_one_sheet_in_the_editor() {
    let t = example_copy();
    let outside = Outside::new();
    let seen = outside.dir.path().join("seen-sheet.txt");
    let editor = t.script(
        "fill.sh",
        &format!(
            "cp \"$1\" '{}'\nsed -i 's/^\\(2026-002 1\\.3 michal-piotrowski\\): *$/\\1: Dzielnicowy odwiedził rodzinę/; s/^\\(2026-002 1\\.2 m1\\): *$/\\1: Ojciec był na dwóch spotkaniach/' \"$1\"",
            seen.display()
        ),
    );
    let env = [("EDITOR", editor.as_os_str()), ("VISUAL", OsStr::new(""))];
    let run = t
        .run_env(t.path(), &env, ["monitor", "month", "2026-11"])
        .ok();
    assert!(
        run.stdout
            .contains("Recorded 2 entries for 2026-11 (1 case)"),
        "{run:?}"
    );
    // The sheet listed the open tasks with what they are and who reports.
    let sheet = std::fs::read_to_string(&seen).expect("the sheet the editor saw");
    assert!(sheet.contains("# === case 2026-002 ==="), "{sheet}");
    assert!(
        sheet.contains("# 1.3 Wizyty dzielnicowego raz w miesiącu, due 2026-11-30\n2026-002 1.3 michal-piotrowski: \n"),
        "{sheet}"
    );
    assert!(sheet.contains("\n2026-002 1.2 m1: \n"), "{sheet}");
    // Each filled line is an entry of its reporter, with the person as author.
    let police = november(&t, "kpp-przykladowo").expect("the police's report");
    assert!(
        police.contains("progress = \"Dzielnicowy odwiedził rodzinę\""),
        "{police}"
    );
    assert!(
        police.contains("author = \"michal-piotrowski\""),
        "{police}"
    );
    assert!(police.contains("date = 2026-11-23"), "{police}");
    // The tasks are no longer missing their report.
    let missing = t
        .run(["report", "missing", "--month", "2026-11", "--format", "csv"])
        .ok()
        .stdout;
    assert!(!missing.contains(",2026-002,1.3,"), "{missing}");
    assert!(!missing.contains(",2026-002,1.2,"), "{missing}");
    // The same sheet again adds nothing.
    let before = snapshot(&t);
    let again = t
        .run_env(t.path(), &env, ["monitor", "month", "2026-11"])
        .ok();
    again.err_has("2 lines were already recorded and were skipped");
    assert_eq!(snapshot(&t), before);
}

#[test]
fn a_sheet_with_a_mistake_is_refused_line_by_line_and_nothing_is_written() {
    let t = example_copy();
    let editor = t.script(
        "fill.sh",
        "sed -i 's/^2026-002 1\\.3 michal-piotrowski: *$/2026-002 9.9 michal-piotrowski: Wizyta/; s/^\\(2026-002 1\\.2\\) m1: *$/\\1 nobody: Spotkanie/' \"$1\"\necho 'a line without a colon' >> \"$1\"",
    );
    let env = [("EDITOR", editor.as_os_str()), ("VISUAL", OsStr::new(""))];
    let before = snapshot(&t);
    let run = t
        .run_env(t.path(), &env, ["monitor", "month", "2026-11"])
        .fails(1);
    run.err_has("3 lines of monitoring sheet 2026-11 are wrong; nothing was written")
        .err_has("column 10: case 2026-002 has no task 9.9")
        .err_has("column 14: no member, person or institution with ID `nobody`")
        .err_has("column 1: a line to fill reads `CASE TASK WHO: progress`");
    // In the file's order.
    let task = run.stderr.find("no task 9.9").expect("task");
    let syntax = run.stderr.find("a line to fill").expect("syntax");
    assert!(task < syntax, "{}", run.stderr);
    assert_eq!(snapshot(&t), before);
    // A month that has not begun, and an unknown institution.
    t.run(["monitor", "month", "2026-12"])
        .fails(1)
        .err_has("2026-12 has not started yet");
    t.run(["monitor", "month", "2026-11", "--by", "kpp"])
        .fails(1)
        .err_has("there is no institution `kpp`");
}

/// The police's form for November as `koop monitor sheet` writes it (CSV).
fn police_form(t: &Test) -> String {
    t.run([
        "monitor",
        "sheet",
        "2026-11",
        "--by",
        "kpp-przykladowo",
        "--format",
        "csv",
    ])
    .ok()
    .stdout
}

#[test]
fn the_institutions_form_goes_out_as_csv_and_comes_back() {
    let t = example_copy();
    let out = Outside::new();
    let form = police_form(&t);
    let lines: Vec<&str> = form.lines().collect();
    assert_eq!(
        lines[0],
        "month,by,case,task,task text,due,already reported,progress,date,task ID"
    );
    assert_eq!(lines.len(), 2, "only the police's own task: {form}");
    assert!(
        lines[1].starts_with(
            "2026-11,michal-piotrowski,2026-002,1.3,Wizyty dzielnicowego raz w miesiącu,2026-11-30,,,,"
        ),
        "{form}"
    );
    // Pseudonymous: case numbers and tasks, no names of the family.
    for name in family_names(&t) {
        let surname = name.split_whitespace().last().expect("surname");
        assert!(!form.contains(surname), "{surname} in {form}");
    }
    let filled =
        |progress: &str, date: &str| lines[1].replacen(",,,", &format!(",,{progress},{date},"), 1);

    // One bad row (a date that is not one) and one of an unknown case refuse the whole file.
    let bad = format!(
        "{}\n{}\n{}\n{}\n",
        lines[0],
        filled("Wizyta 12 listopada", "2026-11-20"),
        filled("Druga wizyta", "2026-13-01"),
        filled("Wizyta", "").replace(",2026-002,", ",2026-777,")
    );
    out.write("kpp-bad.csv", &bad);
    let before = snapshot(&t);
    out.run(&t, &["monitor", "import", "kpp-bad.csv"])
        .fails(1)
        .err_has("kpp-bad.csv, line 3, column date: `2026-13-01` is not a date (YYYY-MM-DD)")
        .err_has("kpp-bad.csv, line 4, column case: no case with ID `2026-777`")
        .err_has("2 lines of kpp-bad.csv are wrong; nothing was written");
    assert_eq!(snapshot(&t), before);
    // In Polish, the same.
    out.run_env(
        &t,
        &[("KOOP_LANG", OsStr::new("pl"))],
        &["monitor", "import", "kpp-bad.csv"],
    )
    .fails(1)
    .err_has("kpp-bad.csv, wiersz 3, kolumna date: `2026-13-01` nie jest datą (YYYY-MM-DD)")
    .err_has("2 wiersze pliku kpp-bad.csv są błędne; nic nie zostało zapisane");
    assert_eq!(snapshot(&t), before);

    // As a Polish spreadsheet program saves it: semicolons, a BOM, Polish headers.
    let polish = format!(
        "\u{feff}Miesiąc;Kto przekazuje;Sprawa;Zadanie;Treść zadania;Termin;Już przekazano;Postęp;Data;Identyfikator zadania\r\n{}\r\n",
        filled("\"Wizyta 12 listopada; rodzina w domu\"", "2026-11-20").replace(',', ";")
    );
    out.write("kpp-pl.csv", &polish);
    out.run(&t, &["monitor", "import", "kpp-pl.csv"])
        .ok()
        .out_has("Recorded 1 entry for 2026-11 (1 case)");
    let police = november(&t, "kpp-przykladowo").expect("the police's report");
    assert!(
        police.contains("progress = \"Wizyta 12 listopada; rodzina w domu\""),
        "{police}"
    );
    assert!(police.contains("date = 2026-11-20"), "{police}");
    assert!(
        police.contains("author = \"michal-piotrowski\""),
        "{police}"
    );

    // Read twice, it adds nothing; the bad file with --partial writes its good row and
    // still names the bad ones.
    let after = snapshot(&t);
    out.run(&t, &["monitor", "import", "kpp-pl.csv"])
        .ok()
        .err_has("1 line was already recorded and was skipped");
    assert_eq!(snapshot(&t), after);
    out.run(&t, &["monitor", "import", "kpp-bad.csv", "--partial"])
        .fails(1)
        .out_has("Recorded 1 entry for 2026-11 (1 case)")
        .err_has("line 3, column date")
        .err_has("2 rows of kpp-bad.csv were not written");
    let police = november(&t, "kpp-przykladowo").expect("the police's report");
    assert_eq!(police.matches("[[entries]]").count(), 2, "{police}");
    assert!(
        police.contains("progress = \"Wizyta 12 listopada\""),
        "{police}"
    );
    // The form now shows what the police reported.
    assert!(police_form(&t).contains(",Wizyta 12 listopada; rodzina w domu; Wizyta 12 listopada,"));
}

#[test]
fn a_form_with_a_column_koop_does_not_know_or_not_utf8_is_refused() {
    let t = example_copy();
    let out = Outside::new();
    out.write(
        "odd.csv",
        "month,by,case,task,progress,remarks\n2026-11,kpp-przykladowo,2026-002,1.3,x,y\n",
    );
    out.run(&t, &["monitor", "import", "odd.csv"])
        .fails(1)
        .err_has("line 1, column remarks: koop does not know the column `remarks`")
        .err_has("the columns are: month, by, case, task");
    // Windows-1250, as a Polish spreadsheet program saves plain "CSV": "Postęp" has 0xEA.
    let mut bytes =
        b"month;by;case;task;progress\n2026-11;kpp-przykladowo;2026-002;1.3;Post".to_vec();
    bytes.push(0xEA);
    bytes.extend_from_slice(b"p\n");
    out.write("cp1250.csv", bytes);
    out.run(&t, &["monitor", "import", "cp1250.csv"])
        .fails(1)
        .err_has("line 2, column 42: the text is not UTF-8")
        .err_has("CSV UTF-8");
}

#[test]
fn the_institutions_form_as_a_workbook_round_trips() {
    use calamine::{Reader, Xlsx};
    let t = example_copy();
    let out = Outside::new();
    let form = out.dir.path().join("kpp.xlsx");
    out.run(
        &t,
        &[
            "monitor",
            "sheet",
            "2026-11",
            "--by",
            "kpp-przykladowo",
            "-o",
            form.to_str().expect("a UTF-8 path"),
        ],
    )
    .ok()
    .out_has("Wrote the form with 1 task to ")
    .out_has("kpp.xlsx");
    let path = form.clone();
    let mut book: Xlsx<_> = calamine::open_workbook(&path).expect("a workbook");
    let range = book
        .worksheet_range_at(0)
        .expect("a sheet")
        .expect("readable");
    let rows: Vec<Vec<String>> = range
        .rows()
        .map(|r| r.iter().map(ToString::to_string).collect())
        .collect();
    assert_eq!(rows[0][0], "month");
    assert_eq!(rows[0][7], "progress");
    assert_eq!(
        &rows[1][..6],
        [
            "2026-11",
            "michal-piotrowski",
            "2026-002",
            "1.3",
            "Wizyty dzielnicowego raz w miesiącu",
            "2026-11-30"
        ]
    );
    // The same form written twice is the same file.
    let first = std::fs::read(&path).expect("the form");
    out.run(
        &t,
        &[
            "monitor",
            "sheet",
            "2026-11",
            "--by",
            "kpp-przykladowo",
            "-o",
            form.to_str().expect("a UTF-8 path"),
        ],
    )
    .ok();
    assert_eq!(std::fs::read(&path).expect("the form"), first);

    // Filled in a spreadsheet program: Polish headers, the date as a date cell, a bad row.
    let fill = |bad_row: bool| {
        let mut wb = rust_xlsxwriter::Workbook::new();
        let ws = wb.add_worksheet();
        let headers = [
            "Miesiąc",
            "Kto przekazuje",
            "Sprawa",
            "Zadanie",
            "Postęp",
            "Data",
            "Identyfikator zadania",
        ];
        for (c, h) in headers.iter().enumerate() {
            ws.write_string(0, c as u16, *h).expect("header");
        }
        let values = [&rows[1][0], &rows[1][1], &rows[1][2], &rows[1][3]];
        for (c, v) in values.iter().enumerate() {
            ws.write_string(1, c as u16, v.as_str()).expect("cell");
        }
        ws.write_string(1, 4, "Dzielnicowy był u rodziny")
            .expect("progress");
        let date = rust_xlsxwriter::ExcelDateTime::from_ymd(2026, 11, 18).expect("date");
        let format = rust_xlsxwriter::Format::new().set_num_format("dd.mm.yyyy");
        ws.write_datetime_with_format(1, 5, &date, &format)
            .expect("date");
        ws.write_string(1, 6, rows[1][9].as_str()).expect("task id");
        if bad_row {
            for (c, v) in ["2026-11", "kpp-przykladowo", "2026-002", "8.8", "Coś"]
                .iter()
                .enumerate()
            {
                ws.write_string(2, c as u16, *v).expect("cell");
            }
        }
        wb.save_to_buffer().expect("a workbook")
    };
    out.write("kpp-bad.xlsx", fill(true));
    let before = snapshot(&t);
    out.run(&t, &["monitor", "import", "kpp-bad.xlsx"])
        .fails(1)
        .err_has("kpp-bad.xlsx, line 3, column D: case 2026-002 has no task 8.8");
    assert_eq!(snapshot(&t), before);
    out.write("kpp-filled.xlsx", fill(false));
    out.run(&t, &["monitor", "import", "kpp-filled.xlsx"])
        .ok()
        .out_has("Recorded 1 entry for 2026-11 (1 case)");
    let police = november(&t, "kpp-przykladowo").expect("the police's report");
    assert!(
        police.contains("progress = \"Dzielnicowy był u rodziny\""),
        "{police}"
    );
    assert!(police.contains("date = 2026-11-18"), "{police}");
}
