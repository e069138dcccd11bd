//! Text that many records repeat, held once.
//!
//! A region's plans and monitoring name the same tasks, reporters, institutions and often the
//! same phrases thousands of times. A `Shared` string is one reference-counted copy: records
//! read in the same run of files (`store::load`, inside [`sharing`]) that hold the same text
//! point at the same bytes. Outside such a run every value is its own copy, as a `String`
//! would be; what a record means never depends on which.

use arcstr::ArcStr;
use std::cell::RefCell;
use std::collections::HashSet;
use std::fmt;

/// A string of a record that is often repeated: one pointer (8 bytes; the length is held
/// with the text), and its text held once per run.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Shared(ArcStr);

thread_local! {
    /// The texts of the run of files this thread is reading, when one is.
    static POOL: RefCell<Option<HashSet<ArcStr>>> = const { RefCell::new(None) };
}

/// While it lives, strings this thread reads are shared with equal ones read before. Runs
/// nest (a thread can take up another run while it waits); each has its own texts.
#[must_use]
pub struct Sharing {
    outer: Option<HashSet<ArcStr>>,
}

/// Starts sharing the strings this thread reads, until the returned guard is dropped.
pub fn sharing() -> Sharing {
    Sharing {
        outer: POOL.with(|pool| pool.replace(Some(HashSet::new()))),
    }
}

impl Drop for Sharing {
    fn drop(&mut self) {
        POOL.with(|pool| *pool.borrow_mut() = self.outer.take());
    }
}

impl Shared {
    /// The text, shared with an equal one read in this thread's run if there is one.
    pub fn new(text: &str) -> Shared {
        POOL.with(|pool| match pool.borrow_mut().as_mut() {
            Some(pool) => match pool.get(text) {
                Some(held) => Shared(held.clone()),
                None => {
                    let held = ArcStr::from(text);
                    pool.insert(held.clone());
                    Shared(held)
                }
            },
            None => Shared(ArcStr::from(text)),
        })
    }

    /// The text on its own, never shared with another: for what is not repeated (a path).
    pub fn own(text: &str) -> Shared {
        Shared(ArcStr::from(text))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::ops::Deref for Shared {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for Shared {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Shared {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Debug for Shared {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.0, f)
    }
}

impl From<&str> for Shared {
    fn from(text: &str) -> Shared {
        Shared::new(text)
    }
}

impl From<String> for Shared {
    fn from(text: String) -> Shared {
        Shared::new(&text)
    }
}

impl From<&Shared> for String {
    fn from(text: &Shared) -> String {
        text.as_str().to_string()
    }
}

impl std::borrow::Borrow<str> for Shared {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl PartialEq<str> for Shared {
    fn eq(&self, other: &str) -> bool {
        &*self.0 == other
    }
}

impl PartialEq<&str> for Shared {
    fn eq(&self, other: &&str) -> bool {
        &*self.0 == *other
    }
}

impl PartialEq<String> for Shared {
    fn eq(&self, other: &String) -> bool {
        *self.0 == **other
    }
}

impl serde::Serialize for Shared {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de> serde::Deserialize<'de> for Shared {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Text;
        impl serde::de::Visitor<'_> for Text {
            type Value = Shared;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Shared, E> {
                Ok(Shared::new(text))
            }
        }
        deserializer.deserialize_str(Text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_texts_read_in_one_run_are_one_copy_and_runs_do_not_mix() {
        let apart = (Shared::new("Praca socjalna"), Shared::new("Praca socjalna"));
        assert_eq!(std::mem::size_of::<Shared>(), 8);
        assert_eq!(std::mem::size_of::<Option<Shared>>(), 8);
        assert_eq!(apart.0, apart.1);
        assert!(!ArcStr::ptr_eq(&apart.0.0, &apart.1.0));
        let outer = sharing();
        let a = Shared::new("Praca socjalna");
        let b: Shared = serde_json::from_str("\"Praca socjalna\"").expect("a string");
        assert!(ArcStr::ptr_eq(&a.0, &b.0));
        {
            let _inner = sharing();
            let c = Shared::new("Praca socjalna");
            assert!(!ArcStr::ptr_eq(&a.0, &c.0));
        }
        // Back in the outer run, its texts are still shared.
        let d = Shared::new("Praca socjalna");
        assert!(ArcStr::ptr_eq(&a.0, &d.0));
        drop(outer);
        let e = Shared::new("Praca socjalna");
        assert!(!ArcStr::ptr_eq(&a.0, &e.0));
        assert_eq!(e, "Praca socjalna");
        assert_eq!(
            serde_json::to_string(&e).expect("a string"),
            "\"Praca socjalna\""
        );
    }
}
