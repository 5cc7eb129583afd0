// Page load and interaction, in headless Chromium on the built site (dist/) over 127.0.0.1.
//
//   node bench/page.mjs   prints JSON: load times (navigation → first results), first paint and
//                         results text on screen against a static HTML copy of the same view, the
//                         view without JavaScript, a host page with an explorer below the fold,
//                         transfer sizes, one performance trace of the wasm-drawn view, facet-click
//                         latencies on the corpus and on a 100k-fact synthetic corpus, frame
//                         times while scrolling the 100k result list, and the start of 100k and
//                         1M-fact corpora from their bytes in hand to the first results
//                         (START_RUNS=5 runs, at most 3 at 1M), with wasm memory.
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { DIST, launch, ROOT, serve } from "../tests/browser/harness.mjs";
import { firstPaints, hostBelowFold, traceFirstPaint, withoutScripts } from "./paint.mjs";

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

async function firstResults(browser, url) {
  const context = await browser.newContext(); // a new context: a cold cache
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName("factlens:first-results").length > 0, null, { timeout: 120000 });
  const result = await page.evaluate(() => ({
    ms: performance.getEntriesByName("factlens:first-results")[0].startTime,
    resources: [location.href, ...performance.getEntriesByType("resource").map((r) => r.name)],
  }));
  await context.close();
  return result;
}

