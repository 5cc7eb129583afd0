//! [`Explorer`], a corpus indexed for exploring, and what it shows for a URL state: the ordered
//! results with their counts and chips, result cards, and entity and event details. The reader
//! and the timeline are computed in `reader.rs` and `timeline.rs`.

use std::cmp::Reverse;
use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use super::order::sort_rows;
use super::state::{Ignored, Sort, UrlState};
use crate::baked::{self, Corpus, DecodeError, StartIndex};
use crate::evidence::Evidence;
use crate::facets::{Bitset, Facet, FacetCounts, FacetIndex, Filter};
use crate::model::{Certainty, Conflict, Entity, Event, Fact, FactKind, FactSet, CONFLICT_BETWEEN_ARTICLES};

/// A fact as a result card.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Card {
    /// The fact's id.
    pub id: String,
    /// Which kind of fact it is.
    pub kind: FactKind,
    /// Name (entities) or summary (events).
    pub title: String,
    /// A short line: title and role, event type and date.
    pub subtitle: String,
    /// The passage that best supports it.
    pub quote: Evidence,
    /// How many articles state it.
    pub articles: usize,
}

impl Card {
    /// How many articles state it, in words ("stated in 2 articles").
    pub fn support(&self) -> String {
        let noun = if self.articles == 1 { "article" } else { "articles" };
        format!("stated in {} {noun}", self.articles)
    }
}

/// An active filter, shown as a removable chip.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chip {
    /// What it says: "Kind: unit", "Search: Osborn".
    pub label: String,
    /// The state without it.
    pub without: UrlState,
}

/// The result list and everything around it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Results {
    /// Every matching row, in the requested order (cards are drawn from it as they come into view).
    pub order: Vec<u32>,
    /// How many facts match.
    pub total: usize,
    /// Counts per facet.
    pub facets: Vec<FacetCounts>,
    /// Active filters.
    pub chips: Vec<Chip>,
    /// Selected values no fact has, which the filter ignored.
    pub unknown_values: Vec<Ignored>,
    /// The matching rows (for the timeline).
    pub rows: Bitset,
}

/// A link to a fact: its id, what it is called and its kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FactRef {
    /// The fact's id.
    pub id: String,
    /// An entity's name or an event's summary.
    pub name: String,
    /// Which kind of fact it is.
    pub kind: FactKind,
}

impl From<Fact<'_>> for FactRef {
    fn from(fact: Fact<'_>) -> Self {
        FactRef { id: fact.id().to_string(), name: fact.name().to_string(), kind: fact.kind() }
    }
}

/// A link to an event, with its date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventRef {
    /// The event's id.
    pub id: String,
    /// Its summary.
    pub summary: String,
    /// Its date as written in the facts (`2023-12-29`), when known.
    pub date: Option<String>,
}

/// A link to an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleRef {
    /// The article's id.
    pub id: String,
    /// Its title (its id when the corpus lacks it).
    pub title: String,
}

/// The mentions of an entity in one article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleMentions {
    /// The article.
    pub article: ArticleRef,
    /// The mentions, in article order.
    pub mentions: Vec<Evidence>,
}

/// An entity with everything known about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntityDetail {
    /// The entity.
    pub entity: Entity,
    /// Its mentions grouped by article, articles in order of first mention.
    pub mentions: Vec<ArticleMentions>,
    /// Entities that take part in the same events, or that its attributes name (at most 24).
    pub related: Vec<FactRef>,
    /// Events it takes part in or that happened there.
    pub events: Vec<EventRef>,
}

/// How many different wordings of an event's date its details show.
const WORDINGS_SHOWN: usize = 8;

/// An event with its participants and disagreements.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventDetail {
    /// The event.
    pub event: Event,
    /// The place.
    pub location: Option<FactRef>,
    /// Its date and how it is known: `2023-12-29 (stated)`, `2023-12 (inferred)` or `unknown`.
    pub date: String,
    /// How the articles word its date, each wording once, at most eight (`“Friday”, “Dec. 29”`).
    pub as_written: String,
    /// Participants.
    pub participants: Vec<FactRef>,
    /// Where the articles disagree about it (`Conflict::between` is `articles`).
    pub conflicts: Vec<Conflict>,
    /// A stated date against when the articles telling it were written (`writing-date`): no
    /// disagreement of the articles, shown apart from `conflicts`.
    pub against_writing_date: Vec<Conflict>,
    /// The articles that report it.
    pub articles: Vec<ArticleRef>,
}

