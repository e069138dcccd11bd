//! `koop check`, `koop rules` and `koop explain`: run the rule catalogue over the repository
//! and print the findings like rustc (or as JSON), with exit 0 (no errors), 1 (errors, or
//! warnings under `--deny warnings`) or 2 (the repository cannot be read).

use clap::Args;
use serde_json::Value;

use super::Ctx;
use super::output::{print_json, print_table};
use crate::diag::{Severity, summary};
use crate::error::{Error, Result};
use crate::rules::{self, RULES, Rule};
use crate::store;
use crate::text::closest;

/// Output of `koop check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum CheckFormat {
    /// Findings like rustc, then a summary.
    #[default]
    Human,
    /// One JSON object per finding, in an array.
    Json,
}

/// What `--deny` can turn into failures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Deny {
    /// Exit 1 when there are warnings too.
    Warnings,
}

/// Arguments of `koop check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    #[arg(long = "rule", value_name = "CODE")]
    pub rules: Vec<String>,
    #[arg(long = "allow", value_name = "CODE")]
    pub allow: Vec<String>,
    #[arg(long, value_enum)]
    pub deny: Option<Deny>,
    #[arg(long, value_enum, default_value_t)]
    pub format: CheckFormat,
}

/// Arguments of `koop rules`.
#[derive(Debug, Args)]
pub struct RulesArgs {
    #[arg(long, value_enum, default_value_t)]
    pub format: RulesFormat,
}

/// Output of `koop rules`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum RulesFormat {
    /// A table.
    #[default]
    Table,
    /// JSON.
    Json,
    /// The Markdown reference, docs/rules.md.
    Md,
}

/// Arguments of `koop explain`.
#[derive(Debug, Args)]
pub struct ExplainArgs {
    pub code: String,
}

/// Resolves codes given by the user, refusing unknown ones with a suggestion.
fn known_codes(flag: &str, codes: &[String]) -> Result<Vec<&'static str>> {
    codes
        .iter()
        .map(|c| {
            rules::rule(c.trim()).map(|r| r.code).ok_or_else(|| {
                let all = RULES.iter().map(|r| r.code);
                let err = Error::user(crate::tr!("check-unknown-code", flag = flag, code = c));
                match closest(&c.to_uppercase(), all) {
                    Some(best) => err.hint(crate::tr!("check-did-you-mean", code = best)),
                    None => err.hint(crate::tr!("check-rules-list")),
                }
            })
        })
        .collect()
}

/// Runs `koop check`.
pub fn cmd_check(ctx: &mut Ctx, args: CheckArgs) -> Result<i32> {
    let only = known_codes("--rule", &args.rules)?;
    let mut allowed = known_codes("--allow", &args.allow)?;
    let root = store::require_root(&ctx.cwd)?;
    if store::oplog::pending(&root) {
        // A koop was killed while writing: finish its change before checking.
        drop(ctx.lock(&root)?);
    }
    let store = store::load(&root)?;
    super::locked_note(ctx.ui, &store);
    if let Some(config) = &store.config {
        // An unknown code in koop.toml is reported, not fatal: the rest still runs.
        for code in &config.check.allow {
            match rules::rule(code) {
                Some(r) => allowed.push(r.code),
                None => ctx
                    .ui
                    .warn(&crate::tr!("check-unknown-allowed", code = code)),
            }
        }
    }
    let mut findings = rules::check(&store);
    findings.retain(|d| (only.is_empty() || only.contains(&d.code)) && !allowed.contains(&d.code));
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
                .filter(|p| !store.sources.contains(p.as_str()));
            let files = store.sources.len() + unread.count() + store.locked.len();
            if findings.is_empty() {
                ctx.ui.line(&crate::tr!("check-clean", n = files));
            } else {
                ctx.ui.line(&crate::tr!(
                    "check-summary",
                    n = files,
                    summary = summary(errors, warnings)
                ));
            }
        }
    }
    let fail = errors > 0 || (args.deny == Some(Deny::Warnings) && warnings > 0);
    Ok(i32::from(fail))
}

