//! A collection's facts: its articles extracted together, as one corpus.

use super::store::Collection;
use crate::baked::Corpus;

/// Extracts the facts of all the collection's articles together (so an entity named in several
/// of them is one entity with every mention, and their disagreements are found), as a [`Corpus`]
/// that [`Corpus::to_bytes`] can send to the page.
pub fn corpus_of(collection: &Collection) -> Corpus {
    Corpus::build(collection.articles().to_vec())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::collection::draft::Draft;

    fn draft(name: &str, text: &str, published: &str) -> Draft {
        Draft { name: name.into(), text: text.into(), published: Some(published.into()), ..Draft::default() }
    }

    #[test]
    fn articles_are_extracted_together() {
        let mut collection = Collection::default();
        collection
            .add(draft("a.txt", "Maj. Gen. Stephen Osborn visited Kosovo on Friday.", "2024-03-01"))
            .unwrap();
        let first = corpus_of(&collection);
        collection
            .add(draft("b.txt", "Major General Stephen Osborn spoke at Camp Dodge.", "2024-03-04"))
            .unwrap();
        let both = corpus_of(&collection);
        both.verify_evidence().unwrap();
        let osborn =
            |c: &Corpus| c.facts.entities.iter().find(|e| e.name == "Stephen Osborn").cloned().unwrap();
        assert_eq!(osborn(&first).mentions.len(), 1);
        let docs: Vec<String> = osborn(&both).mentions.into_iter().map(|m| m.doc).collect();
        assert_eq!(docs.len(), 2, "the known official gains the new article's mention");
        assert_ne!(docs[0], docs[1]);
        assert_eq!(Corpus::from_bytes(&both.to_bytes()).unwrap(), both);
    }
}
