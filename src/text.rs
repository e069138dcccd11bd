//! Text helpers shared by the store, the diagnostics and the commands: decoding a record's
//! bytes (BOM, CRLF, invalid UTF-8), turning byte offsets into lines and columns, and
//! suggesting the closest known word for a typo.

/// A record file's text as koop reads it.
#[derive(Debug, Clone)]
pub struct Decoded {
    /// The text without a leading byte-order mark.
    pub text: String,
    /// Whether the file started with a UTF-8 byte-order mark (kept when the file is rewritten).
    pub bom: bool,
    /// Whether the file's lines end in CRLF (kept when the file is rewritten).
    pub crlf: bool,
}

/// Where a file's bytes stop being UTF-8.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotUtf8 {
    /// 1-based line of the first invalid byte.
    pub line: usize,
    /// 1-based column (in characters) of the first invalid byte.
    pub column: usize,
    /// The valid text of that line before the invalid byte.
    pub line_text: String,
}

const BOM: &str = "\u{feff}";

/// Decodes a record file: strips a BOM, notes CRLF, and locates the first invalid UTF-8 byte.
pub fn decode(bytes: Vec<u8>) -> Result<Decoded, NotUtf8> {
    match String::from_utf8(bytes) {
        Ok(mut text) => {
            let bom = text.starts_with(BOM);
            if bom {
                text.drain(..BOM.len());
            }
            let crlf = text.contains("\r\n");
            // Read with LF only, so that a multi-line string of a CRLF file holds no `\r`
            // (`encode` puts the CRLF back when the file is written).
            if crlf {
                text = text.replace("\r\n", "\n");
            }
            Ok(Decoded { text, bom, crlf })
        }
        Err(err) => {
            let valid = err.utf8_error().valid_up_to();
            let bytes = err.into_bytes();
            let prefix = String::from_utf8_lossy(&bytes[..valid]);
            let prefix = prefix.strip_prefix(BOM).unwrap_or(&prefix);
            let line = prefix.matches('\n').count() + 1;
            let line_start = prefix.rfind('\n').map_or(0, |i| i + 1);
            let line_text = prefix[line_start..].trim_end_matches('\r').to_string();
            Err(NotUtf8 {
                line,
                column: line_text.chars().count() + 1,
                line_text,
            })
        }
    }
}

/// Encodes text for writing back, restoring the BOM and line endings the file had.
pub fn encode(text: &str, bom: bool, crlf: bool) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    if bom {
        out.push_str(BOM);
    }
    if crlf {
        // Normalise first so lines already in CRLF are not doubled.
        out.push_str(&text.replace("\r\n", "\n").replace('\n', "\r\n"));
    } else {
        out.push_str(text);
    }
    out
}

/// A byte offset resolved to a line: 1-based line and column, and the line's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineCol {
    /// 1-based line number.
    pub line: usize,
    /// 1-based column, counted in characters.
    pub column: usize,
    /// The whole line, without its line ending.
    pub line_text: String,
}

/// Resolves a byte offset in `text` to its line and column.
pub fn line_col(text: &str, offset: usize) -> LineCol {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[offset..].find('\n').map_or(text.len(), |i| offset + i);
    let line_text = text[line_start..line_end]
        .trim_end_matches('\r')
        .to_string();
    let column = text[line_start..offset].chars().count() + 1;
    LineCol {
        line,
        column,
        line_text,
    }
}

/// Edit distance between two words, in characters.
pub fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            let next = (row[j] + 1).min(row[j + 1] + 1).min(prev + cost);
            prev = row[j + 1];
            row[j + 1] = next;
        }
    }
    row[b.len()]
}

/// The known word closest to `word`, if it is close enough to be a likely typo.
pub fn closest<'a, I>(word: &str, known: I) -> Option<&'a str>
where
    I: IntoIterator<Item = &'a str>,
{
    let limit = (word.chars().count() / 3).max(2);
    known
        .into_iter()
        .map(|k| (distance(word, k), k))
        .filter(|(d, k)| *d <= limit || (k.starts_with(word) && word.len() >= 3))
        // On a tie, prefer the word sharing the longest beginning (5.3 → 5.1, not 1.3).
        .min_by_key(|(d, k)| {
            let shared = word
                .chars()
                .zip(k.chars())
                .take_while(|(a, b)| a == b)
                .count();
            (*d, usize::MAX - shared)
        })
        .map(|(_, k)| k)
}

/// Formats a list of words as `a`, `b` or `c` for messages.
pub fn one_of(words: &[&str]) -> String {
    let quoted: Vec<String> = words.iter().map(|w| format!("`{w}`")).collect();
    match quoted.len() {
        0 => String::new(),
        1 => quoted[0].clone(),
        n => or(&quoted[..n - 1].join(", "), &quoted[n - 1]),
    }
}

/// Alternatives as a message lists them: `a or b or c`.
pub fn alternatives(items: &[&str]) -> String {
    items
        .iter()
        .map(|i| i.to_string())
        .reduce(|all, next| or(&all, &next))
        .unwrap_or_default()
}

