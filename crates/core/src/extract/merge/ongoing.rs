//! A happening told as going on at the time of writing: "Rangers are providing assistance to
//! three towns", "an exercise is currently underway". It was under way when the article was
//! written, on days the text does not name: the month of writing dates it, not the day.

use std::ops::Range;

use super::super::lexicon::Role;
use super::super::text::{Segmented, TokenKind};

/// Whether the clause `tokens` tells its happening as going on now: "currently", or a present
/// or perfect progressive ("is hosting", "are still battling", "has been experiencing"; not "is
/// going to"). With `acts` false (an
/// article's lead) not of a verb that tells a happening itself ("is retiring", "is ordering": the
/// act of the news day); with `acts` true (past the lead, where the news day's act has been told)
/// of any verb: "a leader who is visiting the country", "Rangers are deploying to two towns".
pub(super) fn told_as_ongoing(seg: &Segmented<'_>, tokens: Range<usize>, acts: bool) -> bool {
    let end = tokens.end;
    tokens.clone().any(|k| {
        if seg.low(k) == "currently" {
            return true;
        }
        // "has been experiencing heavy rains": a perfect progressive goes on at the writing too.
        let perfect = matches!(seg.low(k), "has" | "have") && k + 1 < end && seg.low(k + 1) == "been";
        if !matches!(seg.low(k), "is" | "are") && !perfect {
            return false;
        }
        let mut verb = if perfect { k + 2 } else { k + 1 };
        while verb < end && matches!(seg.low(verb), "now" | "still" | "already") {
            verb += 1;
        }
        // "is retiring", "is ordering troops to …": a verb that itself tells a happening names
        // the act of the news day (or a plan), not a situation going on.
        let tells_act = !acts && seg.word(verb).is(Role::Verb) && seg.word(verb).event_type().is_some();
        verb < end && seg.tokens[verb].kind == TokenKind::Word && progressive(seg.low(verb)) && !tells_act
    })
}

/// Whether a lowercase word is a verb's "-ing" form that tells an activity, not a plan
/// ("going", "planning") or a feeling.
fn progressive(word: &str) -> bool {
    word.len() > 5
        && word.ends_with("ing")
        && !matches!(word, "going" | "planning" | "preparing" | "expecting")
}

#[cfg(test)]
mod tests {
    use super::told_as_ongoing;
    use crate::extract::text::segment;

    fn ongoing(text: &str) -> bool {
        let seg = segment(text);
        told_as_ongoing(&seg, 0..seg.tokens.len(), false)
    }

    #[test]
    fn a_present_progressive_or_currently_tells_a_happening_going_on() {
        assert!(ongoing("Examplian Rangers are providing help to three towns."));
        assert!(ongoing("An exercise is currently underway in Ashford."));
        assert!(ongoing("The town is still hosting a delegation."));
        assert!(!ongoing("The town is going to host a delegation."));
        assert!(!ongoing("The general is retiring after 30 years."));
        assert!(!ongoing("The town hosted a delegation on Monday."));
        assert!(ongoing("The region has been experiencing heavy rains for two weeks."));
        assert!(!ongoing("The region has been hit by heavy rains."));
    }

    #[test]
    fn past_the_lead_a_progressive_of_an_act_tells_it_going_on() {
        let text = "A delegation of Examplian officers is visiting two towns.";
        let seg = segment(text);
        assert!(!told_as_ongoing(&seg, 0..seg.tokens.len(), false));
        assert!(told_as_ongoing(&seg, 0..seg.tokens.len(), true));
    }
}
