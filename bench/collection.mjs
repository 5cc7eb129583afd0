// A person's own articles, in headless Chromium on the built site (dist/) over 127.0.0.1:
//
//   node bench/collection.mjs [RUNS]   prints JSON (median of RUNS, default 3): the time from
//                               choosing 1, 10 and 100 news-length articles in "Add articles" (and
//                               from confirming them, "Add these files") to the explorer holding
//                               them (facts shown); facet-click latency
//                               while 100 articles are being extracted in the worker, against
//                               the same clicks on the idle page; the bytes the first page load
//                               fetches, and those fetched on the first add (collection.js and
//                               the worker). Progress goes to stderr; a step that takes longer
//                               than STEP_MS (default 240000) ends the run with what it saw.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";
import { DIST, launch, serve } from "../tests/browser/harness.mjs";

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
/** Progress on stderr, so a slow step shows where it is (stdout is the JSON). */
const log = (...what) => console.error(`[collection ${new Date().toISOString().slice(11, 19)}]`, ...what);
/** How long one wait may take before the benchmark gives up with a message instead of hanging. */
const STEP_MS = Number(process.env.STEP_MS ?? 240000);

const FIRST = ["Maria", "Thomas", "Dana", "Alex", "Jordan", "Casey", "Robin", "Avery", "Morgan", "Riley"];
const LAST = ["Delgado", "Reyes", "Whitfield", "Moreno", "Okafor", "Lindqvist", "Haddad", "Novak", "Brennan", "Sato"];
const PLACES = ["Warsaw", "Pristina", "Kuwait City", "Des Moines", "Lincoln", "Vilnius", "Riga", "Tallinn"];

/** A news-length article (about 3,500 characters), different for each `i`. */
function article(i) {
  const name = `${FIRST[i % 10]} ${LAST[Math.floor(i / 10) % 10]}`;
  const place = PLACES[i % PLACES.length];
  const unit = `${100 + i}th Engineer Battalion`;
  const lines = [
    `Engineers of the ${unit} return from ${place}`,
    "",
    `${place.toUpperCase()}, March ${1 + (i % 28)}, 2024 — Col. ${name}, commander of the ${unit}, said on Tuesday that the battalion had finished its work near ${place}.`,
  ];
  for (let p = 0; p < 12; p++) {
    lines.push(
      "",
      `The battalion deployed to ${place} in September 2023, paragraph ${p} of report ${i}. ${name.split(" ")[1]} thanked the soldiers and their families, and said the ${unit} would train with partner forces again next year. Brig. Gen. ${FIRST[(i + p) % 10]} ${LAST[(i + 3) % 10]} visited the soldiers on February ${1 + p}, 2024.`,
    );
  }
  return lines.join("\n");
}

