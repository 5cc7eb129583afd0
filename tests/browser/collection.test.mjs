// A person's own articles, as a person adds them: the "Add articles" dialog (pasted text, files
// chosen or dropped, each file's outcome, Cancel), the collection kept across reloads, removing
// with undo, "Restore the original articles", exports of facts (JSON, CSV) and of the collection,
// and an import that restores exactly. The extraction runs in a Web Worker that the first load
// does not fetch.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { openPage, useSite } from "./harness.mjs";

const site = useSite();

const ARTICLE = `Guard engineers return from Poland

WARSAW, Poland, March 3, 2024 — Col. Maria Delgado, commander of the 747th Engineer Battalion,
said on Tuesday that the battalion had finished building a training range near Warsaw.

The battalion deployed to Poland in September 2023. Delgado thanked the Polish Land Forces.
Brig. Gen. Thomas Reyes, the deputy adjutant general of the Nebraska National Guard, visited the
soldiers in Warsaw on February 20, 2024.
`;

/** Opens the explorer and waits for the results. */
async function explorer(context) {
  const page = await context.newPage();
  await page.goto(site.server.url);
  await page.getByRole("region", { name: "Results" }).waitFor();
  return page;
}

const count = async (page) => Number((await page.locator(".results .count").innerText()).split(" ")[0]);
const articleTitles = (page) => page.getByRole("region", { name: "Articles", exact: true }).getByRole("heading", { level: 3 }).allInnerTexts();

/** Opens the dialog, pastes ARTICLE (title and date are proposed), adds it and closes the dialog. */
async function pasteArticle(page, text = ARTICLE, fields = {}) {
  await page.getByRole("button", { name: "Add articles" }).click();
  const dialog = page.getByRole("dialog", { name: "Add articles" });
  await dialog.getByLabel("Article text").fill(text);
  for (const [label, value] of Object.entries(fields)) await dialog.getByLabel(label, { exact: true }).fill(value);
  if (!fields.Title) {
    // The worker proposes the headline as title and the dateline's date, for the person to confirm.
    const title = dialog.getByLabel("Title", { exact: true });
    for (let i = 0; i < 200 && !(await title.inputValue()); i++) await page.waitForTimeout(100);
    assert.equal(await title.inputValue(), text.split("\n")[0]);
    assert.equal(await dialog.getByLabel("Published", { exact: true }).inputValue(), "2024-03-03");
  }
  await dialog.getByRole("button", { name: "Add", exact: true }).click();
  await dialog.getByRole("list", { name: "Outcomes" }).getByText(/Pasted text/).waitFor();
  const outcome = await dialog.getByRole("list", { name: "Outcomes" }).innerText();
  await dialog.getByRole("button", { name: "Close" }).click();
  return outcome;
}

/** Confirms the files chosen as the dialog lists them (titles and dates as proposed). */
async function confirmFiles(dialog) {
  await dialog.getByRole("list", { name: "Files to add" }).waitFor({ timeout: 45000 });
  await dialog.getByRole("button", { name: "Add these files" }).click();
}

/** Waits until the Articles list holds `n` articles; if it never does, says what the page showed. */
async function articlesShown(page, n) {
  try {
    await page.waitForFunction((n) => document.querySelectorAll(".articles article").length === n, n, { timeout: 45000 });
  } catch (error) {
    const shown = await page.evaluate(() => ({
      articles: [...document.querySelectorAll(".articles h3")].map((h) => h.textContent),
      bar: document.querySelector(".collection-bar")?.innerText,
    }));
    throw new Error(`${n} articles never shown: ${JSON.stringify(shown)}`, { cause: error });
  }
}

/**
 * Clicks an article's Remove button once it is still on screen. Scrolled to the Articles list, the
 * result cards above it are drawn and measured in the next frame; the Articles moved down then
 * (137 px with four articles), and a click whose press and release straddled that frame reached no
 * button (twice a flaky failure in CI). The page now keeps them in place (explorer.test.mjs,
 * "…they stay in place…"); the button is still clicked only once its place has not changed for
 * three frames, as a person's pointer would find it, so no other late move can eat the click.
 */
async function removeArticle(page, title) {
  const button = page.getByRole("button", { name: `Remove article ${title}` });
  await button.scrollIntoViewIfNeeded();
  await button.evaluate(
    (b) =>
      new Promise((settled) => {
        let [last, same] = [NaN, 0];
        const look = () => {
          const top = b.getBoundingClientRect().top;
          [last, same] = [top, top === last ? same + 1 : 0];
          if (same >= 3) settled();
          else requestAnimationFrame(look);
        };
        requestAnimationFrame(look);
      }),
  );
  await button.click();
}

