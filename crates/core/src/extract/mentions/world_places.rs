//! Names no rule could read that are towns or first-level divisions of the world ("… arrived in
//! Townsville", "… chief minister of Uttarakhand"): places.

use super::super::lexicon::{gazetteer, Head};
use super::finder::Finder;

/// The most words of a place's name read here ("Santa Rosa de Copán" is left to the rules).
const MAX_WORDS: usize = 3;

impl Finder<'_, '_> {
    /// An unclassified name of one to three words, not opening its sentence, that the lists of the
    /// world's towns and divisions hold (`lexicon/towns.txt`, `divisions.txt`) is a place. Read last, after every rule that reads
    /// a name by its context (people, speakers, repeats, lists), so that it names only what
    /// nothing else could: "Darwin" after "Charles Darwin" is still the person. A name before a
    /// lowercase place noun names that feature, not the town ("the Karna river").
    pub(super) fn places_of_the_world(&mut self) {
        for chunk in std::mem::take(&mut self.unclassified) {
            let end = chunk.tokens.end;
            let feature = end < self.seg.tokens.len()
                && !self.is_cap(end)
                && self.seg.word(end).head() == Some(Head::Place);
            let known = chunk.tokens.len() <= MAX_WORDS
                && !chunk.sentence_initial
                && !feature
                && !chunk.tokens.clone().any(|k| self.taken[k])
                && gazetteer().world_place(self.seg.slice(chunk.tokens.clone())).is_some();
            if known {
                self.push_place(chunk.sentence, chunk.tokens);
            } else {
                self.unclassified.push(chunk);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{found, kinds_and_names};
    use crate::model::EntityKind;

    #[test]
    fn a_town_no_rule_read_is_a_place() {
        let f = found("Sailors based at Murmansk joined the drill, and Bahawalpur sent two teams.");
        let names = kinds_and_names(&f);
        assert!(names.contains(&(EntityKind::Place, "Murmansk")), "{f:?}");
        assert!(names.contains(&(EntityKind::Place, "Bahawalpur")), "{f:?}");
    }

    #[test]
    fn a_division_no_rule_read_is_a_place() {
        let f = found("The convoy reached Uttarakhand late, and Telangana sent two teams.");
        let names = kinds_and_names(&f);
        assert!(names.contains(&(EntityKind::Place, "Uttarakhand")), "{f:?}");
        assert!(names.contains(&(EntityKind::Place, "Telangana")), "{f:?}");
    }

    #[test]
    fn a_town_name_before_a_feature_or_opening_a_sentence_is_left_alone() {
        let f = found("Boats searched the Murmansk river. Sialkot is far away.");
        assert!(!kinds_and_names(&f).contains(&(EntityKind::Place, "Murmansk")), "{f:?}");
        assert!(!kinds_and_names(&f).contains(&(EntityKind::Place, "Sialkot")), "{f:?}");
    }

    #[test]
    fn a_person_named_before_keeps_a_surname_that_is_also_a_town() {
        let f = found("Capt. Ana Bahawalpur led the team. Later, Bahawalpur thanked the crews.");
        assert!(!kinds_and_names(&f).contains(&(EntityKind::Place, "Bahawalpur")), "{f:?}");
    }
}
