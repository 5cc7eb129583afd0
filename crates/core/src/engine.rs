//! The facet engine: value postings to filter, value columns to count, bitsets in between.
//!
//! Rows have, for each facet, zero or more values (numbered per facet). A query selects values in
//! some facets: rows must have one of the selected values of every such facet (OR within a facet,
//! AND across facets), and may be restricted further by a base set (a text search). Counts for a
//! facet ignore that facet's own selection (disjunctive counts). Filtering ORs the postings of the
//! selected values into a bitset per facet and ANDs them (a single-valued facet is checked by its
//! column instead); counting walks the matching rows once for all unselected facets, reading
//! row-major records (one cache line per row), and once more per selected facet, reading the value
//! columns (narrow integers). Buffers are reused between queries.

use std::sync::Mutex;

use crate::index::Bitset;

/// One facet's values: a column (row → values) and postings (value → rows).
#[derive(Debug, Clone)]
struct Column {
    /// Value count.
    values: usize,
    /// Row `r`'s values are `row_values[row_offsets[r]..row_offsets[r + 1]]`; for single-valued
    /// columns `row_offsets` is empty and row `r`'s value is `row_values[r]` ([`NO_VALUE`] for none).
    row_offsets: Vec<u32>,
    row_values: Cells,
    /// Value `v`'s rows are `postings[posting_offsets[v]..posting_offsets[v + 1]]`, ascending.
    posting_offsets: Vec<u32>,
    postings: Vec<u32>,
}

/// "No value" in a single-valued column.
pub const NO_VALUE: u32 = u32::MAX;

/// A value stored in a byte: its largest number means "no value".
#[inline]
fn widen8(x: u8) -> u32 {
    if x == u8::MAX {
        NO_VALUE
    } else {
        x as u32
    }
}

/// A value stored in two bytes: its largest number means "no value".
#[inline]
fn widen16(x: u16) -> u32 {
    if x == u16::MAX {
        NO_VALUE
    } else {
        x as u32
    }
}

/// Value numbers in the narrowest integers that hold them: counting reads a column at scattered
/// rows, so a column of bytes touches a quarter of the memory (and cache lines) of one of `u32`.
#[derive(Debug, Clone)]
enum Cells {
    U8(Vec<u8>),
    U16(Vec<u16>),
    U32(Vec<u32>),
}

impl Cells {
    /// Stores `values`, each below `count` or [`NO_VALUE`], in the narrowest type whose largest
    /// number is free to mean "no value".
    fn new(values: Vec<u32>, count: usize) -> Self {
        let narrow = |max: u32| values.iter().map(move |&v| if v == NO_VALUE { max } else { v });
        if count < u8::MAX as usize {
            Cells::U8(narrow(u8::MAX as u32).map(|v| v as u8).collect())
        } else if count < u16::MAX as usize {
            Cells::U16(narrow(u16::MAX as u32).map(|v| v as u16).collect())
        } else {
            Cells::U32(values)
        }
    }

    #[inline]
    fn get(&self, i: usize) -> u32 {
        match self {
            Cells::U8(v) => widen8(v[i]),
            Cells::U16(v) => widen16(v[i]),
            Cells::U32(v) => v[i],
        }
    }
}

impl Column {
    fn build(values: usize, rows: usize, row_offsets: Vec<u32>, row_values: Vec<u32>) -> Self {
        let mut sizes = vec![0u32; values + 1];
        let mut each = |v: u32| {
            if v != NO_VALUE {
                sizes[v as usize + 1] += 1;
            }
        };
        row_values.iter().for_each(|&v| each(v));
        for v in 0..values {
            sizes[v + 1] += sizes[v];
        }
        let posting_offsets = sizes.clone();
        let mut fill = sizes;
        let mut postings = vec![0u32; row_values.iter().filter(|&&v| v != NO_VALUE).count()];
        for r in 0..rows {
            let mut put = |v: u32| {
                if v != NO_VALUE {
                    postings[fill[v as usize] as usize] = r as u32;
                    fill[v as usize] += 1;
                }
            };
            if row_offsets.is_empty() {
                put(row_values[r]);
            } else {
                for &v in &row_values[row_offsets[r] as usize..row_offsets[r + 1] as usize] {
                    put(v);
                }
            }
        }
        Column { values, row_offsets, row_values: Cells::new(row_values, values), posting_offsets, postings }
    }

