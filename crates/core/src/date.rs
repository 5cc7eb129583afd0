//! Calendar dates at year, month or day precision.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// How much of a date is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    /// Only the year is known: `2024`.
    Year,
    /// Year and month are known: `2011-08`.
    Month,
    /// The full date is known: `2011-03-11`.
    Day,
}

/// A date known to year, month or day precision, written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
///
/// Ordering compares the known parts first, so `2011` sorts before `2011-03`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PartialDate {
    /// Year, e.g. 2011.
    pub year: i32,
    /// Month 1–12, when known.
    pub month: Option<u8>,
    /// Day of month 1–31, when known (implies `month`).
    pub day: Option<u8>,
}

impl PartialDate {
    /// A date known only to the year.
    pub(crate) fn year(year: i32) -> Self {
        Self { year, month: None, day: None }
    }

    /// A date known to the month. Returns `None` for a month outside 1–12.
    pub(crate) fn month(year: i32, month: u8) -> Option<Self> {
        (1..=12).contains(&month).then_some(Self { year, month: Some(month), day: None })
    }

    /// A full calendar date. Returns `None` if the day does not exist in that month.
    pub(crate) fn day(year: i32, month: u8, day: u8) -> Option<Self> {
        ((1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month)).then_some(Self {
            year,
            month: Some(month),
            day: Some(day),
        })
    }

    /// The precision of this date.
    pub(crate) fn precision(&self) -> Precision {
        match (self.month, self.day) {
            (Some(_), Some(_)) => Precision::Day,
            (Some(_), None) => Precision::Month,
            _ => Precision::Year,
        }
    }

    /// Days since 1970-01-01 for a day-precision date.
    pub(crate) fn to_days(self) -> Option<i64> {
        Some(days_from_civil(self.year, self.month?, self.day?))
    }

    /// The day-precision date `days` days after 1970-01-01.
    pub(crate) fn from_days(days: i64) -> Self {
        let (year, month, day) = civil_from_days(days);
        Self { year, month: Some(month), day: Some(day) }
    }

    /// Day of the week for a day-precision date, 0 = Monday … 6 = Sunday.
    pub fn weekday(&self) -> Option<u8> {
        // 1970-01-01 was a Thursday (3).
        self.to_days().map(|d| ((d + 3).rem_euclid(7)) as u8)
    }
}

/// Number of days in `month` of `year` in the proleptic Gregorian calendar.
pub(crate) fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

// Howard Hinnant's civil-from-days algorithms.
fn days_from_civil(year: i32, month: u8, day: u8) -> i64 {
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(days: i64) -> (i32, u8, u8) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
    (year, month, day)
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

/// Why a string is not a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateParseError(pub String);

impl fmt::Display for DateParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`{}` is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD", self.0)
    }
}

impl std::error::Error for DateParseError {}

impl FromStr for PartialDate {
    type Err = DateParseError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = || DateParseError(s.to_string());
        let parts: Vec<&str> = s.split('-').collect();
        let digits = |p: &str, n: usize| p.len() == n && p.bytes().all(|b| b.is_ascii_digit());
        match parts.as_slice() {
            [y] if digits(y, 4) => Ok(Self::year(y.parse().map_err(|_| err())?)),
            [y, m] if digits(y, 4) && digits(m, 2) => {
                Self::month(y.parse().map_err(|_| err())?, m.parse().map_err(|_| err())?).ok_or_else(err)
            }
            [y, m, d] if digits(y, 4) && digits(m, 2) && digits(d, 2) => Self::day(
                y.parse().map_err(|_| err())?,
                m.parse().map_err(|_| err())?,
                d.parse().map_err(|_| err())?,
            )
            .ok_or_else(err),
            _ => Err(err()),
        }
    }
}

impl Serialize for PartialDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = String::deserialize(deserializer)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_each_precision() {
        for s in ["2024", "2011-08", "2011-03-11", "2020-02-29"] {
            assert_eq!(s.parse::<PartialDate>().unwrap().to_string(), s);
        }
        for bad in ["", "24", "2011-13", "2011-02-30", "2021-02-29", "2011-3-1", "x011"] {
            assert!(bad.parse::<PartialDate>().is_err(), "{bad}");
        }
    }

    #[test]
    fn day_arithmetic_round_trips_and_knows_weekdays() {
        let d = PartialDate::day(2023, 12, 29).unwrap();
        assert_eq!(d.weekday(), Some(4), "2023-12-29 was a Friday");
        assert_eq!(PartialDate::from_days(d.to_days().unwrap()), d);
        assert_eq!(PartialDate::day(1970, 1, 1).unwrap().to_days(), Some(0));
        assert_eq!(PartialDate::day(2000, 3, 1).unwrap().weekday(), Some(2));
    }
}
