//! Settling case numbers that two clones both took (K004): which folder keeps the number,
//! which moves, and to what number — one plan, the same for every clone that has the same
//! cases, so that two people settling clashes in parallel choose the same moves and numbers
//! rather than clashing again.
//!
//! In each clash the case that keeps its number is the one already pushed to the shared
//! repository when the others are not (its number may be on papers colleagues printed);
//! otherwise the one referred first (then the folder's name decides). The cases that move
//! take, in order of number and folder, the numbers after the highest of their year.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use super::Store;

/// Why a case keeps its number; shown as a clause ("it was referred first").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keeper {
    /// It is in the shared repository and the others are not yet.
    Shared,
    /// It was referred first.
    First,
}

/// Why a case keeps its number: the others are not shared yet.
pub const SHARED: Keeper = Keeper::Shared;
/// Why a case keeps its number: it was referred first.
pub const FIRST: Keeper = Keeper::First;

impl std::fmt::Display for Keeper {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            Keeper::Shared => crate::tr!("renumber-shared"),
            Keeper::First => crate::tr!("renumber-first"),
        })
    }
}

/// One folder to move.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Move {
    /// The folder under `cases/`.
    pub dir: String,
    /// Its number now.
    pub from: String,
    /// The number it takes.
    pub to: String,
    /// The folder that keeps the number.
    pub keeper: String,
    /// Why that one keeps it.
    pub why: Keeper,
}

/// The moves that settle every clash of numbers in `store`.
pub fn plan(store: &Store) -> Vec<Move> {
    let mut by_number: BTreeMap<&str, Vec<&super::CaseRec>> = BTreeMap::new();
    for c in &store.cases {
        by_number.entry(c.id()).or_default().push(c);
    }
    let clashes: Vec<_> = by_number
        .into_iter()
        .filter(|(_, cs)| cs.len() > 1)
        .collect();
    if clashes.is_empty() {
        return Vec::new();
    }
    let pushed = pushed_folders(&store.root);
    let mut moves = Vec::new();
    for (number, mut cases) in clashes {
        cases.sort_by(|a, b| {
            let key = |c: &super::CaseRec| (*c.case.value.referral.date.get_ref(), c.dir.clone());
            key(a).cmp(&key(b))
        });
        let shared: Vec<&&super::CaseRec> = cases
            .iter()
            .filter(|c| pushed.as_ref().is_some_and(|p| p.contains(&c.dir)))
            .collect();
        let (keeper, why) = match shared.as_slice() {
            [one] => (one.dir.clone(), SHARED),
            _ => (cases[0].dir.clone(), FIRST),
        };
        for c in cases.iter().filter(|c| c.dir != keeper) {
            moves.push(Move {
                dir: c.dir.clone(),
                from: number.to_string(),
                to: String::new(),
                keeper: keeper.clone(),
                why,
            });
        }
    }
    // New numbers: after the highest of each year, in order of number and folder.
    moves.sort_by(|a, b| {
        crate::model::case::cmp_numbers(&a.from, &b.from).then_with(|| a.dir.cmp(&b.dir))
    });
    let mut next: BTreeMap<String, u32> = BTreeMap::new();
    for m in &mut moves {
        let year = m.from.get(..4).unwrap_or("").to_string();
        let n = next
            .entry(year.clone())
            .or_insert_with(|| highest(store, &year));
        *n += 1;
        m.to = crate::model::case::number(&year, *n);
    }
    moves
}

/// The highest number of a year in use.
pub fn highest(store: &Store, year: &str) -> u32 {
    let prefix = format!("{year}-");
    store
        .cases
        .iter()
        .filter_map(|c| c.id().strip_prefix(&prefix)?.parse::<u32>().ok())
        .max()
        .unwrap_or(0)
}

/// The case folders the branch this clone follows has (`None` when koop cannot tell: no
/// git, no shared branch).
fn pushed_folders(root: &Path) -> Option<BTreeSet<String>> {
    super::git::git_dir(root)?;
    let out = super::git::run(root, &["ls-tree", "--name-only", "@{u}", "--", "cases/"]).ok()?;
    if !out.status.success() {
        return None;
    }
    Some(
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .filter_map(|l| l.rsplit('/').next().map(str::to_string))
            .collect(),
    )
}
