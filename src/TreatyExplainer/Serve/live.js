// Injected by `serve` only, never written to output/: reloads the page after each good build, swaps the
// stylesheets in place when only they changed, and shows the build's errors over the page when a save breaks it.
// A file, not an inline script, so the preview runs under the same Content-Security-Policy as the site.
(() => {
  const overlayId = "treatyexplainer-build-errors";
  const events = new EventSource("/__treatyexplainer/events");
  events.addEventListener("reload", () => location.reload());
  events.addEventListener("failed", (event) => show(JSON.parse(event.data)));
  events.addEventListener("css", (event) => {
    swapStylesheets(JSON.parse(event.data));
    document.getElementById(overlayId)?.remove();
  });

  // "/assets/site.0123456789.css" and "/assets/site.abcdef0123.css" are the same stylesheet, rebuilt.
  function stem(href) {
    const name = new URL(href, location.href).pathname.split("/").pop();
    return name.replace(/\.[0-9a-f]{10}\.css$/, "");
  }

  function swapStylesheets(hrefs) {
    for (const link of document.querySelectorAll('link[rel="stylesheet"]')) {
      const next = hrefs.find((href) => stem(href) === stem(link.href));
      if (next && new URL(next, location.href).href !== link.href) link.href = next;
    }
  }

  function show(messages) {
    let overlay = document.getElementById(overlayId);
    if (!overlay) {
      overlay = document.createElement("div");
      overlay.id = overlayId;
      overlay.setAttribute("role", "alert");
      overlay.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;padding:2rem;" +
        "background:rgba(20,20,24,.94);color:#fff;font:14px/1.5 ui-monospace,monospace";
      document.body.appendChild(overlay);
    }
    overlay.replaceChildren();
    const heading = document.createElement("h2");
    heading.textContent = "The build failed; this is the last good page. Fix the file and save.";
    overlay.appendChild(heading);
    for (const message of messages) {
      const line = document.createElement("pre");
      line.style.whiteSpace = "pre-wrap";
      line.textContent = message;
      overlay.appendChild(line);
    }
  }
})();
