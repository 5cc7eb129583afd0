//! A saved web page reduced to its article: the text that readability (the `dom_smoothie` port of
//! Firefox's Reader View) finds, else the page's visible text; with the page's title and
//! publication time. The page is parsed, never rendered: no script runs, nothing is fetched.

use dom_query::Document;
use dom_smoothie::{Config, Readability, TextMode};

use super::refusal::thousands;

/// What a web page gives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Page {
    /// The article's text, paragraphs on lines of their own.
    pub text: String,
    /// What was left out, when anything was.
    pub note: Option<String>,
    /// The page's title (its `og:title`, JSON-LD headline or `<title>`).
    pub title: Option<String>,
    /// Its `article:published_time` (or JSON-LD `datePublished`), as `YYYY-MM-DD`.
    pub published: Option<String>,
}

/// Elements whose content is never text to read.
const HIDDEN: &str = "script, style, noscript, template, svg, iframe, object";

/// Elements that hold the page's furniture rather than its article.
const NAVIGATION: &str = "nav, header, footer, aside, menu, form";

/// The most elements readability looks at; a larger page is read as its visible text.
const MAX_ELEMENTS: usize = 20_000;

/// What a page holds besides its article, from one parse of it.
struct Survey {
    /// It has scripts or styles.
    scripts: bool,
    /// It has navigation, headers, footers, asides or forms.
    navigation: bool,
    /// The visible text of its body.
    visible: String,
    /// The text of its `<title>`.
    title: Option<String>,
}

/// Reads a page's article, its title and its date.
pub(crate) fn read_page(html: &str) -> Page {
    let survey = survey(html);
    let config =
        Config { text_mode: TextMode::Formatted, max_elements_to_parse: MAX_ELEMENTS, ..Config::default() };
    let article = Readability::new(html, None, Some(config)).ok().and_then(|mut r| r.parse().ok());
    let (text, title, published, found) = match article {
        Some(a) if !a.text_content.trim().is_empty() => {
            (a.text_content.trim().to_string(), given(Some(a.title)), a.published_time, true)
        }
        other => {
            let (title, published) = other.map_or((None, None), |a| (given(Some(a.title)), a.published_time));
            (survey.visible.clone(), title.or(survey.title.clone()), published, false)
        }
    };
    Page {
        note: left_out_note(&survey, &text, found),
        text,
        title,
        published: published.as_deref().and_then(date_of_timestamp),
    }
}

/// Surveys a page: its scripts and navigation, its visible text (everything in the body but
/// scripts, styles and the like) and its `<title>`.
fn survey(html: &str) -> Survey {
    let doc = Document::from(html);
    let scripts = doc.select("script, style").exists();
    let navigation = doc.select(NAVIGATION).exists();
    let title = given(Some(doc.select("title").text().to_string()));
    doc.select(HIDDEN).remove();
    let body = doc.select("body");
    let visible = if body.exists() { body.formatted_text() } else { doc.formatted_text() };
    Survey { scripts, navigation, visible: visible.trim().to_string(), title }
}

/// A field trimmed, white space runs as one space; `None` when blank.
fn given(field: Option<String>) -> Option<String> {
    field.map(|f| f.split_whitespace().collect::<Vec<_>>().join(" ")).filter(|f| !f.is_empty())
}

/// The date of a timestamp such as `2020-02-28T17:30:00-06:00` or `2020-02-28`, when it has one.
fn date_of_timestamp(stamp: &str) -> Option<String> {
    let date = stamp.trim().split(['T', ' ']).next()?;
    date.parse::<crate::date::PartialDate>().ok().map(|d| d.to_string())
}

/// What reading the page left out: "left out scripts, navigation and 3,214 other characters"
/// (characters counted without white space); a note that no article was found when the visible
/// text was kept.
fn left_out_note(survey: &Survey, kept: &str, found_article: bool) -> Option<String> {
    let mut parts = Vec::new();
    if survey.scripts {
        parts.push("scripts".to_string());
    }
    if found_article && survey.navigation {
        parts.push("navigation".to_string());
    }
    let count = |t: &str| t.chars().filter(|c| !c.is_whitespace()).count();
    let other = count(&survey.visible).saturating_sub(count(kept));
    if other > 0 {
        parts.push(format!("{} other character{}", thousands(other), if other == 1 { "" } else { "s" }));
    }
    let left_out = match parts.len() {
        0 => None,
        n => Some(format!("left out {}", join_and(&parts, n))),
    };
    match (found_article, left_out) {
        (true, left_out) => left_out,
        (false, None) => Some("found no article in the page, so kept all its visible text".into()),
        (false, Some(l)) => Some(format!("found no article in the page, so kept all its visible text; {l}")),
    }
}

