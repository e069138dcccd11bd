//! Help that teaches: the command line as users see it — global options under their own
//! heading, options shown only where they apply, and one or two examples at the end of every
//! command's help, taken from the bundled example's world.

use clap::CommandFactory;

/// Examples per command path ("case new"), shown under "Examples:" at the end of its help.
pub const EXAMPLES: &[(&str, &str)] = &[
    (
        "init",
        "koop init gmina --name Przykładowo --locative Przykładowie --powiat przykładowski --wojewodztwo mazowieckie przykladowo\nkoop init powiat --name przykładowski --gmina Przykładowo --gmina Dąbrówka powiat\nkoop init gmina --name Przykładowo --locative Przykładowie --as-of 2026-04-30 cwiczenia",
    ),
    (
        "institution add",
        "koop institution add --id sp1 --name \"Szkoła Podstawowa nr 1\" --kind szkoła --level gmina --director \"Marek Wojciechowski\"",
    ),
    (
        "institution list",
        "koop institution list --kind szkoła\nkoop institution list --format json",
    ),
    ("institution show", "koop institution show gops-przykladowo"),
    (
        "institution import",
        "koop institution import instytucje.csv --dry-run\nkoop institution import instytucje.csv --update",
    ),
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
        "person import",
        "koop person import osoby.csv --dry-run\nkoop person list --format csv > osoby.csv",
    ),
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
        "koop team agreement pzk --signed 2026-03-12 --place Przykładowo --frequency-months 3\nkoop team agreement pzk --place Dąbrówka --place-locative Dąbrówce\nkoop team agreement pzk --purpose \"Niniejsze Porozumienie jest zawarte w celu …\"",
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
        "koop model step done 2.2 --date 2026-02-25 --note \"Zarządzenie Wójta\"\nkoop model step done 9.3 --decision kontynuacja",
    ),
    (
        "model step omit",
        "koop model step omit 7.3 --reason \"Gmina wdraża tylko pracę z rodzinami\"",
    ),
    ("model step undo", "koop model step undo 2.2"),
    (
        "agenda",
        "koop agenda\nkoop agenda --days 60 --format ics > koop.ics",
    ),
    (
        "case new",
        "koop case new --kind rodzina --referred-by sp1 --date 2026-03-02 --coordinator anna-kowalska",
    ),
    (
        "case list",
        "koop case list --status w-realizacji --attention\nkoop case list --institution sp1 --referred-from 2026-01-01 --format json",
    ),
    (
        "case find",
        "koop case find zolkiewska\nkoop case find \"600 100 200\" --reveal",
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
        "koop case consent 2026-001 --date 2026-03-05 --by m1 --form pisemna --share sp1-przykladowo=plan,monitoring\nkoop case consent 2026-002 --by m1 --share szkoła=plan --share spzoz-przykladowo=dane-osobowe,sytuacja-zdrowotna,plan",
    ),
    (
        "share",
        "koop share 2026-001 --to sp1-przykladowo --purpose \"Zadania szkoły w planie pomocy\" --format pdf\nkoop share 2026-002 --to spzoz-przykladowo --purpose \"Terapia ojca\" -o pakiet.md",
    ),
    (
        "retention",
        "koop retention\nkoop retention --all --format json",
    ),
    (
        "case anonymise",
        "koop case anonymise 2019-004\nkoop case anonymise 2026-003 --force --reason \"Żądanie usunięcia danych (art. 17 RODO), decyzja IOD z 2 grudnia 2026 r.\"",
    ),
    (
        "share log",
        "koop share log\nkoop share log --case 2026-001 --format json",
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
        "monitor month",
        "koop monitor month 2026-11\nkoop monitor month 2026-11 --by sp1",
    ),
    (
        "monitor sheet",
        "koop monitor sheet 2026-11 --by sp1 -o sp1-2026-11.xlsx\nkoop monitor sheet 2026-11 --by sp1 --format csv > sp1-2026-11.csv",
    ),
    (
        "monitor import",
        "koop monitor import sp1-2026-11.xlsx\nkoop monitor import sp1-2026-11.csv --partial",
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
    (
        "report missing",
        "koop report missing --month 2026-11\nkoop report missing --month 2026-11 --format text > przypomnienia.txt",
    ),
    ("keys generate", "koop keys generate"),
    ("keys add", "koop keys add ewa-lis \"$(cat ewa-lis.pub)\""),
    ("keys list", "koop keys list"),
    ("keys remove", "koop keys remove ewa-lis"),
    ("keys rotate", "koop keys rotate"),
    (
        "export stats",
        "koop export stats --period 2026\nkoop export stats --period 2026-01..2026-06 --format csv -o statystyka.csv",
    ),
    (
        "region init",
        "koop region init mazowieckie --name \"ROPS Warszawa\"",
    ),
    (
        "region add",
        "koop -C mazowieckie region add ../przykladowo\nkoop -C mazowieckie region add https://git.example.org/powiat-przykladowski.git --name powiat-przykladowski",
    ),
    ("region list", "koop -C mazowieckie region list"),
    ("region pull", "koop -C mazowieckie region pull"),
    (
        "region status",
        "koop -C mazowieckie region status\nkoop region status --format csv > status.csv",
    ),
    ("region check", "koop -C mazowieckie region check"),
    (
        "region stats",
        "koop -C mazowieckie region stats --period 2026\nkoop region stats --format csv > region.csv",
    ),
    (
        "region report services",
        "koop -C mazowieckie region report services --level gmina\nkoop region report services --format csv > lista-uslug.csv",
    ),
    (
        "region report needs",
        "koop -C mazowieckie region report needs",
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
    (
        "edit",
        "koop edit teams/pzk.toml\nkoop edit 2026-001 plan\nkoop edit person anna-kowalska",
    ),
    (
        "completions",
        "echo 'source <(koop completions bash)' >> ~/.bashrc\nkoop completions zsh > ~/.zfunc/_koop\nkoop completions fish > ~/.config/fish/completions/koop.fish",
    ),
    (
        "man",
        "koop man ~/.local/share/man/man1 && man koop-case-new\nkoop man /tmp/koop-man",
    ),
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
    with_help(crate::cli::Cli::command())
}

/// The command line of [`command`] with the required arguments of the guided commands
/// optional (`commands::guided::relaxed`), changed before clap builds it.
pub fn relaxed_command() -> clap::Command {
    with_help(crate::commands::guided::relaxed(crate::cli::Cli::command()))
}

/// The command line `cmd` with its help, examples and completions put in.
fn with_help(mut cmd: clap::Command) -> clap::Command {
    // Each document completes the IDs of what it is about.
    for kind in crate::doc::KINDS {
        let ids: fn() -> Vec<clap_complete::CompletionCandidate> = match kind.subject {
            crate::doc::Subject::Case => crate::complete::cases,
            crate::doc::Subject::Team => crate::complete::teams,
            crate::doc::Subject::Meeting => crate::complete::meetings,
            crate::doc::Subject::Person => crate::complete::people,
            crate::doc::Subject::Repo => Vec::new,
        };
        let repository = matches!(kind.subject, crate::doc::Subject::Repo);
        cmd = at(cmd, &["doc", kind.name], &|c: clap::Command| {
            // A document of the whole repository takes no ID.
            c.mut_arg("id", |a| {
                a.add(clap_complete::ArgValueCandidates::new(ids))
                    .hide(repository)
            })
        });
    }
    // Before the help is put in: changing an argument moves it after the others.
    cmd = localize(cmd, "");
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
                let examples = crate::tr!("cli-examples");
                match c.get_after_help().map(|h| h.to_string()) {
                    Some(own) => c.after_help(format!("{own}\n\n{examples}\n{text}")),
                    None => c.after_help(format!("{examples}\n{text}")),
                }
            },
        );
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
    // clap adds its `help` subcommands while building, in English: build, then say them in
    // the language in use.
    cmd.build();
    help_subcommands(cmd)
}

