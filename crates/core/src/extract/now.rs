//! When each article was written ("now"), and what its dates mean.
//!
//! An article's time is its published date or, failing that, a running duration counted from a
//! stated date ("the 22-month-long campaign" since "February 24, 2022"); `merge` later borrows a
//! time from another article that reports the same event and narrows it by coming weekdays.
//! Date expressions are resolved against a year named nearby or against that time; what nothing
//! anchors keeps its words and no value.

use std::ops::Range;

use crate::date::PartialDate;

use super::dates::{resolve, shift, DateExpr, DateKind, Days, Tense, Unit};
use super::doc::Doc;
use super::text::TokenKind;

/// When an article was written, as far as the texts tell.
#[derive(Debug, Clone)]
pub(crate) struct Now {
    /// The days it may have been written on.
    pub days: Days,
    /// How that is known, in words.
    pub basis: String,
    /// The passages it rests on: (article, tokens).
    pub evidence: Vec<(usize, Range<usize>)>,
}

/// A resolved date expression.
#[derive(Debug, Clone)]
pub(crate) struct Resolved {
    /// The days it denotes.
    pub days: Days,
    /// Whether the text states it at this precision.
    pub stated: bool,
    /// For inferred dates, what the inference rests on.
    pub basis: Option<String>,
}

/// The text of `tokens` in `doc`.
pub(crate) fn quote(doc: &Doc<'_>, tokens: Range<usize>) -> String {
    doc.seg.slice(tokens).to_string()
}

/// The time of article `index` from its own text: its published date, or a running duration.
pub(crate) fn own_now(index: usize, doc: &Doc<'_>) -> Option<Now> {
    if let Some(published) = doc.published {
        return Some(Now {
            days: Days::of(published),
            basis: "its publication date".to_string(),
            evidence: Vec::new(),
        });
    }
    doc.dates.iter().enumerate().find_map(|(k, expr)| running_since(index, doc, k, expr))
}

/// The time a running duration gives ("the 22-month-long campaign"), counted from the nearest
/// stated day or month before it in its paragraph ("February 24, 2022").
fn running_since(index: usize, doc: &Doc<'_>, k: usize, expr: &DateExpr) -> Option<Now> {
    let DateKind::Duration { amount, unit } = expr.kind else { return None };
    let paragraph = doc.seg.sentences[expr.sentence].paragraph;
    let start = doc.dates[..k]
        .iter()
        .rev()
        .take_while(|earlier| doc.seg.sentences[earlier.sentence].paragraph == paragraph)
        .find(|earlier| matches!(earlier.kind, DateKind::Absolute(p) if p.month.is_some()))?;
    let DateKind::Absolute(from) = start.kind else { return None };
    let from_days = Days::of(from);
    let amount = amount as i32;
    let days = Days {
        first: shift(from_days.first, amount, unit),
        last: shift(from_days.last, amount + 1, unit) - 1,
    };
    let basis = format!(
        "its “{}” counts from “{}”",
        running_phrase(doc, expr.tokens.clone()),
        quote(doc, start.tokens.clone())
    );
    Some(Now { days, basis, evidence: vec![(index, start.tokens.clone()), (index, expr.tokens.clone())] })
}

/// Resolves date expression `k` of article `doc`, told in `tense`.
pub(crate) fn resolve_expr(doc: &Doc<'_>, k: usize, tense: Tense, now: Option<&Now>) -> Option<Resolved> {
    let expr = &doc.dates[k];
    match expr.kind {
        DateKind::Absolute(date) => Some(Resolved { days: Days::of(date), stated: true, basis: None }),
        DateKind::DayRange { year, month, first, last } => {
            day_range(doc, k, year, [month, first, last], tense, now)
        }
        DateKind::Month(month) => month_or_day(doc, k, month, None, tense, now),
        DateKind::MonthDay(month, day) => month_or_day(doc, k, month, Some(day), tense, now),
        DateKind::MonthOfThatYear(month) => month_of_that_year(doc, k, month),
        DateKind::SameAsPrevious(unit) => same_as_previous(doc, k, unit, tense, now),
        DateKind::FromPrevious { amount, unit } => from_previous(doc, k, amount, unit, tense, now),
        DateKind::Weekday(_)
        | DateKind::WeekdayOfWeek { .. }
        | DateKind::OfYear { .. }
        | DateKind::MonthCounted { .. }
        | DateKind::Relative(..)
        | DateKind::Holiday { .. }
        | DateKind::Weekend => relative_to_now(doc, expr, &quote(doc, expr.tokens.clone()), tense, now),
        DateKind::Offset { .. } | DateKind::Duration { .. } => None,
    }
}

