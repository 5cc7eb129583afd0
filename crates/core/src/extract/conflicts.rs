//! Where articles disagree: stated dates that cannot both be true, events told in the past but
//! dated after the article was written, and support that one article affirms and another denies.

use std::ops::Range;

use crate::date::PartialDate;
use crate::model::EntityKind;

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
    /// The sides.
    pub claims: Vec<RawClaim>,
}

/// Date conflicts of every event.
pub(crate) fn date_conflicts(
    docs: &[Doc<'_>],
    nows: &[Option<Now>],
    clusters: &[EventCluster],
) -> Vec<RawConflict> {
    let mut out = Vec::new();
    for (ci, c) in clusters.iter().enumerate() {
        if !c.disagreements.is_empty() {
            let mut claims: Vec<RawClaim> = Vec::new();
            for (value, d, k) in &c.disagreements {
                let passage = (*d, docs[*d].dates[*k].tokens.clone());
                match claims.iter_mut().find(|(v, _)| *v == value.to_string()) {
                    Some((_, ev)) => ev.push(passage),
                    None => claims.push((value.to_string(), vec![passage])),
                }
            }
            out.push(RawConflict { event: ci, field: "date".into(), claims });
            continue;
        }
        // Told in the past, dated after the article was written.
        let Some(days) = c.days else { continue };
        let mut stated_side: Vec<(usize, Range<usize>)> = Vec::new();
        let mut now_side: Vec<(usize, Range<usize>)> = Vec::new();
        let mut latest_now: Option<i64> = None;
        for &(d, e) in &c.members {
            let event = &docs[d].events[e];
            let Some(now) = &nows[d] else { continue };
            if event.tense != Tense::Past || days.first <= now.days.last {
                continue;
            }
            for (k, r) in event_dates(docs, nows, d, e) {
                if r.days.first > now.days.last {
                    stated_side.push((d, docs[d].dates[k].tokens.clone()));
                }
            }
            for passage in &now.evidence {
                if !now_side.contains(passage) {
                    now_side.push(passage.clone());
                }
            }
            latest_now = latest_now.max(Some(now.days.last));
        }
        if let (false, Some(last)) = (stated_side.is_empty(), latest_now) {
            let value = days.to_partial().map_or_else(|| "a later date".to_string(), |p| p.to_string());
            // The evidence of this side is what dates the articles; the event's basis explains it.
            let before = format!(
                "no later than {}: the articles that tell it in the past tense were written by then",
                PartialDate::from_days(last)
            );
            out.push(RawConflict {
                event: ci,
                field: "date".into(),
                claims: vec![(value, stated_side), (before, now_side)],
            });
        }
    }
    out
}

/// (event cluster, target entity, supports?, passage).
type SupportClaim = (usize, usize, bool, (usize, Range<usize>));

/// Support that one article affirms and another denies ("support … to the KFOR mission, not the
/// Kosovo Security Forces" against "support to the United States, Kosovo Security Forces").
pub(crate) fn support_conflicts(
    docs: &[Doc<'_>],
    of: &[Vec<usize>],
    entity_names: &[String],
    entity_kinds: &[EntityKind],
    clusters: &[EventCluster],
) -> Vec<RawConflict> {
    let mut claims: Vec<SupportClaim> = Vec::new();
    for (d, doc) in docs.iter().enumerate() {
        // The article's mission: its first deployment.
        let Some(mission) = clusters
            .iter()
            .position(|c| c.event_type == "deployment" && c.members.iter().any(|&(md, _)| md == d))
        else {
            continue;
        };
        for sentence in &doc.seg.sentences {
            if sentence.boilerplate || sentence.headline {
                continue;
            }
            let range = sentence.tokens.clone();
            let Some(support_at) = range
                .clone()
                .find(|&i| matches!(doc.seg.low(i), "support" | "supports" | "supporting" | "supported"))
            else {
                continue;
            };
            // Targets: the entities after "support … to", or right after the verb "to support".
            let to_at = (support_at + 1..range.end.min(support_at + 4)).find(|&i| doc.seg.tok(i) == "to");
            let start = to_at.map_or(support_at + 1, |t| t + 1);
            let mut negated = false;
            let mut i = start;
            while i < range.end {
                let t = doc.seg.low(i);
                if matches!(t, "." | ";" | "while" | "which" | "where" | "but") {
                    break;
                }
                if t == "not" {
                    negated = true;
                }
                let at = doc.mentions.partition_point(|m| m.tokens.start < i);
                if let Some((m, mention)) =
                    doc.mentions.get(at).filter(|m| m.tokens.start == i).map(|m| (at, m))
                {
                    let target = of[d][m];
                    if entity_kinds[target] != EntityKind::Place || !negated {
                        let from = if negated {
                            (start..i).rev().find(|&k| doc.seg.tok(k) == "not").unwrap_or(i)
                        } else {
                            support_at
                        };
                        claims.push((mission, target, !negated, (d, from..mention.tokens.end)));
                    }
                    i = mention.tokens.end;
                    continue;
                }
                i += 1;
            }
        }
    }
    let mut out = Vec::new();
    let mut seen: Vec<(usize, usize)> = Vec::new();
    for &(event, target, _, _) in &claims {
        if seen.contains(&(event, target)) {
            continue;
        }
        seen.push((event, target));
        let yes: Vec<(usize, Range<usize>)> =
            claims.iter().filter(|c| c.0 == event && c.1 == target && c.2).map(|c| c.3.clone()).collect();
        let no: Vec<(usize, Range<usize>)> =
            claims.iter().filter(|c| c.0 == event && c.1 == target && !c.2).map(|c| c.3.clone()).collect();
        if !yes.is_empty() && !no.is_empty() {
            let name = &entity_names[target];
            out.push(RawConflict {
                event,
                field: "supports".into(),
                claims: vec![(format!("supports {name}"), yes), (format!("does not support {name}"), no)],
            });
        }
    }
    out
}
