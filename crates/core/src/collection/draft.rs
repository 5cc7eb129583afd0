//! [`Draft`], an article as someone proposes it, and its validation into an [`Article`]: the one
//! check that the page, the collection file and the CLI's JSON Lines share.

use super::limits::MAX_FILE_BYTES;
use super::refusal::Refusal;
use crate::date::PartialDate;
use crate::model::{Article, Document};

/// An article someone wants to add, as given: a file's text, or pasted text, with what they said
/// about it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Draft {
    /// The file's name, or "Pasted text": named in every refusal.
    pub name: String,
    /// The article's text, kept exactly.
    pub text: String,
    /// Headline; when absent, the one [`propose`](super::propose::propose) finds, else the id
    /// given with the draft, else the file name.
    pub title: Option<String>,
    /// Publisher.
    pub outlet: Option<String>,
    /// Publication date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub published: Option<String>,
    /// Address of the original: `http` or `https` only.
    pub url: Option<String>,
}

impl Draft {
    /// The title an article made of this draft gets (when it keeps no id of its own): its given
    /// title, else the headline [`propose`](super::propose::propose) finds, else the file name.
    /// What the page shows a person to confirm or edit before adding a file.
    pub fn title_or_proposed(&self) -> String {
        given(self.title.clone())
            .or_else(|| super::propose::propose(&self.text).title)
            .unwrap_or_else(|| title_of_file(&self.name))
    }
}

/// The article of a valid draft, with id `id` (empty: the caller makes one from the title): the text is not empty, not binary and not too
/// large, the date and the address are well formed. Optional fields are trimmed and blank ones
/// dropped; the text is kept exactly.
pub(crate) fn article_of(draft: Draft, id: String) -> Result<Article, Refusal> {
    let name = draft.name.clone();
    check_text(&name, &draft.text)?;
    let published = match given(draft.published) {
        Some(value) => Some(
            value.parse::<PartialDate>().map_err(|_| Refusal::BadPublished { name: name.clone(), value })?,
        ),
        None => None,
    };
    let url = given(draft.url);
    if let Some(value) = url.as_ref().filter(|u| !is_web_address(u)) {
        return Err(Refusal::BadUrl { name, value: value.clone() });
    }
    let title = given(draft.title)
        .or_else(|| super::propose::propose(&draft.text).title)
        .unwrap_or_else(|| if id.is_empty() { title_of_file(&name) } else { id.clone() });
    let document = Document { id, title, outlet: given(draft.outlet), published, url };
    Ok(Article { document, text: draft.text })
}

/// Refuses a text that is too large, binary, or blank.
pub(crate) fn check_text(name: &str, text: &str) -> Result<(), Refusal> {
    if text.len() > MAX_FILE_BYTES {
        return Err(Refusal::TooLarge { name: name.to_string(), bytes: text.len() });
    }
    if looks_binary(text) {
        return Err(Refusal::Binary { name: name.to_string() });
    }
    if text.trim().is_empty() {
        return Err(Refusal::Empty { name: name.to_string() });
    }
    Ok(())
}

/// Whether a decoded text is binary data: it holds a NUL, or more than one character in twenty
/// is a control character other than tab, line feed, form feed and carriage return.
pub(crate) fn looks_binary(text: &str) -> bool {
    let mut chars = 0usize;
    let mut control = 0usize;
    for c in text.chars() {
        if c == '\0' {
            return true;
        }
        chars += 1;
        if c.is_control() && !matches!(c, '\t' | '\n' | '\x0c' | '\r') {
            control += 1;
        }
    }
    control * 20 > chars
}

/// A trimmed optional field, `None` when absent or blank.
fn given(field: Option<String>) -> Option<String> {
    field.map(|f| f.trim().to_string()).filter(|f| !f.is_empty())
}

