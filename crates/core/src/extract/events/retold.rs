//! Events told again: a later clause of an article that names a happening of the same type as one
//! it told before, with no date and nobody new ("Families were able to watch the ceremony", "The
//! crews arrived and were able to rescue the boaters"), is that happening told again, not another.

use crate::model::EntityKind;

use super::super::mentions::Mention;
use super::super::text::Segmented;
use super::EventMention;

/// Marks every event mention that tells an earlier one of its article again as continuing it.
///
/// A mention tells the event before it again when it is undated, not a saying, not already a
/// continuation, of the type of the latest earlier event of its article, told in the same direction
/// of time (not one coming and one past), and it names no unit, official or organization that the
/// earlier one does not, nor a word that sets it apart ("another group left", "a new rotation").
/// Sayings are left alone: two sayings are two events unless a speaker ties them.
pub(super) fn join_retold(seg: &Segmented<'_>, mentions: &[Mention], events: &mut [EventMention]) {
    for later in 1..events.len() {
        let event = &events[later];
        if event.continues.is_some() || !event.dates.is_empty() || event.event_type == "statement" {
            continue;
        }
        let Some(earlier) = (0..later).rev().find(|&k| events[k].event_type == event.event_type) else {
            continue;
        };
        if events[earlier].sentence == event.sentence
            || opposite_tenses(&events[earlier], event)
            || names_someone_new(mentions, &events[earlier], event)
            || event.tokens.clone().any(|k| sets_apart(seg.low(k)))
        {
            continue;
        }
        events[later].continues = Some(earlier);
    }
}

/// Whether one mention is told as coming and the other as past.
fn opposite_tenses(a: &EventMention, b: &EventMention) -> bool {
    use super::super::dates::Tense::{Future, Past};
    matches!((a.tense, b.tense), (Past, Future) | (Future, Past))
}

/// Whether `later` names a unit, official or organization (by name) that `earlier` does not.
fn names_someone_new(mentions: &[Mention], earlier: &EventMention, later: &EventMention) -> bool {
    let known: Vec<&str> = earlier.participants.iter().map(|&k| mentions[k].name.as_str()).collect();
    later
        .participants
        .iter()
        .any(|&k| mentions[k].kind != EntityKind::Place && !known.contains(&mentions[k].name.as_str()))
}

/// Whether a word sets a happening apart from one told before ("another", "a new", "also").
fn sets_apart(word: &str) -> bool {
    matches!(word, "another" | "other" | "new" | "next" | "second" | "further" | "also")
}

#[cfg(test)]
mod tests {
    use super::super::super::dates::find_dates;
    use super::super::super::mentions::find_mentions;
    use super::super::super::text::segment;
    use super::super::find_events;

    /// Each event's type and the index of the event it continues.
    fn continuations(text: &str) -> Vec<(&'static str, Option<usize>)> {
        let seg = segment(text);
        let (dates, blocked) = find_dates(&seg);
        let mentions = find_mentions(&seg, &blocked, None);
        find_events(&seg, &dates, &mentions).iter().map(|e| (e.event_type, e.continues)).collect()
    }

    #[test]
    fn a_happening_told_again_continues_the_first_telling() {
        let found = continuations(
            "The soldiers gathered for a send-off ceremony at Camp Hill on Sunday. \
             Families were able to watch the ceremony online. \
             Helicopter crews rescued two hikers on Monday. \
             The crews arrived and were able to rescue both of them.",
        );
        assert_eq!(found, [("ceremony", None), ("ceremony", Some(0)), ("rescue", None), ("rescue", Some(2))]);
    }

    #[test]
    fn another_happening_or_someone_new_is_no_retelling() {
        let found = continuations(
            "The 1st Battalion deployed to Kuwait in May. \
             Hours later another group of soldiers deployed to Qatar. \
             The 2nd Battalion also deployed.",
        );
        assert_eq!(found, [("deployment", None), ("deployment", None), ("deployment", None)], "{found:?}");
    }
}
