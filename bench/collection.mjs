// A person's own articles, in headless Chromium on the built site (dist/) over 127.0.0.1:
//
//   node bench/collection.mjs   prints JSON: the time from choosing 1, 10 and 100 news-length
//                               articles in "Add articles" to their facts shown; facet-click
//                               latency while 100 articles are being extracted in the worker;
//                               the bytes the first page load fetches, and those fetched on the
//                               first add (collection.js and the worker).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";
import { DIST, launch, serve } from "../tests/browser/harness.mjs";

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

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
  const context = await browser.newContext();
  const page = await context.newPage();
  const requested = [];
  page.on("request", (r) => requested.push(new URL(r.url()).pathname.replace(/^\//, "") || "index.html"));
  await page.goto(server.url);
  await page.locator(".cards .card").first().waitFor({ timeout: 120000 });
  return { context, page, requested };
}

async function choose(page, n, offset = 0) {
  await page.getByRole("button", { name: "Add articles" }).click();
  const dialog = page.getByRole("dialog", { name: "Add articles" });
  const files = Array.from({ length: n }, (_, i) => ({ name: `report-${offset + i}.txt`, mimeType: "text/plain", buffer: Buffer.from(article(offset + i)) }));
  await dialog.getByLabel("Choose files").setInputFiles(files);
  return dialog;
}

const server = await serve();
const browser = await launch();
const result = { addToFacts: [], clicksWhileExtracting: null, bytes: null };
try {
  // Time from "Add" to facts shown, each in a fresh context (an empty collection, a cold worker).
  for (const n of [1, 10, 100]) {
    const { context, page } = await open(browser, server);
    const articles = await page.locator(".articles article").count();
    const t0 = Date.now();
    await choose(page, n);
    await page.waitForFunction((want) => document.querySelectorAll(".articles article").length === want, articles + n, { timeout: 600000 });
    result.addToFacts.push({ articles: n, ms: Date.now() - t0 });
    await context.close();
  }
  // Facet clicks while 100 articles are extracted (the worker warm: one article added first).
  {
    const { context, page, requested } = await open(browser, server);
    const firstLoad = [...new Set(requested)];
    await choose(page, 1, 1000);
    await page.waitForFunction(() => document.querySelectorAll(".articles article").length === 4, null, { timeout: 120000 });
    const afterAdd = [...new Set(requested)].filter((f) => !firstLoad.includes(f));
    await page.getByRole("dialog", { name: "Add articles" }).getByRole("button", { name: "Close" }).click();
    await choose(page, 100, 2000);
    await page.getByRole("dialog", { name: "Add articles" }).getByRole("button", { name: "Close" }).click();
    const latencies = [];
    for (let i = 0; i < 40; i++) {
      const busy = await page.evaluate(() => !document.querySelector(".add-dialog .progress")?.hidden);
      if (!busy) break;
      latencies.push(
        await page.evaluate(async (i) => {
          const boxes = [...document.querySelectorAll("nav.filters fieldset input[type=checkbox]")].slice(0, 8);
          const t0 = performance.now();
          boxes[i % boxes.length].click();
          await new Promise((done) => setTimeout(done, 0));
          return performance.now() - t0;
        }, i),
      );
    }
    result.clicksWhileExtracting = { clicks: latencies.length, medianMs: latencies.length ? median(latencies) : null, p95Ms: latencies.length ? pct(latencies, 95) : null };
    const sum = (files) => files.filter((f) => /\.(wasm|js|css|html)$/.test(f)).reduce((t, f) => t + brotli(f), 0);
    result.bytes = { firstLoad: { files: firstLoad, brotli: sum(firstLoad) }, onFirstAdd: { files: afterAdd, brotli: sum(afterAdd) } };
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(JSON.stringify(result, null, 2));
