//! `koop case find TEXT`: the cases whose members or notes hold the text — members' names,
//! places of residence and phone numbers (decrypted for key holders), the diagnosis, and the
//! free texts of the case, the plan, monitoring and evaluations.
//!
//! Case and diacritics do not matter ("zolkiewski" finds "Żółkiewski", "lodz" finds "Łódź"),
//! nor do spaces, dashes and the +48 prefix in a phone number ("600 100 200" finds
//! "+48 600-100-200"). Several words must all be found, each anywhere in the case. A search
//! never covers only part of the cases: if a case's personal data cannot be decrypted, it
//! refuses and says which.

use clap::Args;
use serde_json::{Value, json};

use super::Ctx;
use super::output::{ListFormat, cell, print_csv_json, print_json, print_table};
use crate::error::{Error, Result};
use crate::store::CaseRec;
use crate::text::{fold, fold_mapped};

/// Arguments of `koop case find`.
#[derive(Debug, Args)]
pub struct FindArgs {
    #[arg(required = true, num_args = 1.., value_name = "TEXT")]
    pub text: Vec<String>,
    #[arg(long)]
    pub reveal: bool,
    #[arg(long, value_enum, default_value_t)]
    pub format: ListFormat,
}

/// One thing to look for: a word, or a number (digits with `+ - ( ) . /`, several of them in
/// a row taken as one, as a phone number is written "600 100 200").
#[derive(Debug, Clone, PartialEq, Eq)]
enum Term {
    /// A word, folded.
    Word(String),
    /// A number as written (folded) and its digits as a phone number compares them.
    Number { text: String, digits: String },
}

/// The terms of a query.
fn terms(query: &str) -> Vec<Term> {
    let numeric = |t: &str| {
        t.chars().any(|c| c.is_ascii_digit())
            && t.chars()
                .all(|c| c.is_ascii_digit() || "+-()./".contains(c))
    };
    let mut out = Vec::new();
    let mut number: Option<String> = None;
    let flush = |number: &mut Option<String>, out: &mut Vec<Term>| {
        if let Some(text) = number.take() {
            out.push(Term::Number {
                digits: phone_digits(&text),
                text: fold(&text),
            });
        }
    };
    for token in query.split_whitespace() {
        if numeric(token) {
            match &mut number {
                Some(text) => {
                    text.push(' ');
                    text.push_str(token);
                }
                None => number = Some(token.to_string()),
            }
            continue;
        }
        flush(&mut number, &mut out);
        let word = fold(token.trim_matches(|c: char| !c.is_alphanumeric()));
        if !word.is_empty() && !out.contains(&Term::Word(word.clone())) {
            out.push(Term::Word(word));
        }
    }
    flush(&mut number, &mut out);
    out
}

/// A phone number's digits without the country code of Poland: "+48 600-100-200",
/// "0048 600 100 200" and "600100200" are all "600100200".
fn phone_digits(text: &str) -> String {
    let digits: String = text.chars().filter(char::is_ascii_digit).collect();
    let plus = text.trim_start().starts_with('+');
    if plus && digits.len() > 2 && digits.starts_with("48") {
        digits[2..].to_string()
    } else if digits.len() > 4 && digits.starts_with("0048") {
        digits[4..].to_string()
    } else if digits.len() == 11 && digits.starts_with("48") {
        digits[2..].to_string()
    } else {
        digits
    }
}

/// One searched value of a case.
struct Field<'a> {
    /// What it is, for JSON: `member.name`, `task`, `diagnosis.health`, …
    key: &'static str,
    /// Which one, where there are several: a member (`m1`), goal, task, month, date.
    at: Option<String>,
    /// What it is, in words for people.
    label: String,
    /// The value.
    text: &'a str,
    /// A phone number: numbers are compared by their digits.
    phone: bool,
}

