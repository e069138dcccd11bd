//! `koop institution add|list|show`.

use clap::{Args, Subcommand};
use serde_json::{Value, json};

use super::caseutil::unknown_id;
use super::import::{self, Field, ImportArgs, RowErrors};
use super::output::{
    Format, ListFormat, cell, print_csv_json, print_fields, print_json, print_table,
};
use super::{Ctx, new_id, optional_text, required_text, to_toml};
use crate::error::{Error, Result};
use crate::model::{Institution, InstitutionKind, Level, spanned};
use crate::store::{self, Rec, Store};

/// `koop institution …`
#[derive(Debug, Subcommand)]
pub enum InstitutionCommand {
    Add(Box<AddArgs>),
    Import(ImportArgs),
    Remove(super::remove::InstitutionRemoveArgs),
    List(ListArgs),
    Show(ShowArgs),
}

/// Arguments of `koop institution add`.
#[derive(Debug, Args)]
pub struct AddArgs {
    #[arg(long)]
    pub name: String,
    #[arg(long, value_enum)]
    pub kind: InstitutionKind,
    #[arg(long, value_enum)]
    pub level: Level,
    #[arg(long)]
    pub id: Option<String>,
    #[arg(long)]
    pub address: Option<String>,
    #[arg(long)]
    pub phone: Option<String>,
    #[arg(long)]
    pub email: Option<String>,
    #[arg(long)]
    pub director: Option<String>,
    #[arg(long, value_name = "NAME")]
    pub director_accusative: Option<String>,
    #[arg(long, value_name = "FUNCTION")]
    pub director_title: Option<String>,
    #[arg(long, value_name = "LOCALITY")]
    pub locality_locative: Option<String>,
    #[arg(long)]
    pub gmina: Option<String>,
}

/// Arguments of `koop institution list`.
#[derive(Debug, Args)]
pub struct ListArgs {
    #[arg(long, value_enum)]
    pub kind: Option<InstitutionKind>,
    #[arg(long, value_enum)]
    pub level: Option<Level>,
    #[arg(long, value_enum, default_value_t)]
    pub format: ListFormat,
}

/// Arguments of `koop institution show`.
#[derive(Debug, Args)]
pub struct ShowArgs {
    #[arg(add = clap_complete::ArgValueCandidates::new(crate::complete::institutions))]
    pub id: String,
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
}

/// Dispatches `koop institution …`.
pub fn run(ctx: &mut Ctx, cmd: InstitutionCommand) -> Result<i32> {
    match cmd {
        InstitutionCommand::Add(args) => add(ctx, *args),
        InstitutionCommand::Import(args) => import(ctx, args),
        InstitutionCommand::Remove(args) => super::remove::institution(ctx, args),
        InstitutionCommand::List(args) => list(ctx, args),
        InstitutionCommand::Show(args) => show(ctx, args),
    }
}

/// The flag of a field of `add` (`--director-accusative`), naming it in messages.
pub fn flag(key: &str) -> String {
    format!("--{}", key.replace('_', "-"))
}

/// The first of the errors of a record, as `add` reports it.
pub fn first(mut errors: Vec<Error>) -> Error {
    errors.remove(0)
}

