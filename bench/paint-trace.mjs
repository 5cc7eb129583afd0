// Where the first paint's time goes (issue 14): Chrome performance traces (DevTools protocol
// `Tracing`, the devtools.timeline categories) of cold loads of factlens and of the static HTML
// copy of its first view (bench/paint.mjs), served the same way, alternating.
//
//   node bench/paint-trace.mjs [loads=3] [site=dist]   prints, per page and load, and as medians: first
//                                          contentful paint, the results' text on screen as
//                                          bench/paint.mjs measures it, the main thread's time
//                                          by event (self time) before the first paint and
//                                          between it and the text measurement, the long tasks,
//                                          and when each file was requested and finished.
//
// A trace slows the page down: its figures say where the time goes, bench/paint.mjs says how much.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DIST, launch, serve, STRICT_CSP } from "../tests/browser/harness.mjs";
import { staticCopy, watchCardText } from "./paint.mjs";

const CATEGORIES = [
  "devtools.timeline",
  "disabled-by-default-devtools.timeline",
  "disabled-by-default-devtools.timeline.frame",
  "blink.user_timing",
  "loading",
  "v8.execute",
  "v8",
  "v8.wasm",
  "toplevel",
];

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const round = (x) => Math.round(x * 10) / 10;

/** One cold load, traced: the trace's events and the page's own text measurement. */
async function traced(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  await context.addInitScript(watchCardText);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on("Tracing.dataCollected", (e) => events.push(...e.value));
  const complete = new Promise((r) => cdp.once("Tracing.tracingComplete", r));
  await cdp.send("Tracing.start", { traceConfig: { includedCategories: CATEGORIES }, transferMode: "ReportEvents" });
  await page.goto(url);
  await page.waitForFunction(() => window.__cardPaint !== null && performance.getEntriesByName("first-contentful-paint").length > 0, null, { timeout: 60000 });
  // A little after, so that the frames around the measurement are in the trace.
  await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
  const text = await page.evaluate(() => window.__cardPaint);
  await cdp.send("Tracing.end");
  await complete;
  await context.close();
  return { events, text };
}

/** Self time of each event name on one thread within [from, to] (µs in, ms out). */
function selfTimes(thread, from, to) {
  const xs = thread.filter((e) => e.ph === "X" && e.ts < to && e.ts + (e.dur ?? 0) > from).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const self = new Map();
  const stack = [];
  const clip = (e) => Math.min(e.ts + e.dur, to) - Math.max(e.ts, from);
  for (const e of xs) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    const parent = stack.at(-1);
    const name = label(e);
    self.set(name, (self.get(name) ?? 0) + clip(e));
    if (parent) self.set(label(parent), self.get(label(parent)) - clip(e));
    stack.push(e);
  }
  return Object.fromEntries([...self].filter(([, v]) => v >= 500).sort((a, b) => b[1] - a[1]).map(([k, v]) => [k, round(v / 1000)]));
}

/** An event's name, with the file for script evaluation and compilation. */
function label(e) {
  const url = e.args?.data?.url ?? e.args?.fileName ?? e.args?.data?.fileName;
  return url ? `${e.name} ${url.split("/").pop() || "index.html"}` : e.name;
}