/// A bare year (with its tokens) named near expression `k` in a sentence `in_sentence` accepts:
/// only the sentence before and the expression's own sentence are searched.
fn year_named(doc: &Doc<'_>, k: usize, in_sentence: &dyn Fn(usize) -> bool) -> Option<(i32, Range<usize>)> {
    let sentence = doc.dates[k].sentence;
    let before = doc.dates[..k].iter().rev().take_while(|e| e.sentence + 1 >= sentence);
    let after = doc.dates[k + 1..].iter().take_while(|e| e.sentence == sentence);
    before.chain(after).find_map(|e| match e.kind {
        // "the 2016 flood" dates that happening alone.
        DateKind::Absolute(p) if p.month.is_none() && e.happening.is_none() && in_sentence(e.sentence) => {
            Some((p.year, e.tokens.clone()))
        }
        _ => None,
    })
}

/// "October", "December 29": a year named in the same sentence completes it; one named in the
/// sentence before, in the same paragraph, is its likely year; else it is counted from now.
fn month_or_day(
    doc: &Doc<'_>,
    k: usize,
    month: u8,
    day: Option<u8>,
    tense: Tense,
    now: Option<&Now>,
) -> Option<Resolved> {
    let expr = &doc.dates[k];
    let here = quote(doc, expr.tokens.clone());
    let sentence = expr.sentence;
    let paragraph = doc.seg.sentences[sentence].paragraph;
    let with_year = |year: i32| match day {
        Some(day) => PartialDate::day(year, month, day),
        None => PartialDate::month(year, month),
    };
    if let Some((year, _)) = year_named(doc, k, &|s| s == sentence) {
        return with_year(year).map(|date| Resolved { days: Days::of(date), stated: true, basis: None });
    }
    let lends_its_year = |s: usize| s + 1 == sentence && doc.seg.sentences[s].paragraph == paragraph;
    if let Some((year, tokens)) =
        year_named(doc, k, &lends_its_year).filter(|(_, t)| !since_then(doc, t.start))
    {
        return with_year(year).map(|date| Resolved {
            days: Days::of(date),
            stated: false,
            basis: Some(format!(
                "“{here}” of {year}, the year named just before (“{}”, {})",
                quote(doc, tokens),
                doc.id
            )),
        });
    }
    relative_to_now(doc, expr, &here, tense, now)
}

/// "has served since 1990": the year a state began, which tells nothing of when the next sentence's
/// happenings are.
fn since_then(doc: &Doc<'_>, start: usize) -> bool {
    start > 0 && doc.seg.low(start - 1) == "since"
}

/// "June 6-12", "6-12 June 2017": the days of a range, in the year written with it or named in its
/// sentence, else counted from now.
fn day_range(
    doc: &Doc<'_>,
    k: usize,
    year: Option<i32>,
    [month, first, last]: [u8; 3],
    tense: Tense,
    now: Option<&Now>,
) -> Option<Resolved> {
    let sentence = doc.dates[k].sentence;
    let year = year.or_else(|| year_named(doc, k, &|s| s == sentence).map(|(year, _)| year));
    if let Some(year) = year {
        let kind = DateKind::DayRange { year: Some(year), month, first, last };
        let days = resolve(&kind, Days { first: 0, last: 0 }, tense)?;
        return Some(Resolved { days, stated: true, basis: None });
    }
    relative_to_now(doc, &doc.dates[k], &quote(doc, doc.dates[k].tokens.clone()), tense, now)
}