/// Rows in each order without a search: most supported first, by name, by date (ties by name,
/// then row). Names are compared once, in the sort by name; the other two sorts compare a row's
/// place in it (the same order, as that sort is stable).
fn orders(facts: &FactSet, name_key: &[String]) -> [Vec<u32>; 3] {
    let rows = || (0..name_key.len() as u32).collect::<Vec<u32>>();
    let mut by_name = rows();
    sort_rows(&mut by_name, &|a, b| name_key[a as usize].cmp(&name_key[b as usize]));
    let mut name_rank = vec![0u32; by_name.len()];
    for (i, &r) in by_name.iter().enumerate() {
        name_rank[r as usize] = i as u32;
    }
    let (support, date): (Vec<usize>, Vec<_>) = facts
        .facts()
        .map(|f| match f {
            Fact::Entity(e) => (e.mentions.len(), None),
            Fact::Event(e) => (e.evidence.len() * 2, e.date.value),
        })
        .unzip();
    let mut by_support = rows();
    sort_rows(&mut by_support, &|a, b| {
        let key = |r: u32| (Reverse(support[r as usize]), name_rank[r as usize]);
        key(a).cmp(&key(b))
    });
    let mut by_date = rows();
    sort_rows(&mut by_date, &|a, b| {
        let key = |r: u32| (date[r as usize].is_none(), date[r as usize], name_rank[r as usize]);
        key(a).cmp(&key(b))
    });
    [by_support, by_name, by_date]
}

/// Whether `order` holds each of the rows `0..rows` once.
fn is_permutation(order: &[u32], rows: usize) -> bool {
    let mut seen = vec![false; rows];
    order.len() == rows
        && order.iter().all(|&r| seen.get_mut(r as usize).is_some_and(|s| !std::mem::replace(s, true)))
}

/// The most related entities an entity's details list.
const MAX_RELATED: usize = 24;

/// A corpus ready to explore.
#[derive(Debug, Clone)]
pub struct Explorer {
    corpus: Corpus,
    index: FacetIndex,
    /// Facts' rows by id, made on first use (a baked start index does without them).
    ids: OnceLock<Ids>,
    /// Lowercased name or summary of every row, for search ranking (made on first use).
    name_key: OnceLock<Vec<String>>,
    /// Rows in each order without a search: most supported first, by name, by date.
    by_support: Vec<u32>,
    by_name: Vec<u32>,
    by_date: Vec<u32>,
}

/// The rows of entities and events by id.
#[derive(Debug, Clone)]
struct Ids {
    entity_at: FxHashMap<String, u32>,
    event_at: FxHashMap<String, u32>,
}

impl Ids {
    fn of(facts: &FactSet) -> Self {
        let at =
            |ids: &mut dyn Iterator<Item = &String>| ids.zip(0..).map(|(id, i)| (id.clone(), i)).collect();
        Ids {
            entity_at: at(&mut facts.entities.iter().map(|e| &e.id)),
            event_at: at(&mut facts.events.iter().map(|e| &e.id)),
        }
    }
}

/// Every row's lowercased name or summary.
fn name_keys(facts: &FactSet) -> Vec<String> {
    facts.facts().map(|f| f.name().to_lowercase()).collect()
}

impl Explorer {
    /// Indexes a corpus.
    pub fn new(corpus: Corpus) -> Self {
        let facts = &corpus.facts;
        let ids = Ids::of(facts);
        let index = FacetIndex::from_facts(facts, &ids.entity_at);
        let name_key = name_keys(facts);
        let [by_support, by_name, by_date] = orders(facts, &name_key);
        Self {
            corpus,
            index,
            ids: OnceLock::from(ids),
            name_key: OnceLock::from(name_key),
            by_support,
            by_name,
            by_date,
        }
    }

