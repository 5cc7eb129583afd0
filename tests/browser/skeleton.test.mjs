// The walking skeleton: the built site loads in a real browser, the wasm runs, and the page lists
// the corpus's articles from data the core holds.
import { test } from "node:test";
import assert from "node:assert/strict";
import { manifestArticles, openPage, useSite } from "./harness.mjs";

const site = useSite();

test("the page loads, the wasm renders every article, and nothing errs", async () => {
  const { page, problems, context } = await openPage(site.browser, site.server.url);
  const articles = await manifestArticles();
  assert.equal(articles.length, 3);
  const list = page.getByRole("region", { name: "Articles", exact: true });
  await list.getByRole("listitem").first().waitFor();
  for (const article of articles) {
    const card = list.getByRole("article", { name: article.title });
    await card.scrollIntoViewIfNeeded();
    assert.ok(await card.isVisible(), `title visible: ${article.title}`);
    if (article.outlet) assert.match(await card.innerText(), new RegExp(article.outlet));
    if (article.published) assert.equal(await card.locator("time").getAttribute("datetime"), article.published);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test("the page has landmarks and one top-level heading", async () => {
  const { page, problems, context } = await openPage(site.browser, site.server.url);
  await page.getByRole("region", { name: "Articles", exact: true }).waitFor();
  assert.equal(await page.getByRole("main").count(), 1);
  assert.equal(await page.getByRole("navigation", { name: "Filters" }).count(), 1);
  assert.equal(await page.getByRole("region", { name: "Results" }).count(), 1);
  assert.equal(await page.getByRole("banner").count(), 1);
  assert.equal(await page.locator("h1").count(), 1);
  assert.equal(await page.title(), "factlens");
  assert.deepEqual(problems, []);
  await context.close();
});
