//! `--dry-run` output: the unified diff of what a change would write.

use similar::TextDiff;

use crate::store::tx::Prepared;

/// The unified diff of every file of a prepared change. Encrypted files are shown decrypted
/// only when `reveal` is set; otherwise a line says that they change.
pub fn unified(prepared: &Prepared, reveal: bool) -> String {
    let mut out = String::new();
    for (path, before, after, encrypted) in &prepared.texts {
        if *encrypted && !reveal {
            let line = match (before.is_some() || after.is_none(), after.is_some()) {
                (_, false) => crate::tr!("diff-sealed-removed", path = path),
                (true, true) => crate::tr!("diff-sealed-changed", path = path),
                (false, true) => crate::tr!("diff-sealed-written", path = path),
            };
            out.push_str(&line);
            out.push('\n');
            continue;
        }
        let old = before.as_deref().unwrap_or("");
        let new = after.as_deref().unwrap_or("");
        let (a, b) = (
            if before.is_some() {
                format!("a/{path}")
            } else {
                "/dev/null".to_string()
            },
            if after.is_some() {
                format!("b/{path}")
            } else {
                "/dev/null".to_string()
            },
        );
        let diff = TextDiff::from_lines(old, new);
        out.push_str(&format!(
            "{}",
            diff.unified_diff().context_radius(3).header(&a, &b)
        ));
        if !new.is_empty() && !new.ends_with('\n') || !old.is_empty() && !old.ends_with('\n') {
            // As GNU diff says it, in the language in use (patch reads only the backslash).
            out.push_str(&format!("\\ {}\n", crate::tr!("diff-no-newline")));
        }
    }
    out
}