/// `a`, `a and b`, `a, b and c`.
fn join_and(parts: &[String], n: usize) -> String {
    match n {
        1 => parts[0].clone(),
        _ => format!("{} and {}", parts[..n - 1].join(", "), parts[n - 1]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!doctype html><html><head>
<title>Guard returns | Daily News</title>
<meta property="og:title" content="Iowa Guard Soldiers Return From Kosovo">
<meta property="article:published_time" content="2020-02-28T17:30:00-06:00">
<script>document.write("<p>Injected text that must never appear</p>")</script>
<style>p { color: red }</style>
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sports">Sports</a></nav>
<article>
<h1>Iowa Guard Soldiers Return From Kosovo</h1>
<p>More than 100 soldiers of the Iowa National Guard returned home on Friday after a nine-month
deployment to Kosovo, where they served with the NATO-led peacekeeping force.</p>
<p>Family members waited at the armory in Des Moines for hours, holding signs and flags, as the
buses carrying the soldiers pulled in shortly after noon, officials said.</p>
<p>Major General Stephen Osborn, the adjutant general of Iowa, thanked the soldiers and their
families for the sacrifices they made during the long months of the deployment overseas.</p>
</article>
<footer>Copyright Daily News. All rights reserved. Subscribe to our newsletter today.</footer>
</body></html>"#;

    #[test]
    fn a_saved_page_gives_its_article_title_and_date() {
        let page = read_page(PAGE);
        assert!(page.text.contains("More than 100 soldiers"), "{}", page.text);
        assert!(page.text.contains("sacrifices they made"), "{}", page.text);
        for left_out in ["Injected", "color: red", "Sports", "Copyright", "<p>"] {
            assert!(!page.text.contains(left_out), "{left_out} in {}", page.text);
        }
        assert_eq!(page.title.as_deref(), Some("Iowa Guard Soldiers Return From Kosovo"));
        assert_eq!(page.published.as_deref(), Some("2020-02-28"));
        let note = page.note.unwrap();
        assert!(note.starts_with("left out scripts, navigation and "), "{note}");
        assert!(note.ends_with(" other characters"), "{note}");
    }

    #[test]
    fn a_short_page_is_its_own_article() {
        let page = read_page(
            "<html><head><title>Note</title></head><body><div>Meeting at noon.</div></body></html>",
        );
        assert_eq!(
            (page.text.as_str(), page.title.as_deref(), page.note),
            ("Meeting at noon.", Some("Note"), None)
        );
    }

    #[test]
    fn a_page_readability_cannot_read_keeps_its_visible_text() {
        let cells = "<span>cell</span>".repeat(MAX_ELEMENTS);
        let html = format!(
            "<html><head><title> Big  table </title><script>x()</script></head><body>{cells}</body></html>"
        );
        let page = read_page(&html);
        assert_eq!(page.text, "cell".repeat(MAX_ELEMENTS));
        assert_eq!(page.title.as_deref(), Some("Big table"));
        let note = page.note.unwrap();
        assert!(note.starts_with("found no article in the page"), "{note}");
        assert!(note.ends_with("left out scripts"), "{note}");
    }

    #[test]
    fn timestamps_give_their_date() {
        assert_eq!(date_of_timestamp("2020-02-28T17:30:00Z").as_deref(), Some("2020-02-28"));
        assert_eq!(date_of_timestamp("2020-02-28 17:30").as_deref(), Some("2020-02-28"));
        assert_eq!(date_of_timestamp("Friday"), None);
    }

    #[test]
    fn lists_read_as_prose() {
        let parts: Vec<String> = ["a", "b", "c"].iter().map(|s| s.to_string()).collect();
        assert_eq!(join_and(&parts, 1), "a");
        assert_eq!(join_and(&parts, 3), "a, b and c");
    }
}
