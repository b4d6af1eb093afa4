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
      forgetKept();
      form.submit();
    }
  });
  document.addEventListener('submit', function (event) {
    if (event.target === quickExitForm()) blank();
  });

  function each(root, selector, action) {
    Array.prototype.forEach.call(root.querySelectorAll(selector), action);
  }

  // "You have 5 characters left", from the forms the page carries: each
  // form once, and which form each number up to 300 takes. Past 300 a
  // number takes the form of 200 and its last two digits.
  function countWords(kind, n) {
    var words = document.getElementById('count-words');
    if (!words) return '';
    var forms = words.dataset[kind + 'Forms'].split(' ');
    var texts = words.dataset[kind + 'Words'].split('\n');
    var first = kind === 'left' ? 0 : 1;
    var at = n <= 300 ? n : 200 + (n % 100);
    var text = texts[Number(forms[at - first])] || texts[texts.length - 1];
    return text.replace('{n}', String(n));
  }
  function countDown(box) {
    var max = Number(box.dataset.max);
    var seen = document.createElement('p');
    seen.className = 'hint count';
    seen.setAttribute('aria-hidden', 'true');
    var heard = document.createElement('p');
    heard.className = 'visually-hidden';
    heard.setAttribute('aria-live', 'polite');
    box.parentNode.insertBefore(heard, box.nextSibling);
    box.parentNode.insertBefore(seen, box.nextSibling);
    var timer = null;
    function update() {
      // Characters, as the server counts them, not UTF-16 units.
      var used = Array.from(box.value).length;
      var text = '';
      if (used > max) text = countWords('over', used - max);
      else if (max - used <= 300) text = countWords('left', max - used);
      seen.textContent = text;
      seen.classList.toggle('count-over', used > max);
      clearTimeout(timer);
      timer = setTimeout(function () {
        heard.textContent = text;
      }, 1000);
    }
    box.addEventListener('input', update);
    update();
  }

  // ---- Drafts -------------------------------------------------------------
  // Without this, "Save my draft" keeps a draft. With it, the form is also
  // posted as it is, with `X-Autosave: 1`, a moment after typing stops, and
  // again, more slowly each time, while that fails. Until the server has
  // the words they wait in this tab's sessionStorage, and only there:
  // forgotten once saved, on sign-out and by the quick exit. A session
  // that ended while they typed keeps them, sends them to sign in, and
  // brings them back here, where they are put back and saved.
  var KEPT = 'mysay-kept-';
  function forgetKept() {
    try {
      Object.keys(sessionStorage).forEach(function (key) {
        if (key.indexOf(KEPT) === 0) sessionStorage.removeItem(key);
      });
    } catch (e) {}
  }
  function keptNow() {
    var kept = {};
    try {
      Object.keys(sessionStorage).forEach(function (key) {
        if (key.indexOf(KEPT) === 0) kept[key] = sessionStorage.getItem(key);
      });
    } catch (e) {}
    return kept;
  }
  function putBack(kept) {
    try {
      Object.keys(kept).forEach(function (key) {
        sessionStorage.setItem(key, kept[key]);
      });
    } catch (e) {}
  }
  function keepDraft(form) {
    var key = KEPT + 'draft-' + form.dataset.child + '-' + form.dataset.kind;
    var status = form.querySelector('.save-status');
    var timer = null;
    var wait = 1000;
    var busy = false;
    var changedMeanwhile = false;
    function say(which) {
      status.textContent = which ? status.dataset[which] : '';
      status.classList.toggle('save-status-trouble', which === 'retrying' || which === 'tooLong');
    }
    // Every answer on the form, as name and value pairs (ticks and picks
    // too), but not its token or its buttons.
    function answers() {
      var kept = [];
      each(form, '[name]', function (field) {
        if (field.type === 'hidden' || field.type === 'submit') return;
        if ((field.type === 'radio' || field.type === 'checkbox') && !field.checked) return;
        kept.push([field.name, field.value]);
      });
      return kept;
    }
    function putAnswers(kept) {
      var has = function (name, value) {
        return kept.some(function (pair) {
          return pair[0] === name && (value === undefined || pair[1] === value);
        });
      };
      each(form, '[name]', function (field) {
        if (field.type === 'hidden' || field.type === 'submit') return;
        if (field.type === 'radio' || field.type === 'checkbox') {
          field.checked = has(field.name, field.value);
        } else {
          var pair = kept.filter(function (p) {
            return p[0] === field.name;
          })[0];
          field.value = pair ? pair[1] : '';
          field.dispatchEvent(new Event('input', { bubbles: false }));
        }
      });
    }
    function forget() {
      try {
        sessionStorage.removeItem(key);
      } catch (e) {}
    }
    function retry() {
      say('retrying');
      wait = Math.min(wait * 2, 15000);
      clearTimeout(timer);
      timer = setTimeout(save, wait);
    }
    function save() {
      timer = null;
      if (busy) {
        changedMeanwhile = true;
        return;
      }
      busy = true;
      changedMeanwhile = false;
      var body = new URLSearchParams(new FormData(form));
      body.set('action', 'save');
      fetch(form.getAttribute('action'), {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'x-autosave': '1' },
        body: body,
      })
        .then(function (response) {
          busy = false;
          if (response.status === 204) {
            wait = 1000;
            lastRequest = Date.now();
            tell('renewed ' + lastRequest);
            if (changedMeanwhile) return save();
            forget();
            say('saved');
          } else if (response.status === 422) {
            say('tooLong');
          } else if (response.status === 401) {
            end('timed-out', timedOutPage(), true);
          } else {
            retry();
          }
        })
        .catch(function () {
          busy = false;
          retry();
        });
    }
    form.addEventListener('input', function () {
      try {
        sessionStorage.setItem(key, JSON.stringify(answers()));
      } catch (e) {}
      if (status.textContent === status.dataset.saved) say('');
      clearTimeout(timer);
      timer = setTimeout(save, 1500);
    });
    // "Save my draft" or "Check and send" takes the words to the server itself.
    form.addEventListener('submit', function () {
      clearTimeout(timer);
      forget();
    });
    // Words an earlier visit left waiting: back in their boxes, then saved.
    var waiting = null;
    try {
      waiting = JSON.parse(sessionStorage.getItem(key) || 'null');
    } catch (e) {
      waiting = null;
    }
    if (Array.isArray(waiting)) {
      putAnswers(waiting);
      save();
    }
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
          .then(function (html) {
            redraw(html, 'language');
          })
          .catch(function () {
            menu.submit();
          });
      });
    });

    // The rights pages' choice of version (and of the English beside): the
    // words change as soon as one is picked, the address says which, and
    // the focus stays on the choice.
    // The count-down under a long box, as the limit nears (GOV.UK's
    // character count): seen at once, heard after a pause in typing.
    each(root, 'textarea[data-max]', countDown);

    // A draft is saved as the child types, and kept in this tab until the
    // server has it.
    each(root, 'form.draft-form', keepDraft);

    // Send cannot be pressed twice while sending.
    each(root, 'form.send-form', function (form) {
      form.addEventListener('submit', function (event) {
        var button = form.querySelector('button[type="submit"]');
        if (form.dataset.sending) {
          event.preventDefault();
          return;
        }
        form.dataset.sending = 'yes';
        if (button) {
          button.setAttribute('aria-disabled', 'true');
          if (button.dataset.sending) button.textContent = button.dataset.sending;
        }
      });
    });

    each(root, 'form.rights-choice', function (form) {
      var button = form.querySelector('button[type="submit"]');
      if (button) button.hidden = true;
      form.addEventListener('change', function (event) {
        var query = new URLSearchParams(new FormData(form)).toString();
        var address = form.getAttribute('action') + (query ? '?' + query : '');
        fetch(address, { credentials: 'same-origin' })
          .then(function (response) {
            if (!response.ok) throw new Error('status ' + response.status);
            return response.text();
          })
          .then(function (html) {
            history.replaceState(null, '', address);
            redraw(html, event.target.id);
          })
          .catch(function () {
            form.submit();
          });
      });
    });

    // "Read this to me", where the browser can speak: the section, in the
    // page's language, with that language's voice. With no such voice it
    // says so plainly, rather than read in the wrong accent.
    if ('speechSynthesis' in window) {
      each(root, '.read-aloud', function (part) {
        var button = part.querySelector('button');
        var note = part.querySelector('.read-aloud-note');
        var section = part.closest('section');
        if (!button || !section) return;
        part.hidden = false;
        button.addEventListener('click', function () {
          var synth = window.speechSynthesis;
          var reading = button.getAttribute('aria-pressed') === 'true';
          synth.cancel();
          each(document, '.read-aloud button[aria-pressed="true"]', function (other) {
            other.setAttribute('aria-pressed', 'false');
            other.textContent = other.dataset.read;
          });
          if (reading) return;
          var tag = document.documentElement.lang;
          var voice = voiceFor(synth, tag);
          if (!voice) {
            note.textContent = button.dataset.noVoice;
            return;
          }
          note.textContent = '';
          var text = Array.prototype.map
            .call(section.querySelectorAll('h2, p:not(.read-aloud-note)'), function (el) {
              return el.textContent;
            })
            .join('\n');
          var utterance = new SpeechSynthesisUtterance(text);
          utterance.lang = tag;
          utterance.voice = voice;
          utterance.onend = utterance.onerror = function () {
            button.setAttribute('aria-pressed', 'false');
            button.textContent = button.dataset.read;
          };
          synth.speak(utterance);
          button.setAttribute('aria-pressed', 'true');
          button.textContent = button.dataset.stop;
        });
      });
    }
  }

  // A voice for `tag` (`cy`, `en-GB`, `ar`): the same language, the same
  // region first.
  function voiceFor(synth, tag) {
    var language = function (lang) {
      return String(lang).split(/[-_]/)[0].toLowerCase();
    };
    var voices = synth.getVoices();
    var exact = voices.filter(function (v) {
      return v.lang.toLowerCase() === tag.toLowerCase();
    });
    if (exact.length) return exact[0];
    var same = voices.filter(function (v) {
      return language(v.lang) === language(tag);
    });
    return same.length ? same[0] : null;
  }

  // Puts the new page's words in place of this one's, keeping every box's
  // contents (found by id), and the focus on the control that asked.
  function redraw(html, focusId) {
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
    var control = document.getElementById(focusId);
    if (control) control.focus();
  }

  enhance(document);

  // ---- Signing out after a time without use (WCAG 2.2.1) ----------------
  // The server ends a session after `data-idle-secs` without a request.
  // Two minutes before (a third of the time, for limits under three), a
  // modal dialog says so and counts down; "Stay signed in" or Esc asks the
  // server, which starts its clock again. Every tab of the site (these
  // pages and the app's) keeps in step over one channel: a request in one
  // keeps all going, and signing out in one signs out all.
  var CHANNEL = 'mysay-session';
  var TIMED_OUT_PAGE = '/sign-in?reason=timed-out';
  // After a time-out on a page with a draft, signing in comes back to it.
  function timedOutPage() {
    if (!document.querySelector('form.draft-form')) return TIMED_OUT_PAGE;
    return TIMED_OUT_PAGE + '&next=' + encodeURIComponent(location.pathname);
  }
  var channel = null;
  try {
    channel = new BroadcastChannel(CHANNEL);
  } catch (e) {
    channel = null;
  }
  function tell(news) {
    if (channel) channel.postMessage(news);
  }
  var lastRequest = Date.now();
  tell('renewed ' + lastRequest);

  function warningDialog() {
    return document.querySelector('dialog.time-out-warning');
  }

  // "in 2 minutes", "in 45 seconds", from the forms the page carries.
  function counted(dialog, kind, n) {
    var words = dialog.dataset[kind + 'Words'].split('\n');
    var forms = dialog.dataset[kind + 'Forms'].split(' ');
    var form = words[Number(forms[n - 1])] || words[words.length - 1];
    return form.replace('{n}', String(n));
  }
  function countdown(dialog, secsLeft) {
    return secsLeft >= 60
      ? counted(dialog, 'minute', Math.min(Math.ceil(secsLeft / 60), 2))
      : counted(dialog, 'second', secsLeft);
  }
  var ANNOUNCE_AT = [60, 30, 15];
  function step(secsLeft) {
    var at = ANNOUNCE_AT.filter(function (s) {
      return secsLeft <= s;
    });
    return at.length ? Math.min.apply(null, at) : null;
  }

  var showing = false;
  var ended = false;
  var announced = null;
  var pending = false;

  // `alreadyEnded`: the server said the session is over (a 401), so there
  // is nothing to end, and nothing to tell the browser to clear.
  function end(news, to, alreadyEnded) {
    if (ended) return;
    ended = true;
    // A time-out keeps a draft's words for after signing in again; any
    // other way out forgets them. Ending the session tells the browser to
    // clear what this site stored, so the words are put back after.
    var keep = news === 'timed-out' ? keptNow() : {};
    if (news !== 'timed-out') forgetKept();
    tell(news);
    document.documentElement.classList.add('leaving');
    if (alreadyEnded) {
      location.replace(to);
      return;
    }
    // The server may already have ended it; ending it here makes sure.
    fetch('/api/session', {
      method: 'DELETE',
      credentials: 'same-origin',
      headers: { 'x-mysay-request': '1' },
    })
      .catch(function () {})
      .then(function () {
        putBack(keep);
        location.replace(to);
      });
  }

  function close(dialog) {
    showing = false;
    if (dialog.open) dialog.close();
  }

  function stay() {
    var dialog = warningDialog();
    if (pending || !dialog) return;
    pending = true;
    fetch('/api/me', { credentials: 'same-origin' })
      .then(function (response) {
        pending = false;
        if (response.ok) {
          lastRequest = Date.now();
          tell('renewed ' + lastRequest);
          close(dialog);
        } else if (response.status === 401) {
          end('timed-out', timedOutPage());
        } else if (showing && !dialog.open) {
          dialog.showModal();
        }
      })
      .catch(function () {
        // Not reached the server: keep the warning up, to try again.
        pending = false;
        if (showing && !dialog.open) dialog.showModal();
      });
  }

  function tick() {
    var dialog = warningDialog();
    if (!dialog || ended) return;
    var idleSecs = Number(dialog.dataset.idleSecs);
    var warnSecs = idleSecs < 180 ? Math.floor(idleSecs / 3) : 120;
    var leftMs = idleSecs * 1000 - Math.max(0, Date.now() - lastRequest);
    if (leftMs <= 0) {
      close(dialog);
      end('timed-out', timedOutPage());
      return;
    }
    var secsLeft = Math.ceil(leftMs / 1000);
    if (secsLeft > warnSecs) {
      if (showing) close(dialog);
      return;
    }
    dialog.querySelector('#time-out-text').textContent = countdown(dialog, secsLeft);
    if (!showing) {
      showing = true;
      announced = step(secsLeft);
      dialog.querySelector('.time-out-said').textContent = '';
      dialog.showModal();
      dialog.querySelector('.time-out-stay').focus();
    } else {
      var now = step(secsLeft);
      if (now !== announced && now !== null) {
        dialog.querySelector('.time-out-said').textContent = countdown(dialog, secsLeft);
      }
      announced = now;
    }
  }

  if (warningDialog()) {
    var dialog = warningDialog();
    dialog.querySelector('.time-out-stay').addEventListener('click', stay);
    // Esc closes a modal dialog by itself; it means "stay", as the button does.
    dialog.addEventListener('close', function () {
      if (showing) stay();
    });
    setInterval(tick, 1000);
  }

  // What the other tabs say.
  if (channel) {
    channel.onmessage = function (event) {
      var news = String(event.data);
      if (news.indexOf('renewed ') === 0) {
        var sent = Number(news.slice(8));
        if (isFinite(sent) && sent > lastRequest) {
          lastRequest = sent;
          var dialog = warningDialog();
          if (dialog && showing) close(dialog);
        }
      } else if (news === 'signed-out' || news === 'timed-out') {
        if (!warningDialog()) return;
        ended = true;
        if (news !== 'timed-out') forgetKept();
        location.replace(news === 'timed-out' ? timedOutPage() : '/sign-in');
      } else if (news === 'left') {
        ended = true;
        forgetKept();
        blank();
        location.replace('https://www.bbc.co.uk/weather');
      }
    };
  }
  // This tab's ways out, for the others.
  document.addEventListener('submit', function (event) {
    var action = event.target.getAttribute('action');
    if (action === '/sign-out' || action === '/leave') forgetKept();
    if (action === '/sign-out') tell('signed-out');
    if (action === '/leave') tell('left');
  });

  // A page brought back from the back/forward cache may show someone who
  // has since signed out: ask the server again.
  window.addEventListener('pageshow', function (event) {
    if (event.persisted && warningDialog()) location.reload();
  });
})();
