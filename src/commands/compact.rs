//! The compact layout of a table too wide for the terminal: one line of its one-word columns
//! (dates, IDs, states) per row, aligned, with each prose column below it on its own indented
//! lines, wrapped between words. `model status` and `doc list` are read this way at 80
//! columns instead of as a grid of narrow wrapped cells.

/// The rows laid out compactly in `width` columns, or `None` when even the one-word columns
/// do not fit on a line (the caller then draws the usual table).
pub fn layout(
    header: &[&str],
    rows: &[Vec<String>],
    atomic: &[bool],
    width: usize,
    paint: &dyn Fn(&str) -> String,
) -> Option<String> {
    let chars = |s: &str| s.chars().count();
    let short: Vec<usize> = (0..header.len()).filter(|i| atomic[*i]).collect();
    let widths: Vec<usize> = short
        .iter()
        .map(|i| {
            rows.iter()
                .filter_map(|r| r.get(*i))
                .map(|c| chars(c))
                .chain(std::iter::once(chars(header[*i])))
                .max()
                .unwrap_or(0)
        })
        .collect();
    let line_width = widths.iter().sum::<usize>() + 2 * widths.len().saturating_sub(1);
    if line_width > width || short.is_empty() {
        return None;
    }
    let line = |cells: Vec<&str>, painted: bool| {
        let mut out = String::new();
        for (n, (cell, w)) in cells.iter().zip(&widths).enumerate() {
            let pad = " ".repeat(w.saturating_sub(chars(cell)));
            let shown = if painted {
                paint(cell)
            } else {
                cell.to_string()
            };
            if n + 1 == cells.len() {
                out.push_str(&shown);
            } else {
                out.push_str(&format!("{shown}{pad}  "));
            }
        }
        out.trim_end().to_string()
    };
    let mut out = String::new();
    out.push_str(&line(short.iter().map(|i| header[*i]).collect(), false));
    out.push('\n');
    for row in rows {
        let cell = |i: usize| row.get(i).map(String::as_str).unwrap_or("");
        out.push_str(&line(short.iter().map(|i| cell(*i)).collect(), true));
        out.push('\n');
        for i in (0..header.len()).filter(|i| !atomic[*i]) {
            let text = cell(i).trim();
            if text.is_empty() {
                continue;
            }
            // A label, then the text; its further lines and paragraphs hang under the text.
            let label = if header[i].is_empty() {
                String::new()
            } else {
                format!("{}: ", header[i])
            };
            let hang = " ".repeat(chars(&label));
            let room = width.saturating_sub(4 + hang.len()).max(20);
            let mut first = true;
            for paragraph in text.lines() {
                for wrapped in wrap(paragraph, room) {
                    out.push_str("    ");
                    out.push_str(if first { &label } else { &hang });
                    first = false;
                    out.push_str(&wrapped);
                    out.push('\n');
                }
            }
        }
    }
    Some(out.trim_end().to_string())
}

/// `text` in lines of at most `width` characters, broken between words only (a word longer
/// than the line keeps a line of its own).
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    for paragraph in text.lines() {
        let mut current = String::new();
        for word in paragraph.split_whitespace() {
            let len = current.chars().count();
            if len > 0 && len + 1 + word.chars().count() > width {
                lines.push(std::mem::take(&mut current));
            }
            if !current.is_empty() {
                current.push(' ');
            }
            current.push_str(word);
        }
        lines.push(current);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(cell: &str) -> String {
        cell.to_string()
    }

    #[test]
    fn one_word_columns_on_a_line_prose_below() {
        let rows = vec![
            vec![
                "1.1".to_string(),
                "Prowadzenie działań informacyjnych, strony www ROPS/platformy edukacyjnej"
                    .to_string(),
                "done".to_string(),
            ],
            vec!["1.4".to_string(), String::new(), "optional".to_string()],
        ];
        let text = layout(
            &["step", "", "state"],
            &rows,
            &[true, false, true],
            40,
            &plain,
        )
        .expect("fits");
        assert_eq!(
            text,
            "step  state\n1.1   done\n    Prowadzenie działań informacyjnych,\n    strony www ROPS/platformy\n    edukacyjnej\n1.4   optional"
        );
        assert!(text.lines().all(|l| l.chars().count() <= 40));
        assert!(layout(&["a"], &[vec!["x".repeat(50)]], &[true], 40, &plain).is_none());
    }

    #[test]
    fn a_prose_column_with_a_header_is_labelled() {
        let rows = vec![vec!["karta".to_string(), "Karta planu pracy".to_string()]];
        let text = layout(&["document", "what"], &rows, &[true, false], 80, &plain).expect("fits");
        assert_eq!(text, "document\nkarta\n    what: Karta planu pracy");
        let rows = vec![vec!["gops".to_string(), "Anna Nowak\nEwa Lis".to_string()]];
        let text = layout(
            &["institution", "delegates"],
            &rows,
            &[true, false],
            80,
            &plain,
        )
        .expect("fits");
        assert_eq!(
            text,
            "institution\ngops\n    delegates: Anna Nowak\n               Ewa Lis"
        );
    }
}
