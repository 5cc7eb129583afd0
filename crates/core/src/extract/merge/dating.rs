//! Dating events: an event's date from the dates of its mentions, disagreements between stated
//! dates, and days that a weekday has elsewhere in the same article.

use std::collections::HashMap;

use crate::date::PartialDate;

use super::super::dates::{DateKind, Days};
use super::super::doc::Doc;
use super::super::now::{quote, shorten, Resolved};
use super::cluster::{EventCluster, ResolvedDates};

/// A resolved date expression of one of an event's mentions.
struct Dated {
    /// Its article.
    doc: usize,
    /// Its index among the article's date expressions.
    expr: usize,
    /// What it resolved to.
    resolved: Resolved,
}

/// Sets an event's date from the dates of its mentions: the narrowest interval they agree on.
pub(super) fn date_cluster(docs: &[Doc<'_>], resolved: &ResolvedDates, cluster: &mut EventCluster) {
    let all = dates_of_members(resolved, cluster);
    let stated: Vec<&Dated> = all.iter().filter(|date| date.resolved.stated).collect();
    // Stated dates that cannot all be true are a disagreement: keep each.
    let stated_meet =
        stated.iter().map(|date| date.resolved.days).try_fold(None::<Days>, |acc, days| match acc {
            None => Some(Some(days)),
            Some(so_far) => so_far.intersect(days).map(Some),
        });
    if stated_meet.is_none() {
        for date in &stated {
            if let Some(value) = date.resolved.days.to_partial() {
                cluster.disagreements.push((value, date.doc, date.expr));
            }
        }
        cluster.days = Some(stated[0].resolved.days);
        cluster.stated = true;
        return;
    }
    let mut days: Option<Days> = None;
    for date in &all {
        days = Some(match days {
            None => date.resolved.days,
            Some(so_far) => so_far.intersect(date.resolved.days).unwrap_or(so_far),
        });
    }
    let Some(days) = days.filter(|days| days.to_partial().is_some()) else { return };
    cluster.days = Some(days);
    // Stated when a stated mention alone gives this value; otherwise the narrowest inference.
    if let Some(date) = all.iter().find(|date| date.resolved.stated && date.resolved.days == days) {
        cluster.stated = true;
        cluster.basis = date.resolved.basis.clone();
    } else {
        cluster.stated = false;
        cluster.basis = inferred_basis(docs, &all, days);
    }
}

/// The resolved dates of an event's mentions. Within one clause, a stated date that disagrees
/// with the first belongs to something else ("since being elected in 2021, and … since 2012").
fn dates_of_members(resolved: &ResolvedDates, cluster: &EventCluster) -> Vec<Dated> {
    let mut all = Vec::new();
    for &(doc, event) in &cluster.members {
        let mut first_stated: Option<Days> = None;
        for (expr, date) in resolved[doc][event].iter().cloned() {
            if date.stated {
                match first_stated {
                    Some(first) if first.intersect(date.days).is_none() => continue,
                    None => first_stated = Some(date.days),
                    _ => {}
                }
            }
            all.push(Dated { doc, expr, resolved: date });
        }
    }
    all
}

/// How an inferred date `days` is known: the narrowest inference that gives it (a calendar date
/// before a weekday), with the weekdays that name the same day; else every inference it lies in.
fn inferred_basis(docs: &[Doc<'_>], all: &[Dated], days: Days) -> Option<String> {
    let mut bases: Vec<String> = all
        .iter()
        .filter(|date| days.within(date.resolved.days) && !date.resolved.stated)
        .filter_map(|date| date.resolved.basis.clone())
        .collect();
    bases.dedup();
    let rank = |date: &Dated| match docs[date.doc].dates[date.expr].kind {
        DateKind::Weekday(_) => 3,
        DateKind::Relative(..) => 2,
        DateKind::Holiday { .. } => 1,
        _ => 0,
    };
    let narrowest = all
        .iter()
        .filter(|date| !date.resolved.stated)
        .min_by_key(|date| (date.resolved.days.last - date.resolved.days.first, rank(date)));
    match narrowest {
        Some(best) if best.resolved.days == days => {
            // Other expressions that name the same day agree with it: say so.
            let agreeing: Vec<String> = all
                .iter()
                .filter(|date| {
                    (date.doc, date.expr) != (best.doc, best.expr)
                        && date.resolved.days == days
                        && rank(date) == 3
                })
                .map(|date| {
                    let doc = &docs[date.doc];
                    format!("“{}” in {}", quote(doc, doc.dates[date.expr].tokens.clone()), doc.id)
                })
                .collect();
            best.resolved.basis.as_ref().map(|basis| {
                if agreeing.is_empty() {
                    basis.clone()
                } else {
                    format!("{basis}; {} is that day", agreeing.join(" and "))
                }
            })
        }
        _ => Some(bases.join("; ")),
    }
}

/// For each article and weekday, the day that an event dated to one day says it is, and the
/// index of that event.
pub(super) fn weekday_days(
    docs: &[Doc<'_>],
    clusters: &[EventCluster],
) -> HashMap<(usize, u8), (i64, usize)> {
    let mut map = HashMap::new();
    for (index, cluster) in clusters.iter().enumerate() {
        let Some(days) = cluster.days.filter(|days| days.first == days.last) else { continue };
        let weekday = ((days.first + 3).rem_euclid(7)) as u8;
        for &(doc, event) in &cluster.members {
            for &expr in &docs[doc].events[event].dates {
                if docs[doc].dates[expr].kind == DateKind::Weekday(weekday) {
                    map.entry((doc, weekday)).or_insert((days.first, index));
                }
            }
        }
    }
    map
}

/// Events dated only by a weekday take the day that weekday has elsewhere in the same article.
pub(super) fn apply_weekdays(docs: &[Doc<'_>], clusters: &mut [EventCluster]) {
    let map = weekday_days(docs, clusters);
    // Summaries are made only for the clusters that lend a day.
    let first_members: Vec<(usize, usize)> = clusters.iter().map(|cluster| cluster.members[0]).collect();
    let summary = |source: usize| {
        let (doc, event) = first_members[source];
        shorten(docs[doc].seg.slice(docs[doc].events[event].tokens.clone()))
    };
    for cluster in clusters.iter_mut().filter(|cluster| cluster.days.is_none()) {
        for &(doc, event) in &cluster.members {
            for &expr in &docs[doc].events[event].dates {
                let DateKind::Weekday(weekday) = docs[doc].dates[expr].kind else { continue };
                if let Some(&(day, source)) = map.get(&(doc, weekday)) {
                    cluster.days = Some(Days { first: day, last: day });
                    cluster.stated = false;
                    cluster.basis = Some(format!(
                        "“{}” in {} is the same day as in “{}” ({})",
                        quote(&docs[doc], docs[doc].dates[expr].tokens.clone()),
                        docs[doc].id,
                        summary(source),
                        PartialDate::from_days(day)
                    ));
                }
            }
        }
    }
}
