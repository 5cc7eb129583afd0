//! An event mention: one clause of one article that reports a happening (a leaf file, so that the
//! event rules can share it without importing `events` itself).

use std::ops::Range;

use super::super::dates::Tense;

/// An event found in one clause of one article.
#[derive(Debug, Clone)]
pub(crate) struct EventMention {
    /// Its type.
    pub event_type: &'static str,
    /// The clause that reports it: its evidence.
    pub tokens: Range<usize>,
    /// Index of its sentence.
    pub sentence: usize,
    /// Indexes (into the article's date expressions) of the dates in its clause.
    pub dates: Vec<usize>,
    /// For each of `dates`, whether the verb next to it looks back or ahead.
    pub date_tenses: Vec<Tense>,
    /// Indexes (into the article's mentions) of the other entities in its clause.
    pub participants: Vec<usize>,
    /// Those of `participants` who only report it ("Lee, the Navy spokesman, said the frigate
    /// docked …"): kept for merging, where a shared speaker ties two tellings, and left out of the
    /// event's participants.
    pub sources: Vec<usize>,
    /// Index (into the article's mentions) of the place where it happened.
    pub location: Option<usize>,
    /// Whether it is told as past or future.
    pub tense: Tense,
    /// Whether the telling itself is past or future, quoted words left out: a saying's own words up
    /// to its verb ("“We will stay,” she said" and "expressed hope that the talks will resume" were
    /// said; "will announce" is to come), else the narration of its clause.
    pub narrated: Tense,
    /// The event of the sentence before that this one continues ("The pair discussed …" after
    /// "… met with …"), as an index into the article's events.
    pub continues: Option<usize>,
}
