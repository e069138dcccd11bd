//! Removals and corrections of meetings: a decision, a meeting cancelled or moved.

use super::*;

/// `koop meeting decision remove`.
pub fn decision(ctx: &mut Ctx, args: DecisionRemoveArgs) -> Result<i32> {
    let (mut tx, store) = ctx.load_for_write()?;
    tx.removal = true;
    let path = meeting_path(&store, &args.meeting)?;
    let n = args.n;
    let removed = tx.update(&path, |m: &mut Meeting| {
        if n == 0 || n > m.decisions.len() {
            return Ok(false);
        }
        m.decisions.remove(n - 1);
        Ok(true)
    })?;
    if !removed {
        return Err(Error::user(crate::tr!(
            "remove-no-decision",
            id = args.meeting.as_str(),
            n = n
        ))
        .hint(crate::tr!(
            "remove-no-decision-hint",
            id = args.meeting.as_str()
        )));
    }
    ctx.commit(
        tx,
        &store,
        &crate::tr!("remove-op-decision", n = n, id = args.meeting.as_str()),
    )?;
    ctx.ui.line(&crate::tr!(
        "remove-decision-removed",
        n = n,
        id = args.meeting.as_str(),
        path = path.as_str()
    ));
    Ok(0)
}

fn meeting_path(store: &Store, id: &str) -> Result<String> {
    crate::commands::meeting::find_meeting(store, id).map(|m| m.path.to_string())
}

/// `koop meeting cancel`: a meeting that has not taken place is removed.
pub fn cancel(ctx: &mut Ctx, args: CancelArgs) -> Result<i32> {
    let (mut tx, store) = ctx.load_for_write()?;
    tx.removal = true;
    let path = meeting_path(&store, &args.id)?;
    let m = store.meeting(&args.id).map(|m| &m.value);
    let today = today()?;
    let held = m.is_some_and(|m| {
        m.minutes.is_some()
            || !m.attendance.is_empty()
            || !m.decisions.is_empty()
            || *m.date.get_ref() < today
    });
    if held {
        return Err(
            Error::user(crate::tr!("remove-meeting-held", id = args.id.as_str())).hint(crate::tr!(
                "remove-meeting-held-hint",
                id = args.id.as_str()
            )),
        );
    }
    tx.remove(&path)?;
    ctx.commit(
        tx,
        &store,
        &crate::tr!("remove-op-cancel", id = args.id.as_str()),
    )?;
    ctx.ui.line(&crate::tr!(
        "remove-meeting-cancelled",
        id = args.id.as_str(),
        path = path.as_str()
    ));
    Ok(0)
}

/// `koop meeting reschedule`: a new date (and times); the file and the ID follow the date,
/// and meetings that name the old ID (`approved_at`) are updated with it.
pub fn reschedule_meeting(ctx: &mut Ctx, args: RescheduleArgs) -> Result<i32> {
    let (mut tx, store) = ctx.load_for_write()?;
    tx.removal = true;
    let path = meeting_path(&store, &args.id)?;
    let Some(m) = store.meeting(&args.id) else {
        return Err(Error::user(crate::tr!(
            "remove-no-meeting",
            id = args.id.as_str()
        )));
    };
    let team = m.value.team.get_ref().clone();
    if args.allow_duplicate {
        tx.allow.push(codes::EXACT_DUPLICATE);
    }
    // A new start without an end keeps the meeting as long as it was.
    let end = match (args.start, args.end) {
        (Some(start), None) => Some(
            m.value
                .end
                .get_ref()
                .shifted_like(*m.value.start.get_ref(), start),
        ),
        (_, end) => end,
    };
    let new_id = crate::commands::meeting::free_id(&store, &tx, args.date, &team, &m.id)?;
    let first_id = m.id.clone();
    tx.update(&path, |m: &mut Meeting| {
        // A calendar knows the meeting by its first ID, and takes the new date over the old
        // one by the higher SEQUENCE (RFC 5545).
        if m.first_id.is_none() && new_id != first_id {
            m.first_id = Some(first_id.clone());
        }
        m.rescheduled += 1;
        m.date = spanned(args.date);
        if let Some(s) = args.start {
            m.start = spanned(s);
        }
        if let Some(e) = end {
            m.end = spanned(e);
        }
        Ok(())
    })?;
    let new_path = store::meeting_path(&new_id);
    if new_path != path {
        // The file follows the date: the same text under the new name.
        let text = tx.current(&path)?.unwrap_or_default();
        tx.remove(&path)?;
        tx.create(&new_path, &String::from_utf8_lossy(&text))?;
        for other in store.meetings.iter().filter(|o| {
            o.value
                .approved_at
                .as_ref()
                .is_some_and(|a| a.get_ref() == &m.id)
        }) {
            tx.update(&other.path, |m: &mut Meeting| {
                m.approved_at = Some(spanned(new_id.clone()));
                Ok(())
            })?;
        }
    }
    ctx.commit(
        tx,
        &store,
        &crate::tr!(
            "remove-op-reschedule",
            id = args.id.as_str(),
            date = args.date.to_string()
        ),
    )?;
    ctx.ui.line(&new_id);
    ctx.ui.note(&crate::tr!(
        "remove-meeting-moved",
        id = args.id.as_str(),
        date = args.date.to_string(),
        path = new_path.as_str()
    ));
    Ok(0)
}
