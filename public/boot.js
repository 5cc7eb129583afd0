// Starts the factlens page. It is a file of its own, not an inline script, so the page runs under a
// strict Content-Security-Policy (script-src 'self' 'wasm-unsafe-eval').
import init, { start } from "./factlens-web.js";

await init({ module_or_path: new URL("./factlens-web_bg.wasm", import.meta.url) });
start();

// collection.js loads on first use, or at once when this page kept a person's articles.
const load = () => import("./collection.js");
addEventListener("click", (e) => {
  const b = e.target.closest?.(".collection-bar button,[data-remove]");
  b && load().then((m) => m.click(b));
});
// ?src=URL: a host's own articles instead of the built-in ones.
const src = new URLSearchParams(location.search).get("src");
if (src) load().then((m) => m.source(document, src));
else try {
  Object.keys(localStorage).some((k) => k.startsWith("factlens:kept:")) && load().then((m) => m.restore(document));
} catch {}
