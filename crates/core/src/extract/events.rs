//! Finding events: clauses, trigger words, and the entities and dates that go with them.
//!
//! A sentence is cut into clauses at semicolons, dashes and commas that open a new clause
//! (", where", ", which", ", about three years after" …). In each clause the trigger that best
//! names what happened is chosen: a verb before a noun, and a verb of speech only when nothing
//! else happened ("Wrona said … during exercise Dragon" is the exercise). Nouns that point back
//! to an event already told ("this deployment", "her third deployment") start no event.

use std::ops::Range;

use crate::model::EntityKind;

use super::dates::{DateExpr, DateKind, Tense};
use super::entities::Mention;
use super::text::{Segmented, TokenKind};

/// The kinds of event factlens reports, in the order they are listed in facets.
pub const EVENT_TYPES: &[&str] = &[
    "deployment",
    "departure",
    "visit",
    "meeting",
    "ceremony",
    "agreement",
    "training",
    "conflict",
    "statement",
    "election",
    "declaration",
    "rescue",
];

/// A trigger word: its event type, whether it is a verb, and whether it only counts with a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Trigger {
    event_type: &'static str,
    verb: bool,
    needs_date: bool,
}

/// The trigger a lowercase word is, given the lowercase word after it.
fn trigger(w: &str, next: &str) -> Option<Trigger> {
    let t = |event_type, verb| Some(Trigger { event_type, verb, needs_date: false });
    let weak = |event_type, verb| Some(Trigger { event_type, verb, needs_date: true });
    match w {
        "deploy" | "deploys" | "deployed" | "deploying" | "mobilize" | "mobilized" | "mobilizes"
        | "redeploy" | "redeployed" => t("deployment", true),
        "deployment" | "deployments" | "mobilization" | "rotation" => t("deployment", false),
        // Departures of troops are deployments (decided in `find_events`); of others, departures.
        "depart" | "departs" | "departed" | "departing" => t("departure", true),
        "departure" => t("departure", false),
        "leave" | "leaves" | "left"
            if matches!(next, "for" | "from") || next.starts_with(char::is_uppercase) =>
        {
            t("departure", true)
        }
        // "sent an aircraft", "will send observers": sending forces is a deployment.
        "sent" | "send" | "sends" | "sending" | "dispatched" | "dispatch" => t("deployment", true),
        "rescued" | "rescue" | "rescues" | "evacuated" | "evacuate" => t("rescue", true),
        "evacuation" | "evacuations" => t("rescue", false),
        "visit" | "visits" | "visited" | "visiting" | "toured" | "tour" | "tours" | "touring" => {
            t("visit", true)
        }
        "trip" => t("visit", false),
        "met" | "meet" | "meets" | "discussed" | "discuss" | "negotiated" => t("meeting", true),
        "meeting" | "meetings" | "talks" | "discussions" | "deliberations" | "negotiations" | "summit" => {
            t("meeting", false)
        }
        "ceremony" | "ceremonies" | "farewell" | "send-off" | "parade" | "commemoration" | "inauguration"
        | "funeral" | "celebration" => t("ceremony", false),
        "signed" | "sign" | "signing" | "ratified" | "ratify" | "formalize" | "formalized" => {
            t("agreement", true)
        }
        "agreement" | "agreements" | "treaty" | "pact" | "accord" => t("agreement", false),
        "initiated" | "paired" => weak("agreement", true),
        "partnership" | "effect" => weak("agreement", false),
        "rehearse" | "rehearsed" | "trained" | "drilled" => t("training", true),
        "training" | "exercise" | "exercises" | "drill" | "drills" | "rehearsal" | "maneuvers"
        | "wargame" => t("training", false),
        "invaded" | "invade" | "attacked" | "clashed" | "bombed" | "shelled" | "seized" => {
            t("conflict", true)
        }
        "invasion" | "battle" | "attack" | "attacks" | "clash" | "clashes" | "fighting" | "assault"
        | "bombing" | "shelling" | "offensive" | "airstrike" | "airstrikes" => t("conflict", false),
        "war" => weak("conflict", false),
        "said" | "says" | "told" | "stated" | "claimed" | "announced" | "warned" | "accused"
        | "criticized" | "called" | "expressed" | "described" | "asserted" | "welcomed" | "spoke"
        | "emphasized" | "highlighted" | "praised" | "condemned" | "denied" | "confirmed" | "thanked"
        | "urged" | "speaks" | "speak" | "speaking" => t("statement", true),
        "statement" | "remarks" | "speech" | "conference" => t("statement", false),
        "elected" | "re-elected" => t("election", true),
        "election" | "elections" => weak("election", false),
        "declared" | "proclaimed" => t("declaration", true),
        "declaration" => t("declaration", false),
        _ => None,
    }
}

