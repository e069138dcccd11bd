//! Record IDs and slugs. An ID names a file or folder, so it is checked before it touches
//! a path: lowercase ASCII letters, digits and single hyphens only.

use std::fmt;

/// Longest ID koop accepts; file names stay readable and well under any filesystem limit.
pub const MAX_LEN: usize = 64;

/// Why a user-supplied ID was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IdError {
    /// The ID is empty.
    Empty,
    /// The ID contains `/` or `\`, which would escape its folder.
    PathSeparator,
    /// The ID contains `..`, which would escape its folder.
    DotDot,
    /// The ID contains a character outside `[a-z0-9-]`.
    BadChar(char),
    /// The ID starts or ends with a hyphen, or has two in a row.
    BadHyphen,
    /// The ID is longer than `MAX_LEN`.
    TooLong(usize),
}

impl fmt::Display for IdError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&match self {
            IdError::Empty => crate::tr!("id-empty"),
            IdError::PathSeparator => crate::tr!("id-path-separator"),
            IdError::DotDot => crate::tr!("id-dot-dot"),
            IdError::BadChar(c) => crate::tr!("id-bad-char", char = format!("{c:?}")),
            IdError::BadHyphen => crate::tr!("id-bad-hyphen"),
            IdError::TooLong(n) => crate::tr!("id-too-long", n = *n, max = MAX_LEN),
        })
    }
}

/// Checks an ID given by the user or read from a file name.
pub fn validate(id: &str) -> Result<(), IdError> {
    if id.is_empty() {
        return Err(IdError::Empty);
    }
    if id.contains('/') || id.contains('\\') {
        return Err(IdError::PathSeparator);
    }
    if id.contains("..") {
        return Err(IdError::DotDot);
    }
    if let Some(c) = id
        .chars()
        .find(|c| !matches!(c, 'a'..='z' | '0'..='9' | '-'))
    {
        return Err(IdError::BadChar(c));
    }
    if id.starts_with('-') || id.ends_with('-') || id.contains("--") {
        return Err(IdError::BadHyphen);
    }
    if id.len() > MAX_LEN {
        return Err(IdError::TooLong(id.len()));
    }
    Ok(())
}

/// Transliterates one letter of Polish (and common European) text to ASCII.
fn fold(c: char) -> Option<&'static str> {
    Some(match c {
        'ą' | 'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' => "a",
        'ć' | 'č' | 'ç' => "c",
        'ę' | 'è' | 'é' | 'ê' | 'ë' | 'ě' => "e",
        'ł' => "l",
        'ń' | 'ň' | 'ñ' => "n",
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' => "o",
        'ś' | 'š' => "s",
        'ź' | 'ż' | 'ž' => "z",
        'ì' | 'í' | 'î' | 'ï' => "i",
        'ù' | 'ú' | 'û' | 'ü' | 'ů' => "u",
        'ý' | 'ÿ' => "y",
        'ř' => "r",
        'ď' => "d",
        'ť' => "t",
        'ß' => "ss",
        _ => return None,
    })
}

/// Turns a name into an ID: `Gminny Ośrodek Pomocy Społecznej` → `gminny-osrodek-pomocy-spolecznej`.
///
/// Letters are lowercased and transliterated, everything else becomes a single hyphen, and the
/// result is cut at a word boundary to at most `MAX_LEN` characters.
pub fn slugify(name: &str) -> String {
    let mut slug = String::with_capacity(name.len());
    // NFC first, so "ń" typed as n + combining accent gives the same ID as "ń".
    let name = crate::text::nfc(name);
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if let Some(s) = fold(c) {
            slug.push_str(s);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    while slug.ends_with('-') {
        slug.pop();
    }
    if slug.len() > MAX_LEN {
        let cut = slug[..=MAX_LEN].rfind('-').unwrap_or(MAX_LEN);
        slug.truncate(cut);
    }
    slug
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_transliterate_polish() {
        assert_eq!(
            slugify("Gminny Ośrodek Pomocy Społecznej"),
            "gminny-osrodek-pomocy-spolecznej"
        );
        assert_eq!(slugify("ZAŻÓŁĆ GĘŚLĄ JAŹŃ"), "zazolc-gesla-jazn");
        assert_eq!(
            slugify("  Szkoła Podstawowa nr 1 im. M. Kopernika "),
            "szkola-podstawowa-nr-1-im-m-kopernika"
        );
        assert_eq!(
            slugify("Komenda/Powiatowa..Policji"),
            "komenda-powiatowa-policji"
        );
        assert_eq!(slugify("„Cudzysłów” — myślnik"), "cudzyslow-myslnik");
        assert_eq!(slugify("!!!"), "");
    }

    #[test]
    fn slugs_are_valid_ids_and_bounded() {
        let long = "Stowarzyszenie ".repeat(10);
        let slug = slugify(&long);
        assert!(slug.len() <= MAX_LEN);
        assert_eq!(validate(&slug), Ok(()));
    }

    #[test]
    fn ids_refuse_path_tricks() {
        assert_eq!(validate(""), Err(IdError::Empty));
        assert_eq!(validate("a/b"), Err(IdError::PathSeparator));
        assert_eq!(validate("a\\b"), Err(IdError::PathSeparator));
        assert_eq!(validate(".."), Err(IdError::DotDot));
        assert_eq!(validate("Gops"), Err(IdError::BadChar('G')));
        assert_eq!(validate("ośrodek"), Err(IdError::BadChar('ś')));
        assert_eq!(validate("-gops"), Err(IdError::BadHyphen));
        assert_eq!(validate("gops"), Ok(()));
        assert_eq!(validate("szkola-nr-1"), Ok(()));
    }
}
