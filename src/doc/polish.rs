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

/// A person's name ("Małgorzata Wiśniewska") in the accusative, as the forms need it after
/// „przez” ("reprezentowanym/ą przez Małgorzatę Wiśniewską"), where the rules of Polish
/// decide it: every first name but the last word, then the surname (each part of a
/// double-barrelled one). `None` where they do not — a name with a title, a female first
/// name not ending in -a, a surname whose vowel may drop or change (Wróbel → Wróbla,
/// Mróz → Mroza, Gołąb → Gołębia), an adjectival surname other than -ski/-cki/-dzki — and the
/// form has to be recorded.
pub fn accusative(name: &str) -> Option<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let (surname, firsts) = words.split_last()?;
    if firsts.is_empty() {
        return None;
    }
    let female = is_female(firsts[0])?;
    let mut out: Vec<String> = Vec::with_capacity(words.len());
    for first in firsts {
        if is_female(first)? != female {
            return None;
        }
        out.push(first_name_accusative(first, female)?);
    }
    let parts: Option<Vec<String>> = surname
        .split('-')
        .map(|part| surname_accusative(part, female))
        .collect();
    out.push(parts?.join("-"));
    Some(out.join(" "))
}

/// Men's first names that end in -a.
const MALE_IN_A: &[&str] = &["Kuba", "Barnaba", "Bonawentura", "Kosma", "Jarema", "Dyzma"];

/// Whether a first name is a woman's: it ends in -a (but for a few men's names); a name not
/// written as a name (a title, an initial) is not known.
fn is_female(first: &str) -> Option<bool> {
    let mut chars = first.chars();
    if !chars.next()?.is_uppercase()
        || first.chars().count() < 3
        || !first.chars().all(char::is_alphabetic)
    {
        return None;
    }
    Some(first.ends_with('a') && !MALE_IN_A.contains(&first))
}

fn first_name_accusative(first: &str, female: bool) -> Option<String> {
    if let Some(stem) = first.strip_suffix('a') {
        // Anna → Annę, Maria → Marię, Kuba → Kubę.
        return Some(format!("{stem}ę"));
    }
    if female {
        return None;
    }
    masculine_accusative(first, true)
}

fn surname_accusative(surname: &str, female: bool) -> Option<String> {
    if !surname.chars().next()?.is_uppercase() || !surname.chars().all(char::is_alphabetic) {
        return None;
    }
    if female {
        for end in ["ska", "cka", "dzka"] {
            if surname.ends_with(end) {
                // Wiśniewska → Wiśniewską.
                return Some(format!("{}ą", &surname[..surname.len() - 1]));
            }
        }
        if surname.ends_with('a') {
            // Kowalowa → Kowalową but Sowa → Sowę: not decided by the ending.
            return None;
        }
        // A woman's surname that does not end in -a does not change: Elżbietę Mazur.
        return Some(surname.to_string());
    }
    for end in ["ski", "cki", "dzki"] {
        if surname.ends_with(end) {
            // Szymański → Szymańskiego.
            return Some(format!("{surname}ego"));
        }
    }
    if let Some(stem) = surname.strip_suffix('a') {
        if stem.ends_with('i') {
            return None;
        }
        // Zaręba → Zarębę.
        return Some(format!("{stem}ę"));
    }
    masculine_accusative(surname, false)
}

/// Surnames with ó or ą in the last syllable that keep it, common enough to know.
const KEEP_VOWEL: &[&str] = &["Król", "Zając", "Wójt", "Mądry"];

