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
            resolved.map(|resolved| (k, resolved))
        })
        .collect()
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
