// Issue 14 points 1 and 2: the page's first view is HTML written at build time (src/prerender.rs),
// which the app replaces without a second copy, and which readers without scripts can read; a
// <factlens-explorer> far below the fold fetches none of factlens until the reader scrolls near.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { launch, manifestArticles, openPage, ROOT, serve } from "./harness.mjs";

let factlens;
let host;
let browser;
before(async () => {
  factlens = await serve();
  host = await serve(join(ROOT, "tests/browser/lazy"), {
    replace: { FACTLENS: factlens.origin },
    headers: {
      "content-security-policy": `default-src 'self'; script-src 'self' ${factlens.origin} 'wasm-unsafe-eval'; style-src 'self' ${factlens.origin}; connect-src 'self' ${factlens.origin}`,
    },
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await Promise.all([factlens?.close(), host?.close()]);
});

/** What a view shows (in page context): count, cards, facets, disagreements, article titles. */
function readView(rootSelector) {
  const root = document.querySelector(rootSelector);
  const text = (el, sel) => el.querySelector(sel)?.textContent ?? null;
  const box = (el) => {
    const r = el.getBoundingClientRect();
    return [Math.round(r.left), Math.round(r.top + scrollY), Math.round(r.width)];
  };
  const cards = [...root.querySelectorAll(".cards .card")];
  return {
    count: text(root, ".results .count"),
    cards: cards.map((c) => [text(c, ".kind"), text(c, "h3"), text(c, ".subtitle"), text(c, "q"), text(c, ".support")]),
    boxes: cards.slice(0, 4).map(box),
    heading: box(root.querySelector(".results h2")),
    facets: [...root.querySelectorAll("fieldset.facet")].map((f) => [
      f.hidden,
      text(f, "legend"),
      [...f.querySelectorAll("li")].map((li) => `${text(li, ".value")}=${text(li, ".count")}`),
      f.querySelector(".facet-more").hidden ? "" : text(f, ".facet-more"),
    ]),
    disagreements: [...root.querySelectorAll(".disagreements li")].map((li) => li.textContent),
    articles: [...root.querySelectorAll(".articles h3")].map((h) => h.textContent),
  };
}

/** The page with scripts disabled (CDP), as a reader without JavaScript sees it. */
async function withoutScripts(url) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setScriptExecutionDisabled", { value: true });
  await page.goto(url);
  return { page, context };
}

/** The page as it shows before its wasm arrives (here: never; scripts run). */
async function beforeWasm(url, viewport = { width: 1200, height: 900 }) {
  const context = await browser.newContext({ viewport });
  await context.route("**/factlens-web_bg.wasm", (route) => route.abort());
  const page = await context.newPage();
  page.on("pageerror", () => {});
  await page.goto(url);
  return { page, context };
}

test("the prerendered view is the live view's first screen, and only one view is left after start", async () => {
  const still = await beforeWasm(factlens.url);
  const pre = await still.page.evaluate(readView, "#fl-pre");
  await still.context.close();
  assert.ok(pre.cards.length >= 4, `prerendered cards: ${pre.cards.length}`);

  const { page, problems, context } = await openPage(browser, factlens.url);
  await page.waitForFunction(() => !document.getElementById("fl-pre") && document.querySelectorAll(".cards .card").length >= 4);
  assert.equal(await page.locator(".fl-app").count(), 1, "one explorer after start");
  assert.equal(await page.locator(".results").count(), 1, "one result list after start");
  const live = await page.evaluate(readView, ".fl-app");
  assert.ok(live.cards.length >= pre.cards.length, `live cards ${live.cards.length}, prerendered ${pre.cards.length}`);
  // Same facts in the same order, same counts, facets, disagreements and articles.
  assert.deepEqual(live.cards.slice(0, pre.cards.length), pre.cards);
  for (const key of ["count", "facets", "disagreements", "articles"]) assert.deepEqual(live[key], pre[key], key);
  // In the same places: the swap moves nothing on the first screen.
  assert.deepEqual(live.heading, pre.heading, "results heading box");
  assert.deepEqual(live.boxes, pre.boxes, "first cards' boxes");
  assert.deepEqual(problems, []);
  await context.close();
  // A URL with a state: its own view, one explorer, and the loading line gone. (A page of its own:
  // a goto on the first page could abort its favicon request, which counts as a problem.)
  const stated = await openPage(browser, factlens.url + "?kind=official");
  await stated.page.locator(".cards .card").first().waitFor();
  assert.equal(await stated.page.locator(".fl-app").count(), 1);
  assert.deepEqual(new Set((await stated.page.locator(".cards .card .kind").allInnerTexts()).map((k) => k.toLowerCase())), new Set(["official"]));
  assert.equal(await stated.page.evaluate(() => getComputedStyle(document.body, "::before").content), "none", "no loading line");
  assert.deepEqual(stated.problems, []);
  await stated.context.close();
});

test("on a phone the prerendered view folds its facets as the app does: the swap moves nothing", async () => {
  const phone = { width: 390, height: 844 };
  const still = await beforeWasm(factlens.url, phone);
  const pre = await still.page.evaluate(readView, "#fl-pre");
  const preFolded = await still.page.locator("#fl-pre fieldset.facet").first().isVisible();
  await still.context.close();
  const { page, problems, context } = await openPage(browser, factlens.url, { viewport: phone });
  await page.waitForFunction(() => !document.getElementById("fl-pre") && document.querySelectorAll(".cards .card").length >= 2);
  const live = await page.evaluate(readView, ".fl-app");
  assert.equal(preFolded, await page.locator(".fl-app fieldset.facet").first().isVisible(), "facets shown alike");
  assert.deepEqual(live.heading, pre.heading, "results heading box at 390 px");
  assert.deepEqual(live.boxes.slice(0, 2), pre.boxes.slice(0, 2), "first cards' boxes at 390 px");
  assert.deepEqual(problems, []);
  await context.close();
});

/** The page with its wasm held back until `release()` is called: the prerendered view alone. */
async function heldBack() {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  let release;
  const arrived = new Promise((resolve) => (release = resolve));
  await context.route("**/factlens-web_bg.wasm", async (route) => (await arrived, route.continue()));
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (e) => problems.push(e.message));
  await page.goto(factlens.url);
  return { context, page, problems, release };
}

