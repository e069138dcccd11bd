//! Polish forms of dates, months and counts for documents.
//!
//! Own tables rather than chrono's locale: chrono gives only the genitive month names, and a
//! format specifier it does not know panics while formatting, so no pattern ever reaches it.

use crate::model::{Date, Month};

/// Month names in the nominative ("październik 2026").
const NOMINATIVE: [&str; 12] = [
    "styczeń",
    "luty",
    "marzec",
    "kwiecień",
    "maj",
    "czerwiec",
    "lipiec",
    "sierpień",
    "wrzesień",
    "październik",
    "listopad",
    "grudzień",
];

/// Month names in the genitive, as in a date ("12 marca 2026 r.").
const GENITIVE: [&str; 12] = [
    "stycznia",
    "lutego",
    "marca",
    "kwietnia",
    "maja",
    "czerwca",
    "lipca",
    "sierpnia",
    "września",
    "października",
    "listopada",
    "grudnia",
];

/// `12 marca 2026 r.`
pub fn date(d: Date) -> String {
    format!("{} {} {} r.", d.day(), genitive(d.month()), d.year())
}

/// `październik 2026`
pub fn month(m: Month) -> String {
    format!("{} {}", nominative(m.month), m.year)
}

/// The nominative name of month 1–12.
pub fn nominative(month: u32) -> &'static str {
    NOMINATIVE[(month.clamp(1, 12) - 1) as usize]
}

/// The genitive name of month 1–12.
pub fn genitive(month: u32) -> &'static str {
    GENITIVE[(month.clamp(1, 12) - 1) as usize]
}

/// The Polish plural form for a count: `one` for 1, `few` for 2–4, 22–24, … (but not 12–14),
/// `many` otherwise ("1 sprawa", "3 sprawy", "5 spraw", "22 sprawy", "12 spraw").
pub fn plural<'a>(n: i64, one: &'a str, few: &'a str, many: &'a str) -> &'a str {
    let n = n.unsigned_abs();
    if n == 1 {
        one
    } else if (2..=4).contains(&(n % 10)) && !(12..=14).contains(&(n % 100)) {
        few
    } else {
        many
    }
}

/// `3 sprawy`: the count followed by its plural form.
pub fn count(n: i64, one: &str, few: &str, many: &str) -> String {
    format!("{n} {}", plural(n, one, few, many))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_use_the_genitive_and_r() {
        let d: Date = "2026-03-12".parse().unwrap();
        assert_eq!(date(d), "12 marca 2026 r.");
        let d: Date = "2026-09-01".parse().unwrap();
        assert_eq!(date(d), "1 września 2026 r.");
        let d: Date = "2026-02-28".parse().unwrap();
        assert_eq!(date(d), "28 lutego 2026 r.");
    }

    #[test]
    fn months_use_the_nominative() {
        let m: Month = "2026-10".parse().unwrap();
        assert_eq!(month(m), "październik 2026");
        let m: Month = "2027-01".parse().unwrap();
        assert_eq!(month(m), "styczeń 2027");
        assert_eq!(genitive(12), "grudnia");
    }

    #[test]
    fn plural_forms_follow_polish_rules() {
        let forms = |n| count(n, "sprawa", "sprawy", "spraw");
        assert_eq!(forms(0), "0 spraw");
        assert_eq!(forms(1), "1 sprawa");
        assert_eq!(forms(2), "2 sprawy");
        assert_eq!(forms(4), "4 sprawy");
        assert_eq!(forms(5), "5 spraw");
        assert_eq!(forms(11), "11 spraw");
        assert_eq!(forms(12), "12 spraw");
        assert_eq!(forms(14), "14 spraw");
        assert_eq!(forms(21), "21 spraw");
        assert_eq!(forms(22), "22 sprawy");
        assert_eq!(forms(112), "112 spraw");
        assert_eq!(forms(124), "124 sprawy");
    }
}

