// First paint of the page (issue 14), for bench/page.mjs: factlens against a static HTML copy of
// the same view, the view without JavaScript, a host page with an explorer below the fold, and one
// performance trace of a view the wasm draws (a URL with a state: no prerendered view).
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DIST, ROOT, serve, STRICT_CSP } from "../tests/browser/harness.mjs";

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/**
 * Runs in every page before its own scripts: in each frame (requestAnimationFrame) it looks for a
 * result card's title inside the window and visible; the frame that first has one paints it, and
 * the task after that frame's rendering (a timeout set in its animation-frame callback) gives the
 * time its text is on screen (the main thread has painted it; the same method for both pages).
 * (Element Timing would be exact, but Chromium reports only elements with the attribute from
 * their insertion, which neither the parser nor the app gives.)
 */
export function watchCardText() {
  window.__cardPaint = null;
  const look = () => {
    const a = document.querySelector(".cards .card h3 a");
    const r = a?.getBoundingClientRect();
    if (r && r.height > 0 && r.top < innerHeight && a.checkVisibility()) {
      window.__cardPrerendered = !!a.closest("#fl-pre"); // factlens: the prerendered view's text
      setTimeout(() => (window.__cardPaint = performance.now()));
    }
    else requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
}

/** One cold load (a new context): first contentful paint and the results' text first painted. */
async function paintOnce(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  await context.addInitScript(watchCardText);
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => window.__cardPaint !== null && performance.getEntriesByName("first-contentful-paint").length > 0, null, { timeout: 60000 });
  const r = await page.evaluate(() => ({ fcp: performance.getEntriesByName("first-contentful-paint")[0].startTime, text: window.__cardPaint, prerendered: window.__cardPrerendered }));
  await context.close();
  return r;
}

/** The live page's DOM after start, scripts and preloads removed: a static copy of its view. */
export async function staticCopy(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => !document.getElementById("fl-pre") && document.querySelector(".cards .card"));
  const html = await page.evaluate(() => "<!DOCTYPE html>" + document.documentElement.outerHTML);
  await context.close();
  return html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "").replace(/<link[^>]*rel="?(modulepreload|preload)"?[^>]*>/g, "");
}

/**
 * `loads` cold loads each of factlens and of a static copy of its first view, alternating, from
 * one server (the same headers, the strict CSP) over a copy of `site` (dist/).
 */
export async function firstPaints(browser, loads, site = DIST) {
  const dir = mkdtempSync(join(tmpdir(), "factlens-paint-"));
  cpSync(site, dir, { recursive: true });
  const server = await serve(dir, { headers: { "content-security-policy": STRICT_CSP, "access-control-allow-origin": "*" } });
  writeFileSync(join(dir, "static.html"), await staticCopy(browser, server.url));
  const runs = { factlens: [], static: [] };
  for (let i = 0; i < loads; i++) {
    runs.factlens.push(await paintOnce(browser, server.url));
    runs.static.push(await paintOnce(browser, server.url + "static.html"));
  }
  await server.close();
  rmSync(dir, { recursive: true, force: true });
  const summary = (rs) => ({ fcpMs: median(rs.map((r) => r.fcp)), textMs: median(rs.map((r) => r.text)), all: rs.map((r) => [Math.round(r.fcp), Math.round(r.text)]) });
  const f = summary(runs.factlens);
  const s = summary(runs.static);
  // How many of factlens's text measurements saw the prerendered view's card (not the app's).
  f.prerenderedText = runs.factlens.filter((r) => r.prerendered).length;
  return { loads, factlens: f, static: s, fcpRatio: f.fcpMs / s.fcpMs, textRatio: f.textMs / s.textMs };
}

/** The page with scripts disabled (CDP): the facts, quotes and article titles it shows. */
export async function withoutScripts(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setScriptExecutionDisabled", { value: true });
  await page.goto(url);
  const r = await page.evaluate(() => ({
    facts: document.querySelectorAll(".cards .card").length,
    quotes: [...document.querySelectorAll(".cards .card .quoted")].filter((q) => q.textContent.trim()).length,
    articles: document.querySelectorAll(".articles h3").length,
    total: document.querySelector(".results .count")?.textContent,
    saysJavaScript: /need JavaScript/.test(document.body.innerText),
  }));
  await context.close();
  return r;
}

