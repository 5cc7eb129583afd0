//! A peer for `bench/facets.mjs`, not part of factlens: a compiled wasm bitset facet engine, one
//! roaring bitmap (the `roaring` crate) per facet value and per word, with the same wasm API as
//! factlens's `FacetEngine` (crates/wasm-api), so the benchmark drives both alike.
//!
//! A query ORs each facet's selected values, ANDs the facets and the text term's words (every word
//! starting with it, ORed); counts walk the result (unselected facets) or, per selected facet, the
//! AND of the other selections, reading plain value columns.

use std::ops::BitOrAssign;

use roaring::RoaringBitmap;
use wasm_bindgen::prelude::*;

/// A facet engine over roaring bitmaps.
#[wasm_bindgen]
pub struct RoaringEngine {
    rows: u32,
    /// Per facet, per value: its rows.
    bitmaps: Vec<Vec<RoaringBitmap>>,
    /// Per facet: each row's value.
    columns: Vec<Vec<u32>>,
    /// Words in order, each with its rows.
    words: Vec<(Box<str>, RoaringBitmap)>,
    result: RoaringBitmap,
    counts: Vec<Vec<u32>>,
    touched: Vec<Vec<u32>>,
}

#[wasm_bindgen]
impl RoaringEngine {
    /// Builds the engine: `sizes[f]` values in facet `f`; `columns` facet after facet, a value per
    /// row; `texts` the rows' texts separated by newlines (lowercase words separated by spaces).
    #[wasm_bindgen(constructor)]
    pub fn new(rows: u32, sizes: Vec<u32>, columns: Vec<u32>, texts: &str) -> RoaringEngine {
        let n = rows as usize;
        reserve_memory(n * (sizes.len() + 1) * 16 + texts.len() * 4);
        let columns: Vec<Vec<u32>> = columns.chunks(n.max(1)).map(<[u32]>::to_vec).collect();
        let bitmaps = columns
            .iter()
            .zip(&sizes)
            .map(|(column, &size)| {
                let mut lists = vec![Vec::new(); size as usize];
                for (row, &v) in column.iter().enumerate() {
                    lists[v as usize].push(row as u32);
                }
                lists.into_iter().map(|l| RoaringBitmap::from_sorted_iter(l).unwrap_or_default()).collect()
            })
            .collect();
        let mut by_word: std::collections::HashMap<&str, Vec<u32>> = std::collections::HashMap::new();
        for (row, text) in texts.split('\n').enumerate().filter(|_| !texts.is_empty()) {
            for word in text.split(' ').filter(|w| !w.is_empty()) {
                let list = by_word.entry(word).or_default();
                if list.last() != Some(&(row as u32)) {
                    list.push(row as u32);
                }
            }
        }
        let mut words: Vec<(Box<str>, RoaringBitmap)> = by_word
            .into_iter()
            .map(|(w, l)| (w.into(), RoaringBitmap::from_sorted_iter(l).unwrap_or_default()))
            .collect();
        words.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let counts = sizes.iter().map(|&s| vec![0; s as usize]).collect();
        let touched = vec![Vec::new(); sizes.len()];
        RoaringEngine { rows, bitmaps, columns, words, result: RoaringBitmap::new(), counts, touched }
    }

