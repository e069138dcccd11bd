//! The parse cache: records as they were parsed, kept under `.koop/cache/` (which git ignores,
//! `.koop/.gitignore`), so that a command reading the whole repository parses only the files
//! that changed since the last one.
//!
//! Like git's index it maps a file to what was made of it, but by content rather than by
//! size and time: an entry's key is the SHA-256 of the file's path and bytes (for an
//! encrypted file, its encrypted bytes), so a changed file can never be taken for the one
//! cached, whatever its times say, and a file changed back finds its entry again. Only files
//! that parsed with no finding are kept; a file with a finding is parsed every time, so its
//! finding is told as always.
//!
//! Three files:
//! - `.koop/cache/shared`: the records shared by all cases (institutions, people, teams,
//!   services, meetings, the course, the register), which every load reads;
//! - `.koop/cache/cases`: the records of the cases' files that are not encrypted (what git
//!   holds in plain text anyway), which a load of every case reads;
//! - `.koop/cache/personal.age`: the records of the encrypted files (members, diagnosis),
//!   encrypted with age to the user's own key (`KOOP_IDENTITY`), so that reading them needs
//!   one decryption instead of one per file, and a family's data is never on disk in plain
//!   text. A user without a key has no such file.
//!
//! Each file starts with a stamp of the koop binary that wrote it (version, size and time
//! of the executable): any other binary ignores it and writes its own. A damaged or
//! unreadable cache is ignored. `KOOP_CACHE=off` neither reads nor writes it.
//!
//! A command about one case, a meeting or a team reads the shared part only: the one case's
//! few files are parsed, and reading the cases' part would cost more than it saves. A part
//! is written again only by a load that read every file it holds.

use std::cell::Cell;
use std::collections::HashMap;
use std::path::Path;
use std::sync::OnceLock;

use sha2::{Digest, Sha256};

use super::crypt;

/// An entry's key: SHA-256 of the path, a zero byte and the file's bytes.
pub type Key = [u8; 32];

/// The cache folder under the repository root.
pub const DIR: &str = ".koop/cache";
/// The parts of the cache, each its own file: the records shared by all cases (read by every
/// load), the cases' plain files (read by a load of everything), and the cases' encrypted
/// files (the same, encrypted to the user's own key).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Shared,
    Cases,
    Personal,
}

impl Part {
    const ALL: [Part; 3] = [Part::Shared, Part::Cases, Part::Personal];

    /// The part a file's record belongs to.
    pub fn of(rel: &str) -> Part {
        Part::of_bytes(rel.as_bytes())
    }

    fn of_bytes(rel: &[u8]) -> Part {
        if rel.ends_with(crypt::SUFFIX.as_bytes()) {
            Part::Personal
        } else if rel.starts_with(b"cases/") {
            Part::Cases
        } else {
            Part::Shared
        }
    }

