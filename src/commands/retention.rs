//! Retention: `koop retention` lists the ended cases whose personal data is past the period
//! `koop.toml` states, and `koop case anonymise` replaces a case's personal data by a
//! tombstone, keeping its figures and anonymous history (docs/privacy.md, "Retention").

use clap::Args;
use serde_json::{Value, json};

use super::caseutil::{need_personal, today};
use super::output::{ListFormat, print_csv_json, print_json, print_table};
use super::{Ctx, Step, optional_text};
use crate::error::{Error, Result};
use crate::model::{Case, Date, Diagnosis, Evaluation, Members, Monitoring, Plan, spanned};
use crate::store::{CaseRec, Store};

/// What is written in place of personal data and free text.
pub const TOMBSTONE: &str = "(zanonimizowano)";

/// Arguments of `koop retention`.
#[derive(Debug, Args)]
pub struct RetentionArgs {
    #[arg(long)]
    pub all: bool,
    #[arg(long, value_enum, default_value_t)]
    pub format: ListFormat,
}

/// Arguments of `koop case anonymise`.
#[derive(Debug, Args)]
pub struct AnonymiseArgs {
    #[arg(add = clap_complete::ArgValueCandidates::new(crate::complete::cases))]
    pub id: String,
    #[arg(long, requires = "reason")]
    pub force: bool,
    #[arg(long)]
    pub reason: Option<String>,
}

/// The day a case's retention period ends: `years` after the end of its work (or of its
/// follow-up); `None` while it has not ended.
pub fn retained_until(case: &Case, years: u32) -> Option<Date> {
    let end = case.ended_on()?;
    let y = end.year() + i32::try_from(years).unwrap_or(i32::MAX / 2);
    // 29 February ends on 28 February of a common year.
    Date::from_ymd(y, end.month(), end.day()).or_else(|| Date::from_ymd(y, end.month(), 28))
}

fn years(store: &Store) -> u32 {
    store
        .config
        .as_ref()
        .map_or(crate::model::config::RETENTION_YEARS, |c| {
            c.retention_years()
        })
}

/// `koop retention`.
pub fn list(ctx: &mut Ctx, args: &RetentionArgs) -> Result<i32> {
    // Dates and statuses only: no family's data is decrypted.
    let store = ctx.load_without_personal()?;
    let day = today()?;
    let years = years(&store);
    let basis = store
        .config
        .as_ref()
        .and_then(|c| c.retention.as_ref())
        .and_then(|r| r.basis.clone());
    let rows: Vec<(&CaseRec, Date, bool)> = store
        .cases
        .iter()
        .filter(|c| c.case.value.anonymised.is_none())
        .filter_map(|c| {
            let until = retained_until(&c.case.value, years)?;
            let past = until <= day;
            (past || args.all).then_some((c, until, past))
        })
        .collect();
    let item = |(c, until, past): &(&CaseRec, Date, bool)| {
        json!({
            "case": c.id(),
            "folder": c.dir,
            "status": c.status().as_str(),
            "ended": c.case.value.ended_on().map(|d| d.to_string()),
            "retained_until": until.to_string(),
            "past": past,
        })
    };
    match args.format {
        ListFormat::Table => {
            ctx.ui.note(&match &basis {
                Some(b) => crate::tr!("retention-period-basis", years = years, basis = b.as_str()),
                None => crate::tr!("retention-period", years = years),
            });
            let table = rows
                .iter()
                .map(|(c, until, past)| {
                    vec![
                        c.id().to_string(),
                        c.status().shown().to_string(),
                        c.case
                            .value
                            .ended_on()
                            .map(|d| d.to_string())
                            .unwrap_or_default(),
                        until.to_string(),
                        if *past {
                            crate::tr!("retention-past")
                        } else {
                            String::new()
                        },
                    ]
                })
                .collect();
            let header = [
                crate::tr!("retention-col-case"),
                crate::tr!("retention-col-status"),
                crate::tr!("retention-col-ended"),
                crate::tr!("retention-col-until"),
                crate::tr!("retention-col-past"),
            ];
            print_table(ctx.ui, &header.each_ref().map(String::as_str), table);
            if rows.iter().any(|r| r.2) {
                ctx.ui.note(&crate::tr!("retention-hint"));
            }
        }
        ListFormat::Json => print_json(ctx.ui, &Value::Array(rows.iter().map(item).collect())),
        ListFormat::Csv => print_csv_json(
            ctx.ui,
            &[
                "case",
                "folder",
                "status",
                "ended",
                "retained_until",
                "past",
            ],
            &rows.iter().map(item).collect::<Vec<_>>(),
        ),
    }
    Ok(0)
}

/// A tombstone numbered so that entries that differed stay apart (K034).
fn tomb(n: impl std::fmt::Display) -> String {
    format!("{TOMBSTONE} {n}")
}

