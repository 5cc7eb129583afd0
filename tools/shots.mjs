// Screenshots of every view of the built explorer (dist/), for reviewing the layout by eye.
//
//   node tools/shots.mjs [OUT]     PNGs into OUT (default /work/shots), 44 files;
//                                  run `trunk build --release` first.
//
// The same harness as the browser tests (tests/browser/harness.mjs): dist/ served on 127.0.0.1
// under its strict CSP, Debian's Chromium headless through playwright-core. Each view is taken
// at 1280×900 and 390×844, in the light and the dark colour scheme (prefers-color-scheme), as
// the window shows it (the print stylesheet: the whole page). Files are named
// VIEW-WIDTH-SCHEME.png. The views: the list (default; filtered to officials of one article),
// an official's details, an event's details, the reader with a marked passage, the Add articles
// dialog, the print stylesheet (emulated print media; the list and the official, whole pages),
// the page with scripts disabled, and the demo host page (demo/, served from a second origin)
// scrolled to its iframe and to its two <factlens-explorer> elements. Prints each file written;
// exits 1 if a view failed. Not part of `make test`: the pictures are for a person to look at.
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { launch, ROOT, serve } from "../tests/browser/harness.mjs";

const OUT = process.argv[2] ?? "/work/shots";
const SIZES = [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
];
const SCHEMES = ["light", "dark"];

/** Waits for the explorer's view (list, details or reader) in `root` (a page or frame locator). */
const ready = (root) => root.locator(".results .count, .detail h2, .reader h2").first().waitFor();

/**
 * The views: `path` on the factlens site (or `host: true` for the demo host page), then `act`
 * brings the page to the view. `full` takes the whole page, `noScript` disables scripts.
 */
const VIEWS = [
  { name: "list", path: "" },
  { name: "list-filtered", path: "?kind=official&article=002" },
  { name: "official", path: "?open=official%2Fstephen-osborn" },
  {
    name: "event",
    path: "?kind=event",
    act: async (page) => {
      await page.locator(".cards .card h3 a").first().click();
      await page.locator(".detail h2").waitFor();
    },
  },
  {
    name: "reader",
    path: "",
    act: async (page) => {
      await page.locator(".cards .quote a").first().click();
      await page.locator("mark.passage").first().waitFor();
      await page.waitForTimeout(300);
    },
  },
  {
    name: "add-articles",
    path: "",
    act: async (page) => {
      await page.getByRole("button", { name: "Add articles" }).click();
      await page.getByRole("dialog", { name: "Add articles" }).getByLabel("Article text").waitFor();
    },
  },
  { name: "print-list", path: "", full: true, act: (page) => page.emulateMedia({ media: "print" }) },
  {
    name: "print-official",
    path: "?open=official%2Fstephen-osborn",
    full: true,
    act: (page) => page.emulateMedia({ media: "print" }),
  },
  { name: "no-js", path: "", noScript: true },
  {
    name: "host-iframe",
    host: true,
    act: async (page) => {
      await page.locator("#factlens-frame").scrollIntoViewIfNeeded();
      await ready(page.frameLocator("#factlens-frame"));
      await page.locator("#factlens-frame").evaluate((f) => f.scrollIntoView());
    },
  },
  {
    name: "host-elements",
    host: true,
    act: async (page) => {
      // (Each element loads when it comes near the window.)
      for (const id of ["#units", "#places"]) {
        await page.locator(id).scrollIntoViewIfNeeded();
        await ready(page.locator(id));
      }
      await page.locator("#elements-heading").evaluate((h) => h.scrollIntoView());
    },
  },
];

/** The demo host page from a second origin, as tests/browser/embed.test.mjs serves it. */
async function hostSite(factlens) {
  const untrusted = await serve(join(ROOT, "demo"), { headers: { "access-control-allow-origin": "*" } });
  const host = await serve(join(ROOT, "demo"), { replace: { FACTLENS: factlens.origin, UNTRUSTED: untrusted.origin } });
  return { ...host, close: () => Promise.all([host.close(), untrusted.close()]) };
}

/** Takes one view at one size and scheme into OUT. */
async function shoot(browser, url, view, viewport, colorScheme) {
  const context = await browser.newContext({ viewport, colorScheme });
  const page = await context.newPage();
  try {
    if (view.noScript) {
      const cdp = await context.newCDPSession(page);
      await cdp.send("Emulation.setScriptExecutionDisabled", { value: true });
      await page.goto(url);
    } else {
      await page.goto(url);
      if (!view.host) await ready(page);
    }
    await view.act?.(page);
    // Let the list measure its cards and fonts settle.
    await page.waitForTimeout(400);
    const file = join(OUT, `${view.name}-${viewport.width}-${colorScheme}.png`);
    await page.screenshot({ path: file, fullPage: Boolean(view.full) });
    console.log(file);
  } finally {
    await context.close();
  }
}

async function main() {
  await mkdir(OUT, { recursive: true });
  const factlens = await serve();
  const host = await hostSite(factlens);
  const browser = await launch();
  let failed = 0;
  try {
    for (const view of VIEWS) {
      const url = view.host ? host.url : `${factlens.url}${view.path}`;
      for (const viewport of SIZES) {
        for (const scheme of SCHEMES) {
          await shoot(browser, url, view, viewport, scheme).catch((e) => {
            failed++;
            console.error(`${view.name} ${viewport.width} ${scheme}: ${e.message}`);
          });
        }
      }
    }
  } finally {
    await browser.close();
    await Promise.all([factlens.close(), host.close()]);
  }
  process.exit(failed ? 1 : 0);
}

await main();
