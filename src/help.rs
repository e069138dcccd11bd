//! Help that teaches: the command line as users see it — global options under their own
//! heading, options shown only where they apply, and one or two examples at the end of every
//! command's help, taken from the bundled example's world.

use clap::CommandFactory;

/// Examples per command path ("case new"), shown under "Examples:" at the end of its help.
pub const EXAMPLES: &[(&str, &str)] = &[
    (
        "init",
        "koop init gmina --name Przykładowo --locative Przykładowie --powiat przykładowski --wojewodztwo mazowieckie przykladowo\nkoop init powiat --name przykładowski --gmina Przykładowo --gmina Dąbrówka powiat",
    ),
    (
        "institution add",
        "koop institution add --id sp1 --name \"Szkoła Podstawowa nr 1\" --kind szkoła --level gmina --director \"Marek Wojciechowski\"",
    ),
    (
        "institution list",
        "koop institution list --kind school\nkoop institution list --format json",
    ),
    ("institution show", "koop institution show gops-przykladowo"),
    ("institution remove", "koop institution remove sp-dabrowka"),
    (
        "person add",
        "koop person add --institution gops --name \"Anna Kowalska\" --role pracownik-socjalny --phone \"22 600 10 11\"",
    ),
    (
        "person list",
        "koop person list --institution gops-przykladowo",
    ),
    ("person remove", "koop person remove ewa-lis"),
    (
        "team new",
        "koop team new --kind pzk --id pzk --name \"Partnerski Zespół Kooperacji w Gminie Przykładowo\" --coordinator anna-kowalska",
    ),
    ("team remove", "koop team remove ggk-stara"),
    ("team list", "koop team list"),
    ("team show", "koop team show pzk-przykladowo"),
    (
        "team member add",
        "koop team member add pzk gops --core --delegate anna-kowalska",
    ),
    ("team member remove", "koop team member remove pzk sp1"),
    (
        "team agreement",
        "koop team agreement pzk --signed 2026-03-12 --place Przykładowie --frequency-months 3\nkoop team agreement pzk --purpose \"Niniejsze Porozumienie jest zawarte w celu …\"",
    ),
    (
        "team sign",
        "koop team sign pzk gops --representative \"Maria Nowak\"\nkoop team sign pzk kpp --representative \"Krzysztof Wróbel\" --representative-accusative \"Krzysztofa Wróbla\"",
    ),
    (
        "service add",
        "koop service add --provider gops --id asystent --name \"Asystent rodziny\" --target-group \"rodziny z dziećmi\"",
    ),
    (
        "service list",
        "koop service list --provider gops-przykladowo",
    ),
    ("service remove", "koop service remove asystent"),
    (
        "meeting new",
        "koop meeting new --team pzk --kind inicjujące --agenda initiating --date 2026-02-18 --start 11:00 --end 13:00 --place \"sala konferencyjna UG\"",
    ),
    ("meeting list", "koop meeting list --team pzk-przykladowo"),
    (
        "meeting show",
        "koop meeting show 2026-02-18-pzk-przykladowo-egtj",
    ),
    (
        "meeting invite",
        "koop meeting invite 2026-02-18-pzk-egtj --rsvp-by 2026-02-11 --sent 2026-02-04 gops sp1 pcpr\nkoop meeting invite 2026-02-18-pzk-egtj --rsvp-by 2026-02-11 kpp --person pawel-grabowski",
    ),
    (
        "meeting attend",
        "koop meeting attend 2026-02-18-pzk-egtj anna-kowalska jan-kowalski",
    ),
    (
        "meeting minutes",
        "koop meeting minutes 2026-02-18-pzk-egtj --by anna-kowalska\nkoop meeting minutes 2026-02-18-pzk-egtj --file protokol.txt",
    ),
    (
        "meeting approve",
        "koop meeting approve 2026-02-18-pzk-egtj --at 2026-03-12-pzk-egtj",
    ),
    (
        "meeting decide",
        "koop meeting decide 2026-03-12-pzk-egtj --owner gops --due 2026-04-30 \"Przygotować listę usług\"",
    ),
    (
        "meeting decision remove",
        "koop meeting decision remove 2026-03-12-pzk-egtj 2",
    ),
    ("meeting cancel", "koop meeting cancel 2026-12-16-pzk-egtj"),
    (
        "meeting reschedule",
        "koop meeting reschedule 2026-12-16-pzk-egtj --date 2026-12-17",
    ),
    ("meeting remove", "koop meeting remove 2026-12-16-pzk-egtj"),
    (
        "model start",
        "koop model start --date 2026-01-12\nkoop model start --continuation --date 2027-09-01",
    ),
    (
        "model status",
        "koop model status\nkoop model status --format json",
    ),
    (
        "model step done",
        "koop model step done 2.2 --date 2026-02-25 --note \"Zarządzenie Wójta\"\nkoop model step done 9.3 --decision continue",
    ),
    (
        "model step omit",
        "koop model step omit 7.3 --reason \"Gmina wdraża tylko pracę z rodzinami\"",
    ),
    ("model step undo", "koop model step undo 2.2"),
    ("agenda", "koop agenda\nkoop agenda --days 60 --format json"),
    (
        "case new",
        "koop case new --kind rodzina --referred-by sp1 --date 2026-03-02 --coordinator anna-kowalska",
    ),
    (
        "case list",
        "koop case list --status w-realizacji\nkoop case list --format json",
    ),
    (
        "case show",
        "koop case show 2026-002\nkoop case show 2026-002 --reveal",
    ),
    (
        "case member add",
        "koop case member add 2026-001 --name \"Ewa Przykładowa\" --birth-year 1988 --relation matka",
    ),
    ("case member remove", "koop case member remove 2026-001 m3"),
    (
        "case consent",
        "koop case consent 2026-001 --date 2026-03-05 --by m1 --form pisemna",
    ),
    (
        "case qualify",
        "koop case qualify 2026-001 --team ggk --date 2026-03-10 --reason \"Potrzebna współpraca szkoły i OPS\"",
    ),
    (
        "case end",
        "koop case end 2026-003 odmowa --date 2026-04-02 --reason \"Rodzina nie wyraziła zgody\"",
    ),
    (
        "case diagnosis",
        "koop case diagnosis 2026-001 --date 2026-03-12 --author anna-kowalska --care \"Nieregularna nauka dzieci\"",
    ),
    (
        "case activate",
        "koop case activate 2026-001 --date 2026-03-20",
    ),
    (
        "case close",
        "koop case close 2026-001 --date 2026-10-30 --handover \"Dalsza praca socjalna w GOPS\" --follow-up-until 2027-04-30",
    ),
    (
        "case renumber",
        "koop case renumber 2026-004-k7qm\nkoop case renumber",
    ),
    ("case remove", "koop case remove 2026-005"),
    ("case reopen", "koop case reopen 2026-001"),
    ("case unqualify", "koop case unqualify 2026-001"),
    (
        "goal add",
        "koop goal add 2026-001 --main \"Rodzina funkcjonuje samodzielnie\"\nkoop goal add 2026-001 \"Regularna nauka dzieci\"",
    ),
    ("goal remove", "koop goal remove 2026-001 2"),
    (
        "task add",
        "koop task add 2026-001 --goal 1 --responsible sp1 --due 2026-05-31 \"Zajęcia wyrównawcze\"",
    ),
    ("task done", "koop task done 2026-001 1.1 --date 2026-05-28"),
    (
        "task list",
        "koop task list --case 2026-001\nkoop task list --responsible kpp-przykladowo",
    ),
    ("task remove", "koop task remove 2026-001 1.2"),
    (
        "task reschedule",
        "koop task reschedule 2026-001 1.1 --due 2026-06-30",
    ),
    (
        "monitor add",
        "koop monitor add 2026-001 --month 2026-10 --task 1.1 --by sp1 --date 2026-10-30 \"Uczeń uczestniczy w zajęciach\"",
    ),
    (
        "monitor remove",
        "koop monitor remove 2026-001 --month 2026-10 --task 1.1 --by sp1",
    ),
    (
        "eval add",
        "koop eval add 2026-001 --date 2026-09-30 --main częściowo --goal 1=osiągnięty --goal \"2=częściowo:brak miejsc\" --next 2026-12-15",
    ),
    ("eval remove", "koop eval remove 2026-001 2026-09-30"),
    (
        "report monitoring",
        "koop report monitoring --month 2026-10\nkoop report monitoring --month 2026-10 --format csv > monitoring.csv",
    ),
    (
        "report overdue",
        "koop report overdue\nkoop report overdue --on 2026-12-01 --format md",
    ),
    ("report caseload", "koop report caseload --format md"),
    ("keys generate", "koop keys generate"),
    ("keys add", "koop keys add ewa-lis \"$(cat ewa-lis.pub)\""),
    ("keys list", "koop keys list"),
    ("keys remove", "koop keys remove ewa-lis"),
    ("keys rotate", "koop keys rotate"),
    (
        "export stats",
        "koop export stats --period 2026\nkoop export stats --period 2026-01..2026-06 --format csv -o statystyka.csv",
    ),
    ("doc list", "koop doc list"),
    (
        "doc templates",
        "koop doc templates\nkoop doc templates --export templates",
    ),
    (
        "doc zgloszenie-rops",
        "koop doc zgloszenie-rops -o zgloszenie.pdf",
    ),
    (
        "doc porozumienie",
        "koop doc porozumienie pzk -o porozumienie.pdf\nkoop doc porozumienie pzk --variant 3 -o porozumienie-3.pdf",
    ),
    (
        "doc karta",
        "koop doc karta 2026-001 -o karta.pdf\nkoop doc karta 2026-001 --reveal -o ~/karta-do-podpisu.pdf",
    ),
    (
        "doc monitoring",
        "koop doc monitoring 2026-002 --month 2026-10 -o monitoring.pdf",
    ),
    (
        "doc zaproszenie",
        "koop doc zaproszenie 2026-02-18-pzk-przykladowo-egtj -o zaproszenia.pdf",
    ),
    (
        "doc lista-obecnosci",
        "koop doc lista-obecnosci 2026-02-18-pzk-przykladowo-egtj -o lista.pdf\nkoop doc lista-obecnosci --blank -o lista.pdf",
    ),
    (
        "doc protokol",
        "koop doc protokol 2026-02-18-pzk-przykladowo-egtj -o protokol.pdf",
    ),
    ("doc efekty", "koop doc efekty -o efekty.pdf"),
    ("doc lista-uslug", "koop doc lista-uslug -o lista-uslug.pdf"),
    ("undo", "koop undo\nkoop undo --dry-run"),
    ("log", "koop log"),
    (
        "sync",
        "koop sync\nkoop sync --message \"Monitoring za październik\"",
    ),
    ("git setup", "koop git setup"),
    ("git resolve", "koop git resolve"),
    ("migrate", "koop migrate --dry-run\nkoop migrate"),
    (
        "check",
        "koop check\nkoop check --rule K020 --deny warnings",
    ),
    ("rules", "koop rules\nkoop rules --format md > rules.md"),
    ("explain", "koop explain K011"),
];

