// Extraction throughput in WebAssembly (node): the same inputs as crates/core/benches/extract.rs.
// Needs the wasm API built for node: scripts/bench.sh does it (target/bench-wasm/).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { performance } from "node:perf_hooks";

const require = createRequire(import.meta.url);
const root = new URL("..", import.meta.url).pathname;
// FACTLENS_WASM_DIR compares another build (e.g. an older commit) in the same run.
const { extract } = require(`${process.env.FACTLENS_WASM_DIR ?? `${root}target/bench-wasm`}/factlens_wasm.js`);

const manifest = readFileSync(`${root}public/articles/articles.toml`, "utf8");
const corpus = [...manifest.matchAll(/id = "([^"]+)"\s*\nfile = "([^"]+)"/g)].map(([, id, file]) => ({
  id,
  text: readFileSync(`${root}public/articles/${file}`, "utf8"),
}));
const bytes = (articles) => articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);

function median(run) {
  const samples = [];
  const start = performance.now();
  while (performance.now() - start < 2000 || samples.length < 5) {
    const t = performance.now();
    run();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  return samples[samples.length >> 1];
}

function report(name, articles) {
  const json = JSON.stringify(articles);
  const ms = median(() => extract(json));
  const n = bytes(articles);
  console.log(`${name.padEnd(44)} ${String(n).padStart(10)} bytes ${ms.toFixed(2).padStart(10)} ms ${(n / 1e6 / (ms / 1e3)).toFixed(2).padStart(8)} MB/s`);
}

console.log("extraction throughput, wasm in node " + process.version + " (median of repeated runs)");
report("corpus: 3 articles", corpus);
for (const copies of [10, 100]) {
  const many = [];
  for (let i = 0; i < copies; i++) for (const a of corpus) many.push({ id: `${a.id}-${i}`, text: a.text });
  report(`corpus x${copies}: ${many.length} articles`, many);
}
report("one article of the corpus x40", [{ id: "big", text: corpus.map((a) => a.text).join("\n\n").repeat(40) }]);
