//! Bitsets of the dense values: a value held by at least a [`SHARE`]th of the rows keeps its rows
//! as a bitset too (one bit per row: at most twice the bytes of its postings), so a query combines dense
//! selections a machine word (64 rows) at a time instead of row by row.
//!
//! None below [`MIN_ROWS`] rows (walking rows is cheap there), nor without the `count-profiles`
//! feature (the page's build). A facet has at most `SHARE`
//! dense values if single-valued; a multi-valued facet's are capped at `2 × SHARE`, densest kept.

use super::bitset::Bitset;
use super::columns::Column;
use super::profiles::MIN_ROWS;

/// A value is dense with at least `len / SHARE` rows.
pub(super) const SHARE: usize = 64;

/// "No bitset" in a slot.
const NONE: u32 = u32::MAX;

/// The dense values' bitsets of an engine's facets.
#[derive(Debug, Clone, Default)]
pub(super) struct DenseSets {
    /// Per facet, per value: its bitset's place in `sets`, or `NONE` (empty when the facet has none).
    slot: Vec<Vec<u32>>,
    sets: Vec<Bitset>,
}

impl DenseSets {
    /// The bitsets of the dense values of `columns` over `len` rows.
    pub(super) fn build(columns: &[Column], len: usize) -> Self {
        let mut dense = DenseSets { slot: vec![Vec::new(); columns.len()], sets: Vec::new() };
        // The page builds without count profiles (see Cargo.toml): without these bitsets too, large
        // selections are gathered row by row there (same answers).
        if len < MIN_ROWS || !cfg!(feature = "count-profiles") {
            return dense;
        }
        for (f, column) in columns.iter().enumerate() {
            let mut values: Vec<u32> =
                (0..column.values() as u32).filter(|&v| column.rows_of(v).len() * SHARE >= len).collect();
            values.sort_by_key(|&v| std::cmp::Reverse(column.rows_of(v).len()));
            values.truncate(2 * SHARE);
            if values.is_empty() {
                continue;
            }
            dense.slot[f] = vec![NONE; column.values()];
            for v in values {
                let mut set = Bitset::empty(len);
                column.rows_of(v).iter().for_each(|&row| set.insert(row as usize));
                dense.slot[f][v as usize] = dense.sets.len() as u32;
                dense.sets.push(set);
            }
        }
        dense
    }

    /// Value `v` of facet `f`'s rows as a bitset, if it is dense.
    pub(super) fn get(&self, f: usize, v: u32) -> Option<&Bitset> {
        if !cfg!(feature = "count-profiles") {
            return None;
        }
        let &at = self.slot.get(f)?.get(v as usize)?;
        self.sets.get(at as usize)
    }
}
