// Search, on the search page only. The index is fetched the first time the reader searches.
(() => {
  "use strict";
  const input = document.getElementById("search-input");
  const status = document.getElementById("search-status");
  const list = document.getElementById("search-results");
  if (!input || !status || !list) return;
  const limit = 30;
  let index = null;

  // The same folding as the generator's: lower case, no accents, no width variants, straight quotes.
  const fold = (text) => text.normalize("NFKD").replace(/\p{Mn}/gu, "").replace(/[‘’]/g, "'").replace(/[“”]/g, '"').toLowerCase().normalize("NFC");
  // Each page folded once.
  const load = () => (index ??= fetch(input.dataset.index).then((r) => r.json()).then(({ pages, places: pairs }) => {
    const names = new Map(pairs.map((pair) => [`${pair[0]} (${pair[1]})`.replaceAll(" ", "\u00a0"), pair]));
    places = names.size ? { names, pattern: new RegExp([...names.keys()].map(escape).join("|"), "g") } : null;
    return pages.map((p) => ({ ...p, names: [fold(p.t), ...(p.n ?? [])], summary: fold(p.s), body: fold(p.x ?? "") }));
  }));
  // A word must start where the query's does, except in scripts written without spaces.
  const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
  const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const source = (word) => (cjk.test(word) ? "" : "(?<![\\p{L}\\p{N}])") + escape(word);
  // Folding can change a text's length ("№" is "no"): then count back character by character.
  const original = (text, folded, at) => {
    if (folded.length === text.length) return at;
    let i = 0;
    for (let j = 0, c = ""; j < at && i < text.length; i += c.length) j += fold((c = String.fromCodePoint(text.codePointAt(i)))).length;
    return i;
  };

  // Per word: a whole name, then a word in a name, the summary, the text. A name starting with the query leads.
  function score(page, query, words) {
    let total = page.names.some((n) => n.startsWith(query)) ? 9 : page.names.some((n) => n.includes(query)) ? 5 : 0;
    for (const [word, pattern] of words) {
      const tier = page.names.includes(word) ? 5 : page.names.some((n) => pattern.test(n)) ? 3 : pattern.test(page.summary) ? 2 : pattern.test(page.body) ? 1 : 0;
      if (tier === 0) return 0;
      total += tier;
    }
    return total;
  }

  // About 160 characters of the text around the first match, cut at spaces; the summary when the text has none.
  function snippet(page, any) {
    const at = page.body.search(any);
    if (at < 0) return page.s;
    const start = original(page.x, page.body, at);
    let text = page.x.slice(Math.max(0, start - 60), start + 100);
    if (start > 60) text = "…" + text.replace(/^\S{0,15}\s/, "");
    return start + 100 < page.x.length ? text.replace(/\s\S{0,15}$/, "") + "…" : text;
  }

  // Elements built from text nodes only (append() never parses markup): the index is data.
  const element = (tag, ...children) => {
    const made = document.createElement(tag);
    made.append(...children);
    return made;
  };
  const marked = (text, any) => {
    const folded = fold(text);
    const nodes = [];
    let last = 0;
    for (const match of folded.matchAll(any)) {
      const from = original(text, folded, match.index);
      const to = original(text, folded, match.index + match[0].length);
      nodes.push(text.slice(last, from), element("mark", text.slice(from, to)));
      last = to;
    }
    return [...nodes, text.slice(last)].flatMap((node) => (typeof node === "string" ? named(node) : [node]));
  };

  // A place the linker renamed reaches the index as "Iturup (Etorofu)" joined by no-break spaces. Written as the
  // page's place-name markup, it shows in the reader's choice of names, as it does on the page (site.css).
  let places = null;
  const part = (className, ...children) => Object.assign(element("span", ...children), { className });
  function named(text) {
    const nodes = [];
    let at = 0;
    for (const match of places ? text.matchAll(places.pattern) : []) {
      const [ru, ja] = places.names.get(match[0]);
      nodes.push(text.slice(at, match.index), part("place-name", part("place-ru", ru), part("place-pair", " ("), part("place-ja", ja), part("place-pair", ")")));
      at = match.index + match[0].length;
    }
    return [...nodes, text.slice(at)];
  }

  async function search() {
    const query = fold(input.value.trim());
    if (!query) {
      list.replaceChildren();
      return (status.textContent = "");
    }
    const words = query.split(/\s+/);
    const patterns = words.map((word) => [word, new RegExp(source(word), "u")]);
    const any = new RegExp(words.map(source).join("|"), "gu");
    const results = (await load()).filter((page) => (page.score = score(page, query, patterns)) > 0).sort((a, b) => b.score - a.score);
    list.replaceChildren(...results.slice(0, limit).map((page) => element("li",
      Object.assign(element("a", ...marked(page.t, any)), { href: page.u }),
      element("p", `${page.k}: `, ...marked(snippet(page, any), any)))));
    const total = results.length;
    status.textContent = total > limit ? `Showing ${limit} of ${total} results.` : total ? `${total} result${total > 1 ? "s" : ""}.` : "No page matches.";
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