/// A record as `add` gives it or an import's row: its ID and the record, checked alike.
/// `label` names a field in messages: `--email`, or the column as the file heads it. Every
/// error is returned, in the order of the fields.
pub fn institution_record(
    args: AddArgs,
    label: &dyn Fn(&str) -> String,
) -> std::result::Result<(String, Institution), Vec<Error>> {
    let mut errors = Vec::new();
    let mut take = |r: Result<Option<String>>| r.map_err(|e| errors.push(e)).ok().flatten();
    let name = required_text(&label("name"), &args.name);
    let id = name
        .as_ref()
        .ok()
        .map(|n| new_id("institution", args.id.as_deref(), n));
    let address = take(optional_text(&label("address"), args.address));
    let phone = take(optional_text(&label("phone"), args.phone));
    let email = take(
        optional_text(&label("email"), args.email).and_then(|e| check_email(&label("email"), e)),
    );
    let director = take(optional_text(&label("director"), args.director));
    let director_accusative = take(optional_text(
        &label("director_accusative"),
        args.director_accusative,
    ));
    let director_title = take(optional_text(&label("director_title"), args.director_title));
    let locality_locative = take(optional_text(
        &label("locality_locative"),
        args.locality_locative,
    ));
    let gmina = take(optional_text(&label("gmina"), args.gmina));
    let mut all = Vec::new();
    let name = name.map_err(|e| all.push(e)).ok();
    let id = id.and_then(|id| id.map_err(|e| all.push(e)).ok());
    all.extend(errors);
    match (name, id) {
        (Some(name), Some(id)) if all.is_empty() => Ok((
            id,
            Institution {
                name,
                kind: args.kind,
                level: args.level,
                address,
                phone,
                email,
                director,
                director_accusative,
                director_title,
                locality_locative,
                gmina: gmina.map(spanned),
            },
        )),
        _ => Err(all),
    }
}

fn add(ctx: &mut Ctx, args: AddArgs) -> Result<i32> {
    let (id, record) = institution_record(args, &flag).map_err(first)?;
    let (mut tx, store) = ctx.load_for_write()?;
    let path = store::institution_path(&id);
    if store.root.join(format!("institutions/{id}")).exists() {
        return Err(
            Error::user(crate::tr!("institution-exists", id = id.as_str()))
                .hint(crate::tr!("institution-exists-hint")),
        );
    }
    tx.create(&path, &to_toml(&record)?)?;
    ctx.commit(
        tx,
        &store,
        &crate::tr!("institution-op-add", id = id.as_str()),
    )?;
    ctx.ui.line(&crate::tr!(
        "institution-added",
        id = id.as_str(),
        path = path.as_str()
    ));
    Ok(0)
}

/// The columns of `koop institution import`: the keys of the record (and of `list --format
/// csv`), and Polish headers. `file` is what `list` prints; an import ignores it.
pub const FIELDS: &[Field] = &[
    Field {
        key: "id",
        aliases: &["identyfikator"],
        required: false,
    },
    Field {
        key: "name",
        aliases: &["nazwa", "nazwa instytucji", "pełna nazwa"],
        required: true,
    },
    Field {
        key: "kind",
        aliases: &["rodzaj", "typ", "rodzaj instytucji"],
        required: true,
    },
    Field {
        key: "level",
        aliases: &["poziom", "szczebel"],
        required: true,
    },
    Field {
        key: "gmina",
        aliases: &[],
        required: false,
    },
    Field {
        key: "address",
        aliases: &["adres", "adres pocztowy"],
        required: false,
    },
    Field {
        key: "phone",
        aliases: &["telefon", "tel", "nr telefonu", "numer telefonu"],
        required: false,
    },
    Field {
        key: "email",
        aliases: &["e-mail", "adres e-mail", "mail", "poczta elektroniczna"],
        required: false,
    },
    Field {
        key: "director",
        aliases: &["dyrektor", "kierownik", "kierujący"],
        required: false,
    },
    Field {
        key: "director_accusative",
        aliases: &["dyrektor w bierniku", "biernik dyrektora"],
        required: false,
    },
    Field {
        key: "director_title",
        aliases: &[
            "funkcja dyrektora",
            "tytuł dyrektora",
            "funkcja kierującego",
        ],
        required: false,
    },
    Field {
        key: "locality_locative",
        aliases: &["miejscowość w miejscowniku", "siedziba w miejscowniku"],
        required: false,
    },
    Field {
        key: "file",
        aliases: &["plik"],
        required: false,
    },
];

