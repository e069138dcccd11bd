//! Editing an existing record in place with toml_edit, so the user's comments, key order,
//! spacing, BOM and line endings survive and git shows only the lines that changed.

use std::path::Path;

use toml_edit::DocumentMut;

use super::{crypt, write};
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
    let (text, result) = edit_bytes(rel, bytes, change)?;
    write::replace(root, rel, &text)?;
    Ok(result)
}

/// Edits a record's text in memory (for files that are decrypted before and encrypted after);
/// `rel` names it in messages. Returns the new text and what `change` returned.
pub fn edit_bytes<T>(
    rel: &str,
    bytes: Vec<u8>,
    change: impl FnOnce(&mut DocumentMut) -> Result<T>,
) -> Result<(String, T)> {
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
    Ok((encode(&doc.to_string(), decoded.bom, decoded.crlf), result))
}

/// Edits, or creates, a case file that holds personal data (`members.toml`,
/// `diagnosis.toml`). With recipients in `keys/`, the file is kept as `<name>.age`: decrypted
/// in memory, edited, encrypted and written atomically; a plain-text copy left from before
/// encryption was turned on is removed once the encrypted one is in place. Without
/// recipients it stays plain text.
pub fn edit_personal<T>(
    root: &Path,
    rel: &str,
    change: impl FnOnce(&mut DocumentMut) -> Result<T>,
) -> Result<T> {
    let recipients = crypt::recipients(root)?;
    let sealed = format!("{rel}{}", crypt::SUFFIX);
    let read = |r: &str| {
        let path = root.join(r);
        std::fs::read(&path).map_err(|e| Error::io("read", &path, &e))
    };
    if root.join(&sealed).exists() && root.join(rel).exists() {
        return Err(crypt::both(rel));
    }
    let (bytes, was_sealed, was_plain) = if root.join(&sealed).exists() {
        let plain = crypt::decrypt(&read(&sealed)?).map_err(|why| {
            Error::user(format!("cannot decrypt {sealed}: {}", why.reason()))
                .hint("set KOOP_IDENTITY to your identity file")
        })?;
        (plain, true, root.join(rel).exists())
    } else if root.join(rel).exists() {
        (read(rel)?, false, true)
    } else {
        (Vec::new(), false, false)
    };
    let (text, result) = edit_bytes(if was_sealed { &sealed } else { rel }, bytes, change)?;
    if recipients.is_empty() {
        if was_sealed {
            return Err(Error::user(format!(
                "{sealed} is encrypted, but the repository lists no recipients in {}/",
                crypt::KEYS_DIR
            ))
            .hint("add the team's keys back (`koop keys add`), then try again"));
        }
        write::replace(root, rel, &text)?;
    } else {
        let cipher = crypt::encrypt(text.as_bytes(), &recipients)?;
        write::write_file(&root.join(&sealed), &cipher)?;
        if was_plain {
            std::fs::remove_file(root.join(rel))
                .map_err(|e| Error::io("remove the plain-text", &root.join(rel), &e))?;
        }
    }
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
