//! `koop institution import`, `koop person import` and the CSV of `list --format csv`.

use std::ffi::OsStr;

use crate::{Test, fixture};

/// How many operations the repository's log holds (one per change written).
fn operations(t: &Test) -> usize {
    t.run(["log", "-n", "1000", "--format", "json"])
        .ok()
        .json()
        .as_array()
        .map_or(0, Vec::len)
}

#[test]
fn institutions_import_from_utf8_csv_in_english() {
    let t = fixture();
    let before = t.state();
    t.write(
        "in/institutions.csv",
        "id,name,kind,level,phone,email,director\n\
         pup,Powiatowy Urząd Pracy,pup,powiat,22 600 30 00,pup@pup.pl,Jan Nowak\n\
         ,\"Stowarzyszenie \"\"Razem\"\", Przykładowo\",ngo,gmina,,,\n",
    );
    let run = t.run(["institution", "import", "in/institutions.csv"]).ok();
    assert_eq!(
        run.stdout,
        "Added institution pup (institutions/pup/institution.toml)\n\
         Added institution stowarzyszenie-razem-przykladowo (institutions/stowarzyszenie-razem-przykladowo/institution.toml)\n\
         Imported in/institutions.csv: 2 added, 0 updated, 0 unchanged\n"
    );
    assert_eq!(
        t.read("institutions/pup/institution.toml"),
        "name = \"Powiatowy Urząd Pracy\"\nkind = \"pup\"\nlevel = \"powiat\"\nphone = \"22 600 30 00\"\nemail = \"pup@pup.pl\"\ndirector = \"Jan Nowak\"\n"
    );
    assert_eq!(
        t.read("institutions/stowarzyszenie-razem-przykladowo/institution.toml"),
        "name = 'Stowarzyszenie \"Razem\", Przykładowo'\nkind = \"ngo\"\nlevel = \"gmina\"\n"
    );
    let mut added = t.added_since(&before);
    added.retain(|p| !p.starts_with("in/"));
    assert_eq!(
        added,
        [
            "institutions/pup/institution.toml",
            "institutions/stowarzyszenie-razem-przykladowo/institution.toml"
        ]
    );
    t.check_records(&[]).ok();
}

#[test]
fn a_semicolon_file_with_a_bom_and_polish_headers_imports() {
    let t = fixture();
    // As a Polish Excel saves "CSV UTF-8": a BOM, semicolons, CRLF, an empty row as `;;;`.
    t.write(
        "osoby.csv",
        "\u{feff}Instytucja;Imię i nazwisko;Stanowisko;Telefon;E-mail;Rola;Etat\r\n\
         gops;Maria Wiśniewska;pracownik socjalny;22 600 10 12;m.wisniewska@gops.pl;pracownik socjalny, koordynator-ggk;0,5\r\n\
         Szkoła Podstawowa nr 1;Tomasz Kaczmarek;\"pedagog; wychowawca\";;;przedstawiciel;\r\n\
         ;;;;;;\r\n",
    );
    let run = t.run(["person", "import", "osoby.csv"]).ok();
    assert_eq!(
        run.stdout,
        "Added person maria-wisniewska (institutions/gops/people/maria-wisniewska.toml)\n\
         Added person tomasz-kaczmarek (institutions/sp1/people/tomasz-kaczmarek.toml)\n\
         Imported osoby.csv: 2 added, 0 updated, 0 unchanged\n"
    );
    assert_eq!(
        t.read("institutions/gops/people/maria-wisniewska.toml"),
        "name = \"Maria Wiśniewska\"\nposition = \"pracownik socjalny\"\nphone = \"22 600 10 12\"\nemail = \"m.wisniewska@gops.pl\"\nroles = [\"koordynator-ggk\", \"pracownik-socjalny\"]\npost = 0.5\n"
    );
    // The school was named by its full name; the quoted semicolon stays in the cell.
    assert_eq!(
        t.read("institutions/sp1/people/tomasz-kaczmarek.toml"),
        "name = \"Tomasz Kaczmarek\"\nposition = \"pedagog; wychowawca\"\nroles = [\"przedstawiciel\"]\n"
    );
    t.check_records(&[]).ok();
}

#[test]
fn a_semicolon_file_of_institutions_with_polish_headers_and_words() {
    let t = fixture();
    t.write(
        "instytucje.csv",
        "\u{feff}NAZWA;Rodzaj;Poziom;Adres;Dyrektor\r\n\
         Sąd Rejonowy w Przykładowie;sąd;powiat;\"ul. Sądowa 1; 00-001 Przykładowo\";Anna Sędzia\r\n",
    );
    t.run(["institution", "import", "instytucje.csv"]).ok();
    assert_eq!(
        t.read("institutions/sad-rejonowy-w-przykladowie/institution.toml"),
        "name = \"Sąd Rejonowy w Przykładowie\"\nkind = \"court\"\nlevel = \"powiat\"\naddress = \"ul. Sądowa 1; 00-001 Przykładowo\"\ndirector = \"Anna Sędzia\"\n"
    );
}

