//! Date expressions: finding them ("March 11, 2011", "in October", "Friday", "last week",
//! "22-month-long") and resolving them against an anchor, as intervals of days.

use std::ops::Range;

use crate::date::{days_in_month, PartialDate};

use super::lexicon::{fixed_holiday, is_full_month_name, month_number, number_value, weekday_number};
use super::text::{Segmented, TokenKind};

/// A unit of calendar time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unit {
    /// A day.
    Day,
    /// A week (Monday to Sunday).
    Week,
    /// A calendar month.
    Month,
    /// A calendar year.
    Year,
}

impl Unit {
    fn parse(word: &str) -> Option<Self> {
        match word.to_lowercase().trim_end_matches('s') {
            "day" => Some(Self::Day),
            "week" | "weekend" => Some(Self::Week),
            "month" => Some(Self::Month),
            "year" => Some(Self::Year),
            _ => None,
        }
    }
}

/// What a date expression says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum DateKind {
    /// A complete date at its precision: "March 11, 2011", "February 2022", "in 2024", "2020-02-28".
    Absolute(PartialDate),
    /// A month and day without a year: "December 29".
    MonthDay(u8, u8),
    /// A month without a year: "in October".
    Month(u8),
    /// A month of a year named earlier: "in August of that year".
    MonthOfThatYear(u8),
    /// A day of the week: "on Friday", "Friday morning".
    Weekday(u8),
    /// A period relative to the present: "last week" (-1 weeks), "this month" (0 months), "this
    /// past week" (the seven days before).
    Relative(Unit, i32),
    /// The days just before or on a fixed holiday: "just before Christmas".
    Holiday { month: u8, day: u8, before: bool },
    /// "that month", "that year": the time named just before, at that precision.
    SameAsPrevious(Unit),
    /// "about three years after": the clause that follows happened that long before the date that
    /// precedes it.
    Offset { amount: u32, unit: Unit, after: bool },
    /// "the 22-month-long campaign": how long something has lasted so far.
    Duration { amount: u32, unit: Unit },
}

/// A date expression in an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct DateExpr {
    /// Its tokens, the evidence of the expression as written.
    pub tokens: Range<usize>,
    /// What it says.
    pub kind: DateKind,
    /// Index of its sentence.
    pub sentence: usize,
}

impl DateExpr {
    /// Whether the expression names a time (not a duration or an offset).
    pub fn is_time(&self) -> bool {
        !matches!(self.kind, DateKind::Duration { .. } | DateKind::Offset { .. })
    }
}

fn year_of(word: &str) -> Option<i32> {
    (word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit()))
        .then(|| word.parse().ok())
        .flatten()
        .filter(|y| (1000..=2999).contains(y))
}

