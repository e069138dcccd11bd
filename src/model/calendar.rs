//! The Polish calendar the model's meeting rules need: public holidays (fixed ones and the
//! Easter-based movable ones; 24 December is a holiday from 2025 on) and clock times.

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::Date;

/// Easter Sunday of a Gregorian year (the anonymous Gregorian computus).
pub fn easter(year: i32) -> NaiveDate {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, month as u32, day as u32).unwrap_or(NaiveDate::MIN)
}

/// The name of the public holiday on this day, if it is one (ustawa o dniach wolnych od pracy).
pub fn holiday(date: Date) -> Option<&'static str> {
    let d = date.0;
    let fixed = match (d.month(), d.day()) {
        (1, 1) => Some("Nowy Rok"),
        (1, 6) => Some("Święto Trzech Króli"),
        (5, 1) => Some("Święto Pracy"),
        (5, 3) => Some("Święto Konstytucji 3 Maja"),
        (8, 15) => Some("Wniebowzięcie Najświętszej Maryi Panny"),
        (11, 1) => Some("Wszystkich Świętych"),
        (11, 11) => Some("Narodowe Święto Niepodległości"),
        (12, 24) if d.year() >= 2025 => Some("Wigilia Bożego Narodzenia"),
        (12, 25) => Some("Boże Narodzenie (pierwszy dzień)"),
        (12, 26) => Some("Boże Narodzenie (drugi dzień)"),
        _ => None,
    };
    if fixed.is_some() {
        return fixed;
    }
    let easter = easter(d.year());
    match (d - easter).num_days() {
        0 => Some("Wielkanoc"),
        1 => Some("Poniedziałek Wielkanocny"),
        49 => Some("Zielone Świątki"),
        60 => Some("Boże Ciało"),
        _ => None,
    }
}

/// Adds days to a date.
pub fn add_days(date: Date, days: i64) -> Date {
    Date(date.0 + Duration::days(days))
}

/// Why a meeting slot goes against the practical rules of seed 004 zał. 2 — one reason per
/// problem, empty when the slot is fine.
pub fn slot_problems(date: Date, start: Time, end: Time) -> Vec<String> {
    let mut out = Vec::new();
    if end <= start {
        out.push(crate::tr!(
            "model-slot-ends-before-start",
            start = start.to_string(),
            end = end.to_string()
        ));
        return out;
    }
    let weekday = date.0.weekday();
    let day = date.to_string();
    if matches!(weekday, Weekday::Mon | Weekday::Fri) {
        out.push(crate::tr!(
            "model-slot-monday-or-friday",
            date = day.as_str(),
            day = date.0.weekday().number_from_monday()
        ));
    }
    if matches!(weekday, Weekday::Sat | Weekday::Sun) {
        out.push(crate::tr!(
            "model-slot-weekend",
            date = day.as_str(),
            day = date.0.weekday().number_from_monday()
        ));
    }
    if let Some(name) = holiday(date) {
        out.push(crate::tr!(
            "model-slot-holiday",
            date = day.as_str(),
            holiday = name
        ));
    }
    if start < Time::hm(8, 0) || end > Time::hm(16, 0) {
        out.push(crate::tr!(
            "model-slot-outside-hours",
            start = start.to_string(),
            end = end.to_string()
        ));
    }
    let minutes = end.minutes - start.minutes;
    if minutes > 120 {
        out.push(crate::tr!(
            "model-slot-too-long",
            hours = minutes / 60,
            minutes = format!("{:02}", minutes % 60)
        ));
    }
    out
}

/// A clock time, `HH:MM`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Time {
    /// Minutes since midnight.
    pub minutes: u32,
}

impl Time {
    /// This time moved as `from` moves to `to` (an end time that follows a new start),
    /// kept within the day.
    pub fn shifted_like(self, from: Time, to: Time) -> Time {
        let moved = i64::from(self.minutes) + i64::from(to.minutes) - i64::from(from.minutes);
        Time {
            minutes: moved.clamp(0, 23 * 60 + 59) as u32,
        }
    }

