//! What koop says, in Polish or English: every message a user reads comes from the Fluent
//! catalogues `i18n/pl.ftl` and `i18n/en.ftl` (built into the binary), looked up by key with
//! [`tr!`](crate::tr).
//!
//! The language is, in this order: `KOOP_LANG`; the repository's `[koop] language` in
//! koop.toml; the locale (`LC_ALL`, then `LC_MESSAGES`, then `LANG`; `pl…` is Polish);
//! English otherwise. Fluent selects plural forms by the language's CLDR rules, so the
//! catalogues say "1 sprawa, 2 sprawy, 5 spraw".

use std::sync::LazyLock;
use std::sync::atomic::{AtomicU8, Ordering};

pub use fluent_bundle::{FluentArgs, FluentValue};
use fluent_bundle::{FluentResource, concurrent::FluentBundle};

use crate::word_enum;

word_enum! {
    /// A language koop speaks.
    Lang {
        /// English.
        En => "en" | "angielski" | "english",
        /// Polish.
        Pl => "pl" | "polski" | "polish",
    }
}

/// The English catalogue.
pub const EN: &str = include_str!("../i18n/en.ftl");
/// The Polish catalogue.
pub const PL: &str = include_str!("../i18n/pl.ftl");

static CURRENT: AtomicU8 = AtomicU8::new(0);

/// Makes `lang` the language of everything said from now on.
pub fn set(lang: Lang) {
    CURRENT.store(lang as u8, Ordering::Relaxed);
}

/// The language in use.
pub fn current() -> Lang {
    match CURRENT.load(Ordering::Relaxed) {
        1 => Lang::Pl,
        _ => Lang::En,
    }
}

/// A locale or language name as users write it (`pl_PL.UTF-8`, `pl`, `polski`, `en_GB`,
/// `C.UTF-8`): Polish for anything starting with `pl`, English for anything else but empty.
pub fn parse(value: &str) -> Option<Lang> {
    let value = value.trim();
    if value.is_empty() {
        return None;
    }
    let lower = value.to_lowercase();
    if lower.starts_with("pl") || lower == "polski" {
        Some(Lang::Pl)
    } else {
        Some(Lang::En)
    }
}

/// The language the locale variables ask for: the first of `LC_ALL`, `LC_MESSAGES`, `LANG`
/// that is set and not empty, as POSIX orders them.
pub fn from_locale(var: impl Fn(&str) -> Option<String>) -> Option<Lang> {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .find_map(|name| var(name).filter(|v| !v.trim().is_empty()))
        .and_then(|v| parse(&v))
}

/// The language to speak: `KOOP_LANG`, then the repository's setting, then the locale.
pub fn choose(var: impl Fn(&str) -> Option<String>, repository: Option<Lang>) -> Lang {
    var("KOOP_LANG")
        .and_then(|v| parse(&v))
        .or(repository)
        .or_else(|| from_locale(&var))
        .unwrap_or(Lang::En)
}

/// The repository's `[koop]` table, read from the koop.toml at or above `start` without
/// loading anything else (help is printed before a repository is opened). A file that does
/// not parse says nothing here; the command that loads it reports it.
pub fn repository_settings(start: &std::path::Path) -> Option<toml::Table> {
    let root = crate::store::find_root(start)?;
    let text = std::fs::read_to_string(root.join(crate::store::CONFIG_FILE)).ok()?;
    let mut table: toml::Table = toml::from_str(text.trim_start_matches('\u{feff}')).ok()?;
    match table.remove("koop")? {
        toml::Value::Table(t) => Some(t),
        _ => None,
    }
}

/// The repository's `[koop] language` (`repository_settings`).
pub fn repository_language(settings: &toml::Table) -> Option<Lang> {
    let word = settings.get("language")?.as_str()?;
    Lang::ALL
        .iter()
        .copied()
        .find(|l| l.as_str() == word || l.aliases().contains(&word))
}

/// The repository's `[koop] as_of` (`repository_settings`): a TOML date, or a quoted one.
pub fn repository_as_of(settings: &toml::Table) -> Option<crate::model::Date> {
    match settings.get("as_of")? {
        toml::Value::Datetime(d) => d.to_string().parse().ok(),
        toml::Value::String(s) => s.parse().ok(),
        _ => None,
    }
}

