//! Writing a changed record back without disturbing what the user wrote: the record, changed
//! in model terms (a typed value), is serialised afresh and merged into the document as it
//! is on disk. Only what differs changes: unchanged values keep their quoting, comments and
//! spacing; tables and entries keep their order and comments; a list that only grew keeps its
//! layout and gets the new items; entries of a list of tables are matched by their identity
//! (`id`, `key`, `institution`, …), so removing one leaves the others' comments in place.

use toml_edit::{Array, ArrayOfTables, Item, Table, TableLike, Value};

/// The keys that identify an entry of a list of tables, in order of preference.
const IDENTITY: &[&str] = &["id", "key", "institution", "task", "person", "goal"];

/// Makes `old` read as `new`, changing only what differs.
pub fn into(old: &mut Table, new: &Table) {
    merge_table(old, new);
}

fn merge_table(old: &mut Table, new: &dyn TableLike) {
    let gone: Vec<String> = old
        .iter()
        .map(|(k, _)| k.to_string())
        .filter(|k| new.get(k).is_none())
        .collect();
    for k in gone {
        old.remove(&k);
    }
    for (k, n) in new.iter() {
        match old.get_mut(k) {
            Some(o) => merge_item(o, n),
            None => {
                old.insert(k, fresh(n));
            }
        }
    }
}

fn merge_item(old: &mut Item, new: &Item) {
    let replace = match (&mut *old, new) {
        (Item::Table(o), Item::Table(n)) => {
            merge_table(o, n);
            false
        }
        (Item::Table(o), Item::Value(Value::InlineTable(n))) => {
            merge_table(o, n);
            false
        }
        (Item::Value(Value::InlineTable(o)), Item::Table(n)) => {
            merge_inline(o, n);
            false
        }
        (Item::Value(Value::InlineTable(o)), Item::Value(Value::InlineTable(n))) => {
            merge_inline(o, n);
            false
        }
        (Item::ArrayOfTables(o), Item::ArrayOfTables(n)) => {
            merge_tables(o, n);
            false
        }
        (Item::Value(Value::Array(o)), Item::ArrayOfTables(n)) => {
            merge_inline_tables(o, n);
            false
        }
        (Item::Value(o), Item::Value(n)) => {
            merge_value(o, n);
            false
        }
        _ => true,
    };
    if replace {
        *old = fresh(new);
    }
}

/// Merges into an inline table: every entry stays a value.
fn merge_inline(old: &mut toml_edit::InlineTable, new: &dyn TableLike) {
    let gone: Vec<String> = old
        .iter()
        .map(|(k, _)| k.to_string())
        .filter(|k| new.get(k).is_none())
        .collect();
    for k in gone {
        old.remove(&k);
    }
    for (k, n) in new.iter() {
        let Ok(mut n) = fresh(n).into_value() else {
            continue;
        };
        match old.get_mut(k) {
            Some(o) => merge_value(o, &n),
            None => {
                // No spacing of its own: toml_edit lays it out as the table's other entries.
                n.decor_mut().clear();
                old.insert(k, n);
            }
        }
    }
}

fn merge_value(old: &mut Value, new: &Value) {
    if same(old, new) {
        return;
    }
    match (&mut *old, new) {
        (Value::InlineTable(o), Value::InlineTable(n)) => merge_inline(o, n),
        (Value::Array(o), Value::Array(n)) if grew(o, n) => {
            for v in n.iter().skip(o.len()) {
                let mut v = v.clone();
                v.decor_mut().clear();
                o.push(v);
            }
        }
        _ => {
            let decor = old.decor().clone();
            *old = new.clone();
            *old.decor_mut() = decor;
        }
    }
}

/// Whether `new` is `old` with items added at the end.
fn grew(old: &Array, new: &Array) -> bool {
    new.len() > old.len() && old.iter().zip(new.iter()).all(|(a, b)| same(a, b))
}

