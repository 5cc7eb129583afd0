// The hostile input catalogue (tests/hostile/catalogue.json): every entry in headless Chromium,
// under the strict CSP, without a console error; and a panic in the wasm leaves a usable notice.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DIST, launch, openPage, ROOT, serve } from "./harness.mjs";

const catalogue = JSON.parse(readFileSync(join(ROOT, "tests/hostile/catalogue.json"), "utf8"));
let site;
let hostile;
let dir;
let browser;
let allFacts;

before(async () => {
  site = await serve();
  // The hostile article, baked by the CLI and loaded into the same built page.
  dir = mkdtempSync(join(tmpdir(), "factlens-hostile-"));
  cpSync(DIST, dir, { recursive: true });
  // The CLI the build's prerender hook just made (a debug build); a release one only if it is newer
  // (an older CLI may bake an older format than this page reads).
  const cli = ["debug", "release"]
    .map((p) => join(ROOT, "target", p, "factlens"))
    .filter(existsSync)
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
  execFileSync(cli, ["bake", "--manifest", join(ROOT, "tests/hostile/articles.toml"), "--out", join(dir, "hostile.bin")]);
  writeFileSync(
    join(dir, "hostile.js"),
    `import init, { start_with_corpus } from "./factlens-web.js";
await init({ module_or_path: new URL("./factlens-web_bg.wasm", import.meta.url) });
start_with_corpus(new Uint8Array(await (await fetch("./hostile.bin")).arrayBuffer()));
`,
  );
  // The built page (minified or not) with hostile.js in place of boot.js, and without the
  // prerendered view of the built-in corpus (src/prerender.rs): this page shows another corpus.
  const built = readFileSync(join(dir, "index.html"), "utf8");
  const swapped = built.replace(/src="?boot\.js"?/, 'src="hostile.js"').replace(/<body>[\s\S]*<\/body>/, "<body></body>");
  assert.notEqual(swapped, built, "index.html loads boot.js");
  writeFileSync(join(dir, "hostile.html"), swapped);
  hostile = await serve(dir, { headers: () => ({ "content-security-policy": "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'" }) });
  browser = await launch();
  const { page, context } = await openPage(browser, site.url);
  await page.locator(".results .count").waitFor();
  allFacts = await page.locator(".results .count").innerText();
  await context.close();
});
after(async () => {
  await browser?.close();
  await site?.close();
  await hostile?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

// Every key an entry may have is an expectation this file checks; an unknown key fails, so no
// entry can state an expectation that is never checked.
const CHECKED = {
  url: new Set(["name", "query", "notice", "results", "search", "facts", "text", "chip"]),
  article: new Set(["name", "contains", "title", "outlet", "anchor"]),
};

test("every catalogue entry states only expectations this test checks", () => {
  for (const [part, keys] of Object.entries(CHECKED)) {
    for (const entry of catalogue[part]) {
      const unchecked = Object.keys(entry).filter((k) => !keys.has(k));
      assert.deepEqual(unchecked, [], `${part}: ${entry.name}`);
      const expectations = Object.keys(entry).filter((k) => k !== "name" && k !== "query");
      assert.ok(expectations.length > 0, `${part}: ${entry.name} expects something`);
    }
  }
});

function query(entry) {
  if (entry.query === "MANY300") return "?" + Array.from({ length: 300 }, (_, i) => `p${i}=${i}`).join("&");
  return entry.query.replace("LONG5000", "a".repeat(5000));
}

async function landed(page) {
  await page.locator("section.results, section.detail, section.reader").first().waitFor();
}

for (const entry of catalogue.url) {
  test(`URL: ${entry.name}`, async () => {
    const { page, problems, context } = await openPage(browser, site.url + query(entry));
    await landed(page);
    const notice = page.locator(".notice");
    if (entry.notice.length === 0) {
      assert.equal(await notice.count(), 0, "no notice");
    } else {
      const text = await notice.innerText();
      for (const word of entry.notice) assert.ok(text.includes(word), `notice says “${word}”: ${text}`);
      // Dismissed, it stays away.
      await notice.getByRole("button", { name: "Dismiss" }).click();
      assert.equal(await page.locator(".notice").count(), 0);
    }
    if (entry.results === "all") assert.equal(await page.locator(".results .count").innerText(), allFacts);
    if (entry.results?.kind) {
      const clean = await openPage(browser, site.url + "?" + entry.results.kind.map((k) => `kind=${k}`).join("&"));
      await clean.page.locator(".results .count").waitFor();
      assert.equal(await page.locator(".results .count").innerText(), await clean.page.locator(".results .count").innerText());
      await clean.context.close();
    }
    if (entry.search) assert.equal(await page.getByRole("searchbox").inputValue(), entry.search);
    if (entry.facts !== undefined) assert.equal(await page.locator(".results .count").innerText(), `${entry.facts} facts`);
    if (entry.text) await page.getByText(entry.text).first().waitFor();
    if (entry.chip) assert.ok((await page.locator(".chip").first().innerText()).includes(entry.chip));
    assert.equal(await page.evaluate(() => window.__pwned), undefined, "nothing ran");
    assert.deepEqual(problems, []);
    await context.close();
  });
}

for (const entry of catalogue.article) {
  test(`article: ${entry.name}`, async () => {
    const { page, problems, context } = await openPage(browser, hostile.url + "hostile.html?doc=h1");
    const reader = page.locator("section.reader");
    await reader.waitFor();
    if (entry.contains) assert.ok((await reader.locator(".article-text").innerText()).includes(entry.contains), entry.contains);
    if (entry.title) assert.ok((await reader.getByRole("heading", { level: 2 }).innerText()).includes(entry.title));
    if (entry.outlet) assert.ok((await reader.innerText()).includes(entry.outlet), `the outlet as text: ${entry.outlet}`);
    if (entry.anchor) {
      // A quote from the article leads back to a mark with exactly its text.
      await page.goto(hostile.url + "hostile.html?kind=official");
      const quote = page.locator(".cards .card blockquote").first();
      const quoted = await quote.locator(".quoted").innerText();
      await quote.getByRole("link").click();
      const mark = page.locator("mark.passage").first();
      await mark.waitFor();
      assert.equal(await mark.innerText(), quoted);
    }
    assert.equal(await page.locator(".article-text script, .article-text img, .article-text style, a[href^='javascript:']").count(), 0);
    assert.ok(await page.locator("body").isVisible(), "the article's <style> styles nothing");
    assert.equal(await page.evaluate(() => window.__pwned), undefined, "nothing ran");
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test("the hostile article's facts are still found", async () => {
  const { page, problems, context } = await openPage(browser, hostile.url + "hostile.html");
  await page.locator(".cards .card").first().waitFor();
  const titles = (await page.locator(".cards .card h3").allInnerTexts()).join("\n");
  for (const name of ["Jane Doe", "Marcus Bell", "Texas National Guard", "Camp Mabry", "Poland"]) assert.ok(titles.includes(name), name);
  assert.deepEqual(problems, []);
  await context.close();
});

test("a panic in the wasm is logged and leaves a notice with a way to reload", async () => {
  const { page, problems, context } = await openPage(browser, site.url + "?kind=unit");
  await page.locator(".cards .card").first().waitFor();
  await page.evaluate(async () => {
    const module = await import("./factlens-web.js");
    try {
      module.debug_panic();
    } catch {
      // The wasm traps after the panic hook has run.
    }
  });
  const notice = page.getByRole("alert");
  await notice.waitFor();
  assert.match(await notice.innerText(), /internal error/);
  const reload = notice.getByRole("link", { name: "Reload the page" });
  assert.equal(await reload.getAttribute("href"), page.url());
  assert.ok(problems.length > 0 && problems.every((p) => /panicked|debug_panic|unreachable|RuntimeError/.test(p)), problems.join("\n"));
  await reload.click();
  await page.locator(".cards .card").first().waitFor();
  assert.equal(await page.getByRole("alert").count(), 0);
  await context.close();
});