    fn rows_of(&self, value: u32) -> &[u32] {
        let v = value as usize;
        if v >= self.values {
            return &[];
        }
        &self.postings[self.posting_offsets[v] as usize..self.posting_offsets[v + 1] as usize]
    }

    /// The counts over every row: the postings' lengths.
    fn all_counts(&self, counts: &mut [u32], touched: &mut Vec<u32>) {
        for (v, (c, w)) in counts.iter_mut().zip(self.posting_offsets.windows(2)).enumerate() {
            *c = w[1] - w[0];
            if *c > 0 {
                touched.push(v as u32);
            }
        }
    }

    #[inline]
    fn count_row(&self, row: usize, counts: &mut [u32], touched: &mut Vec<u32>) {
        if self.row_offsets.is_empty() {
            count_value(self.row_values.get(row), counts, touched);
        } else {
            let (a, b) = (self.row_offsets[row] as usize, self.row_offsets[row + 1] as usize);
            for k in a..b {
                count_value(self.row_values.get(k), counts, touched);
            }
        }
    }
}

/// Counts one value (none for [`NO_VALUE`]), noting the values counted for the first time.
#[inline]
fn count_value(v: u32, counts: &mut [u32], touched: &mut Vec<u32>) {
    if v != NO_VALUE {
        let c = &mut counts[v as usize];
        if *c == 0 {
            touched.push(v);
        }
        *c += 1;
    }
}

/// The single-valued facets again, row by row: one fixed-width record per row. Counting the rows
/// of a small result reads them scattered; a record brings every facet's value of a row in one
/// cache line, where the columns would need one line per facet.
#[derive(Debug, Clone, Default)]
struct Records {
    stride: usize,
    /// Per facet: where its value sits in a record, and its width in bytes (0: not in records).
    fields: Vec<(usize, usize)>,
    bytes: Vec<u8>,
}

impl Records {
    fn build(columns: &[Column], rows: usize) -> Self {
        let mut fields = Vec::with_capacity(columns.len());
        let mut stride = 0;
        for c in columns {
            let width = match (&c.row_values, c.row_offsets.is_empty()) {
                (_, false) => 0,
                (Cells::U8(_), true) => 1,
                (Cells::U16(_), true) => 2,
                (Cells::U32(_), true) => 4,
            };
            fields.push((stride, width));
            stride += width;
        }
        let mut bytes = vec![0u8; stride * rows];
        for (c, &(offset, width)) in columns.iter().zip(&fields) {
            if width == 0 {
                continue;
            }
            for row in 0..rows {
                let at = row * stride + offset;
                match &c.row_values {
                    Cells::U8(v) => bytes[at] = v[row],
                    Cells::U16(v) => bytes[at..at + 2].copy_from_slice(&v[row].to_le_bytes()),
                    Cells::U32(v) => bytes[at..at + 4].copy_from_slice(&v[row].to_le_bytes()),
                }
            }
        }
        Records { stride, fields, bytes }
    }

    /// Row `row`'s value in facet `f` ([`NO_VALUE`] for none), if `f` is single-valued.
    #[inline]
    fn get(&self, row: usize, f: usize) -> Option<u32> {
        let (offset, width) = self.fields[f];
        let at = row * self.stride + offset;
        match width {
            1 => Some(widen8(self.bytes[at])),
            2 => Some(widen16(u16::from_le_bytes([self.bytes[at], self.bytes[at + 1]]))),
            4 => Some(u32::from_le_bytes(self.bytes[at..at + 4].try_into().expect("four bytes"))),
            _ => None,
        }
    }
}

/// Selected values of one facet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Selection {
    /// The facet's number.
    pub facet: usize,
    /// Selected value numbers.
    pub values: Vec<u32>,
}

/// The result of a query.
#[derive(Debug, Clone, Default)]
pub struct EngineResult {
    /// The matching rows.
    pub rows: Bitset,
    /// How many rows match.
    pub total: usize,
    /// For each facet, the count of each value under the other facets' selections.
    pub counts: Vec<Vec<u32>>,
    /// For each facet, the values with a count (in no order): reading and resetting the counts
    /// costs what was counted, not the number of values.
    pub touched: Vec<Vec<u32>>,
}

/// A facet engine over a fixed set of rows.
#[derive(Debug)]
pub struct Engine {
    len: usize,
    columns: Vec<Column>,
    records: Records,
    /// Buffers reused between queries (a lock nobody waits on: a query that finds it taken works
    /// on fresh buffers).
    scratch: Mutex<Scratch>,
}