#[test]
fn every_bad_row_is_named_at_its_line_and_nothing_is_written() {
    let t = fixture();
    let before = t.state();
    let ops = operations(&t);
    t.write(
        "bad.csv",
        "institution,name,email,roles,post\n\
         gops,Zofia Dobra,z.dobra@gops.pl,radny,\n\
         gops,Jan Zły,jan(at)gops.pl,radnyy,2\n\
         sp2,Piotr Nowy,,,\n\
         \n\
         kpp,\"Ewa\nLis\",,,\n\
         gops,,,,1/2\n\
         gops,Zofia Dobra,,,\n",
    );
    let run = t.run(["person", "import", "bad.csv"]).fails(1);
    assert_eq!(run.stdout, "");
    assert_eq!(
        run.stderr,
        "bad.csv:3: roles `radnyy` is not a value this column takes\n  \
         help: did you mean `radny`?\n  \
         help: one of: animator-gminy, animator-powiatu, doradca-rops, superwizor, koordynator-ggk, pracownik-socjalny, radny, przedstawiciel\n\
         bad.csv:3: post `2`: a share of a post is more than 0 and at most 1 (a full post)\n\
         bad.csv:3: email `jan(at)gops.pl` is not an e-mail address\n\
         bad.csv:4: no institution with ID `sp2`\n  help: did you mean `sp1`?\n\
         bad.csv:6: name cannot contain control characters or line breaks\n\
         bad.csv:8: name cannot be empty\n\
         bad.csv:9: the ID `zofia-dobra` is also on line 2\n  \
         help: give one of the rows another ID in the `id` column\n\
         error: bad.csv: 5 rows have errors; nothing was imported\n  \
         help: correct the rows named above and import the file again (--dry-run checks it without writing)\n"
    );
    let mut after = t.state();
    after.remove("bad.csv");
    let mut expected = before.clone();
    expected.remove("bad.csv");
    assert_eq!(after, expected);
    assert_eq!(operations(&t), ops);
}

#[test]
fn headers_that_are_unknown_repeated_or_missing_refuse_the_file() {
    let t = fixture();
    let before = t.state();
    t.write("a.csv", "nazwa,rodzaj,poziom,faks\nX,ops,gmina,1\n");
    let run = t.run(["institution", "import", "a.csv"]).fails(1);
    assert!(
        run.stderr
            .starts_with("error: a.csv: unknown column `faks`\n  help: the columns taken: `id` (`identyfikator`), `name` (`nazwa`), `kind` (`rodzaj`)"),
        "{}",
        run.stderr
    );
    t.write("a.csv", "name,Nazwa,kind,level\n");
    let run = t.run(["institution", "import", "a.csv"]).fails(1);
    assert_eq!(
        run.stderr,
        "error: a.csv: the columns `name` and `Nazwa` are both `name`\n"
    );
    t.write("a.csv", "name,phone\nX,1\n");
    let run = t.run(["institution", "import", "a.csv"]).fails(1);
    assert!(
        run.stderr
            .starts_with("error: a.csv has no column `kind` or `level`\n"),
        "{}",
        run.stderr
    );
    t.write("a.csv", "name,kind,level,\nX,ops,gmina,\nY,ops,gmina,1\n");
    let run = t.run(["institution", "import", "a.csv"]).fails(1);
    assert!(
        run.stderr
            .starts_with("error: a.csv:3: column 4 has a value but no header\n"),
        "{}",
        run.stderr
    );
    t.write("a.csv", "nmae,kind,level\n");
    let run = t.run(["institution", "import", "a.csv"]).fails(1);
    assert!(
        run.stderr.contains("  help: did you mean `name`?\n"),
        "{}",
        run.stderr
    );
    let mut after = t.state();
    after.remove("a.csv");
    assert_eq!(after, before);
}

