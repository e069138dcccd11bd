//! Editing a record's text in place with toml_edit, so the user's comments, key order,
//! spacing, BOM and line endings survive and git shows only the lines that changed. The
//! transaction (`tx`) stages the result; `merge` decides what changes.

use toml_edit::DocumentMut;

use crate::error::{Error, Result};
use crate::store::load::toml_error;
use crate::text::{decode, encode};

/// Edits a record's text in memory (for files that are decrypted before and encrypted after);
/// `rel` names it in messages. Returns the new text and what `change` returned.
pub fn edit_bytes<T>(
    rel: &str,
    bytes: Vec<u8>,
    change: impl FnOnce(&mut DocumentMut) -> Result<T>,
) -> Result<(String, T)> {
    let decoded = decode(bytes).map_err(|bad| {
        Error::user(crate::tr!(
            "store-edit-not-utf8",
            path = rel,
            line = bad.line,
            column = bad.column
        ))
        .hint(crate::tr!("store-edit-not-utf8-hint"))
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
            Ok(_) => crate::tr!("store-edit-not-toml", path = rel),
        };
        Error::user(crate::tr!("store-edit-cannot-edit", location = located))
            .hint(crate::tr!("store-edit-fix-hint"))
    })?;
    let result = change(&mut doc)?;
    Ok((encode(&doc.to_string(), decoded.bom, decoded.crlf), result))
}
