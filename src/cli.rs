//! The command line: one clap `Command` enum and the one match that dispatches it.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::commands::{self, Ctx};
use crate::error::Result;
use crate::ui::{ColorChoice, Ui};

/// koop — case management for the Model Kooperacji, over a git repository of TOML records.
#[derive(Debug, Parser)]
#[command(name = "koop", version, about, long_about = None, max_term_width = 100)]
pub struct Cli {
    #[arg(
        short = 'C',
        id = "chdir",
        global = true,
        help_heading = "Global options",
        value_name = "DIR"
    )]
    pub chdir: Option<PathBuf>,

    #[arg(long, global = true, help_heading = "Global options")]
    pub strict: bool,

    #[arg(long, global = true, help_heading = "Global options")]
    pub dry_run: bool,

    #[arg(
        long = "reveal-diff",
        global = true,
        help_heading = "Global options",
        requires = "dry_run"
    )]
    pub reveal_diff: bool,

    #[arg(long, global = true, help_heading = "Global options", value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub color: ColorChoice,

    #[arg(long, global = true, help_heading = "Global options")]
    pub no_pager: bool,

    #[command(subcommand)]
    pub command: Command,
}

/// Every koop command.
#[derive(Debug, Subcommand)]
pub enum Command {
    Init(commands::init::InitArgs),
    #[command(subcommand)]
    Institution(commands::institution::InstitutionCommand),
    #[command(subcommand)]
    Person(commands::person::PersonCommand),
    #[command(subcommand)]
    Team(commands::team::TeamCommand),
    #[command(subcommand)]
    Service(commands::service::ServiceCommand),
    #[command(subcommand)]
    Meeting(commands::meeting::MeetingCommand),
    #[command(subcommand)]
    Model(commands::model::ModelCommand),
    Agenda(commands::agenda::AgendaArgs),
    #[command(subcommand)]
    Case(commands::case::CaseCommand),
    #[command(subcommand)]
    Goal(commands::plan::GoalCommand),
    #[command(subcommand)]
    Task(commands::plan::TaskCommand),
    #[command(subcommand)]
    Monitor(commands::monitor::MonitorCommand),
    #[command(subcommand)]
    Eval(commands::monitor::EvalCommand),
    #[command(subcommand)]
    Report(commands::report::ReportCommand),
    #[command(subcommand)]
    Keys(commands::keys::KeysCommand),
    #[command(subcommand)]
    Export(commands::export::ExportCommand),
    #[command(subcommand)]
    Region(commands::region::RegionCommand),
    #[command(subcommand)]
    Doc(commands::doc::DocCommand),
    Share(commands::share::ShareArgs),
    Retention(commands::retention::RetentionArgs),
    Edit(commands::edit::EditArgs),
    Undo(commands::undo::UndoArgs),
    Log(commands::undo::LogArgs),
    Sync(commands::sync::SyncArgs),
    #[command(subcommand)]
    Git(commands::git::GitCommand),
    Migrate(commands::migrate::MigrateArgs),
    Check(commands::check::CheckArgs),
    Rules(commands::check::RulesArgs),
    Explain(commands::check::ExplainArgs),
    Completions(commands::completions::CompletionsArgs),
    Man(commands::completions::ManArgs),
}

/// Runs a parsed command line; returns the exit code on success.
pub fn run(cli: Cli, ui: &mut Ui) -> Result<i32> {
    let cwd = match &cli.chdir {
        Some(dir) => dir.clone(),
        None => std::env::current_dir().map_err(|e| {
            crate::error::Error::repo(crate::tr!("cli-run-no-cwd")).caused_by(e.to_string())
        })?,
    };
    if let Some(dir) = &cli.chdir
        && !dir.is_dir()
    {
        return Err(crate::error::Error::repo(crate::tr!(
            "cli-run-no-folder",
            dir = dir.display()
        )));
    }
    // A mistyped KOOP_TODAY would silently switch off every rule about dates.
    crate::model::Date::today()
        .map_err(|e| crate::error::Error::repo(e).hint(crate::tr!("cli-run-today-hint")))?;
    // Output people read, possibly long, goes through the pager on a terminal; commands that
    // talk with the user or hand the terminal to another program do not.
    let interactive = matches!(
        cli.command,
        Command::Init(_)
            | Command::Edit(_)
            | Command::Sync(_)
            | Command::Git(_)
            | Command::Keys(_)
            | Command::Completions(_)
            | Command::Man(_)
    ) || commands::guided::will_ask(&cli.command);
    if !cli.no_pager && !interactive {
        ui.page();
    }
    let mut ctx = Ctx {
        cwd,
        ui,
        strict: cli.strict,
        dry_run: cli.dry_run,
        reveal_diff: cli.reveal_diff,
        resolving: false,
    };
    match cli.command {
        Command::Init(args) => commands::init::cmd_init(&mut ctx, args),
        Command::Institution(cmd) => commands::institution::run(&mut ctx, cmd),
        Command::Person(cmd) => commands::person::run(&mut ctx, cmd),
        Command::Team(cmd) => commands::team::run(&mut ctx, cmd),
        Command::Service(cmd) => commands::service::run(&mut ctx, cmd),
        Command::Meeting(cmd) => commands::meeting::run(&mut ctx, cmd),
        Command::Model(cmd) => commands::model::run(&mut ctx, cmd),
        Command::Agenda(args) => commands::agenda::cmd_agenda(&mut ctx, args),
        Command::Case(cmd) => commands::case::run(&mut ctx, cmd),
        Command::Goal(cmd) => commands::plan::run_goal(&mut ctx, cmd),
        Command::Task(cmd) => commands::plan::run_task(&mut ctx, cmd),
        Command::Monitor(cmd) => commands::monitor::run_monitor(&mut ctx, cmd),
        Command::Eval(cmd) => commands::monitor::run_eval(&mut ctx, cmd),
        Command::Report(cmd) => commands::report::run(&mut ctx, cmd),
        Command::Region(cmd) => commands::region::run(&mut ctx, cmd),
        Command::Doc(cmd) => commands::doc::run(&mut ctx, cmd),
        Command::Share(args) => commands::share::run(&mut ctx, args),
        Command::Retention(args) => commands::retention::list(&mut ctx, &args),
        Command::Keys(cmd) => commands::keys::run(&mut ctx, cmd),
        Command::Export(cmd) => commands::export::run(&mut ctx, cmd),
        Command::Edit(args) => commands::edit::cmd_edit(&mut ctx, args),
        Command::Undo(args) => commands::undo::cmd_undo(&mut ctx, args),
        Command::Migrate(args) => commands::migrate::run(&mut ctx, args),
        Command::Git(cmd) => commands::git::run(&mut ctx, cmd),
        Command::Sync(args) => commands::sync::run(&mut ctx, args),
        Command::Log(args) => commands::undo::cmd_log(&mut ctx, args),
        Command::Check(args) => commands::check::cmd_check(&mut ctx, args),
        Command::Rules(args) => commands::check::cmd_rules(&mut ctx, args),
        Command::Explain(args) => commands::check::cmd_explain(&mut ctx, args),
        Command::Completions(args) => commands::completions::completions(&mut ctx, args),
        Command::Man(args) => commands::completions::man(&mut ctx, args),
    }
}
