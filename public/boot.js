// Starts the factlens page. It is a file of its own, not an inline script, so the page runs under a
// strict Content-Security-Policy (script-src 'self' 'wasm-unsafe-eval').
import init, { start } from "./factlens-web.js";

// The prerendered view (src/prerender.rs) is painted before the wasm is compiled and the app
// started: their tasks would otherwise often run first and delay that paint (a trace shows it,
// docs/paint.md). So with the view on screen, nothing starts before the first frame has been
// drawn (its animation frame, then the task after it); the wasm's bytes are preloaded meanwhile.
// A hidden page (it draws no frames) and a URL with a state (no prerendered view) start at once.
const pre = document.getElementById("fl-pre");
const over = pre && !document.documentElement.classList.contains("fl-state");
// A press on its "Add articles" or "Export or import" meanwhile is handed to the app's at the swap.
let pressed;
over && pre.addEventListener("click", (e) => (pressed = e.target.closest?.(".collection-bar button")?.classList[0] ?? pressed));
if (over && document.visibilityState == "visible") await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
await init({ module_or_path: new URL("./factlens-web_bg.wasm", import.meta.url) });
// The prerendered view (src/prerender.rs) lies over the page while the app mounts beneath it (so
// the app measures its own place), and goes in the next frame, before that frame is painted, when
// the app has drawn its first screen of cards: one view on screen at every paint, never two. A URL
// with a state hid it (pre.js): it goes at once. While it lies over the app it is inert and hidden
// from assistive technology, so nothing reads or reaches two views; what follows does not wait for
// that frame (a background tab draws none until it is shown).
// What a reader did in it before the app came (a box ticked, a search typed, the focus, a button of
// the articles' bar pressed) is handed to the app's twin (its id without "pre-", the button of the
// same class), so nothing they gave is lost at the swap.
const focused = over && pre.contains(document.activeElement) && document.activeElement.id;
if (over) pre.classList.add("fl-over"), (pre.inert = true), pre.setAttribute("aria-hidden", "true");
else pre?.remove();
start();
const twin = (id) => document.getElementById(id.slice(4));
const hand = () => {
  for (const i of pre.querySelectorAll("input")) {
    const live = twin(i.id);
    if (i.type == "checkbox") i.checked != i.defaultChecked && live?.click();
    else if (i.value && live) (live.value = i.value), live.dispatchEvent(new Event("input", { bubbles: true }));
  }
  focused && twin(focused)?.focus();
  pre.remove();
  pressed && document.querySelector(`.collection-bar .${pressed}`)?.click();
};
if (over) requestAnimationFrame(hand);

// collection.js loads on first use, or at once when this page kept a person's articles.
// A [data-copy] button (a fact's Copy link and Cite) copies its text (empty: the page's address,
// the list's Copy link) and says so beside it ("Copied" for a few seconds: the list's view may
// change under it; a failure stays, with the text to copy by hand).
const load = () => import("./collection.js");
addEventListener("click", (e) => {
  const b = e.target.closest?.(".collection-bar button,[data-remove]");
  b && load().then((m) => m.click(b));
  const c = e.target.closest?.("[data-copy]");
  if (c) {
    const t = c.dataset.copy || location.href, s = c.parentNode.querySelector("[role=status]");
    const done = () => (s.textContent = "Copied"), gone = () => s.textContent == "Copied" && (s.textContent = "");
    navigator.clipboard.writeText(t).then(() => (done(), setTimeout(gone, 4e3)), () => (s.textContent = "Not copied: " + t));
  }
});
// ?src=URL: a host's own articles instead of the built-in ones.
const src = new URLSearchParams(location.search).get("src");
if (src) load().then((m) => m.source(document, src));
else try {
  Object.keys(localStorage).some((k) => k.startsWith("factlens:kept:")) && load().then((m) => m.restore(document));
} catch {}

// Printing: the result list draws every card, not only those near the window, while it is marked
// "data-print"; the scroll makes it look again.
for (const [type, on] of [["beforeprint", true], ["afterprint", false]])
  addEventListener(type, () => {
    document.querySelector(".cards")?.toggleAttribute("data-print", on);
    dispatchEvent(new Event("scroll"));
  });
