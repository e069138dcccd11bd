//! koop: case management for the Model Kooperacji over a git repository of TOML records.
//!
//! `model` holds the record types, `store` finds a repository, loads and writes it, `rules`
//! checks it, and `commands` is the only layer that talks to the terminal.

pub mod cli;
pub mod commands;
pub mod complete;
pub mod diag;
pub mod doc;
pub mod error;
pub mod help;
pub mod i18n;
pub mod memory;
pub mod model;
pub mod report;
pub mod rules;
pub mod store;
pub mod text;
pub mod ui;

use std::ffi::OsString;

/// Runs koop with the given arguments and returns the process exit code.
pub fn main_with_args<I, T>(args: I) -> i32
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let args: Vec<OsString> = args.into_iter().map(Into::into).collect();
    // The language is known before the command line is parsed: help and usage errors speak it.
    let start = chdir_arg(&args).or_else(|| std::env::current_dir().ok());
    let settings = start.as_deref().and_then(i18n::repository_settings);
    let repository = settings.as_ref().and_then(i18n::repository_language);
    i18n::set(i18n::choose(|name| std::env::var(name).ok(), repository));
    // The date the repository describes is today for every command in it (KOOP_TODAY wins).
    if let Some(date) = settings.as_ref().and_then(i18n::repository_as_of) {
        model::Date::set_as_of(date);
    }
    // A shell completing koop's command line (the script of `koop completions`) runs koop
    // with COMPLETE set: answer it, and do nothing else.
    let completing = clap_complete::CompleteEnv::with_factory(help::command)
        .try_complete(args.clone(), std::env::current_dir().ok().as_deref());
    match completing {
        Ok(true) => return 0,
        Ok(false) => {}
        Err(err) => {
            let _ = err.print();
            return err.exit_code();
        }
    }
    let parse = |cmd: clap::Command| {
        cmd.try_get_matches_from(args.clone())
            .and_then(|m| <cli::Cli as clap::FromArgMatches>::from_arg_matches(&m))
    };
    // On a terminal, `case new` and `meeting new` without their required arguments ask for
    // them (`commands::guided`); elsewhere a missing argument is the usage error it always was.
    // Most command lines parse, and clap needs no help text for that: the command line with
    // its help in the language in use (a few milliseconds to build) is made only when
    // something is to be shown — help, a usage error, the guided commands' questions.
    let bare = <cli::Cli as clap::CommandFactory>::command();
    let parsed = parse(bare)
        .or_else(|_| parse(help::command()))
        .or_else(|err| {
            let missing = err.kind() == clap::error::ErrorKind::MissingRequiredArgument;
            if missing && commands::guided::available() {
                parse(help::relaxed_command()).map_err(|_| err)
            } else {
                Err(err)
            }
        });
    let cli = match parsed {
        Ok(cli) => cli,
        Err(err) => {
            // clap prints help and version to stdout with exit 0; usage errors (exit 2) are
            // said in the language in use.
            match usage_error(&err) {
                Some(text) => eprint!("{text}"),
                None => print_help(&err),
            }
            return err.exit_code();
        }
    };
    let mut ui = ui::Ui::new(cli.color);
    let code = match cli::run(cli, &mut ui) {
        Ok(code) => code,
        Err(err) => {
            ui.error(&err);
            err.exit_code()
        }
    };
    ui.finish();
    code
}

/// Help (or the version) as clap renders it, with clap's one English word of the usage line,
/// `[OPTIONS]`, in the language in use; on the stream clap would use, in colour on a terminal.
fn print_help(err: &clap::Error) {
    use std::io::{IsTerminal, Write};
    let styled = err.render();
    let terminal = if err.use_stderr() {
        std::io::stderr().is_terminal()
    } else {
        std::io::stdout().is_terminal()
    };
    let colour = terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let text = if colour {
        styled.ansi().to_string()
    } else {
        styled.to_string()
    };
    let text = text.replace("[OPTIONS]", &crate::tr!("cli-usage-options"));
    let _ = if err.use_stderr() {
        std::io::stderr().write_all(text.as_bytes())
    } else {
        std::io::stdout().write_all(text.as_bytes())
    };
}