    fn file(self) -> &'static str {
        match self {
            Part::Shared => "shared",
            Part::Cases => "cases",
            Part::Personal => "personal.age",
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}
const MAGIC: &[u8] = b"koop parse cache 1\n";

thread_local! {
    static ENCODING: Cell<bool> = const { Cell::new(false) };
}

/// Whether this thread is writing or reading the cache: `model::Spanned` then keeps its span.
pub fn encoding() -> bool {
    ENCODING.with(Cell::get)
}

fn encoded<R>(work: impl FnOnce() -> R) -> R {
    let before = ENCODING.with(|e| e.replace(true));
    let out = work();
    ENCODING.with(|e| e.set(before));
    out
}

/// Whether the user turned the cache off (`KOOP_CACHE=off`, or `0`, `no`, `false`).
pub fn enabled() -> bool {
    !std::env::var("KOOP_CACHE").is_ok_and(|v| {
        matches!(
            v.trim().to_lowercase().as_str(),
            "off" | "0" | "no" | "false"
        )
    })
}

/// The key of a file's entry.
pub fn key(rel: &str, bytes: &[u8]) -> Key {
    let mut hash = Sha256::new();
    hash.update(rel.as_bytes());
    hash.update([0]);
    hash.update(bytes);
    hash.finalize().into()
}

/// A record as the cache keeps it; `None` when it cannot be kept so (a model field that JSON
/// cannot hold refuses, as `Person::post` does for NaN and infinity).
pub fn encode<T: serde::Serialize>(value: &T) -> Option<Vec<u8>> {
    encoded(|| serde_json::to_vec(value)).ok()
}

/// One cached record: the file's path (relative to the root) and the record, encoded.
#[derive(Debug, Clone)]
pub struct Entry {
    pub rel: String,
    pub value: Vec<u8>,
}

/// Where a cached entry is: which of the files read, and its path's and record's bytes.
#[derive(Debug, Clone)]
struct At {
    file: usize,
    rel: std::ops::Range<usize>,
    value: std::ops::Range<usize>,
    part: Part,
}

/// The cache as read at the start of a load: the files' bytes, and where each entry is in
/// them (entries are not copied out one by one).
#[derive(Debug, Default)]
pub struct Cache {
    files: Vec<Vec<u8>>,
    entries: HashMap<Key, At>,
    /// The parts this load reads, by `Part::index`: only those are written again.
    read: [bool; 3],
}

impl Cache {
    /// Reads the cache of the repository at `root`: the shared records always; the cases'
    /// plain files when `cases` (a load of every case); their encrypted files when
    /// `personal` too (the load decrypts, and the user has a key). Whatever cannot be read is
    /// left out: the files are parsed instead.
    pub fn open(root: &Path, cases: bool, personal: bool) -> Cache {
        let dir = root.join(DIR);
        let mut cache = Cache {
            read: [true, cases, cases && personal && own_recipients().is_some()],
            ..Cache::default()
        };
        for part in [Part::Shared, Part::Cases] {
            if cache.read[part.index()]
                && let Ok(bytes) = std::fs::read(dir.join(part.file()))
            {
                cache.add(bytes, part);
            }
        }
        if cache.read[Part::Personal.index()]
            && let Ok(cipher) = std::fs::read(dir.join(Part::Personal.file()))
            && let Ok(plain) = crypt::decrypt(&cipher)
        {
            cache.add(plain, Part::Personal);
        }
        cache
    }

    fn add(&mut self, bytes: Vec<u8>, part: Part) {
        let file = self.files.len();
        if let Some(found) = read_entries(&bytes) {
            for (key, rel, value) in found {
                // An entry in the wrong file (written by hand?) is not taken.
                if Part::of_bytes(&bytes[rel.clone()]) == part {
                    let at = At {
                        file,
                        rel,
                        value,
                        part,
                    };
                    self.entries.insert(key, at);
                }
            }
        }
        self.files.push(bytes);
    }

    fn rel(&self, at: &At) -> &str {
        std::str::from_utf8(&self.files[at.file][at.rel.clone()]).unwrap_or_default()
    }

    /// Whether this load reads the part a file's record belongs to: only then is the file
    /// looked up, and its record kept for the cache when parsed.
    pub fn keeps(&self, rel: &str) -> bool {
        self.read[Part::of(rel).index()]
    }

    /// The record cached for a file of this key, when it reads as a `T`.
    pub fn get<T: serde::de::DeserializeOwned>(&self, key: &Key) -> Option<T> {
        let at = self.entries.get(key)?;
        encoded(|| serde_json::from_slice(&self.files[at.file][at.value.clone()])).ok()
    }

