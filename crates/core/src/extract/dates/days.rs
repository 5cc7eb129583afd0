//! Intervals of days, and date expressions resolved against the time an article was written.

use crate::date::{days_in_month, PartialDate};

use super::expr::{DateKind, Unit};

/// An inclusive interval of days (days since 1970-01-01).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Days {
    /// The first day.
    pub first: i64,
    /// The last day.
    pub last: i64,
}

impl Days {
    /// The days of a partial date: one day, a month, or a year.
    pub fn of(date: PartialDate) -> Self {
        let first = PartialDate::day(date.year, date.month.unwrap_or(1), date.day.unwrap_or(1))
            .and_then(|d| d.to_days())
            .unwrap_or(0);
        let last = match (date.month, date.day) {
            (Some(_), Some(_)) => first,
            (Some(m), None) => first + i64::from(days_in_month(date.year, m)) - 1,
            _ => PartialDate::day(date.year, 12, 31).and_then(|d| d.to_days()).unwrap_or(first),
        };
        Self { first, last }
    }

    /// The most precise partial date that contains every day of the interval, or `None` when it
    /// spans more than one calendar year (a value would then be a guess).
    pub fn to_partial(self) -> Option<PartialDate> {
        let a = PartialDate::from_days(self.first);
        let b = PartialDate::from_days(self.last);
        if a == b {
            Some(a)
        } else if a.year == b.year && a.month == b.month {
            Some(PartialDate { year: a.year, month: a.month, day: None })
        } else if a.year == b.year {
            Some(PartialDate::year(a.year))
        } else {
            None
        }
    }

    /// Whether every day of `self` lies in `other`.
    pub fn within(self, other: Days) -> bool {
        other.first <= self.first && self.last <= other.last
    }

    /// The intersection of two intervals, if they meet.
    pub fn intersect(self, other: Days) -> Option<Days> {
        let first = self.first.max(other.first);
        let last = self.last.min(other.last);
        (first <= last).then_some(Days { first, last })
    }
}

/// Whether the clause around a date looks back or ahead.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tense {
    /// Past tense: resolve to the latest matching time not after the anchor.
    Past,
    /// Future (or scheduled present): the earliest matching time not before the anchor.
    Future,
    /// Unknown: the matching time nearest the anchor.
    Unknown,
}

/// The month `delta` months after (year, month).
fn add_months(year: i32, month: u8, delta: i32) -> (i32, u8) {
    let index = year * 12 + i32::from(month) - 1 + delta;
    (index.div_euclid(12), (index.rem_euclid(12) + 1) as u8)
}

/// The days of a month.
fn month_days(year: i32, month: u8) -> Days {
    Days::of(PartialDate { year, month: Some(month), day: None })
}

/// Resolves a relative expression against `now` (the interval in which the article was written).
/// Returns the interval of days it denotes, or `None` when it cannot be pinned down.
pub(crate) fn resolve(kind: &DateKind, now: Days, tense: Tense) -> Option<Days> {
    let days = resolve_unclipped(kind, now, tense)?;
    // "this week", told in the past, is the part of the week up to now.
    match (kind, tense) {
        (DateKind::Relative(_, 0), Tense::Past | Tense::Unknown) => {
            days.intersect(Days { first: i64::MIN / 4, last: now.last })
        }
        (DateKind::Relative(_, 0), Tense::Future) => {
            days.intersect(Days { first: now.first, last: i64::MAX / 4 })
        }
        _ => Some(days),
    }
}

/// The days `kind` denotes around `now`, before "this …" is cut at now.
fn resolve_unclipped(kind: &DateKind, now: Days, tense: Tense) -> Option<Days> {
    let now_year = PartialDate::from_days(now.last).year;
    let years = [now_year - 1, now_year, now_year + 1];
    match *kind {
        DateKind::Absolute(date) => Some(Days::of(date)),
        DateKind::Month(month) | DateKind::MonthOfThatYear(month) => {
            pick(years.iter().map(|&year| month_days(year, month)).collect(), now, tense)
        }
        DateKind::DayRange { year: Some(year), month, first, last } => day_range(year, month, first, last),
        DateKind::DayRange { year: None, month, first, last } => {
            let candidates = years.iter().filter_map(|&year| day_range(year, month, first, last)).collect();
            pick(candidates, now, tense)
        }
        DateKind::MonthDay(month, day) => {
            let candidates =
                years.iter().filter_map(|&year| PartialDate::day(year, month, day)).map(Days::of).collect();
            pick(candidates, now, tense)
        }
        DateKind::Weekday(weekday) => weekday_near(weekday, now, tense),
        DateKind::OfYear { month, day, offset } => of_year(month, day, offset, now),
        DateKind::MonthCounted { month, offset } => {
            let candidates = years.iter().map(|&year| month_days(year, month));
            if offset < 0 {
                candidates.filter(|c| c.last < now.first).max_by_key(|c| c.first)
            } else {
                candidates.filter(|c| c.first > now.last).min_by_key(|c| c.first)
            }
        }
        DateKind::WeekdayOfWeek { weekday, offset } => {
            let week = relative_days(Unit::Week, offset, now);
            let hit = (week.first..week.first + 7).find(|&day| (day + 3).rem_euclid(7) as u8 == weekday);
            hit.filter(|_| week.last - week.first == 6).map(|day| Days { first: day, last: day })
        }
        DateKind::Relative(unit, offset) => Some(relative_days(unit, offset, now)),
        DateKind::Holiday { month, day, before } => {
            let candidates: Vec<Days> = years
                .iter()
                .filter_map(|&year| PartialDate::day(year, month, day))
                .map(Days::of)
                .map(|days| if before { Days { first: days.first - 14, last: days.first - 1 } } else { days })
                .collect();
            pick(candidates, now, tense)
        }
        DateKind::Weekend => weekend_near(now, tense),
        DateKind::SameAsPrevious(_)
        | DateKind::FromPrevious { .. }
        | DateKind::Offset { .. }
        | DateKind::Duration { .. } => None,
    }
}

