//! Participles that describe forces rather than tell a happening: "deployed soldiers", "our
//! deployed", "spent the holiday with members of three units deployed overseas". The forces are
//! in a state the article takes for granted; the clause's own happening, if any, is another.

use std::ops::Range;

use super::super::lexicon::Role;
use super::super::text::{Segmented, TokenKind};

/// The most tokens of a noun phrase read back from the forces a participle follows.
const PHRASE_REACH: usize = 8;

/// Whether the verb trigger at `i`, a participle in "-ed", describes forces in an undated clause:
/// after a determiner or a preposition ("with deployed soldiers", "our deployed"), or right after
/// forces that are the object of a preposition ("with members of three units deployed overseas").
/// `named` tells whether a token belongs to an entity mention.
pub(super) fn describes_forces(
    seg: &Segmented<'_>,
    clause: Range<usize>,
    i: usize,
    named: impl Fn(usize) -> bool,
) -> bool {
    if !seg.low(i).ends_with("ed") {
        return false;
    }
    let forces = |k: usize| seg.word(k).is(Role::Force) || named(k);
    // "with deployed soldiers", "our deployed": an adjective after a determiner or a preposition
    // ("has deployed soldiers" is the verb).
    let determined = i > clause.start && (determiner(seg.low(i - 1)) || preposition(seg.low(i - 1)));
    let alone = i + 1 >= clause.end || seg.tokens[i + 1].kind != TokenKind::Word;
    if determined && (alone || seg.word(i + 1).is(Role::Force)) {
        return true;
    }
    if i == clause.start || !forces(i - 1) {
        return false;
    }
    // Read back over the noun phrase the forces end: names, numbers, capitalized words.
    let in_phrase = |k: usize| {
        forces(k)
            || seg.tokens[k].kind != TokenKind::Word
            || seg.tok(k).starts_with(char::is_uppercase)
            || seg.word(k).number().is_some()
    };
    let opener = (clause.start..i - 1).rev().take(PHRASE_REACH).find(|&k| !in_phrase(k));
    // "another group of soldiers deployed to …" is the group's deployment: after "of", the phrase
    // before it ("members of …") must itself follow a preposition ("with members of …").
    opener.is_some_and(|k| {
        preposition(seg.low(k))
            && (seg.low(k) != "of"
                || (clause.start..k).rev().take(3).any(|j| seg.low(j) != "of" && preposition(seg.low(j))))
    })
}

/// Whether a word is a determiner a participle may follow as an adjective ("our deployed").
fn determiner(word: &str) -> bool {
    matches!(word, "our" | "their" | "the" | "its" | "his" | "her" | "all")
}

/// Whether a word is a preposition whose object forces are ("with members of … units").
fn preposition(word: &str) -> bool {
    matches!(word, "of" | "with" | "to" | "for" | "among" | "from" | "by")
}

#[cfg(test)]
mod tests {
    use super::super::types_in;

    #[test]
    fn a_participle_describing_forces_tells_no_deployment() {
        assert!(types_in(
            "The mayor spent the holiday with members of two Norland Army units deployed overseas."
        )
        .is_empty());
        assert!(types_in("The mayor shared a meal with deployed soldiers from the 9th Brigade.").is_empty());
        assert_eq!(types_in("Two Norland Army units deployed overseas in May."), ["deployment"]);
        assert_eq!(types_in("The units were deployed in support of the mission."), ["deployment"]);
        assert_eq!(types_in("Later another group of soldiers deployed to Qatar."), ["deployment"]);
        assert_eq!(types_in("The government has also deployed soldiers in the north."), ["deployment"]);
    }
}
