//! A happening told as the background of the news: a cause or a time before it ("after returning
//! from duty", "in response to the landslides", "while on a deployment"), or what the news found
//! going on ("were already in the area"). It came before or around the news, on days the text does
//! not name: the month of the news dates it, not the news day.

use std::ops::Range;

use super::super::text::Segmented;

/// How far into a clause a dateline may reach ("NEW DELHI: In response to …").
const DATELINE_TOKENS: usize = 6;

/// Whether the clause `tokens` tells its happening as background: it holds "already", or it opens
/// (after any dateline) with "in response to", "while", or "after"/"following" and a verb's "-ing"
/// form. A clause that only ends with "after …" ("returned home after a deployment") tells the
/// news itself.
pub(super) fn told_as_background(seg: &Segmented<'_>, tokens: Range<usize>) -> bool {
    if tokens.clone().any(|k| seg.low(k) == "already") {
        return true;
    }
    let start = tokens
        .clone()
        .take(DATELINE_TOKENS)
        .find(|&k| seg.low(k) == ":")
        .map_or(tokens.start, |colon| colon + 1);
    let word = |k: usize| if k < tokens.end { seg.low(k) } else { "" };
    match word(start) {
        "in" => word(start + 1) == "response" && word(start + 2) == "to",
        "while" => true,
        "after" | "following" => gerund(word(start + 1)),
        _ => false,
    }
}

/// Whether a lowercase word looks like a verb's "-ing" form ("returning", "capsizing").
fn gerund(word: &str) -> bool {
    word.len() > 5 && word.ends_with("ing")
}

#[cfg(test)]
mod tests {
    use super::told_as_background;
    use crate::extract::text::segment;

    fn background(text: &str) -> bool {
        let seg = segment(text);
        told_as_background(&seg, 0..seg.tokens.len())
    }

    #[test]
    fn a_cause_or_a_state_found_is_background() {
        assert!(background("after returning from duty in Examplia"));
        assert!(background(
            "ASHFORD: In response to the floods in Examplia, the army deployed two companies."
        ));
        assert!(background("Most of the crew were already in Ashford for training."));
        assert!(background("While on a deployment, the battery supported an exercise."));
        assert!(!background("after their boat sank off Examplia"));
        assert!(!background("The crew returned home after supporting missions abroad."));
        assert!(!background("The army deployed two companies to Examplia."));
    }
}
