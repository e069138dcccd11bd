//! `koop doc`: every document kind rendered from the bundled example and compared with a
//! reviewed golden file (Markdown and HTML); PDFs checked through their extracted text;
//! escaping of user text; templates overridden, exported and broken.
//!
//! After a deliberate change to a template or to the example, regenerate the golden files
//! with `KOOP_BLESS=1 cargo test --test cli doc::` and review the diff before committing.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::{Test, fixture};

/// Every document of the example with its arguments, by golden file name.
const DOCS: &[(&str, &[&str])] = &[
    ("zgloszenie-rops", &["zgloszenie-rops"]),
    ("porozumienie-pzk", &["porozumienie", "pzk-przykladowo"]),
    (
        "porozumienie-3-pzk",
        &["porozumienie", "pzk-przykladowo", "--variant", "3"],
    ),
    ("karta-2026-001", &["karta", "2026-001"]),
    ("karta-2026-002", &["karta", "2026-002", "--reveal"]),
    ("karta-2026-004", &["karta", "2026-004"]),
    (
        "monitoring-2026-002-2026-10",
        &["monitoring", "2026-002", "--month", "2026-10"],
    ),
    (
        "zaproszenie-initiating",
        &["zaproszenie", "2026-02-18-pzk-przykladowo-egtj"],
    ),
    (
        "lista-obecnosci-initiating",
        &["lista-obecnosci", "2026-02-18-pzk-przykladowo-egtj"],
    ),
    (
        "protokol-initiating",
        &["protokol", "2026-02-18-pzk-przykladowo-egtj"],
    ),
    ("efekty", &["efekty"]),
    ("lista-uslug", &["lista-uslug"]),
];

fn golden_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/doc")
}

fn doc(args: &[&str], extra: &[&str]) -> crate::Run {
    let t = Test::new();
    // A revealed document written to a file is an entry of the disclosure register: a copy.
    let copy = crate::example_copy();
    let dir = copy.path().to_string_lossy().to_string();
    let mut all = vec!["-C", dir.as_str(), "doc"];
    all.extend_from_slice(args);
    all.extend_from_slice(extra);
    t.run(all)
}

/// Compares a rendering with its golden file, or writes it with KOOP_BLESS=1.
fn golden(name: &str, actual: &str) {
    let path = golden_dir().join(name);
    if std::env::var_os("KOOP_BLESS").is_some() {
        std::fs::create_dir_all(golden_dir()).expect("mkdir golden");
        std::fs::write(&path, actual).expect("write golden");
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e}; run with KOOP_BLESS=1 to create it",
            path.display()
        )
    });
    if expected != actual {
        let line = expected
            .lines()
            .zip(actual.lines())
            .position(|(a, b)| a != b)
            .unwrap_or_else(|| expected.lines().count().min(actual.lines().count()));
        panic!(
            "{name} differs from its golden file at line {}:\n expected: {:?}\n actual:   {:?}\n(run with KOOP_BLESS=1 after reviewing)",
            line + 1,
            expected.lines().nth(line),
            actual.lines().nth(line)
        );
    }
}

#[test]
fn every_document_matches_its_golden_markdown_and_html() {
    for (name, args) in DOCS {
        for format in ["md", "html"] {
            let run = doc(args, &["--format", format]).ok();
            golden(&format!("{name}.{format}"), &run.stdout);
        }
    }
}

#[test]
fn doc_list_names_every_kind_with_its_source() {
    let run = Test::new().run(["doc", "list", "--format", "json"]).ok();
    let names: Vec<String> = run
        .json()
        .as_array()
        .expect("array")
        .iter()
        .map(|k| k["name"].as_str().unwrap_or("").to_string())
        .collect();
    assert_eq!(
        names,
        [
            "zgloszenie-rops",
            "porozumienie",
            "karta",
            "monitoring",
            "zaproszenie",
            "lista-obecnosci",
            "protokol",
            "efekty",
            "lista-uslug"
        ]
    );
    let table = Test::new().run(["doc", "list"]).ok();
    assert!(
        table
            .stdout
            .contains("Załącznik nr 6 – Karta planu pracy z osobą/rodziną"),
        "{}",
        table.stdout
    );
}

