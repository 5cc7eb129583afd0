//! Reading the date expression that starts at a token: each form news uses is one step, tried in
//! a fixed order until one matches.

use std::ops::Range;

use crate::date::{days_in_month, PartialDate};

use super::super::lexicon::{
    month_number, month_number_of, number_value, number_value_of, Role, Word, UNKNOWN,
};
use super::super::text::{Segmented, TokenKind};
use super::expr::{DateKind, Unit};

/// A four-digit year from 1000 to 2999.
fn year_of(word: &str) -> Option<i32> {
    (word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit()))
        .then(|| word.parse().ok())
        .flatten()
        .filter(|y| (1000..=2999).contains(y))
}

/// A day of the month, with or without an ordinal suffix ("11", "22nd").
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

/// The date expression starting at token `i` of a sentence, and its end.
pub(super) fn parse_at(seg: &Segmented<'_>, i: usize, sentence: Range<usize>) -> Option<(DateKind, usize)> {
    if seg.tokens[i].kind != TokenKind::Word {
        return None;
    }
    let at = At { seg, i, sentence };
    if !at.may_start_date() {
        return None;
    }
    at.iso_date()
        .or_else(|| at.part_of_month())
        .or_else(|| at.month_first())
        .or_else(|| at.day_first())
        .or_else(|| at.ordinal_of_month())
        .or_else(|| at.bare_year())
        .or_else(|| at.weekday())
        .or_else(|| at.relative_period())
        .or_else(|| at.counted_from_previous())
        .or_else(|| at.same_day_as_previous())
        .or_else(|| at.weekend())
        .or_else(|| at.same_as_previous())
        .or_else(|| at.day_word())
        .or_else(|| at.holiday())
        .or_else(|| at.offset())
        .or_else(|| at.duration())
}

/// The noun of the happening a year at token `i` dates, when that is what makes it a date ("the
/// 2016 flood"): such a year dates that happening alone, and completes no other date.
pub(super) fn happening_dated(seg: &Segmented<'_>, i: usize, sentence: Range<usize>) -> Option<usize> {
    let at = At { seg, i, sentence };
    year_of(at.tok(i)).filter(|_| !at.year_as_time())?;
    at.happening_dated()
}

/// A word token of a sentence where a date expression may start.
struct At<'s, 't> {
    seg: &'s Segmented<'t>,
    i: usize,
    sentence: Range<usize>,
}

impl At<'_, '_> {
    /// Token `k` ("" past the sentence).
    fn tok(&self, k: usize) -> &str {
        if k < self.sentence.end {
            self.seg.tok(k)
        } else {
            ""
        }
    }

    /// Token `k` in lowercase ("" past the sentence).
    fn lower(&self, k: usize) -> &str {
        if k < self.sentence.end {
            self.seg.low(k)
        } else {
            ""
        }
    }

