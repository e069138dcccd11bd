//! The parse cache: records as they were parsed, kept under `.koop/cache/` (which git ignores,
//! `.koop/.gitignore`), so that a command reading the whole repository parses only the files
//! that changed since the last one.
//!
//! It maps a file to what was made of it by content: an entry's key is the SHA-256 of the
//! file's path and bytes (for an encrypted file, its encrypted bytes), so a file read is
//! never taken for another, and a file changed back finds its entry again. Only files that
//! parsed with no finding are kept; a file with a finding is parsed every time, so its
//! finding is told as always.
//!
//! Like git's index, it also records each plain file's stat (`stat_key`: size, the times its
//! bytes and its inode changed, inode, device) beside the first eight bytes of the key of its
//! record, in a stat table per part (`shared.stat`, `cases.stat`; `Cache::trusted` reads the
//! rest of the key from the entry): a file whose stat is the one recorded is not read
//! at all. As in git, a file changed in the same tick of the clock as it was read could keep
//! its stat: files changed in the two seconds before a load began are read, and their stat
//! recorded by a later load. The time an inode changed cannot be set back, so a file whose
//! bytes are changed with its size and time of change kept is read again.
//!
//! Three files, and the stat tables of the first two:
//! - `.koop/cache/shared`: the records shared by all cases (institutions, people, teams,
//!   services, meetings, the course, the register), which every load reads;
//! - `.koop/cache/cases`: the records of the cases' files that are not encrypted (what git
//!   holds in plain text anyway), which a load of every case reads;
//! - `.koop/cache/personal.age`: the records of the encrypted files (members, diagnosis),
//!   encrypted with age to the user's own key (`KOOP_IDENTITY`), so that reading them needs
//!   one decryption instead of one per file, and a family's data is never on disk in plain
//!   text. A user without a key has no such file. It has no armor, so that it can be
//!   decrypted from any place, a window at a time as the cases' part is read.
//!
//! Each file starts with a stamp of the koop binary that wrote it (version, size and time
//! of the executable): any other binary ignores it and writes its own. A damaged or
//! unreadable cache is ignored. `KOOP_CACHE=off` neither reads nor writes it.
//!
//! A command about one case, a meeting or a team reads the shared part only: the one case's
//! few files are parsed. A load of every case but not of every month (`report monitoring`)
//! takes the cases' records from the cache too. A part is written again only by a load that
//! read every file it holds.
//!
//! The cases' part is not read whole into memory (a region's is tens of megabytes): the load
//! keeps its index and reads, for each run of files, the stretch of the open file holding
//! their entries (`Window`), which are in the same order as the files.

use std::cell::Cell;
use std::path::Path;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use sha2::{Digest, Sha256};

use super::crypt;

/// An entry's key: SHA-256 of the path, a zero byte and the file's bytes.
pub type Key = [u8; 32];
/// A file's stat, hashed with its path (`stat_key`).
pub type StatKey = [u8; 16];

/// The cache folder under the repository root.
pub const DIR: &str = ".koop/cache";
/// The parts of the cache, each its own file: the records shared by all cases (read by every
/// load), the cases' plain files (read by a load of everything), and the cases' encrypted
/// files (the same, encrypted to the user's own key).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
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

    /// The stat table of the part, beside it (`stat_table`); none for the encrypted files,
    /// which are always read (K037 checks the recipients their header names).
    fn stat_file(self) -> Option<&'static str> {
        match self {
            Part::Shared => Some("shared.stat"),
            Part::Cases => Some("cases.stat"),
            Part::Personal => None,
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}
const MAGIC: &[u8] = b"koop parse cache 2\n";

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

/// A record as `encode` kept it; `None` when it does not read as a `T`.
pub fn decode<T: serde::de::DeserializeOwned>(bytes: &[u8]) -> Option<T> {
    encoded(|| serde_json::from_slice(bytes).ok())
}

/// One cached record: the file's path (relative to the root) and the record, encoded.
#[derive(Debug, Clone)]
pub struct Entry {
    pub rel: String,
    pub value: Vec<u8>,
}

/// Where a cached entry is: which of the files read, and its record's bytes in it; and
/// whether this load took it. Small: a region's cache has a hundred thousand.
#[derive(Debug)]
struct At {
    start: usize,
    len: u32,
    file: u8,
    taken: AtomicBool,
}

impl At {
    fn value(&self) -> std::ops::Range<usize> {
        self.start..self.start + self.len as usize
    }
}

/// A file of the cache as a load holds it: in memory (the shared records), or open, read a
/// window at a time as the load comes to its entries (the cases' part: a region's is tens of
/// megabytes, which would otherwise be held beside the records made of them), or open and
/// decrypted a window at a time (the personal part), each with the size of what it holds.
enum Held {
    Bytes(Vec<u8>),
    #[cfg_attr(not(unix), allow(dead_code))]
    File(std::fs::File, u64),
    Sealed(std::sync::Mutex<Decrypting>, u64),
}

/// The personal part's plain text, as it is read (`crypt::decrypting`).
type Decrypting = age::stream::StreamReader<std::io::BufReader<std::fs::File>>;

impl std::fmt::Debug for Held {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Held::Bytes(bytes) => write!(f, "Bytes({})", bytes.len()),
            Held::File(_, size) => write!(f, "File({size})"),
            Held::Sealed(_, size) => write!(f, "Sealed({size})"),
        }
    }
}

/// How much of an open cache file one read takes: a run of files of a load (`load::runs`)
/// has its entries next to each other, as both are in the order of the files' paths.
const WINDOW: usize = 256 * 1024;
/// The same, of the personal part: a run's entries there are a few kilobytes, and age
/// decrypts 64 KiB at a time.
const SEALED_WINDOW: usize = 64 * 1024;

/// The bytes of each open cache file last read by a run of a load (`Cache::get`): one stretch
/// per file, as a run comes to the entries of each part in turn.
#[derive(Debug, Default, Clone)]
pub struct Window {
    stretches: Vec<Stretch>,
}

#[derive(Debug, Clone)]
struct Stretch {
    file: usize,
    start: usize,
    bytes: Vec<u8>,
}

/// The cache as read at the start of a load: its files, and where each entry is in them.
#[derive(Debug, Default)]
pub struct Cache {
    /// The files read, with the part each holds.
    files: Vec<(Part, Held)>,
    /// Where each entry is, by the first eight bytes of its key, sorted: half the room of
    /// a map of whole keys. Keys that share them (one pair in billions) are told apart by
    /// the entry's checksum, which covers the whole key (`verified`).
    entries: Vec<(u64, At)>,
    /// Where the entries of each first few bits begin.
    entries_fan: Fanout,
    /// The parts this load looks its files up in, by `Part::index`.
    read: [bool; 3],
    /// The parts this load reads every file of: only those are written again.
    whole: [bool; 3],
    /// The stat tables of the shared and the cases' part (`stat_table`), as read.
    stats: [StatTable; 3],
    /// Which records of each stat table this load confirmed (`confirm`), a bit each.
    confirmed: [Vec<AtomicU64>; 3],
    /// Files changed since then are not trusted by their stat (`Cache::stat_key`).
    settled: (i64, i64),
}

