// Inline on guides (allowed by its hash in the CSP), so a guide makes no script request. Everything here only adds to
// HTML that works without it: the section links (rendered at build) also copy their address, "Copy summary for email"
// copies the summary, and print gets the page's address and the date. Addresses are the one the reader is on.
(function () {
  var here = location.origin + location.pathname;
  var canonical = document.querySelector('link[rel=canonical]');
  var built = canonical ? new URL(canonical.href).origin : location.origin;
  var t = document.getElementById('guide-words');
  var words = t ? JSON.parse(t.textContent) : {};
  function copy(text, html) {
    if (html && window.ClipboardItem && navigator.clipboard.write) {
      return navigator.clipboard.write([
        new ClipboardItem({ 'text/plain': new Blob([text], { type: 'text/plain' }), 'text/html': new Blob([html], { type: 'text/html' }) }),
      ]);
    }
    return navigator.clipboard.writeText(text);
  }
  // A status next to the control that was used: seen there, and announced by screen readers.
  function tell(control, text) {
    var next = control.nextElementSibling;
    var box = next && next.hasAttribute('data-copy-feedback') ? next : null;
    if (!box) {
      box = document.createElement('span');
      box.setAttribute('role', 'status');
      box.setAttribute('data-copy-feedback', '');
      box.setAttribute('data-pagefind-ignore', '');
      box.className = 'copy-feedback';
      control.after(box);
    }
    box.textContent = text;
    setTimeout(function () {
      box.textContent = '';
    }, 4000);
  }
  document.querySelectorAll('a.section-link').forEach(function (a) {
    a.addEventListener('click', function () {
      var url = here + a.getAttribute('href');
      copy(url).then(
        function () {
          tell(a, words.linkCopied);
        },
        function () {
          tell(a, words.copyThis + ' ' + url);
        },
      );
    });
  });
  var summary = document.querySelector('[data-copy-summary]');
  var text = document.getElementById('email-summary-text');
  // The rich form pasted into an email: the same lines, with its addresses as links.
  function asHtml(plain) {
    var box = document.createElement('div');
    plain.split('\n').forEach(function (line, i) {
      if (i) box.append(document.createElement('br'));
      line.split(/(https:\/\/\S+)/).forEach(function (part, j) {
        if (j % 2) {
          var a = document.createElement('a');
          a.href = a.textContent = part;
          box.append(a);
        } else if (part) box.append(part);
      });
    });
    return box.innerHTML;
  }
  // The summary was written with the address the site was built for; the reader may be on another (a preview, a mirror).
  var local = function (s) {
    return built === location.origin ? s : s.split(built + '/').join(location.origin + '/');
  };
  if (summary && text) {
    summary.addEventListener('click', function () {
      var plain = local(text.content.textContent);
      copy(plain, asHtml(plain)).then(
        function () {
          tell(summary, words.summaryCopied);
        },
        function () {
          tell(summary, words.summaryFailed);
        },
      );
    });
  }
  addEventListener('beforeprint', function () {
    var p = document.querySelector('[data-printed]');
    var d = new Date();
    // The page's first-day form: "1" in English, "1er" in French.
    var day = d.getDate() === 1 ? p.getAttribute('data-first') : String(d.getDate());
    if (p)
      p.textContent =
        p.getAttribute('data-label') +
        ' ' +
        day +
        ' ' +
        p.getAttribute('data-months').split(',')[d.getMonth()] +
        ' ' +
        d.getFullYear() +
        '.';
    var at = document.querySelector('[data-print-address]');
    if (at) at.textContent = here;
  });
})();
