//! Seeded synthetic corpora for benchmarks: many facts with realistic facet cardinalities, each
//! with evidence that quotes its (generated) article exactly; and adversarial texts for the
//! extractor's hostile-input tests and benchmark.

use std::collections::BTreeMap;

use crate::baked::Corpus;
use crate::date::{PartialDate, Precision};
use crate::evidence::{Evidence, TextPositions};
use crate::model::{Article, Certainty, Document, Entity, EntityKind, Event, EventDate, FactSet};

/// A small, fast, seedable generator (SplitMix64).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    /// Roughly Zipf-distributed in `0..n`: small values far more often.
    fn zipf(&mut self, n: usize) -> usize {
        let u = (self.next() >> 11) as f64 / (1u64 << 53) as f64;
        ((n as f64).powf(u) - 1.0).floor().clamp(0.0, n as f64 - 1.0) as usize
    }
}

const TYPES: [&str; 8] =
    ["deployment", "visit", "meeting", "ceremony", "agreement", "training", "conflict", "statement"];

/// Where a fact's passages are: (article, byte start, byte end) each.
type Spans = Vec<(usize, usize, usize)>;

/// A corpus of about `facts` facts (four in five entities, one in five events) over `facts / 20`
/// articles, 500 organizations (Zipf), 60 countries and 30 years.
pub fn synthetic_corpus(facts: usize, seed: u64) -> Corpus {
    let mut rng = Rng(seed);
    let docs = (facts / 20).max(1);
    let mut texts: Vec<String> = vec![String::new(); docs];
    let entity_count = facts - facts / 5;
    let (mut entities, mut spans): (Vec<Entity>, Vec<Spans>) =
        (0..entity_count).map(|i| synthetic_entity(i, &mut rng, &mut texts)).unzip();
    let (mut events, event_spans): (Vec<Event>, Vec<Spans>) =
        (0..facts / 5).map(|i| synthetic_event(i, entity_count, &mut rng, &mut texts)).unzip();
    spans.extend(event_spans);
    let documents: Vec<Document> = (0..docs).map(synthetic_document).collect();
    let positions: Vec<TextPositions> = texts.iter().map(|t| TextPositions::new(t)).collect();
    let evidence = |s: &Spans| -> Vec<Evidence> {
        s.iter().map(|&(d, a, b)| positions[d].evidence(&documents[d].id, a..b)).collect()
    };
    for (e, s) in entities.iter_mut().zip(&spans) {
        e.mentions = evidence(s);
    }
    for (e, s) in events.iter_mut().zip(&spans[entity_count..]) {
        e.evidence = evidence(s);
    }
    drop(positions);
    let mut facts_set = FactSet::new(documents.clone());
    facts_set.entities = entities;
    facts_set.events = events;
    let articles =
        documents.into_iter().zip(texts).map(|(document, text)| Article { document, text }).collect();
    Corpus { articles, facts: facts_set }
}

/// Entity `i`, mentioned once or twice in random articles (whose texts grow).
fn synthetic_entity(i: usize, rng: &mut Rng, texts: &mut [String]) -> (Entity, Spans) {
    let kind = EntityKind::ALL[i % 4];
    let name = format!("{} {i}", ["Unit", "Official", "Organization", "Place"][i % 4]);
    let mut attributes = BTreeMap::new();
    attributes.insert("country".to_string(), format!("Country {}", rng.below(60)));
    if matches!(kind, EntityKind::Official | EntityKind::Unit) {
        attributes.insert("affiliation".to_string(), format!("Organization {}", rng.zipf(500)));
    }
    let mut spans = Vec::new();
    for _ in 0..1 + rng.below(2) {
        let d = rng.below(texts.len());
        let text = &mut texts[d];
        text.push_str("Reports say ");
        let start = text.len();
        text.push_str(&name);
        let end = text.len();
        text.push_str(&format!(" took part in the work of Organization {}. ", rng.zipf(500)));
        spans.push((d, start, end));
    }
    let entity = Entity {
        id: format!("{kind}/{i}"),
        kind,
        name,
        aliases: Vec::new(),
        attributes,
        mentions: Vec::new(),
    };
    (entity, spans)
}

