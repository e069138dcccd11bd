//! The guided start: `koop case new` and `koop meeting new` on a terminal without their
//! required arguments ask for what is needed, one question at a time, then show the commands
//! that do the same and, once confirmed, run them as one change (one operation of `koop log`,
//! taken back by one `koop undo`).
//!
//! Only on a terminal: `main_with_args` parses the command line as it always did, and only
//! when that fails for a missing argument of one of these commands while standard input and
//! standard error are a terminal (`available`) parses it again with those arguments optional
//! (`relaxed`). Without a terminal a missing argument stays the usage error it always was.
//!
//! The questions are plain lines: the prompt on standard error, the answer read as a line
//! from standard input, choices listed with numbers and picked by number (or by their ID or
//! word). No prompt crate: line prompts work in every terminal and through a screen reader,
//! need no raw mode (so the terminal's own line editing, Ctrl-D and Ctrl-C work as
//! everywhere), show no built-in English (every text is from the catalogues), and can be
//! driven through a pseudo-terminal by the tests. A wrong answer says why and asks again;
//! Ctrl-D (end of input) at any question, or anything but yes at the confirmation, stops
//! with nothing written. The repository is only read while the questions are asked (the
//! cases' personal data left encrypted); its write lock is taken once they are answered.
//!
//! The answers fill the same argument structures the commands parse, which go through the
//! same checks (`case::checked_new` …) and are staged by the same functions
//! (`case::stage_new`, `case::stage_member_add`, `case::stage_consent`,
//! `meeting::stage_new`) in one transaction: the records are those the shown commands write.

use std::io::{BufRead, IsTerminal, Write};

use super::case::{ConsentArgs, MemberAddArgs, NewArgs};
use super::{Ctx, Step, required_text};
use crate::error::{Error, Result};
use crate::model::calendar::Time;
use crate::model::case::ConsentForm;
use crate::model::{CaseKind, Date, MeetingKind};
use crate::store::{Store, tx::Tx};

/// Whether questions can be asked: standard input and standard error are a terminal.
pub fn available() -> bool {
    std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
}

/// The command line with the required arguments of `case new` and `meeting new` optional,
/// for the guided start to ask for them.
pub fn relaxed(cmd: clap::Command) -> clap::Command {
    fn relax(mut cmd: clap::Command) -> clap::Command {
        let required: Vec<clap::Id> = cmd
            .get_arguments()
            .filter(|a| a.is_required_set())
            .map(|a| a.get_id().clone())
            .collect();
        for id in required {
            cmd = cmd.mut_arg(id, |a| a.required(false));
        }
        cmd
    }
    cmd.mut_subcommand("case", |c| c.mut_subcommand("new", relax))
        .mut_subcommand("meeting", |c| c.mut_subcommand("new", relax))
}

/// Whether `command` is a guided start (a required argument left out), which talks with the
/// user and so is not paged.
pub fn will_ask(command: &crate::cli::Command) -> bool {
    use crate::cli::Command;
    match command {
        Command::Case(super::case::CaseCommand::New(a)) => {
            a.kind.is_none() || a.referred_by.is_none()
        }
        Command::Meeting(super::meeting::MeetingCommand::New(a)) => {
            a.team.is_none()
                || a.date.is_none()
                || a.start.is_none()
                || a.end.is_none()
                || a.place.is_none()
        }
        _ => false,
    }
}

/// The refusal when the questions are not answered to the end: nothing was written.
fn nothing_written() -> Error {
    Error::user(crate::tr!("guided-nothing-written"))
}

/// An error as one text to show before asking again: its message and its hints.
fn why(err: Error) -> String {
    let mut text = err.message;
    for hint in err.hints {
        text.push_str(&format!("\n  {}: {hint}", crate::tr!("ui-help")));
    }
    text
}

/// One choice of a list: the word or ID that picks it besides its number, the other words
/// that do, how it is shown, and its value.
struct Choice<T> {
    word: String,
    aliases: Vec<String>,
    label: String,
    value: T,
}

impl<T> Choice<T> {
    fn new(word: &str, label: String, value: T) -> Self {
        Choice {
            word: word.to_string(),
            aliases: Vec::new(),
            label,
            value,
        }
    }
}

