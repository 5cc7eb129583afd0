//! The facet engine: value postings to filter, value columns to count, bitsets in between.
//!
//! Rows have, for each facet, zero or more values (numbered per facet). A query selects values in
//! some facets: rows must have one of the selected values of every such facet (OR within a facet,
//! AND across facets), and may be restricted further by a base set (a text search). Counts for a
//! facet ignore that facet's own selection (disjunctive counts). Buffers are reused between queries.
//!
//! Every set a query needs (the result, and per selected facet the rows the other selections
//! allow) is reached the cheapest way: from a small way in (a selection or the base with at most
//! `len / SMALL_SHARE` rows: its postings or rows walked, the other facets checked row by row, a
//! single-valued facet by its column, a multi-valued one by its selection's bitset), or else by
//! ANDing bitsets a word (64 rows) at a time: the base, a multi-valued facet's selection, and a
//! large single-valued selection's rows (its dense values' bitsets ORed, `dense.rs`, the rest
//! added row by row). Counting walks the set once for all its facets, reading row-major records
//! (one cache line per row); but when the set lies within a single-valued selection with count
//! profiles (`profiles.rs`) and leaves out fewer rows than it holds, a facet's counts are the
//! profiles' sum less the rows left out: a dense value with a common word costs the rows without
//! the word. A facet counted under one single-valued selection alone is a sum of profiles.

use std::sync::Mutex;

use super::bitset::Bitset;
use super::columns::{count_value, Column, Records, NO_VALUE};
use super::dense::DenseSets;
use super::profiles::{Profiles, MIN_ROWS};

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

/// A selection (or base) with at most `len / SMALL_SHARE` rows drives a walk over its rows;
/// when every selection is larger, their bitsets are combined a word at a time.
const SMALL_SHARE: usize = 256;

/// A facet engine over a fixed set of rows.
#[derive(Debug)]
pub struct Engine {
    len: usize,
    columns: Vec<Column>,
    records: Records,
    profiles: Profiles,
    dense: DenseSets,
    /// Buffers reused between queries (a lock nobody waits on: a query that finds it taken works
    /// on fresh buffers).
    scratch: Mutex<Scratch>,
}

/// Per facet: the bitset of the rows a selection allows (built for multi-valued facets and for
/// large single-valued selections), which values a selection wants; and two bitsets to work in.
#[derive(Debug, Default)]
struct Scratch {
    allowed: Vec<Bitset>,
    has_bits: Vec<bool>,
    wanted: Vec<Vec<bool>>,
    mask: Bitset,
    rest: Bitset,
}

impl Clone for Engine {
    fn clone(&self) -> Self {
        Engine {
            len: self.len,
            columns: self.columns.clone(),
            records: self.records.clone(),
            profiles: self.profiles.clone(),
            dense: self.dense.clone(),
            scratch: Mutex::new(Scratch::default()),
        }
    }
}

impl Engine {
    fn new(len: usize, columns: Vec<Column>) -> Self {
        let records = Records::build(&columns, len);
        let profiles = Profiles::build(&columns, len);
        let dense = DenseSets::build(&columns, len);
        Engine { len, columns, records, profiles, dense, scratch: Mutex::new(Scratch::default()) }
    }

    /// An engine over `rows` rows whose facets are single-valued columns: `columns[f][r]` is row
    /// `r`'s value in facet `f` (`u32::MAX` for none), `values[f]` the number of values of `f`.
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
    /// in facet `f` (unknown values are dropped, repeats counted once).
    #[cfg(test)]
    pub(crate) fn from_rows(values: &[usize], rows: &[Vec<Vec<u32>>]) -> Self {
        let columns = (0..values.len())
            .map(|f| {
                let mut offsets = vec![0];
                let mut flat = Vec::new();
                for row in rows {
                    flat.extend(row.get(f).into_iter().flatten().copied());
                    offsets.push(flat.len() as u32);
                }
                (offsets, flat)
            })
            .collect();
        Engine::from_flat(values, columns)
    }

