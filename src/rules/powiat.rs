//! K045: in a powiat's repository every OPS, case and service of a gmina names its gmina, so
//! that reports and figures break down by gmina; a gmina's repository names no other gmina.

use crate::diag::{Diagnostic, Location};
use crate::model::config::UnitKind;
use crate::model::{InstitutionKind, Level, Spanned};
use crate::rules::codes;
use crate::store::Store;

/// K045: the gmina of each OPS, case and gmina service.
pub fn gminy(store: &Store, out: &mut Vec<Diagnostic>) {
    let Some(unit) = store.config.as_ref().map(|c| &c.unit) else {
        return;
    };
    // What names a gmina, and what should: (what, gmina, where it is, where to write one).
    let mut named: Vec<(String, Option<&Spanned<String>>, String, bool)> = Vec::new();
    for i in &store.institutions {
        let needs = i.value.kind == InstitutionKind::Ops;
        named.push((
            format!("OPS `{}`", i.id),
            i.value.gmina.as_ref(),
            i.path.clone(),
            needs,
        ));
    }
    for c in &store.cases {
        named.push((
            format!("case {}", c.id()),
            c.case.value.gmina.as_ref(),
            c.case.path.clone(),
            true,
        ));
    }
    for s in &store.services {
        let needs = s.value.level == Level::Gmina;
        named.push((
            format!("service `{}`", s.id),
            s.value.gmina.as_ref(),
            s.path.clone(),
            needs,
        ));
    }
    let listed: Vec<&str> = unit.gminy.iter().map(String::as_str).collect();
    // In a powiat, a case's coordinator works at the OPS of the case's gmina.
    if unit.kind == UnitKind::Powiat {
        for c in &store.cases {
            let (Some(gmina), Some(coord)) = (&c.case.value.gmina, &c.case.value.coordinator)
            else {
                continue;
            };
            let ops_gmina = store
                .person(coord.get_ref())
                .and_then(|p| p.parent.as_deref())
                .and_then(|i| store.institution(i))
                .filter(|i| i.value.kind == InstitutionKind::Ops)
                .and_then(|i| {
                    i.value
                        .gmina
                        .as_ref()
                        .map(|g| (i.id.clone(), g.get_ref().clone()))
                });
            if let Some((ops, theirs)) = ops_gmina
                && &theirs != gmina.get_ref()
            {
                out.push(
                    Diagnostic::warning(
                        codes::GMINA,
                        format!(
                            "case {} of gmina `{}` is coordinated by `{}` of `{ops}`, the OPS of gmina `{theirs}`",
                            c.id(),
                            gmina.get_ref(),
                            coord.get_ref()
                        ),
                        store.locate(&c.case.path, coord.span()),
                    )
                    .with_help("the OPS of the family's gmina coordinates the work with it: name one of its social workers, or correct the case's gmina"),
                );
            }
        }
    }
    // One OPS per gmina: a second one naming the same gmina is reported.
    let mut served: std::collections::BTreeMap<&str, &str> = Default::default();
    for i in store
        .institutions
        .iter()
        .filter(|i| i.value.kind == InstitutionKind::Ops)
    {
        let Some(g) = &i.value.gmina else { continue };
        if let Some(first) = served.get(g.get_ref().as_str()) {
            out.push(
                Diagnostic::warning(
                    codes::GMINA,
                    format!(
                        "OPS `{}` names gmina `{}`, which OPS `{first}` serves already",
                        i.id,
                        g.get_ref()
                    ),
                    store.locate(&i.path, g.span()),
                )
                .with_help(
                    "a gmina has one ośrodek pomocy społecznej: correct the gmina of one of them",
                ),
            );
        } else {
            served.insert(g.get_ref(), &i.id);
        }
    }
    for (what, gmina, path, needs) in named {
        match (unit.kind, gmina) {
            (UnitKind::Powiat, None) if needs => out.push(
                Diagnostic::warning(
                    codes::GMINA,
                    format!("{what} names no gmina"),
                    Location::file(&path),
                )
                .with_help(format!(
                    "in a powiat's repository the work is counted by gmina: add `gmina = \"…\"`{}",
                    if listed.is_empty() {
                        String::new()
                    } else {
                        format!(" (one of {})", listed.join(", "))
                    }
                )),
            ),
            (UnitKind::Powiat, Some(g)) if !listed.is_empty() && !listed.contains(&g.get_ref().as_str()) => {
                let help = match crate::text::closest(g.get_ref(), listed.iter().copied()) {
                    Some(best) => format!("did you mean `{best}`? The gminy of the powiat are listed in koop.toml (`[unit] gminy`)"),
                    None => format!("the gminy of the powiat are {} (koop.toml `[unit] gminy`); add it there if it belongs to the powiat", listed.join(", ")),
                };
                out.push(
                    Diagnostic::warning(
                        codes::GMINA,
                        format!("{what} names gmina `{}`, which is not one of the powiat's", g.get_ref()),
                        store.locate(&path, g.span()),
                    )
                    .with_help(help),
                );
            }
            (UnitKind::Gmina, Some(g)) if g.get_ref() != &unit.name => out.push(
                Diagnostic::warning(
                    codes::GMINA,
                    format!(
                        "{what} names gmina `{}`, but this repository is gmina {}",
                        g.get_ref(),
                        unit.name
                    ),
                    store.locate(&path, g.span()),
                )
                .with_help("a gmina's repository holds its own work: remove `gmina`, or keep the record in the repository of its gmina or powiat"),
            ),
            _ => {}
        }
    }
}