    /// An explorer of baked bytes: from the start index they carry (`Explorer::to_bytes`),
    /// checked, without indexing the facts again; else (`Corpus::to_bytes`, format 1) indexed.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, DecodeError> {
        match baked::decode(bytes)? {
            (corpus, None) => Ok(Explorer::new(corpus)),
            (corpus, Some(start)) => Explorer::started(corpus, start),
        }
    }

    /// An explorer of baked bytes that carry a start index, loaded and checked; other bytes are
    /// refused. The page starts this way only, so that its wasm holds no code to index facts
    /// (which [`Explorer::new`] and [`Explorer::from_bytes`] have).
    pub fn load(bytes: &[u8]) -> Result<Self, DecodeError> {
        match baked::decode(bytes)? {
            (_, None) => Err(DecodeError::new(
                "it carries no start index (bake it with `factlens bake` or `Explorer::to_bytes`)".into(),
            )),
            (corpus, Some(start)) => Explorer::started(corpus, start),
        }
    }

    /// The corpus in the baked format with its start index: the facet and word index and the
    /// result orders, so that [`Explorer::from_bytes`] need not compute them.
    pub fn to_bytes(&self) -> Vec<u8> {
        let facts = &self.corpus.facts;
        let start = StartIndex {
            index: FacetIndex::parts_of_facts(facts, &self.ids().entity_at),
            orders: vec![self.by_support.clone(), self.by_name.clone(), self.by_date.clone()],
        };
        baked::encode(&self.corpus, Some(&start))
    }

    /// An explorer of a corpus and its start index, which must fit it: as many rows as facts,
    /// each order a permutation of the rows.
    fn started(corpus: Corpus, start: StartIndex) -> Result<Self, DecodeError> {
        let rows = corpus.facts.entities.len() + corpus.facts.events.len();
        let bad = |e: String| DecodeError::new(format!("its start index is malformed ({e})"));
        if start.index.rows() != rows {
            return Err(bad(format!("it indexes {} rows, not {rows} facts", start.index.rows())));
        }
        let [by_support, by_name, by_date]: [Vec<u32>; 3] =
            start.orders.try_into().map_err(|o: Vec<_>| bad(format!("{} orders, not 3", o.len())))?;
        for order in [&by_support, &by_name, &by_date] {
            if !is_permutation(order, rows) {
                return Err(bad("an order is not a permutation of the rows".into()));
            }
        }
        let index = FacetIndex::from_parts(start.index).map_err(bad)?;
        Ok(Self {
            corpus,
            index,
            ids: OnceLock::new(),
            name_key: OnceLock::new(),
            by_support,
            by_name,
            by_date,
        })
    }

    /// The rows by id.
    fn ids(&self) -> &Ids {
        self.ids.get_or_init(|| Ids::of(&self.corpus.facts))
    }

    /// Every row's lowercased name or summary.
    fn name_key(&self) -> &[String] {
        self.name_key.get_or_init(|| name_keys(&self.corpus.facts))
    }

    /// The corpus.
    pub fn corpus(&self) -> &Corpus {
        &self.corpus
    }

    /// The fact of a result row: rows number the entities, then the events.
    pub(crate) fn fact_at(&self, row: usize) -> Fact<'_> {
        self.corpus.facts.fact_at(row)
    }

    /// A fact by id.
    pub fn fact(&self, id: &str) -> Option<Fact<'_>> {
        self.entity(id).map(Fact::Entity).or_else(|| self.event(id).map(Fact::Event))
    }

    /// An entity by id.
    fn entity(&self, id: &str) -> Option<&Entity> {
        self.ids().entity_at.get(id).map(|&i| &self.corpus.facts.entities[i as usize])
    }

    /// An event by id.
    fn event(&self, id: &str) -> Option<&Event> {
        self.ids().event_at.get(id).map(|&i| &self.corpus.facts.events[i as usize])
    }

    /// An article's id and title (its id when there is no such article).
    fn article_ref(&self, doc: &str) -> ArticleRef {
        let title = self.corpus.article(doc).map_or_else(|| doc.to_string(), |a| a.document.title.clone());
        ArticleRef { id: doc.to_string(), title }
    }

    /// A plain-text citation of fact `id` (its card's quote and that quote's article), ending with
    /// `link`, the address that opens the fact.
    pub fn citation(&self, id: &str, link: &str) -> Option<String> {
        let fact = self.fact(id)?;
        let quote = best_quote(fact.evidence());
        let article = self.corpus.article(&quote.doc).map(|a| &a.document);
        Some(super::cite::citation(fact.name(), &quote, article, link))
    }

    /// The link to the original of a passage's article, scrolled to the passage (a Text
    /// Fragment); none when the article has no web address.
    pub fn original(&self, evidence: &Evidence) -> Option<String> {
        let url = self.corpus.article(&evidence.doc)?.document.url.as_deref()?;
        super::cite::original_link(url, &evidence.quote)
    }

    /// The card of a result row.
    pub fn card(&self, row: u32) -> Card {
        let fact = self.fact_at(row as usize);
        let (title, subtitle) = match fact {
            Fact::Entity(e) => (e.name.clone(), entity_subtitle(e)),
            Fact::Event(e) => (clip(&e.summary, 120), event_subtitle(e)),
        };
        let evidence = fact.evidence();
        let mut docs: Vec<&str> = evidence.iter().map(|m| m.doc.as_str()).collect();
        docs.sort_unstable();
        docs.dedup();
        Card {
            id: fact.id().to_string(),
            kind: fact.kind(),
            title,
            subtitle,
            quote: best_quote(evidence),
            articles: docs.len(),
        }
    }

    /// The results for a state: every matching row in order, counts, chips and ignored values.
    pub fn results(&self, state: &UrlState) -> Results {
        let filter = Filter { selected: state.filters.clone(), text: state.q.clone() };
        let counted = self.index.query(&filter);
        let unknown_values = counted
            .unknown_values
            .iter()
            .map(|(f, v)| Ignored {
                key: f.key().to_string(),
                reason: format!("no fact has the value “{v}”"),
            })
            .collect();
        Results {
            order: self.order(state, &counted.rows),
            total: counted.total,
            facets: counted.facets,
            chips: chips(state),
            unknown_values,
            rows: counted.rows,
        }
    }

    /// The matching rows in the state's order: without a search, or sorted by name or date, a
    /// precomputed order kept to the matching rows (no sort per query); by relevance with a
    /// search, the best text match first, then the most supported.
    fn order(&self, state: &UrlState, rows: &Bitset) -> Vec<u32> {
        let needle = state.q.trim().to_lowercase();
        if needle.is_empty() || state.sort != Sort::Relevance {
            let all = match state.sort {
                Sort::Relevance => &self.by_support,
                Sort::Name => &self.by_name,
                Sort::Date => &self.by_date,
            };
            return all.iter().copied().filter(|&r| rows.contains(r as usize)).collect();
        }
        let mut rank = vec![0u32; self.by_support.len()];
        for (i, &r) in self.by_support.iter().enumerate() {
            rank[r as usize] = i as u32;
        }
        let mut order: Vec<u32> = rows.iter().map(|r| r as u32).collect();
        let key = |r: u32| (Reverse(self.text_score(r as usize, &needle)), rank[r as usize]);
        sort_rows(&mut order, &|a, b| key(a).cmp(&key(b)));
        order
    }

    /// How well a row's name matches a (lowercased) search: 4 the whole name, 3 its start or a
    /// word's start, 2 inside the name or an alias, 1 elsewhere (a quote).
    fn text_score(&self, row: usize, needle: &str) -> u8 {
        let name = &self.name_key()[row];
        let in_alias = || match self.fact_at(row) {
            Fact::Entity(e) => e.aliases.iter().any(|a| a.to_lowercase().contains(needle)),
            Fact::Event(_) => false,
        };
        if *name == needle {
            4
        } else if name.starts_with(needle) || name.split(' ').any(|w| w.starts_with(needle)) {
            3
        } else if name.contains(needle) || in_alias() {
            2
        } else {
            1
        }
    }

    /// Everything about one entity.
    pub fn entity_detail(&self, id: &str) -> Option<EntityDetail> {
        let entity = self.entity(id)?.clone();
        let mut mentions: Vec<ArticleMentions> = Vec::new();
        for m in &entity.mentions {
            match mentions.iter_mut().find(|g| g.article.id == m.doc) {
                Some(group) => group.mentions.push(m.clone()),
                None => mentions
                    .push(ArticleMentions { article: self.article_ref(&m.doc), mentions: vec![m.clone()] }),
            }
        }
        let mut related: Vec<FactRef> = Vec::new();
        let mut relate = |e: &Entity| {
            if e.id != entity.id && !related.iter().any(|r| r.id == e.id) {
                related.push(Fact::Entity(e).into());
            }
        };
        for value in entity.attributes.values() {
            if let Some(e) =
                self.corpus.facts.entities.iter().find(|e| e.name == *value || e.aliases.contains(value))
            {
                relate(e);
            }
        }
        let mut events = Vec::new();
        for ev in self.corpus.facts.events.iter().filter(|ev| involves(ev, &entity.id)) {
            events.push(EventRef {
                id: ev.id.clone(),
                summary: ev.summary.clone(),
                date: ev.date.value.map(|v| v.to_string()),
            });
            ev.participants
                .iter()
                .chain(ev.location.iter())
                .filter_map(|p| self.entity(p))
                .for_each(&mut relate);
        }
        related.truncate(MAX_RELATED);
        Some(EntityDetail { entity, mentions, related, events })
    }

    /// Everything about one event.
    pub fn event_detail(&self, id: &str) -> Option<EventDetail> {
        let event = self.event(id)?.clone();
        let participants = event
            .participants
            .iter()
            .filter_map(|p| self.entity(p))
            .map(|e| Fact::Entity(e).into())
            .collect();
        let location = event.location.as_deref().and_then(|l| self.entity(l)).map(|e| Fact::Entity(e).into());
        let (conflicts, against_writing_date) = self
            .corpus
            .facts
            .conflicts
            .iter()
            .filter(|c| c.about == event.id)
            .cloned()
            .partition(|c| c.between == CONFLICT_BETWEEN_ARTICLES);
        let mut articles: Vec<ArticleRef> = Vec::new();
        for e in &event.evidence {
            if !articles.iter().any(|a| a.id == e.doc) {
                articles.push(self.article_ref(&e.doc));
            }
        }
        let date = match (event.date.value, event.date.certainty) {
            (Some(v), Certainty::Stated) => format!("{v} (stated)"),
            (Some(v), _) => format!("{v} (inferred)"),
            (None, _) => "unknown".to_string(),
        };
        let mut as_written = String::new();
        let mut shown: Vec<&str> = Vec::new();
        for m in &event.date.mentions {
            if shown.len() < WORDINGS_SHOWN && !shown.contains(&m.quote.as_str()) {
                as_written.extend([if shown.is_empty() { "“" } else { ", “" }, &m.quote, "”"]);
                shown.push(&m.quote);
            }
        }
        Some(EventDetail {
            event,
            location,
            date,
            as_written,
            participants,
            conflicts,
            against_writing_date,
            articles,
        })
    }

    /// Every disagreement between articles, with the fact it is about (a stated date against when
    /// its articles were written is no disagreement of the articles: see
    /// `EventDetail::against_writing_date`).
    pub fn conflicts(&self) -> Vec<Disagreement> {
        self.corpus
            .facts
            .conflicts
            .iter()
            .filter(|c| c.between == CONFLICT_BETWEEN_ARTICLES)
            .map(|c| Disagreement {
                about: c.about.clone(),
                name: self.fact(&c.about).map_or_else(|| c.about.clone(), |f| f.name().to_string()),
                line: disagreement_line(c),
            })
            .collect()
    }
}