/** Serves the worker's loader with `patch` run before the worker starts: a way to break its storage. */
async function patchWorkerStorage(context, patch) {
  await context.route(/factlens-worker_loader\.js$/, (route) =>
    route.fulfill({
      contentType: "text/javascript",
      body: `${patch}
importScripts("./factlens-worker.js"); wasm_bindgen("./factlens-worker_bg.wasm");`,
    }),
  );
}

/** Waits for the page's word that the articles cannot be kept in this browser, and returns it. */
async function storageRefusal(page) {
  const said = page.getByRole("region", { name: "Your articles" }).getByText(/cannot be kept in this browser/);
  await said.waitFor();
  return said.innerText();
}

/** 150 long text files: enough work that a batch's Cancel button is there to press. */
function longBatch(name, sentence) {
  return Array.from({ length: 150 }, (_, i) => ({
    name: `${name}-${i}.txt`,
    mimeType: "text/plain",
    buffer: Buffer.from(`Report ${i}\n\n${sentence.repeat(120)}${i}`),
  }));
}

/** Clicks an export button and returns the downloaded file's name and text. */
async function exported(page, button) {
  const toggle = page.getByRole("button", { name: "Export or import" });
  if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: button }).click()]);
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), "utf8") };
}

test("the first load does not fetch the worker; pasting an article shows its officials", async () => {
  const context = await site.browser.newContext();
  const requested = [];
  context.on("request", (r) => requested.push(new URL(r.url()).pathname));
  const page = await explorer(context);
  const before = await count(page);
  assert.ok(!requested.some((p) => p.includes("worker") || p.endsWith("collection.js")), requested.join(" "));
  const outcome = await pasteArticle(page);
  assert.match(outcome, /Pasted text: added as “Guard engineers return from Poland”/);
  assert.ok(requested.some((p) => p.endsWith("factlens-worker_bg.wasm")), "the worker was fetched on Add");
  await articlesShown(page, 4);
  assert.ok((await count(page)) > before, "more facts");
  // The new article is a facet value; its officials are among its facts.
  const articleFacet = page.getByRole("group", { name: "Article", exact: true });
  await articleFacet.getByLabel(/Guard engineers return/).check();
  await page.getByRole("group", { name: "Kind", exact: true }).getByLabel(/^official/).check();
  const names = await page.locator(".cards .card h3").allInnerTexts();
  assert.ok(names.some((n) => /Maria Delgado/.test(n)), names.join(", "));
  assert.ok(names.some((n) => /Thomas Reyes/.test(n)), names.join(", "));
  await context.close();
});

