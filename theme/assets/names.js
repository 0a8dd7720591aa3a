// Runs in <head>, before the page is painted: applies the reader's choice of place names, so the text
// never changes under their eyes. The stylesheet hides the other name (real text stays); with JavaScript off both show.
(function () {
  try {
    var choice = window.localStorage.getItem("treatyexplainer-names");
    if (choice === "ja" || choice === "ru") document.documentElement.setAttribute("data-names", choice);
  } catch (e) {
    // Storage is blocked: keep the default, both names.
  }
})();
