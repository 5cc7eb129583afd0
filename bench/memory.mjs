// Wasm memory over long use, in headless Chromium on the built site (dist/) over 127.0.0.1.
//
//   node bench/memory.mjs [RUNS]   prints JSON: for each run (a fresh browser context), the wasm
//                                  memory after 100 and after 2,000 changes of one facet value,
//                                  then after 1,000 back/forward steps through that history.
//
// The memory is the page's WebAssembly.Memory (captured as the module is instantiated); it only
// ever grows, so it is the high-water mark of the wasm heap. A change is one click on a facet's
// checkbox; the page is let settle (a macrotask) after each click and each history step.
import { launch, serve } from "../tests/browser/harness.mjs";

/** Captures the explorer's wasm memory as `window.__flMemory` when the module is instantiated. */
function captureMemory() {
  const keep = (result) => {
    const instance = result.instance ?? result;
    if (instance?.exports?.memory) window.__flMemory = instance.exports.memory;
    return result;
  };
  const streaming = WebAssembly.instantiateStreaming;
  const plain = WebAssembly.instantiate;
  WebAssembly.instantiateStreaming = (...args) => streaming.apply(WebAssembly, args).then(keep);
  WebAssembly.instantiate = (...args) => plain.apply(WebAssembly, args).then(keep);
}

/** `n` clicks on the first facet checkbox, then the memory in bytes. */
async function toggle(page, n) {
  return page.evaluate(async (n) => {
    const settle = () => new Promise((r) => setTimeout(r, 0));
    for (let i = 0; i < n; i++) {
      document.querySelector("nav.filters fieldset input[type=checkbox]").click();
      await settle();
    }
    return window.__flMemory.buffer.byteLength;
  }, n);
}

/** `n` history steps, back through the last ones and forward again, then the memory in bytes. */
async function steps(page, n) {
  return page.evaluate(async (n) => {
    const popped = () => new Promise((r) => addEventListener("popstate", () => setTimeout(r, 0), { once: true }));
    const span = 40; // Chromium keeps at most 50 entries of a tab's history
    for (let i = 0; i < n; i++) {
      const p = popped();
      if (Math.floor(i / span) % 2 === 0) history.back();
      else history.forward();
      await p;
    }
    return window.__flMemory.buffer.byteLength;
  }, n);
}

const runs = Number(process.argv[2] ?? 3);
const browser = await launch();
const site = await serve(process.env.DIST_DIR ?? undefined, process.env.DIST_DIR ? { headers: {} } : {});
const out = { runs: [] };
for (let r = 0; r < runs; r++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(captureMemory);
  const page = await context.newPage();
  await page.goto(site.url);
  await page.locator(".cards .card").first().waitFor({ timeout: 120000 });
  const start = await page.evaluate(() => window.__flMemory.buffer.byteLength);
  const t0 = Date.now();
  const after100 = await toggle(page, 100);
  const after2000 = await toggle(page, 1900);
  console.error(`memory run ${r + 1}: 2,000 changes in ${Math.round((Date.now() - t0) / 1000)} s; ${after100} B after 100, ${after2000} B after 2,000`);
  const afterSteps = await steps(page, 1000);
  const result = { start, after100, after2000, afterSteps, facts: await page.locator(".results .count").textContent() };
  out.runs.push(result);
  console.error(`memory run ${r + 1}: ${JSON.stringify(result)}`);
  await context.close();
}
await site.close();
await browser.close();
console.log(JSON.stringify(out, null, 1));
