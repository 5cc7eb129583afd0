//! A happening told in a subordinate clause by its verb is one of its own: "rescued three boaters
//! after their boat sank" tells a rescue and a sinking ("after discussions", a noun, stays the
//! circumstance of the clause's event).

use std::ops::Range;

use super::super::text::Segmented;
use super::triggers::trigger;

/// `clause` cut before its first subordinator ("after", "when") that is followed by a verb trigger
/// of another type than every trigger before it (and preceded by one); else whole.
pub(super) fn split(seg: &Segmented<'_>, clause: Range<usize>) -> Vec<Range<usize>> {
    let type_at = |k: usize| {
        let next = if k + 1 < clause.end { seg.tok(k + 1) } else { "" };
        trigger(seg.word(k), next)
    };
    let cut = (clause.start + 1..clause.end).find(|&i| {
        if !matches!(seg.low(i), "after" | "when") {
            return false;
        }
        let before: Vec<&str> = (clause.start..i).filter_map(type_at).map(|t| t.event_type).collect();
        let mut after = (i + 1..clause.end).filter_map(type_at);
        !before.is_empty() && after.any(|t| t.verb && !before.contains(&t.event_type))
    });
    match cut {
        Some(i) => vec![clause.start..i, i..clause.end],
        None => vec![clause],
    }
}

#[cfg(test)]
mod tests {
    use super::super::events_in;

    fn types(text: &str) -> Vec<&'static str> {
        events_in(text).iter().map(|e| e.event_type).collect()
    }

    #[test]
    fn a_happening_after_another_is_its_own() {
        assert_eq!(
            types("Crews rescued two fishers on Monday after their boat sank near Glen Ora."),
            ["rescue", "disaster"]
        );
    }

    #[test]
    fn a_happening_named_by_a_noun_stays_the_circumstance() {
        assert_eq!(types("Crews rescued two fishers on Monday after a storm near Glen Ora."), ["rescue"]);
    }
}