/** What one traced load shows: times from navigation start, in ms. */
function analyse({ events, text }) {
  const fcp = events.find((e) => e.name === "firstContentfulPaint");
  const nav = events.find((e) => e.name === "navigationStart" && e.pid === fcp.pid && e.args?.frame === fcp.args?.frame);
  const main = events.filter((e) => e.pid === fcp.pid && e.tid === fcp.tid);
  const at = (ts) => round((ts - nav.ts) / 1000);
  const textTs = nav.ts + text * 1000;
  const files = {};
  const byId = {};
  for (const e of events.filter((e) => e.pid === fcp.pid && e.name.startsWith("Resource"))) {
    const d = e.args?.data ?? {};
    if (e.name === "ResourceSendRequest") byId[d.requestId] = (files[d.url.split("/").pop() || "index.html"] = { requested: at(e.ts), priority: d.priority });
    else if (e.name === "ResourceReceiveResponse" && byId[d.requestId]) byId[d.requestId].response = at(e.ts);
    else if (e.name === "ResourceFinish" && byId[d.requestId]) byId[d.requestId].finished = at(e.ts);
  }
  const paints = main.filter((e) => e.name === "Paint" && e.ph === "X" && e.ts > nav.ts && e.ts < textTs + 50000).map((e) => at(e.ts + e.dur));
  const longTasks = main
    .filter((e) => e.name === "RunTask" && e.ph === "X" && e.dur > 8000 && e.ts > nav.ts && e.ts < textTs + 50000)
    .map((t) => {
      const inner = selfTimes(main, t.ts, t.ts + t.dur);
      return { at: at(t.ts), ms: round(t.dur / 1000), top: Object.entries(inner).slice(0, 3).map(([k, v]) => `${k} ${v}`).join(", ") };
    });
  const firstPaint = main.find((e) => e.name === "Paint" && e.ph === "X" && e.ts > nav.ts);
  const script = (file) => main.find((e) => e.ph === "X" && /EvaluateScript|v8.run/.test(e.name) && label(e).endsWith(` ${file}`));
  const parsed = main.filter((e) => e.name === "ParseHTML" && e.ph === "X" && e.ts < firstPaint.ts).at(-1);
  // The wasm's compilation and instantiation and the app's start (boot.js, factlens-web.js).
  const app = (from, to) => round(Object.entries(selfTimes(main, from, to)).filter(([k]) => /wasm|RunMicrotasks|factlens-web|boot/.test(k)).reduce((t, [, v]) => t + v, 0));
  return {
    milestones: {
      cssFinished: files["style.css"]?.finished,
      preJsFinished: files["pre.js"]?.finished,
      preJsRun: script("pre.js") && at(script("pre.js").ts),
      lastParseBeforePaint: parsed && at(parsed.ts + parsed.dur),
      firstPaintEnd: at(firstPaint.ts + firstPaint.dur),
      appBeforePaintMs: app(nav.ts, firstPaint.ts),
      appFromPaintToTextMs: app(firstPaint.ts + firstPaint.dur, textTs),
    },
    fcpMs: at(fcp.ts),
    textMs: round(text),
    paintsMs: paints,
    beforeFcp: selfTimes(main, nav.ts, fcp.ts),
    fcpToText: selfTimes(main, fcp.ts, textTs),
    longTasks,
    files,
  };
}

const loads = Number(process.argv[2] ?? 3);
const browser = await launch();
const dir = mkdtempSync(join(tmpdir(), "factlens-trace-"));
cpSync(process.argv[3] ?? DIST, dir, { recursive: true });
const server = await serve(dir, { headers: { "content-security-policy": STRICT_CSP, "access-control-allow-origin": "*" } });
writeFileSync(join(dir, "static.html"), await staticCopy(browser, server.url));
const out = { factlens: [], static: [] };
for (let i = 0; i < loads; i++) {
  out.factlens.push(analyse(await traced(browser, server.url)));
  out.static.push(analyse(await traced(browser, server.url + "static.html")));
}
await server.close();
await browser.close();
rmSync(dir, { recursive: true, force: true });
for (const [name, rs] of Object.entries(out)) {
  console.log(`== ${name}: FCP median ${median(rs.map((r) => r.fcpMs))} ms, text median ${median(rs.map((r) => r.textMs))} ms (${loads} traced loads)`);
  const keys = Object.keys(rs[0].milestones).filter((k) => rs.every((r) => r.milestones[k] !== undefined));
  console.log("medians: " + keys.map((k) => `${k} ${median(rs.map((r) => r.milestones[k]))}`).join(", "));
  const loadsWith = (k) => rs.filter((r) => r.milestones[k] > 1).length;
  if (rs[0].milestones.preJsFinished !== undefined) console.log(`loads with the app's work before the first paint: ${loadsWith("appBeforePaintMs")}, between it and the text measurement: ${loadsWith("appFromPaintToTextMs")}; pre.js after the stylesheet: ${rs.filter((r) => r.milestones.preJsFinished > r.milestones.cssFinished).length}`);
  for (const r of rs) console.log(process.env.BRIEF ? JSON.stringify({ fcpMs: r.fcpMs, textMs: r.textMs, ...r.milestones }) : JSON.stringify(r, null, 1));
}
