//! PDF in-process with typst: a small world that serves the document's template (and what it
//! imports) from the templates, the record data as a virtual `data.json`, and the Libertinus
//! Serif fonts built into the binary. The template reads the data with `json("data.json")`,
//! so user text is only ever content, never parsed as typst markup.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use typst::diag::{FileError, FileResult, Severity, SourceDiagnostic};
use typst::foundations::{Bytes, Datetime, Smart};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World, WorldExt};
use typst_layout::PagedDocument;

use super::templates;
use crate::error::{Error, Result};

/// The one font family documents use, embedded: Libertinus Serif carries every Polish letter.
/// Only the four styles the templates use are built in (SIL Open Font License, see
/// assets/fonts/OFL.txt).
const FONTS: [&[u8]; 4] = [
    include_bytes!("../../assets/fonts/LibertinusSerif-Regular.otf"),
    include_bytes!("../../assets/fonts/LibertinusSerif-Bold.otf"),
    include_bytes!("../../assets/fonts/LibertinusSerif-Italic.otf"),
    include_bytes!("../../assets/fonts/LibertinusSerif-BoldItalic.otf"),
];

/// The virtual file the templates read the record data from.
pub const DATA: &str = "data.json";

struct Fonts {
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
}

/// Fonts parse once per process.
fn fonts() -> &'static Fonts {
    static FONTS_CELL: OnceLock<Fonts> = OnceLock::new();
    FONTS_CELL.get_or_init(|| {
        let fonts: Vec<Font> = FONTS
            .iter()
            .flat_map(|data| Font::iter(Bytes::new(*data)))
            .collect();
        Fonts {
            book: LazyHash::new(FontBook::from_fonts(&fonts)),
            fonts,
        }
    })
}

struct DocWorld {
    root: PathBuf,
    library: LazyHash<Library>,
    main: FileId,
    data: Bytes,
    today: crate::model::Date,
}

fn file_id(name: &str) -> FileResult<FileId> {
    let path = VirtualPath::new(name).map_err(|e| FileError::Other(Some(e.to_string().into())))?;
    Ok(RootedPath::new(VirtualRoot::Project, path).intern())
}

/// The template name a file ID stands for: the file name, as templates live in one folder.
fn name_of(id: FileId) -> FileResult<String> {
    if !matches!(id.root(), VirtualRoot::Project) {
        return Err(FileError::Other(Some(crate::tr!("pdf-no-packages").into())));
    }
    let path = id.vpath().get_without_slash().to_string();
    if templates::valid_name(&path) {
        Ok(path)
    } else {
        Err(FileError::NotFound(PathBuf::from(path)))
    }
}

impl World for DocWorld {
    fn library(&self) -> &LazyHash<Library> {
        &self.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &fonts().book
    }