#[test]
fn a_windows_1250_file_is_refused_unless_its_encoding_is_given() {
    let t = fixture();
    // "Sąd" in Windows-1250: ą is 0xB9.
    t.write(
        "cp.csv",
        b"nazwa;rodzaj;poziom\r\nS\xb9d Okr\xeagowy;s\xb9d;wojew\xf3dztwo\r\n".as_slice(),
    );
    let run = t.run(["institution", "import", "cp.csv"]).fails(1);
    assert_eq!(
        run.stderr,
        "error: cp.csv:2:2: the file is not UTF-8 text\n  help: in Excel save it as \"CSV UTF-8 (Comma delimited)\" (\"CSV UTF-8 (rozdzielany przecinkami)\"); a file saved as plain \"CSV\" by a Polish Excel is read with --encoding windows-1250\n"
    );
    t.run([
        "institution",
        "import",
        "cp.csv",
        "--encoding",
        "windows-1250",
    ])
    .ok();
    assert_eq!(
        t.read("institutions/sad-okregowy/institution.toml"),
        "name = \"Sąd Okręgowy\"\nkind = \"court\"\nlevel = \"wojewodztwo\"\n"
    );
}

#[test]
fn dry_run_shows_the_change_and_writes_nothing() {
    let t = fixture();
    t.write(
        "i.csv",
        "name;kind;level\nPoradnia Rodzinna;health;powiat\n",
    );
    let before = t.state();
    let ops = operations(&t);
    let run = t.run(["institution", "import", "i.csv", "--dry-run"]).ok();
    assert!(
        run.stdout.starts_with(
            "would be done: Added institution poradnia-rodzinna (institutions/poradnia-rodzinna/institution.toml)\n--- /dev/null\n+++ b/institutions/poradnia-rodzinna/institution.toml\n"
        ),
        "{}",
        run.stdout
    );
    t.unchanged(&before);
    assert_eq!(operations(&t), ops);
}

#[test]
fn rows_of_existing_records_are_skipped_refused_or_updated() {
    let t = fixture();
    // A comment and the key order of the record survive an update.
    t.write(
        "institutions/sp1/institution.toml",
        "# Szkoła w centrum\nname = \"Szkoła Podstawowa nr 1\"\nlevel = \"gmina\"\nkind = \"school\"\n",
    );
    t.write(
        "i.csv",
        "id,name,kind,level,phone\nsp1,Szkoła Podstawowa nr 1,szkoła,gmina,22 1\nkpp,Komenda Powiatowa Policji,policja,powiat,\n",
    );
    let before = t.state();
    let run = t.run(["institution", "import", "i.csv"]).fails(1);
    assert_eq!(
        run.stderr,
        "i.csv:2: institution `sp1` already exists and differs in: phone\n  help: give --update to change it to the row, or correct the row\n\
         error: i.csv: 1 row has errors; nothing was imported\n  help: correct the rows named above and import the file again (--dry-run checks it without writing)\n"
    );
    t.unchanged(&before);
    let run = t.run(["institution", "import", "i.csv", "--update"]).ok();
    assert_eq!(
        run.stdout,
        "Updated institution sp1 (institutions/sp1/institution.toml)\nImported i.csv: 0 added, 1 updated, 1 unchanged\n"
    );
    assert_eq!(run.stderr, "1 row matches its record already; skipped\n");
    assert_eq!(
        t.read("institutions/sp1/institution.toml"),
        "# Szkoła w centrum\nname = \"Szkoła Podstawowa nr 1\"\nlevel = \"gmina\"\nkind = \"school\"\nphone = \"22 1\"\n"
    );
    // A person is not moved to another institution by an import.
    t.write("p.csv", "id,institution,name\nanna-nowak,sp1,Anna Nowak\n");
    let run = t.run(["person", "import", "p.csv"]).fails(1);
    assert!(
        run.stderr.starts_with("p.csv:2: person `anna-nowak` already exists at institution `gops` (institutions/gops/people/anna-nowak.toml)\n"),
        "{}",
        run.stderr
    );
}

