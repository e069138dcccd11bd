//! `koop team new|list|show|member add|agreement|sign`, and edits that keep the user's file.

use serde_json::json;

use crate::{Test, fixture, row, table};

const PZK: &str = "kind = \"pzk\"\nname = \"Partnerski Zespół Kooperacji Gminy Przykładowo\"\ncoordinator = \"anna-nowak\"\n";

/// The fixture with the team `pzk` created by koop.
fn with_pzk() -> Test {
    let t = fixture();
    t.run([
        "team",
        "new",
        "--kind",
        "pzk",
        "--name",
        "Partnerski Zespół Kooperacji Gminy Przykładowo",
        "--id",
        "pzk",
        "--coordinator",
        "anna-nowak",
    ])
    .ok();
    t
}

// ---------------------------------------------------------------------------------------
// team new

#[test]
fn new_writes_the_team() {
    let t = fixture();
    let before = t.state();
    let run = t
        .run([
            "team",
            "new",
            "--kind",
            "pzk",
            "--name",
            "Partnerski Zespół Kooperacji Gminy Przykładowo",
            "--id",
            "pzk",
            "--coordinator",
            "anna-nowak",
        ])
        .ok();
    assert_eq!(run.stdout, "Created team pzk (teams/pzk.toml)\n");
    // A PZK is founded before its agreement: the rule's finding is shown as work to do.
    assert!(
        run.stderr
            .starts_with("warning[K022]: PZK `pzk` has no agreement\n"),
        "{}",
        run.stderr
    );
    assert_eq!(t.added_since(&before), ["teams/pzk.toml"]);
    assert_eq!(t.read("teams/pzk.toml"), PZK);

    // Without --id the ID comes from the name; without --coordinator there is none.
    let run = t
        .run([
            "team",
            "new",
            "--kind",
            "ggk",
            "--name",
            "Gminna Grupa Kooperacji – Kowalscy",
        ])
        .ok();
    assert_eq!(
        run.stdout,
        "Created team gminna-grupa-kooperacji-kowalscy (teams/gminna-grupa-kooperacji-kowalscy.toml)\n"
    );
    assert_eq!(
        t.read("teams/gminna-grupa-kooperacji-kowalscy.toml"),
        "kind = \"ggk\"\nname = \"Gminna Grupa Kooperacji – Kowalscy\"\n"
    );
    t.check_records(&[]).ok();
}

#[test]
fn new_refuses_an_unknown_coordinator_an_existing_id_and_bad_input() {
    let t = with_pzk();
    let before = t.state();
    let run = t
        .run([
            "team",
            "new",
            "--kind",
            "ggk",
            "--name",
            "GGK",
            "--coordinator",
            "anna-nowk",
        ])
        .fails(1);
    assert_eq!(
        run.stderr,
        "error[K005]: unknown person `anna-nowk`\n --> teams/ggk.toml:3:15\n  |\n3 | coordinator = \"anna-nowk\"\n  |               ^^^^^^^^^^^\n  = help: did you mean `anna-nowak`?\n\nerror: the change was not made: it would bring 1 new error (`koop check` rules)\n  help: correct what the findings point at, or give other values\n"
    );
    t.unchanged(&before);
    let run = t
        .run([
            "team",
            "new",
            "--kind",
            "ggk",
            "--name",
            "GGK",
            "--coordinator",
            "zzzzzzzz",
        ])
        .fails(1);
    assert_eq!(
        run.stderr,
        "error[K005]: unknown person `zzzzzzzz`\n --> teams/ggk.toml:3:15\n  |\n3 | coordinator = \"zzzzzzzz\"\n  |               ^^^^^^^^^^\n  = help: add the person first, or correct the ID (`koop person list` shows them)\n\nerror: the change was not made: it would bring 1 new error (`koop check` rules)\n  help: correct what the findings point at, or give other values\n"
    );
    t.unchanged(&before);
    let run = t
        .run([
            "team", "new", "--kind", "ggk", "--name", "Inny", "--id", "pzk",
        ])
        .fails(1);
    assert_eq!(
        run.stderr,
        "error: teams/pzk.toml already exists; koop does not overwrite records\n  help: edit the file (`koop edit`), or choose another ID\n"
    );
    t.unchanged(&before);
    assert_eq!(t.read("teams/pzk.toml"), PZK);
    let run = t
        .run(["team", "new", "--kind", "ggk", "--name", "X", "--id=../pzk"])
        .fails(1);
    assert!(
        run.stderr
            .starts_with("error: `../pzk` is not a valid team ID: it contains a path separator\n"),
        "{}",
        run.stderr
    );
    t.unchanged(&before);
    let run = t
        .run(["team", "new", "--kind", "zespol", "--name", "X"])
        .fails(2);
    assert!(
        run.stderr
            .contains("invalid value 'zespol' for '--kind <KIND>'"),
        "{}",
        run.stderr
    );
    t.unchanged(&before);
}

// ---------------------------------------------------------------------------------------
// team member add

