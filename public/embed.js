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
//
// An element shows a placeholder of a fixed height at once and loads factlens's script and wasm
// only when it comes within 800px of the window (IntersectionObserver), so a host page with an
// explorer far below the fold fetches none of it until the reader scrolls near; loading="eager"
// loads at once.
const here = new URL("./", import.meta.url).href;
let app;
/** Elements on the page so far: each names its landmarks after its place, "(explorer 2)". */
let count = 0;
/** factlens's script and wasm, fetched and started once for all elements. */
const start = () =>
  (app ??= import(new URL("./factlens-web.js", import.meta.url)).then(async (m) => {
    await m.default({ module_or_path: new URL("./factlens-web_bg.wasm", import.meta.url) });
    return m;
  }));
const near =
  typeof IntersectionObserver == "function" &&
  new IntersectionObserver(
    (entries) => entries.forEach((e) => e.isIntersecting && (near.unobserve(e.target), e.target.load())),
    { rootMargin: "800px 0px" },
  );

class FactlensExplorer extends HTMLElement {
  static observedAttributes = ["filters", "theme"];

  #container;
  #loading = false;

  connectedCallback() {
    if (!this.shadowRoot) this.#placeholder();
    if (this.#loading) return;
    if (this.getAttribute("loading") == "eager" || !near) this.load();
    else near.observe(this);
  }

  disconnectedCallback() {
    near && near.unobserve(this);
  }

  /** The shadow root with the stylesheet and a placeholder. */
  #placeholder() {
    const shadow = this.attachShadow({ mode: "open" });
    const style = document.createElement("link");
    style.rel = "stylesheet";
    style.href = new URL("./style.css", import.meta.url).href;
    // The placeholder: sized from the start (set through the CSSOM: a strict CSP forbids style
    // attributes), so that neither the stylesheet nor the explorer arriving moves what is above.
    const placeholder = document.createElement("p");
    placeholder.className = "fl-placeholder";
    placeholder.textContent = "factlens: facts from news articles, each tied to the words that support it. Loading…";
    placeholder.style.cssText = "min-height:var(--fl-placeholder-height,32rem);margin:0;padding:1rem;box-sizing:border-box";
    this.#container = document.createElement("div");
    this.#container.append(placeholder);
    // The end of the explorer's landmarks' names (their aria-labelledby lists fl-name): the
    // element's own label, else its place on the page.
    const name = document.createElement("span");
    name.id = "fl-name";
    name.hidden = true;
    const n = ++count;
    name.textContent = `(${this.getAttribute("aria-label") || "explorer " + n})`;
    shadow.append(style, name, this.#container);
  }

  /** Loads factlens (once for the page) and mounts this element's explorer. */
  async load() {
    if (this.#loading) return;
    this.#loading = true;
    const { mount_explorer } = await start();
    const container = this.#container;
    container.textContent = "";
    this.explorer = mount_explorer(container, this, this.#query(), here);
    const shadow = this.shadowRoot;
    // collection.js loads on first use, or at once when the element kept a person's articles
    // or shows a host's own (src=, a manifest or collection file at that URL).
    const load = () => import(new URL("./collection.js", import.meta.url));
    shadow.addEventListener("click", (e) => {
      const b = e.target.closest?.(".collection-bar button,[data-remove]");
      b && load().then((m) => m.click(b));
      // A fact's Copy link and Cite copy their text and say so beside them, as boot.js does on
      // the page (whose click listener sees no further than this shadow root's host).
      const c = e.target.closest?.("[data-copy]"), t = c?.dataset.copy, s = c?.parentNode.querySelector("[role=status]");
      c && navigator.clipboard.writeText(t).then(() => (s.textContent = "Copied"), () => (s.textContent = "Not copied: " + t));
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

// Printing: each element's list draws every card, not only those near the window, while it is
// marked "data-print" (as boot.js does on the page); the scroll makes the lists look again.
for (const [type, on] of [["beforeprint", true], ["afterprint", false]])
  addEventListener(type, () => {
    for (const e of document.querySelectorAll("factlens-explorer")) e.shadowRoot?.querySelector(".cards")?.toggleAttribute("data-print", on);
    dispatchEvent(new Event("scroll"));
  });
