//! Tokens, sentences and the parts of a page that are not article text.
//!
//! Everything works on byte offsets into the article text; evidence converts them to code points.

use std::ops::Range;

use super::lexicon::{is_abbreviation, is_function_word, is_title_abbreviation, lower};

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokenKind {
    /// Letters and digits, with inner hyphens, apostrophes and dots ("2-211th", "U.S.").
    Word,
    /// A possessive ending split off a word: "’s", "'s", or a lone trailing apostrophe.
    Possessive,
    /// Any other single character that is not white space.
    Punct,
}

/// One token of a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Token {
    /// Byte offset of its first byte.
    pub start: usize,
    /// Byte offset past its last byte.
    pub end: usize,
    /// What it is.
    pub kind: TokenKind,
}

impl Token {
    /// The token's text.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }
}

/// A sentence (or a headline, or a line of page furniture) of one paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Sentence {
    /// Indexes of its tokens in the document's token list.
    pub tokens: Range<usize>,
    /// Index of the paragraph (line) it belongs to.
    pub paragraph: usize,
    /// A title-case line without final punctuation: a headline or section heading.
    pub headline: bool,
    /// Page furniture (credits, "Read More" links, breadcrumbs): not article text.
    pub boilerplate: bool,
}

/// A tokenized, sentence-split article.
#[derive(Debug, Clone)]
pub(crate) struct Segmented<'t> {
    /// The article text.
    pub text: &'t str,
    /// Every token, in order.
    pub tokens: Vec<Token>,
    /// Every sentence, in order.
    pub sentences: Vec<Sentence>,
    /// The tokens in lowercase, one after another, and where each ends.
    lowered: String,
    lowered_ends: Vec<u32>,
}

impl<'t> Segmented<'t> {
    /// The text of token `i`.
    pub fn tok(&self, i: usize) -> &'t str {
        self.tokens[i].text(self.text)
    }

    /// The text of token `i` in lowercase ("" past the end).
    pub fn low(&self, i: usize) -> &str {
        if i >= self.tokens.len() {
            return "";
        }
        let start = if i == 0 { 0 } else { self.lowered_ends[i - 1] as usize };
        &self.lowered[start..self.lowered_ends[i] as usize]
    }

    /// The bytes covered by tokens `range` (empty range: an empty span at its position).
    pub fn span(&self, range: Range<usize>) -> Range<usize> {
        if range.is_empty() {
            let at = self.tokens.get(range.start).map_or(self.text.len(), |t| t.start);
            return at..at;
        }
        self.tokens[range.start].start..self.tokens[range.end - 1].end
    }

    /// The text covered by tokens `range`.
    pub fn slice(&self, range: Range<usize>) -> &'t str {
        &self.text[self.span(range)]
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Splits `text` into tokens. Never fails; every non-space character belongs to exactly one token.
pub(crate) fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 5);
    // The character at byte `at`, and the byte after it.
    let at =
        |pos: usize| text.get(pos..).and_then(|rest| rest.chars().next()).map(|c| (c, pos + c.len_utf8()));
    let mut pos = 0;
    while let Some((c, after)) = at(pos) {
        if c.is_whitespace() {
            pos = after;
            continue;
        }
        if !is_word_char(c) {
            tokens.push(Token { start: pos, end: after, kind: TokenKind::Punct });
            pos = after;
            continue;
        }
        // A word: word characters, joined by single inner connectors.
        let start = pos;
        let mut end = after;
        let mut last_two: [Option<(char, usize)>; 2] = [None, Some((c, start))];
        loop {
            while let Some((d, next)) = at(end).filter(|(d, _)| is_word_char(*d)) {
                last_two = [last_two[1], Some((d, end))];
                end = next;
            }
            let joins = at(end).is_some_and(|(d, next)| {
                matches!(d, '-' | '.' | '&' | '\'' | '’') && at(next).is_some_and(|(e, _)| is_word_char(e))
            });
            if !joins {
                break;
            }
            let (d, next) = at(end).expect("checked above");
            last_two = [last_two[1], Some((d, end))];
            end = next;
        }
        // A possessive "’s" at the end becomes its own token.
        let mut word_end = end;
        let mut possessive = None;
        if let [Some((apostrophe, a_at)), Some((s_char, _))] = last_two {
            if is_apostrophe(apostrophe) && matches!(s_char, 's' | 'S') && a_at > start {
                word_end = a_at;
                possessive = Some((a_at, end));
            }
        }
        let mut token_end = word_end;
        let mut resume = end;
        // A trailing dot belongs to abbreviations ("Gen.", "U.S.", "J.").
        if possessive.is_none() && text[end..].starts_with('.') {
            let word = &text[start..word_end];
            let single_capital = word.chars().count() == 1 && c.is_uppercase();
            if word.contains('.') || single_capital || is_abbreviation(word) {
                token_end = end + 1;
                resume = end + 1;
            }
        }
        tokens.push(Token { start, end: token_end, kind: TokenKind::Word });
        if let Some((ps, pe)) = possessive {
            tokens.push(Token { start: ps, end: pe, kind: TokenKind::Possessive });
        } else if let Some((_, next)) = at(resume).filter(|(d, _)| is_apostrophe(*d)) {
            // "soldiers’" – a plural possessive.
            if !at(next).is_some_and(|(e, _)| is_word_char(e)) {
                tokens.push(Token { start: resume, end: next, kind: TokenKind::Possessive });
                resume = next;
            }
        }
        pos = resume;
    }
    tokens
}