/// Of the candidate intervals, the latest not after `now` (past), the earliest not before it
/// (future), or the nearest to it (unknown).
fn pick(candidates: Vec<Days>, now: Days, tense: Tense) -> Option<Days> {
    match tense {
        Tense::Past => candidates.into_iter().filter(|c| c.first <= now.last).max_by_key(|c| c.first),
        Tense::Future => candidates.into_iter().filter(|c| c.last >= now.first).min_by_key(|c| c.first),
        Tense::Unknown => {
            let mid = (now.first + now.last) / 2;
            candidates.into_iter().min_by_key(|c| ((c.first + c.last) / 2 - mid).abs())
        }
    }
}

/// The day of the week `weekday` nearest `now` in the direction of `tense` (a future one may be the
/// anchor's own day: "will leave Sunday" written on a Sunday). Only a short anchor pins a weekday
/// down.
fn weekday_near(weekday: u8, now: Days, tense: Tense) -> Option<Days> {
    if now.last - now.first > 6 {
        return None;
    }
    let weekday_of = |day: i64| (day + 3).rem_euclid(7) as u8;
    let hit = match tense {
        Tense::Future => (now.first..now.first + 7).find(|&day| weekday_of(day) == weekday)?,
        _ => (now.last - 6..=now.last).rev().find(|&day| weekday_of(day) == weekday)?,
    };
    if tense != Tense::Future && now.first != now.last {
        // The same weekday from both ends of the anchor must agree.
        let alternative = (now.first - 6..=now.first).rev().find(|&day| weekday_of(day) == weekday)?;
        if alternative != hit {
            return None;
        }
    }
    Some(Days { first: hit, last: hit })
}

/// The Saturday and Sunday nearest `now` in the direction of `tense` (told in the past: the last
/// one begun by then, cut at the anchor's last day); like a weekday, only a short anchor that
/// meets no more than one weekend pins it down.
fn weekend_near(now: Days, tense: Tense) -> Option<Days> {
    if now.last - now.first > 6 {
        return None;
    }
    let saturday = |day: i64| (day + 3).rem_euclid(7) == 5;
    if tense == Tense::Future {
        let first = (now.first - 1..now.first + 6).find(|&day| saturday(day))?;
        return Some(Days { first: first.max(now.first), last: first + 1 });
    }
    let latest = |day: i64| (day - 6..=day).rev().find(|&d| saturday(d));
    let first = latest(now.last)?;
    (latest(now.first)? == first).then(|| Days { first, last: (first + 1).min(now.last) })
}

/// A month, or a day of it, of the year `offset` years from the one `now` lies in (none when `now`
/// spans two years).
fn of_year(month: u8, day: Option<u8>, offset: i32, now: Days) -> Option<Days> {
    let year = PartialDate::from_days(now.first).year;
    if PartialDate::from_days(now.last).year != year {
        return None;
    }
    match day {
        Some(day) => PartialDate::day(year + offset, month, day).map(Days::of),
        None => Some(month_days(year + offset, month)),
    }
}

/// The days `first` to `last` of a month.
fn day_range(year: i32, month: u8, first: u8, last: u8) -> Option<Days> {
    let first = PartialDate::day(year, month, first)?.to_days()?;
    let last = PartialDate::day(year, month, last)?.to_days()?;
    Some(Days { first, last })
}

/// The period `offset` units from `now` ("last week": a week, -1); offset -100 of a week is the
/// seven days up to now ("this past week").
fn relative_days(unit: Unit, offset: i32, now: Days) -> Days {
    match unit {
        Unit::Day => Days { first: now.first + i64::from(offset), last: now.last + i64::from(offset) },
        Unit::Week if offset == -100 => Days { first: now.first - 7, last: now.last },
        Unit::Week => {
            let monday = |day: i64| day - i64::from((day + 3).rem_euclid(7) as u8);
            let first = monday(now.first) + 7 * i64::from(offset);
            let last = monday(now.last) + 7 * i64::from(offset) + 6;
            Days { first, last }
        }
        Unit::Month => {
            let first = PartialDate::from_days(now.first);
            let last = PartialDate::from_days(now.last);
            let (first_year, first_month) = add_months(first.year, first.month.unwrap_or(1), offset);
            let (last_year, last_month) = add_months(last.year, last.month.unwrap_or(1), offset);
            Days {
                first: month_days(first_year, first_month).first,
                last: month_days(last_year, last_month).last,
            }
        }
        Unit::Year => {
            let first_year = PartialDate::from_days(now.first).year + offset;
            let last_year = PartialDate::from_days(now.last).year + offset;
            Days {
                first: Days::of(PartialDate::year(first_year)).first,
                last: Days::of(PartialDate::year(last_year)).last,
            }
        }
    }
}

