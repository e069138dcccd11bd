//! Writing a changed record back without disturbing what the user wrote. A command changes a
//! record in model terms (its typed value); the record is serialised as it was (`base`) and
//! as it is now (`new`), and only the difference between the two is applied to the document
//! on disk. Unchanged values keep their quoting, comments and spacing; keys the user left out
//! because they have a default stay out; tables and entries keep their order and comments; a
//! list that only grew keeps its layout and gets the new items; entries of a list of tables
//! are matched by their identity (`id`, `key`, `person`, …), so removing one leaves the
//! others as they were.

use toml_edit::{Array, ArrayOfTables, InlineTable, Item, Table, TableLike, Value};

/// The keys that identify an entry of a list of tables, in order of preference.
const IDENTITY: &[&str] = &["id", "key", "person", "institution", "task", "goal", "by"];

/// Applies to `doc` what changed from `base` to `new` (two serialisations of one record).
pub fn into(doc: &mut Table, base: &Table, new: &Table) {
    merge_table(doc, base, new);
}

fn keys(base: &dyn TableLike, new: &dyn TableLike) -> Vec<String> {
    let mut out: Vec<String> = base.iter().map(|(k, _)| k.to_string()).collect();
    for (k, _) in new.iter() {
        if !out.iter().any(|o| o == k) {
            out.push(k.to_string());
        }
    }
    out
}

fn merge_table(doc: &mut Table, base: &dyn TableLike, new: &dyn TableLike) {
    for k in keys(base, new) {
        match (base.get(&k), new.get(&k)) {
            (Some(b), Some(n)) if same_item(b, n) => {}
            (Some(_), None) => {
                doc.remove(&k);
            }
            (b, Some(n)) => match doc.get_mut(&k) {
                Some(d) => merge_item(d, b, n),
                None => {
                    doc.insert(&k, fresh(n));
                }
            },
            (None, None) => {}
        }
    }
}

fn merge_inline(doc: &mut InlineTable, base: &dyn TableLike, new: &dyn TableLike) {
    for k in keys(base, new) {
        match (base.get(&k), new.get(&k)) {
            (Some(b), Some(n)) if same_item(b, n) => {}
            (Some(_), None) => {
                doc.remove(&k);
            }
            (b, Some(n)) => {
                let Ok(mut nv) = fresh(n).into_value() else {
                    continue;
                };
                match doc.get_mut(&k) {
                    Some(d) => {
                        let bv = b.and_then(|b| fresh(b).into_value().ok());
                        merge_value(d, bv.as_ref(), &nv);
                    }
                    None => {
                        // Laid out as the table's other entries: the space before `}` moves
                        // from the entry that was last to the new one.
                        nv.decor_mut().clear();
                        let closing = doc.iter_mut().last().and_then(|(_, v)| {
                            let suffix = v.decor().suffix()?.as_str()?.to_string();
                            v.decor_mut().set_suffix("");
                            Some(suffix)
                        });
                        if let Some(closing) = closing {
                            nv.decor_mut().set_suffix(closing);
                        }
                        doc.insert(&k, nv);
                    }
                }
            }
            (None, None) => {}
        }
    }
}

fn merge_item(doc: &mut Item, base: Option<&Item>, new: &Item) {
    let empty = Table::new();
    let base_table = |b: Option<&Item>| -> Table {
        b.and_then(|b| b.as_table().cloned())
            .or_else(|| {
                b.and_then(Item::as_inline_table)
                    .map(|t| t.clone().into_table())
            })
            .unwrap_or_else(|| empty.clone())
    };
    let replace = match (&mut *doc, new) {
        (Item::Table(d), Item::Table(n)) => {
            merge_table(d, &base_table(base), n);
            false
        }
        (Item::Table(d), Item::Value(Value::InlineTable(n))) => {
            merge_table(d, &base_table(base), n);
            false
        }
        (Item::Value(Value::InlineTable(d)), Item::Table(n)) => {
            merge_inline(d, &base_table(base), n);
            false
        }
        (Item::Value(Value::InlineTable(d)), Item::Value(Value::InlineTable(n))) => {
            merge_inline(d, &base_table(base), n);
            false
        }
        (Item::ArrayOfTables(d), Item::ArrayOfTables(n)) => {
            let b = base
                .and_then(Item::as_array_of_tables)
                .cloned()
                .unwrap_or_default();
            merge_tables(d, &b, n);
            false
        }
        (Item::Value(Value::Array(d)), Item::ArrayOfTables(n)) => {
            let b = base
                .and_then(Item::as_array_of_tables)
                .cloned()
                .unwrap_or_default();
            merge_inline_tables(d, &b, n);
            false
        }
        (Item::Value(d), Item::Value(n)) => {
            merge_value(d, base.and_then(Item::as_value), n);
            false
        }
        _ => true,
    };
    if replace {
        *doc = fresh(new);
    }
}

