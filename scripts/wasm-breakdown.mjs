// Groups twiggy's items (`twiggy top -f csv`) by crate and part of the app, by their names: code
// inlined into a function counts where it was inlined (leptos's generic functions hold much of
// the app's view code). Sizes are raw bytes of the wasm shrunk as the build does (names aside).
import { readFileSync } from 'node:fs';

const GROUPS = [
  ['names section (dropped by the build)', /^"?function names|subsection/],
  ['data: the baked corpus, strings, tables', /^data segment/],
  ['app UI (src/ui)', /^factlens::ui/],
  ['app: start, URL, embedding, corpus (src)', /^_?<?factlens::/],
  ['core: explore (Explorer, URL state, reader, timeline)', /factlens_core::explore/],
  ['core: facets (engine, index, words)', /factlens_core::facets/],
  ['core: baked corpus decoding (postcard)', /factlens_core::baked|postcard/],
  ['core: extract', /factlens_core::extract/],
  ['core: model, dates, evidence', /factlens_core/],
  ['leptos (reactive_graph, tachys, leptos)', /^_?<?(T as )?(reactive_graph|tachys|leptos|any_spawner|throw_error|or_poisoned|send_wrapper|oco_ref|guardian|futures|wasm_bindgen_futures|wasm_streams|indexmap|slotmap)/],
  ['serde, serde_json', /serde/],
  ['form_urlencoded, percent_encoding', /form_urlencoded|percent_encoding/],
  ['wasm-bindgen, js-sys, web-sys, glue', /wasm_bindgen|js_sys|web_sys|gloo|__wbg|__wbindgen|console_error_panic_hook|externref shim|multivalue shim|^"?import |^"?type: /],
  ['allocator (dlmalloc)', /dlmalloc|__rdl_|__rust_(alloc|dealloc|realloc)/],
  ['std sort', /core::slice::sort/],
  ['fmt and panics', /core::fmt|alloc::fmt|panick|core::result::unwrap_failed|core::option::expect_failed|Debug|Display/],
  ['drop glue', /drop_in_place|drop_slow/],
  ['closures called through a reference (app code, mostly)', /core::ops::function/],
  ['collections (Vec, BTreeMap, HashMap)', /alloc::vec|alloc::raw_vec|btree|hashbrown|rustc_hash|std::collections/],
  ['str, char, unicode', /<str>|core::str|unicode|char/],
  ['std, core, alloc: other', /^_?<?(&?T as )?(core|alloc|std)/],
  ['unnamed (table, elements, code[n])', /./],
];

function rows(text) {
  const out = [];
  for (const line of text.split('\n').slice(1)) {
    const m = line.match(/^(".*"|[^,]*),(\d+),/);
    if (m) out.push([m[1].replace(/^"|"$/g, '').replace(/""/g, '"'), Number(m[2])]);
  }
  return out;
}

const items = rows(readFileSync(process.argv[2], 'utf8'));
const sums = new Map(GROUPS.map(([g]) => [g, { bytes: 0, items: 0 }]));
for (const [name, size] of items) {
  const [group] = GROUPS.find(([, re]) => re.test(name));
  const s = sums.get(group);
  s.bytes += size;
  s.items += 1;
}
const code = items.reduce((n, [, s]) => n + s, 0) - sums.get(GROUPS[0][0]).bytes;
console.log(`wasm without names: ${code} B raw; by group (raw bytes, share, items):`);
for (const [group, { bytes, items: n }] of [...sums].sort((a, b) => b[1].bytes - a[1].bytes)) {
  if (group === GROUPS[0][0] || n === 0) continue;
  console.log(`${String(bytes).padStart(8)}  ${((100 * bytes) / code).toFixed(1).padStart(5)} %  ${String(n).padStart(5)}  ${group}`);
}
console.log('\nlargest items:');
for (const [name, size] of items.filter(([n]) => !GROUPS[0][1].test(n)).slice(0, 25)) {
  console.log(`${String(size).padStart(8)}  ${name.slice(0, 140)}`);
}