#[test]
fn markdown_shows_polish_dates_plurals_and_the_forms_labels() {
    let raw = doc(&["karta", "2026-002", "--reveal"], &[]).ok().stdout;
    // Polish typography: a one-letter word keeps to the next one, a number to its unit, by a
    // non-breaking space (the labels below are compared with plain spaces).
    for glued in [
        "Z\u{a0}OSOBĄ",
        "imię i\u{a0}nazwisko",
        "47\u{a0}lat",
        "2026\u{a0}r.",
    ] {
        assert!(raw.contains(glued), "no {glued:?} in:\n{raw}");
    }
    assert!(!raw.contains("\u{a0}|"), "a cell border glued:\n{raw}");
    let karta = raw.replace('\u{a0}', " ");
    for label in [
        "KARTA PLANU PRACY Z OSOBĄ/RODZINĄ nr 2026-002 /nr identyfikacyjny/",
        "I. CZŁONKOWIE RODZINY: (imię i nazwisko, wiek, miejsce zamieszkania, nr telefonu)",
        "Sytuacja materialna (źródło dochodów, zadłużenia, itp.)",
        "**CZĘŚĆ B**",
        "**CZĘŚĆ C. EWALUACJA**",
        "47 lat",
        "43 lata",
        "18 grudnia 2026 r.",
        "data kolejnej ewaluacji/zakończenie pracy z osobą/rodziną",
    ] {
        assert!(karta.contains(label), "missing {label:?} in:\n{karta}");
    }
    let monitoring = doc(&["monitoring", "2026-002", "--month", "2026-10"], &[])
        .ok()
        .stdout
        .replace('\u{a0}', " ");
    assert!(monitoring.contains("październik 2026"), "{monitoring}");
    assert!(monitoring.contains("INFORMACJA O POSTĘPIE"), "{monitoring}");
    // The meeting's goal (`meeting new --goal`) reaches the invitation.
    let invitation = doc(&["zaproszenie", "2026-02-18-pzk-przykladowo-egtj"], &[])
        .ok()
        .stdout
        .replace('\u{a0}', " ");
    assert!(
        invitation.contains("**Cel spotkania:** Zainicjowanie Partnerskiego Zespołu Kooperacji"),
        "{invitation}"
    );
}

#[test]
fn a_field_the_records_lack_is_a_visible_blank() {
    // Case 2026-004 is only referred: no members, diagnosis or plan yet.
    let karta = doc(&["karta", "2026-004"], &[]).ok().stdout;
    assert!(karta.contains("**Cel główny:** ……………………………"), "{karta}");
    let html = doc(&["karta", "2026-004"], &["--format", "html"])
        .ok()
        .stdout;
    assert!(html.contains("<b>Cel główny:</b> ……………………………"), "{html}");
}

#[test]
fn monitoring_for_a_month_without_reports_leaves_progress_blank() {
    let run = doc(&["monitoring", "2026-002", "--month", "2026-11"], &[]).ok();
    assert!(run.stdout.contains("listopad 2026"), "{}", run.stdout);
    assert!(run.stdout.contains("……………………………"), "{}", run.stdout);
    // Default month: the one before today (2026-11-23 in tests).
    let default = doc(&["monitoring", "2026-002"], &[]).ok();
    assert!(
        default.stdout.contains("październik 2026"),
        "{}",
        default.stdout
    );
}

#[test]
fn html_is_one_self_contained_printable_file() {
    let html = doc(&["karta", "2026-002"], &["--format", "html"])
        .ok()
        .stdout;
    assert!(html.starts_with("<!DOCTYPE html>"), "{html}");
    assert!(html.contains("@page { size: A4"), "print CSS");
    assert!(html.contains("<html lang=\"pl\">"));
    for external in ["<link", "src=\"http", "@import", "url("] {
        assert!(!html.contains(external), "external resource {external}");
    }
}

fn pdftotext(pdf: &Path) -> String {
    let out = Command::new("pdftotext").arg(pdf).arg("-").output().expect(
        "pdftotext (poppler-utils) is needed by the PDF tests: apt-get install poppler-utils",
    );
    assert!(
        out.status.success(),
        "pdftotext failed on {}",
        pdf.display()
    );
    String::from_utf8_lossy(&out.stdout).to_string()
}