    /// Builds a time from hours and minutes.
    pub fn hm(hours: u32, minutes: u32) -> Time {
        Time {
            minutes: hours * 60 + minutes,
        }
    }
}

impl fmt::Display for Time {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.minutes / 60, self.minutes % 60)
    }
}

impl FromStr for Time {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || crate::tr!("model-time-bad", value = s);
        let (h, m) = s.trim().split_once(':').ok_or_else(bad)?;
        if h.is_empty() || h.len() > 2 || m.len() != 2 {
            return Err(bad());
        }
        let h: u32 = h.parse().map_err(|_| bad())?;
        let m: u32 = m.parse().map_err(|_| bad())?;
        if h > 23 || m > 59 {
            return Err(crate::tr!("model-time-out-of-range", value = s));
        }
        Ok(Time::hm(h, m))
    }
}

impl Serialize for Time {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_string())
    }
}

impl<'de> Deserialize<'de> for Time {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = String::deserialize(deserializer)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn easter_dates() {
        for (year, date) in [
            (2024, "2024-03-31"),
            (2025, "2025-04-20"),
            (2026, "2026-04-05"),
            (2027, "2027-03-28"),
            (2028, "2028-04-16"),
            (2030, "2030-04-21"),
        ] {
            assert_eq!(Date(easter(year)), d(date), "{year}");
        }
    }

    #[test]
    fn polish_holidays() {
        assert_eq!(holiday(d("2026-04-06")), Some("Poniedziałek Wielkanocny"));
        assert_eq!(holiday(d("2026-06-04")), Some("Boże Ciało"));
        assert_eq!(holiday(d("2025-06-19")), Some("Boże Ciało"));
        assert_eq!(holiday(d("2027-05-27")), Some("Boże Ciało"));
        assert_eq!(holiday(d("2026-05-24")), Some("Zielone Świątki"));
        assert_eq!(
            holiday(d("2026-11-11")),
            Some("Narodowe Święto Niepodległości")
        );
        assert_eq!(holiday(d("2025-12-24")), Some("Wigilia Bożego Narodzenia"));
        assert_eq!(holiday(d("2024-12-24")), None);
        assert_eq!(holiday(d("2026-01-06")), Some("Święto Trzech Króli"));
        assert_eq!(holiday(d("2026-04-07")), None);
        assert_eq!(holiday(d("2026-11-12")), None);
    }

    #[test]
    fn slots_follow_zal_2() {
        let t = |s: &str| s.parse::<Time>().unwrap();
        assert!(slot_problems(d("2026-04-15"), t("11:00"), t("13:00")).is_empty()); // Wednesday
        let p = slot_problems(d("2026-04-17"), t("07:30"), t("10:00")); // Friday
        assert_eq!(p.len(), 3, "{p:?}");
        assert!(p[0].contains("piątek"));
        assert!(p[1].contains("outside working hours"));
        assert!(p[2].contains("2h30"));
        let p = slot_problems(d("2026-06-04"), t("10:00"), t("11:00")); // Thursday, Corpus Christi
        assert_eq!(
            p,
            [
                "2026-06-04 is a public holiday (Boże Ciało): \"Ważne aby spotkanie odbywało się w godzinach pracy\""
            ]
        );
        assert_eq!(
            slot_problems(d("2026-04-15"), t("12:00"), t("11:00")).len(),
            1
        );
    }

    #[test]
    fn times_parse() {
        assert_eq!("9:30".parse::<Time>().unwrap().to_string(), "09:30");
        assert_eq!("16:00".parse::<Time>().unwrap(), Time::hm(16, 0));
        assert!("24:00".parse::<Time>().is_err());
        assert!("10".parse::<Time>().is_err());
        assert!("10:5".parse::<Time>().is_err());
    }
}
