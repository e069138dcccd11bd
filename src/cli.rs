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
    /// Run as if koop was started in DIR.
    #[arg(
        short = 'C',
        id = "chdir",
        global = true,
        help_heading = "Global options",
        value_name = "DIR"
    )]
    pub chdir: Option<PathBuf>,

    /// Fail (exit 1) when any record file could not be read, instead of skipping it.
    #[arg(long, global = true, help_heading = "Global options")]
    pub strict: bool,

    /// Show what a write would change as a diff, and write nothing (exit 0, or 1 when the
    /// change would be refused).
    #[arg(long, global = true, help_heading = "Global options")]
    pub dry_run: bool,

    /// With --dry-run: show the decrypted text of encrypted personal files in the diff.
    #[arg(
        long = "reveal-diff",
        global = true,
        help_heading = "Global options",
        requires = "dry_run"
    )]
    pub reveal_diff: bool,

    /// When to colour output.
    #[arg(long, global = true, help_heading = "Global options", value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub color: ColorChoice,

    /// Print long output straight to the terminal, not through the pager (KOOP_PAGER, PAGER,
    /// or `less -FRX`).
    #[arg(long, global = true, help_heading = "Global options")]
    pub no_pager: bool,

    /// The command to run.
    #[command(subcommand)]
    pub command: Command,
}

/// Every koop command.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Start a repository for a gmina or a powiat.
    Init(commands::init::InitArgs),
    /// Institutions taking part in the cooperation.
    #[command(subcommand)]
    Institution(commands::institution::InstitutionCommand),
    /// People working in the institutions.
    #[command(subcommand)]
    Person(commands::person::PersonCommand),
    /// Teams (PZK, GGK), their members and agreements.
    #[command(subcommand)]
    Team(commands::team::TeamCommand),
    /// The local list of activities and services.
    #[command(subcommand)]
    Service(commands::service::ServiceCommand),
    /// Meetings of a team: plan, invite, attendance, minutes, approval.
    #[command(subcommand)]
    Meeting(commands::meeting::MeetingCommand),
    /// The model's course: stages I–IV, steps done, due and late on the 18-month timeline.
    #[command(subcommand)]
    Model(commands::model::ModelCommand),
    /// What is coming: meetings, deadlines, evaluations and monitoring due, RSVP dates.
    Agenda(commands::agenda::AgendaArgs),
    /// Cases: referral, consent, qualification, diagnosis, plan, closure.
    #[command(subcommand)]
    Case(commands::case::CaseCommand),
    /// Goals of a case's plan (IPW).
    #[command(subcommand)]
    Goal(commands::plan::GoalCommand),
    /// Tasks of a case's plan.
    #[command(subcommand)]
    Task(commands::plan::TaskCommand),
    /// Monthly monitoring of a case's tasks.
    #[command(subcommand)]
    Monitor(commands::monitor::MonitorCommand),
    /// Evaluations of a case (part C).
    #[command(subcommand)]
    Eval(commands::monitor::EvalCommand),
    /// Reports: monthly monitoring, overdue tasks, caseload.
    #[command(subcommand)]
    Report(commands::report::ReportCommand),
    /// Encryption of personal data: your identity, the recipients, re-encryption.
    #[command(subcommand)]
    Keys(commands::keys::KeysCommand),
    /// Exports for others: aggregate figures without personal data.
    #[command(subcommand)]
    Export(commands::export::ExportCommand),
    /// Documents: the model's forms filled from the records, as Markdown, HTML or PDF.
    #[command(subcommand)]
    Doc(commands::doc::DocCommand),
    /// Open a record in your editor ($VISUAL, $EDITOR); the result is checked before it is saved.
    Edit(commands::edit::EditArgs),
    /// Undo koop's last change to the records (when its files have not changed since).
    Undo(commands::undo::UndoArgs),
    /// koop's own log of the changes it made here (kept in .koop/, not shared through git).
    Log(commands::undo::LogArgs),
    /// Share your work: commit, pull your colleagues' changes (merged by identity), check, push.
    Sync(commands::sync::SyncArgs),
    /// Sharing through git: merge drivers that merge records by identity, conflicts resolved.
    #[command(subcommand)]
    Git(commands::git::GitCommand),
    /// Bring the records to the format this koop writes (identities for members, goals, tasks…).
    Migrate(commands::migrate::MigrateArgs),
    /// Check the repository against the model's rules (`koop rules` lists them).
    Check(commands::check::CheckArgs),
    /// List the rules `koop check` applies.
    Rules(commands::check::RulesArgs),
    /// Explain a rule: what it checks, why (quoting its source) and how to fix a finding.
    Explain(commands::check::ExplainArgs),
    /// Print the shell completion script: subcommands, options, values and this repository's
    /// IDs complete on Tab.
    Completions(commands::completions::CompletionsArgs),
    /// Write the manual pages (koop.1 and one per command) into a folder.
    Man(commands::completions::ManArgs),
}

/// Runs a parsed command line; returns the exit code on success.
pub fn run(cli: Cli, ui: &mut Ui) -> Result<i32> {
    let cwd = match &cli.chdir {
        Some(dir) => dir.clone(),
        None => std::env::current_dir().map_err(|e| {
            crate::error::Error::repo("cannot read the current folder").caused_by(e.to_string())
        })?,
    };
    if let Some(dir) = &cli.chdir
        && !dir.is_dir()
    {
        return Err(crate::error::Error::repo(format!(
            "-C {}: no such folder",
            dir.display()
        )));
    }
    // A mistyped KOOP_TODAY would silently switch off every rule about dates.
    crate::model::Date::today().map_err(|e| {
        crate::error::Error::repo(e).hint("set KOOP_TODAY to a date as YYYY-MM-DD, or unset it")
    })?;
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
    );
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
        Command::Doc(cmd) => commands::doc::run(&mut ctx, cmd),
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
