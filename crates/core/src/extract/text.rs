//! Tokens, sentences and the parts of a page that are not article text; each token is looked up
//! once in the word table.
//!
//! Everything works on byte offsets into the article text; evidence converts them to code points.

use std::ops::Range;

use super::lexicon::{lookup, lookup_lowercase, Role, Word, UNKNOWN};

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
    /// The tokens in lowercase, one after another, and where each starts (and the last ends).
    lowered: String,
    lowered_bounds: Vec<u32>,
    /// What the word table knows of each token.
    words: Vec<&'static Word>,
}

impl<'t> Segmented<'t> {
    /// The text of token `i`.
    #[inline]
    pub fn tok(&self, i: usize) -> &'t str {
        self.tokens[i].text(self.text)
    }

    /// The text of token `i` in lowercase ("" past the end).
    #[inline]
    pub fn low(&self, i: usize) -> &str {
        // The most called function of the extractor: one bounds check, no branch for token 0.
        match self.lowered_bounds.get(i..i + 2) {
            Some(&[start, end]) => self.lowered.get(start as usize..end as usize).unwrap_or(""),
            _ => "",
        }
    }

    /// What the word table knows of token `i` (nothing past the end).
    pub fn word(&self, i: usize) -> &'static Word {
        self.words.get(i).copied().unwrap_or(&UNKNOWN)
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

/// Letters, digits and the underscore.
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric() || c == '_'
    } else {
        c.is_alphanumeric()
    }
}

/// A straight or curly apostrophe.
fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// The character at byte `pos` of `text`, and the byte after it.
fn char_at(text: &str, pos: usize) -> Option<(char, usize)> {
    // Most characters of English text are ASCII: one byte, no decoding.
    match text.as_bytes().get(pos) {
        Some(&byte) if byte.is_ascii() => Some((char::from(byte), pos + 1)),
        _ => text.get(pos..).and_then(|rest| rest.chars().next()).map(|c| (c, pos + c.len_utf8())),
    }
}

/// Splits `text` into tokens. Never fails; every non-space character belongs to exactly one token.
pub(crate) fn tokenize(text: &str) -> Vec<Token> {
    // News text has about one token per four bytes: one allocation, seldom grown.
    let mut tokens = Vec::with_capacity(text.len() / 4 + 16);
    let mut pos = 0;
    while let Some((c, after)) = char_at(text, pos) {
        if c.is_whitespace() {
            pos = after;
        } else if !is_word_char(c) {
            tokens.push(Token { start: pos, end: after, kind: TokenKind::Punct });
            pos = after;
        } else {
            pos = push_word(text, pos, &mut tokens);
        }
    }
    tokens
}

/// A character of a word and its byte offset.
type Placed = Option<(char, usize)>;

/// The end of the word starting at `start` (word characters joined by single inner connectors),
/// and its last two characters.
fn scan_word(text: &str, start: usize) -> (usize, [Placed; 2]) {
    let (first, mut end) = char_at(text, start).expect("a word starts at a character");
    let mut last_two: [Placed; 2] = [None, Some((first, start))];
    loop {
        end = word_chars_from(text, end, &mut last_two);
        let joins = char_at(text, end).is_some_and(|(c, next)| {
            matches!(c, '-' | '.' | '&' | '\'' | '’')
                && char_at(text, next).is_some_and(|(d, _)| is_word_char(d))
        });
        if !joins {
            return (end, last_two);
        }
        let (c, next) = char_at(text, end).expect("checked above");
        last_two = [last_two[1], Some((c, end))];
        end = next;
    }
}

/// The end of the word characters from byte `from` on, with `last_two` moved on to the last two
/// of them. Runs of ASCII letters and digits, most of English text, are skipped a byte at a time.
fn word_chars_from(text: &str, from: usize, last_two: &mut [Placed; 2]) -> usize {
    let bytes = text.as_bytes();
    let mut end = from;
    loop {
        let run = bytes[end..].iter().take_while(|b| b.is_ascii_alphanumeric() || **b == b'_').count();
        let placed = |at: usize| Some((char::from(bytes[at]), at));
        match run {
            0 => {}
            1 => *last_two = [last_two[1], placed(end)],
            _ => *last_two = [placed(end + run - 2), placed(end + run - 1)],
        }
        end += run;
        match char_at(text, end).filter(|(c, _)| !c.is_ascii() && is_word_char(*c)) {
            Some((c, next)) => {
                *last_two = [last_two[1], Some((c, end))];
                end = next;
            }
            None => return end,
        }
    }
}