/// A disagreement between articles as the list of results shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Disagreement {
    /// Id of the fact it is about.
    pub about: String,
    /// The fact's name or summary.
    pub name: String,
    /// What conflicts with what: the field, then each claim with the articles that state it.
    pub line: String,
}

/// How many article ids a claim of a disagreement line names before it counts the rest.
const DOCS_NAMED: usize = 3;

/// `date: article 000 says “2020-02-26”; articles 001, 002 say “2020-02-27”`.
fn disagreement_line(c: &Conflict) -> String {
    let mut line = c.field.clone();
    for (i, claim) in c.claims.iter().enumerate() {
        let mut docs: Vec<&str> = claim.evidence.iter().map(|e| e.doc.as_str()).collect();
        docs.sort_unstable();
        docs.dedup();
        let (noun, verb) =
            if docs.len() == 1 { (" article ", " says “") } else { (" articles ", " say “") };
        line.extend([if i == 0 { ":" } else { ";" }, noun, &docs_named(&docs), verb, &claim.value, "”"]);
    }
    line
}

/// `000, 001, 002` or, past `DOCS_NAMED` ids, `000, 001, 002 and 4 more`.
fn docs_named(docs: &[&str]) -> String {
    let named = docs[..docs.len().min(DOCS_NAMED)].join(", ");
    match docs.len().saturating_sub(DOCS_NAMED) {
        0 => named,
        more => format!("{named} and {more} more"),
    }
}

