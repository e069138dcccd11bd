//! Editing an existing record in place with toml_edit, so the user's comments, key order,
//! spacing, BOM and line endings survive and git shows only the lines that changed.

use std::path::Path;

use toml_edit::DocumentMut;

use super::write;
use crate::error::{Error, Result};
use crate::model::Date;
use crate::store::load::toml_error;
use crate::text::{decode, encode};

/// Opens `root/rel`, lets `change` edit its document, and writes it back atomically.
///
/// Nothing is written when `change` fails or when the file does not parse.
pub fn edit<T>(
    root: &Path,
    rel: &str,
    change: impl FnOnce(&mut DocumentMut) -> Result<T>,
) -> Result<T> {
    let path = root.join(rel);
    let bytes = std::fs::read(&path).map_err(|e| Error::io("read", &path, &e))?;
    let decoded = decode(bytes).map_err(|bad| {
        Error::user(format!(
            "{rel}:{}:{}: file is not valid UTF-8",
            bad.line, bad.column
        ))
        .hint("save the file as UTF-8, then run the command again")
    })?;
    let mut doc: DocumentMut = decoded.text.parse().map_err(|_| {
        // Re-parse with the serde parser for its located message.
        let located = match toml::from_str::<toml::Table>(&decoded.text) {
            Err(err) => {
                let d = toml_error(rel, &decoded.text, &err, |_| None);
                format!(
                    "{}:{}:{}: {}",
                    rel, d.location.line, d.location.column, d.message
                )
            }
            Ok(_) => format!("{rel}: not valid TOML"),
        };
        Error::user(format!("cannot edit {located}"))
            .hint("fix the file by hand first (`koop check` shows where)")
    })?;
    let result = change(&mut doc)?;
    let text = encode(&doc.to_string(), decoded.bom, decoded.crlf);
    write::replace(root, rel, &text)?;
    Ok(result)
}

/// A TOML date item.
pub fn date_value(date: Date) -> Result<toml_edit::Item> {
    let dt: toml_edit::Datetime = date
        .to_string()
        .parse()
        .map_err(|_| Error::user(format!("cannot write the date {date}")))?;
    Ok(toml_edit::value(dt))
}

#[cfg(test)]
mod tests {
    use toml_edit::{ArrayOfTables, DocumentMut, Item, Table, value};

    #[test]
    fn nested_task_tables_land_under_their_goal() {
        let mut doc: DocumentMut = "main_goal = \"x\"\n\n[[goals]]\nid = 1\ntext = \"a\"\n\n[[goals]]\nid = 2\ntext = \"b\"\n".parse().unwrap();
        let goals = doc["goals"].as_array_of_tables_mut().unwrap();
        let g = goals.get_mut(0).unwrap();
        let tasks = g
            .entry("tasks")
            .or_insert(Item::ArrayOfTables(ArrayOfTables::new()));
        let mut t = Table::new();
        t.insert("id", value("1.1"));
        tasks.as_array_of_tables_mut().unwrap().push(t);
        let text = doc.to_string();
        let a = text.find("[[goals.tasks]]").unwrap();
        let b = text.find("id = 2").unwrap();
        assert!(a < b, "{text}");
    }
}
