//! koop: case management for the Model Kooperacji over a git repository of TOML records.
//!
//! `model` holds the record types, `store` finds a repository, loads and writes it, `rules`
//! checks it, and `commands` is the only layer that talks to the terminal.

pub mod cli;
pub mod commands;
pub mod diag;
pub mod doc;
pub mod error;
pub mod model;
pub mod report;
pub mod rules;
pub mod store;
pub mod text;
pub mod ui;

use std::ffi::OsString;

use clap::Parser;

/// Runs koop with the given arguments and returns the process exit code.
pub fn main_with_args<I, T>(args: I) -> i32
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let cli = match cli::Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(err) => {
            // clap prints help and version to stdout with exit 0, usage errors with exit 2.
            let _ = err.print();
            return err.exit_code();
        }
    };
    let mut ui = ui::Ui::new(cli.color);
    match cli::run(cli, &mut ui) {
        Ok(code) => code,
        Err(err) => {
            ui.error(&err);
            err.exit_code()
        }
    }
}
