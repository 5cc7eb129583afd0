//! Extraction: English news articles in, facts with exact evidence out.
//!
//! Per article: segmentation (`text`), date expressions (`dates`), entity mentions (`entities`)
//! and event mentions (`events`). Across articles: entity resolution (`resolve`), article times,
//! event merging and dates (`timeline`), and disagreements (`conflicts`). Extraction never fails:
//! it returns facts and diagnostics.

mod conflicts;
mod dates;
mod entities;
mod events;
mod lexicon;
mod resolve;
mod text;
mod timeline;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::ops::Range;

use crate::date::PartialDate;
use crate::evidence::{Evidence, TextPositions};
use crate::model::{Article, Certainty, Claim, Conflict, Entity, EntityKind, Event, EventDate, FactSet};

pub use events::EVENT_TYPES;

use self::dates::{DateExpr, DateKind};
use self::entities::Mention;
use self::events::EventMention;
use self::text::Segmented;

/// Something extraction noticed and the reader may want to know.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The article concerned, if one.
    pub doc: Option<String>,
    /// What happened.
    pub message: String,
}

/// Facts extracted from a set of articles, with diagnostics.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Extraction {
    /// The facts, in the `factlens/1` model.
    pub facts: FactSet,
    /// What the extractor skipped or could not resolve.
    pub diagnostics: Vec<Diagnostic>,
}

/// One article during extraction.
pub(crate) struct Doc<'a> {
    pub id: &'a str,
    pub published: Option<PartialDate>,
    pub seg: Segmented<'a>,
    pub dates: Vec<DateExpr>,
    pub mentions: Vec<Mention>,
    pub events: Vec<EventMention>,
    pub positions: TextPositions<'a>,
}

impl Doc<'_> {
    fn evidence(&self, tokens: Range<usize>) -> Evidence {
        self.positions.evidence(self.id, self.seg.span(tokens))
    }
}

/// Extracts the facts of `articles`.
pub fn extract(articles: &[Article]) -> Extraction {
    let mut diagnostics = Vec::new();
    let docs: Vec<Doc<'_>> = articles
        .iter()
        .map(|a| {
            let seg = text::segment(&a.text);
            let (dates, blocked) = dates::find_dates(&seg);
            let mentions = entities::find_mentions(&seg, &blocked, a.document.outlet.as_deref());
            let events = events::find_events(&seg, &dates, &mentions);
            let furniture = seg.sentences.iter().filter(|s| s.boilerplate).count();
            if furniture > 0 {
                diagnostics.push(Diagnostic {
                    doc: Some(a.document.id.clone()),
                    message: format!(
                        "skipped {furniture} lines of page furniture (credits, links, breadcrumbs)"
                    ),
                });
            }
            Doc {
                id: &a.document.id,
                published: a.document.published,
                positions: TextPositions::new(&a.text),
                seg,
                dates,
                mentions,
                events,
            }
        })
        .collect();

    // Entities.
    let mention_lists: Vec<Vec<Mention>> = docs.iter().map(|d| d.mentions.clone()).collect();
    let resolution = resolve::resolve(&mention_lists);
    let mut entities: Vec<Entity> = resolution.clusters.iter().map(|c| build_entity(&docs, c)).collect();
    let kinds: Vec<EntityKind> = entities.iter().map(|e| e.kind).collect();
    let names: Vec<String> = entities.iter().map(|e| e.name.clone()).collect();

    // Times, events and their dates.
    let (nows, clusters) = timeline::settle(&docs, &resolution.of, &kinds);
    for (d, doc) in docs.iter().enumerate() {
        match &nows[d] {
            Some(now) => diagnostics.push(Diagnostic {
                doc: Some(doc.id.to_string()),
                message: format!("time of writing: {}", now.basis),
            }),
            None => diagnostics.push(Diagnostic {
                doc: Some(doc.id.to_string()),
                message: "no time of writing could be established: its relative dates stay as written".into(),
            }),
        }
    }
    let mut raw_conflicts = conflicts::date_conflicts(&docs, &nows, &clusters);
    raw_conflicts.extend(conflicts::support_conflicts(&docs, &resolution.of, &names, &kinds, &clusters));

    // Ids.
    let entity_ids = assign_ids(entities.iter().map(|e| format!("{}/{}", e.kind, slug(&e.name))));
    for (entity, id) in entities.iter_mut().zip(&entity_ids) {
        entity.id = id.clone();
    }
    let mut events: Vec<Event> =
        clusters.iter().map(|c| build_event(&docs, &resolution.of, &entity_ids, &kinds, c)).collect();
    let event_ids = assign_ids(events.iter().map(|e| {
        let when = e.date.value.map_or_else(|| "undated".to_string(), |v| v.to_string());
        format!("event/{}-{when}", e.event_type)
    }));
    for (event, id) in events.iter_mut().zip(&event_ids) {
        event.id = id.clone();
    }
    let conflicts: Vec<Conflict> = raw_conflicts
        .into_iter()
        .map(|raw| Conflict {
            about: event_ids[raw.event].clone(),
            field: raw.field,
            claims: raw
                .claims
                .into_iter()
                .map(|(value, passages)| Claim {
                    value,
                    evidence: passages.into_iter().map(|(d, tokens)| docs[d].evidence(tokens)).collect(),
                })
                .collect(),
        })
        .collect();

    for (d, doc) in docs.iter().enumerate() {
        let unresolved = clusters
            .iter()
            .filter(|c| {
                c.days.is_none()
                    && c.members.iter().any(|&(md, e)| md == d && !docs[md].events[e].dates.is_empty())
            })
            .count();
        if unresolved > 0 {
            diagnostics.push(Diagnostic {
                doc: Some(doc.id.to_string()),
                message: format!("{unresolved} event dates could not be resolved and stay as written"),
            });
        }
    }

    // Order: entities by kind then name; events by date, undated last.
    let mut order: Vec<usize> = (0..entities.len()).collect();
    order.sort_by(|&a, &b| {
        (entities[a].kind, entities[a].name.to_lowercase())
            .cmp(&(entities[b].kind, entities[b].name.to_lowercase()))
    });
    let entities: Vec<Entity> = order.into_iter().map(|i| entities[i].clone()).collect();
    events.sort_by(|a, b| {
        let key = |e: &Event| (e.date.value.is_none(), e.date.value, e.id.clone());
        key(a).cmp(&key(b))
    });

    let mut facts = FactSet::new(articles.iter().map(|a| a.document.clone()).collect());
    facts.entities = entities;
    facts.events = events;
    facts.conflicts = conflicts;
    Extraction { facts, diagnostics }
}

/// An entity from its mentions: the name most used, every other name as an alias, attributes by
/// majority.
fn build_entity(docs: &[Doc<'_>], cluster: &resolve::Cluster) -> Entity {
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
                !name_votes.iter().any(|(o, _, _)| o.len() > n.len() && resolve::is_short_form(n, o, kind))
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
    c: &timeline::EventCluster,
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