const OPENING_QUOTES: &[&str] = &["“", "\"", "‘", "'", "("];
const CLOSING_QUOTES: &[&str] = &["”", "\"", "’", "'", ")"];

/// Splits a text into paragraphs (lines) and sentences, and marks headlines and page furniture.
pub(crate) fn segment(text: &str) -> Segmented<'_> {
    let tokens = tokenize(text);
    let mut sentences = Vec::new();
    let mut paragraph = 0;
    let mut line_start = 0;
    let mut first_token = 0;
    let mut previous_boilerplate_tail: Option<String> = None;
    let mut numbered_run: Vec<usize> = Vec::new();
    for (line_no, line) in text.split('\n').enumerate() {
        let line_end = line_start + line.len();
        let mut last_token = first_token;
        while last_token < tokens.len() && tokens[last_token].start < line_end {
            last_token += 1;
        }
        let line_tokens = first_token..last_token;
        if !line_tokens.is_empty() {
            let trimmed = line.trim();
            let mut boilerplate = is_boilerplate_line(trimmed);
            if let Some(tail) = &previous_boilerplate_tail {
                if !tail.is_empty() && trimmed == tail {
                    boilerplate = true; // the headline of a "More from …" link, repeated
                }
            }
            previous_boilerplate_tail =
                boilerplate.then(|| trimmed.rsplit(['–', '—']).next().unwrap_or("").trim().to_string());
            let first_sentence = sentences.len();
            // The first line of an article, short, unpunctuated and set apart, is its headline even in
            // sentence case.
            let set_apart = text[line_end..].split('\n').nth(1).is_some_and(|next| next.trim().is_empty());
            let first_line_headline = paragraph == 0
                && set_apart
                && line_tokens.len() <= 20
                && !matches!(tokens[line_tokens.end - 1].text(text), "." | "!" | "?" | "”" | "\"");
            let headline =
                !boilerplate && (first_line_headline || is_headline(text, &tokens[line_tokens.clone()]));
            if boilerplate || headline {
                sentences.push(Sentence { tokens: line_tokens.clone(), paragraph, headline, boilerplate });
            } else {
                split_sentences(text, &tokens, line_tokens.clone(), paragraph, &mut sentences);
            }
            // Runs of three or more short numbered lines ("1. Home", "2. /") are breadcrumbs.
            let numbered = trimmed.split_whitespace().count() <= 6
                && trimmed
                    .split_once('.')
                    .is_some_and(|(n, _)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
            if numbered {
                numbered_run.extend(first_sentence..sentences.len());
            } else {
                mark_breadcrumbs(&mut sentences, &mut numbered_run);
            }
            paragraph += 1;
        }
        let _ = line_no;
        first_token = last_token;
        line_start = line_end + 1;
    }
    mark_breadcrumbs(&mut sentences, &mut numbered_run);
    let mut lowered = String::with_capacity(text.len());
    let mut lowered_ends = Vec::with_capacity(tokens.len());
    for t in &tokens {
        let word = t.text(text);
        if word.chars().any(char::is_uppercase) {
            lowered.extend(word.chars().flat_map(char::to_lowercase));
        } else {
            lowered.push_str(word);
        }
        lowered_ends.push(lowered.len() as u32);
    }
    Segmented { text, tokens, sentences, lowered, lowered_ends }
}

fn mark_breadcrumbs(sentences: &mut [Sentence], run: &mut Vec<usize>) {
    if run.len() >= 3 {
        for &i in run.iter() {
            sentences[i].boilerplate = true;
            sentences[i].headline = false;
        }
    }
    run.clear();
}

/// Lines of page furniture that news pages carry around the article.
fn is_boilerplate_line(line: &str) -> bool {
    let head: String = line.chars().take(24).collect();
    let lower = head.to_lowercase();
    const LABELS: &[&str] = &[
        "credit:",
        "credits:",
        "photo credit",
        "image credit",
        "image:",
        "photo:",
        "source:",
        "read more:",
        "read more ",
        "also read:",
        "read next:",
        "read also:",
        "related:",
        "see also:",
        "recommended:",
        "advertisement",
        "sponsored",
        "share this",
        "follow us",
        "subscribe",
        "sign up for",
        "more from ",
    ];
    LABELS.iter().any(|l| lower.starts_with(l)) || line == "/"
}