/// Every value of a case `koop case find` searches.
fn fields<'a>(c: &'a CaseRec) -> Vec<Field<'a>> {
    let mut out = Vec::new();
    let mut push = |key, at: Option<String>, label: String, text: &'a str| {
        out.push(Field {
            key,
            at,
            label,
            text,
            phone: key == "member.phone",
        });
    };
    for (number, m) in c.numbered_members() {
        push(
            "member.name",
            Some(number.clone()),
            crate::tr!("find-member-name", member = number.as_str()),
            &m.name,
        );
        if let Some(r) = &m.residence {
            push(
                "member.residence",
                Some(number.clone()),
                crate::tr!("find-member-residence", member = number.as_str()),
                r,
            );
        }
        if let Some(p) = &m.phone {
            push(
                "member.phone",
                Some(number.clone()),
                crate::tr!("find-member-phone", member = number.as_str()),
                p,
            );
        }
    }
    let v = &c.case.value;
    if let Some(e) = &v.referral.expectations {
        push(
            "referral.expectations",
            None,
            crate::tr!("find-expectations"),
            e,
        );
    }
    for k in &v.consents {
        if let Some(s) = &k.scope {
            let member = c.member_label(k.by.get_ref());
            push(
                "consent.scope",
                Some(member.clone()),
                crate::tr!("find-consent-scope", member = member.as_str()),
                s,
            );
        }
    }
    if let Some(r) = v.qualification.as_ref().and_then(|q| q.reason.as_ref()) {
        push(
            "qualification.reason",
            None,
            crate::tr!("find-qualification-reason"),
            r,
        );
    }
    if let Some(o) = &v.outcome {
        push(
            "outcome.reason",
            None,
            crate::tr!("find-outcome-reason"),
            &o.reason,
        );
    }
    if let Some(k) = &v.closure {
        push(
            "closure.handover",
            None,
            crate::tr!("find-closure-handover"),
            &k.handover,
        );
    }
    if let Some(d) = &c.diagnosis {
        let d = &d.value;
        let headings = [
            (
                "diagnosis.material",
                crate::tr!("find-diagnosis-material"),
                &d.material,
            ),
            (
                "diagnosis.housing",
                crate::tr!("find-diagnosis-housing"),
                &d.housing,
            ),
            (
                "diagnosis.professional",
                crate::tr!("find-diagnosis-professional"),
                &d.professional,
            ),
            (
                "diagnosis.health",
                crate::tr!("find-diagnosis-health"),
                &d.health,
            ),
            ("diagnosis.care", crate::tr!("find-diagnosis-care"), &d.care),
            (
                "diagnosis.relations",
                crate::tr!("find-diagnosis-relations"),
                &d.relations,
            ),
        ];
        for (key, label, text) in headings {
            if let Some(text) = text {
                push(key, None, label, text);
            }
        }
        for (key, label, list) in [
            (
                "diagnosis.problems",
                crate::tr!("find-diagnosis-problems"),
                &d.problems,
            ),
            (
                "diagnosis.needs",
                crate::tr!("find-diagnosis-needs"),
                &d.needs,
            ),
        ] {
            for text in list {
                push(key, None, label.clone(), text);
            }
        }
    }
    if let Some(p) = &c.plan {
        if let Some(g) = &p.value.main_goal {
            push("plan.main_goal", None, crate::tr!("find-main-goal"), g);
        }
        for g in &p.value.goals {
            let n = c.goal_label(g.id.get_ref());
            push(
                "goal",
                Some(n.clone()),
                crate::tr!("find-goal", goal = n.as_str()),
                &g.text,
            );
        }
        for (n, _, t) in c.numbered_tasks() {
            push(
                "task",
                Some(n.clone()),
                crate::tr!("find-task", task = n.as_str()),
                &t.text,
            );
        }
    }
    for m in &c.monitoring {
        for e in &m.value.entries {
            let task = c.task_label(e.task().get_ref());
            let month = m.month.to_string();
            push(
                "monitoring.progress",
                Some(format!("{month} {task}")),
                crate::tr!(
                    "find-progress",
                    month = month.as_str(),
                    task = task.as_str()
                ),
                &e.progress,
            );
        }
    }
    for e in &c.evaluations {
        if let Some(comment) = &e.value.comment {
            push(
                "evaluation.comment",
                Some(e.key.to_string()),
                crate::tr!("find-evaluation-comment", date = e.key.as_str()),
                comment,
            );
        }
        for g in &e.value.goals {
            if let Some(r) = &g.reasons {
                let goal = c.goal_label(g.goal.get_ref());
                push(
                    "evaluation.reasons",
                    Some(format!("{} {goal}", e.key)),
                    crate::tr!(
                        "find-evaluation-reasons",
                        date = e.key.as_str(),
                        goal = goal.as_str()
                    ),
                    r,
                );
            }
        }
    }
    out
}