fn day_of(word: &str) -> Option<u8> {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &word[digits.len()..];
    if digits.is_empty() || digits.len() > 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    if !matches!(suffix, "" | "st" | "nd" | "rd" | "th") {
        return None;
    }
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

/// Words before a bare month or year that make it a date ("in October", "since 2011").
fn is_time_preposition(lower: &str) -> bool {
    matches!(
        lower,
        "in" | "since"
            | "during"
            | "until"
            | "by"
            | "from"
            | "through"
            | "to"
            | "of"
            | "before"
            | "after"
            | "early"
            | "late"
            | "mid"
            | "last"
            | "next"
            | "this"
            | "between"
            | "around"
            | "throughout"
            | "till"
    )
}

/// Finds every date expression of an article, and marks their tokens in the returned mask.
pub(crate) fn find_dates(seg: &Segmented<'_>) -> (Vec<DateExpr>, Vec<bool>) {
    let mut found = Vec::new();
    let mut blocked = vec![false; seg.tokens.len()];
    for (s, sentence) in seg.sentences.iter().enumerate() {
        if sentence.boilerplate {
            continue;
        }
        let range = sentence.tokens.clone();
        let mut i = range.start;
        while i < range.end {
            match parse_at(seg, i, range.clone()) {
                Some((kind, end)) => {
                    for b in &mut blocked[i..end] {
                        *b = true;
                    }
                    found.push(DateExpr { tokens: i..end, kind, sentence: s });
                    i = end;
                }
                None => i += 1,
            }
        }
    }
    (found, blocked)
}

/// The date expression starting at token `i`, and its end.
fn parse_at(seg: &Segmented<'_>, i: usize, sentence: Range<usize>) -> Option<(DateKind, usize)> {
    let end = sentence.end;
    let tok = |k: usize| if k < end { seg.tok(k) } else { "" };
    let lower = |k: usize| if k < end { seg.low(k) } else { "" };
    let prev = if i > sentence.start { lower(i - 1) } else { "" };
    let w = tok(i);
    if seg.tokens[i].kind != TokenKind::Word {
        return None;
    }
    // Most words start no date: a date starts with a digit, a capital, or one of a few words.
    let l = lower(i);
    let may_start = w.starts_with(|c: char| c.is_ascii_digit() || c.is_uppercase())
        || matches!(
            l,
            "last"
                | "this"
                | "next"
                | "past"
                | "coming"
                | "that"
                | "the"
                | "yesterday"
                | "today"
                | "tomorrow"
                | "just"
                | "before"
        )
        || number_value(l).is_some()
        || l.ends_with("-long")
        || l.ends_with("-old");
    if !may_start {
        return None;
    }

    // ISO dates: 2020-02-28.
    if w.len() == 10 && w.as_bytes()[4] == b'-' && w.as_bytes()[7] == b'-' {
        if let Ok(d) = w.parse::<PartialDate>() {
            return Some((DateKind::Absolute(d), i + 1));
        }
    }

    // Month-first dates.
    if let Some(month) = month_number(w) {
        let capital = w.chars().next().is_some_and(char::is_uppercase);
        let abbreviated = !is_full_month_name(w);
        if capital && (!abbreviated || w.ends_with('.') || tok(i + 1).bytes().all(|b| b.is_ascii_digit())) {
            if let Some(day) = day_of(tok(i + 1)) {
                if tok(i + 2) == "," {
                    if let Some(year) = year_of(tok(i + 3)) {
                        if let Some(d) = PartialDate::day(year, month, day) {
                            return Some((DateKind::Absolute(d), i + 4));
                        }
                    }
                }
                if let Some(year) = year_of(tok(i + 2)) {
                    if let Some(d) = PartialDate::day(year, month, day) {
                        return Some((DateKind::Absolute(d), i + 3));
                    }
                }
                if day <= days_in_month(2000, month) {
                    return Some((DateKind::MonthDay(month, day), i + 2));
                }
            }
            if let Some(year) = year_of(tok(i + 1)) {
                return PartialDate::month(year, month).map(|d| (DateKind::Absolute(d), i + 2));
            }
            // "August of that year", "August of the same year".
            if lower(i + 1) == "of" && matches!(lower(i + 2), "that" | "the") {
                let year_at = if lower(i + 3) == "same" { i + 4 } else { i + 3 };
                if lower(year_at) == "year" {
                    return Some((DateKind::MonthOfThatYear(month), year_at + 1));
                }
            }
            // A bare month needs a preposition, and "May"/"March" more than most.
            if !abbreviated && is_time_preposition(prev) {
                return Some((DateKind::Month(month), i + 1));
            }
        }
    }

    // Day-first: "11 March 2011".
    if let (Some(day), Some(month)) = (day_of(w), month_number(tok(i + 1))) {
        if let Some(year) = year_of(tok(i + 2)) {
            if let Some(d) = PartialDate::day(year, month, day) {
                return Some((DateKind::Absolute(d), i + 3));
            }
        }
    }

    // Years: "in 2024", "since 2011", "dating to 1951".
    if let Some(year) = year_of(w) {
        if is_time_preposition(prev) || prev == "year" || prev == "of" {
            return Some((DateKind::Absolute(PartialDate::year(year)), i + 1));
        }
    }

    // Weekdays: "Friday", "Friday morning".
    if let Some(weekday) = weekday_number(w) {
        if w.chars().next().is_some_and(char::is_uppercase) {
            let mut end_at = i + 1;
            if matches!(lower(i + 1), "morning" | "afternoon" | "evening" | "night") {
                end_at += 1;
            }
            return Some((DateKind::Weekday(weekday), end_at));
        }
    }

    // Relative periods: "last week", "this month", "this past week", "next year".
    if matches!(l, "last" | "this" | "next" | "past" | "coming") {
        let (offset_word, unit_at) = if l == "this" && matches!(lower(i + 1), "past" | "coming") {
            (lower(i + 1), i + 2)
        } else {
            (l, i + 1)
        };
        if let Some(unit) = Unit::parse(lower(unit_at)) {
            if !lower(unit_at).ends_with('s') || unit == Unit::Week && lower(unit_at) == "weekend" {
                let offset = match offset_word {
                    "last" => -1,
                    "next" | "coming" => 1,
                    "past" => -1,
                    _ => 0,
                };
                // "this past week" means the seven days up to now: encoded as offset 0 of a
                // rolling week below.
                let kind = if offset_word == "past" && l == "this" {
                    DateKind::Relative(unit, -100)
                } else {
                    DateKind::Relative(unit, offset)
                };
                return Some((kind, unit_at + 1));
            }
        }
    }
    if matches!(l, "that" | "the") {
        let unit_at = if l == "the" && lower(i + 1) == "same" { i + 2 } else { i + 1 };
        if (l == "that" || unit_at == i + 2) && !lower(unit_at).ends_with('s') {
            if let Some(unit) = Unit::parse(lower(unit_at)).filter(|u| *u != Unit::Day) {
                return Some((DateKind::SameAsPrevious(unit), unit_at + 1));
            }
        }
    }
    match l {
        "yesterday" => return Some((DateKind::Relative(Unit::Day, -1), i + 1)),
        "today" => return Some((DateKind::Relative(Unit::Day, 0), i + 1)),
        "tomorrow" => return Some((DateKind::Relative(Unit::Day, 1), i + 1)),
        _ => {}
    }

    // "just before Christmas", "before Christmas", "on Christmas".
    let holiday_at = match l {
        "just" if lower(i + 1) == "before" => i + 2,
        "before" => i + 1,
        _ => i,
    };
    if let Some((month, day)) = fixed_holiday(tok(holiday_at)) {
        let before = holiday_at > i;
        return Some((DateKind::Holiday { month, day, before }, holiday_at + 1));
    }

    // "about three years after", "some eight years after", "two weeks later".
    if let Some(amount) = number_value(w) {
        if let Some(unit) = Unit::parse(lower(i + 1)) {
            if matches!(lower(i + 2), "after" | "before") {
                return Some((DateKind::Offset { amount, unit, after: lower(i + 2) == "after" }, i + 3));
            }
            if lower(i + 2) == "ago" {
                let n = amount as i32;
                return Some((DateKind::Relative(unit, -n), i + 3));
            }
        }
    }

    // "22-month-long", "10-year-old".
    let parts: Vec<&str> = l.split('-').collect();
    if parts.len() >= 3 && matches!(parts[parts.len() - 1], "long" | "old") {
        let amount = number_value(&parts[..parts.len() - 2].join("-"));
        let unit = Unit::parse(parts[parts.len() - 2]);
        if let (Some(amount), Some(unit)) = (amount, unit) {
            return Some((DateKind::Duration { amount, unit }, i + 1));
        }
    }
    None
}

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

fn add_months(year: i32, month: u8, delta: i32) -> (i32, u8) {
    let index = year * 12 + i32::from(month) - 1 + delta;
    (index.div_euclid(12), (index.rem_euclid(12) + 1) as u8)
}

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

fn resolve_unclipped(kind: &DateKind, now: Days, tense: Tense) -> Option<Days> {
    let pick = |candidates: Vec<Days>| -> Option<Days> {
        match tense {
            Tense::Past => candidates.into_iter().filter(|c| c.first <= now.last).max_by_key(|c| c.first),
            Tense::Future => candidates.into_iter().filter(|c| c.last >= now.first).min_by_key(|c| c.first),
            Tense::Unknown => {
                let mid = (now.first + now.last) / 2;
                candidates.into_iter().min_by_key(|c| ((c.first + c.last) / 2 - mid).abs())
            }
        }
    };
    let now_year = PartialDate::from_days(now.last).year;
    let years = [now_year - 1, now_year, now_year + 1];
    match *kind {
        DateKind::Absolute(d) => Some(Days::of(d)),
        DateKind::Month(m) | DateKind::MonthOfThatYear(m) => {
            let past_or_future = pick(years.iter().map(|&y| month_days(y, m)).collect())?;
            // Across an anchor interval of more than one candidate, refuse to guess.
            Some(past_or_future)
        }
        DateKind::MonthDay(m, d) => {
            let candidates = years.iter().filter_map(|&y| PartialDate::day(y, m, d)).map(Days::of).collect();
            pick(candidates)
        }
        DateKind::Weekday(w) => {
            // Only a short anchor pins a weekday down.
            if now.last - now.first > 6 {
                return None;
            }
            let weekday_of = |day: i64| (day + 3).rem_euclid(7) as u8;
            let hit = match tense {
                Tense::Future => (now.first + 1..now.first + 8).find(|&d| weekday_of(d) == w)?,
                _ => (now.last - 6..=now.last).rev().find(|&d| weekday_of(d) == w)?,
            };
            if tense != Tense::Future && now.first != now.last {
                // The same weekday from both ends of the anchor must agree.
                let alt = (now.first - 6..=now.first).rev().find(|&d| weekday_of(d) == w)?;
                if alt != hit {
                    return None;
                }
            }
            Some(Days { first: hit, last: hit })
        }
        DateKind::Relative(unit, offset) => match unit {
            Unit::Day => {
                Some(Days { first: now.first + i64::from(offset), last: now.last + i64::from(offset) })
            }
            Unit::Week if offset == -100 => Some(Days { first: now.first - 7, last: now.last }),
            Unit::Week => {
                let monday = |d: i64| d - i64::from((d + 3).rem_euclid(7) as u8);
                let first = monday(now.first) + 7 * i64::from(offset);
                let last = monday(now.last) + 7 * i64::from(offset) + 6;
                Some(Days { first, last })
            }
            Unit::Month => {
                let a = PartialDate::from_days(now.first);
                let b = PartialDate::from_days(now.last);
                let (ya, ma) = add_months(a.year, a.month.unwrap_or(1), offset);
                let (yb, mb) = add_months(b.year, b.month.unwrap_or(1), offset);
                Some(Days { first: month_days(ya, ma).first, last: month_days(yb, mb).last })
            }
            Unit::Year => {
                let a = PartialDate::from_days(now.first).year + offset;
                let b = PartialDate::from_days(now.last).year + offset;
                Some(Days {
                    first: Days::of(PartialDate::year(a)).first,
                    last: Days::of(PartialDate::year(b)).last,
                })
            }
        },
        DateKind::Holiday { month, day, before } => {
            let candidates: Vec<Days> = years
                .iter()
                .filter_map(|&y| PartialDate::day(y, month, day))
                .map(Days::of)
                .map(|d| if before { Days { first: d.first - 14, last: d.first - 1 } } else { d })
                .collect();
            pick(candidates)
        }
        DateKind::SameAsPrevious(_) | DateKind::Offset { .. } | DateKind::Duration { .. } => None,
    }
}

/// Adds `amount` units to a day (months and years keep the day of month where they can).
pub(crate) fn shift(day: i64, amount: i32, unit: Unit) -> i64 {
    match unit {
        Unit::Day => day + i64::from(amount),
        Unit::Week => day + 7 * i64::from(amount),
        Unit::Month | Unit::Year => {
            let d = PartialDate::from_days(day);
            let months = if unit == Unit::Month { amount } else { amount * 12 };
            let (y, m) = add_months(d.year, d.month.unwrap_or(1), months);
            let dd = d.day.unwrap_or(1).min(days_in_month(y, m));
            PartialDate::day(y, m, dd).and_then(|p| p.to_days()).unwrap_or(day)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::text::segment;
    use super::*;

    fn kinds(text: &str) -> Vec<(String, DateKind)> {
        let seg = segment(text);
        find_dates(&seg).0.into_iter().map(|d| (seg.slice(d.tokens).to_string(), d.kind)).collect()
    }

    fn day(y: i32, m: u8, d: u8) -> Days {
        Days::of(PartialDate::day(y, m, d).unwrap())
    }

    #[test]
    fn finds_the_forms_news_uses() {
        let found = kinds(
            "It began on March 11, 2011, and in October; on Friday morning, last week, this past week, \
             in August of that year, about three years after, the 22-month-long war, in 2024, on December 29.",
        );
        let names: Vec<&str> = found.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(
            names,
            [
                "March 11, 2011",
                "October",
                "Friday morning",
                "last week",
                "this past week",
                "August of that year",
                "three years after",
                "22-month-long",
                "2024",
                "December 29"
            ]
        );
        assert_eq!(found[0].1, DateKind::Absolute(PartialDate::day(2011, 3, 11).unwrap()));
        assert_eq!(found[7].1, DateKind::Duration { amount: 22, unit: Unit::Month });
    }

    #[test]
    fn a_bare_may_or_march_is_not_a_date() {
        assert!(kinds("They may march. The March on Washington.").is_empty());
        assert_eq!(kinds("It begins in May.").len(), 1);
    }

    #[test]
    fn resolves_relative_dates_by_tense() {
        let now = day(2025, 11, 12); // a Wednesday
        assert_eq!(resolve(&DateKind::Weekday(0), now, Tense::Past), Some(day(2025, 11, 10)));
        assert_eq!(resolve(&DateKind::Weekday(3), now, Tense::Future), Some(day(2025, 11, 13)));
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
