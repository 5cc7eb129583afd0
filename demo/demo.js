// The host side of the factlens message protocol (version 1), for the iframe embed.
const factlens = document.body.dataset.factlens;
const frame = document.getElementById("factlens-frame");
const log = document.getElementById("messages");
window.factlensMessages = [];

window.addEventListener("message", (event) => {
  if (event.origin !== factlens || event.source !== frame.contentWindow) return;
  const message = event.data;
  if (!message || message.factlens !== 1) return;
  window.factlensMessages.push(message);
  if (message.type === "resize") frame.style.height = `${Math.min(Math.max(message.height, 200), 4000)}px`;
  const item = document.createElement("li");
  item.textContent = JSON.stringify(message);
  log.prepend(item);
});

const send = (message) => frame.contentWindow.postMessage(message, factlens);
// If the explorer started before this listener, it answers with its state and height again.
send({ factlens: 1, type: "hello" });
document.getElementById("show-units").addEventListener("click", () =>
  send({ factlens: 1, type: "set-filters", query: "kind=unit" }),
);
document.getElementById("open-osborn").addEventListener("click", () =>
  send({ factlens: 1, type: "open", fact: "official/stephen-osborn" }),
);

for (const element of document.querySelectorAll("factlens-explorer")) {
  element.addEventListener("factlens", (event) => {
    element.dataset.lastMessage = JSON.stringify(event.detail);
  });
}