/// A choice for each value of a word enum: its word in the language in use, described by
/// the catalogue's `value-…` text.
macro_rules! word_choices {
    ($enum:ty) => {
        <$enum>::ALL
            .iter()
            .map(|v| {
                let mut c = Choice::new(
                    v.shown(),
                    crate::i18n::lookup(&format!("value-{}", v.as_str())).unwrap_or_default(),
                    *v,
                );
                c.aliases = std::iter::once(v.as_str())
                    .chain(v.aliases().iter().copied())
                    .map(str::to_string)
                    .collect();
                c
            })
            .collect::<Vec<_>>()
    };
}

/// Questions on a terminal: prompts written to `out`, answers read a line at a time.
pub struct Prompter<R, W> {
    input: R,
    out: W,
}

impl Prompter<std::io::StdinLock<'static>, std::io::Stderr> {
    /// Questions on standard error, answers from standard input.
    pub fn terminal() -> Self {
        Prompter {
            input: std::io::stdin().lock(),
            out: std::io::stderr(),
        }
    }
}

impl<R: BufRead, W: Write> Prompter<R, W> {
    /// Prompts for tests: answers from `input`, questions to `out`.
    pub fn new(input: R, out: W) -> Self {
        Prompter { input, out }
    }

    /// Shows a line.
    fn say(&mut self, text: &str) {
        let _ = writeln!(self.out, "{text}");
        let _ = self.out.flush();
    }

    /// Asks once; the answer trimmed. The end of input stops with nothing written.
    fn read(&mut self, prompt: &str) -> Result<String> {
        let _ = write!(self.out, "{prompt} ");
        let _ = self.out.flush();
        let mut line = String::new();
        match self.input.read_line(&mut line) {
            Ok(0) | Err(_) => {
                // The prompt's line is left open: end it before the error is printed.
                self.say("");
                Err(nothing_written())
            }
            Ok(_) => Ok(line.trim().to_string()),
        }
    }

    /// Asks until `parse` takes the answer, saying why it did not each time.
    fn ask<T>(
        &mut self,
        prompt: &str,
        mut parse: impl FnMut(&str) -> std::result::Result<T, String>,
    ) -> Result<T> {
        loop {
            let answer = self.read(prompt)?;
            match parse(&answer) {
                Ok(value) => return Ok(value),
                Err(reason) => self.say(&format!("  {reason}")),
            }
        }
    }

    /// Lists `choices` with numbers and asks for one, by number or word; an empty answer
    /// is `empty` when there is one. `unknown` says why a word is not one of
    /// them (by default, that only the listed numbers and words are).
    fn choose<T: Clone>(
        &mut self,
        prompt: &str,
        choices: &[Choice<T>],
        empty: Option<T>,
        unknown: impl Fn(&str) -> String,
    ) -> Result<T> {
        let width = choices.len().to_string().len();
        for (n, c) in choices.iter().enumerate() {
            let label = if c.label.is_empty() {
                String::new()
            } else {
                format!(" — {}", c.label)
            };
            self.say(&format!("  {:>width$}) {}{label}", n + 1, c.word));
        }
        self.ask(prompt, |answer| {
            if answer.is_empty() {
                return empty.clone().ok_or_else(|| crate::tr!("guided-required"));
            }
            if let Ok(n) = answer.parse::<usize>() {
                return n
                    .checked_sub(1)
                    .and_then(|i| choices.get(i))
                    .map(|c| c.value.clone())
                    .ok_or_else(|| crate::tr!("guided-choose-number", n = choices.len()));
            }
            let lower = answer.to_lowercase();
            choices
                .iter()
                .find(|c| c.word.to_lowercase() == lower || c.aliases.contains(&lower))
                .map(|c| c.value.clone())
                .ok_or_else(|| unknown(answer))
        })
    }

    /// Asks a yes-or-no question; an empty answer is `default`.
    fn yes_no(&mut self, prompt: &str, default: bool) -> Result<bool> {
        let yes = crate::tr!("guided-yes-words");
        let no = crate::tr!("guided-no-words");
        self.ask(prompt, |answer| {
            let answer = answer.to_lowercase();
            if answer.is_empty() {
                Ok(default)
            } else if yes.split_whitespace().any(|w| w == answer) {
                Ok(true)
            } else if no.split_whitespace().any(|w| w == answer) {
                Ok(false)
            } else {
                Err(crate::tr!("guided-answer-yes-no"))
            }
        })
    }

    /// Asks for a date; an empty answer is `default` when there is one.
    fn date(&mut self, prompt: &str, default: Option<Date>) -> Result<Date> {
        self.ask(prompt, |answer| match (answer, default) {
            ("", Some(d)) => Ok(d),
            ("", None) => Err(crate::tr!("guided-required")),
            (text, _) => text.parse::<Date>(),
        })
    }