fn bundle(lang: Lang, source: &str) -> FluentBundle<FluentResource> {
    let id: unic_langid::LanguageIdentifier = match lang {
        Lang::En => unic_langid::langid!("en"),
        Lang::Pl => unic_langid::langid!("pl"),
    };
    // The catalogues are part of the binary and tested (`tests::catalogues_parse`).
    let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(r, _)| r);
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Terminals show the isolation marks Fluent puts around arguments as odd characters.
    bundle.set_use_isolating(false);
    let _ = bundle.add_resource(resource);
    bundle
}

// Each catalogue is parsed when first needed: a command in Polish reads English only for a
// key the Polish catalogue lacks (the tests rule that out).
static BUNDLE_EN: LazyLock<FluentBundle<FluentResource>> = LazyLock::new(|| bundle(Lang::En, EN));
static BUNDLE_PL: LazyLock<FluentBundle<FluentResource>> = LazyLock::new(|| bundle(Lang::Pl, PL));

/// The message `key` (or `key.attribute`) in `lang`, when the catalogue has it.
pub fn lookup_in(lang: Lang, key: &str, args: Option<&FluentArgs>) -> Option<String> {
    let bundle: &FluentBundle<FluentResource> = match lang {
        Lang::En => &BUNDLE_EN,
        Lang::Pl => &BUNDLE_PL,
    };
    let (id, attribute) = match key.split_once('.') {
        Some((id, attribute)) => (id, Some(attribute)),
        None => (key, None),
    };
    let message = bundle.get_message(id)?;
    let pattern = match attribute {
        Some(a) => message.get_attribute(a)?.value(),
        None => message.value()?,
    };
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned(),
    )
}

/// The message `key` in the current language; the English one when the Polish catalogue
/// lacks it, and the key itself when neither has it (the catalogue tests rule both out).
pub fn message(key: &str, args: Option<&FluentArgs>) -> String {
    lookup_in(current(), key, args)
        .or_else(|| lookup_in(Lang::En, key, args))
        .unwrap_or_else(|| key.to_string())
}

/// The message `key` in the current language, when a catalogue has it (for keys made from
/// names, such as a command's help).
pub fn lookup(key: &str) -> Option<String> {
    lookup_in(current(), key, None).or_else(|| lookup_in(Lang::En, key, None))
}

/// A value given to a message: text, or a number (which selects the plural form).
pub trait IntoArg {
    /// The Fluent value.
    fn into_arg(self) -> FluentValue<'static>;
}

macro_rules! text_arg {
    ($($t:ty),*) => {$(
        impl IntoArg for $t {
            fn into_arg(self) -> FluentValue<'static> {
                FluentValue::from(self.to_string())
            }
        }
    )*};
}
text_arg!(
    &str,
    String,
    &String,
    std::borrow::Cow<'_, str>,
    std::path::Display<'_>,
    char,
    chrono::NaiveDate,
    &chrono::NaiveDate,
    &crate::model::Shared
);

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl IntoArg for $t {
            fn into_arg(self) -> FluentValue<'static> {
                FluentValue::from(self)
            }
        }
        impl IntoArg for &$t {
            fn into_arg(self) -> FluentValue<'static> {
                FluentValue::from(*self)
            }
        }
    )*};
}
number_arg!(u8, u16, u32, u64, usize, i32, i64, f64);

/// Converts a value for [`tr!`](crate::tr).
pub fn arg(value: impl IntoArg) -> FluentValue<'static> {
    value.into_arg()
}

