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

/// The time of an article from its own text: its published date, or a running duration.
pub(crate) fn own_now(d: usize, doc: &Doc<'_>) -> Option<Now> {
    if let Some(p) = doc.published {
        return Some(Now {
            days: Days::of(p),
            basis: "its publication date".to_string(),
            evidence: Vec::new(),
        });
    }
    for (k, expr) in doc.dates.iter().enumerate() {
        let DateKind::Duration { amount, unit } = expr.kind else { continue };
        // The start: the nearest stated day or month before it, in this paragraph.
        let paragraph = doc.seg.sentences[expr.sentence].paragraph;
        let Some(start) = doc.dates[..k]
            .iter()
            .rev()
            .take_while(|s| doc.seg.sentences[s.sentence].paragraph == paragraph)
            .find(|s| matches!(s.kind, DateKind::Absolute(p) if p.month.is_some()))
        else {
            continue;
        };
        let DateKind::Absolute(from) = start.kind else { continue };
        let from_days = Days::of(from);
        let n = amount as i32;
        let days =
            Days { first: shift(from_days.first, n, unit), last: shift(from_days.last, n + 1, unit) - 1 };
        let basis = format!(
            "its “{}” counts from “{}”",
            running_phrase(doc, expr.tokens.clone()),
            quote(doc, start.tokens.clone())
        );
        return Some(Now {
            days,
            basis,
            evidence: vec![(d, start.tokens.clone()), (d, expr.tokens.clone())],
        });
    }
    None
}