/// A usage error of the command line in the language in use, laid out as clap does (the
/// message, a tip, the usage, where to read more); `None` for help and version, which clap
/// prints itself.
fn usage_error(err: &clap::Error) -> Option<String> {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let text = |kind| match err.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        _ => None,
    };
    let list = |kind| match err.get(kind) {
        Some(ContextValue::Strings(v)) => v.clone(),
        Some(ContextValue::String(s)) => vec![s.clone()],
        _ => Vec::new(),
    };
    let number = |kind| match err.get(kind) {
        Some(ContextValue::Number(n)) => i64::try_from(*n).ok(),
        _ => None,
    };
    let arg = text(ContextKind::InvalidArg).unwrap_or_default();
    let value = text(ContextKind::InvalidValue).unwrap_or_default();
    let mut message = match err.kind() {
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayVersion
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => return None,
        ErrorKind::InvalidValue if value.is_empty() => {
            crate::tr!("cli-error-value-required", arg = arg)
        }
        ErrorKind::InvalidValue => {
            let mut m = crate::tr!("cli-error-invalid-value", value = value, arg = arg);
            let valid: Vec<String> = list(ContextKind::ValidValue)
                .iter()
                .map(|w| help::shown_word(w))
                .collect();
            if !valid.is_empty() {
                m.push_str(&format!(
                    "\n  [{}: {}]",
                    crate::tr!("cli-possible-values"),
                    valid.join(", ")
                ));
            }
            m
        }
        ErrorKind::ValueValidation => match std::error::Error::source(err) {
            Some(why) => crate::tr!(
                "cli-error-invalid-value-why",
                value = value,
                arg = arg,
                why = why.to_string()
            ),
            None => crate::tr!("cli-error-invalid-value", value = value, arg = arg),
        },
        ErrorKind::UnknownArgument => crate::tr!("cli-error-unknown-argument", arg = arg),
        ErrorKind::InvalidSubcommand => crate::tr!(
            "cli-error-unknown-command",
            command = text(ContextKind::InvalidSubcommand).unwrap_or_default()
        ),
        ErrorKind::MissingRequiredArgument => {
            let missing: Vec<String> = list(ContextKind::InvalidArg)
                .iter()
                .map(|a| format!("\n  {a}"))
                .collect();
            format!(
                "{}{}",
                crate::tr!("cli-error-missing-arguments"),
                missing.concat()
            )
        }
        ErrorKind::MissingSubcommand => {
            let mut m = crate::tr!(
                "cli-error-missing-command",
                command = text(ContextKind::InvalidSubcommand).unwrap_or_default()
            );
            let valid = list(ContextKind::ValidSubcommand);
            if !valid.is_empty() {
                m.push_str(&format!(
                    "\n  [{}: {}]",
                    crate::tr!("cli-commands"),
                    valid.join(", ")
                ));
            }
            m
        }
        ErrorKind::ArgumentConflict => {
            let prior = list(ContextKind::PriorArg);
            if prior.is_empty() || prior == [arg.clone()] {
                crate::tr!("cli-error-repeated", arg = arg)
            } else {
                crate::tr!("cli-error-conflict", arg = arg, other = prior.join("', '"))
            }
        }
        ErrorKind::NoEquals => crate::tr!("cli-error-no-equals", arg = arg),
        ErrorKind::TooManyValues => crate::tr!("cli-error-too-many", value = value, arg = arg),
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => crate::tr!(
            "cli-error-number-of-values",
            arg = arg,
            expected = number(ContextKind::MinValues)
                .or(number(ContextKind::ExpectedNumValues))
                .unwrap_or(1),
            n = number(ContextKind::ActualNumValues).unwrap_or(0)
        ),
        ErrorKind::InvalidUtf8 => crate::tr!("cli-error-not-utf8"),
        _ => crate::tr!("cli-error-other", why = err.kind().to_string()),
    };
    let mut tips = Vec::new();
    for similar in list(ContextKind::SuggestedSubcommand) {
        tips.push(crate::tr!("cli-tip-command", similar = similar));
    }
    for similar in list(ContextKind::SuggestedArg) {
        tips.push(crate::tr!("cli-tip-argument", similar = similar));
    }
    for similar in list(ContextKind::SuggestedValue) {
        tips.push(crate::tr!("cli-tip-value", similar = similar));
    }
    if !tips.is_empty() {
        message.push_str(&format!("\n\n  {}", tips.join("\n  ")));
    }
    let mut out = format!("{}: {message}\n", crate::tr!("ui-error"));
    if let Some(ContextValue::StyledStr(usage)) = err.get(ContextKind::Usage) {
        let usage = usage.to_string();
        let usage = usage.strip_prefix("Usage:").unwrap_or(&usage).trim();
        let usage = usage.replace("[OPTIONS]", &crate::tr!("cli-usage-options"));
        out.push_str(&format!("\n{} {usage}\n", crate::tr!("cli-usage")));
    }
    out.push_str(&format!("\n{}\n", crate::tr!("cli-error-more")));
    Some(out)
}

/// The folder of `-C DIR` (`-CDIR`), read before parsing so that help is in the repository's
/// language; the last one counts, as in parsing.
fn chdir_arg(args: &[OsString]) -> Option<std::path::PathBuf> {
    let mut found = None;
    let mut words = args.iter().skip(1);
    while let Some(word) = words.next() {
        let text = word.to_string_lossy();
        if text == "--" {
            break;
        }
        if text == "-C" {
            found = words.next().map(std::path::PathBuf::from);
        } else if let Some(dir) = text.strip_prefix("-C") {
            found = Some(std::path::PathBuf::from(dir));
        }
    }
    let dir = found?;
    Some(match std::env::current_dir() {
        Ok(cwd) if dir.is_relative() => cwd.join(dir),
        _ => dir,
    })
}

/// docs/format.md holds generated tables between `<!-- NAME:begin -->` and `<!-- NAME:end -->`:
/// asserts the text there is `generated`, or with KOOP_UPDATE_DOCS=1 writes it there.
#[cfg(test)]
pub(crate) fn assert_docs_section(name: &str, generated: &str) {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/format.md");
    let text = std::fs::read_to_string(path).expect("docs/format.md");
    let (begin, end) = (
        format!("<!-- {name}:begin -->\n"),
        format!("<!-- {name}:end -->"),
    );
    let a = text.find(&begin).expect("begin marker") + begin.len();
    let b = text.find(&end).expect("end marker");
    if std::env::var_os("KOOP_UPDATE_DOCS").is_some() {
        let new = format!("{}{generated}{}", &text[..a], &text[b..]);
        std::fs::write(path, new).expect("write docs/format.md");
        return;
    }
    assert_eq!(
        &text[a..b],
        generated,
        "docs/format.md is stale: run KOOP_UPDATE_DOCS=1 cargo test"
    );
}
