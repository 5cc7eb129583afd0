// Every URL parameter makes the round trip: set through the page as a reader would, it lands in the
// address; that address opened afresh shows the same view. The settings that have no control of
// their own (embed, theme, host) survive a click that rewrites the address.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage, useSite } from "./harness.mjs";

const site = useSite();

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
  const opened = await openPage(site.browser, site.server.url + query);
  await opened.page.locator("section.results, section.detail, section.reader").first().waitFor();
  return opened;
}

const count = async (page) => (await page.locator(".results .count").innerText()).trim();
const params = (page) => new URL(page.url()).searchParams;

/** Opens the page's own address in a new context: the view a copied link gives. */
async function reopen(page) {
  return open(page.url().slice(site.server.url.length));
}

/**
 * Opens `start`, lets `act` set a parameter through the page (it returns what it saw), opens the
 * resulting address afresh and lets `check` compare the copy with it; no problems in either.
 */
async function roundTrip(start, act, check) {
  const first = await open(start);
  const seen = await act(first.page);
  const copy = await reopen(first.page);
  await check(copy.page, seen);
  assert.deepEqual([...first.problems, ...copy.problems], []);
  await first.context.close();
  await copy.context.close();
}

/** Waits until the address has `key=value`. */
const addressHas = (page, key, value) =>
  page.waitForFunction(([k, v]) => new URL(location.href).searchParams.getAll(k).includes(v), [key, value]);

for (const [key, label] of FACETS) {
  test(`${key}: a ticked value goes into the URL and comes back from it`, () =>
    roundTrip(
      "",
      async (page) => {
        const item = page.getByRole("group", { name: label, exact: true }).locator("li").first();
        const shown = await item.locator(".value").innerText();
        const value = key === "article" ? shown.split(" · ")[0] : shown;
        await item.getByRole("checkbox").check();
        await addressHas(page, key, value);
        assert.deepEqual(params(page).getAll(key), [value]);
        return { shown, narrowed: await count(page) };
      },
      async (copy, { shown, narrowed }) => {
        const group = copy.getByRole("group", { name: label, exact: true });
        const ticked = group.locator("li").filter({ has: copy.locator(".value", { hasText: shown }) });
        assert.equal(await ticked.getByRole("checkbox").isChecked(), true);
        assert.equal(await count(copy), narrowed);
      },
    ),
  );
}

test("q: a search goes into the URL and comes back from it", () =>
  roundTrip(
    "",
    async (page) => {
      await page.getByRole("searchbox").fill("Osborn");
      await addressHas(page, "q", "Osborn");
      return count(page);
    },
    async (copy, found) => {
      assert.equal(await copy.getByRole("searchbox").inputValue(), "Osborn");
      assert.equal(await count(copy), found);
    },
  ));

test("sort: the chosen order goes into the URL and comes back from it", () =>
  roundTrip(
    "",
    async (page) => {
      await page.getByLabel("Sort by").selectOption("name");
      await addressHas(page, "sort", "name");
      return page.locator(".cards .card h3").allInnerTexts();
    },
    async (copy, titles) => {
      assert.equal(await copy.getByLabel("Sort by").inputValue(), "name");
      assert.deepEqual(await copy.locator(".cards .card h3").allInnerTexts(), titles);
    },
  ));

test("open: an opened fact goes into the URL and comes back from it", () =>
  roundTrip(
    "?kind=official",
    async (page) => {
      const title = page.locator(".cards .card h3 a").first();
      const name = await title.innerText();
      await title.click();
      await page.getByRole("region", { name: "Details" }).waitFor();
      assert.match(params(page).get("open"), /^official\//);
      return name;
    },
    (copy, name) => copy.getByRole("region", { name: "Details" }).getByRole("heading", { level: 2, name }).waitFor(),
  ));

test("doc and at: a followed quote goes into the URL and comes back from it", () =>
  roundTrip(
    "?kind=unit",
    async (page) => {
      const quote = page.locator(".cards .card blockquote").first();
      const quoted = await quote.locator(".quoted").innerText();
      await quote.getByRole("link").click();
      await page.locator("mark.passage").waitFor();
      assert.match(params(page).get("doc"), /^\d+$/);
      assert.match(params(page).get("at"), /^\d+-\d+$/);
      return quoted;
    },
    async (copy, quoted) => {
      await copy.locator("mark.passage").waitFor();
      assert.equal(await copy.locator("mark.passage").innerText(), quoted);
    },
  ));

test("embed, theme and host: kept through a click that rewrites the URL, and shown", () =>
  roundTrip(
    "?embed=1&theme=dark&host=https%3A%2F%2Fnews.example",
    async (page) => {
      assert.equal(await page.locator(".site-header").isVisible(), false, "the compact layout has no page header");
      assert.equal(await page.locator(".fl-app").getAttribute("data-theme"), "dark");
      await page.getByRole("searchbox").fill("Iowa");
      await addressHas(page, "q", "Iowa");
      const after = params(page);
      assert.equal(after.get("embed"), "1");
      assert.equal(after.get("theme"), "dark");
      assert.deepEqual(after.getAll("host"), ["https://news.example"]);
    },
    async (copy) => {
      assert.equal(await copy.locator(".fl-app").getAttribute("data-theme"), "dark");
      assert.equal(await copy.locator(".site-header").isVisible(), false);
    },
  ));
