//! Clauses and their tense: where a sentence is cut into clauses, which tokens are quoted, and
//! whether a clause, or the verb next to a date, looks back or ahead.

use std::ops::Range;

use super::super::dates::Tense;
use super::super::lexicon::Role;
use super::super::text::{Segmented, TokenKind};
use super::triggers::trigger;

/// Clause boundaries of one sentence, as token ranges: cut at semicolons, dashes and commas that
/// open a new clause (", where", ", which", ", about three years after", ", and the …"). Two
/// dashes of one kind set off an aside inside one clause ("On Friday, the crew – using a nearby
/// airfield – completed the rescue"): they cut nothing.
pub(super) fn clauses(seg: &Segmented<'_>, sentence: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = sentence.start;
    let aside = aside_dashes(seg, sentence.clone());
    for i in sentence.clone() {
        let cut = match seg.tok(i) {
            ";" => true,
            "—" | "–" => !aside.contains(&i),
            "," if i + 1 < sentence.end => comma_opens_clause(seg, i, sentence.end),
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

/// The tokens of the dashes that set off an aside: a dash and the next dash of the same kind in
/// the sentence, with no semicolon between them.
fn aside_dashes(seg: &Segmented<'_>, sentence: Range<usize>) -> Vec<usize> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for i in sentence {
        match (seg.tok(i), open) {
            (";", _) => open = None,
            (dash @ ("—" | "–"), Some(o)) if seg.tok(o) == dash => {
                out.extend([o, i]);
                open = None;
            }
            ("—" | "–", _) => open = Some(i),
            _ => {}
        }
    }
    out
}

/// The asides set off by two dashes inside `clause` ("Leyte – an area hit by the storm – was a
/// battlefield in 1944"), as the tokens between the dashes.
pub(super) fn asides(seg: &Segmented<'_>, clause: Range<usize>) -> Vec<Range<usize>> {
    aside_dashes(seg, clause).chunks_exact(2).map(|pair| pair[0] + 1..pair[1]).collect()
}

/// Whether the comma at `comma` (not last in a sentence ending at `end`) opens a new clause.
fn comma_opens_clause(seg: &Segmented<'_>, comma: usize, end: usize) -> bool {
    let next = seg.low(comma + 1);
    seg.word(comma + 1).is(Role::ClauseOpener)
        && !(next == "about" && comma + 2 < end && seg.low(comma + 2) == "the")
        || next == "and"
            && comma + 2 < end
            && matches!(
                seg.low(comma + 2),
                "the" | "a" | "an" | "it" | "he" | "she" | "they" | "this" | "that" | "we"
            )
}

/// For each token of `range`, whether it stands inside quotation marks: spoken words, not
/// narrated events. A sentence whose first curly mark closes a quotation goes on with one opened in
/// a sentence before ("“… professionalism. May the new leaders exercise …,” Ann said."): its words
/// up to that mark are quoted.
pub(super) fn quoted(seg: &Segmented<'_>, range: Range<usize>) -> Vec<bool> {
    let mut inside =
        range.clone().find(|&i| matches!(seg.tok(i), "“" | "”")).is_some_and(|i| seg.tok(i) == "”");
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

/// A clause without leading and trailing punctuation and conjunctions.
pub(super) fn trim(seg: &Segmented<'_>, mut range: Range<usize>) -> Range<usize> {
    let skip = |t: &str| matches!(t, "," | "and" | "but" | "—" | "–" | ";" | ":" | "(" | ")");
    while range.start < range.end && skip(seg.tok(range.start)) {
        range.start += 1;
    }
    while range.end > range.start && (skip(seg.tok(range.end - 1)) || seg.tok(range.end - 1) == ".") {
        range.end -= 1;
    }
    range
}

/// Whether token `k` is a past tense form: an irregular one, or a word of more than four letters
/// in "-ed" that is no exception ("indeed").
fn is_past_form(seg: &Segmented<'_>, k: usize) -> bool {
    let lower = seg.low(k);
    seg.word(k).is(Role::PastForm)
        || lower.len() > 4 && lower.ends_with("ed") && !seg.word(k).is(Role::NotPast)
}

/// Past or future, from the clause's verbs, leaving out the tokens `quoted` marks (words in
/// quotation marks are the speaker's, not the narration's: "“This will fill our gap,” she said
/// Monday" is narrated in the past). A clause that is all quotation is read from its quoted words.
pub(super) fn tense_of(seg: &Segmented<'_>, range: Range<usize>, quoted: impl Fn(usize) -> bool) -> Tense {
    let narrated_words = range.clone().any(|i| !quoted(i) && seg.tokens[i].kind == TokenKind::Word);
    // The narrated tokens when they hold a word, else all of them.
    let tokens = || range.clone().filter(|&i| !narrated_words || !quoted(i));
    let mut before: Option<&str> = None;
    let future = tokens().any(|i| {
        let w = seg.low(i);
        let to_after = |cue: &[&str]| w == "to" && before.is_some_and(|b| cue.contains(&b));
        let is_future = matches!(w, "will" | "shall" | "would" | "’ll" | "'ll" | "scheduled" | "upcoming")
            || to_after(&["expected", "set", "plans", "plan", "planned"]);
        before = Some(w);
        is_future
    });
    if future {
        Tense::Future
    } else if tokens().any(|k| is_past_form(seg, k)) {
        Tense::Past
    } else {
        Tense::Unknown
    }
}

/// The tense of the verb just before a date ("said Tuesday", "will leave … on March 22"), else
/// the clause's.
pub(super) fn local_tense(
    seg: &Segmented<'_>,
    date_start: usize,
    clause: Range<usize>,
    clause_tense: Tense,
) -> Tense {
    // "In a statement Saturday, …": the saying was made then, whatever it announces; "since
    // February": a time since which something holds has begun.
    if date_start > clause.start
        && (trigger(seg.word(date_start - 1), "").is_some_and(|t| !t.verb && t.event_type == "statement")
            || seg.low(date_start - 1) == "since")
    {
        return Tense::Past;
    }
    for k in (clause.start.max(date_start.saturating_sub(3))..date_start).rev() {
        if matches!(
            seg.low(k),
            "will" | "would" | "’ll" | "'ll" | "scheduled" | "expected" | "planned" | "set" | "due"
        ) {
            return Tense::Future;
        }
        if is_past_form(seg, k) {
            return Tense::Past;
        }
    }
    // "the expected signing of the treaty … on Sunday": a happening awaited by the noun
    // phrase that names it.
    let awaited = |k: usize| {
        matches!(seg.low(k), "expected" | "planned" | "scheduled" | "upcoming" | "forthcoming")
            && seg.low(k + 1).starts_with(char::is_lowercase)
            && !matches!(seg.low(k + 1), "to" | "that" | "by" | "in" | "on" | "at" | "for")
    };
    if (clause.start.max(date_start.saturating_sub(AWAITED_REACH))..date_start).any(awaited) {
        return Tense::Future;
    }
    clause_tense
}

/// The most tokens before a date that a word awaiting the happening ("the expected …") may stand.
const AWAITED_REACH: usize = 8;

/// Whether a date stands right after a verb of speech ("said Tuesday", "announced on Monday").
pub(super) fn attribution_date(seg: &Segmented<'_>, date_start: usize, clause_start: usize) -> bool {
    let before = |n: usize| (date_start >= clause_start + n).then(|| date_start - n);
    let is_speech = |k: Option<usize>| {
        k.is_some_and(|k| trigger(seg.word(k), "").is_some_and(|t| t.verb && t.event_type == "statement"))
    };
    is_speech(before(1)) || before(1).is_some_and(|k| seg.low(k) == "on") && is_speech(before(2))
}

/// Whether the date at `date` stands in a wire dateline opening its sentence, "OSLO, Oct 10
/// (Reuters) -": a town in capitals and a comma before it, and after it the outlet in brackets
/// and a dash, or a dash. Such a date tells when the report was filed, not when its news happened.
pub(super) fn in_dateline(seg: &Segmented<'_>, date: Range<usize>, sentence_start: usize) -> bool {
    let capitals = |k: usize| {
        let w = seg.tok(k);
        w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !w.chars().any(char::is_lowercase)
    };
    let dash = |k: usize| k < seg.tokens.len() && matches!(seg.tok(k), "-" | "—" | "–" | ":");
    let town_end = date.start.saturating_sub(1);
    if date.start < sentence_start + 2
        || seg.tok(town_end) != ","
        || !(sentence_start..town_end).all(capitals)
    {
        return false;
    }
    if dash(date.end) {
        return true;
    }
    let closing = (date.end..(date.end + 8).min(seg.tokens.len())).find(|&k| seg.tok(k) == ")");
    date.end < seg.tokens.len() && seg.tok(date.end) == "(" && closing.is_some_and(|k| dash(k + 1))
}

/// Whether a clause opens by pointing back to people or an event just told: "They …", "The pair …",
/// "During their visit, …".
pub(super) fn points_back_at_start(seg: &Segmented<'_>, clause: Range<usize>) -> bool {
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
    // "The ceremony officially marks …" after a sentence telling of a ceremony.
    let second = clause.start + 1;
    if first == "the" && second < clause.end && trigger(seg.word(second), "").is_some_and(|t| !t.verb) {
        return true;
    }
    let third = clause.start + 2;
    let third_trigger = if third < clause.end { trigger(seg.word(third), "") } else { None };
    matches!(first, "during" | "after" | "following")
        && matches!(lower(clause.start + 1), "their" | "the" | "his" | "her" | "its" | "this")
        && third_trigger.is_some_and(|t| !t.verb || lower(third).ends_with("visit"))
}

#[cfg(test)]
mod tests {
    use super::super::events_in;

    #[test]
    fn two_dashes_set_off_an_aside_inside_one_clause() {
        let text = "On Friday, the Brambleford lifeboat – using a borrowed slipway to save time – \
                    completed a rescue of two anglers.";
        let events = events_in(text);
        let rescue = events.iter().find(|e| e.event_type == "rescue").expect("a rescue");
        assert_eq!(rescue.dates.len(), 1, "the opening weekday dates the rescue");
    }

    #[test]
    fn a_lone_dash_still_cuts_the_clause() {
        let text = "The lifeboat returned on Friday – it completed a rescue of two anglers.";
        let events = events_in(text);
        let rescue = events.iter().find(|e| e.event_type == "rescue").expect("a rescue");
        assert!(rescue.dates.is_empty(), "the date before the dash is another clause's");
    }
}
