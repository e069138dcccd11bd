//! Removals and corrections inside a case: goals, tasks, monitoring entries, evaluations,
//! members, the case itself, and its status taken back (reopen, unqualify).

use super::*;

/// `koop goal remove`.
pub fn goal(ctx: &mut Ctx, args: GoalRemoveArgs) -> Result<i32> {
    let (mut tx, store) = ctx.load_for_write_case(&args.id)?;
    tx.removal = true;
    let c = case_for_write(&store, &tx, &args.id)?;
    let path = c.path_of("plan", &[]);
    let id = crate::commands::caseutil::resolve_goal(c, &args.goal)?;
    let n = tx.update(&path, |plan: &mut Plan| {
        let before = plan.goals.len();
        plan.goals.retain(|g| *g.id.get_ref() != id);
        Ok(before - plan.goals.len())
    })?;
    if n == 0 {
        return Err(
            Error::user(format!("case {} has no goal {}", c.id(), args.goal))
                .hint("`koop case show` lists the goals"),
        );
    }
    if args.force {
        tx.allow.push(codes::UNKNOWN_REF);
    }
    ctx.commit(
        tx,
        &store,
        &format!("remove goal {} of case {}", args.goal, c.id()),
    )?;
    ctx.ui.line(&format!(
        "Removed goal {} of case {} ({path})",
        args.goal,
        c.id()
    ));
    Ok(0)
}

/// `koop task remove`.
pub fn task(ctx: &mut Ctx, args: TaskRemoveArgs) -> Result<i32> {
    let (mut tx, store) = ctx.load_for_write_case(&args.id)?;
    tx.removal = true;
    let c = case_for_write(&store, &tx, &args.id)?;
    let path = c.path_of("plan", &[]);
    let id = crate::commands::caseutil::resolve_task(c, &args.task)?;
    let n = tx.update(&path, |plan: &mut Plan| {
        Ok(plan
            .goals
            .iter_mut()
            .map(|g| {
                let before = g.tasks.len();
                g.tasks.retain(|t| t.id.get_ref() != &id);
                before - g.tasks.len()
            })
            .sum::<usize>())
    })?;
    if n == 0 {
        let ids = c.tasks().map(|(_, t)| t.id.get_ref().as_str());
        return Err(unknown("task", &args.task, ids, "koop case show"));
    }
    if args.force {
        tx.allow.push(codes::UNKNOWN_REF);
    }
    ctx.commit(
        tx,
        &store,
        &format!("remove task {} of case {}", args.task, c.id()),
    )?;
    ctx.ui.line(&format!(
        "Removed task {} of case {} ({path})",
        args.task,
        c.id()
    ));
    Ok(0)
}

/// `koop task reschedule`.
pub fn reschedule_task(ctx: &mut Ctx, args: TaskRescheduleArgs) -> Result<i32> {
    let (mut tx, store) = ctx.load_for_write_case(&args.id)?;
    tx.removal = true;
    let c = case_for_write(&store, &tx, &args.id)?;
    let path = c.path_of("plan", &[]);
    let id = crate::commands::caseutil::resolve_task(c, &args.task)?;
    let done = tx.update(&path, |plan: &mut Plan| {
        let task = plan
            .goals
            .iter_mut()
            .flat_map(|g| g.tasks.iter_mut())
            .find(|t| t.id.get_ref() == &id);
        Ok(task.map(|t| t.due = Some(spanned(args.due))))
    })?;
    if done.is_none() {
        let ids = c.tasks().map(|(_, t)| t.id.get_ref().as_str());
        return Err(unknown("task", &args.task, ids, "koop case show"));
    }
    ctx.commit(
        tx,
        &store,
        &format!(
            "reschedule task {} of case {} to {}",
            args.task,
            c.id(),
            args.due
        ),
    )?;
    ctx.ui.line(&format!(
        "Task {} of case {} is now due {} ({path})",
        args.task,
        c.id(),
        args.due
    ));
    Ok(0)
}

