//! Repository checks: the shape of the project and the pinned tool versions.

use std::path::Path;

fn read(path: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path))
        .unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The version of a package in Cargo.lock.
fn locked_version(name: &str) -> String {
    let lock = read("Cargo.lock");
    let marker = format!("name = \"{name}\"\nversion = \"");
    let start = lock.find(&marker).unwrap_or_else(|| panic!("{name} is not in Cargo.lock")) + marker.len();
    lock[start..].split('"').next().unwrap().to_string()
}

#[test]
fn trunk_pins_the_wasm_bindgen_of_cargo_lock() {
    let pin = format!("wasm_bindgen = \"{}\"", locked_version("wasm-bindgen"));
    assert!(read("Trunk.toml").contains(&pin), "Trunk.toml must contain `{pin}`");
}

#[test]
fn trunk_pins_a_working_wasm_opt() {
    // Debian's binaryen 108 silently produces a blank page; tools/bin/wasm-opt runs npm's 132.
    assert!(read("Trunk.toml").contains("wasm_opt = \"version_132\""));
    assert!(read("package.json").contains("\"binaryen\": \"132.0.0\""));
}

#[test]
fn the_required_top_level_exists() {
    for path in [
        "Cargo.toml",
        "src",
        "public",
        "tests",
        "index.html",
        "Trunk.toml",
        "README.md",
        "ARCHITECTURE.md",
        ".ci/run",
    ] {
        assert!(Path::new(env!("CARGO_MANIFEST_DIR")).join(path).exists(), "{path} is missing");
    }
}

#[test]
fn ci_runs_exactly_the_readme_test_command() {
    assert!(read(".ci/run").lines().any(|l| l.trim() == "exec make test"));
    let readme = read("README.md");
    assert!(readme.contains("\nmake serve\n") && readme.contains("\nmake test\n"));
}

/// Every file under `dir` (relative to the package) whose name ends with one of `extensions`.
fn files_under(dir: &str, extensions: &[&str]) -> Vec<std::path::PathBuf> {
    let mut found = Vec::new();
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join(dir)];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if extensions.iter().any(|e| path.to_string_lossy().ends_with(e)) {
                found.push(path);
            }
        }
    }
    found
}

#[test]
fn no_code_writes_html_from_strings() {
    // Article text is data: nothing in the app or its scripts may parse a string as HTML.
    let sinks = ["inner_html", "innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "set_html"];
    let mut files = files_under("src", &[".rs"]);
    files.extend(files_under("crates/worker/src", &[".rs"]));
    files.extend(files_under("public", &[".js"]));
    files.extend(files_under("demo", &[".js"]));
    assert!(files.len() > 10, "found the sources");
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for sink in sinks {
            assert!(!text.contains(sink), "{} uses {sink}", file.display());
        }
    }
}

#[test]
fn no_message_is_posted_to_any_origin() {
    // The explorer posts only to origins `factlens_core::post_targets` chose (never "*"): a message
    // posted to "*" would reach whatever page framed the explorer.
    let mut files = files_under("src", &[".rs"]);
    files.extend(files_under("public", &[".js"]));
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for (at, _) in text.match_indices("post_message").chain(text.match_indices("postMessage")) {
            let call: String = text[at..].chars().take(200).collect();
            let call = call.split(';').next().unwrap_or_default();
            assert!(!call.contains("\"*\"") && !call.contains("'*'"), "{}: {call}", file.display());
        }
        assert!(!text.contains("unwrap_or(\"*\")"), "{} falls back to \"*\"", file.display());
    }
}