/// An event found in one clause of one article.
#[derive(Debug, Clone)]
pub(crate) struct EventMention {
    /// Its type.
    pub event_type: &'static str,
    /// The clause that reports it: its evidence.
    pub tokens: Range<usize>,
    /// Index of its sentence.
    pub sentence: usize,
    /// Indexes (into the article's date expressions) of the dates in its clause.
    pub dates: Vec<usize>,
    /// For each of `dates`, whether the verb next to it looks back or ahead.
    pub date_tenses: Vec<Tense>,
    /// Indexes (into the article's mentions) of the other entities in its clause.
    pub participants: Vec<usize>,
    /// Index (into the article's mentions) of the place where it happened.
    pub location: Option<usize>,
    /// Whether it is told as past or future.
    pub tense: Tense,
    /// The event of the sentence before that this one continues ("The pair discussed …" after
    /// "… met with …"), as an index into the article's events.
    pub continues: Option<usize>,
}

/// Whether a clause opens by pointing back to people or an event just told: "They …", "The pair …",
/// "During their visit, …".
fn points_back_at_start(seg: &Segmented<'_>, clause: Range<usize>) -> bool {
    let lower = |k: usize| if k < clause.end { seg.low(k) } else { "" };
    let first = lower(clause.start);
    if matches!(first, "they" | "he" | "she") {
        return true;
    }
    if first == "the"
        && matches!(
            lower(clause.start + 1),
            "pair" | "two" | "group" | "delegation" | "leaders" | "ministers"
        )
    {
        return true;
    }
    matches!(first, "during" | "after" | "following")
        && matches!(lower(clause.start + 1), "their" | "the" | "his" | "her" | "its" | "this")
        && trigger(lower(clause.start + 2), "")
            .is_some_and(|t| !t.verb || lower(clause.start + 2).ends_with("visit"))
}

/// The tense of the verb just before a date ("said Tuesday", "will leave … on March 22"), else the clause's.
fn local_tense(seg: &Segmented<'_>, date_start: usize, clause: Range<usize>, clause_tense: Tense) -> Tense {
    for k in (clause.start.max(date_start.saturating_sub(3))..date_start).rev() {
        let w = seg.low(k);
        if matches!(
            w,
            "will" | "would" | "’ll" | "'ll" | "scheduled" | "expected" | "planned" | "set" | "due"
        ) {
            return Tense::Future;
        }
        if is_past_form(w) {
            return Tense::Past;
        }
    }
    clause_tense
}

/// Whether a date stands right after a verb of speech ("said Tuesday", "announced on Monday").
fn attribution_date(seg: &Segmented<'_>, date_start: usize, clause_start: usize) -> bool {
    let before = |n: usize| (date_start >= clause_start + n).then(|| seg.low(date_start - n));
    let is_speech = |w: Option<&str>| {
        w.is_some_and(|w| trigger(w, "").is_some_and(|t| t.verb && t.event_type == "statement"))
    };
    is_speech(before(1)) || before(1) == Some("on") && is_speech(before(2))
}

/// Clause boundaries of one sentence, as token ranges.
fn clauses(seg: &Segmented<'_>, sentence: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = sentence.start;
    let lower = |k: usize| seg.low(k);
    for i in sentence.clone() {
        let t = seg.tok(i);
        let cut = match t {
            ";" | "—" | "–" => true,
            "," if i + 1 < sentence.end => {
                let next = lower(i + 1);
                matches!(
                    next,
                    "where"
                        | "which"
                        | "when"
                        | "while"
                        | "though"
                        | "although"
                        | "but"
                        | "whereas"
                        | "who"
                        | "prompting"
                        | "saying"
                        | "marking"
                        | "after"
                        | "before"
                        | "about"
                        | "some"
                        | "nearly"
                        | "almost"
                        | "roughly"
                        | "approximately"
                ) && !(next == "about" && i + 2 < sentence.end && lower(i + 2) == "the")
                    || next == "and"
                        && i + 2 < sentence.end
                        && matches!(
                            lower(i + 2),
                            "the" | "a" | "an" | "it" | "he" | "she" | "they" | "this" | "that" | "we"
                        )
            }
            _ => false,
        };
        if cut && i > start {
            out.push(start..i);
            start = i + 1;
        } else if cut {
            start = i + 1;
        }
    }
    if start < sentence.end {
        out.push(start..sentence.end);
    }
    out
}

