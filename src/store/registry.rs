//! The registry of record kinds: one table saying, for every kind of record koop stores, where
//! its files live, what type they parse into, whether they hold personal data (kept
//! encrypted), which record they belong to, and which of their fields refer to other
//! records.
//!
//! Loading classifies files by these patterns, writing builds paths from them, the reference
//! rule (K005) resolves fields by the targets listed here, `koop edit` and the `remove`
//! commands find records through it, and docs/format.md's table is generated from it (a test
//! keeps the file in step, and says how each kind's ID is made). Adding a kind is one entry
//! here, its type in `model`, and a line on its ID in that test.

use crate::error::{Error, Result};
use crate::store::Store;

/// One kind of record.
#[derive(Debug)]
pub struct Kind {
    /// The kind's name, as used in commands (`koop edit person anna-kowalska`) and messages.
    pub name: &'static str,
    /// Where its files live; `<…>` parts are the record's (or its parent's) ID, a month, a
    /// date or a number.
    pub pattern: &'static str,
    /// The type its TOML parses into (`src/model`; a key's line, `store::crypt::Recipient`).
    pub schema: &'static str,
    /// Whether it holds personal data (kept encrypted as `<file>.age` when `keys/` lists
    /// recipients).
    pub personal: bool,
    /// The kind of record it belongs to.
    pub parent: Option<&'static str>,
    /// Fields that refer to other records: (field, the kind it names).
    pub refs: &'static [(&'static str, &'static str)],
}

/// Every kind, in the order docs/format.md lists them (which also says how each one's ID is
/// made).
pub static KINDS: &[Kind] = &[
    Kind {
        name: "config",
        pattern: "koop.toml",
        schema: "Config",
        personal: false,
        parent: None,
        refs: &[],
    },
    Kind {
        name: "institution",
        pattern: "institutions/<id>/institution.toml",
        schema: "Institution",
        personal: false,
        parent: None,
        refs: &[],
    },
    Kind {
        name: "person",
        pattern: "institutions/<institution>/people/<id>.toml",
        schema: "Person",
        personal: false,
        parent: Some("institution"),
        refs: &[("(folder)", "institution")],
    },
    Kind {
        name: "team",
        pattern: "teams/<id>.toml",
        schema: "Team",
        personal: false,
        parent: None,
        refs: &[
            ("coordinator", "person"),
            ("members[].institution", "institution"),
            ("members[].delegates[]", "person"),
            ("agreement.signatories[].institution", "institution"),
        ],
    },
    Kind {
        name: "service",
        pattern: "services/<id>.toml",
        schema: "Service",
        personal: false,
        parent: None,
        refs: &[("provider", "institution")],
    },
    Kind {
        name: "meeting",
        pattern: "meetings/<id>.toml",
        schema: "Meeting",
        personal: false,
        parent: Some("team"),
        refs: &[
            ("team", "team"),
            ("cases[]", "case"),
            ("minutes_by", "person"),
            ("approved_at", "meeting"),
            ("invited[].institution", "institution"),
            ("invited[].person", "person"),
            ("attendance[].person", "person"),
            ("attendance[].institution", "institution"),
            ("decisions[].owner", "person|institution"),
        ],
    },
    Kind {
        name: "cycle",
        pattern: "course/<number>.toml",
        schema: "Cycle",
        personal: false,
        parent: None,
        refs: &[],
    },
    Kind {
        name: "case",
        pattern: "cases/<case>/case.toml",
        schema: "Case",
        personal: false,
        parent: None,
        refs: &[
            ("referral.institution", "institution"),
            ("referral.person", "person"),
            ("coordinator", "person"),
            ("qualification.team", "team"),
            ("institutions[].institution", "institution"),
            ("institutions[].workers[]", "person"),
            ("consent[].by", "member"),
            ("consent[].on_behalf_of[]", "member"),
        ],
    },
    Kind {
        name: "members",
        pattern: "cases/<case>/members.toml",
        schema: "Members",
        personal: true,
        parent: Some("case"),
        refs: &[],
    },
    Kind {
        name: "diagnosis",
        pattern: "cases/<case>/diagnosis.toml",
        schema: "Diagnosis",
        personal: true,
        parent: Some("case"),
        refs: &[("author", "person")],
    },
    Kind {
        name: "plan",
        pattern: "cases/<case>/plan.toml",
        schema: "Plan",
        personal: false,
        parent: Some("case"),
        refs: &[
            ("goals[].tasks[].institution", "institution"),
            ("goals[].tasks[].person", "person"),
            ("goals[].tasks[].service", "service"),
            ("goals[].tasks[].member", "member"),
        ],
    },
    Kind {
        name: "monitoring",
        pattern: "cases/<case>/monitoring/<month>/<reporter>.toml",
        schema: "Monitoring",
        personal: false,
        parent: Some("case"),
        refs: &[
            ("<reporter>", "institution|member"),
            ("entries[].task", "task"),
            ("entries[].author", "person"),
        ],
    },
    Kind {
        name: "evaluation",
        pattern: "cases/<case>/evaluations/<date>.toml",
        schema: "Evaluation",
        personal: false,
        parent: Some("case"),
        refs: &[("goals[].goal", "goal")],
    },
    Kind {
        name: "disclosure",
        pattern: "disclosures/<id>.toml",
        schema: "Disclosure",
        personal: false,
        parent: Some("case"),
        refs: &[("case", "case"), ("to", "institution")],
    },
    Kind {
        name: "key",
        pattern: "keys/<name>.txt",
        schema: "Recipient",
        personal: false,
        parent: None,
        refs: &[],
    },
];

