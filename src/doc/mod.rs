//! The model's documents (seed 004, zał. 1–7, and the effects presented in step 10.1) filled
//! from the records and rendered to Markdown or HTML with minijinja templates, or to PDF with
//! typst.
//!
//! `context` builds the data of each kind; `templates` finds the template (a repository's
//! `templates/` folder overrides the built-in ones by name); `pdf` typesets.

pub mod context;
pub mod pdf;
pub mod polish;
pub mod templates;

use std::path::Path;

use minijinja::{AutoEscape, Environment, UndefinedBehavior, Value as JValue};
use serde_json::Value;

use crate::error::{Error, Result};

/// What a document is about, so `koop doc KIND ID` knows how to read the ID.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Subject {
    /// Nothing: the whole repository.
    Repo,
    /// An optional person (the contact person of zał. 1).
    Person,
    /// A team.
    Team,
    /// A case.
    Case,
    /// A meeting.
    Meeting,
}

/// A kind of document.
#[derive(Debug, Clone, Copy)]
pub struct Kind {
    /// The name on the command line and of its templates.
    pub name: &'static str,
    /// Where its wording comes from: the title of the model's form.
    pub source: &'static str,
    /// What its ID names.
    pub subject: Subject,
}

impl Kind {
    /// Where its wording comes from, with a note where one form serves more than one
    /// document.
    pub fn source_note(&self) -> String {
        let title = self.source;
        match self.name {
            "porozumienie" => crate::tr!("doc-source-porozumienie", title = title),
            "zaproszenie" => crate::tr!("doc-source-zaproszenie", title = title),
            "lista-obecnosci" => crate::tr!("doc-source-lista-obecnosci", title = title),
            "protokol" => crate::tr!("doc-source-protokol", title = title),
            _ => title.to_string(),
        }
    }

    /// One line on what it is.
    pub fn about(&self) -> String {
        match self.name {
            "zgloszenie-rops" => crate::tr!("doc-about-zgloszenie-rops"),
            "porozumienie" => crate::tr!("doc-about-porozumienie"),
            "karta" => crate::tr!("doc-about-karta"),
            "monitoring" => crate::tr!("doc-about-monitoring"),
            "zaproszenie" => crate::tr!("doc-about-zaproszenie"),
            "lista-obecnosci" => crate::tr!("doc-about-lista-obecnosci"),
            "protokol" => crate::tr!("doc-about-protokol"),
            "efekty" => crate::tr!("doc-about-efekty"),
            _ => crate::tr!("doc-about-lista-uslug"),
        }
    }
}

/// Every document kind `koop doc` renders.
pub const KINDS: &[Kind] = &[
    Kind {
        name: "zgloszenie-rops",
        source: "Załącznik nr 1 – Zgłoszenie potrzeby włączenia Regionalnego Ośrodka Polityki Społecznej w proces budowania kooperacji instytucji na terenie gminy",
        subject: Subject::Person,
    },
    Kind {
        name: "porozumienie",
        source: "Załącznik nr 5 – Porozumienie na rzecz współdziałania organizacji i instytucji",
        subject: Subject::Team,
    },
    Kind {
        name: "karta",
        source: "Załącznik nr 6 – Karta planu pracy z osobą/rodziną",
        subject: Subject::Case,
    },
    Kind {
        name: "monitoring",
        source: "Załącznik nr 7 – Monitoring pracy z osobą/rodziną/grupą społeczną",
        subject: Subject::Case,
    },
    Kind {
        name: "zaproszenie",
        source: "Załącznik nr 2 – Scenariusz spotkania inicjującego spotkanie partnerskie",
        subject: Subject::Meeting,
    },
    Kind {
        name: "lista-obecnosci",
        source: "Załącznik nr 2 – Scenariusz spotkania inicjującego spotkanie partnerskie",
        subject: Subject::Meeting,
    },
    Kind {
        name: "protokol",
        source: "Załącznik nr 2 – Scenariusz spotkania inicjującego spotkanie partnerskie",
        subject: Subject::Meeting,
    },
    Kind {
        name: "efekty",
        source: "Model Kooperacji w gminach wiejskich, krok 10.1",
        subject: Subject::Repo,
    },
    Kind {
        name: "lista-uslug",
        source: "Model Kooperacji w gminach wiejskich, krok 6.4",
        subject: Subject::Repo,
    },
];

