// A host's own articles (issue 11 point 6): an element's src= and the iframe's ?src= load a
// manifest from a third origin, extract it in the worker and say where the articles came from; a
// failing src shows its message inside its element while the rest of the page works.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { join } from "node:path";
import { DIST, launch, openPage, ROOT, serve, STRICT_CSP } from "./harness.mjs";

const SOURCE_DIR = join(ROOT, "tests/browser/source");
let factlens;
let articles;
let host;
let browser;
let source;
before(async () => {
  // The articles' server: a third origin (a *.test name, which the browser maps to this machine)
  // that lets other sites read its files, as the README asks.
  articles = await serve(SOURCE_DIR, { headers: { "access-control-allow-origin": "*" } });
  source = articles.origin.replace("127.0.0.1", "news.test");
  // factlens under its strict policy, which must let its worker fetch the sources it shows.
  factlens = await serve(DIST, {
    headers: { "content-security-policy": `${STRICT_CSP}; connect-src 'self' http://news.test:*`, "access-control-allow-origin": "*" },
  });
  host = await serve(SOURCE_DIR, { replace: { FACTLENS: factlens.origin, SOURCE: source } });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await Promise.all([factlens?.close(), articles?.close(), host?.close()]);
});

/** Waits until `locator` matches nothing (the failed source's empty corpus replaces the original). */
async function none(locator) {
  for (let i = 0; i < 50 && (await locator.count()) > 0; i++) await new Promise((ok) => setTimeout(ok, 100));
  return locator.count();
}

/** Problems other than the missing source, which fails on purpose. */
const unexpected = (problems) => problems.filter((p) => !p.includes("missing.toml") && !p.includes("404"));

test("an element shows a third origin's articles with their origin; a failing src says why, the rest works", async () => {
  const { page, problems, context } = await openPage(browser, `${host.url}host.html`, { viewport: { width: 1300, height: 1000 } });
  const good = page.locator("#good");
  await good.locator(".source-origin", { hasText: `Articles from ${source}` }).waitFor();
  await good.locator(".cards .card", { hasText: "Harriet Quillfeather" }).first().waitFor();
  const cards = await good.locator(".cards .card").allInnerTexts();
  assert.ok(!cards.some((c) => c.includes("Stephen Osborn")), "only the source's articles");
  assert.equal(await good.getByRole("button", { name: "Add articles" }).isVisible(), false);

  const missing = page.locator("#missing .source-origin.problem");
  await missing.waitFor();
  const message = await missing.innerText();
  assert.match(message, /could not be loaded/);
  assert.match(message, /404/);
  assert.equal(await none(page.locator("#missing .cards .card")), 0, "no borrowed articles");

  // The element without src and the host's own page are untouched.
  await page.locator("#plain .cards .card").first().waitFor();
  assert.equal(await page.locator("#plain .source-origin").count(), 0);
  assert.equal(await page.locator("#host-heading").innerText(), "The host's page");
  assert.deepEqual(unexpected(problems), []);
  await context.close();
});

test("the iframe's ?src= shows the source's articles and origin, and keeps nothing", async () => {
  const { page, problems, context } = await openPage(browser, `${host.url}host.html`, { viewport: { width: 1300, height: 1000 } });
  const frame = page.frameLocator("#frame");
  await frame.locator(".source-origin", { hasText: `Articles from ${source}` }).waitFor();
  await frame.locator(".cards .card", { hasText: "Harriet Quillfeather" }).first().waitFor();
  assert.equal(await frame.locator(".ignored-notice, .notice").count(), 0, "src is not an unknown parameter");
  const kept = await frame.locator("body").evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("factlens:")));
  assert.deepEqual(kept, []);
  assert.deepEqual(unexpected(problems), []);
  await context.close();
});

test("an exported collection file at src= is shown with its origin", async () => {
  const { page, problems, context } = await openPage(browser, `${factlens.url}?src=${encodeURIComponent(`${source}/facts/collection.json`)}`);
  await page.locator(".source-origin", { hasText: `Articles from ${source}` }).waitFor();
  await page.locator(".cards .card", { hasText: "Oswin Marchbanks" }).first().waitFor();
  // A click keeps the source in the address, so a reload (or a copied link) shows the same articles.
  const official = page.getByRole("group", { name: "Kind", exact: true }).locator("li", { hasText: "official" });
  await official.getByRole("checkbox").check();
  await page.waitForFunction(() => new URL(location.href).searchParams.get("kind") === "official");
  assert.equal(new URL(page.url()).searchParams.get("src"), `${source}/facts/collection.json`);
  await page.reload();
  await page.locator(".cards .card", { hasText: "Oswin Marchbanks" }).first().waitFor();
  assert.equal(await page.getByRole("group", { name: "Kind", exact: true }).locator("li", { hasText: "official" }).getByRole("checkbox").isChecked(), true);
  assert.deepEqual(problems, []);
  await context.close();
});