/// Two alternatives: "a or b" (Polish "a lub b").
fn or(first: &str, second: &str) -> String {
    crate::tr!("text-or", first = first, second = second)
}

/// The text in Unicode normalisation form C (composed: "ń" as one character), the form koop
/// stores.
pub fn nfc(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    text.nfc().collect()
}

/// One letter as a search compares it: lower case, without diacritics (`Ż` → `z`), and the
/// letters that do not decompose mapped by hand (`ł` → `l`, `đ` → `d`, `ø` → `o`, `ß` → `ss`).
fn fold_char(c: char, out: &mut String) {
    use unicode_normalization::UnicodeNormalization;
    // Most letters of a record are ASCII, which neither decomposes nor maps otherwise.
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    for lower in c.to_lowercase() {
        for d in std::iter::once(lower).nfd() {
            if unicode_normalization::char::is_combining_mark(d) {
                continue;
            }
            match d {
                'ł' => out.push('l'),
                'đ' | 'ð' => out.push('d'),
                'ø' => out.push('o'),
                'ħ' => out.push('h'),
                'ı' => out.push('i'),
                'ß' => out.push_str("ss"),
                'æ' => out.push_str("ae"),
                'œ' => out.push_str("oe"),
                // Typographic dashes and spaces as typed on a keyboard.
                '\u{2010}'..='\u{2015}' | '\u{2212}' => out.push('-'),
                '\u{00a0}' | '\u{2007}' | '\u{202f}' => out.push(' '),
                d => out.push(d),
            }
        }
    }
}

/// Text as a search compares it: lower case and without diacritics, so "Zolkiewski" finds
/// "Żółkiewski" and "lodz" finds "Łódź".
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        fold_char(c, &mut out);
    }
    out
}

/// [`fold`], with the byte offset in `text` of the letter each byte of the result came from,
/// so a match in the folded text can be shown in the original.
pub fn fold_mapped(text: &str) -> (String, Vec<usize>) {
    let mut out = String::with_capacity(text.len());
    let mut from = Vec::with_capacity(text.len());
    for (at, c) in text.char_indices() {
        let before = out.len();
        fold_char(c, &mut out);
        from.extend(std::iter::repeat_n(at, out.len() - before));
    }
    (out, from)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decode_strips_bom_and_notes_crlf() {
        let d = decode(b"\xef\xbb\xbfname = \"a\"\r\n".to_vec()).unwrap();
        assert!(d.bom);
        assert!(d.crlf);
        // Read with LF only; `encode` puts CRLF back.
        assert_eq!(d.text, "name = \"a\"\n");
        assert_eq!(encode("a\nb\n", true, true), "\u{feff}a\r\nb\r\n");
        assert_eq!(encode("a\r\nb\n", false, true), "a\r\nb\r\n");
    }

    #[test]
    fn decode_locates_invalid_utf8() {
        let err = decode(b"a = 1\nname = \"Gda\xf1sk\"\n".to_vec()).unwrap_err();
        assert_eq!(
            err,
            NotUtf8 {
                line: 2,
                column: 12,
                line_text: "name = \"Gda".into()
            }
        );
    }

    #[test]
    fn line_col_counts_characters() {
        let text = "a = 1\nnazwa = \"Łódź\" x\n";
        let at = text.find('x').unwrap();
        let lc = line_col(text, at);
        assert_eq!((lc.line, lc.column), (2, 16));
        assert_eq!(lc.line_text, "nazwa = \"Łódź\" x");
    }

    #[test]
    fn closest_suggests_typos_only() {
        let known = ["name", "kind", "level", "address"];
        assert_eq!(closest("nmae", known), Some("name"));
        assert_eq!(closest("adress", known), Some("address"));
        assert_eq!(closest("zzzzzz", known), None);
        assert_eq!(closest("5.3", ["1.3", "5.1", "5.2"]), Some("5.1"));
        assert_eq!(one_of(&["a", "b", "c"]), "`a`, `b` or `c`");
    }

    /// The short way for ASCII gives what the long way would: an ASCII letter's lower case
    /// is ASCII, does not decompose and is no combining mark.
    #[test]
    fn ascii_folds_as_every_letter_does() {
        use unicode_normalization::UnicodeNormalization;
        for c in (0u8..128).map(char::from) {
            let long: String = c
                .to_lowercase()
                .flat_map(|l| std::iter::once(l).nfd())
                .filter(|d| !unicode_normalization::char::is_combining_mark(*d))
                .collect();
            assert_eq!(long, fold(&c.to_string()), "{c:?}");
        }
    }

    #[test]
    fn folding_drops_case_and_diacritics_polish_letters_included() {
        assert_eq!(fold("Żółkiewski"), "zolkiewski");
        assert_eq!(fold("ŁÓDŹ, ul. Śląska"), "lodz, ul. slaska");
        assert_eq!(fold("Đorđević Søren Straße"), "dordevic soren strasse");
        // Decomposed input (NFD) folds the same as composed.
        assert_eq!(fold("Z\u{307}o\u{301}\u{142}w"), "zolw");
        let (folded, from) = fold_mapped("aŁb");
        assert_eq!(folded, "alb");
        assert_eq!(from, vec![0, 1, 3]);
    }
}
