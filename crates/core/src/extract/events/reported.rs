//! Happenings reported by a source: a saying in the writer's own words, by a body or its
//! spokesperson ("The army said the attack was carried out at dawn", "Col. Ann Ruiz, the wing's
//! spokesperson, said the aircraft landed"), is where the article learnt the happening it just told,
//! not a saying of its own.

use super::super::mentions::Mention;
use super::super::text::Segmented;
use super::retold::Told;
use crate::model::EntityKind;

/// How many sentences back a reported happening may have been told.
const REACH: usize = 3;

/// Every saying that reports the happening told before it, with that happening: (saying, event).
///
/// A saying reports a happening when its sentence has no quotation marks, its speaker is a unit
/// or an organization (or unnamed, "the army said"), or named as a spokesperson, and an event that
/// is no saying was told in it or the three sentences before.
pub(super) fn reports(seg: &Segmented<'_>, mentions: &[Mention], told: &[Told<'_>]) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    for (later, saying) in told.iter().enumerate() {
        if saying.event_type != "statement" || saying.continues || !by_a_source(seg, mentions, saying) {
            continue;
        }
        let sentence = seg.sentences[saying.sentence].tokens.clone();
        if sentence.clone().any(|k| matches!(seg.tok(k), "“" | "”" | "\"")) {
            continue;
        }
        let earlier = (0..later)
            .rev()
            .take_while(|&k| told[k].sentence + REACH >= saying.sentence)
            .find(|&k| told[k].event_type != "statement");
        if let Some(earlier) = earlier {
            found.push((later, earlier));
        }
    }
    found
}

/// Whether a saying's speaker is a unit, a spokesperson, or one speaking on condition of anonymity
/// (a source, not a speaker: "the official said on condition of anonymity").
fn by_a_source(seg: &Segmented<'_>, mentions: &[Mention], saying: &Told<'_>) -> bool {
    let spokesperson = saying
        .tokens
        .clone()
        .any(|k| matches!(seg.low(k), "spokesperson" | "spokesman" | "spokeswoman" | "anonymity"));
    let unit = !saying.participants.is_empty()
        && saying.participants.iter().all(|&k| mentions[k].kind == EntityKind::Unit);
    spokesperson || unit
}

#[cfg(test)]
mod tests {
    use super::super::continuations_in;

    #[test]
    fn a_spokesperson_reporting_a_happening_is_its_source() {
        let found = continuations_in(
            "Rescue crews rescued two hikers near Glen Ora on Monday. \
             Maj. Ann Ruiz, a spokesperson, said the hikers were taken to a hospital.",
        );
        assert_eq!(found, [("rescue", None), ("statement", Some(0))], "{found:?}");
    }

    #[test]
    fn a_quoted_saying_stays_a_saying() {
        let found = continuations_in(
            "Rescue crews rescued two hikers near Glen Ora on Monday. \
             “We are proud of them,” said Maj. Ann Ruiz, a spokesperson.",
        );
        assert_eq!(found, [("rescue", None), ("statement", None)], "{found:?}");
    }

    #[test]
    fn an_anonymous_official_reporting_a_happening_is_its_source() {
        let found = continuations_in(
            "Rescue crews rescued two hikers near Glen Ora on Monday. \
             The hikers were taken to a hospital, an official said on condition of anonymity.",
        );
        assert_eq!(found[0], ("rescue", None), "{found:?}");
        assert!(found[1..].iter().all(|&(_, continues)| continues.is_some()), "{found:?}");
    }
}