test("a malformed manifest (a file outside its folder) gets a clear message", async () => {
  const { page, context } = await openPage(browser, `${factlens.url}?src=${encodeURIComponent(`${source}/facts/outside.toml`)}`);
  await page.locator(".source-origin.problem", { hasText: "outside" }).waitFor();
  assert.equal(await none(page.locator(".cards .card")), 0);
  await context.close();
});

test("a src that is not http or https, a web page or refused by CORS gets a clear message", async () => {
  const { page, context } = await openPage(browser, `${factlens.url}?src=${encodeURIComponent("data:text/plain,hello")}`);
  await page.locator(".source-origin.problem", { hasText: "only http and https" }).waitFor();
  await page.goto(`${factlens.url}?src=${encodeURIComponent(`${source}/host.html`)}`);
  await page.locator(".source-origin.problem", { hasText: "is a web page" }).waitFor();
  // The host's server sends no Access-Control-Allow-Origin: CORS refuses the read.
  await page.goto(`${factlens.url}?src=${encodeURIComponent(`${host.origin.replace("127.0.0.1", "news.test")}/facts/articles.toml`)}`);
  await page.locator(".source-origin.problem", { hasText: "(CORS)" }).waitFor();
  await context.close();
});

/**
 * A third origin whose sources are too big: a collection file that says (Content-Length) it is
 * 21 MiB, and a manifest whose files come without a length (chunked): one of 11 MiB, then one
 * that never ends, so the limit is met only while it is read. Readable by other sites (CORS).
 */
async function serveBigSources() {
  const MIB = 1024 * 1024;
  const chunk = Buffer.from("The 133rd Infantry Regiment returned to Waterloo on Monday. ".repeat(1024));
  const server = createServer((req, res) => {
    const cors = { "access-control-allow-origin": "*" };
    const path = new URL(req.url, "http://x").pathname;
    if (path === "/big/collection.json") {
      res.writeHead(200, { ...cors, "content-type": "application/json", "content-length": String(21 * MIB) });
      res.end(Buffer.alloc(21 * MIB, " "));
    } else if (path === "/big/articles.toml") {
      res.writeHead(200, { ...cors, "content-type": "text/plain" });
      res.end(["one", "two"].map((id) => `[[article]]\nid = "${id}"\nfile = "${id}.txt"\ntitle = "Part ${id}"\n`).join("\n"));
    } else if (path === "/big/one.txt") {
      res.writeHead(200, { ...cors, "content-type": "text/plain" });
      for (let sent = 0; sent < 11 * MIB; sent += chunk.length) res.write(chunk);
      res.end();
    } else if (path === "/big/two.txt") {
      // Never ends: only a reader that stops at the limit gets past it.
      res.writeHead(200, { ...cors, "content-type": "text/plain" });
      const more = () => {
        while (!res.destroyed && res.write(chunk));
        if (!res.destroyed) res.once("drain", more);
      };
      more();
    } else res.writeHead(404, cors).end();
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  return { origin: `http://big.test:${server.address().port}`, close: () => new Promise((ok) => server.close(ok)) };
}

test("a source over 20 MB is refused with a clear message, and the page keeps working", async () => {
  const big = await serveBigSources();
  try {
    const policy = `${STRICT_CSP}; connect-src 'self' http://news.test:* http://big.test:*`;
    const site = await serve(DIST, { headers: { "content-security-policy": policy, "access-control-allow-origin": "*" } });
    try {
      const { page, problems, context } = await openPage(browser, `${site.url}?src=${encodeURIComponent(`${big.origin}/big/collection.json`)}`);
      // Said to be too big: refused before its body is read.
      const said = page.locator(".source-origin.problem");
      await said.filter({ hasText: "larger than 20 MB" }).waitFor({ timeout: 30000 });
      assert.match(await said.innerText(), /could not be loaded: http:\/\/big\.test:\d+\/big\/collection\.json: the source is larger than 20 MB in all/);
      assert.equal(await none(page.locator(".cards .card")), 0, "no borrowed articles");
      // Found too big only while its files are read: the second one passes the limit, and its
      // reading stops there.
      await page.goto(`${site.url}?src=${encodeURIComponent(`${big.origin}/big/articles.toml`)}`);
      await said.filter({ hasText: "larger than 20 MB" }).waitFor({ timeout: 60000 });
      assert.match(await said.innerText(), /two\.txt: the source is larger than 20 MB in all/);
      // The page still works: its search answers, and the address follows.
      const search = page.getByRole("searchbox").first();
      await search.fill("anything");
      await page.waitForURL(/q=anything/);
      assert.equal(await said.isVisible(), true);
      // The only failed requests are the ones given up at the limit: the endless file's, always,
      // and the oversized collection's when its body was still arriving as it was refused (timing).
      const aborted = /^request failed: http:\/\/big\.test:\d+\/big\/(two\.txt|collection\.json) net::ERR_ABORTED$/;
      for (const p of problems) assert.match(p, aborted);
      assert.ok(problems.some((p) => p.includes("/big/two.txt")), `the endless file's reading was given up: ${problems.join("\n")}`);
      await context.close();
    } finally {
      await site.close();
    }
  } finally {
    await big.close();
  }
});
