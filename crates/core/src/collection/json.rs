//! The collection file, `factlens-collection/1`: a reader's articles as JSON, to keep or to move
//! to another browser. Reading one checks every article as adding it would.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::draft::Draft;
use super::limits::FORMAT_VERSION as VERSION;
use super::refusal::Refusal;
use super::store::Collection;
use crate::model::Article;

/// The format tag's prefix; the version follows it.
const TAG: &str = "factlens-collection/";

/// The file name used in refusals by [`Collection::from_json`].
const DEFAULT_NAME: &str = "collection file";

/// The file as written.
#[derive(Serialize, Deserialize)]
struct CollectionFile {
    format: String,
    articles: Vec<StoredArticle>,
}

/// One article of the file: its metadata, then its text.
#[derive(Serialize, Deserialize)]
struct StoredArticle {
    id: String,
    title: String,
    outlet: Option<String>,
    published: Option<String>,
    url: Option<String>,
    text: String,
}

impl From<&Article> for StoredArticle {
    fn from(a: &Article) -> Self {
        let d = &a.document;
        StoredArticle {
            id: d.id.clone(),
            title: d.title.clone(),
            outlet: d.outlet.clone(),
            published: d.published.map(|p| p.to_string()),
            url: d.url.clone(),
            text: a.text.clone(),
        }
    }
}

impl Collection {
    /// The collection as a `factlens-collection/1` file (pretty-printed JSON).
    pub fn to_json(&self) -> String {
        let file = CollectionFile {
            format: format!("{TAG}{VERSION}"),
            articles: self.articles().iter().map(StoredArticle::from).collect(),
        };
        serde_json::to_string_pretty(&file).expect("serializing to memory cannot fail")
    }

    /// Reads a collection file written by [`Collection::to_json`]; see
    /// [`Collection::from_json_file`].
    pub fn from_json(json: &str) -> Result<Collection, Refusal> {
        Self::from_json_file(DEFAULT_NAME, json)
    }

    /// Reads the collection file `name`: refuses a newer version ([`Refusal::NewerFormat`]), a
    /// `factlens/1` facts export or anything else that is not a collection file
    /// ([`Refusal::Malformed`]), and any article that [`Collection::add_with_id`] would refuse.
    pub fn from_json_file(name: &str, json: &str) -> Result<Collection, Refusal> {
        let malformed = |message: String| Refusal::Malformed { name: name.to_string(), message };
        let value: Value = serde_json::from_str(json).map_err(|e| malformed(format!("not JSON ({e})")))?;
        check_version(name, value.get("format").and_then(Value::as_str))?;
        let file: CollectionFile = serde_json::from_value(value).map_err(|e| malformed(e.to_string()))?;
        let mut collection = Collection::default();
        for a in file.articles {
            let draft = Draft {
                name: format!("{name}, article “{}”", a.id),
                text: a.text,
                title: Some(a.title),
                outlet: a.outlet,
                published: a.published,
                url: a.url,
            };
            collection.add_with_id(&a.id, draft)?;
        }
        Ok(collection)
    }
}

/// Accepts the format tag of a version-1 collection file; refuses a newer one, a facts export and
/// anything else.
fn check_version(name: &str, format: Option<&str>) -> Result<(), Refusal> {
    let malformed =
        |message: &str| Err(Refusal::Malformed { name: name.to_string(), message: message.into() });
    let Some(format) = format else {
        return malformed("it has no \"format\" field, so it is not a factlens collection");
    };
    if format.starts_with("factlens/") {
        return malformed(&format!(
            "it is a facts export ({format}), not a collection of articles: import a file saved with “Export collection”"
        ));
    }
    match format.strip_prefix(TAG).map(str::parse::<u32>) {
        Some(Ok(VERSION)) => Ok(()),
        Some(Ok(version)) if version > VERSION => {
            Err(Refusal::NewerFormat { name: name.to_string(), version })
        }
        _ => malformed(&format!("its format “{format}” is not {TAG}{VERSION}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Collection {
        let mut c = Collection::default();
        let full = Draft {
            name: "a.html".into(),
            text: "Guard Returns\n\nThe unit came “home” on Friday.\r\n\ttabs\u{2028}and ünïcode".into(),
            title: Some("Guard Returns".into()),
            outlet: Some("KCAU".into()),
            published: Some("2020-02-28".into()),
            url: Some("https://example.com/a?b=1&c=\"2\"".into()),
        };
        c.add(full).unwrap();
        c.add(Draft { name: "b.txt".into(), text: "Just text.".into(), ..Draft::default() }).unwrap();
        c
    }

    #[test]
    fn round_trips_exactly() {
        let c = sample();
        let json = c.to_json();
        let back = Collection::from_json(&json).unwrap();
        assert_eq!(back, c);
        assert_eq!(back.to_json(), json);
        let value: Value = serde_json::from_str(&json).unwrap();
        assert_eq!(value["format"], "factlens-collection/1");
        let keys: Vec<&str> = value["articles"][0].as_object().unwrap().keys().map(String::as_str).collect();
        assert_eq!(keys.len(), 6);
        assert_eq!(value["articles"][1]["published"], Value::Null);
    }

    #[test]
    fn a_newer_version_is_refused_with_its_number() {
        let json = sample().to_json().replace("factlens-collection/1", "factlens-collection/7");
        assert_eq!(
            Collection::from_json_file("mine.json", &json),
            Err(Refusal::NewerFormat { name: "mine.json".into(), version: 7 })
        );
    }

    #[test]
    fn a_facts_export_is_refused_saying_what_it_is() {
        let facts = r#"{"format":"factlens/1","documents":[],"entities":[],"events":[],"conflicts":[]}"#;
        let err = Collection::from_json_file("facts.json", facts).unwrap_err();
        assert!(matches!(err, Refusal::Malformed { .. }));
        assert!(err.to_string().contains("facts export"), "{err}");
    }

    #[test]
    fn broken_files_and_bad_articles_are_refused_naming_the_file() {
        for bad in [
            "",
            "[]",
            "{\"format\":\"factlens-collection/1\"}",
            "{\"format\":\"other/1\",\"articles\":[]}",
            "{",
        ] {
            let err = Collection::from_json_file("x.json", bad).unwrap_err();
            assert!(matches!(err, Refusal::Malformed { .. }), "{bad}: {err}");
            assert!(err.to_string().starts_with("x.json: "), "{err}");
        }
        let json = sample().to_json().replace("2020-02-28", "28/02/2020");
        let err = Collection::from_json_file("x.json", &json).unwrap_err();
        assert!(matches!(err, Refusal::BadPublished { .. }), "{err}");
        assert!(err.to_string().starts_with("x.json, article “guard-returns”: "), "{err}");
        let ids: Vec<String> = sample().articles().iter().map(|a| a.document.id.clone()).collect();
        let twice = sample().to_json().replace(&format!("\"{}\"", ids[1]), &format!("\"{}\"", ids[0]));
        assert!(matches!(Collection::from_json(&twice), Err(Refusal::BadId { .. })));
    }
}
