//! The final facts: entities and events built from their mentions, summaries and ids.

use std::collections::{BTreeMap, BTreeSet};

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::evidence::Evidence;
use crate::model::{Article, Certainty, Claim, Conflict, Entity, EntityKind, Event, EventDate, FactSet};

use super::conflicts::RawConflict;
use super::dates::DateKind;
use super::doc::Doc;
use super::lexicon::{gazetteer, GazetteerKind};
use super::mentions::Mention;
use super::merge::EventCluster;
use super::resolve::{Cluster, NameForm};

/// The fact set of `articles`: entities and events with ids, conflicts as evidence, in order.
pub(crate) fn fact_set(
    articles: &[Article],
    docs: &[Doc<'_>],
    mut entities: Vec<Entity>,
    entity_of: &[Vec<usize>],
    clusters: &[EventCluster],
    raw_conflicts: Vec<RawConflict>,
) -> FactSet {
    link_attributes(&mut entities);
    let entity_ids =
        assign_ids(entities.iter().map(|entity| format!("{}/{}", entity.kind, slug(&entity.name))));
    for (entity, id) in entities.iter_mut().zip(entity_ids) {
        entity.id = id;
    }
    let within = places_within(docs, entity_of);
    let mut events: Vec<Event> =
        clusters.iter().map(|cluster| build_event(docs, entity_of, &entities, &within, cluster)).collect();
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

/// Affiliations and parent units (`part_of`) named as the entity they resolved to ("132nd
/// Refueling Wing" → "132nd Air Refueling Wing"), and an official's country taken from the place or body it belongs to ("the
/// president of Estonia", "the mayor of Tartu" where Tartu lies in Estonia).
fn link_attributes(entities: &mut [Entity]) {
    let mut by_name: HashMap<String, usize> = HashMap::default();
    for (k, entity) in entities.iter().enumerate() {
        for name in std::iter::once(&entity.name).chain(&entity.aliases) {
            by_name.entry(name.to_lowercase()).or_insert(k);
        }
    }
    let target_of = |entities: &[Entity], k: usize, key: &str| {
        let value = entities[k].attributes.get(key)?.trim_start_matches("the ").to_lowercase();
        by_name.get(&value).copied().filter(|&target| target != k)
    };
    for k in 0..entities.len() {
        if let Some(parent) = target_of(entities, k, "part_of") {
            let name = entities[parent].name.clone();
            entities[k].attributes.insert("part_of".into(), name);
        }
        let Some(target) = target_of(entities, k, "affiliation") else { continue };
        let name = entities[target].name.clone();
        let country = country_of(&entities[target]);
        let attributes = &mut entities[k].attributes;
        attributes.insert("affiliation".into(), name);
        if let Some(country) = country {
            attributes.entry("country".into()).or_insert(country);
        }
    }
}

/// The country an entity is, or lies in, or belongs to, as the texts and the gazetteer say.
fn country_of(entity: &Entity) -> Option<String> {
    let is_country = entity.kind == EntityKind::Place
        && gazetteer().get(&entity.name).is_some_and(|entry| entry.kind == GazetteerKind::Country);
    if is_country {
        Some(entity.name.clone())
    } else {
        entity.attributes.get("country").cloned()
    }
}

/// A conflict about event cluster `raw.event`, its passages turned into evidence.
fn conflict_with_evidence(docs: &[Doc<'_>], event_ids: &[String], raw: RawConflict) -> Conflict {
    Conflict {
        about: event_ids[raw.event].clone(),
        field: raw.field,
        between: raw.between.to_string(),
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
    let mut keyed: Vec<((EntityKind, String), Entity)> =
        entities.into_iter().map(|entity| ((entity.kind, entity.name.to_lowercase()), entity)).collect();
    // Stable, as the sort it replaces: entities of one key keep their order.
    keyed.sort_by(|a, b| a.0.cmp(&b.0));
    keyed.into_iter().map(|(_, entity)| entity).collect()
}

/// Events by date, undated last, then by id.
fn events_in_order(mut events: Vec<Event>) -> Vec<Event> {
    events.sort_by(|a, b| {
        let key = |event: &Event| (event.date.value.is_none(), event.date.value);
        key(a).cmp(&key(b)).then_with(|| a.id.cmp(&b.id))
    });
    events
}

/// An entity from its mentions: the name most used, every other name as an alias, attributes by
/// majority.
pub(crate) fn build_entity(docs: &[Doc<'_>], cluster: &Cluster) -> Entity {
    let mentions: Vec<(&Doc<'_>, &Mention)> =
        cluster.mentions.iter().map(|&(doc, mention)| (&docs[doc], &docs[doc].mentions[mention])).collect();
    let kind = majority_kind(&mentions);
    let name = entity_name(kind, &mentions);
    let aliases = aliases(&name, &mentions);
    let attributes = majority_attributes(&mentions);
    let mut evidence: Vec<Evidence> =
        mentions.iter().map(|(doc, mention)| doc.evidence(mention.tokens.clone())).collect();
    evidence.dedup();
    Entity { id: String::new(), kind, name, aliases, attributes, mentions: evidence }
}

/// Whether a name is an acronym alone ("PCG", "RN"), whose kind the finder can only guess.
fn bare_acronym(name: &str) -> bool {
    name.len() >= 2 && name.chars().all(|c| c.is_ascii_uppercase())
}

/// The kind by majority, a first-hand mention counting three times a repeat; an acronym alone
/// votes only when no mention names the entity otherwise ("NCG" with "Norland Coast Guard").
fn majority_kind(mentions: &[(&Doc<'_>, &Mention)]) -> EntityKind {
    let named = mentions.iter().any(|(_, mention)| !bare_acronym(&mention.name));
    let mut kind_votes: BTreeMap<EntityKind, usize> = BTreeMap::new();
    for (_, mention) in mentions.iter().filter(|(_, mention)| !named || !bare_acronym(&mention.name)) {
        *kind_votes.entry(mention.kind).or_default() += if mention.repeat { 1 } else { 3 };
    }
    kind_votes
        .iter()
        .max_by_key(|(kind, votes)| (**votes, std::cmp::Reverse(**kind)))
        .map_or(EntityKind::Place, |(kind, _)| *kind)
}

/// The name: for people the fullest name; otherwise the most used that is not a short form of
/// another name of the same entity ("Air Guard" for "Ohio Air National Guard").
fn entity_name(kind: EntityKind, mentions: &[(&Doc<'_>, &Mention)]) -> String {
    let mut name_votes: Vec<(String, usize, usize)> = Vec::new(); // (name, count, first position)
    for (position, (_, mention)) in mentions.iter().enumerate() {
        match name_votes.iter_mut().find(|(name, _, _)| *name == mention.name) {
            Some(vote) => vote.1 += 1,
            None => name_votes.push((mention.name.clone(), 1, position)),
        }
    }
    if kind == EntityKind::Official {
        return name_votes
            .iter()
            .max_by_key(|(name, count, first)| (name.split(' ').count(), *count, std::cmp::Reverse(*first)))
            .map(|vote| vote.0.clone())
            .unwrap_or_default();
    }
    // An acronym names the entity only when nothing else does.
    let spelled_out = name_votes.iter().any(|(name, _, _)| !bare_acronym(name));
    let forms: Vec<NameForm> = name_votes.iter().map(|(name, _, _)| NameForm::new(name, kind)).collect();
    let full: Vec<&(String, usize, usize)> = (name_votes.iter().zip(&forms))
        .filter(|((name, _, _), form)| {
            let short_form = (name_votes.iter().zip(&forms))
                .any(|((other, _, _), long)| other.len() > name.len() && form.is_short_form_of(long, kind));
            let acronym_only = spelled_out && bare_acronym(name);
            !short_form && !acronym_only
        })
        .map(|(vote, _)| vote)
        .collect();
    full.into_iter()
        .max_by_key(|(_, count, first)| (*count, std::cmp::Reverse(*first)))
        .map(|vote| vote.0.clone())
        .unwrap_or_default()
}

/// Every other name the mentions show (aliases, names, surface texts), without a leading "the",
/// once each in any case.
fn aliases(name: &str, mentions: &[(&Doc<'_>, &Mention)]) -> Vec<String> {
    let mut aliases: Vec<String> = Vec::new();
    let mut seen: BTreeSet<String> = BTreeSet::from([name.to_lowercase()]);
    // Most mentions repeat a form met before: each form as written is weighed once.
    let mut weighed: HashSet<&str> = HashSet::default();
    for (doc, mention) in mentions {
        let surface = doc.seg.slice(mention.tokens.clone());
        for candidate in mention.aliases.iter().map(String::as_str).chain([mention.name.as_str(), surface]) {
            if !weighed.insert(candidate) {
                continue;
            }
            let trimmed = candidate.trim().trim_start_matches("the ").trim_start_matches("The ");
            // A common noun that stands for the name ("the battalion") is no name of it.
            let named = trimmed.chars().any(char::is_uppercase);
            if named && seen.insert(trimmed.to_lowercase()) {
                aliases.push(trimmed.to_string());
            }
        }
    }
    aliases
}

/// Each attribute's most stated value (the longest on a tie).
fn majority_attributes(mentions: &[(&Doc<'_>, &Mention)]) -> BTreeMap<String, String> {
    let mut votes: BTreeMap<String, BTreeMap<String, usize>> = BTreeMap::new();
    for (_, mention) in mentions {
        for (key, value) in &mention.attributes {
            *votes.entry(key.clone()).or_default().entry(value.clone()).or_default() += 1;
        }
    }
    votes
        .into_iter()
        .filter_map(|(key, values)| {
            values
                .into_iter()
                .max_by_key(|(value, count)| (*count, value.len()))
                .map(|(value, _)| (key, value))
        })
        .collect()
}

/// The words between a place and another that put the first in the second: "the Karnaphuli River
/// in Ashford", "Juba, the capital of South Sudan".
const PUT_IN: &[&[&str]] = &[&["in"], &[",", "the", "capital", "of"], &[",", "capital", "of"]];

/// The places an article puts in another ([`PUT_IN`], before the other place or "the" and it), as
/// (inner, outer) entity pairs.
fn places_within(docs: &[Doc<'_>], entity_of: &[Vec<usize>]) -> HashSet<(usize, usize)> {
    let mut within = HashSet::default();
    for (doc, article) in docs.iter().enumerate() {
        let seg = &article.seg;
        for (inner, outer) in (1..article.mentions.len()).map(|k| (k - 1, k)) {
            let (end, mut start) = (article.mentions[inner].tokens.end, article.mentions[outer].tokens.start);
            if start > end && seg.low(start - 1) == "the" {
                start -= 1;
            }
            let words = |pattern: &&[&str]| {
                pattern.len() == start.saturating_sub(end)
                    && pattern.iter().zip(end..).all(|(w, k)| seg.low(k) == *w)
            };
            let places = [inner, outer].iter().all(|&k| article.mentions[k].kind == EntityKind::Place);
            if places && PUT_IN.iter().any(words) {
                within.insert((entity_of[doc][inner], entity_of[doc][outer]));
            }
        }
    }
    within
}

/// Of the places an event's passages give, the first that lies in another of them ("Sioux City"
/// before "Iowa"; by its state or country, or as an article puts it, `within`), else the first.
fn most_specific(entities: &[Entity], within: &HashSet<(usize, usize)>, places: &[usize]) -> Option<usize> {
    let lies_in = |inner: usize, outer: usize| {
        let name = &entities[outer].name;
        inner != outer
            && (["state", "country"].iter().any(|key| entities[inner].attributes.get(*key) == Some(name))
                || within.contains(&(inner, outer)))
    };
    let inside = places.iter().copied().find(|&p| places.iter().any(|&q| lies_in(p, q)));
    inside.or_else(|| places.first().copied())
}

/// An event from its mentions.
fn build_event(
    docs: &[Doc<'_>],
    entity_of: &[Vec<usize>],
    entities: &[Entity],
    within: &HashSet<(usize, usize)>,
    cluster: &EventCluster,
) -> Event {
    let mut participants: Vec<String> = Vec::new();
    let mut locations: Vec<usize> = Vec::new();
    let mut evidence: Vec<Evidence> = Vec::new();
    let mut date_mentions: Vec<Evidence> = Vec::new();
    for &(doc, event) in &cluster.members {
        let article = &docs[doc];
        let mention = &article.events[event];
        // A saying that reports another happening ("…, the spokesman said the aircraft landed")
        // joins it through its speaker, who tells it and takes no part.
        let reports = mention.event_type == "statement" && cluster.event_type != "statement";
        let speaker = |p: usize| reports && article.mentions[p].kind == EntityKind::Official;
        let taking_part =
            mention.participants.iter().filter(|&&p| !speaker(p) && !mention.sources.contains(&p));
        for &participant in taking_part {
            let entity = entity_of[doc][participant];
            if !participants.contains(&entities[entity].id) && entities[entity].kind != EntityKind::Place {
                participants.push(entities[entity].id.clone());
            }
        }
        if let Some(place) = mention.location.map(|place| entity_of[doc][place]) {
            if !locations.contains(&place) {
                locations.push(place);
            }
        }
        evidence.push(article.evidence(mention.tokens.clone()));
        for &expr in &mention.dates {
            if !matches!(article.dates[expr].kind, DateKind::Duration { .. }) {
                date_mentions.push(article.evidence(article.dates[expr].tokens.clone()));
            }
        }
    }
    let (value, certainty, basis) = match cluster.days.and_then(|days| days.to_partial()) {
        Some(date) if cluster.stated => (Some(date), Certainty::Stated, None),
        Some(date) => (Some(date), Certainty::Inferred, cluster.basis.clone()),
        None => (None, Certainty::Unknown, None),
    };
    Event {
        id: String::new(),
        event_type: cluster.event_type.to_string(),
        summary: event_summary(docs, cluster),
        participants,
        location: most_specific(entities, within, &locations).map(|place| entities[place].id.clone()),
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

/// The summary of an event: the clause that says the most (dated, then with most participants).
fn event_summary(docs: &[Doc<'_>], cluster: &EventCluster) -> String {
    let &(doc, event) = cluster
        .members
        .iter()
        .max_by_key(|&&(doc, event)| {
            let mention = &docs[doc].events[event];
            (!mention.dates.is_empty(), mention.participants.len().min(3), std::cmp::Reverse(doc))
        })
        .unwrap_or(&cluster.members[0]);
    summarize(docs[doc].seg.slice(docs[doc].events[event].tokens.clone()))
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
    let mut seen: HashMap<String, usize> = HashMap::default();
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

    fn article(text: &str) -> Article {
        let document = crate::model::Document {
            id: "a".into(),
            title: "t".into(),
            outlet: None,
            published: None,
            url: None,
        };
        Article { document, text: text.into() }
    }

    #[test]
    fn an_event_is_placed_at_the_place_its_article_puts_in_another() {
        let facts = crate::extract::extract(&[article(
            "A jet of the Varnian Air Force crashed near Ostrel on Monday. \
             The Varnian Air Force jet crashed into the Tamsa River in Ostrel on Monday.",
        )])
        .facts;
        let crash = facts.events.iter().find(|e| e.event_type == "disaster").expect("a crash");
        assert_eq!(crash.evidence.len(), 2, "{:#?}", facts.events);
        assert_eq!(crash.location.as_deref(), Some("place/tamsa-river"), "{:#?}", facts.events);
    }

    #[test]
    fn affiliations_name_the_entity_they_resolved_to_and_give_its_country() {
        let facts = crate::extract::extract(&[article(
            "Airmen of the 132nd Air Refueling Wing flew. \
             The delegation met 132nd Refueling Wing Commander, Colonel Sam Ortiz. \
             They met Ana Lee, the mayor of Brest, in France.",
        )])
        .facts;
        let person = |name: &str| {
            facts
                .entities
                .iter()
                .find(|e| e.name == name)
                .unwrap_or_else(|| panic!("{name}: {:#?}", facts.entities))
        };
        assert_eq!(person("Sam Ortiz").attributes["affiliation"], "132nd Air Refueling Wing");
        assert_eq!(person("Ana Lee").attributes["country"], "France");
    }

    #[test]
    fn people_are_one_entity_however_the_articles_name_them() {
        let mut second = article(
            "Maj. Gen. Paul Stone left. Gov. Ann Marshal and Brig. Gen. Mary “Molly” Vance attended. \
             Gen. Vance spoke.",
        );
        second.document.id = "b".into();
        let facts =
            crate::extract::extract(&[article("Maj. Gen. Paul R. Stone spoke. Gen. Stone said so."), second])
                .facts;
        let names: Vec<&str> = facts
            .entities
            .iter()
            .filter(|e| e.kind == EntityKind::Official)
            .map(|e| e.name.as_str())
            .collect();
        assert_eq!(names, ["Ann Marshal", "Mary “Molly” Vance", "Paul R. Stone"], "{:#?}", facts.entities);
    }

    #[test]
    fn the_speaker_of_a_saying_that_reports_a_happening_takes_no_part_in_it() {
        let facts = crate::extract::extract(&[article(
            "The 1st Battalion rescued two hikers near Ashford on Tuesday. \
             Battalion spokesperson Ann Ruiz said the hikers were taken to a hospital in Ashford.",
        )])
        .facts;
        let rescue = facts.events.iter().find(|e| e.event_type == "rescue").expect("a rescue");
        assert_eq!(rescue.evidence.len(), 2, "{:#?}", facts.events);
        assert_eq!(rescue.participants, ["unit/1st-battalion"], "{:#?}", facts.events);
    }

    #[test]
    fn ids_are_slugs_made_unique() {
        assert_eq!(slug("Detachment 3, Company F (Medevac)"), "detachment-3-company-f-medevac");
        assert_eq!(
            assign_ids(["a".to_string(), "a".to_string(), "b".to_string()].into_iter()),
            ["a", "a-2", "b"]
        );
    }
}
