//! Files a person chose or dropped, decoded and held until they confirm them: the page lists each
//! one with the title and publication date it would get (both editable), or why it cannot be
//! added, and adds them only when told to, with the person's edits.

use factlens_core::{decode_file, Collection, Draft};
use serde_json::{json, Value};

/// One chosen file, decoded.
pub enum Chosen {
    /// A text or a saved web page: one article, whose title and date the person may change.
    Article {
        /// The article as it would be added (the proposed title and date filled in).
        draft: Draft,
        /// The date read from the file, if any.
        proposed_date: Option<String>,
        /// What decoding noticed (replacement characters, what a web page left out).
        notes: Vec<String>,
    },
    /// A collection file exported by factlens: its articles keep their own titles and dates.
    Collection { name: String, collection: Collection },
    /// A file that cannot be added, and why (the message names the file).
    Refused { name: String, why: String },
}

impl Chosen {
    /// Decodes a file: a collection file when its name ends in `.json`, else one article.
    pub fn of_file(name: &str, bytes: &[u8]) -> Chosen {
        let refused = |why: String| Chosen::Refused { name: name.to_string(), why };
        let decoded = match decode_file(name, bytes) {
            Ok(decoded) => decoded,
            Err(refusal) => return refused(refusal.to_string()),
        };
        if name.to_ascii_lowercase().ends_with(".json") {
            return match Collection::from_json_file(name, &decoded.text) {
                Ok(collection) => Chosen::Collection { name: name.to_string(), collection },
                Err(refusal) => refused(refusal.to_string()),
            };
        }
        let mut draft = Draft {
            name: name.to_string(),
            text: decoded.text,
            published: decoded.proposed.published.clone(),
            ..Draft::default()
        };
        draft.title = Some(draft.title_or_proposed());
        Chosen::Article { draft, proposed_date: decoded.proposed.published, notes: decoded.notes }
    }

    /// A file that could not be read.
    pub fn unreadable(name: &str, why: &str) -> Chosen {
        Chosen::Refused { name: name.to_string(), why: format!("{name} could not be read: {why}") }
    }

    /// How the page lists it for review: `{name, title, published, notes}` for an article,
    /// `{name, articles}` for a collection file, `{name, refused}` for a refusal.
    pub fn review(&self) -> Value {
        match self {
            Chosen::Article { draft, notes, .. } => json!({
                "name": draft.name, "title": draft.title, "published": draft.published, "notes": notes,
            }),
            Chosen::Collection { name, collection } => {
                json!({"name": name, "articles": collection.articles().len()})
            }
            Chosen::Refused { name, why } => json!({"name": name, "refused": why}),
        }
    }
}

/// A draft with the person's edits (`{title, published}`; a field left out keeps the proposal,
/// an emptied title goes back to the proposed one, an emptied date means none).
pub fn edited(mut draft: Draft, edit: &Value) -> Draft {
    if let Some(title) = edit["title"].as_str() {
        draft.title = Some(title.to_string()).filter(|t| !t.trim().is_empty());
    }
    if let Some(published) = edit["published"].as_str() {
        draft.published = Some(published.to_string()).filter(|p| !p.trim().is_empty());
    }
    draft
}