/// The kind with this name.
pub fn by_name(name: &str) -> Option<&'static Kind> {
    KINDS.iter().find(|k| k.name == name)
}

/// The kind a record file belongs to, from its path relative to the root (plain-text form
/// for encrypted files), with the pattern's `<…>` values in order.
pub fn classify(rel: &str) -> Option<(&'static Kind, Vec<&str>)> {
    // Called for every file a command reads: the path is split once, and a pattern with
    // another number of parts or another first folder is passed over without work.
    let mut parts = [""; MAX_PARTS];
    let mut count = 0;
    for part in rel.split('/') {
        if count == MAX_PARTS {
            return None;
        }
        parts[count] = part;
        count += 1;
    }
    let parts = &parts[..count];
    KINDS
        .iter()
        .find_map(|k| matches(k.pattern, parts).map(|caps| (k, caps)))
}

/// The most folders deep any pattern goes, plus its file.
const MAX_PARTS: usize = 6;

/// Whether a path is where some record lives.
pub fn is_record_path(rel: &str) -> bool {
    classify(rel).is_some_and(|(k, _)| k.name != "key")
}

/// Matches a pattern against a path's parts; returns the `<…>` parts.
fn matches<'a>(pattern: &str, parts: &[&'a str]) -> Option<Vec<&'a str>> {
    if pattern.split('/').count() != parts.len() {
        return None;
    }
    let mut caps = Vec::new();
    for (p, part) in pattern.split('/').zip(parts) {
        match p.find('<') {
            None if p == *part => {}
            None => return None,
            Some(open) => {
                let close = p.find('>')?;
                let (prefix, suffix) = (&p[..open], &p[close + 1..]);
                let value = part.strip_prefix(prefix)?.strip_suffix(suffix)?;
                if value.is_empty() {
                    return None;
                }
                caps.push(value);
            }
        }
    }
    Some(caps)
}

/// The folders with records at the top of a repository, each once, in the registry's order.
pub fn top_folders() -> &'static [&'static str] {
    static TOP: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| {
        let mut out: Vec<&'static str> = Vec::new();
        for k in KINDS {
            if let Some((top, _)) = k.pattern.split_once('/')
                && !out.contains(&top)
            {
                out.push(top);
            }
        }
        out
    });
    &TOP
}

/// The patterns of the records in a top folder, for hints about misplaced files.
pub fn patterns_under(top: &str) -> Vec<&'static str> {
    KINDS
        .iter()
        .filter(|k| k.pattern.split('/').next() == Some(top))
        .map(|k| k.pattern)
        .collect()
}

