// Injected by `serve` only, never written to output/: reloads the page after each good build,
// and shows the build's errors over the page when a save breaks it.
(() => {
  const overlayId = "treatyexplainer-build-errors";
  const events = new EventSource("/__treatyexplainer/events");
  events.addEventListener("reload", () => location.reload());
  events.addEventListener("failed", (event) => show(JSON.parse(event.data)));

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