    /// An engine whose facets may have several values per row: `columns[f]` is facet `f`'s
    /// `(offsets, values)`, row `r`'s values at `values[offsets[r]..offsets[r + 1]]` (unknown
    /// values are dropped, repeats counted once).
    pub(crate) fn from_flat(values: &[usize], columns: Vec<(Vec<u32>, Vec<u32>)>) -> Self {
        let rows = columns.first().map_or(0, |(offsets, _)| offsets.len().saturating_sub(1));
        let columns = columns
            .into_iter()
            .zip(values)
            .map(|((offsets, cells), &n)| {
                let mut kept_offsets = Vec::with_capacity(offsets.len());
                let mut flat = Vec::with_capacity(cells.len());
                kept_offsets.push(0);
                for w in offsets.windows(2) {
                    let start = flat.len();
                    flat.extend(
                        cells[w[0] as usize..w[1] as usize].iter().copied().filter(|&v| (v as usize) < n),
                    );
                    flat[start..].sort_unstable();
                    let mut kept = start;
                    for k in start..flat.len() {
                        if k == start || flat[k] != flat[kept - 1] {
                            flat[kept] = flat[k];
                            kept += 1;
                        }
                    }
                    flat.truncate(kept);
                    kept_offsets.push(flat.len() as u32);
                }
                Column::build(n, rows, kept_offsets, flat)
            })
            .collect();
        Engine::new(rows, columns)
    }

    /// The number of rows.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether there are no rows.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Runs a query into `out`, reusing its buffers. Selections of unknown facets or with no known
    /// value select nothing and are skipped. `base`, when given, restricts the rows (text search).
    pub fn query_into(&self, selections: &[Selection], base: Option<&Bitset>, out: &mut EngineResult) {
        let mut fresh = Scratch::default();
        let mut guard = self.scratch.try_lock().ok();
        let scratch = match guard.as_deref_mut() {
            Some(buffers) => buffers,
            None => &mut fresh,
        };
        let sizes = self.prepare(selections, scratch);
        let Scratch { allowed, has_bits, wanted, mask, rest } = scratch;
        let query = Query {
            engine: self,
            selections,
            base,
            base_rows: base.map_or(0, Bitset::count),
            allowed,
            has_bits,
            wanted,
            chosen: (0..self.columns.len()).filter(|&f| sizes[f].is_some()).collect(),
            sizes: sizes.iter().map(|s| s.unwrap_or(0)).collect(),
        };
        query.result_rows(&mut out.rows);
        out.total = out.rows.count();
        self.reset_counts(out);
        let unselected: Vec<usize> = (0..self.columns.len()).filter(|&f| sizes[f].is_none()).collect();
        query.count_unselected(&unselected, out, rest);
        query.count_selected(out, mask, rest);
    }

    /// Runs a query.
    pub(crate) fn query(&self, selections: &[Selection], base: Option<&Bitset>) -> EngineResult {
        let mut out = EngineResult::default();
        self.query_into(selections, base, &mut out);
        out
    }

    /// Notes per selected facet its wanted values and, for a multi-valued facet or a large
    /// single-valued selection, the bitset of its rows (dense values' bitsets ORed, other values'
    /// rows added). Returns per facet the number of rows its selection allows (for a multi-valued
    /// facet, an upper bound), `None` for a facet without a selection.
    fn prepare(&self, selections: &[Selection], scratch: &mut Scratch) -> Vec<Option<usize>> {
        let n = self.columns.len();
        let Scratch { allowed, has_bits, wanted, .. } = scratch;
        allowed.resize_with(n, Bitset::default);
        wanted.resize_with(n, Vec::new);
        has_bits.clear();
        has_bits.resize(n, false);
        let mut sizes = vec![None; n];
        for s in selections {
            let Some(column) = self.columns.get(s.facet) else { continue };
            if !s.values.iter().any(|&v| (v as usize) < column.values()) {
                continue;
            }
            let f = s.facet;
            if sizes[f].is_none() {
                wanted[f].clear();
                wanted[f].resize(column.values(), false);
            }
            let mut size = sizes[f].unwrap_or(0);
            for &v in &s.values {
                if (v as usize) < column.values() && !wanted[f][v as usize] {
                    wanted[f][v as usize] = true;
                    size += column.rows_of(v).len();
                }
            }
            sizes[f] = Some(size);
        }
        let large = |size: usize| word_wise(self.len) && size * SMALL_SHARE > self.len;
        for f in 0..n {
            let (Some(size), column) = (sizes[f], &self.columns[f]) else { continue };
            if column.is_single() && !large(size) {
                continue;
            }
            has_bits[f] = true;
            allowed[f].clear(self.len);
            for v in selected_values(selections, f).into_iter().filter(|&v| (v as usize) < column.values()) {
                match self.dense.get(f, v) {
                    Some(set) => allowed[f].or_with(set),
                    None => column.rows_of(v).iter().for_each(|&row| allowed[f].insert(row as usize)),
                }
            }
        }
        sizes
    }