/// A key that sorts Polish text in alphabetical order: each letter with a diacritic right
/// after its base letter (a, ą, b, c, ć, …, s, ś, t, …, z, ź, ż), case ignored.
pub fn sort_key(text: &str) -> String {
    let mut key = String::with_capacity(text.len() + 4);
    for c in text.chars().flat_map(char::to_lowercase) {
        let (base, marks) = match c {
            'ą' => ('a', 1),
            'ć' => ('c', 1),
            'ę' => ('e', 1),
            'ł' => ('l', 1),
            'ń' => ('n', 1),
            'ó' => ('o', 1),
            'ś' => ('s', 1),
            'ź' => ('z', 1),
            'ż' => ('z', 2),
            other => (other, 0),
        };
        key.push(base);
        // '~' sorts after every ASCII letter, so "ś…" comes after every "s…" and before "t…".
        key.extend(std::iter::repeat_n('~', marks));
    }
    key
}

#[cfg(test)]
mod sort_tests {
    use super::sort_key;

    #[test]
    fn polish_letters_sort_after_their_base_letter() {
        let mut words = vec![
            "Żłobek",
            "Świetlica",
            "Zajęcia",
            "Szkoła",
            "Terapia",
            "Źródło",
            "ognisko",
            "Ósemka",
        ];
        words.sort_by_key(|w| sort_key(w));
        assert_eq!(
            words,
            [
                "ognisko",
                "Ósemka",
                "Szkoła",
                "Świetlica",
                "Terapia",
                "Zajęcia",
                "Źródło",
                "Żłobek"
            ]
        );
    }
}

/// Polish typography for a rendered document: a one-letter word (a, i, o, u, w, z) keeps to
/// the word after it, and a number to its unit ("2026 r.", "38 m²", "100 zł"), through a
/// non-breaking space, so neither is left at the end of a line. In HTML, tags are left alone.
pub fn typography(text: &str, html: bool) -> String {
    const NBSP: char = '\u{a0}';
    const UNITS: &[&str] = &[
        "r.", "m²", "zł", "km", "godz.", "lat", "lata", "osób", "osoby",
    ];
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut in_tag = false;
    for (i, &c) in chars.iter().enumerate() {
        if html && c == '<' {
            in_tag = true;
        }
        if html && c == '>' {
            in_tag = false;
        }
        if c == ' ' && !in_tag && i > 0 {
            let prev = chars[i - 1];
            let before = if i >= 2 { Some(chars[i - 2]) } else { None };
            let word_start = before
                .is_none_or(|b| b.is_whitespace() || matches!(b, '(' | '„' | '"' | '>' | '*'));
            let one_letter = "aiouwzAIOUWZ".contains(prev) && word_start;
            let next = chars.get(i + 1).copied();
            // Not before a table's cell border, the end of the line, or another space.
            let glue_ok = next.is_some_and(|n| !n.is_whitespace() && n != '|');
            let number_unit = prev.is_ascii_digit()
                && UNITS.iter().any(|u| {
                    let rest: String = chars[i + 1..].iter().take(u.chars().count() + 1).collect();
                    rest.starts_with(u)
                        && rest[u.len()..]
                            .chars()
                            .next()
                            .is_none_or(|x| !x.is_alphanumeric())
                });
            if glue_ok && (one_letter || number_unit) {
                out.push(NBSP);
                continue;
            }
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod typography_tests {
    use super::typography;

    #[test]
    fn one_letter_words_and_units_keep_to_what_follows() {
        assert_eq!(
            typography(
                "Pomoc w nauce i opiece, 27 marca 2026 r. (z matką) a 38 m² | a |",
                false
            ),
            "Pomoc w\u{a0}nauce i\u{a0}opiece, 27 marca 2026\u{a0}r. (z\u{a0}matką) a\u{a0}38\u{a0}m² | a |"
        );
        // Words that merely end in those letters, and HTML tags, are left alone.
        assert_eq!(
            typography("<a href=\"x\">Ala i kot</a> dla nas", true),
            "<a href=\"x\">Ala i\u{a0}kot</a> dla nas"
        );
        assert_eq!(typography("5 lata później", false), "5\u{a0}lata później");
    }
}
