//! Count profiles: for a value `u` of a single-valued facet `g`, the counts of another facet's
//! values over `u`'s rows, computed once when the engine is built. A facet counted under one
//! facet's selection alone is then a sum of a few profiles, not a walk over the selection's rows:
//! what makes a dense value (a kind held by 60 % of the rows) as cheap to select as a rare one.
//!
//! Which profiles exist: none below [`PROFILE_ROWS`] rows (a walk is cheap there); every value of a
//! facet of at most [`SMALL`] values, towards facets of at most [`SMALL`] values; and the dense
//! values (at least a sixteenth of the rows) towards every facet; all within [`BUDGET_PER_ROW`]
//! counts per row, dense values first, then the smallest tables.

use super::columns::Column;

/// From this many rows the engine combines large selections as bitsets a word at a time and keeps
/// dense values' bitsets (`dense.rs`).
pub(super) const MIN_ROWS: usize = 16_384;
/// Below this many rows the engine keeps no profiles: a walk over a selection of at most a thousand
/// rows costs about what summing profiles does. From here they pay: at 10,000 rows a year's profile
/// towards 60 countries is 60 additions where the year's rows were 333 row visits.
pub(super) const PROFILE_ROWS: usize = 1024;
/// A facet with at most this many values gets profiles of every value, towards such facets.
const SMALL: usize = 1024;
/// The profiles hold at most this many counts per row of the engine (memory: 4 bytes each).
const BUDGET_PER_ROW: usize = 4;
/// "No profile" in a slot.
const NONE: u32 = u32::MAX;

/// Facet `g`'s profiles towards facet `f`.
#[derive(Debug, Clone, Default)]
struct Table {
    /// Per value of `g`: its profile's place in `counts` (in units of `f`'s value count), or `NONE`.
    slot: Vec<u32>,
    /// Profiles one after another, each `f`'s value count long.
    counts: Vec<u32>,
}

/// Every profile of an engine (see the module).
#[derive(Debug, Clone, Default)]
pub(super) struct Profiles {
    /// `tables[g * facets + f]`: `g`'s profiles towards `f` (empty when none).
    tables: Vec<Table>,
    facets: usize,
}

impl Profiles {
    /// The profiles of the engine over `columns` and `len` rows.
    pub(super) fn build(columns: &[Column], len: usize) -> Self {
        if !cfg!(feature = "count-profiles") {
            return Profiles::default();
        }
        let facets = columns.len();
        let mut profiles = Profiles { tables: vec![Table::default(); facets * facets], facets };
        if len < PROFILE_ROWS {
            return profiles;
        }
        let mut budget = len * BUDGET_PER_ROW;
        let dense = |c: &Column, u: u32| c.rows_of(u).len() * 16 >= len;
        let pairs = || {
            (0..facets)
                .flat_map(move |g| (0..facets).map(move |f| (g, f)))
                .filter(|&(g, f)| g != f && columns[g].is_single())
        };
        // Dense values first, towards every facet; then every value of small facets.
        for (g, f) in pairs() {
            let wanted: Vec<u32> =
                (0..columns[g].values() as u32).filter(|&u| dense(&columns[g], u)).collect();
            profiles.add(columns, (g, f), &wanted, &mut budget);
        }
        // Smallest tables first: where the budget cannot hold them all (a few thousand rows), it
        // holds the many cheap ones (a year towards countries) rather than a few large ones.
        let mut small: Vec<(usize, usize)> =
            pairs().filter(|&(g, f)| columns[g].values() <= SMALL && columns[f].values() <= SMALL).collect();
        small.sort_by_key(|&(g, f)| columns[g].values() * columns[f].values());
        for (g, f) in small {
            let wanted: Vec<u32> = (0..columns[g].values() as u32).collect();
            profiles.add(columns, (g, f), &wanted, &mut budget);
        }
        profiles
    }

    /// Adds the profiles of `wanted` values of `g` towards `f` that it lacks, if the budget allows.
    fn add(&mut self, columns: &[Column], (g, f): (usize, usize), wanted: &[u32], budget: &mut usize) {
        let table = &mut self.tables[g * self.facets + f];
        let width = columns[f].values();
        let missing: Vec<u32> = wanted
            .iter()
            .copied()
            .filter(|&u| table.slot.get(u as usize).is_none_or(|&s| s == NONE))
            .collect();
        if missing.is_empty() || missing.len() * width > *budget {
            return;
        }
        *budget -= missing.len() * width;
        table.slot.resize(columns[g].values(), NONE);
        for u in missing {
            let at = table.counts.len();
            table.slot[u as usize] = (at / width.max(1)) as u32;
            table.counts.resize(at + width, 0);
            for &row in columns[g].rows_of(u) {
                columns[f].add_row(row as usize, &mut table.counts[at..at + width]);
            }
        }
    }

    /// Facet `f`'s counts over the rows having one of `values` of facet `g` (their postings are
    /// disjoint), into zeroed `counts`, noting the counted values in `touched`; false (nothing
    /// written) when a profile is missing.
    pub(super) fn sum(
        &self,
        (g, f): (usize, usize),
        values: &[u32],
        counts: &mut [u32],
        touched: &mut Vec<u32>,
    ) -> bool {
        let Some(table) = self.tables.get(g * self.facets + f) else { return false };
        let width = counts.len();
        let slots: Option<Vec<usize>> = values
            .iter()
            .map(|&u| table.slot.get(u as usize).filter(|&&s| s != NONE).map(|&s| s as usize * width))
            .collect();
        let Some(slots) = slots else { return false };
        for &at in &slots {
            for (c, &p) in counts.iter_mut().zip(&table.counts[at..at + width]) {
                *c += p;
            }
        }
        touched.extend((0..width as u32).filter(|&v| counts[v as usize] > 0));
        true
    }
}
