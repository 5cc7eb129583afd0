//! Facts as CSV for spreadsheets: [`facts_csv`], one row per fact, RFC 4180 quoting, and cells
//! that a spreadsheet would run as a formula neutralised.

use crate::evidence::Evidence;
use crate::model::{Document, Fact, FactSet};

/// The header row, in column order (documented in `docs/format.md`).
pub const CSV_COLUMNS: [&str; 12] = [
    "kind",
    "id",
    "name",
    "type",
    "date",
    "certainty",
    "articles",
    "article_id",
    "article_title",
    "quote",
    "start",
    "end",
];

/// The facts as CSV: a header row ([`CSV_COLUMNS`]), then one row per entity and per event in
/// fact order, with the first passage that supports it (`articles` counts the articles that do).
/// Titles come from `articles`. Lines end in CRLF; a cell holding a comma, a quote or a line
/// break is quoted, its quotes doubled; a cell starting with `=`, `+`, `-`, `@`, a tab or a
/// carriage return gets a leading `'` so no spreadsheet runs it as a formula.
pub fn facts_csv(facts: &FactSet, articles: &[Document]) -> String {
    let mut out = String::new();
    push_row(&mut out, CSV_COLUMNS.iter().map(|c| c.to_string()));
    for fact in facts.facts() {
        push_row(&mut out, row_of(fact, articles));
    }
    out
}

/// The cells of one fact's row.
fn row_of(fact: Fact<'_>, articles: &[Document]) -> impl Iterator<Item = String> {
    let (event_type, date, certainty) = match fact {
        Fact::Event(e) => (
            e.event_type.clone(),
            e.date.value.map(|v| v.to_string()).unwrap_or_default(),
            serde_json::to_value(e.date.certainty).ok().and_then(|v| v.as_str().map(str::to_string)),
        ),
        Fact::Entity(_) => (String::new(), String::new(), None),
    };
    let evidence = evidence_of(fact);
    let first = evidence.first();
    let title = first
        .and_then(|e| articles.iter().find(|d| d.id == e.doc))
        .map(|d| d.title.clone())
        .unwrap_or_default();
    let number = |n: Option<usize>| n.map(|n| n.to_string()).unwrap_or_default();
    [
        fact.kind().as_str().to_string(),
        fact.id().to_string(),
        fact.name().to_string(),
        event_type,
        date,
        certainty.unwrap_or_default(),
        article_count(evidence).to_string(),
        first.map(|e| e.doc.clone()).unwrap_or_default(),
        title,
        first.map(|e| e.quote.clone()).unwrap_or_default(),
        number(first.map(|e| e.start)),
        number(first.map(|e| e.end)),
    ]
    .into_iter()
}

/// The passages that support a fact: an entity's mentions, an event's evidence.
fn evidence_of(fact: Fact<'_>) -> &[Evidence] {
    match fact {
        Fact::Entity(e) => &e.mentions,
        Fact::Event(e) => &e.evidence,
    }
}

/// How many articles the passages come from.
fn article_count(evidence: &[Evidence]) -> usize {
    let mut docs: Vec<&str> = evidence.iter().map(|e| e.doc.as_str()).collect();
    docs.sort_unstable();
    docs.dedup();
    docs.len()
}

/// Appends one row, cells separated by commas, ended by CRLF.
fn push_row(out: &mut String, cells: impl Iterator<Item = String>) {
    for (i, cell) in cells.enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&csv_cell(&cell));
    }
    out.push_str("\r\n");
}

/// One cell: neutralised against formulas, then quoted when it must be.
fn csv_cell(value: &str) -> String {
    let safe = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_string()
    };
    if safe.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", safe.replace('"', "\"\""))
    } else {
        safe
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::synthetic::synthetic_corpus;

    #[test]
    fn cells_are_quoted_as_rfc_4180_says() {
        assert_eq!(csv_cell("plain"), "plain");
        assert_eq!(csv_cell("a, b"), "\"a, b\"");
        assert_eq!(csv_cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_cell("two\nlines"), "\"two\nlines\"");
        assert_eq!(csv_cell(""), "");
    }

    #[test]
    fn formula_cells_are_neutralised() {
        for (cell, safe) in [
            ("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\""),
            ("+1", "'+1"),
            ("-2+3", "'-2+3"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tcmd", "'\tcmd"),
            ("\rcmd", "\"'\rcmd\""),
            ("a=b", "a=b"),
        ] {
            assert_eq!(csv_cell(cell), safe, "{cell:?}");
        }
    }

    #[test]
    fn one_row_per_fact_with_its_first_passage() {
        let corpus = synthetic_corpus(60, 3);
        let facts = &corpus.facts;
        let documents: Vec<Document> = corpus.articles.iter().map(|a| a.document.clone()).collect();
        let csv = facts_csv(facts, &documents);
        assert!(csv.ends_with("\r\n") && !csv.replace("\r\n", "").contains('\r'));
        let rows: Vec<&str> = csv.split("\r\n").filter(|r| !r.is_empty()).collect();
        assert_eq!(rows[0], CSV_COLUMNS.join(","));
        assert_eq!(rows.len(), 1 + facts.entities.len() + facts.events.len());
        let entity = &facts.entities[0];
        let first = &entity.mentions[0];
        let title = &documents.iter().find(|d| d.id == first.doc).unwrap().title;
        let expected = format!(
            "{},{},{},,,,{},{},{},{},{},{}",
            entity.kind,
            entity.id,
            csv_cell(&entity.name),
            article_count(&entity.mentions),
            first.doc,
            csv_cell(title),
            csv_cell(&first.quote),
            first.start,
            first.end
        );
        assert_eq!(rows[1], expected);
        let event_row = rows[1 + facts.entities.len()];
        let event = &facts.events[0];
        assert!(event_row.starts_with(&format!("event,{},", event.id)), "{event_row}");
        assert!(event_row.contains(&format!(",{},", event.event_type)), "{event_row}");
    }
}
