//! `koop person add|list`: the people of the institutions.

use clap::{Args, Subcommand};
use serde_json::{Value, json};

use super::caseutil::unknown_id;
use super::import::{self, Field, ImportArgs};
use super::institution::{
    Imported, Progress, check_email, existing, finish, first, first_time, flag,
};
use super::output::{ListFormat, cell, print_csv_json, print_json, print_table};
use super::{Ctx, new_id, optional_text, required_text, to_toml, user_id};
use crate::error::{Error, Result};
use crate::model::{Person, Role};
use crate::store::{self, Rec};

/// `koop person …`
#[derive(Debug, Subcommand)]
pub enum PersonCommand {
    Add(AddArgs),
    Import(ImportArgs),
    Remove(super::remove::RemoveArgs),
    List(ListArgs),
}

/// Arguments of `koop person add`.
#[derive(Debug, Args)]
pub struct AddArgs {
    #[arg(long)]
    #[arg(add = clap_complete::ArgValueCandidates::new(crate::complete::institutions))]
    pub institution: String,
    #[arg(long)]
    pub name: String,
    #[arg(long)]
    pub id: Option<String>,
    #[arg(long)]
    pub position: Option<String>,
    #[arg(long)]
    pub phone: Option<String>,
    #[arg(long)]
    pub email: Option<String>,
    #[arg(long = "role", value_enum)]
    pub roles: Vec<Role>,
    #[arg(long, value_parser = parse_post)]
    pub post: Option<f64>,
    #[arg(long = "gmina")]
    pub gminy: Vec<String>,
}

/// Arguments of `koop person list`.
#[derive(Debug, Args)]
pub struct ListArgs {
    #[arg(long)]
    #[arg(add = clap_complete::ArgValueCandidates::new(crate::complete::institutions))]
    pub institution: Option<String>,
    #[arg(long, value_enum)]
    pub role: Option<Role>,
    #[arg(long, value_enum, default_value_t)]
    pub format: ListFormat,
}

/// Dispatches `koop person …`.
pub fn run(ctx: &mut Ctx, cmd: PersonCommand) -> Result<i32> {
    match cmd {
        PersonCommand::Add(args) => add(ctx, args),
        PersonCommand::Import(args) => import(ctx, args),
        PersonCommand::Remove(args) => super::remove::record(ctx, "person", args),
        PersonCommand::List(args) => list(ctx, args),
    }
}

/// A person as `add` gives them or an import's row: their institution, ID and record, checked
/// alike. `label` names a field in messages: `--email`, or the column as the file heads it.
/// Every error is returned, in the order of the fields.
pub fn person_record(
    args: AddArgs,
    label: &dyn Fn(&str) -> String,
) -> std::result::Result<(String, String, Person), Vec<Error>> {
    let mut errors = Vec::new();
    let institution = user_id("institution", &args.institution).map_err(|e| errors.push(e));
    let name = required_text(&label("name"), &args.name).map_err(|e| errors.push(e));
    let id = match &name {
        Ok(n) => new_id("person", args.id.as_deref(), n)
            .map_err(|e| errors.push(e))
            .ok(),
        Err(()) => None,
    };
    let mut take = |r: Result<Option<String>>| r.map_err(|e| errors.push(e)).ok().flatten();
    let position = take(optional_text(&label("position"), args.position));
    let phone = take(optional_text(&label("phone"), args.phone));
    let email = take(
        optional_text(&label("email"), args.email).and_then(|e| check_email(&label("email"), e)),
    );
    let gminy: Vec<String> = args
        .gminy
        .iter()
        .filter_map(|g| {
            required_text(&label("gminy"), g)
                .map_err(|e| errors.push(e))
                .ok()
        })
        .collect();
    let mut roles = args.roles.clone();
    roles.sort();
    roles.dedup();
    match (institution, name, id) {
        (Ok(institution), Ok(name), Some(id)) if errors.is_empty() => Ok((
            institution,
            id,
            Person {
                name,
                position,
                phone,
                email,
                roles,
                // The range (more than 0, at most 1) is the schema rule's to check (K002).
                post: args.post,
                gminy,
            },
        )),
        _ => Err(errors),
    }
}

fn add(ctx: &mut Ctx, args: AddArgs) -> Result<i32> {
    let (institution, id, record) = person_record(args, &flag).map_err(first)?;
    let (mut tx, store) = ctx.load_for_write()?;
    let path = store::person_path(&institution, &id);
    tx.create(&path, &to_toml(&record)?)?;
    ctx.commit(tx, &store, &crate::tr!("person-op-add", id = id.as_str()))?;
    ctx.ui.line(&crate::tr!(
        "person-added",
        id = id.as_str(),
        path = path.as_str()
    ));
    Ok(0)
}

