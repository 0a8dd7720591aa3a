// Search, on the search page only. The index is fetched the first time the reader searches.
(() => {
  "use strict";
  const input = document.getElementById("search-input");
  const status = document.getElementById("search-status");
  const list = document.getElementById("search-results");
  if (!input || !status || !list) return;
  let index = null;

  // The same folding as the generator's: lower case, no accents, no width variants, straight quotes.
  const fold = (text) => text.normalize("NFKD").replace(/\p{Mn}/gu, "").replace(/[‘’]/g, "'").replace(/[“”]/g, '"').toLowerCase().normalize("NFC");
  const load = () => (index ??= fetch(input.dataset.index).then((r) => r.json()));
  // A word must start where the query does, except in scripts written without spaces.
  const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
  const escape = (word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const matcher = (word) => (cjk.test(word) ? { test: (text) => text.includes(word) } : new RegExp(`(^|[^\\p{L}\\p{N}])${escape(word)}`, "u"));

  // A place the linker renamed reaches the index as "Iturup (Etorofu)" joined by no-break spaces. Written as the
  // page's place-name markup, it shows in the reader's choice of names, as it does on the page (site.css).
  let places = null;
  const part = (className, text) => Object.assign(document.createElement("span"), { className, textContent: text });
  function named(text) {
    const nodes = [];
    let at = 0;
    for (const match of places ? text.matchAll(places.pattern) : []) {
      const [ru, ja] = places.names.get(match[0]);
      const name = part("place-name", "");
      name.append(part("place-ru", ru), part("place-pair", " ("), part("place-ja", ja), part("place-pair", ")"));
      nodes.push(text.slice(at, match.index), name);
      at = match.index + match[0].length;
    }
    nodes.push(text.slice(at));
    return nodes;
  }

  async function search() {
    const query = fold(input.value.trim());
    if (query.length === 0) {
      list.replaceChildren();
      status.textContent = "";
      return;
    }
    const { entries, pages, places: pairs } = await load();
    if (!places && pairs.length) {
      const names = new Map(pairs.map((pair) => [`${pair[0]} (${pair[1]})`.replaceAll(" ", "\u00a0"), pair]));
      places = { names, pattern: new RegExp([...names.keys()].map(escape).join("|"), "g") };
    }
    const words = query.split(/\s+/);
    const patterns = words.map(matcher);
    const results = [];
    const seen = new Set();
    // Names first: a name that starts with what was typed, then one that contains it.
    for (const pass of [(n) => n.startsWith(query), (n) => n.includes(query)]) {
      for (const entry of entries) {
        if (!seen.has(entry.u) && entry.n.some(pass)) {
          seen.add(entry.u);
          results.push({ url: entry.u, title: entry.t, detail: `${entry.k}: ${entry.s}` });
        }
      }
    }
    // Then the text of every page and source document.
    for (const page of pages) {
      const text = fold(`${page.t} ${page.x}`);
      if (!seen.has(page.u) && patterns.every((pattern) => pattern.test(text))) {
        seen.add(page.u);
        const at = text.indexOf(words[0]);
        results.push({ url: page.u, title: page.t, detail: `…${page.x.slice(Math.max(0, at - 60), at + 100)}…` });
      }
    }
    render(results.slice(0, 30), results.length);
  }

  function render(results, total) {
    list.replaceChildren(
      ...results.map((result) => {
        const item = document.createElement("li");
        const link = document.createElement("a");
        link.href = result.url;
        link.textContent = result.title;
        const detail = document.createElement("p");
        detail.append(...named(result.detail));
        item.append(link, detail);
        return item;
      }),
    );
    status.textContent = total === 0 ? "No page matches." : `${total} ${total === 1 ? "page matches" : "pages match"}.`;
  }

  input.addEventListener("input", search);
  input.form?.addEventListener("submit", (event) => {
    event.preventDefault();
    search();
  });
  const query = new URLSearchParams(location.search).get("q");
  if (query) {
    input.value = query;
    search();
  }
})();