/// "August of that year": the year of the last dated expression before it.
fn month_of_that_year(doc: &Doc<'_>, k: usize, month: u8) -> Option<Resolved> {
    let (year, tokens) = doc.dates[..k].iter().rev().find_map(|e| match e.kind {
        DateKind::Absolute(p) => Some((p.year, e.tokens.clone())),
        _ => None,
    })?;
    PartialDate::month(year, month).map(|date| Resolved {
        days: Days::of(date),
        stated: false,
        basis: Some(format!("“that year” is {year}, from “{}” before it in {}", quote(doc, tokens), doc.id)),
    })
}

/// "that month", "the same year": the expression before, itself not a "that …" (so chains stay
/// one step deep), at the precision of `unit`.
fn same_as_previous(
    doc: &Doc<'_>,
    k: usize,
    unit: Unit,
    tense: Tense,
    now: Option<&Now>,
) -> Option<Resolved> {
    let sentence = doc.dates[k].sentence;
    let (j, previous) = doc.dates[..k]
        .iter()
        .enumerate()
        .rev()
        .take_while(|(_, e)| e.sentence + 1 >= sentence)
        .find(|(_, e)| e.is_time() && !matches!(e.kind, DateKind::SameAsPrevious(_)))?;
    let date = resolve_expr(doc, j, tense, now)?.days.to_partial()?;
    let truncated = match unit {
        Unit::Year => PartialDate::year(date.year),
        Unit::Month => PartialDate { year: date.year, month: date.month, day: None },
        _ => date,
    };
    Some(Resolved {
        days: Days::of(truncated),
        stated: false,
        basis: Some(format!(
            "“{}” is {truncated}, as “{}” before it",
            quote(doc, doc.dates[k].tokens.clone()),
            quote(doc, previous.tokens.clone())
        )),
    })
}

/// `anchor` moved by `amount` `unit`s, at the precision of the unit for years and months ("about
/// three years", "two months later": only the year or the month is meant).
fn shifted(anchor: Days, amount: i32, unit: Unit) -> Days {
    let first = shift(anchor.first, amount, unit);
    match unit {
        Unit::Year => Days::of(PartialDate::year(PartialDate::from_days(first).year)),
        Unit::Month => {
            let date = PartialDate::from_days(first);
            Days::of(PartialDate { year: date.year, month: date.month, day: None })
        }
        _ => Days { first, last: shift(anchor.last, amount, unit) },
    }
}

/// "the next day", "a day earlier": counted from the time named before it in its sentence or the
/// one before (itself not counted from another, so chains stay one step deep), at the precision
/// of `unit` for months and years.
fn from_previous(
    doc: &Doc<'_>,
    k: usize,
    amount: i32,
    unit: Unit,
    tense: Tense,
    now: Option<&Now>,
) -> Option<Resolved> {
    let sentence = doc.dates[k].sentence;
    let anchor = |e: &&DateExpr| {
        e.is_time() && !matches!(e.kind, DateKind::SameAsPrevious(_) | DateKind::FromPrevious { .. })
    };
    let before = doc.dates[..k].iter().enumerate().rev().take_while(|(_, e)| e.sentence + 1 >= sentence);
    // "Earlier in the day, … confirmed on Thursday": the same day may be named after it.
    let after = doc.dates[k + 1..]
        .iter()
        .enumerate()
        .map(|(j, e)| (k + 1 + j, e))
        .take_while(|(_, e)| e.sentence == sentence && amount == 0 && unit == Unit::Day);
    let (j, previous) = before.chain(after).find(|(_, e)| anchor(e))?;
    let days = shifted(resolve_expr(doc, j, tense, now)?.days, amount, unit);
    days.to_partial()?;
    Some(Resolved {
        days,
        stated: false,
        basis: Some(format!(
            "“{}” counted from “{}” before it in {}",
            quote(doc, doc.dates[k].tokens.clone()),
            quote(doc, previous.tokens.clone()),
            doc.id
        )),
    })
}

