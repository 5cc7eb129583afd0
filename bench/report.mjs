// Writes BENCHMARKS.md from the JSON of bench/facets.mjs and bench/page.mjs and the text of the
// extraction benchmarks: node bench/report.mjs DIR (with facets.json, page.json, extract-*.txt, machine.txt,
// and failed.txt when a section failed).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { collectionSection } from "./collection-report.mjs";

const dir = process.argv[2];
// Any section's file may be missing or unreadable (its benchmark failed or was stopped; scripts/bench.sh
// lists such sections in failed.txt): the report says which, prints the rest, and for the facet engines
// without facets.json prints that run's per-engine progress lines (facets-progress.txt) instead.
const missing = [];
const read = (f) => {
  try {
    return readFileSync(join(dir, f), "utf8").trim();
  } catch {
    missing.push(f);
    return null;
  }
};
const json = (f) => {
  const text = read(f);
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    missing.push(`${f} (not valid JSON)`);
    return null;
  }
};
const facets = json("facets.json");
const page = json("page.json");
const failed = existsSync(join(dir, "failed.txt")) ? read("failed.txt") : "";
const ms = (x) => (x < 10 ? x.toFixed(2) : x.toFixed(0));
/** `f`'s text as a code block, or a line saying it is missing. */
const block = (f) => {
  const text = read(f);
  say(text === null ? `(not measured in this run: ${f} is missing)` : ["```", text, "```"].join("\n"));
  say();
};
/** One engine at one size as a row of the facet table; "—" for a workload not run to the end. */
const facetRow = (r) => {
  if (r.skipped) return `| ${r.n.toLocaleString("en")} | ${r.engine} | ${r.skipped} | | | | | | | | | | | |`;
  const { plain: p, text: t, skewed: k } = r.runs;
  const runs = [p, t, k].filter(Boolean);
  const wrong = runs.reduce((n, x) => n + x.mismatches.length, 0);
  const checked = runs.reduce((n, x) => n + x.checked, 0);
  const agrees = wrong ? `**${wrong} wrong**` : `${checked} of ${checked} right`;
  const or = (x, f) => (x === undefined ? "—" : f(x));
  const build = `${or(r.buildMs, ms)} / ${or(r.skewed?.buildMs, ms)}`;
  const memory = `${or(r.memoryMb, (x) => x.toFixed(0))} / ${or(r.skewed?.memoryMb, (x) => x.toFixed(0))}`;
  const cells = [p?.p50, p?.p95, t?.p50, t?.p95, k?.p50, k?.p95].map((x) => or(x, ms));
  const ratios = [p, t, k].map((x) => or(x?.ratio, (y) => y.toFixed(3)));
  return `| ${r.n.toLocaleString("en")} | ${r.engine} | ${build} | ${memory} | ${cells.join(" | ")} | ${ratios.join(" | ")} | ${agrees} |`;
};
const lines = [];
const say = (s = "") => lines.push(s);