/// Pushes the word starting at `start`, and a possessive split off it; returns where to go on.
fn push_word(text: &str, start: usize, tokens: &mut Vec<Token>) -> usize {
    let (end, last_two) = scan_word(text, start);
    // A possessive "’s" at the end becomes its own token.
    let possessive = match last_two {
        [Some((apostrophe, at)), Some((s, _))]
            if is_apostrophe(apostrophe) && matches!(s, 's' | 'S') && at > start =>
        {
            Some(at)
        }
        _ => None,
    };
    let mut resume = end;
    if possessive.is_none() && keeps_final_dot(text, start, end) {
        resume = end + 1;
    }
    tokens.push(Token { start, end: possessive.unwrap_or(resume), kind: TokenKind::Word });
    if let Some(at) = possessive {
        tokens.push(Token { start: at, end, kind: TokenKind::Possessive });
    } else if let Some((_, next)) = char_at(text, resume).filter(|(c, _)| is_apostrophe(*c)) {
        // "soldiers’" – a plural possessive.
        if !char_at(text, next).is_some_and(|(c, _)| is_word_char(c)) {
            tokens.push(Token { start: resume, end: next, kind: TokenKind::Possessive });
            resume = next;
        }
    }
    resume
}

/// Whether a dot right after the word `start..end` belongs to it, as to abbreviations ("Gen.",
/// "U.S.", "J.").
fn keeps_final_dot(text: &str, start: usize, end: usize) -> bool {
    if !text[end..].starts_with('.') {
        return false;
    }
    let word = &text[start..end];
    let single_capital = word.chars().count() == 1 && word.starts_with(char::is_uppercase);
    // "according to Newsroom.com.": a domain's last part is a word of its own, and the
    // sentence's full stop follows it.
    let domain = word
        .rsplit_once('.')
        .is_some_and(|(_, last)| last.len() >= 2 && last.bytes().all(|b| b.is_ascii_lowercase()));
    word.contains('.') && !domain || single_capital || lookup(word).is(Role::Abbreviation)
}

/// Tokens that may open a sentence before its first word.
const OPENING_QUOTES: &[&str] = &["“", "\"", "‘", "'", "("];
/// Tokens after a full stop that still belong to its sentence.
const CLOSING_QUOTES: &[&str] = &["”", "\"", "’", "'", ")"];

/// Splits a text into paragraphs (lines) and sentences, and marks headlines and page furniture.
pub(crate) fn segment(text: &str) -> Segmented<'_> {
    let tokens = tokenize(text);
    let mut lowered = String::with_capacity(text.len());
    let mut lowered_bounds = Vec::with_capacity(tokens.len() + 1);
    lowered_bounds.push(0);
    for t in &tokens {
        let word = t.text(text);
        if word.is_ascii() {
            let from = lowered.len();
            lowered.push_str(word);
            lowered[from..].make_ascii_lowercase();
        } else if word.chars().any(char::is_uppercase) {
            lowered.extend(word.chars().flat_map(char::to_lowercase));
        } else {
            lowered.push_str(word);
        }
        lowered_bounds.push(lowered.len() as u32);
    }
    let mut seg =
        Segmented { text, tokens, sentences: Vec::new(), lowered, lowered_bounds, words: Vec::new() };
    // Only words are in the word table: punctuation and possessive endings are not looked up.
    seg.words = (0..seg.tokens.len())
        .map(|i| if seg.tokens[i].kind == TokenKind::Word { lookup_lowercase(seg.low(i)) } else { &UNKNOWN })
        .collect();
    seg.sentences = Lines::split(&seg);
    seg
}

/// The sentences of a text, built line by line.
struct Lines<'s, 't> {
    seg: &'s Segmented<'t>,
    sentences: Vec<Sentence>,
    /// Index of the next non-empty line.
    paragraph: usize,
    /// After a line of page furniture, its last part ("More from The Site – A Story Here" → "A
    /// Story Here"): the same text on the next line is furniture too.
    furniture_tail: Option<String>,
    /// Sentences of the current run of short numbered lines.
    numbered_run: Vec<usize>,
}

