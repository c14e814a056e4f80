// Polls the rebuild's progress while one runs; the server keeps the progress, so a reload picks it up again.
(function () {
  'use strict';

  function start() {
    var panel = document.getElementById('rebuild');
    if (!panel || panel.getAttribute('data-running') !== 'true' || !window.fetch) {
      return;
    }
    var url = panel.getAttribute('data-progress-url');
    var bar = document.getElementById('rebuild-bar');
    var count = document.getElementById('rebuild-count');
    var format = new Intl.NumberFormat(document.documentElement.lang || undefined);

    function poll() {
      fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
        .then(function (response) { return response.json(); })
        .then(function (status) {
          var percent = status.total > 0 ? Math.min(100, Math.floor(status.done * 100 / status.total)) : 0;
          if (bar) {
            bar.value = percent;
            bar.textContent = percent + '%';
          }
          if (count) {
            count.textContent = format.format(status.done) + ' / ' + format.format(status.total) + ' (' + percent + '%)';
          }
          if (status.state === 'RUNNING') {
            setTimeout(poll, 1000);
          } else {
            // Finished: reload once for the final state, the document count and the re-enabled button.
            window.location.reload();
          }
        })
        .catch(function () { setTimeout(poll, 3000); });
    }
    setTimeout(poll, 1000);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