    /// Runs a query (`selection` as `[facet, n, v1 … vn, …]`, `text` a word prefix or empty) and
    /// returns how many rows match.
    pub fn query(&mut self, selection: &[u32], text: &str) -> u32 {
        let mut allowed: Vec<(usize, RoaringBitmap)> = Vec::new();
        let mut i = 0;
        while i + 1 < selection.len() {
            let (facet, n) = (selection[i] as usize, selection[i + 1] as usize);
            let mut union = RoaringBitmap::new();
            for &v in &selection[i + 2..i + 2 + n] {
                union.bitor_assign(&self.bitmaps[facet][v as usize]);
            }
            allowed.push((facet, union));
            i += 2 + n;
        }
        let base = (!text.is_empty()).then(|| self.text_rows(text));
        // The text AND every selection but `except`'s: the smallest first, then the others.
        let rows = self.rows;
        let mask = |except: usize| {
            let mut parts: Vec<&RoaringBitmap> =
                allowed.iter().filter(|(f, _)| *f != except).map(|(_, b)| b).chain(base.as_ref()).collect();
            parts.sort_unstable_by_key(|b| b.len());
            let Some((first, rest)) = parts.split_first() else { return RoaringBitmap::from_iter(0..rows) };
            let mut m = (*first).clone();
            for b in rest {
                m &= *b;
            }
            m
        };
        for (counts, touched) in self.counts.iter_mut().zip(&mut self.touched) {
            touched.drain(..).for_each(|v| counts[v as usize] = 0);
        }
        self.result = mask(usize::MAX);
        let unselected: Vec<usize> =
            (0..self.columns.len()).filter(|f| allowed.iter().all(|(g, _)| g != f)).collect();
        for row in &self.result {
            for &f in &unselected {
                count(self.columns[f][row as usize], &mut self.counts[f], &mut self.touched[f]);
            }
        }
        for (f, _) in &allowed {
            for row in &mask(*f) {
                count(self.columns[*f][row as usize], &mut self.counts[*f], &mut self.touched[*f]);
            }
        }
        self.result.len() as u32
    }

    /// The rows with a word starting with `prefix`.
    fn text_rows(&self, prefix: &str) -> RoaringBitmap {
        let first = self.words.partition_point(|(w, _)| **w < *prefix);
        let mut rows = RoaringBitmap::new();
        for (_, b) in self.words[first..].iter().take_while(|(w, _)| w.starts_with(prefix)) {
            rows |= b;
        }
        rows
    }

    /// Runs a query and returns its whole answer in one array, as factlens's `FacetEngine::answer`:
    /// `[total, k, id1 … idk, m0, value, count, …, m1, …]` (per facet, `m` (value, count) pairs).
    pub fn answer(&mut self, selection: &[u32], text: &str, limit: usize) -> Vec<u32> {
        let total = self.query(selection, text);
        let mut out = vec![total, 0];
        out.extend(self.result.iter().take(limit));
        out[1] = (out.len() - 2) as u32;
        for (counts, touched) in self.counts.iter().zip(&self.touched) {
            out.push(touched.len() as u32);
            out.extend(touched.iter().flat_map(|&v| [v, counts[v as usize]]));
        }
        out
    }

    /// The first `limit` matching rows, ascending.
    pub fn ids(&self, limit: usize) -> Vec<u32> {
        self.result.iter().take(limit).collect()
    }

    /// The values of facet `facet` with a count, as `[value, count, …]`.
    #[wasm_bindgen(js_name = countsSparse)]
    pub fn counts_sparse(&self, facet: usize) -> Vec<u32> {
        self.touched[facet].iter().flat_map(|&v| [v, self.counts[facet][v as usize]]).collect()
    }
}

/// Grows the module's memory once by about `bytes` (an allocation at once freed) before building,
/// as factlens's wasm API does (`crates/wasm-api`): grown piece by piece instead, each of thousands
/// of `memory.grow` calls made node collect garbage over the benchmark's million rows of JS data (a
/// profile of the 1M build: 75 % garbage collector, 18 % `memory.grow`). The peer holds about twice
/// what factlens does per row (179 MB of wasm memory after a 1M-row build), so it reserves twice as much.
fn reserve_memory(bytes: usize) {
    std::hint::black_box(Vec::<u8>::with_capacity(bytes));
}

/// Counts one value, noting it when counted the first time.
#[inline]
fn count(v: u32, counts: &mut [u32], touched: &mut Vec<u32>) {
    let c = &mut counts[v as usize];
    if *c == 0 {
        touched.push(v);
    }
    *c += 1;
}