/// `koop monitor remove`.
pub fn monitoring(ctx: &mut Ctx, args: MonitorRemoveArgs) -> Result<i32> {
    let (mut tx, store) = ctx.load_for_write_case(&args.id)?;
    tx.removal = true;
    let c = case_for_write(&store, &tx, &args.id)?;
    let month = args.month.to_string();
    let task = crate::commands::caseutil::resolve_task(c, &args.task)?;
    let by = c
        .find_member(&args.by)
        .map_or_else(|| args.by.clone(), |m| m.id.get_ref().clone());
    let path = c.path_of("monitoring", &[&month, &by]);
    let Some(report) = c
        .monitoring
        .iter()
        .find(|m| m.month == args.month && m.key == by)
    else {
        let labels: Vec<String> = c
            .monitoring
            .iter()
            .filter(|m| m.month == args.month)
            .map(|m| c.reporter_label(&m.key))
            .collect();
        let reporters: Vec<&str> = labels.iter().map(String::as_str).collect();
        let err = Error::user(format!(
            "case {} has no monitoring for {month} by `{}`",
            c.id(),
            args.by
        ));
        return Err(
            match crate::text::closest(&args.by, reporters.iter().copied()) {
                Some(best) => err.hint(format!("did you mean `{best}`?")),
                None if reporters.is_empty() => {
                    err.hint(format!("nobody has reported for {month} yet"))
                }
                None => err.hint(format!("reported for {month}: {}", reporters.join(", "))),
            },
        );
    };
    // The entries on this task, numbered from 1 in the order of the file.
    let on_task: Vec<(usize, &crate::model::Progress)> = report
        .value
        .entries
        .iter()
        .enumerate()
        .filter(|(_, e)| e.task.get_ref() == &task)
        .collect();
    let chosen = match (on_task.as_slice(), args.entry) {
        ([], _) => {
            return Err(Error::user(format!(
                "{path} has no entry for task {}",
                args.task
            )));
        }
        ([one], None) => one.0,
        (many, None) => {
            let list: Vec<String> = many
                .iter()
                .enumerate()
                .map(|(n, (_, e))| {
                    format!("{}: {}", n + 1, e.progress.lines().next().unwrap_or(""))
                })
                .collect();
            return Err(Error::user(format!(
                "{path} has {} entries for task {}; say which with --entry N",
                many.len(),
                args.task
            ))
            .hint(list.join("; ")));
        }
        (many, Some(n)) => match many.get(n.wrapping_sub(1)) {
            Some((i, _)) => *i,
            None => {
                return Err(Error::user(format!(
                    "--entry {n}: {path} has {} entries for task {}",
                    many.len(),
                    args.task
                )));
            }
        },
    };
    let left = report.value.entries.len() - 1;
    if left == 0 {
        tx.remove(&path)?;
    } else {
        tx.update(&path, |m: &mut crate::model::Monitoring| {
            m.entries.remove(chosen);
            Ok(())
        })?;
    }
    ctx.commit(
        tx,
        &store,
        &format!(
            "remove monitoring of task {} for {month} by {}",
            args.task, args.by
        ),
    )?;
    ctx.ui.line(&format!(
        "Removed 1 entry on task {} for {month} by {} ({path}{})",
        args.task,
        args.by,
        if left == 0 { " removed" } else { "" }
    ));
    Ok(0)
}

/// `koop eval remove`.
pub fn evaluation(ctx: &mut Ctx, args: EvalRemoveArgs) -> Result<i32> {
    let (mut tx, store) = ctx.load_for_write_case(&args.id)?;
    tx.removal = true;
    let c = case_for_write(&store, &tx, &args.id)?;
    let path = c.path_of("evaluation", &[&args.date.to_string()]);
    if !tx.exists(&path)? {
        let dates: Vec<&str> = c.evaluations.iter().map(|e| e.key.as_str()).collect();
        let err = Error::user(format!(
            "case {} has no evaluation on {}",
            c.id(),
            args.date
        ));
        return Err(if dates.is_empty() {
            err.hint("it has no evaluation at all")
        } else {
            err.hint(format!("its evaluations: {}", dates.join(", ")))
        });
    }
    tx.remove(&path)?;
    ctx.commit(
        tx,
        &store,
        &format!("remove the evaluation of case {} on {}", c.id(), args.date),
    )?;
    ctx.ui.line(&format!(
        "Removed the evaluation of case {} on {} ({path})",
        c.id(),
        args.date
    ));
    Ok(0)
}