/// The columns of `koop person import`: the keys of the record (and of `list --format csv`),
/// and Polish headers. `file` is what `list` prints; an import ignores it.
pub const FIELDS: &[Field] = &[
    Field {
        key: "id",
        aliases: &["identyfikator"],
        required: false,
    },
    Field {
        key: "institution",
        aliases: &["instytucja", "id instytucji", "identyfikator instytucji"],
        required: true,
    },
    Field {
        key: "name",
        aliases: &[
            "imię i nazwisko",
            "nazwisko i imię",
            "imię nazwisko",
            "osoba",
            "nazwa",
        ],
        required: true,
    },
    Field {
        key: "position",
        aliases: &["stanowisko", "funkcja", "stanowisko służbowe"],
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
        key: "roles",
        aliases: &["role", "rola", "rola w modelu", "role w modelu"],
        required: false,
    },
    Field {
        key: "post",
        aliases: &["etat", "część etatu", "wymiar etatu"],
        required: false,
    },
    Field {
        key: "gminy",
        aliases: &["gmina"],
        required: false,
    },
    Field {
        key: "file",
        aliases: &["plik"],
        required: false,
    },
];

/// Sets the field `key` of `to` to that of `from`.
fn set_field(to: &mut Person, from: &Person, key: &str) {
    match key {
        "name" => to.name = from.name.clone(),
        "position" => to.position = from.position.clone(),
        "phone" => to.phone = from.phone.clone(),
        "email" => to.email = from.email.clone(),
        "roles" => to.roles = from.roles.clone(),
        "post" => to.post = from.post,
        "gminy" => to.gminy = from.gminy.clone(),
        _ => {}
    }
}

/// The institution a row names: its ID, or its full name as the records write it.
fn institution_of(store: &store::Store, value: &str) -> Result<String> {
    if store.institution(value).is_some() {
        return Ok(value.to_string());
    }
    let folded = |s: &str| crate::text::nfc(s.trim()).to_lowercase();
    let named: Vec<&Rec<crate::model::Institution>> = store
        .institutions
        .iter()
        .filter(|i| folded(&i.value.name) == folded(value))
        .collect();
    if let [one] = named.as_slice() {
        return Ok(one.id.clone());
    }
    Err(super::unknown(
        "institution",
        value,
        store.institution_ids(),
        "koop institution list",
    ))
}