impl Lines<'_, '_> {
    /// Every sentence of `seg`, headlines and page furniture marked.
    fn split(seg: &Segmented<'_>) -> Vec<Sentence> {
        let mut lines = Lines {
            seg,
            sentences: Vec::new(),
            paragraph: 0,
            furniture_tail: None,
            numbered_run: Vec::new(),
        };
        let mut line_start = 0;
        let mut first_token = 0;
        for line in seg.text.split('\n') {
            let line_end = line_start + line.len();
            let mut last_token = first_token;
            while last_token < seg.tokens.len() && seg.tokens[last_token].start < line_end {
                last_token += 1;
            }
            if last_token > first_token {
                lines.add(line.trim(), line_end, first_token..last_token);
            }
            first_token = last_token;
            line_start = line_end + 1;
        }
        lines.mark_breadcrumbs();
        lines.sentences
    }

    /// Adds the sentences of one non-empty line (`trimmed`, tokens `line_tokens`, ending at byte
    /// `line_end`).
    fn add(&mut self, trimmed: &str, line_end: usize, line_tokens: Range<usize>) {
        let boilerplate = self.is_furniture(trimmed);
        let first_sentence = self.sentences.len();
        let headline = !boilerplate
            && (self.is_first_line_headline(line_end, line_tokens.clone())
                || is_headline(self.seg, line_tokens.clone()));
        if boilerplate || headline {
            let paragraph = self.paragraph;
            self.sentences.push(Sentence { tokens: line_tokens, paragraph, headline, boilerplate });
        } else {
            split_sentences(self.seg, line_tokens, self.paragraph, &mut self.sentences);
        }
        if is_numbered_line(trimmed) {
            self.numbered_run.extend(first_sentence..self.sentences.len());
        } else {
            self.mark_breadcrumbs();
        }
        self.paragraph += 1;
    }

    /// Whether a line is page furniture: a label line, or the headline of a "More from …" link
    /// repeated on the next line.
    fn is_furniture(&mut self, trimmed: &str) -> bool {
        let repeated = self.furniture_tail.as_ref().is_some_and(|tail| !tail.is_empty() && trimmed == tail);
        let furniture = is_boilerplate_line(trimmed) || repeated;
        self.furniture_tail =
            furniture.then(|| trimmed.rsplit(['–', '—']).next().unwrap_or("").trim().to_string());
        furniture
    }

    /// The first line of an article, short, unpunctuated and set apart, is its headline even in
    /// sentence case. A dotted abbreviation at its end ("… flood relief efforts in B.C.") ends it like
    /// a full stop.
    fn is_first_line_headline(&self, line_end: usize, line_tokens: Range<usize>) -> bool {
        let text = self.seg.text;
        let set_apart = text[line_end..].split('\n').nth(1).is_some_and(|next| next.trim().is_empty());
        let last = self.seg.tok(line_tokens.end - 1);
        self.paragraph == 0
            && set_apart
            && line_tokens.len() <= 20
            && !matches!(last, "." | "!" | "?" | "”" | "\"")
            && !last.ends_with('.')
    }

    /// Runs of three or more short numbered lines ("1. Home", "2. /") are breadcrumbs.
    fn mark_breadcrumbs(&mut self) {
        if self.numbered_run.len() >= 3 {
            for &i in &self.numbered_run {
                self.sentences[i].boilerplate = true;
                self.sentences[i].headline = false;
            }
        }
        self.numbered_run.clear();
    }
}

/// A short line that starts with a number and a dot ("1. Home").
fn is_numbered_line(trimmed: &str) -> bool {
    // Digits then a dot open it; the words are counted only then, and only up to seven.
    trimmed.starts_with(|c: char| c.is_ascii_digit())
        && trimmed.split_once('.').is_some_and(|(n, _)| n.bytes().all(|b| b.is_ascii_digit()))
        && trimmed.split_whitespace().nth(6).is_none()
}

/// Lines of page furniture that news pages carry around the article.
fn is_boilerplate_line(line: &str) -> bool {
    // How lines of page furniture start (lowercase).
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
        "reporting by ",
        "additional reporting ",
        "writing by ",
        "editing by ",
        "compiled by ",
        "(reporting by ",
    ];
    // A wire byline at the end: "Associated Press writer Ann Lee contributed to this report."
    let credits_writer =
        line.ends_with("contributed to this report.") || line.ends_with("contributed to this story.");
    // The labels are ASCII: compared without copying the line, in any case.
    let labelled =
        LABELS.iter().any(|l| line.get(..l.len()).is_some_and(|head| head.eq_ignore_ascii_case(l)));
    labelled || line == "/" || credits_writer
}

