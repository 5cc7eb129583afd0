// factlens: a person's own articles, page side. Not part of the first page load: boot.js and
// embed.js import it on the first click on "Add articles" or "Remove", or at once when this
// explorer kept a collection before (the localStorage flag factlens:kept:KEY).
//
// It draws the "Add articles" dialog and the collection's bar (outcomes, progress with Cancel,
// storage trouble, undo, restore, export, import) with DOM calls that set text only, never HTML,
// and drives the worker (crates/worker, factlens-worker.js), which does everything that decides
// anything, with the core. Messages both ways are arrays [json, payload]. The corpus the worker
// extracts is shown with the wasm's show_corpus(key, bytes).
import { original_corpus, show_corpus } from "./factlens-web.js";

const base = new URL("./", import.meta.url).href;
const sessions = new WeakMap();
const flag = (key) => `factlens:kept:${key}`;

/** Reads or writes localStorage, which may be refused (then nothing is restored on load). */
function kept(key, value) {
  try {
    if (value === undefined) return localStorage.getItem(flag(key)) !== null;
    if (value) localStorage.setItem(flag(key), "1");
    else localStorage.removeItem(flag(key));
  } catch {
    return false;
  }
}

/** An element with attributes (on* never) and children (strings become text). */
function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) node.setAttribute(name, "");
    else if (value !== false && value != null) node.setAttribute(name, value);
  }
  node.append(...children.filter((c) => c != null));
  return node;
}

/** The collection bar of the explorer around `node`. */
function barOf(node) {
  return node.closest(".fl-app")?.querySelector(".collection-bar");
}

/** The session of an explorer's bar, started on first use. */
function session(bar) {
  let s = sessions.get(bar);
  if (!s) sessions.set(bar, (s = new Session(bar)));
  return s;
}

/** A click on "Add articles" or on an article's "Remove". */
export function click(button) {
  const bar = barOf(button);
  if (!bar) return;
  const s = session(bar);
  if (button.classList.contains("add-articles")) s.open();
  else if (button.classList.contains("export-import")) s.toggleExports(button);
  else if (button.dataset.remove != null) s.send({ type: "remove", id: button.dataset.remove });
}

/**
 * Shows a host's own articles in the explorer in `root`: the manifest or collection file at `src`
 * (an element's src=, the iframe's ?src=), which the worker fetches, checks and extracts. The
 * bar says where they came from, or why they could not be loaded. Nothing of it is kept.
 */
export function source(root, src) {
  const bar = root.querySelector(".collection-bar");
  if (!bar) return;
  let url = src;
  try {
    url = new URL(src, document.baseURI).href;
  } catch {}
  const s = session(bar);
  s.origin = el("p", { class: "source-origin", role: "status" }, `Loading articles from ${url}…`);
  for (const b of bar.querySelectorAll(":scope > button")) b.hidden = true;
  bar.prepend(s.origin);
  s.connect({ type: "source", key: s.key, src: url });
}

/** Restores the collection an explorer kept, if it kept one. */
export function restore(root) {
  for (const bar of root.querySelectorAll(".collection-bar")) {
    if (kept(bar.dataset.key)) session(bar).connect();
  }
}

class Session {
  constructor(bar) {
    this.bar = bar;
    this.key = bar.dataset.key;
    this.worker = null;
    this.queue = [];
    this.ready = false;
    this.inMemory = null;
    this.mine = false;
    // An element's view: its filters, then what its state events say.
    this.host = bar.getRootNode().host;
    this.host?.addEventListener("factlens", (ev) => {
      if (ev.detail?.type === "state") this.query = ev.detail.query;
    });
    this.draw();
  }

  /** The explorer's view, as a query string. */
  view() {
    return this.host ? (this.query ?? this.host.getAttribute("filters") ?? "") : location.search.slice(1);
  }

  // --- drawing ----------------------------------------------------------------------------------

