// Runs before the page is drawn (a classic script in <head>, not inline, for a strict CSP): a URL
// with a state (filters, a fact, embed=1, a theme, src=) must not flash the prerendered default
// view (src/prerender.rs), so style.css hides it; the app draws the right view when it starts.
// "fl-js": scripts run, so on a phone the prerendered facets fold as the app's do (style.css).
const fl = document.documentElement.classList;
fl.add("fl-js");
location.search.length > 1 && fl.add("fl-state");