    fn main(&self) -> FileId {
        self.main
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        let name = name_of(id)?;
        match templates::find(&self.root, &name) {
            Ok(Some(t)) => Ok(Source::new(id, t.text)),
            Ok(None) => Err(FileError::NotFound(PathBuf::from(name))),
            Err(e) => Err(FileError::Other(Some(e.message.into()))),
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        let name = name_of(id)?;
        if name == DATA {
            return Ok(self.data.clone());
        }
        match templates::find(&self.root, &name) {
            Ok(Some(t)) => Ok(Bytes::from_string(t.text)),
            Ok(None) => Err(FileError::NotFound(PathBuf::from(name))),
            Err(e) => Err(FileError::Other(Some(e.message.into()))),
        }
    }

    fn font(&self, index: usize) -> Option<Font> {
        fonts().fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<typst::foundations::Duration>) -> Option<Datetime> {
        let d = self.today;
        Datetime::from_ymd(d.year(), d.month() as u8, d.day() as u8)
    }
}

/// Typesets the template `name` (a `.typ` file) with the data and returns the PDF bytes.
/// The output is deterministic: no timestamp, and an ID derived from the template's name.
pub fn render(
    root: &Path,
    name: &str,
    data: &serde_json::Value,
    today: crate::model::Date,
) -> Result<Vec<u8>> {
    // Fail early, with koop's message, when the template is missing.
    templates::get(root, name)?;
    let mut data = data.clone();
    super::polish::quote_data(&mut data);
    breakable(&mut data);
    let data = serde_json::to_vec_pretty(&data)
        .map_err(|e| Error::user(crate::tr!("pdf-serialise")).caused_by(e.to_string()))?;
    let main = file_id(name).map_err(|e| {
        Error::user(crate::tr!(
            "pdf-template-error",
            at = name,
            cause = e.to_string()
        ))
    })?;
    let world = DocWorld {
        root: root.to_path_buf(),
        library: LazyHash::new(Library::default()),
        main,
        data: Bytes::new(data),
        today,
    };
    let warned = typst::compile::<PagedDocument>(&world);
    let doc = warned
        .output
        .map_err(|errors| diagnostics_error(&world, errors.as_slice()))?;
    let options = typst_pdf::PdfOptions {
        ident: Smart::Custom(format!("koop-{name}")),
        timestamp: None,
        ..Default::default()
    };
    typst_pdf::pdf(&doc, &options).map_err(|errors| diagnostics_error(&world, errors.as_slice()))
}

/// Lets very long words (a URL, a double-barrelled surname in a narrow column) break: typst
/// breaks only between words or at hyphenation points, so a long token would run out of its
/// table cell. A zero-width space every 12 letters of a word over 20 gives it places to break
/// without changing what is printed. An e-mail address is left whole, without invisible
/// characters, so that it works when copied from the PDF: the templates give it room.
fn breakable(value: &mut serde_json::Value) {
    // A hyphen is a place to break already ("opiekuńczo-wychowawczych"): only a part
    // between hyphens longer than 20 letters needs more.
    let long = |w: &str| !w.contains('@') && w.split('-').any(|part| part.chars().count() > 20);
    match value {
        serde_json::Value::String(s) if s.split_whitespace().any(long) => {
            *s = s
                .split(' ')
                .map(|w| {
                    if !long(w) {
                        return w.to_string();
                    }
                    w.split('-')
                        .map(|part| {
                            let chars: Vec<char> = part.chars().collect();
                            chars
                                .chunks(12)
                                .map(|c| c.iter().collect::<String>())
                                .collect::<Vec<_>>()
                                .join("\u{200b}")
                        })
                        .collect::<Vec<_>>()
                        .join("-")
                })
                .collect::<Vec<_>>()
                .join(" ");
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(breakable),
        serde_json::Value::Object(map) => map.values_mut().for_each(breakable),
        _ => {}
    }
}

/// typst's errors as one koop error naming the template, line and column.
fn diagnostics_error(world: &DocWorld, errors: &[SourceDiagnostic]) -> Error {
    // The first errors are the useful ones: one mistake often cascades into many.
    let all: Vec<&SourceDiagnostic> = errors
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .collect();
    let shown = &all[..all.len().min(3)];
    let mut lines = shown
        .iter()
        .map(|d| format!("{}: {}", locate(world, d), d.message));
    let first = lines.next().unwrap_or_else(|| crate::tr!("pdf-failed"));
    let mut err = Error::user(crate::tr!("pdf-template", error = first));
    for more in lines {
        err = err.caused_by(more);
    }
    if all.len() > shown.len() {
        err = err.caused_by(crate::tr!("pdf-more-errors", n = all.len() - shown.len()));
    }
    let mut hints: Vec<String> = Vec::new();
    for d in shown {
        for h in &d.hints {
            let h = h.v.to_string();
            // typst's command-line options do not exist in koop.
            if !h.contains("--root") && !hints.contains(&h) {
                hints.push(h);
            }
        }
    }
    for h in hints {
        err = err.hint(h);
    }
    err.hint(crate::tr!("pdf-template-hint", dir = templates::DIR))
}

fn locate(world: &DocWorld, d: &SourceDiagnostic) -> String {
    let Some(id) = d.span.id() else {
        return crate::tr!("pdf-no-position");
    };
    let name = name_of(id).unwrap_or_else(|_| "?".to_string());
    let file = templates::find(&world.root, &name)
        .ok()
        .flatten()
        .map_or_else(|| name.clone(), |t| t.describe());
    let position = world.range(d.span).and_then(|range| {
        let source = world.source(id).ok()?;
        source.lines().byte_to_line_column(range.start)
    });
    match position {
        Some((line, col)) => format!("{file}:{}:{}", line + 1, col + 1),
        None => file,
    }
}
