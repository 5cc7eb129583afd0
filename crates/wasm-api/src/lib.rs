//! factlens's core behind a thin wasm-bindgen boundary: free functions and one class taking and
//! returning plain data (strings, numbers, typed arrays). No DOM.
//!
//! - `extract(articles)`: JSON `[{ "id", "text", "published"? }]` in, factlens/1 JSON out.
//! - `FacetEngine`: a facet index built from columns, queried with a URL-style query string.

use factlens_core::{Article, Document, Facet, FacetIndex, Filter, RowValues};
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

/// A facet index over rows given as columns, queried many times.
#[wasm_bindgen]
pub struct FacetEngine {
    index: FacetIndex,
}

#[wasm_bindgen]
impl FacetEngine {
    /// Builds an engine from JSON rows: `[{ "values": [["kind", "unit"], …], "text": "…" }]`.
    #[wasm_bindgen(constructor)]
    pub fn new(rows_json: &str) -> Result<FacetEngine, JsError> {
        #[derive(Deserialize)]
        struct Row {
            values: Vec<(String, String)>,
            #[serde(default)]
            text: String,
        }
        let rows: Vec<Row> = serde_json::from_str(rows_json)?;
        let rows = rows.into_iter().map(|r| RowValues {
            values: r.values.into_iter().filter_map(|(f, v)| Facet::from_key(&f).map(|f| (f, v))).collect(),
            text: r.text,
        });
        Ok(FacetEngine { index: FacetIndex::build(rows) })
    }

    /// The number of rows.
    pub fn len(&self) -> usize {
        self.index.len()
    }

    /// Whether there are no rows.
    #[wasm_bindgen(js_name = isEmpty)]
    pub fn is_empty(&self) -> bool {
        self.index.is_empty()
    }

    /// Runs a query given as a URL query string (`kind=unit&kind=event&year=2023&q=text`) and returns
    /// JSON `{ "total", "ids": [first `limit` row numbers], "facets": [{ "facet", "values": [...] }] }`.
    pub fn query(&self, query: &str, limit: usize) -> String {
        let mut filter = Filter::default();
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            if key == "q" {
                filter.text = value.to_string();
            } else if let Some(facet) = Facet::from_key(key) {
                match filter.selected.iter_mut().find(|(f, _)| *f == facet) {
                    Some((_, values)) => values.push(value.to_string()),
                    None => filter.selected.push((facet, vec![value.to_string()])),
                }
            }
        }
        let counted = self.index.query(&filter);
        let ids: Vec<usize> = counted.rows.iter().take(limit).collect();
        serde_json::json!({ "total": counted.total, "ids": ids, "facets": counted.facets }).to_string()
    }
}