/// Entries of a list of tables: matched by identity (or position), merged, in the new order.
fn merge_tables(old: &mut ArrayOfTables, new: &ArrayOfTables) {
    let mut pool: Vec<Option<Table>> = old.iter().cloned().map(Some).collect();
    let mut out: Vec<Table> = Vec::new();
    let mut first_kept = false;
    for (i, n) in new.iter().enumerate() {
        let found = match identity(n) {
            Some(id) => pool.iter().position(|o| {
                o.as_ref()
                    .is_some_and(|o| identity(o).as_ref() == Some(&id))
            }),
            None => pool.get(i).and_then(|o| o.as_ref()).map(|_| i),
        };
        if i == 0 && found == Some(0) {
            first_kept = true;
        }
        match found.and_then(|j| pool[j].take()) {
            Some(mut o) => {
                merge_table(&mut o, n);
                out.push(o);
            }
            None => out.push(fresh_table(n)),
        }
    }
    // A later entry that becomes the first takes the first's blank lines, not its own.
    if !first_kept && let (Some(was), Some(now)) = (old.get(0), out.first_mut()) {
        let blank = |t: &Table| {
            t.decor()
                .prefix()
                .and_then(|p| p.as_str())
                .is_none_or(|p| p.trim().is_empty())
        };
        if blank(now) {
            let prefix = if blank(was) {
                was.decor()
                    .prefix()
                    .and_then(|p| p.as_str())
                    .unwrap_or("")
                    .to_string()
            } else {
                String::new()
            };
            now.decor_mut().set_prefix(prefix);
        }
    }
    old.clear();
    for t in out {
        old.push(t);
    }
}

/// A list of inline tables (`members = [{…}, {…}]`) kept inline.
fn merge_inline_tables(old: &mut Array, new: &ArrayOfTables) {
    let mut pool: Vec<Option<Value>> = old.iter().cloned().map(Some).collect();
    let mut out: Vec<Value> = Vec::new();
    for (i, n) in new.iter().enumerate() {
        let id = identity(n);
        let found = pool.iter().enumerate().position(|(j, o)| {
            o.as_ref()
                .and_then(Value::as_inline_table)
                .is_some_and(|t| match &id {
                    Some(id) => identity(t).as_ref() == Some(id),
                    None => i == j,
                })
        });
        match found.and_then(|j| pool[j].take()) {
            Some(mut o) => {
                if let Some(t) = o.as_inline_table_mut() {
                    merge_inline(t, n);
                }
                out.push(o);
            }
            None => {
                let mut t = fresh_table(n).into_inline_table();
                t.fmt();
                let mut v = Value::InlineTable(t);
                v.decor_mut().clear();
                out.push(v);
            }
        }
    }
    old.clear();
    for v in out {
        if v.decor().prefix().is_some() {
            old.push_formatted(v);
        } else {
            old.push(v);
        }
    }
}

/// An entry's identity: the first of [`IDENTITY`] it has, with its value.
fn identity(t: &dyn TableLike) -> Option<String> {
    IDENTITY.iter().find_map(|k| {
        let v = t.get(k)?.as_value()?;
        Some(format!("{k}={}", v.clone().decorated("", "")))
    })
}

/// Whether two values are the same, whatever their formatting.
fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::String(x), Value::String(y)) => x.value() == y.value(),
        (Value::Integer(x), Value::Integer(y)) => x.value() == y.value(),
        (Value::Float(x), Value::Float(y)) => x.value() == y.value(),
        (Value::Boolean(x), Value::Boolean(y)) => x.value() == y.value(),
        (Value::Datetime(x), Value::Datetime(y)) => x.value() == y.value(),
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y.iter()).all(|(a, b)| same(a, b))
        }
        (Value::InlineTable(x), Value::InlineTable(y)) => {
            x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| same(v, w)))
        }
        _ => false,
    }
}

