//! Hostile input never breaks the core: the URL-state parser, the extractor and the ways a
//! reader's own articles come in (files, collection files, JSON Lines) are fuzzed with proptest
//! (no panic on any input, parse(print(state)) == state, every evidence span valid), and
//! adversarial texts are extracted in time linear in their size. Case counts are printed, so the
//! test log says how many inputs were tried (PROPTEST_CASES raises them).

use std::time::Instant;

use cpu_time::ThreadTime;

use factlens_core::{
    collection_of_jsonl, decode_file, extract, Article, Collection, Document, Facet, Refusal, Sort,
    TextPositions, Theme, UrlState, ADVERSARIAL_TEXTS,
};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

fn cases(default: u32) -> u32 {
    std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(default)
}

fn article(text: String) -> Article {
    Article {
        document: Document { id: "x".into(), title: "x".into(), outlet: None, published: None, url: None },
        text,
    }
}

/// Extracts and checks every piece of evidence against the text.
fn extract_checked(text: &str) {
    let a = article(text.to_string());
    let facts = extract(std::slice::from_ref(&a)).facts;
    let positions = TextPositions::new(&a.text);
    for e in facts.all_evidence() {
        positions.verify(e).unwrap_or_else(|err| panic!("{err}"));
    }
}

/// A value the URL can carry unchanged: no control characters, trimmed, not empty.
fn clean_value() -> impl Strategy<Value = String> {
    "[a-zA-Z0-9 éü’&=?#%+/_.:-]{1,30}"
        .prop_map(|s| s.trim().to_string())
        .prop_filter("non-empty", |s| !s.is_empty())
}

fn id_value() -> impl Strategy<Value = String> {
    "[a-z0-9_/-]{1,40}"
}

fn state() -> impl Strategy<Value = UrlState> {
    let filters = proptest::collection::vec(
        (0..Facet::ALL.len(), proptest::collection::vec(clean_value(), 1..4)),
        0..4,
    )
    .prop_map(|fs| {
        let mut out: Vec<(Facet, Vec<String>)> = Vec::new();
        for (f, mut values) in fs {
            values.dedup();
            let mut unique = Vec::new();
            for v in values {
                if !unique.contains(&v) {
                    unique.push(v);
                }
            }
            if !out.iter().any(|(g, _)| *g == Facet::ALL[f]) {
                out.push((Facet::ALL[f], unique));
            }
        }
        out.sort_by_key(|(f, _)| *f);
        out
    });
    (
        filters,
        proptest::option::of(clean_value()),
        0..3usize,
        proptest::option::of(id_value()),
        proptest::option::of((id_value(), proptest::option::of((0usize..5000, 1usize..500)))),
        any::<bool>(),
        0..3usize,
        proptest::collection::vec("https://[a-z]{1,10}\\.example", 0..3),
    )
        .prop_map(|(filters, q, sort, open, doc, embed, theme, hosts)| {
            let (doc, at) = match doc {
                Some((d, at)) => (Some(d), at.map(|(a, len)| (a, a + len))),
                None => (None, None),
            };
            let mut unique_hosts = Vec::new();
            for h in hosts {
                if !unique_hosts.contains(&h) {
                    unique_hosts.push(h);
                }
            }
            // A host's source, when there is a search: any text after an address.
            let src = q.as_ref().filter(|q| !q.is_empty()).map(|q| format!("https://news.example/{q}"));
            UrlState {
                filters,
                q: q.unwrap_or_default(),
                sort: Sort::ALL[sort],
                open,
                doc,
                at,
                embed,
                theme: [Theme::Auto, Theme::Light, Theme::Dark][theme],
                hosts: unique_hosts,
                src,
            }
        })
}

