// Loaded by the guide's inline loader (src/scripts/guide-loader.js) at the reader's first move, so a guide makes no
// script request before interaction. Everything here only adds to HTML that works without it: a section link (a real
// link, rendered at build) also copies its address, and "Copy summary for email" copies the guide's summary file.
// Addresses are the one the reader is on.
var here = location.origin + location.pathname;
var canonical = document.querySelector('link[rel=canonical]');
var built = canonical ? new URL(canonical.href).origin : location.origin;

// A file these tools need, named by an attribute of the page: fetched once, when they arrive, and again at the next use
// if that failed. `read` is the Response method that reads it ('text' or 'json').
function fetchedOnce(attribute, read) {
  var holder = document.querySelector('[' + attribute + ']');
  if (!holder) return null;
  var pending = null;
  function get() {
    pending =
      pending ||
      fetch(holder.getAttribute(attribute)).then(function (response) {
        if (!response.ok) throw new Error(attribute + ': HTTP ' + response.status);
        return response[read]();
      });
    pending.catch(function () {
      pending = null;
    });
    return pending;
  }
  get();
  return get;
}

// The words these tools say, in the page's language: a small file of their own, so guides don't each carry them.
var words = fetchedOnce('data-guide-words', 'json');

// `text` and `html` may be promises: ClipboardItem takes them and keeps the permission of the click while they settle
// (the write starts before the first await).
async function copy(text, html) {
  var blob = async function (value, type) {
    return new Blob([await value], { type: type });
  };
  if (html && window.ClipboardItem && navigator.clipboard.write) {
    return navigator.clipboard.write([new ClipboardItem({ 'text/plain': blob(text, 'text/plain'), 'text/html': blob(html, 'text/html') })]);
  }
  return navigator.clipboard.writeText(await text);
}

// The summary for email is a file of its own, named by the button.
var summary = fetchedOnce('data-copy-summary', 'text');

// A status next to the control that was used: seen there, and announced by screen readers. `key` names the words
// to say; `extra` follows them (an address to copy by hand), and is said alone if the words cannot be had.
async function tell(control, key, extra) {
  var said = words
    ? await words().then(
        function (w) {
          return w[key];
        },
        function () {
          return '';
        },
      )
    : '';
  var text = [said, extra].filter(Boolean).join(' ');
  if (!text) return;
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
function local(s) {
  return built === location.origin ? s : s.split(built + '/').join(location.origin + '/');
}

/** What a click on a section link or on "Copy summary for email" does. */
export function act(control) {
  if (control.matches('a.section-link')) {
    var url = here + control.getAttribute('href');
    copy(url).then(
      function () {
        tell(control, 'linkCopied');
      },
      function () {
        tell(control, 'copyThis', url);
      },
    );
    return;
  }
  if (!summary) return;
  var plain = summary().then(local);
  copy(plain, plain.then(asHtml)).then(
    function () {
      tell(control, 'summaryCopied');
    },
    function () {
      tell(control, 'summaryFailed');
    },
  );
}
