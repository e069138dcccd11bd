//! Three-way merge of a record by identity: what git's merge driver for koop's TOML files
//! (`koop git merge`) does when two people changed one record in two clones.
//!
//! The result starts from "ours" (so its comments, order and layout stay) and takes from
//! "theirs" what they changed since the common base:
//! - a key or an entry added on one side is kept; one removed on one side (and unchanged on
//!   the other) goes;
//! - entries of lists of tables (`[[members]]`, `[[goals]]`, `[[goals.tasks]]`,
//!   `[[entries]]`, `[[attendance]]`, …) are matched by identity (`id`, or the natural key of
//!   the list: `person`, `institution`, `goal`), never by position, so two entries added in
//!   parallel are both kept (theirs after ours) and a change to one reaches that one;
//! - a list of plain values (delegates, agenda, problems) keeps both sides' additions;
//! - a value changed on one side takes that side's value;
//! - a value changed differently on both sides is a conflict: the file keeps our value and
//!   gets a `[[conflicts]]` entry at its end with the key and both values (and the base), so it
//!   stays valid TOML; `koop check` reports it (K036) until someone chooses and deletes the
//!   entry.

use toml_edit::{Array, ArrayOfTables, DocumentMut, InlineTable, Item, Table, Value};

use super::merge::identity;

/// The key of the table of unresolved conflicts the driver appends.
pub const CONFLICTS: &str = "conflicts";

/// The result of a merge.
#[derive(Debug)]
pub struct Merged {
    /// The merged text.
    pub text: String,
    /// How many values were changed differently on both sides (listed in the text).
    pub conflicts: usize,
}

/// One value two people changed differently.
struct Conflict {
    key: String,
    what: String,
    base: Option<Item>,
    ours: Option<Item>,
    theirs: Option<Item>,
}

/// Merges three versions of a record's text. `Err` when one of them is not TOML (git's own
/// line merge is then the fallback).
pub fn three_way(base: &str, ours: &str, theirs: &str) -> Result<Merged, String> {
    let base_doc = base
        .parse::<DocumentMut>()
        .map_err(|e| crate::tr!("merge-base-not-toml", error = e.to_string()))?;
    let mut out = ours
        .parse::<DocumentMut>()
        .map_err(|e| crate::tr!("merge-ours-not-toml", error = e.to_string()))?;
    let theirs_doc = theirs
        .parse::<DocumentMut>()
        .map_err(|e| crate::tr!("merge-theirs-not-toml", error = e.to_string()))?;
    let mut conflicts = Vec::new();
    merge_table(
        out.as_table_mut(),
        base_doc.as_table(),
        theirs_doc.as_table(),
        "",
        &mut conflicts,
    );
    // A note written by hand after the last entry is the document's trailing text.
    let (b, t) = (trailing(&base_doc), trailing(&theirs_doc));
    if b != t && trailing(&out) == b {
        out.set_trailing(t);
    }
    let n = conflicts.len();
    if n > 0 {
        append_conflicts(&mut out, conflicts);
    }
    // Tables render in the order of their positions, which came from two documents: number
    // them again in the merged order, so each `[[goals.tasks]]` follows its own goal.
    let mut next = 1;
    renumber(out.as_table_mut(), &mut next);
    Ok(Merged {
        text: out.to_string(),
        conflicts: n,
    })
}

/// Gives every table a position in the order of a depth-first walk.
fn renumber(table: &mut Table, next: &mut isize) {
    for (_, item) in table.iter_mut() {
        match item {
            Item::Table(t) => {
                if t.position().is_some() {
                    t.set_position(Some(*next));
                    *next += 1;
                }
                renumber(t, next);
            }
            Item::ArrayOfTables(list) => {
                for t in list.iter_mut() {
                    t.set_position(Some(*next));
                    *next += 1;
                    renumber(t, next);
                }
            }
            _ => {}
        }
    }
}

fn trailing(doc: &DocumentMut) -> String {
    doc.trailing().as_str().unwrap_or("").to_string()
}

