// Embedding factlens in another site: an iframe and custom elements on a host page served from a
// second origin, factlens from a first, an untrusted frame from a third; every page under a strict
// Content-Security-Policy.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { axe, launch, openPage, ROOT, serve } from "./harness.mjs";

let factlens;
let host;
let untrusted;
let browser;
before(async () => {
  factlens = await serve();
  // CORS on its files, so that a sandboxed (origin "null") copy of its page can load its script.
  untrusted = await serve(join(ROOT, "demo"), { headers: { "content-security-policy": "default-src 'self'", "access-control-allow-origin": "*" } });
  host = await serve(join(ROOT, "demo"), {
    replace: { FACTLENS: factlens.origin, UNTRUSTED: untrusted.origin },
    headers: () => ({
      // The host's own strict policy, with the factlens origin added where embedding needs it, and
      // *.test frames (look-alike origins in the tests).
      "content-security-policy": [
        "default-src 'self'",
        `script-src 'self' ${factlens.origin} 'wasm-unsafe-eval'`,
        `style-src 'self' ${factlens.origin}`,
        `connect-src 'self' ${factlens.origin}`,
        `frame-src ${factlens.origin} ${untrusted.origin} http://*.test:*`,
        `img-src 'self' ${factlens.origin}`,
      ].join("; "),
    }),
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await Promise.all([factlens?.close(), host?.close(), untrusted?.close()]);
});

async function hostPage() {
  const opened = await openPage(browser, host.url, { viewport: { width: 1300, height: 1000 } });
  const frame = opened.page.frameLocator("#factlens-frame");
  await frame.locator(".cards .card").first().waitFor();
  return { ...opened, frame };
}

const frameCount = async (frame) => Number((await frame.locator(".results .count").innerText()).split(" ")[0]);

test("the iframe renders compactly, resizes to its content and reports its state", async () => {
  const { page, frame, problems, context } = await hostPage();
  assert.equal(await frame.locator(".site-header").isVisible(), false, "no page chrome");
  assert.ok(await frame.getByRole("button", { name: "Add articles" }).isVisible(), "scripts run: its buttons show");
  const kinds = await frame.locator(".cards .card .kind").allInnerTexts();
  assert.ok(kinds.length > 5 && kinds.every((k) => k.toLowerCase() === "official"), kinds.join(","));
  await page.waitForFunction(() => window.factlensMessages.some((m) => m.type === "resize"));
  const reported = await page.evaluate(() => window.factlensMessages.filter((m) => m.type === "resize").at(-1).height);
  const height = await page.locator("#factlens-frame").evaluate((f) => f.clientHeight);
  assert.ok(reported > 600 && Math.abs(height - Math.min(reported, 4000)) < 2, `frame ${height}px, reported ${reported}px`);
  await page.waitForFunction(() => window.factlensMessages.some((m) => m.type === "state"));
  const state = await page.evaluate(() => window.factlensMessages.find((m) => m.type === "state"));
  assert.deepEqual(state, { factlens: 1, type: "state", query: "kind=official" });
  // A host that starts listening late says hello and hears the state and height again.
  const heard = await page.evaluate(() => window.factlensMessages.length);
  await page.evaluate((origin) => {
    document.getElementById("factlens-frame").contentWindow.postMessage({ factlens: 1, type: "hello" }, origin);
  }, factlens.origin);
  await page.waitForFunction((n) => window.factlensMessages.length >= n + 2, heard);
  const again = await page.evaluate((n) => window.factlensMessages.slice(n).map((m) => m.type), heard);
  assert.deepEqual(again, ["state", "resize"]);
  assert.deepEqual(problems, []);
  await context.close();
});

test("set-filters and open messages from the host change the view; state and select come back", async () => {
  const { page, frame, problems, context } = await hostPage();
  await page.getByRole("button", { name: "Show units" }).click();
  await frame.locator(".card[data-kind='unit']").first().waitFor();
  const kinds = await frame.locator(".cards .card .kind").allInnerTexts();
  assert.ok(kinds.every((k) => k.toLowerCase() === "unit"), kinds.join(","));
  await page.waitForFunction(() => window.factlensMessages.some((m) => m.type === "state" && m.query === "kind=unit"));
  await page.getByRole("button", { name: "Open Stephen Osborn" }).click();
  await frame.getByRole("heading", { name: "Stephen Osborn", level: 2 }).waitFor();
  const select = await page.waitForFunction(() => window.factlensMessages.find((m) => m.type === "select"));
  assert.deepEqual(await select.jsonValue(), {
    factlens: 1,
    type: "select",
    fact: { id: "official/stephen-osborn", kind: "official", name: "Stephen Osborn" },
  });
  // A click inside the frame is reported too.
  await frame.getByRole("link", { name: "← All results" }).click();
  await page.waitForFunction(() => window.factlensMessages.filter((m) => m.type === "state").at(-1).query === "kind=unit");
  assert.deepEqual(problems, []);
  await context.close();
});

test("the iframe's height follows its content down as well as up; the element has no inner scroll box", async () => {
  const { page, frame, problems, context } = await hostPage();
  const lastHeight = () => page.evaluate(() => window.factlensMessages.filter((m) => m.type === "resize").at(-1)?.height ?? 0);
  await page.waitForFunction(() => window.factlensMessages.some((m) => m.type === "resize"));
  const tall = await lastHeight();
  // Few results: the frame shrinks to them.
  await page.evaluate((origin) => {
    document.getElementById("factlens-frame").contentWindow.postMessage({ factlens: 1, type: "set-filters", query: "kind=official&q=osborn" }, origin);
  }, factlens.origin);
  await frame.locator(".cards .card").first().waitFor();
  await page.waitForFunction((tall) => (window.factlensMessages.filter((m) => m.type === "resize").at(-1)?.height ?? tall) < tall - 200, tall);
  const short = await lastHeight();
  const content = await frame.locator(".fl-app").evaluate((app) => Math.ceil(app.getBoundingClientRect().height));
  assert.ok(Math.abs(short - content) <= 2, `reported ${short}px for ${content}px of content`);
  await page.waitForFunction((h) => Math.abs(document.getElementById("factlens-frame").clientHeight - Math.max(h, 200)) < 2, short);
  // And grows again.
  await page.getByRole("button", { name: "Show units" }).click();
  await page.waitForFunction((short) => (window.factlensMessages.filter((m) => m.type === "resize").at(-1)?.height ?? 0) > short + 200, short);
  // The element's explorer scrolls with its host page: nothing inside scrolls on its own.
  const inner = await page.locator("factlens-explorer").first().evaluate((el) =>
    [...el.shadowRoot.querySelectorAll("*")]
      .filter((e) => /(auto|scroll)/.test(getComputedStyle(e).overflowY) && e.scrollHeight > e.clientHeight + 1)
      .map((e) => e.className),
  );
  assert.deepEqual(inner, []);
  assert.deepEqual(problems, []);
  await context.close();
});

test("a message from an untrusted origin changes nothing and is counted", async () => {
  const { page, frame, problems, context } = await hostPage();
  const before = await frameCount(frame);
  const evil = page.frames().find((f) => f.url().startsWith(untrusted.origin));
  assert.ok(evil, "the untrusted frame loaded");
  assert.equal(await evil.evaluate(() => window.attack()), 2);
  await frame.locator(".fl-app[data-ignored-messages='2']").waitFor();
  assert.equal(await frameCount(frame), before);
  assert.equal(await frame.locator(".card[data-kind='place']").count(), 0);
  assert.equal(await frame.locator("section.detail").count(), 0);
  // Wrong shape, version and size from the trusted host are ignored too.
  await page.evaluate((origin) => {
    const f = document.getElementById("factlens-frame").contentWindow;
    f.postMessage({ factlens: 2, type: "set-filters", query: "kind=place" }, origin);
    f.postMessage({ factlens: 1, type: "set-filters", query: 42 }, origin);
    f.postMessage({ factlens: 1, type: "set-filters", query: "x".repeat(10000) }, origin);
    f.postMessage("kind=place", origin);
  }, factlens.origin);
  await frame.locator(".fl-app[data-ignored-messages='5']").waitFor();
  assert.equal(await frameCount(frame), before);
  assert.deepEqual(problems, []);
  await context.close();
});

test("two custom elements render their own results, with their own state, styles kept apart", async () => {
  const { page, problems, context } = await hostPage();
  const units = page.locator("#units");
  const places = page.locator("#places");
  await units.locator(".cards .card").first().waitFor();
  await places.locator(".cards .card").first().waitFor();
  const unitKinds = await units.locator(".cards .card .kind").allInnerTexts();
  // Each list draws the cards near the window: bring the places into it.
  await places.locator(".cards").scrollIntoViewIfNeeded();
  await page.waitForFunction(() => document.getElementById("places").shadowRoot.querySelectorAll(".cards .card").length > 10);
  const placeKinds = await places.locator(".cards .card .kind").allInnerTexts();
  assert.ok(unitKinds.length > 3 && unitKinds.every((k) => k.toLowerCase() === "unit"), unitKinds.join(","));
  assert.ok(placeKinds.length > 10 && placeKinds.every((k) => k.toLowerCase() === "place"), placeKinds.join(","));
  assert.equal(await places.locator(".fl-app").getAttribute("data-theme"), "dark");
  // Each has its own state: a search in one leaves the other alone, and the page's URL too.
  const placesBefore = await places.locator(".results .count").innerText();
  await units.getByRole("searchbox").fill("185th");
  await units.locator(".results .count", { hasText: /^1 fact/ }).waitFor();
  assert.equal(await places.locator(".results .count").innerText(), placesBefore);
  assert.equal(new URL(page.url()).search, "");
  // Events carry the protocol messages.
  await page.waitForFunction(() => JSON.parse(document.getElementById("units").dataset.lastMessage || "{}").query === "kind=unit&q=185th");
  // Host styles do not leak in (the host paints links red), nor the explorer's out (h3 at 3rem).
  const linkColor = await units.locator(".cards .card h3 a").first().evaluate((a) => getComputedStyle(a).color);
  assert.notEqual(linkColor, "rgb(204, 0, 0)");
  assert.equal(await page.locator("main > section > h3").first().evaluate((h) => getComputedStyle(h).fontSize), "48px");
  // The documented custom property themes it: --fl-accent on the element.
  assert.equal(linkColor, "rgb(139, 26, 26)");
  // The element's API: setFilters and open.
  await units.evaluate((el) => el.open("official/stephen-osborn"));
  await units.getByRole("heading", { name: "Stephen Osborn", level: 2 }).waitFor();
  // The fact's Copy link copies the factlens page's address of this view (not the host's).
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: host.origin });
  await units.getByRole("button", { name: "Copy link" }).click();
  await units.locator(".share [role=status]").filter({ hasText: "Copied" }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${factlens.url}?kind=unit&q=185th&open=official%2Fstephen-osborn`);
  // The list's Copy link would copy the host page's address: an element shows none.
  await units.getByRole("link", { name: "← All results" }).click();
  await units.locator(".results .count").waitFor();
  assert.equal(await units.locator(".results-bar").getByRole("button", { name: "Copy link" }).isVisible(), false);
  assert.deepEqual(problems, []);
  await context.close();
});

test("printing the host page prints every fact of each element's list, not only those drawn near the window", async () => {
  const { page, problems, context } = await hostPage();
  const places = page.locator("#places");
  await places.locator(".cards .card").first().waitFor();
  const total = Number((await places.locator(".results .count").innerText()).match(/\d+/)[0]);
  const drawn = () => places.locator(".cards .card").count();
  const before = await drawn();
  assert.ok(before < total, `the list draws only the cards near the window (${before} of ${total})`);
  await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
  await page.emulateMedia({ media: "print" });
  await page.waitForFunction((n) => document.getElementById("places").shadowRoot.querySelectorAll(".cards .card").length === n, total);
  const shown = await places.locator(".cards .card .quote").evaluateAll((els) => els.filter((e) => e.checkVisibility()).length);
  assert.equal(shown, total, "every card's quote is printed");
  await page.emulateMedia({ media: "screen" });
  await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
  await page.waitForFunction((n) => document.getElementById("places").shadowRoot.querySelectorAll(".cards .card").length < n, total);
  assert.deepEqual(problems, []);
  await context.close();
});

test("a panic in the wasm leaves a notice in every element's explorer; the iframe runs on", async () => {
  const { page, frame, problems, context } = await hostPage();
  for (const id of ["#units", "#places"]) await page.locator(id).locator(".cards .card").first().waitFor();
  await page.evaluate(async (origin) => {
    const module = await import(`${origin}/factlens-web.js`);
    try {
      module.debug_panic();
    } catch {
      // The wasm traps after the panic hook has run.
    }
  }, factlens.origin);
  for (const id of ["#units", "#places"]) {
    const notice = page.locator(id).getByRole("alert");
    await notice.waitFor();
    assert.match(await notice.innerText(), /internal error/);
    assert.equal(await notice.getByRole("link", { name: "Reload the page" }).getAttribute("href"), page.url());
  }
  // The iframe is another page with its own wasm: it still answers.
  await page.getByRole("button", { name: "Show units" }).click();
  await frame.locator(".card[data-kind='unit']").first().waitFor();
  assert.equal(await frame.getByRole("alert").count(), 0);
  assert.ok(problems.length > 0 && problems.every((p) => /panicked|debug_panic|unreachable|RuntimeError/.test(p)), problems.join("\n"));
  await context.close();
});

test("the factlens page itself works under the strict CSP with no console errors", async () => {
  const { page, problems, context } = await openPage(browser, factlens.url + "?kind=event&doc=001&at=0-10");
  await page.locator("mark.passage").first().waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

/** Adds a frame of untrusted.html at `src` to the host page (sandboxed if asked) and returns it,
 * once it has loaded: found by its element, not by polling the page's frames for its address. */
async function addAttacker(page, src, sandbox) {
  const element = await page.evaluateHandle(([src, sandbox]) => {
    const frame = document.createElement("iframe");
    if (sandbox) frame.setAttribute("sandbox", "allow-scripts");
    frame.title = "another untrusted frame";
    const loaded = new Promise((ok) => frame.addEventListener("load", () => ok(frame), { once: true }));
    frame.src = src;
    document.body.append(frame);
    return loaded;
  }, [src, sandbox]);
  const attacker = await element.asElement().contentFrame();
  assert.ok(attacker, `loaded ${src}`);
  assert.equal(attacker.url(), src);
  await attacker.waitForFunction(() => typeof window.attack === "function");
  assert.equal(await attacker.evaluate(() => self.origin), sandbox ? "null" : new URL(src).origin);
  return attacker;
}

test("look-alike, other-port and sandboxed (null) origins are ignored", async () => {
  const { page, frame, problems, context } = await hostPage();
  const before = await frameCount(frame);
  const hostPort = new URL(host.url).port;
  const cases = [
    // The host's own host name with a suffix, on the host's own port: only the name differs.
    [`http://127.0.0.1.evil.test:${hostPort}/untrusted.html`, false],
    // The host's host name on another port.
    [`${untrusted.origin}/untrusted.html?port`, false],
    // A sandboxed frame: its origin is "null".
    [`${untrusted.origin}/untrusted.html?sandboxed`, true],
  ];
  let ignored = 0;
  for (const [src, sandbox] of cases) {
    const attacker = await addAttacker(page, src, sandbox);
    ignored += await attacker.evaluate(() => window.attack());
    await frame.locator(`.fl-app[data-ignored-messages='${ignored}']`).waitFor();
  }
  assert.equal(await frameCount(frame), before);
  assert.equal(await frame.locator(".card[data-kind='place']").count(), 0);
  assert.equal(await frame.locator("section.detail").count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test("an origin named in host= may drive the iframe", async () => {
  const { page, frame, problems, context } = await hostPage();
  const trusted = encodeURIComponent(untrusted.origin);
  await page.waitForFunction(() => window.factlensMessages.some((m) => m.type === "state"));
  const heard = await page.evaluate(() => window.factlensMessages.length);
  await page.locator("#factlens-frame").evaluate((f, src) => (f.src = src), `${factlens.origin}/?embed=1&kind=official&host=${trusted}`);
  // The new document, not the old one, is drawn and listening: it has sent its first state.
  await page.waitForFunction((n) => window.factlensMessages.slice(n).some((m) => m.type === "state"), heard);
  await frame.locator(".cards .card").first().waitFor();
  const evil = page.frames().find((f) => f.url().startsWith(untrusted.origin));
  await evil.evaluate(() => window.attack());
  await frame.getByRole("heading", { name: "Kosovo", level: 2 }).waitFor();
  assert.equal(await frame.locator(".fl-app").getAttribute("data-ignored-messages"), null);
  assert.deepEqual(problems, []);
  await context.close();
});

test("axe-core finds no violations in the iframe's views, light and dark, desktop and phone", async () => {
  for (const viewport of [{ width: 1280, height: 900 }, { width: 390, height: 844 }]) {
    for (const colorScheme of ["light", "dark"]) {
      const where = `${colorScheme}, ${viewport.width}px`;
      // axe-core is injected as an inline script, which the strict CSPs forbid: bypass them here only.
      const { page, problems, context } = await openPage(browser, host.url, { viewport, colorScheme, bypassCSP: true });
      const framed = page.frameLocator("#factlens-frame");
      // (The frame loads lazily: it is scrolled to.)
      await page.locator("#factlens-frame").scrollIntoViewIfNeeded();
      await framed.locator(".cards .card").first().waitFor();
      const frame = page.frames().find((f) => f.url().includes("embed=1"));
      assert.deepEqual(await axe(frame), [], `the iframe's list, ${where}`);
      await framed.locator(".cards .card h3 a").first().press("Enter");
      await framed.locator(".detail h2").waitFor();
      assert.deepEqual(await axe(frame), [], `the iframe's details, ${where}`);
      await framed.locator(".detail .quote a").first().press("Enter");
      await framed.locator("mark.passage").first().waitFor();
      assert.deepEqual(await axe(frame), [], `the iframe's reader, ${where}`);
      assert.deepEqual(problems, []);
      await context.close();
    }
  }
});

test("axe-core finds no violations on a host page with two elements, in their list, details and reader, light and dark, desktop and phone", async () => {
  for (const viewport of [{ width: 1280, height: 900 }, { width: 390, height: 844 }]) {
    for (const colorScheme of ["light", "dark"]) {
      const where = `${colorScheme}, ${viewport.width}px`;
      // axe-core is injected as an inline script, which the strict CSPs forbid: bypass them here only.
      const { page, problems, context } = await openPage(browser, host.url, { viewport, colorScheme, bypassCSP: true });
      const elements = [page.locator("#units"), page.locator("#places")];
      for (const element of elements) {
        // (An element loads when it comes near the window.)
        await element.scrollIntoViewIfNeeded();
        await element.locator(".cards .card").first().waitFor();
      }
      // The whole host page with both explorers; its frames are tested on their own (above).
      const check = async (view) => assert.deepEqual(await axe(page, undefined, "iframe"), [], `${view} in both elements, ${where}`);
      await check("the list");
      // Follows `link` until `opened` shows. The first element's list, scrolled past, draws only its
      // last line; under load (CI) the scroll back to it can be seen between focusing that line's
      // link and pressing Enter: the lines above are drawn before it, and tachys's keyed diff then
      // moves the focused row in the DOM (it moves a kept row that more than one new row precedes),
      // which blurs it. The key reaches no link and is pressed again (at most three times).
      const follow = async (link, opened) => {
        for (let tries = 1; tries < 3; tries++) {
          await link.press("Enter");
          if (await opened.waitFor({ timeout: 10_000 }).then(() => true, () => false)) return;
        }
        await link.press("Enter");
        await opened.waitFor();
      };
      for (const element of elements) {
        await follow(element.locator(".cards .card h3 a").first(), element.locator(".detail h2"));
      }
      await check("a fact's details");
      for (const element of elements) {
        await follow(element.locator(".detail .quote a").first(), element.locator("mark.passage").first());
      }
      await check("the reader");
      // Each element's landmarks are named apart from the other's.
      assert.equal(await page.getByRole("navigation", { name: "Filters (explorer 1)" }).count(), 1);
      assert.equal(await page.getByRole("navigation", { name: "Filters (explorer 2)" }).count(), 1);
      assert.equal(await page.getByRole("main").count(), 1, "the host's main alone");
      assert.deepEqual(problems, []);
      await context.close();
    }
  }
});
