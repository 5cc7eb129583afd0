//! The facet index: bitsets to filter, columns to count.
//!
//! Every fact (entity or event) is a row. Each facet maps its values to the bitset of rows that
//! have them; a column per facet lists each row's values. A query ANDs the facets and ORs the
//! values within each; counts for a facet ignore that facet's own selection (disjunctive counts),
//! so choosing one kind never zeroes the others. Counting walks the rows of the result once for
//! all unselected facets, and once more per selected facet.

use std::collections::HashMap;
use std::fmt;

use crate::engine::{Engine, Selection};

use serde::{Deserialize, Serialize};

use crate::model::{EntityKind, FactSet};

/// A dimension along which facts are filtered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Facet {
    /// unit, official, organization, place or event.
    Kind,
    /// The type of an event.
    Type,
    /// The year of an event.
    Year,
    /// The month of an event, `YYYY-MM`.
    Month,
    /// An article that states the fact.
    Article,
    /// The outlet of such an article.
    Outlet,
    /// The organization or unit an official or unit belongs to.
    Affiliation,
    /// The country of a fact.
    Country,
}

impl Facet {
    /// Every facet, in display order.
    pub const ALL: [Facet; 8] = [
        Facet::Kind,
        Facet::Type,
        Facet::Year,
        Facet::Month,
        Facet::Article,
        Facet::Outlet,
        Facet::Affiliation,
        Facet::Country,
    ];

    /// The facet's URL parameter name.
    pub fn key(self) -> &'static str {
        match self {
            Facet::Kind => "kind",
            Facet::Type => "type",
            Facet::Year => "year",
            Facet::Month => "month",
            Facet::Article => "article",
            Facet::Outlet => "outlet",
            Facet::Affiliation => "affiliation",
            Facet::Country => "country",
        }
    }

    /// The facet for a URL parameter name.
    pub fn from_key(key: &str) -> Option<Facet> {
        Facet::ALL.into_iter().find(|f| f.key() == key)
    }

    /// A label for people.
    pub fn label(self) -> &'static str {
        match self {
            Facet::Kind => "Kind",
            Facet::Type => "Event type",
            Facet::Year => "Year",
            Facet::Month => "Month",
            Facet::Article => "Article",
            Facet::Outlet => "Outlet",
            Facet::Affiliation => "Affiliation",
            Facet::Country => "Country",
        }
    }
}

impl fmt::Display for Facet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

/// A set of row numbers, one bit each.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Bitset {
    words: Vec<u64>,
}

impl Bitset {
    /// An empty set for `len` rows.
    pub fn empty(len: usize) -> Self {
        Self { words: vec![0; len.div_ceil(64)] }
    }

    /// The set of all `len` rows.
    pub fn full(len: usize) -> Self {
        let mut b = Self { words: vec![u64::MAX; len.div_ceil(64)] };
        if !len.is_multiple_of(64) {
            if let Some(last) = b.words.last_mut() {
                *last = (1u64 << (len % 64)) - 1;
            }
        }
        b
    }

    /// Empties the set and sizes it for `len` rows, reusing its memory.
    pub fn clear(&mut self, len: usize) {
        self.words.clear();
        self.words.resize(len.div_ceil(64), 0);
    }

    /// Makes this the set of all `len` rows, reusing its memory.
    pub fn fill(&mut self, len: usize) {
        self.words.clear();
        self.words.resize(len.div_ceil(64), u64::MAX);
        if !len.is_multiple_of(64) {
            if let Some(last) = self.words.last_mut() {
                *last = (1u64 << (len % 64)) - 1;
            }
        }
    }

    /// Makes this a copy of `other`, reusing its memory.
    pub fn copy_from(&mut self, other: &Bitset) {
        self.words.clear();
        self.words.extend_from_slice(&other.words);
    }

    /// Adds a row.
    #[inline]
    pub fn insert(&mut self, row: usize) {
        self.words[row / 64] |= 1 << (row % 64);
    }

    /// Whether a row is in the set.
    pub fn contains(&self, row: usize) -> bool {
        self.words.get(row / 64).is_some_and(|w| w & (1 << (row % 64)) != 0)
    }

    /// Keeps only rows also in `other`.
    pub fn and_with(&mut self, other: &Bitset) {
        for (a, b) in self.words.iter_mut().zip(&other.words) {
            *a &= b;
        }
    }

