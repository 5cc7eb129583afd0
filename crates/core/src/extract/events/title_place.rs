//! Where an article's title places its news: "Navy rescues 40 migrants in the Adriatic" over a
//! lead that says the ship "rescued 40 migrants from a dinghy". The title's event of a type the
//! lead tells is that lead event told short; the place the title gives it is the lead event's when
//! the lead names none.

use super::mention::EventMention;

/// The sentences of an article's body, from its first, where its news is told again.
const LEAD_SENTENCES: usize = 3;

/// Gives the first event of the lead (`events`, the body's) of each placed title event's type the
/// title event's place, when the lead event has none and continues no other.
pub(super) fn lend_title_places(title: &[EventMention], events: &mut [EventMention]) {
    let first_sentence = events.first().map_or(0, |e| e.sentence);
    for told in title {
        let Some(place) = told.location else { continue };
        let lead = events
            .iter_mut()
            .take_while(|e| e.sentence < first_sentence + LEAD_SENTENCES)
            .find(|e| e.event_type == told.event_type);
        if let Some(lead) = lead.filter(|e| e.location.is_none() && e.continues.is_none()) {
            lead.location = Some(place);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::roles::tests::places_and_participants;

    #[test]
    fn a_lead_event_naming_no_place_takes_the_place_its_title_gives() {
        let found = places_and_participants(
            "Green Navy rescues 40 hikers in Vermont\n\nThe Green Navy rescued 40 hikers from a ledge on Friday. \
             The Green Navy trained on Monday. Vermont thanked the crew.",
        );
        let rescue = found.iter().find(|e| e.0 == "rescue").unwrap();
        assert_eq!(rescue.1.as_deref(), Some("Vermont"), "{found:?}");
        let training = found.iter().find(|e| e.0 == "training").unwrap();
        assert_eq!(training.1, None, "{found:?}");
    }
}
