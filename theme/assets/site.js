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

  // Contents list: mark the section being read, the last whose heading has reached the top tenth of the window.
  const toc = [...document.querySelectorAll(".contents li a")];
  const heads = toc.map((a) => document.getElementById(decodeURIComponent(a.hash.slice(1))));
  if (toc.length && window.IntersectionObserver) {
    const mark = () => {
      let at = -1;
      heads.forEach((h, i) => { if (h && h.getBoundingClientRect().top < innerHeight * 0.1) at = i; });
      toc.forEach((a, i) => (i === at ? a.setAttribute("aria-current", "true") : a.removeAttribute("aria-current")));
    };
    const observer = new IntersectionObserver(mark, { rootMargin: "0px 0px -90% 0px" });
    for (const h of heads) if (h) observer.observe(h);
  }

  // Previews (WCAG 1.4.13): shown after a pause, kept while the link or the card is hovered or focused, closed by
  // Esc. One cached fetch for the whole site, on the first hover or focus.
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
  let dismissed = null;
  let timer = 0;
  let shown = 0;

  const load = () => (data ??= fetch(source).then((r) => (r.ok ? r.json() : {})).catch(() => ({})));
  const later = (run) => {
    clearTimeout(timer);
    timer = setTimeout(run, 300);
  };
  // Any link in the text to a page of this site; a citation marker names its cited work in data-preview.
  const linkOf = (target) => (target instanceof Element ? target.closest("main a[href]") : null);
  const keyOf = (link) => {
    const href = link.dataset.preview ?? link.getAttribute("href");
    const url = new URL(href, location.href);
    return href.startsWith("#") || url.origin !== location.origin ? "" : url.pathname;
  };
  const active = () => owner && (owner.matches(":hover") || card.matches(":hover") || owner === document.activeElement);
  const leave = () => later(() => active() || hide());

  async function show(link, at) {
    const request = ++shown;
    const entry = (await load())[keyOf(link)];
    if (!entry || request !== shown) return;
    // A locator map only where the generator makes one (in dark mode site.css inverts it: an image ignores page CSS).
    const parts = ["kind", "title", "names", "byline", "map", "summary"].filter((part) => entry[part]);
    card.replaceChildren(...parts.map((part) => part === "map"
      ? Object.assign(new Image(), { className: "preview-map", src: entry.map, alt: "" })
      : Object.assign(document.createElement("p"), { className: `preview-${part}`, textContent: entry[part] })));
    owner?.removeAttribute("aria-describedby");
    owner = link;
    link.setAttribute("aria-describedby", card.id);
    card.hidden = false;
    place(link, at);
  }

  function hide() {
    shown++;
    clearTimeout(timer);
    owner?.removeAttribute("aria-describedby");
    owner = null;
    card.hidden = true;
  }

  // Below the line under the pointer (a wrapped link has several; the first for focus), or above it if there is
  // no room below: never over it.
  function place(link, at) {
    const rects = [...link.getClientRects()];
    const line = rects.find((r) => at?.clientY >= r.top - 1 && at.clientY <= r.bottom + 1) ?? rects[0];
    const below = innerHeight - line.bottom >= card.offsetHeight + 4 || line.top < innerHeight - line.bottom;
    const top = below ? line.bottom + 4 : line.top - 4 - card.offsetHeight;
    const left = Math.max(8, Math.min(line.left, root.clientWidth - card.offsetWidth - 8));
    card.style.top = `${Math.round(top + scrollY)}px`;
    card.style.left = `${Math.round(left + scrollX)}px`;
  }

  document.addEventListener("mouseover", (event) => {
    const link = linkOf(event.target);
    if (card.contains(event.target) || (link && link === owner)) clearTimeout(timer);
    else if (link && link !== dismissed && keyOf(link)) later(() => show(link, event));
    else leave();
    if (link !== dismissed) dismissed = null;
  });
  document.addEventListener("mouseout", (event) => event.relatedTarget || leave());
  document.addEventListener("focusin", (event) => {
    const link = linkOf(event.target);
    dismissed = null;
    if (link && link !== owner && keyOf(link)) later(() => show(link, null));
    else if (link !== owner) leave();
  });
  document.addEventListener("focusout", leave);
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    dismissed = owner;
    hide();
  });
})();