/// Keys of the three versions: ours in its order, then those only theirs (or the base) has.
fn all_keys(ours: &Table, base: &Table, theirs: &Table) -> Vec<String> {
    let mut out: Vec<String> = ours.iter().map(|(k, _)| k.to_string()).collect();
    for (k, _) in theirs.iter().chain(base.iter()) {
        if !out.iter().any(|o| o == k) {
            out.push(k.to_string());
        }
    }
    out
}

fn merge_table(
    out: &mut Table,
    base: &Table,
    theirs: &Table,
    path: &str,
    conflicts: &mut Vec<Conflict>,
) {
    for k in all_keys(out, base, theirs) {
        let here = if path.is_empty() {
            k.clone()
        } else {
            format!("{path}.{k}")
        };
        let b = base.get(&k).filter(|i| !i.is_none());
        let t = theirs.get(&k).filter(|i| !i.is_none());
        let o = out.get(&k).filter(|i| !i.is_none()).cloned();
        // A list of tables whose last entry went is no list at all: merge it as an empty one,
        // entry by entry.
        let lists = [b, t, o.as_ref()]
            .iter()
            .flatten()
            .all(|i| i.is_array_of_tables());
        if lists && (o.is_none() || t.is_none()) && b.is_some() {
            let empty = Item::ArrayOfTables(ArrayOfTables::new());
            let t = t.cloned().unwrap_or_else(|| empty.clone());
            let b = b.cloned().unwrap_or_else(|| empty.clone());
            let mut slot = o.unwrap_or(empty);
            if let (Some(so), Some(bb), Some(tt)) = (
                slot.as_array_of_tables_mut(),
                b.as_array_of_tables(),
                t.as_array_of_tables(),
            ) {
                merge_entries(so, bb, tt, &here, conflicts);
            }
            if slot.as_array_of_tables().is_some_and(|a| a.is_empty()) {
                out.remove(&k);
            } else {
                out.insert(&k, slot);
            }
            continue;
        }
        if same(o.as_ref(), t) || same(b, t) {
            continue; // the same on both sides, or theirs did not change it
        }
        if same(b, o.as_ref()) {
            // Only theirs changed it: take theirs (into ours' layout where both are tables).
            match (out.get_mut(&k), t) {
                (Some(slot), Some(t)) => take(slot, b, t, &here, conflicts),
                (None, Some(t)) => {
                    let (key, item) = theirs.get_key_value(&k).map_or_else(
                        || (toml_edit::Key::new(k.clone()), t.clone()),
                        |(key, item)| (key.clone(), item.clone()),
                    );
                    out.insert_formatted(&key, item);
                }
                (_, None) => {
                    out.remove(&k);
                }
            }
            continue;
        }
        // Both changed it.
        match (out.get_mut(&k), t) {
            (Some(slot), Some(t)) => both(slot, b, t, &here, conflicts),
            (Some(_), None) => conflicts.push(Conflict {
                key: here,
                what: crate::tr!("merge-removed-theirs"),
                base: b.cloned(),
                ours: o,
                theirs: None,
            }),
            (None, Some(t)) => {
                // Ours removed what theirs changed: theirs is kept, and the choice is asked.
                out.insert(&k, t.clone());
                conflicts.push(Conflict {
                    key: here,
                    what: crate::tr!("merge-removed-ours"),
                    base: b.cloned(),
                    ours: None,
                    theirs: Some(t.clone()),
                });
            }
            (None, None) => {}
        }
    }
}

/// Theirs changed `slot` and ours did not: take theirs, keeping ours' layout.
fn take(slot: &mut Item, base: Option<&Item>, theirs: &Item, path: &str, c: &mut Vec<Conflict>) {
    match (&mut *slot, theirs) {
        // Tables and lists of tables: entry by entry, as when both changed them.
        (Item::Table(_), Item::Table(_)) | (Item::ArrayOfTables(_), Item::ArrayOfTables(_)) => {
            both(slot, base, theirs, path, c);
        }
        (Item::Value(o), Item::Value(t)) => {
            let decor = o.decor().clone();
            *o = t.clone();
            *o.decor_mut() = decor;
        }
        (slot, t) => *slot = t.clone(),
    }
}