/** A host page with an explorer 3,000 px below the fold: what it fetches before and after scrolling near. */
export async function hostBelowFold(browser, factlens, sizes) {
  const host = await serve(join(ROOT, "tests/browser/lazy"), { replace: { FACTLENS: factlens.origin }, headers: {} });
  const context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
  const page = await context.newPage();
  const fetched = [];
  page.on("requestfinished", (r) => r.url().startsWith(factlens.origin) && fetched.push(r.url()));
  await page.goto(host.url + "lazy.html", { waitUntil: "load" });
  await page.evaluate(() => new Promise((r) => setTimeout(r, 500)));
  const before = sizes([...fetched]);
  const start = Date.now();
  await page.evaluate(() => scrollTo(0, document.getElementById("below").offsetTop - innerHeight - 400));
  await page.locator("#below .cards .card").first().waitFor({ state: "attached", timeout: 60000 });
  const loadMs = Date.now() - start;
  const after = sizes([...fetched]);
  await context.close();
  await host.close();
  const list = (s) => ({ files: s.rows.map((r) => r.file), brotli: s.total.brotli });
  return { beforeScrolling: list(before), afterScrolling: list(after), scrolledToCardsMs: loadMs };
}

/**
 * One Chrome trace (DevTools protocol Tracing) of a load whose view the wasm draws: where the main
 * thread's time goes between the results in the DOM (the `factlens:first-results` mark, set in the
 * frame that first shows them) and the end of that frame's paint.
 */
export async function traceFirstPaint(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on("Tracing.dataCollected", (e) => events.push(...e.value));
  const complete = new Promise((r) => cdp.once("Tracing.tracingComplete", r));
  const categories = ["devtools.timeline", "disabled-by-default-devtools.timeline", "blink.user_timing", "loading", "v8.execute", "toplevel"];
  await cdp.send("Tracing.start", { traceConfig: { includedCategories: categories }, transferMode: "ReportEvents" });
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName("factlens:first-results").length > 0, null, { timeout: 60000 });
  await page.waitForFunction(() => performance.getEntriesByName("first-contentful-paint").length > 0);
  await cdp.send("Tracing.end");
  await complete;
  await context.close();
  const mark = events.find((e) => e.name === "factlens:first-results");
  const fcp = events.find((e) => e.name === "firstContentfulPaint");
  const nav = events.find((e) => e.name === "navigationStart" && e.pid === fcp?.pid);
  if (!mark || !fcp || !nav) return { error: "the trace lacks the mark or the first paint" };
  const onMain = (e) => e.pid === fcp.pid && e.tid === fcp.tid && e.ph === "X";
  // The frame that draws the results: its paint is the first on the main thread after the mark
  // (a URL with a state first paints a loading line, so the first contentful paint is earlier).
  const paint = events.filter((e) => onMain(e) && e.name === "Paint" && e.ts >= mark.ts).sort((a, b) => a.ts - b.ts)[0];
  if (!paint) return { error: "no paint after the mark" };
  const painted = paint.ts + paint.dur;
  const main = events.filter((e) => onMain(e) && e.ts < painted && e.ts + e.dur > mark.ts);
  const sum = (names) => main.filter((e) => names.includes(e.name)).reduce((t, e) => t + e.dur / 1000, 0);
  const busy = main.filter((e) => e.name === "RunTask").reduce((t, e) => t + e.dur / 1000, 0);
  return {
    markMs: (mark.ts - nav.ts) / 1000,
    paintedMs: (painted - nav.ts) / 1000,
    fcpMs: (fcp.ts - nav.ts) / 1000,
    styleMs: sum(["UpdateLayoutTree"]),
    layoutMs: sum(["Layout"]),
    paintMs: sum(["PrePaint", "Paint", "Layerize"]),
    scriptMs: sum(["EvaluateScript", "v8.callFunction", "FunctionCall"]),
    mainThreadBusyMs: busy,
  };
}