/// Resolves date expression `k` of article `doc`, told in `tense`.
pub(crate) fn resolve_expr(doc: &Doc<'_>, k: usize, tense: Tense, now: Option<&Now>) -> Option<Resolved> {
    let expr = &doc.dates[k];
    let here = quote(doc, expr.tokens.clone());
    let sentence = expr.sentence;
    let paragraph = doc.seg.sentences[sentence].paragraph;
    // Only the sentence before and this sentence are searched.
    let year_named = |pred: &dyn Fn(usize) -> bool| {
        let before = doc.dates[..k].iter().rev().take_while(|e| e.sentence + 1 >= sentence);
        let after = doc.dates[k + 1..].iter().take_while(|e| e.sentence == sentence);
        before.chain(after).find_map(|e| match e.kind {
            DateKind::Absolute(p) if p.month.is_none() && pred(e.sentence) => {
                Some((p.year, e.tokens.clone()))
            }
            _ => None,
        })
    };
    match expr.kind {
        DateKind::Absolute(p) => Some(Resolved { days: Days::of(p), stated: true, basis: None }),
        DateKind::Month(m) | DateKind::MonthDay(m, _) => {
            let day = if let DateKind::MonthDay(_, d) = expr.kind { Some(d) } else { None };
            let with_year = |y: i32| match day {
                Some(d) => PartialDate::day(y, m, d),
                None => PartialDate::month(y, m),
            };
            // A year named in the same sentence completes it; one named in the sentence before, in
            // the same paragraph, is its likely year.
            if let Some((y, _)) = year_named(&|s| s == sentence) {
                return with_year(y).map(|p| Resolved { days: Days::of(p), stated: true, basis: None });
            }
            if let Some((y, tokens)) =
                year_named(&|s| s + 1 == sentence && doc.seg.sentences[s].paragraph == paragraph)
            {
                return with_year(y).map(|p| Resolved {
                    days: Days::of(p),
                    stated: false,
                    basis: Some(format!(
                        "“{here}” of {y}, the year named just before (“{}”, {})",
                        quote(doc, tokens),
                        doc.id
                    )),
                });
            }
            relative_to_now(doc, expr, &here, tense, now)
        }
        DateKind::MonthOfThatYear(m) => {
            let (year, tokens) = doc.dates[..k].iter().rev().find_map(|e| match e.kind {
                DateKind::Absolute(p) => Some((p.year, e.tokens.clone())),
                _ => None,
            })?;
            PartialDate::month(year, m).map(|p| Resolved {
                days: Days::of(p),
                stated: false,
                basis: Some(format!(
                    "“that year” is {year}, from “{}” before it in {}",
                    quote(doc, tokens),
                    doc.id
                )),
            })
        }
        DateKind::SameAsPrevious(unit) => {
            // The expression before, itself not a "that …" (so chains stay one step deep).
            let (j, previous) = doc.dates[..k]
                .iter()
                .enumerate()
                .rev()
                .take_while(|(_, e)| e.sentence + 1 >= sentence)
                .find(|(_, e)| e.is_time() && !matches!(e.kind, DateKind::SameAsPrevious(_)))?;
            let r = resolve_expr(doc, j, tense, now)?;
            let p = r.days.to_partial()?;
            let truncated = match unit {
                Unit::Year => PartialDate::year(p.year),
                Unit::Month => PartialDate { year: p.year, month: p.month, day: None },
                _ => p,
            };
            Some(Resolved {
                days: Days::of(truncated),
                stated: false,
                basis: Some(format!(
                    "“{here}” is {truncated}, as “{}” before it",
                    quote(doc, previous.tokens.clone())
                )),
            })
        }
        DateKind::Weekday(_) | DateKind::Relative(..) | DateKind::Holiday { .. } => {
            relative_to_now(doc, expr, &here, tense, now)
        }
        DateKind::Offset { .. } | DateKind::Duration { .. } => None,
    }
}

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
        (DateKind::Month(_) | DateKind::MonthDay(..), Tense::Past) => format!("the last “{here}” before"),
        (DateKind::Month(_) | DateKind::MonthDay(..), Tense::Future) => format!("the first “{here}” after"),
        (DateKind::Month(_) | DateKind::MonthDay(..), Tense::Unknown) => {
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
    let a = PartialDate::from_days(days.first);
    let b = PartialDate::from_days(days.last);
    let month = |p: PartialDate| MONTHS[usize::from(p.month.unwrap_or(1)) - 1];
    let (da, db) = (a.day.unwrap_or(1), b.day.unwrap_or(1));
    let month_end = Days::of(PartialDate { year: b.year, month: b.month, day: None }).last;
    if a == b {
        format!("{da} {} {}", month(a), a.year)
    } else if a.year == b.year && a.month == b.month && da == 1 && month_end == days.last {
        format!("{} {}", month(a), a.year)
    } else if a.year == b.year && a.month == b.month {
        format!("{da}–{db} {} {}", month(a), a.year)
    } else if a.year == b.year {
        format!("{da} {} – {db} {} {}", month(a), month(b), a.year)
    } else {
        format!("{da} {} {} – {db} {} {}", month(a), a.year, month(b), b.year)
    }
}

/// The date an offset clause gives ("about three years after …" before "March 11, 2011").
pub(crate) fn resolve_offset(doc: &Doc<'_>, k: usize, tense: Tense, now: Option<&Now>) -> Option<Resolved> {
    let DateKind::Offset { amount, unit, after } = doc.dates[k].kind else { return None };
    let sentence = doc.dates[k].sentence;
    let (j, anchor) =
        doc.dates[..k].iter().enumerate().rev().find(|(_, e)| e.sentence == sentence && e.is_time())?;
    let r = resolve_expr(doc, j, tense, now)?;
    let n = if after { -(amount as i32) } else { amount as i32 };
    let first = shift(r.days.first, n, unit);
    // "about three years": only the year is meant.
    let days = match unit {
        Unit::Year => Days::of(PartialDate::year(PartialDate::from_days(first).year)),
        Unit::Month => {
            let p = PartialDate::from_days(first);
            Days::of(PartialDate { year: p.year, month: p.month, day: None })
        }
        _ => Days { first, last: shift(r.days.last, n, unit) },
    };
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
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() <= 9 {
        words.join(" ")
    } else {
        format!("{} …", words[..8].join(" "))
    }
}
