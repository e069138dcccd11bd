//! `koop migrate`: brings a repository's records to the current format (`store::format`) in
//! one transaction, so it is checked, logged and undoable like any change. Running it again
//! changes nothing.
//!
//! From format 1 to 2 it gives every family member, goal, task, monitoring entry and
//! decision an identity — derived from its case folder (whose suffix is random) and what the
//! entry was, so that two people who migrate the same records in parallel give them the same
//! identities and their clones merge without duplicates — rewrites every reference (consent, tasks' members,
//! monitoring's tasks, evaluations' goals, monitoring files named after a member) to hold
//! identities, and sets `format = 2` in koop.toml. Display numbers stay what they were: the
//! entries keep their order.
//!
//! From format 2 to 3 it renumbers the steps of continuation cycles as the "KOLEJNE WDRAŻANIE"
//! diagram of Założenia organizacyjne does: the old 7 (realisation, work for groups and the
//! community) becomes 6, the old 8 (evaluation and the decision to continue) becomes 7.

use std::collections::{BTreeMap, BTreeSet};

use clap::Args;
use toml_edit::{DocumentMut, Item, Table, value};

use super::Ctx;
use crate::error::{Error, Result};
use crate::model::uid;
use crate::store::format::{is_member_key, is_task_number, lacks_ids, outdated};
use crate::store::tx::Tx;

/// Arguments of `koop migrate`.
#[derive(Debug, Args)]
pub struct MigrateArgs {}

/// What a migration changed, for the summary.
#[derive(Default)]
struct Counts {
    members: usize,
    goals: usize,
    tasks: usize,
    entries: usize,
    decisions: usize,
    references: usize,
    renamed: usize,
    steps: usize,
}

/// Runs `koop migrate`.
pub fn run(ctx: &mut Ctx, _args: MigrateArgs) -> Result<i32> {
    let (mut tx, store) = ctx.load_for_migrate()?;
    tx.fix_all = true;
    let mut n = Counts::default();
    let format = store.config.as_ref().map(|c| c.koop.format);
    if format.is_some_and(|f| f < crate::model::config::FORMAT) {
        tx.edit(crate::store::CONFIG_FILE, |doc| {
            doc["koop"]["format"] = value(i64::from(crate::model::config::FORMAT));
            Ok(())
        })?;
    }
    for dir in folders(tx.root(), "cases")? {
        case(&mut tx, &format!("cases/{dir}"), &mut n)?;
    }
    if format.is_some_and(|f| f < 3) {
        for file in files(tx.root(), "course")? {
            let rel = format!("course/{file}");
            let text = text_of(&tx, &rel)?;
            let Ok(doc) = text.parse::<DocumentMut>() else {
                continue; // a broken file is `koop check`'s to report; it is left as it is
            };
            let continuation = doc.get("kind").and_then(|k| k.as_str()) == Some("continuation");
            let has = |key: &str| {
                doc.get("steps")
                    .and_then(|s| s.as_table_like())
                    .is_some_and(|s| s.contains_key(key))
            };
            if !continuation || !(has("7") || has("8")) {
                continue;
            }
            tx.edit(&rel, |doc| {
                let Some(steps) = doc.get_mut("steps").and_then(|s| s.as_table_like_mut()) else {
                    return Ok(());
                };
                // In order, so that 8 moves into the place 7 leaves.
                for (old, new) in [("7", "6"), ("8", "7")] {
                    if let Some(item) = steps.remove(old) {
                        // Bare, as koop writes whole step numbers: `[steps.6]`.
                        steps.insert(new, item);
                        n.steps += 1;
                    }
                }
                Ok(())
            })?;
        }
    }
    for file in files(tx.root(), "meetings")? {
        let rel = format!("meetings/{file}");
        let text = text_of(&tx, &rel)?;
        if lacks_ids(&text, "decisions") {
            tx.edit(&rel, |doc| {
                let mut taken = ids_in(doc, "decisions");
                for d in tables(doc, "decisions") {
                    if !d.contains_key("id") {
                        let what = d.to_string();
                        set_id(d, derive(&mut taken, &[&rel, "decision", &what]));
                        n.decisions += 1;
                    }
                }
                Ok(())
            })?;
        }
    }
    let changed = n.members + n.goals + n.tasks + n.entries + n.decisions + n.references + n.steps;
    if changed == 0 && format == Some(crate::model::config::FORMAT) {
        ctx.ui.line(&crate::tr!(
            "migrate-current",
            format = crate::model::config::FORMAT
        ));
        return Ok(0);
    }
    let root = store.root.clone();
    ctx.commit(
        tx,
        &store,
        &crate::tr!("migrate-op", format = crate::model::config::FORMAT),
    )?;
    // An earlier koop marked encrypted files as not mergeable; now koop merges them.
    if crate::store::git::git_dir(&root).is_some() {
        super::git::attributes(&root)?;
    }
    let mut said = Vec::new();
    if format.is_some_and(|f| f < 2) || changed > n.steps {
        said.push(crate::tr!(
            "migrate-identities",
            members = n.members,
            goals = n.goals,
            tasks = n.tasks,
            entries = n.entries,
            decisions = n.decisions,
            references = n.references,
            files = n.renamed
        ));
    }
    said.push(crate::tr!("migrate-steps", n = n.steps));
    ctx.ui.line(&crate::tr!(
        "migrate-done",
        format = crate::model::config::FORMAT,
        changes = said.join("; ")
    ));
    ctx.ui.note(&crate::tr!("migrate-commit-now"));
    Ok(0)
}