    /// Writes again each part this load read (every file of it) when the load found files
    /// the part did not hold (`fresh`, of parts it `keeps` only) or did not take some it held
    /// (`hits` are the keys it took): those are of files changed or gone. A part this load
    /// did not read is left as it is. Errors are ignored: the cache only saves time.
    pub fn save(self, root: &Path, hits: &[Key], fresh: Vec<(Key, Entry)>) {
        debug_assert!(fresh.iter().all(|(_, e)| self.keeps(&e.rel)));
        // Entries taken, by part; each key once.
        let mut seen = std::collections::HashSet::with_capacity(hits.len());
        let mut hit = [0usize; 3];
        for key in hits {
            if let Some(at) = self.entries.get(key)
                && seen.insert(*key)
            {
                hit[at.part.index()] += 1;
            }
        }
        let mut held = [0usize; 3];
        for at in self.entries.values() {
            held[at.part.index()] += 1;
        }
        let changed = Part::ALL.map(|part| {
            let i = part.index();
            self.read[i]
                && (hit[i] < held[i] || fresh.iter().any(|(_, e)| Part::of(&e.rel) == part))
        });
        if !changed.contains(&true) {
            return;
        }
        let mut kept: Vec<(Key, &str, &[u8])> = Vec::with_capacity(seen.len() + fresh.len());
        for key in &seen {
            if let Some(at) = self.entries.get(key) {
                kept.push((*key, self.rel(at), &self.files[at.file][at.value.clone()]));
            }
        }
        kept.extend(
            fresh
                .iter()
                .filter(|(key, _)| seen.insert(*key))
                .map(|(key, e)| (*key, e.rel.as_str(), e.value.as_slice())),
        );
        kept.sort_by(|a, b| a.1.cmp(b.1).then(a.0.cmp(&b.0)));
        let bytes =
            |part: Part| write_entries(kept.iter().filter(|(_, rel, _)| Part::of(rel) == part));
        if super::oplog::ensure_state_dir(root).is_err() {
            return;
        }
        let dir = root.join(DIR);
        if std::fs::create_dir_all(&dir).is_err() {
            return;
        }
        for part in [Part::Shared, Part::Cases] {
            if changed[part.index()] {
                replace(&dir, part.file(), &bytes(part));
            }
        }
        if changed[Part::Personal.index()]
            && let Some(recipients) = own_recipients()
        {
            let file = Part::Personal.file();
            match crypt::encrypt(&bytes(Part::Personal), &recipients) {
                Ok(cipher) => replace(&dir, file, &cipher),
                Err(_) => {
                    let _ = std::fs::remove_file(dir.join(file));
                }
            }
        }
    }
}

/// Replaces a cache file: written beside it and renamed over it, so that a reader sees the
/// old file or the new one. Not synced to the disk: a cache lost in a crash is parsed anew,
/// and one cut short is not read (`read_entries`).
fn replace(dir: &Path, name: &str, bytes: &[u8]) {
    use std::io::Write;
    let Ok(mut tmp) = tempfile::NamedTempFile::new_in(dir) else {
        return;
    };
    if tmp.write_all(bytes).is_ok() {
        let _ = tmp.persist(dir.join(name));
    }
}

/// Removes the cache of the repository at `root`: called where koop forgets what the
/// repository no longer holds (an anonymised case, personal data encrypted after it was kept
/// in plain text), so that no record as it was stays behind here either. The next load of
/// the whole repository parses everything and writes it anew.
pub fn forget(root: &Path) {
    let _ = std::fs::remove_dir_all(root.join(DIR));
}

/// The recipients of the user's own key, to encrypt the personal part to.
fn own_recipients() -> Option<Vec<crypt::Recipient>> {
    let keys = crypt::own_public_keys();
    let recipients: Vec<crypt::Recipient> = keys
        .iter()
        .filter_map(|k| crypt::recipient("cache", k).ok())
        .collect();
    (!recipients.is_empty()).then_some(recipients)
}

/// What identifies the binary that wrote a cache: another build may parse otherwise.
fn stamp() -> &'static [u8] {
    static STAMP: OnceLock<Vec<u8>> = OnceLock::new();
    STAMP.get_or_init(|| {
        let exe = std::env::current_exe()
            .ok()
            .and_then(|p| std::fs::metadata(p).ok());
        let (size, time) = exe.map_or((0, 0), |m| {
            let time = m
                .modified()
                .ok()
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                .map_or(0, |d| d.as_nanos());
            (m.len(), time)
        });
        format!("{} {size} {time}\n", env!("CARGO_PKG_VERSION")).into_bytes()
    })
}

