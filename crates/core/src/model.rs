//! The fact model: documents, entities, events, conflicts, and the `factlens/1` envelope; and
//! [`Fact`], an entity or event of a [`FactSet`] by row number.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::date::{PartialDate, Precision};
use crate::evidence::Evidence;

/// The format tag of every serialized fact set of this version.
pub(crate) const FORMAT: &str = "factlens/1";

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

/// What kind of fact something is: an entity of some kind, or an event. Its name is the `kind`
/// facet's value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FactKind {
    /// A unit, official, organization or place.
    Entity(EntityKind),
    /// Something that happened.
    Event,
}

impl FactKind {
    /// The lowercase name used in URLs and on the page: an entity kind's name, or `event`.
    pub fn as_str(self) -> &'static str {
        match self {
            FactKind::Entity(kind) => kind.as_str(),
            FactKind::Event => "event",
        }
    }
}

impl From<EntityKind> for FactKind {
    fn from(kind: EntityKind) -> Self {
        FactKind::Entity(kind)
    }
}

impl fmt::Display for FactKind {
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

/// Articles that disagree about one field of one fact, or a statement that disagrees with when
/// the articles telling it were written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Conflict {
    /// Id of the entity or event concerned.
    pub about: String,
    /// The field in dispute, e.g. `date` or `supports`.
    pub field: String,
    /// What conflicts with what: [`CONFLICT_BETWEEN_ARTICLES`] when articles state different
    /// versions, [`CONFLICT_WITH_WRITING_DATE`] when a stated date falls after the articles that
    /// tell it in the past were written (their publication dates, given or inferred). Files written
    /// before this field existed read as `articles`.
    #[serde(default = "between_articles")]
    pub between: String,
    /// Every claim, each with its evidence.
    pub claims: Vec<Claim>,
}

/// `Conflict::between` for articles that state different versions.
pub const CONFLICT_BETWEEN_ARTICLES: &str = "articles";
/// `Conflict::between` for a statement against when its articles were written.
pub const CONFLICT_WITH_WRITING_DATE: &str = "writing-date";

/// The `between` of a conflict read from a file that predates the field.
fn between_articles() -> String {
    CONFLICT_BETWEEN_ARTICLES.to_string()
}

/// Every fact extracted from a set of articles: the `factlens/1` format.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FactSet {
    /// Always `factlens/1`.
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
    pub(crate) fn new(documents: Vec<Document>) -> Self {
        Self {
            format: FORMAT.to_string(),
            documents,
            entities: Vec::new(),
            events: Vec::new(),
            conflicts: Vec::new(),
        }
    }

    /// The fact of row `row`, in the numbering of facts that the facet index and the explorer
    /// share: the entities in order, then the events. Panics past the last fact.
    pub(crate) fn fact_at(&self, row: usize) -> Fact<'_> {
        match self.entities.get(row) {
            Some(entity) => Fact::Entity(entity),
            None => Fact::Event(&self.events[row - self.entities.len()]),
        }
    }

    /// Every fact in row order (see [`FactSet::fact_at`]).
    pub(crate) fn facts(&self) -> impl Iterator<Item = Fact<'_>> {
        self.entities.iter().map(Fact::Entity).chain(self.events.iter().map(Fact::Event))
    }

    /// Every piece of evidence in the set.
    pub fn all_evidence(&self) -> impl Iterator<Item = &Evidence> {
        let entity = self.entities.iter().flat_map(|e| e.mentions.iter());
        let event = self.events.iter().flat_map(|e| e.evidence.iter().chain(e.date.mentions.iter()));
        let conflict = self.conflicts.iter().flat_map(|c| c.claims.iter().flat_map(|cl| cl.evidence.iter()));
        entity.chain(event).chain(conflict)
    }
}

/// A fact of a [`FactSet`]: an entity or an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fact<'a> {
    /// A unit, official, organization or place.
    Entity(&'a Entity),
    /// An event.
    Event(&'a Event),
}

impl<'a> Fact<'a> {
    /// Its id.
    pub fn id(self) -> &'a str {
        match self {
            Fact::Entity(e) => &e.id,
            Fact::Event(e) => &e.id,
        }
    }

    /// Its kind.
    pub fn kind(self) -> FactKind {
        match self {
            Fact::Entity(e) => e.kind.into(),
            Fact::Event(_) => FactKind::Event,
        }
    }

    /// What it is called: an entity's name, an event's summary.
    pub fn name(self) -> &'a str {
        match self {
            Fact::Entity(e) => &e.name,
            Fact::Event(e) => &e.summary,
        }
    }

    /// The passages that support it: an entity's mentions, an event's evidence.
    pub(crate) fn evidence(self) -> &'a [Evidence] {
        match self {
            Fact::Entity(e) => &e.mentions,
            Fact::Event(e) => &e.evidence,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_number_the_entities_then_the_events() {
        let entity = |id: &str| Entity {
            id: id.into(),
            kind: EntityKind::Place,
            name: id.into(),
            aliases: Vec::new(),
            attributes: BTreeMap::new(),
            mentions: Vec::new(),
        };
        let event = Event {
            id: "event/e".into(),
            event_type: "visit".into(),
            summary: "A visit".into(),
            participants: Vec::new(),
            location: None,
            date: EventDate {
                value: None,
                precision: None,
                certainty: Certainty::Unknown,
                basis: None,
                mentions: Vec::new(),
            },
            evidence: Vec::new(),
        };
        let mut facts = FactSet::new(Vec::new());
        facts.entities = vec![entity("place/a"), entity("place/b")];
        facts.events = vec![event];
        let ids: Vec<&str> = facts.facts().map(Fact::id).collect();
        assert_eq!(ids, ["place/a", "place/b", "event/e"]);
        assert_eq!((0..3).map(|r| facts.fact_at(r).id()).collect::<Vec<_>>(), ids);
        assert_eq!(facts.fact_at(2).kind(), FactKind::Event);
        assert_eq!(facts.fact_at(1).kind().as_str(), "place");
        assert_eq!(facts.fact_at(2).name(), "A visit");
    }
}