fn import(ctx: &mut Ctx, args: ImportArgs) -> Result<i32> {
    let sheet = import::read(&args.file, args.encoding, FIELDS)?;
    let keys: Vec<&'static str> = sheet
        .keys(FIELDS)
        .into_iter()
        .filter(|k| !matches!(*k, "id" | "file" | "institution"))
        .collect();
    let (mut tx, store) = ctx.load_for_write()?;
    let mut done = Progress::default();
    let mut seen: std::collections::BTreeMap<String, usize> = std::collections::BTreeMap::new();
    for row in &sheet.rows {
        let label = |k: &str| sheet.header(k);
        let mut row_errors = Vec::new();
        let institution = match sheet.get(row, "institution").unwrap_or("") {
            "" => {
                row_errors.push(Error::user(crate::tr!(
                    "commands-empty",
                    flag = label("institution")
                )));
                None
            }
            value => institution_of(&store, value)
                .map_err(|e| row_errors.push(e))
                .ok(),
        };
        let roles: Vec<Role> = sheet
            .value(row, "roles")
            .map(|v| import::list(&v))
            .unwrap_or_default()
            .iter()
            .filter_map(|w| {
                import::word(&label("roles"), w)
                    .map_err(|e| row_errors.push(e))
                    .ok()
            })
            .collect();
        let post = match sheet.value(row, "post") {
            None => None,
            Some(v) => match parse_post(&v) {
                Ok(p) => Some(p),
                Err(reason) => {
                    row_errors.push(Error::user(crate::tr!(
                        "import-bad-cell",
                        column = label("post"),
                        value = v.as_str(),
                        reason = reason
                    )));
                    None
                }
            },
        };
        let fields = AddArgs {
            // A placeholder where the cell was wrong: the row is refused, its other cells
            // are still checked.
            institution: institution.clone().unwrap_or_else(|| "x".to_string()),
            name: sheet.get(row, "name").unwrap_or("").to_string(),
            id: sheet.value(row, "id"),
            position: sheet.value(row, "position"),
            phone: sheet.value(row, "phone"),
            email: sheet.value(row, "email"),
            roles,
            post,
            gminy: sheet
                .value(row, "gminy")
                .map(|v| import::list(&v))
                .unwrap_or_default(),
        };
        let (institution, id, record) = match person_record(fields, &label) {
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
        if let Some(rec) = store.person(&id) {
            let at = rec.parent.clone().unwrap_or_default();
            if at != institution {
                done.errors.add(
                    row.line,
                    Error::user(crate::tr!(
                        "import-person-elsewhere",
                        id = id.as_str(),
                        institution = at.as_str(),
                        path = rec.path.as_str()
                    ))
                    .hint(crate::tr!("import-person-elsewhere-hint")),
                );
                continue;
            }
            let differs = |columns: String| {
                crate::tr!("import-person-differs", id = id.as_str(), columns = columns)
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
        let path = store::person_path(&institution, &id);
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
            description: crate::tr!("person-op-import", n = seen.len()),
            added_message: |id, path| crate::tr!("person-added", id = id, path = path),
            updated_message: |id, path| crate::tr!("person-updated", id = id, path = path),
        },
    )
}

fn list(ctx: &mut Ctx, args: ListArgs) -> Result<i32> {
    // The address book and the teams need no case.
    let store = ctx.load_shared(&Default::default())?;
    if let Some(i) = &args.institution
        && store.institution(i).is_none()
    {
        return Err(unknown_id(
            crate::tr!("person-no-institution", id = i.as_str()),
            i,
            store.institution_ids(),
            "koop institution list",
        ));
    }
    let selected: Vec<&Rec<Person>> = store
        .people
        .iter()
        .filter(|p| {
            args.institution
                .as_deref()
                .is_none_or(|i| p.parent.as_deref() == Some(i))
        })
        .filter(|p| args.role.is_none_or(|r| p.value.roles.contains(&r)))
        .collect();
    match args.format {
        ListFormat::Json => {
            print_json(ctx.ui, &selected.iter().map(|p| person_json(p)).collect());
        }
        ListFormat::Csv => {
            let items: Vec<Value> = selected.iter().map(|p| person_json(p)).collect();
            let columns: Vec<&str> = FIELDS.iter().map(|f| f.key).collect();
            print_csv_json(ctx.ui, &columns, &items);
        }
        ListFormat::Table => {
            let rows = selected
                .iter()
                .map(|p| {
                    vec![
                        p.id.clone(),
                        p.value.name.clone(),
                        cell(p.parent.as_deref()),
                        cell(p.value.position.as_deref()),
                        roles_text(&p.value.roles),
                    ]
                })
                .collect();
            print_table(
                ctx.ui,
                &[
                    &crate::tr!("person-col-id"),
                    &crate::tr!("person-col-name"),
                    &crate::tr!("person-col-institution"),
                    &crate::tr!("person-col-position"),
                    &crate::tr!("person-col-roles"),
                ],
                rows,
            );
        }
    }
    Ok(0)
}

/// Roles as `a, b` for tables.
pub fn roles_text(roles: &[Role]) -> String {
    roles
        .iter()
        .map(|r| r.shown())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The JSON shape of a person (docs/format.md, "JSON output").
pub fn person_json(rec: &Rec<Person>) -> Value {
    let p = &rec.value;
    json!({
        "id": rec.id,
        "institution": rec.parent,
        "name": p.name,
        "position": p.position,
        "phone": p.phone,
        "email": p.email,
        "roles": p.roles,
        "post": p.post,
        "gminy": p.gminy,
        "file": rec.path,
    })
}

/// A share of a post as people write it: `0.25`, `0,25` (a decimal comma), `1/4`, `¼`, `½`.
fn parse_post(text: &str) -> std::result::Result<f64, String> {
    let t = text.trim();
    let value = match t {
        "¼" => Some(0.25),
        "½" => Some(0.5),
        "¾" => Some(0.75),
        _ => match t.split_once('/') {
            Some((a, b)) => match (a.trim().parse::<f64>(), b.trim().parse::<f64>()) {
                (Ok(a), Ok(b)) if b != 0.0 => Some(a / b),
                _ => None,
            },
            None => t.replace(',', ".").parse::<f64>().ok(),
        },
    };
    match value {
        Some(v) if v > 0.0 && v <= 1.0 => Ok(v),
        Some(_) => Err(crate::tr!("person-post-range")),
        None => Err(crate::tr!("person-post-syntax")),
    }
}

#[cfg(test)]
mod tests {
    use super::parse_post;

    #[test]
    fn a_post_is_read_as_people_write_it() {
        for (text, value) in [
            ("0.25", 0.25),
            ("0,25", 0.25),
            ("1/4", 0.25),
            ("¼", 0.25),
            ("1", 1.0),
        ] {
            assert_eq!(parse_post(text), Ok(value), "{text}");
        }
        for bad in ["0", "1,5", "2/1", "1/0", "pół", ""] {
            assert!(parse_post(bad).is_err(), "{bad}");
        }
    }
}
