//! What a movement carries: aircraft or troops leaving "carrying disaster relief supplies", or
//! "personnel and relief supplies" leaving for a stricken country, deliver relief. The movement is
//! then the relief itself, not a deployment or a departure; troops sent "to support relief
//! efforts" are still a deployment (relief is only their purpose there).

use std::ops::Range;

use super::super::text::Segmented;

/// Goods that a movement carries.
const GOODS: &[&str] = &["supplies", "aid", "goods", "cargo"];

/// Words that make goods relief goods ("relief supplies", "humanitarian aid").
const RELIEF_KINDS: &[&str] = &["humanitarian", "emergency", "medical", "food"];

/// Whether `clause` names relief goods that move: a relief word or kind right before goods
/// ("relief supplies", "humanitarian aid", "emergency supplies").
pub(super) fn carries_relief(seg: &Segmented<'_>, clause: Range<usize>) -> bool {
    (clause.start + 1..clause.end).any(|k| {
        let before = seg.low(k - 1);
        GOODS.contains(&seg.low(k))
            && (RELIEF_KINDS.contains(&before) || seg.word(k - 1).event_type() == Some("relief"))
    })
}

#[cfg(test)]
mod tests {
    use super::super::types_in;

    #[test]
    fn a_movement_carrying_relief_goods_is_relief() {
        assert_eq!(
            types_in("A transport aircraft departed Northport on May 2 carrying disaster relief supplies."),
            ["relief"]
        );
        assert_eq!(
            types_in("The army deployed 300 soldiers to Eastvale on May 2 to support flood relief efforts."),
            ["deployment"]
        );
    }
}
