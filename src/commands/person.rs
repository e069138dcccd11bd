//! `koop person add|list`: the people of the institutions.

use clap::{Args, Subcommand};
use serde_json::{Value, json};

use super::caseutil::unknown_id;
use super::institution::check_email;
use super::output::{Format, cell, print_json, print_table};
use super::{Ctx, new_id, optional_text, required_text, to_toml, user_id};
use crate::error::Result;
use crate::model::{Person, Role};
use crate::store::{self, Rec};

/// `koop person …`
#[derive(Debug, Subcommand)]
pub enum PersonCommand {
    Add(AddArgs),
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
    pub format: Format,
}

/// Dispatches `koop person …`.
pub fn run(ctx: &mut Ctx, cmd: PersonCommand) -> Result<i32> {
    match cmd {
        PersonCommand::Add(args) => add(ctx, args),
        PersonCommand::Remove(args) => super::remove::record(ctx, "person", args),
        PersonCommand::List(args) => list(ctx, args),
    }
}

fn add(ctx: &mut Ctx, args: AddArgs) -> Result<i32> {
    let institution = user_id("institution", &args.institution)?;
    let name = required_text("--name", &args.name)?;
    let id = new_id("person", args.id.as_deref(), &name)?;
    let mut roles = args.roles.clone();
    roles.sort();
    roles.dedup();
    let record = Person {
        name,
        position: optional_text("--position", args.position)?,
        phone: optional_text("--phone", args.phone)?,
        email: check_email(optional_text("--email", args.email)?)?,
        roles,
        // The range (more than 0, at most 1) is the schema rule's to check (K002).
        post: args.post,
        gminy: args
            .gminy
            .iter()
            .map(|g| required_text("--gmina", g))
            .collect::<Result<_>>()?,
    };
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

fn list(ctx: &mut Ctx, args: ListArgs) -> Result<i32> {
    let store = ctx.load()?;
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
        Format::Json => {
            print_json(ctx.ui, &selected.iter().map(|p| person_json(p)).collect());
        }
        Format::Table => {
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