/// Tokens inside quotation marks: spoken words, not narrated events.
fn quoted(seg: &Segmented<'_>, range: Range<usize>) -> Vec<bool> {
    let mut inside = false;
    let mut out = vec![false; range.len()];
    for (k, i) in range.clone().enumerate() {
        match seg.tok(i) {
            "“" => inside = true,
            "”" => inside = false,
            "\"" => inside = !inside,
            _ => out[k] = inside,
        }
    }
    out
}

fn is_past_form(lower: &str) -> bool {
    const IRREGULAR: &[&str] = &[
        "was", "were", "had", "did", "said", "met", "told", "spoke", "made", "took", "began", "went", "came",
        "saw", "held", "led", "sent", "gave", "left", "won", "lost", "fought", "brought", "became", "flew",
        "stood", "wrote", "ran", "got", "paid", "built", "sought", "thought", "struck", "felt", "kept",
    ];
    IRREGULAR.contains(&lower)
        || lower.len() > 4
            && lower.ends_with("ed")
            && !matches!(lower, "need" | "indeed" | "proceed" | "succeed" | "exceed")
}

/// Past or future, from the clause's verbs.
fn tense_of(seg: &Segmented<'_>, range: Range<usize>) -> Tense {
    let words: Vec<&str> = range.map(|i| seg.low(i)).collect();
    let future = words.iter().enumerate().any(|(k, &w)| {
        matches!(w, "will" | "shall" | "would" | "’ll" | "'ll" | "scheduled" | "upcoming")
            || w == "expected" && words.get(k + 1) == Some(&"to")
            || w == "set" && words.get(k + 1) == Some(&"to")
            || matches!(w, "plans" | "plan" | "planned") && words.get(k + 1) == Some(&"to")
    });
    if future {
        Tense::Future
    } else if words.iter().any(|w| is_past_form(w)) {
        Tense::Past
    } else {
        Tense::Unknown
    }
}

const ANAPHORIC: &[&str] =
    &["this", "that", "these", "those", "its", "their", "his", "her", "our", "same", "such"];
const DETERMINERS: &[&str] = &[
    "a", "an", "the", "this", "that", "its", "their", "his", "her", "our", "first", "last", "short",
    "official",
];
/// Prepositions that set an event at another time than the clause's ("after the election").
const FRAMES: &[&str] = &["after", "before", "following", "since", "amid", "ahead", "regarding", "about"];
/// Prepositions that set an event at the clause's time ("during exercise Dragon", "at a ceremony").
const CO_TEMPORAL: &[&str] = &["during", "at", "for", "of", "in", "as", "including", "with"];

/// How a noun trigger stands in its clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Frame {
    /// Subject or object: the clause's own event.
    None,
    /// In a phrase that places the clause's event at it ("during a send-off ceremony").
    CoTemporal,
    /// In a phrase about another time ("after election protests").
    Other,
}

