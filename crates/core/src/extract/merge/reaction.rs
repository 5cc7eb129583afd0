//! Reactions: "Somalia’s government welcomed the vote", "the minister condemned the attack". A
//! saying that answers a happening the article has told was made after it and before the article
//! was written: when that happening is of the article's publication day, so is the reaction.

use super::super::dates::Days;
use super::super::doc::Doc;
use super::cluster::EventCluster;
use super::pointing::{date_pointing_sayings, pointed_words, LookBack};

/// Verbs of a saying that answers a happening named as their object.
const REACTING: &[&str] = &[
    "welcomed",
    "condemned",
    "praised",
    "hailed",
    "criticized",
    "criticised",
    "denounced",
    "applauded",
    "lauded",
    "mourned",
    "deplored",
];

/// The words naming what event mention `event` of `doc` reacts to ("welcomed the vote" gives
/// "vote", "welcomed home the troops" gives "return"), outside quotations (`quoted`, by token).
fn reaction_words(doc: &Doc<'_>, event: usize, quoted: &[bool]) -> Vec<String> {
    let tokens = doc.events[event].tokens.clone();
    let seg = &doc.seg;
    let mut words = Vec::new();
    let reacting = |k: &usize| !quoted[*k] && REACTING.contains(&seg.low(*k));
    for k in (tokens.start..tokens.end.saturating_sub(2)).filter(reacting) {
        // "welcomed home the troops", "welcomed back the crew": they answer the troops' return.
        if matches!(seg.low(k + 1), "home" | "back") {
            words.push("return".to_string());
            continue;
        }
        words.extend(pointed_words(doc, k, tokens.end));
    }
    words
}

/// A reaction answers a happening among the 40 event mentions before it, in any earlier sentence,
/// named by the same word or one beginning the other.
const LOOK_BACK: LookBack = LookBack { events: 40, sentences: usize::MAX, names };

/// Whether a word of a clause names what `word` names: the same word, or one begins the other
/// and is four letters or more ("vote", "voted").
fn names(clause_word: &str, word: &str) -> bool {
    let (short, long) =
        if clause_word.len() <= word.len() { (clause_word, word) } else { (word, clause_word) };
    short.len() >= 4 && long.starts_with(short)
}

/// Dates every undated saying that reacts to a happening told before it in its article, dated to
/// the article's publication day, with that day.
pub(super) fn apply_reactions(docs: &[Doc<'_>], clusters: &mut [EventCluster]) {
    let published =
        |doc: usize| docs[doc].published.filter(|date| date.day.is_some()).map(|d| Days::of(d).first);
    let on_publication_day = |doc: usize, day: i64| published(doc) == Some(day);
    date_pointing_sayings(docs, clusters, (&LOOK_BACK, "in reaction to"), reaction_words, on_publication_day);
}
