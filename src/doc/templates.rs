//! The document templates: built into the binary, overridable by name from the repository's
//! own `templates/` folder, and exportable for customising.

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

macro_rules! builtin {
    ($($name:literal),* $(,)?) => {
        /// Every built-in template, by file name.
        pub const BUILTIN: &[(&str, &str)] = &[
            $(($name, include_str!(concat!("../../templates/", $name))),)*
        ];
    };
}

builtin!(
    "_md.jinja",
    "_html.jinja",
    "_style.css",
    "_meeting.jinja",
    "_base.html",
    "_lib.typ",
    "zgloszenie-rops.jinja",
    "zgloszenie-rops.typ",
    "porozumienie.jinja",
    "porozumienie.typ",
    "porozumienie-3.jinja",
    "porozumienie-3.typ",
    "karta.jinja",
    "karta.typ",
    "monitoring.jinja",
    "monitoring.typ",
    "zaproszenie.jinja",
    "zaproszenie.typ",
    "lista-obecnosci.jinja",
    "lista-obecnosci.typ",
    "protokol.jinja",
    "protokol.typ",
    "lista-uslug.jinja",
    "lista-uslug.typ",
    "efekty.jinja",
    "efekty.typ",
    "pakiet.jinja",
    "pakiet.typ",
);

/// The folder of a repository whose files override the built-in templates.
pub const DIR: &str = "templates";

/// Where a template came from, for messages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// Built into koop.
    Builtin,
    /// The repository's `templates/<name>`.
    Repo(PathBuf),
}

/// A template's text and origin.
#[derive(Debug, Clone)]
pub struct Template {
    pub name: String,
    pub text: String,
    pub origin: Origin,
}

impl Template {
    /// `templates/karta.md` for an override, `karta.md (built in)` otherwise.
    pub fn describe(&self) -> String {
        match &self.origin {
            Origin::Builtin => crate::tr!("templates-built-in", name = &self.name),
            Origin::Repo(_) => format!("{DIR}/{}", self.name),
        }
    }
}

/// A template name is a plain file name: templates include each other by name, and a name
/// like `../koop.toml` must not read files outside `templates/`.
pub fn valid_name(name: &str) -> bool {
    !name.is_empty()
        && !name.starts_with('.')
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
}

/// Finds a template: the repository's override first, then the built-in one.
pub fn find(root: &Path, name: &str) -> Result<Option<Template>> {
    if !valid_name(name) {
        return Err(Error::user(crate::tr!("templates-bad-name", name = name))
            .hint(crate::tr!("templates-bad-name-hint")));
    }
    let path = root.join(DIR).join(name);
    match std::fs::read(&path) {
        Ok(bytes) => {
            let text = crate::text::decode(bytes).map_err(|e| {
                Error::user(crate::tr!(
                    "templates-not-utf8",
                    path = format!("{DIR}/{name}"),
                    line = e.line,
                    column = e.column
                ))
                .hint(crate::tr!("templates-not-utf8-hint"))
            })?;
            Ok(Some(Template {
                name: name.to_string(),
                text: text.text.replace("\r\n", "\n"),
                origin: Origin::Repo(path),
            }))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(BUILTIN
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(n, text)| Template {
                name: n.to_string(),
                text: text.to_string(),
                origin: Origin::Builtin,
            })),
        Err(e) => Err(Error::io("read", &path, &e)),
    }
}

/// Like [`find`], for a template that must exist.
pub fn get(root: &Path, name: &str) -> Result<Template> {
    find(root, name)?.ok_or_else(|| {
        Error::user(crate::tr!("templates-none", name = name))
            .hint(crate::tr!("templates-none-hint"))
    })
}

/// Names of the repository's overrides that match a built-in template, and of its own
/// extra templates.
pub fn overrides(root: &Path) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(root.join(DIR)) else {
        return Vec::new();
    };
    let mut names: Vec<String> = entries
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_file())
        .filter_map(|e| e.file_name().to_str().map(str::to_string))
        .filter(|n| valid_name(n))
        .collect();
    names.sort();
    names
}