/// koop's command line with its help completed: what parsing, completion and the manual use.
pub fn command() -> clap::Command {
    let mut cmd = crate::cli::Cli::command();
    for (path, examples) in EXAMPLES {
        cmd = at(
            cmd,
            &path.split(' ').collect::<Vec<_>>(),
            &|c: clap::Command| {
                let text = examples
                    .lines()
                    .map(|l| format!("  {l}"))
                    .collect::<Vec<_>>()
                    .join("\n");
                // A command's own text stays, the examples after it.
                match c.get_after_help().map(|h| h.to_string()) {
                    Some(own) => c.after_help(format!("{own}\n\nExamples:\n{text}")),
                    None => c.after_help(format!("Examples:\n{text}")),
                }
            },
        );
    }
    // Each document completes the IDs of what it is about.
    for kind in crate::doc::KINDS {
        let ids: fn() -> Vec<clap_complete::CompletionCandidate> = match kind.subject {
            crate::doc::Subject::Case => crate::complete::cases,
            crate::doc::Subject::Team => crate::complete::teams,
            crate::doc::Subject::Meeting => crate::complete::meetings,
            crate::doc::Subject::Person => crate::complete::people,
            crate::doc::Subject::Repo => Vec::new,
        };
        cmd = at(cmd, &["doc", kind.name], &|c: clap::Command| {
            c.mut_arg("id", |a| a.add(clap_complete::ArgValueCandidates::new(ids)))
        });
    }
    for (option, kinds) in crate::commands::doc::OPTIONS {
        for k in crate::doc::KINDS.iter().map(|k| k.name) {
            if !kinds.contains(&k) {
                cmd = at(cmd, &["doc", k], &|c: clap::Command| {
                    c.mut_arg(*option, |a| a.hide(true))
                });
            }
        }
    }
    cmd
}

