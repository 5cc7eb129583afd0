// An untrusted page in a frame next to the factlens iframe. `attack()` tries to drive the
// explorer; factlens must ignore it, because this origin is not the host page's nor one it named.
window.attack = () => {
  const explorer = window.parent.frames[0];
  explorer.postMessage({ factlens: 1, type: "set-filters", query: "kind=place" }, "*");
  explorer.postMessage({ factlens: 1, type: "open", fact: "place/kosovo" }, "*");
  return 2;
};
