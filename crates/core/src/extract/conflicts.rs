//! Where articles disagree: stated dates that cannot both be true, events told in the past but
//! dated after the article was written, and support that one article affirms and another denies.

use std::ops::Range;

use crate::date::PartialDate;
use crate::model::{EntityKind, CONFLICT_BETWEEN_ARTICLES, CONFLICT_WITH_WRITING_DATE};

use super::dates::Tense;
use super::doc::Doc;
use super::merge::{event_dates, EventCluster};
use super::now::Now;

/// One side of a disagreement before it becomes evidence: value and (article, tokens) passages.
pub(crate) type RawClaim = (String, Vec<(usize, Range<usize>)>);

/// A disagreement about a field of an event (by cluster index) or entity (by entity index).
#[derive(Debug, Clone)]
pub(crate) struct RawConflict {
    /// The event cluster it is about.
    pub event: usize,
    /// The field in dispute.
    pub field: String,
    /// What conflicts with what (`Conflict::between`).
    pub between: &'static str,
    /// The sides.
    pub claims: Vec<RawClaim>,
}

/// Date conflicts of every event.
pub(crate) fn date_conflicts(
    docs: &[Doc<'_>],
    nows: &[Option<Now>],
    clusters: &[EventCluster],
) -> Vec<RawConflict> {
    clusters
        .iter()
        .enumerate()
        .filter_map(|(index, cluster)| {
            if cluster.disagreements.is_empty() {
                dated_after_writing(docs, nows, index, cluster)
            } else {
                Some(stated_dates_disagree(docs, index, cluster))
            }
        })
        .collect()
}

/// Stated dates of one event that cannot all be true: one claim per value.
fn stated_dates_disagree(docs: &[Doc<'_>], index: usize, cluster: &EventCluster) -> RawConflict {
    let mut claims: Vec<RawClaim> = Vec::new();
    for (value, doc, expr) in &cluster.disagreements {
        let passage = (*doc, docs[*doc].dates[*expr].tokens.clone());
        match claims.iter_mut().find(|(v, _)| *v == value.to_string()) {
            Some((_, passages)) => passages.push(passage),
            None => claims.push((value.to_string(), vec![passage])),
        }
    }
    RawConflict { event: index, field: "date".into(), between: CONFLICT_BETWEEN_ARTICLES, claims }
}

/// An event told in the past but dated after the articles that tell it were written.
fn dated_after_writing(
    docs: &[Doc<'_>],
    nows: &[Option<Now>],
    index: usize,
    cluster: &EventCluster,
) -> Option<RawConflict> {
    let days = cluster.days?;
    let mut stated_side: Vec<(usize, Range<usize>)> = Vec::new();
    let mut now_side: Vec<(usize, Range<usize>)> = Vec::new();
    let mut latest_now: Option<i64> = None;
    for &(doc, event) in &cluster.members {
        let Some(now) = &nows[doc] else { continue };
        if docs[doc].events[event].tense != Tense::Past || days.first <= now.days.last {
            continue;
        }
        for (expr, date) in event_dates(docs, nows, doc, event) {
            if date.days.first > now.days.last {
                stated_side.push((doc, docs[doc].dates[expr].tokens.clone()));
            }
        }
        for passage in &now.evidence {
            if !now_side.contains(passage) {
                now_side.push(passage.clone());
            }
        }
        latest_now = latest_now.max(Some(now.days.last));
    }
    let last = latest_now.filter(|_| !stated_side.is_empty())?;
    let value = days.to_partial().map_or_else(|| "a later date".to_string(), |p| p.to_string());
    // The evidence of this side is what dates the articles; the event's basis explains it.
    let before = format!(
        "no later than {}: the articles that tell it in the past tense were written by then",
        PartialDate::from_days(last)
    );
    Some(RawConflict {
        event: index,
        field: "date".into(),
        between: CONFLICT_WITH_WRITING_DATE,
        claims: vec![(value, stated_side), (before, now_side)],
    })
}

/// (event cluster, target entity, supports?, passage).
type SupportClaim = (usize, usize, bool, (usize, Range<usize>));

/// Support that one article affirms and another denies ("support … to the Norland mission, not the
/// Norland Security Forces" against "support to the United States, Norland Security Forces").
pub(crate) fn support_conflicts(
    docs: &[Doc<'_>],
    entity_of: &[Vec<usize>],
    entity_names: &[String],
    entity_kinds: &[EntityKind],
    clusters: &[EventCluster],
) -> Vec<RawConflict> {
    let mut claims: Vec<SupportClaim> = Vec::new();
    for (index, doc) in docs.iter().enumerate() {
        // The article's mission: its first deployment.
        let Some(mission) = clusters.iter().position(|cluster| {
            cluster.event_type == "deployment"
                && cluster.members.iter().any(|&(member_doc, _)| member_doc == index)
        }) else {
            continue;
        };
        let reader = SupportReader { doc, index, mission, entity_of: &entity_of[index], entity_kinds };
        for sentence in
            doc.seg.sentences.iter().filter(|sentence| !sentence.boilerplate && !sentence.headline)
        {
            reader.read(sentence.tokens.clone(), &mut claims);
        }
    }
    let mut out = Vec::new();
    let mut seen: Vec<(usize, usize)> = Vec::new();
    for &(event, target, _, _) in &claims {
        if seen.contains(&(event, target)) {
            continue;
        }
        seen.push((event, target));
        let side = |supports: bool| -> Vec<(usize, Range<usize>)> {
            claims
                .iter()
                .filter(|claim| claim.0 == event && claim.1 == target && claim.2 == supports)
                .map(|claim| claim.3.clone())
                .collect()
        };
        let (yes, no) = (side(true), side(false));
        if !yes.is_empty() && !no.is_empty() {
            let name = &entity_names[target];
            out.push(RawConflict {
                event,
                field: "supports".into(),
                between: CONFLICT_BETWEEN_ARTICLES,
                claims: vec![(format!("supports {name}"), yes), (format!("does not support {name}"), no)],
            });
        }
    }
    out
}

/// What the sentences of one article say about support in its mission.
struct SupportReader<'a, 't> {
    doc: &'a Doc<'t>,
    /// Index of the article.
    index: usize,
    /// The event cluster of the article's first deployment.
    mission: usize,
    /// The entity of each mention of the article.
    entity_of: &'a [usize],
    entity_kinds: &'a [EntityKind],
}

impl SupportReader<'_, '_> {
    /// The support claims of one sentence: the entities after "support … to", or right after the
    /// verb "to support", each affirmed or, after a "not", denied.
    fn read(&self, range: Range<usize>, claims: &mut Vec<SupportClaim>) {
        let seg = &self.doc.seg;
        let Some(support_at) = range
            .clone()
            .find(|&i| matches!(seg.low(i), "support" | "supports" | "supporting" | "supported"))
        else {
            return;
        };
        let to_at = (support_at + 1..range.end.min(support_at + 4)).find(|&i| seg.tok(i) == "to");
        let start = to_at.map_or(support_at + 1, |t| t + 1);
        let mut negated = false;
        let mut i = start;
        while i < range.end {
            let token = seg.low(i);
            if matches!(token, "." | ";" | "while" | "which" | "where" | "but") {
                break;
            }
            if token == "not" {
                negated = true;
            }
            let mentions = &self.doc.mentions;
            let at = mentions.partition_point(|m| m.tokens.start < i);
            let Some(mention) = mentions.get(at).filter(|m| m.tokens.start == i) else {
                i += 1;
                continue;
            };
            let target = self.entity_of[at];
            if self.entity_kinds[target] != EntityKind::Place || !negated {
                let from = if negated {
                    (start..i).rev().find(|&k| seg.tok(k) == "not").unwrap_or(i)
                } else {
                    support_at
                };
                claims.push((self.mission, target, !negated, (self.index, from..mention.tokens.end)));
            }
            i = mention.tokens.end;
        }
    }
}