/// A line is a headline when it has no final punctuation and most of its content words are
/// capitalized.
fn is_headline(text: &str, tokens: &[Token]) -> bool {
    let Some(last) = tokens.last() else { return false };
    let last_text = last.text(text);
    if matches!(last_text, "." | "!" | "?" | "”" | "\"" | ":" | ";" | ",") {
        return false;
    }
    let words: Vec<&str> =
        tokens.iter().filter(|t| t.kind == TokenKind::Word).map(|t| t.text(text)).collect();
    if words.is_empty() || words.len() > 24 {
        return false;
    }
    let content: Vec<&&str> = words.iter().filter(|w| !is_function_word(&lower(w))).collect();
    if content.is_empty() {
        return false;
    }
    let capitalized = content
        .iter()
        .filter(|w| w.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()))
        .count();
    capitalized * 10 >= content.len() * 7
}

/// Splits the tokens of one line into sentences.
fn split_sentences(
    text: &str,
    tokens: &[Token],
    range: Range<usize>,
    paragraph: usize,
    out: &mut Vec<Sentence>,
) {
    let mut start = range.start;
    let mut i = range.start;
    while i < range.end {
        let t = tokens[i].text(text);
        let mut boundary_after = None;
        if matches!(t, "." | "!" | "?") {
            // Closing quotes and brackets after the stop belong to this sentence.
            let mut j = i + 1;
            while j < range.end && CLOSING_QUOTES.contains(&tokens[j].text(text)) {
                j += 1;
            }
            if j >= range.end || starts_sentence(text, tokens, j, range.end) {
                boundary_after = Some(j);
            }
        } else if tokens[i].kind == TokenKind::Word && t.ends_with('.') && i + 1 < range.end {
            // An abbreviation can end a sentence ("… by the U.S. Prior to …"), but titles never do.
            let next = tokens[i + 1].text(text);
            let next_is_starter =
                next.chars().next().is_some_and(|c| c.is_uppercase()) && is_function_word(&lower(next));
            if !is_title_abbreviation(t) && next_is_starter {
                boundary_after = Some(i + 1);
            }
        }
        match boundary_after {
            Some(j) => {
                out.push(Sentence { tokens: start..j, paragraph, headline: false, boilerplate: false });
                start = j;
                i = j;
            }
            None => i += 1,
        }
    }
    if start < range.end {
        out.push(Sentence { tokens: start..range.end, paragraph, headline: false, boilerplate: false });
    }
}

/// Whether token `j` can open a sentence: a capital, a digit or an opening quote.
fn starts_sentence(text: &str, tokens: &[Token], j: usize, end: usize) -> bool {
    let t = tokens[j].text(text);
    if OPENING_QUOTES.contains(&t) {
        return j + 1 < end;
    }
    t.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| t.text(text)).collect()
    }

    #[test]
    fn keeps_designations_abbreviations_and_possessives_apart() {
        assert_eq!(
            words("Maj. Gen. Osborn’s 2-211th unit, U.S. troops' (Medevac) 2,000."),
            [
                "Maj.", "Gen.", "Osborn", "’s", "2-211th", "unit", ",", "U.S.", "troops", "'", "(",
                "Medevac", ")", "2", ",", "000", "."
            ]
        );
    }

    #[test]
    fn splits_sentences_but_not_after_titles() {
        let text = "It was recognized by the U.S. Prior to that, Sgt. De Groot said “Yes.” Then it ended.";
        let seg = segment(text);
        let sentences: Vec<&str> = seg.sentences.iter().map(|s| seg.slice(s.tokens.clone())).collect();
        assert_eq!(
            sentences,
            ["It was recognized by the U.S.", "Prior to that, Sgt. De Groot said “Yes.”", "Then it ended."]
        );
    }

    #[test]
    fn marks_headlines_and_page_furniture() {
        let text = "1. Home\n2. /\n3. Politics\nU.S. Deploys Soldiers to Kosovo\nCredit: DepositPhotos\nIt rained.\nMore from The Site – A Story Here\nA Story Here";
        let seg = segment(text);
        let flags: Vec<(bool, bool)> = seg.sentences.iter().map(|s| (s.headline, s.boilerplate)).collect();
        assert_eq!(
            flags,
            [
                (false, true),
                (false, true),
                (false, true),
                (true, false),
                (false, true),
                (false, false),
                (false, true),
                (false, true)
            ]
        );
    }
}