test("a box ticked and a search typed in the prerendered view before the wasm arrives are carried into the app", async () => {
  const { context, page, problems, release } = await heldBack();
  const box = page.locator("#fl-pre fieldset.facet input[type=checkbox]").first();
  const id = (await box.getAttribute("id")).slice(4);
  await box.check();
  const word = (await page.locator("#fl-pre .cards .card h3").first().innerText()).split(/\s+/)[0];
  await page.locator("#pre-search-input").fill(word);
  release();
  await page.waitForFunction(() => !document.getElementById("fl-pre"));
  await page.waitForFunction((id) => document.getElementById(id)?.checked, id, { timeout: 20000 });
  await page.waitForFunction((w) => new URL(location.href).searchParams.get("q") === w, word, { timeout: 20000 });
  assert.equal(await page.locator("#search-input").inputValue(), word);
  assert.equal(await page.evaluate(() => document.activeElement?.id), "search-input", "the focus follows");
  const [facet] = id.slice(2).split("-");
  assert.ok(new URL(page.url()).searchParams.has(facet), `${page.url()} has ${facet}=`);
  assert.deepEqual(problems, []);
  await context.close();
});

test("Add articles pressed in the prerendered view before the wasm arrives opens the app's dialog", async () => {
  const { context, page, problems, release } = await heldBack();
  await page.locator("#fl-pre .collection-bar .add-articles").click();
  release();
  await page.getByRole("dialog", { name: "Add articles" }).waitFor({ timeout: 20000 });
  assert.equal(await page.locator("#fl-pre").count(), 0, "the prerendered view is gone");
  assert.deepEqual(problems, []);
  await context.close();
});

test("with scripts disabled the page shows facts with their quotes and the articles, and says filtering needs JavaScript", async () => {
  const { page, context } = await withoutScripts(factlens.url);
  const cards = page.locator(".cards .card");
  assert.ok((await cards.count()) >= 4);
  for (const card of (await cards.all()).slice(0, 4)) {
    assert.ok(await card.isVisible());
    assert.ok((await card.locator("h3").innerText()).trim().length > 0);
    const quote = await card.locator(".quote .quoted").innerText();
    assert.ok(quote.trim().length > 3, `a quote: ${quote}`);
  }
  const titles = await page.locator(".articles h3").allInnerTexts();
  assert.deepEqual(titles, (await manifestArticles()).map((a) => a.title));
  assert.match(await page.locator(".results").innerText(), /Filtering, search and sorting need JavaScript/);
  // The facet counts are there to read (the first value of the first facet has a number).
  assert.match(await page.locator("fieldset.facet .count").first().innerText(), /^\d+$/);
  // No button shows: none could work (Add articles, Export or import, Remove, Show N more).
  assert.ok((await page.locator("button").count()) > 3);
  assert.deepEqual(await page.locator("button").evaluateAll((bs) => bs.filter((b) => b.checkVisibility()).map((b) => b.textContent)), []);
  await context.close();
});

