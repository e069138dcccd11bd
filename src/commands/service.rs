//! `koop service add|list`: the local list of activities and services (step 6.4).

use clap::{Args, Subcommand};
use serde_json::{Value, json};

use super::output::{ListFormat, cell, print_csv_json, print_json, print_table};
use super::{Ctx, new_id, optional_text, prose, required_text, to_toml, user_id};
use crate::error::Result;
use crate::model::{Level, Service, spanned};
use crate::store::{self, Rec};

/// `koop service …`
#[derive(Debug, Subcommand)]
pub enum ServiceCommand {
    Add(AddArgs),
    Remove(super::remove::RemoveArgs),
    List(ListArgs),
}

/// Arguments of `koop service add`.
#[derive(Debug, Args)]
pub struct AddArgs {
    #[arg(long)]
    pub name: String,
    #[arg(long)]
    #[arg(add = clap_complete::ArgValueCandidates::new(crate::complete::institutions))]
    pub provider: String,
    #[arg(long, value_enum)]
    pub level: Option<Level>,
    #[arg(long)]
    pub id: Option<String>,
    #[arg(long)]
    pub description: Option<String>,
    #[arg(
        long = "description-file",
        value_name = "PATH",
        conflicts_with = "description"
    )]
    pub description_file: Option<std::path::PathBuf>,
    #[arg(long)]
    pub target_group: Option<String>,
    #[arg(long)]
    pub contact: Option<String>,
    #[arg(long)]
    pub gmina: Option<String>,
}

/// Arguments of `koop service list`.
#[derive(Debug, Args)]
pub struct ListArgs {
    #[arg(long)]
    #[arg(add = clap_complete::ArgValueCandidates::new(crate::complete::institutions))]
    pub provider: Option<String>,
    #[arg(long, value_enum)]
    pub level: Option<Level>,
    #[arg(long, value_enum, default_value_t)]
    pub format: ListFormat,
}

/// Dispatches `koop service …`.
pub fn run(ctx: &mut Ctx, cmd: ServiceCommand) -> Result<i32> {
    match cmd {
        ServiceCommand::Add(args) => add(ctx, args),
        ServiceCommand::Remove(args) => super::remove::record(ctx, "service", args),
        ServiceCommand::List(args) => list(ctx, args),
    }
}

fn add(ctx: &mut Ctx, args: AddArgs) -> Result<i32> {
    let name = required_text("--name", &args.name)?;
    let provider = user_id("institution", &args.provider)?;
    let id = new_id("service", args.id.as_deref(), &name)?;
    let description = prose("--description", args.description, args.description_file)?;
    let target_group = optional_text("--target-group", args.target_group)?;
    let contact = optional_text("--contact", args.contact)?;
    let gmina = optional_text("--gmina", args.gmina)?;
    let (mut tx, store) = ctx.load_for_write()?;
    let path = store::service_path(&id);
    let level = match (args.level, store.institution(&provider)) {
        (Some(level), _) => level,
        (None, Some(inst)) => inst.value.level,
        // The provider is unknown: the reference rule says so, with a suggestion.
        (None, None) => crate::model::Level::Gmina,
    };
    let record = Service {
        name,
        provider: spanned(provider.clone()),
        description,
        target_group,
        contact,
        level,
        // A gmina's service of a powiat takes its provider's gmina unless told otherwise.
        gmina: gmina
            .map(spanned)
            .or_else(|| {
                store
                    .institution(&provider)
                    .and_then(|i| i.value.gmina.clone())
            })
            .filter(|_| level == crate::model::Level::Gmina),
    };
    tx.create(&path, &to_toml(&record)?)?;
    ctx.commit(tx, &store, &crate::tr!("service-op-add", id = id.as_str()))?;
    ctx.ui.line(&crate::tr!(
        "service-added",
        id = id.as_str(),
        path = path.as_str()
    ));
    Ok(0)
}

fn list(ctx: &mut Ctx, args: ListArgs) -> Result<i32> {
    // The address book and the teams need no case.
    let store = ctx.load_shared(&Default::default())?;
    let selected: Vec<&Rec<Service>> = store
        .services
        .iter()
        .filter(|s| {
            args.provider
                .as_deref()
                .is_none_or(|p| s.value.provider.get_ref() == p)
        })
        .filter(|s| args.level.is_none_or(|l| s.value.level == l))
        .collect();
    match args.format {
        ListFormat::Json => print_json(ctx.ui, &selected.iter().map(|s| service_json(s)).collect()),
        ListFormat::Csv => {
            let items: Vec<Value> = selected.iter().map(|s| service_json(s)).collect();
            print_csv_json(
                ctx.ui,
                &[
                    "id",
                    "name",
                    "provider",
                    "level",
                    "description",
                    "target_group",
                    "contact",
                    "file",
                ],
                &items,
            );
        }
        ListFormat::Table => {
            let rows = selected
                .iter()
                .map(|s| {
                    let v = &s.value;
                    vec![
                        s.id.clone(),
                        v.name.clone(),
                        v.provider.get_ref().clone(),
                        v.level.shown().to_string(),
                        cell(v.target_group.as_deref()),
                    ]
                })
                .collect();
            print_table(
                ctx.ui,
                &[
                    &crate::tr!("service-col-id"),
                    &crate::tr!("service-col-name"),
                    &crate::tr!("service-col-provider"),
                    &crate::tr!("service-col-level"),
                    &crate::tr!("service-col-target-group"),
                ],
                rows,
            );
        }
    }
    Ok(0)
}

/// The JSON shape of a service (docs/format.md, "JSON output").
pub fn service_json(rec: &Rec<Service>) -> Value {
    let s = &rec.value;
    json!({
        "id": rec.id,
        "name": s.name,
        "provider": s.provider.get_ref(),
        "level": s.level,
        "description": s.description,
        "target_group": s.target_group,
        "contact": s.contact,
        "file": rec.path,
    })
}
