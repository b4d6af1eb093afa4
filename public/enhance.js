// What the pages do better where scripts run. Every page works without
// this file: it is loaded last (deferred) and only adds to what is there.
// It stands in for the islands (issue 14) until they are built.
(function () {
  'use strict';

  // The quick exit. Without this the "Leave this page" button still works:
  // it is a form that signs out on the server and goes to a neutral site.
  // With it, the page blanks at once, and pressing Shift 3 times within
  // 5 seconds leaves the same way.
  function quickExitForm() {
    return document.querySelector('form.quick-exit-form');
  }
  function blank() {
    document.documentElement.classList.add('leaving');
  }
  var presses = [];
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Shift' || event.repeat) return;
    var form = quickExitForm();
    if (!form) return;
    var now = event.timeStamp;
    presses = presses.filter(function (at) {
      return now - at < 5000;
    });
    presses.push(now);
    if (presses.length >= 3) {
      presses = [];
      blank();
      form.submit();
    }
  });
  document.addEventListener('submit', function (event) {
    if (event.target === quickExitForm()) blank();
  });

  function each(root, selector, action) {
    Array.prototype.forEach.call(root.querySelectorAll(selector), action);
  }

  // Everything that is drawn again when the language changes.
  function enhance(root) {
    each(root, '.quick-exit-hint', function (hint) {
      hint.classList.remove('needs-script');
    });

    // "Show" beside a passphrase or password: hidden by default (the person
    // may not be alone), and said to screen readers only after a press. The
    // words are the page's own, in its language, on the button.
    each(root, '.secret-toggle', function (button) {
      var box = document.getElementById(button.getAttribute('aria-controls'));
      var status = button.parentNode.parentNode.querySelector('.secret-status');
      if (!box) return;
      button.hidden = false;
      button.addEventListener('click', function () {
        var show = box.type === 'password';
        box.type = show ? 'text' : 'password';
        button.textContent = button.dataset[show ? 'hide' : 'show'];
        button.setAttribute('aria-label', button.dataset[show ? 'hideLabel' : 'showLabel']);
        if (status) status.textContent = button.dataset[show ? 'shown' : 'hidden'];
      });
    });

    // The language menu changes the page as soon as a language is picked,
    // keeping whatever has been typed: the same form is sent (so the choice
    // is kept as without a script), and the page it leads to, in the new
    // language, replaces this one's words. If that fails, the form is sent
    // the ordinary way.
    each(root, 'form.language-menu', function (menu) {
      var select = menu.querySelector('select');
      var button = menu.querySelector('button');
      if (!select) return;
      if (button) button.hidden = true;
      select.addEventListener('change', function () {
        var body = new URLSearchParams(new FormData(menu));
        fetch(menu.action, { method: 'POST', body: body, credentials: 'same-origin' })
          .then(function (response) {
            if (!response.ok) throw new Error('status ' + response.status);
            return response.text();
          })
          .then(redraw)
          .catch(function () {
            menu.submit();
          });
      });
    });
  }

  // Puts the new page's words in place of this one's, keeping every box's
  // contents (found by id) and the focus on the language menu.
  function redraw(html) {
    var next = new DOMParser().parseFromString(html, 'text/html');
    var kept = {};
    each(document, 'main input[id], main textarea[id]', function (box) {
      if (box.type !== 'hidden') kept[box.id] = box.value;
    });
    var parts = ['header', 'main'];
    parts.forEach(function (part) {
      var from = next.querySelector(part);
      var to = document.querySelector(part);
      if (from && to) to.replaceWith(document.adoptNode(from));
    });
    Object.keys(kept).forEach(function (id) {
      var box = document.getElementById(id);
      if (box && box.type !== 'hidden') box.value = kept[id];
    });
    var page = document.documentElement;
    page.lang = next.documentElement.lang;
    page.dir = next.documentElement.dir;
    document.title = next.title;
    enhance(document);
    var select = document.getElementById('language');
    if (select) select.focus();
  }

  enhance(document);
})();