#[test]
fn url_state_round_trips_and_parsing_never_panics() {
    let n = cases(3000);
    let mut runner = TestRunner::new(Config { cases: n, ..Config::default() });
    runner
        .run(&state(), |s| {
            let printed = s.print();
            let (back, ignored) = UrlState::parse(&printed);
            prop_assert!(ignored.is_empty(), "{printed}: {ignored:?}");
            prop_assert_eq!(back, s);
            Ok(())
        })
        .unwrap();
    // Any string at all: bytes, percent signs, brackets, control characters, huge values.
    let any_query = prop_oneof![
        ".{0,300}",
        "[%&=\\[\\]a-z0-9+]{0,200}",
        proptest::collection::vec(any::<u8>(), 0..400).prop_map(|b| String::from_utf8_lossy(&b).into_owned()),
        (".{0,20}", 1000..20000usize).prop_map(|(s, n)| format!("kind={}&q={}", s, "x".repeat(n))),
    ];
    let mut runner = TestRunner::new(Config { cases: n, ..Config::default() });
    runner
        .run(&any_query, |q| {
            let (s, _) = UrlState::parse(&q);
            // Whatever was kept prints and reads back the same.
            prop_assert_eq!(UrlState::parse(&s.print()).0, s);
            Ok(())
        })
        .unwrap();
    println!("url state: {n} valid states round-tripped, {n} arbitrary query strings parsed");
}

/// News-like words, capitals, titles, dates, punctuation and hostile characters, for texts in any order.
const NEWS_WORDS: &[&str] = &[
    "Gen.",
    "Sgt.",
    "Major",
    "General",
    "President",
    "of",
    "the",
    "Iowa",
    "National",
    "Guard",
    "185th",
    "Wing",
    "Company",
    "C",
    "(",
    ")",
    ",",
    ".",
    "“",
    "”",
    "’s",
    "in",
    "October",
    "Friday",
    "2024",
    "last",
    "week",
    "that",
    "year",
    "said",
    "visited",
    "Camp",
    "Dodge",
    "KSF",
    "\n",
    "22-month-long",
    "December",
    "29",
    "about",
    "three",
    "years",
    "after",
    "\u{202e}",
    "\u{200b}",
    "<script>",
    "é",
    "🚀",
    "Mr.",
    "U.S.",
];

#[test]
fn the_extractor_survives_any_text_with_valid_evidence() {
    let n = cases(400);
    let texts = prop_oneof![
        // Any UTF-8.
        ".{0,400}",
        // News-like words, capitals, titles, dates and punctuation in any order.
        proptest::collection::vec(proptest::sample::select(NEWS_WORDS), 0..300).prop_map(|w| w.join(" ")),
    ];
    let mut runner = TestRunner::new(Config { cases: n, ..Config::default() });
    runner
        .run(&texts, |t| {
            extract_checked(&t);
            Ok(())
        })
        .unwrap();
    println!("extractor: {n} generated texts, no panic, every evidence span exact");
}

/// Any bytes under any file name decode to text with something in it, or to a refusal naming the
/// file; markup-like bytes as a web page too. Any string read as a collection file or as JSON
/// Lines gives a collection or refusals, never a panic.
#[test]
fn own_articles_survive_any_bytes() {
    let n = cases(300);
    let bytes = prop_oneof![
        proptest::collection::vec(any::<u8>(), 0..600),
        ".{0,400}".prop_map(String::into_bytes),
        proptest::collection::vec(
            prop_oneof![
                Just("<p>"),
                Just("</p>"),
                Just("<script>"),
                Just("<nav>"),
                Just("<div"),
                Just(">"),
                Just("<!--"),
                Just("<meta property=\"article:published_time\" content=\"2024-13-99\">"),
                Just("<title>"),
                Just("The unit returned on Friday."),
                Just("\u{feff}"),
                Just("&amp;"),
                Just("\u{0}"),
            ],
            0..120,
        )
        .prop_map(|parts| parts.concat().into_bytes()),
    ];
    let names = prop_oneof![Just("a.txt"), Just("a.html"), Just("a.md"), Just("a"), Just("a.bin")];
    let mut runner = TestRunner::new(Config { cases: n, ..Config::default() });
    runner
        .run(&(names, bytes), |(name, bytes)| {
            match decode_file(name, &bytes) {
                Ok(decoded) => prop_assert!(!decoded.text.trim().is_empty()),
                Err(refusal) => {
                    let names_the_file = refusal.to_string().starts_with(&format!("{name}: "));
                    prop_assert!(names_the_file, "{}", refusal);
                }
            }
            Ok(())
        })
        .unwrap();
    let mut runner = TestRunner::new(Config { cases: n, ..Config::default() });
    runner
        .run(&".{0,300}", |s| {
            let json = format!("{{\"format\":\"factlens-collection/1\",\"articles\":[{s}]}}");
            let newer = matches!(Collection::from_json(&json), Err(Refusal::NewerFormat { .. }));
            prop_assert!(!newer, "{}", json);
            let (_, skipped) = collection_of_jsonl(&s);
            let numbered = skipped.iter().all(|l| l.message.starts_with(&format!("line {}: ", l.line)));
            prop_assert!(numbered, "{:?}", skipped);
            Ok(())
        })
        .unwrap();
    println!("own articles: {n} files decoded or refused, {n} collection files and JSON Lines read");
}