    /// Adds every row of `other`.
    pub fn or_with(&mut self, other: &Bitset) {
        for (a, b) in self.words.iter_mut().zip(&other.words) {
            *a |= b;
        }
    }

    /// The number of rows in the set.
    pub fn count(&self) -> usize {
        self.words.iter().map(|w| w.count_ones() as usize).sum()
    }

    /// The rows in the set, in increasing order.
    pub fn iter(&self) -> BitsetIter<'_> {
        BitsetIter { words: &self.words, index: 0, current: self.words.first().copied().unwrap_or(0) }
    }
}

/// The rows of a [`Bitset`], in increasing order.
#[derive(Debug, Clone)]
pub struct BitsetIter<'a> {
    words: &'a [u64],
    index: usize,
    current: u64,
}

impl Iterator for BitsetIter<'_> {
    type Item = usize;

    #[inline]
    fn next(&mut self) -> Option<usize> {
        while self.current == 0 {
            self.index += 1;
            self.current = *self.words.get(self.index)?;
        }
        let bit = self.current.trailing_zeros() as usize;
        self.current &= self.current - 1;
        Some(self.index * 64 + bit)
    }
}

/// The values of one row, facet by facet, and the text it is found by.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RowValues {
    /// (facet, value) pairs; a facet may have several values or none.
    pub values: Vec<(Facet, String)>,
    /// What a text search matches: names, aliases, quotes.
    pub text: String,
}

/// An index of rows by facet values and text: the explorer's facets over [`Engine`], with
/// values by label and substring search.
#[derive(Debug, Clone)]
pub struct FacetIndex {
    engine: Engine,
    /// Value labels of each facet, sorted; a value's number is its position.
    labels: Vec<Vec<String>>,
    /// Lowercased search text of every row, and where each row's text starts.
    text: String,
    text_offsets: Vec<u32>,
}

/// A facet value with the number of results it would give.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ValueCount {
    /// The value.
    pub value: String,
    /// Results with this value under the other facets' selections.
    pub count: usize,
    /// Whether the query selects it.
    pub selected: bool,
}

/// The counts of one facet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FacetCounts {
    /// Which facet.
    pub facet: Facet,
    /// Its values, in label order, those with a count or a selection.
    pub values: Vec<ValueCount>,
}

/// What to filter by: selected values per facet (OR within, AND across) and a text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// Selected values of each facet; facets not listed are not filtered.
    pub selected: Vec<(Facet, Vec<String>)>,
    /// Text that every result must contain (case-insensitive); empty for none.
    pub text: String,
}

/// Rows matching a filter and the counts of every facet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Counted {
    /// The matching rows.
    pub rows: Bitset,
    /// How many rows match.
    pub total: usize,
    /// Counts per facet, in `Facet::ALL` order.
    pub facets: Vec<FacetCounts>,
    /// Selected values that no row has: the filter ignored them.
    pub unknown_values: Vec<(Facet, String)>,
}

impl FacetIndex {
    /// Indexes rows.
    pub fn build(rows: impl IntoIterator<Item = RowValues>) -> Self {
        let rows: Vec<RowValues> = rows.into_iter().collect();
        let labels: Vec<Vec<String>> = Facet::ALL
            .iter()
            .map(|&facet| {
                let mut l: Vec<String> = rows
                    .iter()
                    .flat_map(|r| r.values.iter().filter(|(f, _)| *f == facet).map(|(_, v)| v.clone()))
                    .collect();
                l.sort();
                l.dedup();
                l
            })
            .collect();
        let numbered: Vec<Vec<Vec<u32>>> = rows
            .iter()
            .map(|row| {
                Facet::ALL
                    .iter()
                    .map(|&facet| {
                        let mut mine: Vec<u32> = row
                            .values
                            .iter()
                            .filter(|(f, _)| *f == facet)
                            .filter_map(|(_, v)| {
                                labels[facet as usize].binary_search(v).ok().map(|i| i as u32)
                            })
                            .collect();
                        mine.sort_unstable();
                        mine.dedup();
                        mine
                    })
                    .collect()
            })
            .collect();
        let sizes: Vec<usize> = labels.iter().map(Vec::len).collect();
        let engine = Engine::from_rows(&sizes, &numbered);
        let mut text = String::new();
        let mut text_offsets = Vec::with_capacity(rows.len() + 1);
        for row in &rows {
            text_offsets.push(text.len() as u32);
            text.push_str(&row.text.to_lowercase());
            text.push('\u{1}');
        }
        text_offsets.push(text.len() as u32);
        Self { engine, labels, text, text_offsets }
    }