#[test]
fn member_add_appends_a_member_with_core_and_delegates() {
    let t = with_pzk();
    let run = t
        .run([
            "team",
            "member",
            "add",
            "pzk",
            "gops",
            "--core",
            "--delegate",
            "anna-nowak",
        ])
        .ok();
    assert_eq!(run.stdout, "Added gops to team pzk (teams/pzk.toml)\n");
    assert_eq!(run.stderr, "");
    let run = t.run(["team", "member", "add", "pzk", "sp1"]).ok();
    assert_eq!(run.stdout, "Added sp1 to team pzk (teams/pzk.toml)\n");
    assert_eq!(
        t.read("teams/pzk.toml"),
        format!(
            "{PZK}\n\
             [[members]]\n\
             institution = \"gops\"\n\
             core = true\n\
             delegates = [\"anna-nowak\"]\n\
             \n\
             [[members]]\n\
             institution = \"sp1\"\n"
        )
    );
    t.check_records(&[]).ok();
}

#[test]
fn member_add_writes_repeated_delegates_once() {
    let t = with_pzk();
    t.run([
        "team",
        "member",
        "add",
        "pzk",
        "gops",
        "--delegate",
        "ewa-lis",
        "--delegate",
        "anna-nowak",
        "--delegate",
        "ewa-lis",
    ])
    .ok();
    assert_eq!(
        t.read("teams/pzk.toml"),
        format!(
            "{PZK}\n[[members]]\ninstitution = \"gops\"\ndelegates = [\"ewa-lis\", \"anna-nowak\"]\n"
        )
    );
}

#[test]
fn member_add_adds_delegates_and_core_to_an_existing_member() {
    let t = with_pzk();
    t.run([
        "team",
        "member",
        "add",
        "pzk",
        "gops",
        "--delegate",
        "anna-nowak",
    ])
    .ok();
    t.run(["team", "member", "add", "pzk", "sp1"]).ok();
    // More delegates: only the new one is appended.
    let run = t
        .run([
            "team",
            "member",
            "add",
            "pzk",
            "gops",
            "--delegate",
            "anna-nowak",
            "--delegate",
            "ewa-lis",
        ])
        .ok();
    assert_eq!(
        run.stdout,
        "Updated member gops of team pzk (teams/pzk.toml)\n"
    );
    // A delegate for a member that had none, and core for one that was not core.
    t.run([
        "team",
        "member",
        "add",
        "pzk",
        "sp1",
        "--delegate",
        "jan-kowalski",
    ])
    .ok();
    t.run(["team", "member", "add", "pzk", "gops", "--core"])
        .ok();
    assert_eq!(
        t.read("teams/pzk.toml"),
        format!(
            "{PZK}\n\
             [[members]]\n\
             institution = \"gops\"\n\
             delegates = [\"anna-nowak\", \"ewa-lis\"]\n\
             core = true\n\
             \n\
             [[members]]\n\
             institution = \"sp1\"\n\
             delegates = [\"jan-kowalski\"]\n"
        )
    );
    t.check_records(&[]).ok();
}

#[test]
fn member_add_with_nothing_new_is_refused() {
    let t = with_pzk();
    t.run([
        "team",
        "member",
        "add",
        "pzk",
        "gops",
        "--core",
        "--delegate",
        "anna-nowak",
    ])
    .ok();
    let before = t.state();
    for args in [
        vec!["team", "member", "add", "pzk", "gops"],
        vec!["team", "member", "add", "pzk", "gops", "--core"],
        vec![
            "team",
            "member",
            "add",
            "pzk",
            "gops",
            "--delegate",
            "anna-nowak",
        ],
    ] {
        let run = t.run(&args).fails(1);
        assert_eq!(
            run.stderr,
            "error: `gops` is already a member of `pzk` with these delegates; nothing to change\n",
            "{args:?}"
        );
        t.unchanged(&before);
    }
}

#[test]
fn member_add_refuses_a_delegate_from_another_institution() {
    let t = with_pzk();
    t.run([
        "team",
        "member",
        "add",
        "pzk",
        "gops",
        "--delegate",
        "anna-nowak",
    ])
    .ok();
    let before = t.state();
    // A new member delegating someone else's worker.
    let run = t
        .run([
            "team",
            "member",
            "add",
            "pzk",
            "sp1",
            "--delegate",
            "anna-nowak",
        ])
        .fails(1);
    assert_eq!(
        run.stderr,
        "error: `anna-nowak` works at `gops`, not at `sp1`; a member delegates its own workers\n  \
         help: add `anna-nowak` as a delegate of `gops` instead\n"
    );
    t.unchanged(&before);
    // An existing member, with one good and one foreign delegate: nothing is written.
    let run = t
        .run([
            "team",
            "member",
            "add",
            "pzk",
            "gops",
            "--delegate",
            "ewa-lis",
            "--delegate",
            "piotr-zielinski",
        ])
        .fails(1);
    assert_eq!(
        run.stderr,
        "error: `piotr-zielinski` works at `kpp`, not at `gops`; a member delegates its own workers\n  \
         help: add `piotr-zielinski` as a delegate of `kpp` instead\n"
    );
    t.unchanged(&before);
}