    /// Asks for an hour, HH:MM.
    fn time(&mut self, prompt: &str) -> Result<Time> {
        self.ask(prompt, |answer| match answer {
            "" => Err(crate::tr!("guided-required")),
            text => text.parse::<Time>(),
        })
    }

    /// Asks for text that must be given (checked as the option `flag` is).
    fn text(&mut self, prompt: &str, flag: &str) -> Result<String> {
        self.ask(prompt, |answer| required_text(flag, answer).map_err(why))
    }

    /// Asks for text that may be left out (an empty answer).
    fn optional_text(&mut self, prompt: &str, flag: &str) -> Result<Option<String>> {
        self.ask(prompt, |answer| match answer {
            "" => Ok(None),
            text => required_text(flag, text).map(Some).map_err(why),
        })
    }

    /// Shows the commands that will run and asks whether to run them; an empty answer is no.
    fn confirm(&mut self, commands: &[Vec<String>]) -> Result<()> {
        self.say("");
        self.say(&crate::tr!("guided-will-run"));
        let lines: Vec<String> = commands
            .iter()
            .map(|argv| argv.iter().map(|a| quote(a)).collect::<Vec<_>>().join(" "))
            .collect();
        self.say(&format!("  {}", lines.join(" \\\n  && ")));
        self.say("");
        let prompt = crate::tr!(
            "guided-confirm",
            yes = crate::tr!("guided-yes"),
            no = crate::tr!("guided-no")
        );
        if self.yes_no(&prompt, false)? {
            Ok(())
        } else {
            Err(nothing_written())
        }
    }
}

/// A word as a POSIX shell reads it: as it is when it is plain, else in single quotes.
pub fn quote(word: &str) -> String {
    let plain = !word.is_empty()
        && word
            .chars()
            .all(|c| c.is_alphanumeric() || "-_./:,=+@%".contains(c));
    if plain {
        word.to_string()
    } else {
        format!("'{}'", word.replace('\'', r"'\''"))
    }
}

/// The store as it will be with what `tx` stages so far, for the next command to build on.
fn staged(tx: &Tx, before: &Store) -> Result<Store> {
    let prepared = tx.prepare()?;
    Ok(crate::store::load::reload(
        before,
        &prepared.overlay,
        &prepared.sealed,
    ))
}