/// `koop case member remove`.
pub fn case_member(ctx: &mut Ctx, args: CaseMemberRemoveArgs) -> Result<i32> {
    let (mut tx, store) = ctx.load_for_write_case(&args.id)?;
    tx.removal = true;
    let c = case_for_write(&store, &tx, &args.id)?;
    crate::commands::caseutil::need_personal(c, "members")?;
    let path = c.path_of("members", &[]);
    let id = crate::commands::caseutil::resolve_member(c, &args.key)?;
    tx.update(&path, |m: &mut Members| {
        m.members.retain(|f| f.id.get_ref() != &id);
        Ok(())
    })?;
    if args.force {
        tx.allow.push(codes::UNKNOWN_REF);
    }
    ctx.commit(
        tx,
        &store,
        &format!("remove member {} of case {}", args.key, c.id()),
    )?;
    ctx.ui
        .line(&format!("Removed member {} of case {}", args.key, c.id()));
    Ok(0)
}

/// `koop case remove`: the whole folder.
pub fn case(ctx: &mut Ctx, args: CaseRemoveArgs) -> Result<i32> {
    let (mut tx, store) = ctx.load_for_write_case(&args.id)?;
    tx.removal = true;
    // The folder may be given as its path too (tab completion gives `cases/…/`).
    let key = args.id.trim_end_matches('/');
    let key = key.strip_prefix("cases/").unwrap_or(key);
    let c = find_case(&store, key)?;
    let dir = store::case_dir(&c.dir);
    tx.remove_tree(&dir)?;
    ctx.commit(tx, &store, &format!("remove case {}", c.id()))?;
    ctx.ui.line(&format!("Removed case {} ({dir}/)", c.id()));
    ctx.ui
        .note("`koop undo` brings it back; git history keeps it too");
    Ok(0)
}

/// `koop case reopen`: a closed case is active again; its closure is removed.
pub fn reopen(ctx: &mut Ctx, args: ReopenArgs) -> Result<i32> {
    let (mut tx, store) = ctx.load_for_write_case(&args.id)?;
    tx.removal = true;
    let c = case_for_write(&store, &tx, &args.id)?;
    crate::commands::caseutil::require_status(c, Action::Reopen)?;
    // The case goes back to where its records say it was: active with an adopted plan,
    // qualified with a qualification, else referred.
    let back = if c.adopted().is_some() {
        Status::Active
    } else if c.case.value.qualification.is_some() {
        Status::Qualified
    } else {
        Status::Referred
    };
    tx.update(&c.case.path, |case: &mut Case| {
        case.status = spanned(back);
        case.closure = None;
        case.outcome = None;
        Ok(())
    })?;
    ctx.commit(tx, &store, &format!("reopen case {}", c.id()))?;
    ctx.ui.line(&format!(
        "Case {} is {back} again ({})",
        c.id(),
        c.case.path
    ));
    Ok(0)
}

/// `koop case unqualify`: a qualified case goes back to referred; its qualification is
/// removed (the consent stays).
pub fn unqualify(ctx: &mut Ctx, args: UnqualifyArgs) -> Result<i32> {
    let (mut tx, store) = ctx.load_for_write_case(&args.id)?;
    tx.removal = true;
    let c = case_for_write(&store, &tx, &args.id)?;
    crate::commands::caseutil::require_status(c, Action::Unqualify)?;
    tx.update(&c.case.path, |case: &mut Case| {
        case.status = spanned(Status::Referred);
        case.qualification = None;
        Ok(())
    })?;
    ctx.commit(
        tx,
        &store,
        &format!("undo the qualification of case {}", c.id()),
    )?;
    ctx.ui.line(&format!(
        "Case {} is referred again; its qualification was removed ({})",
        c.id(),
        c.case.path
    ));
    Ok(0)
}

/// A case to change: refuses when one of its files does not load (its findings are shown),
/// since a change must not build on what koop could not read.
pub fn case_for_write<'a>(store: &'a Store, tx: &Tx, key: &str) -> Result<&'a store::CaseRec> {
    let c = find_case(store, key)?;
    for kind in ["case", "plan", "members", "diagnosis"] {
        let rel = c.path_of(kind, &[]);
        if c.locked.contains_key(kind) {
            continue; // not this user's to read: need_personal says so where it matters
        }
        tx.refuse_broken(&rel)?;
    }
    let prefix = format!("{}/", store::case_dir(&c.dir));
    if let Some(bad) = store.skipped.iter().find(|p| p.starts_with(&prefix)) {
        tx.refuse_broken(bad)?;
    }
    Ok(c)
}
