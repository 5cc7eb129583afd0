//! Who moved, named in the sentence right after the movement: "Another group of soldiers left
//! Ashford on Monday. They will join the 2nd Engineer Company." A sentence that tells no happening
//! of its own goes on with the event told last before it; when that event moves or trains forces
//! without naming a unit, the units the sentence names are the forces it moved.

use crate::model::EntityKind;

use super::super::mentions::Mention;
use super::super::text::Segmented;
use super::clauses::quoted;
use super::mention::EventMention;
use super::roles::{mentions_in, takes_no_part};

/// Gives the last event of each sentence that is a deployment, departure, return or training and
/// names no unit the units of the next sentence of its paragraph (outside quotation marks), when
/// that sentence tells no event of its own.
pub(super) fn participants_named_after(
    seg: &Segmented<'_>,
    mentions: &[Mention],
    events: &mut [EventMention],
) {
    for e in 0..events.len() {
        let event = &events[e];
        let next = event.sentence + 1;
        // Events are in text order: the last of its sentence is followed by the next sentence's,
        // if it has any (so each event is looked at once, however many a sentence holds).
        let last_of_sentence = events.get(e + 1).is_none_or(|later| later.sentence != event.sentence);
        let eventless = || events.get(e + 1).is_none_or(|later| later.sentence != next);
        let has_unit = event.participants.iter().any(|&k| mentions[k].kind == EntityKind::Unit);
        let moves = matches!(event.event_type, "deployment" | "departure" | "return" | "training");
        if has_unit || !moves || !last_of_sentence || !eventless() || next >= seg.sentences.len() {
            continue;
        }
        let sentence = &seg.sentences[next];
        if sentence.headline
            || sentence.boilerplate
            || sentence.paragraph != seg.sentences[event.sentence].paragraph
        {
            continue;
        }
        let tokens = sentence.tokens.clone();
        let in_quotes = quoted(seg, tokens.clone());
        let named: Vec<usize> = mentions_in(mentions, tokens.clone())
            .filter(|&k| mentions[k].kind == EntityKind::Unit)
            .filter(|&k| !in_quotes[mentions[k].tokens.start - tokens.start])
            .filter(|&k| !takes_no_part(seg, mentions, k, tokens.clone(), event.event_type))
            .filter(|k| !event.participants.contains(k))
            .collect();
        events[e].participants.extend(named);
    }
}

#[cfg(test)]
mod tests {
    use super::super::roles::tests::places_and_participants;

    #[test]
    fn units_named_right_after_a_movement_take_part_in_it_not_in_a_disaster() {
        let found = places_and_participants(
            "Another group of soldiers left Ashford for Vermont on Monday. \
             They will join the 2nd Engineer Company there.\n\n\
             Two hikers were stranded on an island after their canoe capsized on Monday. \
             The 424th Rescue Squadron answered the call.",
        );
        let departure = found.iter().find(|e| e.0 == "deployment").map(|e| e.2.as_slice());
        assert_eq!(departure, Some(&["2nd Engineer Company".to_string()][..]), "{found:?}");
        let disaster = found.iter().find(|e| e.0 == "disaster").map(|e| e.2.as_slice());
        assert_eq!(disaster, Some(&[][..]), "{found:?}");
    }
}
