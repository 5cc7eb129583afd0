// Starts the factlens page. It is a file of its own, not an inline script, so the page runs under a
// strict Content-Security-Policy (script-src 'self' 'wasm-unsafe-eval').
import init, { start } from "./factlens-web.js";

await init({ module_or_path: new URL("./factlens-web_bg.wasm", import.meta.url) });
start();
