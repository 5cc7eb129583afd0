//! The factlens/1 format: the CLI's output and a frozen fixture both satisfy the JSON Schema in
//! `docs/factlens-1.schema.json`, and the fixture stays readable by the current model. When the
//! format changes, add a new version and fixture; never edit `tests/fixtures/factlens-1.json`.
//! The facts of any view (`Explorer::view_facts`), exported by the page, satisfy it too. The
//! collection format has its frozen fixture as well: `tests/fixtures/factlens-collection-1.json`.

use std::process::Command;

use factlens_core::{FactSet, TextPositions, EVENT_TYPES};
use serde_json::Value;

fn read(path: &str) -> String {
    std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap()
}

/// Checks `value` against the JSON Schema `schema` (draft 2020-12, by the `jsonschema` crate) and
/// returns every violation, one per line, each with its place in `value`.
fn validate(schema: &Value, value: &Value) -> Result<(), String> {
    let validator = jsonschema::validator_for(schema).map_err(|e| format!("bad schema: {e}"))?;
    let errors: Vec<String> =
        validator.iter_errors(value).map(|e| format!("{}: {e}", e.instance_path())).collect();
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors.join("\n"))
    }
}

fn schema() -> Value {
    serde_json::from_str(&read("docs/factlens-1.schema.json")).unwrap()
}

#[test]
fn the_frozen_fixture_satisfies_the_schema_and_still_reads() {
    let schema = schema();
    let fixture: Value = serde_json::from_str(&read("tests/fixtures/factlens-1.json")).unwrap();
    validate(&schema, &fixture).unwrap();
    let facts: FactSet = serde_json::from_value(fixture).expect("the current model reads factlens/1");
    assert_eq!(facts.format, "factlens/1");
    let text = read("tests/gold/texas/texas-engineers.txt");
    let positions = TextPositions::new(&text);
    for evidence in facts.all_evidence() {
        positions.verify(evidence).unwrap();
    }
}

#[test]
fn the_cli_output_satisfies_the_schema() {
    let out = Command::new(env!("CARGO_BIN_EXE_factlens"))
        .args(["extract", "--quiet", "--manifest", "public/articles/articles.toml"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert!(out.status.success());
    let schema = schema();
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    validate(&schema, &json).unwrap();
}

/// The public corpus, baked as the app bakes it.
fn public_corpus() -> factlens_core::Corpus {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let manifest = root.join("public/articles/articles.toml");
    let manifest = manifest.to_str().unwrap();
    let source = factlens::files::read_manifest(manifest).unwrap();
    factlens_core::Corpus::bake(manifest, &source, factlens::files::article_reader(manifest)).unwrap()
}

#[test]
fn the_facts_of_a_view_satisfy_the_schema() {
    let explorer = factlens_core::Explorer::new(public_corpus());
    let schema = schema();
    for query in
        ["", "kind=event", "kind=official", "q=Kosovo", "kind=place&q=Iowa", "q=nothing-matches-this"]
    {
        let view = explorer.view_facts(&factlens_core::UrlState::parse(query).0);
        let json = serde_json::to_value(&view).unwrap();
        validate(&schema, &json).unwrap_or_else(|e| panic!("{query:?}: {e}"));
        let total = explorer.results(&factlens_core::UrlState::parse(query).0).total;
        assert_eq!(view.entities.len() + view.events.len(), total, "{query:?}");
    }
}

/// One way to break a valid document.
type Breakage = fn(&mut Value);

#[test]
fn the_validator_rejects_what_the_schema_forbids() {
    let schema = schema();
    let fixture: Value = serde_json::from_str(&read("tests/fixtures/factlens-1.json")).unwrap();
    let broken: [(&str, Breakage); 4] = [
        ("an unknown entity kind", |j| j["entities"][0]["kind"] = Value::from("person")),
        ("a date without certainty", |j| {
            j["events"][0]["date"].as_object_mut().unwrap().remove("certainty");
        }),
        ("a date not in ISO form", |j| j["events"][0]["date"]["value"] = Value::from("5 May 2020")),
        ("a property the format lacks", |j| j["entities"][0]["colour"] = Value::from("red")),
    ];
    for (what, break_it) in broken {
        let mut json = fixture.clone();
        break_it(&mut json);
        assert!(validate(&schema, &json).is_err(), "{what} passed the schema");
    }
}

#[test]
fn the_frozen_collection_fixture_still_reads_and_round_trips_exactly() {
    let fixture = read("tests/fixtures/factlens-collection-1.json");
    let collection =
        factlens_core::Collection::from_json(&fixture).expect("the current code reads collection/1");
    let ids: Vec<&str> = collection.articles().iter().map(|a| a.document.id.as_str()).collect();
    assert_eq!(ids, ["iowa-guard-soldiers-return-from-kosovo", "pasted-text"]);
    assert!(collection.articles()[0].text.contains("\r\n\tMajor General"), "texts are kept exactly");
    assert_eq!(collection.to_json(), fixture.trim_end(), "the export is byte for byte the fixture");
}

#[test]
fn every_event_type_is_in_the_schema_and_defined_in_the_format() {
    let schema = schema();
    let listed: Vec<&str> = schema["$defs"]["event"]["properties"]["type"]["enum"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert_eq!(listed, EVENT_TYPES);
    let format = read("docs/format.md");
    for event_type in EVENT_TYPES {
        assert!(
            format.contains(&format!("| `{event_type}` |")),
            "{event_type} is not defined in docs/format.md"
        );
    }
}
