// Inline on guides (allowed by its hash in the CSP), so a guide makes no script request: section "copy link" buttons,
// "Copy summary for email", and the printed date. Everything here only adds to HTML that works without it.
(function () {
  var live = document.getElementById('copy-status');
  var canonical = document.querySelector('link[rel=canonical]');
  var base = canonical ? canonical.href.split('#')[0] : location.origin + location.pathname;
  function say(text) { if (live) { live.textContent = ''; setTimeout(function () { live.textContent = text; }, 50); } }
  function copy(text, html) {
    if (html && window.ClipboardItem && navigator.clipboard.write) {
      return navigator.clipboard.write([new ClipboardItem({ 'text/plain': new Blob([text], { type: 'text/plain' }), 'text/html': new Blob([html], { type: 'text/html' }) })]);
    }
    return navigator.clipboard.writeText(text);
  }
  document.querySelectorAll('[data-guide-body] h2[id], [data-guide-body] h3[id], section > h2[id=changes], section > h2[id=sources]').forEach(function (h) {
    var b = document.createElement('button');
    b.type = 'button';
    b.className = 'copy-link';
    b.setAttribute('data-pagefind-ignore', '');
    b.setAttribute('aria-label', 'Copy link to section: ' + h.textContent);
    b.textContent = '#';
    b.addEventListener('click', function () {
      copy(base + '#' + h.id).then(function () { say('Link copied'); b.textContent = 'Link copied'; setTimeout(function () { b.textContent = '#'; }, 1500); }, function () { say('Could not copy. The link is ' + base + '#' + h.id); });
    });
    h.appendChild(b);
  });
  var summary = document.querySelector('[data-copy-summary]');
  var text = document.getElementById('email-summary-text');
  var html = document.getElementById('email-summary-html');
  if (summary && text) {
    summary.addEventListener('click', function () {
      copy(text.content.textContent, html && html.innerHTML).then(function () { say('Summary copied'); }, function () { say('Could not copy the summary.'); });
    });
  }
  addEventListener('beforeprint', function () {
    var p = document.querySelector('[data-printed]');
    // Month names and wording come from the page (src/lib/dates.ts), so the printed date reads like every other date.
    var d = new Date();
    if (p) p.textContent = p.getAttribute('data-label') + ' ' + d.getDate() + ' ' + p.getAttribute('data-months').split(',')[d.getMonth()] + ' ' + d.getFullYear() + '.';
  });
})();
