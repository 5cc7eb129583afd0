//! How a quote is shown: the words around it, cut at word boundaries, and exactly one pair of
//! quotation marks (none added where the quoted text brings its own).

use crate::evidence::Evidence;

/// The context kept around evidence, in code points (see `Evidence::prefix`).
const CONTEXT: usize = 32;

/// A quote as shown: `open`, `before`, `quoted`, `after`, `close`, in that order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snippet {
    /// The opening quotation mark, or nothing when the shown text starts with one.
    pub open: &'static str,
    /// The words before the quote ("…" first when cut), or nothing.
    pub before: String,
    /// The quote, exactly as in the article.
    pub quoted: String,
    /// The words after the quote ("…" last when cut), or nothing.
    pub after: String,
    /// The closing quotation mark, or nothing when the shown text ends with one.
    pub close: &'static str,
}

/// The snippet of `evidence`, with the words around it when `context`.
pub fn snippet(evidence: &Evidence, context: bool) -> Snippet {
    let (before, after) = if context {
        (words_before(&evidence.prefix), words_after(&evidence.suffix))
    } else {
        (String::new(), String::new())
    };
    let first = before.chars().next().or_else(|| evidence.quote.chars().next());
    let last = after.chars().last().or_else(|| evidence.quote.chars().last());
    Snippet {
        open: if first.is_some_and(|c| matches!(c, '“' | '"' | '‘' | '\'' | '«')) { "" } else { "“" },
        before,
        quoted: evidence.quote.clone(),
        after,
        close: if last.is_some_and(|c| matches!(c, '”' | '"' | '’' | '\'' | '»')) { "" } else { "”" },
    }
}

/// The whole words of a prefix, after "…" when it was cut (a full-length prefix was, maybe inside
/// a word; a shorter one starts at the article's start).
fn words_before(prefix: &str) -> String {
    let cut = prefix.chars().count() >= CONTEXT;
    let words = if cut && !prefix.starts_with(char::is_whitespace) {
        prefix.split_once(char::is_whitespace).map_or("", |(_, rest)| rest)
    } else {
        prefix
    };
    let words = words.trim_start();
    if cut {
        format!("…{words}")
    } else {
        words.to_string()
    }
}

/// The whole words of a suffix, before "…" when it was cut (none after a sentence's end: "in June.").
fn words_after(suffix: &str) -> String {
    let cut = suffix.chars().count() >= CONTEXT;
    let words = if cut && !suffix.ends_with(char::is_whitespace) {
        suffix.rsplit_once(char::is_whitespace).map_or("", |(rest, _)| rest)
    } else {
        suffix
    };
    let words = words.trim_end();
    if cut && !words.ends_with(['.', '!', '?']) {
        format!("{words}…")
    } else {
        words.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_cut_after_a_sentence_end_get_no_ellipsis() {
        assert_eq!(words_after(" to Kosovo in June. The unit will le"), " to Kosovo in June. The unit will…");
        assert_eq!(
            words_after(" arrived there in early June. Then th"),
            " arrived there in early June. Then…"
        );
        assert_eq!(
            words_after(" and they arrived there in early June. T"),
            " and they arrived there in early June."
        );
        assert_eq!(words_after(" and they stayed for nine long month"), " and they stayed for nine long…");
    }

    fn evidence(prefix: &str, quote: &str, suffix: &str) -> Evidence {
        Evidence {
            doc: "000".into(),
            start: 0,
            end: 0,
            quote: quote.into(),
            prefix: prefix.into(),
            suffix: suffix.into(),
        }
    }

    #[test]
    fn context_is_cut_at_word_boundaries() {
        let s = snippet(
            &evidence("fter a long and careful comment, ", "the Guard", " said in a longstanding tradition"),
            true,
        );
        assert_eq!(s.before, "…a long and careful comment, ");
        assert_eq!(s.after, " said in a longstanding…");
        assert_eq!((s.open, s.close), ("“", "”"));
    }

    #[test]
    fn a_short_context_is_the_article_edge_and_stays_whole() {
        let s = snippet(&evidence("", "Guard", " trains.\n"), true);
        assert_eq!(s.before, "");
        assert_eq!(s.after, " trains.");
    }

    #[test]
    fn one_pair_of_marks_when_the_quote_brings_its_own() {
        let s = snippet(&evidence("", "“The Iowa Guard is ready,”", ""), false);
        assert_eq!((s.open, s.close), ("", ""));
        let s = snippet(&evidence("", "“The Iowa Guard is ready", ""), false);
        assert_eq!((s.open, s.close), ("", "”"));
        let s = snippet(&evidence("", "plain words", ""), false);
        assert_eq!((s.open, s.close), ("“", "”"));
    }
}
