//! Event merging: event mentions of one or more articles become events, with their dates.
//!
//! Article times and event dates are settled together (`settle`): a merged event lends the time
//! of one article to another that reports it, and a dated event fixes the weekdays of its article.

use std::collections::HashMap;

use crate::date::PartialDate;
use crate::model::EntityKind;

use super::dates::{DateKind, Days, Tense};
use super::doc::Doc;
use super::now::{human, own_now, quote, resolve_expr, resolve_offset, shorten, Now, Resolved};

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
/// Every resolved date of event mention `e` of article `d`: (expression index, value).
pub(crate) fn event_dates(
    docs: &[Doc<'_>],
    nows: &[Option<Now>],
    d: usize,
    e: usize,
) -> Vec<(usize, Resolved)> {
    let doc = &docs[d];
    let event = &doc.events[e];
    event
        .dates
        .iter()
        .zip(&event.date_tenses)
        .filter_map(|(&k, &tense)| {
            let r = match doc.dates[k].kind {
                DateKind::Offset { .. } => resolve_offset(doc, k, tense, nows[d].as_ref()),
                _ => resolve_expr(doc, k, tense, nows[d].as_ref()),
            };
            r.map(|r| (k, r))
        })
        .collect()
}

/// The entities an event mention involves: participants and location, as entity clusters.
fn entities_of(docs: &[Doc<'_>], of: &[Vec<usize>], d: usize, e: usize) -> (Vec<usize>, Option<usize>) {
    let event = &docs[d].events[e];
    let participants = event.participants.iter().map(|&m| of[d][m]).collect();
    (participants, event.location.map(|m| of[d][m]))
}

/// Merges event mentions into events, given the current article times.
///
/// A mention joins the event it shares most with, when the dates agree and the types are the same:
/// a statement needs another article and the same speaker; other events need a shared entity, or
/// the same stated day or month, or to be the same coming event of one article ("will depart",
/// "will begin their deployment").
pub(crate) fn cluster_events(
    docs: &[Doc<'_>],
    of: &[Vec<usize>],
    kinds: &[EntityKind],
    nows: &[Option<Now>],
) -> Vec<EventCluster> {
    struct Item {
        d: usize,
        e: usize,
        days: Option<Days>,
        stated: Option<Days>,
        entities: Vec<usize>,
        speakers: Vec<usize>,
    }
    let resolved: Vec<Vec<Vec<(usize, Resolved)>>> = docs
        .iter()
        .enumerate()
        .map(|(d, doc)| (0..doc.events.len()).map(|e| event_dates(docs, nows, d, e)).collect())
        .collect();
    let mut items = Vec::new();
    for (d, per_event) in resolved.iter().enumerate() {
        for (e, dates) in per_event.iter().enumerate() {
            // The first date of a mention counts; a second one that disagrees belongs to something else.
            let mut days: Option<Days> = None;
            let mut stated: Option<Days> = None;
            for (_, r) in dates {
                match days {
                    None => days = Some(r.days),
                    Some(a) => days = Some(a.intersect(r.days).unwrap_or(a)),
                }
                if r.stated && stated.is_none() {
                    stated = Some(r.days);
                }
            }
            let (participants, location) = entities_of(docs, of, d, e);
            let speakers = participants.iter().copied().filter(|&p| kinds[p] != EntityKind::Place).collect();
            let mut entities = participants;
            entities.extend(location);
            items.push(Item { d, e, days, stated, entities, speakers });
        }
    }
    // Items are in (article, event) order: the item of event e of article d is first[d] + e.
    let mut first = vec![0usize; docs.len() + 1];
    for (d, doc) in docs.iter().enumerate() {
        first[d + 1] = first[d] + doc.events.len();
    }
    let mut clusters: Vec<(EventCluster, Vec<usize>)> = Vec::new();
    let mut cluster_of_item: Vec<usize> = Vec::with_capacity(items.len());
    // Candidate clusters, found by what a mention can share with them: an entity, a stated date,
    // or being a coming event of the same article. Each list keeps its latest clusters only, and
    // a cluster is compared through its latest members only, so merging stays near-linear even
    // on text built to defeat it.
    const CANDIDATES_PER_KEY: usize = 32;
    const MEMBERS_COMPARED: usize = 48;
    let mut by_entity: HashMap<usize, Vec<usize>> = HashMap::new();
    let mut by_stated: HashMap<(i64, i64), Vec<usize>> = HashMap::new();
    let mut coming: HashMap<(usize, &'static str), Vec<usize>> = HashMap::new();
    let remember = |list: &mut Vec<usize>, c: usize| {
        if list.last() != Some(&c) {
            list.retain(|&x| x != c);
            list.push(c);
            if list.len() > CANDIDATES_PER_KEY {
                list.remove(0);
            }
        }
    };
    for (index, item) in items.iter().enumerate() {
        let event = &docs[item.d].events[item.e];
        // A continuation joins the event it continues, whatever its own trigger.
        if let Some(previous) = event.continues {
            let target = cluster_of_item.get(first[item.d] + previous).copied();
            if let Some(c) = target {
                clusters[c].0.members.push((item.d, item.e));
                clusters[c].1.push(index);
                cluster_of_item.push(c);
                continue;
            }
        }
        let statement = event.event_type == "statement";
        let mut candidates: Vec<usize> = Vec::new();
        for e in &item.entities {
            candidates.extend(by_entity.get(e).into_iter().flatten());
        }
        if let Some(st) = item.stated {
            candidates.extend(by_stated.get(&(st.first, st.last)).into_iter().flatten());
        }
        if event.tense == Tense::Future {
            candidates.extend(coming.get(&(item.d, event.event_type)).into_iter().flatten());
        }
        candidates.sort_unstable();
        candidates.dedup();
        let mut best: Option<(usize, usize)> = None; // (cluster, score)
        for ci in candidates {
            let (c, all_members) = &clusters[ci];
            if c.event_type != event.event_type {
                continue;
            }
            let member_items = &all_members[all_members.len().saturating_sub(MEMBERS_COMPARED)..];
            let fits = member_items.iter().all(|&j| {
                let other = &items[j];
                let same_sentence =
                    other.d == item.d && docs[other.d].events[other.e].sentence == event.sentence;
                let dates_agree = match (item.days, other.days) {
                    (Some(a), Some(b)) => a.intersect(b).is_some(),
                    _ => true,
                };
                // In one article, a coming event and a past one are two events.
                let other_tense = docs[other.d].events[other.e].tense;
                let opposite = other.d == item.d
                    && matches!(
                        (event.tense, other_tense),
                        (Tense::Past, Tense::Future) | (Tense::Future, Tense::Past)
                    );
                let two_sayings = statement && other.d == item.d;
                !(same_sentence || !dates_agree || opposite || two_sayings)
            });
            if !fits {
                continue;
            }
            let mut score = 0;
            for &j in member_items {
                let other = &items[j];
                let other_event = &docs[other.d].events[other.e];
                let shared = if statement {
                    let speaker = item.speakers.iter().filter(|p| other.speakers.contains(p)).count();
                    let alone = item.speakers.len() == 1 && other.speakers.len() == 1;
                    if speaker >= 2 || speaker == 1 && alone {
                        speaker + 1
                    } else {
                        0
                    }
                } else {
                    item.entities.iter().filter(|p| other.entities.contains(p)).count()
                };
                let same_stated = matches!((item.stated, other.stated), (Some(a), Some(b)) if a == b && a.last - a.first < 31);
                let same_coming =
                    other.d == item.d && event.tense == Tense::Future && other_event.tense == Tense::Future;
                score = score.max(shared * 2 + usize::from(same_stated) * 3 + usize::from(same_coming));
            }
            if score > 0 && best.is_none_or(|(_, s)| score > s) {
                best = Some((ci, score));
            }
        }
        let chosen = best.map_or(clusters.len(), |(c, _)| c);
        for e in &item.entities {
            remember(by_entity.entry(*e).or_default(), chosen);
        }
        if let Some(st) = item.stated {
            remember(by_stated.entry((st.first, st.last)).or_default(), chosen);
        }
        if event.tense == Tense::Future {
            remember(coming.entry((item.d, event.event_type)).or_default(), chosen);
        }
        match best {
            Some((c, _)) => {
                clusters[c].0.members.push((item.d, item.e));
                clusters[c].1.push(index);
                cluster_of_item.push(c);
            }
            None => {
                cluster_of_item.push(clusters.len());
                clusters.push((
                    EventCluster {
                        members: vec![(item.d, item.e)],
                        event_type: event.event_type,
                        days: None,
                        stated: false,
                        basis: None,
                        disagreements: Vec::new(),
                    },
                    vec![index],
                ));
            }
        }
    }
    let mut clusters: Vec<EventCluster> = clusters.into_iter().map(|(c, _)| c).collect();
    for c in &mut clusters {
        date_cluster(docs, &resolved, c);
    }
    clusters
}

/// Sets an event's date from the dates of its mentions: the narrowest interval they agree on.
fn date_cluster(docs: &[Doc<'_>], resolved: &[Vec<Vec<(usize, Resolved)>>], c: &mut EventCluster) {
    let mut all: Vec<(usize, usize, Resolved)> = Vec::new();
    for &(d, e) in &c.members {
        // Within one clause, a stated date that disagrees with the first belongs to something else
        // ("since being elected in 2021, and … since 2012").
        let mut first_stated: Option<Days> = None;
        for (k, r) in resolved[d][e].iter().cloned() {
            if r.stated {
                match first_stated {
                    Some(f) if f.intersect(r.days).is_none() => continue,
                    None => first_stated = Some(r.days),
                    _ => {}
                }
            }
            all.push((d, k, r));
        }
    }
    let stated: Vec<&(usize, usize, Resolved)> = all.iter().filter(|(_, _, r)| r.stated).collect();
    // Stated dates that cannot all be true are a disagreement: keep each.
    let stated_meet = stated.iter().map(|(_, _, r)| r.days).try_fold(None::<Days>, |acc, d| match acc {
        None => Some(Some(d)),
        Some(a) => a.intersect(d).map(Some),
    });
    if stated_meet.is_none() {
        for (d, k, r) in &stated {
            if let Some(p) = r.days.to_partial() {
                c.disagreements.push((p, *d, *k));
            }
        }
        let first = stated[0];
        c.days = Some(first.2.days);
        c.stated = true;
        return;
    }
    let mut days: Option<Days> = None;
    for (_, _, r) in &all {
        days = Some(match days {
            None => r.days,
            Some(a) => a.intersect(r.days).unwrap_or(a),
        });
    }
    let Some(days) = days else { return };
    if days.to_partial().is_none() {
        return;
    }
    c.days = Some(days);
    // Stated when a stated mention alone gives this value; otherwise the narrowest inference.
    if let Some((_, _, r)) = all.iter().find(|(_, _, r)| r.stated && r.days == days) {
        c.stated = true;
        c.basis = r.basis.clone();
    } else {
        c.stated = false;
        let mut bases: Vec<String> = all
            .iter()
            .filter(|(_, _, r)| days.within(r.days) && !r.stated)
            .filter_map(|(_, _, r)| r.basis.clone())
            .collect();
        bases.dedup();
        // The narrowest inference explains the value; a calendar date explains it better than a weekday.
        let rank = |d: usize, k: usize| match docs[d].dates[k].kind {
            DateKind::Weekday(_) => 3,
            DateKind::Relative(..) => 2,
            DateKind::Holiday { .. } => 1,
            _ => 0,
        };
        let narrowest = all
            .iter()
            .filter(|(_, _, r)| !r.stated)
            .min_by_key(|(d, k, r)| (r.days.last - r.days.first, rank(*d, *k)));
        c.basis = match narrowest {
            Some((nd, nk, r)) if r.days == days => {
                // Other expressions that name the same day agree with it: say so.
                let agreeing: Vec<String> = all
                    .iter()
                    .filter(|(d, k, o)| (d, k) != (nd, nk) && o.days == days && rank(*d, *k) == 3)
                    .map(|(d, k, _)| {
                        format!(
                            "“{}” in {}",
                            quote(&docs[*d], docs[*d].dates[*k].tokens.clone()),
                            docs[*d].id
                        )
                    })
                    .collect();
                r.basis.as_ref().map(|b| {
                    if agreeing.is_empty() {
                        b.clone()
                    } else {
                        format!("{b}; {} is that day", agreeing.join(" and "))
                    }
                })
            }
            _ => Some(bases.join("; ")),
        };
    }
}

/// Works out article times and event dates together: each step can anchor the next.
pub(crate) fn settle(
    docs: &[Doc<'_>],
    of: &[Vec<usize>],
    kinds: &[EntityKind],
) -> (Vec<Option<Now>>, Vec<EventCluster>) {
    let mut nows: Vec<Option<Now>> = docs.iter().enumerate().map(|(d, doc)| own_now(d, doc)).collect();
    let mut clusters = cluster_events(docs, of, kinds, &nows);
    for _ in 0..4 {
        let mut changed = false;
        // An article without a time takes the time of another that reports one of its events.
        for d in 0..docs.len() {
            if nows[d].is_some() {
                continue;
            }
            let borrowed = clusters.iter().find_map(|c| {
                if !c.members.iter().any(|&(md, _)| md == d) {
                    return None;
                }
                c.members.iter().find_map(|&(md, _)| nows[md].clone().filter(|_| md != d).map(|n| (n, c, md)))
            });
            if let Some((other, c, md)) = borrowed {
                let &(_, e) = c.members.iter().find(|&&(x, _)| x == md).unwrap_or(&c.members[0]);
                let what = docs[md].seg.slice(docs[md].events[e].tokens.clone()).to_string();
                nows[d] = Some(Now {
                    days: other.days,
                    basis: format!(
                        "it reports the {} that {} reports (“{}”), and {} was written {}: {}",
                        c.event_type,
                        docs[md].id,
                        shorten(&what),
                        docs[md].id,
                        human(other.days),
                        other.basis
                    ),
                    evidence: other.evidence.clone(),
                });
                changed = true;
            }
        }
        // A coming weekday of a dated event narrows the time of writing to the six days before it.
        let weekdays = weekday_days(docs, &clusters);
        for (d, doc) in docs.iter().enumerate() {
            let Some(now) = nows[d].clone() else { continue };
            for event in &doc.events {
                if event.tense != Tense::Future {
                    continue;
                }
                for &k in &event.dates {
                    let DateKind::Weekday(w) = doc.dates[k].kind else { continue };
                    let Some(&(day, _)) = weekdays.get(&(d, w)) else { continue };
                    let window = Days { first: day - 6, last: day - 1 };
                    if let Some(narrower) = now.days.intersect(window).filter(|n| *n != now.days) {
                        let mut evidence = now.evidence.clone();
                        evidence.push((d, doc.dates[k].tokens.clone()));
                        nows[d] = Some(Now {
                            days: narrower,
                            basis: format!(
                                "{}; and it was written before the “{}” it announces, {}",
                                now.basis,
                                quote(doc, doc.dates[k].tokens.clone()),
                                human(Days { first: day, last: day })
                            ),
                            evidence,
                        });
                        changed = true;
                    }
                }
            }
        }
        clusters = cluster_events(docs, of, kinds, &nows);
        apply_weekdays(docs, &mut clusters);
        if !changed {
            break;
        }
    }
    apply_weekdays(docs, &mut clusters);
    (nows, clusters)
}

/// For each article and weekday, a day that an event dated to the day says it is.
fn weekday_days(docs: &[Doc<'_>], clusters: &[EventCluster]) -> HashMap<(usize, u8), (i64, usize)> {
    let mut map = HashMap::new();
    for (ci, c) in clusters.iter().enumerate() {
        let Some(days) = c.days.filter(|d| d.first == d.last) else { continue };
        let weekday = ((days.first + 3).rem_euclid(7)) as u8;
        for &(d, e) in &c.members {
            for &k in &docs[d].events[e].dates {
                if docs[d].dates[k].kind == DateKind::Weekday(weekday) {
                    map.entry((d, weekday)).or_insert((days.first, ci));
                }
            }
        }
    }
    map
}

/// Events dated only by a weekday take the day that weekday has elsewhere in the same article.
fn apply_weekdays(docs: &[Doc<'_>], clusters: &mut [EventCluster]) {
    let map = weekday_days(docs, clusters);
    let summaries: Vec<String> = clusters
        .iter()
        .map(|c| {
            let (d, e) = c.members[0];
            shorten(docs[d].seg.slice(docs[d].events[e].tokens.clone()))
        })
        .collect();
    for c in clusters.iter_mut() {
        if c.days.is_some() {
            continue;
        }
        for &(d, e) in &c.members {
            for &k in &docs[d].events[e].dates {
                let DateKind::Weekday(w) = docs[d].dates[k].kind else { continue };
                if let Some(&(day, source)) = map.get(&(d, w)) {
                    c.days = Some(Days { first: day, last: day });
                    c.stated = false;
                    c.basis = Some(format!(
                        "“{}” in {} is the same day as in “{}” ({})",
                        quote(&docs[d], docs[d].dates[k].tokens.clone()),
                        docs[d].id,
                        summaries[source],
                        PartialDate::from_days(day)
                    ));
                }
            }
        }
    }
}
