//! `factlens extract --manifest …`: JSON on success; a one-line error naming the file otherwise.
//! `factlens extract --jsonl -`: articles as JSON Lines on standard input; bad lines skipped and
//! reported by number, with exit status 1.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

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
    for (args, says) in [
        (&["extract"][..], "extract needs --manifest PATH"),
        (&["frobnicate"], "unknown command `frobnicate`"),
        (&[], "usage: factlens extract --manifest PATH"),
        (&["extract", "--manifest"], "missing argument for option '--manifest'"),
    ] {
        let out = factlens(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.starts_with("factlens: "), "{args:?}: {stderr}");
        assert!(stderr.contains(says), "{args:?} should say {says:?}: {stderr}");
    }
}

/// A manifest's files must stay inside its folder: `..`, absolute paths and symbolic links out
/// are refused with status 2 and an error naming the entry, and nothing is printed.
#[test]
fn a_file_outside_the_manifest_folder_is_refused_naming_the_entry() {
    for outside in ["../../../../../etc/hostname", "/etc/hostname", "sub/../../a.txt"] {
        let toml = format!("[[article]]\nid = \"escape\"\nfile = \"{outside}\"\ntitle = \"X\"\n");
        let dir = Scratch::new("outside", &[("m.toml", toml.as_bytes())]);
        for command in ["extract", "bake"] {
            let out_file = dir.path("out.bin");
            let args = [command, "--manifest", &dir.path("m.toml"), "--out", &out_file];
            let args = if command == "extract" { &args[..3] } else { &args[..] };
            let out = factlens(args);
            assert_eq!(out.status.code(), Some(2), "{command} {outside}");
            let err = one_line_error(&out);
            assert!(
                err.contains(&format!(
                    "{}: article `escape`: the file `{outside}` is outside the manifest's folder",
                    dir.path("m.toml")
                )),
                "{command} {outside}: {err}"
            );
            assert!(!std::path::Path::new(&out_file).exists(), "bake wrote nothing");
        }
    }
}

#[cfg(unix)]
#[test]
fn a_symbolic_link_out_of_the_folder_is_refused_naming_the_entry() {
    let outside = Scratch::new("linked-target", &[("secret.txt", b"Gen. Jane Doe visited Kosovo.")]);
    let dir = Scratch::new("linked", &[("m.toml", ONE_ARTICLE.as_bytes())]);
    std::os::unix::fs::symlink(outside.path("secret.txt"), dir.path("a.txt")).unwrap();
    let out = factlens(&["extract", "--manifest", &dir.path("m.toml")]);
    assert_eq!(out.status.code(), Some(2));
    let err = one_line_error(&out);
    assert!(err.contains(&format!("{}: cannot read the article `a`", dir.path("a.txt"))), "{err}");
    assert!(err.contains("outside the manifest's folder"), "{err}");
    // A link that stays inside the folder is fine.
    let inside = Scratch::new("linked-inside", &[("m.toml", ONE_ARTICLE.as_bytes()), ("real.txt", b"Text.")]);
    std::os::unix::fs::symlink(inside.path("real.txt"), inside.path("a.txt")).unwrap();
    let out = factlens(&["extract", "--quiet", "--manifest", &inside.path("m.toml")]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}

/// Runs `factlens` with `input` on standard input.
fn factlens_with_input(args: &[&str], input: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_factlens"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the factlens binary runs");
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

const GOOD_LINES: &str = concat!(
    "{\"id\":\"visit\",\"text\":\"Maj. Gen. Stephen Osborn visited Kosovo on Friday.\",\"published\":\"2024-03-01\"}\n",
    "\n",
    "{\"text\":\"Soldiers of the Iowa National Guard returned home.\",\"title\":\"Guard Returns\",\"url\":\"https://example.com/g\"}\n",
);

#[test]
fn jsonl_on_standard_input_gives_factlens_json() {
    let out = factlens_with_input(&["extract", "--quiet", "--jsonl", "-"], GOOD_LINES);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(out.stderr.is_empty(), "{}", String::from_utf8_lossy(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["format"], "factlens/1");
    let ids: Vec<&str> =
        json["documents"].as_array().unwrap().iter().map(|d| d["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["visit", "guard-returns"], "an id is made from the title when absent");
    assert_eq!(json["documents"][0]["published"], "2024-03-01");
    assert_eq!(json["events"][0]["date"]["value"], "2024-03-01");
    let names: Vec<&str> =
        json["entities"].as_array().unwrap().iter().map(|e| e["name"].as_str().unwrap()).collect();
    assert!(names.contains(&"Stephen Osborn") && names.contains(&"Iowa National Guard"), "{names:?}");
}

#[test]
fn bad_jsonl_lines_are_skipped_reported_by_number_and_fail_with_status_1() {
    let input = format!(
        "{GOOD_LINES}not json\n{{\"text\":\"Other.\",\"published\":\"soon\"}}\n{{\"text\":\"x\",\"url\":\"ftp://x\"}}\n{{\"id\":\"visit\",\"text\":\"Again.\"}}\n"
    );
    let out = factlens_with_input(&["extract", "--quiet", "--jsonl", "-"], &input);
    assert_eq!(out.status.code(), Some(1));
    let json: serde_json::Value =
        serde_json::from_slice(&out.stdout).expect("the good lines still give JSON");
    assert_eq!(json["documents"].as_array().unwrap().len(), 2);
    let stderr = String::from_utf8(out.stderr).unwrap();
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 4, "{stderr}");
    for (line, (number, says)) in
        lines.iter().zip([(4, "not an article object"), (5, "“soon”"), (6, "“ftp://x”"), (7, "“visit”")])
    {
        assert!(line.starts_with(&format!("factlens: standard input: line {number}: ")), "{line}");
        assert!(line.contains(says) && line.ends_with(", skipped"), "{line}");
    }
}

#[test]
fn empty_jsonl_input_is_an_error() {
    let out = factlens_with_input(&["extract", "--jsonl", "-"], "\n  \n");
    assert_eq!(out.status.code(), Some(2));
    assert!(one_line_error(&out).contains("standard input: no article"));
}

#[test]
fn prerender_writes_the_default_view_as_the_page_body() {
    let scratch = Scratch::new(
        "prerender",
        &[("index.html", b"<html><head></head><body><noscript>x</noscript></body></html>")],
    );
    let out = factlens(&["prerender", "--html", &scratch.path("index.html")]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let page = std::fs::read_to_string(scratch.path("index.html")).unwrap();
    assert!(page.starts_with("<html><head></head><body><div class=\"fl-app\" id=\"fl-pre\">"), "{page}");
    assert!(
        page.contains("class=\"card\"") && page.contains("class=\"quoted\"") && !page.contains("<noscript>x")
    );
    // A page without a body is refused, naming the file, and left as it was.
    let bare = Scratch::new("prerender-bare", &[("index.html", b"<html></html>")]);
    let out = factlens(&["prerender", "--html", &bare.path("index.html")]);
    assert_eq!(out.status.code(), Some(2));
    assert!(one_line_error(&out).contains("index.html: the page has no <body>"));
    assert_eq!(std::fs::read_to_string(bare.path("index.html")).unwrap(), "<html></html>");
}