/// Sets the field `key` of `to` to that of `from`.
fn set_field(to: &mut Institution, from: &Institution, key: &str) {
    match key {
        "name" => to.name = from.name.clone(),
        "kind" => to.kind = from.kind,
        "level" => to.level = from.level,
        "gmina" => to.gmina = from.gmina.clone(),
        "address" => to.address = from.address.clone(),
        "phone" => to.phone = from.phone.clone(),
        "email" => to.email = from.email.clone(),
        "director" => to.director = from.director.clone(),
        "director_accusative" => to.director_accusative = from.director_accusative.clone(),
        "director_title" => to.director_title = from.director_title.clone(),
        "locality_locative" => to.locality_locative = from.locality_locative.clone(),
        _ => {}
    }
}

/// The columns of a file whose values `row` would change in `existing`, and the record as
/// changed: a file without a column leaves that field as it is.
pub fn changes<T: Clone + PartialEq>(
    existing: &T,
    row: &T,
    keys: &[&'static str],
    set: fn(&mut T, &T, &str),
) -> (Vec<&'static str>, T) {
    let mut merged = existing.clone();
    let mut changed = Vec::new();
    for key in keys {
        let before = merged.clone();
        set(&mut merged, row, key);
        if merged != before {
            changed.push(*key);
        }
    }
    (changed, merged)
}

/// A row naming a record that exists: counted as unchanged when its columns match; refused,
/// naming the columns that differ (`differs`), unless `update` is given; then the record is
/// changed in place, keeping the file's comments and key order.
#[allow(clippy::too_many_arguments)]
pub fn existing<T: crate::model::Record + Clone + PartialEq>(
    tx: &mut store::tx::Tx,
    sheet: &import::Sheet,
    line: usize,
    rec: &Rec<T>,
    row: &T,
    keys: &[&'static str],
    set: fn(&mut T, &T, &str),
    update: bool,
    differs: impl FnOnce(String) -> String,
    done: &mut Progress,
) {
    let (changed, merged) = changes(&rec.value, row, keys, set);
    if changed.is_empty() {
        done.unchanged += 1;
    } else if !update {
        let columns: Vec<String> = changed.iter().map(|k| sheet.header(k)).collect();
        done.errors.add(
            line,
            Error::user(differs(columns.join(", "))).hint(crate::tr!("import-differs-hint")),
        );
    } else {
        match tx.update(&rec.path, |v: &mut T| {
            *v = merged;
            Ok(())
        }) {
            Ok(()) => done.updated.push((rec.id.clone(), rec.path.to_string())),
            Err(e) => done.errors.add(line, e),
        }
    }
}

/// Refuses an ID a file gives twice (the second row, naming the first's line).
pub fn first_time(
    seen: &mut std::collections::BTreeMap<String, usize>,
    id: &str,
    line: usize,
    errors: &mut RowErrors,
) -> bool {
    match seen.insert(id.to_string(), line) {
        None => true,
        Some(first) => {
            errors.add(
                line,
                Error::user(crate::tr!("import-repeated-id", id = id, line = first))
                    .hint(crate::tr!("import-repeated-id-hint")),
            );
            false
        }
    }
}

/// What an import has done so far: the rows' errors, the records added and changed, and how
/// many rows matched their record already.
#[derive(Default)]
pub struct Progress {
    pub errors: RowErrors,
    pub added: Vec<(String, String)>,
    pub updated: Vec<(String, String)>,
    pub unchanged: usize,
}

/// A word of a required column: an empty cell is refused as `add` refuses an empty value.
pub fn required_word<T: clap::ValueEnum + Clone>(
    sheet: &import::Sheet,
    row: &import::Row,
    key: &str,
    errors: &mut Vec<Error>,
) -> Option<T> {
    let column = sheet.header(key);
    match sheet.get(row, key).unwrap_or("") {
        "" => {
            errors.push(Error::user(crate::tr!("commands-empty", flag = column)));
            None
        }
        value => import::word(&column, value)
            .map_err(|e| errors.push(e))
            .ok(),
    }
}

fn import(ctx: &mut Ctx, args: ImportArgs) -> Result<i32> {
    let sheet = import::read(&args.file, args.encoding, FIELDS)?;
    let keys: Vec<&'static str> = sheet
        .keys(FIELDS)
        .into_iter()
        .filter(|k| !matches!(*k, "id" | "file"))
        .collect();
    let (mut tx, store) = ctx.load_for_write()?;
    let mut done = Progress::default();
    let mut seen: std::collections::BTreeMap<String, usize> = std::collections::BTreeMap::new();
    for row in &sheet.rows {
        let label = |k: &str| sheet.header(k);
        let mut row_errors = Vec::new();
        let kind = required_word::<InstitutionKind>(&sheet, row, "kind", &mut row_errors);
        let level = required_word::<Level>(&sheet, row, "level", &mut row_errors);
        let fields = AddArgs {
            name: sheet.get(row, "name").unwrap_or("").to_string(),
            // A placeholder where the cell was wrong: the row is refused, its other cells
            // are still checked.
            kind: kind.unwrap_or(InstitutionKind::Other),
            level: level.unwrap_or(Level::Gmina),
            id: sheet.value(row, "id"),
            address: sheet.value(row, "address"),
            phone: sheet.value(row, "phone"),
            email: sheet.value(row, "email"),
            director: sheet.value(row, "director"),
            director_accusative: sheet.value(row, "director_accusative"),
            director_title: sheet.value(row, "director_title"),
            locality_locative: sheet.value(row, "locality_locative"),
            gmina: sheet.value(row, "gmina"),
        };
        let (id, record) = match institution_record(fields, &label) {
            Ok(r) if row_errors.is_empty() => r,
            Ok(_) => {
                done.errors.extend(row.line, row_errors);
                continue;
            }
            Err(e) => {
                row_errors.extend(e);
                done.errors.extend(row.line, row_errors);
                continue;
            }
        };
        if !first_time(&mut seen, &id, row.line, &mut done.errors) {
            continue;
        }
        if let Some(rec) = store.institution(&id) {
            let differs = |columns: String| {
                crate::tr!(
                    "import-institution-differs",
                    id = id.as_str(),
                    columns = columns
                )
            };
            existing(
                &mut tx,
                &sheet,
                row.line,
                rec,
                &record,
                &keys,
                set_field,
                args.update,
                differs,
                &mut done,
            );
            continue;
        }
        if store.root.join(format!("institutions/{id}")).exists() {
            done.errors.add(
                row.line,
                Error::user(crate::tr!("institution-exists", id = id.as_str())),
            );
            continue;
        }
        let path = store::institution_path(&id);
        match to_toml(&record).and_then(|text| tx.create(&path, &text)) {
            Ok(()) => done.added.push((id, path)),
            Err(e) => done.errors.add(row.line, e),
        }
    }
    done.errors.refuse(ctx.ui, &sheet.name)?;
    finish(
        ctx,
        tx,
        &store,
        Imported {
            file: &sheet.name,
            added: done.added,
            updated: done.updated,
            unchanged: done.unchanged,
            description: crate::tr!("institution-op-import", n = seen.len()),
            added_message: |id, path| crate::tr!("institution-added", id = id, path = path),
            updated_message: |id, path| crate::tr!("institution-updated", id = id, path = path),
        },
    )
}

/// What an import is about to write.
pub struct Imported<'a> {
    /// The file, for the summary.
    pub file: &'a str,
    /// IDs and paths of the records added.
    pub added: Vec<(String, String)>,
    /// IDs and paths of the records changed.
    pub updated: Vec<(String, String)>,
    /// How many rows matched their record already.
    pub unchanged: usize,
    /// The operation's description (the git commit).
    pub description: String,
    /// The message of a record added (ID, path).
    pub added_message: fn(&str, &str) -> String,
    /// The message of a record changed (ID, path).
    pub updated_message: fn(&str, &str) -> String,
}

/// Writes an import in one transaction (one commit), or with --dry-run shows what it would
/// write; then says what was done.
pub fn finish(ctx: &mut Ctx, tx: store::tx::Tx, store: &Store, done: Imported) -> Result<i32> {
    let lines = |ctx: &mut Ctx, would: bool| {
        for (id, path) in &done.added {
            let text = (done.added_message)(id, path);
            ctx.ui.line(&if would {
                crate::tr!("import-would", what = text)
            } else {
                text
            });
        }
        for (id, path) in &done.updated {
            let text = (done.updated_message)(id, path);
            ctx.ui.line(&if would {
                crate::tr!("import-would", what = text)
            } else {
                text
            });
        }
    };
    if done.unchanged > 0 {
        ctx.ui
            .note(&crate::tr!("import-unchanged", n = done.unchanged));
    }
    if ctx.dry_run {
        lines(ctx, true);
    }
    ctx.commit(tx, store, &done.description)?;
    lines(ctx, false);
    ctx.ui.line(&crate::tr!(
        "import-done",
        file = done.file,
        added = done.added.len(),
        updated = done.updated.len(),
        unchanged = done.unchanged
    ));
    Ok(0)
}

/// Refuses an e-mail address without `@`, the one mistake worth catching early; `flag` names
/// the field (`--email`, or an import's column).
pub fn check_email(flag: &str, email: Option<String>) -> Result<Option<String>> {
    if let Some(e) = &email {
        let parts: Vec<&str> = e.split('@').collect();
        if parts.len() != 2 || parts[0].is_empty() || !parts[1].contains('.') || e.contains(' ') {
            return Err(Error::user(crate::tr!(
                "institution-bad-email",
                flag = flag,
                email = e.as_str()
            )));
        }
    }
    Ok(email)
}

fn list(ctx: &mut Ctx, args: ListArgs) -> Result<i32> {
    // The address book and the teams need no case.
    let store = ctx.load_shared(&Default::default())?;
    let selected: Vec<&Rec<Institution>> = store
        .institutions
        .iter()
        .filter(|r| args.kind.is_none_or(|k| r.value.kind == k))
        .filter(|r| args.level.is_none_or(|l| r.value.level == l))
        .collect();
    match args.format {
        ListFormat::Json => {
            let items: Vec<Value> = selected.iter().map(|r| institution_json(r)).collect();
            print_json(ctx.ui, &Value::Array(items));
        }
        ListFormat::Csv => {
            let items: Vec<Value> = selected.iter().map(|r| institution_json(r)).collect();
            let columns: Vec<&str> = FIELDS.iter().map(|f| f.key).collect();
            print_csv_json(ctx.ui, &columns, &items);
        }
        ListFormat::Table => {
            let rows = selected
                .iter()
                .map(|r| {
                    let people = store
                        .people
                        .iter()
                        .filter(|p| p.parent.as_deref() == Some(&r.id));
                    vec![
                        r.id.clone(),
                        r.value.name.clone(),
                        r.value.kind.shown().to_string(),
                        r.value.level.shown().to_string(),
                        people.count().to_string(),
                    ]
                })
                .collect();
            print_table(
                ctx.ui,
                &[
                    &crate::tr!("institution-col-id"),
                    &crate::tr!("institution-col-name"),
                    &crate::tr!("institution-col-kind"),
                    &crate::tr!("institution-col-level"),
                    &crate::tr!("institution-col-people"),
                ],
                rows,
            );
        }
    }
    Ok(0)
}

fn show(ctx: &mut Ctx, args: ShowArgs) -> Result<i32> {
    // The address book and the teams need no case.
    let store = ctx.load_shared(&Default::default())?;
    let rec = store.institution(&args.id).ok_or_else(|| {
        unknown_id(
            crate::tr!("institution-no-institution", id = args.id.as_str()),
            &args.id,
            store.institution_ids(),
            "koop institution list",
        )
    })?;
    let people: Vec<_> = store
        .people
        .iter()
        .filter(|p| p.parent.as_deref() == Some(rec.id.as_str()))
        .collect();
    let teams = teams_of(&store, &rec.id);
    let services: Vec<_> = store
        .services
        .iter()
        .filter(|s| s.value.provider.get_ref() == &rec.id)
        .collect();
    match args.format {
        Format::Json => {
            let mut obj = institution_json(rec);
            obj["people"] = people
                .iter()
                .map(|p| super::person::person_json(p))
                .collect();
            obj["teams"] = teams
                .iter()
                .map(|(t, core)| json!({"id": t.id, "kind": t.value.kind, "core": core}))
                .collect();
            obj["services"] = services.iter().map(|s| Value::from(s.id.clone())).collect();
            print_json(ctx.ui, &obj);
        }
        Format::Table => {
            let i = &rec.value;
            print_fields(
                ctx.ui,
                &[
                    (&crate::tr!("institution-field-id"), Some(rec.id.clone())),
                    (&crate::tr!("institution-field-name"), Some(i.name.clone())),
                    (
                        &crate::tr!("institution-field-kind"),
                        Some(i.kind.shown().to_string()),
                    ),
                    (
                        &crate::tr!("institution-field-level"),
                        Some(i.level.to_string()),
                    ),
                    (&crate::tr!("institution-field-address"), i.address.clone()),
                    (&crate::tr!("institution-field-phone"), i.phone.clone()),
                    (&crate::tr!("institution-field-email"), i.email.clone()),
                    (
                        &crate::tr!("institution-field-director"),
                        i.director.clone(),
                    ),
                    (
                        &crate::tr!("institution-field-file"),
                        Some(rec.path.to_string()),
                    ),
                ],
            );
            ctx.ui.line("");
            ctx.ui.line(&crate::tr!("institution-people"));
            let rows = people
                .iter()
                .map(|p| {
                    vec![
                        p.id.clone(),
                        p.value.name.clone(),
                        cell(p.value.position.as_deref()),
                        super::person::roles_text(&p.value.roles),
                    ]
                })
                .collect();
            print_table(
                ctx.ui,
                &[
                    &crate::tr!("institution-col-id"),
                    &crate::tr!("institution-col-person-name"),
                    &crate::tr!("institution-col-position"),
                    &crate::tr!("institution-col-roles"),
                ],
                rows,
            );
            ctx.ui.line(&crate::tr!("institution-teams"));
            let rows = teams
                .iter()
                .map(|(t, core)| {
                    vec![
                        t.id.clone(),
                        t.value.kind.shown().to_string(),
                        t.value.name.clone(),
                        if *core {
                            crate::tr!("institution-yes")
                        } else {
                            String::new()
                        },
                    ]
                })
                .collect();
            print_table(
                ctx.ui,
                &[
                    &crate::tr!("institution-col-id"),
                    &crate::tr!("institution-col-kind"),
                    &crate::tr!("institution-col-name"),
                    &crate::tr!("institution-col-core"),
                ],
                rows,
            );
            ctx.ui.line(&crate::tr!("institution-services"));
            let rows = services
                .iter()
                .map(|s| vec![s.id.clone(), s.value.name.clone()])
                .collect();
            print_table(
                ctx.ui,
                &[
                    &crate::tr!("institution-col-id"),
                    &crate::tr!("institution-col-name"),
                ],
                rows,
            );
        }
    }
    Ok(0)
}

/// Teams an institution is a member of, with its core flag.
fn teams_of<'a>(store: &'a Store, id: &str) -> Vec<(&'a Rec<crate::model::Team>, bool)> {
    store
        .teams
        .iter()
        .filter_map(|t| {
            t.value
                .members
                .iter()
                .find(|m| m.institution.get_ref() == id)
                .map(|m| (t, m.core))
        })
        .collect()
}

/// The JSON shape of an institution (docs/format.md, "JSON output").
pub fn institution_json(rec: &Rec<Institution>) -> Value {
    let i = &rec.value;
    json!({
        "id": rec.id,
        "name": i.name,
        "kind": i.kind,
        "level": i.level,
        "gmina": i.gmina.as_ref().map(|g| g.get_ref()),
        "address": i.address,
        "phone": i.phone,
        "email": i.email,
        "director": i.director,
        "director_accusative": i.director_accusative,
        "director_title": i.director_title,
        "locality_locative": i.locality_locative,
        "file": rec.path,
    })
}
