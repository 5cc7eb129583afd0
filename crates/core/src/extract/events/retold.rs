//! Events told again: a later clause of an article that names a happening of the same type as one
//! it told before, with no date and nobody new ("Families were able to watch the ceremony", "The
//! crews arrived and were able to rescue the boaters"), is that happening told again, not another.

use std::ops::Range;

use crate::model::EntityKind;

use super::super::dates::Tense;
use super::super::lexicon::Role;
use super::super::mentions::Mention;
use super::super::text::{Segmented, TokenKind};

/// An event mention as this rule sees it.
pub(super) struct Told<'a> {
    /// Its type.
    pub event_type: &'static str,
    /// Index of its sentence.
    pub sentence: usize,
    /// Whether it is told as past or future.
    pub tense: Tense,
    /// Whether its clause dates it.
    pub dated: bool,
    /// Whether it already continues another event.
    pub continues: bool,
    /// Its clause.
    pub tokens: Range<usize>,
    /// Indexes (into the article's mentions) of its participants.
    pub participants: &'a [usize],
}

/// Every event mention that tells an earlier one of its article again, with the one it tells:
/// (later, earlier).
///
/// A mention tells the event before it again when it is undated, not a saying, not already a
/// continuation, of the type of the latest earlier event of its article, told in the same direction
/// of time (not one coming and one past), and it names no unit, official or organization that the
/// earlier one does not, nor a word that sets it apart ("another group left", "a new rotation").
/// Sayings are left alone: two sayings are two events unless a speaker ties them. A mention that
/// names the happening with "the" ("watch the ceremony", "killed in the attack") and nobody new
/// tells it again however it is told and whatever other words its clause has ("were also …"). A
/// relative clause ("…, which voted against it") telling a happening of the type its sentence just
/// told is part of it.
pub(super) fn retellings(
    seg: &Segmented<'_>,
    mentions: &[Mention],
    told: &[Told<'_>],
) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    for (later, event) in told.iter().enumerate().skip(1) {
        if event.continues || event.dated || event.event_type == "statement" {
            continue;
        }
        let Some(earlier) = (0..later).rev().find(|&k| told[k].event_type == event.event_type) else {
            continue;
        };
        if told[earlier].sentence == event.sentence {
            // "… was able to pass the legislation without the opposition, which voted against it":
            // a relative clause telling a happening of the type just told is part of it.
            if matches!(seg.low(event.tokens.start), "which" | "who") {
                found.push((later, earlier));
            }
            continue;
        }
        if names_someone_new(mentions, &told[earlier], event) {
            continue;
        }
        let plain = !(opposite_tenses(told[earlier].tense, event.tense)
            || event.tokens.clone().any(|k| sets_apart(seg.low(k))));
        // "Members of the public were asked to watch the ceremony" (after "will be held"), "those
        // killed in the attack were also …": a happening named with "the" points back.
        if plain || names_it_definitely(seg, event) {
            found.push((later, earlier));
        }
    }
    found
}

/// The most words between "the" and the event noun it names ("the 10-day exercise").
const DEFINITE_REACH: usize = 3;

/// Whether a mention's clause names a happening of its own type with "the" ("the crash", "view the
/// ceremony", "in the attack"), with no word that sets it apart between them ("the second attack").
fn names_it_definitely(seg: &Segmented<'_>, event: &Told<'_>) -> bool {
    let clause = event.tokens.clone();
    clause.clone().any(|k| {
        let noun = !seg.word(k).is(Role::Verb) || k > clause.start && seg.low(k - 1) == "the";
        noun && seg.word(k).event_type() == Some(event.event_type)
            && (k.saturating_sub(DEFINITE_REACH).max(clause.start)..k)
                .rev()
                .take_while(|&j| seg.tokens[j].kind == TokenKind::Word && !sets_apart(seg.low(j)))
                .any(|j| seg.low(j) == "the")
    })
}

/// Whether one mention is told as coming and the other as past.
fn opposite_tenses(a: Tense, b: Tense) -> bool {
    matches!((a, b), (Tense::Past, Tense::Future) | (Tense::Future, Tense::Past))
}

/// Whether `later` names a unit, official or organization (by name) that `earlier` does not.
fn names_someone_new(mentions: &[Mention], earlier: &Told<'_>, later: &Told<'_>) -> bool {
    let known: Vec<&str> = earlier.participants.iter().map(|&k| mentions[k].name.as_str()).collect();
    later
        .participants
        .iter()
        .any(|&k| mentions[k].kind != EntityKind::Place && !known.contains(&mentions[k].name.as_str()))
}

/// Whether a word sets a happening apart from one told before ("another", "a new", "also").
fn sets_apart(word: &str) -> bool {
    matches!(word, "another" | "other" | "new" | "next" | "second" | "further" | "also")
}

#[cfg(test)]
mod tests {
    use super::super::continuations_in;

    #[test]
    fn a_happening_told_again_continues_the_first_telling() {
        let found = continuations_in(
            "The soldiers gathered for a send-off ceremony at Camp Hill on Sunday. \
             Families were able to watch the ceremony online. \
             Helicopter crews rescued two hikers on Monday. \
             The crews arrived and were able to rescue both of them.",
        );
        assert_eq!(found, [("ceremony", None), ("ceremony", Some(0)), ("rescue", None), ("rescue", Some(2))]);
    }

    #[test]
    fn a_happening_named_with_the_is_told_again_however_it_is_told() {
        let found = continuations_in(
            "The send-off ceremony will be held at Camp Hill on Sunday. \
             Members of the public were asked to watch the ceremony online. \
             Helicopter crews rescued two hikers near Glen Ora on Monday. \
             Reports said the hikers saved in the rescue were also taken to a hospital.",
        );
        assert_eq!(found, [("ceremony", None), ("ceremony", Some(0)), ("rescue", None), ("rescue", Some(2))]);
    }

    #[test]
    fn a_relative_clause_telling_the_same_kind_of_happening_is_part_of_it() {
        let found = continuations_in(
            "The council appointed Ann Ruiz as its chief on Monday, which paved the way for her to be \
             sworn in as the new chief.",
        );
        assert_eq!(found, [("appointment", None), ("appointment", Some(0))], "{found:?}");
    }

    #[test]
    fn another_happening_or_someone_new_is_no_retelling() {
        let found = continuations_in(
            "The 1st Battalion deployed to Kuwait in May. \
             Hours later another group of soldiers deployed to Qatar. \
             The 2nd Battalion also deployed.",
        );
        assert_eq!(found, [("deployment", None), ("deployment", None), ("deployment", None)], "{found:?}");
    }
}
