//! Who hands over and who takes command, named sentences after the ceremony: "A change of command
//! ceremony took place on Friday at Camp Ash. … Colonel Ann Lee takes command of the battalion,
//! replacing Colonel Sam Reed." The ceremony's own clause names only its site; the officials of a
//! later sentence that tells the command passing take part in it.

use std::ops::Range;

use crate::model::EntityKind;

use super::super::mentions::Mention;
use super::super::text::Segmented;
use super::mention::EventMention;
use super::roles::mentions_in;

/// How many sentences after a handover its officials may be named.
const REACH: usize = 5;

/// Gives every change of command whose clause names no official the officials of the first of
/// the next `REACH` sentences of its article that tells the command passing, unless another
/// handover is told before.
pub(super) fn officials_named_after(seg: &Segmented<'_>, mentions: &[Mention], events: &mut [EventMention]) {
    for e in 0..events.len() {
        let event = &events[e];
        let official = |k: &usize| mentions[*k].kind == EntityKind::Official;
        if event.event_type != "transfer-of-authority" || event.participants.iter().any(official) {
            continue;
        }
        let next_handover = events[e + 1..]
            .iter()
            .find(|later| later.event_type == "transfer-of-authority")
            .map_or(usize::MAX, |later| later.sentence);
        let last = (event.sentence + REACH).min(seg.sentences.len() - 1).min(next_handover.saturating_sub(1));
        let told = (event.sentence + 1..=last).find_map(|s| {
            let tokens = seg.sentences[s].tokens.clone();
            let people: Vec<usize> = mentions_in(mentions, tokens.clone()).filter(official).collect();
            (tells_command_passing(seg, tokens) && !people.is_empty()).then_some(people)
        });
        events[e].participants.extend(told.unwrap_or_default());
    }
}

/// Whether a sentence tells a command passing: "replacing", "succeeds", "relinquished", "took
/// over from", "handed over", "in command", "the command of".
fn tells_command_passing(seg: &Segmented<'_>, tokens: Range<usize>) -> bool {
    tokens.clone().any(|k| {
        let next = |word: &str| k + 1 < tokens.end && seg.low(k + 1) == word;
        match seg.low(k) {
            "replacing" | "replaces" | "replaced" | "succeeding" | "succeeds" | "succeeded" => true,
            "relinquished" | "relinquishes" | "relinquishing" => true,
            "took" | "takes" | "taking" | "handed" | "hands" | "handing" => next("over"),
            "command" => next("of") || k > tokens.start && seg.low(k - 1) == "in",
            _ => false,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::super::super::dates::find_dates;
    use super::super::super::mentions::find_mentions;
    use super::super::super::text::segment;
    use super::super::find_events;

    /// The participants of the first change of command, as written.
    fn handover_participants(text: &str) -> Vec<String> {
        let seg = segment(text);
        let (dates, blocked) = find_dates(&seg);
        let mentions = find_mentions(&seg, &blocked, None);
        let events = find_events(&seg, &dates, &mentions);
        let handover = events.iter().find(|e| e.event_type == "transfer-of-authority").unwrap();
        handover.participants.iter().map(|&k| seg.slice(mentions[k].tokens.clone()).to_string()).collect()
    }

    #[test]
    fn the_officials_of_a_later_sentence_telling_the_handover_take_part() {
        let found = handover_participants(
            "A change of command ceremony took place on Friday at Camp Ash. The weather was fine. \
             The battalion will deploy to Estonia under the command of Colonel Ann Lee, replacing Colonel Sam Reed.",
        );
        assert!(found.iter().any(|p| p.contains("Ann Lee")), "{found:?}");
        assert!(found.iter().any(|p| p.contains("Sam Reed")), "{found:?}");
    }

    #[test]
    fn officials_of_a_sentence_not_telling_the_handover_take_no_part() {
        let found = handover_participants(
            "A change of command ceremony took place on Friday at Camp Ash. \
             Colonel Ann Lee thanked the families for their support.",
        );
        assert!(!found.iter().any(|p| p.contains("Ann Lee")), "{found:?}");
    }
}