/// Whether `url` is an absolute `http` or `https` address with a host and no white space or
/// control characters.
fn is_web_address(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    let rest = lower.strip_prefix("https://").or_else(|| lower.strip_prefix("http://"));
    let host = rest.map(|r| r.split(['/', '?', '#']).next().unwrap_or(""));
    host.is_some_and(|h| !h.is_empty()) && !url.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// A title made of a file name: without its extension, `-` and `_` read as spaces.
fn title_of_file(name: &str) -> String {
    let stem = name.rsplit_once('.').map_or(name, |(stem, _)| stem);
    let title = stem.replace(['-', '_'], " ").trim().to_string();
    if title.is_empty() {
        name.to_string()
    } else {
        title
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft(text: &str) -> Draft {
        Draft { name: "a.txt".into(), text: text.into(), ..Draft::default() }
    }

    #[test]
    fn the_title_shown_before_adding_is_the_one_the_article_gets() {
        let headline =
            Draft { name: "guard-report_2.txt".into(), ..draft("Guard returns home\n\nThe unit returned.") };
        let untitled = Draft { name: "guard-report_2.txt".into(), ..draft("the unit returned on Monday.") };
        let given = Draft { title: Some("  Mine ".into()), ..untitled.clone() };
        for (d, want) in [(&headline, "Guard returns home"), (&untitled, "guard report 2"), (&given, "Mine")]
        {
            assert_eq!(d.title_or_proposed(), want);
            assert_eq!(article_of(d.clone(), String::new()).unwrap().document.title, want);
        }
    }

    #[test]
    fn keeps_the_text_exactly_and_trims_the_fields() {
        let d = Draft {
            title: Some("  Guard returns  ".into()),
            outlet: Some(" ".into()),
            published: Some(" 2020-02 ".into()),
            url: Some("https://example.com/a".into()),
            ..draft("  Body text.\r\n")
        };
        let article = article_of(d, "x".into()).unwrap();
        assert_eq!(article.text, "  Body text.\r\n");
        assert_eq!(article.document.title, "Guard returns");
        assert_eq!(article.document.outlet, None);
        assert_eq!(article.document.published.unwrap().to_string(), "2020-02");
        assert_eq!(article.document.url.as_deref(), Some("https://example.com/a"));
    }

    #[test]
    fn refuses_bad_dates_and_addresses_naming_the_value() {
        for bad in ["Feb 2020", "2020-13", "2020-02-30", "20"] {
            let err = article_of(Draft { published: Some(bad.into()), ..draft("Text.") }, "x".into());
            assert_eq!(err, Err(Refusal::BadPublished { name: "a.txt".into(), value: bad.into() }));
        }
        for bad in ["ftp://example.com", "javascript:alert(1)", "https://", "example.com", "http://a b"] {
            let err = article_of(Draft { url: Some(bad.into()), ..draft("Text.") }, "x".into());
            assert_eq!(err, Err(Refusal::BadUrl { name: "a.txt".into(), value: bad.into() }), "{bad}");
        }
        assert!(
            article_of(Draft { url: Some("HTTP://Example.com".into()), ..draft("T.") }, "x".into()).is_ok()
        );
    }

    #[test]
    fn refuses_blank_binary_and_oversized_text() {
        assert_eq!(check_text("a", " \n\t "), Err(Refusal::Empty { name: "a".into() }));
        assert_eq!(check_text("a", "PK\u{3}\u{4}\0\0"), Err(Refusal::Binary { name: "a".into() }));
        assert_eq!(check_text("a", "\u{1}\u{2}\u{3}abc"), Err(Refusal::Binary { name: "a".into() }));
        let big = "a".repeat(MAX_FILE_BYTES + 1);
        assert_eq!(
            check_text("a", &big),
            Err(Refusal::TooLarge { name: "a".into(), bytes: MAX_FILE_BYTES + 1 })
        );
        assert_eq!(check_text("a", "Tabs\tand\r\nlines\u{c}."), Ok(()));
    }

    #[test]
    fn a_missing_title_is_proposed_or_taken_from_the_file_name() {
        let headline = article_of(draft("Guard Unit Returns Home\n\nThe unit returned."), "x".into());
        assert_eq!(headline.unwrap().document.title, "Guard Unit Returns Home");
        let no_headline = Draft { name: "my_notes-1.txt".into(), ..draft("the unit returned on time.") };
        assert_eq!(article_of(no_headline.clone(), String::new()).unwrap().document.title, "my notes 1");
        assert_eq!(article_of(no_headline, "x-1".into()).unwrap().document.title, "x-1");
    }
}
