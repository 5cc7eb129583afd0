//! The factlens command line: `factlens extract --manifest articles.toml` (or `--jsonl -`, articles
//! as JSON Lines on standard input) prints the facts of the articles as `factlens/1` JSON on
//! standard output, diagnostics on standard error. Exit status: 0 on success, 1 when `--jsonl`
//! skipped a bad line (the facts of the other lines are printed), 2 on any other error.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    match cli::run(std::env::args_os().skip(1)) {
        Ok(cli::Finished::Complete) => std::process::ExitCode::SUCCESS,
        Ok(cli::Finished::SkippedLines) => std::process::ExitCode::from(1),
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

    const USAGE: &str = "usage: factlens extract --manifest PATH [--compact] [--quiet]\n       factlens extract --jsonl - [--compact] [--quiet]   (articles as JSON Lines on standard input: {\"id\"?, \"text\", \"title\"?, \"outlet\"?, \"published\"?, \"url\"?} per line; exit status 1 when a bad line was skipped)\n       factlens bake --manifest PATH --out FILE   (the facts, texts and their start index in the app's baked format)\n       factlens synthetic --facts N --out FILE    (a seeded synthetic corpus in the baked format, for benchmarks)\n       factlens prerender --html FILE             (writes the default view of the built-in corpus into a built index.html)";

    use factlens::files::{article_reader, read_manifest};

    /// The options given.
    #[derive(Default)]
    struct Args {
        command: Option<String>,
        manifest: Option<String>,
        jsonl: Option<String>,
        compact: bool,
        facts: usize,
        out_file: Option<String>,
        html: Option<String>,
        quiet: bool,
    }

    /// How a run that did not fail ended.
    pub enum Finished {
        /// Everything was done.
        Complete,
        /// The output was written, but some input lines were skipped (and reported).
        SkippedLines,
    }

    /// Runs the command line; an error is one line naming what went wrong.
    pub fn run(args: impl IntoIterator<Item = OsString>) -> Result<Finished, String> {
        let Some(args) = parse(args)? else {
            println!("{USAGE}");
            return Ok(Finished::Complete);
        };
        let done = |result: Result<(), String>| result.map(|()| Finished::Complete);
        match args.command.as_deref() {
            Some("synthetic") => done(synthetic(args)),
            Some("bake") => done(bake(args)),
            Some("prerender") => done(prerender(args)),
            Some("extract") => extract(args),
            Some(other) => Err(format!("unknown command `{other}`\n{USAGE}")),
            None => Err(USAGE.to_string()),
        }
    }

    /// The options of the command line; none when it asks for help.
    fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Option<Args>, String> {
        use lexopt::prelude::*;
        let mut parser = lexopt::Parser::from_args(args);
        let mut args = Args::default();
        while let Some(arg) = parser.next().map_err(|e| format!("{e}\n{USAGE}"))? {
            match arg {
                Value(v) if args.command.is_none() => {
                    args.command = Some(v.string().map_err(|e| e.to_string())?)
                }
                Long("manifest") => args.manifest = Some(value(&mut parser)?),
                Long("jsonl") => args.jsonl = Some(value(&mut parser)?),
                Long("compact") => args.compact = true,
                Long("facts") => {
                    args.facts = value(&mut parser)?.parse().map_err(|e| format!("--facts: {e}"))?
                }
                Long("out") => args.out_file = Some(value(&mut parser)?),
                Long("html") => args.html = Some(value(&mut parser)?),
                Long("quiet") | Short('q') => args.quiet = true,
                Long("help") | Short('h') => return Ok(None),
                _ => return Err(format!("{}\n{USAGE}", arg.unexpected())),
            }
        }
        Ok(Some(args))
    }

    /// The value of the option just read.
    fn value(parser: &mut lexopt::Parser) -> Result<String, String> {
        use lexopt::prelude::*;
        parser.value().map_err(|e| e.to_string())?.string().map_err(|e| e.to_string())
    }

    /// `synthetic --facts N --out FILE`: a seeded synthetic corpus in the baked format, with its
    /// start index.
    fn synthetic(args: Args) -> Result<(), String> {
        let out_file = args.out_file.ok_or_else(|| format!("synthetic needs --out FILE\n{USAGE}"))?;
        let corpus = factlens_core::synthetic_corpus(args.facts.max(1), 42);
        let bytes = factlens_core::Explorer::new(corpus).to_bytes();
        std::fs::write(&out_file, bytes).map_err(|e| format!("{out_file}: cannot write: {e}"))
    }

    /// `prerender --html FILE`: the built page, rewritten with the default view of the built-in
    /// corpus as its body (`factlens::prerender`).
    fn prerender(args: Args) -> Result<(), String> {
        let path = args.html.ok_or_else(|| format!("prerender needs --html FILE\n{USAGE}"))?;
        let page = std::fs::read_to_string(&path).map_err(|e| format!("{path}: cannot read: {e}"))?;
        let page = factlens::prerender::into_page(&page, factlens::corpus::original())
            .map_err(|e| format!("{path}: {e}"))?;
        std::fs::write(&path, page).map_err(|e| format!("{path}: cannot write: {e}"))
    }

    /// `bake --manifest PATH --out FILE`: the facts and texts in the app's baked format, with the
    /// start index (facet and word index, orders) that lets a big corpus start without indexing.
    fn bake(args: Args) -> Result<(), String> {
        let manifest = args.manifest.ok_or_else(|| format!("bake needs --manifest PATH\n{USAGE}"))?;
        let out_file = args.out_file.ok_or_else(|| format!("bake needs --out FILE\n{USAGE}"))?;
        let corpus =
            factlens_core::Corpus::bake(&manifest, &read_manifest(&manifest)?, article_reader(&manifest))?;
        let bytes = factlens_core::Explorer::new(corpus).to_bytes();
        std::fs::write(&out_file, bytes).map_err(|e| format!("{out_file}: cannot write: {e}"))
    }

    /// `extract --manifest PATH` or `extract --jsonl -`: factlens/1 JSON on standard output,
    /// diagnostics and skipped lines on standard error (diagnostics not with `--quiet`), the JSON
    /// on one line with `--compact`.
    fn extract(args: Args) -> Result<Finished, String> {
        let (articles, finished) = match (&args.manifest, &args.jsonl) {
            (Some(manifest), None) => {
                let source = read_manifest(manifest)?;
                let articles = factlens_core::load_corpus(manifest, &source, article_reader(manifest))
                    .map_err(|e| e.to_string())?;
                (articles, Finished::Complete)
            }
            (None, Some(path)) => jsonl::read_articles(path)?,
            _ => return Err(format!("extract needs --manifest PATH or --jsonl -\n{USAGE}")),
        };
        print_facts(&args, &articles)?;
        Ok(finished)
    }

    /// Prints the facts of `articles` as factlens/1 JSON, and their diagnostics unless `--quiet`.
    fn print_facts(args: &Args, articles: &[factlens_core::Article]) -> Result<(), String> {
        let extraction = factlens_core::extract(articles);
        if !args.quiet {
            for d in &extraction.diagnostics {
                eprintln!("factlens: {}: {}", d.doc.as_deref().unwrap_or("corpus"), d.message);
            }
        }
        let json = if args.compact {
            serde_json::to_string(&extraction.facts)
        } else {
            serde_json::to_string_pretty(&extraction.facts)
        }
        .map_err(|e| e.to_string())?;
        let mut out = std::io::stdout().lock();
        writeln!(out, "{json}").map_err(|e| format!("cannot write the output: {e}"))
    }

    /// Articles as JSON Lines.
    mod jsonl {
        use super::Finished;

        /// The articles of the JSON Lines at `path` (`-`: standard input). Skipped lines are
        /// reported on standard error; input without any line is an error.
        pub fn read_articles(path: &str) -> Result<(Vec<factlens_core::Article>, Finished), String> {
            let input = if path == "-" {
                std::io::read_to_string(std::io::stdin())
                    .map_err(|e| format!("cannot read standard input: {e}"))?
            } else {
                std::fs::read_to_string(path).map_err(|e| format!("{path}: cannot read: {e}"))?
            };
            let (collection, skipped) = factlens_core::collection_of_jsonl(&input);
            let source = if path == "-" { "standard input" } else { path };
            for line in &skipped {
                eprintln!("factlens: {source}: {}, skipped", line.message);
            }
            if skipped.is_empty() && collection.articles().is_empty() {
                return Err(format!("{source}: no article (one JSON object per line)"));
            }
            let finished = if skipped.is_empty() { Finished::Complete } else { Finished::SkippedLines };
            Ok((collection.articles().to_vec(), finished))
        }
    }
}
