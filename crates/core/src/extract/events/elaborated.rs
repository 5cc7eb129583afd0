//! Who moved, named in the sentence right after the movement: "Another group of soldiers left
//! Ashford on Monday. They will join the 2nd Engineer Company." A sentence that tells no happening
//! of its own goes on with the event told last before it; when that event moves, trains, rescues
//! or relieves without naming a unit, the units the sentence names are the forces that did it.
//! Near the top of a story (its first paragraphs, which tell the one happening the story is
//! about) the sentence may open the next paragraph; further down, a new paragraph turns to
//! background and other matters.

use crate::model::EntityKind;

use super::super::mentions::Mention;
use super::super::text::Segmented;
use super::clauses::quoted;
use super::mention::EventMention;
use super::roles::{mentions_in, takes_no_part};

/// How many paragraphs, from the first of the body, tell the story's own happening.
const TOP_PARAGRAPHS: usize = 4;

/// Gives the last event of each sentence that is a deployment, departure, return, training, rescue
/// or relief and names no unit the units of the next sentence (outside quotation marks), when that
/// sentence tells no event of its own and is of the event's paragraph, or of the next one near the
/// top of the story.
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
        let moves = matches!(
            event.event_type,
            "deployment" | "departure" | "return" | "training" | "rescue" | "relief"
        );
        if has_unit || !moves || !last_of_sentence || !eventless() || next >= seg.sentences.len() {
            continue;
        }
        let sentence = &seg.sentences[next];
        let own = seg.sentences[event.sentence].paragraph;
        let goes_on = sentence.paragraph == own || near_the_top(seg, own);
        if sentence.headline || sentence.boilerplate || !goes_on {
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

/// Whether `paragraph` is one of the first paragraphs of the article's body, which tell the
/// happening the story is about.
fn near_the_top(seg: &Segmented<'_>, paragraph: usize) -> bool {
    let body = seg.sentences.iter().find(|s| !s.headline && !s.boilerplate);
    body.is_some_and(|first| paragraph < first.paragraph + TOP_PARAGRAPHS)
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

    #[test]
    fn near_the_top_the_next_paragraph_names_the_rescuers_further_down_it_does_not() {
        let found = places_and_participants(
            "Four fishermen were rescued off the coast of Eastport on Sunday.\n\n\
             The fishermen were brought ashore by the 12th Naval Patrol Squadron.\n\n\
             The sea was calm.\n\nThe boat was old.\n\nThe port is small.\n\n\
             Last year volunteers rescued two climbers on Mount Pell on a Sunday.\n\n\
             The 9th Mountain Battalion keeps a post on the mountain.",
        );
        let rescues: Vec<&[String]> =
            found.iter().filter(|e| e.0 == "rescue").map(|e| e.2.as_slice()).collect();
        assert_eq!(rescues, [&["12th Naval Patrol Squadron".to_string()][..], &[][..]], "{found:?}");
    }
}
