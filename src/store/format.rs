//! Formats of the records over time, and how to tell a record written in an earlier one.
//!
//! - Format 1: family members had a key (`key = "m1"`), goals a number (`id = 1`), tasks a
//!   number (`id = "1.2"`), and references named them by these numbers; monitoring entries
//!   and decisions had no identity.
//! - Format 2: every member, goal, task, monitoring entry and decision has a random
//!   identity (`model::uid`), and references hold identities.
//! - Format 3 (current): as format 2, with a continuation cycle's steps numbered as the
//!   "KOLEJNE WDRAŻANIE" diagram does (6 and 7 where format 2 had 7 and 8). `koop migrate`
//!   brings format 1 or 2 to format 3.

/// Why a record's text is in format 1, or `None` when it is not (or cannot be told).
pub fn outdated(kind: &str, text: &str) -> Option<String> {
    let table: toml::Table = toml::from_str(text).ok()?;
    let entries = |key: &str| -> Vec<toml::Table> {
        match table.get(key) {
            Some(toml::Value::Array(a)) => a.iter().filter_map(|v| v.as_table().cloned()).collect(),
            _ => Vec::new(),
        }
    };
    match kind {
        "members" => entries("members")
            .iter()
            .any(|m| m.contains_key("key") && !m.contains_key("id"))
            .then(|| crate::tr!("store-format1-members")),
        "plan" => entries("goals")
            .iter()
            .any(|g| {
                g.get("id").is_some_and(toml::Value::is_integer)
                    || g.get("tasks")
                        .and_then(toml::Value::as_array)
                        .is_some_and(|ts| {
                            ts.iter().any(|t| {
                                t.get("id")
                                    .and_then(toml::Value::as_str)
                                    .is_some_and(is_task_number)
                            })
                        })
            })
            .then(|| crate::tr!("store-format1-plan")),
        "monitoring" => entries("entries")
            .iter()
            .any(|e| {
                !e.contains_key("id")
                    && e.get("task")
                        .and_then(toml::Value::as_str)
                        .is_some_and(is_task_number)
            })
            .then(|| crate::tr!("store-format1-monitoring")),
        "evaluation" => entries("goals")
            .iter()
            .any(|g| g.get("goal").is_some_and(toml::Value::is_integer))
            .then(|| crate::tr!("store-format1-evaluation")),
        _ => None,
    }
}

/// Whether some entry of the list `key` has no `id` (what `koop migrate` gives one).
pub fn lacks_ids(text: &str, key: &str) -> bool {
    toml::from_str::<toml::Table>(text).is_ok_and(|t| match t.get(key) {
        Some(toml::Value::Array(a)) => a
            .iter()
            .any(|v| v.as_table().is_some_and(|t| !t.contains_key("id"))),
        _ => false,
    })
}

/// Whether `s` is a task number of format 1 (`2.1`).
pub fn is_task_number(s: &str) -> bool {
    s.split_once('.').is_some_and(|(g, t)| {
        !g.is_empty()
            && !t.is_empty()
            && g.bytes().all(|b| b.is_ascii_digit())
            && t.bytes().all(|b| b.is_ascii_digit())
    })
}

/// Whether `s` is a member key of format 1 (`m2`).
pub fn is_member_key(s: &str) -> bool {
    s.strip_prefix('m')
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn format_one_is_told() {
        assert!(outdated("members", "[[members]]\nkey = \"m1\"\nname = \"A\"\n").is_some());
        assert!(outdated("members", "[[members]]\nid = \"k3xq7z\"\nname = \"A\"\n").is_none());
        assert!(outdated("plan", "[[goals]]\nid = 1\ntext = \"x\"\n").is_some());
        assert!(
            outdated(
                "plan",
                "[[goals]]\nid = \"k3xq7z\"\ntext = \"x\"\n[[goals.tasks]]\nid = \"1.1\"\ntext = \"y\"\n"
            )
            .is_some()
        );
        assert!(outdated("plan", "[[goals]]\nid = \"k3xq7z\"\ntext = \"x\"\n").is_none());
        assert!(outdated("monitoring", "[[entries]]\ntask = \"1.1\"\n").is_some());
        assert!(outdated("monitoring", "[[entries]]\ntask = \"k3xq7z\"\n").is_none());
        assert!(lacks_ids("[[entries]]\ntask = \"k3xq7z\"\n", "entries"));
        assert!(!lacks_ids("[[entries]]\nid = \"a\"\n", "entries"));
        assert!(
            outdated(
                "evaluation",
                "main_goal = \"partly\"\n[[goals]]\ngoal = 1\n"
            )
            .is_some()
        );
        assert!(outdated("meeting", "[[decisions]]\ntext = \"x\"\n").is_none());
        assert!(lacks_ids("[[decisions]]\ntext = \"x\"\n", "decisions"));
        assert!(outdated("case", "id = \"2026-001\"\n").is_none());
        assert!(is_task_number("12.3") && !is_task_number("k3.x") && !is_task_number("1."));
        assert!(is_member_key("m12") && !is_member_key("m") && !is_member_key("mx"));
    }
}
