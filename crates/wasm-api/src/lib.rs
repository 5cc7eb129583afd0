//! factlens's core behind a thin wasm-bindgen boundary: free functions and one class taking and
//! returning plain data (strings, numbers, typed arrays). No DOM.
//!
//! - `extract(articles)`: JSON `[{ "id", "text", "published"? }]` in, factlens/1 JSON out.
//! - `FacetEngine`: the facet engine over columns of value numbers, with word search.

use factlens_core::{Article, Document, Engine, EngineResult, Selection, WordIndex};
use serde::Deserialize;
use wasm_bindgen::prelude::*;

#[derive(Deserialize)]
struct InputArticle {
    id: String,
    text: String,
    #[serde(default)]
    published: Option<String>,
}

/// Extracts the facts of articles given as JSON `[{ "id", "text", "published"? }]`; returns
/// factlens/1 JSON, or throws with a message naming what was wrong with the input.
#[wasm_bindgen]
pub fn extract(articles_json: &str) -> Result<String, JsError> {
    let input: Vec<InputArticle> = serde_json::from_str(articles_json)?;
    let articles: Vec<Article> = input
        .into_iter()
        .map(|a| {
            let published = a.published.as_deref().map(str::parse).transpose()?;
            let document = Document { id: a.id.clone(), title: a.id, outlet: None, published, url: None };
            Ok(Article { document, text: a.text })
        })
        .collect::<Result<_, factlens_core::DateParseError>>()?;
    Ok(serde_json::to_string(&factlens_core::extract(&articles).facts)?)
}

/// Grows the module's memory once by about `bytes` (an allocation at once freed), so that building
/// allocates from memory already there. Grown piece by piece, as the allocator asks, a million rows
/// took thousands of `memory.grow` calls, each costing more as the memory grew (in node, 6,000
/// grows of 64 KB to 394 MB took 9.8 s, one grow to that size and writing it all 1.3 s, loaded
/// machine). Memory grown but never written is not resident.
fn reserve_memory(bytes: usize) {
    std::hint::black_box(Vec::<u8>::with_capacity(bytes));
}

/// A facet engine over rows given as columns, queried many times: the engine factlens runs on,
/// without the explorer around it.
#[wasm_bindgen]
pub struct FacetEngine {
    engine: Engine,
    words: WordIndex,
    result: EngineResult,
}

#[wasm_bindgen]
impl FacetEngine {
    /// Builds an engine over `rows` rows. `sizes[f]` is the number of values of facet `f`;
    /// `columns` holds facet after facet, `rows` value numbers each (`4294967295` for none);
    /// `texts` holds the rows' texts separated by newlines (or is empty).
    #[wasm_bindgen(constructor)]
    pub fn new(rows: usize, sizes: Vec<u32>, columns: Vec<u32>, texts: &str) -> Result<FacetEngine, JsError> {
        if columns.len() != rows * sizes.len() {
            return Err(JsError::new("columns must hold rows × facets values"));
        }
        reserve_memory(rows * (sizes.len() + 1) * 8 + texts.len() * 2);
        let sizes: Vec<usize> = sizes.iter().map(|&s| s as usize).collect();
        let columns: Vec<Vec<u32>> =
            columns.chunks(rows.max(1)).map(<[u32]>::to_vec).take(sizes.len()).collect();
        let engine = Engine::from_columns(rows, &sizes, columns);
        let words = if texts.is_empty() { WordIndex::default() } else { WordIndex::build(texts.split('\n')) };
        Ok(FacetEngine { engine, words, result: EngineResult::default() })
    }

    /// The number of rows.
    pub fn len(&self) -> usize {
        self.engine.len()
    }

    /// Whether there are no rows.
    #[wasm_bindgen(js_name = isEmpty)]
    pub fn is_empty(&self) -> bool {
        self.engine.is_empty()
    }

    /// Runs a query and returns how many rows match. `selection` lists selected values as
    /// `[facet, n, v1 … vn, facet, n, …]`; `text` (may be empty) must start a word of the row.
    pub fn query(&mut self, selection: &[u32], text: &str) -> usize {
        let mut selections = Vec::new();
        let mut i = 0;
        while i + 1 < selection.len() {
            let (facet, n) = (selection[i] as usize, selection[i + 1] as usize);
            let values = selection.get(i + 2..i + 2 + n).unwrap_or(&[]).to_vec();
            selections.push(Selection { facet, values });
            i += 2 + n;
        }
        let base = (!text.trim().is_empty()).then(|| self.words.matches(text));
        self.engine.query_into(&selections, base.as_ref(), &mut self.result);
        self.result.total
    }

    /// Runs a query and returns its whole answer in one array, one crossing of the wasm boundary
    /// instead of one per part: `[total, k, id1 … idk, m0, value, count, …, m1, …]`, the first
    /// `k ≤ limit` matching rows ascending, then per facet the number `m` of its values with a
    /// count followed by those `m` (value, count) pairs (disjunctive counts, in no order).
    /// `selection` and `text` as for [`FacetEngine::query`].
    pub fn answer(&mut self, selection: &[u32], text: &str, limit: usize) -> Vec<u32> {
        let total = self.query(selection, text);
        let ids = self.result.rows.iter().take(limit);
        let pairs: usize = self.result.touched.iter().map(Vec::len).sum();
        let mut out = Vec::with_capacity(2 + limit.min(total) + self.result.touched.len() + 2 * pairs);
        out.extend([total as u32, 0]);
        out.extend(ids.map(|r| r as u32));
        out[1] = (out.len() - 2) as u32;
        for (counts, touched) in self.result.counts.iter().zip(&self.result.touched) {
            out.push(touched.len() as u32);
            out.extend(touched.iter().flat_map(|&v| [v, counts[v as usize]]));
        }
        out
    }

    /// The first `limit` matching rows, ascending.
    pub fn ids(&self, limit: usize) -> Vec<u32> {
        self.result.rows.iter().take(limit).map(|r| r as u32).collect()
    }

    /// The counts of facet `facet`'s values from the last query (disjunctive), every value.
    pub fn counts(&self, facet: usize) -> Vec<u32> {
        self.result.counts.get(facet).cloned().unwrap_or_default()
    }

    /// The values of facet `facet` with a count, as `[value, count, value, count, …]`.
    #[wasm_bindgen(js_name = countsSparse)]
    pub fn counts_sparse(&self, facet: usize) -> Vec<u32> {
        let (Some(counts), Some(touched)) = (self.result.counts.get(facet), self.result.touched.get(facet))
        else {
            return Vec::new();
        };
        touched.iter().flat_map(|&v| [v, counts[v as usize]]).collect()
    }
}
