//! No import circles between source files: in the core (`crates/core/src`) and in the app's
//! library (`src`), the graph whose nodes are files (modules) and whose edges are the paths one
//! file names in another (`use crate::…`, `super::…`, `self::…`, a child module's name, groups
//! `{…}` expanded) has no cycle. The core's layering (which module may use which) is checked in
//! `crates/core/tests/purity.rs`; this test also covers the files inside each layer.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// A module's path from its crate root, e.g. `["extract", "dates", "parse"]`.
type ModPath = Vec<String>;

/// The modules of the library rooted at `src/lib.rs` under `root`, each with its file's code
/// (unit tests cut off). `main.rs` and `bin/` are other crates and are left out.
fn modules(root: &Path) -> BTreeMap<ModPath, String> {
    let mut found = BTreeMap::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
            let path = entry.unwrap().path();
            let relative = path.strip_prefix(root).unwrap();
            if relative == Path::new("main.rs") || relative.starts_with("bin") {
                continue;
            }
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let source = std::fs::read_to_string(&path).unwrap();
                let code = source.split("#[cfg(test)]").next().unwrap().to_string();
                found.insert(module_path(relative), code);
            }
        }
    }
    found
}

/// `extract/dates/mod.rs` → `extract::dates`; `extract/dates/parse.rs` → `extract::dates::parse`.
fn module_path(relative: &Path) -> ModPath {
    let mut parts: ModPath = relative.iter().map(|p| p.to_string_lossy().into_owned()).collect();
    let file = parts.pop().unwrap();
    let stem = file.trim_end_matches(".rs");
    if stem != "mod" && stem != "lib" {
        parts.push(stem.to_string());
    }
    parts
}

/// The code without comments (line comments and doc comments), so paths in prose do not count.
fn without_comments(code: &str) -> String {
    code.lines().map(|line| line.split("//").next().unwrap()).collect::<Vec<_>>().join("\n")
}

/// Every path written in `code` (`a::b::c`), with `use` groups expanded: `a::{b, c::d}` gives
/// `a::b` and `a::c::d`.
fn paths(code: &str) -> Vec<Vec<String>> {
    let chars: Vec<char> = code.chars().collect();
    let mut found = Vec::new();
    let mut at = 0;
    while at < chars.len() {
        let starts_word = is_ident(chars[at]) && (at == 0 || !is_ident(chars[at - 1]));
        if starts_word && chars[at..].iter().take_while(|c| is_ident(**c)).count() > 0 {
            let (mut expanded, end) = path_at(&chars, at, Vec::new());
            found.append(&mut expanded);
            at = end.max(at + 1);
        } else {
            at += 1;
        }
    }
    found.retain(|p| p.len() > 1);
    found
}