/// How much of the cases a load reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reading {
    /// Some cases, or none: their records are parsed (a case's few files cost less to parse
    /// than the cases' part to read).
    Few,
    /// Every case, but not every file of each (one month of monitoring): their records are
    /// taken from the cache, which is not written again.
    Most,
    /// Every file of every case.
    All,
}

impl Cache {
    /// Reads the cache of the repository at `root`: the shared records always; the cases'
    /// plain files when the load reads every case (`cases`); their encrypted files when
    /// `personal` too (the load decrypts, and the user has a key). Whatever cannot be read is
    /// left out: the files are parsed instead.
    pub fn open(root: &Path, cases: Reading, personal: bool) -> Cache {
        let dir = root.join(DIR);
        let own = cases != Reading::Few && personal && own_recipients().is_some();
        let every = cases == Reading::All;
        let mut cache = Cache {
            read: [true, cases != Reading::Few, own],
            whole: [true, every, every && own],
            settled: settled_before(),
            ..Cache::default()
        };
        for part in Part::ALL {
            if cache.read[part.index()]
                && let Some(name) = part.stat_file()
                && let Some(bytes) = read_file(&dir.join(name))
            {
                let table = stat_table(bytes);
                let words = (table.len() / STAT_RECORD).div_ceil(64);
                cache.confirmed[part.index()] = (0..words).map(|_| AtomicU64::new(0)).collect();
                cache.stats[part.index()] = StatTable::new(table);
            }
        }
        if let Some(bytes) = read_file(&dir.join(Part::Shared.file())) {
            cache.add(Held::Bytes(bytes), Part::Shared);
        }
        if cache.read[Part::Cases.index()]
            && let Some(held) = open_held(&dir.join(Part::Cases.file()))
        {
            cache.add(held, Part::Cases);
        }
        if cache.read[Part::Personal.index()]
            && let Some(held) = open_sealed(&dir.join(Part::Personal.file()))
        {
            cache.add(held, Part::Personal);
        }
        cache
    }

    fn add(&mut self, held: Held, part: Part) {
        let found = match &held {
            Held::Bytes(bytes) => index(
                Entries::new(std::io::Cursor::new(&bytes[..]), len(bytes)),
                part,
            ),
            Held::File(open, size) => index(Entries::new(open, *size), part),
            Held::Sealed(reader, size) => match reader.lock() {
                Ok(mut reader) => index(Entries::new(&mut *reader, *size), part),
                Err(_) => None,
            },
        };
        let Some(found) = found else {
            return;
        };
        let file = self.files.len() as u8;
        self.entries.reserve_exact(found.len());
        for (key, value) in found {
            let at = At {
                start: value.start,
                len: value.len() as u32,
                file,
                taken: AtomicBool::new(false),
            };
            self.entries.push((prefix(&key), at));
        }
        self.entries.sort_unstable_by_key(|(prefix, _)| *prefix);
        self.entries_fan = Fanout::new(self.entries.len(), |i| self.entries[i].0);
        self.files.push((part, held));
    }

    /// The entries that may be of this key (one, but for a shared prefix).
    fn entries_of(&self, key: &Key) -> impl Iterator<Item = &At> {
        self.entries_by_prefix(prefix(key))
    }

    /// The entries whose key starts with these eight bytes.
    fn entries_by_prefix(&self, prefix: u64) -> impl Iterator<Item = &At> {
        let bucket = self
            .entries
            .get(self.entries_fan.range(prefix))
            .unwrap_or_default();
        let start = bucket.partition_point(|(p, _)| *p < prefix);
        bucket[start..]
            .iter()
            .take_while(move |(p, _)| *p == prefix)
            .map(|(_, at)| at)
    }

    /// The key of a file's stat, as `trusted` looks it up and `save` records it: of a
    /// regular file not changed in the last seconds before this load began (a file changed
    /// again within the same tick of the clock would have the same stat: such a file is
    /// read until it has settled, as git does with its "racily clean" entries).
    pub fn stat_key(&self, rel: &str, meta: &std::fs::Metadata) -> Option<StatKey> {
        stat_key(rel, meta, self.settled)
    }

    /// The key of the record cached for a file whose stat (`stat_key`) is the one recorded
    /// when it was last read: the file is then not read again.
    ///
    /// The table names the record by the first eight bytes of its key (half a table of whole
    /// keys); the whole key is read from the entry (through `window`, as `get` reads its
    /// record next), which must be the only one with those bytes and be of this very path.
    pub fn trusted(&self, rel: &str, stat: &StatKey, window: &mut Option<Window>) -> Option<Key> {
        let (table, at) = self.stat_record(rel, stat)?;
        let named = table.bytes[at * STAT_RECORD + 16..(at + 1) * STAT_RECORD]
            .try_into()
            .ok()?;
        let named = u64::from_le_bytes(named);
        let mut found = self.entries_by_prefix(named);
        let (one, None) = (found.next()?, found.next()) else {
            return None;
        };
        // The entry's path (its length, then its bytes) and its key, before its checksum.
        let head = 4 + rel.len() + 32 + 4;
        let bytes = self.bytes_before(one, head, window)?;
        let (len, rest) = bytes.split_first_chunk::<4>()?;
        let (path, rest) = rest.split_at_checked(rel.len())?;
        let key: Key = rest.get(..32)?.try_into().ok()?;
        (u32::from_le_bytes(*len) as usize == rel.len()
            && path == rel.as_bytes()
            && prefix(&key) == named)
            .then_some(key)
    }

    /// Notes that the record `trusted` named for a file was taken: its stat is recorded
    /// again when the table is written (those not confirmed are left out).
    pub fn confirm(&self, rel: &str, stat: &StatKey) {
        if let Some((_, at)) = self.stat_record(rel, stat)
            && let Some(word) = self.confirmed[Part::of(rel).index()].get(at / 64)
        {
            word.fetch_or(1 << (at % 64), Ordering::Relaxed);
        }
    }

    /// The stat table of a file's part, and where in it the record of this stat is.
    fn stat_record(&self, rel: &str, stat: &StatKey) -> Option<(&StatTable, usize)> {
        let table = self.stats.get(Part::of(rel).index())?;
        let (records, _) = table.bytes.as_chunks::<STAT_RECORD>();
        let stat = u128::from_be_bytes(*stat);
        let range = table.fan.range((stat >> 64) as u64);
        let start = range.start;
        let at = records
            .get(range)?
            .binary_search_by(|record| stat_of(record).cmp(&stat))
            .ok()?;
        Some((table, start + at))
    }

    /// Whether a stat table's record was confirmed.
    fn is_confirmed(&self, part: Part, at: usize) -> bool {
        self.confirmed[part.index()]
            .get(at / 64)
            .is_some_and(|w| w.load(Ordering::Relaxed) & (1 << (at % 64)) != 0)
    }

    /// Whether this load reads the part a file's record belongs to: only then is the file
    /// looked up, and its record kept for the cache when parsed.
    pub fn keeps(&self, rel: &str) -> bool {
        self.read[Part::of(rel).index()]
    }

    /// Whether a record parsed from this file is kept to write the cache again with: only
    /// where the load reads every file of its part.
    pub fn writes(&self, rel: &str) -> bool {
        self.whole[Part::of(rel).index()]
    }

