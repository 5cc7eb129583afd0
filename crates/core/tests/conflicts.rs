//! Conflicts between articles, through the public extractor: the same happening stated with two
//! dates, or supported parties denied by one article; agreeing articles give none.

use factlens_core::{extract, Article, Document, FactSet, PartialDate};

fn article(id: &str, published: &str, text: &str) -> Article {
    let document = Document {
        id: id.into(),
        title: format!("Article {id}"),
        outlet: None,
        published: Some(published.parse::<PartialDate>().unwrap()),
        url: None,
    };
    Article { document, text: text.into() }
}

fn facts(texts: &[(&str, &str)]) -> FactSet {
    let articles: Vec<Article> = texts
        .iter()
        .enumerate()
        .map(|(i, (published, text))| article(&format!("a{i}"), published, text))
        .collect();
    extract(&articles).facts
}

#[test]
fn a_past_happening_dated_after_the_article_was_written_is_a_conflict_with_both_sides() {
    let facts = facts(&[(
        "2023-12-20",
        "Airmen of the Iowa Air National Guard traveled to Kosovo in April 2024 for a medical training exercise with the Kosovo Security Force.",
    )]);
    assert_eq!(facts.conflicts.len(), 1, "{:#?}", facts.conflicts);
    let conflict = &facts.conflicts[0];
    assert_eq!(conflict.field, "date");
    assert_eq!(conflict.between, "writing-date", "a statement against the writing date, not articles");
    assert_eq!(conflict.about, facts.events[0].id);
    let values: Vec<&str> = conflict.claims.iter().map(|c| c.value.as_str()).collect();
    assert_eq!(values.len(), 2, "{values:?}");
    assert!(values.contains(&"2024-04"), "the stated side: {values:?}");
    let stated = conflict.claims.iter().find(|c| c.value == "2024-04").unwrap();
    assert!(stated.evidence.iter().any(|e| e.quote == "April 2024"), "{:?}", stated.evidence);
}

#[test]
fn support_affirmed_by_one_article_and_denied_by_another_is_a_conflict() {
    let facts = facts(&[
        (
            "2023-12-20",
            "Iowa National Guard soldiers will deploy to Kosovo on December 29. They will provide support operations to the NATO KFOR mission, not the Kosovo Security Force.",
        ),
        (
            "2023-12-21",
            "Iowa National Guard soldiers will deploy to Kosovo on December 29. They will provide support to the Kosovo Security Force and the NATO KFOR mission.",
        ),
    ]);
    let support: Vec<_> = facts.conflicts.iter().filter(|c| c.field == "supports").collect();
    assert_eq!(support.len(), 1, "{:#?}", facts.conflicts);
    assert_eq!(support[0].between, "articles");
    let docs: Vec<&str> =
        support[0].claims.iter().flat_map(|c| c.evidence.iter().map(|e| e.doc.as_str())).collect();
    assert!(docs.contains(&"a0") && docs.contains(&"a1"), "each article gives its side: {docs:?}");
}

#[test]
fn agreeing_articles_do_not_conflict() {
    let facts = facts(&[
        ("2024-05-20", "Airmen of the Iowa Air National Guard traveled to Kosovo in April 2024 for a medical training exercise with the Kosovo Security Force."),
        ("2024-05-21", "In April 2024, airmen of the Iowa Air National Guard traveled to Kosovo for a medical training exercise with the Kosovo Security Force."),
    ]);
    assert!(facts.conflicts.is_empty(), "{:#?}", facts.conflicts);
    assert_eq!(facts.events.len(), 1, "one happening, merged: {:#?}", facts.events);
}