function sizes(dir, urls) {
  const files = new Set(urls.map((u) => new URL(u).pathname.replace(/^\//, "") || "index.html"));
  const rows = [...files].map((f) => {
    const bytes = readFileSync(join(dir, f));
    return {
      file: basename(f),
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  });
  const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  return { rows, total };
}

/**
 * Latency of facet clicks, two ways: until the explorer has updated the DOM (its reactive work
 * runs in microtasks, drained here), and until the next task (after the browser has also
 * recalculated style and layout for the change). Only clicks that changed the result count count.
 */
async function clicks(page, n) {
  await page.locator(".cards .card").first().waitFor({ timeout: 120000 });
  const dom = [];
  const laidOut = [];
  for (let i = 0; i < n; i++) {
    const r = await page.evaluate(async (i) => {
      const boxes = [...document.querySelectorAll("nav.filters fieldset input[type=checkbox]")].slice(0, 12);
      const box = boxes[i % boxes.length];
      const count = document.querySelector(".results .count");
      const before = count.textContent;
      const nextTask = () => new Promise((done) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => done();
        channel.port2.postMessage(0);
      });
      const start = performance.now();
      box.click();
      for (let k = 0; k < 100; k++) await Promise.resolve();
      const domMs = performance.now() - start;
      await nextTask();
      const laidOutMs = performance.now() - start;
      await new Promise((r) => setTimeout(r, 30));
      return { domMs, laidOutMs, changed: count.textContent !== before };
    }, i);
    if (r.changed) {
      dom.push(r.domMs);
      laidOut.push(r.laidOutMs);
    }
  }
  return { p50: median(dom), p95: pct(dom, 95), layoutP50: median(laidOut), layoutP95: pct(laidOut, 95), n: dom.length };
}

/** Frame times while scrolling the page (and its result list) by a third of a screen at a time. */
async function scrolling(page) {
  return page.evaluate(async () => {
    const frames = [];
    let last = performance.now();
    for (let i = 0; i < 120; i++) {
      window.scrollBy(0, innerHeight / 3);
      await new Promise((r) => requestAnimationFrame(r));
      const now = performance.now();
      frames.push(now - last);
      last = now;
    }
    frames.sort((a, b) => a - b);
    return { frames: frames.length, p50: frames[frames.length >> 1], p95: frames[Math.floor(frames.length * 0.95)], drawn: document.querySelectorAll(".card-slot").length };
  });
}

const browser = await launch();
const out = {};

// Load: ten cold loads of the corpus page.
const site = await serve();
const loads = [];
let resources = [];
for (let i = 0; i < 10; i++) {
  const r = await firstResults(browser, site.url);
  loads.push(r.ms);
  resources = r.resources;
}
out.load = { firstResultsMs: { median: median(loads), all: loads.map((x) => Math.round(x)) }, transfer: sizes(DIST, resources) };
out.paint = await firstPaints(browser, Number(process.env.PAINT_LOADS ?? 9));
out.noScript = await withoutScripts(browser, site.url);
out.hostBelowFold = await hostBelowFold(browser, site, (urls) => sizes(DIST, urls));
out.trace = await traceFirstPaint(browser, site.url + "?kind=official");

// Interaction on the corpus.
{
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(site.url);
  out.corpusClicks = await clicks(page, 40);
  await context.close();
}
await site.close();

// Big corpora: the page started on synthetic corpora (`factlens synthetic`, with the start index
// that `factlens bake` writes too; the page loads no other). A page's script fetches the bytes,
// marks `factlens:corpus-bytes` once they are in hand and calls `start_with_corpus`; the figure is
// from that mark to `factlens:first-results` (the first results drawn), plus the wasm memory after
// start. The baseline without a start index (the facts indexed at start) is measured natively in
// the same run (`cargo bench -p factlens-core --bench start`): the page cannot index facts.
const facts = Number(process.env.FACTS ?? 100000);
const dir = mkdtempSync(join(tmpdir(), "factlens-bench-"));
cpSync(DIST, dir, { recursive: true });
// The built page (minified or not) with a corpus's script in place of boot.js, without the
// prerendered view of the built-in corpus.
const builtPage = readFileSync(join(dir, "index.html"), "utf8");
function corpusPage(name, args) {
  const bin = join(dir, `${name}.bin`);
  execFileSync(join(ROOT, "target/release/factlens"), ["synthetic", ...args, "--out", bin]);
  writeFileSync(
    join(dir, `${name}.js`),
    `import init, { start_with_corpus } from "./factlens-web.js";
const wasm = await init({ module_or_path: new URL("./factlens-web_bg.wasm", import.meta.url) });
const bytes = new Uint8Array(await (await fetch("./${name}.bin")).arrayBuffer());
performance.mark("factlens:corpus-bytes");
globalThis.wasmMemoryBytes = () => wasm.memory.buffer.byteLength;
start_with_corpus(bytes);
`,
  );
  const html = builtPage.replace(/src="?boot\.js"?/, `src="${name}.js"`).replace(/<body>[\s\S]*<\/body>/, "<body></body>");
  if (html === builtPage) throw new Error("index.html does not load boot.js");
  writeFileSync(join(dir, `${name}.html`), html);
  return { page: `${name}.html`, bytes: statSync(bin).size };
}

/** One cold start of a corpus page: bytes in hand → first results, and what came before. */
async function bigStart(url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName("factlens:first-results").length > 0, null, { timeout: 600000 });
  const r = await page.evaluate(() => {
    const mark = (name) => performance.getEntriesByName(name)[0].startTime;
    return { startMs: mark("factlens:first-results") - mark("factlens:corpus-bytes"), navigationMs: mark("factlens:first-results"), bytesInHandMs: mark("factlens:corpus-bytes"), wasmBytes: globalThis.wasmMemoryBytes() };
  });
  await context.close();
  return r;
}

async function bigStarts(label, facts, runs) {
  const { page, bytes } = corpusPage(label, ["--facts", String(facts)]);
  const all = [];
  for (let i = 0; i < runs; i++) all.push(await bigStart(big.url + page));
  const med = (k) => median(all.map((r) => r[k]));
  return { facts, bytes, runs, startMs: med("startMs"), navigationMs: med("navigationMs"), bytesInHandMs: med("bytesInHandMs"), wasmBytes: Math.max(...all.map((r) => r.wasmBytes)), all: all.map((r) => Math.round(r.startMs)) };
}

const big = await serve(dir, { headers: {} });
const runs = Number(process.env.START_RUNS ?? 5);
out.bigStart = [await bigStarts("s100k", 100000, runs), await bigStarts("s1m", 1000000, Math.min(runs, 3))];
rmSync(join(dir, "s1m.bin"));

// Interaction at 100k facts: the same page, started on a synthetic corpus with its start index.
{
  const { page: synthetic } = facts === 100000 ? { page: "s100k.html" } : corpusPage("synthetic", ["--facts", String(facts)]);
  const context = await browser.newContext();
  const page = await context.newPage();
  const start = Date.now();
  await page.goto(big.url + synthetic);
  await page.locator(".cards .card").first().waitFor({ timeout: 180000 });
  const loadMs = Date.now() - start;
  out.synthetic = { facts, loadMs, clicks: await clicks(page, 40) };
  out.synthetic.scroll = await scrolling(page);
  await context.close();
}
await big.close();
rmSync(dir, { recursive: true, force: true });
await browser.close();
console.log(JSON.stringify(out, null, 1));