    /// The record cached for a file of this key, when it reads as a `T`. An entry of an open
    /// file is read through `window`, the caller's (one per run of files, which come to
    /// their entries in order).
    pub fn get<T: serde::de::DeserializeOwned>(
        &self,
        key: &Key,
        window: &mut Option<Window>,
    ) -> Option<T> {
        for at in self.entries_of(key) {
            let Some(bytes) = self.bytes(at, window) else {
                continue;
            };
            let Some(value) = verified(key, bytes) else {
                continue;
            };
            let record = decode(value)?;
            at.taken.store(true, Ordering::Relaxed);
            return Some(record);
        }
        None
    }

    /// An entry's bytes: of the file held, or read through `window`.
    fn bytes<'a>(&'a self, at: &At, window: &'a mut Option<Window>) -> Option<&'a [u8]> {
        self.range(at, at.value(), window)
    }

    /// The `n` bytes of an entry's file before its checksum and record (`bytes_before`),
    /// read through `window` with the record after them.
    fn bytes_before<'a>(
        &'a self,
        at: &At,
        n: usize,
        window: &'a mut Option<Window>,
    ) -> Option<&'a [u8]> {
        let value = at.value();
        let start = value.start.checked_sub(n)?;
        let bytes = self.range(at, start..value.end, window)?;
        bytes.get(..n)
    }

    /// Bytes of the file an entry is in: of the file held, or read through `window`.
    fn range<'a>(
        &'a self,
        at: &At,
        span: std::ops::Range<usize>,
        window: &'a mut Option<Window>,
    ) -> Option<&'a [u8]> {
        let file = usize::from(at.file);
        let held = &self.files[file].1;
        let (size, most) = match held {
            Held::Bytes(bytes) => return bytes.get(span),
            Held::File(_, size) => (*size, WINDOW),
            Held::Sealed(_, size) => (*size, SEALED_WINDOW),
        };
        let window = window.get_or_insert_with(Window::default);
        let found = window.stretches.iter().position(|w| w.file == file);
        let covers = found.is_some_and(|i| {
            let w = &window.stretches[i];
            w.start <= span.start && span.end <= w.start + w.bytes.len()
        });
        let i = if covers {
            found?
        } else {
            let end = (span.start + most.max(span.len())).min(size as usize);
            let mut bytes = vec![0; end.checked_sub(span.start)?];
            match held {
                Held::File(open, _) => read_at(open, &mut bytes, span.start as u64).ok()?,
                Held::Sealed(reader, _) => {
                    use std::io::{Read, Seek};
                    let mut reader = reader.lock().ok()?;
                    reader
                        .seek(std::io::SeekFrom::Start(span.start as u64))
                        .ok()?;
                    reader.read_exact(&mut bytes).ok()?;
                }
                Held::Bytes(_) => return None,
            }
            let stretch = Stretch {
                file,
                start: span.start,
                bytes,
            };
            match found {
                Some(i) => {
                    window.stretches[i] = stretch;
                    i
                }
                None => {
                    window.stretches.push(stretch);
                    window.stretches.len() - 1
                }
            }
        };
        let w = &window.stretches[i];
        w.bytes.get(span.start - w.start..span.end - w.start)
    }

    /// How many records this load took from the cache.
    pub fn taken(&self) -> usize {
        self.entries
            .iter()
            .filter(|(_, at)| at.taken.load(Ordering::Relaxed))
            .count()
    }

    /// Writes again each part this load read every file of when the load found files the
    /// part did not hold (`fresh`, of parts it `writes` only) or did not take some it held:
    /// those are of files changed or gone. A part this load did not read whole is left as it
    /// is. Errors are ignored: the cache only saves time.
    ///
    /// Each part is written as a merge of the entries it held that were taken, read from it
    /// one after another, and the fresh ones: neither is gathered in memory.
    ///
    /// The stat table of each part this load read whole is written again when this load
    /// did not confirm all of it, or `seen` has files of the part it did not hold (each with
    /// its stat and its record's key, of the files whose record the cache now holds).
    pub fn save(self, root: &Path, mut fresh: Vec<(Key, Entry)>, mut seen: Vec<Seen>) {
        debug_assert!(fresh.iter().all(|(_, e)| self.writes(&e.rel)));
        seen.sort_unstable();
        seen.dedup_by(|a, b| a.1 == b.1);
        let tables = Part::ALL.map(|part| {
            let i = part.index();
            let count = self.stats[i].bytes.len() / STAT_RECORD;
            let all = (0..count).all(|at| self.is_confirmed(part, at));
            part.stat_file().is_some()
                && self.whole[i]
                && (!all || seen.iter().any(|(p, _, _)| *p == part))
        });
        // Entries taken and held, by part.
        let (mut hit, mut held) = ([0usize; 3], [0usize; 3]);
        for (_, at) in &self.entries {
            let part = self.files[usize::from(at.file)].0.index();
            held[part] += 1;
            hit[part] += usize::from(at.taken.load(Ordering::Relaxed));
        }
        let taken = |key: &Key| {
            self.entries_of(key)
                .any(|at| at.taken.load(Ordering::Relaxed))
        };
        let changed = Part::ALL.map(|part| {
            let i = part.index();
            self.whole[i]
                && (hit[i] < held[i] || fresh.iter().any(|(_, e)| Part::of(&e.rel) == part))
        });
        if !changed.contains(&true) && !tables.contains(&true) {
            return;
        }
        // A record parsed again replaces the one held for the same key (it was not taken).
        fresh.retain(|(key, _)| !taken(key));
        fresh.sort_by(|a, b| order(&a.1.rel, &a.0, &b.1.rel, &b.0));
        if super::oplog::ensure_state_dir(root).is_err() {
            return;
        }
        let dir = root.join(DIR);
        if std::fs::create_dir_all(&dir).is_err() {
            return;
        }
        tidy(&dir);
        // What each part held, to read its taken entries from.
        let old = |part: Part| {
            self.files
                .iter()
                .find(|(of, _)| *of == part)
                .map(|(_, held)| held)
        };
        let new = |part: Part| fresh.iter().filter(move |(_, e)| Part::of(&e.rel) == part);
        for part in [Part::Shared, Part::Cases] {
            if changed[part.index()] {
                replace(&dir, part.file(), |out| {
                    write_entries(out, old(part), &taken, new(part))
                });
            }
        }
        // After the parts: a table names the records they hold.
        for part in Part::ALL {
            if tables[part.index()]
                && let Some(name) = part.stat_file()
            {
                let new = seen.iter().filter(|(p, _, _)| *p == part);
                replace(&dir, name, |out| self.write_stats(out, part, new));
            }
        }
        if changed[Part::Personal.index()]
            && let Some(recipients) = own_recipients()
        {
            let file = Part::Personal.file();
            let mut plain = Vec::new();
            let written =
                write_entries(&mut plain, old(Part::Personal), &taken, new(Part::Personal));
            match written
                .ok()
                .map(|()| crypt::encrypt_binary(&plain, &recipients))
            {
                Some(Ok(cipher)) => replace(&dir, file, |out| out.write_all(&cipher)),
                _ => {
                    let _ = std::fs::remove_file(dir.join(file));
                }
            }
        }
    }
}

