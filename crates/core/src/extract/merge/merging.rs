//! Merging event mentions into events: a mention joins the event it shares most with.

use std::hash::{Hash, Hasher};

use rustc_hash::{FxHashMap as HashMap, FxHasher};

use crate::model::EntityKind;

use super::super::dates::{Days, Tense};
use super::super::doc::Doc;
use super::super::events::EventMention;
use super::super::now::Now;
use super::cluster::{event_dates, EventCluster, ResolvedDates};
use super::dating;
use super::form::{is_form_of, names_it_with_the};

/// The entities an event mention involves: participants and location, as entity clusters.
fn entities_of(
    docs: &[Doc<'_>],
    entity_of: &[Vec<usize>],
    doc: usize,
    event: usize,
) -> (Vec<usize>, Option<usize>) {
    let mention = &docs[doc].events[event];
    let participants = mention.participants.iter().map(|&m| entity_of[doc][m]).collect();
    (participants, mention.location.map(|m| entity_of[doc][m]))
}

/// An event mention as merging sees it.
struct Item {
    /// Its article.
    doc: usize,
    /// Its index among the article's event mentions.
    event: usize,
    /// The days its dates agree on.
    days: Option<Days>,
    /// Its first stated date.
    stated: Option<Days>,
    /// Its participants and location, as entity clusters.
    entities: Vec<usize>,
    /// Its participants that are not places.
    speakers: Vec<usize>,
    /// Its type and clause word for word (hashed), when the clause is long enough that another
    /// article telling it in the same words copies one report ([`WORD_FOR_WORD_TOKENS`]).
    words: Option<u64>,
}

/// The fewest tokens of a clause that another article repeating word for word copies one report
/// (wire copy run by several outlets), rather than saying something common ("He said.").
const WORD_FOR_WORD_TOKENS: usize = 8;

/// The hash of an event mention's type and clause, when the clause is long enough.
fn words_of(doc: &Doc<'_>, event: usize) -> Option<u64> {
    let mention = &doc.events[event];
    if mention.tokens.len() < WORD_FOR_WORD_TOKENS {
        return None;
    }
    let mut hasher = FxHasher::default();
    (mention.event_type, doc.seg.slice(mention.tokens.clone())).hash(&mut hasher);
    Some(hasher.finish())
}

/// The merging item of every event mention, in (article, event) order.
fn items(
    docs: &[Doc<'_>],
    entity_of: &[Vec<usize>],
    kinds: &[EntityKind],
    resolved: &ResolvedDates,
) -> Vec<Item> {
    let mut items = Vec::new();
    for (doc, per_event) in resolved.iter().enumerate() {
        for (event, dates) in per_event.iter().enumerate() {
            // The first date of a mention counts; a second one that disagrees belongs to something else.
            let mut days: Option<Days> = None;
            let mut stated: Option<Days> = None;
            for (_, date) in dates {
                days = Some(match days {
                    None => date.days,
                    Some(so_far) => so_far.intersect(date.days).unwrap_or(so_far),
                });
                if date.stated && stated.is_none() {
                    stated = Some(date.days);
                }
            }
            let (participants, location) = entities_of(docs, entity_of, doc, event);
            let speakers = participants.iter().copied().filter(|&p| kinds[p] != EntityKind::Place).collect();
            let mut entities = participants;
            entities.extend(location);
            let words = words_of(&docs[doc], event);
            items.push(Item { doc, event, days, stated, entities, speakers, words });
        }
    }
    items
}

/// Merges event mentions into events, given the current article times.
///
/// A mention joins the event it shares most with, when the dates agree and the types are the same:
/// a statement needs the same speaker (in one article, a few sentences away); other events need a
/// shared entity, or the same stated day or month (or, from two articles, the same day however
/// known), or to be the same coming event of one article ("will depart", "will begin their
/// deployment"), or to be told in one article's lead (its first two sentences).
pub(crate) fn cluster_events(
    docs: &[Doc<'_>],
    entity_of: &[Vec<usize>],
    kinds: &[EntityKind],
    nows: &[Option<Now>],
) -> Vec<EventCluster> {
    let resolved: ResolvedDates = docs
        .iter()
        .enumerate()
        .map(|(doc, article)| {
            (0..article.events.len()).map(|event| event_dates(docs, nows, doc, event)).collect()
        })
        .collect();
    let items = items(docs, entity_of, kinds, &resolved);
    // Items are in (article, event) order: the item of event e of article d is first[d] + e.
    let mut first = vec![0usize; docs.len() + 1];
    for (doc, article) in docs.iter().enumerate() {
        first[doc + 1] = first[doc] + article.events.len();
    }
    let mut merger = Merger {
        docs,
        items: &items,
        first,
        clusters: Vec::new(),
        cluster_of_item: Vec::with_capacity(items.len()),
        by_entity: HashMap::default(),
        by_stated: HashMap::default(),
        coming: HashMap::default(),
        by_words: HashMap::default(),
        in_lead: HashMap::default(),
    };
    for index in 0..items.len() {
        merger.add(index);
    }
    let mut clusters: Vec<EventCluster> = merger.clusters.into_iter().map(|(cluster, _)| cluster).collect();
    for cluster in &mut clusters {
        dating::date_cluster(docs, &resolved, cluster);
    }
    clusters
}

// Candidate clusters are found by what a mention can share with them: an entity, a stated date,
// or being a coming event of the same article. Each list keeps its latest clusters only, and a
// cluster is compared through its latest members only, so merging stays near-linear even on text
// built to defeat it.

/// The most clusters a candidate list keeps.
const CANDIDATES_PER_KEY: usize = 32;
/// The most members (the latest) a mention is compared with in a cluster.
const MEMBERS_COMPARED: usize = 48;
/// The most sentences between a happening and a later clause naming it by its form.
const FORM_SENTENCES: usize = 4;
/// The most sentences between a happening and a later clause naming it again with "the".
const NAMED_AGAIN_SENTENCES: usize = 40;
/// The most sentences between two sayings of one article that are told as one speech.
const SPEECH_SENTENCES: usize = 5;

/// The state of merging: the clusters so far and the indexes that find candidates among them.
struct Merger<'a, 't> {
    docs: &'a [Doc<'t>],
    items: &'a [Item],
    /// Index of the first item of each article.
    first: Vec<usize>,
    /// Every cluster with the items of its members.
    clusters: Vec<(EventCluster, Vec<usize>)>,
    /// The cluster of each item added so far.
    cluster_of_item: Vec<usize>,
    by_entity: HashMap<usize, Vec<usize>>,
    by_stated: HashMap<(i64, i64), Vec<usize>>,
    coming: HashMap<(usize, &'static str), Vec<usize>>,
    by_words: HashMap<u64, Vec<usize>>,
    /// The clusters of the happenings an article's lead tells, by article and type.
    in_lead: HashMap<(usize, &'static str), Vec<usize>>,
}

impl Merger<'_, '_> {
    /// Adds item `index` to the cluster it fits best, or to a new one.
    fn add(&mut self, index: usize) {
        let item = &self.items[index];
        let event = &self.docs[item.doc].events[item.event];
        // A continuation joins the event it continues, whatever its own trigger, and what it names
        // finds that event for later mentions ("… which saw them visit soldiers in X", then "X,
        // where they spent the day visiting …").
        if let Some(previous) = event.continues {
            if let Some(cluster) = self.cluster_of_item.get(self.first[item.doc] + previous).copied() {
                self.remember(item, cluster);
                self.join(cluster, index);
                return;
            }
        }
        if let Some(cluster) = self.happening_of_form(index).or_else(|| self.happening_named_again(index)) {
            self.remember(item, cluster);
            self.join(cluster, index);
            return;
        }
        let best = self
            .candidates(item)
            .into_iter()
            .filter_map(|c| self.score(c, item).map(|s| (c, s)))
            .fold(None, |best: Option<(usize, usize)>, (c, score)| {
                if score > 0 && best.is_none_or(|(_, s)| score > s) {
                    Some((c, score))
                } else {
                    best
                }
            });
        let chosen = best.map_or(self.clusters.len(), |(c, _)| c);
        self.remember(item, chosen);
        match best {
            Some((cluster, _)) => self.join(cluster, index),
            None => {
                self.cluster_of_item.push(self.clusters.len());
                let cluster = EventCluster {
                    members: vec![(item.doc, item.event)],
                    event_type: event.event_type,
                    days: None,
                    stated: false,
                    basis: None,
                    disagreements: Vec::new(),
                };
                self.clusters.push((cluster, vec![index]));
            }
        }
    }

    /// The event an item tells again by its form ("The ceremony will be at 4 p.m." after a handover):
    /// when the latest earlier mention of its article that is not a saying, a few sentences before,
    /// is of a type the item's type is a form of, the item's clause names its form with "the", and
    /// no form of its type was told before, the event of the article's first mention of that type
    /// (the news it names; a later telling may have been split off), if the two can be one event.
    fn happening_of_form(&self, index: usize) -> Option<usize> {
        let item = &self.items[index];
        let doc = &self.docs[item.doc];
        let event = &doc.events[item.event];
        let type_of = |j: usize| doc.events[self.items[j].event].event_type;
        let before = self.first[item.doc]..index;
        let earlier = before.clone().rev().find(|&j| type_of(j) != "statement")?;
        let happening = &doc.events[self.items[earlier].event];
        // A form told before is the one the clause names ("the ceremony" after "a ceremony was held").
        let form_told = before.clone().any(|j| type_of(j) == event.event_type);
        if form_told
            || !is_form_of(event.event_type, happening.event_type)
            || event.sentence > happening.sentence + FORM_SENTENCES
            || !names_it_with_the(&doc.seg, event.tokens.clone(), event.event_type)
        {
            return None;
        }
        let news = before.clone().find(|&j| type_of(j) == happening.event_type)?;
        self.joinable(item, self.cluster_of_item[news])
    }

    /// `cluster`, when `item` can be one event with its latest members.
    fn joinable(&self, item: &Item, cluster: usize) -> Option<usize> {
        let members = &self.clusters[cluster].1;
        members[members.len().saturating_sub(MEMBERS_COMPARED)..]
            .iter()
            .all(|&j| self.compatible(item, &self.items[j]))
            .then_some(cluster)
    }

    /// The event an item names again by its own word with "the" ("The medal parade ceremony was
    /// attended by …" after a ceremony is told): the event of the latest earlier mention of its
    /// type in its article, at most [`NAMED_AGAIN_SENTENCES`] sentences before, if the two can be one
    /// event. Sayings are told apart by their speakers, and attacks come in series ("the attacks
    /// on peacekeepers" after one is told), so neither is named again this way.
    fn happening_named_again(&self, index: usize) -> Option<usize> {
        let item = &self.items[index];
        let doc = &self.docs[item.doc];
        let event = &doc.events[item.event];
        if matches!(event.event_type, "statement" | "conflict")
            || !names_it_with_the(&doc.seg, event.tokens.clone(), event.event_type)
        {
            return None;
        }
        let earlier = (self.first[item.doc]..index)
            .rev()
            .find(|&j| doc.events[self.items[j].event].event_type == event.event_type)?;
        if event.sentence > doc.events[self.items[earlier].event].sentence + NAMED_AGAIN_SENTENCES {
            return None;
        }
        self.joinable(item, self.cluster_of_item[earlier])
    }

    /// Adds item `index` to cluster `cluster`.
    fn join(&mut self, cluster: usize, index: usize) {
        let item = &self.items[index];
        self.clusters[cluster].0.members.push((item.doc, item.event));
        self.clusters[cluster].1.push(index);
        self.cluster_of_item.push(cluster);
    }

    /// The clusters an item may join: those that share an entity, its stated date, or (for a
    /// coming event, or one told in the lead) its article and type, in index order.
    fn candidates(&self, item: &Item) -> Vec<usize> {
        let event = &self.docs[item.doc].events[item.event];
        let mut candidates: Vec<usize> = Vec::new();
        for entity in &item.entities {
            candidates.extend(self.by_entity.get(entity).into_iter().flatten());
        }
        if let Some(stated) = item.stated.or(one_day(item)) {
            candidates.extend(self.by_stated.get(&(stated.first, stated.last)).into_iter().flatten());
        }
        if event.tense == Tense::Future {
            candidates.extend(self.coming.get(&(item.doc, event.event_type)).into_iter().flatten());
        }
        if let Some(words) = item.words {
            candidates.extend(self.by_words.get(&words).into_iter().flatten());
        }
        if told_in_lead(event) {
            candidates.extend(self.in_lead.get(&(item.doc, event.event_type)).into_iter().flatten());
        }
        candidates.sort_unstable();
        candidates.dedup();
        candidates
    }

    /// Records that `item` went to cluster `chosen` under each of its keys.
    fn remember(&mut self, item: &Item, chosen: usize) {
        let event = &self.docs[item.doc].events[item.event];
        for entity in &item.entities {
            remember(self.by_entity.entry(*entity).or_default(), chosen);
        }
        if let Some(stated) = item.stated.or(one_day(item)) {
            remember(self.by_stated.entry((stated.first, stated.last)).or_default(), chosen);
        }
        if event.tense == Tense::Future {
            remember(self.coming.entry((item.doc, event.event_type)).or_default(), chosen);
        }
        if let Some(words) = item.words {
            remember(self.by_words.entry(words).or_default(), chosen);
        }
        if told_in_lead(event) {
            remember(self.in_lead.entry((item.doc, event.event_type)).or_default(), chosen);
        }
    }

    /// How much `item` shares with cluster `cluster`, or `None` when it cannot join it.
    fn score(&self, cluster: usize, item: &Item) -> Option<usize> {
        let (candidate, all_members) = &self.clusters[cluster];
        let event = &self.docs[item.doc].events[item.event];
        if candidate.event_type != event.event_type {
            return None;
        }
        let member_items = &all_members[all_members.len().saturating_sub(MEMBERS_COMPARED)..];
        if !member_items.iter().all(|&j| self.compatible(item, &self.items[j])) {
            return None;
        }
        Some(member_items.iter().map(|&j| self.shared(item, &self.items[j])).max().unwrap_or(0))
    }

    /// Whether two mentions can be one event: not in one sentence, dates that meet, not a coming
    /// and a past event of one article (unless the later is a saying that looks ahead), not two sayings of one article more than a few sentences
    /// apart or two undated sayings of articles written days apart, not two undated mentions of
    /// articles written a month apart.
    fn compatible(&self, item: &Item, other: &Item) -> bool {
        let event = &self.docs[item.doc].events[item.event];
        let other_event = &self.docs[other.doc].events[other.event];
        let same_article = other.doc == item.doc;
        let same_sentence = same_article && other_event.sentence == event.sentence;
        let dates_agree = match (item.days, other.days) {
            (Some(a), Some(b)) => a.intersect(b).is_some(),
            _ => true,
        };
        let saying = event.event_type == "statement";
        // In one article, a coming event and a past one are two events; but a saying that looks
        // ahead ("“The troops will stay until May,” he said") is said when the speech is given, so
        // the tense of its words does not part it from the speaker's words before.
        let looks_ahead = saying && event.tense == Tense::Future;
        let opposite = same_article
            && !looks_ahead
            && matches!(
                (event.tense, other_event.tense),
                (Tense::Past, Tense::Future) | (Tense::Future, Tense::Past)
            );
        // Sayings of one article are one speech only when told together, a few sentences apart.
        let told_apart = same_article && event.sentence.abs_diff(other_event.sentence) > SPEECH_SENTENCES;
        let two_sayings = saying && (told_apart || self.written_apart(item, other, 3));
        // Undated news of articles written more than a month apart is news of different times.
        let apart = self.written_apart(item, other, 31);
        !(same_sentence || !dates_agree || opposite || two_sayings || apart)
    }

    /// Whether two undated mentions come from articles published more than `days` days apart.
    fn written_apart(&self, item: &Item, other: &Item, days: i64) -> bool {
        let published = |doc: usize| self.docs[doc].published.map(|date| Days::of(date).first);
        let undated = item.days.is_none() && other.days.is_none();
        matches!((published(item.doc), published(other.doc)), (Some(a), Some(b)) if undated && (a - b).abs() > days)
    }

    /// What two mentions share: speakers (for statements) or entities, the same stated day or
    /// month, being coming events of one article, the same words in two articles.
    fn shared(&self, item: &Item, other: &Item) -> usize {
        let event = &self.docs[item.doc].events[item.event];
        let other_event = &self.docs[other.doc].events[other.event];
        let shared = if event.event_type == "statement" {
            let speakers = item.speakers.iter().filter(|p| other.speakers.contains(p)).count();
            // One shared speaker ties a saying to another only when one of them has no other
            // ("A, B and C praised …" goes on in "…,” said C").
            let alone = item.speakers.len() == 1 || other.speakers.len() == 1;
            if speakers >= 2 || speakers == 1 && alone {
                speakers + 1
            } else {
                0
            }
        } else {
            item.entities.iter().filter(|p| other.entities.contains(p)).count()
        };
        let same_stated =
            matches!((item.stated, other.stated), (Some(a), Some(b)) if a == b && a.last - a.first < 31);
        // Two speakers looking ahead say two things.
        let other_speakers = !item.speakers.is_empty()
            && !other.speakers.is_empty()
            && !item.speakers.iter().any(|p| other.speakers.contains(p));
        let same_coming = other.doc == item.doc
            && !(event.event_type == "statement" && other_speakers)
            && event.tense == Tense::Future
            && other_event.tense == Tense::Future;
        // Two articles that put a happening of one type on the same day report one happening.
        let same_day = other.doc != item.doc
            && event.event_type != "statement"
            && matches!((one_day(item), one_day(other)), (Some(a), Some(b)) if a == b);
        // An article's first two sentences tell its one happening of a type ("… were killed in an
        // attack on Friday. The governor said gunmen were behind the attack.").
        let same_lead = other.doc == item.doc && told_in_lead(event) && told_in_lead(other_event);
        // Two articles telling it in the same words run one report (wire copy).
        let same_words = other.doc != item.doc && item.words.is_some() && item.words == other.words;
        shared * 2
            + usize::from(same_stated || same_day || same_words) * 3
            + usize::from(same_coming || same_lead)
    }
}

/// Moves cluster `cluster` to the end of a candidate list, dropping the oldest past the limit.
fn remember(list: &mut Vec<usize>, cluster: usize) {
    if list.last() != Some(&cluster) {
        list.retain(|&x| x != cluster);
        list.push(cluster);
        if list.len() > CANDIDATES_PER_KEY {
            list.remove(0);
        }
    }
}

/// The first sentences of an article (its lead) whose happenings of one type are one.
const LEAD_SENTENCES: usize = 2;

/// Whether a mention of a happening (not a saying) is told in its article's lead.
fn told_in_lead(event: &EventMention) -> bool {
    event.sentence < LEAD_SENTENCES && event.event_type != "statement"
}

/// The one day an item's dates agree on, stated or inferred.
fn one_day(item: &Item) -> Option<Days> {
    item.days.filter(|days| days.first == days.last)
}

#[cfg(test)]
mod tests {
    use crate::model::{Article, Document};

    /// The events of `text` as (type, number of passages), published 2023-03-08.
    fn events_of(text: &str) -> Vec<(String, usize)> {
        let published = Some("2023-03-08".parse().unwrap());
        let document = Document { id: "a".into(), title: "t".into(), outlet: None, published, url: None };
        let facts = crate::extract::extract(&[Article { document, text: text.into() }]).facts;
        facts.events.iter().map(|event| (event.event_type.clone(), event.evidence.len())).collect()
    }

    #[test]
    fn a_place_named_by_a_continuation_finds_its_event_for_later_mentions() {
        let found = events_of(
            "Governor Ana Ruiz spent the holiday with members of three Varnia Army National Guard units. \
             The Governor was joined by Colonel Tom Berg on the trip, which saw them visit soldiers in Moldova and Qatar. \
             The rain fell all week in the capital. \
             The first stop for the Governor was Moldova, where they spent the day visiting with soldiers from B Company, 4th Battalion, 12th Rifle Regiment.",
        );
        let visits: Vec<_> = found.iter().filter(|(kind, _)| kind == "visit").collect();
        assert_eq!(visits.len(), 1, "{found:?}");
    }

    #[test]
    fn a_happening_named_again_by_its_form_is_one_event() {
        let found = events_of(
            "Colonel Tom Berg will hand over command of the Varnia National Guard to Colonel Ana Ruiz on Sunday. \
             The ceremony will be at 4 p.m. at the Readiness Center in Ostrel.",
        );
        assert!(found.iter().all(|(kind, _)| kind != "ceremony"), "{found:?}");
        let found = events_of(
            "Soldiers of the Varnian Army assisted villagers near Ostrel on Thursday. \
             The operation involved three aircraft of the Varnian Air Force.",
        );
        assert!(found.iter().all(|(kind, _)| kind != "operation"), "{found:?}");
    }

    #[test]
    fn a_happening_named_again_by_its_own_word_is_one_event() {
        let found = events_of(
            "The Varnian Army held a ceremony for the troops of the 4th Battalion in Ostrel on Monday. \
             Colonel Tom Berg thanked the soldiers. \
             “You served with honour,” Berg said. \
             The rain fell all week in the capital. \
             The medal parade ceremony was attended by Major General Ana Ruiz and Mayor Sam Reed.",
        );
        let ceremonies: Vec<_> = found.iter().filter(|(kind, _)| kind == "ceremony").collect();
        assert_eq!(ceremonies.len(), 1, "{found:?}");
        assert_eq!(ceremonies[0].1, 2, "{found:?}");
    }

    #[test]
    fn a_saying_that_looks_ahead_goes_on_with_the_speakers_words_before() {
        let found = events_of(
            "Colonel Tom Berg said the 4th Battalion had cleared the roads near Ostrel on Monday. \
             “The battalion will stay in the valley until the water goes down,” Berg said.",
        );
        let sayings: Vec<_> = found.iter().filter(|(kind, _)| kind == "statement").collect();
        assert_eq!(sayings.len(), 1, "{found:?}");
    }

    #[test]
    fn a_speaker_of_a_joint_saying_goes_on_with_it_alone() {
        let found = events_of(
            "Gov. Ann Lee, Mayor Sam Reed and Colonel Tom Berg praised the soldiers on Monday. \
             “Thank you for your service,” said Berg.",
        );
        let sayings: Vec<_> = found.iter().filter(|(kind, _)| kind == "statement").collect();
        assert_eq!(sayings.len(), 1, "{found:?}");
    }

    #[test]
    fn the_lead_and_the_sentence_after_it_tell_one_happening_of_a_type() {
        let text = "Twelve Varnian soldiers have been killed in an attack on a post in Ostrel. \
                    The regional governor, Tom Berg, said gunmen were behind the Friday attack. \
                    The rain fell all week in the capital. \
                    In January, gunmen staged an attack on a hotel in the Varnian capital, Ostrel.";
        let published = Some("2023-03-08".parse().unwrap());
        let document = Document { id: "a".into(), title: "t".into(), outlet: None, published, url: None };
        let facts = crate::extract::extract(&[Article { document, text: text.into() }]).facts;
        let passages = |event: &crate::model::Event| -> Vec<String> {
            event.evidence.iter().map(|e| e.quote.chars().take(12).collect()).collect()
        };
        let lead = facts.events.iter().find(|e| passages(e).contains(&"Twelve Varni".to_string())).unwrap();
        assert_eq!(passages(lead), ["Twelve Varni", "The regional"], "{:?}", facts.events);
    }

    #[test]
    fn two_speakers_looking_ahead_say_two_things() {
        let found = events_of(
            "Norland ordered 200 vehicles on Monday. The order is part of a larger package. \
             Minister Ann Lee said the vehicles will help the troops. \
             Gen. Bo Lind said the alliance will deliver them on time.",
        );
        let sayings: Vec<_> = found.iter().filter(|(kind, _)| kind == "statement").collect();
        assert_eq!(sayings.len(), 2, "{found:?}");
    }
}