fn help_subcommands(mut cmd: clap::Command) -> clap::Command {
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in names {
        cmd = if name == "help" {
            cmd.mut_subcommand(name, |h| h.about(crate::tr!("cli-help-command")))
        } else {
            cmd.mut_subcommand(name, help_subcommands)
        };
    }
    cmd
}

/// The help of a command and its arguments, in the language in use, from the catalogue:
/// `cmd-PATH` (`.long` for the long form), `arg-PATH-ID`, `value-WORD`, where PATH is the
/// command's words joined by `-` (`koop` for koop itself). clap's own headings and flags are
/// replaced by the catalogue's words too.
fn localize(cmd: clap::Command, path: &str) -> clap::Command {
    localize_in(cmd, path, &[])
}

/// [`localize`] for a command under `ancestors` (their keys): an option without help of its
/// own takes the nearest ancestor's (`arg-doc-format` serves every `koop doc` document).
fn localize_in(mut cmd: clap::Command, path: &str, ancestors: &[String]) -> clap::Command {
    use crate::i18n::lookup;
    let key = if path.is_empty() { "koop" } else { path };
    let mut keys: Vec<String> = vec![key.to_string()];
    keys.extend(ancestors.iter().rev().cloned());
    if let Some(about) = lookup(&format!("cmd-{key}")) {
        cmd = cmd.about(about);
    }
    if let Some(after) = lookup(&format!("cmd-{key}.after")) {
        cmd = cmd.after_help(after);
    }
    cmd = match lookup(&format!("cmd-{key}.long")) {
        Some(long) => cmd.long_about(long),
        None => cmd.long_about(None::<&'static str>),
    };
    // Positional arguments first, then options, each in the order declared: the headings
    // follow the first argument under each, and an argument changed (`mut_arg`) moves last.
    let (mut ids, options): (Vec<clap::Id>, Vec<clap::Id>) = {
        let (p, o): (Vec<&clap::Arg>, Vec<&clap::Arg>) =
            cmd.get_arguments().partition(|a| a.is_positional());
        (
            p.iter().map(|a| a.get_id().clone()).collect(),
            o.iter().map(|a| a.get_id().clone()).collect(),
        )
    };
    ids.extend(options);
    // Arguments under a heading of their own are sorted by display order, then by name: keep
    // the order they are declared in (that of the usage line).
    for (n, id) in ids.into_iter().enumerate() {
        cmd = cmd.mut_arg(id, |a| localize_arg(a, &keys).display_order(n));
    }
    cmd = cmd
        .disable_help_flag(true)
        .arg(
            clap::Arg::new("help")
                .short('h')
                .long("help")
                .action(clap::ArgAction::Help)
                .help(crate::tr!("cli-help-flag"))
                .help_heading(if path.is_empty() {
                    crate::tr!("cli-heading-global")
                } else {
                    crate::tr!("cli-heading-options")
                }),
        )
        .help_template(format!(
            "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
            crate::tr!("cli-usage")
        ))
        .subcommand_help_heading(crate::tr!("cli-heading-commands"))
        .subcommand_value_name(crate::tr!("cli-value-command"));
    if path.is_empty() {
        cmd = cmd.disable_version_flag(true).arg(
            clap::Arg::new("version")
                .short('V')
                .long("version")
                .action(clap::ArgAction::Version)
                .help(crate::tr!("cli-version-flag"))
                .help_heading(crate::tr!("cli-heading-global")),
        );
    }
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in names {
        let sub = if path.is_empty() {
            name.clone()
        } else {
            format!("{path}-{name}")
        };
        let mut below = ancestors.to_vec();
        below.push(key.to_string());
        cmd = cmd.mut_subcommand(name, |s| localize_in(s, &sub, &below));
    }
    cmd
}

/// An argument's help from the catalogue, with the possible values and the default in the
/// language in use (clap would print them in English).
fn localize_arg(mut arg: clap::Arg, keys: &[String]) -> clap::Arg {
    use crate::i18n::lookup;
    let id = arg.get_id().to_string();
    let k = keys
        .iter()
        .map(|key| format!("arg-{key}-{id}"))
        .find(|k| lookup(k).is_some())
        .unwrap_or_else(|| format!("arg-{}-{id}", keys[0]));
    let help = lookup(&k).unwrap_or_default();
    let long = lookup(&format!("{k}.long")).unwrap_or_else(|| help.clone());
    let mut short_tail = String::new();
    let mut long_tail = String::new();
    let values: Vec<clap::builder::PossibleValue> = arg
        .get_possible_values()
        .into_iter()
        .filter(|v| !v.is_hide_set())
        .collect();
    let takes_value = arg.get_action().takes_values();
    // In Polish the Polish word is shown (`rodzina`), the canonical one beside it in the long
    // help (`rodzina (family)`): both are taken.
    let polish = crate::i18n::current() == crate::i18n::Lang::Pl;
    let shown = |v: &clap::builder::PossibleValue| -> (String, String) {
        // The first alias is the Polish word (`word_enum!`), the others its spellings.
        let alias = v.get_name_and_aliases().nth(1);
        match alias {
            Some(word) if polish => (word.to_string(), format!("{word} ({})", v.get_name())),
            _ => (v.get_name().to_string(), v.get_name().to_string()),
        }
    };
    if !values.is_empty() && takes_value {
        let words: Vec<String> = values.iter().map(|v| shown(v).0).collect();
        short_tail.push_str(&format!(
            " [{}: {}]",
            crate::tr!("cli-possible-values"),
            words.join(", ")
        ));
        long_tail.push_str(&format!(
            "\n\n{}",
            crate::tr!("cli-possible-values-heading")
        ));
        for v in &values {
            let word = shown(v).1;
            match lookup(&format!("value-{}", v.get_name())) {
                Some(text) => long_tail.push_str(&format!("\n- {word}: {text}")),
                None => long_tail.push_str(&format!("\n- {word}")),
            }
        }
        arg = arg.hide_possible_values(true);
    }
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if !defaults.is_empty() && takes_value && !arg.is_hide_default_value_set() {
        let defaults: Vec<String> = defaults
            .iter()
            .map(|d| {
                values
                    .iter()
                    .find(|v| v.get_name() == d)
                    .map_or(d.clone(), |v| shown(v).0)
            })
            .collect();
        let tail = format!(" [{}: {}]", crate::tr!("cli-default"), defaults.join(", "));
        short_tail.push_str(&tail);
        long_tail.push_str(&format!("\n\n{}", tail.trim_start()));
        arg = arg.hide_default_value(true);
    }
    // Tab offers the Polish words the command line takes (`--kind rodzina`) beside the
    // canonical ones; clap would offer only the canonical.
    let words: Vec<(String, String)> = values
        .iter()
        .flat_map(|v| {
            let help = lookup(&format!("value-{}", v.get_name())).unwrap_or_default();
            v.get_name_and_aliases()
                .map(move |w| (w.to_string(), help.clone()))
                .collect::<Vec<_>>()
        })
        .collect();
    // `szkola` is taken for `szkoła` by those without Polish keys; Tab offers the one.
    let folded: Vec<String> = words
        .iter()
        .filter(|(w, _)| !w.is_ascii())
        .map(|(w, _)| fold(w))
        .collect();
    let words: Vec<(String, String)> = words
        .into_iter()
        .filter(|(w, _)| !(w.is_ascii() && folded.contains(w)))
        .collect();
    if words.len() > values.len() {
        arg = arg.add(clap_complete::ArgValueCandidates::new(move || {
            words
                .iter()
                .map(|(w, help)| {
                    clap_complete::CompletionCandidate::new(w).help(Some(help.clone().into()))
                })
                .collect::<Vec<_>>()
        }));
    }
    // The placeholders of values (`<KIND>`, `<FILE>`) in the language in use: `valname-NAME`.
    if takes_value {
        let names: Vec<String> = match arg.get_value_names() {
            Some(names) => names.iter().map(|n| n.to_string()).collect(),
            None => vec![id.to_uppercase()],
        };
        let shown: Vec<String> = names
            .iter()
            .map(|n| {
                lookup(&format!("valname-{}", n.to_lowercase().replace(':', "-")))
                    .unwrap_or_else(|| n.clone())
            })
            .collect();
        if shown != names || arg.get_value_names().is_none() {
            arg = arg.value_names(shown);
        }
    }
    let heading = match arg.get_help_heading() {
        Some(_) => crate::tr!("cli-heading-global"),
        None if arg.is_positional() => crate::tr!("cli-heading-arguments"),
        None => crate::tr!("cli-heading-options"),
    };
    arg.help(format!("{help}{short_tail}"))
        .long_help(format!("{long}{long_tail}"))
        .help_heading(heading)
}

/// A value's word as the language in use shows it: in Polish the Polish word the command line
/// takes for it (`family` → `rodzina`), else the word itself.
pub fn shown_word(word: &str) -> String {
    fn find(cmd: &clap::Command, word: &str) -> Option<String> {
        cmd.get_arguments()
            .flat_map(|a| a.get_possible_values())
            .find(|v| v.get_name() == word)
            .and_then(|v| v.get_name_and_aliases().nth(1).map(str::to_string))
            .or_else(|| cmd.get_subcommands().find_map(|s| find(s, word)))
    }
    if crate::i18n::current() != crate::i18n::Lang::Pl {
        return word.to_string();
    }
    find(&crate::cli::Cli::command(), word).unwrap_or_else(|| word.to_string())
}

/// A word without its diacritics (`szkoła` → `szkola`).
fn fold(word: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    word.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .map(|c| match c {
            'ł' => 'l',
            'Ł' => 'L',
            c => c,
        })
        .collect()
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
            // A command that does something itself besides its subcommands (`koop share CASE`
            // and `koop share log`) has examples of its own.
            let acts = cmd
                .get_arguments()
                .any(|a| a.is_positional() && a.get_id() != "help");
            if subs.is_empty() || (acts && !path.is_empty()) {
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
                let line = line.split(" && ").next().unwrap_or(line);
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

    /// Every command and option has its help in both catalogues, and every help key of the
    /// catalogues belongs to a command, an option or a value.
    #[test]
    fn every_command_and_option_has_help_in_both_languages() {
        fn walk(cmd: &clap::Command, path: &str, keys: &mut Vec<Vec<String>>) {
            let key = if path.is_empty() { "koop" } else { path };
            // The nearest key first, then the parent command's (see `localize_in`).
            let parent = key.rsplit_once('-').map(|(p, _)| p.to_string());
            if cmd.get_name() != "help" {
                keys.push(vec![format!("cmd-{key}")]);
            }
            for arg in cmd.get_arguments() {
                let id = arg.get_id().as_str();
                if id == "help" || id == "version" || (arg.is_global_set() && !path.is_empty()) {
                    continue;
                }
                let mut options = vec![format!("arg-{key}-{id}")];
                options.extend(parent.iter().map(|p| format!("arg-{p}-{id}")));
                if key.starts_with("doc-") {
                    options.push(format!("arg-doc-{id}"));
                }
                keys.push(options);
            }
            for s in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
                let sub = if path.is_empty() {
                    s.get_name().to_string()
                } else {
                    format!("{path}-{}", s.get_name())
                };
                walk(s, &sub, keys);
            }
        }
        let mut keys = Vec::new();
        walk(&super::command(), "", &mut keys);
        let (en, pl) = (
            crate::i18n::tests::entries(crate::i18n::EN),
            crate::i18n::tests::entries(crate::i18n::PL),
        );
        let missing: Vec<&String> = keys
            .iter()
            .filter(|k| !k.iter().any(|k| en.contains_key(k) && pl.contains_key(k)))
            .map(|k| &k[0])
            .collect();
        assert!(
            missing.is_empty(),
            "help missing from a catalogue: {missing:?}"
        );
        let mut words = std::collections::BTreeSet::new();
        fn values(cmd: &clap::Command, words: &mut std::collections::BTreeSet<String>) {
            for arg in cmd.get_arguments() {
                for v in arg.get_possible_values() {
                    words.insert(format!("value-{}", v.get_name()));
                }
            }
            for s in cmd.get_subcommands() {
                values(s, words);
            }
        }
        values(
            &<crate::cli::Cli as clap::CommandFactory>::command(),
            &mut words,
        );
        let stray: Vec<&String> = en
            .keys()
            .filter(|k| k.starts_with("cmd-") || k.starts_with("arg-") || k.starts_with("value-"))
            .filter(|k| {
                let id = k.split('.').next().unwrap_or(k);
                !keys.iter().flatten().any(|x| x == id) && !words.contains(id)
            })
            .collect();
        assert!(stray.is_empty(), "help of nothing: {stray:?}");
    }
}