/// Where a term is in a value: the byte range in the value, or `None`.
fn locate(field: &Field, folded: &str, from: &[usize], term: &Term) -> Option<(usize, usize)> {
    let whole = (0, field.text.len());
    let (needle, phone) = match term {
        Term::Word(w) => (w.as_str(), None),
        Term::Number { text, digits } => (text.as_str(), Some(digits.as_str())),
    };
    if let Some(digits) = phone.filter(|d| field.phone && !d.is_empty())
        && phone_digits(field.text).contains(digits)
    {
        return Some(whole);
    }
    let start = folded.find(needle)?;
    let end = start + needle.len();
    let original = |i: usize| from.get(i).copied().unwrap_or(field.text.len());
    Some((original(start), original(end)))
}

/// The part of a value around a match, on one line: the whole value when it is short.
fn excerpt(text: &str, (start, end): (usize, usize)) -> String {
    const AROUND: usize = 30;
    let line = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= 2 * AROUND + 20 {
        return line(text);
    }
    let before: Vec<char> = text[..start].chars().collect();
    let after: Vec<char> = text[end..].chars().collect();
    let mut out = String::new();
    if before.len() > AROUND {
        // Cut at a space, not in a word.
        let tail = &before[before.len() - AROUND..];
        let from = tail
            .iter()
            .position(|c| c.is_whitespace())
            .map_or(0, |i| i + 1);
        out.push('…');
        out.extend(&tail[from..]);
    } else {
        out.extend(&before);
    }
    out.push_str(&text[start..end]);
    if after.len() > AROUND {
        let head = &after[..AROUND];
        let to = head
            .iter()
            .rposition(|c| c.is_whitespace())
            .unwrap_or(AROUND);
        out.extend(&head[..to]);
        out.push('…');
    } else {
        out.extend(&after);
    }
    line(&out)
}

/// A value in which a term was found.
struct Hit {
    key: &'static str,
    at: Option<String>,
    label: String,
    value: String,
}

/// The values of a case where the terms are, when every term is somewhere in it.
fn search(c: &CaseRec, terms: &[Term]) -> Option<Vec<Hit>> {
    let mut found = vec![false; terms.len()];
    let mut hits = Vec::new();
    for field in fields(c) {
        let (folded, from) = fold_mapped(field.text);
        let mut first = None;
        for (i, term) in terms.iter().enumerate() {
            if let Some(range) = locate(&field, &folded, &from, term) {
                found[i] = true;
                first.get_or_insert(range);
            }
        }
        if let Some(range) = first {
            hits.push(Hit {
                value: excerpt(field.text, range),
                key: field.key,
                at: field.at,
                label: field.label,
            });
        }
    }
    found.iter().all(|f| *f).then_some(hits)
}

/// Refuses when a case's personal data cannot be decrypted: a search of the rest would say
/// "not found" of a case it could not read.
fn refuse_locked(store: &crate::store::Store) -> Result<()> {
    let locked: Vec<&CaseRec> = store
        .cases
        .iter()
        .filter(|c| !c.locked.is_empty())
        .collect();
    let Some(first) = locked.first() else {
        return Ok(());
    };
    let reason = first.locked.values().next().cloned().unwrap_or_default();
    let damaged = locked
        .iter()
        .flat_map(|c| c.locked.values())
        .any(|r| crate::store::crypt::is_damaged(r));
    let cases: Vec<&str> = locked.iter().map(|c| c.id()).collect();
    Err(Error::user(crate::tr!(
        "find-locked",
        n = locked.len(),
        cases = cases.join(", "),
        reason = reason.as_str()
    ))
    .hint(if damaged {
        crate::tr!("find-locked-damaged-hint")
    } else {
        crate::tr!("find-locked-hint")
    }))
}