impl Kind {
    /// The values a folder gives the pattern's `<…>` parts, when the kind's files may be
    /// under it (its path is a start of the pattern's folders): for
    /// `cases/2026-001-abcd/monitoring`, `<case>` is `2026-001-abcd`.
    pub fn under<'a>(&self, folder: &'a str) -> Option<Vec<(&'static str, &'a str)>> {
        let pattern: Vec<&'static str> = self.pattern.split('/').collect();
        let mut given = Vec::new();
        for (i, part) in folder.split('/').enumerate() {
            // A folder, not the file: the pattern goes on below it.
            let at = *pattern.get(i).filter(|_| i + 1 < pattern.len())?;
            if at.starts_with('<') {
                given.push((at, part));
            } else if at != part {
                return None;
            }
        }
        Some(given)
    }

    /// Fills the pattern's `<…>` parts in order.
    pub fn fill(&self, values: &[&str]) -> String {
        let mut values = values.iter();
        self.pattern
            .split('/')
            .map(|p| match (p.find('<'), p.find('>')) {
                (Some(open), Some(close)) => {
                    format!(
                        "{}{}{}",
                        &p[..open],
                        values.next().copied().unwrap_or(""),
                        &p[close + 1..]
                    )
                }
                _ => p.to_string(),
            })
            .collect::<Vec<_>>()
            .join("/")
    }

    /// The path of the record with this ID in a loaded repository (a person's path needs
    /// their institution, found in the store).
    pub fn path_of(&self, store: &Store, id: &str) -> Result<String> {
        let found = match self.name {
            "institution" => store.institution(id).map(|r| r.path.clone()),
            "person" => store.person(id).map(|r| r.path.clone()),
            "team" => store.team(id).map(|r| r.path.clone()),
            "service" => store.service(id).map(|r| r.path.clone()),
            "meeting" => store.meeting(id).map(|r| r.path.clone()),
            "cycle" => store
                .cycles
                .iter()
                .find(|c| c.id == id)
                .map(|r| r.path.clone()),
            "disclosure" => store
                .disclosures
                .iter()
                .find(|c| c.id == id)
                .map(|r| r.path.clone()),
            _ => {
                return Err(Error::user(crate::tr!(
                    "registry-named-by-path",
                    kind = self.name,
                    pattern = self.pattern
                )));
            }
        };
        if let Some(path) = found {
            return Ok(path.to_string());
        }
        // A record whose file does not load is still there to be fixed.
        if self.parent.is_none() && self.pattern.matches('<').count() == 1 {
            let path = self.fill(&[id]);
            if store.root.join(&path).is_file() {
                return Ok(path);
            }
        }
        let list = match self.name {
            "cycle" => crate::tr!("registry-cycle-hint"),
            name => crate::tr!("registry-list-hint", kind = name),
        };
        Err(Error::user(crate::tr!("registry-not-found", kind = self.name, id = id)).hint(list))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A kind's files may be under a folder whose path starts its pattern's folders, with the
    /// folder's parts given to the `<…>` ones; not under its file, nor another folder.
    #[test]
    fn the_kinds_under_a_folder_are_told_with_what_it_names() {
        let monitoring = by_name("monitoring").expect("a kind");
        assert_eq!(
            monitoring.under("cases/2026-001-abcd/monitoring"),
            Some(vec![("<case>", "2026-001-abcd")])
        );
        assert_eq!(monitoring.under("cases"), Some(vec![]));
        assert_eq!(monitoring.under("cases/2026-001-abcd/evaluations"), None);
        assert_eq!(
            monitoring.under("cases/2026-001-abcd/monitoring/2026-05/ops.toml"),
            None,
            "the file is not a folder it is under"
        );
        let case = by_name("case").expect("a kind");
        assert_eq!(
            case.under("cases/2026-001-abcd"),
            Some(vec![("<case>", "2026-001-abcd")])
        );
        assert_eq!(case.under("meetings"), None);
    }

    /// `classify` splits a path into at most `MAX_PARTS` parts: no pattern may be deeper, or
    /// its records would never be recognised.
    #[test]
    fn every_pattern_fits_the_parts_classify_splits_into() {
        for k in KINDS {
            let parts = k.pattern.split('/').count();
            assert!(parts <= MAX_PARTS, "{}: {parts} parts", k.pattern);
        }
    }

    #[test]
    fn paths_classify_to_their_kind() {
        let cases = [
            ("koop.toml", "config", vec![]),
            (
                "institutions/gops/institution.toml",
                "institution",
                vec!["gops"],
            ),
            (
                "institutions/gops/people/ewa.toml",
                "person",
                vec!["gops", "ewa"],
            ),
            ("teams/pzk.toml", "team", vec!["pzk"]),
            (
                "cases/2026-001-abcd/plan.toml",
                "plan",
                vec!["2026-001-abcd"],
            ),
            (
                "cases/2026-001-abcd/monitoring/2026-04/gops.toml",
                "monitoring",
                vec!["2026-001-abcd", "2026-04", "gops"],
            ),
            ("keys/ewa.txt", "key", vec!["ewa"]),
        ];
        for (path, kind, caps) in cases {
            let (k, got) = classify(path).unwrap_or_else(|| panic!("{path}"));
            assert_eq!(k.name, kind, "{path}");
            assert_eq!(got, caps, "{path}");
            assert_eq!(k.fill(&got), path);
        }
        assert!(classify("teams/x/y.toml").is_none());
        assert!(classify("teams/.toml").is_none());
        assert!(classify("notes.md").is_none());
    }

    #[test]
    fn every_reference_names_a_kind() {
        for k in KINDS {
            for (_, to) in k.refs {
                for target in to.split('|') {
                    let known =
                        by_name(target).is_some() || matches!(target, "member" | "task" | "goal");
                    assert!(known, "{}: unknown target {target}", k.name);
                }
            }
            if let Some(parent) = k.parent {
                assert!(by_name(parent).is_some(), "{}: parent {parent}", k.name);
            }
        }
    }
}

