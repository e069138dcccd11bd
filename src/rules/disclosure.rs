//! The disclosure register against the consents (docs/privacy.md): K048, a package given
//! outside the consent's scope or after its withdrawal; K049, monitoring recorded after a
//! member withdrew their consent.

use crate::diag::Diagnostic;
use crate::model::disclosure::{Act, Refusal, allowed};
use crate::store::Store;
use crate::tr;

use super::codes;

/// K048: every package in the register was within the consent in force on its day.
pub fn packages(store: &Store, out: &mut Vec<Diagnostic>) {
    for d in &store.disclosures {
        let v = &d.value;
        if v.act != Act::Share {
            continue;
        }
        let (Some(to), Some(case)) = (
            v.to.as_ref(),
            store.cases.iter().find(|c| c.dir == *v.case.get_ref()),
        ) else {
            // An unknown case or recipient is K005's to say.
            continue;
        };
        let to = to.get_ref();
        let kind = store.institution(to).map(|r| r.value.kind.as_str());
        let day = *v.date.get_ref();
        let location = store.locate(&d.path, v.date.span());
        let why = match allowed(&case.case.value, day, to, kind) {
            Ok(a) => {
                let beyond: Vec<&str> = v
                    .categories
                    .iter()
                    .filter(|k| !a.categories.contains(k))
                    .map(|k| k.as_str())
                    .collect();
                if beyond.is_empty() {
                    continue;
                }
                tr!("rule-k048-beyond", categories = beyond.join(", "))
            }
            Err(Refusal::Withdrawn { member, date }) => tr!(
                "rule-k048-withdrawn",
                member = case.member_label(&member),
                date = date.to_string()
            ),
            Err(Refusal::NoConsent) => tr!("rule-k048-no-consent"),
            Err(Refusal::NoScope) => tr!("rule-k048-no-scope"),
            Err(Refusal::NotCovered) => tr!("rule-k048-not-covered"),
        };
        out.push(
            Diagnostic::warning(
                codes::DISCLOSURE_CONSENT,
                tr!(
                    "rule-k048-package",
                    case = case.id(),
                    to = to.as_str(),
                    date = day.to_string(),
                    why = why
                ),
                location,
            )
            .with_help(tr!("rule-k048-package-help")),
        );
    }
}

/// K049: monitoring is not recorded once a member withdrew their consent (and gave none
/// since): the work that needs it stops.
pub fn monitoring_after_withdrawal(store: &Store, out: &mut Vec<Diagnostic>) {
    for c in &store.cases {
        for m in &c.monitoring {
            for e in &m.value.entries {
                let day = *e.date().get_ref();
                if let Err(Refusal::Withdrawn { member, date }) =
                    allowed(&c.case.value, day, "", None)
                {
                    out.push(
                        Diagnostic::warning(
                            codes::WORK_AFTER_WITHDRAWAL,
                            tr!(
                                "rule-k049-monitoring",
                                case = c.id(),
                                day = day.to_string(),
                                member = c.member_label(&member),
                                date = date.to_string()
                            ),
                            store.locate(&m.path, e.date().span()),
                        )
                        .with_help(tr!("rule-k049-monitoring-help", case = c.id())),
                    );
                }
            }
        }
    }
}