/// The kind with this name.
pub fn kind(name: &str) -> Result<&'static Kind> {
    KINDS.iter().find(|k| k.name == name).ok_or_else(|| {
        let mut err = Error::user(crate::tr!("doc-no-document", name = name));
        if let Some(close) = crate::text::closest(name, KINDS.iter().map(|k| k.name)) {
            err = err.hint(crate::tr!("doc-did-you-mean", name = close));
        }
        err.hint(crate::tr!("doc-no-document-hint"))
    })
}

/// Escapes text for Markdown: every ASCII punctuation a renderer could read as markup gets
/// a backslash, and a line break becomes `<br>` so a multi-line value stays in its table cell.
pub fn escape_markdown(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    // "1. Ze strony instytucji:" at the start of a paragraph would become a numbered list.
    let digits = s.chars().take_while(char::is_ascii_digit).count();
    let list_marker = digits > 0
        && matches!(s[digits..].chars().next(), Some('.' | ')'))
        && s[digits + 1..].starts_with(' ');
    for (i, c) in s.replace("\r\n", "\n").chars().enumerate() {
        if list_marker && i == digits {
            out.push('\\');
        }
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '{' | '}' | '!' | '~'
            | '&' | '$' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push_str("<br>"),
            _ => out.push(c),
        }
    }
    out
}

/// Escapes text for HTML element content and attribute values.
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#x27;"),
            _ => out.push(c),
        }
    }
    out
}

/// A dotted blank for a value the record lacks, as on the printed form.
pub const BLANK: &str = "……………………………";

/// The one template of a document's wording in Markdown and HTML (`karta.jinja`): it
/// imports `_md.jinja` or `_html.jinja`, whose macros of the same names write each format.
pub fn text_template(template: &str) -> String {
    format!("{template}.jinja")
}

/// A repository's own per-format template (`templates/karta.md`), as koop used before one
/// template served both formats: still used for its format when present.
pub fn legacy_template(root: &Path, template: &str, ext: &str) -> Result<Option<String>> {
    let name = format!("{template}.{ext}");
    Ok(templates::find(root, &name)?
        .filter(|t| matches!(t.origin, templates::Origin::Repo(_)))
        .map(|_| name))
}

/// Renders the Markdown (`html` false) or HTML of a document: the repository's per-format
/// template if it has one, otherwise `<template>.jinja` with `format` set to `md` or `html`.
pub fn render_text(root: &Path, template: &str, html: bool, data: &Value) -> Result<String> {
    let ext = if html { "html" } else { "md" };
    let name = match legacy_template(root, template, ext)? {
        Some(name) => name,
        None => text_template(template),
    };
    let mut env = Environment::new();
    env.add_global("format", ext);
    let loader_root = root.to_path_buf();
    env.set_loader(move |name| match templates::find(&loader_root, name) {
        Ok(t) => Ok(t.map(|t| t.text)),
        Err(e) => Err(minijinja::Error::new(
            minijinja::ErrorKind::InvalidOperation,
            e.message,
        )),
    });
    env.set_undefined_behavior(UndefinedBehavior::SemiStrict);
    // Block tags on lines of their own leave no blank lines behind, and a template keeps
    // the final newline it ends with.
    let syntax = minijinja::syntax::SyntaxConfig::builder()
        .trim_blocks(true)
        .lstrip_blocks(true)
        .keep_trailing_newline(true)
        .build()
        .map_err(|e| Error::user(crate::tr!("doc-template-syntax")).caused_by(e.to_string()))?;
    env.set_syntax(syntax);
    env.set_auto_escape_callback(move |name| {
        let jinja = name.ends_with(".jinja");
        if name.ends_with(".html") || (jinja && html) {
            AutoEscape::Html
        } else if name.ends_with(".md") || jinja {
            AutoEscape::Custom("markdown".into())
        } else {
            AutoEscape::None
        }
    });
    env.set_formatter(|out, state, value| {
        if matches!(state.auto_escape(), AutoEscape::Custom(_)) && !value.is_safe() {
            let text = if value.is_none() || value.is_undefined() {
                String::new()
            } else {
                value.to_string()
            };
            out.write_str(&escape_markdown(&text))?;
            Ok(())
        } else if matches!(state.auto_escape(), AutoEscape::Html)
            && !value.is_safe()
            && value.as_str().is_some()
        {
            // minijinja's escaper also writes `/` as `&#x2f;`, which HTML text does not need
            // and which would make every "/podpis/" caption unreadable in the output.
            out.write_str(&escape_html(value.as_str().unwrap_or_default()))?;
            Ok(())
        } else {
            minijinja::escape_formatter(out, state, value)
        }
    });
    env.add_filter("blank", |v: JValue| -> JValue {
        if v.is_none() || v.is_undefined() || v.as_str() == Some("") {
            JValue::from(BLANK)
        } else {
            v
        }
    });
    env.add_filter(
        "plural",
        |n: i64, one: String, few: String, many: String| {
            polish::plural(n, &one, &few, &many).to_string()
        },
    );
    env.add_filter("date_pl", |v: String| parse_arg(&v).map(polish::date));
    env.add_filter("month_pl", |v: String| parse_arg(&v).map(polish::month));
    // The main template is read once here; the ones it extends or includes come through the
    // loader.
    let template = templates::get(root, &name)?;
    let origin = template.describe();
    env.add_template_owned(template.name, template.text)
        .map_err(|e| template_error(root, &origin, &e))?;
    let tmpl = env
        .get_template(&name)
        .map_err(|e| template_error(root, &origin, &e))?;
    let mut data = data.clone();
    polish::quote_data(&mut data);
    let text = tmpl
        .render(JValue::from(minijinja::value::Serde(&data)))
        .map_err(|e| template_error(root, &origin, &e))?;
    let text = if html { text } else { tidy_markdown(&text) };
    Ok(polish::typography(&text, html))
}