/// One case folder: members first (their keys are referred to), then the plan (goals and
/// tasks), then what refers to them.
fn case(tx: &mut Tx, dir: &str, n: &mut Counts) -> Result<()> {
    let mut taken = BTreeSet::new();
    let mut members: BTreeMap<String, String> = BTreeMap::new();
    let mut goals: BTreeMap<String, String> = BTreeMap::new();
    let mut tasks: BTreeMap<String, String> = BTreeMap::new();

    let members_rel = format!("{dir}/members.toml");
    if tx.exists(&members_rel)? {
        let text = text_of(tx, &members_rel)?;
        if outdated("members", &text).is_some() {
            tx.edit(&members_rel, |doc| {
                taken.extend(ids_in(doc, "members"));
                for m in tables(doc, "members") {
                    if m.contains_key("id") {
                        continue;
                    }
                    let Some(key) = m.remove("key") else { continue };
                    let id = derive(&mut taken, &[dir, "member", key.as_str().unwrap_or("")]);
                    if let Some(k) = key.as_str() {
                        members.insert(k.to_string(), id.clone());
                    }
                    set_id(m, id);
                    n.members += 1;
                }
                Ok(())
            })?;
        }
    }

    let plan_rel = format!("{dir}/plan.toml");
    if tx.exists(&plan_rel)? {
        let text = text_of(tx, &plan_rel)?;
        let old = outdated("plan", &text).is_some();
        let names_members = members.keys().any(|k| text.contains(&format!("\"{k}\"")));
        if old || names_members {
            tx.edit(&plan_rel, |doc| {
                for g in tables(doc, "goals") {
                    if let Some(number) = g.get("id").and_then(|v| v.as_integer()) {
                        let id = derive(&mut taken, &[dir, "goal", &number.to_string()]);
                        goals.insert(number.to_string(), id.clone());
                        set_id(g, id);
                        n.goals += 1;
                    }
                    let Some(list) = g.get_mut("tasks").and_then(Item::as_array_of_tables_mut)
                    else {
                        continue;
                    };
                    for t in list.iter_mut() {
                        if let Some(number) = t
                            .get("id")
                            .and_then(|v| v.as_str())
                            .filter(|s| is_task_number(s))
                            .map(str::to_string)
                        {
                            let id = derive(&mut taken, &[dir, "task", &number]);
                            tasks.insert(number, id.clone());
                            set_id(t, id);
                            n.tasks += 1;
                        }
                        n.references += rename(t, "member", &members);
                    }
                }
                Ok(())
            })?;
        }
    }

    let case_rel = format!("{dir}/case.toml");
    if tx.exists(&case_rel)? && !members.is_empty() {
        let text = text_of(tx, &case_rel)?;
        if members.keys().any(|k| text.contains(&format!("\"{k}\""))) {
            tx.edit(&case_rel, |doc| {
                if let Some(consent) = doc.get_mut("consent").and_then(Item::as_table_like_mut)
                    && let Some(by) = consent.get_mut("by")
                    && let Some(id) = by.as_str().and_then(|k| members.get(k))
                {
                    *by = value(id.as_str());
                    n.references += 1;
                }
                Ok(())
            })?;
        }
    }

    for month in folders(tx.root(), &format!("{dir}/monitoring"))? {
        for file in files(tx.root(), &format!("{dir}/monitoring/{month}"))? {
            let rel = format!("{dir}/monitoring/{month}/{file}");
            let text = text_of(tx, &rel)?;
            let reporter = file.strip_suffix(".toml").unwrap_or(&file);
            let moved = members
                .get(reporter)
                .filter(|_| is_member_key(reporter))
                .map(|id| format!("{dir}/monitoring/{month}/{id}.toml"));
            if !lacks_ids(&text, "entries") && moved.is_none() {
                continue;
            }
            tx.edit(&rel, |doc| {
                for e in tables(doc, "entries") {
                    if !e.contains_key("id") {
                        let what = e.to_string();
                        set_id(e, derive(&mut taken, &[&rel, "entry", &what]));
                        n.entries += 1;
                    }
                    n.references += rename(e, "task", &tasks);
                }
                Ok(())
            })?;
            if let Some(new) = moved {
                let staged = tx.current(&rel)?.unwrap_or_default();
                tx.remove(&rel)?;
                tx.create(&new, &String::from_utf8_lossy(&staged))?;
                n.renamed += 1;
            }
        }
    }

    for file in files(tx.root(), &format!("{dir}/evaluations"))? {
        let rel = format!("{dir}/evaluations/{file}");
        let text = text_of(tx, &rel)?;
        if outdated("evaluation", &text).is_none() {
            continue;
        }
        tx.edit(&rel, |doc| {
            for g in tables(doc, "goals") {
                let Some(number) = g.get("goal").and_then(|v| v.as_integer()) else {
                    continue;
                };
                // A goal the plan does not have stays as it was written, as text: K005 names it.
                let id = goals
                    .get(&number.to_string())
                    .cloned()
                    .unwrap_or_else(|| number.to_string());
                g["goal"] = value(id);
                n.references += 1;
            }
            Ok(())
        })?;
    }
    Ok(())
}