  draw() {
    const exportButton = (label, what) => {
      const b = el("button", { type: "button" }, label);
      b.addEventListener("click", () => this.send({ type: "export", what, query: this.view() }));
      return b;
    };
    this.restoreButton = el("button", { type: "button", hidden: true }, "Restore the original articles");
    this.restoreButton.addEventListener("click", () => this.send({ type: "originals" }));
    const importInput = el("input", { type: "file", accept: ".json,application/json" });
    importInput.addEventListener("change", () => {
      this.send({ type: "import" }, [...importInput.files]);
      importInput.value = "";
    });
    this.exports = el(
      "div",
      { class: "export-buttons", hidden: true },
      exportButton("Facts of this view (JSON)", "view-json"),
      exportButton("Facts of this view (CSV)", "view-csv"),
      exportButton("All facts (JSON)", "all-json"),
      exportButton("All facts (CSV)", "all-csv"),
      exportButton("The articles (collection file)", "collection"),
      el("label", { class: "file-button" }, "Import a collection file", importInput),
    );
    this.loading = el("p", { hidden: true }, "Loading your articles…");
    this.problem = el("p", { class: "problem", hidden: true });
    this.undoText = el("span");
    const undo = el("button", { type: "button" }, "Undo");
    undo.addEventListener("click", () => {
      this.undo.hidden = true;
      this.send({ type: "undo" });
    });
    this.undo = el("p", { hidden: true }, this.undoText, " ", undo);
    const reports = el("div", { class: "reports", role: "status" }, this.loading, this.problem, this.undo);
    this.dialog = this.drawDialog();
    const root = this.bar.getRootNode();
    if (!root.querySelector("link[data-factlens-collection]")) {
      const style = el("link", { rel: "stylesheet", href: `${base}collection.css`, "data-factlens-collection": true });
      (root.head ?? root).append(style);
    }
    this.bar.append(this.restoreButton, this.exports, reports, this.dialog);
  }

  toggleExports(button) {
    this.exports.hidden = !this.exports.hidden;
    button.setAttribute("aria-expanded", String(!this.exports.hidden));
  }

  drawDialog() {
    const field = (label, hint) => {
      const input = el("input", { type: "text", placeholder: hint });
      input.addEventListener("input", () => (input.dataset.edited = input.value ? "1" : ""));
      return [el("label", {}, label, input), input];
    };
    this.text = el("textarea", { required: true, rows: "8" });
    const [titleLabel, title] = field("Title", "proposed from the text");
    const [outletLabel, outlet] = field("Outlet", "");
    const [publishedLabel, published] = field("Published", "YYYY, YYYY-MM or YYYY-MM-DD");
    const [urlLabel, url] = field("URL", "https://…");
    this.fields = { title, outlet, published, url };
    let pending;
    this.text.addEventListener("input", () => {
      clearTimeout(pending);
      pending = setTimeout(() => this.send({ type: "propose", text: this.text.value }), 250);
    });
    const form = el(
      "form",
      { class: "add-form" },
      el("label", { class: "wide" }, "Article text", this.text),
      titleLabel,
      outletLabel,
      publishedLabel,
      urlLabel,
      el("button", { type: "submit", class: "primary" }, "Add"),
    );
    form.addEventListener("submit", (ev) => {
      ev.preventDefault();
      const draft = { text: this.text.value };
      for (const [name, input] of Object.entries(this.fields)) draft[name] = input.value.trim() || null;
      this.showOutcomes([]);
      this.send({ type: "add", draft });
    });
    const chooser = el("input", { type: "file", multiple: true, accept: ".txt,.md,.html,.htm,.json,text/plain,text/markdown,text/html,application/json" });
    chooser.addEventListener("change", () => {
      this.addFiles(chooser.files);
      chooser.value = "";
    });
    const zone = el(
      "div",
      { class: "drop-zone" },
      el("p", {}, "Or drop files here: .txt, .md, .html or .htm, or a collection exported by factlens."),
      el("label", { class: "file-button" }, "Choose files", chooser),
    );
    zone.addEventListener("dragover", (ev) => {
      ev.preventDefault();
      zone.classList.add("over");
    });
    zone.addEventListener("dragleave", () => zone.classList.remove("over"));
    zone.addEventListener("drop", (ev) => {
      ev.preventDefault();
      zone.classList.remove("over");
      this.addFiles(ev.dataTransfer?.files);
    });
    this.progressBar = el("progress", { "aria-label": "Adding articles", max: "1", value: "0" });
    this.progressText = el("span");
    const cancel = el("button", { type: "button" }, "Cancel");
    cancel.addEventListener("click", () => this.cancel());
    this.progress = el("div", { class: "progress", hidden: true }, this.progressBar, this.progressText, cancel);
    this.outcomes = el("ul", { class: "outcomes", "aria-label": "Outcomes" });
    this.reviewList = el("ul", { "aria-label": "Files to add" });
    const confirm = el("button", { type: "button", class: "primary" }, "Add these files");
    confirm.addEventListener("click", () => this.addChosen());
    const discard = el("button", { type: "button" }, "Discard");
    discard.addEventListener("click", () => {
      this.review.hidden = true;
      this.send({ type: "discard" });
    });
    this.review = el(
      "div",
      { class: "review", hidden: true },
      el("p", {}, "Check each file's title and publication date, change them if needed, then add the files."),
      this.reviewList,
      confirm,
      discard,
    );
    const close = el("button", { type: "button", class: "close" }, "Close");
    const dialog = el(
      "dialog",
      { class: "add-dialog", "aria-labelledby": `add-heading-${this.key}` },
      el("h2", { id: `add-heading-${this.key}` }, "Add articles"),
      form,
      zone,
      this.review,
      this.progress,
      this.outcomes,
      close,
    );
    close.addEventListener("click", () => dialog.close());
    return dialog;
  }