/// The message `key` of the catalogues in the current language, with named arguments:
/// `tr!("case-created", id = id, n = count)`. Numbers select plural forms.
#[macro_export]
macro_rules! tr {
    ($key:literal $(,)?) => {
        $crate::i18n::message($key, None)
    };
    ($key:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::FluentArgs::new();
        $( args.set(stringify!($name), $crate::i18n::arg($value)); )+
        $crate::i18n::message($key, Some(&args))
    }};
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    #[test]
    fn locale_variables_in_posix_order() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                pairs
                    .iter()
                    .find(|(k, _)| *k == name)
                    .map(|(_, v)| v.to_string())
            }
        };
        assert_eq!(choose(env(&[("LANG", "pl_PL.UTF-8")]), None), Lang::Pl);
        assert_eq!(choose(env(&[("LANG", "C.UTF-8")]), None), Lang::En);
        assert_eq!(choose(env(&[]), None), Lang::En);
        let both = &[("LC_ALL", "en_US.UTF-8"), ("LANG", "pl_PL.UTF-8")];
        assert_eq!(choose(env(both), None), Lang::En);
        let messages = &[("LC_MESSAGES", "pl_PL"), ("LANG", "en_GB")];
        assert_eq!(choose(env(messages), None), Lang::Pl);
        let empty_all = &[("LC_ALL", ""), ("LANG", "pl_PL")];
        assert_eq!(choose(env(empty_all), None), Lang::Pl);
        // The repository's setting overrides the locale, KOOP_LANG overrides both.
        assert_eq!(choose(env(&[("LANG", "C")]), Some(Lang::Pl)), Lang::Pl);
        let koop = &[("KOOP_LANG", "en"), ("LANG", "pl_PL")];
        assert_eq!(choose(env(koop), Some(Lang::Pl)), Lang::En);
    }

    #[test]
    fn polish_plurals() {
        let forms: Vec<String> = [1usize, 2, 4, 5, 12, 22, 25, 0]
            .iter()
            .map(|n| {
                let mut args = FluentArgs::new();
                args.set("n", arg(*n));
                lookup_in(Lang::Pl, "count-errors", Some(&args)).unwrap_or_default()
            })
            .collect();
        assert_eq!(
            forms,
            [
                "1 błąd",
                "2 błędy",
                "4 błędy",
                "5 błędów",
                "12 błędów",
                "22 błędy",
                "25 błędów",
                "0 błędów"
            ]
        );
        let mut args = FluentArgs::new();
        args.set("n", arg(1usize));
        assert_eq!(
            lookup_in(Lang::En, "count-errors", Some(&args)).as_deref(),
            Some("1 error")
        );
    }

    /// Keys made from names at run time rather than written in a `tr!`: a command's help
    /// (`cmd-`, `arg-`, `value-`), checked against the command tree in `help::tests`; a
    /// rule's summary and explanation (`rule-kNNN-summary`, `-explain`), checked against the
    /// rule table in `rules::tests`.
    pub(crate) const DYNAMIC: &[&str] = &[
        "cmd-",
        "arg-",
        "value-",
        "rule-k",
        "valname-",
        "monthly-col-",
    ];

    /// Each message of a catalogue with its attributes and the variables it uses.
    pub(crate) fn entries(
        source: &str,
    ) -> std::collections::BTreeMap<String, std::collections::BTreeSet<String>> {
        let mut out = std::collections::BTreeMap::new();
        let mut current: Option<String> = None;
        for line in source.lines() {
            let starts_entry = line.chars().next().is_some_and(|c| c.is_ascii_alphabetic());
            if starts_entry {
                if let Some((id, _)) = line.split_once(" =") {
                    current = Some(id.trim().to_string());
                    out.entry(id.trim().to_string())
                        .or_insert_with(std::collections::BTreeSet::new);
                }
            } else if let Some(attr) = line.trim_start().strip_prefix('.') {
                if let (Some(id), Some((name, _))) = (&current, attr.split_once(" =")) {
                    out.entry(format!("{id}.{}", name.trim()))
                        .or_insert_with(std::collections::BTreeSet::new);
                }
            } else if line.starts_with('#') {
                current = None;
            }
            if let Some(id) = &current {
                let vars = out.entry(id.clone()).or_default();
                let mut rest = line;
                while let Some(at) = rest.find('$') {
                    let name: String = rest[at + 1..]
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                        .collect();
                    if !name.is_empty() {
                        vars.insert(name);
                    }
                    rest = &rest[at + 1..];
                }
            }
        }
        out
    }

    /// Every Rust file under src/, as its path there and its code before its tests.
    fn sources() -> Vec<(String, String)> {
        let src = concat!(env!("CARGO_MANIFEST_DIR"), "/src");
        let mut out = Vec::new();
        for entry in walkdir::WalkDir::new(src).sort_by_file_name() {
            let entry = entry.expect("walk src");
            if entry.path().extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let text = std::fs::read_to_string(entry.path()).expect("read source");
            let file = entry.path().strip_prefix(src).expect("in src");
            let code = match text.find("\n#[cfg(test)]") {
                Some(at) => text[..at].to_string(),
                None => text,
            };
            out.push((file.display().to_string(), code));
        }
        out
    }

    /// Every `tr!("key", name = …)` in the source: the key and the names of its arguments.
    pub(crate) fn uses() -> Vec<(String, String, std::collections::BTreeSet<String>)> {
        let mut out = Vec::new();
        for (file, text) in sources() {
            let mut rest = text.as_str();
            let mut offset = 0;
            while let Some(at) = rest.find("tr!(") {
                let before = &text[..offset + at];
                offset += at + 4;
                rest = &rest[at + 4..];
                let word = before
                    .chars()
                    .next_back()
                    .is_some_and(|c| c.is_alphanumeric() || c == '_');
                let line = before.rsplit('\n').next().unwrap_or("");
                if word || line.trim_start().starts_with("//") {
                    continue;
                }
                let body = rest.trim_start();
                let Some(body) = body.strip_prefix('"') else {
                    continue;
                };
                let Some(end) = body.find('"') else { break };
                let key = body[..end].to_string();
                let mut depth = 0usize;
                let mut args = String::new();
                for c in body[end + 1..].chars() {
                    match c {
                        '(' | '[' | '{' => depth += 1,
                        ')' | ']' | '}' if depth == 0 => break,
                        ')' | ']' | '}' => depth -= 1,
                        _ => {}
                    }
                    args.push(if c == ',' && depth > 0 { ';' } else { c });
                }
                let names = args
                    .split(',')
                    .filter_map(|part| part.split_once('=').map(|(n, _)| n.trim().to_string()))
                    .filter(|n| !n.is_empty() && n.chars().all(|c| c.is_alphanumeric() || c == '_'))
                    .collect();
                out.push((file.clone(), key, names));
            }
        }
        out
    }

    /// The string literals of Rust code with their 1-based lines (comments, characters and
    /// lifetimes skipped; raw strings included).
    fn string_literals(code: &str) -> Vec<(usize, String)> {
        let b = code.as_bytes();
        let line_at = |i: usize| code[..i].matches('\n').count() + 1;
        let mut out = Vec::new();
        let mut i = 0;
        while i < b.len() {
            if b[i..].starts_with(b"//") {
                i = code[i..].find('\n').map_or(b.len(), |n| i + n);
            } else if b[i] == b'\'' {
                // A character literal ('x', '\n', '"'), or a lifetime.
                let rest = &code[i + 1..];
                let mut chars = rest.char_indices();
                match chars.next() {
                    Some((_, '\\')) => {
                        i += 1 + rest[1..].find('\'').map_or(rest.len(), |n| n + 2);
                    }
                    Some((_, c)) if rest[c.len_utf8()..].starts_with('\'') => {
                        i += 1 + c.len_utf8() + 1;
                    }
                    _ => i += 1,
                }
            } else if b[i] == b'r'
                && (i == 0 || !(b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_'))
                && code[i + 1..].trim_start_matches('#').starts_with('"')
            {
                let hashes = code[i + 1..].len() - code[i + 1..].trim_start_matches('#').len();
                let start = i + 2 + hashes;
                let end = format!("\"{}", "#".repeat(hashes));
                let close = code[start..].find(&end).map_or(b.len(), |n| start + n);
                out.push((line_at(i), code[start..close].to_string()));
                i = close + end.len();
            } else if b[i] == b'"' {
                let mut j = i + 1;
                while j < b.len() && b[j] != b'"' {
                    j += if b[j] == b'\\' { 2 } else { 1 };
                }
                out.push((line_at(i), code[i + 1..j.min(b.len())].to_string()));
                i = j + 1;
            } else {
                i += 1;
            }
        }
        out
    }

    #[test]
    fn catalogues_parse() {
        for (name, source) in [("en", EN), ("pl", PL)] {
            if let Err((_, errors)) = FluentResource::try_new(source.to_string()) {
                panic!("i18n/{name}.ftl does not parse: {errors:?}");
            }
        }
    }

    /// Both catalogues have the same keys; a Polish message uses no argument the English one
    /// lacks.
    #[test]
    fn catalogues_have_the_same_keys() {
        let (en, pl) = (entries(EN), entries(PL));
        let only_en: Vec<&String> = en.keys().filter(|k| !pl.contains_key(*k)).collect();
        let only_pl: Vec<&String> = pl.keys().filter(|k| !en.contains_key(*k)).collect();
        assert!(only_en.is_empty(), "missing in pl.ftl: {only_en:?}");
        assert!(only_pl.is_empty(), "missing in en.ftl: {only_pl:?}");
        let mut odd = Vec::new();
        for (key, vars) in &pl {
            let english = &en[key];
            if !vars.is_subset(english) {
                odd.push(format!("{key}: pl {vars:?}, en {english:?}"));
            }
        }
        assert!(
            odd.is_empty(),
            "arguments only in Polish:\n{}",
            odd.join("\n")
        );
    }

    /// Every key the code uses is in the catalogues with the arguments the code gives, and
    /// every key of the catalogues is used.
    #[test]
    fn code_and_catalogues_agree() {
        let en = entries(EN);
        let uses = uses();
        let mut bad = Vec::new();
        for (file, key, names) in &uses {
            match en.get(key) {
                None => bad.push(format!("{file}: `{key}` is in no catalogue")),
                Some(vars) => {
                    for v in vars.difference(names) {
                        bad.push(format!("{file}: `{key}` needs `{v}`, which is not given"));
                    }
                }
            }
        }
        for key in en.keys() {
            let id = key.split('.').next().unwrap_or(key);
            let used = uses.iter().any(|(_, k, _)| k == key || k == id)
                || DYNAMIC.iter().any(|p| key.starts_with(p));
            if !used {
                bad.push(format!("`{key}` is used nowhere"));
            }
        }
        assert!(bad.is_empty(), "{}", bad.join("\n"));
    }

    /// What users read is built from the catalogues: no English sentence is written in the
    /// code outside tests. (Polish wording of the model's documents and the course, which is
    /// the same in both languages, is not English and passes; so do example command lines.)
    #[test]
    fn no_english_outside_the_catalogues() {
        const ENGLISH: &[&str] = &[
            "the",
            "of",
            "is",
            "are",
            "was",
            "not",
            "for",
            "with",
            "and",
            "from",
            "this",
            "that",
            "be",
            "has",
            "have",
            "cannot",
            "must",
            "should",
            "only",
            "when",
            "which",
            "its",
            "it",
            "by",
            "an",
            "at",
            "or",
            "use",
            "run",
            "missing",
            "unknown",
            "invalid",
            "found",
            "into",
            "than",
            "there",
            "what",
            "will",
            "can",
            "does",
            "add",
            "remove",
            "file",
            "files",
            "case",
            "record",
            "records",
            "team",
            "meeting",
            "task",
            "goal",
            "institution",
            "person",
            "no",
            "in",
            "on",
            "to",
            "as",
            "a",
        ];
        // Command paths ("case new") name commands, in every language.
        fn paths(cmd: &clap::Command, prefix: &str, out: &mut Vec<String>) {
            for s in cmd.get_subcommands() {
                let path = format!("{prefix}{}", s.get_name());
                paths(s, &format!("{path} "), out);
                out.push(path);
            }
        }
        let mut commands = Vec::new();
        paths(&crate::help::command(), "", &mut commands);
        let mut found = Vec::new();
        for (file, code) in sources() {
            for (line, literal) in string_literals(&code) {
                let line_text = code.lines().nth(line - 1).unwrap_or("").trim_start();
                if line_text.starts_with("#[")
                    || literal.starts_with("koop ")
                    || commands.contains(&literal)
                {
                    continue;
                }
                // Placeholders of format strings and templates are not words.
                let mut plain = String::new();
                let mut depth = 0usize;
                for c in literal.chars() {
                    match c {
                        '{' => depth += 1,
                        '}' => depth = depth.saturating_sub(1),
                        c if depth == 0 => plain.push(c),
                        _ => {}
                    }
                }
                let words: Vec<&str> = plain
                    .split(|c: char| !c.is_alphabetic() && c != '\'')
                    .collect();
                let english = words.windows(2).any(|w| w[0].len() >= 2 && w[1].len() >= 2)
                    && words
                        .iter()
                        .any(|w| ENGLISH.contains(&w.to_lowercase().as_str()))
                    && plain.contains(' ');
                if english {
                    found.push(format!("{file}:{line}: {literal}"));
                }
            }
        }
        assert!(
            found.is_empty(),
            "{} English strings outside i18n/*.ftl:\n{}",
            found.len(),
            found.join("\n")
        );
    }
}