/// `koop case new` asked step by step: the referring institution, the kind, the referral's
/// date, the members, the consent; then `case new`, `case member add` for each member and
/// `case consent` in one transaction.
pub fn case_new(ctx: &mut Ctx, mut args: NewArgs) -> Result<i32> {
    if !available() {
        return Err(Error::user(crate::tr!("cli-error-missing-arguments")));
    }
    let store = ctx.load_to_ask()?;
    let mut p = Prompter::terminal();
    p.say(&crate::tr!("guided-case-intro"));
    if args.referred_by.is_none() {
        if store.institutions.is_empty() {
            return Err(Error::user(crate::tr!("guided-no-institutions"))
                .hint(crate::tr!("guided-no-institutions-hint")));
        }
        let choices: Vec<Choice<String>> = store
            .institutions
            .iter()
            .map(|i| Choice::new(&i.id, i.value.name.clone(), i.id.clone()))
            .collect();
        p.say(&crate::tr!("guided-institutions"));
        let known = store.institution_ids().collect::<Vec<_>>();
        args.referred_by =
            Some(
                p.choose(&crate::tr!("guided-institution"), &choices, None, |id| {
                    why(super::unknown(
                        "institution",
                        id,
                        known.iter().copied(),
                        "koop institution list",
                    ))
                })?,
            );
    }
    if args.kind.is_none() {
        p.say(&crate::tr!("guided-kinds"));
        args.kind = Some(p.choose(
            &crate::tr!("guided-kind"),
            &word_choices!(CaseKind),
            None,
            |_| crate::tr!("guided-choose-number", n = CaseKind::ALL.len()),
        )?);
    }
    let today = super::caseutil::today()?;
    let referral = match args.date {
        Some(d) => d,
        None => p.date(
            &crate::tr!("guided-referral-date", today = today.to_string()),
            Some(today),
        )?,
    };
    args.date = Some(referral);
    let number = super::case::next_number(&store, referral.year())?;
    // The members, while names are given.
    p.say("");
    p.say(&crate::tr!("guided-members"));
    let mut members: Vec<MemberAddArgs> = Vec::new();
    loop {
        let m = crate::model::uid::member_number(members.len());
        let name = p.optional_text(
            &crate::tr!("guided-member-name", member = m.as_str()),
            "--name",
        )?;
        let Some(name) = name else { break };
        let relation = p.optional_text(
            &crate::tr!("guided-member-relation", member = m.as_str()),
            "--relation",
        )?;
        let birth_year = p.ask(
            &crate::tr!("guided-member-birth-year", member = m.as_str()),
            |answer| match answer {
                "" => Ok(None),
                text => text
                    .parse::<u16>()
                    .ok()
                    .filter(|y| (1900..=2100).contains(y))
                    .map(Some)
                    .ok_or_else(|| crate::tr!("guided-year-range")),
            },
        )?;
        members.push(MemberAddArgs {
            id: number.clone(),
            name,
            birth_year,
            age: None,
            residence: None,
            phone: None,
            relation,
        });
    }
    // The consent, of one of them.
    let mut consent = None;
    if !members.is_empty() {
        p.say("");
        let prompt = crate::tr!(
            "guided-consent",
            yes = crate::tr!("guided-yes"),
            no = crate::tr!("guided-no")
        );
        if p.yes_no(&prompt, false)? {
            let choices: Vec<Choice<String>> = members
                .iter()
                .enumerate()
                .map(|(i, m)| {
                    let n = crate::model::uid::member_number(i);
                    Choice::new(&n, m.name.clone(), n.clone())
                })
                .collect();
            let by = p.choose(
                &crate::tr!("guided-consent-by"),
                &choices,
                Some(choices[0].value.clone()),
                |_| crate::tr!("guided-choose-number", n = choices.len()),
            )?;
            let date = p.ask(
                &crate::tr!("guided-consent-date", date = referral.to_string()),
                |answer| {
                    let d = match answer {
                        "" => referral,
                        text => text.parse::<Date>()?,
                    };
                    if d < referral {
                        return Err(crate::tr!(
                            "guided-consent-before-referral",
                            date = referral.to_string()
                        ));
                    }
                    Ok(d)
                },
            )?;
            let forms: Vec<Choice<Option<ConsentForm>>> = word_choices!(ConsentForm)
                .into_iter()
                .map(|c| Choice {
                    word: c.word,
                    aliases: c.aliases,
                    label: c.label,
                    value: Some(c.value),
                })
                .collect();
            // The form may be left out: an empty answer is no form.
            let form = p.choose(
                &crate::tr!("guided-consent-form"),
                &forms,
                Some(None),
                |_| crate::tr!("guided-choose-number", n = forms.len()),
            )?;
            consent = Some(ConsentArgs {
                id: number.clone(),
                date: Some(date),
                by,
                on_behalf_of: Vec::new(),
                form,
                scope: None,
                share: Vec::new(),
                withdraw: false,
            });
        }
    }
    let mut commands = vec![case_new_argv(&args)];
    commands.extend(members.iter().map(member_add_argv));
    commands.extend(consent.iter().map(consent_argv));
    p.confirm(&commands)?;
    drop(store);
    // Answered: the change, as the commands would make it, in one transaction.
    let args = super::case::checked_new(args)?;
    let (mut tx, store) = ctx.load_for_write()?;
    let (first, id) = super::case::stage_new(&mut tx, &store, &args)?;
    let mut steps = vec![first];
    for mut member in members {
        member.id = id.clone();
        let member = super::case::checked_member(member)?;
        let after = staged(&tx, &store)?;
        steps.push(super::case::stage_member_add(&mut tx, &after, &member)?);
    }
    if let Some(mut consent) = consent {
        consent.id = id.clone();
        let consent = super::case::checked_consent(consent)?;
        let after = staged(&tx, &store)?;
        steps.push(super::case::stage_consent(&mut tx, &after, &consent)?);
    }
    Step::join(steps).commit(ctx, tx, &store)
}

