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
    pub id: &'a str,
    pub published: Option<PartialDate>,
    pub seg: Segmented<'a>,
    pub dates: Vec<DateExpr>,
    pub mentions: Vec<Mention>,
    pub events: Vec<EventMention>,
    pub positions: TextPositions<'a>,
}

impl Doc<'_> {
    /// The evidence of tokens `tokens` of this article.
    pub fn evidence(&self, tokens: Range<usize>) -> Evidence {
        self.positions.evidence(self.id, self.seg.span(tokens))
    }
}
