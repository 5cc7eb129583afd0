// The explorer over long reading (issue 13): one scroll for the page, cards as tall as their
// content, facets that show what they hold, Back that returns to the place, no memory kept per
// change, a title per view.
import { test } from "node:test";
import assert from "node:assert/strict";
import { manifestArticles, openPage, serveWithSource, useSite } from "./harness.mjs";

const site = useSite();
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

async function explorer(query = "", viewport = DESKTOP) {
  const opened = await openPage(site.browser, site.server.url + query, { viewport });
  // The app's cards (openPage has waited for the prerendered view to go).
  await opened.page.locator(".cards .card").first().waitFor();
  return opened;
}

/** Elements inside the explorer that scroll on their own (a scroll box with more than it shows). */
const innerScrollers = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll(".fl-app *")]
      .filter((el) => /(auto|scroll)/.test(getComputedStyle(el).overflowY) && el.scrollHeight > el.clientHeight + 1)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
  );

test("the page is the results' only scroll container; cards are as tall as their content", async () => {
  for (const viewport of [DESKTOP, PHONE]) {
    const { page, problems, context } = await explorer("", viewport);
    assert.deepEqual(await innerScrollers(page), [], `no inner scroll box at ${viewport.width}px`);
    assert.ok(await page.evaluate(() => document.scrollingElement.scrollHeight > innerHeight * 2), "the page scrolls");
    // Empty space below each card's content.
    const slack = await page.locator(".cards .card").evaluateAll((cards) =>
      cards.map((c) => {
        const inner = c.getBoundingClientRect();
        const style = getComputedStyle(c);
        const bottom = Math.max(...[...c.children].map((e) => e.getBoundingClientRect().bottom + parseFloat(getComputedStyle(e).marginBottom)));
        return { title: c.querySelector("h3").textContent, slack: inner.bottom - parseFloat(style.borderBottomWidth) - parseFloat(style.paddingBottom) - bottom };
      }),
    );
    const loose = slack.filter((s) => s.slack > 24);
    assert.deepEqual(loose, [], `cards with more than 24 px empty below at ${viewport.width}px`);
    if (viewport === DESKTOP) {
      const onScreen = await page.locator(".cards .card").evaluateAll((cards) => cards.filter((c) => c.getBoundingClientRect().bottom <= innerHeight).length);
      assert.ok(onScreen >= 6, `${onScreen} whole cards on the first screen`);
    }
    // The sections below the list are reached by scrolling the page.
    // (Cards come into view as the page scrolls, measured once drawn: scroll until the end stays put.)
    await page.evaluate(async () => {
      for (let i = 0; i < 10; i++) {
        window.scrollTo(0, document.scrollingElement.scrollHeight);
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      }
    });
    await page.getByRole("heading", { name: "Articles", exact: true }).waitFor();
    assert.ok(await page.getByRole("heading", { name: "Articles", exact: true }).evaluate((h) => h.getBoundingClientRect().top < innerHeight));
    // Cards are drawn where the page is scrolled to, and only there.
    await page.evaluate(() => {
      const list = document.querySelector(".cards");
      window.scrollTo(0, list.getBoundingClientRect().top + scrollY + list.offsetHeight / 2);
    });
    await page.waitForFunction(() => [...document.querySelectorAll(".cards .card")].some((c) => { const r = c.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }));
    const total = Number((await page.locator(".results .count").innerText()).split(" ")[0]);
    assert.ok((await page.locator(".cards .card").count()) < total, "the list draws only the cards near the window");
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test("no facet row is cut; long facets show their most frequent values, then Show N more", async () => {
  for (const viewport of [DESKTOP, PHONE]) {
    const { page, problems, context } = await explorer("", viewport);
    const facets = page.locator("details.facets");
    if (!(await facets.evaluate((d) => d.open))) await facets.locator("summary").click();
    assert.deepEqual(await innerScrollers(page), [], `no facet scrolls inside at ${viewport.width}px`);
    const cut = await page.locator(".facet li").evaluateAll((items) =>
      items.filter((li) => {
        const box = li.closest("ul").getBoundingClientRect();
        const r = li.getBoundingClientRect();
        return r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5;
      }).map((li) => li.textContent),
    );
    assert.deepEqual(cut, [], `rows cut at ${viewport.width}px`);
    // Counts go down within a facet.
    const counts = await page.getByRole("group", { name: "Event type" }).locator(".count").allInnerTexts();
    assert.deepEqual(counts.map(Number), [...counts.map(Number)].sort((a, b) => b - a));
    const more = page.getByRole("group", { name: "Event type" }).getByRole("button", { name: /^Show \d+ more$/ });
    const hidden = Number((await more.innerText()).match(/\d+/)[0]);
    const before = counts.length;
    await more.focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction((n) => document.querySelectorAll("fieldset[aria-labelledby='facet-type'] li").length === n, before + hidden);
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test("a selected value stays visible in a long facet", async () => {
  const { page, problems, context } = await explorer();
  const group = page.getByRole("group", { name: "Event type" });
  await group.getByRole("button", { name: /^Show \d+ more$/ }).click();
  const last = group.locator("li").last();
  const value = await last.locator(".value").innerText();
  await last.locator("input").check();
  await page.getByRole("button", { name: "Show fewer" }).first().click();
  await page.waitForFunction(() => document.querySelector("fieldset[aria-labelledby='facet-type'] button.facet-more")?.textContent.startsWith("Show "));
  assert.ok(await group.locator("li", { hasText: value }).locator("input").isChecked(), `${value} is still shown, ticked`);
  assert.deepEqual(problems, []);
  await context.close();
});

test("Back returns to the scroll position and the link that was followed", async () => {
  for (const viewport of [DESKTOP, PHONE]) {
    const { page, problems, context } = await explorer("", viewport);
    await page.evaluate(() => window.scrollTo(0, 1756));
    await page.waitForFunction(() => Math.abs(scrollY - 1756) < 1);
    const link = page.locator(".cards .card h3 a").filter({ visible: true });
    await page.waitForFunction(() => [...document.querySelectorAll(".cards .card h3 a")].some((a) => { const r = a.getBoundingClientRect(); return r.top > 0 && r.bottom < innerHeight; }));
    const target = await page.evaluate(() => [...document.querySelectorAll(".cards .card h3 a")].find((a) => { const r = a.getBoundingClientRect(); return r.top > 0 && r.bottom < innerHeight; }).getAttribute("href"));
    assert.ok((await link.count()) > 0);
    await page.locator(`.cards .card h3 a[href="${target}"]`).click();
    await page.getByRole("region", { name: "Details" }).waitFor();
    await page.goBack();
    await page.waitForFunction((href) => document.activeElement?.getAttribute("href") === href, target);
    const y = await page.evaluate(() => scrollY);
    assert.ok(Math.abs(y - 1756) <= 2, `scrolled to ${y}, was 1756 (${viewport.width}px)`);
    // And forward, then back from the reader to the details.
    await page.goForward();
    await page.getByRole("region", { name: "Details" }).waitFor();
    const quote = page.locator(".detail blockquote a").last();
    await quote.scrollIntoViewIfNeeded();
    const detailY = await page.evaluate(() => scrollY);
    const quoteHref = await quote.getAttribute("href");
    await quote.click();
    await page.locator("mark.passage").first().waitFor();
    await page.goBack();
    await page.waitForFunction((href) => document.activeElement?.getAttribute("href") === href, quoteHref);
    assert.ok(Math.abs((await page.evaluate(() => scrollY)) - detailY) <= 2, "the details are where they were");
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test("the tab title names the view", async () => {
  const { page, problems, context } = await explorer();
  assert.equal(await page.title(), "factlens");
  // (Each page is let finish loading, its icon too, before the next.)
  await page.waitForLoadState("networkidle");
  await page.goto(site.server.url + "?open=official%2Fstephen-osborn");
  await page.waitForFunction(() => document.title === "Stephen Osborn · factlens");
  await page.getByRole("link", { name: "← All results" }).click();
  await page.waitForFunction(() => document.title === "factlens");
  await page.waitForLoadState("networkidle");
  await page.goto(site.server.url + "?kind=unit");
  await page.waitForFunction(() => document.title === "Kind: unit · factlens");
  assert.deepEqual(problems, []);
  await context.close();
});

test("the wasm memory does not grow with each change of the filters", async () => {
  const context = await site.browser.newContext({ viewport: DESKTOP });
  await context.addInitScript(() => {
    const keep = (result) => {
      window.__flMemory ??= (result.instance ?? result).exports?.memory;
      return result;
    };
    const streaming = WebAssembly.instantiateStreaming;
    WebAssembly.instantiateStreaming = (...args) => streaming.apply(WebAssembly, args).then(keep);
  });
  const page = await context.newPage();
  await page.goto(site.server.url);
  await page.locator(".cards .card").first().waitFor();
  const toggle = (n) =>
    page.evaluate(async (n) => {
      for (let i = 0; i < n; i++) {
        document.querySelector("nav.filters fieldset input[type=checkbox]").click();
        await new Promise((r) => setTimeout(r, 0));
      }
      return window.__flMemory.buffer.byteLength;
    }, n);
  const settled = await toggle(100);
  const after = await toggle(600);
  // Before the fix: about 5.4 KB per change, 3.2 MB here.
  assert.ok(after - settled < 512 * 1024, `grew ${after - settled} B over 600 changes`);
  await context.close();
});

test("quotes carry one pair of marks; links the page cannot fully use say so in plain words", async () => {
  const { page, problems, context } = await explorer("?kind=official");
  const doubled = await page.locator(".quote q").evaluateAll((qs) => qs.map((q) => q.textContent.trim()).filter((t) => /^[“"]{2}|[”"]{2}$/.test(t) || !/^[“"‘']/.test(t)));
  assert.deepEqual(doubled, [], "every quote opens with exactly one mark");
  await page.waitForLoadState("networkidle");
  await page.goto(site.server.url + "?doc=000&at=999999-1000000");
  await page.getByText("The passage this link points to is not in this article").waitFor();
  const many = Array.from({ length: 120 }, (_, i) => `p${i}=${i}`).join("&");
  await page.waitForLoadState("networkidle");
  await page.goto(`${site.server.url}?q=${"x".repeat(5000)}&${many}`);
  await page.getByText(/more than 100 parameters; only the first 100 were read/).waitFor();
  assert.ok(!(await page.locator(".notice").innerText()).includes("“…”"), "no cryptic “…” key");
  assert.ok(page.url().length < 200, `the address is tidied: ${page.url().length} characters`);
  assert.deepEqual(problems, []);
  await context.close();
});

test("timeline labels stay legible on a phone, the first and last whole", async () => {
  const { page, problems, context } = await explorer("", PHONE);
  const sizes = await page.locator(".timeline .tick-label").evaluateAll((ts) => ts.map((t) => t.getBoundingClientRect().height));
  assert.ok(sizes.length > 0 && Math.min(...sizes) >= 10, `label heights ${sizes.map(Math.round).join(", ")} px`);
  // Each label lies inside what shows it: the drawing, or (the drawing not clipping) its frame.
  const cut = await page.locator(".timeline .tick-label").evaluateAll((ts) =>
    ts
      .filter((t) => {
        const svg = t.ownerSVGElement;
        const within = (a, b) => a.left >= b.left - 0.5 && a.right <= b.right + 0.5;
        const label = t.getBoundingClientRect();
        const frame = getComputedStyle(svg).overflow === "visible" ? svg.closest(".timeline") : svg;
        return !within(label, frame.getBoundingClientRect()) || label.left < 0 || label.right > innerWidth;
      })
      .map((t) => t.textContent),
  );
  assert.deepEqual(cut, [], "labels cut at the drawing's edges");
  assert.deepEqual(problems, []);
  await context.close();
});

test("on a phone the reader's byline breaks between its parts, never inside a date", async () => {
  // A host's article whose byline is a line and a bit at 390 px (before the fix its date broke
  // after "2024-"), and the built-in ones with a date.
  const linked = await serveWithSource();
  try {
    const readers = [[`${linked.url}?${linked.src}&doc=quill-linked`, "2024-03-04"]];
    for (const a of await manifestArticles()) if (a.published) readers.push([`${site.server.url}?doc=${a.id}`, a.published]);
    for (const [url, date] of readers) {
      const { page, problems, context } = await openPage(site.browser, url, { viewport: PHONE });
      const byline = page.locator(".reader .byline").first();
      await byline.waitFor();
      // The lines the date's own text is drawn on, wherever the byline wraps.
      const lines = await byline.evaluate((p, date) => {
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const at = n.data.indexOf(date);
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(n, at);
          range.setEnd(n, at + date.length);
          return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
        }
        return 0;
      }, date);
      assert.equal(lines, 1, `${url}: the date ${date} on one line`);
      assert.deepEqual(problems, []);
      await context.close();
    }
  } finally {
    await linked.close();
  }
});

test("the skip link leads past the filters to the results", async () => {
  const { page, problems, context } = await explorer();
  await page.keyboard.press("Tab");
  const skip = await page.evaluate(() => [document.activeElement.textContent, document.activeElement.getAttribute("href")]);
  assert.deepEqual(skip, ["Skip to content", "#content"]);
  await page.keyboard.press("Enter");
  // From there Tab goes through the results' own controls (the order, the timeline's points) to
  // the first card, never back into the 50-odd filter checkboxes.
  const where = () => page.evaluate(() => [!!document.activeElement.closest("nav.filters"), !!document.activeElement.closest(".results"), document.activeElement.matches(".cards .card h3 a")]);
  let tabs = 0;
  let [inFilters, inResults, onCard] = [false, true, false];
  while (!onCard && !inFilters && inResults && tabs < 60) {
    await page.keyboard.press("Tab");
    tabs++;
    [inFilters, inResults, onCard] = await where();
  }
  assert.ok(onCard, `the first card's link is reached from the skip link (${tabs} Tabs, in filters: ${inFilters}, in results: ${inResults})`);
  const checkboxes = await page.locator("nav.filters input").count();
  assert.ok(tabs < checkboxes, `${tabs} Tabs, fewer than the ${checkboxes} filter controls skipped`);
  assert.deepEqual(problems, []);
  await context.close();
});

test("printed: every fact of the view with its quote and source, no controls, no blank spacers", async () => {
  const { page, problems, context } = await explorer();
  const total = Number((await page.locator('p.count[role="status"]').innerText()).match(/\d+/)[0]);
  const before = await page.locator(".cards .card").count();
  assert.ok(before < total, `the list draws only the cards near the window (${before} of ${total})`);
  // What the browser does when a person prints: beforeprint, then the print media.
  await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
  await page.emulateMedia({ media: "print" });
  const shown = (selector) => page.locator(selector).evaluateAll((els) => els.filter((e) => e.checkVisibility()).length);
  for (const control of ["nav.filters", ".collection-bar", ".skip-link", ".sort", ".timeline", ".site-header"]) {
    assert.equal(await shown(control), 0, `${control} is not printed`);
  }
  await page.waitForFunction((n) => document.querySelectorAll(".cards .card").length === n, total);
  const drawn = await page.locator(".cards .card").count();
  assert.equal(drawn, total, "every fact of the view is printed");
  assert.equal(await shown(".cards .card"), drawn);
  assert.equal(await shown(".cards .card .quote"), drawn, "every card's quote is printed");
  const card = await page.locator(".cards .card").first().innerText();
  assert.match(card, /article \w/, `the card names its article: ${card}`);
  // The list is as tall as the cards it holds: no blank space kept for cards not drawn.
  const gaps = await page.evaluate(() => {
    const list = document.querySelector(".cards").getBoundingClientRect();
    const cards = [...document.querySelectorAll(".cards .card")].map((c) => c.getBoundingClientRect());
    return [cards[0].top - list.top, list.bottom - cards[cards.length - 1].bottom];
  });
  assert.ok(gaps[0] < 20 && gaps[1] < 40, `no blank space around the cards: ${gaps}`);
  await page.emulateMedia({ media: "screen" });
  await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
  assert.equal(await shown("nav.filters"), 1, "on screen again, the filters are back");
  await page.waitForFunction((n) => document.querySelectorAll(".cards .card").length < n, total);
  assert.deepEqual(problems, []);
  await context.close();
});

test("counts say what they count", async () => {
  const { page, problems, context } = await explorer("?kind=event");
  const support = await page.locator(".cards .card .support").allInnerTexts();
  assert.ok(support.length > 0 && support.every((s) => /^stated in \d+ articles?$/.test(s)), support.join(" | "));
  const caption = await page.locator(".timeline .caption").innerText();
  assert.match(caption, /^Timeline: \d+ dated events(, \d+ without a known date not shown)?[.,]/);
  assert.deepEqual(problems, []);
  await context.close();
});

// Copy link and Cite (issue 13 point 7). The real clipboard of headless Chromium, with the
// clipboard permissions granted to the page's origin (Playwright's grantPermissions, which is CDP
// Browser.grantPermissions); only the refusal is simulated, by a writeText that rejects.
test("a fact's Copy link copies the address that opens it, and Cite its quote and article", async () => {
  const { page, problems, context } = await explorer();
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: site.server.origin });
  const card = page.locator(".cards .card").first();
  const title = (await card.locator("h3").textContent()).trim();
  const quoted = (await card.locator(".quoted").textContent()).trim().replace(/\s+/g, " ");
  const doc = (await card.locator("blockquote").getAttribute("cite")).replace("#article-", "");
  const article = (await manifestArticles()).find((a) => a.id === doc);
  await card.locator("h3 a").click();
  await page.getByRole("heading", { level: 2, name: title }).waitFor();
  const status = page.locator(".share [role=status]");

  await page.getByRole("button", { name: "Copy link" }).click();
  await status.filter({ hasText: "Copied" }).waitFor();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(link, page.url());
  assert.match(link, /[?&]open=/);
  const other = await context.newPage();
  await other.goto(link);
  await other.getByRole("heading", { level: 2, name: title }).waitFor();
  await other.close();

  await status.evaluate((s) => (s.textContent = ""));
  await page.getByRole("button", { name: "Cite" }).click();
  await status.filter({ hasText: "Copied" }).waitFor();
  const cite = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(cite.includes(quoted), `the citation ${JSON.stringify(cite)} quotes ${JSON.stringify(quoted)}`);
  assert.ok(cite.includes(article.title), "names the article");
  assert.ok(cite.includes(article.outlet), "names the outlet");
  assert.ok(cite.endsWith(link), "ends with the link");

  // A refused clipboard: the status says so and shows the text to copy by hand.
  await page.evaluate(() => (navigator.clipboard.writeText = () => Promise.reject(new DOMException("refused", "NotAllowedError"))));
  await page.getByRole("button", { name: "Cite" }).click();
  await status.filter({ hasText: "Not copied" }).waitFor();
  assert.ok((await status.textContent()).includes(cite));
  assert.deepEqual(problems, []);
  await context.close();
});

test("a quote of an article with an address links to its original with a Text Fragment", async () => {
  const factlens = await serveWithSource();
  try {
    const { page, problems, context } = await openPage(site.browser, `${factlens.url}?${factlens.src}`, { viewport: DESKTOP });
    await page.locator(".cards .quote a.original").first().waitFor();
    const quotes = await page.locator(".cards .quote").evaluateAll((qs) =>
      qs.map((q) => ({ quoted: q.querySelector(".quoted").textContent, href: q.querySelector("a.original")?.href })),
    );
    assert.ok(quotes.length > 0);
    for (const { quoted, href } of quotes) {
      assert.ok(href?.startsWith("https://news.example/2024/quill?ref=feed#:~:text="), `${href} leads to the original, its own fragment replaced`);
      const [start] = href.split("#:~:text=")[1].split(",");
      const first = quoted.trim().split(/\s+/).slice(0, 2).join(" ");
      assert.ok(decodeURIComponent(start).startsWith(first), `${href} starts at “${first}”`);
      assert.doesNotMatch(start, /[-,&\s]/, "reserved characters are encoded");
    }
    // The original is not told which view of the explorer (which may name a person's own
    // articles) led there.
    const rels = await page.locator(".cards .quote a.original").evaluateAll((as) => as.map((a) => a.rel));
    assert.ok(rels.every((r) => r === "noopener noreferrer"), rels.join(", "));
    assert.deepEqual(problems, []);
    await context.close();
  } finally {
    await factlens.close();
  }
});

test("the reader links the article's original on the web, by its host", async () => {
  const factlens = await serveWithSource();
  try {
    const { page, problems, context } = await openPage(site.browser, `${factlens.url}?${factlens.src}`, { viewport: PHONE });
    // A quote leads to the reader with its passage marked, and from there to the original.
    const quote = page.locator(".cards .quote").filter({ has: page.locator("a.original") }).first();
    await quote.waitFor();
    const quoted = (await quote.locator(".quoted").textContent()).trim();
    await quote.locator("a").first().click();
    await page.locator("mark.passage").first().waitFor();
    assert.equal((await page.locator("mark.passage").innerText()).trim(), quoted);
    const original = page.locator("section.reader").getByRole("link", { name: "Original article at news.example" });
    assert.equal(await original.getAttribute("href"), "https://news.example/2024/quill?ref=feed#top");
    assert.equal(await original.getAttribute("rel"), "noopener noreferrer");
    assert.ok(await original.isVisible());
    // An article without an address has no such link.
    await page.goto(`${factlens.url}?doc=000`);
    await page.locator("section.reader h2").waitFor();
    assert.equal(await page.locator("section.reader a.original").count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  } finally {
    await factlens.close();
  }
});

test("the list's Copy link, beside the count, copies the address of the view shown", async () => {
  for (const viewport of [DESKTOP, PHONE]) {
    const { page, problems, context } = await explorer("", viewport);
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: site.server.origin });
    const bar = page.locator(".results-bar");
    const copy = bar.getByRole("button", { name: "Copy link" });
    const status = bar.locator(".share [role=status]");
    // Beside the count, on its line.
    const [button, count] = await Promise.all([copy.boundingBox(), bar.locator(".count").boundingBox()]);
    assert.ok(Math.abs(button.y + button.height / 2 - (count.y + count.height / 2)) < 8, `on the count's line at ${viewport.width}px`);
    const facets = page.locator("details.facets");
    if (!(await facets.evaluate((d) => d.open))) await facets.locator("summary").click();
    await page.getByRole("group", { name: "Kind" }).getByLabel(/^official/).check();
    await page.waitForURL(/kind=official/);
    // By keyboard: Shift+Tab from the order reaches it.
    await bar.getByRole("combobox").focus();
    await page.keyboard.press("Shift+Tab");
    assert.ok(await copy.evaluate((b) => b === document.activeElement), "reached by keyboard");
    await page.keyboard.press("Enter");
    await status.filter({ hasText: "Copied" }).waitFor();
    const first = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(first, page.url());
    assert.match(first, /[?&]kind=official/);
    // Another view: the link follows it.
    await page.getByRole("group", { name: "Kind" }).getByLabel(/^unit/).check();
    await page.waitForURL(/unit/);
    await copy.click();
    await status.filter({ hasText: "Copied" }).waitFor();
    const second = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(second, page.url());
    assert.notEqual(second, first);
    // It opens the same view.
    const shown = await page.locator(".results .count").innerText();
    const other = await context.newPage();
    await other.goto(second);
    await other.locator(".results .count").filter({ hasText: shown }).waitFor();
    await other.close();
    // "Copied" goes after a few seconds (the view may change under it); a refusal stays.
    await page.waitForFunction(() => document.querySelector(".results-bar .share [role=status]:empty"), null, { timeout: 8000 });
    await page.evaluate(() => (navigator.clipboard.writeText = () => Promise.reject(new DOMException("refused", "NotAllowedError"))));
    await copy.click();
    await status.filter({ hasText: `Not copied: ${second}` }).waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  }
});