/// Per facet: the bitset of the rows a multi-valued facet's selection allows, and which values a
/// selection wants.
#[derive(Debug, Default)]
struct Scratch {
    allowed: Vec<Bitset>,
    wanted: Vec<Vec<bool>>,
}

impl Clone for Engine {
    fn clone(&self) -> Self {
        Engine {
            len: self.len,
            columns: self.columns.clone(),
            records: self.records.clone(),
            scratch: Mutex::new(Scratch::default()),
        }
    }
}

impl Engine {
    fn new(len: usize, columns: Vec<Column>) -> Self {
        let records = Records::build(&columns, len);
        Engine { len, columns, records, scratch: Mutex::new(Scratch::default()) }
    }

    /// An engine over `rows` rows whose facets are single-valued columns: `columns[f][r]` is row
    /// `r`'s value in facet `f` ([`NO_VALUE`] for none), `values[f]` the number of values of `f`.
    pub fn from_columns(rows: usize, values: &[usize], columns: Vec<Vec<u32>>) -> Self {
        let columns = columns
            .into_iter()
            .zip(values)
            .map(|(col, &n)| {
                assert_eq!(col.len(), rows, "every column has a value per row");
                Column::build(n, rows, Vec::new(), col)
            })
            .collect();
        Engine::new(rows, columns)
    }

    /// An engine whose facets may have several values per row: `rows[r][f]` lists row `r`'s values
    /// in facet `f`.
    pub fn from_rows(values: &[usize], rows: &[Vec<Vec<u32>>]) -> Self {
        let columns = (0..values.len())
            .map(|f| {
                let mut offsets = Vec::with_capacity(rows.len() + 1);
                let mut flat = Vec::new();
                offsets.push(0);
                for row in rows {
                    if let Some(vs) = row.get(f) {
                        let start = flat.len();
                        flat.extend(vs.iter().copied().filter(|&v| (v as usize) < values[f]));
                        flat[start..].sort_unstable();
                        let mut kept = start;
                        for k in start..flat.len() {
                            if k == start || flat[k] != flat[kept - 1] {
                                flat[kept] = flat[k];
                                kept += 1;
                            }
                        }
                        flat.truncate(kept);
                    }
                    offsets.push(flat.len() as u32);
                }
                Column::build(values[f], rows.len(), offsets, flat)
            })
            .collect();
        Engine::new(rows.len(), columns)
    }

    /// The number of rows.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether there are no rows.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The number of facets.
    pub fn facets(&self) -> usize {
        self.columns.len()
    }

    /// The number of values of facet `f`.
    pub fn values(&self, facet: usize) -> usize {
        self.columns[facet].values
    }

    /// The rows that have a value of facet `facet`.
    pub fn rows_of(&self, facet: usize, value: u32) -> &[u32] {
        self.columns[facet].rows_of(value)
    }

