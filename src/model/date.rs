//! Calendar dates in records and on the command line. In TOML a date is a bare local date
//! (`signed = 2026-03-12`); a quoted `"2026-03-12"` is accepted too. Anything with a time or
//! an impossible day (`2026-02-30`) is refused with the reason.

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(pub NaiveDate);

impl Date {
    /// Builds a date from its parts, if it exists.
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Date> {
        NaiveDate::from_ymd_opt(year, month, day).map(Date)
    }

    /// The year.
    pub fn year(self) -> i32 {
        self.0.year()
    }

    /// The month, 1–12.
    pub fn month(self) -> u32 {
        self.0.month()
    }

    /// The day of the month.
    pub fn day(self) -> u32 {
        self.0.day()
    }

    /// The date koop takes for today: `KOOP_TODAY` when set (tests and reproducible reports
    /// pin it), else the repository's `[koop] as_of` (`set_as_of`: a repository that describes
    /// a fixed date, the bundled example or an archived cycle), else the clock's.
    pub fn today() -> Result<Date, String> {
        match std::env::var("KOOP_TODAY") {
            Ok(s) if !s.is_empty() => s.parse().map_err(|e| format!("KOOP_TODAY: {e}")),
            _ => Ok(HERE
                .with(std::cell::Cell::get)
                .or_else(|| AS_OF.get().copied())
                .unwrap_or_else(|| Date(chrono::Local::now().date_naive()))),
        }
    }

    /// Runs `work` on this thread with `as_of` (a repository's `[koop] as_of`, when it has
    /// one) as today, unless `KOOP_TODAY` says otherwise: for commands over many repositories
    /// (`koop region check`), where each is checked on its own date, as it is at home.
    pub fn with_as_of<T>(as_of: Option<Date>, work: impl FnOnce() -> T) -> T {
        let before = HERE.with(|h| h.replace(as_of));
        let out = work();
        HERE.with(|h| h.set(before));
        out
    }

    /// The `as_of` this thread runs with (`with_as_of`), to carry to the threads it hands
    /// work to.
    pub fn this_threads_as_of() -> Option<Date> {
        HERE.with(std::cell::Cell::get)
    }

    /// Makes `date` today for the rest of the process, unless `KOOP_TODAY` says otherwise:
    /// the `[koop] as_of` of the repository the command works in (set once, at the start).
    pub fn set_as_of(date: Date) {
        let _ = AS_OF.set(date);
    }
}

/// The repository's `[koop] as_of`, once read (`Date::set_as_of`).
static AS_OF: std::sync::OnceLock<Date> = std::sync::OnceLock::new();

thread_local! {
    /// The `[koop] as_of` of the repository this thread works on (`Date::with_as_of`).
    static HERE: std::cell::Cell<Option<Date>> = const { std::cell::Cell::new(None) };
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:04}-{:02}-{:02}",
            self.year(),
            self.month(),
            self.day()
        )
    }
}

impl FromStr for Date {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim();
        let parts: Vec<&str> = s.split('-').collect();
        let well_formed = parts.len() == 3
            && parts[0].len() == 4
            && parts[1].len() == 2
            && parts[2].len() == 2
            && parts.iter().all(|p| p.bytes().all(|b| b.is_ascii_digit()));
        if !well_formed {
            return Err(crate::tr!("date-not-a-date", value = s));
        }
        let num = |p: &str| p.parse::<u32>().unwrap_or(0);
        let (y, m, d) = (num(parts[0]) as i32, num(parts[1]), num(parts[2]));
        Date::from_ymd(y, m, d).ok_or_else(|| {
            if !(1..=12).contains(&m) {
                crate::tr!("date-no-month", value = s, month = m)
            } else {
                crate::tr!("date-no-day", value = s, day = d)
            }
        })
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        // A TOML local date; `to_json` in store::json turns it back into a plain string.
        // The parse cache keeps the text, which is shorter.
        if crate::store::cache::encoding() {
            return serializer.collect_str(self);
        }
        let dt = toml::value::Datetime {
            date: Some(toml::value::Date {
                year: self.year() as u16,
                month: self.month() as u8,
                day: self.day() as u8,
            }),
            time: None,
            offset: None,
        };
        dt.serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        // A visitor rather than an untagged enum: every record has dates, and an untagged
        // enum buffers each value before trying its variants.
        deserializer.deserialize_any(DateVisitor)
    }
}

struct DateVisitor;

/// Anything but a TOML date or a string is "a date was expected".
macro_rules! not_a_date {
    ($($name:ident: $ty:ty),*) => {
        $(fn $name<E: serde::de::Error>(self, _: $ty) -> Result<Date, E> {
            Err(E::custom(crate::tr!("date-expected")))
        })*
    };
}

impl<'de> serde::de::Visitor<'de> for DateVisitor {
    type Value = Date;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::tr!("date-expected"))
    }

    fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<Date, E> {
        s.parse().map_err(E::custom)
    }

    /// A TOML date comes as a map of one private key.
    fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<Date, A::Error> {
        use serde::de::Error;
        let dt =
            toml::value::Datetime::deserialize(serde::de::value::MapAccessDeserializer::new(map))
                .map_err(|_| A::Error::custom(crate::tr!("date-expected")))?;
        match (dt.date, dt.time, dt.offset) {
            (Some(d), None, None) => {
                Date::from_ymd(i32::from(d.year), u32::from(d.month), u32::from(d.day)).ok_or_else(
                    || {
                        A::Error::custom(crate::tr!(
                            "date-no-such-day",
                            value = dt.to_string(),
                            day = u32::from(d.day)
                        ))
                    },
                )
            }
            _ => Err(A::Error::custom(crate::tr!(
                "date-with-time",
                value = dt.to_string()
            ))),
        }
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, _: A) -> Result<Date, A::Error> {
        Err(serde::de::Error::custom(crate::tr!("date-expected")))
    }

    fn visit_unit<E: serde::de::Error>(self) -> Result<Date, E> {
        Err(E::custom(crate::tr!("date-expected")))
    }

    not_a_date!(visit_bool: bool, visit_i64: i64, visit_u64: u64, visit_f64: f64,
        visit_bytes: &[u8]);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_refuses() {
        assert_eq!(
            "2026-03-12".parse::<Date>().unwrap().to_string(),
            "2026-03-12"
        );
        assert!(
            "2026-02-30"
                .parse::<Date>()
                .unwrap_err()
                .contains("no day 30")
        );
        assert!(
            "2026-13-01"
                .parse::<Date>()
                .unwrap_err()
                .contains("no month 13")
        );
        assert!(
            "12.03.2026"
                .parse::<Date>()
                .unwrap_err()
                .contains("YYYY-MM-DD")
        );
        assert!("2026-3-1".parse::<Date>().is_err());
    }

    #[test]
    fn toml_round_trip() {
        #[derive(Serialize, Deserialize)]
        struct R {
            d: Date,
        }
        let r: R = toml::from_str("d = 2026-03-12").unwrap();
        assert_eq!(toml::to_string(&r).unwrap(), "d = 2026-03-12\n");
        let r: R = toml::from_str("d = \"2024-02-29\"").unwrap();
        assert_eq!(r.d.day(), 29);
        assert!(toml::from_str::<R>("d = 2026-02-30").is_err());
        assert!(toml::from_str::<R>("d = 2026-02-03T10:00:00").is_err());
    }
}
