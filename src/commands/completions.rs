//! `koop completions SHELL` and `koop man [DIR]`: the shell completion script and the manual
//! pages, both made from the command line's own definition.

use std::path::PathBuf;

use clap::{Args, ValueEnum};

use super::Ctx;
use crate::error::{Error, Result};

/// A shell koop completes in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Shell {
    Bash,
    Zsh,
    Fish,
    Powershell,
    Elvish,
}

/// Arguments of `koop completions`.
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    #[arg(value_enum)]
    pub shell: Shell,
}

/// Arguments of `koop man`.
#[derive(Debug, Args)]
pub struct ManArgs {
    pub dir: PathBuf,
}

/// Prints the script that registers koop's completion with the shell. The script asks koop
/// itself at completion time (`COMPLETE=<shell> koop …`), so subcommands, options, values
/// and the repository's IDs are always those of the koop installed.
pub fn completions(ctx: &mut Ctx, args: CompletionsArgs) -> Result<i32> {
    let name = match args.shell {
        Shell::Bash => "bash",
        Shell::Zsh => "zsh",
        Shell::Fish => "fish",
        Shell::Powershell => "powershell",
        Shell::Elvish => "elvish",
    };
    let shells = clap_complete::env::Shells::builtins();
    let shell = shells
        .completer(name)
        .ok_or_else(|| Error::user(crate::tr!("completions-shell", shell = name)))?;
    // The completer is this very binary, by its full path: the script works even where koop
    // is not on PATH.
    let exe = std::env::current_exe()
        .map_err(|e| Error::user(crate::tr!("completions-exe-unknown")).caused_by(e.to_string()))?;
    let mut buf = Vec::new();
    shell
        .write_registration("COMPLETE", "koop", "koop", &exe.to_string_lossy(), &mut buf)
        .map_err(|e| Error::user(crate::tr!("completions-script")).caused_by(e.to_string()))?;
    ctx.ui.print_bytes(&buf);
    Ok(0)
}

/// Writes a man page for koop and one for every command into the folder.
pub fn man(ctx: &mut Ctx, args: ManArgs) -> Result<i32> {
    let dir = ctx.cwd.join(&args.dir);
    if !dir.is_dir() {
        return Err(
            Error::user(crate::tr!("completions-no-folder", dir = dir.display()))
                .hint(crate::tr!("completions-no-folder-hint")),
        );
    }
    let mut cmd = crate::help::command().disable_help_subcommand(true);
    cmd.build();
    let mut pages = Vec::new();
    collect(&cmd, &mut pages);
    for page in &pages {
        let man = clap_mangen::Man::new(page.clone());
        let mut buf = Vec::new();
        man.render(&mut buf)
            .map_err(|e| Error::user(crate::tr!("completions-man")).caused_by(e.to_string()))?;
        crate::store::write::write_file(&dir.join(man.get_filename()), &buf)?;
    }
    ctx.ui.note(&crate::tr!(
        "completions-man-written",
        n = pages.len(),
        dir = dir.display()
    ));
    Ok(0)
}

/// The command and all its subcommands, depth first.
fn collect(cmd: &clap::Command, out: &mut Vec<clap::Command>) {
    out.push(cmd.clone());
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        collect(sub, out);
    }
}