/// Replaces the value of `key` by its identity from `map`; 1 when it did.
fn rename(t: &mut Table, key: &str, map: &BTreeMap<String, String>) -> usize {
    let Some(id) = t.get(key).and_then(|v| v.as_str()).and_then(|k| map.get(k)) else {
        return 0;
    };
    let id = id.clone();
    if let Some(v) = t.get_mut(key).and_then(Item::as_value_mut) {
        let decor = v.decor().clone();
        *v = id.into();
        *v.decor_mut() = decor;
    }
    1
}

/// The identity of an entry being migrated, derived from where it is and what it was (the
/// same in every clone that migrates it: `uid::derived`), outside `taken`, which then holds it.
fn derive(taken: &mut BTreeSet<String>, parts: &[&str]) -> String {
    let id = uid::derived(parts, |s| taken.contains(s));
    taken.insert(id.clone());
    id
}

/// Sets `id` as the entry's first key (replacing a number in place).
fn set_id(t: &mut Table, id: String) {
    if let Some(v) = t.get_mut("id").and_then(Item::as_value_mut) {
        let decor = v.decor().clone();
        *v = id.into();
        *v.decor_mut() = decor;
        return;
    }
    t.insert("id", value(id));
    t.sort_values_by(|a, _, b, _| (a.get() != "id").cmp(&(b.get() != "id")));
}

/// The identities already given in an array of tables.
fn ids_in(doc: &DocumentMut, key: &str) -> BTreeSet<String> {
    doc.get(key)
        .and_then(Item::as_array_of_tables)
        .into_iter()
        .flat_map(|a| a.iter())
        .filter_map(|t| t.get("id")?.as_str().map(str::to_string))
        .collect()
}

/// The tables of an array of tables (none when absent).
fn tables<'a>(doc: &'a mut DocumentMut, key: &str) -> impl Iterator<Item = &'a mut Table> {
    doc.get_mut(key)
        .and_then(Item::as_array_of_tables_mut)
        .into_iter()
        .flat_map(|a| a.iter_mut())
}

/// A record's current text (staged, or from disk, decrypted).
fn text_of(tx: &Tx, rel: &str) -> Result<String> {
    let bytes = tx.current(rel)?.unwrap_or_default();
    crate::text::decode(bytes).map(|d| d.text).map_err(|bad| {
        Error::user(crate::tr!(
            "migrate-not-utf8",
            path = rel,
            line = bad.line,
            column = bad.column
        ))
    })
}

/// Sub-folders of a folder of the repository, sorted.
fn folders(root: &std::path::Path, dir: &str) -> Result<Vec<String>> {
    entries(root, dir, true)
}

/// Record files (`*.toml`, also when encrypted) of a folder, sorted, named without `.age`.
fn files(root: &std::path::Path, dir: &str) -> Result<Vec<String>> {
    let mut out: Vec<String> = entries(root, dir, false)?
        .into_iter()
        .map(|f| {
            f.strip_suffix(crate::store::crypt::SUFFIX)
                .map_or(f.clone(), str::to_string)
        })
        .filter(|f| f.ends_with(".toml"))
        .collect();
    out.dedup();
    Ok(out)
}

fn entries(root: &std::path::Path, dir: &str, want_dirs: bool) -> Result<Vec<String>> {
    let Ok(read) = std::fs::read_dir(root.join(dir)) else {
        return Ok(Vec::new());
    };
    let mut out: Vec<String> = read
        .flatten()
        .filter(|e| e.file_type().is_ok_and(|t| t.is_dir() == want_dirs))
        .filter_map(|e| e.file_name().to_str().map(str::to_string))
        .filter(|name| !name.starts_with('.'))
        .collect();
    out.sort();
    Ok(out)
}