test("a URL with a state never shows the prerendered default view; the default URL shows it before any wasm", async () => {
  // No wasm: what shows is what the HTML and the head script alone give.
  const { page, context } = await beforeWasm(factlens.url);
  assert.equal(await page.locator("#fl-pre").isVisible(), true, "default URL: the prerendered view");
  assert.ok((await page.locator("#fl-pre .cards .card").count()) >= 4);
  // Scripts run: its buttons show (only a page without scripts hides them).
  assert.ok(await page.locator("#fl-pre").getByRole("button", { name: "Add articles" }).isVisible());
  for (const query of ["?kind=official", "?open=x", "?embed=1", "?theme=dark"]) {
    await page.goto(factlens.url + query);
    assert.equal(await page.locator("#fl-pre").count(), 1);
    assert.equal(await page.locator("#fl-pre").isVisible(), false, `${query}: not the default view`);
    // Not blank either (an iframe is sized by its host): a line says the facts are loading.
    assert.match(await page.evaluate(() => getComputedStyle(document.body, "::before").content), /loading the facts/);
  }
  await context.close();
});

/** A host page's requests to the factlens origin, by file name. */
function factlensRequests(page) {
  const seen = [];
  page.on("request", (r) => r.url().startsWith(factlens.origin) && seen.push(new URL(r.url()).pathname.slice(1)));
  return seen;
}

test("an explorer far below the fold fetches no wasm until the reader scrolls near, keeps the layout, and works", async () => {
  const { page, problems, context } = await openPage(browser, null, { viewport: { width: 1200, height: 800 } });
  const requested = factlensRequests(page);
  await page.goto(host.url + "lazy.html", { waitUntil: "load" });
  // Meaningful at once: a placeholder that says what it is, with its height.
  const placeholder = page.locator("#below .fl-placeholder");
  assert.match(await placeholder.innerText(), /factlens/);
  const before = await page.evaluate(() => {
    const r = document.getElementById("below").getBoundingClientRect();
    new PerformanceObserver((l) => (window.shifts = (window.shifts ?? 0) + l.getEntries().reduce((s, e) => s + e.value, 0))).observe({ type: "layout-shift", buffered: true });
    return { top: r.top + scrollY, height: r.height };
  });
  assert.ok(before.height >= 300, `placeholder height ${before.height}`);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  assert.ok(requested.includes("embed.js"), requested.join(","));
  assert.deepEqual(requested.filter((f) => f.startsWith("factlens-web")), [], "no factlens script or wasm before scrolling");

  // The reader scrolls to 400 px above the explorer: it loads there, out of sight.
  await page.evaluate((top) => scrollTo(0, top - innerHeight - 400), before.top);
  await page.locator("#below .cards .card").first().waitFor({ state: "attached" });
  assert.ok(requested.includes("factlens-web_bg.wasm"), requested.join(","));
  const top = await page.evaluate(() => document.getElementById("below").getBoundingClientRect().top + scrollY);
  assert.equal(top, before.top, "the explorer's top did not move");
  assert.equal(await page.evaluate(() => window.shifts ?? 0), 0, "no layout shift on screen");

  // It works: a facet filters.
  await page.locator("#below").scrollIntoViewIfNeeded();
  const count = page.locator("#below .results .count");
  const total = await count.innerText();
  await page.locator("#below summary").click();
  await page.locator("#below fieldset.facet input[type=checkbox]").first().click();
  await page.waitForFunction((t) => document.getElementById("below").shadowRoot.querySelector(".results .count").textContent !== t, total);
  assert.deepEqual(problems, []);
  await context.close();
});

test('loading="eager" loads an explorer below the fold at once', async () => {
  const { page, problems, context } = await openPage(browser, null, { viewport: { width: 1200, height: 800 } });
  const requested = factlensRequests(page);
  await page.goto(host.url + "eager.html");
  await page.locator("#below .cards .card").first().waitFor({ state: "attached" });
  assert.equal(await page.evaluate(() => scrollY), 0, "still at the top");
  assert.ok(requested.includes("factlens-web_bg.wasm"));
  // The page's rule for readers without scripts leaves an element's buttons alone.
  assert.ok(await page.locator("#below").getByRole("button", { name: "Add articles" }).isVisible());
  assert.deepEqual(problems, []);
  await context.close();
});