/// Extracted text with runs of spaces and line breaks made single spaces, as a long label
/// wraps inside its table cell.
fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn every_document_renders_to_a_pdf_with_the_forms_labels_and_polish_letters() {
    let t = Test::new();
    // A revealed document written to a file is an entry of the disclosure register: a copy.
    let copy = crate::example_copy();
    let dir = copy.path().to_string_lossy().to_string();
    let expect: &[(&str, &[&str])] = &[
        (
            "zgloszenie-rops",
            &[
                "ZGŁOSZENIE POTRZEBY WŁĄCZENIA",
                "/podpis osoby upoważnionej/",
            ],
        ),
        (
            "porozumienie-pzk",
            &[
                "Porozumienie na rzecz współdziałania",
                "Gminna Grupa Kooperacji",
                "Wykaz osób wyznaczonych",
                // The ROPS as the repository records it, and the frequency agreed.
                "Regionalny Ośrodek Polityki Społecznej Województwa Mazowieckiego",
                "nie rzadziej niż raz na kwartał",
            ],
        ),
        (
            "porozumienie-3-pzk",
            &["Porozumienie na rzecz współdziałania", "Partnerem nr 1"],
        ),
        (
            "karta-2026-002",
            &[
                "KARTA PLANU PRACY Z OSOBĄ/RODZINĄ nr 2026-002",
                "CZĘŚĆ B",
                "EWALUACJA",
                "Sytuacja opiekuńczo-wychowawcza",
                "Robert Kalinowski",
            ],
        ),
        (
            "monitoring-2026-002-2026-10",
            &[
                "MONITORING PRACY Z OSOBĄ/RODZINĄ/GRUPĄ SPOŁECZNĄ",
                "INFORMACJA O POSTĘPIE",
                "październik 2026",
            ],
        ),
        ("zaproszenie-initiating", &["Zaproszenie"]),
        ("lista-obecnosci-initiating", &["Lista obecności", "Podpis"]),
        ("protokol-initiating", &["Protokół"]),
        ("efekty", &["Prezentacja efektów"]),
        (
            "lista-uslug",
            &[
                "Gminno-powiatowa lista usług",
                "Usługi gminne",
                "Usługi powiatowe",
                "Świetlica środowiskowa „Promyk”",
            ],
        ),
    ];
    let mut all_text = String::new();
    // E-mail addresses come out whole and without invisible characters (a copy works), and a
    // phone number on one line.
    let extra: &[(&str, &[&str])] = &[
        (
            "porozumienie-pzk",
            &["m.wojciechowski@przykladowo.pl", "22 600 10 21"],
        ),
        ("lista-uslug", &["tel. 22 600 10 14"]),
    ];
    let expect: Vec<(&str, Vec<&str>)> = expect
        .iter()
        .map(|(name, labels)| {
            let mut all = labels.to_vec();
            for (n, more) in extra {
                if n == name {
                    all.extend_from_slice(more);
                }
            }
            (*name, all)
        })
        .collect();
    for (name, labels) in &expect {
        let args = DOCS.iter().find(|(n, _)| n == name).expect("doc").1;
        let out = t.path().join(format!("{name}.pdf"));
        let out_s = out.to_string_lossy().to_string();
        let mut cmd = vec!["-C", dir.as_str(), "doc"];
        cmd.extend_from_slice(args);
        cmd.extend_from_slice(&["--format", "pdf", "-o", out_s.as_str()]);
        t.run(cmd).ok();
        let bytes = std::fs::read(&out).expect("pdf written");
        assert!(bytes.starts_with(b"%PDF-"), "{name} is not a PDF");
        let raw = pdftotext(&out);
        let text = flat(&raw);
        for label in labels {
            assert!(text.contains(label), "{name}.pdf lacks {label:?}:\n{text}");
        }
        for line in raw.lines() {
            for word in line.split_whitespace().filter(|w| w.contains('@')) {
                assert!(
                    (word.ends_with(".pl") || word.ends_with(".pl,")) && !word.contains('\u{200b}'),
                    "{name}.pdf breaks the e-mail address {word:?}"
                );
            }
        }
        all_text.push_str(&text);
    }
    for letter in [
        'ą', 'ć', 'ę', 'ł', 'ń', 'ó', 'ś', 'ź', 'ż', 'Ą', 'Ć', 'Ę', 'Ł', 'Ó', 'Ś', 'Ż',
    ] {
        assert!(all_text.contains(letter), "no {letter} in the PDFs' text");
    }
}

#[test]
fn a_pdf_is_deterministic_and_written_next_to_the_user_by_default() {
    let t = fixture();
    let run = t.run(["doc", "efekty", "--format", "pdf"]).ok();
    assert!(run.stderr.contains("wrote efekty.pdf"), "{}", run.stderr);
    let first = std::fs::read(t.path().join("efekty.pdf")).expect("default PDF file");
    assert!(first.starts_with(b"%PDF-"));
    let stdout = t.run(["doc", "efekty", "--format", "pdf", "-o", "-"]).ok();
    assert!(stdout.stdout.starts_with("%PDF-"));
    t.run(["doc", "efekty", "--format", "pdf", "-o", "again.pdf"])
        .ok();
    let again = std::fs::read(t.path().join("again.pdf")).expect("pdf");
    assert!(first == again, "two renderings of the same records differ");
}

/// A repository whose person and family member carry markup in their names.
fn hostile() -> (Test, String) {
    let t = fixture();
    let nasty = "<b>Ala</b> #set text(red) *gwiazdka* _x_ $y$ [z] \\ `k` & \"q\"";
    t.write(
        "institutions/gops/people/anna-nowak.toml",
        format!(
            "name = \"Anna {}\"\nposition = \"pracownik socjalny\"\nroles = [\"animator-gminy\", \"pracownik-socjalny\"]\npost = 0.25\n",
            nasty.replace('\\', "\\\\").replace('"', "\\\"")
        ),
    );
    let run = t
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
        .ok();
    let id = run.stdout.trim().to_string();
    t.run([
        "case",
        "member",
        "add",
        &id,
        "--name",
        nasty,
        "--relation",
        "matka",
    ])
    .ok();
    (t, id)
}

