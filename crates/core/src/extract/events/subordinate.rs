//! A happening told in a subordinate clause by its verb is one of its own: "rescued three boaters
//! after their boat sank" tells a rescue and a sinking ("after discussions", a noun, stays the
//! circumstance of the clause's event).

use std::ops::Range;

use super::super::text::Segmented;
use super::triggers::{trigger, Trigger};

/// `clause` cut before its first subordinator ("after", "when") that is followed by a verb trigger
/// of another type than every trigger before it (and preceded by one); else whole.
///
/// One pass each way over the clause, with the types as bit sets: linear in the clause's length
/// however many subordinators it holds.
pub(super) fn split(seg: &Segmented<'_>, clause: Range<usize>) -> Vec<Range<usize>> {
    let triggers: Vec<Option<Trigger>> = clause
        .clone()
        .map(|k| {
            let next = if k + 1 < clause.end { seg.tok(k + 1) } else { "" };
            trigger(seg.word(k), next)
        })
        .collect();
    // Each type met gets a bit of its own (there are fewer than 64).
    let mut seen: Vec<&str> = Vec::new();
    let mut bit = |event_type: &'static str| {
        let at = seen.iter().position(|&t| t == event_type).unwrap_or_else(|| {
            seen.push(event_type);
            seen.len() - 1
        });
        1u64 << at.min(63)
    };
    let bits: Vec<(u64, bool)> =
        triggers.iter().map(|t| t.map_or((0, false), |t| (bit(t.event_type), t.verb))).collect();
    // `verbs_from[j]`: the types of the verb triggers at clause positions j and later.
    let mut verbs_from = vec![0u64; bits.len() + 1];
    for j in (0..bits.len()).rev() {
        verbs_from[j] = verbs_from[j + 1] | if bits[j].1 { bits[j].0 } else { 0 };
    }
    let mut before = 0u64;
    for (j, i) in clause.clone().enumerate() {
        let subordinator = j > 0 && matches!(seg.low(i), "after" | "when");
        if subordinator && before != 0 && verbs_from[j + 1] & !before != 0 {
            return vec![clause.start..i, i..clause.end];
        }
        before |= bits[j].0;
    }
    vec![clause]
}

#[cfg(test)]
mod tests {
    use super::super::types_in;

    #[test]
    fn a_happening_after_another_is_its_own() {
        assert_eq!(
            types_in("Crews rescued two fishers on Monday after their boat sank near Glen Ora."),
            ["rescue", "disaster"]
        );
    }

    #[test]
    fn a_happening_named_by_a_noun_stays_the_circumstance() {
        assert_eq!(types_in("Crews rescued two fishers on Monday after a storm near Glen Ora."), ["rescue"]);
    }
}
