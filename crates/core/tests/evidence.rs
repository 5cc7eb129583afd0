//! Every piece of evidence the extractor produces quotes its article byte for byte, at code point
//! offsets, with the 32-code-point prefix and suffix: on the corpus, the gold sets and hostile text.

use std::path::Path;

use factlens_core::{extract, load_corpus, Article, Document, EntityKind, TextPositions};

fn check(articles: &[Article]) -> usize {
    let facts = extract(articles).facts;
    let mut checked = 0;
    for evidence in facts.all_evidence() {
        let article =
            articles.iter().find(|a| a.document.id == evidence.doc).expect("evidence names an article");
        TextPositions::new(&article.text).verify(evidence).unwrap_or_else(|e| panic!("{e}"));
        checked += 1;
    }
    checked
}

fn manifest_articles(manifest: &Path) -> Vec<Article> {
    let source = std::fs::read_to_string(manifest).unwrap();
    load_corpus(manifest.to_str().unwrap(), &source, |f| std::fs::read(f).map_err(|e| e.to_string())).unwrap()
}

#[test]
fn every_quote_matches_its_article_on_every_corpus() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut total = 0;
    for manifest in
        ["public/articles/articles.toml", "tests/gold/texas/articles.toml", "tests/gold/luzon/articles.toml"]
    {
        let checked = check(&manifest_articles(&root.join(manifest)));
        assert!(checked > 20, "{manifest}: only {checked} pieces of evidence");
        total += checked;
    }
    assert!(total > 300, "{total}");
}

/// A hostile text, the entities a reader finds in it, and the types of the events it reports.
type Case = (&'static str, &'static [(EntityKind, &'static str)], &'static [&'static str]);

/// Markup, bidi overrides, zero-width and odd characters: every quote stays exact, and the facts a
/// reader sees through the noise are still found, with names that carry no markup.
#[test]
fn hostile_and_odd_text_still_yields_exact_evidence_and_its_facts() {
    use factlens_core::EntityKind::{Official, Place, Unit};
    // (text, entities a reader finds, event types a reader finds). Also expected by a reader but
    // missed today (extraction work, not evidence): "Kosovo Security Force" written with
    // zero-width joiners, and "Stephen Osborn" inside parentheses after his rank.
    let cases: [Case; 6] = [
        ("", &[], &[]),
        ("   \n\n  ", &[], &[]),
        (
            "<script>alert(1)</script> Gen. John Smith of the 1st Battalion said <img onerror=x> “hi” on Friday.",
            &[(Official, "John Smith"), (Unit, "1st Battalion")],
            &["statement"],
        ),
        (
            "\u{202e}Kosovo\u{200b} Security\u{200d} Force visited Camp\u{00a0}Dodge in October.",
            &[(Place, "Camp\u{00a0}Dodge")],
            &["visit"],
        ),
        (
            "Maj. Gen. ((((((((Stephen Osborn)))))))) met President Jane Doe, the president of Ruritania, in 2024.",
            &[(Official, "Jane Doe")],
            &["meeting"],
        ),
        (
            "ÉCOLE 日本 Ålesund 🚀 The 185th Air Refueling Wing, 2-211th Aviation Battalion, deployed December 29.",
            &[(Unit, "185th Air Refueling Wing"), (Unit, "2-211th Aviation Battalion")],
            &["deployment"],
        ),
    ];
    for (i, (text, entities, event_types)) in cases.into_iter().enumerate() {
        let document =
            Document { id: format!("t{i}"), title: "t".into(), outlet: None, published: None, url: None };
        let articles = [Article { document, text: text.to_string() }];
        check(&articles);
        let facts = extract(&articles).facts;
        let found: Vec<(EntityKind, &str)> =
            facts.entities.iter().map(|e| (e.kind, e.name.as_str())).collect();
        for expected in entities {
            assert!(found.contains(expected), "text {i}: {expected:?} not in {found:?}");
        }
        for (_, name) in &found {
            assert!(!name.contains(['<', '>']), "text {i}: markup in the name {name:?}");
        }
        let types: Vec<&str> = facts.events.iter().map(|e| e.event_type.as_str()).collect();
        assert_eq!(types, *event_types, "text {i}");
        if entities.is_empty() {
            assert!(found.is_empty(), "text {i}: nothing to find, found {found:?}");
        }
    }
}