impl Cache {
    /// Writes a part's stat table: the records of the one read that this load confirmed,
    /// merged in order with the new ones (`seen`, sorted).
    fn write_stats<'a>(
        &self,
        out: &mut dyn std::io::Write,
        part: Part,
        seen: impl Iterator<Item = &'a Seen>,
    ) -> std::io::Result<()> {
        use std::hash::Hasher;
        out.write_all(STAT_MAGIC)?;
        out.write_all(stamp())?;
        let mut check = std::hash::DefaultHasher::new();
        let mut put = |record: &[u8]| {
            check.write(record);
            out.write_all(record)
        };
        let table = &self.stats[part.index()].bytes;
        let old = table
            .chunks_exact(STAT_RECORD)
            .enumerate()
            .filter(|(at, _)| self.is_confirmed(part, *at))
            .map(|(_, record)| record);
        let mut old = old.peekable();
        let mut record = [0; STAT_RECORD];
        for (_, stat, key) in seen {
            while let Some(held) = old.next_if(|held| held[..16] < stat[..]) {
                put(held)?;
            }
            // (A stat held and seen again is the one seen.)
            old.next_if(|held| held[..16] == stat[..]);
            record[..16].copy_from_slice(stat);
            record[16..].copy_from_slice(&key[..8]);
            put(&record)?;
        }
        for held in old {
            put(held)?;
        }
        out.write_all(&check.finish().to_le_bytes())
    }
}

/// Each entry's key and where its record is, of those whose path is of `part` (an entry in
/// the wrong file, written by hand?, is not taken). `None` when the file is cut short or
/// damaged anywhere: none of it is trusted.
fn index<R: std::io::Read + std::io::Seek>(
    mut entries: Entries<R>,
    part: Part,
) -> Option<Vec<(Key, std::ops::Range<usize>)>> {
    let mut found = Vec::new();
    let mut rel = Vec::new();
    while let Ok(Some((key, value))) = entries.next(&mut rel, None) {
        if Part::of_bytes(&rel) == part {
            found.push((key, value));
        }
    }
    entries.whole().then_some(found)
}

/// The first eight bytes of a key, as the index sorts by them.
fn prefix(key: &Key) -> u64 {
    let mut first = [0; 8];
    first.copy_from_slice(&key[..8]);
    u64::from_le_bytes(first)
}

/// A record's checksum, with its key: a record changed on disk (a damaged sector, an edit by
/// hand) that still reads as JSON is not taken for the one written. (The hash of the
/// standard library is the same within one build, and a cache is read only by the build
/// that wrote it.)
fn checksum(key: &Key, value: &[u8]) -> u64 {
    use std::hash::Hasher;
    let mut hash = std::hash::DefaultHasher::new();
    hash.write(key);
    hash.write(value);
    hash.finish()
}

/// The record of an entry's checksum and record, when the checksum is the record's.
fn verified<'a>(key: &Key, raw: &'a [u8]) -> Option<&'a [u8]> {
    let (check, value) = raw.split_first_chunk::<8>()?;
    (u64::from_le_bytes(*check) == checksum(key, value)).then_some(value)
}

/// The order of a cache's entries: that of the files a load reads (by path, as the walk
/// sorts them), then by key.
fn order(rel_a: &str, key_a: &Key, rel_b: &str, key_b: &Key) -> std::cmp::Ordering {
    rel_a
        .split('/')
        .cmp(rel_b.split('/'))
        .then_with(|| key_a.cmp(key_b))
}

fn len(bytes: &[u8]) -> u64 {
    bytes.len() as u64
}

/// A stat table's record: the key of a file's stat (`stat_key`), then the first eight bytes
/// of its record's key (`Cache::trusted` reads the rest from the entry).
const STAT_RECORD: usize = 24;
const STAT_MAGIC: &[u8] = b"koop stat cache 2\n";

/// The records of a stat table's file: its stamp, its records sorted by stat key (each
/// once), and their checksum at the end. Empty when any of it is not as written.
fn stat_table(bytes: Vec<u8>) -> Vec<u8> {
    let head = STAT_MAGIC.len() + stamp().len();
    let good = bytes.len() >= head + 8
        && (bytes.len() - head - 8).is_multiple_of(STAT_RECORD)
        && bytes.starts_with(STAT_MAGIC)
        && bytes[STAT_MAGIC.len()..head] == *stamp();
    if !good {
        return Vec::new();
    }
    let (records, check) = bytes[head..].split_at(bytes.len() - head - 8);
    let sorted = records
        .chunks_exact(STAT_RECORD)
        .zip(records.chunks_exact(STAT_RECORD).skip(1))
        .all(|(a, b)| a[..16] < b[..16]);
    if !sorted || check != table_checksum(records).to_le_bytes() {
        return Vec::new();
    }
    // The records where they were read, not a copy (a region's table is megabytes).
    let mut bytes = bytes;
    bytes.truncate(bytes.len() - 8);
    bytes.drain(..head);
    bytes
}

/// A stat table's records (`stat_table`), with where those of each first few bits begin.
#[derive(Debug, Default)]
struct StatTable {
    bytes: Vec<u8>,
    fan: Fanout,
}

impl StatTable {
    fn new(bytes: Vec<u8>) -> StatTable {
        let (records, _) = bytes.as_chunks::<STAT_RECORD>();
        let fan = Fanout::new(records.len(), |i| (stat_of(&records[i]) >> 64) as u64);
        StatTable { bytes, fan }
    }
}

/// The stat key of a stat table's record, as a number ordered as the bytes are.
fn stat_of(record: &[u8; STAT_RECORD]) -> u128 {
    let mut stat = [0; 16];
    stat.copy_from_slice(&record[..16]);
    u128::from_be_bytes(stat)
}

/// Where each bucket of a sorted list of keys begins, by the first bits of the keys (the
/// fan-out table of git's pack index). The keys are hashes, spread evenly: a lookup searches
/// a bucket of about sixteen, next to each other in memory, where halving the whole list
/// (a region's lists are megabytes) missed the processor's cache at nearly every step.
#[derive(Debug, Default)]
struct Fanout {
    bits: u32,
    starts: Vec<usize>,
}

impl Fanout {
    /// Of a sorted list of `len` keys, the first 64 bits of whose `i`th key `top(i)` gives.
    fn new(len: usize, top: impl Fn(usize) -> u64) -> Fanout {
        let bits = (usize::BITS - (len / 16).leading_zeros()).min(20);
        let buckets = 1usize << bits;
        let mut starts = Vec::with_capacity(buckets + 1);
        for i in 0..len {
            let bucket = Fanout::bucket(top(i), bits);
            while starts.len() <= bucket {
                starts.push(i);
            }
        }
        starts.resize(buckets + 1, len);
        Fanout { bits, starts }
    }

    /// The positions of the keys whose first 64 bits may be `top` (none in a list not made
    /// with `new`).
    fn range(&self, top: u64) -> std::ops::Range<usize> {
        let bucket = Fanout::bucket(top, self.bits);
        match (self.starts.get(bucket), self.starts.get(bucket + 1)) {
            (Some(&start), Some(&end)) => start..end,
            _ => 0..0,
        }
    }

    fn bucket(top: u64, bits: u32) -> usize {
        top.checked_shr(64 - bits).unwrap_or(0) as usize
    }
}

