// The reader's choice of place names, and preview cards for links to entries.
(() => {
  "use strict";
  const storageKey = "treatyexplainer-names";
  const root = document.documentElement;

  // Naming: the choice lives in <html data-names>, where the stylesheet reads it, and in localStorage.
  for (const input of document.querySelectorAll(".naming input[name=names]")) {
    input.checked = input.value === (root.getAttribute("data-names") || "both");
    input.addEventListener("change", () => {
      if (input.value === "both") root.removeAttribute("data-names");
      else root.setAttribute("data-names", input.value);
      try {
        localStorage.setItem(storageKey, input.value);
      } catch {
        // Storage is blocked: the choice lasts for this page only.
      }
    });
  }

  // Previews: one small cached fetch for the whole site, on the first hover or focus.
  const source = document.body.dataset.previews;
  if (!source) return;
  const card = document.createElement("div");
  card.id = "preview-card";
  card.className = "preview";
  card.setAttribute("role", "tooltip");
  card.hidden = true;
  document.body.append(card);
  let data = null;
  let owner = null;

  const load = () => (data ??= fetch(source).then((r) => (r.ok ? r.json() : {})).catch(() => ({})));

  async function show(link) {
    owner = link;
    // A citation marker points into the page's list; its card is the cited work's, named by data-preview.
    const entry = (await load())[new URL(link.dataset.preview ?? link.href, location.href).pathname];
    if (!entry || owner !== link) return;
    card.replaceChildren();
    const add = (tag, className, text) => {
      const element = document.createElement(tag);
      element.className = className;
      element.textContent = text;
      card.append(element);
    };
    add("p", "preview-kind", entry.kind);
    add("p", "preview-title", entry.title);
    if (entry.names) add("p", "preview-names", entry.names);
    if (entry.byline) add("p", "preview-byline", entry.byline);
    if (entry.map) {
      const image = document.createElement("img");
      image.className = "preview-map";
      image.src = entry.map;
      image.alt = "";
      image.width = 240;
      card.append(image);
    }
    if (entry.summary) add("p", "preview-summary", entry.summary);
    link.setAttribute("aria-describedby", card.id);
    card.hidden = false;
    place(link);
  }

  function hide() {
    if (owner) owner.removeAttribute("aria-describedby");
    owner = null;
    card.hidden = true;
  }

  // Below the link, or above it when there is no room below: never over it.
  function place(link) {
    const box = link.getBoundingClientRect();
    const width = Math.min(card.offsetWidth, innerWidth - 16);
    const below = box.bottom + 8 + card.offsetHeight <= innerHeight || box.top - 8 - card.offsetHeight < 0;
    const top = below ? box.bottom + 8 : box.top - 8 - card.offsetHeight;
    const left = Math.max(8, Math.min(box.left, innerWidth - width - 8));
    card.style.top = `${Math.round(top + scrollY)}px`;
    card.style.left = `${Math.round(left + scrollX)}px`;
  }

  const mention = (target) => (target instanceof Element ? target.closest("a.mention, a.citation") : null);
  document.addEventListener("mouseover", (event) => {
    const link = mention(event.target);
    if (link && link !== owner) show(link);
  });
  document.addEventListener("mouseout", (event) => {
    const link = mention(event.target);
    if (link && !link.contains(event.relatedTarget) && document.activeElement !== link) hide();
  });
  document.addEventListener("focusin", (event) => {
    const link = mention(event.target);
    if (link) show(link);
    else hide();
  });
  document.addEventListener("focusout", (event) => {
    if (mention(event.target)) hide();
  });
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && !card.hidden) hide();
  });
})();
