//! Sayings framed by a happening told before: "…, the minister said during the broadcast", "…,
//! X said at the ceremony", "In his arrival speech, X said …". The phrase points back to a
//! happening the article has told ("announced Tuesday during a live broadcast", "A change of
//! command ceremony took place on Wednesday", "arrived in Manila on Friday"), and the saying,
//! undated itself, was made then: it takes that happening's day.

use rustc_hash::FxHashMap as HashMap;

use super::super::doc::Doc;
use super::cluster::{lend_day, EventCluster};

/// Prepositions that set a saying inside a happening.
const FRAMING: &[&str] = &["at", "during"];

/// Words after a framing preposition that point back to something told.
const POINTING: &[&str] = &["the", "his", "her", "their", "its", "this", "that"];

/// Whether two words name one happening: the same word, or the same stem of five letters or more
/// ("arrival", "arrived").
fn same_stem(a: &str, b: &str) -> bool {
    let stem = |w: &str| w.get(..5).map(str::to_string);
    a.len() >= 5 && b.len() >= 5 && (a == b || stem(a).is_some() && stem(a) == stem(b))
}

/// The lowercase words (at most two) after a pointing word that follows token `k` ("at *the
/// ceremony*", "welcomed *the vote*"), within the clause ending at token `end`; none when token
/// `k + 1` points at nothing.
pub(super) fn pointed_words(doc: &Doc<'_>, k: usize, end: usize) -> Vec<String> {
    let seg = &doc.seg;
    if !POINTING.contains(&seg.low(k + 1)) {
        return Vec::new();
    }
    let phrase = (k + 2..(k + 4).min(end)).take_while(|&j| {
        let w = seg.tok(j);
        w.chars().all(|c| c.is_alphabetic() || c == '-') && w.chars().next().is_some_and(char::is_lowercase)
    });
    phrase.map(|j| seg.low(j).to_string()).collect()
}

/// The cluster of each (article, event mention) member.
pub(super) fn cluster_of_members(clusters: &[EventCluster]) -> HashMap<(usize, usize), usize> {
    let mut cluster_of = HashMap::default();
    for (index, cluster) in clusters.iter().enumerate() {
        for &member in &cluster.members {
            cluster_of.insert(member, index);
        }
    }
    cluster_of
}

/// For each token of `doc`, whether it stands inside quotation marks (curly or straight).
pub(super) fn quoted_tokens(doc: &Doc<'_>) -> Vec<bool> {
    let mut inside = false;
    (0..doc.seg.tokens.len())
        .map(|k| {
            match doc.seg.tok(k) {
                "“" => inside = true,
                "”" => inside = false,
                "\"" => inside = !inside,
                _ => {}
            }
            inside
        })
        .collect()
}

/// The words of the framing phrases of event mention `event` of `doc` ("at the ceremony" gives
/// "ceremony"; "in his arrival speech" gives "arrival", "speech"), outside quotations (`quoted`, by
/// token: a speaker's "during this exercise" frames what is said, not the saying).
fn framing_words(doc: &Doc<'_>, event: usize, quoted: &[bool]) -> Vec<String> {
    let tokens = doc.events[event].tokens.clone();
    let seg = &doc.seg;
    let mut words = Vec::new();
    for k in tokens.clone() {
        if k + 2 >= tokens.end {
            break;
        }
        if quoted[k] {
            continue;
        }
        let in_possessive = seg.low(k) == "in" && matches!(seg.low(k + 1), "his" | "her" | "their");
        if !(FRAMING.contains(&seg.low(k)) || in_possessive) {
            continue;
        }
        words.extend(pointed_words(doc, k, tokens.end));
    }
    words
}

/// How many event mentions before a saying, and how many sentences back, a framing phrase may
/// point to.
const LOOK_BACK_EVENTS: usize = 12;
const LOOK_BACK_SENTENCES: usize = 6;

/// The cluster and day of the latest happening told shortly before event mention `event` of
/// article `doc`, in an earlier sentence, whose clause names one of `words`, when it is dated to
/// one day.
fn framing_day(
    docs: &[Doc<'_>],
    clusters: &[EventCluster],
    cluster_of: &HashMap<(usize, usize), usize>,
    (doc, event): (usize, usize),
    words: &[String],
) -> Option<(usize, i64)> {
    let d = &docs[doc];
    let sentence = d.events[event].sentence;
    let earlier = (0..event).rev().take(LOOK_BACK_EVENTS);
    earlier
        .filter(|&e| {
            d.events[e].sentence < sentence && d.events[e].sentence + LOOK_BACK_SENTENCES >= sentence
        })
        .find_map(|e| {
            let names = d.events[e].tokens.clone().any(|k| words.iter().any(|w| same_stem(d.seg.low(k), w)));
            let index = *cluster_of.get(&(doc, e))?;
            let days = clusters[index].days.filter(|days| days.first == days.last)?;
            names.then_some((index, days.first))
        })
}

/// Dates every undated saying framed by a happening told before it in its article ("said at the
/// ceremony") with that happening's day.
pub(super) fn apply_framed_sayings(docs: &[Doc<'_>], clusters: &mut [EventCluster]) {
    let cluster_of = cluster_of_members(clusters);
    let quoted: Vec<Vec<bool>> = docs.iter().map(quoted_tokens).collect();
    let mut found = Vec::new();
    for (index, cluster) in clusters.iter().enumerate() {
        if cluster.days.is_some() || cluster.event_type != "statement" {
            continue;
        }
        let framed = cluster.members.iter().find_map(|&(doc, event)| {
            let words = framing_words(&docs[doc], event, &quoted[doc]);
            (!words.is_empty())
                .then(|| framing_day(docs, clusters, &cluster_of, (doc, event), &words))
                .flatten()
        });
        if let Some((source, day)) = framed {
            found.push((index, source, day));
        }
    }
    for (index, source, day) in found {
        lend_day(docs, clusters, index, source, day, "at");
    }
}
