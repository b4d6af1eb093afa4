// The quick exit, made quicker where scripts run. Without this file the
// "Leave this page" button still works: it is a form that signs out on the
// server and goes to a neutral site. With it, the page blanks at once and
// pressing Shift 3 times within 5 seconds leaves the same way.
(function () {
  'use strict';
  var form = document.querySelector('form.quick-exit-form');
  if (!form) return;
  var hint = document.querySelector('.quick-exit-hint');
  if (hint) hint.classList.remove('needs-script');
  function blank() {
    document.documentElement.classList.add('leaving');
  }
  form.addEventListener('submit', blank);
  var presses = [];
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Shift' || event.repeat) return;
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
})();
