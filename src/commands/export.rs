//! `koop export stats`: aggregate, personal-data-free figures to send to the county or ROPS.

use std::path::PathBuf;

use clap::{Args, Subcommand, ValueEnum};

use super::Ctx;
use super::caseutil::today;
use super::report::to_csv;
use crate::error::{Error, Result};
use crate::report::stats::{self, Period};
use crate::store::write;

/// `koop export …`
#[derive(Debug, Subcommand)]
pub enum ExportCommand {
    Stats(StatsArgs),
}

/// Output of `koop export stats`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum StatsFormat {
    /// One JSON object.
    #[default]
    Json,
    /// Rows of section, item, value (RFC 4180).
    Csv,
}

/// Arguments of `koop export stats`.
#[derive(Debug, Args)]
pub struct StatsArgs {
    #[arg(long)]
    pub period: Option<String>,
    #[arg(long, value_enum, default_value_t)]
    pub format: StatsFormat,
    #[arg(short = 'o', long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// Dispatches `koop export …`.
pub fn run(ctx: &mut Ctx, cmd: ExportCommand) -> Result<i32> {
    let ExportCommand::Stats(args) = cmd;
    // The figures count no monitoring (`region::tests::the_figures_do_not_depend_on_monitoring`).
    let store = ctx.load_for_figures()?;
    let today = today()?;
    let period = match &args.period {
        Some(p) => Period::parse(p).map_err(|e| Error::user(format!("--period: {e}")))?,
        None => Period {
            from: store
                .cases
                .iter()
                .map(|c| *c.case.value.referral.date.get_ref())
                .chain(store.meetings.iter().map(|m| *m.value.date.get_ref()))
                .min()
                .unwrap_or(today)
                .min(today),
            to: today,
        },
    };
    let figures = stats::stats(&store, period, today);
    let text = match args.format {
        StatsFormat::Json => {
            let mut s = serde_json::to_string_pretty(&figures)
                .map_err(|e| Error::user(crate::tr!("export-json")).caused_by(e.to_string()))?;
            s.push('\n');
            s
        }
        StatsFormat::Csv => to_csv(&stats::sheet(&figures)),
    };
    match &args.output {
        Some(path) => {
            let path = ctx.cwd.join(path);
            write::write_file(&path, text.as_bytes())?;
            ctx.ui
                .note(&crate::tr!("export-wrote", path = path.display()));
        }
        None => ctx.ui.print(&text),
    }
    Ok(0)
}