/// An item from the serialised record, rebuilt so that it carries no position from the
/// document it came from (toml_edit orders tables by position).
fn fresh(item: &Item) -> Item {
    match item {
        Item::Table(t) => Item::Table(fresh_table(t)),
        Item::ArrayOfTables(a) => {
            let mut out = ArrayOfTables::new();
            for t in a.iter() {
                out.push(fresh_table(t));
            }
            Item::ArrayOfTables(out)
        }
        other => other.clone(),
    }
}

fn fresh_table(t: &Table) -> Table {
    let mut out = Table::new();
    out.set_implicit(t.is_implicit());
    for (k, v) in t.iter() {
        out.insert(k, fresh(v));
    }
    out
}

#[cfg(test)]
mod tests {
    use toml_edit::DocumentMut;

    fn merged(old: &str, new: &str) -> String {
        let mut doc: DocumentMut = old.parse().unwrap();
        let new: DocumentMut = new.parse().unwrap();
        super::into(doc.as_table_mut(), new.as_table());
        doc.to_string()
    }

    #[test]
    fn unchanged_values_keep_comments_quoting_and_order() {
        let old = "# the case\nkind = 'family' # literal\nstatus = \"referred\"\n\n[referral]\ndate = 2026-03-02\n";
        let new = "status = \"qualified\"\nkind = \"family\"\n\n[referral]\ndate = 2026-03-02\n\n[qualification]\ndate = 2026-03-10\nteam = \"ggk\"\n";
        assert_eq!(
            merged(old, new),
            "# the case\nkind = 'family' # literal\nstatus = \"qualified\"\n\n[referral]\ndate = 2026-03-02\n\n[qualification]\ndate = 2026-03-10\nteam = \"ggk\"\n"
        );
    }

    #[test]
    fn keys_gone_from_the_record_go_from_the_file() {
        let old = "status = \"closed\"\n\n[closure]\ndate = 2026-07-01\nhandover = \"x\"\n";
        assert_eq!(
            merged(old, "status = \"active\"\n"),
            "status = \"active\"\n"
        );
    }

    #[test]
    fn entries_are_matched_by_identity() {
        let old = "[[goals]]\n# first\nid = 1\ntext = \"a\"\n\n[[goals]]\n# second\nid = 2\ntext = \"b\"\n";
        let new = "[[goals]]\nid = 2\ntext = \"b\"\n";
        assert_eq!(
            merged(old, new),
            "[[goals]]\n# second\nid = 2\ntext = \"b\"\n"
        );
    }

    #[test]
    fn a_list_that_grew_keeps_its_layout() {
        let old = "delegates = [\"a\",   \"b\"] # two\n";
        let new = "delegates = [\"a\", \"b\", \"c\"]\n";
        assert_eq!(
            merged(old, new),
            "delegates = [\"a\",   \"b\", \"c\"] # two\n"
        );
    }

    #[test]
    fn nested_tasks_land_under_their_goal() {
        let old = "main_goal = \"x\"\n\n[[goals]]\nid = 1\ntext = \"a\"\n\n[[goals]]\nid = 2\ntext = \"b\"\n";
        let new = "main_goal = \"x\"\n\n[[goals]]\nid = 1\ntext = \"a\"\n\n[[goals.tasks]]\nid = \"1.1\"\ntext = \"t\"\n\n[[goals]]\nid = 2\ntext = \"b\"\n";
        let text = merged(old, new);
        let a = text.find("[[goals.tasks]]").unwrap();
        let b = text.find("id = 2").unwrap();
        assert!(a < b, "{text}");
    }

    #[test]
    fn inline_lists_of_tables_stay_inline() {
        let old = "members = [{ institution = \"a\" }]\n";
        let new =
            "[[members]]\ninstitution = \"a\"\n\n[[members]]\ninstitution = \"b\"\ncore = true\n";
        assert_eq!(
            merged(old, new),
            "members = [{ institution = \"a\" }, { institution = \"b\", core = true }]\n"
        );
    }
}
