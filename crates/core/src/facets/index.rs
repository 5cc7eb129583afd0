//! The explorer's facets over the facts: each entity and event is a row of the [`Engine`], with
//! its values in eight facets ([`Facet`]) numbered by label, and its text (names, aliases, quotes)
//! in a [`WordIndex`]. A [`Filter`] of labels and search text gives the matching rows and the
//! counts of every facet ([`Counted`]).
//!
//! Text search is by word prefix: a row matches when, for every word of the search, it has a
//! word that starts with it, ignoring case. Words are runs of letters and digits, so `born` does
//! not find `Osborn`, `iowa guard` finds `Iowa National Guard`, and a search without letters or
//! digits restricts nothing. The index scales to millions of rows (it serves the wasm API too).

use std::fmt;

use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

use super::bitset::Bitset;
use super::engine::{Engine, Selection};
use crate::model::{Fact, FactSet};

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
    pub(crate) fn from_key(key: &str) -> Option<Facet> {
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

/// The values of one row, facet by facet, and the text it is found by.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct RowValues {
    /// (facet, value) pairs; a facet may have several values or none.
    pub(crate) values: Vec<(Facet, String)>,
    /// What a text search matches: names, aliases, quotes.
    pub(crate) text: String,
}

/// An index of rows by facet values and text: the explorer's facets over [`Engine`], with
/// values by label and search by word prefix ([`WordIndex`]).
#[derive(Debug, Clone)]
pub(crate) struct FacetIndex {
    engine: Engine,
    /// Value labels of each facet, sorted; a value's number is its position.
    labels: Vec<Vec<String>>,
    /// The words of every row's text.
    words: WordIndex,
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

/// What to filter by: selected values per facet (OR within, AND across) and a search text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Filter {
    /// Selected values of each facet; facets not listed are not filtered.
    pub(crate) selected: Vec<(Facet, Vec<String>)>,
    /// Words that every result must have a word starting with (case-insensitive); empty for none.
    pub(crate) text: String,
}

/// Rows matching a filter and the counts of every facet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Counted {
    /// The matching rows.
    pub(crate) rows: Bitset,
    /// How many rows match.
    pub(crate) total: usize,
    /// Counts per facet, in `Facet::ALL` order.
    pub(crate) facets: Vec<FacetCounts>,
    /// Selected values that no row has: the filter ignored them.
    pub(crate) unknown_values: Vec<(Facet, String)>,
}

impl FacetIndex {
    /// Indexes rows.
    pub(crate) fn build(rows: impl IntoIterator<Item = RowValues>) -> Self {
        let rows: Vec<RowValues> = rows.into_iter().collect();
        let (labels, columns): (Vec<Vec<String>>, Vec<_>) =
            Facet::ALL.iter().map(|&facet| numbered_column(&rows, facet)).unzip();
        let sizes: Vec<usize> = labels.iter().map(Vec::len).collect();
        let engine = Engine::from_flat(&sizes, columns);
        let words = WordIndex::build(rows.iter().map(|r| r.text.as_str()));
        Self { engine, labels, words }
    }

    /// Indexes the facts of a fact set, row by row (see [`FactSet::fact_at`]); `entity_at` gives
    /// the position of each entity by id.
    pub(crate) fn from_facts(facts: &FactSet, entity_at: &FxHashMap<String, u32>) -> Self {
        Self::build(fact_rows(facts, entity_at))
    }

    /// The index of a fact set's facts as a baked corpus carries it (see [`IndexParts`]).
    pub(crate) fn parts_of_facts(facts: &FactSet, entity_at: &FxHashMap<String, u32>) -> IndexParts {
        let rows = fact_rows(facts, entity_at);
        let facets = Facet::ALL
            .iter()
            .map(|&facet| {
                let (labels, (offsets, values)) = numbered_column(&rows, facet);
                let per_row = offsets.windows(2).map(|w| w[1] - w[0]).collect();
                FacetParts { labels, per_row, values }
            })
            .collect();
        let words = WordIndex::build(rows.iter().map(|r| r.text.as_str()));
        let (words, word_rows, gaps) = words.into_gaps();
        IndexParts { rows: rows.len() as u32, facets, words, word_rows, gaps }
    }

