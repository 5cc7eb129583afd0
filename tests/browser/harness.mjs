// Shared helpers for the browser tests: a static server for dist/ on 127.0.0.1 and Debian's
// headless Chromium driven by playwright-core (no browser download).
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { after, before } from "node:test";
import { createRequire } from "node:module";
import { chromium } from "playwright-core";

export const ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));
export const DIST = join(ROOT, "dist");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".txt": "text/plain; charset=utf-8",
  ".toml": "text/plain; charset=utf-8",
  ".json": "application/json",
};

/** The Content-Security-Policy factlens must work under (issue: no inline script, no eval). */
export const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

/**
 * Serves `dir` on 127.0.0.1 at a free port. `headers` are added to every response (a function of
 * the server's own origin, or an object); in HTML files, `{{KEY}}` becomes `replace[KEY]`.
 * The factlens site (the default) is served as a static host should: the strict CSP on pages and
 * CORS on every file, so other sites can load the embed.
 */
export async function serve(dir = DIST, { headers, replace = {} } = {}) {
  headers ??= dir === DIST ? () => ({ "content-security-policy": STRICT_CSP, "access-control-allow-origin": "*" }) : {};
  let origin = "";
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      let body = await readFile(file);
      if (extname(file) === ".html") {
        body = body.toString("utf8").replace(/\{\{(\w+)\}\}/g, (m, key) => replace[key] ?? m);
      }
      const extra = typeof headers === "function" ? headers(origin) : headers;
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", ...extra });
      res.end(body);
    } catch {
      // With the same headers as a file: a source's 404 is readable across origins (CORS).
      const extra = typeof headers === "function" ? headers(origin) : headers;
      res.writeHead(404, { "content-type": "text/plain", ...extra }).end("not found");
    }
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  origin = `http://127.0.0.1:${server.address().port}`;
  const url = `${origin}/`;
  return { url, origin, close: () => new Promise((ok) => server.close(ok)) };
}

/** Starts Debian's Chromium headless with the flags this closed network needs. */
export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-quic",
      "--no-first-run",
      // Any *.test host name is this machine: lets tests serve look-alike origins.
      "--host-resolver-rules=MAP *.test 127.0.0.1",
    ],
  });
}

/**
 * Opens a new page and records every console error, uncaught exception and failed request,
 * so a test can assert that there were none; with a `url`, returns once the app has taken over from
 * the prerendered view.
 */
export async function openPage(browser, url, { viewport = { width: 1200, height: 900 }, colorScheme = "light", bypassCSP = false } = {}) {
  const context = await browser.newContext({ viewport, colorScheme, bypassCSP });
  const page = await context.newPage();
  const problems = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") problems.push(`console error: ${msg.text()}`);
  });
  page.on("pageerror", (err) => problems.push(`uncaught: ${err.message}`));
  page.on("requestfailed", (req) => {
    // A navigation (a reload, a goto) aborts the browser's own favicon fetch if it is still under way.
    const navigatedAway = req.failure()?.errorText === "net::ERR_ABORTED" && new URL(req.url()).pathname.endsWith("/favicon.svg");
    if (!navigatedAway) problems.push(`request failed: ${req.url()} ${req.failure()?.errorText}`);
  });
  page.on("response", (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  if (url) {
    await page.goto(url);
    // The app has taken over from the prerendered view (boot.js removes #fl-pre after the app's first
    // frame): until then both are in the page, and a test would find two of everything.
    await page.waitForFunction(() => !document.getElementById("fl-pre"));
  }
  return { page, context, problems };
}

/** The articles listed in the baked manifest, read the simple way (one key per line). */
export async function manifestArticles() {
  const toml = await readFile(join(ROOT, "public/articles/articles.toml"), "utf8");
  return toml
    .split("[[article]]")
    .slice(1)
    .map((block) => {
      const get = (key) => block.match(new RegExp(`^${key}\\s*=\\s*"([^"]*)"`, "m"))?.[1];
      return { id: get("id"), title: get("title"), outlet: get("outlet"), published: get("published") };
    });
}

/**
 * For a test file: serves dist/ and starts Chromium before its tests, closes both after them.
 * The returned object's `server` and `browser` are set once the tests run.
 */
export function useSite() {
  const site = {};
  before(async () => {
    site.server = await serve();
    site.browser = await launch();
  });
  after(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}

/**
 * dist/ under the strict CSP, allowed to fetch the test articles of tests/browser/source, which a
 * second origin serves (as a host's own articles are, `?src=`). `src` is the query parameter that
 * loads `manifest` (a path under tests/browser/source).
 */
export async function serveWithSource(manifest = "facts/linked.toml") {
  const articles = await serve(join(ROOT, "tests/browser/source"), { headers: { "access-control-allow-origin": "*" } });
  const factlens = await serve(DIST, {
    headers: { "content-security-policy": `${STRICT_CSP}; connect-src 'self' ${articles.origin}`, "access-control-allow-origin": "*" },
  });
  const src = `src=${encodeURIComponent(`${articles.origin}/${manifest}`)}`;
  return { ...factlens, src, close: () => Promise.all([articles.close(), factlens.close()]) };
}

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

/**
 * axe-core's violations in a page or frame (within the elements matching `include`, with their
 * shadow roots, when given; else the whole document but for what matches `exclude`, e.g. frames
 * tested on their own), and what it could not decide (its "incomplete" results, such as an
 * aria-label where it may be prohibited) but for colour contrast where it cannot compute the
 * background: the timeline's SVG text, and clamped card text whose boxes run under the next line
 * (the same colours are decided on the other cards). axe-core is injected as an inline script,
 * which the strict CSP forbids: open the page with `bypassCSP`.
 */
export async function axe(target, include, exclude) {
  await target.addScriptTag({ path: AXE });
  return target.evaluate(async ([include, exclude]) => {
    const context = include ? { include: [include] } : exclude ? { exclude: [exclude] } : document;
    // eslint-disable-next-line no-undef
    const r = await axe.run(context, { resultTypes: ["violations", "incomplete"] });
    const undecided = r.incomplete.filter((v) => v.id !== "color-contrast");
    return [...r.violations, ...undecided].map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`);
  }, [include, exclude]);
}
