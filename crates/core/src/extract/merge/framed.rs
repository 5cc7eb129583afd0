//! Sayings framed by a happening told before: "…, the minister said during the broadcast", "…,
//! X said at the ceremony", "In his arrival speech, X said …". The phrase points back to a
//! happening the article has told ("announced Tuesday during a live broadcast", "A change of
//! command ceremony took place on Wednesday", "arrived in Manila on Friday"), and the saying,
//! undated itself, was made then: it takes that happening's day.

use super::super::doc::Doc;
use super::cluster::EventCluster;
use super::pointing::{date_pointing_sayings, pointed_words, LookBack};

/// Prepositions that set a saying inside a happening.
const FRAMING: &[&str] = &["at", "during"];

/// A framing phrase points to a happening among the 12 event mentions and 6 sentences before it,
/// named by a word of the same stem.
const LOOK_BACK: LookBack = LookBack { events: 12, sentences: 6, names: same_stem };

/// Whether two words name one happening: the same word, or the same stem of five letters or more
/// ("arrival", "arrived").
fn same_stem(a: &str, b: &str) -> bool {
    let stem = |w: &str| w.get(..5).map(str::to_string);
    a.len() >= 5 && b.len() >= 5 && (a == b || stem(a).is_some() && stem(a) == stem(b))
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

/// Dates every undated saying framed by a happening told before it in its article ("said at the
/// ceremony") with that happening's day.
pub(super) fn apply_framed_sayings(docs: &[Doc<'_>], clusters: &mut [EventCluster]) {
    date_pointing_sayings(docs, clusters, (&LOOK_BACK, "at"), framing_words, |_, _| true);
}
