//! How a fact is quoted outside the explorer: a plain-text citation, and a link to an article's
//! original with a Text Fragment (`#:~:text=`) that makes the browser scroll to the quoted words.

use crate::evidence::Evidence;
use crate::model::Document;

/// Quotes of more words than this are addressed by their first and last words (`start,end`).
const WHOLE_WORDS: usize = 8;
/// How many words open and close a long quote's fragment.
const EDGE_WORDS: usize = 4;

/// The Text Fragment of a quote, `#:~:text=` then the quoted words percent-encoded (the
/// [Text Fragments](https://wicg.github.io/scroll-to-text-fragment/) form): the whole quote when it
/// is short, its first and last words (`start,end`) when it is long. Runs of white space count as
/// one space, as the browser matches rendered text.
pub fn text_fragment(quote: &str) -> String {
    let words: Vec<&str> = quote.split_whitespace().collect();
    let text = if words.len() > WHOLE_WORDS {
        let end = &words[words.len() - EDGE_WORDS..];
        format!("{},{}", encode(&words[..EDGE_WORDS].join(" ")), encode(&end.join(" ")))
    } else {
        encode(&words.join(" "))
    };
    format!("#:~:text={text}")
}

/// Percent-encodes all but ASCII letters, digits and `.`, `_`, `~` (so `-`, `,` and `&`, which
/// the Text Fragment syntax reserves, are always encoded).
fn encode(text: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.extend(['%', HEX[usize::from(b >> 4)] as char, HEX[usize::from(b & 15)] as char]);
        }
    }
    out
}

/// Whether `url` is an `http:` or `https:` address, the only ones linked (a manifest's
/// `javascript:` or `data:` address never is).
fn is_web(url: &str) -> bool {
    url.split_once(':').is_some_and(|(scheme, _)| {
        scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https")
    })
}

/// The link to an article's original at `url` that scrolls to `quote`; none unless `url` is an
/// `http:` or `https:` address. A fragment already in `url` is replaced.
pub fn original_link(url: &str, quote: &str) -> Option<String> {
    if !is_web(url) {
        return None;
    }
    let base = url.split_once('#').map_or(url, |(base, _)| base);
    Some(format!("{base}{}", text_fragment(quote)))
}

/// An article's original on the web, as the reader links it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Original {
    /// Its address, as the manifest gives it.
    pub href: String,
    /// The host it is on, lower case (`news.example`), to name it by.
    pub host: String,
}

/// The original at `url`: none unless `url` is an `http:` or `https:` address with a host.
pub fn original_article(url: &str) -> Option<Original> {
    if !is_web(url) {
        return None;
    }
    let (_, rest) = url.split_once("://")?;
    let authority = rest.split(['/', '?', '#', '\\']).next().unwrap_or_default();
    let host = authority.rsplit('@').next().unwrap_or_default().to_ascii_lowercase();
    (!host.is_empty()).then(|| Original { href: url.to_string(), host })
}

/// A plain-text citation of the fact titled `title`: its quote, the quote's article (title,
/// outlet, date, when known) and `link`, the address that opens the fact.
pub fn citation(title: &str, quote: &Evidence, article: Option<&Document>, link: &str) -> String {
    let words = quote.quote.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut source = article.map_or_else(|| format!("article {}", quote.doc), |d| d.title.clone());
    if let Some(d) = article {
        for part in [d.outlet.clone(), d.published.as_ref().map(ToString::to_string)].into_iter().flatten() {
            source.push_str(", ");
            source.push_str(&part);
        }
    }
    format!("{title}: “{words}” ({source}). {link}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::PartialDate;

    #[test]
    fn short_quotes_are_addressed_whole_and_encoded() {
        assert_eq!(
            text_fragment("the  185th\nAir-Refueling, Wing & co"),
            "#:~:text=the%20185th%20Air%2DRefueling%2C%20Wing%20%26%20co"
        );
        assert_eq!(text_fragment("“Quoted” café"), "#:~:text=%E2%80%9CQuoted%E2%80%9D%20caf%C3%A9");
    }

    #[test]
    fn long_quotes_are_addressed_by_their_first_and_last_words() {
        let quote = "About 100 soldiers of the Iowa National Guard will depart for Kosovo this week.";
        assert_eq!(text_fragment(quote), "#:~:text=About%20100%20soldiers%20of,for%20Kosovo%20this%20week.");
        // Exactly as many words as a whole quote may have: still whole.
        assert_eq!(text_fragment("a b c d e f g h"), "#:~:text=a%20b%20c%20d%20e%20f%20g%20h");
    }

    #[test]
    fn only_web_addresses_are_linked_and_their_fragment_is_replaced() {
        assert_eq!(
            original_link("https://news.example/a?x=1#top", "two words").as_deref(),
            Some("https://news.example/a?x=1#:~:text=two%20words")
        );
        assert_eq!(original_link("HTTP://n.example/", "w").as_deref(), Some("HTTP://n.example/#:~:text=w"));
        for bad in ["javascript:alert(1)", "data:text/html,x", "news.example/a", " https://n.example/"] {
            assert_eq!(original_link(bad, "w"), None, "{bad}");
        }
    }

    #[test]
    fn an_article_original_is_a_web_address_named_by_its_host() {
        let original = original_article("https://user@News.Example:8080/2024/a?x=1#top").unwrap();
        assert_eq!(original.href, "https://user@News.Example:8080/2024/a?x=1#top");
        assert_eq!(original.host, "news.example:8080");
        assert_eq!(original_article("http://n.example").unwrap().host, "n.example");
        assert_eq!(original_article("HTTPS://n.example\\x").unwrap().host, "n.example");
        for bad in
            ["javascript://x/%0Aalert(1)", "data:text/html,x", "https:///a", "http:n.example", "n.example/a"]
        {
            assert_eq!(original_article(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_citation_names_the_quote_its_article_and_the_link() {
        let quote = Evidence {
            doc: "002".into(),
            start: 0,
            end: 0,
            quote: "Kosovo mayors\nvisit".into(),
            prefix: String::new(),
            suffix: String::new(),
        };
        let doc = Document {
            id: "002".into(),
            title: "Mayors visit".into(),
            outlet: Some("KCAU".into()),
            published: "2020-02-28".parse::<PartialDate>().ok(),
            url: None,
        };
        let link = "https://factlens.example/?open=e1";
        assert_eq!(
            citation("Visit", &quote, Some(&doc), link),
            "Visit: “Kosovo mayors visit” (Mayors visit, KCAU, 2020-02-28). https://factlens.example/?open=e1"
        );
        assert_eq!(
            citation("Visit", &quote, None, link),
            format!("Visit: “Kosovo mayors visit” (article 002). {link}")
        );
    }
}