/// Both sides changed `slot`: merge what can be merged, else a conflict.
fn both(slot: &mut Item, base: Option<&Item>, theirs: &Item, path: &str, c: &mut Vec<Conflict>) {
    match (&mut *slot, theirs) {
        (Item::Table(o), Item::Table(t)) => {
            let empty = Table::new();
            let b = base.and_then(Item::as_table).unwrap_or(&empty);
            merge_table(o, b, t, path, c);
        }
        (Item::ArrayOfTables(o), Item::ArrayOfTables(t)) => {
            let empty = ArrayOfTables::new();
            let b = base.and_then(Item::as_array_of_tables).unwrap_or(&empty);
            merge_entries(o, b, t, path, c);
        }
        (Item::Value(Value::InlineTable(o)), Item::Value(Value::InlineTable(t))) => {
            let b = base
                .and_then(Item::as_inline_table)
                .map(|b| b.clone().into_table())
                .unwrap_or_default();
            let mut table = o.clone().into_table();
            merge_table(&mut table, &b, &t.clone().into_table(), path, c);
            let decor = o.decor().clone();
            *o = table.into_inline_table();
            *o.decor_mut() = decor;
        }
        (Item::Value(Value::Array(o)), Item::Value(Value::Array(t)))
            if base.is_none_or(|b| b.as_array().is_some()) =>
        {
            let empty = Array::new();
            let b = base.and_then(Item::as_array).unwrap_or(&empty);
            merge_list(o, b, t);
        }
        (o, t) => c.push(Conflict {
            key: path.to_string(),
            what: crate::tr!("merge-changed-both"),
            base: base.cloned(),
            ours: Some(o.clone()),
            theirs: Some(t.clone()),
        }),
    }
}

/// A list of values: ours, without what theirs removed, with what theirs added at the end.
fn merge_list(ours: &mut Array, base: &Array, theirs: &Array) {
    let has = |list: &Array, v: &Value| list.iter().any(|x| same_value(x, v));
    let removed: Vec<Value> = base.iter().filter(|v| !has(theirs, v)).cloned().collect();
    ours.retain(|v| !removed.iter().any(|r| same_value(r, v)));
    let added: Vec<Value> = theirs
        .iter()
        .filter(|v| !has(base, v) && !has(ours, v))
        .cloned()
        .collect();
    for v in added {
        let mut v = v;
        if let Some(prefix) = ours.iter().last().and_then(|l| l.decor().prefix()).cloned() {
            v.decor_mut().set_prefix(prefix);
        }
        ours.push_formatted(v);
    }
}

