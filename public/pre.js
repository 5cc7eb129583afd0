// Runs before the page is drawn (a classic script in <head>, not inline, for a strict CSP): a URL
// with a state (filters, a fact, embed=1, a theme, src=) must not flash the prerendered default
// view (src/prerender.rs), so style.css hides it; the app draws the right view when it starts.
location.search.length > 1 && document.documentElement.classList.add("fl-state");
