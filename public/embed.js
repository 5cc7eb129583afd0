// factlens embed: one module script, then any number of elements:
//
//   <script type="module" src="https://FACTLENS-HOST/PATH/embed.js"></script>
//   <factlens-explorer filters="kind=unit" theme="auto"></factlens-explorer>
//
// Each element renders an explorer in its own shadow root with its own state, starting at the
// `filters` query string (the same parameters as the page URL). With src="URL" it shows the
// articles of the manifest (articles.toml) or collection file at that URL instead (see README). It dispatches `factlens` events
// whose `detail` is a protocol message ({factlens: 1, type: "state" | "select", …}), and has the
// methods setFilters(query) and open(factId). The scripts, the stylesheet and the wasm load from
// the factlens origin: a static host serving them to other origins must send CORS headers.
import init, { mount_explorer } from "./factlens-web.js";

const here = new URL("./", import.meta.url).href;
const ready = init({ module_or_path: new URL("./factlens-web_bg.wasm", import.meta.url) });

class FactlensExplorer extends HTMLElement {
  static observedAttributes = ["filters", "theme"];

  async connectedCallback() {
    if (this.shadowRoot) return;
    const shadow = this.attachShadow({ mode: "open" });
    const style = document.createElement("link");
    style.rel = "stylesheet";
    style.href = new URL("./style.css", import.meta.url).href;
    const container = document.createElement("div");
    shadow.append(style, container);
    await ready;
    this.explorer = mount_explorer(container, this, this.#query(), here);
    // collection.js loads on first use, or at once when the element kept a person's articles
    // or shows a host's own (src=, a manifest or collection file at that URL).
    const load = () => import(new URL("./collection.js", import.meta.url));
    shadow.addEventListener("click", (e) => {
      const b = e.target.closest?.(".collection-bar button,[data-remove]");
      b && load().then((m) => m.click(b));
    });
    const src = this.getAttribute("src");
    if (src) return load().then((m) => m.source(shadow, src));
    try {
      Object.keys(localStorage).some((k) => k.startsWith("factlens:kept:element")) && load().then((m) => m.restore(shadow));
    } catch {}
  }

  attributeChangedCallback() {
    this.explorer?.setQuery(this.#query());
  }

  /** Shows the view of a query string, as a host's set-filters message would. */
  setFilters(query) {
    return this.explorer?.command(JSON.stringify({ factlens: 1, type: "set-filters", query: String(query) })) ?? false;
  }

  /** Opens a fact's details, as a host's open message would. */
  open(fact) {
    return this.explorer?.command(JSON.stringify({ factlens: 1, type: "open", fact: String(fact) })) ?? false;
  }

  #query() {
    const filters = this.getAttribute("filters") ?? "";
    const theme = this.getAttribute("theme");
    const params = new URLSearchParams(filters);
    params.delete("embed");
    if (theme) params.set("theme", theme);
    return params.toString();
  }
}

if (!customElements.get("factlens-explorer")) customElements.define("factlens-explorer", FactlensExplorer);