    /// Zeroes the counts the last query set (and sizes them for this engine).
    fn reset_counts(&self, out: &mut EngineResult) {
        let n = self.columns.len();
        out.counts.resize_with(n, Vec::new);
        out.touched.resize_with(n, Vec::new);
        for (column, (counts, touched)) in
            self.columns.iter().zip(out.counts.iter_mut().zip(&mut out.touched))
        {
            if counts.len() != column.values() {
                counts.clear();
                counts.resize(column.values(), 0);
            } else {
                for &v in touched.iter() {
                    counts[v as usize] = 0;
                }
            }
            touched.clear();
        }
    }

    /// Counts row `row`'s values in facet `f`, reading its record when `f` has one.
    #[inline]
    fn count(&self, row: usize, f: usize, counts: &mut [u32], touched: &mut Vec<u32>) {
        match self.records.get(row, f) {
            Some(v) => count_value(v, counts, touched),
            None => self.columns[f].count_row(row, counts, touched),
        }
    }

    /// Takes row `row`'s values in facet `f` off `counts` (they were counted).
    #[inline]
    fn uncount(&self, row: usize, f: usize, counts: &mut [u32]) {
        match self.records.get(row, f) {
            Some(NO_VALUE) => {}
            Some(v) => counts[v as usize] -= 1,
            None => self.columns[f].uncount_row(row, counts),
        }
    }
}

/// One query under way: its selections, prepared, over an engine.
struct Query<'a> {
    engine: &'a Engine,
    selections: &'a [Selection],
    base: Option<&'a Bitset>,
    /// How many rows the base has.
    base_rows: usize,
    /// Per selected facet with `has_bits`, the rows its selection allows.
    allowed: &'a [Bitset],
    has_bits: &'a [bool],
    /// Per selected facet, which values it selects.
    wanted: &'a [Vec<bool>],
    /// The facets with a selection, ascending.
    chosen: Vec<usize>,
    /// Per selected facet, how many rows its selection allows (a bound for a multi-valued one).
    sizes: Vec<usize>,
}

impl<'a> Query<'a> {
    /// Whether facet `g`'s selection allows `row`. Always inlined where the engine runs for speed
    /// (with `count-profiles`): the walks call it per row, and in the wasm API a call per row was a
    /// quarter of a 10,000-row query's time (node CPU profile). The page's build, sized for bytes,
    /// leaves it to the compiler.
    #[cfg_attr(feature = "count-profiles", inline(always))]
    #[cfg_attr(not(feature = "count-profiles"), inline)]
    fn allows(&self, g: usize, row: usize) -> bool {
        let column = &self.engine.columns[g];
        if column.is_single() {
            let v = column.value_at(row);
            v != NO_VALUE && self.wanted[g][v as usize]
        } else {
            self.allowed[g].contains(row)
        }
    }