  open() {
    this.connect();
    if (!this.dialog.open) this.dialog.showModal();
  }

  addFiles(files) {
    if (!files?.length) return;
    this.showOutcomes([]);
    this.send({ type: "files" }, [...files]);
  }

  /** Lists the files chosen so far: each one's title and date to confirm, or why it is refused. */
  showReview(items) {
    this.review.hidden = !items.length;
    this.reviewList.replaceChildren(
      ...items.map((f) => {
        const li = el("li", { class: f.refused ? "refused" : null }, el("strong", {}, f.name));
        const input = (label, value, hint) => {
          const field = el("input", { type: "text", "aria-label": `${label} of ${f.name}`, placeholder: hint });
          field.value = value ?? "";
          field.dataset.field = label === "Title" ? "title" : "published";
          li.append(el("label", {}, label, field));
        };
        if (f.refused) li.append(`: ${f.refused}`);
        else if (f.articles != null) li.append(`: a collection file of ${f.articles} articles, each added with its own title and date`);
        else {
          input("Title", f.title, "empty: the proposed title");
          input("Published", f.published, "YYYY, YYYY-MM or YYYY-MM-DD");
        }
        if (f.notes?.length) li.append(el("ul", { class: "notes" }, ...f.notes.map((n) => el("li", {}, n))));
        return li;
      }),
    );
    this.reviewList.querySelector("input")?.focus();
  }

  /** Adds the files chosen, with the titles and dates as the person left them. */
  addChosen() {
    const edits = [...this.reviewList.children].map((li) =>
      Object.fromEntries([...li.querySelectorAll("input")].map((i) => [i.dataset.field, i.value])),
    );
    this.review.hidden = true;
    this.showOutcomes([]);
    this.send({ type: "add-files", edits });
    // The review may have been scrolled far down: show the progress and Cancel where they now are.
    this.progress.scrollIntoView({ block: "nearest" });
  }

  /** Shows these outcomes in place of those shown. */
  showOutcomes(items) {
    this.outcomes.replaceChildren(...items.map(outcomeItem));
  }

  working(done, total) {
    this.progress.hidden = false;
    this.progressBar.max = Math.max(total, 1);
    this.progressBar.value = done;
    this.progressText.textContent = total ? `${done} of ${total}` : "Working…";
  }

  idle() {
    this.progress.hidden = true;
    this.loading.hidden = true;
  }

