//! Happenings reported by a source: a saying in the writer's own words, by a body or its
//! spokesperson ("The army said the attack was carried out at dawn", "Col. Ann Ruiz, the wing's
//! spokesperson, said the aircraft landed"), is where the article learnt the happening it just told,
//! not a saying of its own. So is a saying whose speaker closes the sentence telling the happening
//! ("The crews took part in the rescue, he said."); that speaker takes no part in it.

use std::ops::Range;

use super::super::mentions::Mention;
use super::super::text::Segmented;
use super::retold::Told;
use super::triggers;
use crate::model::EntityKind;

/// How many sentences back a reported happening may have been told.
const REACH: usize = 3;

/// Every saying that reports the happening told before it, with that happening and the words of
/// a speaker closing the sentence, who takes no part (`None` when the speaker is no such closer):
/// (saying, event, speaker).
///
/// A saying reports a happening when its sentence has no quotation marks, its speaker is a unit
/// or an organization (or unnamed, "the army said"), or named as a spokesperson, or closes a
/// sentence that tells a happening ("…, he said"), and an event that is no saying was told in it or
/// the three sentences before.
pub(super) fn reports(
    seg: &Segmented<'_>,
    mentions: &[Mention],
    told: &[Told<'_>],
) -> Vec<(usize, usize, Option<Range<usize>>)> {
    let mut found = Vec::new();
    // What each sentence holds is read once, however many sayings it has: (sentence, quoted, closer).
    let mut read: Option<(usize, bool, Option<Range<usize>>)> = None;
    for (later, saying) in told.iter().enumerate() {
        if saying.event_type != "statement" || saying.continues {
            continue;
        }
        if read.as_ref().is_none_or(|r| r.0 != saying.sentence) {
            let sentence = seg.sentences[saying.sentence].tokens.clone();
            let quoted = sentence.clone().any(|k| matches!(seg.tok(k), "“" | "”" | "\""));
            let closer = if quoted { None } else { closing_speaker(seg, sentence) };
            read = Some((saying.sentence, quoted, closer));
        }
        let Some((_, false, closer)) = &read else {
            continue;
        };
        let source = by_a_source(seg, mentions, saying);
        if closer.is_none() && !source {
            continue;
        }
        let earlier = (0..later)
            .rev()
            .take_while(|&k| told[k].sentence + REACH >= saying.sentence)
            .find(|&k| told[k].event_type != "statement");
        if let Some(earlier) = earlier {
            let speaker = if source { None } else { closer.clone() };
            found.push((later, earlier, speaker));
        }
    }
    found
}

/// Whether a saying's speaker is a unit, a spokesperson, or one speaking on condition of anonymity
/// (a source, not a speaker: "the official said on condition of anonymity").
fn by_a_source(seg: &Segmented<'_>, mentions: &[Mention], saying: &Told<'_>) -> bool {
    let spokesperson = saying
        .tokens
        .clone()
        .any(|k| matches!(seg.low(k), "spokesperson" | "spokesman" | "spokeswoman" | "anonymity"));
    let unit = !saying.participants.is_empty()
        && saying.participants.iter().all(|&k| mentions[k].kind == EntityKind::Unit);
    spokesperson || unit
}

/// The verbs with which a speaker closes the sentence that tells what they report.
const CLOSING_VERBS: &[&str] = &["said", "says", "confirmed", "announced", "added", "stated", "reported"];

/// The most words of a speaker between the comma and the verb ("…, Indian defence sources said").
const SPEAKER: usize = 6;

/// The most tokens after the verb that close the sentence ("… said on Sunday.").
const TAIL: usize = 4;

/// "The troops left the base on Sunday, the prime minister confirmed Monday.": a sentence telling a
/// happening in the writer's own words and closed by its speaker after a comma is a report of that
/// happening, whoever the speaker (the words before the comma hold a trigger that is no saying).
/// Returns the speaker's words (between the comma and the verb, or after the verb: "…, said the
/// agency").
fn closing_speaker(seg: &Segmented<'_>, sentence: Range<usize>) -> Option<Range<usize>> {
    let verb = sentence.clone().rev().take(TAIL + 2).find(|&k| CLOSING_VERBS.contains(&seg.low(k)))?;
    if (verb + 1..sentence.end).any(|k| seg.low(k) == "that") {
        return None;
    }
    let from = verb.saturating_sub(SPEAKER + 1).max(sentence.start);
    let comma = (from..verb).rev().find(|&k| seg.tok(k) == ",")?;
    let told = sentence.start..comma;
    let tells = told.len() >= 4
        && told.clone().any(|k| {
            let next = if k + 1 < comma { seg.tok(k + 1) } else { "" };
            triggers::trigger(seg.word(k), next).is_some_and(|t| t.event_type != "statement")
        });
    let speaker = if comma + 1 == verb { verb + 1..sentence.end } else { comma + 1..verb };
    tells.then_some(speaker)
}

#[cfg(test)]
mod tests {
    use super::super::{continuations_in, events_in};

    #[test]
    fn a_spokesperson_reporting_a_happening_is_its_source() {
        let found = continuations_in(
            "Rescue crews rescued two hikers near Glen Ora on Monday. \
             Maj. Ann Ruiz, a spokesperson, said the hikers were taken to a hospital.",
        );
        assert_eq!(found, [("rescue", None), ("statement", Some(0))], "{found:?}");
    }

    #[test]
    fn a_quoted_saying_stays_a_saying() {
        let found = continuations_in(
            "Rescue crews rescued two hikers near Glen Ora on Monday. \
             “We are proud of them,” said Maj. Ann Ruiz, a spokesperson.",
        );
        assert_eq!(found, [("rescue", None), ("statement", None)], "{found:?}");
    }

    #[test]
    fn an_anonymous_official_reporting_a_happening_is_its_source() {
        let found = continuations_in(
            "Rescue crews rescued two hikers near Glen Ora on Monday. \
             The hikers were taken to a hospital, an official said on condition of anonymity.",
        );
        assert_eq!(found[0], ("rescue", None), "{found:?}");
        assert!(found[1..].iter().all(|&(_, continues)| continues.is_some()), "{found:?}");
    }

    #[test]
    fn a_speaker_closing_a_told_happening_is_its_source() {
        let found = continuations_in(
            "Rescue crews rescued two hikers near Glen Ora on Monday. \
             Two helicopters took part in the rescue, he said.",
        );
        assert_eq!(found, [("rescue", None), ("statement", Some(0))], "{found:?}");
    }

    #[test]
    fn a_closing_speaker_of_an_opinion_stays_a_saying() {
        let found = continuations_in(
            "Rescue crews rescued two hikers near Glen Ora on Monday. \
             The weather was very bad for hiking, he said.",
        );
        assert_eq!(found, [("rescue", None), ("statement", None)], "{found:?}");
    }

    #[test]
    fn a_closing_speaker_takes_no_part() {
        let events = events_in(
            "Rescue crews rescued two hikers near Glen Ora on Monday. \
             Two helicopters took part in the rescue, the Kelmo Fire Department said.",
        );
        let saying = &events[1];
        assert_eq!((saying.event_type, saying.continues), ("statement", Some(0)));
        assert!(!saying.participants.is_empty(), "{:?}", saying.participants);
        assert_eq!(saying.sources, saying.participants);
    }
}