    /// Indexes the entities and events of a fact set: rows `0..entities.len()` are entities, the
    /// rest events, in order.
    pub fn from_facts(facts: &FactSet) -> Self {
        Self::build(fact_rows(facts))
    }

    /// The number of rows.
    pub fn len(&self) -> usize {
        self.engine.len()
    }

    /// Whether there are no rows.
    pub fn is_empty(&self) -> bool {
        self.engine.is_empty()
    }

    /// The values a facet has, in label order.
    pub fn values(&self, facet: Facet) -> &[String] {
        &self.labels[facet as usize]
    }

    /// Rows whose text contains `needle` (case-insensitive).
    pub fn text_matches(&self, needle: &str) -> Bitset {
        let needle = needle.trim().to_lowercase();
        if needle.is_empty() {
            return Bitset::full(self.len());
        }
        let mut hits = Bitset::empty(self.len());
        let mut row = 0;
        for (at, _) in self.text.match_indices(&needle) {
            while row + 1 < self.text_offsets.len() && self.text_offsets[row + 1] as usize <= at {
                row += 1;
            }
            if row < self.len() {
                hits.insert(row);
            }
        }
        hits
    }

    /// Applies a filter and counts every facet. Selected values that no row has are ignored and
    /// reported, not taken to select nothing.
    pub fn query(&self, filter: &Filter) -> Counted {
        let mut unknown_values = Vec::new();
        let mut selections: Vec<Selection> = Vec::new();
        for (facet, values) in &filter.selected {
            let labels = &self.labels[*facet as usize];
            let mut ids = Vec::new();
            for value in values {
                match labels.binary_search(value) {
                    Ok(i) => ids.push(i as u32),
                    Err(_) => unknown_values.push((*facet, value.clone())),
                }
            }
            if !ids.is_empty() {
                selections.push(Selection { facet: *facet as usize, values: ids });
            }
        }
        let base = (!filter.text.trim().is_empty()).then(|| self.text_matches(&filter.text));
        let result = self.engine.query(&selections, base.as_ref());
        let facets = Facet::ALL
            .iter()
            .zip(&result.counts)
            .map(|(&facet, counts)| {
                let selected: Vec<&String> =
                    filter.selected.iter().filter(|(f, _)| *f == facet).flat_map(|(_, v)| v.iter()).collect();
                let values = self.labels[facet as usize]
                    .iter()
                    .zip(counts)
                    .filter_map(|(label, &count)| {
                        let is_selected = selected.contains(&label);
                        (count > 0 || is_selected).then(|| ValueCount {
                            value: label.clone(),
                            count: count as usize,
                            selected: is_selected,
                        })
                    })
                    .collect();
                FacetCounts { facet, values }
            })
            .collect();
        Counted { rows: result.rows, total: result.total, facets, unknown_values }
    }
}

/// The facet values and search text of every entity and event of a fact set.
pub fn fact_rows(facts: &FactSet) -> Vec<RowValues> {
    let outlet_of = |doc: &str| facts.documents.iter().find(|d| d.id == doc).and_then(|d| d.outlet.clone());
    let entity_by_id: HashMap<&str, usize> =
        facts.entities.iter().enumerate().map(|(i, e)| (e.id.as_str(), i)).collect();
    let mut rows = Vec::with_capacity(facts.entities.len() + facts.events.len());
    let article_values = |docs: &mut Vec<&str>, values: &mut Vec<(Facet, String)>| {
        docs.sort_unstable();
        docs.dedup();
        for doc in docs.iter() {
            values.push((Facet::Article, doc.to_string()));
            if let Some(outlet) = outlet_of(doc) {
                values.push((Facet::Outlet, outlet));
            }
        }
    };
    for entity in &facts.entities {
        let mut values = vec![(Facet::Kind, entity.kind.as_str().to_string())];
        let mut docs: Vec<&str> = entity.mentions.iter().map(|m| m.doc.as_str()).collect();
        article_values(&mut docs, &mut values);
        if let Some(a) = entity.attributes.get("affiliation") {
            values.push((Facet::Affiliation, a.clone()));
        }
        if let Some(c) = entity.attributes.get("country") {
            values.push((Facet::Country, c.clone()));
        }
        let mut text = entity.name.clone();
        for alias in &entity.aliases {
            text.push('\n');
            text.push_str(alias);
        }
        for m in &entity.mentions {
            text.push('\n');
            text.push_str(&m.quote);
        }
        rows.push(RowValues { values, text });
    }
    for event in &facts.events {
        let mut values = vec![(Facet::Kind, "event".to_string()), (Facet::Type, event.event_type.clone())];
        if let Some(v) = event.date.value {
            values.push((Facet::Year, format!("{:04}", v.year)));
            if let Some(m) = v.month {
                values.push((Facet::Month, format!("{:04}-{m:02}", v.year)));
            }
        }
        let mut docs: Vec<&str> = event.evidence.iter().map(|m| m.doc.as_str()).collect();
        article_values(&mut docs, &mut values);
        let place =
            event.location.as_deref().and_then(|id| entity_by_id.get(id)).map(|&i| &facts.entities[i]);
        if let Some(place) = place {
            if let Some(c) = place.attributes.get("country") {
                values.push((Facet::Country, c.clone()));
            }
        }
        let mut text = event.summary.clone();
        for e in &event.evidence {
            text.push('\n');
            text.push_str(&e.quote);
        }
        rows.push(RowValues { values, text });
    }
    rows
}