/// The cache's files: the magic line, the stamp line, then for each entry the path's length
/// (4 bytes, little-endian) and bytes, the key (32 bytes), the record's length and bytes,
/// and at the end the number of entries (8 bytes), so that a file cut short is known.
fn write_entries<'a>(entries: impl Iterator<Item = &'a (Key, &'a str, &'a [u8])>) -> Vec<u8> {
    let mut out = Vec::new();
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(stamp());
    let mut count: u64 = 0;
    for (key, rel, value) in entries {
        out.extend_from_slice(&(rel.len() as u32).to_le_bytes());
        out.extend_from_slice(rel.as_bytes());
        out.extend_from_slice(&key[..]);
        out.extend_from_slice(&(value.len() as u32).to_le_bytes());
        out.extend_from_slice(value);
        count += 1;
    }
    out.extend_from_slice(&count.to_le_bytes());
    out
}

/// Reads what `write_entries` wrote: each entry's key and where its path and record are in
/// `bytes`. `None` when another binary wrote it or it is damaged: none of it is trusted.
type Found = Vec<(Key, std::ops::Range<usize>, std::ops::Range<usize>)>;
fn read_entries(bytes: &[u8]) -> Option<Found> {
    let body = bytes.strip_prefix(MAGIC)?.strip_prefix(stamp())?;
    let (body, count) = body.split_at_checked(body.len().checked_sub(8)?)?;
    let count = u64::from_le_bytes(count.try_into().ok()?);
    let base = bytes.len() - 8 - body.len();
    fn take(body: &[u8], at: &mut usize, n: usize) -> Option<std::ops::Range<usize>> {
        let range = *at..at.checked_add(n)?;
        body.get(range.clone())?;
        *at = range.end;
        Some(range)
    }
    fn length(body: &[u8], at: &mut usize) -> Option<usize> {
        let range = take(body, at, 4)?;
        Some(u32::from_le_bytes(body[range].try_into().ok()?) as usize)
    }
    let mut at = 0;
    let mut found = Vec::new();
    while at < body.len() {
        let n = length(body, &mut at)?;
        let rel = take(body, &mut at, n)?;
        std::str::from_utf8(&body[rel.clone()]).ok()?;
        let key: Key = body[take(body, &mut at, 32)?].try_into().ok()?;
        let n = length(body, &mut at)?;
        let value = take(body, &mut at, n)?;
        found.push((
            key,
            base + rel.start..base + rel.end,
            base + value.start..base + value.end,
        ));
    }
    (found.len() as u64 == count).then_some(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_are_read_as_written_and_damage_drops_them_all() {
        let key1 = key("a.toml", b"x = 1");
        let key2 = key("b.toml", b"x = 1");
        assert_ne!(key1, key2, "the path is part of the key");
        let list = [
            (key1, "a.toml", &b"{\"x\":1}"[..]),
            (key2, "b.toml", &b""[..]),
        ];
        let bytes = write_entries(list.iter());
        let read = read_entries(&bytes).expect("read back");
        assert_eq!(read.len(), 2);
        assert_eq!(read[0].0, key1);
        assert_eq!(&bytes[read[0].1.clone()], b"a.toml");
        assert_eq!(&bytes[read[0].2.clone()], b"{\"x\":1}");
        for cut in 1..bytes.len() - MAGIC.len() {
            assert!(
                read_entries(&bytes[..bytes.len() - cut]).is_none(),
                "a file cut short by {cut} bytes is not trusted"
            );
        }
        let mut other = bytes.clone();
        other[MAGIC.len()] ^= 1;
        assert!(
            read_entries(&other).is_none(),
            "another binary's cache is not read"
        );
    }
}
