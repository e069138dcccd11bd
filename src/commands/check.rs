//! `koop check` and `koop rules`: run the rule catalogue over the repository and print the
//! findings like rustc (or as JSON), with exit 0 (clean), 1 (errors) or 2 (unreadable).

use clap::Args;
use serde_json::Value;

use super::Ctx;
use super::output::{print_json, print_table};
use crate::diag::{Severity, summary};
use crate::error::Result;
use crate::rules::{self, RULES};
use crate::store;

/// Output of `koop check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum CheckFormat {
    /// Findings like rustc, then a summary.
    #[default]
    Human,
    /// One JSON object per finding, in an array.
    Json,
}

/// Arguments of `koop check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    pub format: CheckFormat,
}

/// Arguments of `koop rules`.
#[derive(Debug, Args)]
pub struct RulesArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    pub format: super::output::Format,
}

/// Runs `koop check`.
pub fn cmd_check(ctx: &mut Ctx, args: CheckArgs) -> Result<i32> {
    let root = store::require_root(&ctx.cwd)?;
    let store = store::load(&root)?;
    let allowed: Vec<String> = store
        .config
        .iter()
        .flat_map(|c| c.check.allow.iter().map(|a| a.to_uppercase()))
        .collect();
    let findings: Vec<_> = rules::check(&store)
        .into_iter()
        .filter(|d| !allowed.iter().any(|a| a == d.code))
        .collect();
    let errors = findings
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    let warnings = findings.len() - errors;
    match args.format {
        CheckFormat::Json => {
            print_json(
                ctx.ui,
                &Value::Array(findings.iter().map(|d| d.to_json()).collect()),
            );
        }
        CheckFormat::Human => {
            let color = ctx.ui.color();
            for d in &findings {
                ctx.ui.line(&d.render(color));
            }
            // Files that were not even decoded are in `skipped` but not in `sources`.
            let unread = store
                .skipped
                .iter()
                .filter(|p| !store.sources.contains_key(*p));
            let files = store.sources.len() + unread.count();
            let checked = format!("checked {files} file{}", if files == 1 { "" } else { "s" });
            if findings.is_empty() {
                ctx.ui.line(&format!("{checked}: no problems"));
            } else {
                ctx.ui
                    .line(&format!("{checked}: {}", summary(errors, warnings)));
            }
        }
    }
    Ok(if errors > 0 { 1 } else { 0 })
}

/// Runs `koop rules`.
pub fn cmd_rules(ctx: &mut Ctx, args: RulesArgs) -> Result<i32> {
    match args.format {
        super::output::Format::Json => {
            let items = RULES
                .iter()
                .map(|r| {
                    serde_json::json!({
                        "code": r.code,
                        "name": r.name,
                        "severity": r.severity,
                        "summary": r.summary,
                        "source": r.source,
                    })
                })
                .collect();
            print_json(ctx.ui, &Value::Array(items));
        }
        super::output::Format::Table => {
            let rows = RULES
                .iter()
                .map(|r| {
                    vec![
                        r.code.to_string(),
                        r.name.to_string(),
                        r.severity.as_str().to_string(),
                        r.summary.to_string(),
                    ]
                })
                .collect();
            print_table(ctx.ui, &["code", "name", "severity", "checks"], rows);
        }
    }
    Ok(0)
}
