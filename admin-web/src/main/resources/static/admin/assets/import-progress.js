// Follows a running import from its job page: polls the job's status (kept in the database, so any node answers),
// updates the figures, and reloads the page once the job has ended to show its report.
(function () {
    var section = document.getElementById('import-progress');
    if (!section || section.getAttribute('data-running') !== 'true') {
        return;
    }
    var url = section.getAttribute('data-status-url');
    var numbers = new Intl.NumberFormat(document.documentElement.lang || 'ko');

    function show(status) {
        section.querySelectorAll('[data-field]').forEach(function (element) {
            var field = element.getAttribute('data-field');
            if (!(field in status)) {
                return;
            }
            if (element.tagName === 'PROGRESS') {
                element.value = status[field];
            } else if (typeof status[field] === 'number') {
                element.textContent = numbers.format(status[field]);
            } else {
                element.textContent = status[field];
            }
        });
    }

    function poll() {
        fetch(url, {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
            .then(function (response) {
                if (!response.ok) {
                    throw new Error('status ' + response.status);
                }
                return response.json();
            })
            .then(function (status) {
                show(status);
                if (status.running) {
                    setTimeout(poll, 1000);
                } else {
                    window.location.reload();
                }
            })
            .catch(function () {
                setTimeout(poll, 5000);
            });
    }

    setTimeout(poll, 1000);
})();
