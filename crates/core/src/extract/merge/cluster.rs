//! An event as merging builds it (`EventCluster`), and the resolved dates of event mentions.

use crate::date::PartialDate;

use super::super::dates::{DateKind, Days};
use super::super::doc::Doc;
use super::super::now::{resolve_expr, resolve_offset, shorten, Now, Resolved};

/// An event: mentions in one or more articles, with its date.
#[derive(Debug, Clone)]
pub(crate) struct EventCluster {
    /// (article, event mention) of every mention.
    pub members: Vec<(usize, usize)>,
    /// The event's type.
    pub event_type: &'static str,
    /// Its days, when resolved.
    pub days: Option<Days>,
    /// Whether the value is stated.
    pub stated: bool,
    /// The basis of an inferred value.
    pub basis: Option<String>,
    /// Stated dates that disagree: (value, article, date expression).
    pub disagreements: Vec<(PartialDate, usize, usize)>,
}

/// Every resolved date of event mention `event` of article `doc`: (expression index, value).
pub(crate) fn event_dates(
    docs: &[Doc<'_>],
    nows: &[Option<Now>],
    doc: usize,
    event: usize,
) -> Vec<(usize, Resolved)> {
    let now = nows[doc].as_ref();
    let doc = &docs[doc];
    let event = &doc.events[event];
    event
        .dates
        .iter()
        .zip(&event.date_tenses)
        .filter_map(|(&k, &tense)| {
            let resolved = match doc.dates[k].kind {
                DateKind::Offset { .. } => resolve_offset(doc, k, tense, now),
                _ => resolve_expr(doc, k, tense, now),
            };
            let resolved = if until_before(doc, k) { until(doc, k, resolved?, now)? } else { resolved? };
            Some((k, resolved))
        })
        .collect()
}

/// Whether date expression `k` of `doc` tells when something ends: "until"/"till" right before
/// it, or before "the end of" it ("until the end of 2004").
fn until_before(doc: &Doc<'_>, k: usize) -> bool {
    let start = doc.dates[k].tokens.start;
    let sentence = doc.seg.sentences[doc.dates[k].sentence].tokens.start;
    (sentence..start)
        .rev()
        .take(4)
        .take_while(|&j| matches!(doc.seg.low(j), "until" | "till" | "the" | "end" | "of"))
        .any(|j| matches!(doc.seg.low(j), "until" | "till"))
}

/// A happening that goes on until `end` (date expression `k` of `doc`) goes on from the time of
/// writing until then: it is dated by that span, at the precision the span allows ("until 31
/// August 2023" written in April 2023: 2023), and not at all when the span crosses a year or
/// `end` is not after the writing.
fn until(doc: &Doc<'_>, k: usize, end: Resolved, now: Option<&Now>) -> Option<Resolved> {
    let now = now?;
    let days = Days { first: now.days.first, last: end.days.last };
    let value = (days.first <= days.last).then(|| days.to_partial()).flatten()?;
    let basis = format!(
        "it goes on from when {} was written until “{}”: {}",
        doc.id,
        doc.seg.slice(doc.dates[k].tokens.clone()),
        value
    );
    Some(Resolved { days: Days::of(value), stated: false, basis: Some(basis) })
}

/// The resolved dates of every event mention: `[article][event]` → (expression index, value).
pub(super) type ResolvedDates = Vec<Vec<Vec<(usize, Resolved)>>>;

/// Gives the undated event `clusters[index]` the day `day` of the event `clusters[source]`, inferred,
/// with a basis naming that event's first passage: "it has no date of its own and is said
/// `{how}` “…” (article), which is <day>".
pub(super) fn lend_day(
    docs: &[Doc<'_>],
    clusters: &mut [EventCluster],
    index: usize,
    source: usize,
    day: i64,
    how: &str,
) {
    let (doc, event) = clusters[source].members[0];
    let basis = format!(
        "it has no date of its own and is said {how} “{}” ({}), which is {}",
        shorten(docs[doc].seg.slice(docs[doc].events[event].tokens.clone())),
        docs[doc].id,
        PartialDate::from_days(day)
    );
    let cluster = &mut clusters[index];
    cluster.days = Some(Days { first: day, last: day });
    cluster.stated = false;
    cluster.basis = Some(basis);
}