/// Entries of a list of tables, matched by identity.
fn merge_entries(
    ours: &mut ArrayOfTables,
    base: &ArrayOfTables,
    theirs: &ArrayOfTables,
    path: &str,
    c: &mut Vec<Conflict>,
) {
    let id = |t: &Table| identity(t).unwrap_or_else(|| content(t));
    let find = |list: &ArrayOfTables, key: &str| list.iter().find(|t| id(t) == key).cloned();
    let mut out: Vec<Table> = Vec::new();
    for o in ours.iter() {
        let key = id(o);
        let here = format!("{path}[{key}]");
        let b = find(base, &key);
        match (find(theirs, &key), b) {
            (Some(t), b) => {
                // Added on both sides (the same person attending, say) merges like a change.
                let mut merged = o.clone();
                let b = b.unwrap_or_default();
                if !same_table(&b, &t) {
                    merge_table(&mut merged, &b, &t, &here, c);
                }
                out.push(merged);
            }
            (None, Some(b)) if same_table(&b, o) => {} // theirs removed it
            (None, Some(b)) => {
                c.push(Conflict {
                    key: here,
                    what: crate::tr!("merge-removed-theirs"),
                    base: Some(Item::Table(b)),
                    ours: Some(Item::Table(o.clone())),
                    theirs: None,
                });
                out.push(o.clone());
            }
            (None, None) => out.push(o.clone()), // ours added it
        }
    }
    // Entries both sides appended: the two runs go in the order of their first identity,
    // so the result (and the display numbers) is the same whichever side merges.
    let ours_added: Vec<String> = ours
        .iter()
        .map(id)
        .filter(|k| find(base, k).is_none() && find(theirs, k).is_none())
        .collect();
    let theirs_added: Vec<String> = theirs
        .iter()
        .map(id)
        .filter(|k| find(base, k).is_none() && !ours.iter().any(|o| id(o) == *k))
        .collect();
    let tail = out.len().saturating_sub(ours_added.len());
    let appended =
        !ours_added.is_empty() && out[tail..].iter().map(id).eq(ours_added.iter().cloned());
    let theirs_first = appended && theirs_added.first() < ours_added.first();
    let mut ours_tail = if theirs_first {
        out.split_off(tail)
    } else {
        Vec::new()
    };
    for t in theirs.iter() {
        let key = id(t);
        if ours.iter().any(|o| id(o) == key) {
            continue;
        }
        match find(base, &key) {
            None => out.push(spaced(t, !out.is_empty())), // theirs added it
            Some(b) if same_table(&b, t) => {}            // ours removed it
            Some(b) => {
                c.push(Conflict {
                    key: format!("{path}[{key}]"),
                    what: crate::tr!("merge-removed-ours"),
                    base: Some(Item::Table(b)),
                    ours: None,
                    theirs: Some(Item::Table(t.clone())),
                });
                out.push(t.clone());
            }
        }
    }
    out.append(&mut ours_tail);
    ours.clear();
    for t in out {
        ours.push(t);
    }
}

/// An entry added from theirs, with a blank line before it when entries precede it.
fn spaced(t: &Table, after_another: bool) -> Table {
    let mut t = t.clone();
    let prefix = t
        .decor()
        .prefix()
        .and_then(|p| p.as_str())
        .unwrap_or("")
        .to_string();
    if after_another && !prefix.starts_with('\n') {
        t.decor_mut().set_prefix(format!("\n{prefix}"));
    }
    t
}

/// An entry without an identity is known by its whole content.
fn content(t: &Table) -> String {
    let mut doc = DocumentMut::new();
    for (k, v) in t.iter() {
        doc.insert(k, strip(v));
    }
    format!("{{{}}}", doc.to_string().trim().replace('\n', ", "))
}

fn same(a: Option<&Item>, b: Option<&Item>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(a), Some(b)) => plain(a) == plain(b),
        _ => false,
    }
}

fn same_table(a: &Table, b: &Table) -> bool {
    plain(&Item::Table(a.clone())) == plain(&Item::Table(b.clone()))
}

fn same_value(a: &Value, b: &Value) -> bool {
    plain(&Item::Value(a.clone())) == plain(&Item::Value(b.clone()))
}

/// What an item means, without its layout: tables and inline tables alike, keys sorted.
fn plain(item: &Item) -> String {
    match item {
        Item::None => String::new(),
        Item::Value(Value::InlineTable(t)) => plain(&Item::Table(t.clone().into_table())),
        Item::Value(Value::Array(a)) => {
            let items: Vec<String> = a.iter().map(|v| plain(&Item::Value(v.clone()))).collect();
            format!("[{}]", items.join(","))
        }
        Item::Value(v) => v.clone().decorated("", "").to_string(),
        Item::Table(t) => {
            let mut items: Vec<String> =
                t.iter().map(|(k, v)| format!("{k}={}", plain(v))).collect();
            items.sort();
            format!("{{{}}}", items.join(","))
        }
        Item::ArrayOfTables(a) => {
            let items: Vec<String> = a.iter().map(|t| plain(&Item::Table(t.clone()))).collect();
            format!("[{}]", items.join(","))
        }
    }
}