/// Adversarial shapes, each at growing sizes: time must grow about linearly (a quadratic step
/// would take sixteen times as long for four times the size; the bound allows eight times).
#[test]
fn adversarial_texts_take_time_linear_in_their_size() {
    for (name, make) in ADVERSARIAL_TEXTS {
        let mut times = Vec::new();
        for size in [25_000usize, 50_000, 100_000] {
            let text = make(size);
            extract_checked(&text);
            let a = article(text.clone());
            // This thread's CPU time (not the wall clock, which counts the time other processes
            // hold the cores), the fastest of at least five runs and 0.3 s of runs, so that a busy
            // machine or a timer's granularity does not look like a slow algorithm.
            let mut fastest = f64::INFINITY;
            let (mut runs, started) = (0, Instant::now());
            while runs < 5 || started.elapsed().as_secs_f64() < 0.3 {
                let start = ThreadTime::now();
                extract(std::slice::from_ref(&a));
                fastest = fastest.min(start.elapsed().as_secs_f64());
                runs += 1;
            }
            times.push((text.len(), fastest));
        }
        let (small, large) = (times[0], times[2]);
        let growth = large.1 / small.1.max(1e-6);
        println!(
            "{name}: {} bytes {:.1} ms, {} bytes {:.1} ms, {} bytes {:.1} ms (x{growth:.2} for x4)",
            small.0,
            small.1 * 1e3,
            times[1].0,
            times[1].1 * 1e3,
            large.0,
            large.1 * 1e3
        );
        assert!(growth < 8.0, "{name}: time grew x{growth:.2} for four times the text");
    }
}

/// Every word of the gold texts may open a text: each sentence of each gold article is extracted
/// again from each of its words on, so that a rule looking one or two words back from a name, a date
/// or a trigger meets that word at the text's very start (an index `start - 1` at token 0 panics
/// in a debug build). Cut at words, a sentence also ends mid-phrase, which the rules must survive.
#[test]
fn any_word_of_a_real_sentence_may_open_the_text() {
    let gold = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/gold");
    let (mut texts, mut sentences) = (0, 0);
    for set in std::fs::read_dir(&gold).unwrap().flatten().filter(|e| e.path().is_dir()) {
        for file in std::fs::read_dir(set.path()).unwrap().flatten() {
            if file.path().extension().is_none_or(|x| x != "txt") {
                continue;
            }
            let text = std::fs::read_to_string(file.path()).unwrap();
            for sentence in text.split_inclusive(['.', '\n']).filter(|s| s.split_whitespace().count() > 3) {
                let words: Vec<&str> = sentence.split_whitespace().collect();
                // The whole sentence and each cut that starts a word later (the last three words alone too).
                for k in 0..words.len() - 2 {
                    extract_checked(&words[k..].join(" "));
                    texts += 1;
                }
                sentences += 1;
            }
        }
    }
    assert!(sentences > 1000, "the gold texts were not found ({sentences} sentences)");
    println!(
        "{sentences} gold sentences cut at every word: {texts} texts, no panic, every evidence span exact"
    );
}
