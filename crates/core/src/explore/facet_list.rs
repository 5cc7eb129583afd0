//! Which of a facet's values the filters show: the most frequent first, then "Show N more";
//! a selected value is always shown.

use crate::facets::{Facet, ValueCount};

/// How many values a facet shows before "Show N more".
pub(crate) const FIRST_VALUES: usize = 6;

/// A facet's values as the filters show them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacetList {
    /// The values shown, most frequent first (ties keep the facet's own order).
    pub shown: Vec<ValueCount>,
    /// How many values "Show N more" would add (0: there is no such button).
    pub more: usize,
}

/// The element id of a facet value's checkbox (`f-kind-official`): ASCII letters and digits kept,
/// lowercased, anything else a hyphen. The prerendered view's boxes carry it after `pre-`, which is
/// how the page hands a box ticked there to the app.
pub fn value_id(facet: Facet, value: &str) -> String {
    let slug: String =
        value.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '-' }).collect();
    format!("f-{}-{slug}", facet.key())
}

/// The values of a facet to show: all of them when `expanded` or when at most two would be
/// hidden (a button costs a row too), else the [`FIRST_VALUES`] most frequent and every
/// selected one.
pub fn facet_list(values: &[ValueCount], expanded: bool) -> FacetList {
    let sorted = by_count(values);
    if expanded || values.len() <= FIRST_VALUES + 2 {
        return FacetList { shown: sorted.into_iter().cloned().collect(), more: 0 };
    }
    let shown: Vec<ValueCount> = sorted
        .iter()
        .enumerate()
        .filter(|(i, v)| *i < FIRST_VALUES || v.selected)
        .map(|(_, v)| (*v).clone())
        .collect();
    let more = values.len() - shown.len();
    FacetList { shown, more }
}

/// The values, most frequent first, ties in their order (an insertion sort: facets hold few
/// values, and the page's download stays smaller than with another instance of the std sort).
fn by_count(values: &[ValueCount]) -> Vec<&ValueCount> {
    let mut sorted: Vec<&ValueCount> = Vec::with_capacity(values.len());
    for v in values {
        let at = sorted.partition_point(|s| s.count >= v.count);
        sorted.insert(at, v);
    }
    sorted
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_value_id_is_safe_in_an_id_and_names_its_facet() {
        assert_eq!(value_id(Facet::Kind, "official"), "f-kind-official");
        assert_eq!(value_id(Facet::Country, "Côte d'Ivoire"), "f-country-c-te-d-ivoire");
        assert!(value_id(Facet::Affiliation, "<b> \"x\"")
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-'));
    }

    fn values(counts: &[usize]) -> Vec<ValueCount> {
        counts
            .iter()
            .enumerate()
            .map(|(i, &count)| ValueCount { value: format!("v{i}"), count, selected: false })
            .collect()
    }

    fn names(list: &FacetList) -> Vec<&str> {
        list.shown.iter().map(|v| v.value.as_str()).collect()
    }

    #[test]
    fn a_short_facet_shows_everything_by_count() {
        let list = facet_list(&values(&[1, 5, 3, 5, 2, 1, 1, 9]), false);
        assert_eq!(names(&list), ["v7", "v1", "v3", "v2", "v4", "v0", "v5", "v6"]);
        assert_eq!(list.more, 0);
    }

    #[test]
    fn a_long_facet_shows_the_most_frequent_and_counts_the_rest() {
        let list = facet_list(&values(&[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), false);
        assert_eq!(names(&list), ["v9", "v8", "v7", "v6", "v5", "v4"]);
        assert_eq!(list.more, 4);
        let all = facet_list(&values(&[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), true);
        assert_eq!((all.shown.len(), all.more), (10, 0));
    }

    #[test]
    fn a_selected_value_stays_visible() {
        let mut v = values(&[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
        v[0].selected = true;
        let list = facet_list(&v, false);
        assert_eq!(names(&list), ["v9", "v8", "v7", "v6", "v5", "v4", "v0"]);
        assert_eq!(list.more, 3);
    }
}
