//! Architecture invariant: the core does no I/O and knows nothing of the web.
//!
//! It must build and test natively with no leptos, web-sys, js-sys, wasm-bindgen or gloo anywhere
//! in its dependency tree, and its sources must not reach for the file system, network, processes
//! or environment. New invariants of this kind go here.

use std::path::Path;
use std::process::Command;

const WEB_CRATES: &[&str] = &[
    "leptos",
    "web-sys",
    "js-sys",
    "wasm-bindgen",
    "gloo",
    "tachys",
    "reactive_graph",
    "wasm-bindgen-futures",
];

#[test]
fn no_web_crate_in_the_core_dependency_tree() {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let out = Command::new(cargo)
        .args(["tree", "-p", "factlens-core", "-e", "normal,build", "--prefix", "none", "--target", "all"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo tree runs");
    assert!(out.status.success(), "cargo tree failed: {}", String::from_utf8_lossy(&out.stderr));
    let tree = String::from_utf8(out.stdout).unwrap();
    let names: Vec<&str> = tree.lines().filter_map(|l| l.split_whitespace().next()).collect();
    assert!(names.contains(&"factlens-core"), "unexpected cargo tree output: {tree}");
    for web in WEB_CRATES {
        assert!(!names.contains(web), "the core depends on the web crate `{web}`:\n{tree}");
    }
}

#[test]
fn no_io_or_web_use_in_the_core_sources() {
    const FORBIDDEN: &[&str] = &[
        "std::fs",
        "std::net",
        "std::process",
        "std::env",
        "std::io::stdin",
        "println!",
        "eprintln!",
        "leptos",
        "web_sys",
        "js_sys",
        "wasm_bindgen",
        "gloo",
    ];
    let mut checked = 0;
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let source = std::fs::read_to_string(&path).unwrap();
                // Unit tests may print; production code may not.
                let code = source.split("#[cfg(test)]").next().unwrap();
                for word in FORBIDDEN {
                    assert!(!code.contains(word), "{} uses `{word}`", path.display());
                }
                checked += 1;
            }
        }
    }
    assert!(checked >= 5, "found only {checked} source files");
}

/// The core's modules by layer, top to bottom: a module may use modules of lower layers only.
const LAYERS: &[&[&str]] = &[
    &["explore"],
    &["collection", "synthetic"],
    &["baked"],
    &["export", "extract", "facets", "manifest"],
    &["model"],
    &["date", "evidence"],
];

#[test]
fn core_modules_use_only_lower_layers() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let layer_of = |module: &str| LAYERS.iter().position(|layer| layer.contains(&module));
    let mut checked = 0;
    for entry in std::fs::read_dir(&src).unwrap() {
        let path = entry.unwrap().path();
        let module = path.file_stem().unwrap().to_str().unwrap().to_string();
        if module == "lib" {
            continue;
        }
        let layer = layer_of(&module).unwrap_or_else(|| panic!("`{module}` is in no layer of LAYERS"));
        let mut files = vec![path];
        while let Some(file) = files.pop() {
            if file.is_dir() {
                files.extend(std::fs::read_dir(&file).unwrap().map(|e| e.unwrap().path()));
                continue;
            }
            if file.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let source = std::fs::read_to_string(&file).unwrap();
            let code = source.split("#[cfg(test)]").next().unwrap();
            for (at, _) in code.match_indices("crate::") {
                let used: String =
                    code[at + 7..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
                let allowed = layer_of(&used).is_some_and(|l| l > layer) || used == module;
                assert!(
                    allowed,
                    "{} uses `crate::{used}`: only modules below `{module}` may be used",
                    file.display()
                );
            }
            checked += 1;
        }
    }
    assert!(checked > 20, "found only {checked} source files");
}
