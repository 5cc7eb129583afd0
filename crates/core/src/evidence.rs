//! Evidence: the exact words of an article that support a fact.
//!
//! Offsets are Unicode code points into the article text, as in the W3C Web Annotation
//! `TextPositionSelector`; `quote`, `prefix` and `suffix` form a `TextQuoteSelector`.

use std::fmt;
use std::ops::Range;

use serde::{Deserialize, Serialize};

/// Characters of context kept on each side of a quote.
pub(crate) const CONTEXT_CHARS: usize = 32;

/// A quoted passage of one article.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Evidence {
    /// Id of the article.
    pub doc: String,
    /// Code point offset of the first quoted character.
    pub start: usize,
    /// Code point offset just past the last quoted character.
    pub end: usize,
    /// The quoted text, equal to the article's code points `start..end`.
    pub quote: String,
    /// Up to 32 code points before the quote.
    pub prefix: String,
    /// Up to 32 code points after the quote.
    pub suffix: String,
}

/// Maps byte offsets of one text to code point offsets and back, in constant time.
#[derive(Debug, Clone)]
pub struct TextPositions<'t> {
    text: &'t str,
    /// Byte offset of every code point, plus the text length at the end; empty for an ASCII text,
    /// whose code point offsets are its byte offsets.
    char_starts: Vec<u32>,
}

impl<'t> TextPositions<'t> {
    /// Indexes `text`. Texts over 4 GiB are not supported.
    pub fn new(text: &'t str) -> Self {
        if text.is_ascii() {
            return Self { text, char_starts: Vec::new() };
        }
        let mut char_starts: Vec<u32> = text.char_indices().map(|(b, _)| b as u32).collect();
        char_starts.push(text.len() as u32);
        Self { text, char_starts }
    }

    /// Number of code points in the text.
    pub(crate) fn char_len(&self) -> usize {
        match self.char_starts.len() {
            0 => self.text.len(),
            n => n - 1,
        }
    }

    /// Code point offset of a byte offset that lies on a character boundary.
    pub(crate) fn char_offset(&self, byte: usize) -> usize {
        if self.char_starts.is_empty() {
            // As the table would: the count of code points starting before `byte`.
            return byte.min(self.text.len() + 1);
        }
        self.char_starts.partition_point(|&b| (b as usize) < byte)
    }

    /// Byte offset of a code point offset (clamped to the text length).
    pub(crate) fn byte_offset(&self, char_offset: usize) -> usize {
        let c = char_offset.min(self.char_len());
        if self.char_starts.is_empty() {
            return c;
        }
        self.char_starts[c] as usize
    }

    /// Evidence for the bytes `range` of this text, which must lie on character boundaries.
    pub(crate) fn evidence(&self, doc: &str, range: Range<usize>) -> Evidence {
        let start = self.char_offset(range.start);
        let end = self.char_offset(range.end);
        self.evidence_chars(doc, start, end)
    }

    /// Evidence for the code points `start..end` of this text (clamped to the text).
    pub(crate) fn evidence_chars(&self, doc: &str, start: usize, end: usize) -> Evidence {
        let end = end.min(self.char_len());
        let start = start.min(end);
        let slice = |a: usize, b: usize| &self.text[self.byte_offset(a)..self.byte_offset(b)];
        Evidence {
            doc: doc.to_string(),
            start,
            end,
            quote: slice(start, end).to_string(),
            prefix: slice(start.saturating_sub(CONTEXT_CHARS), start).to_string(),
            suffix: slice(end, (end + CONTEXT_CHARS).min(self.char_len())).to_string(),
        }
    }

    /// Checks that `evidence` quotes this text exactly at its position.
    pub fn verify(&self, evidence: &Evidence) -> Result<(), EvidenceError> {
        let fail = |problem: &str| {
            Err(EvidenceError { evidence: Box::new(evidence.clone()), problem: problem.to_string() })
        };
        if evidence.start > evidence.end || evidence.end > self.char_len() {
            return fail("the span lies outside the article");
        }
        if evidence.start == evidence.end {
            return fail("the span is empty");
        }
        let expected = self.evidence_chars(&evidence.doc, evidence.start, evidence.end);
        if expected.quote != evidence.quote {
            return fail("the quote differs from the article text at that span");
        }
        if expected.prefix != evidence.prefix || expected.suffix != evidence.suffix {
            return fail("the prefix or suffix differs from the article text around the span");
        }
        Ok(())
    }
}

/// Evidence that does not match its article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EvidenceError {
    /// The offending evidence.
    pub evidence: Box<Evidence>,
    /// What is wrong with it.
    pub problem: String,
}

impl fmt::Display for EvidenceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "evidence {}:{}..{} (“{}”): {}",
            self.evidence.doc, self.evidence.start, self.evidence.end, self.evidence.quote, self.problem
        )
    }
}

impl std::error::Error for EvidenceError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_count_code_points_not_bytes() {
        let text = "Putin’s assault — on Ukraine";
        let pos = TextPositions::new(text);
        let byte = text.find("assault").unwrap();
        let ev = pos.evidence("d", byte..byte + "assault".len());
        assert_eq!(ev.start, 8);
        assert_eq!(ev.end, 15);
        assert_eq!(ev.quote, "assault");
        assert_eq!(ev.prefix, "Putin’s ");
        assert_eq!(ev.suffix, " — on Ukraine");
        assert!(pos.verify(&ev).is_ok());
    }

    #[test]
    fn verify_rejects_a_shifted_quote() {
        let pos = TextPositions::new("alpha beta gamma");
        let mut ev = pos.evidence("d", 6..10);
        ev.start += 1;
        ev.end += 1;
        assert!(pos.verify(&ev).is_err());
        ev.end = 99;
        assert!(pos.verify(&ev).is_err());
    }

    #[test]
    fn context_is_capped_at_32_code_points() {
        let text = format!("{}X{}", "é".repeat(40), "ü".repeat(40));
        let pos = TextPositions::new(&text);
        let ev = pos.evidence_chars("d", 40, 41);
        assert_eq!(ev.quote, "X");
        assert_eq!(ev.prefix.chars().count(), 32);
        assert_eq!(ev.suffix.chars().count(), 32);
    }
}