/// Whether an entity takes part in an event or is its place.
fn involves(event: &Event, entity: &str) -> bool {
    event.participants.iter().any(|p| p == entity) || event.location.as_deref() == Some(entity)
}

/// An entity card's subtitle: up to three of its title, role, affiliation, state and country,
/// skipping its name and what an earlier part already says.
fn entity_subtitle(e: &Entity) -> String {
    let mut parts: Vec<String> = Vec::new();
    for key in ["title", "role", "affiliation", "state", "country"] {
        if let Some(v) = e.attributes.get(key) {
            if *v != e.name && !parts.iter().any(|p| p.contains(v.as_str())) {
                parts.push(v.clone());
            }
        }
    }
    parts.into_iter().take(3).collect::<Vec<_>>().join(" · ")
}

/// An event card's subtitle: its type and date, and whether the date is inferred.
fn event_subtitle(ev: &Event) -> String {
    let date = match (ev.date.value, ev.date.certainty) {
        (Some(v), Certainty::Stated) => v.to_string(),
        (Some(v), _) => format!("{v} (inferred)"),
        (None, _) => "date unknown".to_string(),
    };
    format!("{} · {date}", ev.event_type)
}

/// The chips of a state's filters and search.
fn chips(state: &UrlState) -> Vec<Chip> {
    let mut chips: Vec<Chip> = Vec::new();
    for (facet, values) in &state.filters {
        for v in values {
            chips.push(Chip { label: format!("{}: {v}", facet.label()), without: state.toggled(*facet, v) });
        }
    }
    if !state.q.is_empty() {
        chips.push(Chip {
            label: format!("Search: {}", state.q),
            without: UrlState { q: String::new(), ..state.list_view() },
        });
    }
    chips
}

