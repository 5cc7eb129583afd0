//! Sayings that point back to a happening the article told before them ("said at the ceremony",
//! "welcomed the vote"): what they point with, and the day of the happening they point to, which
//! an undated saying takes (`framed`, `reaction`).

use rustc_hash::FxHashMap as HashMap;

use super::super::doc::Doc;
use super::cluster::{lend_day, EventCluster};

/// Words after a framing preposition or a reacting verb that point back to something told.
const POINTING: &[&str] = &["the", "his", "her", "their", "its", "this", "that"];

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

/// For each token of `doc`, whether it stands inside quotation marks (curly or straight).
fn quoted_tokens(doc: &Doc<'_>) -> Vec<bool> {
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

/// How far back a saying may point, and when a word of an earlier clause names what it points to.
pub(super) struct LookBack {
    /// Event mentions before the saying.
    pub events: usize,
    /// Sentences before the saying's.
    pub sentences: usize,
    /// Whether a word of an earlier clause names a pointed word: (clause word, pointed word).
    pub names: fn(&str, &str) -> bool,
}

/// The articles and their event clusters, with what is looked up in them for every saying.
struct Told<'d, 'a> {
    docs: &'d [Doc<'a>],
    clusters: &'d [EventCluster],
    cluster_of: HashMap<(usize, usize), usize>,
}

impl Told<'_, '_> {
    /// The cluster and day of the latest happening told before event mention `event` of article
    /// `doc`, in an earlier sentence within `look`, whose clause names one of `words`, when it is
    /// dated to one day.
    fn day_named(
        &self,
        (doc, event): (usize, usize),
        words: &[String],
        look: &LookBack,
    ) -> Option<(usize, i64)> {
        let d = &self.docs[doc];
        let sentence = d.events[event].sentence;
        let mut earlier = (0..event).rev().take(look.events).filter(|&e| {
            d.events[e].sentence < sentence && d.events[e].sentence.saturating_add(look.sentences) >= sentence
        });
        earlier.find_map(|e| {
            let named =
                d.events[e].tokens.clone().any(|k| words.iter().any(|w| (look.names)(d.seg.low(k), w)));
            let index = *self.cluster_of.get(&(doc, e))?;
            let days = self.clusters[index].days.filter(|days| days.first == days.last)?;
            named.then_some((index, days.first))
        })
    }
}

/// Dates every undated saying that points back to a happening told before it in its article with
/// that happening's day (the lent date's basis says so with `basis`, "at" or "in reaction to").
///
/// `pointed` gives the words event mention `event` of an article points with (outside quotations:
/// `quoted`, by token); `keeps` whether the day found may be lent for that article.
pub(super) fn date_pointing_sayings(
    docs: &[Doc<'_>],
    clusters: &mut [EventCluster],
    (look, basis): (&LookBack, &str),
    pointed: impl Fn(&Doc<'_>, usize, &[bool]) -> Vec<String>,
    keeps: impl Fn(usize, i64) -> bool,
) {
    let told = Told { docs, clusters, cluster_of: cluster_of_members(clusters) };
    let quoted: Vec<Vec<bool>> = docs.iter().map(quoted_tokens).collect();
    let mut found = Vec::new();
    for (index, cluster) in clusters.iter().enumerate() {
        if cluster.days.is_some() || cluster.event_type != "statement" {
            continue;
        }
        let pointing = cluster.members.iter().find_map(|&(doc, event)| {
            let words = pointed(&docs[doc], event, &quoted[doc]);
            let (source, day) =
                (!words.is_empty()).then(|| told.day_named((doc, event), &words, look)).flatten()?;
            keeps(doc, day).then_some((source, day))
        });
        if let Some((source, day)) = pointing {
            found.push((index, source, day));
        }
    }
    for (index, source, day) in found {
        lend_day(docs, clusters, index, source, day, basis);
    }
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