    /// The index that `parts` describe, checked first: every count, number and order the index
    /// relies on (labels and words sorted and unique, value numbers below their facet's label
    /// count, rows ascending and below `rows`), so that bad parts are refused, never a panic.
    pub(crate) fn from_parts(parts: IndexParts) -> Result<Self, String> {
        let IndexParts { rows, facets, words, word_rows, gaps } = parts;
        if facets.len() != Facet::ALL.len() {
            return Err(format!("the index has {} facets, not {}", facets.len(), Facet::ALL.len()));
        }
        let mut labels = Vec::with_capacity(facets.len());
        let mut columns = Vec::with_capacity(facets.len());
        for (facet, parts) in Facet::ALL.iter().zip(facets) {
            let (names, column) =
                parts.into_column(rows as usize).map_err(|e| format!("facet {facet}: {e}"))?;
            labels.push(names);
            columns.push(column);
        }
        let sizes: Vec<usize> = labels.iter().map(Vec::len).collect();
        let engine = Engine::from_flat(&sizes, columns);
        let words = WordIndex::from_gaps(rows as usize, words, &word_rows, &gaps)?;
        Ok(Self { engine, labels, words })
    }

    /// Rows with a word starting with every word of `text` (case-insensitive; see the module).
    fn text_matches(&self, text: &str) -> Bitset {
        self.words.matches(text)
    }

    /// Applies a filter and counts every facet. Selected values that no row has are ignored and
    /// reported, not taken to select nothing.
    pub(crate) fn query(&self, filter: &Filter) -> Counted {
        let (selections, unknown_values) = self.selections(filter);
        let base = (!filter.text.trim().is_empty()).then(|| self.text_matches(&filter.text));
        let result = self.engine.query(&selections, base.as_ref());
        let facets = Facet::ALL
            .iter()
            .zip(&result.counts)
            .map(|(&facet, counts)| self.facet_counts(filter, facet, counts))
            .collect();
        Counted { rows: result.rows, total: result.total, facets, unknown_values }
    }

    /// The engine's selections of a filter's labels, and the labels no row has.
    fn selections(&self, filter: &Filter) -> (Vec<Selection>, Vec<(Facet, String)>) {
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
        (selections, unknown_values)
    }

    /// A facet's values with a count or a selection, in label order.
    fn facet_counts(&self, filter: &Filter, facet: Facet, counts: &[u32]) -> FacetCounts {
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
    }
}

/// The facet index in the form a baked corpus carries it: what [`FacetIndex::build`] computes
/// from the facts' strings (labels, value numbers, words, postings), in plain numbers that take
/// linear time to check and load ([`FacetIndex::from_parts`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct IndexParts {
    /// How many rows (facts).
    rows: u32,
    /// Per facet, in [`Facet::ALL`] order.
    facets: Vec<FacetParts>,
    /// The word index's words, sorted and unique.
    words: Vec<String>,
    /// How many rows each word has.
    word_rows: Vec<u32>,
    /// Each word's rows in turn, ascending, each as its distance from the one before (the
    /// first from row 0): small numbers, one or two bytes each in postcard.
    gaps: Vec<u32>,
}

impl IndexParts {
    /// How many rows the parts index.
    pub(crate) fn rows(&self) -> usize {
        self.rows as usize
    }
}

/// A facet's column as the engine takes it: row `r`'s value numbers at
/// `values[offsets[r]..offsets[r + 1]]`, as `(offsets, values)`.
type FlatColumn = (Vec<u32>, Vec<u32>);

/// One facet of [`IndexParts`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct FacetParts {
    /// The facet's labels, sorted and unique; a value's number is its position.
    labels: Vec<String>,
    /// How many values each row has.
    per_row: Vec<u32>,
    /// Every row's value numbers in turn.
    values: Vec<u32>,
}

