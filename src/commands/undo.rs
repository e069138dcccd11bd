//! `koop undo` and `koop log`: koop's local log of the changes it made (store::oplog).

use clap::Args;
use serde_json::json;

use super::Ctx;
use super::output::{ListFormat, print_csv_json, print_json, print_table};
use crate::error::{Error, Result};
use crate::store::{self, oplog};

/// Arguments of `koop undo`.
#[derive(Debug, Args)]
pub struct UndoArgs {
    #[arg(long)]
    pub force: bool,
}

/// Arguments of `koop log`.
#[derive(Debug, Args)]
pub struct LogArgs {
    #[arg(long, short = 'n', default_value_t = 20)]
    pub limit: usize,
    #[arg(long, value_enum, default_value_t)]
    pub format: ListFormat,
}

/// Runs `koop undo`: reverts the newest operation not undone yet, when its files are as it
/// left them.
pub fn cmd_undo(ctx: &mut Ctx, args: UndoArgs) -> Result<i32> {
    let root = store::require_root(&ctx.cwd)?;
    let _lock = ctx.lock(&root)?;
    let ops = oplog::list(&root)?;
    let Some(op) = oplog::undoable(&ops) else {
        return Err(Error::user(crate::tr!("undo-nothing")).hint(crate::tr!("undo-nothing-hint")));
    };
    let changes = oplog::reverse(&root, op)?;
    // An undo is a change like any other: the rules say whether the result holds.
    let before = store::load(&root)?;
    let overlay = changes
        .iter()
        .map(|c| (c.path.clone(), c.after.clone()))
        .collect();
    let sealed = changes
        .iter()
        .filter(|c| c.after.is_some() && c.path.ends_with(store::crypt::SUFFIX))
        .map(|c| c.path.clone())
        .collect();
    let allow: &[&str] = if args.force {
        &[crate::rules::codes::UNKNOWN_REF]
    } else {
        &[]
    };
    let (errors, warnings) = super::findings_of(&before, &overlay, &sealed, allow)?;
    if !errors.is_empty() && !args.force {
        return Err(super::refusal(errors, false).hint(crate::tr!(
            "undo-refused-hint",
            id = op.id,
            description = &op.description
        )));
    }
    let color = ctx.ui.color_err();
    for d in warnings.iter().chain(&errors) {
        ctx.ui.note(&d.render(color));
    }
    if ctx.dry_run {
        let text = |b: &Option<Vec<u8>>, sealed: bool| {
            b.as_ref().and_then(|b| {
                let plain = if sealed {
                    store::crypt::decrypt(b).ok()?
                } else {
                    b.clone()
                };
                Some(String::from_utf8_lossy(&plain).into_owned())
            })
        };
        let prepared = store::tx::Prepared {
            texts: changes
                .iter()
                .map(|c| {
                    let sealed = c.path.ends_with(store::crypt::SUFFIX);
                    (
                        c.path.clone(),
                        text(&c.before, sealed),
                        text(&c.after, sealed),
                        sealed,
                    )
                })
                .collect(),
            ..Default::default()
        };
        ctx.ui
            .print(&super::diff::unified(&prepared, ctx.reveal_diff));
        return Err(Error::done(0));
    }
    let id = oplog::commit(
        &root,
        &super::command_line(),
        &crate::tr!("undo-op", id = op.id, description = &op.description),
        Some(op.id),
        &changes,
    )?;
    ctx.ui.line(&crate::tr!(
        "undo-done",
        id = op.id,
        description = &op.description,
        n = changes.len()
    ));
    ctx.ui.note(&crate::tr!("undo-logged", id = id));
    Ok(0)
}

/// Runs `koop log`.
pub fn cmd_log(ctx: &mut Ctx, args: LogArgs) -> Result<i32> {
    let root = store::require_root(&ctx.cwd)?;
    let ops = oplog::list(&root)?;
    let undone: std::collections::BTreeSet<u64> = ops.iter().filter_map(|o| o.undoes).collect();
    let newest: Vec<_> = ops.iter().rev().take(args.limit).collect();
    match args.format {
        ListFormat::Json | ListFormat::Csv => {
            let items: Vec<serde_json::Value> = newest
                .iter()
                .map(|o| {
                    json!({
                        "id": o.id,
                        "time": o.time,
                        "command": o.command,
                        "description": o.description,
                        "undoes": o.undoes,
                        "undone": undone.contains(&o.id),
                        "files": o.files.iter().map(|f| json!({
                            "path": f.path,
                            "change": change_word(f.before.is_some(), f.after.is_some()),
                        })).collect::<Vec<_>>(),
                    })
                })
                .collect();
            if args.format == ListFormat::Csv {
                print_csv_json(
                    ctx.ui,
                    &[
                        "id",
                        "time",
                        "command",
                        "description",
                        "undoes",
                        "undone",
                        "files.path",
                    ],
                    &items,
                );
            } else {
                print_json(ctx.ui, &serde_json::Value::Array(items));
            }
        }
        ListFormat::Table => {
            let rows = newest
                .iter()
                .map(|o| {
                    let files: Vec<String> = o
                        .files
                        .iter()
                        .map(|f| {
                            let mark = change_mark(f.before.is_some(), f.after.is_some());
                            format!("{mark} {}", f.path)
                        })
                        .collect();
                    vec![
                        o.id.to_string(),
                        o.time.clone(),
                        if undone.contains(&o.id) {
                            crate::tr!("undo-undone", description = &o.description)
                        } else {
                            o.description.clone()
                        },
                        o.command.clone(),
                        files.join("\n"),
                    ]
                })
                .collect();
            let header = [
                crate::tr!("undo-column-op"),
                crate::tr!("undo-column-time"),
                crate::tr!("undo-column-what"),
                crate::tr!("undo-column-command"),
                crate::tr!("undo-column-files"),
            ];
            print_table(ctx.ui, &header.each_ref().map(String::as_str), rows);
        }
    }
    Ok(0)
}

fn change_word(before: bool, after: bool) -> &'static str {
    match (before, after) {
        (false, _) => "added",
        (true, false) => "removed",
        (true, true) => "modified",
    }
}

fn change_mark(before: bool, after: bool) -> &'static str {
    match (before, after) {
        (false, _) => "A",
        (true, false) => "D",
        (true, true) => "M",
    }
}