/// Applies `f` to the subcommand at `path`.
fn at(
    cmd: clap::Command,
    path: &[&str],
    f: &dyn Fn(clap::Command) -> clap::Command,
) -> clap::Command {
    match path.split_first() {
        None => f(cmd),
        Some((first, rest)) => {
            if cmd.find_subcommand(first).is_none() {
                return cmd;
            }
            cmd.mut_subcommand(*first, |c| at(c, rest, f))
        }
    }
}

#[cfg(test)]
mod tests {
    /// Every command that runs (a leaf of the command tree) has examples, and every example
    /// belongs to a command.
    #[test]
    fn every_command_has_examples() {
        fn leaves(cmd: &clap::Command, path: Vec<String>, out: &mut Vec<String>) {
            let subs: Vec<&clap::Command> = cmd
                .get_subcommands()
                .filter(|s| s.get_name() != "help" && !s.is_hide_set())
                .collect();
            if subs.is_empty() {
                out.push(path.join(" "));
            }
            for s in subs {
                let mut p = path.clone();
                p.push(s.get_name().to_string());
                leaves(s, p, out);
            }
        }
        let mut all = Vec::new();
        let cmd = super::command();
        leaves(&cmd, Vec::new(), &mut all);
        let missing: Vec<&String> = all
            .iter()
            .filter(|p| {
                let mut c = &cmd;
                for word in p.split(' ') {
                    c = c.find_subcommand(word).expect("a command of the tree");
                }
                !c.get_after_help()
                    .is_some_and(|h| h.to_string().contains("Examples:"))
            })
            .collect();
        assert!(missing.is_empty(), "commands without examples: {missing:?}");
        let stray: Vec<&str> = super::EXAMPLES
            .iter()
            .map(|(p, _)| *p)
            .filter(|p| !all.iter().any(|a| a == p))
            .collect();
        assert!(stray.is_empty(), "examples of no command: {stray:?}");
    }

    /// Every example is a command line koop accepts (shell redirections and substitutions
    /// aside).
    #[test]
    fn every_example_parses() {
        let mut bad = Vec::new();
        for (_, examples) in super::EXAMPLES {
            for line in examples.lines() {
                let line = line.split(" > ").next().unwrap_or(line);
                if !line.starts_with("koop ") || line.contains("$(") {
                    continue;
                }
                let words = shlex::split(line).expect("an example is shell words");
                if let Err(e) = super::command().try_get_matches_from(&words) {
                    bad.push(format!("{line}: {}", e.kind()));
                }
            }
        }
        assert!(bad.is_empty(), "examples koop refuses:\n{}", bad.join("\n"));
    }
}