#[test]
fn user_text_comes_out_literally_in_markdown_html_and_pdf() {
    let (t, id) = hostile();
    let md = t.run(["doc", "karta", &id, "--reveal"]).ok().stdout;
    assert!(
        // Straight quotes typed in a record print as Polish ones.
        md.contains("\\<b\\>Ala\\</b\\> \\#set text(red) \\*gwiazdka\\* \\_x\\_ \\$y\\$ \\[z\\] \\\\ \\`k\\` \\& „q”"),
        "{md}"
    );
    let html = t
        .run(["doc", "karta", &id, "--format", "html", "--reveal"])
        .ok()
        .stdout;
    assert!(
        html.contains("&lt;b&gt;Ala&lt;/b&gt; #set text(red)"),
        "{html}"
    );
    assert!(!html.contains("<b>Ala</b>"), "unescaped markup in HTML");
    let pdf = t.path().join("k.pdf");
    t.run([
        "doc", "karta", &id, "--format", "pdf", "-o", "k.pdf", "--reveal",
    ])
    .ok();
    let text = flat(&pdftotext(&pdf));
    assert!(
        text.contains("<b>Ala</b> #set text(red) *gwiazdka* _x_ $y$ [z] \\ `k` & „q”"),
        "{text}"
    );
    // The animator's name reaches zał. 1 literally too.
    t.run(["doc", "zgloszenie-rops", "--format", "pdf", "-o", "z.pdf"])
        .ok();
    let text = flat(&pdftotext(&t.path().join("z.pdf")));
    assert!(text.contains("Anna <b>Ala</b> #set text(red)"), "{text}");
}

#[test]
fn a_repository_template_overrides_the_built_in_one() {
    let t = fixture();
    t.write(
        "templates/efekty.jinja",
        "Efekty gminy {{ unit.name }} ({{ format }}): {{ cases.total }} {{ cases.total|plural(\"sprawa\", \"sprawy\", \"spraw\") }}, {{ 22|plural(\"sprawa\", \"sprawy\", \"spraw\") }}; {{ \"2026-03-12\"|date_pl }}; {{ \"2026-10\"|month_pl }}.\n",
    );
    let run = t.run(["doc", "efekty"]).ok();
    assert_eq!(
        run.stdout,
        // Polish typography applies to a repository's template too: "2026 r." keeps together.
        "Efekty gminy Przykładowo (md): 0 spraw, sprawy; 12 marca 2026\u{a0}r.; październik 2026.\n"
    );
    // The same template gives the HTML.
    let html = t.run(["doc", "efekty", "--format", "html"]).ok();
    assert!(
        html.stdout
            .starts_with("Efekty gminy Przykładowo (html): 0 spraw"),
        "{}",
        html.stdout
    );
    t.write("templates/efekty.jinja", "{{ \"2026-02-30\"|date_pl }}\n");
    let run = t.run(["doc", "efekty"]).fails(1);
    assert!(
        run.stderr.contains("templates/efekty.jinja, line 1"),
        "{}",
        run.stderr
    );
    std::fs::remove_file(t.path().join("templates/efekty.jinja")).expect("rm");
    // A per-format template, as koop used before one template served Markdown and HTML,
    // still replaces its format; the other format uses the built-in template.
    t.write("templates/efekty.md", "Efekty gminy {{ unit.name }}.\n");
    assert_eq!(
        t.run(["doc", "efekty"]).ok().stdout,
        "Efekty gminy Przykładowo.\n"
    );
    let html = t.run(["doc", "efekty", "--format", "html"]).ok();
    assert!(
        html.stdout.contains("Prezentacja efektów"),
        "{}",
        html.stdout
    );
    // A typst override for the PDF, importing the built-in library.
    t.write(
        "templates/efekty.typ",
        "#import \"_lib.typ\": *\n#let d = json(\"data.json\")\n#show: setup.with(title: \"x\")\nWłasny szablon: #d.unit.name\n",
    );
    t.run(["doc", "efekty", "--format", "pdf", "-o", "e.pdf"])
        .ok();
    let text = flat(&pdftotext(&t.path().join("e.pdf")));
    assert!(text.contains("Własny szablon: Przykładowo"), "{text}");
    let list = t.run(["doc", "templates"]).ok();
    assert!(
        list.stdout
            .contains("templates/efekty.md (own, replaces efekty.jinja for --format md)"),
        "{}",
        list.stdout
    );
    assert!(list.stdout.contains("built in"), "{}", list.stdout);
}