    /// What the word table knows of token `k` (nothing past the sentence).
    fn word(&self, k: usize) -> &'static Word {
        if k < self.sentence.end {
            self.seg.word(k)
        } else {
            &UNKNOWN
        }
    }

    /// The month token `k` names (`month_number`), read from the word table's entry for it.
    fn month_at(&self, k: usize) -> Option<u8> {
        month_number_of(self.tok(k), self.word(k))
    }

    /// The number token `k` writes (`number_value`), read from the word table's entry for it.
    fn number_at(&self, k: usize) -> Option<u32> {
        number_value_of(self.tok(k), self.word(k))
    }

    /// Whether the word before is a preposition of time ("in October", "since 2011").
    fn after_time_preposition(&self) -> bool {
        self.i > self.sentence.start && self.word(self.i - 1).is(Role::TimePreposition)
    }

    /// Whether the words before set a bound or a start of time: "as early as", "as soon as", "no
    /// later than", "starting", "beginning", "effective" ("as early as April").
    fn after_bound(&self) -> bool {
        let word = |back: usize| {
            if self.i >= self.sentence.start + back {
                self.lower(self.i - back)
            } else {
                ""
            }
        };
        match word(1) {
            "starting" | "beginning" | "effective" => true,
            "as" => matches!(word(2), "early" | "soon" | "late") && word(3) == "as",
            "than" => matches!(word(2), "later" | "earlier" | "sooner"),
            _ => false,
        }
    }

    /// Most words start no date: a date starts with a digit, a capital, or one of a few words.
    fn may_start_date(&self) -> bool {
        let (word, lower) = (self.tok(self.i), self.lower(self.i));
        // A capitalized word opens a date only as a month, weekday, holiday or number word (or one of
        // the openers below, in any case): most capitalized words are names, checked here once.
        let date_word = |k: usize| {
            let entry = self.word(k);
            self.month_at(k).is_some() || entry.weekday().is_some() || entry.holiday().is_some()
        };
        word.starts_with(|c: char| c.is_ascii_digit())
            || word.starts_with(char::is_uppercase)
                && (date_word(self.i) || self.number_at(self.i).is_some() || lower == "mid")
            || matches!(
                lower,
                "last"
                    | "this"
                    | "next"
                    | "past"
                    | "coming"
                    | "that"
                    | "the"
                    | "yesterday"
                    | "today"
                    | "tonight"
                    | "tomorrow"
                    | "just"
                    | "before"
                    | "a"
                    | "an"
                    | "one"
                    | "early"
                    | "late"
                    | "earlier"
                    | "later"
            )
            || self.word(self.i).number().is_some()
            || lower.contains('-') && number_value(lower).is_some()
            || lower.starts_with("mid-")
            || lower.ends_with("-long")
            || lower.ends_with("-old")
    }

    /// ISO dates: "2020-02-28".
    fn iso_date(&self) -> Option<(DateKind, usize)> {
        let word = self.tok(self.i);
        if word.len() == 10 && word.as_bytes()[4] == b'-' && word.as_bytes()[7] == b'-' {
            if let Ok(date) = word.parse::<PartialDate>() {
                return Some((DateKind::Absolute(date), self.i + 1));
            }
        }
        None
    }

    /// Month-first dates: "March 11, 2011", "March 11 2011", "December 29", "February 2022",
    /// "August, 2011", "August of that year", "in October".
    fn month_first(&self) -> Option<(DateKind, usize)> {
        let i = self.i;
        let word = self.tok(i);
        let month = self.month_at(i)?;
        let capital = word.chars().next().is_some_and(char::is_uppercase);
        let abbreviated = !self.word(i).is(Role::MonthName);
        if !capital
            || abbreviated
                && !word.ends_with('.')
                && !self.tok(i + 1).bytes().all(|b| b.is_ascii_digit())
                && day_of(self.tok(i + 1)).is_none()
        {
            return None;
        }
        if let Some(found) = self.month_and_day(month) {
            return Some(found);
        }
        if let Some(year) = year_of(self.tok(i + 1)) {
            return PartialDate::month(year, month).map(|date| (DateKind::Absolute(date), i + 2));
        }
        // "including August, 2011": a full month name, a comma, a year.
        if let Some(year) = year_of(self.tok(i + 2)).filter(|_| !abbreviated && self.tok(i + 1) == ",") {
            return PartialDate::month(year, month).map(|date| (DateKind::Absolute(date), i + 3));
        }
        // "April last year", "December this year".
        if let Some(found) = self.in_counted_year(month, None, i + 1) {
            return Some(found);
        }
        // "August of that year", "August of the same year".
        if self.lower(i + 1) == "of" && matches!(self.lower(i + 2), "that" | "the") {
            let year_at = if self.lower(i + 3) == "same" { i + 4 } else { i + 3 };
            if self.lower(year_at) == "year" {
                return Some((DateKind::MonthOfThatYear(month), year_at + 1));
            }
        }
        // A bare month needs a preposition, and "May"/"March" more than most.
        (!abbreviated && (self.after_time_preposition() || self.after_bound()))
            .then_some((DateKind::Month(month), i + 1))
    }

    /// A month name followed by a day: "March 11, 2011", "March 11 2011", "December 29".
    fn month_and_day(&self, month: u8) -> Option<(DateKind, usize)> {
        let i = self.i;
        if let Some((first, last, end)) = self.days_of_range(i + 1) {
            return self.range_with_year(month, first, last, end);
        }
        let day = day_of(self.tok(i + 1))?;
        if self.tok(i + 2) == "," {
            if let Some(date) = year_of(self.tok(i + 3)).and_then(|year| PartialDate::day(year, month, day)) {
                return Some((DateKind::Absolute(date), i + 4));
            }
        }
        if let Some(date) = year_of(self.tok(i + 2)).and_then(|year| PartialDate::day(year, month, day)) {
            return Some((DateKind::Absolute(date), i + 3));
        }
        if day > days_in_month(2000, month) {
            return None;
        }
        self.in_counted_year(month, Some(day), i + 2).or(Some((DateKind::MonthDay(month, day), i + 2)))
    }

    /// A month (or a day of it) whose year is counted from the present by the words at `at`: "last
    /// year", "this year", "next year" ("in April last year", "on 5 March this year").
    fn in_counted_year(&self, month: u8, day: Option<u8>, at: usize) -> Option<(DateKind, usize)> {
        let offset = self.counted(at, "year")?;
        Some((DateKind::OfYear { month, day, offset }, at + 2))
    }

    /// The offset "last"/"this"/"next" at token `at` gives the `unit` word after it (-1, 0, 1).
    fn counted(&self, at: usize, unit: &str) -> Option<i32> {
        if self.lower(at + 1) != unit {
            return None;
        }
        counting_offset(self.lower(at))
    }

    /// Day-first dates: "11 March 2011", "07 March, 2021", and without a year "on Friday, 7 June"
    /// (a full month name, capitalized, or an abbreviation with its dot: "3 may" is no date); and
    /// ranges of days: "6-12 June", "6 to 12 June 2024", "10th to 14th Feb".
    fn day_first(&self) -> Option<(DateKind, usize)> {
        let i = self.i;
        if let Some((first, last, month_at)) = self.days_of_range(i) {
            // A full month name or its abbreviation, capitalized ("6-12 June", "10th to 14th Feb").
            let month =
                self.month_at(month_at).filter(|_| self.tok(month_at).starts_with(char::is_uppercase))?;
            return self.range_with_year(month, first, last, month_at + 1);
        }
        let day = day_of(self.tok(i))?;
        let month_word = self.tok(i + 1);
        let month = self.month_at(i + 1)?;
        let year_at = if self.tok(i + 2) == "," { i + 3 } else { i + 2 };
        if let Some(year) = year_of(self.tok(year_at)) {
            return PartialDate::day(year, month, day).map(|date| (DateKind::Absolute(date), year_at + 1));
        }
        let named = self.word(i + 1).is(Role::MonthName) || month_word.ends_with('.');
        let capital = month_word.starts_with(char::is_uppercase);
        if !(named && capital && day <= days_in_month(2000, month)) {
            return None;
        }
        self.in_counted_year(month, Some(day), i + 2).or(Some((DateKind::MonthDay(month, day), i + 2)))
    }

    /// A range of two days of a month starting at token `at` ("6-12", "6 – 12", "6 to 12",
    /// "6 through 12"), the first before the last, and the token after it.
    fn days_of_range(&self, at: usize) -> Option<(u8, u8, usize)> {
        let (first, last, end) = match self.tok(at).split_once('-') {
            Some((a, b)) => (day_of(a)?, day_of(b)?, at + 1),
            None => {
                let joined = matches!(self.lower(at + 1), "–" | "—" | "to" | "through" | "until" | "till");
                if !joined || day_of(self.tok(at)).is_none() {
                    return None;
                }
                (day_of(self.tok(at))?, day_of(self.tok(at + 2))?, at + 3)
            }
        };
        (first < last).then_some((first, last, end))
    }

    /// A range of days of `month` ending before token `end`, with the year written after it
    /// ("June 6-12, 2017", "6-12 June 2017") or without.
    fn range_with_year(&self, month: u8, first: u8, last: u8, end: usize) -> Option<(DateKind, usize)> {
        if last > days_in_month(2000, month) {
            return None;
        }
        let year_at = if self.tok(end) == "," { end + 1 } else { end };
        let (year, end) = match year_of(self.tok(year_at)) {
            Some(year) if last <= days_in_month(year, month) => (Some(year), year_at + 1),
            _ => (None, end),
        };
        Some((DateKind::DayRange { year, month, first, last }, end))
    }

    /// Years after a preposition: "in 2024", "since 2011", "dating to 1951"; and a year naming
    /// when a happening was (`happening_dated`).
    fn bare_year(&self) -> Option<(DateKind, usize)> {
        let year = year_of(self.tok(self.i))?;
        (self.year_as_time() || self.happening_dated().is_some())
            .then_some((DateKind::Absolute(PartialDate::year(year)), self.i + 1))
    }

    /// Whether the word before makes a year a time: "in 2024", "the year 2019", "of 2004".
    fn year_as_time(&self) -> bool {
        let previous = if self.i > self.sentence.start { self.lower(self.i - 1) } else { "" };
        self.after_time_preposition() || previous == "year" || previous == "of"
    }

    /// "the 2016 flood", "Examplia's 1982 invasion", "the 1979 peace agreement": a year between an
    /// article or a possessive and a noun of a happening (at most one word before it) dates that
    /// happening, whose token it returns.
    fn happening_dated(&self) -> Option<usize> {
        let i = self.i;
        let determined = i > self.sentence.start
            && (matches!(self.lower(i - 1), "the" | "its" | "their" | "his" | "her")
                || self.seg.tokens[i - 1].kind == TokenKind::Possessive);
        let happening = |k: usize| {
            let word = self.word(k);
            self.tok(k).starts_with(char::is_lowercase) && word.event_type().is_some() && !word.is(Role::Verb)
        };
        let modifier = self.tok(i + 1).starts_with(char::is_lowercase);
        let noun = if happening(i + 1) { i + 1 } else { i + 2 };
        (determined && (noun == i + 1 || modifier && happening(noun))).then_some(noun)
    }

    /// Weekdays: "Friday", "Friday morning"; a weekday before the calendar date it names is that
    /// date ("Tuesday, April 28, 2015", "Sunday 31 July 2022", "Friday the 19th of April").
    fn weekday(&self) -> Option<(DateKind, usize)> {
        let weekday = self.word(self.i).weekday()?;
        if !self.tok(self.i).chars().next().is_some_and(char::is_uppercase) {
            return None;
        }
        let mut end = self.i + 1;
        if matches!(self.lower(self.i + 1), "morning" | "afternoon" | "evening" | "night") {
            end += 1;
        }
        // "Friday this week", "Tuesday last week".
        if let Some(offset) = self.counted(end, "week") {
            return Some((DateKind::WeekdayOfWeek { weekday, offset }, end + 2));
        }
        self.day_in_apposition(end).or(Some((DateKind::Weekday(weekday), end)))
    }

    /// The calendar day written right after a weekday, after a comma or not; a month alone is
    /// no such day.
    fn day_in_apposition(&self, after: usize) -> Option<(DateKind, usize)> {
        let start = if self.tok(after) == "," { after + 1 } else { after };
        if start >= self.sentence.end || self.seg.tokens[start].kind != TokenKind::Word {
            return None;
        }
        let at = At { seg: self.seg, i: start, sentence: self.sentence.clone() };
        let found = at.month_first().or_else(|| at.day_first()).or_else(|| at.ordinal_of_month())?;
        match found.0 {
            DateKind::Absolute(date) if date.day.is_some() => Some(found),
            DateKind::MonthDay(..) | DateKind::OfYear { day: Some(_), .. } => Some(found),
            _ => None,
        }
    }

    /// A day written as an ordinal of its month: "the 19th of April", "the 3rd of May, 2021".
    fn ordinal_of_month(&self) -> Option<(DateKind, usize)> {
        let i = self.i;
        let ordinal = self.tok(i + 1);
        if self.lower(i) != "the" || ordinal.bytes().all(|b| b.is_ascii_digit()) || self.lower(i + 2) != "of"
        {
            return None;
        }
        let day = day_of(ordinal)?;
        let month_at = i + 3;
        let month_word = self.tok(month_at);
        let full = self.word(month_at).is(Role::MonthName) && month_word.starts_with(char::is_uppercase);
        let month = self.month_at(month_at).filter(|_| full)?;
        let year_at = if self.tok(month_at + 1) == "," { month_at + 2 } else { month_at + 1 };
        if let Some(year) = year_of(self.tok(year_at)) {
            return PartialDate::day(year, month, day).map(|date| (DateKind::Absolute(date), year_at + 1));
        }
        if day > days_in_month(2000, month) {
            return None;
        }
        let counted = self.in_counted_year(month, Some(day), month_at + 1);
        counted.or(Some((DateKind::MonthDay(month, day), month_at + 1)))
    }

    /// Relative periods: "last week", "this month", "this past week", "next year".
    fn relative_period(&self) -> Option<(DateKind, usize)> {
        let i = self.i;
        let first = self.lower(i);
        if !matches!(first, "last" | "this" | "next" | "past" | "coming") {
            return None;
        }
        if let Some(found) = self.counted_month() {
            return Some(found);
        }
        let (offset_word, unit_at) = if first == "this" && matches!(self.lower(i + 1), "past" | "coming") {
            (self.lower(i + 1), i + 2)
        } else {
            (first, i + 1)
        };
        let unit_word = self.lower(unit_at);
        let unit = Unit::parse(unit_word)?;
        if unit_word.ends_with('s') && !(unit == Unit::Week && unit_word == "weekend") {
            return None;
        }
        let offset = match offset_word {
            "last" | "past" => -1,
            "next" | "coming" => 1,
            _ => 0,
        };
        // "this past week" means the seven days up to now: encoded as the offset -100 of a rolling
        // week.
        let kind = if offset_word == "past" && first == "this" {
            DateKind::Relative(unit, -100)
        } else {
            DateKind::Relative(unit, offset)
        };
        Some((kind, unit_at + 1))
    }

    /// A full month name, capitalized, after "last", "next" or "this": "last May", "next March",
    /// "this April" (of the year of writing).
    fn counted_month(&self) -> Option<(DateKind, usize)> {
        let at = self.i + 1;
        let full = self.word(at).is(Role::MonthName) && self.tok(at).starts_with(char::is_uppercase);
        let month = self.month_at(at).filter(|_| full)?;
        let kind = match counting_offset(self.lower(self.i))? {
            0 => DateKind::OfYear { month, day: None, offset: 0 },
            offset => DateKind::MonthCounted { month, offset },
        };
        Some((kind, at + 1))
    }

    /// "that month", "that year", "the same year": the time named just before.
    fn same_as_previous(&self) -> Option<(DateKind, usize)> {
        let i = self.i;
        let first = self.lower(i);
        if !matches!(first, "that" | "the") {
            return None;
        }
        let unit_at = if first == "the" && self.lower(i + 1) == "same" { i + 2 } else { i + 1 };
        if !(first == "that" || unit_at == i + 2) || self.lower(unit_at).ends_with('s') {
            return None;
        }
        let unit = Unit::parse(self.lower(unit_at)).filter(|u| *u != Unit::Day)?;
        Some((DateKind::SameAsPrevious(unit), unit_at + 1))
    }

    /// Times counted from the one named before: "the next day", "the following day" (or morning,
    /// evening …), "the previous day", "the day before" (at a clause's end), "a day earlier", "two
    /// weeks later", "three hours later" (the same day).
    fn counted_from_previous(&self) -> Option<(DateKind, usize)> {
        let i = self.i;
        if self.lower(i) == "the" {
            let (sign, unit_at) = match (self.lower(i + 1), self.lower(i + 2)) {
                ("next" | "following", _) => (1, i + 2),
                ("previous" | "preceding", _) => (-1, i + 2),
                ("day", "before") if self.clause_ends(i + 3) => (-1, i + 1),
                _ => return None,
            };
            // "the following morning": a part of the day after the one named before.
            let part_of_day = matches!(self.lower(unit_at), "morning" | "afternoon" | "evening" | "night");
            let unit = if part_of_day && sign == 1 {
                Unit::Day
            } else {
                Unit::parse(self.lower(unit_at)).filter(|_| !self.lower(unit_at).ends_with('s'))?
            };
            let end = if unit_at == i + 1 { i + 3 } else { unit_at + 1 };
            return (unit != Unit::Week || self.lower(unit_at) == "week")
                .then_some((DateKind::FromPrevious { amount: sign, unit }, end));
        }
        let amount = match self.lower(i) {
            "a" | "one" => 1,
            _ => self.number_at(i)?,
        };
        let sign = match self.lower(i + 2) {
            "later" => 1,
            "earlier" => -1,
            _ => return None,
        };
        // "three hours later": the day of the happening told before.
        if matches!(self.lower(i + 1), "hour" | "hours") {
            return Some((DateKind::FromPrevious { amount: 0, unit: Unit::Day }, i + 3));
        }
        let unit = Unit::parse(self.lower(i + 1)).filter(|_| self.lower(i + 1) != "weekend")?;
        Some((DateKind::FromPrevious { amount: sign * amount as i32, unit }, i + 3))
    }

    /// The day of the time named before: "the same day", "that same day", "earlier in the day",
    /// "later that day", "later that evening".
    fn same_day_as_previous(&self) -> Option<(DateKind, usize)> {
        let i = self.i;
        let part_of_day =
            |k: usize| matches!(self.lower(k), "day" | "morning" | "afternoon" | "evening" | "night");
        let end = match (self.lower(i), self.lower(i + 1), self.lower(i + 2)) {
            ("the" | "that", "same", "day") => i + 3,
            ("earlier" | "later", "in", "the") if part_of_day(i + 3) => i + 4,
            ("earlier" | "later", "that", _) if part_of_day(i + 2) => i + 3,
            _ => return None,
        };
        Some((DateKind::FromPrevious { amount: 0, unit: Unit::Day }, end))
    }

    /// Whether token `k` ends a clause (punctuation or the sentence's end).
    fn clause_ends(&self, k: usize) -> bool {
        k >= self.sentence.end || self.seg.tokens[k].kind != TokenKind::Word
    }

    /// "over the weekend", "on the weekend", "at the weekend".
    fn weekend(&self) -> Option<(DateKind, usize)> {
        let i = self.i;
        let before = if i > self.sentence.start { self.lower(i - 1) } else { "" };
        (self.lower(i) == "the"
            && self.lower(i + 1) == "weekend"
            && matches!(before, "over" | "on" | "at" | "during"))
        .then_some((DateKind::Weekend, i + 2))
    }

    /// A part of a month, read as the month: "mid-March", "in early March", "in late October" (of a
    /// counted year: "in early March last year").
    fn part_of_month(&self) -> Option<(DateKind, usize)> {
        let i = self.i;
        let word = self.tok(i);
        if let Some(rest) = word.strip_prefix("mid-").or_else(|| word.strip_prefix("Mid-")) {
            // "in mid-2022": within that year.
            if let Some(year) = year_of(rest) {
                return Some((DateKind::Absolute(PartialDate::year(year)), i + 1));
            }
            let month = month_number(rest).filter(|_| rest.starts_with(char::is_uppercase))?;
            return self.in_counted_year(month, None, i + 1).or(Some((DateKind::Month(month), i + 1)));
        }
        if !matches!(self.lower(i), "early" | "late" | "mid") || !self.after_time_preposition() {
            return None;
        }
        let next = self.tok(i + 1);
        let full = self.word(i + 1).is(Role::MonthName) && next.starts_with(char::is_uppercase);
        let month = self.month_at(i + 1).filter(|_| full)?;
        self.in_counted_year(month, None, i + 2).or(Some((DateKind::Month(month), i + 2)))
    }

    /// "yesterday", "today", "tomorrow", "tonight", "this morning", "yesterday afternoon".
    fn day_word(&self) -> Option<(DateKind, usize)> {
        let part_of_day = |k: usize| matches!(self.lower(k), "morning" | "afternoon" | "evening" | "night");
        let offset = match self.lower(self.i) {
            "yesterday" => -1,
            "today" | "tonight" => 0,
            "tomorrow" => 1,
            "this" if part_of_day(self.i + 1) => 0,
            _ => return None,
        };
        let end = if part_of_day(self.i + 1) { self.i + 2 } else { self.i + 1 };
        Some((DateKind::Relative(Unit::Day, offset), end))
    }

    /// "just before Christmas", "before Christmas", "on Christmas", "on Remembrance Day".
    fn holiday(&self) -> Option<(DateKind, usize)> {
        let i = self.i;
        let holiday_at = match self.lower(i) {
            "just" if self.lower(i + 1) == "before" => i + 2,
            "before" => i + 1,
            _ => i,
        };
        let (month, day) = self.word(holiday_at).holiday()?;
        let with_day = self.word(holiday_at).is(Role::DayHoliday);
        if with_day && self.tok(holiday_at + 1) != "Day" {
            return None;
        }
        let end = holiday_at + 1 + usize::from(with_day);
        Some((DateKind::Holiday { month, day, before: holiday_at > i }, end))
    }

    /// "about three years after", "some eight years before", "two weeks ago", "a week ago".
    fn offset(&self) -> Option<(DateKind, usize)> {
        let i = self.i;
        // "a month ago", "an hour ago": one of the unit, before now only.
        let one_ago = matches!(self.lower(i), "a" | "an") && self.lower(i + 2) == "ago";
        let amount = if one_ago { 1 } else { self.number_at(i)? };
        let unit = Unit::parse(self.lower(i + 1))?;
        match self.lower(i + 2) {
            "after" | "before" => {
                Some((DateKind::Offset { amount, unit, after: self.lower(i + 2) == "after" }, i + 3))
            }
            "ago" => Some((DateKind::Relative(unit, -(amount as i32)), i + 3)),
            _ => None,
        }
    }

    /// Running durations: "22-month-long", "10-year-old".
    fn duration(&self) -> Option<(DateKind, usize)> {
        let lower = self.lower(self.i);
        if !(lower.ends_with("-long") || lower.ends_with("-old")) {
            return None;
        }
        let parts: Vec<&str> = lower.split('-').collect();
        if parts.len() < 3 || !matches!(parts[parts.len() - 1], "long" | "old") {
            return None;
        }
        let amount = number_value(&parts[..parts.len() - 2].join("-"))?;
        let unit = Unit::parse(parts[parts.len() - 2])?;
        Some((DateKind::Duration { amount, unit }, self.i + 1))
    }
}

/// The count "last", "this" or "next" gives what follows it: -1, 0, 1.
fn counting_offset(word: &str) -> Option<i32> {
    match word {
        "last" => Some(-1),
        "this" => Some(0),
        "next" => Some(1),
        _ => None,
    }
}