    /// Runs a query into `out`, reusing its buffers. Selections of unknown facets or with no known
    /// value select nothing and are skipped. `base`, when given, restricts the rows (text search).
    pub fn query_into(&self, selections: &[Selection], base: Option<&Bitset>, out: &mut EngineResult) {
        let n = self.columns.len();
        let mut fresh = Scratch::default();
        let mut guard = self.scratch.try_lock().ok();
        let Scratch { allowed: scratch, wanted } = match guard.as_deref_mut() {
            Some(buffers) => buffers,
            None => &mut fresh,
        };
        scratch.resize_with(n, || Bitset::empty(self.len));
        wanted.resize_with(n, Vec::new);
        let single = |f: usize| self.columns[f].row_offsets.is_empty();
        // Per selected facet, its wanted values; a multi-valued facet also gets the bitset of its
        // rows (a single-valued one is checked by reading its column: nothing to build).
        let mut selected = vec![false; n];
        for s in selections {
            if s.facet >= n || !s.values.iter().any(|&v| (v as usize) < self.columns[s.facet].values) {
                continue;
            }
            let f = s.facet;
            if !selected[f] {
                selected[f] = true;
                wanted[f].clear();
                wanted[f].resize(self.columns[f].values, false);
                if !single(f) {
                    scratch[f].clear(self.len);
                }
            }
            for &v in s.values.iter().filter(|&&v| (v as usize) < self.columns[f].values) {
                wanted[f][v as usize] = true;
                if !single(f) {
                    for &row in self.columns[f].rows_of(v) {
                        scratch[f].insert(row as usize);
                    }
                }
            }
        }
        let chosen: Vec<usize> = (0..n).filter(|&f| selected[f]).collect();
        let allows = |g: usize, row: usize| {
            if single(g) {
                let v = self.columns[g].row_values.get(row);
                v != NO_VALUE && wanted[g][v as usize]
            } else {
                scratch[g].contains(row)
            }
        };
        // The result: base AND every selected facet, driven by the selected facet with the fewest
        // rows when its postings are disjoint (single-valued), else by whole bitsets.
        let size = |f: usize| -> usize {
            selections
                .iter()
                .filter(|s| s.facet == f)
                .flat_map(|s| s.values.iter())
                .map(|&v| self.columns[f].rows_of(v).len())
                .sum()
        };
        let driver = |among: &[usize]| among.iter().copied().filter(|&f| single(f)).min_by_key(|&f| size(f));
        match driver(&chosen) {
            Some(d) => {
                out.rows.clear(self.len);
                let others: Vec<usize> = chosen.iter().copied().filter(|&g| g != d).collect();
                for v in Self::selected_values(selections, d) {
                    for &row in self.columns[d].rows_of(v) {
                        let row = row as usize;
                        if others.iter().all(|&g| allows(g, row)) && base.is_none_or(|b| b.contains(row)) {
                            out.rows.insert(row);
                        }
                    }
                }
            }
            None => {
                match base {
                    Some(b) => out.rows.copy_from(b),
                    None => out.rows.fill(self.len),
                }
                for &f in &chosen {
                    out.rows.and_with(&scratch[f]);
                }
            }
        }
        out.total = out.rows.count();
        // Reset only the counts the last query set.
        out.counts.resize_with(n, Vec::new);
        out.touched.resize_with(n, Vec::new);
        for f in 0..n {
            let (counts, touched) = (&mut out.counts[f], &mut out.touched[f]);
            if counts.len() != self.columns[f].values {
                counts.clear();
                counts.resize(self.columns[f].values, 0);
            } else {
                for &v in touched.iter() {
                    counts[v as usize] = 0;
                }
            }
            touched.clear();
        }
        let unfiltered = base.is_none() && chosen.is_empty();
        // Unselected facets: with no filter at all, the counts are the postings' lengths; else
        // one pass over the result.
        let unselected: Vec<usize> = (0..n).filter(|&f| !selected[f]).collect();
        if unfiltered {
            for &f in &unselected {
                self.columns[f].all_counts(&mut out.counts[f], &mut out.touched[f]);
            }
        } else if !unselected.is_empty() {
            for row in out.rows.iter() {
                for &f in &unselected {
                    match self.records.get(row, f) {
                        Some(v) => count_value(v, &mut out.counts[f], &mut out.touched[f]),
                        None => self.columns[f].count_row(row, &mut out.counts[f], &mut out.touched[f]),
                    }
                }
            }
        }
        // Each selected facet: the rows the other facets allow, driven like the result.
        let mut mask = Bitset::empty(0);
        for &f in &chosen {
            let others: Vec<usize> = chosen.iter().copied().filter(|&g| g != f).collect();
            let (counts, touched) = (&mut out.counts[f], &mut out.touched[f]);
            if others.is_empty() && base.is_none() {
                self.columns[f].all_counts(counts, touched);
                continue;
            }
            match driver(&others) {
                Some(d) => {
                    let rest: Vec<usize> = others.iter().copied().filter(|&g| g != d).collect();
                    for v in Self::selected_values(selections, d) {
                        for &row in self.columns[d].rows_of(v) {
                            let row = row as usize;
                            if rest.iter().all(|&g| allows(g, row)) && base.is_none_or(|b| b.contains(row)) {
                                self.columns[f].count_row(row, counts, touched);
                            }
                        }
                    }
                }
                None => {
                    match base {
                        Some(b) => mask.copy_from(b),
                        None => mask.fill(self.len),
                    }
                    for &g in &others {
                        mask.and_with(&scratch[g]);
                    }
                    for row in mask.iter() {
                        self.columns[f].count_row(row, counts, touched);
                    }
                }
            }
        }
    }

    /// The known selected values of facet `f`, without repeats.
    fn selected_values(selections: &[Selection], f: usize) -> Vec<u32> {
        let mut values: Vec<u32> =
            selections.iter().filter(|s| s.facet == f).flat_map(|s| s.values.iter().copied()).collect();
        values.sort_unstable();
        values.dedup();
        values
    }