#[test]
fn a_broken_template_names_the_file_line_and_cause() {
    let t = fixture();
    t.write("templates/efekty.jinja", "line one\n{{ cases.total }\n");
    let run = t.run(["doc", "efekty"]).fails(1);
    assert!(
        run.stderr
            .contains("template templates/efekty.jinja, line 2"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("syntax error"), "{}", run.stderr);
    t.write("templates/efekty.jinja", "{{ cases.nonexistent.deeper }}\n");
    let run = t.run(["doc", "efekty"]).fails(1);
    assert!(
        run.stderr.contains("templates/efekty.jinja, line 1"),
        "{}",
        run.stderr
    );
    t.write(
        "templates/efekty.typ",
        "#let d = json(\"data.json\")\n\n#d.nosuchfield\n",
    );
    let run = t
        .run(["doc", "efekty", "--format", "pdf", "-o", "x.pdf"])
        .fails(1);
    assert!(
        run.stderr.contains("template templates/efekty.typ:3:"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("nosuchfield"), "{}", run.stderr);
    assert!(!t.exists("x.pdf"), "no file for a failed rendering");
    // Including a file outside templates/ is refused.
    t.write("templates/efekty.jinja", "{% include \"../koop.toml\" %}\n");
    let run = t.run(["doc", "efekty"]).fails(1);
    assert!(run.stderr.contains("not a template name"), "{}", run.stderr);
    t.write("templates/efekty.jinja", b"ok \xff\n".as_slice());
    let run = t.run(["doc", "efekty"]).fails(1);
    assert!(
        run.stderr.contains("templates/efekty.jinja:1:4: not UTF-8"),
        "{}",
        run.stderr
    );
}

#[test]
fn templates_export_writes_the_defaults_and_never_overwrites_silently() {
    let t = Test::new();
    t.run(["doc", "templates", "--export", "out"]).ok();
    for name in [
        "_md.jinja",
        "_html.jinja",
        "_style.css",
        "_lib.typ",
        "karta.jinja",
        "karta.typ",
        "efekty.typ",
    ] {
        assert!(t.exists(&format!("out/{name}")), "{name}");
    }
    let built_in = t.read("out/karta.jinja");
    assert!(built_in.contains("KARTA PLANU PRACY"));
    t.write("out/karta.jinja", "mine\n");
    let run = t.run(["doc", "templates", "--export", "out"]).fails(1);
    assert!(run.stderr.contains("--force"), "{}", run.stderr);
    assert_eq!(t.read("out/karta.jinja"), "mine\n");
    t.run(["doc", "templates", "--export", "out", "--force"])
        .ok();
    assert_eq!(t.read("out/karta.jinja"), built_in);
}

#[test]
fn a_document_needs_its_record_and_names_what_is_wrong() {
    let run = doc(&["karta"], &[]).fails(1);
    assert!(
        run.stderr.contains("`koop doc karta` needs the case"),
        "{}",
        run.stderr
    );
    let run = doc(&["karta", "2026-09"], &[]).fails(1);
    assert!(run.stderr.contains("2026-09"), "{}", run.stderr);
    let run = doc(&["porozumienie", "pzk-przykladowa"], &[]).fails(1);
    assert!(
        run.stderr.contains("did you mean `pzk-przykladowo`"),
        "{}",
        run.stderr
    );
    let run = doc(&["karta", "2026-002", "--month", "2026-10"], &[]).fails(1);
    assert!(
        run.stderr
            .contains("--month applies to `koop doc monitoring`"),
        "{}",
        run.stderr
    );
    let run = doc(&["monitoring", "2026-002", "--month", "2026-13"], &[]).fails(2);
    assert!(run.stderr.contains("2026-13"), "{}", run.stderr);
    let run = doc(&["zaproszenie", "2026-01-01-nic"], &[]).fails(1);
    assert!(run.stderr.contains("koop meeting list"), "{}", run.stderr);
}

#[test]
fn json_gives_the_data_templates_are_filled_from() {
    let run = doc(&["karta", "2026-002", "--reveal"], &["--format", "json"]).ok();
    let data = run.json();
    assert_eq!(data["case"]["id"], "2026-002");
    assert_eq!(data["unit"]["wojewodztwo_gen"], "mazowieckiego");
    assert_eq!(data["members"][0]["age_label"], "47 lat");
    assert_eq!(
        data["plan"]["goals"][0]["tasks"][0]["due"],
        "18 grudnia 2026 r."
    );
}

#[test]
fn the_karta_is_signed_by_the_family_or_its_representative_not_by_every_child() {
    // 2026-001: the mother consented for herself and, as their parent, for her two children.
    let t = Test::new();
    // A revealed document written to a file is an entry of the disclosure register: a copy.
    let copy = crate::example_copy();
    let dir = copy.path().to_string_lossy().to_string();
    let out = t.path().join("karta.pdf");
    let out_s = out.to_string_lossy().to_string();
    t.run([
        "-C", &dir, "doc", "karta", "2026-001", "--reveal", "--format", "pdf", "-o", &out_s,
    ])
    .ok();
    let text = flat(&pdftotext(&out));
    let from = text
        .find("Osoba/rodzina lub jej przedstawiciel")
        .expect("part B II, 2");
    let to = text[from..].find("CZĘŚĆ C").expect("part C") + from;
    let signing = &text[from..to];
    assert!(signing.contains("Agata Nowosielska"), "{signing}");
    assert!(
        !signing.contains("Filip") && !signing.contains("Zuzanna"),
        "{signing}"
    );
    // Part A still lists the whole family.
    assert!(text[..from].contains("Zuzanna Nowosielska"), "{text}");

    // The effects for the council count the referral the GGK did not qualify apart.
    let out = t.path().join("efekty.pdf");
    let out_s = out.to_string_lossy().to_string();
    t.run(["-C", &dir, "doc", "efekty", "--format", "pdf", "-o", &out_s])
        .ok();
    let text = flat(&pdftotext(&out));
    assert!(text.contains("niezakwalifikowane 1"), "{text}");
}

#[test]
fn blank_prints_every_form_empty_to_fill_by_hand() {
    let t = Test::new();
    // A revealed document written to a file is an entry of the disclosure register: a copy.
    let copy = crate::example_copy();
    let dir = copy.path().to_string_lossy().to_string();
    for kind in [
        "zgloszenie-rops",
        "porozumienie",
        "karta",
        "monitoring",
        "zaproszenie",
        "lista-obecnosci",
        "protokol",
    ] {
        let md = t.run(["-C", &dir, "doc", kind, "--blank"]).ok().stdout;
        // Nothing of the records, only blanks (the unit's name may stay).
        for record in [
            "Nowosielsk",
            "Kalinowsk",
            "Zielińska",
            "2026-001",
            "sala konferencyjna",
        ] {
            assert!(
                !md.contains(record),
                "{kind} --blank shows {record:?}:\n{md}"
            );
        }
        assert!(md.contains("……"), "{kind}: no blank to fill:\n{md}");
        let out = t.path().join(format!("{kind}.pdf"));
        let out_s = out.to_string_lossy().to_string();
        t.run([
            "-C", &dir, "doc", kind, "--blank", "--format", "pdf", "-o", &out_s,
        ])
        .ok();
        let text = flat(&pdftotext(&out));
        assert!(!text.contains("Nowosielsk"), "{kind}.pdf:\n{text}");
    }
    // The karta's heading keeps a blank for the number; the attendance list has room for 15.
    let karta = t
        .run(["-C", &dir, "doc", "karta", "--blank"])
        .ok()
        .stdout
        .replace('\u{a0}', " ");
    assert!(
        karta.contains("# KARTA PLANU PRACY Z OSOBĄ/RODZINĄ nr …………………………… /nr identyfikacyjny/"),
        "{karta}"
    );
    let list = t
        .run(["-C", &dir, "doc", "lista-obecnosci", "--blank"])
        .ok()
        .stdout;
    assert!(list.contains("| 15. | | | | |"), "{list}");
    // Documents made from the records have no blank form; a record and --blank do not mix.
    let run = t.run(["-C", &dir, "doc", "efekty", "--blank"]).fails(1);
    assert!(
        run.stderr.starts_with(
            "error: `koop doc efekty` is made from the records, not filled in by hand"
        ),
        "{}",
        run.stderr
    );
    t.run(["-C", &dir, "doc", "karta", "2026-001", "--blank"])
        .fails(2);
}

#[test]
fn part_c_prints_the_evaluation_asked_for_and_the_end_of_work_with_its_date() {
    // 2026-001 ended on 10 July 2026 after its evaluation of 8 July.
    let md = doc(&["karta", "2026-001", "--evaluation", "2026-07-08"], &[])
        .ok()
        .stdout
        .replace('\u{a0}', " ");
    assert!(md.contains("Ewaluacja z dnia 8 lipca 2026 r."), "{md}");
    assert!(
        md.contains("zakończenie pracy z osobą/rodziną – 10 lipca 2026 r."),
        "{md}"
    );
    let run = doc(&["karta", "2026-001", "--evaluation", "2026-05-29"], &[]).fails(1);
    assert_eq!(
        run.stderr,
        "error: case 2026-001 has no evaluation of 2026-05-29\n  help: its evaluations: 2026-07-08\n"
    );
    let run = doc(&["efekty", "--evaluation", "2026-07-08"], &[]).fails(1);
    assert!(
        run.stderr
            .starts_with("error: --evaluation applies to `koop doc karta`, not `efekty`"),
        "{}",
        run.stderr
    );
}

/// The words of a text: runs of letters, as they are written (a form's labels keep their
/// case). A word broken at a line end with a hyphen is joined again.
fn words(text: &str) -> std::collections::BTreeSet<String> {
    let text = text.replace("-\n", "").replace('\u{ad}', "");
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// HTML as text: tags dropped, the entities koop writes decoded.
fn html_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&amp;", "&")
}

/// A document's wording has one source for Markdown and HTML (`<kind>.jinja`) and the PDF's
/// own template (`<kind>.typ`): every word the PDF prints must also be in the HTML made from
/// the same records, so the two cannot drift apart unnoticed. Filled and blank forms both.
#[test]
fn every_word_of_a_pdf_is_in_its_html() {
    let t = Test::new();
    // A revealed document written to a file is an entry of the disclosure register: a copy.
    let copy = crate::example_copy();
    let dir = copy.path().to_string_lossy().to_string();
    let mut cases: Vec<(String, Vec<&str>)> = DOCS
        .iter()
        .map(|(name, args)| (name.to_string(), args.to_vec()))
        .collect();
    for kind in [
        "karta",
        "monitoring",
        "porozumienie",
        "zaproszenie",
        "protokol",
    ] {
        cases.push((format!("{kind}-blank"), vec![kind, "--blank"]));
    }
    cases.push((
        "porozumienie-3-blank".to_string(),
        vec!["porozumienie", "--variant", "3", "--blank"],
    ));
    let mut missing = Vec::new();
    for (name, args) in &cases {
        let mut cmd = vec!["-C", dir.as_str(), "doc"];
        cmd.extend_from_slice(args);
        let mut html_cmd = cmd.clone();
        html_cmd.extend_from_slice(&["--format", "html"]);
        let html = words(&html_text(&t.run(html_cmd).ok().stdout));
        let out = t.path().join(format!("{name}.pdf"));
        let out_s = out.to_string_lossy().to_string();
        cmd.extend_from_slice(&["--format", "pdf", "-o", out_s.as_str()]);
        t.run(cmd).ok();
        let pdf = words(&pdftotext(&out));
        // A word the PDF breaks inside a narrow cell (an e-mail address, a long name) comes
        // out in pieces: a piece of a word the HTML has is that word.
        let only_pdf: Vec<&String> = pdf
            .difference(&html)
            .filter(|w| !html.iter().any(|h| h.contains(w.as_str())))
            .collect();
        if !only_pdf.is_empty() {
            missing.push(format!("{name}: {only_pdf:?}"));
        }
    }
    assert!(
        missing.is_empty(),
        "words the PDF prints but its Markdown/HTML template does not:\n{}",
        missing.join("\n")
    );
}

/// Zał. 3 names each party "z siedzibą w" its locality (locative) and address, "reprezentowanym/ą
/// przez" its representative in the accusative: derived where Polish decides it, recorded
/// otherwise, and K046 says which is missing.
#[test]
fn the_partnership_agreement_inflects_names_and_seats() {
    let t = fixture();
    t.write(
        "koop.toml",
        "[koop]\nformat = 3\n\n[unit]\nkind = \"gmina\"\nname = \"Przykładowo\"\nlocative = \"Przykładowie\"\n",
    );
    t.write(
        "institutions/gops/institution.toml",
        "name = \"Gminny Ośrodek Pomocy Społecznej w Przykładowie\"\nkind = \"ops\"\nlevel = \"gmina\"\naddress = \"ul. Lipowa 5, 05-999 Przykładowo\"\ndirector = \"Anna Kowalska\"\n",
    );
    t.write(
        "institutions/sp1/institution.toml",
        "name = \"Szkoła Podstawowa w Dąbrówce\"\nkind = \"school\"\nlevel = \"gmina\"\naddress = \"Dąbrówka 45, 05-998 Przykładowo\"\ndirector = \"Krzysztof Wróbel\"\n",
    );
    t.run([
        "team", "new", "--kind", "pzk", "--id", "pzk", "--name", "PZK",
    ])
    .ok();
    t.run(["team", "agreement", "pzk", "--signed", "2026-03-12"])
        .ok();
    for inst in ["gops", "sp1"] {
        t.run(["team", "member", "add", "pzk", inst]).ok();
        t.run(["team", "sign", "pzk", inst]).ok();
    }
    let check = t.run(["check"]);
    let k046 = check.stdout.matches("warning[K046]").count();
    assert_eq!(k046, 2, "{}", check.stdout);
    assert!(
        check
            .stdout
            .contains("names `Krzysztof Wróbel` after „przez”"),
        "{}",
        check.stdout
    );
    assert!(
        check
            .stdout
            .contains("`locality_locative = \"…\"` in institutions/sp1/institution.toml"),
        "{}",
        check.stdout
    );
    let md = t
        .run(["doc", "porozumienie", "pzk", "--variant", "3"])
        .ok()
        .stdout
        .replace('\u{a0}', " ");
    assert!(
        md.contains("z siedzibą w Przykładowie, ul. Lipowa 5, 05-999 Przykładowo, reprezentowanym przez Annę Kowalską zwanym dalej Partnerem nr 1"),
        "{md}"
    );
    // Nothing derivable: printed as recorded, which K046 reports.
    assert!(
        md.contains(
            "z siedzibą w Dąbrówka 45, 05-998 Przykładowo, reprezentowaną przez Krzysztof Wróbel zwaną dalej Partnerem nr 2"
        ),
        "{md}"
    );
    t.write(
        "institutions/sp1/institution.toml",
        "name = \"Szkoła Podstawowa w Dąbrówce\"\nkind = \"school\"\nlevel = \"gmina\"\naddress = \"Dąbrówka 45, 05-998 Przykładowo\"\nlocality_locative = \"Dąbrówce\"\ndirector = \"Krzysztof Wróbel\"\ndirector_accusative = \"Krzysztofa Wróbla\"\n",
    );
    let check = t.run(["check"]);
    assert!(!check.stdout.contains("K046"), "{}", check.stdout);
    let pdf = t.path().join("p3.pdf");
    t.run([
        "doc",
        "porozumienie",
        "pzk",
        "--variant",
        "3",
        "--format",
        "pdf",
        "-o",
        "p3.pdf",
    ])
    .ok();
    let text = flat(&pdftotext(&pdf)).replace('\u{a0}', " ");
    assert!(
        text.contains("z siedzibą w Dąbrówce, Dąbrówka 45, 05-998 Przykładowo, reprezentowaną przez Krzysztofa Wróbla zwaną"),
        "{text}"
    );
}

/// Zał. 5 after the project: § 1 ust. 1 in the parties' words replaces the project's and its
/// footnote ("zapis będzie zmieniony"), which K047 asks for; the team is named by its name in
/// § 2, and the agreement shows where and when it was signed.
#[test]
fn the_agreement_after_the_project_says_its_own_purpose_and_names_the_team() {
    let t = fixture();
    t.run([
        "team",
        "new",
        "--kind",
        "pzk",
        "--id",
        "pzk",
        "--name",
        "Partnerski Zespół Kooperacji w Gminie Przykładowo",
    ])
    .ok();
    t.run(["team", "member", "add", "pzk", "gops"]).ok();
    t.run(["team", "agreement", "pzk", "--signed", "2026-03-12"])
        .ok();
    t.run(["team", "sign", "pzk", "gops"]).ok();
    let check = t.run(["check", "--rule", "K047"]).ok();
    assert!(
        check.stdout.contains(
            "was signed on 2026-03-12, after the project „Kooperacja – efektywna i skuteczna” ended"
        ),
        "{}",
        check.stdout
    );
    let md = t
        .run(["doc", "porozumienie", "pzk"])
        .ok()
        .stdout
        .replace('\u{a0}', " ");
    for text in [
        "Przykładowo, dnia 12 marca 2026 r.",
        "Rozwój 2014-20[^1]",
        "[^1]: W przypadku powoływania Zespołu",
        "## § 2. Partnerski Zespół Kooperacji w Gminie Przykładowo",
        "zakłada utworzenie Partnerskiego Zespołu Kooperacji w Gminie Przykładowo składającego się",
    ] {
        assert!(md.contains(text), "{text:?} not in:\n{md}");
    }
    t.run([
        "team",
        "agreement",
        "pzk",
        "--purpose",
        "Niniejsze Porozumienie jest zawarte w celu wdrażania Modelu Kooperacji w gminie Przykładowo,",
    ])
    .ok();
    let check = t.run(["check", "--rule", "K047"]).ok();
    assert!(!check.stdout.contains("K047"), "{}", check.stdout);
    let md = t
        .run(["doc", "porozumienie", "pzk"])
        .ok()
        .stdout
        .replace('\u{a0}', " ");
    assert!(
        md.contains("1. Niniejsze Porozumienie jest zawarte w celu wdrażania Modelu Kooperacji w gminie Przykładowo,\n"),
        "{md}"
    );
    assert!(!md.contains("[^1]"), "{md}");
    let pdf = t.path().join("p5.pdf");
    t.run([
        "doc",
        "porozumienie",
        "pzk",
        "--format",
        "pdf",
        "-o",
        "p5.pdf",
    ])
    .ok();
    let text = flat(&pdftotext(&pdf)).replace('\u{a0}', " ");
    assert!(
        text.contains("w celu wdrażania Modelu Kooperacji"),
        "{text}"
    );
    assert!(!text.contains("zapis będzie zmieniony"), "{text}");
}

/// `-o` names the format by its extension; a contradiction with --format, and a folder that
/// does not exist, are errors that write nothing; a revealed document goes inside the
/// repository only where the repository ignores it, or with --force.
#[test]
fn output_files_take_their_format_from_the_name_and_never_land_where_they_should_not() {
    let t = fixture();
    t.run(["doc", "efekty", "-o", "e.html"]).ok();
    assert!(t.read("e.html").starts_with("<!DOCTYPE html>"));
    t.run(["doc", "efekty", "-o", "e.json"]).ok();
    assert!(t.read("e.json").starts_with('{'));
    t.run(["doc", "efekty", "-o", "e.pdf"]).ok();
    assert!(
        std::fs::read(t.path().join("e.pdf"))
            .expect("pdf")
            .starts_with(b"%PDF-")
    );
    let before = t.state();
    let run = t
        .run(["doc", "efekty", "-o", "x.pdf", "--format", "html"])
        .fails(1);
    assert!(
        run.stderr
            .contains("-o x.pdf names a pdf file, but --format is html"),
        "{}",
        run.stderr
    );
    let run = t.run(["doc", "efekty", "-o", "nie/ma/e.md"]).fails(1);
    assert!(
        run.stderr.contains("the folder nie/ma does not exist"),
        "{}",
        run.stderr
    );
    t.unchanged(&before);
    // An unknown extension is Markdown, unless --format says otherwise.
    t.run(["doc", "efekty", "-o", "e.txt"]).ok();
    assert!(t.read("e.txt").starts_with("# Prezentacja efektów"));
    // Personal data: refused where .gitignore does not cover the file, written where it does.
    let run = t
        .run([
            "case",
            "new",
            "--kind",
            "person",
            "--referred-by",
            "sp1",
            "--date",
            "2026-03-02",
        ])
        .ok();
    let id = run.stdout.trim().to_string();
    let before = t.state();
    let run = t
        .run(["doc", "karta", &id, "--reveal", "-o", "karta.md"])
        .fails(1);
    assert!(
        run.stderr
            .contains("karta.md would hold personal data in plain text inside the repository"),
        "{}",
        run.stderr
    );
    t.unchanged(&before);
    t.run(["doc", "karta", &id, "--reveal", "-o", "karta.pdf"])
        .ok();
    t.run(["doc", "karta", &id, "--reveal", "-o", "karta.md", "--force"])
        .ok();
    assert!(t.exists("karta.md"));
}

#[test]
fn a_document_about_the_whole_repository_refuses_an_id() {
    let run = doc(&["efekty", "2026-002"], &[]).fails(1);
    assert!(
        run.stderr
            .contains("`koop doc efekty` is about the whole repository and takes no ID"),
        "{}",
        run.stderr
    );
}