fn merge_value(doc: &mut Value, base: Option<&Value>, new: &Value) {
    if same(doc, new) {
        return;
    }
    match (&mut *doc, new) {
        (Value::InlineTable(d), Value::InlineTable(n)) => {
            let b = base
                .and_then(Value::as_inline_table)
                .cloned()
                .unwrap_or_default();
            merge_inline(d, &b, n);
        }
        (Value::Array(d), Value::Array(n)) if grew(d, n) => {
            for v in n.iter().skip(d.len()) {
                append(d, v.clone());
            }
        }
        _ => {
            let decor = doc.decor().clone();
            *doc = in_style_of(doc, new);
            *doc.decor_mut() = decor;
        }
    }
}

/// `new`, written as `old` was where that keeps its meaning: a string the user wrote in
/// single quotes stays in single quotes.
fn in_style_of(old: &Value, new: &Value) -> Value {
    if let (Value::String(o), Value::String(n)) = (old, new) {
        let literal = o
            .as_repr()
            .and_then(|r| r.as_raw().as_str())
            .is_some_and(|r| r.starts_with('\'') && !r.starts_with("'''"));
        let text = n.value();
        if literal
            && !text.contains(['\'', '\n', '\r'])
            && let Ok(v) = format!("'{text}'").parse::<Value>()
        {
            return v;
        }
    }
    new.clone()
}

/// Whether `new` is `old` with items added at the end.
fn grew(old: &Array, new: &Array) -> bool {
    new.len() > old.len() && old.iter().zip(new.iter()).all(|(a, b)| same(a, b))
}

/// Which entry of `base` each entry of `new` is, by identity (or position when entries have
/// none); `None` for a new entry.
fn pairing<'a>(
    base: impl Iterator<Item = &'a dyn TableLike>,
    new: impl Iterator<Item = &'a dyn TableLike>,
) -> Vec<Option<usize>> {
    let base: Vec<&dyn TableLike> = base.collect();
    let ids: Vec<Option<String>> = base.iter().map(|t| identity(*t)).collect();
    let mut taken = vec![false; base.len()];
    new.enumerate()
        .map(|(i, n)| {
            let found = match identity(n) {
                Some(id) => (0..base.len()).find(|&j| !taken[j] && ids[j].as_ref() == Some(&id)),
                // Without an identity: the same entry unchanged, else the one at its place.
                None => (0..base.len())
                    .find(|&j| !taken[j] && ids[j].is_none() && same_tables(base[j], n))
                    .or_else(|| (i < base.len() && !taken[i] && ids[i].is_none()).then_some(i)),
            };
            if let Some(j) = found {
                taken[j] = true;
            }
            found
        })
        .collect()
}

