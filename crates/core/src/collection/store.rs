//! [`Collection`]: the articles someone added, with their ids, kept free of duplicates.

use super::draft::{article_of, Draft};
use super::ids::{is_valid_id, slug_of, unique_id};
use super::refusal::Refusal;
use crate::model::Article;

/// A reader's own articles, in the order they were added. Ids are unique, and no two articles
/// have the same text (white space aside).
///
/// ```
/// use factlens_core::{corpus_of, Collection, Draft, Refusal};
///
/// let mut mine = Collection::default();
/// let text = "Guard Unit Returns\n\nMaj. Gen. Stephen Osborn visited Kosovo on Friday.";
/// let draft = Draft { name: "a.txt".into(), text: text.into(), ..Draft::default() };
/// assert_eq!(mine.add(draft.clone()).unwrap(), "guard-unit-returns");
/// assert!(matches!(mine.add(draft), Err(Refusal::Duplicate { .. })));
/// let kept = mine.to_json();
/// assert_eq!(Collection::from_json(&kept).unwrap(), mine);
/// assert!(!corpus_of(&mine).facts.entities.is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Collection {
    articles: Vec<Article>,
}

impl Collection {
    /// A collection of `articles`, taken as they are (see [`Collection::from_json`] for a checked
    /// file).
    pub fn new(articles: Vec<Article>) -> Self {
        Self { articles }
    }

    /// The articles, in order.
    pub fn articles(&self) -> &[Article] {
        &self.articles
    }

    /// Adds a draft under a new id made from its title, and returns the id. Refuses a draft that
    /// [`Draft`]'s checks refuse, or whose text is already in the collection.
    pub fn add(&mut self, draft: Draft) -> Result<String, Refusal> {
        let name = draft.name.clone();
        let mut article = article_of(draft, String::new())?;
        article.document.id = unique_id(&slug_of(&article.document.title), |id| self.position(id).is_some());
        self.insert(name, article)
    }

    /// Adds a draft under the given id, and returns it. Refuses what [`Collection::add`] refuses,
    /// and an id that is invalid or already used ([`Refusal::BadId`]).
    pub fn add_with_id(&mut self, id: &str, draft: Draft) -> Result<String, Refusal> {
        if !is_valid_id(id) || self.position(id).is_some() {
            return Err(Refusal::BadId { name: draft.name, value: id.to_string() });
        }
        let name = draft.name.clone();
        self.insert(name, article_of(draft, id.to_string())?)
    }

    /// Removes the article with this id and returns it (to [`restore`](Collection::restore) it on
    /// undo).
    pub fn remove(&mut self, id: &str) -> Option<Article> {
        self.position(id).map(|i| self.articles.remove(i))
    }

    /// Puts back a removed article at `index` (at the end when past it). Does nothing when an
    /// article with its id is already there.
    pub fn restore(&mut self, article: Article, index: usize) {
        if self.position(&article.document.id).is_none() {
            self.articles.insert(index.min(self.articles.len()), article);
        }
    }

    /// Where the article with this id is.
    fn position(&self, id: &str) -> Option<usize> {
        self.articles.iter().position(|a| a.document.id == id)
    }

    /// Appends a valid article unless its text is already there.
    fn insert(&mut self, name: String, article: Article) -> Result<String, Refusal> {
        if let Some(twin) = self.articles.iter().find(|a| same_words(&a.text, &article.text)) {
            return Err(Refusal::Duplicate { name, of: twin.document.title.clone() });
        }
        let id = article.document.id.clone();
        self.articles.push(article);
        Ok(id)
    }
}

/// Whether two texts are the same but for white space (compared word by word, stopping at the
/// first difference).
fn same_words(a: &str, b: &str) -> bool {
    a.split_whitespace().eq(b.split_whitespace())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft(name: &str, text: &str) -> Draft {
        Draft {
            name: name.into(),
            text: text.into(),
            title: Some("Guard Returns".into()),
            ..Draft::default()
        }
    }

    #[test]
    fn ids_come_from_titles_and_stay_unique() {
        let mut c = Collection::default();
        assert_eq!(c.add(draft("a.txt", "One.")).unwrap(), "guard-returns");
        assert_eq!(c.add(draft("b.txt", "Two.")).unwrap(), "guard-returns-2");
        assert_eq!(c.add_with_id("own_1", draft("c.txt", "Three.")).unwrap(), "own_1");
        let ids: Vec<&str> = c.articles().iter().map(|a| a.document.id.as_str()).collect();
        assert_eq!(ids, ["guard-returns", "guard-returns-2", "own_1"]);
        for bad in ["own_1", "a b", ""] {
            assert_eq!(
                c.add_with_id(bad, draft("d.txt", "Four.")),
                Err(Refusal::BadId { name: "d.txt".into(), value: bad.into() })
            );
        }
    }

    #[test]
    fn the_same_text_is_refused_naming_the_article_there() {
        let mut c = Collection::default();
        c.add(draft("a.txt", "The unit\nreturned.")).unwrap();
        let again = c.add(draft("b.txt", "  The unit   returned.\r\n"));
        assert_eq!(again, Err(Refusal::Duplicate { name: "b.txt".into(), of: "Guard Returns".into() }));
        assert_eq!(c.articles().len(), 1);
        assert!(c.add(draft("c.txt", "The unit returned!")).is_ok());
    }

    #[test]
    fn a_removed_article_comes_back_where_it_was() {
        let mut c = Collection::default();
        for (i, text) in ["One.", "Two.", "Three."].iter().enumerate() {
            c.add_with_id(&format!("a{i}"), draft("x.txt", text)).unwrap();
        }
        let before = c.clone();
        let removed = c.remove("a1").unwrap();
        assert_eq!(c.articles().len(), 2);
        assert_eq!(c.remove("a1"), None);
        c.restore(removed.clone(), 1);
        assert_eq!(c, before);
        c.restore(removed, 0);
        assert_eq!(c, before, "restoring twice adds nothing");
    }

    #[test]
    fn a_refused_draft_changes_nothing() {
        let mut c = Collection::default();
        let bad = Draft { published: Some("yesterday".into()), ..draft("a.txt", "Text.") };
        assert!(matches!(c.add(bad), Err(Refusal::BadPublished { .. })));
        assert!(matches!(c.add(draft("e.txt", " ")), Err(Refusal::Empty { .. })));
        assert!(c.articles().is_empty());
    }
}