fn table_checksum(records: &[u8]) -> u64 {
    use std::hash::Hasher;
    let mut hash = std::hash::DefaultHasher::new();
    hash.write(records);
    hash.finish()
}

/// A file whose record the cache holds, as a load saw it: its part, the key of its stat and
/// its record's key (`Cache::save`).
pub type Seen = (Part, StatKey, Key);

/// The key of a file's stat: its path, size, times of change (of its bytes and of its
/// inode: the latter cannot be set back), inode and device. `None` for what is not a
/// regular file, or was changed at or after `settled` (seconds and nanoseconds since the
/// epoch); and where the system does not tell these (files are then always read).
#[cfg(unix)]
fn stat_key(rel: &str, meta: &std::fs::Metadata, settled: (i64, i64)) -> Option<StatKey> {
    use std::os::unix::fs::MetadataExt;
    let mtime = (meta.mtime(), meta.mtime_nsec());
    let ctime = (meta.ctime(), meta.ctime_nsec());
    if !meta.is_file() || mtime >= settled || ctime >= settled {
        return None;
    }
    let mut hash = Sha256::new();
    hash.update(rel.as_bytes());
    hash.update([0]);
    for n in [
        meta.size(),
        mtime.0 as u64,
        mtime.1 as u64,
        ctime.0 as u64,
        ctime.1 as u64,
        meta.ino(),
        meta.dev(),
        u64::from(meta.mode()),
    ] {
        hash.update(n.to_le_bytes());
    }
    let full: [u8; 32] = hash.finalize().into();
    full[..16].try_into().ok()
}

#[cfg(not(unix))]
fn stat_key(_: &str, _: &std::fs::Metadata, _: (i64, i64)) -> Option<StatKey> {
    None
}

#[cfg(test)]
thread_local! {
    /// For tests on this thread: when files count as settled (`settled_before`).
    pub static SETTLED: Cell<Option<(i64, i64)>> = const { Cell::new(None) };
}

/// Two seconds before now: a file changed since is read, not trusted by its stat.
fn settled_before() -> (i64, i64) {
    #[cfg(test)]
    if let Some(at) = SETTLED.with(Cell::get) {
        return at;
    }
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    let at = now.saturating_sub(std::time::Duration::from_secs(2));
    (
        i64::try_from(at.as_secs()).unwrap_or(i64::MAX),
        i64::from(at.subsec_nanos()),
    )
}

/// Opens the cases' part to be read a window at a time (where the system reads at an offset
/// of an open file: the file stays the one opened even if another koop replaces it), or
/// reads it whole.
fn open_held(path: &Path) -> Option<Held> {
    #[cfg(unix)]
    {
        if !regular(path) {
            return None;
        }
        let file = std::fs::File::open(path).ok()?;
        let meta = file.metadata().ok()?;
        meta.is_file().then(|| Held::File(file, meta.len()))
    }
    #[cfg(not(unix))]
    {
        read_file(path).map(Held::Bytes)
    }
}

/// The personal part, opened to be decrypted as it is read; `None` when it is not there or
/// is not for the user's key.
fn open_sealed(path: &Path) -> Option<Held> {
    use std::io::Seek;
    if !regular(path) {
        return None;
    }
    let file = std::fs::File::open(path).ok()?;
    let mut reader = crypt::decrypting(std::io::BufReader::new(file)).ok()?;
    let size = reader.seek(std::io::SeekFrom::End(0)).ok()?;
    Some(Held::Sealed(std::sync::Mutex::new(reader), size))
}

/// Whether `path` is a regular file (after links): a pipe or a device put in a cache file's
/// place would block the read or never end.
fn regular(path: &Path) -> bool {
    std::fs::metadata(path).is_ok_and(|m| m.is_file())
}

/// A cache file's bytes, when it is a regular file that reads.
fn read_file(path: &Path) -> Option<Vec<u8>> {
    if !regular(path) {
        return None;
    }
    std::fs::read(path).ok()
}