    /// Runs a query.
    pub fn query(&self, selections: &[Selection], base: Option<&Bitset>) -> EngineResult {
        let mut out = EngineResult::default();
        self.query_into(selections, base, &mut out);
        out
    }
}

/// A word index for text search at scale: rows whose text has a word starting with the term.
#[derive(Debug, Clone, Default)]
pub struct WordIndex {
    /// Words in order, each with the range of its rows in `postings`.
    words: Vec<(Box<str>, u32, u32)>,
    postings: Vec<u32>,
    len: usize,
}

impl WordIndex {
    /// Indexes the texts of rows (lowercased words of letters and digits). Linear in the text:
    /// words are numbered as met, rows gathered per word by a counting sort.
    pub fn build<'a>(texts: impl IntoIterator<Item = &'a str>) -> Self {
        let mut numbers: rustc_hash::FxHashMap<String, u32> = rustc_hash::FxHashMap::default();
        let mut found: Vec<String> = Vec::new();
        let mut pairs: Vec<(u32, u32)> = Vec::new();
        let mut len = 0;
        let mut lowered = String::new();
        for (row, text) in texts.into_iter().enumerate() {
            len = row + 1;
            for word in text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
                let key: &str = if word.chars().any(char::is_uppercase) {
                    lowered.clear();
                    lowered.extend(word.chars().flat_map(char::to_lowercase));
                    &lowered
                } else {
                    word
                };
                let id = match numbers.get(key) {
                    Some(&id) => id,
                    None => {
                        let id = found.len() as u32;
                        numbers.insert(key.to_string(), id);
                        found.push(key.to_string());
                        id
                    }
                };
                pairs.push((id, row as u32));
            }
        }
        // Rows per word, ascending (pairs arrive in row order), without repeats.
        let mut starts = vec![0u32; found.len() + 1];
        for &(w, _) in &pairs {
            starts[w as usize + 1] += 1;
        }
        for w in 0..found.len() {
            starts[w + 1] += starts[w];
        }
        let mut fill = starts.clone();
        let mut by_word = vec![0u32; pairs.len()];
        for &(w, row) in &pairs {
            by_word[fill[w as usize] as usize] = row;
            fill[w as usize] += 1;
        }
        let mut order: Vec<u32> = (0..found.len() as u32).collect();
        order.sort_unstable_by(|&a, &b| found[a as usize].cmp(&found[b as usize]));
        let mut words = Vec::with_capacity(found.len());
        let mut postings = Vec::with_capacity(pairs.len());
        for w in order {
            let rows = &by_word[starts[w as usize] as usize..starts[w as usize + 1] as usize];
            let at = postings.len() as u32;
            for (i, &row) in rows.iter().enumerate() {
                if i == 0 || rows[i - 1] != row {
                    postings.push(row);
                }
            }
            words.push((std::mem::take(&mut found[w as usize]).into_boxed_str(), at, postings.len() as u32));
        }
        WordIndex { words, postings, len }
    }

    /// Rows with a word that starts with every word of `term` (case-insensitive).
    pub fn matches(&self, term: &str) -> Bitset {
        let mut result = Bitset::empty(0);
        result.fill(self.len);
        let mut one = Bitset::empty(self.len);
        for word in term.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
            let word = word.to_lowercase();
            let first = self.words.partition_point(|(w, _, _)| **w < *word);
            one.clear(self.len);
            for (w, a, b) in &self.words[first..] {
                if !w.starts_with(word.as_str()) {
                    break;
                }
                for &row in &self.postings[*a as usize..*b as usize] {
                    one.insert(row as usize);
                }
            }
            result.and_with(&one);
        }
        result
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters_and_counts_disjunctively() {
        // 6 rows; facet 0 (3 values), facet 1 (2 values).
        let e = Engine::from_columns(6, &[3, 2], vec![vec![0, 1, 2, 0, 1, 2], vec![0, 0, 0, 1, 1, NO_VALUE]]);
        let r = e.query(
            &[Selection { facet: 0, values: vec![0, 1] }, Selection { facet: 1, values: vec![1] }],
            None,
        );
        assert_eq!(r.rows.iter().collect::<Vec<_>>(), [3, 4]);
        assert_eq!(r.counts[0], [1, 1, 0], "facet 0 counts under facet 1's selection only");
        assert_eq!(r.counts[1], [2, 2], "facet 1 counts under facet 0's selection only");
    }

    #[test]
    fn multi_valued_rows_and_reuse() {
        let e = Engine::from_rows(&[2], &[vec![vec![0, 1]], vec![vec![1]], vec![vec![]]]);
        let mut out = EngineResult::default();
        e.query_into(&[], None, &mut out);
        assert_eq!((out.total, out.counts[0].clone()), (3, vec![1, 2]));
        e.query_into(&[Selection { facet: 0, values: vec![0] }], None, &mut out);
        assert_eq!((out.total, out.counts[0].clone()), (1, vec![1, 2]));
        e.query_into(&[Selection { facet: 0, values: vec![99] }], None, &mut out);
        assert_eq!(out.total, 3, "an unknown value selects nothing and is skipped");
    }

    /// The engine against the definition, on seeded random rows, selections and bases.
    #[test]
    fn agrees_with_brute_force() {
        let mut seed = 12345u64;
        let mut next = move |n: u32| {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            ((seed >> 33) % u64::from(n)) as u32
        };
        for round in 0..60 {
            let rows = 1 + next(300) as usize;
            let sizes = [1 + next(5) as usize, 1 + next(9) as usize, 1 + next(3) as usize];
            // Facet 2 is multi-valued when the round is odd.
            let data: Vec<Vec<Vec<u32>>> = (0..rows)
                .map(|_| {
                    sizes
                        .iter()
                        .enumerate()
                        .map(|(f, &n)| {
                            let k = if f == 2 && round % 2 == 1 { next(3) } else { 1 };
                            (0..k).map(|_| next(n as u32)).collect()
                        })
                        .collect()
                })
                .collect();
            let engine = Engine::from_rows(&sizes, &data);
            let mut selections: Vec<Selection> = Vec::new();
            for (f, &size) in sizes.iter().enumerate() {
                if next(2) == 0 {
                    let k = 1 + next(2);
                    let values = (0..k).map(|_| next(size as u32)).collect();
                    selections.push(Selection { facet: f, values });
                }
            }
            let base = (next(3) == 0).then(|| {
                let mut b = Bitset::empty(rows);
                (0..rows).filter(|_| next(2) == 0).for_each(|r| b.insert(r));
                b
            });
            let got = engine.query(&selections, base.as_ref());
            let allowed = |r: usize, f: usize| {
                selections
                    .iter()
                    .filter(|s| s.facet == f)
                    .all(|s| s.values.iter().any(|v| data[r][f].contains(v)))
            };
            let in_base = |r: usize| base.as_ref().is_none_or(|b| b.contains(r));
            let expect: Vec<usize> =
                (0..rows).filter(|&r| in_base(r) && (0..3).all(|f| allowed(r, f))).collect();
            assert_eq!(got.rows.iter().collect::<Vec<_>>(), expect, "round {round}");
            for f in 0..3 {
                let mut counts = vec![0u32; sizes[f]];
                for r in
                    (0..rows).filter(|&r| in_base(r) && (0..3).filter(|&g| g != f).all(|g| allowed(r, g)))
                {
                    let mut vs = data[r][f].clone();
                    vs.sort_unstable();
                    vs.dedup();
                    for v in vs {
                        counts[v as usize] += 1;
                    }
                }
                assert_eq!(got.counts[f], counts, "round {round}, facet {f}");
            }
        }
    }

    #[test]
    fn cells_are_narrow_and_keep_every_value() {
        for (count, width) in [(254, 1), (255, 2), (65_534, 2), (65_535, 4)] {
            let values = vec![0, count as u32 - 1, NO_VALUE, 7];
            let cells = Cells::new(values.clone(), count);
            let got_width = match &cells {
                Cells::U8(_) => 1,
                Cells::U16(_) => 2,
                Cells::U32(_) => 4,
            };
            assert_eq!(got_width, width, "{count} values");
            assert_eq!((0..values.len()).map(|i| cells.get(i)).collect::<Vec<_>>(), values);
        }
    }

    #[test]
    fn words_match_by_prefix() {
        let w = WordIndex::build(["Alpha beta", "gamma", "Betamax alpha"]);
        assert_eq!(w.matches("beta").iter().collect::<Vec<_>>(), [0, 2]);
        assert_eq!(w.matches("ALPHA bet").iter().collect::<Vec<_>>(), [0, 2]);
        assert_eq!(w.matches("delta").count(), 0);
    }
}
