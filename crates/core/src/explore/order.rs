//! One stable sort for every list the explorer orders. The std sort is generic over the element
//! and the comparison, so each call site is a new copy of it in the page's wasm (about 4.5 KB
//! each); here every list is sorted as row numbers with a comparison behind a reference: one copy.

use std::cmp::Ordering;

/// Sorts row numbers stably by `compare`.
pub(crate) fn sort_rows(rows: &mut [u32], compare: &dyn Fn(u32, u32) -> Ordering) {
    rows.sort_by(|&a, &b| compare(a, b));
}

/// `items` sorted stably by `compare`.
pub(crate) fn sorted_by<T>(items: Vec<T>, compare: impl Fn(&T, &T) -> Ordering) -> Vec<T> {
    let mut rows: Vec<u32> = (0..items.len() as u32).collect();
    sort_rows(&mut rows, &|a, b| compare(&items[a as usize], &items[b as usize]));
    let mut slots: Vec<Option<T>> = items.into_iter().map(Some).collect();
    rows.iter().filter_map(|&r| slots[r as usize].take()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably_like_the_std_sort() {
        let items: Vec<(u8, usize)> = [3u8, 1, 2, 1, 3, 0, 2, 1].iter().copied().zip(0..).collect();
        let mut expected = items.clone();
        expected.sort_by_key(|&(k, _)| k);
        assert_eq!(sorted_by(items, |a, b| a.0.cmp(&b.0)), expected);
        let mut rows = vec![4, 0, 3, 1, 2];
        sort_rows(&mut rows, &|a, b| (a % 2).cmp(&(b % 2)));
        assert_eq!(rows, [4, 0, 2, 3, 1]);
        assert!(sorted_by(Vec::<u8>::new(), u8::cmp).is_empty());
    }
}
