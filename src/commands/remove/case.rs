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
        return Err(Error::user(crate::tr!(
            "remove-no-goal",
            case = c.id(),
            goal = args.goal.as_str()
        ))
        .hint(crate::tr!("remove-no-goal-hint")));
    }
    if args.force {
        tx.allow.push(codes::UNKNOWN_REF);
    }
    ctx.commit(
        tx,
        &store,
        &crate::tr!("remove-op-goal", goal = args.goal.as_str(), case = c.id()),
    )?;
    ctx.ui.line(&crate::tr!(
        "remove-goal-removed",
        goal = args.goal.as_str(),
        case = c.id(),
        path = path.as_str()
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
        return Err(unknown_id(
            crate::tr!("remove-no-task", id = args.task.as_str()),
            &args.task,
            ids,
            "koop case show",
        ));
    }
    if args.force {
        tx.allow.push(codes::UNKNOWN_REF);
    }
    ctx.commit(
        tx,
        &store,
        &crate::tr!("remove-op-task", task = args.task.as_str(), case = c.id()),
    )?;
    ctx.ui.line(&crate::tr!(
        "remove-task-removed",
        task = args.task.as_str(),
        case = c.id(),
        path = path.as_str()
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
        return Err(unknown_id(
            crate::tr!("remove-no-task", id = args.task.as_str()),
            &args.task,
            ids,
            "koop case show",
        ));
    }
    ctx.commit(
        tx,
        &store,
        &crate::tr!(
            "remove-op-task-reschedule",
            task = args.task.as_str(),
            case = c.id(),
            date = args.due.to_string()
        ),
    )?;
    ctx.ui.line(&crate::tr!(
        "remove-task-rescheduled",
        task = args.task.as_str(),
        case = c.id(),
        date = args.due.to_string(),
        path = path.as_str()
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
        let err = Error::user(crate::tr!(
            "remove-no-monitoring",
            case = c.id(),
            month = month.as_str(),
            by = args.by.as_str()
        ));
        return Err(
            match crate::text::closest(&args.by, reporters.iter().copied()) {
                Some(best) => err.hint(crate::tr!("caseutil-did-you-mean", id = best)),
                None if reporters.is_empty() => err.hint(crate::tr!(
                    "remove-monitoring-nobody",
                    month = month.as_str()
                )),
                None => err.hint(crate::tr!(
                    "remove-monitoring-reporters",
                    month = month.as_str(),
                    reporters = reporters.join(", ")
                )),
            },
        );
    };
    // The entries on this task, numbered from 1 in the order of the file.
    let on_task: Vec<(usize, &crate::model::Progress)> = report
        .value
        .entries
        .iter()
        .enumerate()
        .filter(|(_, e)| *e.task().get_ref() == task)
        .collect();
    let chosen = match (on_task.as_slice(), args.entry) {
        ([], _) => {
            return Err(Error::user(crate::tr!(
                "remove-monitoring-no-entry",
                path = path.as_str(),
                task = args.task.as_str()
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
            return Err(Error::user(crate::tr!(
                "remove-monitoring-which",
                path = path.as_str(),
                n = many.len(),
                task = args.task.as_str()
            ))
            .hint(list.join("; ")));
        }
        (many, Some(n)) => match many.get(n.wrapping_sub(1)) {
            Some((i, _)) => *i,
            None => {
                return Err(Error::user(crate::tr!(
                    "remove-monitoring-no-such-entry",
                    entry = n,
                    path = path.as_str(),
                    n = many.len(),
                    task = args.task.as_str()
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
        &crate::tr!(
            "remove-op-monitoring",
            task = args.task.as_str(),
            month = month.as_str(),
            by = args.by.as_str()
        ),
    )?;
    let (task, by, path) = (args.task.as_str(), args.by.as_str(), path.as_str());
    // The file goes with its last entry.
    ctx.ui.line(&crate::tr!(
        "remove-monitoring-removed",
        task = task,
        month = month.as_str(),
        by = by,
        path = path,
        left = left
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
        let err = Error::user(crate::tr!(
            "remove-no-evaluation",
            case = c.id(),
            date = args.date.to_string()
        ));
        return Err(if dates.is_empty() {
            err.hint(crate::tr!("remove-no-evaluations"))
        } else {
            err.hint(crate::tr!(
                "remove-evaluations-are",
                dates = dates.join(", ")
            ))
        });
    }
    tx.remove(&path)?;
    ctx.commit(
        tx,
        &store,
        &crate::tr!(
            "remove-op-evaluation",
            case = c.id(),
            date = args.date.to_string()
        ),
    )?;
    ctx.ui.line(&crate::tr!(
        "remove-evaluation-removed",
        case = c.id(),
        date = args.date.to_string(),
        path = path.as_str()
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
        &crate::tr!(
            "remove-op-member",
            member = args.key.as_str(),
            case = c.id()
        ),
    )?;
    ctx.ui.line(&crate::tr!(
        "remove-member-removed",
        member = args.key.as_str(),
        case = c.id()
    ));
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
    ctx.commit(tx, &store, &crate::tr!("remove-op-case", case = c.id()))?;
    ctx.ui.line(&crate::tr!(
        "remove-case-removed",
        case = c.id(),
        folder = dir.as_str()
    ));
    ctx.ui.note(&crate::tr!("remove-case-removed-note"));
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
    ctx.commit(tx, &store, &crate::tr!("remove-op-reopen", case = c.id()))?;
    ctx.ui.line(&crate::tr!(
        "remove-reopened",
        case = c.id(),
        status = back.as_str(),
        path = c.case.path.as_str()
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
        &crate::tr!("remove-op-unqualify", case = c.id()),
    )?;
    ctx.ui.line(&crate::tr!(
        "remove-unqualified",
        case = c.id(),
        path = c.case.path.as_str()
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