/// Markdown with at most one blank line between blocks and none at the end: the macros end
/// every block with a blank line, so blocks written one after another would leave more.
/// (User text cannot hold a line break in Markdown output: it becomes `<br>`.)
fn tidy_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = 0;
    for line in text.trim_start_matches('\n').lines() {
        if line.trim().is_empty() {
            blank += 1;
            continue;
        }
        if blank > 0 && !out.is_empty() {
            out.push('\n');
        }
        blank = 0;
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// A filter's argument parsed as a date or month; a bad one is the template's error.
fn parse_arg<T: std::str::FromStr<Err = String>>(v: &str) -> Result<T, minijinja::Error> {
    v.parse()
        .map_err(|e: String| minijinja::Error::new(minijinja::ErrorKind::InvalidOperation, e))
}

/// A minijinja error as "template NAME:LINE: cause", naming the file that has the mistake
/// (an included template may be the one at fault).
fn template_error(root: &Path, origin: &str, err: &minijinja::Error) -> Error {
    let at = match (err.name(), err.line()) {
        (Some(name), Some(line)) => {
            let file = templates::find(root, name)
                .ok()
                .flatten()
                .map_or_else(|| name.to_string(), |t| t.describe());
            crate::tr!("doc-template-line", file = file, line = line)
        }
        (Some(name), None) => name.to_string(),
        _ => origin.to_string(),
    };
    let cause = match err.detail() {
        Some(detail) => format!("{}: {detail}", err.kind()),
        None => err.kind().to_string(),
    };
    Error::user(crate::tr!("doc-template-error", at = at, cause = cause))
        .hint(crate::tr!("doc-template-hint", dir = templates::DIR))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_escaping_keeps_markup_literal() {
        assert_eq!(escape_markdown("<b>Jan</b>"), "\\<b\\>Jan\\</b\\>");
        assert_eq!(escape_markdown("#set | *x*"), "\\#set \\| \\*x\\*");
        assert_eq!(escape_markdown("a\nb"), "a<br>b");
        assert_eq!(escape_markdown("Łódź, ul. Wąska 1"), "Łódź, ul. Wąska 1");
        // A number that would start a list, and only that.
        assert_eq!(escape_markdown("1. Ze strony"), "1\\. Ze strony");
        assert_eq!(escape_markdown("12) x"), "12\\) x");
        assert_eq!(escape_markdown("1."), "1.");
        assert_eq!(escape_markdown("1.2. Zadanie"), "1.2. Zadanie");
    }

    #[test]
    fn html_escaping_leaves_slashes() {
        assert_eq!(
            escape_html("<b a='x'>/podpis/ & \"q\"</b>"),
            "&lt;b a=&#x27;x&#x27;&gt;/podpis/ &amp; &quot;q&quot;&lt;/b&gt;"
        );
    }

    #[test]
    fn tidy_markdown_keeps_one_blank_line_between_blocks() {
        assert_eq!(
            tidy_markdown("\n# A\n\n\n\nb\n  \nc\n\n"),
            "# A\n\nb\n\nc\n"
        );
    }

    #[test]
    fn every_builtin_template_has_a_valid_name() {
        for (name, _) in templates::BUILTIN {
            assert!(templates::valid_name(name), "{name}");
        }
        assert!(!templates::valid_name("../koop.toml"));
        assert!(!templates::valid_name("a/b.md"));
        assert!(!templates::valid_name(".hidden"));
    }
}
