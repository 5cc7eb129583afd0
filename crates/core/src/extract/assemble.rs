//! The final facts: entities and events built from their mentions, summaries and ids.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use crate::evidence::Evidence;
use crate::model::{Article, Certainty, Claim, Conflict, Entity, EntityKind, Event, EventDate, FactSet};

use super::conflicts::RawConflict;
use super::dates::DateKind;
use super::doc::Doc;
use super::mentions::Mention;
use super::merge::EventCluster;
use super::resolve::{is_short_form, Cluster};

/// The fact set of `articles`: entities and events with ids, conflicts as evidence, in order.
pub(crate) fn fact_set(
    articles: &[Article],
    docs: &[Doc<'_>],
    mut entities: Vec<Entity>,
    entity_of: &[Vec<usize>],
    clusters: &[EventCluster],
    raw_conflicts: Vec<RawConflict>,
) -> FactSet {
    let kinds: Vec<EntityKind> = entities.iter().map(|entity| entity.kind).collect();
    let entity_ids =
        assign_ids(entities.iter().map(|entity| format!("{}/{}", entity.kind, slug(&entity.name))));
    for (entity, id) in entities.iter_mut().zip(&entity_ids) {
        entity.id = id.clone();
    }
    let mut events: Vec<Event> =
        clusters.iter().map(|cluster| build_event(docs, entity_of, &entity_ids, &kinds, cluster)).collect();
    let event_ids = assign_ids(events.iter().map(|event| {
        let when = event.date.value.map_or_else(|| "undated".to_string(), |v| v.to_string());
        format!("event/{}-{when}", event.event_type)
    }));
    for (event, id) in events.iter_mut().zip(&event_ids) {
        event.id = id.clone();
    }
    let conflicts: Vec<Conflict> =
        raw_conflicts.into_iter().map(|raw| conflict_with_evidence(docs, &event_ids, raw)).collect();
    let mut facts = FactSet::new(articles.iter().map(|article| article.document.clone()).collect());
    facts.entities = in_order(entities);
    facts.events = events_in_order(events);
    facts.conflicts = conflicts;
    facts
}

/// A conflict about event cluster `raw.event`, its passages turned into evidence.
fn conflict_with_evidence(docs: &[Doc<'_>], event_ids: &[String], raw: RawConflict) -> Conflict {
    Conflict {
        about: event_ids[raw.event].clone(),
        field: raw.field,
        claims: raw
            .claims
            .into_iter()
            .map(|(value, passages)| Claim {
                value,
                evidence: passages.into_iter().map(|(doc, tokens)| docs[doc].evidence(tokens)).collect(),
            })
            .collect(),
    }
}

/// Entities by kind, then by name in any case.
fn in_order(entities: Vec<Entity>) -> Vec<Entity> {
    let mut order: Vec<usize> = (0..entities.len()).collect();
    order.sort_by(|&a, &b| {
        (entities[a].kind, entities[a].name.to_lowercase())
            .cmp(&(entities[b].kind, entities[b].name.to_lowercase()))
    });
    order.into_iter().map(|i| entities[i].clone()).collect()
}

/// Events by date, undated last, then by id.
fn events_in_order(mut events: Vec<Event>) -> Vec<Event> {
    events.sort_by(|a, b| {
        let key = |event: &Event| (event.date.value.is_none(), event.date.value, event.id.clone());
        key(a).cmp(&key(b))
    });
    events
}

/// An entity from its mentions: the name most used, every other name as an alias, attributes by
/// majority.
pub(crate) fn build_entity(docs: &[Doc<'_>], cluster: &Cluster) -> Entity {
    let mentions: Vec<(&Doc<'_>, &Mention)> =
        cluster.mentions.iter().map(|&(d, m)| (&docs[d], &docs[d].mentions[m])).collect();
    // Kind by majority of first-hand mentions.
    let mut kind_votes: BTreeMap<EntityKind, usize> = BTreeMap::new();
    for (_, m) in &mentions {
        *kind_votes.entry(m.kind).or_default() += if m.repeat { 1 } else { 3 };
    }
    let kind = kind_votes
        .iter()
        .max_by_key(|(k, v)| (**v, std::cmp::Reverse(**k)))
        .map_or(EntityKind::Place, |(k, _)| *k);
    // Name: for people the fullest name; otherwise the most used.
    let mut name_votes: Vec<(String, usize, usize)> = Vec::new(); // (name, count, first position)
    for (i, (_, m)) in mentions.iter().enumerate() {
        match name_votes.iter_mut().find(|(n, _, _)| *n == m.name) {
            Some(v) => v.1 += 1,
            None => name_votes.push((m.name.clone(), 1, i)),
        }
    }
    let name = if kind == EntityKind::Official {
        name_votes
            .iter()
            .max_by_key(|(n, c, f)| (n.split(' ').count(), *c, std::cmp::Reverse(*f)))
            .map(|v| v.0.clone())
    } else {
        // Not a short form of another name of the same entity ("Air Guard" for "Iowa Air National Guard").
        let full: Vec<&(String, usize, usize)> = name_votes
            .iter()
            .filter(|(n, _, _)| {
                !name_votes.iter().any(|(o, _, _)| o.len() > n.len() && is_short_form(n, o, kind))
            })
            .collect();
        full.into_iter().max_by_key(|(_, c, f)| (*c, std::cmp::Reverse(*f))).map(|v| v.0.clone())
    }
    .unwrap_or_default();
    let mut aliases: Vec<String> = Vec::new();
    let mut seen: BTreeSet<String> = BTreeSet::from([name.to_lowercase()]);
    for (doc, m) in &mentions {
        let surface = doc.seg.slice(m.tokens.clone()).to_string();
        for candidate in m.aliases.iter().cloned().chain([m.name.clone(), surface]) {
            let trimmed = candidate.trim().trim_start_matches("the ").trim_start_matches("The ").to_string();
            if !trimmed.is_empty() && seen.insert(trimmed.to_lowercase()) {
                aliases.push(trimmed);
            }
        }
    }
    let mut votes: BTreeMap<String, BTreeMap<String, usize>> = BTreeMap::new();
    for (_, m) in &mentions {
        for (k, v) in &m.attributes {
            *votes.entry(k.clone()).or_default().entry(v.clone()).or_default() += 1;
        }
    }
    let attributes = votes
        .into_iter()
        .filter_map(|(k, vs)| vs.into_iter().max_by_key(|(v, c)| (*c, v.len())).map(|(v, _)| (k, v)))
        .collect();
    let mut evidence: Vec<Evidence> =
        mentions.iter().map(|(doc, m)| doc.evidence(m.tokens.clone())).collect();
    evidence.dedup();
    Entity { id: String::new(), kind, name, aliases, attributes, mentions: evidence }
}

/// An event from its mentions.
fn build_event(
    docs: &[Doc<'_>],
    of: &[Vec<usize>],
    entity_ids: &[String],
    kinds: &[EntityKind],
    c: &EventCluster,
) -> Event {
    let mut participants: Vec<String> = Vec::new();
    let mut location: Option<String> = None;
    let mut evidence: Vec<Evidence> = Vec::new();
    let mut date_mentions: Vec<Evidence> = Vec::new();
    for &(d, e) in &c.members {
        let event = &docs[d].events[e];
        for &m in &event.participants {
            let id = &entity_ids[of[d][m]];
            if !participants.contains(id) && kinds[of[d][m]] != EntityKind::Place {
                participants.push(id.clone());
            }
        }
        if location.is_none() {
            location = event.location.map(|m| entity_ids[of[d][m]].clone());
        }
        evidence.push(docs[d].evidence(event.tokens.clone()));
        for &k in &event.dates {
            if !matches!(docs[d].dates[k].kind, DateKind::Duration { .. }) {
                date_mentions.push(docs[d].evidence(docs[d].dates[k].tokens.clone()));
            }
        }
    }
    // The summary: the clause that says the most (dated, then longest).
    let &(d, e) = c
        .members
        .iter()
        .max_by_key(|&&(d, e)| {
            let ev = &docs[d].events[e];
            (!ev.dates.is_empty(), ev.participants.len().min(3), std::cmp::Reverse(d))
        })
        .unwrap_or(&c.members[0]);
    let summary = summarize(docs[d].seg.slice(docs[d].events[e].tokens.clone()));
    let (value, certainty, basis) = match c.days.and_then(|days| days.to_partial()) {
        Some(p) if c.stated => (Some(p), Certainty::Stated, None),
        Some(p) => (Some(p), Certainty::Inferred, c.basis.clone()),
        None => (None, Certainty::Unknown, None),
    };
    Event {
        id: String::new(),
        event_type: c.event_type.to_string(),
        summary,
        participants,
        location,
        date: EventDate {
            value,
            precision: value.map(|v| v.precision()),
            certainty,
            basis,
            mentions: date_mentions,
        },
        evidence,
    }
}

/// One line from a clause: white space collapsed, first letter capitalized, at most 200 characters.
fn summarize(clause: &str) -> String {
    let mut words: Vec<&str> = clause.split_whitespace().collect();
    while words.first().is_some_and(|w| matches!(*w, "“" | "\"" | "”")) {
        words.remove(0);
    }
    let mut line = words.join(" ");
    if line.chars().count() > 200 {
        let cut: String = line.chars().take(199).collect();
        line = match cut.rfind(' ') {
            Some(i) => format!("{}…", &cut[..i]),
            None => format!("{cut}…"),
        };
    }
    let mut chars = line.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => line,
    }
}

/// A lowercase, hyphenated form of a name for ids.
fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let trimmed = out.trim_end_matches('-');
    if trimmed.is_empty() {
        "unnamed".to_string()
    } else {
        trimmed.chars().take(80).collect()
    }
}

/// Makes ids unique by numbering repeats.
fn assign_ids(ids: impl Iterator<Item = String>) -> Vec<String> {
    let mut seen: HashMap<String, usize> = HashMap::new();
    ids.map(|id| {
        let n = seen.entry(id.clone()).or_default();
        *n += 1;
        if *n == 1 {
            id
        } else {
            format!("{id}-{n}")
        }
    })
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_slugs_made_unique() {
        assert_eq!(slug("Detachment 1, Company C (Medevac)"), "detachment-1-company-c-medevac");
        assert_eq!(
            assign_ids(["a".to_string(), "a".to_string(), "b".to_string()].into_iter()),
            ["a", "a-2", "b"]
        );
    }
}