say("# Benchmarks");
say();
say(`Written by \`make bench\` on ${new Date().toISOString().slice(0, 10)}, from one run on this machine:`);
say();
say(read("machine.txt") ?? "(machine.txt is missing)");
say();
const noticeAt = lines.length;
say("Reproduce with `make bench` (about 25 minutes; each facet engine has at most `FACETS_LIMIT_S` seconds per size and workload). The pieces:");
say("`node --expose-gc bench/facets.mjs`, `node bench/page.mjs`, `cargo bench -p factlens-core --bench extract`,");
say("`cargo bench -p factlens-core --bench engine`, `node bench/extract-wasm.mjs` (scripts/bench.sh builds what they need).");
say();
say("## 1. Facet engine at scale");
say();
say("Two workloads on seeded synthetic facts with six facets: kind (6 values), document (N/20), organization (500),");
say("country (60), year (30), name (N/10), and a text of three words. **Even**: values uniform (organization Zipf),");
say("words of 2000; the query: an OR of 3 countries AND one year (about 1.7k rows at 1M); \"+ text\" also requires a");
say("word starting with a four-letter term. **Skewed**: frequencies like real facts (one kind on 60 % of rows; document,");
say("organization, country, year and name Zipf; words of a 20,000-word Zipf vocabulary) and values drawn from random");
say("rows, so a value is selected as often as it occurs: a kind AND one or two values of another facet (a third facet");
say("in one query of four); every other query has a text term (a word of a random row, or an uncommon word, a quarter");
say("cut to three letters). Counts for all six facets, each ignoring its own selection (disjunctive, as the explorer");
say("shows them), and the first 20 ids. 60 queries after 5 warm-up ones per workload (and per text mode), in one node");
say("process per engine, size and workload. factlens runs its own wasm API (`crates/wasm-api`, `FacetEngine.answer`); roaring");
say("is a compiled wasm bitset engine (`crates/peer-roaring`, roaring bitmaps per value and per word, same API). Every");
say("engine gets the same pre-tokenised text and is used as its documentation recommends (crossfilter: groups built once,");
say("a filter function over the pre-tokenised words; imports outside the timing). Every answer of every engine (total,");
say("every count, the first 20 ids) was checked on every query against a plain scan over the rows written in the");
say("benchmark: \"checked\"; a difference is counted as wrong in the table (factlens differing fails the run). Ratio = factlens p50 / peer p50 (below 1: factlens is");
say("faster). Memory: resident memory grown by building, after GC (wasm memory included). Build and memory: even / skewed.");
say();
if (facets) {
  say("| N | engine | build ms | memory MB | p50 ms | p95 ms | p50 ms + text | p95 ms + text | skewed p50 ms | skewed p95 ms | ratio | ratio + text | ratio skewed | checked |");
  say("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
}
if (!facets) {
  say("**This run has no table**: its facet run wrote no JSON (stopped or failed). What each engine printed as it");
  say("went (p50 of the even workload, + text, skewed; build and memory: even, then skewed in brackets); the run checks");
  say("every answer against the plain scan and prints each engine that differs:");
  say();
  block("facets-progress.txt");
}
for (const r of facets ?? []) say(facetRow(r));
if (facets?.some((r) => r.notRun)) {
  say();
  say("Not run to the end (each engine has at most a time limit per size and workload, `FACETS_LIMIT_S`):");
  say();
  for (const r of facets) for (const [w, why] of Object.entries(r.notRun ?? {})) say(`- ${r.engine} at ${r.n.toLocaleString("en")}, ${w}: ${why}`);
}
say();
say("The same engine natively (`cargo bench -p factlens-core --bench engine`, one million rows):");
say();
block("engine-native.txt");
say("Start of big corpora natively (`cargo bench -p factlens-core --bench start`: from the baked bytes to the first");
say("results, with the start index and indexing the facts at start; the page's figures, in wasm, are in section 2):");
say();
block("start-native.txt");
say("## 2. Page load");
say();
if (!page) say("(not measured in this run: bench/page.mjs gave no page.json)");
if (page) {
say(`Built site (dist/) in headless Chromium over 127.0.0.1, ten cold loads (a new browser context each): time`);
say(`from navigation to the app's own first drawn results, after the prerendered view was painted (first paint below; the app starts after that view's first frame) (the page's \`factlens:first-results\` performance mark):`);
say(`**median ${ms(page.load.firstResultsMs.median)} ms** (all: ${page.load.firstResultsMs.all.join(", ")} ms). Goal (before the prerendered view, when this was the first paint of results): ≤ 200 ms.`);
say();
say("Everything the page loads, compressed as a static host would serve it (issue 14's goal: ≤ 150 KB brotli, not reached:");
say("docs/wasm-size.md says why, with figures; `make test` holds the first load to a budget of 194,600 B):");
say();
say("| file | raw | gzip -9 | brotli -q 11 |");
say("| --- | ---: | ---: | ---: |");
for (const f of page.load.transfer.rows) say(`| ${f.file} | ${f.raw} | ${f.gzip} | ${f.brotli} |`);
const tt = page.load.transfer.total;
say(`| **total** | **${tt.raw}** | **${tt.gzip}** | **${tt.brotli}** |`);
say();
const paint = page.paint;
if (paint) {
  say(`First paint, against a static HTML copy of the same view (the live page's DOM after start, scripts removed),`);
  say(`both served by one server with the same headers, ${paint.loads} cold loads each, alternating; medians. \"Results text on`);
  say(`screen\": the task after the first frame that has a result card's title in the window, when the main thread has`);
  say(`painted it (both pages measured alike; the first contentful paint is when a frame reached the screen, later).`);
  say(`The page's body is its default view as HTML, written at build time (\`factlens prerender\`); the wasm takes over.`);
  if (paint.factlens.prerenderedText !== undefined) say(`factlens's text measured on the prerendered view's card in ${paint.factlens.prerenderedText} of ${paint.loads} loads (docs/paint.md: where the time goes).`);
  say();
  say("| page | first contentful paint | results text on screen |");
  say("| --- | ---: | ---: |");
  say(`| factlens | ${ms(paint.factlens.fcpMs)} ms | ${ms(paint.factlens.textMs)} ms |`);
  say(`| static copy | ${ms(paint.static.fcpMs)} ms | ${ms(paint.static.textMs)} ms |`);
  say(`| **ratio** (goal ≤ 1.3) | **${paint.fcpRatio.toFixed(2)}** | **${paint.textRatio.toFixed(2)}** |`);
  say();
  const n = page.noScript;
  say(`With scripts disabled (CDP \`Emulation.setScriptExecutionDisabled\`): ${n.facts} facts shown, ${n.quotes} with their quotes, of ${n.total},`);
  say(`${n.articles} article titles; ${n.saysJavaScript ? "it says" : "**it does not say**"} that filtering needs JavaScript.`);
  say();
  const h = page.hostBelowFold;
  say(`A host page with a \`<factlens-explorer>\` 3,000 px below the fold (tests/browser/lazy/lazy.html) fetched from factlens,`);
  say(`before scrolling: ${h.beforeScrolling.files.join(", ")} (${h.beforeScrolling.brotli.toLocaleString("en")} B brotli)`);
  say(`${h.beforeScrolling.files.some((f) => f.endsWith(".wasm")) ? "**with wasm**" : "(no wasm)"}; after scrolling to 400 px above it:`);
  say(`${h.afterScrolling.files.join(", ")} (${h.afterScrolling.brotli.toLocaleString("en")} B brotli), its cards ${h.scrolledToCardsMs} ms after the scroll.`);
  say();
  const t = page.trace;
  if (t && !t.error) {
    say(`One Chrome trace (DevTools protocol Tracing) of \`?kind=official\`, a view the wasm draws (its loading line was the`);
    say(`first contentful paint, at ${ms(t.fcpMs)} ms): results in the DOM at ${ms(t.markMs)} ms, painted on the main thread by ${ms(t.paintedMs)} ms;`);
    say(`in between: style ${ms(t.styleMs)} ms, layout ${ms(t.layoutMs)} ms, paint ${ms(t.paintMs)} ms, script ${ms(t.scriptMs)} ms (see ARCHITECTURE.md, first paint).`);
    say();
  }
}
const starts = page.bigStart;
if (starts) {
  const mb = (b) => (b / 1e6).toFixed(1);
  say("Big corpora (`factlens synthetic`, seeded, baked with their start index: facet and word index, orders), each");
  say("started by a page that fetches the bytes and calls `start_with_corpus`: time from the bytes in hand (a");
  say("`factlens:corpus-bytes` mark after the fetch) to the first results drawn (`factlens:first-results`); wasm memory");
  say("after start (it never shrinks, so it is the peak). Against indexing at start, see the native start figures in section 1.");
  say();
  say("| corpus | baked MB | bytes → first results ms | runs (ms) | navigation → first results ms | wasm memory MB | goal |");
  say("| --- | ---: | ---: | --- | ---: | ---: | --- |");
  for (const s of starts) {
    const goal = s.facts >= 1000000 ? "≤ 5,000 ms" : "≤ 1,000 ms";
    say(`| ${s.facts.toLocaleString("en")} facts | ${mb(s.bytes)} | **${Math.round(s.startMs).toLocaleString("en")}** | ${s.all.join(", ")} (median of ${s.runs}) | ${Math.round(s.navigationMs).toLocaleString("en")} | ${mb(s.wasmBytes)} | ${goal} |`);
  }
  say();
}
}
say("## 3. Interaction");
say();
if (!page) say("(not measured in this run: bench/page.mjs gave no page.json)");
if (page) {
say("Latency from a facet click to the updated DOM (the explorer's reactive work done), and to the next task");
say("(the browser has also recalculated style and layout), over 40 clicks that changed the results:");
say();
say("| corpus | DOM p50 ms | DOM p95 ms | + layout p50 ms | + layout p95 ms | goal |");
say("| --- | ---: | ---: | ---: | ---: | --- |");
const c = page.corpusClicks;
say(`| the three articles | ${ms(c.p50)} | ${ms(c.p95)} | ${ms(c.layoutP50)} | ${ms(c.layoutP95)} | ≤ 16 ms |`);
const s = page.synthetic;
say(`| synthetic, ${s.facts.toLocaleString("en")} facts | ${ms(s.clicks.p50)} | ${ms(s.clicks.p95)} | ${ms(s.clicks.layoutP50)} | ${ms(s.clicks.layoutP95)} | p95 ≤ 50 ms |`);
say();
say(`The synthetic page took ${s.loadMs} ms from navigation to its first card (its corpus baked with its start index). Its result`);
say(`list draws only the cards in view (${s.scroll.drawn} card slots in the DOM for ${s.facts.toLocaleString("en")} facts); scrolling it a third of`);
say(`a screen per frame for ${s.scroll.frames} frames: frame time p50 ${ms(s.scroll.p50)} ms, p95 ${ms(s.scroll.p95)} ms.`);
say();
}
say("## 4. Extraction throughput");
say();
say("Goal: ≥ 5 MB/s natively.");
say();
say("Instructions counted by callgrind (`bench/instructions.sh`): unlike the timings, other work on this shared");
say("machine does not move them, so two commits compare in any run.");
say();
block("instructions.txt");
block("extract-native.txt");
block("extract-wasm.txt");
say();
say("## 5. Your own articles");
say();
const own = json("collection.json");
if (!own) say("(not measured in this run: bench/collection.mjs gave no collection.json)");
if (own) for (const line of collectionSection(own)) say(line);
say();
say("## 6. Memory over long use");
say();
const mem = json("memory.json");
if (!mem) say("(not measured in this run: bench/memory.mjs gave no memory.json)");
if (mem) {
const mb = (b) => (b / 1048576).toFixed(2);
say(`\`node bench/memory.mjs\`: the built page at 1280×900, ${mem.runs.length} runs (a fresh browser context each). One change is a`);
say("click on the first facet value's checkbox (it toggles that filter, a new history entry each time); then 1,000");
say("history steps, back through 40 entries and forward again. The figure is the wasm memory's size (it only grows,");
say("so it is the heap's high-water mark). Goal: at most 1 MB above where it stands after the first 100 changes.");
say();
say("| run | at load MB | after 100 changes | after 2,000 changes | after 1,000 back/forward steps | growth after the first 100 |");
say("| ---: | ---: | ---: | ---: | ---: | ---: |");
mem.runs.forEach((r, i) => {
  const growth = Math.max(r.after2000, r.afterSteps) - r.after100;
  say(`| ${i + 1} | ${mb(r.start)} | ${mb(r.after100)} | ${mb(r.after2000)} | ${mb(r.afterSteps)} | ${mb(growth)} MB |`);
});
say();
}
say("## Release settings");
say();
say("- The app (`make test`, `make serve`): opt-level \"z\", fat LTO, one codegen unit, wasm-opt -Oz (binaryen 132),");
say("  `--cfg erase_components`: the smallest download (see the transfer table).");
say("- The wasm API and native benchmarks: `--profile wasm-api` / `[profile.bench]`, the core at opt-level 3.");
say("  On this engine at 1M facts, opt-level \"z\" measured about 4.8 ms per query against about 1.5 ms at 3 (node, wasm).");
// What did not finish in this run, at the top: the sections scripts/bench.sh saw fail, the files missing.
const notice = [];
if (failed) notice.push(`**Not everything finished in this run.** Failed or stopped: ${failed.split("\n").join("; ")}.`);
if (missing.length) notice.push(`Missing, so not reported below: ${[...new Set(missing)].join(", ")}.`);
if (notice.length) lines.splice(noticeAt, 0, ...notice, "");
writeFileSync("BENCHMARKS.md", lines.join("\n") + "\n");
console.log("wrote BENCHMARKS.md");