/// Runs `koop rules`.
pub fn cmd_rules(ctx: &mut Ctx, args: RulesArgs) -> Result<i32> {
    match args.format {
        RulesFormat::Json => {
            let items = RULES
                .iter()
                .map(|r| {
                    serde_json::json!({
                        "code": r.code,
                        "name": r.name,
                        "severity": r.severity,
                        "summary": r.summary(),
                        "source": r.source,
                        "explain": r.explain(),
                    })
                })
                .collect();
            print_json(ctx.ui, &Value::Array(items));
        }
        RulesFormat::Table => {
            let rows = RULES
                .iter()
                .map(|r| {
                    vec![
                        r.code.to_string(),
                        r.name.to_string(),
                        r.severity.word(),
                        r.summary(),
                    ]
                })
                .collect();
            let headers = [
                crate::tr!("rule-column-code"),
                crate::tr!("rule-column-name"),
                crate::tr!("rule-column-severity"),
                crate::tr!("rule-column-checks"),
            ];
            let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
            print_table(ctx.ui, &headers, rows);
        }
        RulesFormat::Md => ctx.ui.print(&rules_markdown()),
    }
    Ok(0)
}

/// docs/rules.md (docs/rules.pl.md in Polish): the catalogue as Markdown, generated from the
/// code and the catalogues.
pub fn rules_markdown() -> String {
    let columns = [
        crate::tr!("rule-column-code"),
        crate::tr!("rule-column-name"),
        crate::tr!("rule-column-severity"),
        crate::tr!("rule-column-checks"),
    ];
    let mut out = format!(
        "# {}\n\n{}\n\n{}\n\n| {} |\n|---|---|---|---|\n",
        crate::tr!("rule-md-title"),
        crate::tr!("rule-md-generated"),
        crate::tr!("rule-md-intro"),
        columns.join(" | ")
    );
    for r in RULES {
        out.push_str(&format!(
            "| [{}](#{}) | `{}` | {} | {} |\n",
            r.code,
            r.code.to_lowercase(),
            r.name,
            r.severity.word(),
            r.summary()
        ));
    }
    for r in RULES {
        let line = if r.check.is_none() {
            crate::tr!(
                "rule-md-checks-on-load",
                name = r.name,
                summary = r.summary()
            )
        } else {
            crate::tr!("rule-md-checks", name = r.name, summary = r.summary())
        };
        out.push_str(&format!(
            "\n## {}\n\n{line}\n\n{}\n{}\n\n{}\n",
            r.code,
            crate::tr!("rule-md-severity", severity = r.severity.word()),
            crate::tr!("rule-md-source", source = r.source),
            r.explain()
        ));
    }
    out
}

/// The text of `koop explain` for one rule, for the terminal.
fn explanation(r: &Rule) -> String {
    let title = if r.check.is_none() {
        crate::tr!(
            "rule-explain-title-on-load",
            code = r.code,
            name = r.name,
            summary = r.summary()
        )
    } else {
        crate::tr!(
            "rule-explain-title",
            code = r.code,
            name = r.name,
            summary = r.summary()
        )
    };
    format!(
        "{title}\n{}\n{}\n\n{}\n",
        crate::tr!("rule-explain-severity", severity = r.severity.word()),
        crate::tr!("rule-explain-source", source = r.source),
        wrap(&r.explain(), 90)
    )
}

/// Wraps prose at word boundaries for the terminal.
fn wrap(text: &str, width: usize) -> String {
    let mut out = String::new();
    let mut line = 0;
    for word in text.split_whitespace() {
        let len = word.chars().count();
        if line > 0 && line + 1 + len > width {
            out.push('\n');
            line = 0;
        } else if line > 0 {
            out.push(' ');
            line += 1;
        }
        out.push_str(word);
        line += len;
    }
    out
}

/// Runs `koop explain`.
pub fn cmd_explain(ctx: &mut Ctx, args: ExplainArgs) -> Result<i32> {
    let code = known_codes("explain", std::slice::from_ref(&args.code))?;
    let Some(rule) = code.first().and_then(|c| rules::rule(c)) else {
        return Err(Error::user(crate::tr!("check-no-rule", code = &args.code)));
    };
    ctx.ui.print(&explanation(rule));
    Ok(0)
}
