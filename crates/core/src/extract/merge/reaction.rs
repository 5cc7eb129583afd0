//! Reactions: "Somalia’s government welcomed the vote", "the minister condemned the attack". A
//! saying that answers a happening the article has told was made after it and before the article
//! was written: when that happening is of the article's publication day, so is the reaction.

use rustc_hash::FxHashMap as HashMap;

use super::super::dates::Days;
use super::super::doc::Doc;
use super::cluster::{lend_day, EventCluster};
use super::framed::{cluster_of_members, pointed_words, quoted_tokens};

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

/// How many event mentions before a reaction may tell the happening it answers.
const LOOK_BACK_EVENTS: usize = 40;

/// Whether a word of a clause names what `word` names: the same word, or one begins the other
/// and is four letters or more ("vote", "voted").
fn names(clause_word: &str, word: &str) -> bool {
    let (short, long) =
        if clause_word.len() <= word.len() { (clause_word, word) } else { (word, clause_word) };
    short.len() >= 4 && long.starts_with(short)
}

/// The cluster and day of the latest happening told before event mention `event` of article
/// `doc`, in an earlier sentence, whose clause names one of `words`, when it is dated to one day.
fn answered_day(
    docs: &[Doc<'_>],
    clusters: &[EventCluster],
    cluster_of: &HashMap<(usize, usize), usize>,
    (doc, event): (usize, usize),
    words: &[String],
) -> Option<(usize, i64)> {
    let d = &docs[doc];
    let sentence = d.events[event].sentence;
    (0..event).rev().take(LOOK_BACK_EVENTS).filter(|&e| d.events[e].sentence < sentence).find_map(|e| {
        let named = d.events[e].tokens.clone().any(|k| words.iter().any(|w| names(d.seg.low(k), w)));
        let index = *cluster_of.get(&(doc, e))?;
        let days = clusters[index].days.filter(|days| days.first == days.last)?;
        named.then_some((index, days.first))
    })
}

/// Dates every undated saying that reacts to a happening told before it in its article, dated to
/// the article's publication day, with that day.
pub(super) fn apply_reactions(docs: &[Doc<'_>], clusters: &mut [EventCluster]) {
    let cluster_of = cluster_of_members(clusters);
    let quoted: Vec<Vec<bool>> = docs.iter().map(quoted_tokens).collect();
    let published =
        |doc: usize| docs[doc].published.filter(|date| date.day.is_some()).map(|d| Days::of(d).first);
    let mut found = Vec::new();
    for (index, cluster) in clusters.iter().enumerate() {
        if cluster.days.is_some() || cluster.event_type != "statement" {
            continue;
        }
        let reacting = cluster.members.iter().find_map(|&(doc, event)| {
            let words = reaction_words(&docs[doc], event, &quoted[doc]);
            let (source, day) = (!words.is_empty())
                .then(|| answered_day(docs, clusters, &cluster_of, (doc, event), &words))
                .flatten()?;
            (published(doc) == Some(day)).then_some((source, day))
        });
        if let Some((source, day)) = reacting {
            found.push((index, source, day));
        }
    }
    for (index, source, day) in found {
        lend_day(docs, clusters, index, source, day, "in reaction to");
    }
}
