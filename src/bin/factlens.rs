//! The factlens command line: `factlens extract --manifest articles.toml` prints the facts of the
//! manifest's articles as `factlens/1` JSON on standard output, diagnostics on standard error.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    match cli::run(std::env::args_os().skip(1)) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("factlens: {message}");
            std::process::ExitCode::from(2)
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use std::ffi::OsString;
    use std::io::Write;

    const USAGE: &str = "usage: factlens extract --manifest PATH [--compact] [--quiet]\n       factlens bake --manifest PATH --out FILE   (the facts and texts in the app's baked format)\n       factlens synthetic --facts N --out FILE    (a seeded synthetic corpus in the baked format, for benchmarks)";

    use factlens::files::{article_reader, read_manifest};

    /// Runs the command line; an error is one line naming what went wrong.
    pub fn run(args: impl IntoIterator<Item = OsString>) -> Result<(), String> {
        use lexopt::prelude::*;
        let mut parser = lexopt::Parser::from_args(args);
        let mut command = None;
        let mut manifest: Option<String> = None;
        let mut compact = false;
        let mut facts: usize = 0;
        let mut out_file: Option<String> = None;
        let mut quiet = false;
        while let Some(arg) = parser.next().map_err(|e| format!("{e}\n{USAGE}"))? {
            match arg {
                Value(v) if command.is_none() => command = Some(v.string().map_err(|e| e.to_string())?),
                Long("manifest") => {
                    manifest =
                        Some(parser.value().map_err(|e| e.to_string())?.string().map_err(|e| e.to_string())?)
                }
                Long("compact") => compact = true,
                Long("facts") => {
                    facts = parser
                        .value()
                        .map_err(|e| e.to_string())?
                        .string()
                        .map_err(|e| e.to_string())?
                        .parse()
                        .map_err(|e| format!("--facts: {e}"))?
                }
                Long("out") => {
                    out_file =
                        Some(parser.value().map_err(|e| e.to_string())?.string().map_err(|e| e.to_string())?)
                }
                Long("quiet") | Short('q') => quiet = true,
                Long("help") | Short('h') => {
                    println!("{USAGE}");
                    return Ok(());
                }
                _ => return Err(format!("{}\n{USAGE}", arg.unexpected())),
            }
        }
        match command.as_deref() {
            Some("synthetic") => {
                let out_file = out_file.ok_or_else(|| format!("synthetic needs --out FILE\n{USAGE}"))?;
                let bytes = factlens_core::synthetic_corpus(facts.max(1), 42).to_bytes();
                return std::fs::write(&out_file, bytes)
                    .map_err(|e| format!("{out_file}: cannot write: {e}"));
            }
            Some("bake") => {
                let manifest = manifest.ok_or_else(|| format!("bake needs --manifest PATH\n{USAGE}"))?;
                let out_file = out_file.ok_or_else(|| format!("bake needs --out FILE\n{USAGE}"))?;
                let corpus = factlens_core::Corpus::bake(
                    &manifest,
                    &read_manifest(&manifest)?,
                    article_reader(&manifest),
                )?;
                return std::fs::write(&out_file, corpus.to_bytes())
                    .map_err(|e| format!("{out_file}: cannot write: {e}"));
            }
            Some("extract") => {}
            Some(other) => return Err(format!("unknown command `{other}`\n{USAGE}")),
            None => return Err(USAGE.to_string()),
        }
        let manifest = manifest.ok_or_else(|| format!("extract needs --manifest PATH\n{USAGE}"))?;
        let articles =
            factlens_core::load_corpus(&manifest, &read_manifest(&manifest)?, article_reader(&manifest))
                .map_err(|e| e.to_string())?;
        let extraction = factlens_core::extract(&articles);
        if !quiet {
            for d in &extraction.diagnostics {
                eprintln!("factlens: {}: {}", d.doc.as_deref().unwrap_or("corpus"), d.message);
            }
        }
        let json = if compact {
            serde_json::to_string(&extraction.facts)
        } else {
            serde_json::to_string_pretty(&extraction.facts)
        }
        .map_err(|e| e.to_string())?;
        let mut out = std::io::stdout().lock();
        writeln!(out, "{json}").map_err(|e| format!("cannot write the output: {e}"))
    }
}
