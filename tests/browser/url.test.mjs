// Every URL parameter makes the round trip: set through the page as a reader would, it lands in the
// address; that address opened afresh shows the same view. The settings that have no control of
// their own (embed, theme, host) survive a click that rewrites the address.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { launch, openPage, serve } from "./harness.mjs";

let server;
let browser;
before(async () => {
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const FACETS = [
  ["kind", "Kind"],
  ["type", "Event type"],
  ["year", "Year"],
  ["month", "Month"],
  ["article", "Article"],
  ["outlet", "Outlet"],
  ["affiliation", "Affiliation"],
  ["country", "Country"],
];

async function open(query = "") {
  const opened = await openPage(browser, server.url + query);
  await opened.page.locator("section.results, section.detail, section.reader").first().waitFor();
  return opened;
}

const count = async (page) => (await page.locator(".results .count").innerText()).trim();
const params = (page) => new URL(page.url()).searchParams;

/** Opens the page's own address in a new context: the view a copied link gives. */
async function reopen(page) {
  return open(page.url().slice(server.url.length));
}

for (const [key, label] of FACETS) {
  test(`${key}: a ticked value goes into the URL and comes back from it`, async () => {
    const { page, problems, context } = await open();
    const group = page.getByRole("group", { name: label, exact: true });
    const item = group.locator("li").first();
    const shown = await item.locator(".value").innerText();
    const value = key === "article" ? shown.split(" · ")[0] : shown;
    await item.getByRole("checkbox").check();
    await page.waitForFunction(([k, v]) => new URL(location.href).searchParams.getAll(k).includes(v), [key, value]);
    assert.deepEqual(params(page).getAll(key), [value]);
    const narrowed = await count(page);
    const copy = await reopen(page);
    const ticked = copy.page.getByRole("group", { name: label, exact: true }).locator("li").filter({ has: copy.page.locator(".value", { hasText: shown }) });
    assert.equal(await ticked.getByRole("checkbox").isChecked(), true);
    assert.equal(await count(copy.page), narrowed);
    assert.deepEqual([...problems, ...copy.problems], []);
    await context.close();
    await copy.context.close();
  });
}

test("q: a search goes into the URL and comes back from it", async () => {
  const { page, problems, context } = await open();
  await page.getByRole("searchbox").fill("Osborn");
  await page.waitForFunction(() => new URL(location.href).searchParams.get("q") === "Osborn");
  const found = await count(page);
  const copy = await reopen(page);
  assert.equal(await copy.page.getByRole("searchbox").inputValue(), "Osborn");
  assert.equal(await count(copy.page), found);
  assert.deepEqual([...problems, ...copy.problems], []);
  await context.close();
  await copy.context.close();
});

test("sort: the chosen order goes into the URL and comes back from it", async () => {
  const { page, problems, context } = await open();
  await page.getByLabel("Sort by").selectOption("name");
  await page.waitForFunction(() => new URL(location.href).searchParams.get("sort") === "name");
  const titles = await page.locator(".cards .card h3").allInnerTexts();
  const copy = await reopen(page);
  assert.equal(await copy.page.getByLabel("Sort by").inputValue(), "name");
  assert.deepEqual(await copy.page.locator(".cards .card h3").allInnerTexts(), titles);
  assert.deepEqual([...problems, ...copy.problems], []);
  await context.close();
  await copy.context.close();
});

test("open: an opened fact goes into the URL and comes back from it", async () => {
  const { page, problems, context } = await open("?kind=official");
  const title = page.locator(".cards .card h3 a").first();
  const name = await title.innerText();
  await title.click();
  await page.getByRole("region", { name: "Details" }).waitFor();
  assert.match(params(page).get("open"), /^official\//);
  const copy = await reopen(page);
  await copy.page.getByRole("region", { name: "Details" }).getByRole("heading", { level: 2, name }).waitFor();
  assert.deepEqual([...problems, ...copy.problems], []);
  await context.close();
  await copy.context.close();
});

test("doc and at: a followed quote goes into the URL and comes back from it", async () => {
  const { page, problems, context } = await open("?kind=unit");
  const quote = page.locator(".cards .card blockquote").first();
  const quoted = await quote.locator(".quoted").innerText();
  await quote.getByRole("link").click();
  await page.locator("mark.passage").waitFor();
  assert.match(params(page).get("doc"), /^\d+$/);
  assert.match(params(page).get("at"), /^\d+-\d+$/);
  const copy = await reopen(page);
  await copy.page.locator("mark.passage").waitFor();
  assert.equal(await copy.page.locator("mark.passage").innerText(), quoted);
  assert.deepEqual([...problems, ...copy.problems], []);
  await context.close();
  await copy.context.close();
});

test("embed, theme and host: kept through a click that rewrites the URL, and shown", async () => {
  const { page, problems, context } = await open("?embed=1&theme=dark&host=https%3A%2F%2Fnews.example");
  assert.equal(await page.locator(".site-header").isVisible(), false, "the compact layout has no page header");
  assert.equal(await page.locator(".fl-app").getAttribute("data-theme"), "dark");
  await page.getByRole("searchbox").fill("Iowa");
  await page.waitForFunction(() => new URL(location.href).searchParams.get("q") === "Iowa");
  const after = params(page);
  assert.equal(after.get("embed"), "1");
  assert.equal(after.get("theme"), "dark");
  assert.deepEqual(after.getAll("host"), ["https://news.example"]);
  const copy = await reopen(page);
  assert.equal(await copy.page.locator(".fl-app").getAttribute("data-theme"), "dark");
  assert.equal(await copy.page.locator(".site-header").isVisible(), false);
  assert.deepEqual([...problems, ...copy.problems], []);
  await context.close();
  await copy.context.close();
});
