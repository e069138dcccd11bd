//! K045: in a powiat's repository every OPS, case and service of a gmina names its gmina, so
//! that reports and figures break down by gmina; a gmina's repository names no other gmina.

use crate::diag::{Diagnostic, Location};
use crate::model::config::UnitKind;
use crate::model::{InstitutionKind, Level, Spanned};
use crate::rules::codes;
use crate::store::Store;
use crate::tr;

/// K045: the gmina of each OPS, case and gmina service.
pub fn gminy(store: &Store, out: &mut Vec<Diagnostic>) {
    let Some(unit) = store.config.as_ref().map(|c| &c.unit) else {
        return;
    };
    // What names a gmina, and what should: (what: `ops`, `case` or `service`, and its ID;
    // gmina; where it is; whether it needs one).
    type Named<'a> = (
        (&'static str, String),
        Option<&'a Spanned<String>>,
        String,
        bool,
    );
    let mut named: Vec<Named> = Vec::new();
    for i in &store.institutions {
        let needs = i.value.kind == InstitutionKind::Ops;
        named.push((
            ("ops", i.id.clone()),
            i.value.gmina.as_ref(),
            i.path.to_string(),
            needs,
        ));
    }
    for c in &store.cases {
        named.push((
            ("case", c.id().to_string()),
            c.case.value.gmina.as_ref(),
            c.case.path.to_string(),
            true,
        ));
    }
    for s in &store.services {
        let needs = s.value.level == Level::Gmina;
        named.push((
            ("service", s.id.clone()),
            s.value.gmina.as_ref(),
            s.path.to_string(),
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
                        tr!(
                            "rule-k045-coordinator",
                            case = c.id(),
                            gmina = gmina.get_ref(),
                            coordinator = coord.get_ref(),
                            ops = &ops,
                            theirs = &theirs
                        ),
                        store.locate(&c.case.path, coord.span()),
                    )
                    .with_help(tr!("rule-k045-coordinator-help")),
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
                    tr!(
                        "rule-k045-second-ops",
                        ops = &i.id,
                        gmina = g.get_ref(),
                        first = *first
                    ),
                    store.locate(&i.path, g.span()),
                )
                .with_help(tr!("rule-k045-second-ops-help")),
            );
        } else {
            served.insert(g.get_ref(), &i.id);
        }
    }
    for ((kind, id), gmina, path, needs) in named {
        match (unit.kind, gmina) {
            (UnitKind::Powiat, None) if needs => out.push(
                Diagnostic::warning(
                    codes::GMINA,
                    tr!("rule-k045-no-gmina", kind = kind, id = &id),
                    Location::file(&path),
                )
                .with_help(if listed.is_empty() {
                    tr!("rule-k045-no-gmina-help")
                } else {
                    tr!("rule-k045-no-gmina-listed-help", list = listed.join(", "))
                }),
            ),
            (UnitKind::Powiat, Some(g))
                if !listed.is_empty() && !listed.contains(&g.get_ref().as_str()) =>
            {
                let help = match crate::text::closest(g.get_ref(), listed.iter().copied()) {
                    Some(best) => tr!("rule-k045-not-listed-did-you-mean", best = best),
                    None => tr!("rule-k045-not-listed-help", list = listed.join(", ")),
                };
                out.push(
                    Diagnostic::warning(
                        codes::GMINA,
                        tr!(
                            "rule-k045-not-listed",
                            kind = kind,
                            id = &id,
                            gmina = g.get_ref()
                        ),
                        store.locate(&path, g.span()),
                    )
                    .with_help(help),
                );
            }
            (UnitKind::Gmina, Some(g)) if g.get_ref() != &unit.name => out.push(
                Diagnostic::warning(
                    codes::GMINA,
                    tr!(
                        "rule-k045-other-gmina",
                        kind = kind,
                        id = &id,
                        gmina = g.get_ref(),
                        unit = &unit.name
                    ),
                    store.locate(&path, g.span()),
                )
                .with_help(tr!("rule-k045-other-gmina-help")),
            ),
            _ => {}
        }
    }
}
