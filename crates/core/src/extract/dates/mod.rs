//! Date expressions: finding them ("March 11, 2011", "in October", "Friday", "last week",
//! "22-month-long", in `parse`) and resolving them against an anchor, as intervals of days (`days`).

mod days;
mod parse;

use std::ops::Range;

use crate::date::PartialDate;

use super::text::Segmented;

pub(crate) use days::{resolve, shift, Days, Tense};

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
    /// The unit a word names, in the singular or plural ("week", "months", "weekend").
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
            match parse::parse_at(seg, i, range.clone()) {
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

#[cfg(test)]
mod tests {
    use super::super::text::segment;
    use super::*;

    fn kinds(text: &str) -> Vec<(String, DateKind)> {
        let seg = segment(text);
        find_dates(&seg).0.into_iter().map(|d| (seg.slice(d.tokens).to_string(), d.kind)).collect()
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
}