    /// The walk into the rows that the base and the selections of `among` allow, when one is
    /// small enough to drive it: the single-valued facet among `among` whose selected values have
    /// the fewest rows (its postings are disjoint, so walking them visits each candidate row
    /// once), or the base if it has fewer rows still. `None` when `among` has no single-valued
    /// facet, or when every way in is large: then the bitsets of `among` and the base are ANDed
    /// (every selection of `among` has one then, see `Engine::prepare`).
    fn driver(&self, among: &[usize]) -> Option<Driver<'a>> {
        let (f, rows) = among
            .iter()
            .copied()
            .filter(|&f| self.engine.columns[f].is_single())
            .map(|f| (f, self.sizes[f]))
            .min_by_key(|&(_, rows)| rows)?;
        let (driver, rows) = match self.base {
            Some(base) if self.base_rows < rows => (Driver::Base(base), self.base_rows),
            _ => (Driver::Facet(f), rows),
        };
        let len = self.engine.len;
        (!word_wise(len) || rows * SMALL_SHARE <= len).then_some(driver)
    }

    /// Calls `each` with every row that the base and the selections of `among` allow, walking the
    /// driver's rows.
    #[inline]
    fn drive(&self, driver: Driver<'_>, among: &[usize], mut each: impl FnMut(usize)) {
        match driver {
            Driver::Base(base) => {
                for row in base.iter() {
                    if among.iter().all(|&g| self.allows(g, row)) {
                        each(row);
                    }
                }
            }
            Driver::Facet(d) => {
                let rest: Vec<usize> = among.iter().copied().filter(|&g| g != d).collect();
                for v in selected_values(self.selections, d) {
                    for &row in self.engine.columns[d].rows_of(v) {
                        let row = row as usize;
                        if rest.iter().all(|&g| self.allows(g, row))
                            && self.base.is_none_or(|b| b.contains(row))
                        {
                            each(row);
                        }
                    }
                }
            }
        }
    }

    /// Makes `mask` the rows that the base and the selections of `among` allow, ANDing their
    /// bitsets (each of `among` has one: see `driver`).
    fn mask(&self, among: &[usize], mask: &mut Bitset) {
        match self.base {
            Some(b) => mask.copy_from(b),
            None => mask.fill(self.engine.len),
        }
        for &g in among {
            mask.and_with(&self.allowed[g]);
        }
    }

    /// The result: the base AND every selection.
    fn result_rows(&self, rows: &mut Bitset) {
        match self.driver(&self.chosen) {
            Some(d) => {
                rows.clear(self.engine.len);
                self.drive(d, &self.chosen, |row| rows.insert(row));
            }
            None => self.mask(&self.chosen, rows),
        }
    }

    /// Counts the `unselected` facets over the result: with no filter at all, the postings'
    /// lengths; under one selection alone, summed profiles; else over the result rows (see
    /// `count_over`).
    fn count_unselected(&self, unselected: &[usize], out: &mut EngineResult, rest: &mut Bitset) {
        let EngineResult { rows, total, counts, touched } = out;
        let columns = &self.engine.columns;
        if self.base.is_none() && self.chosen.is_empty() {
            for &f in unselected {
                columns[f].all_counts(&mut counts[f], &mut touched[f]);
            }
            return;
        }
        let walked: Vec<usize> = unselected
            .iter()
            .copied()
            .filter(|&f| !self.by_profiles(&self.chosen, f, &mut counts[f], &mut touched[f]))
            .collect();
        self.count_over(&walked, &self.chosen, (rows, *total), counts, touched, rest);
    }

    /// Counts facets `fs` over `set` (with `size` rows), the rows that the base and the
    /// selections of `among` allow. When a single-valued facet `g` of `among` has count profiles
    /// and its selection's rows outside `set` are fewer than `set`'s, a facet's counts are the
    /// profiles' sum less the counts over those rows (a large result within a dense selection
    /// costs what it leaves out); else one walk over `set` counts every facet.
    fn count_over(
        &self,
        fs: &[usize],
        among: &[usize],
        (set, size): (&Bitset, usize),
        counts: &mut [Vec<u32>],
        touched: &mut [Vec<u32>],
        rest: &mut Bitset,
    ) {
        let columns = &self.engine.columns;
        let within = among
            .iter()
            .copied()
            .filter(|&g| columns[g].is_single() && self.sizes[g] >= size && self.sizes[g] - size < size)
            .min_by_key(|&g| self.sizes[g]);
        let mut walked: Vec<usize> = fs.to_vec();
        if let (Some(g), true) = (within, cfg!(feature = "count-profiles")) {
            let mut values = selected_values(self.selections, g);
            values.retain(|&v| (v as usize) < columns[g].values());
            let profiles = &self.engine.profiles;
            let summed: Vec<usize> = fs
                .iter()
                .copied()
                .filter(|&f| profiles.sum((g, f), &values, &mut counts[f], &mut touched[f]))
                .collect();
            walked.retain(|f| !summed.contains(f));
            let mut uncount = |row: usize| {
                for &f in &summed {
                    self.engine.uncount(row, f, &mut counts[f]);
                }
            };
            if summed.is_empty() {
                // No profile: every facet is walked below.
            } else if self.has_bits[g] {
                rest.difference_of(&self.allowed[g], set);
                rest.iter().for_each(&mut uncount);
            } else {
                let outside = values.iter().flat_map(|&v| columns[g].rows_of(v)).map(|&row| row as usize);
                outside.filter(|&row| !set.contains(row)).for_each(&mut uncount);
            }
            for &f in &summed {
                touched[f].retain(|&v| counts[f][v as usize] > 0);
            }
        }
        if walked.is_empty() {
            return;
        }
        for row in set.iter() {
            for &f in &walked {
                self.engine.count(row, f, &mut counts[f], &mut touched[f]);
            }
        }
    }

    /// Counts facet `f` over the rows that the selections of `among` allow by summing profiles,
    /// when `among` is one single-valued facet, there is no base, and the profiles exist.
    fn by_profiles(&self, among: &[usize], f: usize, counts: &mut [u32], touched: &mut Vec<u32>) -> bool {
        let ([g], None) = (among, self.base) else { return false };
        if !cfg!(feature = "count-profiles") {
            return false;
        }
        let column = &self.engine.columns[*g];
        if !column.is_single() {
            return false;
        }
        let mut values = selected_values(self.selections, *g);
        values.retain(|&v| (v as usize) < column.values());
        self.engine.profiles.sum((*g, f), &values, counts, touched)
    }

    /// Counts each selected facet over the rows the other selections (and the base) allow.
    fn count_selected(&self, out: &mut EngineResult, mask: &mut Bitset, rest: &mut Bitset) {
        for &f in &self.chosen {
            let column = &self.engine.columns[f];
            let others: Vec<usize> = self.chosen.iter().copied().filter(|&g| g != f).collect();
            if others.is_empty() && self.base.is_none() {
                column.all_counts(&mut out.counts[f], &mut out.touched[f]);
                continue;
            }
            if self.by_profiles(&others, f, &mut out.counts[f], &mut out.touched[f]) {
                continue;
            }
            match self.driver(&others) {
                Some(d) => {
                    let (counts, touched) = (&mut out.counts[f], &mut out.touched[f]);
                    self.drive(d, &others, |row| column.count_row(row, counts, touched));
                }
                None => {
                    self.mask(&others, mask);
                    let size = mask.count();
                    self.count_over(&[f], &others, (mask, size), &mut out.counts, &mut out.touched, rest);
                }
            }
        }
    }
}

