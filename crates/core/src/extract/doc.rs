//! One article during extraction: its text, segmentation, dates, mentions and events.

use std::ops::Range;

use crate::date::PartialDate;
use crate::evidence::{Evidence, TextPositions};

use super::dates::DateExpr;
use super::events::EventMention;
use super::mentions::Mention;
use super::text::Segmented;

/// One article during extraction.
pub(crate) struct Doc<'a> {
    /// Its document id.
    pub id: &'a str,
    /// Its published date, if known.
    pub published: Option<PartialDate>,
    /// Its tokens and sentences.
    pub seg: Segmented<'a>,
    /// Its date expressions, in text order.
    pub dates: Vec<DateExpr>,
    /// Its entity mentions, in text order.
    pub mentions: Vec<Mention>,
    /// Its event mentions, in text order.
    pub events: Vec<EventMention>,
    /// Converts its byte offsets to the code point offsets of evidence.
    pub positions: TextPositions<'a>,
}

impl Doc<'_> {
    /// The evidence of tokens `tokens` of this article.
    pub fn evidence(&self, tokens: Range<usize>) -> Evidence {
        self.positions.evidence(self.id, self.seg.span(tokens))
    }
}