impl FacetParts {
    /// The labels and the engine's `(offsets, values)` column of these parts over `rows` rows,
    /// checked.
    fn into_column(self, rows: usize) -> Result<(Vec<String>, FlatColumn), String> {
        if !self.labels.windows(2).all(|w| w[0] < w[1]) {
            return Err("its labels are not sorted and unique".into());
        }
        if self.per_row.len() != rows {
            return Err(format!("{} rows of values for {rows} facts", self.per_row.len()));
        }
        let mut offsets = Vec::with_capacity(rows + 1);
        let mut total: u64 = 0;
        offsets.push(0);
        for &n in &self.per_row {
            total += n as u64;
            if total > self.values.len() as u64 {
                return Err("its rows have more values than it lists".into());
            }
            offsets.push(total as u32);
        }
        if total != self.values.len() as u64 {
            return Err("its rows have fewer values than it lists".into());
        }
        if self.values.iter().any(|&v| v as usize >= self.labels.len()) {
            return Err("a value number has no label".into());
        }
        Ok((self.labels, (offsets, self.values)))
    }
}

/// A facet's labels, sorted, and its column: row `r`'s value numbers (positions among the
/// labels) at `values[offsets[r]..offsets[r + 1]]`. Labels are numbered as met, one hash look-up
/// per value, then renumbered in label order (no string search per value).
fn numbered_column(rows: &[RowValues], facet: Facet) -> (Vec<String>, FlatColumn) {
    let mut names = Names::default();
    let mut offsets = Vec::with_capacity(rows.len() + 1);
    let mut values = Vec::new();
    offsets.push(0);
    for row in rows {
        for (_, v) in row.values.iter().filter(|(f, _)| *f == facet) {
            values.push(names.number(v));
        }
        offsets.push(values.len() as u32);
    }
    let (labels, place) = names.sorted();
    values.iter_mut().for_each(|v| *v = place[*v as usize]);
    (labels, (offsets, values))
}

/// Strings numbered as met (the facet index's labels, the word index's words).
#[derive(Default)]
struct Names {
    numbers: FxHashMap<String, u32>,
    found: Vec<String>,
}

impl Names {
    /// The number of `name`, a new one (the count so far) when first met.
    fn number(&mut self, name: &str) -> u32 {
        if let Some(&id) = self.numbers.get(name) {
            return id;
        }
        let id = self.found.len() as u32;
        self.numbers.insert(name.to_string(), id);
        self.found.push(name.to_string());
        id
    }

    /// The names sorted, and each number's place among them.
    fn sorted(self) -> (Vec<String>, Vec<u32>) {
        let Names { numbers, mut found } = self;
        found.sort_unstable();
        let mut place = vec![0u32; found.len()];
        for (i, name) in found.iter().enumerate() {
            place[numbers[name.as_str()] as usize] = i as u32;
        }
        (found, place)
    }
}

/// The facet values and search text of every fact of a fact set, in row order.
pub(crate) fn fact_rows(facts: &FactSet, entity_at: &FxHashMap<String, u32>) -> Vec<RowValues> {
    let outlets: FxHashMap<&str, Option<&str>> =
        facts.documents.iter().map(|d| (d.id.as_str(), d.outlet.as_deref())).collect();
    let outlet_of = |doc: &str| outlets.get(doc).copied().flatten();
    facts
        .facts()
        .map(|fact| {
            let mut values = vec![(Facet::Kind, fact.kind().as_str().to_string())];
            let mut text = fact.name().to_string();
            match fact {
                Fact::Entity(entity) => {
                    article_values(fact, &outlet_of, &mut values);
                    for (key, facet) in [("affiliation", Facet::Affiliation), ("country", Facet::Country)] {
                        if let Some(v) = entity.attributes.get(key) {
                            values.push((facet, v.clone()));
                        }
                    }
                    for alias in &entity.aliases {
                        text.push('\n');
                        text.push_str(alias);
                    }
                }
                Fact::Event(event) => {
                    values.push((Facet::Type, event.event_type.clone()));
                    if let Some(v) = event.date.value {
                        values.push((Facet::Year, format!("{:04}", v.year)));
                        if let Some(m) = v.month {
                            values.push((Facet::Month, format!("{:04}-{m:02}", v.year)));
                        }
                    }
                    article_values(fact, &outlet_of, &mut values);
                    let place = event.location.as_deref().and_then(|id| entity_at.get(id));
                    if let Some(c) = place.and_then(|&i| facts.entities[i as usize].attributes.get("country"))
                    {
                        values.push((Facet::Country, c.clone()));
                    }
                }
            }
            for e in fact.evidence() {
                text.push('\n');
                text.push_str(&e.quote);
            }
            RowValues { values, text }
        })
        .collect()
}