#[cfg(test)]
mod fields {
    use crate::model::Record;

    /// Every field a record type reports as a reference is listed in the registry, so K005
    /// knows what it names (the example repository has every kind of reference).
    #[test]
    fn every_reported_reference_is_in_the_registry() {
        let root = std::path::Path::new(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/examples/gmina-przykladowo"
        ));
        let store = crate::store::load(root).expect("example");
        let mut seen = Vec::new();
        let mut note = |kind: &str, refs: Vec<crate::model::Reference<'_>>| {
            let k = super::by_name(kind).expect(kind);
            for (field, _) in refs {
                assert!(
                    k.refs.iter().any(|(f, _)| *f == field),
                    "{kind}: `{field}` is not in the registry"
                );
                seen.push((kind.to_string(), field));
            }
        };
        for r in &store.teams {
            note("team", r.value.references());
        }
        for r in &store.services {
            note("service", r.value.references());
        }
        for r in &store.meetings {
            note("meeting", r.value.references());
        }
        for c in &store.cases {
            note("case", c.case.value.references());
            if let Some(p) = &c.plan {
                note("plan", p.value.references());
            }
            for m in &c.monitoring {
                note("monitoring", m.value.references());
            }
        }
        assert!(
            seen.len() > 50,
            "the example should exercise the references"
        );
    }
}

#[cfg(test)]
mod docs {
    /// How the ID of each kind is made.
    fn id_rule(kind: &str) -> &'static str {
        match kind {
            "config" => "one per repository",
            "institution" => "`--id`, or the slug of the name",
            "person" => "`--id`, or the slug of the name; unique across institutions",
            "team" => "`--id`, or the slug of the name",
            "service" => "`--id`, or the slug of the name",
            "meeting" => {
                "`<date>-<team>-<suffix>`, a random 4-character suffix; decisions have identities"
            }
            "cycle" => "1 for the first implementation, then 2, 3, … for each continuation",
            "case" => {
                "the folder: the number `YYYY-NNN` (next free in the referral's year; `2026-1000` after `2026-999`) and a random 4-character suffix"
            }
            "members" => {
                "one per case; each member has an identity, shown as m1, m2, … by position"
            }
            "diagnosis" => "one per case",
            "plan" => {
                "one per case; goals and tasks have identities, shown as 1, 2, … and `<goal>.<n>` by position"
            }
            "monitoring" => {
                "the month and the reporter (an institution ID or a member's identity); entries have identities"
            }
            "evaluation" => "the date of the evaluation",
            "disclosure" => {
                "`<date>-<case number>-<suffix>`, a random 4-character suffix; one file per entry"
            }
            "key" => "the recipient's name",
            other => panic!("docs/format.md says nothing of how a {other}'s ID is made"),
        }
    }

    /// The type a kind parses into, or what its file holds.
    fn schema(k: &super::Kind) -> &'static str {
        match k.name {
            "key" => "(an age or SSH public key)",
            _ => k.schema,
        }
    }

    /// docs/format.md's table of record kinds, generated from the registry.
    fn markdown_table() -> String {
        let mut out = String::from(
            "| kind | file | type | personal | belongs to | ID | refers to |\n|---|---|---|---|---|---|---|\n",
        );
        for k in super::KINDS {
            let refs: Vec<String> = k
                .refs
                .iter()
                .map(|(field, to)| format!("`{field}` → {}", to.replace('|', " or ")))
                .collect();
            out.push_str(&format!(
                "| {} | `{}` | `{}` | {} | {} | {} | {} |\n",
                k.name,
                k.pattern,
                schema(k),
                if k.personal { "yes (encrypted)" } else { "no" },
                k.parent.unwrap_or("—"),
                id_rule(k.name),
                if refs.is_empty() {
                    "—".to_string()
                } else {
                    refs.join(", ")
                }
            ));
        }
        out
    }

    /// docs/format.md holds the registry's table between its markers; run the tests with
    /// KOOP_UPDATE_DOCS=1 to write it.
    #[test]
    fn docs_format_md_has_the_registry_table() {
        crate::assert_docs_section("registry", &markdown_table());
    }
}