/// An item as a value that fits on one line of the conflicts table.
fn strip(item: &Item) -> Item {
    match item {
        Item::Table(t) => {
            let mut inline = t.clone().into_inline_table();
            inline.fmt();
            Item::Value(Value::InlineTable(inline))
        }
        Item::ArrayOfTables(a) => {
            let mut list = Array::new();
            for t in a.iter() {
                let mut inline: InlineTable = t.clone().into_inline_table();
                inline.fmt();
                list.push(inline);
            }
            Item::Value(Value::Array(list))
        }
        Item::Value(v) => {
            let mut v = v.clone();
            v.decor_mut().clear();
            if let Value::Array(a) = &mut v {
                a.fmt();
            }
            Item::Value(v)
        }
        Item::None => Item::None,
    }
}

fn append_conflicts(out: &mut DocumentMut, conflicts: Vec<Conflict>) {
    let mut list = match out.remove(CONFLICTS) {
        Some(Item::ArrayOfTables(list)) => list,
        _ => ArrayOfTables::new(),
    };
    let first_new = list.len();
    for c in conflicts {
        let mut t = Table::new();
        t.insert("key", toml_edit::value(c.key));
        t.insert("what", toml_edit::value(c.what));
        for (name, item) in [("ours", c.ours), ("theirs", c.theirs), ("base", c.base)] {
            if let Some(item) = item {
                t.insert(name, strip(&item));
            }
        }
        list.push(t);
    }
    if let Some(first) = list.get_mut(first_new) {
        first
            .decor_mut()
            .set_prefix(format!("\n{}\n", crate::tr!("merge-conflicts-note")));
    }
    out.insert(CONFLICTS, Item::ArrayOfTables(list));
}

#[cfg(test)]
mod tests {
    use super::three_way;

    fn merge(base: &str, ours: &str, theirs: &str) -> (String, usize) {
        let m = three_way(base, ours, theirs).unwrap();
        (m.text, m.conflicts)
    }

    #[test]
    fn entries_added_on_both_sides_are_both_kept() {
        let base = "# plan\nmain_goal = \"A\"\n\n[[goals]]\nid = \"aaaa11\"\ntext = \"G1\"\n";
        let ours = format!("{base}\n[[goals]]\nid = \"bbbb22\" # ours\ntext = \"G2\"\n");
        let theirs = format!("{base}\n[[goals]]\nid = \"cccc33\"\ntext = \"G3\"\n");
        let (text, n) = merge(base, &ours, &theirs);
        assert_eq!(n, 0);
        assert_eq!(
            text,
            format!(
                "{base}\n[[goals]]\nid = \"bbbb22\" # ours\ntext = \"G2\"\n\n[[goals]]\nid = \"cccc33\"\ntext = \"G3\"\n"
            )
        );
    }

    #[test]
    fn a_change_on_one_side_reaches_the_entry_by_identity() {
        let base = "[[goals]]\nid = \"aaaa11\"\ntext = \"G1\"\n\n[[goals.tasks]]\nid = \"tttt11\"\ndue = 2026-05-31\n";
        // Ours adds a goal before nothing else changes; theirs moves the task's deadline.
        let ours = format!("{base}\n[[goals]]\nid = \"bbbb22\"\ntext = \"G2\"\n");
        let theirs = base.replace("2026-05-31", "2026-06-30");
        let (text, n) = merge(base, &ours, &theirs);
        assert_eq!(n, 0);
        assert!(text.contains("due = 2026-06-30"), "{text}");
        assert!(text.contains("id = \"bbbb22\""), "{text}");
    }