#[test]
fn list_csv_imports_back_unchanged() {
    let t = fixture();
    t.write(
        "institutions/kpp/institution.toml",
        "name = \"Komenda Powiatowa Policji\"\nkind = \"police\"\nlevel = \"powiat\"\naddress = \"ul. Krótka 2, 00-001 Przykładowo\"\ndirector = \"insp. \\\"Jan\\\" Zły\"\n",
    );
    let institutions = t.run(["institution", "list", "--format", "csv"]).ok();
    assert_eq!(
        institutions.stdout.lines().next(),
        Some(
            "id,name,kind,level,gmina,address,phone,email,director,director_accusative,director_title,locality_locative,file"
        )
    );
    assert!(
        institutions.stdout.contains(
            "kpp,Komenda Powiatowa Policji,police,powiat,,\"ul. Krótka 2, 00-001 Przykładowo\",,,\"insp. \"\"Jan\"\" Zły\",,,,institutions/kpp/institution.toml\r\n"
        ),
        "{}",
        institutions.stdout
    );
    let people = t.run(["person", "list", "--format", "csv"]).ok();
    assert!(
        people.stdout.contains(
            "anna-nowak,gops,Anna Nowak,pracownik socjalny,,,\"animator-gminy, pracownik-socjalny\",0.25,,institutions/gops/people/anna-nowak.toml\r\n"
        ),
        "{}",
        people.stdout
    );
    t.write("i.csv", &institutions.stdout);
    t.write("p.csv", &people.stdout);
    let before = t.state();
    let run = t.run(["institution", "import", "i.csv"]).ok();
    assert_eq!(
        run.stderr,
        "3 rows match their records already; skipped\nnothing to change: the records already say so\n"
    );
    let run = t.run(["person", "import", "p.csv"]).ok();
    assert_eq!(
        run.stderr,
        "4 rows match their records already; skipped\nnothing to change: the records already say so\n"
    );
    t.unchanged(&before);
    // In Polish the CSV keeps its English keys and canonical words, for scripts.
    let polish = [("KOOP_LANG", OsStr::new("pl"))];
    let run = t.run_env(
        t.path(),
        &polish,
        ["institution", "list", "--format", "csv"],
    );
    assert_eq!(run.stdout, institutions.stdout);
}

#[test]
fn one_import_is_one_operation() {
    // A write is one operation of koop's log, which `koop sync` commits to git.
    let t = fixture();
    let ops = operations(&t);
    t.write(
        "i.csv",
        "nazwa;rodzaj;poziom\nPoradnia;poradnia;powiat\nFundacja;fundacja;gmina\nUrząd Gminy;urząd;gmina\n",
    );
    t.run(["institution", "import", "i.csv"]).ok();
    assert_eq!(operations(&t), ops + 1);
    let log = t.run(["log", "-n", "1", "--format", "csv"]).ok();
    assert_eq!(
        log.stdout.lines().nth(1).map(|l| l.split(',').skip(3).collect::<Vec<_>>().join(",")),
        Some(
            "import 3 institutions,,false,\"institutions/fundacja/institution.toml, institutions/poradnia/institution.toml, institutions/urzad-gminy/institution.toml\"".to_string()
        )
    );
}

#[test]
fn errors_of_rows_speak_polish() {
    let t = fixture();
    t.write(
        "osoby.csv",
        "instytucja;imię i nazwisko;e-mail\ngops;;x@y\n",
    );
    let polish = [("KOOP_LANG", OsStr::new("pl"))];
    let run = t.run_env(t.path(), &polish, ["person", "import", "osoby.csv"]);
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stderr,
        "osoby.csv:2: imię i nazwisko: wartość nie może być pusta\n\
         osoby.csv:2: e-mail `x@y` to nie jest adres e-mail\n\
         błąd: osoby.csv: 1 wiersz zawiera błędy; niczego nie zaimportowano\n  \
         wskazówka: popraw wskazane wyżej wiersze i zaimportuj plik ponownie (--dry-run sprawdza go bez zapisywania)\n"
    );
}

#[test]
fn lists_print_csv() {
    let t = fixture();
    t.write(
        "teams/pzk.toml",
        "kind = \"pzk\"\nname = \"Partnerski Zespół Kooperacji\"\ncoordinator = \"anna-nowak\"\n\n[[members]]\ninstitution = \"gops\"\ncore = true\n\n[[members]]\ninstitution = \"sp1\"\n",
    );
    let run = t.run(["team", "list", "--format", "csv"]).ok();
    assert_eq!(
        run.stdout,
        "id,kind,name,coordinator,members.institution,agreement.signed,agreement.valid_until,file\r\n\
         pzk,pzk,Partnerski Zespół Kooperacji,anna-nowak,\"gops, sp1\",,,teams/pzk.toml\r\n"
    );
    let run = t.run(["case", "list", "--format", "csv"]).ok();
    assert_eq!(
        run.stdout,
        "id,folder,kind,status,referral_date,referred_by,gmina,coordinator,team,tasks,open_tasks\r\n"
    );
    let run = t.run(["doc", "list", "--format", "csv"]).ok();
    assert!(
        run.stdout.starts_with("name,id,source,about\r\n"),
        "{}",
        run.stdout
    );
    let run = t
        .run(["person", "list", "--institution", "kpp", "--format", "csv"])
        .ok();
    assert_eq!(
        run.stdout,
        "id,institution,name,position,phone,email,roles,post,gminy,file\r\n\
         piotr-zielinski,kpp,Piotr Zieliński,,,,przedstawiciel,,,institutions/kpp/people/piotr-zielinski.toml\r\n"
    );
}
