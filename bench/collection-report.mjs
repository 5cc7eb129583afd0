// The "Your own articles" section of BENCHMARKS.md, from the JSON of bench/collection.mjs.
// bench/report.mjs includes it; by hand: node bench/collection-report.mjs FILE.json prints it.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const ms = (x) => (x < 10 ? x.toFixed(1) : x.toFixed(0));
const kb = (b) => b.toLocaleString("en");

/** The section's lines (without its heading) for the result `own` of bench/collection.mjs. */
export function collectionSection(own) {
  const lines = [];
  const say = (s = "") => lines.push(s);
  const load = (l) => l.join(" ");
  say("`node bench/collection.mjs`: news-length articles (about 3,500 characters each) chosen in \"Add articles\", in a fresh");
  say("browser context each time (a cold worker); the time runs from choosing the files (read and decoded in the worker,");
  say("listed with their proposed titles and dates) or from confirming them (\"Add these files\") to the explorer holding");
  say("them all (kept in IndexedDB, extracted together with the originals in the worker, and the explorer redrawn).");
  say(`Median of ${own.runs} run(s); load average ${load(own.loadAverageAtStart)} when it started and ${load(own.loadAverageAtEnd)} at the end`);
  say("(other work shares this machine, so the times move by tens of percent between runs).");
  say();
  say("| articles added | from choosing: median | each run | from Add: median | each run | per article | against 1 article |");
  say("| ---: | ---: | --- | ---: | --- | ---: | ---: |");
  const one = own.addToFacts[0].medianMs;
  for (const r of own.addToFacts) {
    const fromAdd = `${r.medianFromAddMs} ms | ${r.fromAddMs.join(", ")} ms`;
    say(`| ${r.articles} | ${r.medianMs} ms | ${r.ms.join(", ")} ms | ${fromAdd} | ${ms(r.medianMs / r.articles)} ms | x${(r.medianMs / one).toFixed(2)} |`);
  }
  say();
  const idle = own.clicksIdle;
  const busy = own.clicksWhileExtracting;
  say(`Facet clicks (click to DOM updated, a macrotask later) while 100 articles were being added and extracted in the`);
  say(`worker: ${busy.clicks} clicks over the runs, p50 ${ms(busy.medianMs)} ms, p95 ${ms(busy.p95Ms)} ms; the same clicks on the idle page in the same`);
  say(`runs: ${idle.clicks} clicks, p50 ${ms(idle.medianMs)} ms, p95 ${ms(idle.p95Ms)} ms (ratio of the p50s ${busy.ratioToIdle.toFixed(2)}). Goal: within 100 ms.`);
  say();
  say(`First page load: ${kb(own.bytes.firstLoad.brotli)} B brotli (${own.bytes.firstLoad.files.join(", ")}); fetched on the first add:`);
  say(`${kb(own.bytes.onFirstAdd.brotli)} B brotli (${own.bytes.onFirstAdd.files.join(", ")}). Before issue 11 the first load was 199,536 B brotli.`);
  return lines;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(collectionSection(JSON.parse(readFileSync(process.argv[2], "utf8"))).join("\n"));
}