/// `koop case find TEXT`.
pub fn find(ctx: &mut Ctx, args: FindArgs) -> Result<i32> {
    let query = args.text.join(" ");
    let terms = terms(&query);
    if terms.is_empty() {
        return Err(Error::user(crate::tr!(
            "find-nothing-to-find",
            text = query.as_str()
        )));
    }
    let store = ctx.load()?;
    refuse_locked(&store)?;
    // Each case on its own, on every core; the cases in their order.
    let found: Vec<(&CaseRec, Vec<Hit>)> = {
        use rayon::prelude::*;
        store
            .cases
            .par_iter()
            .filter_map(|c| search(c, &terms).map(|hits| (c, hits)))
            .collect()
    };
    match args.format {
        ListFormat::Json | ListFormat::Csv => {
            let out = found
                .iter()
                .map(|(c, hits)| {
                    let v = &c.case.value;
                    let matches: Vec<Value> = hits
                        .iter()
                        .map(|h| {
                            let mut o = json!({ "field": h.key, "at": h.at, "label": h.label });
                            if args.reveal {
                                o["value"] = json!(h.value);
                            }
                            o
                        })
                        .collect();
                    json!({
                        "id": c.id(),
                        "folder": c.dir,
                        "kind": v.kind,
                        "status": c.status(),
                        "coordinator": v.coordinator.as_ref().map(|s| s.get_ref()),
                        "team": v.qualification.as_ref().map(|q| q.team.get_ref()),
                        "matches": matches,
                    })
                })
                .collect();
            if args.format == ListFormat::Json {
                print_json(ctx.ui, &Value::Array(out));
            } else {
                let mut columns = vec![
                    "id",
                    "folder",
                    "kind",
                    "status",
                    "coordinator",
                    "team",
                    "matches.label",
                ];
                if args.reveal {
                    columns.push("matches.value");
                }
                print_csv_json(ctx.ui, &columns, &out);
            }
        }
        ListFormat::Table if found.is_empty() => {
            ctx.ui.note(&crate::tr!("find-none", text = query.as_str()));
        }
        ListFormat::Table => {
            let rows = found
                .iter()
                .map(|(c, hits)| {
                    let v = &c.case.value;
                    let matched: Vec<String> = hits
                        .iter()
                        .map(|h| {
                            if args.reveal {
                                crate::tr!(
                                    "find-revealed",
                                    label = h.label.as_str(),
                                    value = h.value.as_str()
                                )
                            } else {
                                h.label.clone()
                            }
                        })
                        .collect();
                    vec![
                        c.id().to_string(),
                        c.status().shown().to_string(),
                        v.kind.shown().to_string(),
                        cell(v.coordinator.as_ref().map(|s| s.get_ref().as_str())),
                        cell(v.qualification.as_ref().map(|q| q.team.get_ref().as_str())),
                        matched.join("; "),
                    ]
                })
                .collect();
            print_table(
                ctx.ui,
                &[
                    &crate::tr!("case-col-case"),
                    &crate::tr!("case-col-status"),
                    &crate::tr!("case-col-kind"),
                    &crate::tr!("case-col-coordinator"),
                    &crate::tr!("case-col-team"),
                    &crate::tr!("find-col-matched"),
                ],
                rows,
            );
            if !args.reveal {
                ctx.ui.note(&crate::tr!("find-reveal-note"));
            }
        }
    }
    Ok(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_fold_and_numbers_in_a_row_are_one_phone_number() {
        assert_eq!(
            terms("Żółkiewski, 600 100-200 Łódź"),
            vec![
                Term::Word("zolkiewski".into()),
                Term::Number {
                    text: "600 100-200".into(),
                    digits: "600100200".into()
                },
                Term::Word("lodz".into()),
            ]
        );
        assert_eq!(terms(" - — "), vec![]);
        assert_eq!(phone_digits("+48 600-100-200"), "600100200");
        assert_eq!(phone_digits("0048 600 100 200"), "600100200");
        assert_eq!(phone_digits("48600100200"), "600100200");
        assert_eq!(phone_digits("(22) 600 10 11"), "226001011");
        assert_eq!(phone_digits("+48"), "48");
    }

    #[test]
    fn an_excerpt_shows_the_match_in_the_original_spelling() {
        let text = "Rodzina mieszka w Łodzi od roku; wcześniej mieszkała u dziadków \
                    w Zduńskiej Woli, gdzie dzieci chodziły do szkoły podstawowej nr 2.";
        let (folded, from) = fold_mapped(text);
        let field = Field {
            key: "task",
            at: None,
            label: String::new(),
            text,
            phone: false,
        };
        let range = locate(&field, &folded, &from, &Term::Word("zdunskiej".into())).unwrap();
        assert_eq!(&text[range.0..range.1], "Zduńskiej");
        assert_eq!(
            excerpt(text, range),
            "…mieszkała u dziadków w Zduńskiej Woli, gdzie dzieci chodziły…"
        );
    }
}