test("files chosen or dropped: each one's outcome by name, and the rest goes on", async () => {
  const context = await site.browser.newContext();
  const page = await explorer(context);
  const problems = [];
  page.on("pageerror", (e) => problems.push(e.message));
  page.on("dialog", (d) => problems.push(`a dialog opened: ${d.message()}`));
  await page.getByRole("button", { name: "Add articles" }).click();
  const dialog = page.getByRole("dialog", { name: "Add articles" });
  const html = `<!doctype html><html><head><title>Unit returns</title><script>window.__ran = 1; alert("x")</script></head>
<body onload="window.__ran = 2"><nav>Home | World | Sports</nav><article><h1>Engineer unit returns home</h1>
<p>LINCOLN, Neb. — Lt. Col. Dana Whitfield, commander of the 402nd Engineer Company, said the unit returned on Friday after nine months in Kuwait.</p>
<p>Whitfield thanked the families. <img src=x onerror="window.__ran = 3">The company deployed in May 2023.</p></article>
<footer>Subscribe to our newsletter</footer></body></html>`;
  // The chooser: a saved web page with scripts and a Latin-1 (not UTF-8) text.
  await dialog.getByLabel("Choose files").setInputFiles([
    { name: "saved-page.html", mimeType: "text/html", buffer: Buffer.from(html) },
    { name: "latin1.txt", mimeType: "text/plain", buffer: Buffer.from("Caf\xe9 owners in Pristina\n\nThe caf\xe9 reopened on Monday, said Mayor Perparim Rama.\n", "latin1") },
  ]);
  await confirmFiles(dialog);
  const outcomes = dialog.getByRole("list", { name: "Outcomes" });
  await outcomes.getByText(/^latin1\.txt/).waitFor({ timeout: 45000 });
  // Dropped: an empty file, a 6 MB file and a text.
  const zone = dialog.getByText("Or drop files here");
  const dataTransfer = await page.evaluateHandle(() => {
    const dt = new DataTransfer();
    dt.items.add(new File([""], "empty.txt", { type: "text/plain" }));
    dt.items.add(new File(["Big news. ".repeat(600000)], "huge.txt", { type: "text/plain" }));
    dt.items.add(new File(["Ceremony in Des Moines\n\nGov. Kim Reynolds spoke at the ceremony on Monday."], "ceremony.md", { type: "text/markdown" }));
    return dt;
  });
  await zone.dispatchEvent("drop", { dataTransfer });
  await confirmFiles(dialog);
  await outcomes.getByText(/^ceremony\.md/).waitFor({ timeout: 45000 });
  await page.waitForFunction(() => document.querySelector(".add-dialog .progress").hidden, null, { timeout: 45000 });
  const byName = Object.fromEntries(
    await outcomes.locator(":scope > li").evaluateAll((items) =>
      items.map((li) => [li.querySelector("strong").textContent, { text: li.textContent, refused: li.classList.contains("refused") }]),
    ),
  );
  assert.deepEqual(Object.keys(byName).sort(), ["ceremony.md", "empty.txt", "huge.txt"], "the last drop's outcomes");
  assert.equal(byName["empty.txt"].refused, true);
  assert.match(byName["empty.txt"].text, /empty/i);
  assert.equal(byName["huge.txt"].refused, true);
  assert.match(byName["huge.txt"].text, /huge\.txt/);
  assert.match(byName["huge.txt"].text, /MB|bytes|large/i);
  assert.equal(byName["ceremony.md"].refused, false);
  await dialog.getByRole("button", { name: "Close" }).click();
  await articlesShown(page, 6);
  const titles = await articleTitles(page);
  assert.ok(titles.some((t) => /Engineer unit returns home|Unit returns/.test(t)), titles.join(" | "));
  // The saved page's scripts never ran; its text is shown as text.
  assert.equal(await page.evaluate(() => window.__ran), undefined);
  await page.getByRole("region", { name: "Articles", exact: true }).getByRole("link", { name: /Engineer unit returns home|Unit returns/ }).click();
  const reader = page.locator("section.reader");
  await reader.getByText(/Dana Whitfield/).first().waitFor();
  const text = await reader.innerText();
  assert.doesNotMatch(text, /Subscribe to our newsletter|window\.__ran/);
  assert.equal(await reader.locator("script, img").count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test("each chosen file's proposed title and date can be changed before it is added", async () => {
  const context = await site.browser.newContext();
  const page = await explorer(context);
  await page.getByRole("button", { name: "Add articles" }).click();
  const dialog = page.getByRole("dialog", { name: "Add articles" });
  await dialog.getByLabel("Choose files").setInputFiles([
    { name: "poland.txt", mimeType: "text/plain", buffer: Buffer.from(ARTICLE) },
    { name: "lincoln-return_notes.txt", mimeType: "text/plain", buffer: Buffer.from("soldiers of the 402nd Engineer Company returned to Lincoln on Friday, said Lt. Col. Dana Whitfield.\n") },
    { name: "bad-date.txt", mimeType: "text/plain", buffer: Buffer.from("Convoy reaches Riga\n\nMaj. Robin Novak led the convoy to Riga on Monday.\n") },
    { name: "empty.txt", mimeType: "text/plain", buffer: Buffer.from("  \n") },
  ]);
  const files = dialog.getByRole("list", { name: "Files to add" });
  await files.waitFor({ timeout: 45000 });
  // What each file would get: the headline and the dateline's date, else the file's name; a
  // refused file says why.
  assert.equal(await dialog.getByLabel("Title of poland.txt").inputValue(), "Guard engineers return from Poland");
  assert.equal(await dialog.getByLabel("Published of poland.txt").inputValue(), "2024-03-03");
  assert.equal(await dialog.getByLabel("Title of lincoln-return_notes.txt").inputValue(), "lincoln return notes");
  assert.equal(await dialog.getByLabel("Published of lincoln-return_notes.txt").inputValue(), "");
  assert.match(await files.getByRole("listitem").filter({ hasText: "empty.txt" }).innerText(), /empty/i);
  assert.equal(await dialog.getByLabel("Title of empty.txt").count(), 0);
  // Nothing is added before the person confirms.
  await page.waitForTimeout(300);
  assert.equal(await page.locator(".articles article").count(), 3);
  await dialog.getByLabel("Title of poland.txt").fill("Nebraska engineers home from Poland");
  await dialog.getByLabel("Published of poland.txt").fill("2024-03-04");
  await dialog.getByLabel("Title of lincoln-return_notes.txt").fill("Engineer company back in Lincoln");
  await dialog.getByLabel("Published of lincoln-return_notes.txt").fill("2024-05");
  await dialog.getByLabel("Published of bad-date.txt").fill("March 4");
  await dialog.getByRole("button", { name: "Add these files" }).click();
  await articlesShown(page, 5);
  const shown = await page.getByRole("region", { name: "Articles", exact: true }).getByRole("article").allInnerTexts();
  const poland = shown.find((t) => t.startsWith("Nebraska engineers home from Poland"));
  const lincoln = shown.find((t) => t.startsWith("Engineer company back in Lincoln"));
  assert.ok(poland && lincoln, shown.join(" | "));
  assert.match(poland, /2024-03-04/);
  assert.match(lincoln, /2024-05/);
  // The date that is no date is refused, naming the file; the list of files is gone.
  const outcomes = dialog.getByRole("list", { name: "Outcomes" });
  const refused = await outcomes.locator(":scope > li.refused").allInnerTexts();
  assert.ok(refused.some((t) => /^bad-date\.txt/.test(t) && /March 4/.test(t)), refused.join(" | "));
  assert.ok(refused.some((t) => /^empty\.txt/.test(t)), refused.join(" | "));
  assert.equal(await files.isVisible(), false);
  await context.close();
});

test("the first file drop's notes: what the web page reduction left out, replacement characters", async () => {
  const context = await site.browser.newContext();
  const page = await explorer(context);
  await page.getByRole("button", { name: "Add articles" }).click();
  const dialog = page.getByRole("dialog", { name: "Add articles" });
  await dialog.getByLabel("Choose files").setInputFiles([
    { name: "saved-page.html", mimeType: "text/html", buffer: Buffer.from(`<html><head><script>x()</script></head><body><nav>Menu</nav><article><h1>Unit returns</h1><p>${"Soldiers of the 402nd Engineer Company returned to Lincoln on Friday after nine months in Kuwait. ".repeat(4)}</p></article><footer>Subscribe</footer></body></html>`) },
    { name: "latin1.txt", mimeType: "text/plain", buffer: Buffer.from("Caf\xe9 owners\n\nThe caf\xe9 reopened on Monday.\n", "latin1") },
  ]);
  await confirmFiles(dialog);
  const outcomes = dialog.getByRole("list", { name: "Outcomes" });
  await outcomes.getByText(/^latin1\.txt/).waitFor({ timeout: 45000 });
  const items = await outcomes.locator(":scope > li").allInnerTexts();
  const page_ = items.find((t) => t.startsWith("saved-page.html"));
  const latin = items.find((t) => t.startsWith("latin1.txt"));
  assert.match(page_, /added/);
  assert.ok(page_.split("\n").length > 1, `a note says what was left out: ${page_}`);
  assert.match(latin, /added/);
  assert.match(latin, /not UTF-8/);
  assert.match(latin, /\uFFFD/);
  await context.close();
});

test("the collection is kept across reloads; remove with undo; restore the originals", async () => {
  const context = await site.browser.newContext();
  const page = await explorer(context);
  await pasteArticle(page);
  await articlesShown(page, 4);
  const facts = await count(page);
  await page.reload();
  await articlesShown(page, 4);
  assert.equal(await count(page), facts);
  assert.ok((await articleTitles(page)).includes("Guard engineers return from Poland"));
  // Remove, then undo.
  await removeArticle(page, "Guard engineers return from Poland");
  await articlesShown(page, 3);
  const yourArticles = page.getByRole("region", { name: "Your articles" });
  await yourArticles.getByText("Removed “Guard engineers return from Poland”.").waitFor();
  await yourArticles.getByRole("button", { name: "Undo" }).click();
  await articlesShown(page, 4);
  // Remove an original article; a reload keeps that too.
  const original = (await articleTitles(page))[0];
  await removeArticle(page, original);
  await articlesShown(page, 3);
  await page.reload();
  await page.waitForFunction((t) => [...document.querySelectorAll(".articles h3")].some((h) => h.textContent === "Guard engineers return from Poland") && ![...document.querySelectorAll(".articles h3")].some((h) => h.textContent === t), original, { timeout: 45000 });
  await articlesShown(page, 3);
  // The originals come back, and stay after a reload (nothing is kept any more).
  await page.getByRole("button", { name: "Restore the original articles" }).click();
  await articlesShown(page, 3);
  await page.waitForFunction(() => document.querySelectorAll(".articles article").length === 3 && [...document.querySelectorAll(".articles h3")].every((h) => !/Guard engineers/.test(h.textContent)));
  assert.ok((await articleTitles(page)).includes(original));
  await page.reload();
  await articlesShown(page, 3);
  assert.equal(await page.getByRole("button", { name: "Restore the original articles" }).count(), 0);
  await context.close();
});

test("a link to an article that is absent says it may belong to someone's own collection", async () => {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${site.server.url}?doc=guard-engineers-return-from-poland`);
  const reader = page.locator("section.reader");
  await reader.getByText(/someone's own collection/).waitFor();
  await page.goto(`${site.server.url}?open=official/maria-delgado`);
  await page.getByRole("region", { name: "Details" }).getByText(/someone's own collection/).waitFor();
  await context.close();
});

test("exports: facts of the view and of the whole collection (JSON, CSV), the collection; import restores it", async () => {
  const context = await site.browser.newContext({ acceptDownloads: true });
  const page = await explorer(context);
  await pasteArticle(page, ARTICLE.replace("Guard engineers return from Poland", "=HYPERLINK(\"http://evil.test\") engineers return"), {
    Title: "=HYPERLINK(\"http://evil.test\") engineers return",
    Outlet: "+Outlet",
    Published: "2024-03-03",
  });
  await articlesShown(page, 4);
  const all = await exported(page, "All facts (JSON)");
  const facts = JSON.parse(all.text);
  assert.equal(facts.format, "factlens/1");
  assert.equal(facts.documents.length, 4);
  assert.ok(facts.entities.some((e) => e.name === "Maria Delgado"), "the pasted article's official");
  // The view: only units.
  await page.getByRole("group", { name: "Kind", exact: true }).getByLabel(/^unit/).check();
  await page.waitForURL(/kind=unit/);
  const view = JSON.parse((await exported(page, "Facts of this view (JSON)")).text);
  assert.ok(view.entities.length > 0 && view.entities.every((e) => e.kind === "unit"), "units only");
  assert.equal(view.events.length, 0);
  const viewCsv = (await exported(page, "Facts of this view (CSV)")).text;
  assert.equal(viewCsv.trim().split(/\r?\n/).length - 1, view.entities.length, "one row per fact");
  const csv = (await exported(page, "All facts (CSV)")).text;
  const rows = csv.trim().split(/\r?\n/);
  assert.equal(rows.length - 1, facts.entities.length + facts.events.length, "one row per fact");
  // No cell starts a formula.
  const cells = csv.split(/,|\r?\n/).map((c) => c.replace(/^"/, ""));
  assert.ok(!cells.some((c) => /^[=+@]/.test(c)), "formula cells are neutralised");
  assert.ok(csv.includes("HYPERLINK"), "the title is there, neutralised");
  // The collection file, imported into a browser that has nothing kept.
  const collection = await exported(page, "The articles (collection file)");
  assert.match(collection.text, /factlens-collection\/1/);
  const fresh = await site.browser.newContext({ acceptDownloads: true });
  const other = await explorer(fresh);
  await other.getByRole("button", { name: "Export or import" }).click();
  await other.getByLabel("Import a collection file", { exact: true }).setInputFiles({ name: collection.name, mimeType: "application/json", buffer: Buffer.from(collection.text) });
  await articlesShown(other, 4);
  const again = JSON.parse((await exported(other, "All facts (JSON)")).text);
  assert.deepEqual(again, facts);
  await fresh.close();
  await context.close();
});

/**
 * Starts watching the add dialog's Cancel button frame by frame (in the page): the tops it takes
 * while shown, and how many outcomes are listed; `cancelWatched` reads what it saw.
 */
async function watchCancel(page) {
  await page.evaluate(() => {
    const dialog = document.querySelector("dialog.add-dialog");
    const cancel = [...dialog.querySelectorAll("button")].find((b) => b.textContent === "Cancel");
    const seen = (window.cancelSeen = { tops: [], outcomes: 0 });
    const look = () => {
      const top = Math.round(cancel.getBoundingClientRect().top);
      if (cancel.offsetParent && !seen.tops.includes(top)) seen.tops.push(top);
      seen.outcomes = dialog.querySelectorAll(".outcomes > li").length;
      requestAnimationFrame(look);
    };
    look();
  });
}

/** What `watchCancel` saw once the dialog lists `n` outcomes. */
async function cancelWatched(page, n) {
  await page.waitForFunction((n) => window.cancelSeen.outcomes >= n, n, { timeout: 45000 });
  return page.evaluate(() => window.cancelSeen);
}

/**
 * Opens the add dialog of a fresh explorer and chooses a long batch of files named `name`-i.txt;
 * returns the context, page, dialog and files once the files are listed for review.
 */
async function chooseLongBatch(name) {
  const context = await site.browser.newContext();
  const page = await explorer(context);
  await page.getByRole("button", { name: "Add articles" }).click();
  const dialog = page.getByRole("dialog", { name: "Add articles" });
  const files = longBatch(name, "Sgt. Alex Moreno of the 133rd Infantry Regiment spoke in Waterloo on Monday. ");
  await dialog.getByLabel("Choose files").setInputFiles(files);
  await dialog.getByRole("list", { name: "Files to add" }).waitFor({ timeout: 45000 });
  return { context, page, dialog, files };
}

test("Cancel keeps its place while a batch's outcomes arrive", async () => {
  const { context, page, dialog, files } = await chooseLongBatch("held");
  await watchCancel(page);
  await dialog.getByRole("button", { name: "Add these files" }).click();
  // All 150 outcomes come in while the batch is still being extracted, with Cancel shown.
  const seen = await cancelWatched(page, files.length);
  assert.ok(seen.tops.length > 0, "Cancel was never shown");
  assert.equal(seen.tops.length, 1, `Cancel moved while outcomes arrived: tops ${seen.tops.join(", ")}`);
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await dialog.getByRole("list", { name: "Outcomes" }).getByText(/Cancelled/).waitFor();
  await context.close();
});

test("Cancel stops a batch of files: nothing of it is added", async () => {
  const { context, page, dialog } = await chooseLongBatch("note");
  await confirmFiles(dialog);
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await dialog.getByRole("list", { name: "Outcomes" }).getByText(/Cancelled/).waitFor();
  await dialog.getByRole("button", { name: "Close" }).click();
  // Nothing arrives later either, and a reload shows the originals.
  await page.waitForTimeout(1500);
  await articlesShown(page, 3);
  await page.reload();
  await articlesShown(page, 3);
  await context.close();
});

test("when storage never answers, the worker stops waiting, says so and shows the articles", async () => {
  const context = await site.browser.newContext();
  // The worker's IndexedDB takes the write but never says it succeeded (a wedged or very slow store).
  await patchWorkerStorage(
    context,
    `const put = IDBObjectStore.prototype.put;
IDBObjectStore.prototype.put = function (...args) {
  const request = put.apply(this, args);
  Object.defineProperty(request, "onsuccess", { set() {}, get() { return null; } });
  return request;
};`,
  );
  const page = await explorer(context);
  await pasteArticle(page);
  await articlesShown(page, 4);
  assert.match(await storageRefusal(page), /did not answer within \d+ s/);
  // Without storage the worker goes on in memory: a removal is shown at once.
  await removeArticle(page, "Guard engineers return from Poland");
  await articlesShown(page, 3);
  await context.close();
});

test("when the browser refuses storage, the page says so and keeps the articles in the tab", async () => {
  const context = await site.browser.newContext();
  // The worker's IndexedDB refuses, as in a private window that allows no storage or a full disk.
  await patchWorkerStorage(
    context,
    `indexedDB.open = () => { throw new DOMException("The quota has been exceeded.", "QuotaExceededError"); };`,
  );
  const page = await explorer(context);
  await pasteArticle(page);
  await articlesShown(page, 4);
  assert.match(await storageRefusal(page), /quota/i);
  // A cancelled batch restarts the worker: the article stays.
  await page.getByRole("button", { name: "Add articles" }).click();
  const dialog = page.getByRole("dialog", { name: "Add articles" });
  const files = longBatch("r", "Sgt. Alex Moreno of the 133rd Infantry Regiment returned to Waterloo on Monday. ");
  await dialog.getByLabel("Choose files").setInputFiles(files);
  await confirmFiles(dialog);
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await dialog.getByRole("button", { name: "Close" }).click();
  await articlesShown(page, 4);
  await removeArticle(page, "Guard engineers return from Poland");
  await articlesShown(page, 3);
  await page.getByRole("button", { name: "Undo" }).click();
  await articlesShown(page, 4);
  await context.close();
});
