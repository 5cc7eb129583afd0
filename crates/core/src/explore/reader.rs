//! The article reader: an article's text cut into segments at every mention, piece of event
//! evidence, line break and the passage asked for, each segment knowing what it belongs to.

use std::cmp::Reverse;

use super::cite::{original_article, Original};
use super::explorer::{Explorer, FactRef};
use super::order::sorted_by;
use crate::evidence::{Evidence, TextPositions};
use crate::model::{Article, Entity, Event, Fact};

/// A run of article text in the reader, with what it belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    /// The text, exactly as in the article.
    pub text: String,
    /// The entity mentioned here.
    pub entity: Option<FactRef>,
    /// The event whose evidence starts here. Set on the first segment of each piece of event
    /// evidence only.
    pub event_start: Option<EventStart>,
    /// Whether it lies in event evidence.
    pub in_event: bool,
    /// Whether it lies in the passage asked for (`at`).
    pub marked: bool,
}

/// An event whose evidence starts at a segment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventStart {
    /// The event's id.
    pub id: String,
    /// Its type.
    pub event_type: String,
}

/// An article in the reader.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reader {
    /// Article id.
    pub id: String,
    /// Title.
    pub title: String,
    /// "Article ID", then its outlet when known: "Article 001 · KCAU".
    pub byline: String,
    /// When it was published, when known (shown apart from the byline, so that it never breaks
    /// at its hyphens).
    pub published: Option<String>,
    /// Paragraphs of segments.
    pub paragraphs: Vec<Vec<Segment>>,
    /// The passage asked for, as text, when it exists.
    pub marked_text: Option<String>,
    /// The article's original on the web, when the manifest gives an http(s) address.
    pub original: Option<Original>,
}

impl Explorer {
    /// An article in the reader, every fact highlighted, the passage `at` marked.
    pub fn reader(&self, doc: &str, at: Option<(usize, usize)>) -> Option<Reader> {
        let article = self.corpus().article(doc)?;
        let text = &article.text;
        let positions = TextPositions::new(text);
        let at = at.filter(|&(a, b)| a < b && b <= positions.char_len());
        let marks = Marks { mentions: self.mentions_in(doc), evidence: self.evidence_in(doc), at };
        let marked_text =
            at.map(|(a, b)| text[positions.byte_offset(a)..positions.byte_offset(b)].to_string());
        Some(Reader {
            id: doc.to_string(),
            title: article.document.title.clone(),
            byline: byline(article),
            published: article.document.published.map(|p| p.to_string()),
            paragraphs: marks.paragraphs(text, &positions),
            marked_text,
            original: article.document.url.as_deref().and_then(original_article),
        })
    }

    /// The entity mentions in an article, without overlaps (the first and longest win).
    fn mentions_in(&self, doc: &str) -> Vec<(usize, usize, &Entity)> {
        let mut kept: Vec<(usize, usize, &Entity)> = Vec::new();
        for m in spans_in(&self.corpus().facts.entities, doc, |e| &e.mentions) {
            if kept.last().is_none_or(|last| m.0 >= last.1) {
                kept.push(m);
            }
        }
        kept
    }

    /// The pieces of event evidence in an article, by start, longest first.
    fn evidence_in(&self, doc: &str) -> Vec<(usize, usize, &Event)> {
        spans_in(&self.corpus().facts.events, doc, |e| &e.evidence)
    }
}

/// The passages of `facts` in article `doc` with their fact, by start, longest first.
fn spans_in<'a, T>(
    facts: &'a [T],
    doc: &str,
    evidence: impl Fn(&'a T) -> &'a [Evidence],
) -> Vec<(usize, usize, &'a T)> {
    let spans: Vec<(usize, usize, &T)> = facts
        .iter()
        .flat_map(|f| evidence(f).iter().filter(|m| m.doc == doc).map(move |m| (m.start, m.end, f)))
        .collect();
    sorted_by(spans, |a, b| (a.0, Reverse(a.1)).cmp(&(b.0, Reverse(b.1))))
}

/// What the reader marks in an article, as code point ranges.
struct Marks<'a> {
    mentions: Vec<(usize, usize, &'a Entity)>,
    evidence: Vec<(usize, usize, &'a Event)>,
    at: Option<(usize, usize)>,
}

impl Marks<'_> {
    /// The text cut into paragraphs (at line breaks) of segments.
    fn paragraphs(&self, text: &str, positions: &TextPositions) -> Vec<Vec<Segment>> {
        let mut paragraphs: Vec<Vec<Segment>> = vec![Vec::new()];
        let mut started: Vec<bool> = vec![false; self.evidence.len()];
        for w in self.cuts(text, positions.char_len()).windows(2) {
            let (s, e) = (w[0], w[1]);
            let piece = &text[positions.byte_offset(s)..positions.byte_offset(e)];
            if piece == "\n" {
                if paragraphs.last().is_some_and(|p| !p.is_empty()) {
                    paragraphs.push(Vec::new());
                }
                continue;
            }
            if let Some(p) = paragraphs.last_mut() {
                p.push(self.segment(piece, s, e, &mut started));
            }
        }
        paragraphs.retain(|p| !p.is_empty());
        paragraphs
    }

    /// Cut points: every boundary of a mark, and around every line break.
    fn cuts(&self, text: &str, len: usize) -> Vec<usize> {
        let mut cuts: Vec<usize> = vec![0, len];
        cuts.extend(self.mentions.iter().flat_map(|&(s, e, _)| [s, e]));
        cuts.extend(self.evidence.iter().flat_map(|&(s, e, _)| [s, e]));
        if let Some((a, b)) = self.at {
            cuts.extend([a, b]);
        }
        cuts.extend(text.chars().enumerate().filter(|(_, c)| *c == '\n').flat_map(|(i, _)| [i, i + 1]));
        // Sorted as u32, the type the facet index sorts too: one copy of the sort in the page.
        let mut sorted: Vec<u32> = cuts.into_iter().map(|c| c as u32).collect();
        sorted.sort_unstable();
        sorted.dedup();
        sorted.into_iter().map(|c| c as usize).collect()
    }

    /// The segment of `piece`, code points `s..e`; `started` notes the evidence already begun.
    fn segment(&self, piece: &str, s: usize, e: usize, started: &mut [bool]) -> Segment {
        let entity = self.mentions.iter().find(|&&(ms, me, _)| ms <= s && e <= me).map(|&(_, _, ent)| ent);
        let covering: Vec<usize> = (0..self.evidence.len())
            .filter(|&k| self.evidence[k].0 <= s && e <= self.evidence[k].1)
            .collect();
        let event_start = covering.iter().find(|&&k| !started[k]).map(|&k| EventStart {
            id: self.evidence[k].2.id.clone(),
            event_type: self.evidence[k].2.event_type.clone(),
        });
        for &k in &covering {
            started[k] = true;
        }
        Segment {
            text: piece.to_string(),
            entity: entity.map(|ent| Fact::Entity(ent).into()),
            event_start,
            in_event: !covering.is_empty(),
            marked: self.at.is_some_and(|(a, b)| a <= s && e <= b),
        }
    }
}

/// An article's id, then its outlet when known.
fn byline(article: &Article) -> String {
    let doc = &article.document;
    match &doc.outlet {
        Some(outlet) => format!("Article {} · {outlet}", doc.id),
        None => format!("Article {}", doc.id),
    }
}