/// Entries of a list of tables: the file's entry i is the record's entry i as it was.
fn merge_tables(doc: &mut ArrayOfTables, base: &ArrayOfTables, new: &ArrayOfTables) {
    let pairs = pairing(
        base.iter().map(|t| t as &dyn TableLike),
        new.iter().map(|t| t as &dyn TableLike),
    );
    let old: Vec<Table> = doc.iter().cloned().collect();
    let mut out: Vec<Table> = Vec::new();
    for (n, pair) in new.iter().zip(&pairs) {
        match pair.and_then(|j| Some((old.get(j)?.clone(), base.get(j)?))) {
            Some((mut d, b)) => {
                merge_table(&mut d, b, n);
                out.push(d);
            }
            None => out.push(fresh_table(n)),
        }
    }
    // A later entry that becomes the first takes the first's blank lines, not its own.
    if pairs.first().copied().flatten() != Some(0)
        && let (Some(was), Some(now)) = (old.first(), out.first_mut())
    {
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
    doc.clear();
    for t in out {
        doc.push(t);
    }
}

/// A list of inline tables (`members = [{…}, {…}]`) kept inline.
fn merge_inline_tables(doc: &mut Array, base: &ArrayOfTables, new: &ArrayOfTables) {
    let pairs = pairing(
        base.iter().map(|t| t as &dyn TableLike),
        new.iter().map(|t| t as &dyn TableLike),
    );
    let old: Vec<Value> = doc.iter().cloned().collect();
    let mut out: Vec<Value> = Vec::new();
    for (n, pair) in new.iter().zip(&pairs) {
        match pair.and_then(|j| Some((old.get(j)?.clone(), base.get(j)?))) {
            Some((mut d, b)) => {
                if let Some(t) = d.as_inline_table_mut() {
                    merge_inline(t, b, n);
                }
                out.push(d);
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
    let kept: Vec<Value> = out.iter().take(old.len()).cloned().collect();
    let added: Vec<Value> = out.into_iter().skip(kept.len()).collect();
    // Rebuild only when entries went or moved; otherwise append to the list as it stands.
    let unchanged_prefix = kept.len() == old.len()
        && pairs
            .iter()
            .take(kept.len())
            .enumerate()
            .all(|(i, p)| *p == Some(i));
    if !unchanged_prefix {
        doc.clear();
        for v in kept {
            doc.push_formatted(v);
        }
    } else {
        for (i, v) in kept.into_iter().enumerate() {
            if let Some(slot) = doc.get_mut(i) {
                *slot = v;
            }
        }
    }
    for v in added {
        append(doc, v);
    }
}

/// Appends a value to a list laid out as it is: on a line of its own (with the last item's
/// indentation, after any comment that ended the list) when the list has one item per line,
/// else after a comma and a space, the space before `]` moved to the new last item.
fn append(list: &mut Array, value: Value) {
    let mut value = value;
    value.decor_mut().clear();
    let last_prefix = list
        .iter()
        .last()
        .and_then(|v| v.decor().prefix()?.as_str().map(str::to_string));
    match last_prefix {
        Some(prefix) if prefix.contains('\n') => {
            let indent = prefix.rsplit('\n').next().unwrap_or("").to_string();
            let trailing = list.trailing().as_str().unwrap_or("").to_string();
            // A comment after the last item's comma belongs to that item: it stays there and
            // the new item starts on the next line.
            let (keep, _) = trailing.rsplit_once('\n').unwrap_or(("", ""));
            let lead = if keep.trim().is_empty() {
                "\n".to_string()
            } else {
                format!("{keep}\n")
            };
            value.decor_mut().set_prefix(format!("{lead}{indent}"));
            list.push_formatted(value);
            list.set_trailing("\n");
            list.set_trailing_comma(true);
        }
        Some(_) => {
            let closing = list.iter_mut().last().and_then(|v| {
                let suffix = v.decor().suffix()?.as_str()?.to_string();
                v.decor_mut().set_suffix("");
                Some(suffix)
            });
            value.decor_mut().set_prefix(" ");
            if let Some(closing) = closing {
                value.decor_mut().set_suffix(closing);
            }
            list.push_formatted(value);
        }
        None => list.push(value),
    }
}

/// An entry's identity: the first of [`IDENTITY`] it has, with its value.
pub(crate) fn identity(t: &dyn TableLike) -> Option<String> {
    IDENTITY.iter().find_map(|k| {
        let v = t.get(k)?.as_value()?;
        Some(format!("{k}={}", v.clone().decorated("", "")))
    })
}

/// Whether two items hold the same data, whatever their formatting.
fn same_item(a: &Item, b: &Item) -> bool {
    match (a, b) {
        (Item::Value(x), Item::Value(y)) => same(x, y),
        (Item::Table(x), Item::Table(y)) => same_tables(x, y),
        (Item::ArrayOfTables(x), Item::ArrayOfTables(y)) => {
            x.len() == y.len() && x.iter().zip(y.iter()).all(|(a, b)| same_tables(a, b))
        }
        (Item::None, Item::None) => true,
        _ => false,
    }
}

fn same_tables(a: &dyn TableLike, b: &dyn TableLike) -> bool {
    a.len() == b.len()
        && a.iter()
            .all(|(k, v)| b.get(k).is_some_and(|w| same_item(v, w)))
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

    /// The file `doc`, whose record serialises as `base`, after the record became `new`.
    fn merged(doc: &str, base: &str, new: &str) -> String {
        let mut d: DocumentMut = doc.parse().unwrap();
        let b: DocumentMut = base.parse().unwrap();
        let n: DocumentMut = new.parse().unwrap();
        super::into(d.as_table_mut(), b.as_table(), n.as_table());
        d.to_string()
    }

    #[test]
    fn unchanged_values_keep_comments_quoting_and_order() {
        let doc = "# the case\nkind = 'family' # literal\nstatus = \"referred\"\n\n[referral]\ndate = 2026-03-02\n";
        let base = "kind = \"family\"\nstatus = \"referred\"\n\n[referral]\ndate = 2026-03-02\n";
        let new = "kind = \"family\"\nstatus = \"qualified\"\n\n[referral]\ndate = 2026-03-02\n\n[qualification]\ndate = 2026-03-10\nteam = \"ggk\"\n";
        assert_eq!(
            merged(doc, base, new),
            "# the case\nkind = 'family' # literal\nstatus = \"qualified\"\n\n[referral]\ndate = 2026-03-02\n\n[qualification]\ndate = 2026-03-10\nteam = \"ggk\"\n"
        );
    }

    #[test]
    fn defaults_the_user_left_out_stay_out() {
        let doc = "kind = \"first\"\n";
        let base = "kind = \"first\"\nwork_months = 13\n";
        let new = "kind = \"first\"\nwork_months = 13\n\n[steps.\"1.1\"]\ndone = 2026-01-20\n";
        assert_eq!(
            merged(doc, base, new),
            "kind = \"first\"\n\n[steps.\"1.1\"]\ndone = 2026-01-20\n"
        );
    }

    #[test]
    fn keys_gone_from_the_record_go_from_the_file() {
        let doc = "status = \"closed\"\n\n[closure]\ndate = 2026-07-01\nhandover = \"x\"\n";
        assert_eq!(
            merged(doc, doc, "status = \"active\"\n"),
            "status = \"active\"\n"
        );
    }

    #[test]
    fn entries_are_matched_by_identity() {
        let doc = "[[goals]]\n# first\nid = 1\ntext = \"a\"\n\n[[goals]]\n# second\nid = 2\ntext = \"b\"\n";
        let new = "[[goals]]\nid = 2\ntext = \"b\"\n";
        assert_eq!(
            merged(doc, doc, new),
            "[[goals]]\n# second\nid = 2\ntext = \"b\"\n"
        );
    }

    #[test]
    fn a_list_that_grew_keeps_its_layout() {
        let doc = "delegates = [\"a\",   \"b\"] # two\n";
        let new = "delegates = [\"a\", \"b\", \"c\"]\n";
        assert_eq!(
            merged(doc, doc, new),
            "delegates = [\"a\",   \"b\", \"c\"] # two\n"
        );
    }

    #[test]
    fn nested_tasks_land_under_their_goal() {
        let doc = "main_goal = \"x\"\n\n[[goals]]\nid = 1\ntext = \"a\"\n\n[[goals]]\nid = 2\ntext = \"b\"\n";
        let new = "main_goal = \"x\"\n\n[[goals]]\nid = 1\ntext = \"a\"\n\n[[goals.tasks]]\nid = \"1.1\"\ntext = \"t\"\n\n[[goals]]\nid = 2\ntext = \"b\"\n";
        let text = merged(doc, doc, new);
        let a = text.find("[[goals.tasks]]").unwrap();
        let b = text.find("id = 2").unwrap();
        assert!(a < b, "{text}");
    }

    #[test]
    fn inline_lists_of_tables_stay_inline() {
        let doc = "members = [{ institution = \"a\" }]\n";
        let base = "[[members]]\ninstitution = \"a\"\n";
        let new =
            "[[members]]\ninstitution = \"a\"\n\n[[members]]\ninstitution = \"b\"\ncore = true\n";
        assert_eq!(
            merged(doc, base, new),
            "members = [{ institution = \"a\" }, { institution = \"b\", core = true }]\n"
        );
    }

    #[test]
    fn a_list_with_one_item_per_line_gets_the_new_item_on_a_line_of_its_own() {
        let doc = "entries = [\n  { task = \"1.1\" },  # pierwszy\n]\n";
        let new = "entries = [{ task = \"1.1\" }, { task = \"1.2\" }]\n";
        assert_eq!(
            merged(doc, doc, new),
            "entries = [\n  { task = \"1.1\" },  # pierwszy\n  { task = \"1.2\" },\n]\n"
        );
    }

    #[test]
    fn an_inline_table_gets_its_new_key_before_the_closing_space() {
        let doc = "m = { institution = \"gops\", delegates = [\"a\"] }\n";
        let new = "m = { institution = \"gops\", delegates = [\"a\"], core = true }\n";
        assert_eq!(
            merged(doc, doc, new),
            "m = { institution = \"gops\", delegates = [\"a\"], core = true }\n"
        );
    }
    #[test]
    fn a_single_quoted_string_stays_single_quoted() {
        let doc = "status = 'active' # aktywna\n";
        let base = "status = \"active\"\n";
        let new = "status = \"closed\"\n";
        assert_eq!(merged(doc, base, new), "status = 'closed' # aktywna\n");
    }
}