/// `koop case anonymise`.
pub fn anonymise(ctx: &mut Ctx, args: AnonymiseArgs) -> Result<i32> {
    let reason = optional_text("--reason", args.reason)?;
    let (mut tx, store) = ctx.load_for_write_case(&args.id)?;
    let c = super::remove::case_for_write(&store, &tx, &args.id)?;
    let day = today()?;
    let v = &c.case.value;
    if let Some(d) = &v.anonymised {
        return Err(Error::user(crate::tr!(
            "anonymise-already",
            case = c.id(),
            date = d.get_ref().to_string()
        )));
    }
    let years = years(&store);
    let Some(until) = retained_until(v, years) else {
        return Err(
            Error::user(crate::tr!("anonymise-not-ended", case = c.id()))
                .hint(crate::tr!("anonymise-not-ended-hint", case = c.id())),
        );
    };
    if until > day && !(args.force && reason.is_some()) {
        return Err(Error::user(crate::tr!(
            "anonymise-not-due",
            case = c.id(),
            until = until.to_string(),
            years = years
        ))
        .hint(crate::tr!("anonymise-not-due-hint", case = c.id())));
    }
    need_personal(c, "members")?;
    need_personal(c, "diagnosis")?;
    if c.members.is_some() {
        tx.update(&c.path_of("members", &[]), |m: &mut Members| {
            for (i, x) in m.members.iter_mut().enumerate() {
                x.name = tomb(crate::model::uid::member_number(i));
                x.birth_year = None;
                x.age = None;
                x.residence = None;
                x.phone = None;
                x.relation = None;
            }
            Ok(())
        })?;
    }
    if c.diagnosis.is_some() {
        // The date and author stay: the plan was adopted after a diagnosis (K040).
        tx.update(&c.path_of("diagnosis", &[]), |d: &mut Diagnosis| {
            *d = Diagnosis {
                date: d.date.take(),
                author: d.author.take(),
                ..Diagnosis::default()
            };
            Ok(())
        })?;
    }
    let hide = |s: &mut Option<String>| {
        if s.is_some() {
            *s = Some(TOMBSTONE.to_string());
        }
    };
    tx.update(&c.case.path, |case: &mut Case| {
        hide(&mut case.referral.expectations);
        if let Some(q) = &mut case.qualification {
            hide(&mut q.reason);
        }
        if let Some(k) = &mut case.closure {
            k.handover = TOMBSTONE.to_string();
        }
        if let Some(o) = &mut case.outcome {
            o.reason = TOMBSTONE.to_string();
        }
        for k in &mut case.consents {
            hide(&mut k.scope);
        }
        case.anonymised = Some(spanned(day));
        Ok(())
    })?;
    if c.plan.is_some() {
        tx.update(&c.path_of("plan", &[]), |p: &mut Plan| {
            hide(&mut p.main_goal);
            for (gi, g) in p.goals.iter_mut().enumerate() {
                g.text = tomb(crate::model::uid::goal_number(gi)).into();
                for (ti, t) in g.tasks.iter_mut().enumerate() {
                    t.text = tomb(crate::model::uid::task_number(gi, ti)).into();
                }
            }
            Ok(())
        })?;
    }
    for m in &c.monitoring {
        tx.update(&m.path, |r: &mut Monitoring| {
            for (i, e) in r.entries.iter_mut().enumerate() {
                e.progress = tomb(i + 1).into();
            }
            Ok(())
        })?;
    }
    for e in &c.evaluations {
        tx.update(&e.path, |r: &mut Evaluation| {
            hide(&mut r.comment);
            for g in &mut r.goals {
                hide(&mut g.reasons);
            }
            Ok(())
        })?;
    }
    let entry = super::share::Entry {
        date: day,
        act: crate::model::disclosure::Act::Anonymise,
        case: c.dir.clone(),
        number: c.id().to_string(),
        to: None,
        categories: Vec::new(),
        purpose: reason,
        document: None,
        format: None,
    };
    let path = super::share::stage(&mut tx, &store, entry)?;
    let (number, dir, root) = (c.id().to_string(), c.dir.clone(), store.root.clone());
    Step::new(crate::tr!("anonymise-op", case = number.as_str()))
        .line(crate::tr!(
            "anonymise-done",
            case = number.as_str(),
            path = path.as_str()
        ))
        .commit(ctx, tx, &store)?;
    // The operation log keeps every file's bytes before each change: for this case it would
    // keep what was just removed. It forgets them; undo cannot bring the data back.
    let forgotten =
        crate::store::oplog::forget_under(&root, &format!("{}/", crate::store::case_dir(&dir)))?;
    ctx.ui
        .note(&crate::tr!("anonymise-log-forgot", n = forgotten));
    ctx.ui.note(&crate::tr!("anonymise-history"));
    Ok(0)
}
