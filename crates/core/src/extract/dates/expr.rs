//! What a date expression says (`DateKind`), where it stands (`DateExpr`), and units of time.

use std::ops::Range;

use crate::date::PartialDate;

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
    pub(super) fn parse(word: &str) -> Option<Self> {
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
    /// Days of one month, with its year when written: "June 6-12", "6–12 June 2024", "June 6 to
    /// 12". The happening spans them.
    DayRange { year: Option<i32>, month: u8, first: u8, last: u8 },
    /// A month without a year: "in October".
    Month(u8),
    /// A month of a year named earlier: "in August of that year".
    MonthOfThatYear(u8),
    /// A day of the week: "on Friday", "Friday morning".
    Weekday(u8),
    /// A month, or a day of it, in a year counted from the present: "in April last year" (-1),
    /// "on 5 March this year" (0), "in May next year" (+1).
    OfYear { month: u8, day: Option<u8>, offset: i32 },
    /// A month named as the last or next one from the present: "last May" (-1: the latest May
    /// before the month of writing), "next March" (1: the first after it).
    MonthCounted { month: u8, offset: i32 },
    /// A day of a week counted from the present: "on Friday this week" (0), "Tuesday last week" (-1).
    WeekdayOfWeek { weekday: u8, offset: i32 },
    /// A period relative to the present: "last week" (-1 weeks), "this month" (0 months), "this
    /// past week" (the seven days before).
    Relative(Unit, i32),
    /// The days just before or on a fixed holiday: "just before Christmas".
    Holiday { month: u8, day: u8, before: bool },
    /// "that month", "that year": the time named just before, at that precision.
    SameAsPrevious(Unit),
    /// "the next day", "the previous day", "two days later": that many units after (before, when
    /// negative) the time named just before.
    FromPrevious { amount: i32, unit: Unit },
    /// "over the weekend", "on the weekend": the Saturday and Sunday nearest the present.
    Weekend,
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
    /// The token of the happening a year dates alone ("the 2016 flood"), when that is what
    /// makes it a date.
    pub happening: Option<usize>,
}

impl DateExpr {
    /// Whether the expression names a time (not a duration or an offset).
    pub fn is_time(&self) -> bool {
        !matches!(self.kind, DateKind::Duration { .. } | DateKind::Offset { .. })
    }
}
