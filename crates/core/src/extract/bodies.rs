//! Bodies named by their subject, which writers put before or after the head: "Defence Ministry",
//! "Ministry of Defence", "Poland's Ministry of National Defence", "Japanese Defense Ministry",
//! "Defense Department", "Department of Defense" all name a ministry by what it is for.

use super::lexicon::gazetteer;

/// A body's head and the sorted words of its subject.
pub(crate) type SubjectKey = (&'static str, Vec<String>);

/// Heads of bodies whose name says their subject either way round.
const HEADS: [&str; 2] = ["ministry", "department"];

/// Words that say nothing of a body's subject: connectors, "national", and a country's name or
/// demonym ("Polish", "Japan's").
fn filler(word: &str) -> bool {
    let gazetteer = gazetteer();
    matches!(word, "of" | "the" | "for" | "and" | "national" | "state")
        || gazetteer.country_of_demonym(word).is_some()
        || gazetteer.get(word).is_some_and(|e| e.is_country_or_state())
}

/// The head of a body's name and the words of its subject, sorted, lowercase, with British
/// spellings of "defence" made American ("Ministry of Defence" → ("ministry", ["defense"])).
/// `None` for a name without such a head or without a subject.
pub(crate) fn subject_key(name: &str) -> Option<SubjectKey> {
    let words: Vec<String> = name
        .split(' ')
        .map(|w| {
            let w = w.trim_end_matches("'s").trim_end_matches("’s").to_lowercase();
            if w == "defence" {
                "defense".to_string()
            } else {
                w
            }
        })
        .collect();
    let head = HEADS.iter().copied().find(|head| words.iter().any(|w| w == head))?;
    let mut subject: Vec<String> =
        words.into_iter().filter(|w| w != head && !w.is_empty() && !filler(w)).collect();
    subject.sort_unstable();
    subject.dedup();
    (!subject.is_empty()).then_some((head, subject))
}

/// Whether two keys name one body: the same head, and one subject within the other ("Foreign
/// Ministry", "Ministry of Foreign Affairs").
pub(crate) fn same_subject(a: &SubjectKey, b: &SubjectKey) -> bool {
    let within = |x: &[String], y: &[String]| x.iter().all(|w| y.contains(w));
    a.0 == b.0 && (within(&a.1, &b.1) || within(&b.1, &a.1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_body_is_keyed_by_its_subject_either_way_round() {
        let key = |name| subject_key(name).unwrap();
        assert_eq!(key("Ministry of Defence"), key("Defense Ministry"));
        assert!(same_subject(&key("Poland's Ministry of National Defence"), &key("Polish Defence Ministry")));
        assert!(same_subject(&key("Foreign Ministry"), &key("Ministry of Foreign Affairs")));
        assert!(!same_subject(&key("Defense Ministry"), &key("Defense Department")));
        assert!(!same_subject(&key("Interior Ministry"), &key("Ministry of Foreign Affairs")));
        assert_eq!(subject_key("Polish Ministry"), None);
        assert_eq!(subject_key("Ohio National Guard"), None);
    }
}
