// Counts down the waits a page states to the second ("in 0:57", "57 秒后"), once a second, and hides each when it
// is over. The page reads right without it: the server said the wait when it sent the page, and still decides.
(function () {
  'use strict';
  function clockFace(seconds) {
    var rest = seconds % 60;
    return Math.floor(seconds / 60) + ':' + (rest < 10 ? '0' : '') + rest;
  }
  function countDown(element) {
    var left = parseInt(element.getAttribute('data-countdown'), 10);
    if (!(left > 0)) {
      return;
    }
    var timer = window.setInterval(function () {
      var text = element.textContent;
      var next = left - 1;
      if (next <= 0) {
        window.clearInterval(timer);
        element.hidden = true;
        return;
      }
      if (text.indexOf(clockFace(left)) >= 0) {
        element.textContent = text.replace(clockFace(left), clockFace(next));
      } else {
        element.textContent = text.replace(String(left), String(next));
      }
      left = next;
    }, 1000);
  }
  document.querySelectorAll('[data-countdown]').forEach(countDown);
}());
