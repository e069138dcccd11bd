//! Identities of what two people can add in parallel: family members, goals, tasks,
//! monitoring entries and decisions carry a random `id`, the suffix of a case folder and of a
//! meeting file is random too. Two clones never choose the same identity for different
//! things, so git (and koop's merge driver) keeps both, and a reference held by identity never
//! comes to point at something else when display numbers change.
//!
//! People keep seeing and typing short display numbers (`m1`, goal `1`, task `1.2`): they are
//! the position of the entry in its file, recomputed whenever the file changes, and commands
//! resolve them to identities.
//!
//! An identity is lowercase letters and digits without the easily misread `0`, `1`, `i`, `l`
//! and `o`, starts with a letter and has at least two letters, so it never looks like a display
//! number (`m12`, `3`, `2.1`).

/// Letters and digits of identities.
const ALPHABET: &[u8] = b"23456789abcdefghjkmnpqrstuvwxyz";

/// Length of an entry's identity: 31⁶ ≈ 887 million, so two entries of one case (or one
/// meeting) never draw the same one in practice; a draw that is taken is drawn again.
pub const LEN: usize = 6;

/// Length of the random suffix of case folders and meeting files: they are told apart by
/// their number or date as well.
pub const SUFFIX_LEN: usize = 4;

/// Environment variable that makes identities deterministic, for tests and for rebuilding the
/// bundled example byte for byte: its value seeds a sequence, and the first identity of the
/// sequence not yet taken is used. Never for real work: two clones with one seed draw the
/// same identities, which is what random ones prevent.
pub const SEED: &str = "KOOP_ID_SEED";

/// A fresh identity of `len` characters for which `taken` is false.
pub fn fresh(len: usize, taken: impl Fn(&str) -> bool) -> String {
    // An empty value is no seed: identities are random.
    let seed = std::env::var(SEED).ok().filter(|s| !s.is_empty()).map(|s| {
        s.bytes()
            .fold(0x9e37_79b9_7f4a_7c15u64, |h, b| mix(h ^ u64::from(b)))
    });
    for n in 0u64.. {
        let bytes = match seed {
            Some(seed) => mix(seed.wrapping_add(n)).to_le_bytes(),
            None => random(),
        };
        let id = encode(&bytes, len);
        if is_identity(&id) && !taken(&id) {
            return id;
        }
    }
    // The sequence has no end: an identity is found long before.
    unreachable!()
}

/// An identity derived from `parts` (for `koop migrate`: the case folder, with its random
/// suffix, and what the entry was), the same in every clone that migrates the same records,
/// so that two people migrating in parallel give an entry the same identity; outside `taken`.
pub fn derived(parts: &[&str], taken: impl Fn(&str) -> bool) -> String {
    use sha2::Digest;
    for n in 0u64.. {
        let mut hasher = sha2::Sha256::new();
        for p in parts {
            hasher.update(p.as_bytes());
            hasher.update([0]);
        }
        hasher.update(n.to_le_bytes());
        let digest = hasher.finalize();
        let mut bytes = [0u8; 8];
        bytes.copy_from_slice(&digest[..8]);
        let id = encode(&bytes, LEN);
        if is_identity(&id) && !taken(&id) {
            return id;
        }
    }
    // The sequence has no end: an identity is found long before.
    unreachable!()
}

/// Eight bytes from the operating system's random source; should it fail, the clock and
/// the process ID still make a clash between two clones unlikely.
fn random() -> [u8; 8] {
    let mut bytes = [0u8; 8];
    if getrandom::fill(&mut bytes).is_err() {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos() as u64)
            .unwrap_or(0);
        bytes = mix(nanos ^ (u64::from(std::process::id()) << 32)).to_le_bytes();
    }
    bytes
}

/// splitmix64's finaliser: spreads a counter over all bits.
fn mix(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

fn encode(bytes: &[u8; 8], len: usize) -> String {
    let mut n = u64::from_le_bytes(*bytes);
    (0..len)
        .map(|_| {
            let c = ALPHABET[(n % ALPHABET.len() as u64) as usize] as char;
            n /= ALPHABET.len() as u64;
            c
        })
        .collect()
}

/// Whether `s` has the form of an identity (or of a suffix): the alphabet only, a letter
/// first, two letters at least.
pub fn is_identity(s: &str) -> bool {
    s.len() >= SUFFIX_LEN
        && s.bytes().all(|b| ALPHABET.contains(&b))
        && s.as_bytes()[0].is_ascii_lowercase()
        && s.bytes().filter(u8::is_ascii_lowercase).count() >= 2
}

/// The display number of a member at `index` (0-based) of the members file: `m1`, `m2`, …
pub fn member_number(index: usize) -> String {
    format!("m{}", index + 1)
}

/// The display number of a goal at `index`: `1`, `2`, …
pub fn goal_number(index: usize) -> String {
    (index + 1).to_string()
}

/// The display number of a task at `task` of the goal at `goal`: `1.1`, `2.3`, …
pub fn task_number(goal: usize, task: usize) -> String {
    format!("{}.{}", goal + 1, task + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identities_have_their_form_and_differ() {
        let mut seen = std::collections::BTreeSet::new();
        for _ in 0..200 {
            let id = fresh(LEN, |s| seen.contains(s));
            assert_eq!(id.len(), LEN);
            assert!(is_identity(&id), "{id}");
            assert!(seen.insert(id));
        }
    }

    #[test]
    fn display_numbers_are_not_identities() {
        for s in ["m1", "m23456", "3", "2.1", "222222", "a23456", "2026-001"] {
            assert!(!is_identity(s), "{s}");
        }
        assert!(is_identity("k3xq7z"));
        assert_eq!(task_number(1, 2), "2.3");
        assert_eq!(member_number(0), "m1");
    }

    #[test]
    fn derived_identities_depend_only_on_their_parts() {
        let a = derived(&["cases/2026-001-k7qm", "member", "m1"], |_| false);
        assert_eq!(
            a,
            derived(&["cases/2026-001-k7qm", "member", "m1"], |_| false)
        );
        assert_ne!(
            a,
            derived(&["cases/2026-001-k7qm", "member", "m2"], |_| false)
        );
        assert!(is_identity(&a));
        assert_ne!(
            a,
            derived(&["cases/2026-001-k7qm", "member", "m1"], |s| s == a)
        );
    }

    #[test]
    fn a_taken_identity_is_drawn_again() {
        let first = fresh(LEN, |_| false);
        let second = fresh(LEN, |s| s == first);
        assert_ne!(first, second);
    }
}