fn is_ident(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// Reads a path (and any group) starting at `at`, after `prefix`; returns the paths and the end.
fn path_at(chars: &[char], mut at: usize, mut prefix: Vec<String>) -> (Vec<Vec<String>>, usize) {
    loop {
        let start = at;
        while at < chars.len() && is_ident(chars[at]) {
            at += 1;
        }
        if at > start {
            prefix.push(chars[start..at].iter().collect());
        }
        let next_is_separator = chars.get(at) == Some(&':') && chars.get(at + 1) == Some(&':');
        if !next_is_separator {
            return (vec![prefix], at);
        }
        at += 2;
        if chars.get(at) == Some(&'{') {
            return group_at(chars, at + 1, prefix);
        }
    }
}

/// Reads the items of a `{…}` group after `prefix`, up to its closing brace.
fn group_at(chars: &[char], mut at: usize, prefix: Vec<String>) -> (Vec<Vec<String>>, usize) {
    let mut found = vec![prefix.clone()];
    while at < chars.len() && chars[at] != '}' {
        if is_ident(chars[at]) {
            let (mut item, end) = path_at(chars, at, prefix.clone());
            found.append(&mut item);
            at = end;
        } else {
            at += 1;
        }
    }
    (found, at + 1)
}

/// The module a path written in `from` names, if it names one of `known`: the longest prefix of
/// the path, read as written (`crate::`, `super::`, `self::`) or relative to `from`.
fn target(from: &ModPath, path: &[String], known: &BTreeSet<ModPath>) -> Option<ModPath> {
    let mut base: ModPath = from.clone();
    let mut rest = path;
    match rest.first().map(String::as_str) {
        Some("crate") => {
            base.clear();
            rest = &rest[1..];
        }
        Some("self") => rest = &rest[1..],
        Some("super") => {
            while rest.first().map(String::as_str) == Some("super") {
                base.pop()?;
                rest = &rest[1..];
            }
        }
        _ => {}
    }
    (1..=rest.len())
        .rev()
        .map(|n| base.iter().chain(&rest[..n]).cloned().collect::<ModPath>())
        .find(|candidate| known.contains(candidate))
        .or_else(|| (rest.len() < path.len()).then_some(base).filter(|b| known.contains(b)))
}

/// The files each file uses (itself left out).
fn graph(root: &Path) -> BTreeMap<ModPath, BTreeSet<ModPath>> {
    let modules = modules(root);
    let known: BTreeSet<ModPath> = modules.keys().cloned().collect();
    modules
        .iter()
        .map(|(module, code)| {
            let uses = paths(&without_comments(code))
                .iter()
                .filter_map(|p| target(module, p, &known))
                .filter(|t| t != module)
                .collect();
            (module.clone(), uses)
        })
        .collect()
}

/// A cycle of the graph, if there is one, as the modules along it.
fn cycle(graph: &BTreeMap<ModPath, BTreeSet<ModPath>>) -> Option<Vec<ModPath>> {
    let mut done = BTreeSet::new();
    for start in graph.keys() {
        let mut trail = Vec::new();
        if let Some(found) = visit(start, graph, &mut trail, &mut done) {
            return Some(found);
        }
    }
    None
}

fn visit(
    node: &ModPath,
    graph: &BTreeMap<ModPath, BTreeSet<ModPath>>,
    trail: &mut Vec<ModPath>,
    done: &mut BTreeSet<ModPath>,
) -> Option<Vec<ModPath>> {
    if let Some(at) = trail.iter().position(|n| n == node) {
        let mut found = trail[at..].to_vec();
        found.push(node.clone());
        return Some(found);
    }
    if done.contains(node) {
        return None;
    }
    trail.push(node.clone());
    for next in graph.get(node).into_iter().flatten() {
        if let Some(found) = visit(next, graph, trail, done) {
            return Some(found);
        }
    }
    trail.pop();
    done.insert(node.clone());
    None
}

fn show(cycle: &[ModPath]) -> String {
    cycle.iter().map(|m| format!("crate::{}", m.join("::"))).collect::<Vec<_>>().join(" → ")
}

fn check(dir: &str) {
    let root: PathBuf = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let graph = graph(&root);
    let edges: usize = graph.values().map(BTreeSet::len).sum();
    assert!(graph.len() >= 8 && edges >= 8, "{dir}: only {} files, {edges} imports read", graph.len());
    if let Some(found) = cycle(&graph) {
        panic!("{dir}: import circle: {}", show(&found));
    }
}

#[test]
fn no_import_circle_between_the_core_files() {
    check("crates/core/src");
}

#[test]
fn no_import_circle_between_the_app_files() {
    check("src");
}

#[test]
fn a_circle_is_found() {
    let known: BTreeSet<ModPath> =
        [vec!["a".to_string()], vec!["a".into(), "b".into()], vec!["c".into()]].into_iter().collect();
    let a: ModPath = vec!["a".into()];
    let b: ModPath = vec!["a".into(), "b".into()];
    let c: ModPath = vec!["c".into()];
    let in_a = paths("use crate::{c::Thing, a::b::{self, Other}};");
    let targets: BTreeSet<_> = in_a.iter().filter_map(|p| target(&a, p, &known)).collect();
    assert_eq!(targets, [b.clone(), c.clone()].into_iter().collect());
    assert_eq!(target(&b, &["super".into(), "Doc".into()], &known), Some(a.clone()));
    assert_eq!(target(&a, &["b".into(), "run".into()], &known), Some(b.clone()));
    let graph: BTreeMap<_, _> =
        [(a.clone(), [b.clone()].into()), (b.clone(), [a.clone()].into()), (c, BTreeSet::new())].into();
    assert_eq!(cycle(&graph), Some(vec![a.clone(), b, a]));
}
