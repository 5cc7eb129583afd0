//! One speech told in several sentences: "“…,” said the Minister." after "“…,” said Ann Ruiz.":
//! a saying with no speaker of its own that the article could tie to a name (a pronoun, a title,
//! a name it did not resolve) goes on with the saying told just before it, the same speaker's words.

use std::ops::Range;

use super::super::text::Segmented;
use super::mention::EventMention;
use super::triggers;

/// How many sentences before a saying the saying it goes on with may have been told.
const REACH: usize = 2;

/// Marks every saying with no speaker of its own that goes on with the saying just before it as
/// continuing that saying.
///
/// The earlier saying is the latest event mention of the article before it, told in its sentence
/// or the two before, and itself a saying (or part of one): a happening told in between ends the
/// speech. The later saying's speaker is a person ("he said", "said the Minister", "Lee added"),
/// not a document or a group ("the statement noted", "They also discussed").
pub(super) fn join_speech(seg: &Segmented<'_>, events: &mut [EventMention]) {
    // The first telling each mention goes back to, kept as the mentions are read (continuations
    // point back), so that following a long chain of sayings costs nothing per saying.
    let mut roots: Vec<usize> = Vec::with_capacity(events.len());
    for later in 0..events.len() {
        let saying = &events[later];
        let speechless =
            saying.event_type == "statement" && saying.continues.is_none() && saying.participants.is_empty();
        let goes_on = later > 0
            && speechless
            && events[later - 1].sentence + REACH >= saying.sentence
            && events[roots[later - 1]].event_type == "statement"
            && !not_a_person(seg, saying.tokens.clone());
        if goes_on {
            events[later].continues = Some(later - 1);
        }
        let root = match events[later].continues {
            Some(earlier) if earlier < later => roots[earlier],
            _ => later,
        };
        roots.push(root);
    }
}

/// Whether the speaker of the saying `clause` tells is a document or a group, not a person: "the
/// statement noted", "reports said", "They also discussed" (a quoted "we noted" is the speaker's).
fn not_a_person(seg: &Segmented<'_>, clause: Range<usize>) -> bool {
    let document = |k: usize| matches!(seg.low(k), "statement" | "release" | "report" | "reports" | "they");
    seg.low(clause.start) == "they"
        || clause.clone().any(|k| {
            let speech =
                triggers::trigger(seg.word(k), "").is_some_and(|t| t.verb && t.event_type == "statement");
            speech && k > clause.start && document(k - 1)
        })
}

#[cfg(test)]
mod tests {
    use super::super::continuations_in;

    #[test]
    fn a_saying_pointing_at_its_speaker_goes_on_with_the_saying_before() {
        let found = continuations_in(
            "“We are ready for the drills,” said Ann Ruiz. \
             “The allies matter to us,” said the minister. \
             The 1st Battalion deployed to Kuwait on May 2. \
             “It was a long year,” he said.",
        );
        assert_eq!(found[1], ("statement", Some(0)), "{found:?}");
        assert_eq!(found.last(), Some(&("statement", None)), "{found:?}");
    }

    #[test]
    fn a_quoted_we_goes_on_with_its_speaker() {
        let found = continuations_in(
            "\"We agreed to hold the drills in April,\" he said. \"We noted that the timing could change.\"",
        );
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[1], ("statement", Some(0)), "{found:?}");
    }

    #[test]
    fn a_document_or_a_group_saying_goes_on_with_no_speech() {
        let found = continuations_in(
            "“We are ready for the drills,” said Ann Ruiz. \
             The port was closed in May, the statement noted.",
        );
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found.iter().all(|&(_, continues)| continues.is_none()), "{found:?}");
    }
}