/// A line is a headline when it has no final punctuation and most of its content words are
/// capitalized.
fn is_headline(seg: &Segmented<'_>, tokens: Range<usize>) -> bool {
    let Some(last) = tokens.clone().last() else { return false };
    if matches!(seg.tok(last), "." | "!" | "?" | "”" | "\"" | ":" | ";" | ",") {
        return false;
    }
    // "(Ann Lee is a sergeant with the 3rd Group.)": a sentence closed inside its brackets.
    let closed_in_brackets = seg.tok(last) == ")"
        && last > tokens.start
        && (matches!(seg.tok(last - 1), "." | "!" | "?") || seg.tok(last - 1).ends_with('.'));
    if closed_in_brackets {
        return false;
    }
    let words: Vec<usize> = tokens.filter(|&i| seg.tokens[i].kind == TokenKind::Word).collect();
    if words.is_empty() || words.len() > 24 {
        return false;
    }
    let content: Vec<&str> =
        words.iter().filter(|&&i| !seg.word(i).is(Role::FunctionWord)).map(|&i| seg.tok(i)).collect();
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
fn split_sentences(seg: &Segmented<'_>, range: Range<usize>, paragraph: usize, out: &mut Vec<Sentence>) {
    let mut start = range.start;
    let mut i = range.start;
    while i < range.end {
        match sentence_end_after(seg, i, range.end) {
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

/// Where the next sentence starts when token `i` ends one, in a line ending at token `end`.
fn sentence_end_after(seg: &Segmented<'_>, i: usize, end: usize) -> Option<usize> {
    let t = seg.tok(i);
    if matches!(t, "." | "!" | "?") {
        // Closing quotes and brackets after the stop belong to this sentence.
        let mut j = i + 1;
        while j < end && CLOSING_QUOTES.contains(&seg.tok(j)) {
            j += 1;
        }
        return (j >= end || starts_sentence(seg, j, end)).then_some(j);
    }
    if seg.tokens[i].kind == TokenKind::Word && t.ends_with('.') && i + 1 < end {
        // An abbreviation can end a sentence ("… by the U.S. Prior to …"), but titles never do.
        let next = seg.tok(i + 1);
        let next_is_starter =
            next.chars().next().is_some_and(|c| c.is_uppercase()) && seg.word(i + 1).is(Role::FunctionWord);
        return (!seg.word(i).is(Role::TitleAbbreviation) && next_is_starter).then_some(i + 1);
    }
    None
}

/// Whether token `j` can open a sentence: a capital, a digit or an opening quote.
fn starts_sentence(seg: &Segmented<'_>, j: usize, end: usize) -> bool {
    let t = seg.tok(j);
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
            words("Maj. Gen. Fisher’s 4-127th unit, U.S. troops' (Medevac) 2,000."),
            [
                "Maj.", "Gen.", "Fisher", "’s", "4-127th", "unit", ",", "U.S.", "troops", "'", "(",
                "Medevac", ")", "2", ",", "000", "."
            ]
        );
    }

    #[test]
    fn splits_sentences_but_not_after_titles() {
        let text = "It was recognized by the U.S. Prior to that, Sgt. Van Dyke said “Yes.” Then it ended.";
        let seg = segment(text);
        let sentences: Vec<&str> = seg.sentences.iter().map(|s| seg.slice(s.tokens.clone())).collect();
        assert_eq!(
            sentences,
            ["It was recognized by the U.S.", "Prior to that, Sgt. Van Dyke said “Yes.”", "Then it ended."]
        );
    }

    #[test]
    fn wire_bylines_are_page_furniture() {
        let text = "Troops left Warsaw.\nReporting by Ann Lee in Warsaw; Editing by Bo Ek\nAP writer Ann Lee contributed to this report.";
        let seg = segment(text);
        let furniture: Vec<bool> = seg.sentences.iter().map(|s| s.boilerplate).collect();
        assert_eq!(furniture, [false, true, true]);
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

    #[test]
    fn a_sentence_closed_inside_brackets_is_no_headline() {
        let seg = segment("Troops arrived.\n\n(Ann Lee is a sergeant with the 3rd Group.)\n\nThey left.");
        assert!(seg.sentences.iter().all(|s| !s.headline), "{:?}", seg.sentences.len());
    }
}
