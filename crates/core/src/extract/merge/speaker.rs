//! One speaker, one speech: an undated saying of a speaker who was quoted a few sentences before,
//! in a saying the article dates ("In a statement Monday, the minister said …" then "The
//! minister added …", "In his arrival speech, the admiral said …" then "“…,” the admiral said"),
//! goes on with that saying and takes its day.

use super::super::dates::Tense;
use super::super::doc::Doc;
use super::cluster::{lend_day, EventCluster};
use super::pointing::cluster_of_members;

/// How many sentences before a saying the same speaker's dated saying may be told.
const SPEECH_SENTENCES: usize = 4;

/// The entities (clusters) speaking in event mention `event` of article `doc`: a saying's
/// speakers, and those who report a happening.
fn speakers(doc: &Doc<'_>, entity_of: &[usize], event: usize) -> Vec<usize> {
    let mention = &doc.events[event];
    mention.participants.iter().chain(&mention.sources).map(|&m| entity_of[m]).collect()
}

/// Words of speech that a date right after them dates ("said Monday", "in a statement Saturday").
const SPEECH: &[&str] = &["said", "says", "statement", "told", "announced", "release", "confirmed"];

/// Whether event mention `event` of `doc` dates its telling: a date expression of its clause
/// right after a word of speech, or after one and "on".
fn dated_telling(doc: &Doc<'_>, event: usize) -> bool {
    doc.events[event].dates.iter().any(|&k| {
        let start = doc.dates[k].tokens.start;
        let before = |back: usize| start.checked_sub(back).map(|t| doc.seg.low(t));
        SPEECH.contains(&before(1).unwrap_or(""))
            || (before(1) == Some("on") && SPEECH.contains(&before(2).unwrap_or("")))
    })
}

/// The dated saying cluster and its day that the undated saying `event` of article `doc` goes on
/// with: the latest earlier saying by one of its speakers within `SPEECH_SENTENCES` sentences,
/// when its cluster is dated to one day.
fn earlier_saying(
    docs: &[Doc<'_>],
    entity_of: &[Vec<usize>],
    clusters: &[EventCluster],
    cluster_of: &rustc_hash::FxHashMap<(usize, usize), usize>,
    (doc, event): (usize, usize),
) -> Option<(usize, i64)> {
    let d = &docs[doc];
    let sentence = d.events[event].sentence;
    let own = speakers(d, &entity_of[doc], event);
    if own.is_empty() {
        return None;
    }
    let earlier = (0..event)
        .rev()
        .filter(|&e| d.events[e].sentence < sentence && d.events[e].sentence + SPEECH_SENTENCES >= sentence);
    earlier.into_iter().find_map(|e| {
        let index = *cluster_of.get(&(doc, e))?;
        let cluster = &clusters[index];
        let same = speakers(d, &entity_of[doc], e).iter().any(|speaker| own.contains(speaker));
        let days = cluster.days.filter(|days| days.first == days.last)?;
        let telling = cluster.event_type == "statement" || dated_telling(d, e);
        (same && telling).then_some((index, days.first))
    })
}

/// Dates every undated saying, not told as coming, with the day of the same speaker's saying
/// told just before it in its article.
pub(super) fn apply_same_speaker(docs: &[Doc<'_>], entity_of: &[Vec<usize>], clusters: &mut [EventCluster]) {
    let cluster_of = cluster_of_members(clusters);
    let mut found = Vec::new();
    for (index, cluster) in clusters.iter().enumerate() {
        if cluster.days.is_some() || cluster.event_type != "statement" {
            continue;
        }
        if cluster.members.iter().any(|&(doc, e)| docs[doc].events[e].narrated == Tense::Future) {
            continue;
        }
        let earlier = cluster
            .members
            .iter()
            .find_map(|&member| earlier_saying(docs, entity_of, clusters, &cluster_of, member));
        if let Some((source, day)) = earlier.filter(|&(source, _)| source != index) {
            found.push((index, source, day));
        }
    }
    for (index, source, day) in found {
        lend_day(docs, clusters, index, source, day, "by the same speaker after");
    }
}

#[cfg(test)]
pub(super) mod tests {
    use crate::model::{Article, Document};

    /// The dates of the sayings extracted from `text`, published 2023-03-08 (a Wednesday); the
    /// tests of other dating steps use it too.
    pub(in super::super) fn saying_dates(text: &str) -> Vec<Option<String>> {
        let published = Some("2023-03-08".parse().unwrap());
        let document = Document { id: "a".into(), title: "t".into(), outlet: None, published, url: None };
        let facts = crate::extract::extract(&[Article { document, text: text.into() }]).facts;
        let sayings = facts.events.iter().filter(|event| event.event_type == "statement");
        sayings.map(|event| event.date.value.map(|v| v.to_string())).collect()
    }

    #[test]
    fn a_speaker_quoted_again_goes_on_with_the_dated_saying_before() {
        let dates = saying_dates(
            "In a statement Monday, Governor Ana Ruiz said the 1st Battalion will help with sandbags. \
             Rain fell in the capital. \
             Ruiz added that her office is working around the clock with the towns.",
        );
        assert_eq!(dates, [Some("2023-03-06".to_string())]);
        // Another speaker's words are no part of her speech.
        let dates = saying_dates(
            "In a statement Monday, Governor Ana Ruiz said the 1st Battalion will help with sandbags. \
             Rain fell in the capital. \
             Mayor Tom Berg added that his office is working around the clock with the towns.",
        );
        assert_eq!(dates, [None]);
    }
}
