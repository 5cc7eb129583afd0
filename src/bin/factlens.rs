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

    /// The options given.
    #[derive(Default)]
    struct Args {
        command: Option<String>,
        manifest: Option<String>,
        compact: bool,
        facts: usize,
        out_file: Option<String>,
        quiet: bool,
    }

    /// Runs the command line; an error is one line naming what went wrong.
    pub fn run(args: impl IntoIterator<Item = OsString>) -> Result<(), String> {
        let Some(args) = parse(args)? else {
            println!("{USAGE}");
            return Ok(());
        };
        match args.command.as_deref() {
            Some("synthetic") => synthetic(args),
            Some("bake") => bake(args),
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
                Long("compact") => args.compact = true,
                Long("facts") => {
                    args.facts = value(&mut parser)?.parse().map_err(|e| format!("--facts: {e}"))?
                }
                Long("out") => args.out_file = Some(value(&mut parser)?),
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

    /// `synthetic --facts N --out FILE`: a seeded synthetic corpus in the baked format.
    fn synthetic(args: Args) -> Result<(), String> {
        let out_file = args.out_file.ok_or_else(|| format!("synthetic needs --out FILE\n{USAGE}"))?;
        let bytes = factlens_core::synthetic_corpus(args.facts.max(1), 42).to_bytes();
        std::fs::write(&out_file, bytes).map_err(|e| format!("{out_file}: cannot write: {e}"))
    }

    /// `bake --manifest PATH --out FILE`: the facts and texts in the app's baked format.
    fn bake(args: Args) -> Result<(), String> {
        let manifest = args.manifest.ok_or_else(|| format!("bake needs --manifest PATH\n{USAGE}"))?;
        let out_file = args.out_file.ok_or_else(|| format!("bake needs --out FILE\n{USAGE}"))?;
        let corpus =
            factlens_core::Corpus::bake(&manifest, &read_manifest(&manifest)?, article_reader(&manifest))?;
        std::fs::write(&out_file, corpus.to_bytes()).map_err(|e| format!("{out_file}: cannot write: {e}"))
    }

    /// `extract --manifest PATH`: factlens/1 JSON on standard output, diagnostics on standard
    /// error (unless `--quiet`), the JSON on one line with `--compact`.
    fn extract(args: Args) -> Result<(), String> {
        let manifest = args.manifest.ok_or_else(|| format!("extract needs --manifest PATH\n{USAGE}"))?;
        let articles =
            factlens_core::load_corpus(&manifest, &read_manifest(&manifest)?, article_reader(&manifest))
                .map_err(|e| e.to_string())?;
        let extraction = factlens_core::extract(&articles);
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
}