    #[test]
    fn the_same_value_changed_differently_is_a_conflict_in_valid_toml() {
        let base = "status = \"active\"\n[referral]\ndate = 2026-03-01\n";
        let ours = base.replace("2026-03-01", "2026-03-02");
        let theirs = base.replace("2026-03-01", "2026-03-03");
        let (text, n) = merge(base, &ours, &theirs);
        assert_eq!(n, 1);
        let parsed: toml::Table = toml::from_str(&text).unwrap();
        let c = &parsed["conflicts"][0];
        assert_eq!(c["key"].as_str(), Some("referral.date"));
        assert_eq!(c["ours"].to_string(), "2026-03-02");
        assert_eq!(c["theirs"].to_string(), "2026-03-03");
        assert!(text.contains("date = 2026-03-02\n"), "{text}");
    }

    #[test]
    fn removals_lists_and_trailing_notes_merge() {
        let base = "[[members]]\ninstitution = \"a\"\ndelegates = [\"x\"]\n\n[[members]]\ninstitution = \"b\"\n";
        // Ours removes member b and adds a delegate; theirs adds a delegate and a note.
        let ours = "[[members]]\ninstitution = \"a\"\ndelegates = [\"x\", \"y\"]\n";
        let theirs = format!(
            "{}\n# note by hand\n",
            base.replace("[\"x\"]", "[\"x\", \"z\"]")
        );
        let (text, n) = merge(base, ours, &theirs);
        assert_eq!(n, 0);
        assert_eq!(
            text,
            "[[members]]\ninstitution = \"a\"\ndelegates = [\"x\", \"y\", \"z\"]\n\n# note by hand\n"
        );
    }

    #[test]
    fn the_last_entry_removed_on_one_side_and_changed_on_the_other_is_a_conflict() {
        let base = "a = 1\n\n[[goals]]\nid = \"aaaa11\"\ntext = \"G1\"\n";
        let (text, n) = merge(base, "a = 1\n", &base.replace("G1", "G2"));
        assert_eq!(n, 1);
        assert!(text.contains("key = 'goals[id=\"aaaa11\"]'"), "{text}");
        // Removed on one side and unchanged on the other: gone, no conflict.
        let (text, n) = merge(base, "a = 1\n", base);
        assert_eq!((text.as_str(), n), ("a = 1\n", 0));
    }

    #[test]
    fn entries_added_on_both_sides_come_in_the_same_order_whoever_merges() {
        let base = "[[members]]\nid = \"aaaa11\"\n";
        let one = format!("{base}\n[[members]]\nid = \"zzzz99\"\n\n[[members]]\nid = \"cccc33\"\n");
        let two = format!("{base}\n[[members]]\nid = \"mmmm55\"\n");
        let order = |text: &str| -> Vec<String> {
            text.lines()
                .filter_map(|l| l.strip_prefix("id = "))
                .map(str::to_string)
                .collect()
        };
        let (a, _) = merge(base, &one, &two);
        let (b, _) = merge(base, &two, &one);
        assert_eq!(order(&a), order(&b));
        assert_eq!(
            order(&a),
            ["\"aaaa11\"", "\"mmmm55\"", "\"zzzz99\"", "\"cccc33\""]
        );
    }

    #[test]
    fn tasks_stay_under_their_own_goal() {
        let base = "[[goals]]\nid = \"aaaa11\"\n";
        let ours = format!("{base}\n[[goals]]\nid = \"bbbb22\"\n\n[[goals.tasks]]\nid = \"tb\"\n");
        let theirs =
            format!("{base}\n[[goals]]\nid = \"cccc33\"\n\n[[goals.tasks]]\nid = \"tc\"\n");
        let (text, _) = merge(base, &ours, &theirs);
        let parsed: toml::Table = toml::from_str(&text).unwrap();
        let goals = parsed["goals"].as_array().unwrap();
        assert_eq!(goals[1]["tasks"][0]["id"].as_str(), Some("tb"), "{text}");
        assert_eq!(goals[2]["tasks"][0]["id"].as_str(), Some("tc"), "{text}");
    }

    #[test]
    fn not_toml_is_an_error() {
        assert!(three_way("a = 1\n", "a = \n", "a = 2\n").is_err());
    }
}
