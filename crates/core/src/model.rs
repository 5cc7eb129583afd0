//! The fact model: documents, entities, events, conflicts, and the `factlens/1` envelope.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::date::{PartialDate, Precision};
use crate::evidence::Evidence;

/// The format tag of every serialized fact set of this version.
pub const FORMAT: &str = "factlens/1";

/// Metadata of one source article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    /// Unique id, used in URLs and in evidence.
    pub id: String,
    /// Headline or descriptive title.
    pub title: String,
    /// Publisher, when known.
    pub outlet: Option<String>,
    /// Publication date, when known.
    pub published: Option<PartialDate>,
    /// Address of the original, when known.
    pub url: Option<String>,
}

/// An article: its metadata and its full text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Article {
    /// Metadata.
    pub document: Document,
    /// The text, exactly as in its file.
    pub text: String,
}

/// What kind of thing an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    /// A military unit or formation.
    Unit,
    /// A named person with a title or role.
    Official,
    /// An organization, agency, ministry, program or institution.
    Organization,
    /// A country, region, city, base or facility.
    Place,
}

impl EntityKind {
    /// Every kind, in display order.
    pub const ALL: [EntityKind; 4] = [Self::Unit, Self::Official, Self::Organization, Self::Place];

    /// The lowercase name used in JSON and URLs.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Unit => "unit",
            Self::Official => "official",
            Self::Organization => "organization",
            Self::Place => "place",
        }
    }
}

impl fmt::Display for EntityKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A unit, official, organization or place, with every mention of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    /// Stable id, e.g. `official/stephen-osborn`.
    pub id: String,
    /// What it is.
    pub kind: EntityKind,
    /// Canonical name.
    pub name: String,
    /// Other names it goes by in the articles.
    pub aliases: Vec<String>,
    /// Attributes the text states: `title`, `role`, `affiliation`, `country`, ….
    pub attributes: BTreeMap<String, String>,
    /// Every mention, in article order.
    pub mentions: Vec<Evidence>,
}

/// How a date was established.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Certainty {
    /// The text states it.
    Stated,
    /// Resolved from a relative expression against an anchor; see `basis`.
    Inferred,
    /// Nothing anchors it; the expression stays as text.
    Unknown,
}

/// When an event happened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventDate {
    /// Normalized value at its precision (`2011-03-11`, `2011-08`, `2024`), when known.
    pub value: Option<PartialDate>,
    /// Precision of `value`.
    pub precision: Option<Precision>,
    /// Stated, inferred or unknown.
    pub certainty: Certainty,
    /// For inferred dates, what the inference rests on.
    pub basis: Option<String>,
    /// Every date expression as written, with its span.
    pub mentions: Vec<Evidence>,
}

impl EventDate {
    /// A date with no expression at all.
    pub fn none() -> Self {
        Self {
            value: None,
            precision: None,
            certainty: Certainty::Unknown,
            basis: None,
            mentions: Vec::new(),
        }
    }
}

/// Something that happened: a deployment, visit, meeting, ceremony, statement, ….
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    /// Stable id, e.g. `event/visit-3`.
    pub id: String,
    /// Event type, a lowercase word such as `deployment` or `visit`.
    #[serde(rename = "type")]
    pub event_type: String,
    /// One-line summary built from the text.
    pub summary: String,
    /// Ids of the entities taking part.
    pub participants: Vec<String>,
    /// Id of the place where it happened, when stated.
    pub location: Option<String>,
    /// When it happened.
    pub date: EventDate,
    /// The passages that report it.
    pub evidence: Vec<Evidence>,
}

/// One side of a disagreement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Claim {
    /// What this side says.
    pub value: String,
    /// Where it says so.
    pub evidence: Vec<Evidence>,
}

/// Articles that disagree about one field of one fact.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Conflict {
    /// Id of the entity or event concerned.
    pub about: String,
    /// The field in dispute, e.g. `date` or `supports`.
    pub field: String,
    /// Every claim, each with its evidence.
    pub claims: Vec<Claim>,
}

/// Every fact extracted from a set of articles: the `factlens/1` format.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FactSet {
    /// Always [`FORMAT`].
    pub format: String,
    /// The source articles.
    pub documents: Vec<Document>,
    /// Units, officials, organizations and places.
    pub entities: Vec<Entity>,
    /// Dated events.
    pub events: Vec<Event>,
    /// Disagreements between articles.
    pub conflicts: Vec<Conflict>,
}

impl FactSet {
    /// An empty fact set over `documents`.
    pub fn new(documents: Vec<Document>) -> Self {
        Self {
            format: FORMAT.to_string(),
            documents,
            entities: Vec::new(),
            events: Vec::new(),
            conflicts: Vec::new(),
        }
    }

    /// Every piece of evidence in the set.
    pub fn all_evidence(&self) -> impl Iterator<Item = &Evidence> {
        let entity = self.entities.iter().flat_map(|e| e.mentions.iter());
        let event = self.events.iter().flat_map(|e| e.evidence.iter().chain(e.date.mentions.iter()));
        let conflict = self.conflicts.iter().flat_map(|c| c.claims.iter().flat_map(|cl| cl.evidence.iter()));
        entity.chain(event).chain(conflict)
    }
}
