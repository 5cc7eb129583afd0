//! Articles as JSON Lines (the CLI's `extract --jsonl`): one object per line, each checked as
//! [`Collection::add`] checks a draft; a bad line is skipped and reported with its number.

use serde::Deserialize;

use super::draft::Draft;
use super::store::Collection;

/// One line's article: only `text` is required; an absent `id` is made from the title.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LineArticle {
    id: Option<String>,
    text: String,
    title: Option<String>,
    outlet: Option<String>,
    published: Option<String>,
    url: Option<String>,
}

/// A line that was skipped, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SkippedLine {
    /// Its number, from 1.
    pub line: usize,
    /// The reason, a sentence starting with "line N: ".
    pub message: String,
}

/// The articles of JSON Lines input (`{"id"?, "text", "title"?, "outlet"?, "published"?,
/// "url"?}` per line), and the lines skipped: not such an object, or refused as
/// [`Collection::add_with_id`] and [`Collection::add`] refuse (named "line N"). Blank lines are
/// ignored.
pub fn collection_of_jsonl(input: &str) -> (Collection, Vec<SkippedLine>) {
    let mut collection = Collection::default();
    let mut skipped = Vec::new();
    for (index, line) in input.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let number = index + 1;
        let name = format!("line {number}");
        let added = match serde_json::from_str::<LineArticle>(line) {
            Ok(a) => {
                let draft = Draft {
                    name: name.clone(),
                    text: a.text,
                    title: a.title,
                    outlet: a.outlet,
                    published: a.published,
                    url: a.url,
                };
                match a.id {
                    Some(id) => collection.add_with_id(&id, draft),
                    None => collection.add(draft),
                }
                .map_err(|refusal| refusal.to_string())
            }
            Err(e) => Err(format!("{name}: not an article object ({e})")),
        };
        if let Err(message) = added {
            skipped.push(SkippedLine { line: number, message });
        }
    }
    (collection, skipped)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_good_lines_and_reports_bad_ones_by_number() {
        let input = concat!(
            "{\"id\":\"a\",\"text\":\"The unit returned.\",\"published\":\"2020-02-28\"}\n",
            "\n",
            "{\"text\":\"Guard Returns\\nThe unit came home.\",\"outlet\":\"KCAU\"}\r\n",
            "not json\n",
            "{\"id\":\"b\",\"text\":\"Other.\",\"published\":\"yesterday\"}\n",
            "{\"text\":\"The unit returned.\"}\n",
            "{\"id\":\"a\",\"text\":\"Third.\"}\n",
            "{\"text\":\"Fourth.\",\"colour\":\"red\"}\n",
            "   \n",
        );
        let (collection, skipped) = collection_of_jsonl(input);
        let ids: Vec<&str> = collection.articles().iter().map(|a| a.document.id.as_str()).collect();
        assert_eq!(ids, ["a", "guard-returns"]);
        assert_eq!(collection.articles()[1].document.outlet.as_deref(), Some("KCAU"));
        let lines: Vec<usize> = skipped.iter().map(|s| s.line).collect();
        assert_eq!(lines, [4, 5, 6, 7, 8]);
        for s in &skipped {
            assert!(s.message.starts_with(&format!("line {}: ", s.line)), "{}", s.message);
        }
        assert!(skipped[1].message.contains("“yesterday”"), "{}", skipped[1].message);
        assert!(skipped[2].message.contains("already here"), "{}", skipped[2].message);
        assert!(skipped[4].message.contains("colour"), "{}", skipped[4].message);
    }
}