  // --- the worker -------------------------------------------------------------------------------

  /** Starts the worker, which opens this explorer's collection (or, first, a host's source). */
  connect(first) {
    if (this.worker) return;
    let worker;
    try {
      worker = new Worker(`${base}factlens-worker_loader.js`);
    } catch {
      // An element on another site: a same-origin script of its own loads the worker from factlens.
      const script = `importScripts(${JSON.stringify(`${base}factlens-worker.js`)});wasm_bindgen(${JSON.stringify(`${base}factlens-worker_bg.wasm`)});`;
      worker = new Worker(URL.createObjectURL(new Blob([script], { type: "text/javascript" })));
    }
    worker.onmessage = (ev) => this.receive(ev.data);
    worker.onerror = () => {
      this.idle();
      this.report("the part of factlens that reads articles stopped with an error");
    };
    this.worker = worker;
    this.ready = false;
    this.loading.hidden = false;
    this.queue = first
      ? [[JSON.stringify(first)]]
      : [[JSON.stringify({ type: "open", key: this.key, collection: this.inMemory }), original_corpus()]];
  }

  send(message, payload) {
    this.connect();
    if (message.type !== "propose") this.working(0, 0);
    const data = [JSON.stringify(message), payload];
    if (this.ready) this.worker.postMessage(data);
    else this.queue.push(data);
  }

  /** Stops the work under way: nothing of it is kept (a new worker starts from what is kept). */
  cancel() {
    this.worker?.terminate();
    this.worker = null;
    this.idle();
    this.showOutcomes([{ name: "Cancelled", added: false, message: "nothing of this batch was added" }]);
  }

  report(why) {
    this.problem.textContent = `Your articles cannot be kept in this browser (${why}). They stay in this tab until you close it: export them to keep them.`;
    this.problem.hidden = false;
  }

  receive([json, payload]) {
    const m = JSON.parse(json);
    switch (m.type) {
      case "ready":
        this.ready = true;
        for (const data of this.queue.splice(0)) this.worker.postMessage(data);
        break;
      case "progress":
        this.working(m.done, m.total);
        break;
      case "review":
        this.showReview(m.items);
        break;
      case "outcome":
        this.outcomes.append(outcomeItem(m.item));
        break;
      case "outcomes":
        this.showOutcomes(m.items);
        if (m.items.some((o) => o.added && o.name === "Pasted text")) {
          this.text.value = "";
          for (const input of Object.values(this.fields)) input.value = input.dataset.edited = "";
        }
        break;
      case "proposal":
        for (const [name, value] of [["title", m.title], ["published", m.published]]) {
          const input = this.fields[name];
          if (!input.dataset.edited) input.value = value;
        }
        break;
      case "undoable":
        this.undoText.textContent = m.what;
        this.undo.hidden = false;
        break;
      case "problem":
        this.report(m.message);
        break;
      case "file":
        download(m.name, m.mime, payload);
        break;
      case "source":
        this.origin.classList.toggle("problem", !!m.error);
        this.origin.textContent = m.error
          ? `These articles could not be loaded: ${m.error}`
          : `Articles from ${m.origin}, not from this site's own collection.`;
        show_corpus(this.key, payload);
        break;
      case "corpus":
        this.inMemory = m.collection;
        kept(this.key, m.mine && m.kept);
        if (m.mine || this.mine) show_corpus(this.key, m.mine ? payload : undefined);
        this.mine = m.mine;
        this.restoreButton.hidden = !m.mine;
        break;
    }
    if (m.idle) this.idle();
  }
}

/** One file's outcome: its name, what became of it, and notes. */
function outcomeItem(o) {
  return el(
    "li",
    { class: o.added ? "added" : "refused" },
    el("strong", {}, o.name),
    `: ${o.message}`,
    o.notes?.length ? el("ul", { class: "notes" }, ...o.notes.map((n) => el("li", {}, n))) : null,
  );
}

/** Offers bytes as a file to download. */
function download(name, type, bytes) {
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const link = el("a", { href: url, download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}