/// Where a query's walk starts: a single-valued facet's postings or the base's rows.
#[derive(Debug, Clone, Copy)]
enum Driver<'a> {
    Facet(usize),
    Base(&'a Bitset),
}

/// Whether an engine of `len` rows combines large selections as bitsets, a word at a time (see the
/// module): from 16,384 rows, and not in the page's build (without `count-profiles`: the page holds
/// small corpora, and its bytes are budgeted), which walks from the smallest selection as before.
fn word_wise(len: usize) -> bool {
    len >= MIN_ROWS && cfg!(feature = "count-profiles")
}

/// The selected values of facet `f`, without repeats (an unknown value has no rows).
fn selected_values(selections: &[Selection], f: usize) -> Vec<u32> {
    let mut values: Vec<u32> =
        selections.iter().filter(|s| s.facet == f).flat_map(|s| s.values.iter().copied()).collect();
    values.sort_unstable();
    values.dedup();
    values
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
            let (sizes, data) = random_rows(&mut next, round);
            let rows = data.len();
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
            let (expect, counts) = brute_force(&sizes, &data, &selections, base.as_ref());
            assert_eq!(got.rows.iter().collect::<Vec<_>>(), expect, "round {round}");
            assert_eq!(got.counts, counts, "round {round}");
        }
    }

    /// Three facets' sizes and the values of each row: every tenth round is big enough for count
    /// profiles (with a dense value in facet 0); facet 2 is multi-valued when the round is odd.
    fn random_rows(next: &mut impl FnMut(u32) -> u32, round: u32) -> ([usize; 3], Vec<Vec<Vec<u32>>>) {
        let big = round.is_multiple_of(10);
        let rows =
            if big { super::super::profiles::MIN_ROWS + next(3000) as usize } else { 1 + next(300) as usize };
        let sizes = [1 + next(5) as usize, 1 + next(9) as usize, 1 + next(3) as usize];
        let data = (0..rows)
            .map(|_| {
                (0..3)
                    .map(|f| {
                        let k = if f == 2 && round % 2 == 1 { next(3) } else { 1 };
                        (0..k)
                            .map(|_| if big && f == 0 && next(3) > 0 { 0 } else { next(sizes[f] as u32) })
                            .collect()
                    })
                    .collect()
            })
            .collect();
        (sizes, data)
    }

    /// The rows a plain scan finds, and each facet's counts over the rows every other facet allows.
    fn brute_force(
        sizes: &[usize; 3],
        data: &[Vec<Vec<u32>>],
        selections: &[Selection],
        base: Option<&Bitset>,
    ) -> (Vec<usize>, Vec<Vec<u32>>) {
        let allowed = |r: usize, f: usize| {
            selections
                .iter()
                .filter(|s| s.facet == f)
                .all(|s| s.values.iter().any(|v| data[r][f].contains(v)))
        };
        let in_base = |r: usize| base.is_none_or(|b| b.contains(r));
        let rows = 0..data.len();
        let expect = rows.clone().filter(|&r| in_base(r) && (0..3).all(|f| allowed(r, f))).collect();
        let counts = (0..3)
            .map(|f| {
                let mut counts = vec![0u32; sizes[f]];
                for r in
                    rows.clone().filter(|&r| in_base(r) && (0..3).filter(|&g| g != f).all(|g| allowed(r, g)))
                {
                    let mut vs = data[r][f].clone();
                    vs.sort_unstable();
                    vs.dedup();
                    vs.into_iter().for_each(|v| counts[v as usize] += 1);
                }
                counts
            })
            .collect();
        (expect, counts)
    }
}