/// Finds the events of one article.
pub(crate) fn find_events(
    seg: &Segmented<'_>,
    dates: &[DateExpr],
    mentions: &[Mention],
) -> Vec<EventMention> {
    let mut events = Vec::new();
    let mut in_mentions = vec![false; seg.tokens.len()];
    for m in mentions {
        for t in m.tokens.clone() {
            in_mentions[t] = true;
        }
    }
    for (s, sentence) in seg.sentences.iter().enumerate() {
        if sentence.boilerplate || sentence.headline {
            continue;
        }
        let in_quotes = quoted(seg, sentence.tokens.clone());
        let quoted_at = |i: usize| in_quotes[i - sentence.tokens.start];
        for clause in clauses(seg, sentence.tokens.clone()) {
            // Dates and mentions are in text order: find the clause's by binary search.
            let first_date = dates.partition_point(|d| d.tokens.start < clause.start);
            let clause_dates: Vec<usize> =
                (first_date..dates.len()).take_while(|&k| dates[k].tokens.end <= clause.end).collect();
            let has_date = clause_dates
                .iter()
                .any(|&k| dates[k].is_time() || matches!(dates[k].kind, DateKind::Offset { .. }));
            let in_mention = |i: usize| in_mentions[i];
            // Every usable trigger of the clause: (token, trigger, framed by a preposition).
            let mut found: Vec<(usize, Trigger, Frame)> = Vec::new();
            for i in clause.clone() {
                if seg.tokens[i].kind != TokenKind::Word || quoted_at(i) || in_mention(i) {
                    continue;
                }
                let word = seg.tok(i);
                if word.chars().next().is_some_and(char::is_uppercase) && i != sentence.tokens.start {
                    continue; // part of a name ("Partnership Program", "Farewell")
                }
                let next = if i + 1 < clause.end { seg.tok(i + 1) } else { "" };
                let Some(mut tr) = trigger(seg.low(i), next) else { continue };
                // Sending is a deployment only when forces are sent.
                if matches!(seg.low(i), "sent" | "send" | "sends" | "sending" | "dispatched" | "dispatch")
                    && !(i + 1..clause.end.min(i + 7)).any(|k| is_force_word(seg.low(k)) || in_mentions[k])
                {
                    continue;
                }
                if tr.needs_date && !has_date {
                    continue;
                }
                let lower = word.to_lowercase();
                // "went into effect", "took effect".
                if lower == "effect"
                    && !(i > clause.start && matches!(seg.tok(i - 1), "into" | "took" | "effect"))
                {
                    continue;
                }
                // A verb form after a determiner is a noun: "her first visit", "the tour".
                let previous = if i > clause.start { seg.low(i - 1) } else { "" };
                let determined = DETERMINERS.contains(&previous)
                    || i > clause.start && seg.tokens[i - 1].kind == TokenKind::Possessive;
                if tr.verb && determined && !lower.ends_with("ed") {
                    tr.verb = false;
                }
                // In a compound of event nouns the last is the head: "departure ceremony".
                if !tr.verb
                    && i + 1 < clause.end
                    && trigger(seg.low(i + 1), "").is_some_and(|t| !t.verb)
                    && !quoted_at(i + 1)
                {
                    continue;
                }
                let before: Vec<&str> =
                    (clause.start.max(i.saturating_sub(5))..i).map(|k| seg.low(k)).collect();
                if !tr.verb {
                    let points_back = before.iter().any(|w| ANAPHORIC.contains(w))
                        || i > clause.start && seg.tokens[i - 1].kind == TokenKind::Possessive;
                    if points_back && !has_date {
                        continue;
                    }
                    // A bare mass noun in a phrase of purpose ("for training and relief") is no event.
                    let bare =
                        i > clause.start && matches!(before.last(), Some(&"for" | &"and" | &"of" | &"to"));
                    if bare && matches!(lower.as_str(), "training" | "fighting" | "war") && !has_date {
                        continue;
                    }
                }
                let frame = if tr.verb {
                    Frame::None
                } else if before.iter().any(|w| FRAMES.contains(w)) {
                    Frame::Other
                } else if before.iter().any(|w| CO_TEMPORAL.contains(w)) {
                    Frame::CoTemporal
                } else {
                    Frame::None
                };
                found.push((i, tr, frame));
            }
            // Without a trigger, a clause only matters if it can date the event before it.
            if found.is_empty() && (!has_date || events.is_empty()) {
                continue;
            }
            let clause_tense = tense_of(seg, clause.clone());
            let Some((trigger_at, mut tr)) = choose(&found) else {
                // ", which begins in May": a clause without an event of its own dates the one before.
                let relative = matches!(seg.low(clause.start), "which" | "when");
                if let Some(previous) =
                    events.last_mut().filter(|e: &&mut EventMention| e.sentence == s && relative && has_date)
                {
                    for &k in &clause_dates {
                        previous.dates.push(k);
                        previous.date_tenses.push(local_tense(
                            seg,
                            dates[k].tokens.start,
                            clause.clone(),
                            clause_tense,
                        ));
                    }
                    previous.tokens.end = trim(seg, clause.clone()).end.max(previous.tokens.end);
                }
                continue;
            };
            // Troops departing deploy; a ship or a delegation departing departs.
            if tr.event_type == "departure"
                && clause.clone().any(|k| {
                    is_force_word(seg.low(k))
                        || mentions_in(mentions, k..k + 1).any(|m| mentions[m].kind == EntityKind::Unit)
                })
            {
                tr.event_type = "deployment";
            }
            // "…, state officials said Tuesday": the date of the saying is not the event's.
            let clause_dates: Vec<usize> = clause_dates
                .into_iter()
                .filter(|&k| {
                    tr.event_type == "statement"
                        || !attribution_date(seg, dates[k].tokens.start, clause.start)
                })
                .collect();
            let date_tenses = clause_dates
                .iter()
                .map(|&k| local_tense(seg, dates[k].tokens.start, clause.clone(), clause_tense))
                .collect();
            // Where a statement was made is rarely said; the places it talks about are not it.
            let location = if tr.event_type == "statement" {
                None
            } else {
                location_of(seg, mentions, clause.clone(), trigger_at)
            };
            let participants: Vec<usize> =
                mentions_in(mentions, clause.clone()).filter(|&k| Some(k) != location).collect();
            let tokens = trim(seg, clause.clone());
            if tokens.is_empty() {
                continue;
            }
            // A clause that continues the event of the sentence before, in the same paragraph.
            let continues = (clause.start == sentence.tokens.start
                && !has_date
                && points_back_at_start(seg, clause.clone()))
            .then(|| events.len().checked_sub(1))
            .flatten()
            .filter(|&p: &usize| {
                let previous: &EventMention = &events[p];
                previous.sentence + 1 == s
                    && (previous.event_type == tr.event_type
                        || matches!(tr.event_type, "meeting" | "statement" | "visit"))
            });
            events.push(EventMention {
                event_type: tr.event_type,
                tokens,
                sentence: s,
                dates: clause_dates,
                date_tenses,
                participants,
                location,
                tense: clause_tense,
                continues,
            });
        }
    }
    lend_dates(seg, dates, &mut events);
    events
}