function brotli(file) {
  return brotliCompressSync(readFileSync(join(DIST, file)), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
}

async function open(browser, server) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const requested = [];
  page.on("request", (r) => requested.push(new URL(r.url()).pathname.replace(/^\//, "") || "index.html"));
  page.on("pageerror", (e) => log("page error:", e.message));
  await page.goto(server.url);
  await page.locator(".cards .card").first().waitFor({ timeout: STEP_MS });
  return { context, page, requested };
}

/**
 * How many articles the explorer holds: the Articles list shows the first ones and a button
 * "Show all N articles" when there are more, so the button's N counts when it is there.
 */
function articlesHeld(page) {
  return page.evaluate(() => {
    const all = [...document.querySelectorAll(".articles button")].map((b) => /^Show all (\d+) articles$/.exec(b.textContent)).find(Boolean);
    return all ? Number(all[1]) : document.querySelectorAll(".articles article").length;
  });
}

/** Waits until the explorer holds `want` articles; on timeout, says what it saw instead. */
async function waitForArticles(page, want) {
  const t0 = Date.now();
  for (;;) {
    const held = await articlesHeld(page);
    if (held === want) return;
    if (Date.now() - t0 > STEP_MS) {
      const progress = await page.evaluate(() => document.querySelector(".add-dialog .progress span")?.textContent);
      throw new Error(`waited ${STEP_MS} ms for ${want} articles; the explorer holds ${held} (progress: ${progress})`);
    }
    await page.waitForTimeout(20);
  }
}

/** Chooses `n` articles in "Add articles" and confirms them as listed; returns when Add was pressed. */
async function choose(page, n, offset = 0) {
  await page.getByRole("button", { name: "Add articles" }).click();
  const dialog = page.getByRole("dialog", { name: "Add articles" });
  const files = Array.from({ length: n }, (_, i) => ({ name: `report-${offset + i}.txt`, mimeType: "text/plain", buffer: Buffer.from(article(offset + i)) }));
  await dialog.getByLabel("Choose files").setInputFiles(files);
  await dialog.getByRole("list", { name: "Files to add" }).waitFor({ timeout: STEP_MS });
  const added = Date.now();
  await dialog.getByRole("button", { name: "Add these files" }).click();
  return added;
}

/**
 * Up to `n` facet clicks, each timed from the click to the DOM updated (a macrotask later), while
 * `busy()` holds in the page. The first eight values are toggled in turn, on then off.
 */
function clicks(page, n, whileExtracting) {
  return page.evaluate(
    async ([n, whileExtracting]) => {
      const busy = () => !document.querySelector(".add-dialog .progress")?.hidden;
      if (whileExtracting) {
        // The files chosen are listed for review first: confirm them, as a person would.
        const review = document.querySelector(".add-dialog .review");
        while (review.hidden) await new Promise((done) => setTimeout(done, 5));
        review.querySelector("button.primary").click();
      }
      const out = [];
      for (let i = 0; i < n && (!whileExtracting || busy()); i++) {
        const boxes = [...document.querySelectorAll("nav.filters fieldset input[type=checkbox]")].slice(0, 8);
        const t0 = performance.now();
        boxes[i % boxes.length].click();
        await new Promise((done) => setTimeout(done, 0));
        out.push(performance.now() - t0);
        await new Promise((done) => setTimeout(done, 10));
      }
      return out;
    },
    [n, whileExtracting],
  );
}

const stats = (xs) => ({ clicks: xs.length, medianMs: xs.length ? median(xs) : null, p95Ms: xs.length ? pct(xs, 95) : null });

/** One run: add 1, 10 and 100 articles, each in a fresh context; then clicks idle and while extracting. */
async function run(browser, server, out) {
  // Time from "Add" to facts shown, each in a fresh context (an empty collection, a cold worker).
  for (const n of [1, 10, 100]) {
    const { context, page } = await open(browser, server);
    const before = await articlesHeld(page);
    const t0 = Date.now();
    const added = await choose(page, n);
    await waitForArticles(page, before + n);
    const [ms, fromAdd] = [Date.now() - t0, Date.now() - added];
    log(`${n} article(s): ${ms} ms from choosing them, ${fromAdd} ms from Add`);
    out.addToFacts[n].push(ms);
    out.fromAdd[n].push(fromAdd);
    await context.close();
  }
  // Facet clicks idle, then while 100 articles are extracted (the worker warm: one article added first).
  const { context, page, requested } = await open(browser, server);
  const firstLoad = [...new Set(requested)];
  out.idle.push(...(await clicks(page, 40, false)));
  const before = await articlesHeld(page);
  await choose(page, 1, 1000);
  await waitForArticles(page, before + 1);
  const afterAdd = [...new Set(requested)].filter((f) => !firstLoad.includes(f));
  // The dialog closed, the files chosen through its input; the clicks begin in the same task as
  // they are confirmed (which shows the progress) and last while it shows.
  await page.getByRole("dialog", { name: "Add articles" }).getByRole("button", { name: "Close" }).click();
  const files = Array.from({ length: 100 }, (_, i) => ({ name: `report-${2000 + i}.txt`, mimeType: "text/plain", buffer: Buffer.from(article(2000 + i)) }));
  await page.locator(".add-dialog .drop-zone input[type=file]").setInputFiles(files);
  const busy = await clicks(page, 400, true);
  log(`${busy.length} clicks while extracting`);
  out.busy.push(...busy);
  await waitForArticles(page, before + 101);
  out.files = { firstLoad, afterAdd };
  await context.close();
}

const runs = Number(process.argv[2] ?? 3);
const load = (await import("node:os")).loadavg().map((x) => x.toFixed(2));
const server = await serve();
const browser = await launch();
const out = { addToFacts: { 1: [], 10: [], 100: [] }, fromAdd: { 1: [], 10: [], 100: [] }, idle: [], busy: [], files: null };
try {
  for (let r = 0; r < runs; r++) {
    log(`run ${r + 1} of ${runs}`);
    await run(browser, server, out);
  }
} finally {
  await browser.close();
  await server.close();
}
const sum = (files) => files.filter((f) => /\.(wasm|js|css|html)$/.test(f)).reduce((t, f) => t + brotli(f), 0);
const idle = stats(out.idle);
const busy = stats(out.busy);
const result = {
  runs,
  loadAverageAtStart: load,
  loadAverageAtEnd: (await import("node:os")).loadavg().map((x) => x.toFixed(2)),
  addToFacts: [1, 10, 100].map((n) => ({
    articles: n,
    ms: out.addToFacts[n],
    medianMs: median(out.addToFacts[n]),
    fromAddMs: out.fromAdd[n],
    medianFromAddMs: median(out.fromAdd[n]),
  })),
  clicksIdle: idle,
  clicksWhileExtracting: { ...busy, ratioToIdle: busy.medianMs && idle.medianMs ? busy.medianMs / idle.medianMs : null },
  bytes: {
    firstLoad: { files: out.files.firstLoad, brotli: sum(out.files.firstLoad) },
    onFirstAdd: { files: out.files.afterAdd, brotli: sum(out.files.afterAdd) },
  },
};
console.log(JSON.stringify(result, null, 2));