#[test]
fn member_add_refuses_unknown_teams_institutions_and_people() {
    let t = with_pzk();
    let before = t.state();
    let cases: [(&[&str], &str); 6] = [
        (
            &["pzz", "gops"],
            "error: no team with ID `pzz`\n  help: did you mean `pzk`?\n",
        ),
        (
            &["zespol-zzzz", "gops"],
            "error: no team with ID `zespol-zzzz`\n  help: `koop team list` lists them\n",
        ),
        (
            &["pzk", "gosp"],
            "error: no institution with ID `gosp`\n  help: did you mean `gops`?\n",
        ),
        (
            &["pzk", "szpital"],
            "error: no institution with ID `szpital`\n  help: `koop institution list` lists them\n",
        ),
        (
            &["pzk", "gops", "--delegate", "ewa-liss"],
            "error: no person with ID `ewa-liss`\n  help: did you mean `ewa-lis`?\n",
        ),
        (
            &["pzk", "gops", "--delegate", "Ewa"],
            "error: `Ewa` is not a valid person ID: it contains 'E'; only a-z, 0-9 and - are allowed\n  help: try `ewa`\n",
        ),
    ];
    for (args, message) in cases {
        let mut all = vec!["team", "member", "add"];
        all.extend_from_slice(args);
        let run = t.run(&all).fails(1);
        assert_eq!(run.stderr, message, "{args:?}");
        t.unchanged(&before);
    }
}

