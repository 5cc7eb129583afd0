//! `factlens extract --manifest …`: JSON on success; a one-line error naming the file otherwise.

use std::path::PathBuf;
use std::process::{Command, Output};

fn factlens(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_factlens"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the factlens binary runs")
}

/// A scratch folder with `files` (name, bytes), removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str, files: &[(&str, &[u8])]) -> Self {
        let dir = std::env::temp_dir().join(format!("factlens-cli-{name}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        for (file, bytes) in files {
            std::fs::write(dir.join(file), bytes).unwrap();
        }
        Scratch(dir)
    }

    fn path(&self, file: &str) -> String {
        self.0.join(file).to_str().unwrap().to_string()
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn one_line_error(out: &Output) -> String {
    assert!(!out.status.success(), "expected failure, got {:?}", out.status);
    assert!(out.stdout.is_empty(), "no JSON on failure");
    let stderr = String::from_utf8(out.stderr.clone()).unwrap();
    assert_eq!(stderr.trim_end().lines().count(), 1, "one line: {stderr:?}");
    stderr
}

const ONE_ARTICLE: &str = "[[article]]\nid = \"a\"\nfile = \"a.txt\"\ntitle = \"A\"\n";

#[test]
fn extracts_the_corpus_as_factlens_json() {
    let out = factlens(&["extract", "--quiet", "--manifest", "public/articles/articles.toml"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["format"], "factlens/1");
    assert_eq!(json["documents"].as_array().unwrap().len(), 3);
    assert_eq!(json["documents"][2]["published"], "2020-02-28");
    let names: Vec<&str> =
        json["entities"].as_array().unwrap().iter().map(|e| e["name"].as_str().unwrap()).collect();
    assert!(names.contains(&"Stephen Osborn") && names.contains(&"Camp Dodge"), "{names:?}");
}

#[test]
fn diagnostics_go_to_standard_error() {
    let out = factlens(&["extract", "--manifest", "public/articles/articles.toml"]);
    assert!(out.status.success());
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("001: skipped"), "{stderr}");
    serde_json::from_slice::<serde_json::Value>(&out.stdout).expect("stdout is only JSON");
}

#[test]
fn a_missing_manifest_names_it() {
    let err = one_line_error(&factlens(&["extract", "--manifest", "nowhere/articles.toml"]));
    assert!(err.contains("nowhere/articles.toml: cannot read the manifest"), "{err}");
}

#[test]
fn a_malformed_manifest_names_it() {
    let dir = Scratch::new("malformed", &[("m.toml", b"[[article]\nid = 1")]);
    let err = one_line_error(&factlens(&["extract", "--manifest", &dir.path("m.toml")]));
    assert!(err.contains(&format!("{}: not a valid manifest", dir.path("m.toml"))), "{err}");
}

#[test]
fn a_duplicate_id_names_the_manifest() {
    let twice = format!("{ONE_ARTICLE}\n{ONE_ARTICLE}");
    let dir = Scratch::new("duplicate", &[("m.toml", twice.as_bytes()), ("a.txt", b"Text.")]);
    let err = one_line_error(&factlens(&["extract", "--manifest", &dir.path("m.toml")]));
    assert!(
        err.contains(&format!("{}: the article id `a` is used more than once", dir.path("m.toml"))),
        "{err}"
    );
}

#[test]
fn a_missing_article_names_the_file() {
    let dir = Scratch::new("missing", &[("m.toml", ONE_ARTICLE.as_bytes())]);
    let err = one_line_error(&factlens(&["extract", "--manifest", &dir.path("m.toml")]));
    assert!(err.contains(&format!("{}: cannot read the article", dir.path("a.txt"))), "{err}");
}

#[test]
fn a_non_utf8_article_names_the_file() {
    let dir = Scratch::new("latin1", &[("m.toml", ONE_ARTICLE.as_bytes()), ("a.txt", b"caf\xe9")]);
    let err = one_line_error(&factlens(&["extract", "--manifest", &dir.path("m.toml")]));
    assert!(err.contains(&format!("{}: the article is not valid UTF-8", dir.path("a.txt"))), "{err}");
}

#[test]
fn bad_usage_fails_with_the_usage() {
    for args in [&["extract"][..], &["frobnicate"], &[], &["extract", "--manifest"]] {
        let out = factlens(args);
        assert!(!out.status.success(), "{args:?}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("factlens"), "{args:?}");
    }
}