/// A sentence that states a day but tells no event ("… stand in front of … on February 26, 2020.")
/// lends that day to the first event of the next sentence in its paragraph.
fn lend_dates(seg: &Segmented<'_>, dates: &[DateExpr], events: &mut [EventMention]) {
    for (k, d) in dates.iter().enumerate() {
        let DateKind::Absolute(p) = d.kind else { continue };
        // A labelled date ("date 2020-02-28", "Updated …") dates the page, not an event.
        let labelled = d.tokens.start > 0
            && matches!(seg.low(d.tokens.start - 1), "date" | "dated" | "published" | "updated" | "posted");
        if p.day.is_none() || labelled || events.iter().any(|e| e.sentence == d.sentence) {
            continue;
        }
        let paragraph = seg.sentences[d.sentence].paragraph;
        if let Some(e) = events
            .iter_mut()
            .find(|e| e.sentence == d.sentence + 1 && seg.sentences[e.sentence].paragraph == paragraph)
        {
            e.dates.push(k);
            e.date_tenses.push(e.tense);
        }
    }
}

/// The trigger that names the clause's event.
fn choose(found: &[(usize, Trigger, Frame)]) -> Option<(usize, Trigger)> {
    let is_statement = |t: &Trigger| t.event_type == "statement";
    // 1. The first verb of something other than speech.
    if let Some(&(i, t, _)) = found.iter().find(|(_, t, _)| t.verb && !is_statement(t)) {
        return Some((i, t));
    }
    // 2. The first such noun that is not merely the frame of another event.
    if let Some(&(i, t, _)) =
        found.iter().find(|(_, t, frame)| !t.verb && !is_statement(t) && *frame == Frame::None)
    {
        let speech_first = found.iter().any(|(j, t, _)| is_statement(t) && t.verb && *j < i);
        if !speech_first {
            return Some((i, t));
        }
    }
    // 3. Speech, unless it tells of an event at its own time ("said … during exercise Dragon",
    // "said in a report that … a training exercise"); an event it merely names as its object is
    // what it is about ("criticized the drills").
    if let Some(&(i, t, _)) = found.iter().find(|(_, t, _)| is_statement(t)) {
        let told =
            found.iter().find(|(j, u, frame)| *j > i + 2 && !is_statement(u) && *frame != Frame::Other);
        if let Some(&(j, u, _)) = told {
            return Some((j, u));
        }
        return Some((i, t));
    }
    // 4. An event only named in a frame ("During the visit, …").
    found.first().map(|&(i, t, _)| (i, t))
}