/// `koop meeting new` asked step by step: the team, the kind, the day, the hours, the place.
pub fn meeting_new(ctx: &mut Ctx, mut args: super::meeting::NewArgs) -> Result<i32> {
    if !available() {
        return Err(Error::user(crate::tr!("cli-error-missing-arguments")));
    }
    let store = ctx.load_to_ask()?;
    let mut p = Prompter::terminal();
    p.say(&crate::tr!("guided-meeting-intro"));
    if args.team.is_none() {
        if store.teams.is_empty() {
            return Err(
                Error::user(crate::tr!("guided-no-teams")).hint(crate::tr!("guided-no-teams-hint"))
            );
        }
        let choices: Vec<Choice<String>> = store
            .teams
            .iter()
            .map(|t| Choice::new(&t.id, t.value.name.clone(), t.id.clone()))
            .collect();
        p.say(&crate::tr!("guided-teams"));
        let known: Vec<&str> = store.teams.iter().map(|t| t.id.as_str()).collect();
        args.team = Some(p.choose(&crate::tr!("guided-team"), &choices, None, |id| {
            why(super::unknown(
                "team",
                id,
                known.iter().copied(),
                "koop team list",
            ))
        })?);
    }
    // The kind has a default (working): an empty answer keeps it, or the one given.
    p.say(&crate::tr!("guided-meeting-kinds"));
    let kinds = word_choices!(MeetingKind);
    args.kind = p.choose(
        &crate::tr!("guided-meeting-kind", default = args.kind.shown()),
        &kinds,
        Some(args.kind),
        |_| crate::tr!("guided-choose-number", n = kinds.len()),
    )?;
    if args.kind == MeetingKind::Initiating && args.agenda.is_none() {
        let prompt = crate::tr!(
            "guided-meeting-agenda",
            yes = crate::tr!("guided-yes"),
            no = crate::tr!("guided-no")
        );
        let fill = p.yes_no(&prompt, true)?;
        args.agenda = fill.then_some(super::meeting::AgendaTemplate::Initiating);
    }
    if args.date.is_none() {
        args.date = Some(p.date(&crate::tr!("guided-meeting-date"), None)?);
    }
    let start = match args.start {
        Some(t) => t,
        None => p.time(&crate::tr!("guided-meeting-start"))?,
    };
    args.start = Some(start);
    if args.end.is_none() {
        args.end = Some(p.ask(&crate::tr!("guided-meeting-end"), |answer| {
            let end = match answer {
                "" => return Err(crate::tr!("guided-required")),
                text => text.parse::<Time>()?,
            };
            super::meeting::end_after_start(start, end).map_err(why)?;
            Ok(end)
        })?);
    }
    if args.place.is_none() {
        args.place = Some(p.text(&crate::tr!("guided-meeting-place"), "--place")?);
    }
    p.confirm(&[meeting_new_argv(&args)])?;
    drop(store);
    let args = super::meeting::checked_new(args)?;
    let (mut tx, store) = ctx.load_for_write()?;
    let step = super::meeting::stage_new(&mut tx, &store, &args)?;
    step.commit(ctx, tx, &store)
}

/// Adds `--flag value` to a command line when there is a value.
fn opt(argv: &mut Vec<String>, flag: &str, value: Option<impl ToString>) {
    if let Some(v) = value {
        argv.push(flag.to_string());
        argv.push(v.to_string());
    }
}

/// The words of `koop case new` with these arguments.
fn case_new_argv(args: &NewArgs) -> Vec<String> {
    let mut argv: Vec<String> = ["koop", "case", "new"].map(String::from).to_vec();
    opt(&mut argv, "--kind", args.kind.map(|k| k.shown()));
    opt(&mut argv, "--referred-by", args.referred_by.as_ref());
    opt(&mut argv, "--date", args.date);
    opt(&mut argv, "--referrer", args.referrer.as_ref());
    opt(&mut argv, "--coordinator", args.coordinator.as_ref());
    opt(&mut argv, "--gmina", args.gmina.as_ref());
    opt(&mut argv, "--expectations", args.expectations.as_ref());
    opt(
        &mut argv,
        "--expectations-file",
        args.expectations_file.as_ref().map(|p| p.display()),
    );
    argv
}

/// The words of `koop case member add` with these arguments.
fn member_add_argv(args: &MemberAddArgs) -> Vec<String> {
    let mut argv: Vec<String> = ["koop", "case", "member", "add"].map(String::from).to_vec();
    argv.push(args.id.clone());
    opt(&mut argv, "--name", Some(&args.name));
    opt(&mut argv, "--relation", args.relation.as_ref());
    opt(&mut argv, "--birth-year", args.birth_year);
    opt(&mut argv, "--age", args.age);
    opt(&mut argv, "--residence", args.residence.as_ref());
    opt(&mut argv, "--phone", args.phone.as_ref());
    argv
}

