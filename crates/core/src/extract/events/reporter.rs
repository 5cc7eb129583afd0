//! Who tells a happening is not in it: "Capt. Ann Lee, the Navy spokesman, said the frigate docked
//! at the pier on Friday": the official before the verb of speech is the report's source, not a
//! participant of the docking (unless the report speaks of them: "said she would lead …").
//!
//! A source stays with the event mention while events are merged (a shared speaker is one of the
//! ties that join two tellings of one happening) and is left out of the event's participants.

use std::ops::Range;

use crate::model::EntityKind;

use super::super::mentions::Mention;
use super::super::text::Segmented;
use super::triggers;

/// How many tokens an appositive after the speaker's name may take (", the Navy spokesman,").
const APPOSITIVE: usize = 8;

/// Those of `participants` (indexes into `mentions`) who only report the happening of type
/// `event_type` that `clause` tells, named by the trigger at `trigger_at`; a saying's speaker is its
/// participant.
pub(super) fn sources(
    seg: &Segmented<'_>,
    mentions: &[Mention],
    participants: &[usize],
    clause: Range<usize>,
    (trigger_at, event_type): (usize, &str),
) -> Vec<usize> {
    if event_type == "statement" {
        return Vec::new();
    }
    let reports = |k: usize| {
        leading_source_verb(seg, &mentions[k], clause.clone())
            .is_some_and(|verb| !said_at(seg, verb, trigger_at))
            || says_it_last(seg, &mentions[k], clause.clone())
    };
    participants.iter().copied().filter(|&k| reports(k)).collect()
}

/// "Lee said at the ceremony that …", "said during his visit": the happening is where the words
/// were said, and the speaker is in it.
fn said_at(seg: &Segmented<'_>, verb: usize, trigger_at: usize) -> bool {
    let preposition = verb + 1;
    trigger_at > preposition
        && trigger_at <= preposition + 4
        && matches!(seg.low(preposition), "at" | "during" | "after" | "before" | "on" | "in")
}

/// Whether `mention`, an official in `clause`, says what the clause tells: followed by a verb of
/// speech (directly or after an appositive) that something reported follows, with no personal
/// pronoun in the report pointing back to the speaker ("said she would lead", "said we will").
/// Returns that verb.
fn leading_source_verb(seg: &Segmented<'_>, mention: &Mention, clause: Range<usize>) -> Option<usize> {
    if mention.kind != EntityKind::Official {
        return None;
    }
    let verb = speech_verb_after(seg, mention.tokens.end, clause.end)?;
    let about_speaker = (verb + 1..clause.end).any(|k| {
        matches!(seg.low(k), "he" | "she" | "his" | "her" | "him" | "i" | "my" | "me" | "we" | "our" | "us")
    });
    (verb + 2 < clause.end && !about_speaker).then_some(verb)
}

/// "…, said Lt. Gen. Ann Lee, chief of operations.": an official named after the verb of speech
/// that closes the clause, with at most an appositive after the name.
fn says_it_last(seg: &Segmented<'_>, mention: &Mention, clause: Range<usize>) -> bool {
    let (start, end) = (mention.tokens.start, mention.tokens.end);
    let said = start >= clause.start + 2
        && matches!(seg.low(start - 1), "said" | "says" | "added" | "stated")
        && matches!(seg.tok(start - 2), "," | "”" | "\"");
    let rest = end..clause.end;
    let closes = rest.is_empty()
        || seg.tok(end) == ","
            && rest.len() <= 2 * APPOSITIVE
            && !rest.clone().any(|k| triggers::trigger(seg.word(k), "").is_some());
    mention.kind == EntityKind::Official && said && closes
}

/// The verbs of speech after which an official tells what the clause reports ("Lee said", "Lee
/// announced that …", "Lee confirmed the crew rescued …").
const SPEECH_VERBS: &[&str] =
    &["said", "says", "claimed", "claims", "told", "stated", "noted", "announced", "confirmed"];

/// The verb of speech right after a name ending at `end` ("Lee said", "Lee, claimed", "Lee
/// announced", "Lee confirmed"), or after an appositive between commas ("Lee, the Navy spokesman,
/// said").
fn speech_verb_after(seg: &Segmented<'_>, end: usize, clause_end: usize) -> Option<usize> {
    let speaks = |k: usize| k < clause_end && SPEECH_VERBS.contains(&seg.low(k));
    if speaks(end) {
        return Some(end);
    }
    if end >= clause_end || seg.tok(end) != "," {
        return None;
    }
    if speaks(end + 1) {
        return Some(end + 1);
    }
    let close = (end + 1..clause_end.min(end + 1 + APPOSITIVE)).find(|&k| seg.tok(k) == ",")?;
    speaks(close + 1).then_some(close + 1)
}

#[cfg(test)]
mod tests {
    use super::super::events_in;

    #[test]
    fn who_says_a_happening_before_it_is_its_source() {
        let found = events_in(
            "Captain Ann Lee, the Navy spokesman, said the crew rescued two sailors near Port Ash on Friday. \
             Governor Ann Ruiz said she visited the troops at Camp Ash on Saturday. \
             Colonel Bo Lind said at the ceremony on Sunday that the unit was ready. \
             The 1st Battalion will deploy to Port Ash in May, said Colonel Bo Lind, head of planning at the base.",
        );
        let summary: Vec<_> =
            found.iter().map(|e| (e.event_type, e.participants.len(), e.sources.len())).collect();
        assert_eq!(summary[1], ("visit", 1, 0), "{summary:?}");
        assert_eq!(summary[2], ("ceremony", 1, 0), "{summary:?}");
        assert_eq!(summary[3], ("deployment", 2, 1), "{summary:?}");
        assert!(
            found[0].event_type != "statement" && found[0].sources == found[0].participants,
            "{summary:?}"
        );
    }

    #[test]
    fn who_announces_or_confirms_a_happening_is_its_source() {
        let found = events_in(
            "Minister Ann Ruiz announced that the 1st Battalion deployed to Port Ash on Monday. \
             Colonel Bo Lind confirmed the crew rescued two sailors near Port Ash on Friday.",
        );
        let summary: Vec<_> =
            found.iter().map(|e| (e.event_type, e.participants.len(), e.sources.len())).collect();
        assert_eq!(summary, [("deployment", 2, 1), ("rescue", 1, 1)], "{summary:?}");
    }
}