/// An expression resolved against the time the article was written (`now`), with the relation
/// that explains it ("the last “October” before …").
fn relative_to_now(
    doc: &Doc<'_>,
    expr: &DateExpr,
    here: &str,
    tense: Tense,
    now: Option<&Now>,
) -> Option<Resolved> {
    let now = now?;
    let days = resolve(&expr.kind, now.days, tense)?;
    days.to_partial()?;
    let relation = match (&expr.kind, tense) {
        (DateKind::Month(_) | DateKind::MonthDay(..) | DateKind::DayRange { .. }, Tense::Past) => {
            format!("the last “{here}” before")
        }
        (DateKind::Month(_) | DateKind::MonthDay(..) | DateKind::DayRange { .. }, Tense::Future) => {
            format!("the first “{here}” after")
        }
        (DateKind::Month(_) | DateKind::MonthDay(..) | DateKind::DayRange { .. }, Tense::Unknown) => {
            format!("the “{here}” nearest to when")
        }
        (DateKind::Weekday(_), Tense::Future) => format!("the “{here}” coming after"),
        (DateKind::Weekday(_), _) => format!("the “{here}” just before"),
        _ => format!("“{here}” counted from when"),
    };
    Some(Resolved {
        days,
        stated: false,
        basis: Some(format!("{relation} {} was written, {} ({})", doc.id, human(now.days), now.basis)),
    })
}

/// The running-duration phrase around a duration expression: "22-month-long campaign".
fn running_phrase(doc: &Doc<'_>, tokens: Range<usize>) -> String {
    let sentence_end = doc
        .seg
        .sentences
        .iter()
        .find(|s| s.tokens.contains(&tokens.start))
        .map_or(tokens.end, |s| s.tokens.end);
    let next_is_word = tokens.end < sentence_end && doc.seg.tokens[tokens.end].kind == TokenKind::Word;
    quote(doc, tokens.start..if next_is_word { tokens.end + 1 } else { tokens.end })
}

/// A span of days in words: "28 February 2020", "24–28 December 2023", "December 2023".
pub(crate) fn human(days: Days) -> String {
    // Month names as a reader writes them.
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let first = PartialDate::from_days(days.first);
    let last = PartialDate::from_days(days.last);
    let month = |date: PartialDate| MONTHS[usize::from(date.month.unwrap_or(1)) - 1];
    let (first_day, last_day) = (first.day.unwrap_or(1), last.day.unwrap_or(1));
    let month_end = Days::of(PartialDate { year: last.year, month: last.month, day: None }).last;
    if first == last {
        format!("{first_day} {} {}", month(first), first.year)
    } else if first.year == last.year && first.month == last.month && first_day == 1 && month_end == days.last
    {
        format!("{} {}", month(first), first.year)
    } else if first.year == last.year && first.month == last.month {
        format!("{first_day}–{last_day} {} {}", month(first), first.year)
    } else if first.year == last.year {
        format!("{first_day} {} – {last_day} {} {}", month(first), month(last), first.year)
    } else {
        format!("{first_day} {} {} – {last_day} {} {}", month(first), first.year, month(last), last.year)
    }
}

/// The date an offset clause gives ("about three years after …" before "March 11, 2011").
pub(crate) fn resolve_offset(doc: &Doc<'_>, k: usize, tense: Tense, now: Option<&Now>) -> Option<Resolved> {
    let DateKind::Offset { amount, unit, after } = doc.dates[k].kind else { return None };
    let sentence = doc.dates[k].sentence;
    let (anchor_index, anchor) =
        doc.dates[..k].iter().enumerate().rev().find(|(_, e)| e.sentence == sentence && e.is_time())?;
    let anchor_days = resolve_expr(doc, anchor_index, tense, now)?.days;
    let amount = if after { -(amount as i32) } else { amount as i32 };
    let days = shifted(anchor_days, amount, unit);
    Some(Resolved {
        days,
        stated: false,
        basis: Some(format!(
            "“{}” counted {} from “{}” in {}",
            quote(doc, doc.dates[k].tokens.clone()),
            if after { "back" } else { "on" },
            quote(doc, anchor.tokens.clone()),
            doc.id
        )),
    })
}

/// A passage cut to about eight words, for use inside a sentence.
pub(crate) fn shorten(text: &str) -> String {
    // Only the first ten words are looked at, however long the passage.
    let words: Vec<&str> = text.split_whitespace().take(10).collect();
    if words.len() <= 9 {
        words.join(" ")
    } else {
        format!("{} …", words[..8].join(" "))
    }
}
