// Facet engine at scale: factlens's wasm engine against itemsjs, @orama/orama, crossfilter2, a
// plain-JS bitset baseline and a compiled wasm bitset engine (crates/peer-roaring, over the
// `roaring` crate), on the same seeded synthetic facts and the same queries, in two workloads.
//
//   node --expose-gc bench/facets.mjs                 runs everything (each engine and size in its
//                                                     own process) and prints the tables as JSON
//   node --expose-gc bench/facets.mjs ENGINE N [even|skewed]   one engine, one size, one workload
//                                                     (used by the above)
//
// Workload "even": kind (6 values), document (N/20), organization (500, Zipf), country (60), year
// (30), name (N/10), and a short text of three words of 2000. The query: an OR of 3 countries AND
// one year; counts for all six facets, each ignoring its own selection (disjunctive); the first 20
// ids. With a text term (four letters), rows must also have a word starting with it.
// Workload "skewed": the same six facets with skewed frequencies (one kind covers 60 % of rows;
// document, organization, country, year and name Zipf-distributed; words from a 20,000-word
// Zipf vocabulary) and selections drawn from the rows themselves, so a value is selected as often
// as it occurs: the kind of a random row AND one or two values of another facet (sometimes two
// values OR'ed); half the queries also have a text term: a word of a random row (common words
// mostly) or a word drawn uniformly from the vocabulary (uncommon mostly), a quarter of them cut
// to a three-letter prefix (thousands of rows). See `skewedQueries` for the exact draw.
//
// Fairness: every engine gets the same rows and the same pre-tokenised text, is used the way its
// documentation recommends (crossfilter's groups built once; its text filtered by a function over the pre-tokenised words), and
// imports nothing inside the timed run. Every answer of every engine (total, all counts, the first
// 20 ids) is checked on every query against an independent reference, a plain scan over the rows;
// a difference is reported in the JSON (and on stderr). An engine that fails, runs out of memory or
// exceeds the time limit (FACETS_LIMIT_S, below) on a workload is reported as such, and the run goes
// on. The run exits 0 with its JSON whenever factlens answered every query exactly; else 1 (still
// with its JSON).
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { performance } from "node:perf_hooks";

const require = createRequire(import.meta.url);
const root = new URL("..", import.meta.url).pathname;
const FACETS = ["kind", "doc", "org", "country", "year", "name"];
const QUERIES = 60;
const WARMUP = 5;