/// A man's name ending in a consonant (or -y, -i for first names) in the accusative, which
/// for persons is the genitive: Andrzej → Andrzeja, Marek → Marka, Paweł → Pawła,
/// Kaczmarek → Kaczmarka, Jerzy → Jerzego; `None` where the last vowel may drop or change.
fn masculine_accusative(name: &str, first_name: bool) -> Option<String> {
    let chars: Vec<char> = name.chars().collect();
    let n = chars.len();
    let last = *chars.last()?;
    if first_name && last == 'y' {
        // Jerzy → Jerzego, Ignacy → Ignacego.
        return Some(format!("{}ego", &name[..name.len() - 1]));
    }
    if first_name && name == "Antoni" {
        return Some("Antoniego".to_string());
    }
    if "aeiouyąęó".contains(last) {
        return None;
    }
    let before = chars[n - 2];
    let last_syllable: String = chars[chars[..n - 1]
        .iter()
        .rposition(|c| "aeiouyąęó".contains(*c))
        .unwrap_or(0)..]
        .iter()
        .collect();
    if (last_syllable.contains('ó') || last_syllable.contains('ą')) && !KEEP_VOWEL.contains(&name)
    {
        return None;
    }
    if before == 'e' {
        let stem: String = chars[..n - 2].iter().collect();
        return match last {
            // Marek → Marka, Kaczmarek → Kaczmarka, Wieczorek → Wieczorka.
            'k' if n > 4 => Some(format!("{stem}ka")),
            // Paweł → Pawła (a first name; surnames in -eł vary).
            'ł' if first_name => Some(format!("{stem}ła")),
            // Andrzej → Andrzeja; a first name keeps its e otherwise: Daniel → Daniela,
            // Zbigniew → Zbigniewa. A surname may not: Wróbel → Wróbla, Stec → Steca.
            'j' => Some(format!("{name}a")),
            _ if first_name => Some(format!("{name}a")),
            _ => None,
        };
    }
    let soft = match last {
        'ń' => Some("nia"),
        'ś' => Some("sia"),
        'ć' => Some("cia"),
        'ź' => Some("zia"),
        _ => None,
    };
    match soft {
        Some(end) => {
            let stem: String = chars[..n - 1].iter().collect();
            Some(format!("{stem}{end}"))
        }
        None => Some(format!("{name}a")),
    }
}

#[cfg(test)]
mod accusative_tests {
    use super::accusative;

    #[test]
    fn names_after_przez_take_the_accusative_where_the_rules_decide_it() {
        for (name, acc) in [
            ("Małgorzata Wiśniewska", "Małgorzatę Wiśniewską"),
            ("Andrzej Szymański", "Andrzeja Szymańskiego"),
            ("Stanisław Olszewski", "Stanisława Olszewskiego"),
            ("Marek Wojciechowski", "Marka Wojciechowskiego"),
            ("Elżbieta Mazur", "Elżbietę Mazur"),
            ("Robert Kaczmarek", "Roberta Kaczmarka"),
            ("Ewa Sobczak", "Ewę Sobczak"),
            ("Jan Zając", "Jana Zająca"),
            ("Grzegorz Wieczorek", "Grzegorza Wieczorka"),
            ("Paweł Grabowski", "Pawła Grabowskiego"),
            ("Maria Nowak-Kowalska", "Marię Nowak-Kowalską"),
            ("Jerzy Zaręba", "Jerzego Zarębę"),
            ("Anna Maria Król", "Annę Marię Król"),
            ("Piotr Nowak", "Piotra Nowaka"),
            ("Zbigniew Bartoń", "Zbigniewa Bartonia"),
            ("Kuba Wójcik", "Kubę Wójcika"),
            ("Daniel Lis", "Daniela Lisa"),
            ("Zbigniew Nowicki", "Zbigniewa Nowickiego"),
            ("Antoni Kulesza", "Antoniego Kuleszę"),
            ("Beata Zielińska-Lis", "Beatę Zielińską-Lis"),
        ] {
            assert_eq!(accusative(name).as_deref(), Some(acc), "{name}");
        }
    }

    #[test]
    fn doubtful_names_are_left_to_a_recorded_form() {
        for name in [
            "Krzysztof Wróbel",
            "Tadeusz Mróz",
            "Adam Gołąb",
            "Anna Sowa",
            "dr Jan Kowalski",
            "Kowalski",
            "Noemi Lis",
            "Jan Stec",
            "A. Nowak",
            "Jan Fredro",
        ] {
            assert_eq!(accusative(name), None, "{name}");
        }
    }
}

