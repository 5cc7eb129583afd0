//! Extraction: English news articles in, facts with exact evidence out.
//!
//! Per article, in stage order: segmentation (`text`, with the word data of `lexicon`), date
//! expressions (`dates`), entity mentions (`mentions`) and event mentions (`events`), kept
//! together in a `doc`. Across articles: entity resolution (`resolve`), the time each article was
//! written (`now`), event merging and dating (`merge`), disagreements (`conflicts`) and the final
//! facts (`assemble`). A stage uses only the stages before it. Extraction never fails: it returns
//! facts and diagnostics.

mod assemble;
mod bodies;
mod conflicts;
mod dates;
mod doc;
mod events;
mod lexicon;
mod mentions;
mod merge;
mod now;
mod resolve;
mod text;

use crate::evidence::TextPositions;
use crate::model::{Article, Entity, EntityKind, FactSet};

pub use events::EVENT_TYPES;

#[cfg(feature = "collection")]
pub(crate) use dates::complete_dates;

use self::doc::Doc;
use self::mentions::Mention;
use self::merge::EventCluster;
use self::now::Now;

/// Something extraction noticed and the reader may want to know.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The article concerned, if one.
    pub doc: Option<String>,
    /// What happened.
    pub message: String,
}

/// Facts extracted from a set of articles, with diagnostics.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Extraction {
    /// The facts, in the `factlens/1` model.
    pub facts: FactSet,
    /// What the extractor skipped or could not resolve.
    pub diagnostics: Vec<Diagnostic>,
}

/// Extracts the facts of `articles`.
pub fn extract(articles: &[Article]) -> Extraction {
    let mut diagnostics = Vec::new();
    let docs: Vec<Doc<'_>> = articles.iter().map(|article| read_article(article, &mut diagnostics)).collect();

    let mention_lists: Vec<&[Mention]> = docs.iter().map(|doc| doc.mentions.as_slice()).collect();
    let resolution = resolve::resolve(&mention_lists);
    let entities: Vec<Entity> =
        resolution.clusters.iter().map(|cluster| assemble::build_entity(&docs, cluster)).collect();
    let kinds: Vec<EntityKind> = entities.iter().map(|entity| entity.kind).collect();
    let names: Vec<String> = entities.iter().map(|entity| entity.name.clone()).collect();

    let (nows, clusters) = merge::settle(&docs, &resolution.entity_of, &kinds);
    diagnostics.extend(time_of_writing_notes(&docs, &nows));
    let mut raw_conflicts = conflicts::date_conflicts(&docs, &nows, &clusters);
    raw_conflicts.extend(conflicts::support_conflicts(
        &docs,
        &resolution.entity_of,
        &names,
        &kinds,
        &clusters,
    ));

    let facts =
        assemble::fact_set(articles, &docs, entities, &resolution.entity_of, &clusters, raw_conflicts);
    diagnostics.extend(unresolved_date_notes(&docs, &clusters));
    Extraction { facts, diagnostics }
}

/// The stages of one article: segmentation, dates, mentions, events. Notes skipped page furniture.
fn read_article<'a>(article: &'a Article, diagnostics: &mut Vec<Diagnostic>) -> Doc<'a> {
    let seg = text::segment(&article.text);
    let (dates, blocked) = dates::find_dates(&seg);
    let mentions = mentions::find_mentions(&seg, &blocked, article.document.outlet.as_deref());
    let events = events::find_events(&seg, &dates, &mentions);
    let furniture = seg.sentences.iter().filter(|sentence| sentence.boilerplate).count();
    if furniture > 0 {
        diagnostics.push(Diagnostic {
            doc: Some(article.document.id.clone()),
            message: format!("skipped {furniture} lines of page furniture (credits, links, breadcrumbs)"),
        });
    }
    Doc {
        id: &article.document.id,
        published: article.document.published,
        positions: TextPositions::new(&article.text),
        seg,
        dates,
        mentions,
        events,
    }
}

/// For every article, when it was written and how that is known, or that it is not.
fn time_of_writing_notes(docs: &[Doc<'_>], nows: &[Option<Now>]) -> Vec<Diagnostic> {
    docs.iter()
        .zip(nows)
        .map(|(doc, now)| Diagnostic {
            doc: Some(doc.id.to_string()),
            message: match now {
                Some(now) => format!("time of writing: {}", now.basis),
                None => "no time of writing could be established: its relative dates stay as written".into(),
            },
        })
        .collect()
}

/// For every article with dated events whose dates could not be resolved, how many there are.
fn unresolved_date_notes(docs: &[Doc<'_>], clusters: &[EventCluster]) -> Vec<Diagnostic> {
    let mut notes = Vec::new();
    for (doc_index, doc) in docs.iter().enumerate() {
        let unresolved = clusters
            .iter()
            .filter(|cluster| {
                cluster.days.is_none()
                    && cluster.members.iter().any(|&(member_doc, event)| {
                        member_doc == doc_index && !docs[member_doc].events[event].dates.is_empty()
                    })
            })
            .count();
        if unresolved > 0 {
            notes.push(Diagnostic {
                doc: Some(doc.id.to_string()),
                message: format!("{unresolved} event dates could not be resolved and stay as written"),
            });
        }
    }
    notes
}
