//! The factlens/1 format: the CLI's output and a frozen fixture both satisfy the JSON Schema in
//! `docs/factlens-1.schema.json`, and the fixture stays readable by the current model. When the
//! format changes, add a new version and fixture; never edit `tests/fixtures/factlens-1.json`.
//! The facts of any view (`Explorer::view_facts`), exported by the page, satisfy it too. The
//! collection format has its frozen fixture as well: `tests/fixtures/factlens-collection-1.json`.

use std::process::Command;

use factlens_core::{FactSet, TextPositions};
use serde_json::Value;

fn read(path: &str) -> String {
    std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap()
}

/// Checks `value` against the subset of JSON Schema the schema file uses: type, const, enum,
/// required, properties, additionalProperties, items, minItems, minLength, minimum, pattern (as
/// prefix-free digit shapes only), oneOf and local $ref. Returns the first violation.
fn validate(schema: &Value, root: &Value, value: &Value, at: &str) -> Result<(), String> {
    if let Some(r) = schema.get("$ref").and_then(Value::as_str) {
        let name = r.strip_prefix("#/$defs/").ok_or_else(|| format!("unsupported $ref {r}"))?;
        return validate(&root["$defs"][name], root, value, at);
    }
    if let Some(options) = schema.get("oneOf").and_then(Value::as_array) {
        let passing = options.iter().filter(|o| validate(o, root, value, at).is_ok()).count();
        return if passing == 1 { Ok(()) } else { Err(format!("{at}: {passing} of oneOf match")) };
    }
    if let Some(c) = schema.get("const") {
        if c != value {
            return Err(format!("{at}: expected {c}"));
        }
    }
    if let Some(options) = schema.get("enum").and_then(Value::as_array) {
        if !options.contains(value) {
            return Err(format!("{at}: {value} not in {options:?}"));
        }
    }
    if let Some(t) = schema.get("type") {
        let types: Vec<&str> = match t {
            Value::String(s) => vec![s.as_str()],
            Value::Array(a) => a.iter().filter_map(Value::as_str).collect(),
            _ => vec![],
        };
        let actual = match value {
            Value::Null => "null",
            Value::Bool(_) => "boolean",
            Value::Number(n) if n.is_u64() || n.is_i64() => "integer",
            Value::Number(_) => "number",
            Value::String(_) => "string",
            Value::Array(_) => "array",
            Value::Object(_) => "object",
        };
        if !(types.contains(&actual) || actual == "integer" && types.contains(&"number")) {
            return Err(format!("{at}: {actual} is not {types:?}"));
        }
    }
    if let (Some(min), Some(s)) = (schema.get("minLength").and_then(Value::as_u64), value.as_str()) {
        if (s.chars().count() as u64) < min {
            return Err(format!("{at}: shorter than {min}"));
        }
    }
    if let (Some(min), Some(n)) = (schema.get("minimum").and_then(Value::as_i64), value.as_i64()) {
        if n < min {
            return Err(format!("{at}: below {min}"));
        }
    }
    if let (Some(pattern), Some(s)) = (schema.get("pattern").and_then(Value::as_str), value.as_str()) {
        let ok = match pattern {
            "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$" => s.parse::<factlens_core::PartialDate>().is_ok(),
            "^[A-Za-z0-9_-]+$" => {
                !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
            }
            other => return Err(format!("unsupported pattern {other}")),
        };
        if !ok {
            return Err(format!("{at}: {s:?} does not match {pattern}"));
        }
    }
    if let Some(object) = value.as_object() {
        for key in schema.get("required").and_then(Value::as_array).into_iter().flatten() {
            let key = key.as_str().unwrap();
            if !object.contains_key(key) {
                return Err(format!("{at}: missing {key}"));
            }
        }
        let properties = schema.get("properties").and_then(Value::as_object);
        for (key, v) in object {
            match properties.and_then(|p| p.get(key)) {
                Some(s) => validate(s, root, v, &format!("{at}.{key}"))?,
                None => match schema.get("additionalProperties") {
                    Some(Value::Bool(false)) => return Err(format!("{at}: unexpected {key}")),
                    Some(s @ Value::Object(_)) => validate(s, root, v, &format!("{at}.{key}"))?,
                    _ => {}
                },
            }
        }
    }
    if let Some(items) = value.as_array() {
        if let Some(min) = schema.get("minItems").and_then(Value::as_u64) {
            if (items.len() as u64) < min {
                return Err(format!("{at}: fewer than {min} items"));
            }
        }
        if let Some(item_schema) = schema.get("items") {
            for (i, item) in items.iter().enumerate() {
                validate(item_schema, root, item, &format!("{at}[{i}]"))?;
            }
        }
    }
    Ok(())
}

fn schema() -> Value {
    serde_json::from_str(&read("docs/factlens-1.schema.json")).unwrap()
}

#[test]
fn the_frozen_fixture_satisfies_the_schema_and_still_reads() {
    let schema = schema();
    let fixture: Value = serde_json::from_str(&read("tests/fixtures/factlens-1.json")).unwrap();
    validate(&schema, &schema, &fixture, "$").unwrap();
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
    validate(&schema, &schema, &json, "$").unwrap();
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
        validate(&schema, &schema, &json, "$").unwrap_or_else(|e| panic!("{query:?}: {e}"));
        let total = explorer.results(&factlens_core::UrlState::parse(query).0).total;
        assert_eq!(view.entities.len() + view.events.len(), total, "{query:?}");
    }
}

#[test]
fn the_validator_rejects_what_the_schema_forbids() {
    let schema = schema();
    let mut json: Value = serde_json::from_str(&read("tests/fixtures/factlens-1.json")).unwrap();
    json["entities"][0]["kind"] = Value::from("person");
    assert!(validate(&schema, &schema, &json, "$").is_err());
    let mut json: Value = serde_json::from_str(&read("tests/fixtures/factlens-1.json")).unwrap();
    json["events"][0]["date"].as_object_mut().unwrap().remove("certainty");
    assert!(validate(&schema, &schema, &json, "$").is_err());
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
