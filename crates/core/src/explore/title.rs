//! The tab title of a view: what the view shows, then "factlens".

use super::explorer::Explorer;
use super::state::UrlState;

impl Explorer {
    /// The title of the view of `state`: the article read, the fact open, or the filters and
    /// search of the results ("Stephen Osborn · factlens"); "factlens" alone for all results.
    pub fn title(&self, state: &UrlState) -> String {
        let what = if let Some(doc) = &state.doc {
            Some(
                self.corpus()
                    .article(doc)
                    .map_or_else(|| "Article not found".to_string(), |a| a.document.title.clone()),
            )
        } else if let Some(id) = &state.open {
            Some(self.fact(id).map_or_else(|| "Fact not found".to_string(), |f| f.name().to_string()))
        } else {
            let mut parts: Vec<String> = state
                .filters
                .iter()
                .flat_map(|(facet, values)| values.iter().map(move |v| format!("{}: {v}", facet.label())))
                .collect();
            if !state.q.is_empty() {
                parts.push(format!("“{}”", state.q.chars().take(40).collect::<String>()));
            }
            (!parts.is_empty()).then(|| parts.join(", "))
        };
        match what {
            Some(what) => format!("{what} · factlens"),
            None => "factlens".to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::baked::Corpus;
    use crate::extract::extract;
    use crate::model::{Article, Document};

    fn explorer() -> Explorer {
        let text = "Maj. Gen. Stephen Osborn, the adjutant general of the Iowa National Guard, visited Kosovo on Oct. 3, 2023.";
        let document = Document {
            id: "000".into(),
            title: "Guard visit".into(),
            outlet: None,
            url: None,
            published: None,
        };
        let article = Article { document, text: text.into() };
        let facts = extract(std::slice::from_ref(&article)).facts;
        Explorer::new(Corpus { articles: vec![article], facts })
    }

    #[test]
    fn each_view_has_its_title() {
        let ex = explorer();
        assert_eq!(ex.title(&UrlState::default()), "factlens");
        let (reading, _) = UrlState::parse("doc=000");
        assert_eq!(ex.title(&reading), "Guard visit · factlens");
        let (missing, _) = UrlState::parse("open=official/nobody");
        assert_eq!(ex.title(&missing), "Fact not found · factlens");
        let (filtered, _) = UrlState::parse("kind=unit&q=guard");
        assert_eq!(ex.title(&filtered), "Kind: unit, “guard” · factlens");
        let id = ex
            .corpus()
            .facts
            .entities
            .iter()
            .find(|e| e.name.contains("Osborn"))
            .map(|e| e.id.clone())
            .unwrap();
        assert_eq!(ex.title(&UrlState::default().opened(&id)), "Stephen Osborn · factlens");
    }
}