/// Event `i`, of a month in 1995–2024, with a participant and a place among the first
/// `entity_count` entities, reported once in a random article (whose text grows).
fn synthetic_event(i: usize, entity_count: usize, rng: &mut Rng, texts: &mut [String]) -> (Event, Spans) {
    let event_type = TYPES[rng.below(TYPES.len())];
    let year = 1995 + rng.below(30) as i32;
    let month = 1 + rng.below(12) as u8;
    let value = PartialDate::month(year, month);
    let place = if entity_count > 3 { Some(rng.below(entity_count / 4) * 4 + 3) } else { None };
    let participant = (entity_count > 0).then(|| rng.below(entity_count));
    let d = rng.below(texts.len());
    let text = &mut texts[d];
    let start = text.len();
    let summary = format!("A {event_type} number {i} took place in {year}");
    text.push_str(&summary);
    let end = text.len();
    text.push_str(". ");
    let event = Event {
        id: format!("event/{i}"),
        event_type: event_type.to_string(),
        summary,
        participants: participant.map(|p| format!("{}/{p}", EntityKind::ALL[p % 4])).into_iter().collect(),
        location: place.map(|p| format!("place/{p}")),
        date: EventDate {
            value,
            precision: Some(Precision::Month),
            certainty: if i.is_multiple_of(3) { Certainty::Inferred } else { Certainty::Stated },
            basis: i.is_multiple_of(3).then(|| "synthetic".to_string()),
            mentions: Vec::new(),
        },
        evidence: Vec::new(),
    };
    (event, vec![(d, start, end)])
}

/// The metadata of synthetic article `d`.
fn synthetic_document(d: usize) -> Document {
    Document {
        id: format!("s{d}"),
        title: format!("Synthetic article {d}"),
        outlet: Some(format!("Outlet {}", d % 12)),
        published: PartialDate::day(2024, 1 + (d % 12) as u8, 1 + (d % 28) as u8),
        url: None,
    }
}

/// Makes a text of about the given number of bytes.
pub(crate) type TextOfSize = fn(usize) -> String;

/// Texts shaped to stress the extractor, by name: each `make(bytes)` returns a text of about
/// `bytes` bytes.
pub const ADVERSARIAL_TEXTS: [(&str, TextOfSize); 10] = [
    ("one enormous sentence", |n| "the unit said it would go, and ".repeat(n / 32)),
    ("thousands of capitalized words", |n| "Alpha Bravo Charlie Delta Echo Foxtrot ".repeat(n / 39)),
    ("deeply nested parentheses", |n| format!("{}Kosovo{}", "(".repeat(n / 2), ")".repeat(n / 2))),
    ("titles without names", |n| "Major General Secretary General Sgt. ".repeat(n / 37)),
    ("dates everywhere", |n| "on Friday in October 2024 last week that month. ".repeat(n / 48)),
    ("one happening after another, unending", |n| {
        "troops deployed after troops deployed when ".repeat(n / 43)
    }),
    ("one happening told again and again", |n| "The unit deployed to Glen Ora on Monday. ".repeat(n / 41)),
    ("one unit chain named again and again", |n| {
        "The 101st Wing, 2nd Squadron and 3rd Battalion, 4th Regiment trained. ".repeat(n / 71)
    }),
    ("officials and places in appositions", |n| {
        "Jane Doe, the defense minister of Ruritania, met John Roe, the mayor of Glen Ora, on Monday in Glen Ora. "
            .repeat(n / 104)
    }),
    ("sayings by surname", |n| "Doe said. Roe said. Poe added. Lee said. ".repeat(n / 41)),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn synthetic_facts_quote_their_articles() {
        let c = synthetic_corpus(2000, 1);
        assert_eq!(c.facts.entities.len() + c.facts.events.len(), 2000);
        assert_eq!(c.articles.len(), 100);
        c.verify_evidence().unwrap();
    }
}
