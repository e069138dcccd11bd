//! `koop institution add|list|show`.

use clap::{Args, Subcommand};
use serde_json::{Value, json};

use super::caseutil::unknown_id;
use super::output::{Format, cell, print_fields, print_json, print_table};
use super::{Ctx, new_id, optional_text, required_text, to_toml};
use crate::error::{Error, Result};
use crate::model::{Institution, InstitutionKind, Level, spanned};
use crate::store::{self, Rec, Store};

/// `koop institution …`
#[derive(Debug, Subcommand)]
pub enum InstitutionCommand {
    Add(Box<AddArgs>),
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
    pub format: Format,
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
        InstitutionCommand::Remove(args) => super::remove::institution(ctx, args),
        InstitutionCommand::List(args) => list(ctx, args),
        InstitutionCommand::Show(args) => show(ctx, args),
    }
}

fn add(ctx: &mut Ctx, args: AddArgs) -> Result<i32> {
    let name = required_text("--name", &args.name)?;
    let id = new_id("institution", args.id.as_deref(), &name)?;
    let record = Institution {
        name,
        kind: args.kind,
        level: args.level,
        address: optional_text("--address", args.address)?,
        phone: optional_text("--phone", args.phone)?,
        email: check_email(optional_text("--email", args.email)?)?,
        director: optional_text("--director", args.director)?,
        director_accusative: optional_text("--director-accusative", args.director_accusative)?,
        director_title: optional_text("--director-title", args.director_title)?,
        locality_locative: optional_text("--locality-locative", args.locality_locative)?,
        gmina: optional_text("--gmina", args.gmina)?.map(spanned),
    };
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

/// Refuses an e-mail address without `@`, the one mistake worth catching early.
pub fn check_email(email: Option<String>) -> Result<Option<String>> {
    if let Some(e) = &email {
        let parts: Vec<&str> = e.split('@').collect();
        if parts.len() != 2 || parts[0].is_empty() || !parts[1].contains('.') || e.contains(' ') {
            return Err(Error::user(crate::tr!(
                "institution-bad-email",
                email = e.as_str()
            )));
        }
    }
    Ok(email)
}

fn list(ctx: &mut Ctx, args: ListArgs) -> Result<i32> {
    let store = ctx.load()?;
    let selected: Vec<&Rec<Institution>> = store
        .institutions
        .iter()
        .filter(|r| args.kind.is_none_or(|k| r.value.kind == k))
        .filter(|r| args.level.is_none_or(|l| r.value.level == l))
        .collect();
    match args.format {
        Format::Json => {
            let items: Vec<Value> = selected.iter().map(|r| institution_json(r)).collect();
            print_json(ctx.ui, &Value::Array(items));
        }
        Format::Table => {
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
    let store = ctx.load()?;
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
                        Some(rec.path.clone()),
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