#[test]
fn member_add_refuses_a_team_file_that_does_not_load() {
    let t = fixture();
    t.write("teams/zly.toml", "kind = \"pzk\"\nname = \"Zły\n");
    let before = t.state();
    let run = t.run(["team", "member", "add", "zly", "gops"]).fails(1);
    // The file's own finding, as `koop check` prints it, says what is wrong.
    assert!(
        run.stderr.contains("error[K001]: invalid TOML"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.starts_with(
            "warning: 1 record file could not be read and is skipped: teams/zly.toml; run `koop check` for details\n"
        ),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.ends_with(
            "error: teams/zly.toml does not load, so koop will not change it or anything that depends on it\n  help: fix it first: `koop edit teams/zly.toml` (or any editor), then `koop check`\n"
        ),
        "{}",
        run.stderr
    );
    t.unchanged(&before);
}

// ---------------------------------------------------------------------------------------
// Edits keep the user's file

#[test]
fn a_hand_edited_team_file_survives_member_add_except_for_the_added_lines() {
    let t = fixture();
    let original = "# Zespół założony na spotkaniu 12 marca.\n\
                    name   =   \"Zespół ręczny\"   # nazwa robocza\n\
                    kind=\"pzk\"\n\
                    \n\
                    coordinator = 'anna-nowak'\n\
                    \n\
                    # --- członkowie ---\n\
                    [[members]]\n\
                    institution = \"gops\"   # GOPS\n\
                    delegates = [ \"anna-nowak\" ]   # tylko Anna\n\
                    core = true\n\
                    \n\
                    # koniec pliku\n";
    t.write("teams/reczny.toml", original);
    t.check_records(&[]).ok();
    let run = t
        .run([
            "team",
            "member",
            "add",
            "reczny",
            "sp1",
            "--core",
            "--delegate",
            "jan-kowalski",
        ])
        .ok();
    assert_eq!(run.stdout, "Added sp1 to team reczny (teams/reczny.toml)\n");
    assert_eq!(
        t.read("teams/reczny.toml"),
        "# Zespół założony na spotkaniu 12 marca.\n\
         name   =   \"Zespół ręczny\"   # nazwa robocza\n\
         kind=\"pzk\"\n\
         \n\
         coordinator = 'anna-nowak'\n\
         \n\
         # --- członkowie ---\n\
         [[members]]\n\
         institution = \"gops\"   # GOPS\n\
         delegates = [ \"anna-nowak\" ]   # tylko Anna\n\
         core = true\n\
         \n\
         [[members]]\n\
         institution = \"sp1\"\n\
         core = true\n\
         delegates = [\"jan-kowalski\"]\n\
         \n\
         # koniec pliku\n"
    );
    // Every original line is still there, in order.
    let after = t.read("teams/reczny.toml");
    let mut lines = after.lines();
    for line in original.lines() {
        assert!(lines.any(|l| l == line), "lost or moved: {line:?}");
    }
    t.check_records(&[]).ok();
}

#[test]
fn a_hand_edited_delegate_list_gets_only_the_new_delegate() {
    let t = fixture();
    t.write(
        "teams/reczny.toml",
        "kind = \"ggk\" # grupa\nname = \"Ręczna\"\n\n[[members]]\ninstitution = \"gops\"\ndelegates = [ \"anna-nowak\" ]   # tylko Anna\n",
    );
    let run = t
        .run([
            "team",
            "member",
            "add",
            "reczny",
            "gops",
            "--delegate",
            "ewa-lis",
        ])
        .ok();
    assert_eq!(
        run.stdout,
        "Updated member gops of team reczny (teams/reczny.toml)\n"
    );
    assert_eq!(
        t.read("teams/reczny.toml"),
        "kind = \"ggk\" # grupa\nname = \"Ręczna\"\n\n[[members]]\ninstitution = \"gops\"\ndelegates = [ \"anna-nowak\", \"ewa-lis\" ]   # tylko Anna\n"
    );
    t.check_records(&[]).ok();
}

#[test]
fn an_inline_members_array_is_extended_in_place() {
    let t = fixture();
    t.write(
        "teams/inline.toml",
        "kind = \"ggk\"\nname = \"Inline\"\nmembers = [ { institution = \"sp1\", delegates = [\"jan-kowalski\"] } ]\n",
    );
    t.run(["team", "member", "add", "inline", "kpp", "--core"])
        .ok();
    t.run(["team", "member", "add", "inline", "sp1", "--core"])
        .ok();
    assert_eq!(
        t.read("teams/inline.toml"),
        "kind = \"ggk\"\nname = \"Inline\"\nmembers = [ { institution = \"sp1\", delegates = [\"jan-kowalski\"], core = true }, { institution = \"kpp\", core = true } ]\n"
    );
    t.check_records(&[]).ok();
}

#[test]
fn a_crlf_file_stays_crlf_after_an_edit() {
    let t = fixture();
    t.write(
        "teams/crlf.toml",
        "kind = \"pzk\"\r\nname = \"CRLF\"\r\n\r\n[[members]]\r\ninstitution = \"sp1\"\r\n",
    );
    t.check_records(&[]).ok();
    t.run([
        "team",
        "member",
        "add",
        "crlf",
        "gops",
        "--delegate",
        "ewa-lis",
    ])
    .ok();
    assert_eq!(
        t.bytes("teams/crlf.toml"),
        b"kind = \"pzk\"\r\nname = \"CRLF\"\r\n\r\n[[members]]\r\ninstitution = \"sp1\"\r\n\r\n[[members]]\r\ninstitution = \"gops\"\r\ndelegates = [\"ewa-lis\"]\r\n"
    );
    t.run(["team", "agreement", "crlf", "--signed", "2026-03-12"])
        .ok();
    assert_eq!(
        t.bytes("teams/crlf.toml"),
        b"kind = \"pzk\"\r\nname = \"CRLF\"\r\n\r\n[[members]]\r\ninstitution = \"sp1\"\r\n\r\n[[members]]\r\ninstitution = \"gops\"\r\ndelegates = [\"ewa-lis\"]\r\n\r\n[agreement]\r\nsigned = 2026-03-12\r\n"
    );
    t.check_records(&[]).ok();
}

#[test]
fn a_bom_stays_after_an_edit() {
    let t = fixture();
    t.write(
        "teams/bom.toml",
        b"\xef\xbb\xbfkind = \"pzk\"\nname = \"BOM\"\n",
    );
    t.check_records(&[]).ok();
    t.run(["team", "member", "add", "bom", "kpp", "--core"])
        .ok();
    assert_eq!(
        t.bytes("teams/bom.toml"),
        b"\xef\xbb\xbfkind = \"pzk\"\nname = \"BOM\"\n\n[[members]]\ninstitution = \"kpp\"\ncore = true\n"
    );
    // BOM and CRLF together.
    t.write(
        "teams/both.toml",
        b"\xef\xbb\xbfkind = \"pzk\"\r\nname = \"Oba\"\r\n",
    );
    t.run(["team", "sign", "both", "gops"]).ok();
    assert_eq!(
        t.bytes("teams/both.toml"),
        b"\xef\xbb\xbfkind = \"pzk\"\r\nname = \"Oba\"\r\n\r\n[[agreement.signatories]]\r\ninstitution = \"gops\"\r\n"
    );
    t.check_records(&[]).ok();
}

// ---------------------------------------------------------------------------------------
// team agreement

#[test]
fn agreement_sets_the_keys_given() {
    let t = with_pzk();
    let run = t
        .run([
            "team",
            "agreement",
            "pzk",
            "--signed",
            "2026-03-12",
            "--place",
            "Przykładowo",
            "--meeting-place",
            "sala narad GOPS",
            "--frequency-months",
            "3",
            "--valid-until",
            "2027-12-31",
        ])
        .ok();
    assert_eq!(
        run.stdout,
        "Updated the agreement of team pzk (teams/pzk.toml)\n"
    );
    // What is still to do (signatories, a meeting) is shown; the agreement is written.
    assert!(
        run.stderr
            .contains("warning[K022]: PZK `pzk` has an agreement without signatories"),
        "{}",
        run.stderr
    );
    assert_eq!(
        t.read("teams/pzk.toml"),
        format!(
            "{PZK}\n\
             [agreement]\n\
             signed = 2026-03-12\n\
             place = \"Przykładowo\"\n\
             meeting_place = \"sala narad GOPS\"\n\
             meeting_frequency_months = 3\n\
             valid_until = 2027-12-31\n"
        )
    );
    // A later call changes only what it is given, in place.
    t.run(["team", "agreement", "pzk", "--place", "Przykładowo Dolne"])
        .ok();
    assert_eq!(
        t.read("teams/pzk.toml"),
        format!(
            "{PZK}\n\
             [agreement]\n\
             signed = 2026-03-12\n\
             place = \"Przykładowo Dolne\"\n\
             meeting_place = \"sala narad GOPS\"\n\
             meeting_frequency_months = 3\n\
             valid_until = 2027-12-31\n"
        )
    );
    t.check_records(&[]).ok();
}

#[test]
fn agreement_warns_when_a_pzk_meets_less_than_quarterly() {
    let t = with_pzk();
    let run = t
        .run(["team", "agreement", "pzk", "--frequency-months", "4"])
        .ok();
    assert_eq!(
        run.stderr,
        "warning[K023]: PZK `pzk` agrees to meet only every 4 months\n --> teams/pzk.toml:6:1\n  |\n6 | meeting_frequency_months = 4\n  | ^^^^^^^^^^^^^^^^^^^^^^^^\n  = help: zał. 5 §2: \"nie rzadziej niż raz na kwartał\" — at most 3; monthly is preferred\n\nwarning[K022]: PZK `pzk` has an agreement without a signing date\n --> teams/pzk.toml:5:1\n  |\n5 | [agreement]\n  | ^^^^^^^^^^^\n  = help: record it: `koop team agreement --signed …` and `koop team sign` for each institution\n\n"
    );
    assert_eq!(
        t.read("teams/pzk.toml"),
        format!("{PZK}\n[agreement]\nmeeting_frequency_months = 4\n")
    );
}

#[test]
fn a_ggk_has_no_agreement_of_its_own() {
    // Zał. 5 §3: the GGK is formed under the partners' one porozumienie.
    let t = with_pzk();
    t.write("teams/ggk.toml", "kind = \"ggk\"\nname = \"GGK\"\n");
    let before = t.state();
    for args in [
        &["team", "agreement", "ggk", "--frequency-months", "6"][..],
        &["team", "sign", "ggk", "gops"],
        &["doc", "porozumienie", "ggk"],
    ] {
        let run = t.run(args).fails(1);
        assert_eq!(
            run.stderr,
            "error: `ggk` is a GGK, and a GGK has no agreement of its own\n  \
             help: zał. 5 §3: the GGK is formed of the institutions that signed the partners' porozumienie; record the agreement and its signatures on the PZK (`koop team agreement pzk`, `koop team sign pzk …`), then add the GGK's members with `koop team member add ggk`\n",
            "{args:?}"
        );
    }
    assert_eq!(t.state(), before, "nothing written");

    // One written by hand is reported (K042), and so is a member that did not sign.
    t.write(
        "teams/ggk.toml",
        "kind = \"ggk\"\nname = \"GGK\"\n\n[agreement]\nmeeting_frequency_months = 6\n\n[[members]]\ninstitution = \"gops\"\n",
    );
    t.run(["team", "agreement", "pzk", "--signed", "2026-03-12"])
        .ok();
    let run = t.run(["check", "--rule", "K042"]).ok();
    assert!(
        run.stdout.contains("warning[K042]: GGK `ggk` has an agreement of its own\n --> teams/ggk.toml:4:1\n")
            && run.stdout.contains("warning[K042]: `gops` is a member of GGK `ggk` but did not sign the agreement\n --> teams/ggk.toml:8:15\n")
            && run.stdout.ends_with("checked 10 files: 0 errors, 2 warnings\n"),
        "{}",
        run.stdout
    );
    // Signed, and the GGK's own agreement gone: clean.
    t.run(["team", "sign", "pzk", "gops"]).ok();
    t.write(
        "teams/ggk.toml",
        "kind = \"ggk\"\nname = \"GGK\"\n\n[[members]]\ninstitution = \"gops\"\n",
    );
    let run = t.run(["check", "--rule", "K042"]).ok();
    assert_eq!(run.stdout, "checked 10 files: no problems\n");
}

#[test]
fn agreement_refuses_valid_until_before_signed() {
    let t = with_pzk();
    let before = t.state();
    let run = t
        .run([
            "team",
            "agreement",
            "pzk",
            "--signed",
            "2026-03-12",
            "--valid-until",
            "2026-03-11",
        ])
        .fails(1);
    assert_eq!(
        run.stderr,
        "error: --valid-until 2026-03-11 is before --signed 2026-03-12\n"
    );
    t.unchanged(&before);
    // The same day is fine.
    t.run([
        "team",
        "agreement",
        "pzk",
        "--signed",
        "2026-03-12",
        "--valid-until",
        "2026-03-12",
    ])
    .ok();
}

#[test]
fn agreement_refuses_valid_until_before_the_recorded_signed_date() {
    let t = with_pzk();
    t.run(["team", "agreement", "pzk", "--signed", "2026-03-12"])
        .ok();
    let before = t.state();
    let run = t
        .run(["team", "agreement", "pzk", "--valid-until", "2026-01-01"])
        .fails(1);
    assert!(run.stderr.contains("before"), "{}", run.stderr);
    t.unchanged(&before);
    // …and the other way round: signing after the recorded end.
    t.run(["team", "agreement", "pzk", "--valid-until", "2026-12-31"])
        .ok();
    let before = t.state();
    t.run(["team", "agreement", "pzk", "--signed", "2027-01-01"])
        .fails(1);
    t.unchanged(&before);
}

#[test]
fn agreement_with_nothing_to_set_is_refused() {
    let t = with_pzk();
    let before = t.state();
    let run = t.run(["team", "agreement", "pzk"]).fails(1);
    assert_eq!(
        run.stderr,
        "error: nothing to set\n  help: give at least one of --signed, --place, --meeting-place, --frequency-months, --valid-until, --purpose\n"
    );
    t.unchanged(&before);
    let run = t
        .run(["team", "agreement", "pzk", "--place", "  "])
        .fails(1);
    assert_eq!(run.stderr, "error: --place cannot be empty\n");
    t.unchanged(&before);
}

#[test]
fn agreement_refuses_bad_dates_frequencies_and_teams() {
    let t = with_pzk();
    let before = t.state();
    let run = t
        .run(["team", "agreement", "pzk", "--signed", "2026-02-30"])
        .fails(2);
    assert!(
        run.stderr.contains(
            "invalid value '2026-02-30' for '--signed <YYYY-MM-DD>': `2026-02-30` does not exist: that month has no day 30"
        ),
        "{}",
        run.stderr
    );
    let run = t
        .run(["team", "agreement", "pzk", "--valid-until", "12.03.2026"])
        .fails(2);
    assert!(
        run.stderr
            .contains("`12.03.2026` is not a date; write it as YYYY-MM-DD, e.g. 2026-03-12"),
        "{}",
        run.stderr
    );
    let run = t
        .run(["team", "agreement", "pzk", "--signed", "2026-13-01"])
        .fails(2);
    assert!(
        run.stderr
            .contains("`2026-13-01` has no month 13; months run from 01 to 12"),
        "{}",
        run.stderr
    );
    for n in ["0", "13"] {
        let run = t
            .run(["team", "agreement", "pzk", "--frequency-months", n])
            .fails(2);
        assert!(
            run.stderr.contains(&format!("{n} is not in 1..=12")),
            "{}",
            run.stderr
        );
    }
    let run = t.run(["team", "agreement", "pzl", "--place", "X"]).fails(1);
    assert_eq!(
        run.stderr,
        "error: no team with ID `pzl`\n  help: did you mean `pzk`?\n"
    );
    t.unchanged(&before);
}

#[test]
fn an_inline_agreement_table_stays_inline() {
    let t = fixture();
    t.write(
        "teams/ia.toml",
        "kind = \"pzk\"\nname = \"IA\"\nagreement = { signed = 2026-01-05 }\n",
    );
    t.check_records(&[]).ok();
    t.run(["team", "agreement", "ia", "--place", "X"]).ok();
    t.run(["team", "sign", "ia", "sp1"]).ok();
    assert_eq!(
        t.read("teams/ia.toml"),
        "kind = \"pzk\"\nname = \"IA\"\nagreement = { signed = 2026-01-05, place = \"X\", signatories = [{ institution = \"sp1\" }] }\n"
    );
    t.check_records(&[]).ok();
}

// ---------------------------------------------------------------------------------------
// team sign

#[test]
fn sign_records_signatories() {
    let t = with_pzk();
    t.run(["team", "agreement", "pzk", "--signed", "2026-03-12"])
        .ok();
    let run = t.run(["team", "sign", "pzk", "gops"]).ok();
    assert_eq!(
        run.stdout,
        "Recorded gops as a signatory of team pzk (teams/pzk.toml)\n"
    );
    t.run([
        "team",
        "sign",
        "pzk",
        "sp1",
        "--representative",
        "Maria Wiśniewska",
        "--joined",
        "2026-04-01",
    ])
    .ok();
    // Joining on the day of signing is fine.
    t.run(["team", "sign", "pzk", "kpp", "--joined", "2026-03-12"])
        .ok();
    assert_eq!(
        t.read("teams/pzk.toml"),
        format!(
            "{PZK}\n\
             [agreement]\n\
             signed = 2026-03-12\n\
             \n\
             [[agreement.signatories]]\n\
             institution = \"gops\"\n\
             \n\
             [[agreement.signatories]]\n\
             institution = \"sp1\"\n\
             representative = \"Maria Wiśniewska\"\n\
             joined = 2026-04-01\n\
             \n\
             [[agreement.signatories]]\n\
             institution = \"kpp\"\n\
             joined = 2026-03-12\n"
        )
    );
    t.check_records(&[]).ok();
}

#[test]
fn sign_refuses_joined_before_signed() {
    let t = with_pzk();
    t.run(["team", "agreement", "pzk", "--signed", "2026-03-12"])
        .ok();
    let before = t.state();
    let run = t
        .run(["team", "sign", "pzk", "gops", "--joined", "2026-03-11"])
        .fails(1);
    assert_eq!(
        run.stderr,
        "error: --joined 2026-03-11 is before the agreement was signed (2026-03-12)\n"
    );
    t.unchanged(&before);
}

#[test]
fn sign_refuses_signing_twice() {
    let t = with_pzk();
    t.run(["team", "sign", "pzk", "gops"]).ok();
    let before = t.state();
    let run = t
        .run([
            "team",
            "sign",
            "pzk",
            "gops",
            "--representative",
            "Ktoś Inny",
        ])
        .fails(1);
    assert_eq!(
        run.stderr,
        "error: `gops` has already signed the agreement of `pzk`\n"
    );
    t.unchanged(&before);
}

#[test]
fn sign_refuses_unknown_teams_and_institutions() {
    let t = with_pzk();
    let before = t.state();
    let run = t.run(["team", "sign", "pzk", "gopz"]).fails(1);
    assert_eq!(
        run.stderr,
        "error: no institution with ID `gopz`\n  help: did you mean `gops`?\n"
    );
    let run = t.run(["team", "sign", "nope", "gops"]).fails(1);
    assert_eq!(
        run.stderr,
        "error: no team with ID `nope`\n  help: `koop team list` lists them\n"
    );
    let run = t
        .run(["team", "sign", "pzk", "gops", "--joined", "2026-02-30"])
        .fails(2);
    assert!(
        run.stderr.contains("that month has no day 30"),
        "{}",
        run.stderr
    );
    t.unchanged(&before);
}

// ---------------------------------------------------------------------------------------
// team list / show

/// The fixture with a PZK (agreement, signatories, members) and a bare GGK, written by koop.
fn with_teams() -> Test {
    let t = with_pzk();
    for args in [
        &[
            "team",
            "member",
            "add",
            "pzk",
            "gops",
            "--core",
            "--delegate",
            "anna-nowak",
            "--delegate",
            "ewa-lis",
        ][..],
        &[
            "team",
            "member",
            "add",
            "pzk",
            "sp1",
            "--delegate",
            "jan-kowalski",
        ],
        &[
            "team",
            "agreement",
            "pzk",
            "--signed",
            "2026-03-12",
            "--place",
            "Przykładowo",
            "--meeting-place",
            "sala narad GOPS",
            "--frequency-months",
            "3",
            "--valid-until",
            "2027-12-31",
        ],
        &["team", "sign", "pzk", "gops"],
        &[
            "team",
            "sign",
            "pzk",
            "sp1",
            "--representative",
            "Maria Wiśniewska",
            "--joined",
            "2026-04-01",
        ],
        &[
            "team",
            "new",
            "--kind",
            "ggk",
            "--name",
            "GGK Kowalscy",
            "--id",
            "ggk-kowalscy",
        ],
    ] {
        t.run(args).ok();
    }
    t
}

#[test]
fn list_shows_one_row_per_team() {
    let t = with_teams();
    let run = t.run(["team", "list"]).ok();
    assert_eq!(
        table(&run.stdout),
        [
            row(&[
                "id",
                "kind",
                "name",
                "coordinator",
                "members",
                "agreement signed"
            ]),
            row(&["ggk-kowalscy", "ggk", "GGK Kowalscy", "", "0", ""]),
            row(&[
                "pzk",
                "pzk",
                "Partnerski Zespół Kooperacji Gminy Przykładowo",
                "anna-nowak",
                "2",
                "2026-03-12"
            ]),
        ]
    );
    let run = t.run(["team", "list", "--kind", "ggk"]).ok();
    assert_eq!(table(&run.stdout).len(), 2);
    assert_eq!(table(&run.stdout)[1][0], "ggk-kowalscy");
    let t = Test::init();
    assert_eq!(t.run(["team", "list"]).ok().stdout, "(none)\n");
}

#[test]
fn list_json_has_a_stable_shape() {
    let t = with_teams();
    let run = t
        .run(["team", "list", "--kind", "ggk", "--format", "json"])
        .ok();
    assert_eq!(
        run.json(),
        json!([{
            "id": "ggk-kowalscy",
            "kind": "ggk",
            "name": "GGK Kowalscy",
            "coordinator": null,
            "agreement": null,
            "members": [],
            "file": "teams/ggk-kowalscy.toml"
        }])
    );
    let all = t.run(["team", "list", "--format", "json"]).ok().json();
    assert_eq!(all.as_array().unwrap().len(), 2);
    assert_eq!(all[1]["id"], "pzk");
}

#[test]
fn show_prints_the_coordinator_agreement_and_members() {
    let t = with_teams();
    let run = t.run(["team", "show", "pzk"]).ok();
    assert_eq!(run.stderr, "");
    assert!(
        run.stdout.starts_with(
            "id           pzk\n\
             kind         pzk\n\
             name         Partnerski Zespół Kooperacji Gminy Przykładowo\n\
             coordinator  Anna Nowak (anna-nowak)\n\
             file         teams/pzk.toml\n\
             \n\
             Agreement:\n  \
             signed                   2026-03-12\n  \
             place                    Przykładowo\n  \
             meeting place            sala narad GOPS\n  \
             meetings at least every  3 months\n  \
             valid until              2027-12-31\n"
        ),
        "{}",
        run.stdout
    );
    let members_at = run.stdout.find("Members:\n").expect("Members:");
    // The representative defaults to the institution's director.
    assert_eq!(
        table(&run.stdout[..members_at]),
        [
            row(&["signatory", "name", "representative", "joined"]),
            row(&[
                "gops",
                "Gminny Ośrodek Pomocy Społecznej w Przykładowie",
                "Anna Kowalska",
                ""
            ]),
            row(&[
                "sp1",
                "Szkoła Podstawowa nr 1",
                "Maria Wiśniewska",
                "2026-04-01"
            ]),
        ]
    );
    // Several delegates share one cell, one per line.
    assert_eq!(
        table(&run.stdout[members_at..]),
        [
            row(&["institution", "name", "core", "delegates"]),
            row(&[
                "gops",
                "Gminny Ośrodek Pomocy Społecznej w Przykładowie",
                "yes",
                "Anna Nowak (anna-nowak)"
            ]),
            row(&["", "", "", "Ewa Lis (ewa-lis)"]),
            row(&[
                "sp1",
                "Szkoła Podstawowa nr 1",
                "",
                "Jan Kowalski (jan-kowalski)"
            ]),
        ]
    );

    let run = t.run(["team", "show", "ggk-kowalscy"]).ok();
    assert_eq!(
        run.stdout,
        "id           ggk-kowalscy\n\
         kind         ggk\n\
         name         GGK Kowalscy\n\
         file         teams/ggk-kowalscy.toml\n\
         \n\
         Agreement: the PZK's (a GGK is formed of the institutions that signed it, zał. 5 §3)\n\
         Members:\n\
         (none)\n"
    );
}

#[test]
fn show_marks_unknown_references() {
    let t = fixture();
    t.write(
        "teams/zly.toml",
        "kind = \"ggk\"\nname = \"Zły\"\ncoordinator = \"nikt\"\n\n[[members]]\ninstitution = \"szpital\"\ndelegates = [\"ktos\"]\n",
    );
    let run = t.run(["team", "show", "zly"]).ok();
    assert!(
        run.stdout.contains("coordinator  nikt (unknown)\n"),
        "{}",
        run.stdout
    );
    let members_at = run.stdout.find("Members:\n").unwrap();
    assert_eq!(
        table(&run.stdout[members_at..])[1],
        row(&["szpital", "szpital (unknown)", "", "ktos (unknown)"])
    );
}

#[test]
fn show_json_has_a_stable_shape() {
    let t = with_teams();
    let run = t.run(["team", "show", "pzk", "--format", "json"]).ok();
    assert_eq!(
        run.json(),
        json!({
            "id": "pzk",
            "kind": "pzk",
            "name": "Partnerski Zespół Kooperacji Gminy Przykładowo",
            "coordinator": "anna-nowak",
            "agreement": {
                "signed": "2026-03-12",
                "place": "Przykładowo",
                "place_locative": null,
                "meeting_place": "sala narad GOPS",
                "meeting_frequency_months": 3,
                "purpose": null,
                "valid_until": "2027-12-31",
                "signatories": [
                    {"institution": "gops", "representative": null, "representative_accusative": null, "joined": null},
                    {"institution": "sp1", "representative": "Maria Wiśniewska", "representative_accusative": null, "joined": "2026-04-01"}
                ]
            },
            "members": [
                {"institution": "gops", "core": true, "delegates": ["anna-nowak", "ewa-lis"]},
                {"institution": "sp1", "core": false, "delegates": ["jan-kowalski"]}
            ],
            "file": "teams/pzk.toml"
        })
    );
}

#[test]
fn show_of_an_unknown_team_suggests_the_closest() {
    let t = with_teams();
    let run = t.run(["team", "show", "pkz"]).fails(1);
    assert_eq!(run.stdout, "");
    assert_eq!(
        run.stderr,
        "error: no team with ID `pkz`\n  help: did you mean `pzk`?\n"
    );
}

#[test]
fn the_agreement_prints_the_frequency_agreed_in_words_and_the_rops_recorded() {
    let t = with_pzk();
    t.run(["team", "agreement", "pzk", "--frequency-months", "2"])
        .ok();
    let doc = t
        .run(["doc", "porozumienie", "pzk"])
        .ok()
        .stdout
        .replace('\u{a0}', " ");
    assert!(
        doc.contains("2. Spotkania w ramach PZK odbywają się w miarę potrzeb, nie rzadziej niż raz na dwa miesiące.\n"),
        "{doc}"
    );
    // No ROPS recorded: the form's words with a blank to fill; recorded: its name.
    assert!(
        doc.contains("Regionalny Ośrodek Polityki Społecznej w ……"),
        "{doc}"
    );
    t.run([
        "institution",
        "add",
        "--id",
        "rops",
        "--name",
        "Regionalny Ośrodek Polityki Społecznej w Lublinie",
        "--kind",
        "rops",
        "--level",
        "wojewodztwo",
    ])
    .ok();
    let doc = t
        .run(["doc", "porozumienie", "pzk"])
        .ok()
        .stdout
        .replace('\u{a0}', " ");
    assert!(
        doc.contains("Regionalny Ośrodek Polityki Społecznej w Lublinie,"),
        "{doc}"
    );
}

#[test]
fn agreement_takes_the_place_as_named_and_prints_the_locative_zal_3_needs() {
    let t = with_pzk();
    // The fixture's koop.toml gives no locative: add the gmina's, as `koop init --locative`.
    let config = t.read("koop.toml").replace(
        "name = \"Przykładowo\"\n",
        "name = \"Przykładowo\"\nlocative = \"Przykładowie\"\n",
    );
    t.write("koop.toml", config);
    t.run([
        "team",
        "agreement",
        "pzk",
        "--signed",
        "2026-03-12",
        "--place",
        "Przykładowo",
    ])
    .ok();
    let zal3 = t.run(["doc", "porozumienie", "pzk", "--variant", "3"]).ok();
    zal3.out_has("zawarte w\u{a0}Przykładowie w\u{a0}dniu ");
    t.run(["doc", "porozumienie", "pzk"])
        .ok()
        .out_has("Przykładowo, dnia ");

    // The locative typed for the gmina, as zał. 3 prints it, is the gmina.
    t.run(["team", "agreement", "pzk", "--place", "Przykładowie"])
        .ok();
    assert!(
        t.read("teams/pzk.toml")
            .contains("place = \"Przykładowo\"\n")
    );

    // Another town: koop asks for its locative (K046), then prints it.
    let run = t
        .run(["team", "agreement", "pzk", "--place", "Dąbrówka"])
        .ok();
    run.err_has("warning[K046]: the agreement of `pzk` was concluded in `Dąbrówka`")
        .err_has("koop team agreement pzk --place-locative");
    t.run(["team", "agreement", "pzk", "--place-locative", "Dąbrówce"])
        .ok();
    assert!(
        t.read("teams/pzk.toml")
            .contains("place_locative = \"Dąbrówce\"\n")
    );
    t.run(["doc", "porozumienie", "pzk", "--variant", "3"])
        .ok()
        .out_has("zawarte w\u{a0}Dąbrówce w\u{a0}dniu");
    t.run(["team", "show", "pzk", "--format", "json"])
        .ok()
        .out_has("\"place_locative\": \"Dąbrówce\"");
    // Back to the gmina: the other town's locative goes with it.
    t.run(["team", "agreement", "pzk", "--place", "Przykładowo"])
        .ok();
    assert!(!t.read("teams/pzk.toml").contains("place_locative"));
}
