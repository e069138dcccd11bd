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
    let repository = start.as_deref().and_then(i18n::repository_language);
    i18n::set(i18n::choose(|name| std::env::var(name).ok(), repository));
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
    let cli = match help::command()
        .try_get_matches_from(args)
        .and_then(|m| <cli::Cli as clap::FromArgMatches>::from_arg_matches(&m))
    {
        Ok(cli) => cli,
        Err(err) => {
            // clap prints help and version to stdout with exit 0, usage errors with exit 2.
            let _ = err.print();
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
