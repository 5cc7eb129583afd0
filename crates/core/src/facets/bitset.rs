//! Sets of row numbers, one bit per row: what a query's filters produce and combine.

/// A set of row numbers, one bit each.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Bitset {
    words: Vec<u64>,
}

impl Bitset {
    /// An empty set for `len` rows.
    pub(crate) fn empty(len: usize) -> Self {
        Self { words: vec![0; len.div_ceil(64)] }
    }

    /// The set of all `len` rows.
    pub(crate) fn full(len: usize) -> Self {
        let mut b = Self::default();
        b.fill(len);
        b
    }

    /// Empties the set and sizes it for `len` rows, reusing its memory.
    pub(crate) fn clear(&mut self, len: usize) {
        self.words.clear();
        self.words.resize(len.div_ceil(64), 0);
    }

    /// Makes this the set of all `len` rows, reusing its memory.
    pub(crate) fn fill(&mut self, len: usize) {
        self.words.clear();
        self.words.resize(len.div_ceil(64), u64::MAX);
        if !len.is_multiple_of(64) {
            if let Some(last) = self.words.last_mut() {
                *last = (1u64 << (len % 64)) - 1;
            }
        }
    }

    /// Makes this a copy of `other`, reusing its memory.
    pub(crate) fn copy_from(&mut self, other: &Bitset) {
        self.words.clear();
        self.words.extend_from_slice(&other.words);
    }

    /// Adds a row.
    #[inline]
    pub(crate) fn insert(&mut self, row: usize) {
        self.words[row / 64] |= 1 << (row % 64);
    }

    /// Whether a row is in the set.
    pub(crate) fn contains(&self, row: usize) -> bool {
        self.words.get(row / 64).is_some_and(|w| w & (1 << (row % 64)) != 0)
    }

    /// Keeps only rows also in `other`.
    pub(crate) fn and_with(&mut self, other: &Bitset) {
        for (a, b) in self.words.iter_mut().zip(&other.words) {
            *a &= b;
        }
    }

    /// Adds the rows of `other` (of the same length).
    pub(crate) fn or_with(&mut self, other: &Bitset) {
        for (a, b) in self.words.iter_mut().zip(&other.words) {
            *a |= b;
        }
    }

    /// Makes this the rows of `a` that are not in `b` (both of the same length), reusing its
    /// memory; returns how many there are.
    pub(crate) fn difference_of(&mut self, a: &Bitset, b: &Bitset) -> usize {
        self.words.clear();
        self.words.extend(a.words.iter().zip(&b.words).map(|(x, y)| x & !y));
        self.count()
    }

    /// The number of rows in the set.
    pub(crate) fn count(&self) -> usize {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bitsets_iterate_in_order() {
        let mut b = Bitset::empty(130);
        for r in [129, 0, 64, 63] {
            b.insert(r);
        }
        assert_eq!(b.iter().collect::<Vec<_>>(), [0, 63, 64, 129]);
        assert_eq!(Bitset::full(130).count(), 130);
        assert_eq!(Bitset::full(128).count(), 128);
        assert_eq!(Bitset::full(0).count(), 0);
    }
}