/// At most `max` characters of `text`, cut at a word, with an ellipsis when cut.
fn clip(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max).collect();
    match cut.rfind(' ') {
        Some(i) => format!("{}…", &cut[..i]),
        None => format!("{cut}…"),
    }
}

/// The passage that best shows a fact: the longest of the first mentions, up to a sentence.
fn best_quote(evidence: &[Evidence]) -> Evidence {
    evidence
        .iter()
        .take(6)
        .max_by_key(|e| (e.quote.chars().count().min(160), Reverse(e.start)))
        .or(evidence.first())
        .cloned()
        .unwrap_or(Evidence {
            doc: String::new(),
            start: 0,
            end: 0,
            quote: String::new(),
            prefix: String::new(),
            suffix: String::new(),
        })
}

/// How facet values are named in a facet list.
impl Explorer {
    /// A facet value's full label and how a facet list shows it: articles by title (after their id,
    /// cut at 42 characters), other values as they are.
    pub fn value_label(&self, facet: Facet, value: &str) -> (String, String) {
        if facet != Facet::Article {
            return (value.to_string(), value.to_string());
        }
        let title =
            self.corpus().article(value).map_or_else(|| value.to_string(), |a| a.document.title.clone());
        let short: String = title.chars().take(42).collect();
        let shown = if short.len() < title.len() {
            format!("{value} · {}…", short.trim_end())
        } else {
            format!("{value} · {title}")
        };
        (title, shown)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::synthetic::synthetic_corpus;

    #[test]
    fn orders_equal_sorting_by_the_names_themselves() {
        let corpus = synthetic_corpus(3000, 5);
        let facts = &corpus.facts;
        let name_key: Vec<String> = facts.facts().map(|f| f.name().to_lowercase()).collect();
        let [by_support, by_name, by_date] = orders(facts, &name_key);
        let support = |r: &u32| match facts.fact_at(*r as usize) {
            Fact::Entity(e) => e.mentions.len(),
            Fact::Event(e) => e.evidence.len() * 2,
        };
        let date = |r: &u32| match facts.fact_at(*r as usize) {
            Fact::Event(e) => e.date.value,
            Fact::Entity(_) => None,
        };
        let mut rows: Vec<u32> = (0..name_key.len() as u32).collect();
        rows.sort_by_key(|r| (Reverse(support(r)), name_key[*r as usize].clone()));
        assert_eq!(by_support, rows);
        rows.sort_by_key(|r| (name_key[*r as usize].clone(), *r));
        assert_eq!(by_name, rows);
        rows.sort_by_key(|r| (date(r).is_none(), date(r), name_key[*r as usize].clone(), *r));
        assert_eq!(by_date, rows);
        assert!(by_date.windows(2).any(|w| date(&w[0]) != date(&w[1])), "dates vary");
    }

    #[test]
    fn an_events_date_is_shown_as_written_each_wording_once() {
        let mut corpus = synthetic_corpus(200, 6);
        let event = &mut corpus.facts.events[0];
        let first = event.evidence[0].clone();
        event.date.mentions = vec![first.clone(), first.clone()];
        let id = event.id.clone();
        let detail = Explorer::new(corpus).event_detail(&id).expect("its detail");
        assert_eq!(
            detail.as_written.matches(&format!("“{}”", first.quote)).count(),
            1,
            "{}",
            detail.as_written
        );
    }

    #[test]
    fn a_disagreement_says_which_articles_say_what() {
        let claim = |value: &str, docs: &[&str]| crate::model::Claim {
            value: value.to_string(),
            evidence: docs
                .iter()
                .map(|d| Evidence {
                    doc: d.to_string(),
                    start: 0,
                    end: 1,
                    quote: "x".into(),
                    prefix: String::new(),
                    suffix: String::new(),
                })
                .collect(),
        };
        let conflict = Conflict {
            about: "event/x".into(),
            field: "date".into(),
            between: CONFLICT_BETWEEN_ARTICLES.into(),
            claims: vec![claim("2020-02-26", &["002", "000", "002"]), claim("2020-02-27", &["001"])],
        };
        assert_eq!(
            disagreement_line(&conflict),
            "date: articles 000, 002 say “2020-02-26”; article 001 says “2020-02-27”"
        );
    }

    #[test]
    fn a_disagreement_names_three_articles_of_a_claim_and_counts_the_rest() {
        let docs = ["000", "001", "002", "003", "004", "005"];
        assert_eq!(docs_named(&docs), "000, 001, 002 and 3 more");
        assert_eq!(docs_named(&docs[..3]), "000, 001, 002");
    }

    #[test]
    fn a_start_index_that_does_not_fit_its_corpus_is_refused() {
        let bytes = Explorer::new(synthetic_corpus(200, 6)).to_bytes();
        let (corpus, start) = baked::decode(&bytes).unwrap();
        let start = start.expect("Explorer::to_bytes bakes a start index");
        let refused = |change: &dyn Fn(&mut Corpus, &mut StartIndex)| {
            let (mut c, mut s) = (corpus.clone(), start.clone());
            change(&mut c, &mut s);
            Explorer::from_bytes(&baked::encode(&c, Some(&s)))
                .err()
                .map(|e| e.to_string())
                .unwrap_or_default()
        };
        assert!(refused(&|_, s| s.orders[1][0] = s.orders[1][1]).contains("not a permutation"));
        assert!(refused(&|_, s| s.orders[2].push(0)).contains("not a permutation"));
        assert!(refused(&|_, s| drop(s.orders.pop())).contains("2 orders"));
        assert!(refused(&|c, _| drop(c.facts.events.pop())).contains("indexes 200 rows, not 199 facts"));
        assert!(refused(&|_, _| ()).is_empty(), "unchanged, it loads");
    }
}