/// Removes what does not belong in the cache folder: files of another koop's making (an
/// older layout) and the temporary files of a koop stopped while writing one (left for ten
/// minutes, as another koop may be writing it now).
fn tidy(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let stale = |entry: &std::fs::DirEntry| {
        entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age > std::time::Duration::from_secs(600))
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let ours = Part::ALL
            .iter()
            .any(|p| name == p.file() || p.stat_file().is_some_and(|s| name == s));
        let is_file = entry.file_type().is_ok_and(|t| t.is_file());
        if !ours && is_file && (!name.to_string_lossy().starts_with(".tmp") || stale(&entry)) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

#[cfg(unix)]
fn read_at(file: &std::fs::File, bytes: &mut [u8], at: u64) -> std::io::Result<()> {
    std::os::unix::fs::FileExt::read_exact_at(file, bytes, at)
}

#[cfg(not(unix))]
fn read_at(_: &std::fs::File, _: &mut [u8], _: u64) -> std::io::Result<()> {
    Err(std::io::ErrorKind::Unsupported.into())
}

/// Replaces a cache file: written beside it and renamed over it, so that a reader sees the
/// old file or the new one. Not synced to the disk: a cache lost in a crash is parsed anew,
/// and one cut short is not read (`Entries::whole`).
fn replace(
    dir: &Path,
    name: &str,
    write: impl FnOnce(&mut dyn std::io::Write) -> std::io::Result<()>,
) {
    use std::io::Write;
    let Ok(tmp) = tempfile::NamedTempFile::new_in(dir) else {
        return;
    };
    let mut out = std::io::BufWriter::with_capacity(1 << 16, tmp);
    if write(&mut out).is_ok()
        && out.flush().is_ok()
        && let Ok(tmp) = out.into_inner()
    {
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
/// (4 bytes, little-endian) and bytes, the key (32 bytes), the record's length, its checksum
/// (`checksum`, 8 bytes) and bytes, and at the end the number of entries (8 bytes), so that
/// a file cut short is known.
///
/// Writes the entries of `old` that were `taken` (and still match their checksum), merged in
/// order (`order`) with `fresh` (in order).
fn write_entries<'a>(
    out: &mut dyn std::io::Write,
    old: Option<&Held>,
    taken: &dyn Fn(&Key) -> bool,
    fresh: impl Iterator<Item = &'a (Key, Entry)>,
) -> std::io::Result<()> {
    match old {
        Some(Held::Bytes(bytes)) => {
            let old = Entries::new(std::io::Cursor::new(&bytes[..]), len(bytes));
            merge(out, Some(old), taken, fresh)
        }
        Some(Held::File(open, size)) => merge(out, Some(Entries::new(open, *size)), taken, fresh),
        Some(Held::Sealed(reader, size)) => {
            let mut reader = reader
                .lock()
                .map_err(|_| std::io::Error::other("the personal part could not be read"))?;
            merge(out, Some(Entries::new(&mut *reader, *size)), taken, fresh)
        }
        None => merge::<std::io::Cursor<&[u8]>>(out, None, taken, fresh),
    }
}

fn merge<'a, R: std::io::Read + std::io::Seek>(
    out: &mut dyn std::io::Write,
    old: Option<Entries<R>>,
    taken: &dyn Fn(&Key) -> bool,
    fresh: impl Iterator<Item = &'a (Key, Entry)>,
) -> std::io::Result<()> {
    out.write_all(MAGIC)?;
    out.write_all(stamp())?;
    let mut count: u64 = 0;
    let mut put = |key: &Key, rel: &[u8], value: &[u8]| {
        count += 1;
        out.write_all(&(rel.len() as u32).to_le_bytes())?;
        out.write_all(rel)?;
        out.write_all(&key[..])?;
        out.write_all(&(value.len() as u32).to_le_bytes())?;
        out.write_all(&checksum(key, value).to_le_bytes())?;
        out.write_all(value)
    };
    let mut fresh = fresh.peekable();
    if let Some(mut old) = old {
        let (mut rel, mut value) = (Vec::new(), Vec::new());
        let mut last = None;
        while let Ok(Some((key, _))) = old.next(&mut rel, Some(&mut value)) {
            // Each key once, though a file written by hand might hold it twice.
            if !taken(&key) || last.replace(key) == Some(key) {
                continue;
            }
            // (A taken record passed its checksum when it was read.)
            let Some(value) = verified(&key, &value) else {
                continue;
            };
            let rel_text = std::str::from_utf8(&rel).unwrap_or_default();
            while let Some((k, e)) =
                fresh.next_if(|(k, e)| order(&e.rel, k, rel_text, &key).is_lt())
            {
                put(k, e.rel.as_bytes(), &e.value)?;
            }
            put(&key, &rel, value)?;
        }
    }
    for (k, e) in fresh {
        put(k, e.rel.as_bytes(), &e.value)?;
    }
    out.write_all(&count.to_le_bytes())
}

/// Reads what `write_entries` wrote, one entry after another. Whatever does not read as
/// written (another binary's stamp, a file cut short, a length past the end, a path that is
/// not UTF-8, a wrong count) ends it, and then `whole` is false: none of it is trusted.
struct Entries<R: std::io::Read + std::io::Seek> {
    source: std::io::BufReader<R>,
    at: u64,
    /// Where the entries end and the count begins; `None` when the head did not read.
    end: Option<u64>,
    count: u64,
    whole: bool,
}

impl<R: std::io::Read + std::io::Seek> Entries<R> {
    fn new(mut source: R, size: u64) -> Self {
        use std::io::Read;
        // An open file may have been read before (`save` reads the file `open` read).
        let rewound = source.rewind().is_ok();
        let mut source = std::io::BufReader::with_capacity(1 << 16, source);
        let mut head = vec![0; MAGIC.len() + stamp().len()];
        let good = rewound
            && source.read_exact(&mut head).is_ok()
            && head.starts_with(MAGIC)
            && head.ends_with(stamp());
        let at = head.len() as u64;
        Entries {
            source,
            at,
            end: size.checked_sub(8).filter(|end| good && *end >= at),
            count: 0,
            whole: false,
        }
    }

    /// Whether every entry was read and the count at the end says as many.
    fn whole(&self) -> bool {
        self.whole
    }

    /// Moves past the next `n` bytes, when they are there before the count at the end.
    fn take(&mut self, n: u64) -> Result<(), ()> {
        let end = self.end.ok_or(())?;
        self.at = self
            .at
            .checked_add(n)
            .filter(|next| *next <= end)
            .ok_or(())?;
        Ok(())
    }

    fn bytes(&mut self, n: u64, into: &mut Vec<u8>) -> Result<(), ()> {
        use std::io::Read;
        self.take(n)?;
        into.resize(n as usize, 0);
        self.source.read_exact(into).map_err(|_| ())
    }

    fn number<const N: usize>(&mut self) -> Result<[u8; N], ()> {
        use std::io::Read;
        self.take(N as u64)?;
        let mut bytes = [0; N];
        self.source.read_exact(&mut bytes).map_err(|_| ())?;
        Ok(bytes)
    }

    /// The next entry's key and where its record is (after its checksum: `verified` reads
    /// them), with its path in `rel` and, when `value` is given, its checksum and record
    /// there (else they are skipped). `Ok(None)` at the end.
    fn next(
        &mut self,
        rel: &mut Vec<u8>,
        value: Option<&mut Vec<u8>>,
    ) -> Result<Option<(Key, std::ops::Range<usize>)>, ()> {
        let end = self.end.ok_or(())?;
        if self.at == end {
            use std::io::Read;
            let mut count = [0; 8];
            self.source.read_exact(&mut count).map_err(|_| ())?;
            self.whole = u64::from_le_bytes(count) == self.count;
            self.end = None;
            return Ok(None);
        }
        let n = u32::from_le_bytes(self.number::<4>()?);
        self.bytes(u64::from(n), rel)?;
        std::str::from_utf8(rel).map_err(|_| ())?;
        let key: Key = self.number::<32>()?;
        // The record's checksum (8 bytes) and the record.
        let n = u64::from(u32::from_le_bytes(self.number::<4>()?)) + 8;
        let start = self.at;
        match value {
            Some(value) => self.bytes(n, value)?,
            None => {
                self.take(n)?;
                self.source.seek_relative(n as i64).map_err(|_| ())?;
            }
        }
        self.count += 1;
        Ok(Some((key, start as usize..self.at as usize)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reads a cache file's bytes back: each entry's key, path and record, or `None` when
    /// it is not trusted.
    fn read_back(bytes: &[u8]) -> Option<Vec<(Key, String, Vec<u8>)>> {
        let mut entries = Entries::new(std::io::Cursor::new(bytes), len(bytes));
        let mut out = Vec::new();
        let (mut rel, mut value) = (Vec::new(), Vec::new());
        while let Ok(Some((key, at))) = entries.next(&mut rel, Some(&mut value)) {
            assert_eq!(&bytes[at], &value[..], "the range is where the record is");
            let value = verified(&key, &value)?.to_vec();
            out.push((key, String::from_utf8(rel.clone()).ok()?, value));
        }
        entries.whole().then_some(out)
    }

    /// A cache that reads every part whole, holding nothing yet.
    fn reading_all() -> Cache {
        Cache {
            read: [true; 3],
            whole: [true; 3],
            ..Cache::default()
        }
    }

    /// A cache holding these entries, in memory, as the part given.
    fn held(list: &[&(Key, Entry)], part: Part) -> Cache {
        let mut bytes = Vec::new();
        write_entries(&mut bytes, None, &|_| false, list.iter().copied()).expect("written");
        let mut cache = reading_all();
        cache.add(Held::Bytes(bytes), part);
        cache
    }

    fn entry(rel: &str, value: &[u8]) -> (Key, Entry) {
        let entry = Entry {
            rel: rel.to_string(),
            value: value.to_vec(),
        };
        (key(rel, value), entry)
    }

    #[test]
    fn entries_are_read_as_written_and_damage_drops_them_all() {
        let key1 = key("a.toml", b"x = 1");
        let key2 = key("b.toml", b"x = 1");
        assert_ne!(key1, key2, "the path is part of the key");
        let list = [entry("a.toml", b"{\"x\":1}"), entry("b.toml", b"")];
        let mut bytes = Vec::new();
        write_entries(&mut bytes, None, &|_| false, list.iter()).expect("written");
        let read = read_back(&bytes).expect("read back");
        assert_eq!(read.len(), 2);
        assert_eq!(read[0], (list[0].0, "a.toml".into(), b"{\"x\":1}".to_vec()));
        assert_eq!(read[1], (list[1].0, "b.toml".into(), Vec::new()));
        for cut in 1..bytes.len() {
            assert!(
                read_back(&bytes[..bytes.len() - cut]).is_none(),
                "a file cut short by {cut} bytes is not trusted"
            );
        }
        let mut other = bytes.clone();
        other[MAGIC.len()] ^= 1;
        assert!(
            read_back(&other).is_none(),
            "another binary's cache is not read"
        );
        let mut longer = bytes.clone();
        longer.insert(bytes.len() - 8, 0);
        assert!(
            read_back(&longer).is_none(),
            "a byte too many is not trusted"
        );
    }

    #[test]
    fn a_part_is_written_as_the_entries_taken_merged_in_order_with_the_fresh_ones() {
        let a = entry("cases/2026-001/plan.toml", b"1");
        let b = entry("cases/2026-001-x/plan.toml", b"2");
        let c = entry("cases/2026-002/case.toml", b"3");
        let gone = entry("cases/2026-002/plan.toml", b"4");
        let mut bytes = Vec::new();
        write_entries(&mut bytes, None, &|_| false, [&a, &c, &gone].into_iter()).expect("written");
        let taken: std::collections::HashSet<Key> = [a.0, c.0].into_iter().collect();
        for held in [Held::Bytes(bytes.clone()), {
            let mut file = tempfile::tempfile().expect("a file");
            std::io::Write::write_all(&mut file, &bytes).expect("written");
            Held::File(file, len(&bytes))
        }] {
            let mut out = Vec::new();
            write_entries(
                &mut out,
                Some(&held),
                &|k| taken.contains(k),
                [&b].into_iter(),
            )
            .expect("written");
            let read: Vec<String> = read_back(&out)
                .expect("read back")
                .into_iter()
                .map(|(_, rel, _)| rel)
                .collect();
            // In the order a load reads the files: `2026-001` before `2026-001-x`.
            assert_eq!(read, [a.1.rel.as_str(), &b.1.rel, &c.1.rel]);
        }
    }

    /// A part read from its open file a window at a time gives every record, in the order a
    /// load comes to them and in any other, across many windows.
    #[cfg(unix)]
    #[test]
    fn an_open_part_gives_every_record_across_windows() {
        let list: Vec<(Key, Entry)> = (0..3000)
            .map(|i| {
                let rel = format!("cases/2026-{:03}/plan.toml", i);
                entry(&rel, format!("\"{i} {}\"", "x".repeat(i % 700)).as_bytes())
            })
            .collect();
        let mut sorted: Vec<&(Key, Entry)> = list.iter().collect();
        sorted.sort_by(|a, b| order(&a.1.rel, &a.0, &b.1.rel, &b.0));
        let mut bytes = Vec::new();
        write_entries(&mut bytes, None, &|_| false, sorted.into_iter()).expect("written");
        assert!(bytes.len() > 3 * WINDOW, "the part spans several windows");
        let mut file = tempfile::tempfile().expect("a file");
        std::io::Write::write_all(&mut file, &bytes).expect("written");
        let mut cache = reading_all();
        cache.add(Held::File(file, len(&bytes)), Part::Cases);
        assert!(matches!(cache.files[..], [(Part::Cases, Held::File(..))]));
        let expected = |e: &Entry| String::from_utf8(e.value.clone()).expect("text");
        let mut window = None;
        for (key, e) in &list {
            let got: Option<String> = cache.get(key, &mut window);
            assert_eq!(got.as_deref(), Some(&expected(e)[1..expected(e).len() - 1]));
        }
        let mut window = None;
        for (key, e) in list.iter().rev().step_by(7) {
            let got: Option<String> = cache.get(key, &mut window);
            assert_eq!(got.as_deref(), Some(&expected(e)[1..expected(e).len() - 1]));
        }
        assert_eq!(cache.taken(), list.len());
        let unknown = key("cases/none/plan.toml", b"");
        assert_eq!(cache.get::<String>(&unknown, &mut None), None);
    }

    /// The personal part, decrypted a window at a time, gives every record across many
    /// windows, in order and not, while the same runs read an open plain part beside it (each
    /// file keeps its own stretch of the window).
    #[cfg(unix)]
    #[test]
    fn a_sealed_part_gives_every_record_beside_an_open_one() {
        let list = |dir: &str, name: &str| -> Vec<(Key, Entry)> {
            let mut list: Vec<(Key, Entry)> = (0..1500)
                .map(|i| {
                    let rel = format!("cases/2026-{i:04}/{dir}{name}");
                    entry(&rel, format!("\"{i} {}\"", "y".repeat(i % 300)).as_bytes())
                })
                .collect();
            list.sort_by(|a, b| order(&a.1.rel, &a.0, &b.1.rel, &b.0));
            list
        };
        let (personal, plain) = (list("", "members.toml.age"), list("", "plan.toml"));
        let written = |list: &[(Key, Entry)]| {
            let mut bytes = Vec::new();
            write_entries(&mut bytes, None, &|_| false, list.iter()).expect("written");
            bytes
        };
        let (sealed, open) = (written(&personal), written(&plain));
        assert!(
            sealed.len() > 4 * SEALED_WINDOW,
            "the part spans several windows"
        );
        let identity = age::x25519::Identity::generate();
        let recipient = identity.to_public();
        let encryptor =
            age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))
                .expect("an encryptor");
        let mut cipher = Vec::new();
        let mut writer = encryptor.wrap_output(&mut cipher).expect("a writer");
        std::io::Write::write_all(&mut writer, &sealed).expect("encrypted");
        writer.finish().expect("finished");
        let mut file = tempfile::tempfile().expect("a file");
        std::io::Write::write_all(&mut file, &cipher).expect("written");
        std::io::Seek::rewind(&mut file).expect("rewound");
        let mut reader = age::Decryptor::new(std::io::BufReader::new(file))
            .and_then(|d| d.decrypt(std::iter::once(&identity as &dyn age::Identity)))
            .expect("decrypts");
        let size = std::io::Seek::seek(&mut reader, std::io::SeekFrom::End(0)).expect("a size");
        assert_eq!(size, len(&sealed));
        let mut plain_file = tempfile::tempfile().expect("a file");
        std::io::Write::write_all(&mut plain_file, &open).expect("written");
        let mut cache = reading_all();
        cache.add(
            Held::Sealed(std::sync::Mutex::new(reader), size),
            Part::Personal,
        );
        cache.add(Held::File(plain_file, len(&open)), Part::Cases);
        assert_eq!(cache.entries.len(), 3000, "both parts are indexed");
        let expected = |e: &Entry| {
            let text = String::from_utf8(e.value.clone()).expect("text");
            text[1..text.len() - 1].to_string()
        };
        let mut window = None;
        for ((k1, e1), (k2, e2)) in personal.iter().zip(&plain) {
            assert_eq!(cache.get::<String>(k1, &mut window), Some(expected(e1)));
            assert_eq!(cache.get::<String>(k2, &mut window), Some(expected(e2)));
        }
        let stretches = window.as_ref().map_or(0, |w| w.stretches.len());
        assert_eq!(stretches, 2, "a stretch for each file");
        let mut window = None;
        for (key, e) in personal.iter().rev().step_by(11) {
            assert_eq!(cache.get::<String>(key, &mut window), Some(expected(e)));
        }
        assert_eq!(cache.taken(), 3000);
        let mut out = Vec::new();
        write_entries(&mut out, Some(&cache.files[0].1), &|_| true, [].into_iter())
            .expect("written again from the sealed part");
        assert_eq!(out, sealed, "every entry taken is written as it was");
    }

    /// A file's stat names its record by the first eight bytes of its key: the record is
    /// trusted when it is the only one that begins so and is of the same path, and its whole
    /// key is read from the entry.
    #[test]
    fn a_stat_names_the_record_of_its_own_path_only() {
        let a = entry("institutions/a/institution.toml", b"\"A\"");
        let mut b = entry("institutions/b/institution.toml", b"\"B\"");
        let c = entry("institutions/c/institution.toml", b"\"C\"");
        let mut bytes = Vec::new();
        write_entries(&mut bytes, None, &|_| false, [&a, &b, &c].into_iter()).expect("written");
        let (stat_a, stat_c): (StatKey, StatKey) = ([1; 16], [3; 16]);
        let mut table = Vec::new();
        for (stat, key) in [(stat_a, a.0), (stat_c, c.0)] {
            table.extend_from_slice(&stat);
            table.extend_from_slice(&key[..8]);
        }
        let mut cache = reading_all();
        cache.add(Held::Bytes(bytes), Part::Shared);
        cache.stats[Part::Shared.index()] = StatTable::new(table.clone());
        assert_eq!(cache.trusted(&a.1.rel, &stat_a, &mut None), Some(a.0));
        assert_eq!(cache.trusted(&c.1.rel, &stat_c, &mut None), Some(c.0));
        assert_eq!(
            cache.trusted(&a.1.rel, &[2; 16], &mut None),
            None,
            "a stat not held"
        );
        // A stat naming the record of another file (as if the table and the part disagreed).
        assert_eq!(cache.trusted(&b.1.rel, &stat_a, &mut None), None);
        // Another entry that begins as the named one: neither is trusted by its stat.
        b.0[..8].copy_from_slice(&a.0[..8]);
        let mut cache = held(&[&a, &b], Part::Shared);
        cache.stats[Part::Shared.index()] = StatTable::new(table);
        assert_eq!(cache.trusted(&a.1.rel, &stat_a, &mut None), None);
    }

    /// The fan-out's bucket of a key holds every position of that key, whatever the number
    /// of keys and wherever they fall (both ends of the range, keys repeated, none at all).
    #[test]
    fn a_fanout_bucket_holds_its_keys() {
        let mut next = 0x9e37_79b9_7f4a_7c15_u64;
        for len in [0usize, 1, 2, 15, 16, 17, 100, 1000, 40_000] {
            let mut keys: Vec<u64> = (0..len)
                .map(|_| {
                    next = next.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                    next
                })
                .collect();
            if len > 2 {
                keys[0] = 0;
                keys[1] = u64::MAX;
                keys[2] = keys[len - 1];
            }
            keys.sort_unstable();
            let fan = Fanout::new(keys.len(), |i| keys[i]);
            for (at, key) in keys.iter().enumerate() {
                assert!(
                    fan.range(*key).contains(&at),
                    "{len} keys: {key:#x} at {at}"
                );
            }
            let buckets = fan.starts.len() - 1;
            assert!(
                len < 32 || len / buckets <= 16,
                "{len} keys in {buckets} buckets"
            );
        }
        assert_eq!(
            Fanout::default().range(7),
            0..0,
            "a list not indexed finds nothing"
        );
    }

    /// Two keys that begin alike (the index holds only eight bytes of each) each give their
    /// own record, and a key that begins as a held one but is not held gives none.
    #[test]
    fn keys_that_begin_alike_are_told_apart() {
        let (a, mut b) = (entry("a.toml", b"\"A\""), entry("b.toml", b"\"B\""));
        // (The checksum is written for the key as it is in the list.)
        b.0[..8].copy_from_slice(&a.0[..8]);
        let cache = held(&[&a, &b], Part::Shared);
        assert_eq!(cache.entries.len(), 2);
        assert_eq!(cache.entries[0].0, cache.entries[1].0, "one prefix");
        assert_eq!(cache.get::<String>(&b.0, &mut None).as_deref(), Some("B"));
        assert_eq!(cache.get::<String>(&a.0, &mut None).as_deref(), Some("A"));
        let mut other = a.0;
        other[20] ^= 1;
        assert_eq!(cache.get::<String>(&other, &mut None), None);
        assert_eq!(cache.taken(), 2);
    }

    /// A record changed in the file (a byte of its text) is not taken, though it still reads
    /// as JSON, and is not written again.
    #[test]
    fn a_record_changed_in_the_file_is_not_taken() {
        let good = entry("cases/2026-001/plan.toml", b"\"Praca socjalna\"");
        let mut bytes = Vec::new();
        write_entries(&mut bytes, None, &|_| false, [&good].into_iter()).expect("written");
        let at = bytes
            .windows(5)
            .position(|w| w == b"Praca")
            .expect("the record is in the file");
        bytes[at] = b'X';
        let mut cache = reading_all();
        cache.add(Held::Bytes(bytes.clone()), Part::Cases);
        assert_eq!(cache.entries.len(), 1, "the entry is indexed");
        assert_eq!(cache.get::<String>(&good.0, &mut None), None);
        assert_eq!(cache.taken(), 0);
        let mut out = Vec::new();
        write_entries(&mut out, Some(&cache.files[0].1), &|_| true, [].into_iter())
            .expect("written");
        assert_eq!(read_back(&out).expect("read back"), []);
    }

    /// What is not a cache file of this koop's is removed, but a temporary file another koop
    /// may be writing now; a pipe in a cache file's place is not read (it would block).
    #[cfg(unix)]
    #[test]
    fn the_folder_keeps_only_the_cache_and_a_pipe_is_not_read() {
        let root = tempfile::tempdir().expect("a folder");
        let dir = root.path().join(DIR);
        std::fs::create_dir_all(&dir).expect("made");
        for name in ["shared", "records", ".tmpNEW", ".tmpOLD"] {
            std::fs::write(dir.join(name), b"x").expect("written");
        }
        let hour_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
        std::fs::File::options()
            .write(true)
            .open(dir.join(".tmpOLD"))
            .and_then(|f| f.set_modified(hour_ago))
            .expect("dated");
        tidy(&dir);
        let mut left: Vec<String> = std::fs::read_dir(&dir)
            .expect("read")
            .map(|e| {
                e.expect("an entry")
                    .file_name()
                    .to_string_lossy()
                    .into_owned()
            })
            .collect();
        left.sort();
        assert_eq!(left, [".tmpNEW", "shared"]);
        let made = std::process::Command::new("mkfifo")
            .arg(dir.join("cases"))
            .status()
            .expect("mkfifo runs");
        assert!(made.success());
        let cache = Cache::open(root.path(), Reading::All, false);
        assert!(cache.entries.is_empty() && cache.files.is_empty());
    }
}