/// Adds `amount` units to a day (months and years keep the day of month where they can).
pub(crate) fn shift(day: i64, amount: i32, unit: Unit) -> i64 {
    match unit {
        Unit::Day => day + i64::from(amount),
        Unit::Week => day + 7 * i64::from(amount),
        Unit::Month | Unit::Year => {
            let date = PartialDate::from_days(day);
            let months = if unit == Unit::Month { amount } else { amount * 12 };
            let (year, month) = add_months(date.year, date.month.unwrap_or(1), months);
            let day_of_month = date.day.unwrap_or(1).min(days_in_month(year, month));
            PartialDate::day(year, month, day_of_month).and_then(|shifted| shifted.to_days()).unwrap_or(day)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u8, d: u8) -> Days {
        Days::of(PartialDate::day(y, m, d).unwrap())
    }

    #[test]
    fn a_month_of_a_counted_year_and_a_weekday_of_a_counted_week_ignore_the_tense() {
        let now = day(2025, 11, 12); // a Wednesday
        let month = resolve(&DateKind::OfYear { month: 4, day: None, offset: -1 }, now, Tense::Future);
        assert_eq!(month.and_then(|d| d.to_partial()).map(|d| d.to_string()), Some("2024-04".into()));
        let friday = DateKind::WeekdayOfWeek { weekday: 4, offset: 0 };
        assert_eq!(resolve(&friday, now, Tense::Past), Some(day(2025, 11, 14)));
        let tuesday = DateKind::WeekdayOfWeek { weekday: 1, offset: -1 };
        assert_eq!(resolve(&tuesday, now, Tense::Future), Some(day(2025, 11, 4)));
        let may = resolve(&DateKind::MonthCounted { month: 5, offset: -1 }, day(2025, 4, 20), Tense::Future);
        assert_eq!(may.and_then(|d| d.to_partial()).map(|d| d.to_string()), Some("2024-05".into()));
        let march = resolve(&DateKind::MonthCounted { month: 3, offset: 1 }, now, Tense::Past);
        assert_eq!(march.and_then(|d| d.to_partial()).map(|d| d.to_string()), Some("2026-03".into()));
        let year = Days::of(PartialDate::year(2025));
        assert_eq!(resolve(&friday, year, Tense::Past), None, "a year pins no week");
    }

    #[test]
    fn resolves_relative_dates_by_tense() {
        let now = day(2025, 11, 12); // a Wednesday
        assert_eq!(resolve(&DateKind::Weekday(0), now, Tense::Past), Some(day(2025, 11, 10)));
        assert_eq!(resolve(&DateKind::Weekday(3), now, Tense::Future), Some(day(2025, 11, 13)));
        // "will leave Wednesday", written on a Wednesday: that day.
        assert_eq!(resolve(&DateKind::Weekday(2), now, Tense::Future), Some(now));
        assert_eq!(
            resolve(&DateKind::Month(12), now, Tense::Future).map(|d| d.to_partial().unwrap().to_string()),
            Some("2025-12".into())
        );
        assert_eq!(
            resolve(&DateKind::Month(10), now, Tense::Past).map(|d| d.to_partial().unwrap().to_string()),
            Some("2025-10".into())
        );
        let december = Days::of(PartialDate::month(2023, 12).unwrap());
        assert_eq!(resolve(&DateKind::MonthDay(12, 29), december, Tense::Future), Some(day(2023, 12, 29)));
        assert_eq!(
            resolve(&DateKind::Weekday(4), december, Tense::Future),
            None,
            "a month cannot pin a Friday"
        );
        // "over the weekend", written on Monday 10 November 2025 (past) or Wednesday (future).
        let monday = day(2025, 11, 10);
        let weekend = Days { first: day(2025, 11, 8).first, last: day(2025, 11, 9).last };
        assert_eq!(resolve(&DateKind::Weekend, monday, Tense::Past), Some(weekend));
        let next = Days { first: day(2025, 11, 15).first, last: day(2025, 11, 16).last };
        assert_eq!(resolve(&DateKind::Weekend, now, Tense::Future), Some(next));
        let march12 = day(2024, 3, 12);
        assert_eq!(
            resolve(&DateKind::Relative(Unit::Month, -1), march12, Tense::Past)
                .unwrap()
                .to_partial()
                .unwrap()
                .to_string(),
            "2024-02"
        );
    }
}
