//! Sayings at an occasion: an article whose news is an occasion where people speak (a ceremony, a
//! change of command, a visit, a meeting, a swearing-in) reports the undated sayings it quotes as
//! said there, on its day, when the speaker takes part in it ("“They served with honour,” the
//! governor said" in the report of a ceremony the governor hosted on Monday). Sayings in the news
//! of anything else (a deployment, a rescue) are most often said later, to the press, and keep no
//! date.

use super::super::dates::{Days, Tense};
use super::super::doc::Doc;
use super::cluster::{lend_day, EventCluster};

/// The types of event at which people make speeches.
const OCCASIONS: &[&str] = &["ceremony", "transfer-of-authority", "visit", "meeting", "appointment"];

/// The sentences of an article's lead (with its headline), where its news is told.
const LEAD_SENTENCES: usize = 3;

/// For each article, the occasion it reports as its news: its first event (in reading order)
/// dated to one day in the three days up to its publication day, when that event is an occasion
/// told in its lead. Gives the day and the event's index. One pass over the events' mentions.
fn occasions(docs: &[Doc<'_>], clusters: &[EventCluster]) -> Vec<Option<(i64, usize)>> {
    let published: Vec<Option<i64>> = docs
        .iter()
        .map(|doc| doc.published.filter(|date| date.day.is_some()).map(|date| Days::of(date).first))
        .collect();
    // For each article, its first event dated in its window: (sentence, day, event index).
    let mut first: Vec<Option<(usize, i64, usize)>> = vec![None; docs.len()];
    for (index, cluster) in clusters.iter().enumerate() {
        let Some(days) = cluster.days.filter(|days| days.first == days.last) else { continue };
        for &(doc, event) in &cluster.members {
            let in_window = published[doc].is_some_and(|day| day - 3 <= days.first && days.first <= day);
            let candidate = (docs[doc].events[event].sentence, days.first, index);
            if in_window && first[doc].is_none_or(|best| candidate < best) {
                first[doc] = Some(candidate);
            }
        }
    }
    first
        .into_iter()
        .map(|news| {
            let (sentence, day, index) = news?;
            (OCCASIONS.contains(&clusters[index].event_type) && sentence < LEAD_SENTENCES)
                .then_some((day, index))
        })
        .collect()
}

/// Dates every undated saying, not told as coming, of an article whose news is an occasion, by a
/// speaker who takes part in it, with the occasion's day. A saying reported by several articles
/// needs every one of them to agree. Whether a saying is coming is the narration's word, not the
/// quotation's: "“The fleet will stay ready,” the admiral said" was said.
pub(super) fn apply_occasion_sayings(
    docs: &[Doc<'_>],
    entity_of: &[Vec<usize>],
    clusters: &mut [EventCluster],
) {
    let occasions = occasions(docs, clusters);
    let mut found = Vec::new();
    for (index, cluster) in clusters.iter().enumerate() {
        if cluster.days.is_some() || cluster.event_type != "statement" {
            continue;
        }
        let coming = cluster.members.iter().any(|&(doc, e)| docs[doc].events[e].narrated == Tense::Future);
        let days: Vec<Option<(i64, usize)>> =
            cluster.members.iter().map(|&(doc, _)| occasions[doc]).collect();
        let Some(Some((day, occasion))) = days.first().copied() else { continue };
        if coming || days.iter().any(|other| other.map(|(d, _)| d) != Some(day)) {
            continue;
        }
        let present = entities(docs, entity_of, &clusters[occasion]);
        if !entities(docs, entity_of, cluster).iter().any(|speaker| present.contains(speaker)) {
            continue;
        }
        found.push((index, day, occasion));
    }
    for (index, day, occasion) in found {
        lend_day(docs, clusters, index, occasion, day, "in the report of");
    }
}

/// The entities (clusters) taking part in an event, through all its mentions.
fn entities(docs: &[Doc<'_>], entity_of: &[Vec<usize>], cluster: &EventCluster) -> Vec<usize> {
    cluster
        .members
        .iter()
        .flat_map(|&(doc, e)| docs[doc].events[e].participants.iter().map(move |&m| entity_of[doc][m]))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::speaker::tests::saying_dates;

    #[test]
    fn a_saying_that_quotes_a_plan_is_said_at_the_occasion() {
        let text =
            "Admiral Ann Ruiz took command of the Examplian Fleet in a ceremony at Ashford on Tuesday.\n\n\
                    “The fleet will stay ready for any task,” Admiral Ruiz said.";
        assert_eq!(saying_dates(text), vec![Some("2023-03-07".to_string())]);
        // Told as coming by the narration, it is no saying of the occasion.
        let coming = text.replace("Admiral Ruiz said", "Admiral Ruiz will say");
        assert_eq!(saying_dates(&coming), Vec::<Option<String>>::new());
    }
}
