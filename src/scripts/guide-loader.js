// Inline on guides (allowed by its hash in the CSP). It fetches the guide's tools (src/scripts/guide-tools.js) at the
// reader's first move, so they are usually there by the first click and the page itself makes no script request; and it
// gives a printout the page's address and the date.
(function () {
  var holder = document.querySelector('[data-guide-tools]');
  if (!holder) return;
  var loading = null;
  function load() {
    // A failed fetch is tried again at the next click.
    loading =
      loading ||
      import(holder.getAttribute('data-guide-tools')).catch(function (e) {
        loading = null;
        throw e;
      });
    return loading;
  }
  ['pointerover', 'pointerdown', 'focusin', 'keydown'].forEach(function (type) {
    addEventListener(type, load, { once: true, passive: true });
  });
  addEventListener('click', function (e) {
    var control = e.target instanceof Element && e.target.closest('a.section-link, [data-copy-summary]');
    if (control)
      load().then(function (tools) {
        tools.act(control);
      });
  });
  addEventListener('beforeprint', function () {
    var at = document.querySelector('[data-print-address]');
    if (at) at.textContent = location.origin + location.pathname;
    var p = document.querySelector('[data-printed]');
    if (!p) return;
    var d = new Date();
    // The page's first-day form: "1" in English, "1er" in French.
    var day = d.getDate() === 1 ? p.getAttribute('data-first') : String(d.getDate());
    p.textContent =
      p.getAttribute('data-label') +
      ' ' +
      day +
      ' ' +
      // The month's name from the browser (en-GB and fr-CA write them as the guide does: "December", « décembre »).
      d.toLocaleDateString(document.documentElement.lang === 'fr' ? 'fr-CA' : 'en-GB', { month: 'long' }) +
      ' ' +
      d.getFullYear() +
      '.';
  });
})();