// --- Data -------------------------------------------------------------------------------------
function mulberry32(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function zipfSampler(n, s, rand) {
  const cdf = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) cdf[i] = sum += 1 / Math.pow(i + 1, s);
  for (let i = 0; i < n; i++) cdf[i] /= sum;
  return () => {
    const u = rand();
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid] < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

const WORDS = Array.from({ length: 2000 }, (_, i) => "w" + String(i).padStart(4, "0"));

/** Workload "even": uniform values (organization Zipf), three words of 2000. */
export function generate(n, seed = 42) {
  const rand = mulberry32(seed);
  const sizes = [6, Math.max(1, Math.floor(n / 20)), 500, 60, 30, Math.max(1, Math.floor(n / 10))];
  const columns = sizes.map(() => new Uint32Array(n));
  const org = zipfSampler(500, 1.0, rand);
  const tokens = new Array(n);
  for (let r = 0; r < n; r++) {
    columns[0][r] = Math.floor(rand() * 6);
    columns[1][r] = Math.floor(rand() * sizes[1]);
    columns[2][r] = org();
    columns[3][r] = Math.floor(rand() * 60);
    columns[4][r] = Math.floor(rand() * 30);
    columns[5][r] = Math.floor(rand() * sizes[5]);
    tokens[r] = [0, 1, 2].map(() => WORDS[Math.floor(rand() * 2000)]);
  }
  return withTexts({ n, sizes, columns, tokens });
}

/** A vocabulary word: "x" and four letters, so a whole word starts no other word. */
const skewedWord = (i) => "x" + [3, 2, 1, 0].map((k) => String.fromCharCode(97 + (Math.floor(i / 26 ** k) % 26))).join("");
const SKEWED_VOCABULARY = 20_000;
const KIND_SHARES = [0.6, 0.15, 0.1, 0.08, 0.05, 0.02];

/** Workload "skewed": values and words with the skew of real facts (see the top of the file). */
export function generateSkewed(n, seed = 43) {
  const rand = mulberry32(seed);
  const sizes = [6, Math.max(1, Math.floor(n / 20)), 500, 60, 30, Math.max(1, Math.floor(n / 10))];
  const columns = sizes.map(() => new Uint32Array(n));
  const doc = zipfSampler(sizes[1], 0.7, rand);
  const org = zipfSampler(500, 1.0, rand);
  const country = zipfSampler(60, 0.8, rand);
  const year = zipfSampler(30, 0.6, rand);
  const name = zipfSampler(sizes[5], 0.6, rand);
  const word = zipfSampler(SKEWED_VOCABULARY, 1.0, rand);
  const vocabulary = Array.from({ length: SKEWED_VOCABULARY }, (_, i) => skewedWord(i));
  const kindCdf = KIND_SHARES.map((_, i) => KIND_SHARES.slice(0, i + 1).reduce((x, y) => x + y));
  const tokens = new Array(n);
  for (let r = 0; r < n; r++) {
    const u = rand();
    columns[0][r] = Math.min(5, kindCdf.findIndex((c) => u < c) >>> 0);
    columns[1][r] = doc();
    columns[2][r] = org();
    columns[3][r] = country();
    columns[4][r] = year();
    columns[5][r] = name();
    tokens[r] = [0, 1, 2].map(() => vocabulary[word()]);
  }
  return withTexts({ n, sizes, columns, tokens, vocabulary });
}

/** Labels, and the same text for every engine: the words (tokens) and, to tokenise, their join. */
function withTexts(d) {
  d.labels = d.sizes.map((size, f) => Array.from({ length: size }, (_, v) => `${FACETS[f]}${v}`));
  d.texts = d.tokens.map((t) => t.join(" "));
  return d;
}

/**
 * The answer by definition, by a plain scan over the rows: the reference every engine must equal.
 * A query: `sel`, a list of [facet, values] (OR within a facet, AND across), and `word` (a row
 * must have a word starting with it) or null.
 */
export function reference(d, q) {
  const counts = d.sizes.map((size) => new Uint32Array(size));
  const wanted = FACETS.map((_, f) => {
    const s = q.sel.find(([g]) => g === f);
    return s ? new Set(s[1]) : null;
  });
  const ids = [];
  let total = 0;
  const fails = new Array(FACETS.length);
  for (let r = 0; r < d.n; r++) {
    if (q.word !== null && !d.tokens[r].some((w) => w.startsWith(q.word))) continue;
    let failed = 0;
    for (let f = 0; f < FACETS.length; f++) {
      fails[f] = wanted[f] !== null && !wanted[f].has(d.columns[f][r]);
      if (fails[f]) failed++;
    }
    // Disjunctive counts: each facet counts under the other facets' selections only.
    for (let f = 0; f < FACETS.length; f++) if (failed === 0 || (failed === 1 && fails[f])) counts[f][d.columns[f][r]]++;
    if (failed) continue;
    total++;
    if (ids.length < 20) ids.push(r);
  }
  return { total, ids, counts };
}

/** What differs between an engine's canonical answer and the reference, or null. */
function difference(got, want) {
  if (got.total !== want.total) return `total ${got.total}, expected ${want.total}`;
  const ids = got.ids.slice().sort((a, b) => a - b);
  if (ids.join() !== want.ids.join()) return `ids ${ids.slice(0, 5)}…, expected ${want.ids.slice(0, 5)}…`;
  for (let f = 0; f < FACETS.length; f++) {
    for (let v = 0; v < want.counts[f].length; v++) {
      const g = got.counts[f][v] ?? 0;
      if (g !== want.counts[f][v]) return `count of ${FACETS[f]}${v}: ${g}, expected ${want.counts[f][v]}`;
    }
  }
  return null;
}

/** Workload "even": 3 countries OR'ed, AND one year; with a text word (`withText`) or not. */
export function queries(withText, seed = 7) {
  const rand = mulberry32(seed);
  return Array.from({ length: QUERIES + WARMUP }, () => {
    const countries = new Set();
    while (countries.size < 3) countries.add(Math.floor(rand() * 60));
    // The text term: the first four letters of a word, so it starts ten of the 2000 words.
    const year = Math.floor(rand() * 30);
    const word = WORDS[Math.floor(rand() * 2000)].slice(0, 4);
    return { sel: [[3, [...countries].sort((a, b) => a - b)], [4, [year]]], word: withText ? word : null };
  });
}

/**
 * Workload "skewed": values drawn from random rows (so as often as they occur): the kind of one
 * row AND, from other rows, one value of a second facet (document, organization, country or year;
 * in one query of three two values OR'ed) and in one query of four a value of a third. Every other
 * query has a text term: a word of a random row (frequency-weighted) or of the vocabulary
 * (uniform: mostly uncommon), one in four cut to its first three letters.
 */
export function skewedQueries(d, seed = 11) {
  const rand = mulberry32(seed);
  const row = () => Math.floor(rand() * d.n);
  return Array.from({ length: QUERIES + WARMUP }, (_, i) => {
    const sel = [[0, [d.columns[0][row()]]]];
    const others = [1, 2, 3, 4];
    const extra = rand() < 0.25 ? 2 : 1;
    for (let k = 0; k < extra; k++) {
      const f = others.splice(Math.floor(rand() * others.length), 1)[0];
      const values = new Set([d.columns[f][row()]]);
      if (rand() < 1 / 3) values.add(d.columns[f][row()]);
      sel.push([f, [...values].sort((a, b) => a - b)]);
    }
    sel.sort((a, b) => a[0] - b[0]);
    let word = null;
    if (i % 2 === 1) {
      word = rand() < 0.5 ? d.tokens[row()][Math.floor(rand() * 3)] : d.vocabulary[Math.floor(rand() * d.vocabulary.length)];
      if (rand() < 0.25) word = word.slice(0, 3);
    }
    return { sel, word };
  });
}

// --- Engines ----------------------------------------------------------------------------------
// Each engine: build(data) then run(query) → raw answer; canonical(raw) → { total, ids (≤ 20),
// counts: per facet, value → count }.

/** A query's selections as the wasm engines take them: [facet, n, v1 … vn, facet, n, …]. */
function flatSelection(q) {
  let len = 0;
  for (const [, vs] of q.sel) len += 2 + vs.length;
  const flat = new Uint32Array(len);
  let at = 0;
  for (const [f, vs] of q.sel) {
    flat[at++] = f;
    flat[at++] = vs.length;
    for (const v of vs) flat[at++] = v;
  }
  return flat;
}

/** A packed answer `[total, k, ids…, then per facet m and m (value, count) pairs]` as parts. */
function unpack(a) {
  const k = a[1];
  const ids = Array.from(a.subarray(2, 2 + k));
  const pairs = [];
  for (let at = 2 + k; at < a.length; at += 1 + 2 * a[at]) pairs.push(a.subarray(at + 1, at + 1 + 2 * a[at]));
  return { total: a[0], ids, pairs };
}

/** The wasm engines' common shape: a class built from columns and texts, queried by selections. */
function wasmEngine(load) {
  return {
    build(d) {
      const Engine = load();
      const flat = new Uint32Array(d.n * FACETS.length);
      d.columns.forEach((c, f) => flat.set(c, f * d.n));
      this.e = new Engine(d.n, Uint32Array.from(d.sizes), flat, d.texts.join("\n"));
      this.d = d;
    },
    run(q) {
      // The whole answer in one call (total, ids, each facet's (value, count) pairs), where the API
      // has it; else (an older build, FACTLENS_WASM_DIR) one call per part.
      if (this.e.answer) return { packed: this.e.answer(flatSelection(q), q.word ?? "", 20) };
      const total = this.e.query(flatSelection(q), q.word ?? "");
      const ids = Array.from(this.e.ids(20));
      // Counts come back sparse: (value, count) pairs of the values with a count.
      const pairs = FACETS.map((_, f) => this.e.countsSparse(f));
      return { total, ids, pairs };
    },
    canonical(raw) {
      if (raw.packed) raw = unpack(raw.packed);
      const counts = raw.pairs.map((p, f) => {
        const c = new Uint32Array(this.d.sizes[f]);
        for (let i = 0; i < p.length; i += 2) c[p[i]] = p[i + 1];
        return c;
      });
      return { total: raw.total, ids: raw.ids, counts };
    },
  };
}

const ENGINES = {
  // FACTLENS_WASM_DIR compares another build (e.g. an older commit) in the same run.
  factlens: wasmEngine(() => require(`${process.env.FACTLENS_WASM_DIR ?? `${root}target/bench-wasm`}/factlens_wasm.js`).FacetEngine),

  // A compiled wasm bitset engine: roaring bitmaps per value and per word (crates/peer-roaring);
  // ROARING_WASM_DIR compares another build of it.
  roaring: wasmEngine(() => require(`${process.env.ROARING_WASM_DIR ?? `${root}target/bench-peer`}/factlens_peer_roaring.js`).RoaringEngine),

  bitset: {
    build(d) {
      const words = Math.ceil(d.n / 32);
      // Postings per value of every facet; text postings per word.
      const postings = (col, size) => {
        const lists = Array.from({ length: size }, () => []);
        for (let r = 0; r < d.n; r++) lists[col[r]].push(r);
        return lists.map((l) => Uint32Array.from(l));
      };
      this.postings = d.columns.map((c, f) => postings(c, d.sizes[f]));
      this.wordRows = new Map();
      d.tokens.forEach((words, r) => {
        for (const w of words) {
          let l = this.wordRows.get(w);
          if (!l) this.wordRows.set(w, (l = []));
          if (l[l.length - 1] !== r) l.push(r);
        }
      });
      this.words = words;
      this.sel = FACETS.map(() => new Uint32Array(words));
      this.t = new Uint32Array(words);
      this.m = new Uint32Array(words);
      this.counts = d.sizes.map((s) => new Uint32Array(s));
      this.d = d;
    },
    run(q) {
      const { t, m, d } = this;
      const fill = (bits, lists) => {
        bits.fill(0);
        for (const l of lists) for (let i = 0; i < l.length; i++) bits[l[i] >>> 5] |= 1 << (l[i] & 31);
      };
      const chosen = q.sel.map(([f]) => f);
      for (const [f, vs] of q.sel) fill(this.sel[f], vs.map((v) => this.postings[f][v]));
      if (q.word !== null) {
        t.fill(0);
        for (const [w, l] of this.wordRows) if (w.startsWith(q.word)) for (const r of l) t[r >>> 5] |= 1 << (r & 31);
      }
      for (const c of this.counts) c.fill(0);
      const walk = (bits, fn) => {
        for (let i = 0; i < bits.length; i++) {
          let w = bits[i];
          while (w) {
            const bit = 31 - Math.clz32(w & -w);
            fn((i << 5) + bit);
            w &= w - 1;
          }
        }
      };
      // m = the text (or every row) AND each selection of `among`.
      const mask = (among) => {
        if (q.word !== null) m.set(t);
        else m.fill(-1);
        for (const g of among) {
          const b = this.sel[g];
          for (let i = 0; i < this.words; i++) m[i] &= b[i];
        }
        if (d.n % 32) m[this.words - 1] &= (1 << d.n % 32) - 1;
      };
      let total = 0;
      const ids = [];
      mask(chosen);
      const unselected = [0, 1, 2, 3, 4, 5].filter((f) => !chosen.includes(f));
      walk(m, (r) => {
        total++;
        if (ids.length < 20) ids.push(r);
        for (const f of unselected) this.counts[f][d.columns[f][r]]++;
      });
      // Each selected facet counts under the other selections (and the text).
      for (const f of chosen) {
        mask(chosen.filter((g) => g !== f));
        walk(m, (r) => this.counts[f][d.columns[f][r]]++);
      }
      return { total, ids, counts: this.counts };
    },
    canonical(raw) {
      return raw;
    },
  },

  crossfilter: {
    build(d) {
      const crossfilter = require("crossfilter2");
      const rows = Array.from({ length: d.n }, (_, r) => r);
      this.cf = crossfilter(rows);
      this.dims = FACETS.map((_, f) => this.cf.dimension((r) => d.columns[f][r]));
      this.groups = this.dims.map((dim) => dim.group().reduceCount());
      this.id = this.cf.dimension((r) => r);
      // Text as a dimension of rows filtered by a function over the pre-tokenised words (measured
      // faster than an array dimension of the words: 100k rows, p50 with text 25 against 70 ms).
      this.text = this.cf.dimension((r) => r);
      // Built once and kept: every group crossfilter holds is updated on each filter change.
      this.all = this.cf.groupAll().reduceCount();
      this.d = d;
    },
    run(q) {
      for (let f = 0; f < FACETS.length; f++) {
        const s = q.sel.find(([g]) => g === f);
        if (!s) this.dims[f].filterAll();
        else if (s[1].length === 1) this.dims[f].filterExact(s[1][0]);
        else {
          const values = new Set(s[1]);
          this.dims[f].filterFunction((v) => values.has(v));
        }
      }
      if (q.word !== null) this.text.filterFunction((r) => this.d.tokens[r].some((w) => w.startsWith(q.word)));
      else this.text.filterAll();
      const total = this.all.value();
      const ids = this.id.bottom(20);
      // A dimension's group ignores its own filter: disjunctive counts as such.
      return { total, ids, groups: this.groups.map((g) => g.all()) };
    },
    canonical(raw) {
      const counts = raw.groups.map((all, f) => {
        const c = new Uint32Array(this.d.sizes[f]);
        for (const { key, value } of all) c[key] = value;
        return c;
      });
      return { total: raw.total, ids: raw.ids.map((r) => r), counts };
    },
  },

  orama: {
    async build(d) {
      const { create, insertMultiple, search } = await import("@orama/orama");
      this.search = search;
      const schema = { text: "string", rowid: "number" };
      for (const f of FACETS) schema[f] = "enum";
      this.db = create({ schema });
      const docs = new Array(d.n);
      for (let r = 0; r < d.n; r++) {
        const doc = { text: d.texts[r], rowid: r };
        FACETS.forEach((f, i) => (doc[f] = d.columns[i][r]));
        docs[r] = doc;
      }
      await insertMultiple(this.db, docs, 5000);
      this.d = d;
    },
    async run(q) {
      const search = this.search;
      const facets = {};
      for (const f of FACETS) facets[f] = { limit: 1e7 };
      const term = q.word !== null ? { term: q.word, properties: ["text"], exact: false, tolerance: 0 } : {};
      const where = (except) => {
        const w = {};
        for (const [f, vs] of q.sel) if (f !== except) w[FACETS[f]] = { in: vs };
        return w;
      };
      const main = await search(this.db, { ...term, where: where(-1), facets, limit: 20, sortBy: { property: "rowid", order: "ASC" } });
      // Orama's facets count the result; a selected facet's own counts need its filter lifted.
      const lifted = {};
      for (const [f] of q.sel) {
        lifted[f] = await search(this.db, { ...term, where: where(f), facets: { [FACETS[f]]: facets[FACETS[f]] }, limit: 0 });
      }
      return { main, lifted };
    },
    canonical({ main, lifted }) {
      const counts = FACETS.map((f, i) => {
        const source = lifted[i] ?? main;
        const c = new Uint32Array(this.d.sizes[i]);
        for (const [k, v] of Object.entries(source.facets[f].values)) c[Number(k)] = v;
        return c;
      });
      return { total: main.count, ids: main.hits.map((h) => h.document.rowid), counts };
    },
  },

  itemsjs: {
    build(d) {
      const itemsjs = require("itemsjs");
      const items = new Array(d.n);
      for (let r = 0; r < d.n; r++) {
        const item = { id: r, text: d.texts[r] };
        FACETS.forEach((f, i) => (item[f] = String(d.columns[i][r])));
        items[r] = item;
      }
      const aggregations = {};
      for (const f of FACETS) aggregations[f] = { title: f, size: 1e7, conjunction: false };
      this.engine = itemsjs(items, { aggregations, searchableFields: ["text"], native_search_enabled: true });
      this.d = d;
    },
    run(q) {
      const filters = {};
      for (const [f, vs] of q.sel) filters[FACETS[f]] = vs.map(String);
      return this.engine.search({ per_page: 20, sort: undefined, query: q.word ?? "", filters });
    },
    canonical(r) {
      const counts = FACETS.map((f, i) => {
        const c = new Uint32Array(this.d.sizes[i]);
        for (const b of r.data.aggregations[f].buckets) c[Number(b.key)] = b.doc_count;
        return c;
      });
      return { total: r.pagination.total, ids: r.data.items.map((it) => it.id), counts };
    },
  },
};

// --- One engine, one size (child process) ------------------------------------------------------
function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Runs `qs` on a built engine: timings (after the warm-up) and every answer checked. */
async function timed(engine, data, qs, name) {
  const times = [];
  const mismatches = [];
  const sizes = [];
  for (let i = 0; i < qs.length; i++) {
    const t = performance.now();
    const r = await engine.run(qs[i]);
    const ms = performance.now() - t;
    if (i >= WARMUP) times.push(ms);
    // Checked outside the timing, on every query, warm-up ones included.
    const want = reference(data, qs[i]);
    sizes.push(want.total);
    const wrong = difference(engine.canonical(r), want);
    // FACETS_TRACE=1 prints every query's time and shape (to find where the time goes).
    if (process.env.FACETS_TRACE) process.stderr.write(`${ms.toFixed(3)} ms ${JSON.stringify(qs[i])} → ${want.total} rows\n`);
    if (wrong) mismatches.push(`query ${i}: ${wrong}`);
    progress(`${name}: ${i + 1} of ${qs.length} queries`);
  }
  times.sort((a, b) => a - b);
  sizes.sort((a, b) => a - b);
  const rows = { p50: percentile(sizes, 50), max: sizes[sizes.length - 1] };
  return { p50: percentile(times, 50), p95: percentile(times, 95), checked: qs.length, mismatches, rows };
}

/** Builds an engine over `data`: build time, and resident memory grown by it (wasm included). */
async function built(engine, data) {
  global.gc?.();
  const before = process.memoryUsage().rss;
  const t0 = performance.now();
  await engine.build(data);
  const buildMs = performance.now() - t0;
  global.gc?.();
  return { buildMs, memoryMb: Math.max(0, (process.memoryUsage().rss - before) / 1e6) };
}

/** A progress line for the parent (it says how far a child got if stopped): on stderr. */
const progress = (what) => process.stderr.write(`${PROGRESS}${what}\n`);
const PROGRESS = "facets-progress: ";

async function child(engineName, n, workload) {
  const engine = ENGINES[engineName];
  if (!engine) throw new Error(`unknown engine ${engineName}`);
  const data = workload === "skewed" ? generateSkewed(n) : generate(n);
  const out = { engine: engineName, n, workload, ...(await built(engine, data)), runs: {} };
  progress(`built in ${(out.buildMs / 1000).toFixed(1)} s`);
  // FACETS_BUILD_ONLY=1: the build alone (its time and memory), no queries.
  if (process.env.FACETS_BUILD_ONLY) return process.stdout.write(JSON.stringify(out));
  const runs = workload === "skewed" ? [["skewed", skewedQueries(data)]] : [false, true].map((t) => [t ? "text" : "plain", queries(t)]);
  for (const [name, qs] of runs) out.runs[name] = await timed(engine, data, qs, name);
  process.stdout.write(JSON.stringify(out));
}

// --- Everything (parent) -------------------------------------------------------------------------
// FACETS_SIZES and FACETS_ENGINES (comma-separated) narrow a run, e.g. FACETS_SIZES=1000000.
// FACETS_LIMIT_S: the time limit of one engine at one size on one workload (one child process, build
// and queries), in seconds; a child over it is stopped and reported as such, and the run goes on.
// 120 s by default: on this machine (2 cores) every engine but two finishes within it at every size
// (factlens at 1M in 10 to 30 s a workload; crossfilter's 1M skewed: 65 queries of about 0.4 s); itemsjs at
// 100k (1.6 to 2.6 s a query, 130 queries) and Orama at 1M (a build of minutes; its skewed run did
// not finish in 20 minutes) are stopped at it: 4 × 120 s, where they alone took the run past half
// an hour before.
const SIZES = (process.env.FACETS_SIZES ?? "10000,100000,1000000").split(",").map(Number);
const LIMIT_S = Number(process.env.FACETS_LIMIT_S ?? 120);
const SKIP = { itemsjs: (n) => n > 100_000 };
const RUNS = ["plain", "text", "skewed"];

/**
 * One engine, one size, one workload, in its own process, within the time limit: its result, or
 * `{ stopped }` (over the limit: how far it got) or `{ failed }` (the reason: out of memory, an error).
 */
function inChild(name, n, workload) {
  const script = new URL(import.meta.url).pathname;
  const r = spawnSync(process.execPath, ["--expose-gc", "--max-old-space-size=12000", script, name, String(n), workload], {
    maxBuffer: 1 << 26,
    timeout: LIMIT_S * 1000,
    killSignal: "SIGKILL",
    encoding: "utf8",
  });
  const lines = (r.stderr ?? "").split("\n");
  const got = lines.filter((l) => l.startsWith(PROGRESS)).map((l) => l.slice(PROGRESS.length));
  const other = lines.filter((l) => l && !l.startsWith(PROGRESS));
  // Anything else the child said is passed on with FACETS_TRACE (a failure's reason is in the result).
  if (other.length && process.env.FACETS_TRACE) process.stderr.write(other.join("\n") + "\n");
  const sofar = got.length ? ` (${got[0]}${got.length > 1 ? `; ${got[got.length - 1]}` : ""})` : " (before its build finished)";
  if (r.error?.code === "ETIMEDOUT") return { stopped: `stopped after ${LIMIT_S} s${sofar}` };
  if (r.status === 0) {
    try {
      return JSON.parse(r.stdout);
    } catch (e) {
      return { failed: `failed: its output is not JSON (${e.message})` };
    }
  }
  return { failed: `failed: ${failure(r, other)}${sofar}` };
}

/** Why a child ended without its result, in a few words. */
function failure(r, stderr) {
  const text = stderr.join("\n");
  if (/heap out of memory|Allocation failed/i.test(text)) return "out of memory (JavaScript heap)";
  if (/Memory\.grow|memory access out of bounds|RangeError: WebAssembly/i.test(text)) return `out of memory (wasm): ${firstError(stderr)}`;
  if (r.signal) return `killed by ${r.signal}${r.signal === "SIGKILL" ? " (out of memory?)" : ""}`;
  return `exit status ${r.status}: ${firstError(stderr)}`;
}

const firstError = (lines) => (lines.find((l) => /^(\w*Error\b|FATAL)/.test(l.trim())) ?? lines[lines.length - 1] ?? "no message").trim().slice(0, 160);

/** One engine at one size: both workloads, each in its own child; a line of progress on stderr. */
function engineAt(name, n) {
  process.stderr.write(`facets: ${name} at ${n}… `);
  const even = inChild(name, n, "even");
  const skewed = inChild(name, n, "skewed");
  const r = { engine: name, n, runs: {} };
  const said = [];
  if (even.runs) {
    Object.assign(r, { buildMs: even.buildMs, memoryMb: even.memoryMb, runs: { ...even.runs } });
    said.push(`build ${even.buildMs.toFixed(0)} ms, p50 ${even.runs.plain.p50.toFixed(2)}, text ${even.runs.text.p50.toFixed(2)}`);
  } else said.push(`even: ${even.stopped ?? even.failed}`);
  if (skewed.runs) {
    r.runs.skewed = skewed.runs.skewed;
    r.skewed = { buildMs: skewed.buildMs, memoryMb: skewed.memoryMb };
    said.push(`skewed ${skewed.runs.skewed.p50.toFixed(2)} ms (build ${skewed.buildMs.toFixed(0)} ms, ${skewed.memoryMb.toFixed(0)} MB)`);
  } else said.push(`skewed: ${skewed.stopped ?? skewed.failed}`);
  // Per workload that did not finish: why ("stopped after …" or "failed: …").
  const notRun = Object.fromEntries([["even", even], ["skewed", skewed]].filter(([, x]) => !x.runs).map(([w, x]) => [w, x.stopped ?? x.failed]));
  if (Object.keys(notRun).length) r.notRun = notRun;
  if (!even.runs && !skewed.runs) r.skipped = even.stopped ?? even.failed;
  process.stderr.write(said.join(", ") + "\n");
  return r;
}

async function main() {
  const started = performance.now();
  const results = [];
  const names = process.env.FACETS_ENGINES?.split(",") ?? Object.keys(ENGINES);
  process.stderr.write(`facets: sizes ${SIZES.join(", ")}; engines ${names.join(", ")}; ${LIMIT_S} s at most per engine, size and workload\n`);
  for (const n of SIZES) {
    for (const name of names) {
      if (SKIP[name]?.(n)) results.push({ engine: name, n, skipped: "not run at 1M: too slow at 100k (see table)" });
      else results.push(engineAt(name, n));
    }
  }
  // Ratios against factlens; every engine was checked against the reference in its own process.
  for (const r of results) {
    const ref = results.find((x) => x.engine === "factlens" && x.n === r.n);
    for (const kind of RUNS) if (r.runs?.[kind] && ref?.runs?.[kind]) r.runs[kind].ratio = ref.runs[kind].p50 / r.runs[kind].p50;
  }
  console.log(JSON.stringify(results, null, 1));
  const mismatches = (r) => RUNS.filter((k) => r.runs?.[k]).flatMap((k) => r.runs[k].mismatches.map((m) => `${k} ${m}`));
  for (const r of results.filter((r) => mismatches(r).length)) {
    process.stderr.write(`facets: ${r.engine} at ${r.n} differs from the reference: ${mismatches(r).slice(0, 3).join("; ")}\n`);
  }
  for (const r of results) for (const [w, why] of Object.entries(r.notRun ?? {})) process.stderr.write(`facets: ${r.engine} at ${r.n}, ${w}: ${why}\n`);
  // The run fails only when factlens itself did not answer every query exactly; a peer that failed,
  // was stopped or differs is reported (in the JSON and above) and the run goes on.
  const own = results.filter((r) => r.engine === "factlens");
  const ownFailed = own.filter((r) => r.notRun || mismatches(r).length);
  process.stderr.write(`facets: done in ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
  if (ownFailed.length) {
    process.stderr.write(`facets: factlens did not answer every query exactly at ${ownFailed.map((r) => r.n).join(", ")}\n`);
    process.exitCode = 1;
  }
}

const direct = process.argv[1] && new URL(import.meta.url).pathname === process.argv[1];
if (direct && process.argv[2]) await child(process.argv[2], Number(process.argv[3]), process.argv[4] ?? "even");
else if (direct) await main();