/// The article and outlet values of a fact: every article that supports it, once.
fn article_values<'a>(
    fact: Fact<'_>,
    outlet_of: &impl Fn(&str) -> Option<&'a str>,
    values: &mut Vec<(Facet, String)>,
) {
    let mut docs: Vec<&str> = fact.evidence().iter().map(|m| m.doc.as_str()).collect();
    docs.sort_unstable();
    docs.dedup();
    for doc in docs {
        values.push((Facet::Article, doc.to_string()));
        if let Some(outlet) = outlet_of(doc) {
            values.push((Facet::Outlet, outlet.to_string()));
        }
    }
}

/// Words in order, each with the start and end of its rows in a word index's postings.
type Words = Vec<(Box<str>, u32, u32)>;

/// A word index for text search at scale: the rows whose text has a word starting with each
/// word of a search (see the module).
#[derive(Debug, Clone, Default)]
pub struct WordIndex {
    /// Words in order, each with the range of its rows in `postings`.
    words: Words,
    postings: Vec<u32>,
    len: usize,
}

impl WordIndex {
    /// Indexes the texts of rows (lowercased words of letters and digits). Linear in the text
    /// but for sorting the distinct words: words are numbered as met, each (word, row) noted
    /// once, and rows gathered per word, in word order, by a counting sort.
    pub fn build<'a>(texts: impl IntoIterator<Item = &'a str>) -> Self {
        let mut names = Names::default();
        // (word number, row), each once: `last_row` of a word is the last row noted for it.
        let mut pairs: Vec<(u32, u32)> = Vec::new();
        let mut last_row: Vec<u32> = Vec::new();
        let mut len = 0;
        let mut lowered = String::new();
        for (row, text) in texts.into_iter().enumerate() {
            len = row + 1;
            for word in words_of(text) {
                let key: &str = if word.chars().any(char::is_uppercase) {
                    lowered.clear();
                    lowered.extend(word.chars().flat_map(char::to_lowercase));
                    &lowered
                } else {
                    word
                };
                let id = names.number(key);
                if id as usize == last_row.len() {
                    last_row.push(u32::MAX);
                }
                if last_row[id as usize] != row as u32 {
                    last_row[id as usize] = row as u32;
                    pairs.push((id, row as u32));
                }
            }
        }
        // Each word number's place in the order of the words.
        let (found, place) = names.sorted();
        let mut starts = vec![0u32; found.len() + 1];
        for &(w, _) in &pairs {
            starts[place[w as usize] as usize + 1] += 1;
        }
        for w in 0..found.len() {
            starts[w + 1] += starts[w];
        }
        let mut fill = starts.clone();
        let mut postings = vec![0u32; pairs.len()];
        for &(w, row) in &pairs {
            let w = place[w as usize] as usize;
            postings[fill[w] as usize] = row;
            fill[w] += 1;
        }
        let words =
            found.into_iter().zip(starts.windows(2)).map(|(w, s)| (w.into_boxed_str(), s[0], s[1])).collect();
        WordIndex { words, postings, len }
    }

    /// The words, each word's row count and the rows as gaps (see [`IndexParts`]).
    fn into_gaps(self) -> (Vec<String>, Vec<u32>, Vec<u32>) {
        let mut gaps = Vec::with_capacity(self.postings.len());
        let mut words = Vec::with_capacity(self.words.len());
        let mut word_rows = Vec::with_capacity(self.words.len());
        for (word, a, b) in self.words {
            let mut last = 0;
            for &row in &self.postings[a as usize..b as usize] {
                gaps.push(row - last);
                last = row;
            }
            words.push(word.into_string());
            word_rows.push(b - a);
        }
        (words, word_rows, gaps)
    }

    /// The word index of [`WordIndex::into_gaps`]'s parts over `len` rows, checked: words sorted
    /// and unique, as many gaps as rows counted, each word's rows ascending and below `len`.
    fn from_gaps(len: usize, words: Vec<String>, word_rows: &[u32], gaps: &[u32]) -> Result<Self, String> {
        if word_rows.len() != words.len() {
            return Err(format!("{} words but {} row counts", words.len(), word_rows.len()));
        }
        if !words.windows(2).all(|w| w[0] < w[1]) {
            return Err("the words are not sorted and unique".into());
        }
        let mut postings = Vec::with_capacity(gaps.len());
        let mut spans = Vec::with_capacity(words.len());
        let mut next = gaps.iter();
        for (word, &n) in words.into_iter().zip(word_rows) {
            let start = postings.len() as u32;
            let mut row: u64 = 0;
            for k in 0..n {
                let gap = *next.next().ok_or("the words have more rows than listed")?;
                if k > 0 && gap == 0 {
                    return Err(format!("the rows of `{word}` are not ascending"));
                }
                row += gap as u64;
                if row >= len as u64 {
                    return Err(format!("the word `{word}` names row {row} of {len}"));
                }
                postings.push(row as u32);
            }
            spans.push((word.into_boxed_str(), start, postings.len() as u32));
        }
        if next.next().is_some() {
            return Err("the words have fewer rows than listed".into());
        }
        Ok(WordIndex { words: spans, postings, len })
    }

    /// Rows with a word that starts with every word of `term` (case-insensitive); every row when
    /// `term` has no word.
    pub fn matches(&self, term: &str) -> Bitset {
        let mut result: Option<Bitset> = None;
        for word in words_of(term) {
            let mut one = Bitset::empty(self.len);
            let word = word.to_lowercase();
            let first = self.words.partition_point(|(w, _, _)| **w < *word);
            for (w, a, b) in &self.words[first..] {
                if !w.starts_with(word.as_str()) {
                    break;
                }
                for &row in &self.postings[*a as usize..*b as usize] {
                    one.insert(row as usize);
                }
            }
            match &mut result {
                Some(rows) => rows.and_with(&one),
                None => result = Some(one),
            }
        }
        result.unwrap_or_else(|| Bitset::full(self.len))
    }
}

