//! Every piece of evidence the extractor produces quotes its article byte for byte, at code point
//! offsets, with the 32-code-point prefix and suffix: on the corpus, the gold sets and hostile text.

use std::path::Path;

use factlens_core::{extract, load_corpus, Article, Document, TextPositions};

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

#[test]
fn hostile_and_odd_text_still_yields_exact_evidence() {
    let texts = [
        "",
        "   \n\n  ",
        "<script>alert(1)</script> Gen. John Smith of the 1st Battalion said <img onerror=x> “hi” on Friday.",
        "\u{202e}Kosovo\u{200b} Security\u{200d} Force visited Camp\u{00a0}Dodge in October.",
        "Maj. Gen. ((((((((Stephen Osborn)))))))) met President Jane Doe, the president of Ruritania, in 2024.",
        "ÉCOLE 日本 Ålesund 🚀 The 185th Air Refueling Wing, 2-211th Aviation Battalion, deployed December 29.",
    ];
    for (i, text) in texts.iter().enumerate() {
        let document =
            Document { id: format!("t{i}"), title: "t".into(), outlet: None, published: None, url: None };
        check(&[Article { document, text: text.to_string() }]);
    }
}