/// Nouns for forces: what is deployed when it is sent or leaves.
fn is_force_word(lower: &str) -> bool {
    matches!(
        lower,
        "troops"
            | "soldiers"
            | "guardsmen"
            | "guardsman"
            | "airmen"
            | "sailors"
            | "marines"
            | "forces"
            | "personnel"
            | "observers"
            | "aircraft"
            | "jets"
            | "planes"
            | "ships"
            | "warships"
            | "vessels"
            | "helicopters"
            | "drones"
            | "units"
            | "unit"
            | "battalion"
            | "brigade"
            | "company"
            | "squadron"
            | "destroyer"
            | "cutter"
            | "frigate"
            | "contingent"
            | "peacekeepers"
            | "reservists"
            | "paratroopers"
            | "medics"
    )
}

/// Indexes of the mentions (sorted by position) that lie within `range`.
pub(crate) fn mentions_in(mentions: &[Mention], range: Range<usize>) -> impl Iterator<Item = usize> + '_ {
    let first = mentions.partition_point(|m| m.tokens.start < range.start);
    (first..mentions.len())
        .take_while(move |&k| mentions[k].tokens.start < range.end)
        .filter(move |&k| mentions[k].tokens.end <= range.end)
}

/// The place of the event: a place after a locative preposition, or the clause's only place.
fn location_of(
    seg: &Segmented<'_>,
    mentions: &[Mention],
    clause: Range<usize>,
    trigger_at: usize,
) -> Option<usize> {
    let places: Vec<usize> =
        mentions_in(mentions, clause.clone()).filter(|&k| mentions[k].kind == EntityKind::Place).collect();
    let after_preposition = |k: &usize| {
        let mut start = mentions[*k].tokens.start;
        if start > clause.start && seg.tok(start - 1).eq_ignore_ascii_case("the") {
            start -= 1;
        }
        start > clause.start
            && matches!(
                seg.low(start - 1),
                "in" | "at" | "to" | "for" | "into" | "near" | "visited" | "visit" | "toured"
            )
    };
    // A possessive chain names the most specific place last ("Iowa’s Camp Dodge").
    let chained = |k: &usize| {
        let start = mentions[*k].tokens.start;
        start >= 2 && seg.tokens[start - 1].kind == TokenKind::Possessive
    };
    places
        .iter()
        .copied()
        .filter(|k| mentions[*k].tokens.start > trigger_at)
        .find(|k| after_preposition(k) || chained(k))
        .or_else(|| places.iter().copied().find(after_preposition))
}

/// A clause without leading and trailing punctuation and conjunctions.
fn trim(seg: &Segmented<'_>, mut range: Range<usize>) -> Range<usize> {
    let skip = |t: &str| matches!(t, "," | "and" | "but" | "—" | "–" | ";" | ":" | "(" | ")");
    while range.start < range.end && skip(seg.tok(range.start)) {
        range.start += 1;
    }
    while range.end > range.start && (skip(seg.tok(range.end - 1)) || seg.tok(range.end - 1) == ".") {
        range.end -= 1;
    }
    range
}

#[cfg(test)]
mod tests {
    use super::super::dates::find_dates;
    use super::super::entities::find_mentions;
    use super::super::text::segment;
    use super::*;

    fn events(text: &str) -> Vec<(&'static str, String)> {
        let seg = segment(text);
        let (dates, blocked) = find_dates(&seg);
        let mentions = find_mentions(&seg, &blocked, None);
        find_events(&seg, &dates, &mentions)
            .into_iter()
            .map(|e| (e.event_type, seg.slice(e.tokens)))
            .map(|(t, s)| (t, s.to_string()))
            .collect()
    }

    #[test]
    fn one_event_per_clause_with_the_right_trigger() {
        let found = events(
            "The partnership went into effect on March 11, 2011, about three years after Kosovo declared its independence. \
             Wrona said the engineers would work during exercise Dragon, which begins in May. \
             China's foreign ministry criticized the drills on Tuesday. \
             Morales said this will be her third deployment.",
        );
        let types: Vec<&str> = found.iter().map(|(t, _)| *t).collect();
        assert_eq!(types, ["agreement", "declaration", "training", "statement", "statement"], "{found:?}");
    }

    #[test]
    fn quoted_words_and_purposes_start_no_event() {
        let found = events(
            "“We are proud to deploy,” Osborn said. It allows troops to come for training and relief.",
        );
        assert_eq!(found.iter().map(|(t, _)| *t).collect::<Vec<_>>(), ["statement"]);
    }
}