/// The words of a text: runs of word characters.
fn words_of(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !is_word_char(c)).filter(|w| !w.is_empty())
}

/// Letters and digits of ASCII, and every other character above Latin-1's punctuation and symbols
/// except the general punctuation, CJK punctuation and full-width ASCII punctuation blocks. A
/// range test, not Unicode's letter tables: it keeps those tables out of the page's download (about
/// 1.4 KB brotli), and the texts it differs on (emoji, rare symbols inside words) are not searched.
fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || (c >= '\u{c0}'
            && c != '\u{d7}'
            && c != '\u{f7}'
            && !matches!(c, '\u{2000}'..='\u{2bff}' | '\u{3000}'..='\u{303f}' | '\u{fe30}'..='\u{fe4f}' | '\u{ff00}'..='\u{ff0f}' | '\u{ff1a}'..='\u{ff20}'))
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
    fn words_split_on_ascii_and_unicode_punctuation_and_keep_letters_of_any_script() {
        let words: Vec<&str> =
            words_of("“Osborn’s” 185th—Ålesund, Gjilan/Gnjilane «Kyiv» Київ 日本 ×2 a·b").collect();
        assert_eq!(
            words,
            ["Osborn", "s", "185th", "Ålesund", "Gjilan", "Gnjilane", "Kyiv", "Київ", "日本", "2", "a", "b"]
        );
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
    fn words_match_by_prefix() {
        let w = WordIndex::build(["Alpha beta", "gamma", "Betamax alpha"]);
        assert_eq!(w.matches("beta").iter().collect::<Vec<_>>(), [0, 2]);
        assert_eq!(w.matches("ALPHA bet").iter().collect::<Vec<_>>(), [0, 2]);
        assert_eq!(w.matches("delta").count(), 0);
    }

    #[test]
    fn search_finds_word_starts_not_word_middles() {
        let idx = index();
        let rows = |text: &str| idx.text_matches(text).iter().collect::<Vec<_>>();
        assert_eq!(rows("osb"), [0]);
        assert_eq!(rows("born"), [] as [usize; 0], "not inside a word");
        assert_eq!(rows("iowa guard"), [1], "every word, in any order");
        assert_eq!(rows("os"), [0, 2]);
        assert_eq!(rows("--"), [0, 1, 2, 3], "no word: no restriction");
    }

    /// A plain scan over the rows' values and texts as strings: the matching rows and, per facet,
    /// every value's count under the other facets' selections (disjunctive counts).
    fn scan(rows: &[RowValues], filter: &Filter) -> (Vec<usize>, Vec<Vec<(String, usize)>>) {
        let known = |f: Facet, v: &String| rows.iter().any(|r| r.values.contains(&(f, v.clone())));
        let has_text = |r: &RowValues| {
            let words: Vec<String> = words_of(&r.text).map(str::to_lowercase).collect();
            words_of(&filter.text).all(|t| words.iter().any(|w| w.starts_with(&t.to_lowercase())))
        };
        let passes = |r: &RowValues, except: Option<Facet>| {
            has_text(r)
                && filter.selected.iter().filter(|(f, _)| Some(*f) != except).all(|(f, vs)| {
                    let vs: Vec<&String> = vs.iter().filter(|v| known(*f, v)).collect();
                    vs.is_empty() || vs.iter().any(|v| r.values.contains(&(*f, (*v).clone())))
                })
        };
        let matching = (0..rows.len()).filter(|&i| passes(&rows[i], None)).collect();
        let counts = Facet::ALL
            .iter()
            .map(|&facet| {
                let mut counts: std::collections::BTreeMap<String, usize> = Default::default();
                for r in rows.iter().filter(|r| passes(r, Some(facet))) {
                    let mut mine: Vec<&String> =
                        r.values.iter().filter(|(f, _)| *f == facet).map(|(_, v)| v).collect();
                    mine.sort();
                    mine.dedup();
                    mine.into_iter().for_each(|v| *counts.entry(v.clone()).or_default() += 1);
                }
                counts.into_iter().collect()
            })
            .collect();
        (matching, counts)
    }

    #[test]
    fn the_index_of_synthetic_corpora_answers_like_a_plain_scan() {
        for seed in 0..6u64 {
            let corpus = crate::synthetic::synthetic_corpus(400, seed);
            let facts = &corpus.facts;
            let entity_at: FxHashMap<String, u32> =
                facts.entities.iter().enumerate().map(|(i, e)| (e.id.clone(), i as u32)).collect();
            let rows = fact_rows(facts, &entity_at);
            let idx = FacetIndex::from_facts(facts, &entity_at);
            let mut state = seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1;
            let mut below = |n: usize| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                (state % n as u64) as usize
            };
            for _ in 0..12 {
                let mut selected: Vec<(Facet, Vec<String>)> = Vec::new();
                for _ in 0..below(3) {
                    let (facet, value) = {
                        let r = &rows[below(rows.len())];
                        r.values[below(r.values.len())].clone()
                    };
                    let value = if below(8) == 0 { format!("{value}-none") } else { value };
                    match selected.iter_mut().find(|(f, _)| *f == facet) {
                        Some((_, values)) => values.push(value),
                        None => selected.push((facet, vec![value])),
                    }
                }
                let text = match below(3) {
                    0 => String::new(),
                    _ => {
                        words_of(&rows[below(rows.len())].text).next().unwrap_or("").chars().take(3).collect()
                    }
                };
                let filter = Filter { selected, text };
                let c = idx.query(&filter);
                let (matching, counts) = scan(&rows, &filter);
                assert_eq!(c.rows.iter().collect::<Vec<_>>(), matching, "{filter:?}");
                for (got, want) in c.facets.iter().zip(&counts) {
                    let got: Vec<(String, usize)> = got
                        .values
                        .iter()
                        .filter(|v| v.count > 0)
                        .map(|v| (v.value.clone(), v.count))
                        .collect();
                    assert_eq!(&got, want, "{filter:?}");
                }
            }
        }
    }

    fn parts_and_index(seed: u64) -> (IndexParts, FacetIndex, Vec<RowValues>) {
        let corpus = crate::synthetic::synthetic_corpus(300, seed);
        let facts = &corpus.facts;
        let entity_at: FxHashMap<String, u32> =
            facts.entities.iter().enumerate().map(|(i, e)| (e.id.clone(), i as u32)).collect();
        (
            FacetIndex::parts_of_facts(facts, &entity_at),
            FacetIndex::from_facts(facts, &entity_at),
            fact_rows(facts, &entity_at),
        )
    }

    /// A few filters over `rows`: each facet's first value, and a word.
    fn some_filters(rows: &[RowValues]) -> Vec<Filter> {
        let mut filters: Vec<Filter> = rows[0]
            .values
            .iter()
            .map(|(f, v)| Filter { selected: vec![(*f, vec![v.clone()])], text: String::new() })
            .collect();
        filters.push(Filter { selected: Vec::new(), text: "unit".into() });
        filters.push(Filter { selected: vec![(Facet::Kind, vec!["event".into()])], text: "a 1".into() });
        filters
    }

    #[test]
    fn parts_load_into_an_index_that_answers_like_the_built_one() {
        let (parts, built, rows) = parts_and_index(3);
        let loaded = FacetIndex::from_parts(parts).unwrap();
        for filter in some_filters(&rows) {
            assert_eq!(loaded.query(&filter), built.query(&filter), "{filter:?}");
        }
    }

    #[test]
    fn parts_that_do_not_hold_together_are_refused() {
        let (parts, _, _) = parts_and_index(4);
        let refused = |change: &dyn Fn(&mut IndexParts)| {
            let mut p = parts.clone();
            change(&mut p);
            FacetIndex::from_parts(p).err().unwrap_or_default()
        };
        assert!(refused(&|p| drop(p.facets.pop())).contains("7 facets"));
        assert!(refused(&|p| p.facets[0].labels.reverse()).contains("labels are not sorted"));
        assert!(refused(&|p| p.facets[1].per_row[0] += 1).contains("more values"));
        assert!(refused(&|p| p.facets[4].per_row[0] -= 1).contains("fewer values"));
        let kinds = parts.facets[0].labels.len() as u32;
        assert!(refused(&|p| *p.facets[0].values.last_mut().unwrap() = kinds).contains("no label"));
        assert!(refused(&|p| p.rows += 1).contains("rows of values"));
        assert!(refused(&|p| p.words.swap(0, 1)).contains("words are not sorted"));
        assert!(refused(&|p| p.word_rows.truncate(3)).contains("row counts"));
        assert!(refused(&|p| *p.word_rows.last_mut().unwrap() += 1).contains("more rows than listed"));
        assert!(refused(&|p| *p.word_rows.last_mut().unwrap() = 0).contains("fewer rows than listed"));
        assert!(refused(&|p| *p.gaps.last_mut().unwrap() = u32::MAX).contains("names row"));
        let (w, n) = parts.word_rows.iter().enumerate().find(|(_, &n)| n > 1).map(|(w, &n)| (w, n)).unwrap();
        let second = parts.word_rows[..w].iter().sum::<u32>() as usize + 1;
        assert!(n > 1);
        assert!(refused(&|p| p.gaps[second] = 0).contains("not ascending"));
    }

    #[test]
    fn changed_parts_never_panic_and_load_only_what_holds_together() {
        use proptest::prelude::*;
        use proptest::test_runner::{Config, TestRunner};
        let (parts, _, rows) = parts_and_index(5);
        let filters = some_filters(&rows);
        let changes =
            proptest::collection::vec((0usize..5, any::<usize>(), any::<u32>(), any::<bool>()), 1..4);
        TestRunner::new(Config { cases: 400, ..Config::default() })
            .run(&changes, |changes| {
                let mut p = parts.clone();
                for (field, at, value, small) in changes {
                    let value = if small { value % 4 } else { value };
                    let f = at % p.facets.len();
                    let slot = match field {
                        0 => Some(&mut p.rows),
                        1 => p.facets[f].per_row.get_mut(at % 500),
                        2 => p.facets[f].values.get_mut(at % 500),
                        3 => p.word_rows.get_mut(at % 500),
                        _ => p.gaps.get_mut(at % 2000),
                    };
                    if let Some(slot) = slot {
                        *slot = value;
                    }
                }
                if let Ok(index) = FacetIndex::from_parts(p) {
                    for filter in &filters {
                        let counted = index.query(filter);
                        prop_assert!(counted.rows.iter().all(|r| r < index.engine.len()));
                    }
                }
                Ok(())
            })
            .unwrap();
    }
}