/// The words of `koop case consent` with these arguments.
fn consent_argv(args: &ConsentArgs) -> Vec<String> {
    let mut argv: Vec<String> = ["koop", "case", "consent"].map(String::from).to_vec();
    argv.push(args.id.clone());
    opt(&mut argv, "--date", args.date);
    opt(&mut argv, "--by", Some(&args.by));
    for m in &args.on_behalf_of {
        opt(&mut argv, "--for", Some(m));
    }
    opt(&mut argv, "--form", args.form.map(|f| f.shown()));
    opt(&mut argv, "--scope", args.scope.as_ref());
    argv
}

/// The words of `koop meeting new` with these arguments.
fn meeting_new_argv(args: &super::meeting::NewArgs) -> Vec<String> {
    let mut argv: Vec<String> = ["koop", "meeting", "new"].map(String::from).to_vec();
    opt(&mut argv, "--team", args.team.as_ref());
    opt(&mut argv, "--kind", Some(args.kind.shown()));
    opt(&mut argv, "--agenda", args.agenda.map(|_| "initiating"));
    opt(&mut argv, "--date", args.date);
    opt(&mut argv, "--start", args.start);
    opt(&mut argv, "--end", args.end);
    opt(&mut argv, "--place", args.place.as_ref());
    opt(&mut argv, "--goal", args.goal.as_ref());
    opt(&mut argv, "--minutes-by", args.minutes_by.as_ref());
    for c in &args.cases {
        opt(&mut argv, "--case", Some(c));
    }
    if args.allow_duplicate {
        argv.push("--allow-duplicate".into());
    }
    argv
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_quoted_for_the_shell_only_when_needed() {
        assert_eq!(quote("gops"), "gops");
        assert_eq!(quote("2026-05-13"), "2026-05-13");
        assert_eq!(quote("Żaneta"), "Żaneta");
        assert_eq!(quote("Jan Kowalski"), "'Jan Kowalski'");
        assert_eq!(quote("O'Brien"), r"'O'\''Brien'");
        assert_eq!(quote(""), "''");
        assert_eq!(quote("$HOME"), "'$HOME'");
    }

    #[test]
    fn a_wrong_answer_is_asked_again_and_the_end_of_input_writes_nothing() {
        let choices = vec![
            Choice::new("gops", "GOPS".into(), "gops"),
            Choice::new("sp1", "SP 1".into(), "sp1"),
        ];
        let mut out = Vec::new();
        let mut p = Prompter::new(&b"7\nsp2\n2\n"[..], &mut out);
        let picked = p.choose("?", &choices, None, |w| format!("no {w}"));
        assert_eq!(picked.unwrap(), "sp1");
        let shown = String::from_utf8(out).unwrap();
        assert!(shown.contains("1) gops — GOPS"), "{shown}");
        assert!(shown.contains("no sp2"), "{shown}");
        let mut out = Vec::new();
        let mut p = Prompter::new(&b"sp1\n"[..], &mut out);
        assert_eq!(
            p.choose("?", &choices, None, |_| String::new()).unwrap(),
            "sp1"
        );
        let mut p = Prompter::new(&b""[..], Vec::new());
        assert!(p.yes_no("?", false).is_err());
        let mut p = Prompter::new(&b"\n"[..], Vec::new());
        assert!(!p.yes_no("?", false).unwrap());
    }
}

#[cfg(test)]
mod parsing {
    use crate::cli::{Cli, Command};
    use crate::commands::case::CaseCommand;
    use clap::FromArgMatches;

    #[test]
    fn the_relaxed_command_line_keeps_what_was_given() {
        let args = [
            "koop",
            "case",
            "new",
            "--kind",
            "person",
            "--date",
            "2026-01-02",
        ];
        assert!(crate::help::command().try_get_matches_from(args).is_err());
        let m = crate::help::relaxed_command()
            .try_get_matches_from(args)
            .unwrap();
        let Command::Case(CaseCommand::New(new)) = Cli::from_arg_matches(&m).unwrap().command
        else {
            panic!("not case new");
        };
        assert_eq!(new.kind, Some(crate::model::CaseKind::Person));
        assert_eq!(new.referred_by, None);
        assert_eq!(new.referrer, None);
        assert_eq!(
            new.date.map(|d| d.to_string()).as_deref(),
            Some("2026-01-02")
        );
    }
}