/// The values of the kind facet: the four entity kinds and "event".
pub fn kind_values() -> [&'static str; 5] {
    [
        EntityKind::Unit.as_str(),
        EntityKind::Official.as_str(),
        EntityKind::Organization.as_str(),
        EntityKind::Place.as_str(),
        "event",
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(values: &[(Facet, &str)], text: &str) -> RowValues {
        RowValues { values: values.iter().map(|(f, v)| (*f, v.to_string())).collect(), text: text.into() }
    }

    fn index() -> FacetIndex {
        FacetIndex::build([
            row(&[(Facet::Kind, "official"), (Facet::Article, "a"), (Facet::Article, "b")], "Stephen Osborn"),
            row(&[(Facet::Kind, "unit"), (Facet::Article, "a")], "Iowa National Guard"),
            row(
                &[
                    (Facet::Kind, "event"),
                    (Facet::Type, "visit"),
                    (Facet::Year, "2023"),
                    (Facet::Article, "b"),
                ],
                "Osmani visited",
            ),
            row(&[(Facet::Kind, "place"), (Facet::Article, "c")], "Kosovo"),
        ])
    }

    fn count(c: &Counted, facet: Facet, value: &str) -> usize {
        c.facets[facet as usize].values.iter().find(|v| v.value == value).map_or(0, |v| v.count)
    }

    #[test]
    fn or_within_and_across_with_disjunctive_counts() {
        let idx = index();
        let filter = Filter {
            selected: vec![
                (Facet::Kind, vec!["official".into(), "event".into()]),
                (Facet::Article, vec!["b".into()]),
            ],
            text: String::new(),
        };
        let c = idx.query(&filter);
        assert_eq!(c.rows.iter().collect::<Vec<_>>(), [0, 2]);
        // Kind counts ignore the kind selection: the unit in article a is not in b, so 0; the rest 1.
        assert_eq!(
            (
                count(&c, Facet::Kind, "official"),
                count(&c, Facet::Kind, "event"),
                count(&c, Facet::Kind, "unit")
            ),
            (1, 1, 0)
        );
        // Article counts ignore the article selection but keep the kind one.
        assert_eq!((count(&c, Facet::Article, "a"), count(&c, Facet::Article, "b")), (1, 2));
    }

    #[test]
    fn text_search_is_case_insensitive_and_unknown_values_are_reported() {
        let idx = index();
        let c = idx
            .query(&Filter { selected: vec![(Facet::Kind, vec!["planet".into()])], text: "OSBORN".into() });
        assert_eq!(c.total, 1, "an unknown value is ignored, not taken to select nothing");
        assert_eq!(c.unknown_values, [(Facet::Kind, "planet".to_string())]);
        assert_eq!(idx.text_matches("kosovo").iter().collect::<Vec<_>>(), [3]);
    }

    #[test]
    fn bitsets_iterate_in_order() {
        let mut b = Bitset::empty(130);
        for r in [129, 0, 64, 63] {
            b.insert(r);
        }
        assert_eq!(b.iter().collect::<Vec<_>>(), [0, 63, 64, 129]);
        assert_eq!(Bitset::full(130).count(), 130);
    }
}