/// An institution's or team's name in the genitive, as "włączenia …" and "utworzenie …" need
/// it, where the name begins with an adjective and one of the nouns such names use (Ośrodek,
/// Centrum, Zespół): "Regionalny Ośrodek
/// Polityki Społecznej w Krakowie" → "Regionalnego Ośrodka Polityki Społecznej w Krakowie",
/// "Mazowieckie Centrum Polityki Społecznej" → "Mazowieckiego Centrum Polityki Społecznej".
/// What follows the noun is already in the genitive or a prepositional phrase, and stays.
/// `None` for any other name.
pub fn institution_genitive(name: &str) -> Option<String> {
    let mut words = name.splitn(3, ' ');
    let (adjective, noun, rest) = (words.next()?, words.next()?, words.next());
    let adjective = if let Some(stem) = adjective.strip_suffix("y") {
        format!("{stem}ego")
    } else if let Some(stem) = adjective.strip_suffix("ie") {
        format!("{stem}iego")
    } else if let Some(stem) = adjective.strip_suffix('e') {
        format!("{stem}ego")
    } else if adjective.ends_with('i') {
        format!("{adjective}ego")
    } else {
        return None;
    };
    let noun = match noun {
        "Ośrodek" => "Ośrodka",
        "Centrum" => "Centrum",
        "Zespół" => "Zespołu",
        _ => return None,
    };
    Some(match rest {
        Some(rest) => format!("{adjective} {noun} {rest}"),
        None => format!("{adjective} {noun}"),
    })
}

#[cfg(test)]
mod genitive_tests {
    use super::institution_genitive;

    #[test]
    fn regional_centres_take_the_genitive() {
        for (name, genitive) in [
            (
                "Regionalny Ośrodek Polityki Społecznej Województwa Mazowieckiego",
                "Regionalnego Ośrodka Polityki Społecznej Województwa Mazowieckiego",
            ),
            (
                "Mazowieckie Centrum Polityki Społecznej",
                "Mazowieckiego Centrum Polityki Społecznej",
            ),
            (
                "Regionalne Centrum Polityki Społecznej w Poznaniu",
                "Regionalnego Centrum Polityki Społecznej w Poznaniu",
            ),
            (
                "Dolnośląski Ośrodek Polityki Społecznej",
                "Dolnośląskiego Ośrodka Polityki Społecznej",
            ),
        ] {
            assert_eq!(institution_genitive(name).as_deref(), Some(genitive));
        }
        assert_eq!(
            institution_genitive("Partnerski Zespół Kooperacji w Gminie Przykładowo").as_deref(),
            Some("Partnerskiego Zespołu Kooperacji w Gminie Przykładowo")
        );
        assert_eq!(
            institution_genitive("Gminno-Powiatowy Zespół Kooperacji").as_deref(),
            Some("Gminno-Powiatowego Zespołu Kooperacji")
        );
        assert_eq!(institution_genitive("ROPS w Krakowie"), None);
        assert_eq!(institution_genitive("Urząd Marszałkowski"), None);
    }
}

/// Polish quotation marks for straight ones typed in the records: "Promyk" → „Promyk”. A
/// quote at the start or after a space or an opening bracket opens, any other closes.
pub fn quotes(text: &str) -> String {
    if !text.contains('"') {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len() + 4);
    let mut prev: Option<char> = None;
    for c in text.chars() {
        if c == '"' {
            let opens = prev.is_none_or(|p| p.is_whitespace() || "([{/–-".contains(p));
            out.push(if opens { '„' } else { '”' });
        } else {
            out.push(c);
        }
        prev = Some(c);
    }
    out
}

/// [`quotes`] on every text of a document's data.
pub fn quote_data(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::String(s) if s.contains('"') => *s = quotes(s),
        serde_json::Value::Array(items) => items.iter_mut().for_each(quote_data),
        serde_json::Value::Object(map) => map.values_mut().for_each(quote_data),
        _ => {}
    }
}

#[cfg(test)]
mod quote_tests {
    use super::quotes;

    #[test]
    fn straight_quotes_become_polish_ones() {
        assert_eq!(
            quotes("Świetlica \"Promyk\" (\"x\"), \"Razem\"."),
            "Świetlica „Promyk” („x”), „Razem”."
        );
        assert_eq!(quotes("bez cudzysłowu"), "bez cudzysłowu");
    }
}
