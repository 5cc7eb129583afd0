//! Settling article times and event dates together: each step can anchor the next.
//!
//! An article without a time of its own takes the time of another article that reports one of
//! its events; a coming weekday of an event dated elsewhere narrows the time of writing to the
//! six days before it ("will depart on Friday"). Last, an event with no date of its own that an
//! article reports as its news (headline or lead) or tells after a dated event of its paragraph
//! takes that day (`dating::apply_news_day`).

use crate::model::EntityKind;

use super::super::dates::{DateKind, Days, Tense};
use super::super::doc::Doc;
use super::super::now::{human, own_now, quote, shorten, Now};
use super::cluster::EventCluster;
use super::dating::{apply_news_day, apply_weekdays, weekday_days};
use super::evaluation::apply_evaluations;
use super::framed::apply_framed_sayings;
use super::merging::cluster_events;
use super::occasion::apply_occasion_sayings;
use super::reaction::apply_reactions;
use super::speaker::apply_same_speaker;
use super::today::apply_also_today;

/// Works out article times and event dates together: each step can anchor the next.
pub(crate) fn settle(
    docs: &[Doc<'_>],
    entity_of: &[Vec<usize>],
    kinds: &[EntityKind],
) -> (Vec<Option<Now>>, Vec<EventCluster>) {
    let mut nows: Vec<Option<Now>> =
        docs.iter().enumerate().map(|(index, doc)| own_now(index, doc)).collect();
    // Events are merged again only when an article time changed; otherwise the merge stands.
    let mut merged = cluster_events(docs, entity_of, kinds, &nows);
    let mut clusters = merged.clone();
    for _ in 0..4 {
        let borrowed = borrow_times(docs, &clusters, &mut nows);
        let narrowed = narrow_by_weekdays(docs, &clusters, &mut nows);
        if !(borrowed || narrowed) {
            // The merge stands and is not needed again: its clusters are taken, not copied.
            clusters = merged;
            apply_weekdays(docs, &mut clusters);
            break;
        }
        merged = cluster_events(docs, entity_of, kinds, &nows);
        clusters = merged.clone();
        apply_weekdays(docs, &mut clusters);
    }
    apply_weekdays(docs, &mut clusters);
    apply_also_today(docs, &nows, &mut clusters);
    apply_news_day(docs, &nows, &mut clusters);
    apply_occasion_sayings(docs, entity_of, &mut clusters);
    apply_framed_sayings(docs, &mut clusters);
    apply_reactions(docs, &mut clusters);
    apply_same_speaker(docs, entity_of, &mut clusters);
    apply_evaluations(docs, &nows, &mut clusters);
    (nows, clusters)
}

/// An article without a time takes the time of another that reports one of its events. Returns
/// whether any did.
fn borrow_times(docs: &[Doc<'_>], clusters: &[EventCluster], nows: &mut [Option<Now>]) -> bool {
    let mut changed = false;
    for doc in 0..docs.len() {
        if nows[doc].is_some() {
            continue;
        }
        let borrowed = clusters.iter().find_map(|cluster| {
            if !cluster.members.iter().any(|&(member_doc, _)| member_doc == doc) {
                return None;
            }
            cluster.members.iter().find_map(|&(lender, _)| {
                nows[lender].clone().filter(|_| lender != doc).map(|now| (now, cluster, lender))
            })
        });
        if let Some((other, cluster, lender)) = borrowed {
            let &(_, event) = cluster
                .members
                .iter()
                .find(|&&(member_doc, _)| member_doc == lender)
                .unwrap_or(&cluster.members[0]);
            let what = docs[lender].seg.slice(docs[lender].events[event].tokens.clone()).to_string();
            nows[doc] = Some(Now {
                days: other.days,
                basis: format!(
                    "it reports the {} that {} reports (“{}”), and {} was written {}: {}",
                    cluster.event_type,
                    docs[lender].id,
                    shorten(&what),
                    docs[lender].id,
                    human(other.days),
                    other.basis
                ),
                evidence: other.evidence.clone(),
            });
            changed = true;
        }
    }
    changed
}

/// A coming weekday of a dated event narrows the time of writing to the six days before it.
/// Returns whether any time was narrowed.
fn narrow_by_weekdays(docs: &[Doc<'_>], clusters: &[EventCluster], nows: &mut [Option<Now>]) -> bool {
    let mut changed = false;
    let weekdays = weekday_days(docs, clusters);
    for (index, doc) in docs.iter().enumerate() {
        let Some(now) = nows[index].clone() else { continue };
        let coming = doc.events.iter().filter(|event| event.tense == Tense::Future);
        for &expr in coming.flat_map(|event| &event.dates) {
            let DateKind::Weekday(weekday) = doc.dates[expr].kind else { continue };
            let Some(&(day, _)) = weekdays.get(&(index, weekday)) else { continue };
            let window = Days { first: day - 6, last: day - 1 };
            let Some(narrower) = now.days.intersect(window).filter(|days| *days != now.days) else {
                continue;
            };
            let mut evidence = now.evidence.clone();
            evidence.push((index, doc.dates[expr].tokens.clone()));
            nows[index] = Some(Now {
                days: narrower,
                basis: format!(
                    "{}; and it was written before the “{}” it announces, {}",
                    now.basis,
                    quote(doc, doc.dates[expr].tokens.clone()),
                    human(Days { first: day, last: day })
                ),
                evidence,
            });
            changed = true;
        }
    }
    changed
}
