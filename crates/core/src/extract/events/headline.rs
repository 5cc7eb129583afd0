//! An article's title may name its news by a type its lead does not use.
//!
//! "Parliament approves deployment of troops to Examplia" over a lead that tells only that the
//! parliament "discussed the deployment of troops": the title's vote is the article's news, and
//! the lead tells it again (it shares the title's words). A title's event whose type the body also
//! tells is that body event told short, and is left to it; one that no lead event retells is left
//! out (a title names the article's news loosely: "returns from deployment" over a lead dated by
//! the deployment).

use super::mention::EventMention;
use crate::extract::text::{Segmented, TokenKind};

/// The sentences of an article's body, from its first, where its news is told again.
const LEAD_SENTENCES: usize = 3;
/// The fewest letters of a word shared by a title and a lead for them to tell one happening.
const SHARED_WORD_LETTERS: usize = 6;

/// Puts before `events` (the body's) the first event of the title (`title`) whose type no body
/// event has, when an event of the lead shares a lowercase word with it; that lead event (when it
/// continues no other) then continues the title's.
pub(super) fn add_retold_title(
    seg: &Segmented<'_>,
    title: Vec<EventMention>,
    events: &mut Vec<EventMention>,
) {
    let untold = title.into_iter().find(|t| events.iter().all(|e| e.event_type != t.event_type));
    let Some(untold) = untold else {
        return;
    };
    let first_sentence = events.first().map_or(0, |e| e.sentence);
    let lead = events.iter().position(|e| {
        e.sentence < first_sentence + LEAD_SENTENCES && e.continues.is_none() && shares_word(seg, &untold, e)
    });
    let Some(lead) = lead else {
        return;
    };
    for event in events.iter_mut() {
        event.continues = event.continues.map(|c| c + 1);
    }
    events[lead].continues = Some(0);
    events.insert(0, EventMention { continues: None, ..untold });
}

/// Whether two events' clauses share a long lowercase word ("participation", "peacekeeping").
fn shares_word(seg: &Segmented<'_>, a: &EventMention, b: &EventMention) -> bool {
    let long_words = |e: &EventMention| {
        e.tokens.clone().filter(|&k| {
            let word = seg.tok(k);
            seg.tokens[k].kind == TokenKind::Word
                && word.chars().count() >= SHARED_WORD_LETTERS
                && word.chars().all(|c| c.is_lowercase())
        })
    };
    long_words(a).any(|k| long_words(b).any(|j| seg.tok(j) == seg.tok(k)))
}

#[cfg(test)]
mod tests {
    use super::super::continuations_in;

    #[test]
    fn a_title_retold_by_the_lead_names_the_news() {
        let text = "Examplian parliament approves deployment of troops to Nowhere\n\n\
                    On Monday, the Examplian Parliament discussed the deployment of troops to Nowhere.";
        assert_eq!(continuations_in(text), vec![("vote", None), ("meeting", Some(0))]);
    }

    #[test]
    fn a_title_no_lead_retells_is_left_out() {
        let text = "Examplian parliament approves deployment of troops to Nowhere\n\n\
                    On Monday, the Examplian Parliament discussed the budget.";
        assert_eq!(continuations_in(text), vec![("meeting", None)]);
    }
}
